import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  TEST_ENGINE,
  testPgUrl,
  type TestContext,
} from '../../testing/test-context';
import { migrateToLatest } from './migrate';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.cleanup());

describe('introspection of the database', () => {
  it('lists the product tables, and the migration bookkeeping only when asked', async () => {
    const plain = (await ctx.db.q.introspection.getTables()).map((t) => t.name);
    const all = (await ctx.db.q.introspection.getTables({ withInternalKyselyTables: true })).map(
      (t) => t.name,
    );
    expect(plain).toContain('units');
    expect(plain).toContain('tasks');
    expect(plain).not.toContain('kysely_migration');
    expect(all).toContain('kysely_migration');
    expect(all.length).toBe(plain.length + 2);
    const units = (await ctx.db.q.introspection.getTables()).find((t) => t.name === 'units');
    expect(units?.columns.map((c) => c.name)).toContain('code');
  });

  // PostgreSQL only: several schemas share one database (test files, provinces). Kysely's own
  // introspector read them all and resolved each table by name, so a schema dropped between its
  // catalog scan and that lookup failed the migration of another ("schema … does not exist").
  if (TEST_ENGINE === 'postgres')
    it('sees only its own schema, never the tables of another', async () => {
      const other = `${ctx.env.DIEUHANH_PG_SCHEMA ?? 'x'}_other`;
      const admin = new pg.Client({ connectionString: testPgUrl() });
      await admin.connect();
      try {
        await admin.query(`create schema ${other}`);
        await admin.query(`create table ${other}.t (id serial primary key, v text)`);
        const seen = await ctx.db.q.introspection.getTables({ withInternalKyselyTables: true });
        expect(seen.map((t) => t.name)).not.toContain('t');
        expect(new Set(seen.map((t) => t.schema))).toEqual(new Set([ctx.env.DIEUHANH_PG_SCHEMA]));
        const id = seen.find((t) => t.name === 'units')?.columns.find((c) => c.name === 'id');
        expect(id?.isAutoIncrementing).toBe(true);
        await expect(migrateToLatest(ctx.db)).resolves.toEqual({ applied: [] });
      } finally {
        await admin.query(`drop schema if exists ${other} cascade`);
        await admin.end();
      }
    });
});
