/**
 * Task accountability: tasks with their source, exactly one lead unit and
 * per-unit assignments, dated events stored as columns (completion,
 * re-opening, approved extension) so statistics stay indexable, progress
 * reports, extension requests, urgings (đôn đốc) with read receipts, and the
 * task timeline.
 */
import type { Kysely } from 'kysely';
import { idColumn } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('task'))
    .addColumn('parent_id', 'integer', (c) => c.references('tasks.id'))
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('source_item_label', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('expected_output', 'text')
    .addColumn('assigning_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('assigned_by_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('leader_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('lead_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('assigned_on', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('extended_deadline', 'text')
    .addColumn('extension_approved_on', 'text')
    .addColumn('completed_on', 'text')
    .addColumn('completion_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('first_completed_on', 'text')
    .addColumn('reopened_on', 'text')
    .addColumn('awaiting_body', 'text')
    .addColumn('submitted_on', 'text')
    .addColumn('progress_percent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('recurrence', 'text')
    .addColumn('series_id', 'integer', (c) => c.references('tasks.id'))
    .addColumn('occurrence', 'integer')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('tasks_parent_idx').on('tasks').column('parent_id').execute();
  await db.schema
    .createIndex('tasks_source_idx')
    .on('tasks')
    .columns(['source_document_id', 'source_item_label'])
    .execute();
  await db.schema
    .createIndex('tasks_lead_deadline_idx')
    .on('tasks')
    .columns(['lead_unit_id', 'deadline'])
    .execute();
  await db.schema
    .createIndex('tasks_assigning_deadline_idx')
    .on('tasks')
    .columns(['assigning_unit_id', 'deadline'])
    .execute();
  await db.schema.createIndex('tasks_leader_idx').on('tasks').column('leader_person_id').execute();
  await db.schema
    .createIndex('tasks_series_idx')
    .on('tasks')
    .columns(['series_id', 'occurrence'])
    .execute();

  await db.schema
    .createTable('task_assignments')
    .addColumn('id', 'integer', id)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('progress_percent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_progress_on', 'text')
    .addColumn('deadline', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('task_assignments_uq', ['task_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('task_assignments_unit_idx')
    .on('task_assignments')
    .columns(['unit_id', 'role'])
    .execute();

  await db.schema
    .createTable('task_progress_reports')
    .addColumn('id', 'integer', id)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('assignment_id', 'integer', (c) => c.notNull().references('task_assignments.id'))
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reported_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('task_progress_task_idx')
    .on('task_progress_reports')
    .columns(['task_id', 'reported_on'])
    .execute();

  await db.schema
    .createTable('task_files')
    .addColumn('id', 'integer', id)
    .addColumn('progress_report_id', 'integer', (c) =>
      c.notNull().references('task_progress_reports.id'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('task_extensions')
    .addColumn('id', 'integer', id)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('requested_deadline', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('forwarded_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('forwarded_on', 'text')
    .addColumn('decided_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_on', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('approving_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('task_extensions_task_idx')
    .on('task_extensions')
    .column('task_id')
    .execute();

  await db.schema
    .createTable('task_urgings')
    .addColumn('id', 'integer', id)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('assignment_id', 'integer', (c) => c.notNull().references('task_assignments.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('sent_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('sent_by_name', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('addressed_to_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('addressed_to_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('task_urgings_assignment_idx')
    .on('task_urgings')
    .column('assignment_id')
    .execute();

  await db.schema
    .createTable('urging_reads')
    .addColumn('urging_id', 'integer', (c) => c.notNull().references('task_urgings.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('urging_reads_pk', ['urging_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('task_events')
    .addColumn('id', 'integer', id)
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('task_events_task_idx').on('task_events').column('task_id').execute();

  await db.schema
    .createTable('unit_task_settings')
    .addColumn('unit_id', 'integer', (c) => c.primaryKey().references('units.id'))
    .addColumn('requires_progress_approval', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'unit_task_settings',
    'task_events',
    'urging_reads',
    'task_urgings',
    'task_extensions',
    'task_files',
    'task_progress_reports',
    'task_assignments',
    'tasks',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
