/**
 * Foundation schema: settings, the effective-dated organisation, people and
 * positions, HĐND terms and sessions, the working-day calendar, and the ND 30
 * document register with its numbering series, files and corrections.
 *
 * Conventions (both engines): local dates are `YYYY-MM-DD` text, instants are
 * ISO-8601 UTC text, JSON is text, booleans are 0/1 integers.
 */
import { sql, type Kysely } from 'kysely';
import { byteOrderText, idColumn } from './helpers';

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);
  const sortText = byteOrderText(db);

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // ---- Organisation -------------------------------------------------------
  await db.schema
    .createTable('units')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('successor_id', 'integer', (c) => c.references('units.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('units_parent_idx').on('units').column('parent_id').execute();
  await db.schema.createIndex('units_path_idx').on('units').column('path').execute();

  await db.schema
    .createTable('unit_names')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('symbol_code', 'text')
    .addColumn('sort_key', sortText, (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('unit_names_unit_idx')
    .on('unit_names')
    .columns(['unit_id', 'valid_from'])
    .unique()
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', id)
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('sort_key', sortText, (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('positions')
    .addColumn('id', 'integer', id)
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('rank', 'text', (c) => c.notNull())
    .addColumn('fields_of_charge', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('positions_person_idx').on('positions').column('person_id').execute();
  await db.schema.createIndex('positions_unit_idx').on('positions').column('unit_id').execute();

  await db.schema
    .createTable('unit_members')
    .addColumn('id', 'integer', id)
    .addColumn('group_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('member_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .execute();
  await db.schema
    .createIndex('unit_members_group_idx')
    .on('unit_members')
    .column('group_unit_id')
    .execute();

  await db.schema
    .createTable('unit_transfers')
    .addColumn('id', 'integer', id)
    .addColumn('from_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('to_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('moved', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('council_terms')
    .addColumn('id', 'integer', id)
    .addColumn('council_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addUniqueConstraint('council_terms_number_uq', ['council_unit_id', 'number'])
    .execute();

  await db.schema
    .createTable('council_sessions')
    .addColumn('id', 'integer', id)
    .addColumn('term_id', 'integer', (c) => c.notNull().references('council_terms.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('council_sessions_number_uq', ['term_id', 'number'])
    .execute();

  // ---- Working-day calendar ----------------------------------------------
  await db.schema
    .createTable('calendar_entries')
    .addColumn('id', 'integer', id)
    .addColumn('date', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // ---- Document register (ND 30/2020) -------------------------------------
  await db.schema
    .createTable('documents')
    .addColumn('id', 'integer', id)
    .addColumn('register_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('type_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('number', 'integer')
    .addColumn('symbol_code', 'text')
    .addColumn('number_symbol', 'text')
    .addColumn('number_symbol_key', 'text')
    .addColumn('series_key', 'text')
    .addColumn('series_year', 'integer')
    .addColumn('title', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text')
    .addColumn('issuer_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('issuer_name', 'text', (c) => c.notNull())
    .addColumn('issuer_key', 'text', (c) => c.notNull())
    .addColumn('issuer_capacity', 'text')
    .addColumn('signer_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('signer_name', 'text')
    .addColumn('signer_title', 'text')
    .addColumn('signing_authority', 'text')
    .addColumn('recipients', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('urgency', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('secrecy', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('content', 'text')
    .addColumn('arrival_number', 'integer')
    .addColumn('arrival_date', 'text')
    .addColumn('handling_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('handling_deadline', 'text')
    .addColumn('handled_on', 'text')
    .addColumn('effective_from', 'text')
    .addColumn('effective_to', 'text')
    .addColumn('validity', 'text')
    .addColumn('page_count', 'integer')
    .addColumn('copy_count', 'integer')
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Only issued entries have a series (received ones keep it null, and nulls never clash), so
  // the index needs no partial condition and serves the numbering queries directly.
  await db.schema
    .createIndex('documents_outgoing_number_uq')
    .on('documents')
    .columns(['register_unit_id', 'series_key', 'series_year', 'number'])
    .unique()
    .execute();
  await db.schema
    .createIndex('documents_received_uq')
    .on('documents')
    .columns(['register_unit_id', 'direction', 'issuer_key', 'number_symbol_key', 'series_year'])
    .unique()
    .where(sql.ref('direction'), 'in', ['incoming', 'external'])
    .execute();
  await db.schema
    .createIndex('documents_issuer_date_idx')
    .on('documents')
    .columns(['issuer_unit_id', 'direction', 'issue_date'])
    .execute();
  await db.schema
    .createIndex('documents_register_date_idx')
    .on('documents')
    .columns(['register_unit_id', 'issue_date'])
    .execute();
  await db.schema
    .createIndex('documents_symbol_key_idx')
    .on('documents')
    .column('number_symbol_key')
    .execute();

  await db.schema
    .createTable('document_tags')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_tags_pk', ['document_id', 'tag'])
    .execute();
  await db.schema.createIndex('document_tags_tag_idx').on('document_tags').column('tag').execute();

  await db.schema
    .createTable('document_links')
    .addColumn('id', 'integer', id)
    .addColumn('from_document_id', 'integer', (c) => c.notNull().references('documents.id'))
    .addColumn('to_document_id', 'integer', (c) => c.notNull().references('documents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_links_uq', ['from_document_id', 'to_document_id', 'kind'])
    .execute();

  await db.schema
    .createTable('document_corrections')
    .addColumn('id', 'integer', id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('erratum_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('corrected_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_corrections_doc_idx')
    .on('document_corrections')
    .column('document_id')
    .execute();

  await db.schema
    .createTable('document_files')
    .addColumn('id', 'integer', id)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_files_doc_idx')
    .on('document_files')
    .column('document_id')
    .execute();

  await db.schema
    .createTable('number_series')
    .addColumn('register_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('series_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('number_series_pk', ['register_unit_id', 'series_key', 'year'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'number_series',
    'document_files',
    'document_corrections',
    'document_links',
    'document_tags',
    'documents',
    'calendar_entries',
    'council_sessions',
    'council_terms',
    'unit_transfers',
    'unit_members',
    'positions',
    'people',
    'unit_names',
    'units',
    'settings',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
