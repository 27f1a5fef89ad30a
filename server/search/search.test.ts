import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestContext, type DemoTestContext } from '../testing/demo-context';
import { TEST_ENGINE } from '../testing/test-context';
import { call, signIn, type Session } from '../testing/http';
import { buildApp } from '../http/build-app';
import { DEMO_PASSWORD } from '../demo/demo-users';
import type { SearchResult } from './search-everything';
import type { SearchKind } from './search-hit';

let ctx: DemoTestContext;
let app: FastifyInstance;
const s: Record<string, Session> = {};
let skhdtId: number;
let stcId: number;

beforeAll(async () => {
  ctx = await createDemoTestContext();
  app = await buildApp(ctx, { webRoot: null });
  for (const u of ['vanthu', 'skhdt', 'xem']) s[u] = await signIn(app, u, DEMO_PASSWORD);
  const unit = (code: string) =>
    ctx.db.q.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  skhdtId = (await unit('BP.SKHDT')).id;
  stcId = (await unit('BP.STC')).id;
}, 600_000);
afterAll(async () => {
  await app?.close();
  await ctx?.cleanup();
});

async function search(who: string, q: string, extra = ''): Promise<SearchResult> {
  const res = await call(app, s[who] ?? null, {
    method: 'GET',
    url: `/api/v1/search?q=${encodeURIComponent(q)}${extra}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<SearchResult>();
}
const group = (r: SearchResult, kind: SearchKind) => {
  const g = r.groups.find((x) => x.kind === kind);
  if (!g) throw new Error(`no group ${kind}`);
  return g;
};

describe(`global search on the demo province (${TEST_ENGINE})`, () => {
  it('finds the Sở KH&ĐT under its folded name and its abbreviations, with its documents, tasks and projects', async () => {
    const folded = await search('vanthu', 'ke hoach dau tu');
    expect(group(folded, 'units').items[0]).toMatchObject({
      title: 'Sở Kế hoạch và Đầu tư',
      href: `/nhiem-vu?unit=${skhdtId}&role=lead`,
    });
    const bySymbol = await search('vanthu', 'skhdt', '&limit=50');
    const byShort = await search('vanthu', 'Sở KH&ĐT', '&limit=50');
    for (const r of [bySymbol, byShort]) {
      expect(group(r, 'units').items[0]?.id).toBe(skhdtId);
      for (const kind of ['documents', 'tasks', 'projects', 'people'] as const)
        expect(group(r, kind).total, kind).toBeGreaterThan(0);
    }
    expect(byShort.groups.map((g) => [g.kind, g.total])).toEqual(
      bySymbol.groups.map((g) => [g.kind, g.total]),
    );
    // Tasks found by the abbreviation are those the Sở leads (or mention it): the unit's own list.
    const led = await ctx.db.q
      .selectFrom('tasks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('lead_unit_id', '=', skhdtId)
      .executeTakeFirstOrThrow();
    expect(group(bySymbol, 'tasks').total).toBeGreaterThanOrEqual(Number(led.n));
    // The document items are the Sở's own, at least the first ones ranked by the unit match.
    const issued = await ctx.db.q
      .selectFrom('documents')
      .select(['id', 'issuer_unit_id'])
      .where(
        'id',
        'in',
        group(bySymbol, 'documents').items.map((i) => i.id),
      )
      .execute();
    expect(issued.some((d) => d.issuer_unit_id === skhdtId)).toBe(true);
    // A folded phrase also finds documents and tasks by their words.
    expect(group(folded, 'documents').total).toBeGreaterThan(0);
  });

  it('finds 229/BC-UBND by a number-symbol prefix, spaces around "/" tolerated, exact first', async () => {
    for (const q of ['229/BC', '229 / bc']) {
      const docs = group(await search('vanthu', q), 'documents');
      expect(docs.items[0]).toMatchObject({ title: '229/BC-UBND', match: 'prefix' });
      expect(docs.items.every((i) => !i.title.startsWith('1229/'))).toBe(true);
      expect(docs.items[0]?.href).toMatch(/^\/van-ban\/\d+$/);
    }
    const exact = group(await search('vanthu', '229/bc-ubnd'), 'documents');
    expect(exact.items[0]).toMatchObject({ title: '229/BC-UBND', match: 'exact' });
  });

  it('finds officials by position title (folded) and by their unit', async () => {
    const people = group(await search('vanthu', 'giam doc so tai chinh'), 'people');
    expect(people.total).toBeGreaterThan(0);
    expect(people.items[0]?.subtitle).toMatch(/Giám đốc/);
    const ofUnit = group(await search('vanthu', 'stc'), 'people');
    expect(ofUnit.items.every((p) => p.subtitle.includes('Sở Tài chính'))).toBe(true);
  });

  it("limits every kind to the unit user's scope, as the lists do", async () => {
    // The seed report belongs to the UBND's register, outside the Sở's scope.
    const docs = group(await search('skhdt', '229/BC'), 'documents');
    expect(docs.items.map((i) => i.title)).not.toContain('229/BC-UBND');
    const office = group(await search('vanthu', 'stc', '&limit=50&kinds=tasks'), 'tasks');
    const unit = group(await search('skhdt', 'stc', '&limit=50&kinds=tasks'), 'tasks');
    expect(office.total).toBeGreaterThan(unit.total);
    // Every task the unit user finds opens for it; some the office finds do not.
    for (const item of unit.items) {
      const res = await call(app, s.skhdt ?? null, {
        method: 'GET',
        url: `/api/v1/tasks/${item.id}`,
      });
      expect(res.statusCode).toBe(200);
    }
    const hidden = office.items.filter((i) => !unit.items.some((u) => u.id === i.id));
    expect(hidden.length).toBeGreaterThan(0);
    const refused = await call(app, s.skhdt ?? null, {
      method: 'GET',
      url: `/api/v1/tasks/${hidden[0]?.id ?? 0}`,
    });
    expect(refused.statusCode).toBe(403);
    // Units outside the subtree are not listed (central bodies are reference data).
    const units = group(await search('skhdt', 'so tai chinh'), 'units');
    expect(units.items.map((u) => u.id)).not.toContain(stcId);
    expect(unit.items.length).toBe(Math.min(unit.total, 50));
  });

  it("never matches a citizen's protected person", async () => {
    const officials = new Set(
      (await ctx.db.q.selectFrom('people').select('full_name').execute()).map((p) => p.full_name),
    );
    const persons = await ctx.db.q
      .selectFrom('citizen_case_persons')
      .select('full_name')
      .where('full_name', 'is not', null)
      .limit(50)
      .execute();
    const name = persons.map((p) => p.full_name).find((n) => n && !officials.has(n));
    expect(name).toBeTruthy();
    const r = await search('vanthu', name ?? '');
    expect(group(r, 'cases').total).toBe(0);
    expect(r.groups.flatMap((g) => g.items).some((i) => i.title === name)).toBe(false);
    expect(JSON.stringify(r.groups)).not.toContain(name);
    // Cases are found by their number and summary.
    const one = await ctx.db.q
      .selectFrom('citizen_cases')
      .select(['id', 'case_number'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const byNumber = group(await search('vanthu', one.case_number), 'cases');
    expect(byNumber.items[0]).toMatchObject({ id: one.id, match: 'exact' });
  });

  it('leaves out kinds not asked for and answers a bad query with the field named', async () => {
    const r = await search('xem', 'ke hoach', '&kinds=documents,units&limit=2');
    expect(r.groups.map((g) => g.kind)).toEqual(['documents', 'units']);
    expect(r.groups.every((g) => g.items.length <= 2)).toBe(true);
    for (const url of [
      '/api/v1/search?q=k',
      '/api/v1/search?q=%20%20a%20%20',
      `/api/v1/search?q=${'x'.repeat(201)}`,
      '/api/v1/search',
    ]) {
      const res = await call(app, s.vanthu ?? null, { method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ field: string }>().field).toBe('q');
    }
    const badKind = await call(app, s.vanthu ?? null, {
      method: 'GET',
      url: '/api/v1/search?q=ke+hoach&kinds=secrets',
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json<{ field: string }>().field).toMatch(/^kinds/);
  });
});
