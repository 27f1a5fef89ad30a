import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { ROLES, type Role } from '../access/tables';
import { createApiToken } from '../access/api-tokens';
import { createPerson } from '../organisation/people';
import { createCouncilTerm } from '../organisation/council';
import { issueDocument } from '../documents/issue-document';
import { attachDocumentFile } from '../documents/document-files';
import { addCalendarEntry } from '../calendar/manage-calendar';
import { buildProvince, buildUnit, type TestProvince } from './factories';
import { buildUser, signIn, type Session } from './http';
import { buildTaskFixture, type TaskFixture } from './task-fixture';
import { buildMeetingFixture, type MeetingFixture } from './meeting-fixture';
import {
  buildIndicatorFixture,
  type IndicatorFixture,
} from '../indicators/testing/indicator-fixture';
import {
  buildInvestmentFixture,
  type InvestmentFixture,
} from '../investment/testing/investment-fixture';
import { buildReportFixture, type ReportFixture } from '../reports/permission-rows';
import { buildEvaluationFixture, type EvaluationFixture } from '../evaluation/permission-rows';
import {
  buildPeriodicReportFixture,
  type PeriodicReportFixture,
} from '../periodic-reports/permission-rows';
import { buildExtractionFixture, type ExtractionFixture } from '../extract/permission-rows';
import { buildCitizenCaseFixture, type CitizenCaseFixture } from '../citizens/permission-rows';
import {
  buildVoterPetitionFixture,
  type VoterPetitionFixture,
} from '../citizens/petitions/permission-rows';
import { buildBusinessFixture, type BusinessFixture } from '../citizens/business/permission-rows';

/** Whose resource a matrix request touches: inside the actor's scope, or outside it. */
export type Side = 'own' | 'other';

/**
 * The world the permission matrix runs in: province T (every user's scope is
 * T or its Sở KH&ĐT) and province U (outside every scope), one signed-in
 * session per role, and factories that create a fresh resource on either side.
 */
export interface PermissionFixture {
  t: TestProvince;
  u: TestProvince;
  sessions: Record<Role, Session>;
  userIds: Record<Role, number>;
  /** The unit whose register and subtree count as "own" for every role. */
  ownUnit(side: Side): TestProvince['skhdt'];
  freshDocument(side: Side, opts?: { qppl?: boolean }): Promise<{ id: number; version: number }>;
  freshUnit(side: Side): Promise<{ id: number; version: number }>;
  freshUser(side: Side): Promise<number>;
  freshToken(side: Side): Promise<number>;
  freshPerson(): Promise<number>;
  councilTerm(side: Side): Promise<number>;
  /** A council term number not used yet on that side (1–50). */
  nextTermNumber(side: Side): number;
  freshFile(side: Side): Promise<{ id: number; fileId: number }>;
  nextDate(): string;
  addCalendarDay(date: string): Promise<void>;
  /** Task resources (set once the fixture is built). */
  tasks: TaskFixture;
  /** Meeting and leader-calendar resources (set once the fixture is built). */
  meetings: MeetingFixture;
  /** Indicator resources (set once the fixture is built). */
  indicators: IndicatorFixture;
  /** Public-investment resources (set once the fixture is built). */
  investment: InvestmentFixture;
  /** Reports (set once the fixture is built). */
  reports: ReportFixture;
  /** Evaluation runs (set once the fixture is built). */
  evaluation: EvaluationFixture;
  /** Periodic-report regimes and requests (set once the fixture is built). */
  periodicReports: PeriodicReportFixture;
  /** Extractions of documents (set once the fixture is built). */
  extractions: ExtractionFixture;
  /** Citizens' reception sessions and cases (set once the fixture is built). */
  citizenCases: CitizenCaseFixture;
  /** Voter petitions and interpellations (set once the fixture is built). */
  petitions: VoterPetitionFixture;
  /** Business feedback and dialogues (set once the fixture is built). */
  business: BusinessFixture;
}

let seq = 0;

/** Builds the fixture on an app and its context. */
export async function buildPermissionFixture(
  ctx: AppContext,
  app: FastifyInstance,
): Promise<PermissionFixture> {
  const t = await buildProvince(ctx, 'T');
  const u = await buildProvince(ctx, 'U');
  const sessions = {} as Record<Role, Session>;
  const userIds = {} as Record<Role, number>;
  for (const role of ROLES) {
    const unitScoped = role === 'unit_leader' || role === 'unit_staff';
    userIds[role] = await buildUser(ctx, {
      username: `u_${role}`,
      role,
      unit: unitScoped ? t.skhdt.code : t.ubnd.code,
      scope: unitScoped ? t.skhdt.code : t.province.code,
    });
    sessions[role] = await signIn(app, `u_${role}`);
  }
  const ownUnit = (side: Side) => (side === 'own' ? t.skhdt : u.skhdt);
  const actor = SYSTEM_ACTOR;
  const termNumbers: Record<Side, number> = { own: 0, other: 0 };
  const dateCursor = new Date(Date.UTC(2030, 11, 31));
  const fixture: PermissionFixture = {
    tasks: undefined as unknown as TaskFixture,
    meetings: undefined as unknown as MeetingFixture,
    indicators: undefined as unknown as IndicatorFixture,
    investment: undefined as unknown as InvestmentFixture,
    reports: undefined as unknown as ReportFixture,
    evaluation: undefined as unknown as EvaluationFixture,
    periodicReports: undefined as unknown as PeriodicReportFixture,
    extractions: undefined as unknown as ExtractionFixture,
    citizenCases: undefined as unknown as CitizenCaseFixture,
    petitions: undefined as unknown as VoterPetitionFixture,
    business: undefined as unknown as BusinessFixture,
    t,
    u,
    sessions,
    userIds,
    ownUnit,
    async freshDocument(side, opts = {}) {
      seq += 1;
      const d = await issueDocument(ctx, {
        actor,
        input: {
          issuer: ownUnit(side).code,
          type: opts.qppl ? 'QD' : 'BC',
          regime: opts.qppl ? 'state_qppl' : 'state_admin',
          summary: `Văn bản ma trận ${seq}`,
          issueDate: '2023-07-10',
        },
      });
      return { id: d.id, version: d.version };
    },
    async freshUnit(side) {
      seq += 1;
      const unit = await buildUnit(ctx, {
        code: `M${seq}`,
        kind: 'division',
        parent: ownUnit(side).id,
        name: `Phòng ma trận ${seq}`,
      });
      return { id: unit.id, version: unit.version };
    },
    async freshUser(side) {
      seq += 1;
      return buildUser(ctx, { username: `m${seq}`, role: 'viewer', scope: ownUnit(side).code });
    },
    async freshToken(side) {
      const userId = await fixture.freshUser(side);
      return (
        await createApiToken(ctx, {
          actor,
          input: { name: 'ma trận', userId, scopes: ['documents:read'] },
        })
      ).id;
    },
    async freshPerson() {
      seq += 1;
      return (await createPerson(ctx, { actor, input: { fullName: `Nguyễn Văn Thử ${seq}` } })).id;
    },
    async councilTerm(side) {
      return (
        await createCouncilTerm(ctx, {
          actor,
          input: {
            council: (side === 'own' ? t : u).hdnd.code,
            number: fixture.nextTermNumber(side),
            startYear: 2021,
            endYear: 2026,
          },
        })
      ).id;
    },
    nextTermNumber(side) {
      termNumbers[side] += 1;
      return termNumbers[side];
    },
    async freshFile(side) {
      const doc = await fixture.freshDocument(side);
      const file = await attachDocumentFile(ctx, {
        actor,
        input: { documentId: doc.id, kind: 'signed_pdf', fileName: 'vb.pdf' },
        bytes: Buffer.from('%PDF-1.7\n%%EOF\n'),
      });
      return { id: doc.id, fileId: file.id };
    },
    async addCalendarDay(date) {
      await addCalendarEntry(ctx, { actor, input: { date, kind: 'holiday', name: 'Ngày thử' } });
    },
    nextDate() {
      // Distinct weekdays of 2031 (no shipped holidays that year), one per call.
      do dateCursor.setUTCDate(dateCursor.getUTCDate() + 1);
      while (dateCursor.getUTCDay() === 0 || dateCursor.getUTCDay() === 6);
      return dateCursor.toISOString().slice(0, 10);
    },
  };
  fixture.tasks = await buildTaskFixture(ctx, fixture);
  fixture.meetings = await buildMeetingFixture(ctx, fixture);
  fixture.indicators = await buildIndicatorFixture(ctx, fixture);
  fixture.investment = buildInvestmentFixture(ctx, fixture);
  fixture.reports = buildReportFixture(ctx, fixture);
  fixture.evaluation = buildEvaluationFixture(ctx, fixture);
  fixture.periodicReports = buildPeriodicReportFixture(ctx, fixture);
  fixture.extractions = buildExtractionFixture(ctx, fixture);
  fixture.citizenCases = buildCitizenCaseFixture(ctx, fixture);
  fixture.petitions = buildVoterPetitionFixture(ctx, fixture);
  fixture.business = buildBusinessFixture(ctx, fixture);
  return fixture;
}
