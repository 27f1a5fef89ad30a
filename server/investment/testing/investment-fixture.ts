import ExcelJS from 'exceljs';
import type { AppContext } from '../../platform/context';
import type { PermissionFixture, Side } from '../../testing/permission-fixture';
import { PLAN_IMPORT_COLUMNS as P } from '../import-capital-plans';
import { DISBURSEMENT_IMPORT_COLUMNS as D } from '../import-disbursements';
import { buildPlan, buildProject, TY } from './investment-factories';

let seq = 0;

/** Investment resources for the permission matrix, on either side of every scope. */
export interface InvestmentFixture {
  /** The side's province id (the matrix passes it explicitly: the default province is U). */
  province(side: Side): number;
  /** A project of the side's Sở KH&ĐT (the unit-scoped roles' own unit) with no plan. */
  freshProject(side: Side): Promise<{ id: number; code: string; version: number }>;
  /** A project with a 2023 plan line from NSDP.CANDOI (100 tỷ on both denominators). */
  freshPlannedProject(side: Side): Promise<{ id: number; code: string; planId: number }>;
  /** A capital-plan workbook assigning a fresh project of the side. */
  planBook(side: Side): Promise<Buffer>;
  /** A disbursement workbook paying a fresh planned project of the side. */
  disbursementBook(side: Side): Promise<Buffer>;
  nextCode(): string;
}

async function book(header: string[], row: unknown[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(header);
  ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Builds investment resources with the system actor (the matrix then calls the API as each role). */
export function buildInvestmentFixture(ctx: AppContext, f: PermissionFixture): InvestmentFixture {
  const province = (side: Side) => (side === 'own' ? f.t : f.u).province;
  const fixture: InvestmentFixture = {
    province: (side) => province(side).id,
    nextCode() {
      seq += 1;
      return `MT-${seq}`;
    },
    async freshProject(side) {
      const p = await buildProject(ctx, {
        province: province(side).id,
        investor: f.ownUnit(side).id,
        code: fixture.nextCode(),
      });
      return { id: p.id, code: p.code, version: p.version };
    },
    async freshPlannedProject(side) {
      const p = await fixture.freshProject(side);
      const planId = await buildPlan(ctx, {
        projectId: p.id,
        year: 2023,
        pm: 100 * TY,
        local: 100 * TY,
      });
      return { id: p.id, code: p.code, planId };
    },
    async planBook(side) {
      const p = await fixture.freshProject(side);
      return book(
        [P.project, P.source, P.year, P.pm, P.local, P.assignedOn],
        [p.code, 'NSDP.CANDOI', 2023, 10 * TY, 12 * TY, '20/12/2022'],
      );
    },
    async disbursementBook(side) {
      const p = await fixture.freshPlannedProject(side);
      return book(
        [D.project, D.source, D.year, D.paidOn, D.kind, D.amount],
        [p.code, 'NSDP.CANDOI', 2023, '05/07/2023', 'Thanh toán', TY],
      );
    },
  };
  return fixture;
}
