import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { issueDocument } from './issue-document';

let ctx: TestContext;
let p: TestProvince;
const actor = SYSTEM_ACTOR;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx);
});
afterAll(async () => ctx.cleanup());

describe('issueDocument', () => {
  it('gives consecutive zero-padded numbers in one series per type', async () => {
    const a = await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'BC', summary: 'Báo cáo một', issueDate: '2023-01-05' },
    });
    const b = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'Báo cáo',
        summary: 'Báo cáo hai',
        issueDate: '2023-01-06',
      },
    });
    const t = await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'TTr', summary: 'Tờ trình một', issueDate: '2023-01-06' },
    });
    expect([a.numberSymbol, b.numberSymbol, t.numberSymbol]).toEqual([
      '01/BC-UBND',
      '02/BC-UBND',
      '01/TTr-UBND',
    ]);
    expect(a.type).toEqual({ key: 'BC', code: 'BC', name: 'Báo cáo' });
  });

  it('puts the year in QPPL symbols and keeps QPPL and individual decisions apart', async () => {
    const qppl = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'QĐ',
        regime: 'state_qppl',
        summary: 'Quy định A',
        issueDate: '2023-02-01',
      },
    });
    const ind = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'QĐ',
        summary: 'Quyết định cá biệt',
        issueDate: '2023-02-01',
      },
    });
    expect(qppl.numberSymbol).toBe('01/2023/QĐ-UBND');
    expect(ind.numberSymbol).toBe('01/QĐ-UBND');
    expect(qppl.validity?.status).toBe('in_force');
  });

  it('numbers công văn in one series across field codes', async () => {
    const a = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'CV',
        fieldCode: 'VX',
        summary: 'V/v một',
        issueDate: '2023-03-01',
      },
    });
    const b = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'công văn',
        fieldCode: 'KT',
        summary: 'V/v hai',
        issueDate: '2023-03-01',
      },
    });
    expect([a.numberSymbol, b.numberSymbol]).toEqual(['01/UBND-VX', '02/UBND-KT']);
  });

  it('defaults the issue date to the product clock', async () => {
    const d = await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'KH', summary: 'Kế hoạch' },
    });
    expect(d.issueDate).toBe('2023-07-10');
  });

  it('refuses a back-dated number that would break the issuing order', async () => {
    const err = await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'BC', summary: 'Lùi ngày', issueDate: '2023-01-02' },
    }).catch((e: unknown) => e);
    expect(isAppError(err, 'DOCUMENT_NUMBER_OUT_OF_ORDER')).toBe(true);
    // Nothing was written: the next number is still 03.
    const next = await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'BC', summary: 'Đúng ngày', issueDate: '2023-01-09' },
    });
    expect(next.numberSymbol).toBe('03/BC-UBND');
  });

  it('records an explicit number once and continues after it', async () => {
    const d = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'BC',
        summary: 'Ghi bổ sung',
        issueDate: '2023-01-20',
        number: 10,
      },
    });
    expect(d.numberSymbol).toBe('10/BC-UBND');
    const taken = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'BC',
        summary: 'Trùng số',
        issueDate: '2023-01-20',
        number: 10,
      },
    }).catch((e: unknown) => e);
    expect(isAppError(taken, 'DOCUMENT_NUMBER_TAKEN')).toBe(true);
    const next = await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'BC', summary: 'Tiếp theo', issueDate: '2023-01-21' },
    });
    expect(next.numberSymbol).toBe('11/BC-UBND');
  });

  it('refuses content on a classified entry, a Party number, an unknown unit and an impossible date', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ secrecy: 'mat', content: 'Nội dung mật' }, 'DOCUMENT_SECRET_CONTENT', 'content'],
      [{ regime: 'party' }, 'DOCUMENT_PARTY_NOT_NUMBERED', 'regime'],
      [{ issuer: 'KHONG-CO' }, 'UNKNOWN_UNIT', 'issuer'],
      [{ issueDate: '2023-02-31' }, 'FIELD_INVALID', 'issueDate'],
      [{ type: 'XYZ' }, 'DOCUMENT_TYPE_UNKNOWN', 'type'],
      [{ surprise: 1 }, 'FIELD_INVALID', 'input'],
    ];
    for (const [override, code, field] of cases) {
      const err = await issueDocument(ctx, {
        actor,
        input: {
          issuer: p.ubnd.code,
          type: 'BC',
          summary: 'X',
          issueDate: '2023-08-01',
          ...override,
        },
      }).catch((e: unknown) => e);
      expect(isAppError(err), `${code}: ${String(err)}`).toBe(true);
      if (isAppError(err)) {
        expect(err.code).toBe(code);
        expect(err.field).toBe(field);
      }
    }
  });
});
