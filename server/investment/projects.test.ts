import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context';
import { buildProvince, type TestProvince } from '../testing/factories';
import { buildUser } from '../testing/http';
import { SYSTEM_ACTOR, type UserActor } from '../platform/actor';
import { isAppError } from '../platform/errors';
import { actorForUser } from '../access/user-queries';
import { createProject } from './create-project';
import { updateProject } from './update-project';
import { deleteProject } from './delete-project';
import { browseProjects } from './browse-projects';
import { showProject } from './show-project';
import { listCapitalSources } from './list-capital-sources';
import { addCapitalSource } from './add-capital-source';
import { recordDisbursement } from './record-disbursement';
import { investmentDashboard } from './investment-dashboard';
import { buildPlan, buildProject, pay, TY } from './testing/investment-factories';

let ctx: TestContext;
let t: TestProvince;
let u: TestProvince;
const system = SYSTEM_ACTOR;
const err = (e: unknown) =>
  isAppError(e) ? `${e.code}${e.field ? `:${e.field}` : ''}` : String(e);

async function actor(username: string): Promise<UserActor> {
  const { id } = await ctx.db.q
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const a = await actorForUser(ctx.db.q, id, 'session');
  if (!a) throw new Error('no actor');
  return a;
}

beforeAll(async () => {
  ctx = await createTestContext({ now: '2023-07-10T08:00:00+07:00' });
  u = await buildProvince(ctx, 'U');
  t = await buildProvince(ctx, 'T');
  await buildUser(ctx, {
    username: 'kh.cv',
    role: 'unit_staff',
    unit: t.skhdt.code,
    scope: t.skhdt.code,
  });
  await buildUser(ctx, {
    username: 'lanhdao',
    role: 'leader',
    unit: t.ubnd.code,
    scope: t.province.code,
  });
  await buildUser(ctx, {
    username: 'vanphong',
    role: 'office',
    unit: t.ubnd.code,
    scope: t.province.code,
  });
});
afterAll(async () => ctx.cleanup());

describe('projects', () => {
  it('creates a project of an investor of the province, with a code unique in the province', async () => {
    const p = await createProject(ctx, {
      actor: await actor('vanphong'),
      input: {
        code: '7891001',
        name: 'Đường Đồng Phú - Bình Dương',
        investor: 'Sở Kế hoạch và Đầu tư',
        keyProject: true,
        location: 'huyện Đồng Phú',
        groupClass: 'B',
        totalInvestment: 2_000 * TY,
        startYear: 2021,
        endYear: 2025,
      },
    });
    expect(p).toMatchObject({
      code: '7891001',
      keyProject: true,
      investor: { id: t.skhdt.id },
      province: { id: t.province.id },
      groupClass: 'B',
    });
    const again = await createProject(ctx, {
      actor: system,
      input: { code: '7891001', name: 'Trùng mã', investor: t.stc.code },
    }).catch(err);
    expect(again).toBe('INVESTMENT_PROJECT_CODE_TAKEN:code');
    // The same code in another province is another project.
    const other = await createProject(ctx, {
      actor: system,
      input: { province: 'U', code: '7891001', name: 'Dự án tỉnh U', investor: u.skhdt.code },
    });
    expect(other.province.id).toBe(u.province.id);
  });

  it('refuses an investor outside the province and an office user of another province', async () => {
    const outside = await createProject(ctx, {
      actor: system,
      input: { code: 'X-1', name: 'Dự án lạc tỉnh', investor: u.stc.id },
    }).catch(err);
    expect(outside).toBe('INVESTMENT_UNIT_OUTSIDE_PROVINCE:investor');
    const forbidden = await createProject(ctx, {
      actor: await actor('vanphong'),
      input: { province: 'U', code: 'X-2', name: 'Dự án tỉnh khác', investor: u.stc.code },
    }).catch(err);
    expect(forbidden).toBe('FORBIDDEN');
    const leader = await createProject(ctx, {
      actor: await actor('lanhdao'),
      input: { code: 'X-3', name: 'Lãnh đạo không nhập dự án', investor: t.stc.code },
    }).catch(err);
    expect(leader).toBe('FORBIDDEN');
  });

  it('finds projects by words without diacritics, by investor, key flag, source and programme', async () => {
    const school = await buildProject(ctx, {
      province: 'T',
      investor: t.stc.code,
      name: 'Trường Tiểu học Hòa Bình',
    });
    await buildPlan(ctx, {
      projectId: school.id,
      year: 2023,
      source: 'CTMTQG.NTM.DTPT.NSTW',
      pm: TY,
      local: TY,
    });
    const list = (input: Parameters<typeof browseProjects>[1]['input']) =>
      browseProjects(ctx, { actor: system, input: { province: 'T', ...input } }).then((r) =>
        r.items.map((p) => p.name),
      );
    expect(await list({ q: 'duong dong phu' })).toEqual(['Đường Đồng Phú - Bình Dương']);
    expect(await list({ q: 'TIEU HOC HOA BINH' })).toEqual(['Trường Tiểu học Hòa Bình']);
    expect(await list({ keyProject: true })).toEqual(['Đường Đồng Phú - Bình Dương']);
    expect(await list({ investorId: t.stc.id })).toContain('Trường Tiểu học Hòa Bình');
    expect(await list({ programme: 'nong_thon_moi' })).toEqual(['Trường Tiểu học Hòa Bình']);
    expect(await list({ source: 'CTMTQG' })).toEqual(['Trường Tiểu học Hòa Bình']);
    expect(await list({ source: 'NSDP' })).toEqual([]);
  });

  it('updates a project (transfer to another investor) with lost-update protection', async () => {
    const p = await buildProject(ctx, { province: 'T', investor: t.skhdt.code, name: 'Kè suối' });
    const changed = await updateProject(ctx, {
      actor: system,
      input: { projectId: p.id, investor: t.stc.code, keyProject: true, version: p.version },
    });
    expect(changed).toMatchObject({ investor: { id: t.stc.id }, keyProject: true, version: 2 });
    const stale = await updateProject(ctx, {
      actor: system,
      input: { projectId: p.id, name: 'Tên cũ', version: 1 },
    }).catch(err);
    expect(stale).toBe('STALE_VERSION:version');
  });

  it('deletes only a project with no plan and no disbursement', async () => {
    const fresh = await buildProject(ctx, { province: 'T', investor: t.skhdt.code });
    const used = await buildProject(ctx, { province: 'T', investor: t.skhdt.code });
    await buildPlan(ctx, { projectId: used.id, year: 2023, pm: TY, local: TY });
    expect(await deleteProject(ctx, { actor: system, projectId: used.id }).catch(err)).toBe(
      'INVESTMENT_PROJECT_IN_USE',
    );
    await deleteProject(ctx, { actor: system, projectId: fresh.id });
    expect(
      await showProject(ctx, { actor: system, input: { projectId: fresh.id } }).catch(err),
    ).toBe('NOT_FOUND:id');
  });
});

describe('an investor’s staff and the other roles', () => {
  let own: number;
  let others: number;
  beforeAll(async () => {
    own = (
      await buildProject(ctx, { province: 'T', investor: t.skhdt.code, name: 'Dự án của Sở KH&ĐT' })
    ).id;
    others = (
      await buildProject(ctx, {
        province: 'T',
        investor: t.stc.code,
        name: 'Dự án của Sở Tài chính',
      })
    ).id;
    for (const id of [own, others])
      await buildPlan(ctx, { projectId: id, year: 2023, pm: 10 * TY, local: 10 * TY });
  });

  const entry = (projectId: number) => ({
    projectId,
    source: 'NSDP.CANDOI',
    kind: 'payment' as const,
    amount: TY,
    paidOn: '2023-07-05',
  });

  it('enters disbursements for the investor’s own projects only', async () => {
    const staff = await actor('kh.cv');
    const view = await recordDisbursement(ctx, { actor: staff, input: entry(own) });
    expect(view.line.disbursed).toBe(TY);
    expect(await recordDisbursement(ctx, { actor: staff, input: entry(others) }).catch(err)).toBe(
      'FORBIDDEN',
    );
    expect(
      await recordDisbursement(ctx, { actor: await actor('lanhdao'), input: entry(own) }).catch(
        err,
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await recordDisbursement(ctx, { actor: await actor('vanphong'), input: entry(others) })).line
        .disbursed,
    ).toBe(TY);
  });

  it('sees its own projects only, and not the provincial dashboard', async () => {
    const staff = await actor('kh.cv');
    const list = await browseProjects(ctx, { actor: staff, input: { province: 'T', limit: 500 } });
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((p) => p.investor.id === t.skhdt.id)).toBe(true);
    expect(await showProject(ctx, { actor: staff, input: { projectId: others } }).catch(err)).toBe(
      'FORBIDDEN',
    );
    expect(
      await investmentDashboard(ctx, { actor: staff, input: { province: 'T' } }).catch(err),
    ).toBe('FORBIDDEN');
    const leaderView = await investmentDashboard(ctx, {
      actor: await actor('lanhdao'),
      input: { province: 'T' },
    });
    expect(leaderView.province.id).toBe(t.province.id);
    expect(
      await investmentDashboard(ctx, {
        actor: await actor('lanhdao'),
        input: { province: 'U' },
      }).catch(err),
    ).toBe('FORBIDDEN');
  });
});

describe('capital sources', () => {
  it('holds the standard tree: NSĐP, NSTW and the 3 programmes with recurrent funds apart', async () => {
    const tree = await listCapitalSources(ctx, { actor: system, input: { province: 'T' } });
    expect(tree.roots.map((r) => r.code)).toEqual(['NSDP', 'NSTW', 'CTMTQG']);
    expect(tree.roots[0]?.children.map((c) => c.code)).toEqual([
      'NSDP.CANDOI',
      'NSDP.TSDD',
      'NSDP.XSKT',
      'NSDP.BOICHI',
      'NSDP.TANGTHU',
    ]);
    expect(tree.roots[1]?.children.map((c) => c.code)).toEqual([
      'NSTW.TRONGNUOC',
      'NSTW.NUOCNGOAI',
      'NSTW.PHUCHOI',
    ]);
    const programmes = tree.roots[2]?.children ?? [];
    expect(programmes.map((p) => p.programme)).toEqual(['giam_ngheo', 'nong_thon_moi', 'dtts']);
    for (const p of programmes)
      expect(p.children.map((c) => [c.fundingKind, c.budgetLevel])).toEqual([
        ['investment', 'central'],
        ['investment', 'local'],
        ['recurrent', 'central'],
      ]);
  });

  it('lets a province split a source that is not in use; the parent becomes a group', async () => {
    const added = await addCapitalSource(ctx, {
      actor: system,
      input: {
        province: 'T',
        parent: 'NSDP.TANGTHU',
        code: 'nsdp.tangthu.2022',
        name: 'Tăng thu ngân sách cấp tỉnh năm 2022',
      },
    });
    expect(added).toMatchObject({ code: 'NSDP.TANGTHU.2022', fundingKind: 'investment' });
    const p = await buildProject(ctx, { province: 'T', investor: t.skhdt.code });
    expect(
      await buildPlan(ctx, {
        projectId: p.id,
        year: 2023,
        source: 'NSDP.TANGTHU',
        pm: 0,
        local: TY,
      }).catch(err),
    ).toBe('CAPITAL_SOURCE_NOT_LEAF:source');
    await buildPlan(ctx, {
      projectId: p.id,
      year: 2023,
      source: 'NSDP.TANGTHU.2022',
      pm: 0,
      local: TY,
    });
    await pay(ctx, {
      projectId: p.id,
      source: 'NSDP.TANGTHU.2022',
      paidOn: '2023-06-30',
      amount: TY,
    });
    const inUse = await addCapitalSource(ctx, {
      actor: system,
      input: {
        province: 'T',
        parent: 'NSDP.TANGTHU.2022',
        code: 'NSDP.TANGTHU.2022.A',
        name: 'Phần A',
      },
    }).catch(err);
    expect(inUse).toBe('CAPITAL_SOURCE_IN_USE:parent');
    // Another province still sees the national node as a leaf.
    const other = await listCapitalSources(ctx, { actor: system, input: { province: 'U' } });
    expect(other.roots[0]?.children.find((c) => c.code === 'NSDP.TANGTHU')?.isLeaf).toBe(true);
    const dashboard = await investmentDashboard(ctx, { actor: system, input: { province: 'T' } });
    expect(dashboard.sources.find((s) => s.code === 'NSDP.TANGTHU')?.disbursed).toBe(TY);
  });
});
