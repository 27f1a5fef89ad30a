/**
 * Extractions: a document read for its citations, assigned tasks and figures, kept
 * with its normalised text and the analysis (JSON text) while the office reviews
 * the drafts, then confirmed into tasks.
 */
import type { Kysely } from 'kysely';
import { idColumn } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('extractions')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('assigning_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('file_name', 'text')
    .addColumn('input_kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();
  await db.schema
    .createIndex('extractions_unit_idx')
    .on('extractions')
    .columns(['assigning_unit_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('extractions').execute();
}
