/**
 * Socio-economic indicators (chỉ tiêu): the province's catalogue (budget
 * revenue by source, exports, investment attracted and the socio-economic
 * plan share one engine), yearly targets (kế hoạch; dự toán Trung ương and
 * HĐND giao), period values with provenance, the "ước" flag and every
 * revision kept (at most one approved and one pending value per period, by
 * partial unique indexes), period locks, explanation threads (giải trình) and
 * the per-unit approval setting. Amounts are in the indicator's own unit of
 * measure (double precision).
 */
import { sql, type Kysely } from 'kysely';
import { idColumn } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable('indicators')
    .addColumn('id', 'integer', id)
    .addColumn('province_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('unit_of_measure', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('owner_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('data_source', 'text')
    .addColumn('parent_id', 'integer', (c) => c.references('indicators.id'))
    .addColumn('colour_target', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('indicators_code_uq', ['province_unit_id', 'code'])
    .execute();
  await db.schema
    .createIndex('indicators_owner_idx')
    .on('indicators')
    .column('owner_unit_id')
    .execute();

  await db.schema
    .createTable('indicator_targets')
    .addColumn('id', 'integer', id)
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('basis_document', 'text')
    .addColumn('set_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('indicator_targets_uq', ['indicator_id', 'unit_id', 'year', 'kind'])
    .execute();

  await db.schema
    .createTable('indicator_values')
    .addColumn('id', 'integer', id)
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('period_index', 'integer', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('is_estimate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('superseded_by_id', 'integer', (c) => c.references('indicator_values.id'))
    .addColumn('entered_on', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('entered_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('entered_by_name', 'text', (c) => c.notNull())
    .addColumn('decided_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .execute();
  // Of one period's figure, at most one value counts and at most one waits for approval.
  for (const status of ['approved', 'pending'] as const) {
    await db.schema
      .createIndex(`indicator_values_${status}_uq`)
      .on('indicator_values')
      .columns(['indicator_id', 'unit_id', 'year', 'period_index'])
      .unique()
      .where(sql.ref('status'), '=', sql.lit(status))
      .execute();
  }
  await db.schema
    .createIndex('indicator_values_year_idx')
    .on('indicator_values')
    .columns(['indicator_id', 'year', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('indicator_values_status_idx')
    .on('indicator_values')
    .columns(['status', 'unit_id'])
    .execute();

  await db.schema
    .createTable('indicator_period_locks')
    .addColumn('id', 'integer', id)
    .addColumn('province_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('period_index', 'integer', (c) => c.notNull())
    .addColumn('locked_on', 'text', (c) => c.notNull())
    .addColumn('locked_at', 'text', (c) => c.notNull())
    .addColumn('locked_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('locked_by_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('indicator_period_locks_uq', [
      'province_unit_id',
      'year',
      'period_kind',
      'period_index',
    ])
    .execute();

  await db.schema
    .createTable('indicator_explanations')
    .addColumn('id', 'integer', id)
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('answering_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('period_index', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('colour', 'text', (c) => c.notNull())
    .addColumn('ratio', 'double precision')
    .addColumn('percent_of_target', 'double precision')
    .addColumn('requested_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('requested_by_name', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('indicator_explanations_indicator_idx')
    .on('indicator_explanations')
    .columns(['indicator_id', 'year'])
    .execute();
  await db.schema
    .createIndex('indicator_explanations_unit_idx')
    .on('indicator_explanations')
    .columns(['answering_unit_id', 'status'])
    .execute();

  await db.schema
    .createTable('indicator_explanation_messages')
    .addColumn('id', 'integer', id)
    .addColumn('explanation_id', 'integer', (c) =>
      c.notNull().references('indicator_explanations.id'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_role', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('indicator_explanation_messages_idx')
    .on('indicator_explanation_messages')
    .column('explanation_id')
    .execute();

  await db.schema
    .createTable('unit_indicator_settings')
    .addColumn('unit_id', 'integer', (c) => c.primaryKey().references('units.id'))
    .addColumn('requires_value_approval', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'unit_indicator_settings',
    'indicator_explanation_messages',
    'indicator_explanations',
    'indicator_period_locks',
    'indicator_values',
    'indicator_targets',
    'indicators',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
