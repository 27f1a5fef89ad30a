import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { SYSTEM_ACTOR } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { recordExternalDocument, registerIncomingDocument } from './record-received-document';
import { issueDocument } from './issue-document';
import { correctDocument, linkDocuments, setDocumentValidity } from './correct-document';
import { attachDocumentFile, readDocumentFile } from './document-files';
import { documentStatistics } from './document-statistics';
import { getDocumentDetail } from './document-view';
import { listDocuments } from './document-queries';

let ctx: TestContext;
let p: TestProvince;
const actor = SYSTEM_ACTOR;
const countDocs = async () =>
  Number(
    (
      await ctx.db.q
        .selectFrom('documents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  p = await buildProvince(ctx);
});
afterAll(async () => ctx.cleanup());

describe('incoming documents', () => {
  it('normalises the printed symbol, numbers arrivals, and refuses a second registration', async () => {
    const a = await registerIncomingDocument(ctx, {
      actor,
      input: {
        register: p.ubnd.code,
        issuer: p.skhdt.code,
        numberSymbol: 'Số: 5 /SKHĐT- TH',
        issueDate: '2023-06-01',
        arrivalDate: '2023-06-02',
        summary: 'V/v giải ngân vốn đầu tư công',
        handlingUnit: p.stc.code,
        handlingDeadline: '2023-06-12',
      },
    });
    expect(a.numberSymbol).toBe('05/SKHĐT-TH');
    expect(a.type.key).toBe('CV');
    expect(a.arrival).toEqual({ number: 1, date: '2023-06-02' });
    expect(a.handling).toEqual({ unitId: p.stc.id, deadline: '2023-06-12', handledOn: null });
    const before = await countDocs();
    const dup = await registerIncomingDocument(ctx, {
      actor,
      input: {
        register: p.ubnd.code,
        issuer: p.skhdt.code,
        numberSymbol: '05/SKHĐT-TH',
        issueDate: '2023-06-01',
        summary: 'Lần hai',
      },
    }).catch((e: unknown) => e);
    expect(isAppError(dup, 'DOCUMENT_DUPLICATE_INCOMING')).toBe(true);
    expect(await countDocs()).toBe(before);
    const next = await registerIncomingDocument(ctx, {
      actor,
      input: {
        register: p.ubnd.code,
        issuerName: 'Tỉnh ủy Thử',
        numberSymbol: '1234-CV/TU',
        issueDate: '2023-06-05',
        summary: 'V/v chuẩn bị hội nghị',
      },
    });
    expect(next.regime).toBe('party');
    expect(next.arrival?.number).toBe(2);
  });

  it('refuses a malformed symbol, an impossible date and a deadline before arrival, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ numberSymbol: 'BC-UBND' }, 'DOCUMENT_SYMBOL_INVALID', 'numberSymbol'],
      [{ issueDate: '2023-02-31' }, 'FIELD_INVALID', 'issueDate'],
      [{ handlingDeadline: '2023-05-01' }, 'DOCUMENT_DATE_ORDER', 'handlingDeadline'],
      [{ arrivalDate: '2023-05-01' }, 'DOCUMENT_DATE_ORDER', 'arrivalDate'],
      [{ handlingUnit: 'Không có' }, 'UNKNOWN_UNIT', 'handlingUnit'],
    ];
    for (const [override, code, field] of cases) {
      const err = await registerIncomingDocument(ctx, {
        actor,
        input: {
          register: p.ubnd.code,
          issuerName: 'Bộ Tài chính',
          numberSymbol: '77/BTC-NSNN',
          issueDate: '2023-05-20',
          arrivalDate: '2023-05-22',
          summary: 'X',
          ...override,
        },
      }).catch((e: unknown) => e);
      expect(isAppError(err) ? [err.code, err.field] : String(err)).toEqual([code, field]);
    }
  });
});

describe('external documents and corrections', () => {
  it('records laws by title and Government resolutions by symbol, once', async () => {
    const law = await recordExternalDocument(ctx, {
      actor,
      input: {
        register: p.ubnd.code,
        issuerName: 'Quốc hội',
        numberSymbol: '77/2015/QH13',
        issueDate: '2015-06-19',
        title: 'Luật Tổ chức chính quyền địa phương',
        summary: 'Luật Tổ chức chính quyền địa phương',
      },
    });
    expect([law.type.key, law.regime, law.numberSymbol]).toEqual([
      'LUAT',
      'state_qppl',
      '77/2015/QH13',
    ]);
    const nq = await recordExternalDocument(ctx, {
      actor,
      input: {
        register: p.ubnd.code,
        issuerName: 'Chính phủ',
        numberSymbol: '11/NQ-CP',
        issueDate: '2022-01-30',
        summary: 'Về Chương trình phục hồi và phát triển kinh tế - xã hội',
      },
    });
    expect([nq.type.key, nq.regime]).toEqual(['NQ', 'state_admin']);
    const again = await recordExternalDocument(ctx, {
      actor,
      input: {
        register: p.ubnd.code,
        issuerName: 'Chính phủ',
        numberSymbol: '11/nq-cp',
        issueDate: '2022-01-30',
        summary: 'Lặp',
      },
    }).catch((e: unknown) => e);
    expect(isAppError(again, 'DOCUMENT_DUPLICATE_EXTERNAL')).toBe(true);
    const found = await listDocuments(
      ctx.db.q,
      { q: 'luat to chuc chinh quyen' },
      { sort: '-issueDate', limit: 10, offset: 0 },
    );
    expect(found.rows.map((r) => r.id)).toEqual([law.id]);
  });

  it('recalls, cancels and corrects entries, and the statistics leave out cancelled numbers', async () => {
    const a = await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'KH', summary: 'Kế hoạch A', issueDate: '2023-03-01' },
    });
    const b = await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'KH', summary: 'Kế hoạch B', issueDate: '2023-03-02' },
    });
    const fix = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'CV',
        summary: 'Đính chính Kế hoạch A',
        issueDate: '2023-03-03',
      },
    });
    const stats = () =>
      documentStatistics(ctx, { actor, input: { from: '2023-03-01', to: '2023-03-31' } });
    expect((await stats()).plans).toBe(2);
    await correctDocument(ctx, {
      actor,
      input: { kind: 'cancel_number', documentId: b.id, reason: 'Cấp nhầm số' },
    });
    await correctDocument(ctx, {
      actor,
      input: { kind: 'erratum', documentId: a.id, erratumDocumentId: fix.id, reason: 'Sai ngày' },
    });
    const s = await stats();
    expect(s.plans).toBe(1);
    expect(s.other).toBe(1);
    const detail = await getDocumentDetail(ctx.db.q, a.id);
    expect(detail?.links).toEqual([
      {
        kind: 'corrects',
        direction: 'from',
        documentId: fix.id,
        numberSymbol: fix.numberSymbol,
        summary: fix.summary,
      },
    ]);
    const twice = await correctDocument(ctx, {
      actor,
      input: { kind: 'recall', documentId: b.id, reason: 'X' },
    }).catch((e: unknown) => e);
    expect(isAppError(twice, 'DOCUMENT_NOT_ACTIVE')).toBe(true);
    // A cancelled number is never reused.
    const c = await issueDocument(ctx, {
      actor,
      input: { issuer: p.ubnd.code, type: 'KH', summary: 'Kế hoạch C', issueDate: '2023-03-04' },
    });
    expect(c.number).toBe(3);
  });

  it('ends the validity of a QPPL decision that is replaced', async () => {
    const old = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        regime: 'state_qppl',
        type: 'QD',
        summary: 'Quy định cũ',
        issueDate: '2023-01-10',
        effectiveFrom: '2023-01-20',
      },
    });
    const repl = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        regime: 'state_qppl',
        type: 'QD',
        summary: 'Quy định mới',
        issueDate: '2023-04-10',
        effectiveFrom: '2023-04-20',
      },
    });
    await linkDocuments(ctx, {
      actor,
      input: { fromDocumentId: repl.id, toDocumentId: old.id, kind: 'replaces' },
    });
    const after = await getDocumentDetail(ctx.db.q, old.id);
    expect(after?.validity).toEqual({
      status: 'expired',
      effectiveFrom: '2023-01-20',
      effectiveTo: '2023-04-20',
    });
    const wrongWay = await linkDocuments(ctx, {
      actor,
      input: { fromDocumentId: old.id, toDocumentId: repl.id, kind: 'amends' },
    }).catch((e: unknown) => e);
    expect(isAppError(wrongWay, 'DOCUMENT_LINK_INVALID')).toBe(true);
    const notQppl = await setDocumentValidity(ctx, {
      actor,
      input: { documentId: repl.id, validity: 'in_force', effectiveTo: '2023-01-01' },
    }).catch((e: unknown) => e);
    expect(isAppError(notQppl, 'DATE_RANGE_INVALID')).toBe(true);
  });
});

describe('files', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n');

  it('stores a signed PDF and reads it back; refuses other types, empty and oversized files, and files on classified entries', async () => {
    const doc = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'BC',
        summary: 'Báo cáo có tệp',
        issueDate: '2023-07-10',
      },
    });
    const f = await attachDocumentFile(ctx, {
      actor,
      input: { documentId: doc.id, kind: 'signed_pdf', fileName: 'bc.pdf' },
      bytes: pdf,
    });
    expect(f.mediaType).toBe('application/pdf');
    const back = await readDocumentFile(ctx, { actor, documentId: doc.id, fileId: f.id });
    expect(back.bytes.equals(pdf)).toBe(true);
    const exe = await attachDocumentFile(ctx, {
      actor,
      input: { documentId: doc.id, kind: 'attachment', fileName: 'x.pdf' },
      bytes: Buffer.from('MZ\x90\x00binary'),
    }).catch((e: unknown) => e);
    expect(isAppError(exe, 'FILE_TYPE_REFUSED')).toBe(true);
    // An accepted type (a scan may be a PNG), but not a PDF: refused as the signed copy.
    const png = Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1');
    const notPdf = await attachDocumentFile(ctx, {
      actor,
      input: { documentId: doc.id, kind: 'signed_pdf', fileName: 'ky-so.png' },
      bytes: png,
    }).catch((e: unknown) => e);
    expect(isAppError(notPdf, 'SIGNED_FILE_NOT_PDF')).toBe(true);
    expect((notPdf as { field?: string }).field).toBe('file');
    const empty = await attachDocumentFile(ctx, {
      actor,
      input: { documentId: doc.id, kind: 'attachment', fileName: 'e.pdf' },
      bytes: new Uint8Array(),
    }).catch((e: unknown) => e);
    expect(isAppError(empty, 'FILE_EMPTY')).toBe(true);
    const big = Buffer.concat([pdf, Buffer.alloc(ctx.config.maxFileBytes)]);
    const tooBig = await attachDocumentFile(ctx, {
      actor,
      input: { documentId: doc.id, kind: 'scan', fileName: 'big.pdf' },
      bytes: big,
    }).catch((e: unknown) => e);
    expect(isAppError(tooBig, 'FILE_TOO_LARGE')).toBe(true);
    const secret = await issueDocument(ctx, {
      actor,
      input: {
        issuer: p.ubnd.code,
        type: 'BC',
        summary: 'Báo cáo mật',
        secrecy: 'mat',
        issueDate: '2023-07-10',
      },
    });
    expect(secret.numberSymbol).toBe('01/BC-UBND');
    const onSecret = await attachDocumentFile(ctx, {
      actor,
      input: { documentId: secret.id, kind: 'signed_pdf', fileName: 's.pdf' },
      bytes: pdf,
    }).catch((e: unknown) => e);
    expect(isAppError(onSecret, 'DOCUMENT_SECRET_CONTENT')).toBe(true);
    expect((await getDocumentDetail(ctx.db.q, doc.id))?.files).toHaveLength(1);
  });
});
