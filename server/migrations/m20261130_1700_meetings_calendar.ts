/**
 * Monthly review meetings and the leaders' work calendar: meetings (hội nghị
 * đánh giá hàng tháng) with their attending units, an agenda built from data
 * and by hand, conclusions that become tasks when the Thông báo kết luận is
 * issued; and the calendar events (lịch công tác) of the Chủ tịch and Phó Chủ
 * tịch, with their participants. Instants are ISO UTC text.
 */
import type { Kysely } from 'kysely';
import { idColumn } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('meeting_date', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('committee_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('chair_person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('conclusion_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('issued_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('meetings_committee_date_idx')
    .on('meetings')
    .columns(['committee_unit_id', 'meeting_date'])
    .execute();

  await db.schema
    .createTable('meeting_attendees')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addPrimaryKeyConstraint('meeting_attendees_pk', ['meeting_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('meeting_attendees_unit_idx')
    .on('meeting_attendees')
    .column('unit_id')
    .execute();

  await db.schema
    .createTable('meeting_agenda_items')
    .addColumn('id', 'integer', id)
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_key', 'text')
    .addColumn('task_id', 'integer', (c) => c.references('tasks.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('lead_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('deadline', 'text')
    .addColumn('status_code', 'text')
    .addColumn('days_late', 'integer')
    .addColumn('dismissed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('meeting_agenda_items_source_uq', ['meeting_id', 'source_key'])
    .execute();

  await db.schema
    .createTable('meeting_conclusions')
    .addColumn('id', 'integer', id)
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('expected_output', 'text')
    .addColumn('lead_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('coordinating_unit_ids', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('leader_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('task_id', 'integer', (c) => c.references('tasks.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('meeting_conclusions_number_uq', ['meeting_id', 'number'])
    .execute();

  await db.schema
    .createTable('leader_events')
    .addColumn('id', 'integer', id)
    .addColumn('leader_person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('committee_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('participant_note', 'text')
    .addColumn('meeting_id', 'integer', (c) => c.unique().references('meetings.id'))
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('leader_events_person_start_idx')
    .on('leader_events')
    .columns(['leader_person_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('leader_events_start_idx')
    .on('leader_events')
    .columns(['starts_at', 'ends_at'])
    .execute();

  await db.schema
    .createTable('leader_event_participants')
    .addColumn('id', 'integer', id)
    .addColumn('event_id', 'integer', (c) => c.notNull().references('leader_events.id'))
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .execute();
  await db.schema
    .createIndex('leader_event_participants_event_idx')
    .on('leader_event_participants')
    .column('event_id')
    .execute();
  await db.schema
    .createIndex('leader_event_participants_person_idx')
    .on('leader_event_participants')
    .column('person_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'leader_event_participants',
    'leader_events',
    'meeting_conclusions',
    'meeting_agenda_items',
    'meeting_attendees',
    'meetings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
