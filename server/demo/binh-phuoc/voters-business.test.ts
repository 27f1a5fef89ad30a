import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestContext, type DemoTestContext } from '../../testing/demo-context';
import { TEST_ENGINE } from '../../testing/test-context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { listVoterPetitions } from '../../citizens/petitions/list-voter-petitions';
import { voterPetitionReport } from '../../citizens/petitions/voter-petition-report';
import { listInterpellations } from '../../citizens/petitions/list-interpellations';
import { businessFeedbackStats } from '../../citizens/business/business-feedback-stats';
import { listDialogues } from '../../citizens/business/list-dialogues';
import { taskView } from '../../tasks/task-context';

const actor = SYSTEM_ACTOR;
let ctx: DemoTestContext;

beforeAll(async () => {
  ctx = await createDemoTestContext();
}, 600_000);
afterAll(async () => {
  await ctx.cleanup();
});

describe(`demo voters and businesses at 10/7/2023 (${TEST_ENGINE})`, () => {
  it('has the petitions of the 7th session answered mostly on time, due the day before the 11th', async () => {
    const all = await listVoterPetitions(ctx, { actor, input: {} });
    expect(all).toHaveLength(Number(ctx.summary.voterPetitions));
    expect(all.filter((p) => p.answerDocument !== null)).toHaveLength(
      Number(ctx.summary.voterPetitionsAnswered),
    );
    const seventh = all.filter((p) => p.session?.number === 7);
    expect(seventh.length).toBeGreaterThan(15);
    expect(new Set(seventh.map((p) => p.deadline))).toEqual(new Set(['2023-07-11']));
    // Every answer is a document of the register dated no later than today.
    for (const p of all.filter((x) => x.answerDocument))
      expect((p.answeredOn ?? '') <= '2023-07-10').toBe(true);
    const report = await voterPetitionReport(ctx, {
      actor,
      input: { sessionId: seventh[0]?.session?.id ?? 0 },
    });
    expect(report.total.total).toBe(seventh.length);
    expect(report.fields.filter((f) => f.total > 0).length).toBeGreaterThan(3);
    expect(report.total.resolved + report.total.explained).toBeGreaterThan(report.total.pending);
  });

  it('has questions between sessions answered on time and late', async () => {
    const questions = await listInterpellations(ctx, { actor, input: {} });
    expect(questions).toHaveLength(Number(ctx.summary.interpellations));
    expect(new Set(questions.map((q) => q.timeliness))).toEqual(
      new Set(['on_time', 'late', 'in_progress']),
    );
  });

  it('has about 80 feedback items, mostly settled, counted by field and unit', async () => {
    const stats = await businessFeedbackStats(ctx, { actor, input: {} });
    expect(stats.total.total).toBe(Number(ctx.summary.businessFeedback));
    expect(stats.total.total).toBeGreaterThanOrEqual(70);
    expect(stats.total.resolved).toBe(Number(ctx.summary.businessFeedbackResolved));
    expect(stats.total.forwarding.late).toBeGreaterThan(0);
    expect(stats.total.resolution.late + stats.total.resolution.overdue).toBeGreaterThan(0);
    expect(stats.byField.find((f) => f.code === 'dat_dai')?.total).toBeGreaterThan(5);
  });

  it('has the dialogues with their commitments as tasks of the task engine', async () => {
    const dialogues = await listDialogues(ctx, { actor, input: {} });
    expect(dialogues.map((d) => d.heldOn)).toEqual(['2023-06-14', '2023-03-23']);
    expect(dialogues.reduce((s, d) => s + d.commitments.length, 0)).toBe(
      Number(ctx.summary.dialogueCommitments),
    );
    for (const d of dialogues)
      for (const c of d.commitments) {
        const task = await taskView(ctx, ctx.db.q, c.taskId);
        expect(task.source.kind).toBe('meeting');
        expect(task.source.documentId).toBe(d.document?.id ?? null);
        expect(task.leadUnit.id).toBe(c.leadUnit.id);
      }
  });
});
