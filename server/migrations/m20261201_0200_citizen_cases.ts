/**
 * Citizens' reception and cases (tiếp công dân, đơn và vụ việc): the leaders'
 * reception sessions, the cases from every channel with their handlers and
 * the statutory steps of their legal clock, the protected personal fields of
 * complainants and denouncers (a table of their own, read only by handlers),
 * and the per-day case-number counters of each province.
 */
import type { Kysely } from 'kysely';
import { idColumn } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  await db.schema
    .createTable('citizen_reception_sessions')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('leader_person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('leader_kind', 'text', (c) => c.notNull())
    .addColumn('session_date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('published_on', 'text')
    .addColumn('held', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('not_held_reason', 'text')
    .addColumn('in_person', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('delegate_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('delegate_name', 'text')
    .addColumn('persons_received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cases_received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('group_delegations', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('group_headcount', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('leader_event_id', 'integer', (c) => c.references('leader_events.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('citizen_reception_sessions_leader_idx')
    .on('citizen_reception_sessions')
    .columns(['leader_person_id', 'session_date'])
    .execute();
  await db.schema
    .createIndex('citizen_reception_sessions_date_idx')
    .on('citizen_reception_sessions')
    .columns(['session_date'])
    .execute();

  await db.schema
    .createTable('citizen_case_counters')
    .addColumn('province_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('last_sequence', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('citizen_case_counters_pk', ['province_unit_id', 'series', 'day'])
    .execute();

  await db.schema
    .createTable('citizen_cases')
    .addColumn('id', 'integer', id)
    .addColumn('case_number', 'text', (c) => c.notNull())
    .addColumn('province_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('receiving_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('competent', 'integer', (c) => c.notNull())
    .addColumn('instance', 'text')
    .addColumn('variant', 'text', (c) => c.notNull())
    .addColumn('known_on', 'text')
    .addColumn('late_reason', 'text')
    .addColumn('first_instance_case_id', 'integer', (c) => c.references('citizen_cases.id'))
    .addColumn('first_instance_decided_on', 'text')
    .addColumn('reception_session_id', 'integer', (c) =>
      c.references('citizen_reception_sessions.id'),
    )
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('group_headcount', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('outcome', 'text')
    .addColumn('persons_erased_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // Numbers restart each day per province: unique within a province.
    .addUniqueConstraint('citizen_cases_number', ['province_unit_id', 'case_number'])
    .execute();
  await db.schema
    .createIndex('citizen_cases_received_idx')
    .on('citizen_cases')
    .columns(['received_on', 'id'])
    .execute();
  await db.schema
    .createIndex('citizen_cases_unit_idx')
    .on('citizen_cases')
    .columns(['unit_id', 'status'])
    .execute();

  await db.schema
    .createTable('citizen_case_persons')
    .addColumn('id', 'integer', id)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('citizen_cases.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text')
    .addColumn('id_number', 'text')
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .execute();
  await db.schema
    .createIndex('citizen_case_persons_case_idx')
    .on('citizen_case_persons')
    .columns(['case_id'])
    .execute();

  await db.schema
    .createTable('citizen_case_handlers')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('citizen_cases.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('citizen_case_handlers_pk', ['case_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('citizen_case_handlers_user_idx')
    .on('citizen_case_handlers')
    .columns(['user_id'])
    .execute();

  await db.schema
    .createTable('citizen_case_steps')
    .addColumn('id', 'integer', id)
    .addColumn('case_id', 'integer', (c) => c.notNull().references('citizen_cases.id'))
    .addColumn('step_key', 'text', (c) => c.notNull())
    .addColumn('variant', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('base_due_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('extensions', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text')
    .addColumn('decision_ref', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('citizen_case_steps_case_step', ['case_id', 'step_key'])
    .execute();
  await db.schema
    .createIndex('citizen_case_steps_due_idx')
    .on('citizen_case_steps')
    .columns(['completed_on', 'due_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('citizen_case_steps').execute();
  await db.schema.dropTable('citizen_case_handlers').execute();
  await db.schema.dropTable('citizen_case_persons').execute();
  await db.schema.dropTable('citizen_cases').execute();
  await db.schema.dropTable('citizen_case_counters').execute();
  await db.schema.dropTable('citizen_reception_sessions').execute();
}
