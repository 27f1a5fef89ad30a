/**
 * Units' periodic reports to the UBND (chế độ báo cáo định kỳ, ND 09/2019):
 * the regimes (which report, which period kind and window basis, the sending
 * deadline rule, which units report), the units listed in a regime, and one
 * request per unit per period with its task and the received document.
 */
import type { Kysely } from 'kysely';
import { idColumn } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema
    .createTable('periodic_report_regimes')
    .addColumn('id', 'integer', id)
    .addColumn('issuer_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('deadline_rule', 'text', (c) => c.notNull())
    .addColumn('deadline_value', 'integer', (c) => c.notNull())
    .addColumn('reporting_unit_kind', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('periodic_report_regime_units')
    .addColumn('regime_id', 'integer', (c) => c.notNull().references('periodic_report_regimes.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addPrimaryKeyConstraint('periodic_report_regime_units_pk', ['regime_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('periodic_report_requests')
    .addColumn('id', 'integer', id)
    .addColumn('regime_id', 'integer', (c) => c.notNull().references('periodic_report_regimes.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('window_from', 'text', (c) => c.notNull())
    .addColumn('window_to', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('received_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('received_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('periodic_report_requests_unit_period', [
      'regime_id',
      'unit_id',
      'period_key',
    ])
    .addUniqueConstraint('periodic_report_requests_document', ['received_document_id'])
    .execute();
  await db.schema
    .createIndex('periodic_report_requests_deadline_idx')
    .on('periodic_report_requests')
    .columns(['deadline', 'unit_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('periodic_report_requests').execute();
  await db.schema.dropTable('periodic_report_regime_units').execute();
  await db.schema.dropTable('periodic_report_regimes').execute();
}
