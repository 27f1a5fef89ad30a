/**
 * Reports generated from data: the report (kind, period and data window,
 * issuer, signer, recipients, the HĐND session it serves, its lifecycle from
 * draft to issued with the register entry and the frozen content) and the
 * narrative blocks people edit.
 */
import type { Kysely } from 'kysely';
import { idColumn } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema
    .createTable('reports')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('type_name', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('issuer_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('window_from', 'text', (c) => c.notNull())
    .addColumn('window_to', 'text', (c) => c.notNull())
    .addColumn('council_session_id', 'integer', (c) => c.references('council_sessions.id'))
    .addColumn('signer_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('signing_authority', 'text', (c) => c.notNull())
    .addColumn('addressees', 'text')
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('drafting_unit_code', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('issued_on', 'text')
    .addColumn('frozen_content', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('reports_issuer_idx').on('reports').columns(['issuer_unit_id', 'kind']).execute();

  await db.schema
    .createTable('report_narratives')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
    .addColumn('block_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_narratives_pk', ['report_id', 'block_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_narratives').execute();
  await db.schema.dropTable('reports').execute();
}
