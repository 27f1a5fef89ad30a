/**
 * Voter petitions (kiến nghị cử tri) by HĐND session or forwarded by the
 * National Assembly delegation, interpellations (chất vấn) of HĐND deputies,
 * business feedback handled by the quick-response team (Tổ phản ứng nhanh)
 * with its lead and coordinating units, and dialogue meetings with businesses
 * whose commitments become tasks.
 */
import type { Kysely } from 'kysely';
import { byteOrderText, idColumn } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema
    .createTable('voter_petitions')
    .addColumn('id', 'integer', id)
    .addColumn('committee_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('session_id', 'integer', (c) => c.references('council_sessions.id'))
    .addColumn('source_note', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('voter_locality', 'text')
    .addColumn('assigned_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('deadline', 'text')
    .addColumn('deadline_basis', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('answer_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('answered_on', 'text')
    .addColumn('answer_summary', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('voter_petitions_session_idx')
    .on('voter_petitions')
    .columns(['session_id', 'field'])
    .execute();
  await db.schema
    .createIndex('voter_petitions_unit_idx')
    .on('voter_petitions')
    .columns(['assigned_unit_id', 'deadline'])
    .execute();

  await db.schema
    .createTable('interpellations')
    .addColumn('id', 'integer', id)
    .addColumn('committee_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('session_id', 'integer', (c) => c.references('council_sessions.id'))
    .addColumn('deputy_name', 'text', (c) => c.notNull())
    .addColumn('deputy_constituency', 'text')
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('responsible_person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('responsible_title', 'text')
    .addColumn('responsible_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('questioned_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('answer_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('answered_on', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('business_dialogues')
    .addColumn('id', 'integer', id)
    .addColumn('committee_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('chair_person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('venue', 'text')
    .addColumn('participants', 'text')
    .addColumn('participant_count', 'integer')
    .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('business_dialogue_commitments')
    .addColumn('id', 'integer', id)
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('business_dialogues.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('lead_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('deadline', 'text')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('business_dialogue_commitments_number', ['dialogue_id', 'number'])
    .execute();

  await db.schema
    .createTable('business_feedback')
    .addColumn('id', 'integer', id)
    .addColumn('committee_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('enterprise_name', 'text', (c) => c.notNull())
    .addColumn('enterprise_sort_key', byteOrderText(db), (c) => c.notNull())
    .addColumn('tax_code', 'text', (c) => c.notNull())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('dialogue_id', 'integer', (c) => c.references('business_dialogues.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('forward_due', 'text', (c) => c.notNull())
    .addColumn('forwarded_on', 'text')
    .addColumn('resolution_due', 'text', (c) => c.notNull())
    .addColumn('resolved_on', 'text')
    .addColumn('result', 'text')
    .addColumn('result_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('business_feedback_received_idx')
    .on('business_feedback')
    .columns(['received_on', 'field'])
    .execute();

  await db.schema
    .createTable('business_feedback_units')
    .addColumn('feedback_id', 'integer', (c) => c.notNull().references('business_feedback.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('business_feedback_units_pk', ['feedback_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('business_feedback_units_unit_idx')
    .on('business_feedback_units')
    .columns(['unit_id', 'role'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('business_feedback_units').execute();
  await db.schema.dropTable('business_feedback').execute();
  await db.schema.dropTable('business_dialogue_commitments').execute();
  await db.schema.dropTable('business_dialogues').execute();
  await db.schema.dropTable('interpellations').execute();
  await db.schema.dropTable('voter_petitions').execute();
}
