/**
 * The reports API on a small province: draft a report from a template, edit a
 * narrative block (a field that cannot be filled is refused and nothing is
 * saved), preview, issue with the register's next number, the frozen issued
 * report, downloads, and the bad inputs the issue lists.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { buildUser, call, signIn, type Session } from '../testing/http';
import { buildApp } from '../http/build-app';
import { SYSTEM_ACTOR } from '../platform/actor';
import { appointPosition, createPerson } from '../organisation/people';
import { checkNd30 } from './check-nd30';
import { readDocx } from './docx-model';

let ctx: TestContext;
let app: FastifyInstance;
let p: TestProvince;
let office: Session;
let viewer: Session;
/** Drafted before the UBND had a Chủ tịch: no signer. */
let unsignedDraft: number;

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  app = await buildApp(ctx, { webRoot: null });
  p = await buildProvince(ctx, 'T');
  await buildUser(ctx, {
    username: 'vanthu',
    role: 'office',
    unit: p.ubnd.code,
    scope: p.province.code,
  });
  await buildUser(ctx, { username: 'xem', role: 'viewer', scope: p.province.code });
  office = await signIn(app, 'vanthu');
  unsignedDraft = (await draft()).id;
  const chair = await createPerson(ctx, {
    actor: SYSTEM_ACTOR,
    input: { fullName: 'Nguyễn Văn Chủ' },
  });
  await appointPosition(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      personId: chair.id,
      unit: p.ubnd.id,
      title: 'Chủ tịch',
      rank: 'head',
      validFrom: '2021-07-01',
    },
  });
  viewer = await signIn(app, 'xem');
});
afterAll(async () => {
  await app.close();
  await ctx.cleanup();
});

interface ReportView {
  id: number;
  status: 'draft' | 'issued';
  version: number;
  numberSymbol: string | null;
  issuedOn: string | null;
  editableBlocks: Array<{ key: string; text: string; defaultText: string }>;
}
interface Content {
  header: { numberLine: string; placeDateLine: string };
  blocks: Array<{ kind: string; key: string; text: string }>;
}

async function draft(body: Record<string, unknown> = {}): Promise<ReportView> {
  const res = await call(app, office, {
    method: 'POST',
    url: '/api/v1/reports',
    payload: { template: 'ad-hoc', kind: 'thematic', year: 2023, issuer: p.ubnd.id, ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ReportView>();
}

describe('reports API', () => {
  it('drafts, edits a narrative with a data field, previews, issues with the next number and freezes it', async () => {
    const r = await draft();
    expect(r).toMatchObject({ status: 'draft', numberSymbol: null });
    expect(r.editableBlocks.map((b) => b.key)).toEqual(['body', 'closing']);

    const edited = await call(app, office, {
      method: 'PUT',
      url: `/api/v1/reports/${r.id}/narratives/body`,
      payload: { text: 'Báo cáo năm {{year}} về công tác chỉ đạo, điều hành.', version: r.version },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const afterEdit = edited.json<ReportView>();
    expect(afterEdit.version).toBe(r.version + 1);
    expect(afterEdit.editableBlocks.find((b) => b.key === 'body')?.text).toBe(
      'Báo cáo năm {{year}} về công tác chỉ đạo, điều hành.',
    );

    const preview = await call(app, viewer, {
      method: 'GET',
      url: `/api/v1/reports/${r.id}/content`,
    });
    expect(preview.statusCode).toBe(200);
    const content = preview.json<Content>();
    expect(content.header.numberLine).toMatch(/^Số:\s+\/BC-UBND$/);
    expect(content.blocks.find((b) => b.key === 'body')?.text).toBe(
      'Báo cáo năm 2023 về công tác chỉ đạo, điều hành.',
    );

    const stale = await call(app, office, {
      method: 'POST',
      url: `/api/v1/reports/${r.id}/issue`,
      payload: { version: r.version },
    });
    expect(stale.statusCode).toBe(412);

    const issued = await call(app, office, {
      method: 'POST',
      url: `/api/v1/reports/${r.id}/issue`,
      payload: { version: afterEdit.version },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const view = issued.json<ReportView>();
    expect(view).toMatchObject({ status: 'issued', issuedOn: '2023-07-10' });
    expect(view.numberSymbol).toMatch(/^\d{2,}\/BC-UBND$/);

    const frozen = await call(app, viewer, {
      method: 'GET',
      url: `/api/v1/reports/${r.id}/content`,
    });
    expect(frozen.json<Content>().header.numberLine).toBe(`Số: ${view.numberSymbol ?? ''}`);

    const refused = await call(app, office, {
      method: 'PUT',
      url: `/api/v1/reports/${r.id}/narratives/body`,
      payload: { text: 'Sửa sau khi ban hành.' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'REPORT_ISSUED' });

    const docx = await call(app, viewer, {
      method: 'GET',
      url: `/api/v1/reports/${r.id}/export?format=docx`,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain(
      encodeURIComponent(`${(view.numberSymbol ?? '').replace('/', '-')}.docx`),
    );
    expect(docx.headers['content-disposition']).toMatch(/^attachment; /);
    const results = checkNd30(await readDocx(docx.rawPayload));
    expect(results.filter((x) => x.severity === 'error' && !x.passed)).toEqual([]);
    // Shown in the browser rather than downloaded (the web page's preview link).
    const inline = await call(app, viewer, {
      method: 'GET',
      url: `/api/v1/reports/${r.id}/export?format=docx&disposition=inline`,
    });
    expect(inline.headers['content-disposition']).toMatch(/^inline; filename\*=UTF-8''/);
    const bad = await call(app, viewer, {
      method: 'GET',
      url: `/api/v1/reports/${r.id}/export?format=docx&disposition=popup`,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a narrative with a field that cannot be filled, naming the field, and saves nothing', async () => {
    const r = await draft();
    const res = await call(app, office, {
      method: 'PUT',
      url: `/api/v1/reports/${r.id}/narratives/body`,
      payload: { text: 'Theo {{cite:99/XX-YY}}.' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'REPORT_PLACEHOLDER_UNKNOWN', field: 'text' });
    expect(res.json<{ message: string }>().message).toContain('{{cite:99/XX-YY}}');
    const again = await call(app, viewer, { method: 'GET', url: `/api/v1/reports/${r.id}` });
    expect(again.json<ReportView>()).toMatchObject({ version: r.version });
    expect(again.json<ReportView>().editableBlocks[0]?.text).toBe('Nội dung báo cáo.');
  });

  it('refuses bad drafts: recipients without "Lưu", an unknown template, a block that is not a narrative', async () => {
    const noLuu = await call(app, office, {
      method: 'POST',
      url: '/api/v1/reports',
      payload: { template: 'ad-hoc', year: 2023, issuer: p.ubnd.id, recipients: ['HĐND tỉnh'] },
    });
    expect(noLuu.statusCode).toBe(422);
    expect(noLuu.json()).toMatchObject({ code: 'REPORT_RECIPIENTS_INVALID' });

    const unknown = await call(app, office, {
      method: 'POST',
      url: '/api/v1/reports',
      payload: { template: 'khong-co', year: 2023 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: 'template' });

    const noMonth = await call(app, office, {
      method: 'POST',
      url: '/api/v1/reports',
      payload: { template: 'monthly-review', year: 2023, issuer: p.ubnd.id },
    });
    expect(noMonth.statusCode).toBe(400);
    expect(noMonth.json()).toMatchObject({ code: 'FIELD_REQUIRED', field: 'month' });

    const r = await draft();
    const notNarrative = await call(app, office, {
      method: 'PUT',
      url: `/api/v1/reports/${r.id}/narratives/khong-co`,
      payload: { text: 'x' },
    });
    expect(notNarrative.statusCode).toBe(400);
    expect(notNarrative.json()).toMatchObject({ field: 'blockKey' });

    const unsigned = await call(app, office, {
      method: 'POST',
      url: `/api/v1/reports/${unsignedDraft}/issue`,
    });
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json()).toMatchObject({
      code: 'REPORT_SIGNER_MISSING',
      field: 'signerPersonId',
    });
    const stillDraft = await call(app, viewer, {
      method: 'GET',
      url: `/api/v1/reports/${unsignedDraft}`,
    });
    expect(stillDraft.json<ReportView>()).toMatchObject({ status: 'draft', numberSymbol: null });

    const viewerWrite = await call(app, viewer, {
      method: 'POST',
      url: '/api/v1/reports',
      payload: { template: 'ad-hoc', year: 2023 },
    });
    expect(viewerWrite.statusCode).toBe(403);
  });
});
