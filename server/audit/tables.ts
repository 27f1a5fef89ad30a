import type { Generated } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  seq: number;
  at: string;
  actor_kind: 'system' | 'user' | 'token' | 'anonymous';
  actor_id: number | null;
  actor_name: string;
  action: string;
  outcome: 'ok' | 'refused';
  entity: string | null;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  details: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface AuditTables {
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}
