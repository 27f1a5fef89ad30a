/**
 * Import, review and confirmation of extractions on the demo province, through the API:
 * the seed report's citations link to the register and its part B shows as the existing
 * tasks; a directive's drafts match the registry and become tasks once, all or nothing.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestContext, type DemoTestContext } from '../testing/demo-context';
import { Document, Packer, Paragraph } from 'docx';
import { call, multipart, signIn, type Session } from '../testing/http';
import { cliRunner } from '../testing/cli';
import { buildApp } from '../http/build-app';
import { DEMO_PASSWORD } from '../demo/demo-users';
import { findPartBTasks } from '../demo/binh-phuoc/tasks/part-b';
import { TEST_ENGINE } from '../testing/test-context';
import type { ExtractionView } from './extractions';
import { extractFigures } from '../../shared/extract/figures';
import type { ConfirmResult } from './confirm-extraction';

const SEED = readFileSync(
  new URL('../../../shared/reference/229-BC-UBND-2023.md', import.meta.url),
  'utf8',
);

let ctx: DemoTestContext;
let app: FastifyInstance;
let office: Session;
let unitLeader: Session;
let viewer: Session;

beforeAll(async () => {
  ctx = await createDemoTestContext();
  app = await buildApp(ctx, { webRoot: null });
  office = await signIn(app, 'vanthu', DEMO_PASSWORD);
  unitLeader = await signIn(app, 'skhdt', DEMO_PASSWORD);
  viewer = await signIn(app, 'xem', DEMO_PASSWORD);
  // The first file of a run to read the demo builds it.
}, 600_000);
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

async function importText(text: string, session = office) {
  return call(app, session, { method: 'POST', url: '/api/v1/extractions', payload: { text } });
}

async function unitId(code: string): Promise<number> {
  const row = await ctx.db.q
    .selectFrom('units')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function taskCount(): Promise<number> {
  const row = await ctx.db.q
    .selectFrom('tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const DIRECTIVE = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH BÌNH PHƯỚC',
  'Số: 512/UBND-TH',
  'Bình Phước, ngày 14 tháng 7 năm 2023',
  '',
  'V/v triển khai Kết luận của Chủ tịch UBND tỉnh',
  '',
  'Thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:',
  '',
  '1. Giao Sở KH&ĐT chủ trì, phối hợp Sở Tài chính tham mưu UBND tỉnh ban hành Kế hoạch giải ngân vốn đầu tư công, hoàn thành trước ngày 30/9/2023.',
  '',
  '2. Giao UBND các huyện, thị xã, thành phố rà soát các dự án chậm tiến độ, báo cáo trong quý III/2023.',
  '',
  '3. Giao các cơ quan có liên quan tăng cường công tác tuyên truyền.',
  '',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
].join('\n');

describe(`extraction of the seed report (${TEST_ENGINE})`, () => {
  let view: ExtractionView;

  beforeAll(async () => {
    const res = await importText(SEED);
    expect(res.statusCode).toBe(201);
    view = res.json<ExtractionView>();
  });

  it('recognises the report itself as 229/BC-UBND of 10/7/2023 in the register', async () => {
    const doc = await ctx.db.q
      .selectFrom('documents')
      .select('id')
      .where('number_symbol', '=', '229/BC-UBND')
      .executeTakeFirstOrThrow();
    expect(view.analysis.document).toEqual({
      number_symbol: '229/BC-UBND',
      date: '2023-07-10',
      document_id: doc.id,
    });
  });

  it('extracts its 6 citations and links each to the demo register', async () => {
    const cited = view.analysis.citations.map((c) => c.number_symbol ?? c.text);
    expect(cited).toEqual([
      '11/NQ-CP',
      'Luật Tổ chức chính quyền địa phương',
      '40/TTr-UBND',
      '17-CTr/TU',
      '04-NQ/TU',
      '764-QĐ/TU',
    ]);
    for (const c of view.analysis.citations) {
      expect(c.document_id, c.text).not.toBeNull();
      const doc = await ctx.db.q
        .selectFrom('documents')
        .select(['number_symbol', 'title', 'summary'])
        .where('id', '=', c.document_id ?? 0)
        .executeTakeFirstOrThrow();
      if (c.number_symbol) expect(doc.number_symbol).toBe(c.number_symbol);
      else expect(doc.title ?? doc.summary).toBe('Luật Tổ chức chính quyền địa phương');
    }
    expect(view.counts).toMatchObject({ citations: 6, linked: 6 });
  });

  it('shows the 7 items of part B as the existing tasks B.1–B.7, and confirming creates none', async () => {
    const partB = await findPartBTasks(ctx.db.q);
    expect(view.analysis.tasks.map((t) => [t.item_label, t.existing_task_id])).toEqual(
      ['B.1', 'B.2', 'B.3', 'B.4', 'B.5', 'B.6', 'B.7'].map((l) => [l, partB.get(l)]),
    );
    const before = await taskCount();
    const res = await call(app, office, {
      method: 'POST',
      url: `/api/v1/extractions/${view.id}/confirm`,
      payload: { items: view.analysis.tasks.map((_, index) => ({ index })) },
    });
    expect(res.statusCode).toBe(200);
    const result = res.json<ConfirmResult>();
    expect(result.created).toEqual([]);
    expect(result.existing.map((e) => e.taskId)).toEqual([...partB.values()]);
    expect(result.extraction.status).toBe('confirmed');
    expect(await taskCount()).toBe(before);
  });

  it('exports the corpus label shape', async () => {
    const res = await call(app, office, {
      method: 'GET',
      url: `/api/v1/extractions/${view.id}/export`,
    });
    expect(res.statusCode).toBe(200);
    const out = res.json<{
      citations: Array<Record<string, unknown>>;
      tasks: Array<Record<string, unknown>>;
    }>();
    expect(Object.keys(out.citations[0] ?? {})).toEqual([
      'text',
      'type',
      'number_symbol',
      'date',
      'issuer',
      'document_id',
    ]);
    expect(out.citations[0]).toMatchObject({
      text: 'Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ',
      type: 'Nghị quyết',
      number_symbol: '11/NQ-CP',
      date: '2022-01-30',
      issuer: 'Chính phủ',
    });
    expect(out.tasks[0]).toMatchObject({ lead_unit: null, coordinating_units: [], deadline: null });
  });
});

describe(`extraction of a directive (${TEST_ENGINE})`, () => {
  let view: ExtractionView;

  beforeAll(async () => {
    const res = await importText(DIRECTIVE);
    expect(res.statusCode).toBe(201);
    view = res.json<ExtractionView>();
  });

  it('matches the units to the registry: abbreviations, and the districts expanded', async () => {
    const [first, second, third] = view.analysis.tasks;
    expect(first?.lead_unit).toBe('Sở KH&ĐT');
    expect(first?.lead_unit_id).toBe(await unitId('BP.SKHDT'));
    expect(first?.coordinating.map((c) => c.unit_ids)).toEqual([[await unitId('BP.STC')]]);
    expect(first?.deadline).toBe('2023-09-30');
    expect(first?.expected_output).toBe('Kế hoạch giải ngân vốn đầu tư công');
    expect(second?.lead).toBeNull();
    expect(second?.addressees[0]?.match).toBe('group');
    expect(second?.addressees[0]?.unit_ids).toHaveLength(11);
    expect(third?.lead).toMatchObject({ match: 'none', unit_ids: [] });
    expect(first?.confidence).toBeGreaterThan(third?.confidence ?? 1);
    // The directive is not in the register: the office must choose the document.
    expect(view.analysis.document).toMatchObject({
      number_symbol: '512/UBND-TH',
      document_id: null,
    });
  });

  it('refuses to confirm without a document, and a draft without a lead, writing nothing', async () => {
    const before = await taskCount();
    const noDoc = await call(app, office, {
      method: 'POST',
      url: `/api/v1/extractions/${view.id}/confirm`,
      payload: { items: [{ index: 0 }] },
    });
    expect(noDoc.statusCode).toBe(422);
    expect(noDoc.json()).toMatchObject({
      code: 'EXTRACTION_DOCUMENT_REQUIRED',
      field: 'documentId',
    });

    const doc = await ctx.db.q
      .selectFrom('documents')
      .select('id')
      .where('number_symbol', '=', '229/BC-UBND')
      .executeTakeFirstOrThrow();
    const noLead = await call(app, office, {
      method: 'POST',
      url: `/api/v1/extractions/${view.id}/confirm`,
      payload: { documentId: doc.id, items: [{ index: 0 }, { index: 2 }] },
    });
    expect(noLead.statusCode).toBe(422);
    expect(noLead.json()).toMatchObject({
      code: 'EXTRACTION_LEAD_REQUIRED',
      field: 'items.1.leadUnit',
    });
    const badUnit = await call(app, office, {
      method: 'POST',
      url: `/api/v1/extractions/${view.id}/confirm`,
      payload: { documentId: doc.id, items: [{ index: 0, leadUnit: 'Sở Không Có' }] },
    });
    expect(badUnit.statusCode).toBe(422);
    expect(badUnit.json()).toMatchObject({ code: 'UNKNOWN_UNIT', field: 'items.0.leadUnit' });
    expect(await taskCount()).toBe(before);
  });

  it('creates the tasks once, linked to the document; a second import shows them as existing', async () => {
    const external = await call(app, office, {
      method: 'POST',
      url: `/api/v1/documents/external`,
      payload: {
        register: 'BP.UBND',
        issuer: 'BP.UBND',
        numberSymbol: '512/UBND-TH',
        issueDate: '2023-07-14',
        summary: 'V/v triển khai Kết luận của Chủ tịch UBND tỉnh',
      },
    });
    expect(external.statusCode, external.body).toBe(201);
    const documentId = external.json<{ id: number }>().id;
    const before = await taskCount();
    const res = await call(app, office, {
      method: 'POST',
      url: `/api/v1/extractions/${view.id}/confirm`,
      payload: {
        documentId,
        items: [{ index: 0 }, { index: 1 }, { index: 2, leadUnit: 'BP.SVHTTDL' }],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json<ConfirmResult>();
    expect(result.created).toHaveLength(3);
    // Item 2 is a parent with one child per district: 1 + 11 tasks; items 1 and 3 one each.
    expect(await taskCount()).toBe(before + 1 + 12 + 1);
    const first = await ctx.db.q
      .selectFrom('tasks')
      .select(['source_document_id', 'source_item_label', 'deadline', 'expected_output'])
      .where('id', '=', result.created[0]?.taskId ?? 0)
      .executeTakeFirstOrThrow();
    expect(first).toEqual({
      source_document_id: documentId,
      source_item_label: '1',
      deadline: '2023-09-30',
      expected_output: 'Kế hoạch giải ngân vốn đầu tư công',
    });

    const again = (await importText(DIRECTIVE)).json<ExtractionView>();
    expect(again.analysis.document.document_id).toBe(documentId);
    expect(again.analysis.tasks.map((t) => t.existing_task_id)).toEqual(
      result.created.map((c) => c.taskId),
    );
    const confirm = await call(app, office, {
      method: 'POST',
      url: `/api/v1/extractions/${again.id}/confirm`,
      payload: { items: [{ index: 0 }, { index: 1 }, { index: 2 }] },
    });
    expect(confirm.json<ConfirmResult>().created).toEqual([]);
    expect(await taskCount()).toBe(before + 14);
  });

  it('records an unknown cited document as an external entry and links it', async () => {
    const text =
      'Thực hiện Chỉ thị số 08/CT-TTg ngày 02/6/2023 của Thủ tướng Chính phủ, giao Sở Y tế chủ trì.';
    const v = (await importText(text)).json<ExtractionView>();
    expect(v.analysis.citations[0]).toMatchObject({
      number_symbol: '08/CT-TTg',
      document_id: null,
    });
    const res = await call(app, office, {
      method: 'POST',
      url: `/api/v1/extractions/${v.id}/citations/0/register`,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    const linked = res.json<ExtractionView>().analysis.citations[0]?.document_id;
    expect(linked).toEqual(expect.any(Number));
    const twice = await call(app, office, {
      method: 'POST',
      url: `/api/v1/extractions/${v.id}/citations/0/register`,
      payload: {},
    });
    expect(twice.json()).toMatchObject({ code: 'EXTRACTION_CITATION_LINKED' });
    const again = (await importText(text)).json<ExtractionView>();
    expect(again.analysis.citations[0]?.document_id).toBe(linked);
  });

  it('refuses empty text, and lets only the office import', async () => {
    const empty = await importText('  \n  ');
    expect(empty.json()).toMatchObject({ code: 'EXTRACTION_EMPTY_TEXT', field: 'text' });
    expect((await importText(DIRECTIVE, unitLeader)).statusCode).toBe(403);
    expect((await importText(DIRECTIVE, viewer)).statusCode).toBe(403);
    const list = await call(app, viewer, { method: 'GET', url: '/api/v1/extractions' });
    expect(list.statusCode).toBe(200);
  });
});

describe(`extraction of uploaded files and from the command line (${TEST_ENGINE})`, () => {
  it('reads an uploaded DOCX, and refuses a binary file named .docx', async () => {
    const doc = new Document({
      sections: [{ children: DIRECTIVE.split('\n').map((line) => new Paragraph(line)) }],
    });
    const bytes = Buffer.from(await Packer.toBuffer(doc));
    const upload = multipart({}, { name: 'chi-dao.docx', bytes });
    const res = await call(app, office, {
      method: 'POST',
      url: '/api/v1/extractions/upload',
      payload: upload.payload,
      headers: upload.headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<ExtractionView>();
    expect(view).toMatchObject({ fileName: 'chi-dao.docx', inputKind: 'docx' });
    expect(view.analysis.tasks.map((t) => t.item_label)).toEqual(['1', '2', '3']);

    const junk = multipart(
      {},
      { name: 'chi-dao.docx', bytes: Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]) },
    );
    const refused = await call(app, office, {
      method: 'POST',
      url: '/api/v1/extractions/upload',
      payload: junk.payload,
      headers: junk.headers,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'EXTRACT_FILE_UNREADABLE', field: 'file' });
  });

  const cli = cliRunner(() => ctx);

  it('prints the corpus-shaped JSON of the seed report with its register links', async () => {
    const file = new URL('../../../shared/reference/229-BC-UBND-2023.md', import.meta.url);
    const out = await cli('extract', file.pathname, '--json');
    expect(out.code, out.stderr).toBe(0);
    const json = JSON.parse(out.stdout) as {
      citations: Array<{ number_symbol: string | null; document_id: number | null }>;
      tasks: Array<{ item_label?: string; existing_task_id: number | null }>;
      figures: Array<{ value: number }>;
    };
    expect(json.citations).toHaveLength(6);
    expect(json.citations.every((c) => c.document_id !== null)).toBe(true);
    expect(json.tasks.map((t) => t.item_label)).toEqual([
      'B.1',
      'B.2',
      'B.3',
      'B.4',
      'B.5',
      'B.6',
      'B.7',
    ]);
    expect(json.tasks.every((t) => t.existing_task_id !== null)).toBe(true);
    // The figures are the extractor's, value for value.
    expect(json.figures.map((f) => f.value)).toEqual(
      extractFigures(SEED.normalize('NFC')).map((f) => f.value),
    );
    // Nothing is kept by the command.
    const kept = await ctx.db.q
      .selectFrom('extractions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const before = Number(kept.n);
    expect(Number((await cli('extract', file.pathname)).code)).toBe(0);
    const after = await ctx.db.q
      .selectFrom('extractions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(before);
  });

  it('refuses a missing file with exit code 2', async () => {
    const missing = await cli('extract', '/nonexistent/van-ban.txt', '--json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không đọc được tệp');
  });
});
