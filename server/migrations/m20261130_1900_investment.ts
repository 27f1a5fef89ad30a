/**
 * Public investment (đầu tư công) and disbursement (giải ngân), GUIDE §5:
 * the capital-source tree (national standard nodes, seeded here, and a
 * province's own sub-sources), projects with their investor (chủ đầu tư),
 * yearly capital plans carrying both denominators (kế hoạch Thủ tướng giao,
 * kế hoạch địa phương giao) and their dated adjustments, treasury
 * transactions (advances and payments, each stored with the plan year it
 * counts for, Luật Đầu tư công 2019 Điều 68: year N is disbursed until
 * 31/01/N+1), and the province's yearly disbursement target. Amounts are
 * whole VND in bigint columns; dates are local `YYYY-MM-DD` text.
 */
import { sql, type Kysely } from 'kysely';
import { idColumn } from './helpers';

/** One node of the standard capital-source tree (GUIDE §5.3), frozen with this migration. */
interface StandardSource {
  code: string;
  parent: string | null;
  name: string;
  shortName: string;
  budgetLevel: 'local' | 'central' | null;
  fundingKind: 'investment' | 'recurrent' | null;
  programme: 'giam_ngheo' | 'nong_thon_moi' | 'dtts' | null;
}

function programmeNodes(
  code: string,
  programme: 'giam_ngheo' | 'nong_thon_moi' | 'dtts',
  name: string,
  shortName: string,
): StandardSource[] {
  return [
    { code, parent: 'CTMTQG', name, shortName, budgetLevel: null, fundingKind: null, programme },
    {
      code: `${code}.DTPT.NSTW`,
      parent: code,
      name: 'Vốn đầu tư phát triển - ngân sách trung ương',
      shortName: 'ĐTPT NSTW',
      budgetLevel: 'central',
      fundingKind: 'investment',
      programme,
    },
    {
      code: `${code}.DTPT.NSDP`,
      parent: code,
      name: 'Vốn đầu tư phát triển - ngân sách địa phương (đối ứng)',
      shortName: 'ĐTPT NSĐP',
      budgetLevel: 'local',
      fundingKind: 'investment',
      programme,
    },
    {
      code: `${code}.SN`,
      parent: code,
      name: 'Kinh phí sự nghiệp',
      shortName: 'Sự nghiệp',
      budgetLevel: 'central',
      fundingKind: 'recurrent',
      programme,
    },
  ];
}

const local = (code: string, name: string, shortName: string): StandardSource => ({
  code: `NSDP.${code}`,
  parent: 'NSDP',
  name,
  shortName,
  budgetLevel: 'local',
  fundingKind: 'investment',
  programme: null,
});
const central = (code: string, name: string, shortName: string): StandardSource => ({
  code: `NSTW.${code}`,
  parent: 'NSTW',
  name,
  shortName,
  budgetLevel: 'central',
  fundingKind: 'investment',
  programme: null,
});

const STANDARD_SOURCES: readonly StandardSource[] = [
  {
    code: 'NSDP',
    parent: null,
    name: 'Vốn ngân sách địa phương',
    shortName: 'NSĐP',
    budgetLevel: 'local',
    fundingKind: 'investment',
    programme: null,
  },
  local('CANDOI', 'Vốn cân đối ngân sách địa phương (theo tiêu chí)', 'Cân đối NSĐP'),
  local('TSDD', 'Tiền sử dụng đất', 'Tiền sử dụng đất'),
  local('XSKT', 'Xổ số kiến thiết', 'Xổ số kiến thiết'),
  local('BOICHI', 'Bội chi ngân sách địa phương', 'Bội chi NSĐP'),
  local('TANGTHU', 'Tăng thu, kết dư ngân sách địa phương', 'Tăng thu, kết dư'),
  {
    code: 'NSTW',
    parent: null,
    name: 'Vốn ngân sách trung ương',
    shortName: 'NSTW',
    budgetLevel: 'central',
    fundingKind: 'investment',
    programme: null,
  },
  central('TRONGNUOC', 'Vốn trong nước', 'NSTW trong nước'),
  central('NUOCNGOAI', 'Vốn nước ngoài (ODA, vay ưu đãi)', 'NSTW nước ngoài'),
  central(
    'PHUCHOI',
    'Chương trình phục hồi và phát triển kinh tế - xã hội',
    'Chương trình phục hồi',
  ),
  {
    code: 'CTMTQG',
    parent: null,
    name: 'Các chương trình mục tiêu quốc gia',
    shortName: 'CTMTQG',
    budgetLevel: null,
    fundingKind: null,
    programme: null,
  },
  ...programmeNodes(
    'CTMTQG.GNBV',
    'giam_ngheo',
    'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
    'CTMTQG giảm nghèo bền vững',
  ),
  ...programmeNodes(
    'CTMTQG.NTM',
    'nong_thon_moi',
    'Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025',
    'CTMTQG nông thôn mới',
  ),
  ...programmeNodes(
    'CTMTQG.DTTS',
    'dtts',
    'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030',
    'CTMTQG vùng DTTS và miền núi',
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable('capital_sources')
    .addColumn('id', 'integer', id)
    .addColumn('province_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('capital_sources.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('budget_level', 'text')
    .addColumn('funding_kind', 'text')
    .addColumn('programme', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // National nodes have no province; a province's own node is unique within the province.
  await db.schema
    .createIndex('capital_sources_national_code_uq')
    .on('capital_sources')
    .column('code')
    .unique()
    .where(sql.ref('province_unit_id'), 'is', null)
    .execute();
  await db.schema
    .createIndex('capital_sources_province_code_uq')
    .on('capital_sources')
    .columns(['province_unit_id', 'code'])
    .unique()
    .where(sql.ref('province_unit_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('investment_projects')
    .addColumn('id', 'integer', id)
    .addColumn('province_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('investor_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_project', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('location', 'text')
    .addColumn('location_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('group_class', 'text')
    .addColumn('total_investment', 'bigint')
    .addColumn('start_year', 'integer')
    .addColumn('end_year', 'integer')
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('investment_projects_code_uq', ['province_unit_id', 'code'])
    .execute();
  await db.schema
    .createIndex('investment_projects_investor_idx')
    .on('investment_projects')
    .column('investor_unit_id')
    .execute();

  await db.schema
    .createTable('capital_plans')
    .addColumn('id', 'integer', id)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('investment_projects.id'))
    .addColumn('province_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('capital_sources.id'))
    .addColumn('plan_year', 'integer', (c) => c.notNull())
    .addColumn('pm_amount', 'bigint', (c) => c.notNull())
    .addColumn('local_amount', 'bigint', (c) => c.notNull())
    .addColumn('assigned_on', 'text', (c) => c.notNull())
    .addColumn('decision_ref', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('capital_plans_line_uq', ['project_id', 'source_id', 'plan_year'])
    .execute();
  await db.schema
    .createIndex('capital_plans_province_year_idx')
    .on('capital_plans')
    .columns(['province_unit_id', 'plan_year'])
    .execute();

  await db.schema
    .createTable('capital_plan_adjustments')
    .addColumn('id', 'integer', id)
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('capital_plans.id'))
    .addColumn('adjusted_on', 'text', (c) => c.notNull())
    .addColumn('pm_delta', 'bigint', (c) => c.notNull())
    .addColumn('local_delta', 'bigint', (c) => c.notNull())
    .addColumn('pm_after', 'bigint', (c) => c.notNull())
    .addColumn('local_after', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decision_ref', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('capital_plan_adjustments_plan_idx')
    .on('capital_plan_adjustments')
    .columns(['plan_id', 'adjusted_on'])
    .execute();

  await db.schema
    .createTable('disbursements')
    .addColumn('id', 'integer', id)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('investment_projects.id'))
    .addColumn('province_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('source_id', 'integer', (c) => c.notNull().references('capital_sources.id'))
    .addColumn('plan_year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('recovered_advance', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('paid_on', 'text', (c) => c.notNull())
    // 1–12 for the months of the plan year, 13 for January of the next year.
    .addColumn('period_month', 'integer', (c) => c.notNull())
    .addColumn('voucher_ref', 'text')
    .addColumn('note', 'text')
    .addColumn('entered_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('disbursements_province_year_idx')
    .on('disbursements')
    .columns(['province_unit_id', 'plan_year', 'paid_on'])
    .execute();
  await db.schema
    .createIndex('disbursements_line_idx')
    .on('disbursements')
    .columns(['project_id', 'source_id', 'plan_year'])
    .execute();

  await db.schema
    .createTable('disbursement_targets')
    .addColumn('id', 'integer', id)
    .addColumn('province_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('plan_year', 'integer', (c) => c.notNull())
    .addColumn('target_rate', 'double precision', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'integer', (c) => c.references('documents.id'))
    .addColumn('source_text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('disbursement_targets_year_uq', ['province_unit_id', 'plan_year'])
    .execute();

  // The standard tree, parents first; paths use the generated ids like units.path.
  const created = new Map<string, { id: number; path: string; depth: number }>();
  const now = '2026-11-30T19:00:00.000Z';
  for (const [index, s] of STANDARD_SOURCES.entries()) {
    const parent = s.parent === null ? null : created.get(s.parent);
    if (s.parent !== null && !parent) throw new Error(`capital source ${s.parent} missing`);
    const row = await sql<{ id: number }>`
      insert into capital_sources
        (province_unit_id, parent_id, code, name, short_name, path, depth, budget_level,
         funding_kind, programme, sort_order, created_at)
      values (null, ${parent?.id ?? null}, ${s.code}, ${s.name}, ${s.shortName}, '', ${parent ? parent.depth + 1 : 0},
        ${s.budgetLevel}, ${s.fundingKind}, ${s.programme}, ${index}, ${now})
      returning id`.execute(db);
    const newId = Number(row.rows[0]?.id);
    const path = `${parent?.path ?? '/'}${newId}/`;
    await sql`update capital_sources set path = ${path} where id = ${newId}`.execute(db);
    created.set(s.code, { id: newId, path, depth: parent ? parent.depth + 1 : 0 });
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'disbursement_targets',
    'disbursements',
    'capital_plan_adjustments',
    'capital_plans',
    'investment_projects',
    'capital_sources',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
