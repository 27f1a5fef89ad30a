import type { AppContext } from '../../platform/context';
import { setSetting } from '../../platform/settings';
import { loadWorkingCalendar } from '../../calendar/load-working-calendar';
import { seedCitedDocuments } from './cited-documents';
import { seedCouncil } from './council';
import {
  assertPlanMatchesFigures,
  issuePlanned,
  OTHER_FIGURE,
  REGISTER_2023,
  targetsDecision2022,
} from './documents';
import { incomingRefs, planIncoming, registerIncoming } from './incoming';
import { seedOrganisation } from './organisation';
import { seedPeople } from './people';
import { createRng } from './random';
import { planOutgoing } from './register-plan';
import { seedDemoTasks } from './tasks/seed-tasks';
import { seedLeaderCalendar } from './leader-calendar';
import { seedCitizenCases } from './citizen-cases';
import { seedVotersBusiness } from './voters-business';

/** What the demo created, for the CLI to print. */
export type DemoSummary = Record<string, number | string>;

/** The seed of the demo's generator: the same rows on every run. */
export const DEMO_SEED = 'binh-phuoc-2023';

/**
 * Creates the illustrative province "Bình Phước as of 2023" on an empty
 * database whose demo settings are set (create-demo.ts): the organisation,
 * its leaders, HĐND khóa X and its sessions, the documents the seed report
 * cites, about 300 incoming entries and the 2023 outgoing register of the
 * UBND tỉnh, whose first-half statistics are those of 229/BC-UBND. Everything
 * goes through the use cases, in one transaction (one commit on SQLite).
 */
export async function seedBinhPhuoc(
  ctx: AppContext,
  progress: (message: string) => void,
  opts: {
    /** Tests: stop after the first n outgoing documents (the rest of the demo is complete; tasks of missing documents are skipped). */
    outgoingLimit?: number;
  } = {},
): Promise<DemoSummary> {
  return ctx.db.write(async (tx) => {
    const rng = createRng(DEMO_SEED);
    await setSetting(tx, 'defaultProvinceCode', 'BP', ctx.clock.now());
    // Multi-addressee instructions ("Giao UBND các huyện…") are led by the Văn phòng UBND tỉnh.
    await setSetting(tx, 'officeUnitCode', 'BP.VPUBND', ctx.clock.now());

    progress('Đang tạo cơ cấu tổ chức (Trung ương, tỉnh, sở, ngành, huyện, xã)…');
    const units = await seedOrganisation(ctx);
    progress('Đang tạo lãnh đạo UBND tỉnh, sở, ngành và huyện…');
    const { leaders, count: people } = await seedPeople(ctx, rng.fork('people'));
    const councilSessions = await seedCouncil(ctx);
    const externalDocuments = await seedCitedDocuments(ctx);

    const calendar = await loadWorkingCalendar(tx);
    const incoming = planIncoming(rng.fork('incoming'), calendar, leaders);
    const outgoing = [
      targetsDecision2022(leaders),
      ...planOutgoing({
        rng: rng.fork('outgoing'),
        cal: calendar,
        leaders,
        incoming: incomingRefs(incoming),
        register: REGISTER_2023,
      }),
    ];
    assertPlanMatchesFigures(outgoing);

    progress(`Đang vào sổ ${incoming.length} văn bản đến…`);
    const incomingDocuments = await registerIncoming(ctx, incoming);
    progress(`Đang ban hành ${outgoing.length} văn bản đi của UBND tỉnh…`);
    const outgoingDocuments = await issuePlanned(
      ctx,
      outgoing.slice(0, opts.outgoingLimit ?? outgoing.length),
      progress,
    );
    progress('Đang giao nhiệm vụ và ghi nhận tình hình thực hiện đến 10/7/2023…');
    const tasks = await seedDemoTasks(ctx, {
      rng: rng.fork('tasks'),
      leaders,
      progress,
      partialRegister: opts.outgoingLimit !== undefined,
    });
    progress('Đang lập lịch công tác tháng 6–7/2023 của lãnh đạo UBND tỉnh…');
    const leaderEvents = await seedLeaderCalendar(ctx, leaders);
    progress('Đang ghi các phiên tiếp công dân và hồ sơ đơn, vụ việc 6 tháng đầu năm 2023…');
    const citizens = await seedCitizenCases(ctx, { rng: rng.fork('citizens'), leaders, calendar });
    progress(
      'Đang ghi nhận kiến nghị cử tri, chất vấn, phản ánh của doanh nghiệp và hội nghị đối thoại…',
    );
    const votersBusiness = await seedVotersBusiness(ctx, rng.fork('voters-business'), leaders);
    progress('Đã tạo xong tỉnh minh họa.');
    return {
      units: units.size,
      people,
      councilSessions,
      externalDocuments,
      incomingDocuments,
      outgoingDocuments,
      otherFigure: OTHER_FIGURE,
      tasks: tasks.tasks,
      taskExtensions: tasks.extensions,
      taskUrgings: tasks.urgings,
      leaderEvents,
      receptionSessions: citizens.receptionSessions,
      citizenCases: citizens.cases,
      citizenCasesOpen: citizens.openCases,
      citizenCasesOverdue: citizens.overdueCases,
      ...votersBusiness,
    };
  });
}
