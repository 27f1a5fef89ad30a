import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { issueDocument } from '../documents/issue-document';
import { recordAudit } from './record-audit';
import { verifyAuditChain } from './verify-audit-chain';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  const p = await buildProvince(ctx);
  for (let i = 0; i < 3; i += 1) {
    await issueDocument(ctx, {
      actor: SYSTEM_ACTOR,
      input: { issuer: p.ubnd.code, type: 'BC', summary: `Báo cáo ${i}`, issueDate: '2023-07-10' },
    });
  }
});
afterAll(async () => ctx.cleanup());

describe('audit chain', () => {
  it('records every write with before/after and verifies', async () => {
    const rows = await ctx.db.q.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => r.action)).toContain('document.issue');
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    const issued = rows.find((r) => r.action === 'document.issue');
    expect(JSON.parse(issued?.after ?? '{}')).toMatchObject({ numberSymbol: '01/BC-UBND' });
    expect(await verifyAuditChain(ctx.db.q)).toEqual({ ok: true, entries: rows.length });
  });

  it('names the entry whose row was edited directly in SQL', async () => {
    const target = await ctx.db.q
      .selectFrom('audit_log')
      .select(['id', 'seq'])
      .where('action', '=', 'document.issue')
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    await sql`update audit_log set after = ${'{"numberSymbol":"99/BC-UBND"}'} where id = ${target.id}`.execute(
      ctx.db.q,
    );
    const result = await verifyAuditChain(ctx.db.q);
    expect(result.ok).toBe(false);
    expect(result.brokenAt).toMatchObject({
      id: target.id,
      seq: target.seq,
      reason: 'content does not match its hash',
    });
  });

  it('detects a removed entry', async () => {
    const fresh = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
    try {
      for (let i = 0; i < 3; i += 1) {
        await fresh.db.write((tx) =>
          recordAudit(tx, new Date('2026-01-01T00:00:00Z'), {
            actor: SYSTEM_ACTOR,
            action: `test.${i}`,
          }),
        );
      }
      await sql`delete from audit_log where seq = 2`.execute(fresh.db.q);
      const result = await verifyAuditChain(fresh.db.q);
      expect(result).toMatchObject({
        ok: false,
        brokenAt: { seq: 3, reason: 'sequence 3, expected 2' },
      });
    } finally {
      await fresh.cleanup();
    }
  });
});
