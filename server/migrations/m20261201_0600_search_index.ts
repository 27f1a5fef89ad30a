/**
 * A word index under the folded `search_text` of the two large tables, documents and tasks,
 * so that "every word occurs" (`search_text like '%word%'`, the register list, the task list
 * and the global search) stops reading each table in full:
 *
 * - SQLite: an FTS5 table with the trigram tokenizer per table (external content: it stores
 *   only the index, the text stays in the table), kept in step by triggers. Its `LIKE` uses the
 *   trigrams for any word of three characters or more; the queries ask it for the candidate
 *   ids (server/platform/db/word-index.ts).
 * - PostgreSQL: the pg_trgm extension (trusted: a role that may create in the database and in
 *   its `public` schema installs it, as the database owner does) and a GIN trigram index per
 *   column, which the planner uses for the same `LIKE` by itself.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './helpers';

const TABLES = ['documents', 'tasks'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    // One extension per database, shared by every schema (one per province, one per test
    // file): it goes to `public`, never to the schema being migrated, whose removal would
    // take the other schemas' indexes with it. An administrator may have installed it
    // elsewhere beforehand; the operator class is then taken from there.
    const installed = async () =>
      (
        await sql<{ schema: string }>`
          select n.nspname as schema from pg_extension e
          join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db)
      ).rows[0]?.schema;
    let schema = await installed();
    if (schema === undefined) {
      const { rows } = await sql<{ may: boolean }>`
        select has_database_privilege(current_database(), 'CREATE')
          and has_schema_privilege('public', 'CREATE') as may`.execute(db);
      if (!rows[0]?.may)
        throw new Error(
          'the word index needs the pg_trgm extension (part of PostgreSQL): the database ' +
            'owner or a superuser runs "create extension pg_trgm with schema public" in this ' +
            'database once, then the migration is run again (docs/OPERATIONS.md)',
        );
      await sql`create extension if not exists pg_trgm with schema public`.execute(db);
      schema = (await installed()) ?? 'public';
    }
    for (const t of TABLES)
      await sql`create index ${sql.id(`${t}_search_trgm`)} on ${sql.table(t)}
        using gin (search_text ${sql.id(schema, 'gin_trgm_ops')})`.execute(db);
    return;
  }
  for (const t of TABLES) {
    const fts = `${t}_fts`;
    await sql`create virtual table ${sql.id(fts)} using fts5(
      search_text, content=${sql.lit(t)}, content_rowid='id', tokenize='trigram')`.execute(db);
    await sql`insert into ${sql.id(fts)}(${sql.id(fts)}) values ('rebuild')`.execute(db);
    await sql`create trigger ${sql.id(`${fts}_insert`)} after insert on ${sql.table(t)} begin
      insert into ${sql.id(fts)}(rowid, search_text) values (new.id, new.search_text);
    end`.execute(db);
    await sql`create trigger ${sql.id(`${fts}_delete`)} after delete on ${sql.table(t)} begin
      insert into ${sql.id(fts)}(${sql.id(fts)}, rowid, search_text)
        values ('delete', old.id, old.search_text);
    end`.execute(db);
    await sql`create trigger ${sql.id(`${fts}_update`)} after update of search_text on ${sql.table(t)} begin
      insert into ${sql.id(fts)}(${sql.id(fts)}, rowid, search_text)
        values ('delete', old.id, old.search_text);
      insert into ${sql.id(fts)}(rowid, search_text) values (new.id, new.search_text);
    end`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) {
    if (isPostgres(db)) {
      await sql`drop index if exists ${sql.id(`${t}_search_trgm`)}`.execute(db);
      continue;
    }
    for (const suffix of ['insert', 'delete', 'update'])
      await sql`drop trigger if exists ${sql.id(`${t}_fts_${suffix}`)}`.execute(db);
    await sql`drop table if exists ${sql.id(`${t}_fts`)}`.execute(db);
  }
}
