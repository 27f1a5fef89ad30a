import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import { parseInput } from '../platform/validation';
import { authorize } from '../access/policy';
import { getSetting } from '../platform/settings';
import { recordAudit } from '../audit/record-audit';
import { addDays } from '../../shared/dates/local-date';
import { CASE_CLASSIFICATIONS, type CaseClassification } from '../../shared/citizens/case-number';

/** Input of eraseExpiredPersons. */
export const eraseExpiredPersonsInput = z
  .object({
    /** Count only, erase nothing. */
    dryRun: z.boolean().default(false),
  })
  .strict();

/** What a retention pass found and erased, per classification. */
export interface ErasureSummary {
  asOf: string;
  dryRun: boolean;
  cases: number;
  persons: number;
  byClassification: Record<
    CaseClassification,
    { retentionDays: number; cases: number; persons: number }
  >;
}

/**
 * Erases the personal fields of the persons of closed cases whose retention
 * period (setting `citizenPersonRetentionDays`, days after closing per
 * classification; ND 13/2023) has passed: names, ID numbers, addresses,
 * phones and e-mails become empty, the role stays for statistics. One audit
 * entry per case and one for the pass, with the counts.
 */
export async function eraseExpiredPersons(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof eraseExpiredPersonsInput> },
): Promise<ErasureSummary> {
  const data = parseInput(eraseExpiredPersonsInput, input);
  authorize(actor, 'citizen.break_glass');
  const today = ctx.clock.today();
  return ctx.db.write(async (tx) => {
    const retention = await getSetting(tx, 'citizenPersonRetentionDays');
    const summary: ErasureSummary = {
      asOf: today,
      dryRun: data.dryRun,
      cases: 0,
      persons: 0,
      byClassification: Object.fromEntries(
        CASE_CLASSIFICATIONS.map((c) => [c, { retentionDays: retention[c], cases: 0, persons: 0 }]),
      ) as ErasureSummary['byClassification'],
    };
    for (const classification of CASE_CLASSIFICATIONS) {
      const closedBy = addDays(today, -retention[classification]);
      const cases = await tx
        .selectFrom('citizen_cases')
        .select(['id', 'case_number', 'closed_on'])
        .where('classification', '=', classification)
        .where('status', '=', 'closed')
        .where('persons_erased_on', 'is', null)
        .where('closed_on', '<', closedBy)
        .orderBy('id')
        .execute();
      for (const c of cases) {
        const persons = await tx
          .selectFrom('citizen_case_persons')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('case_id', '=', c.id)
          .executeTakeFirstOrThrow();
        const n = Number(persons.n);
        summary.cases += 1;
        summary.persons += n;
        summary.byClassification[classification].cases += 1;
        summary.byClassification[classification].persons += n;
        if (data.dryRun) continue;
        await tx
          .updateTable('citizen_case_persons')
          .set({ full_name: null, id_number: null, address: null, phone: null, email: null })
          .where('case_id', '=', c.id)
          .execute();
        await tx
          .updateTable('citizen_cases')
          .set({ persons_erased_on: today })
          .where('id', '=', c.id)
          .execute();
        await recordAudit(tx, ctx.systemNow(), {
          actor,
          action: 'citizen_case.erase_persons',
          entity: 'citizen_case',
          entityId: c.id,
          details: {
            caseNumber: c.case_number,
            closedOn: c.closed_on,
            retentionDays: retention[classification],
            persons: n,
          },
        });
      }
    }
    if (!data.dryRun)
      await recordAudit(tx, ctx.systemNow(), {
        actor,
        action: 'citizen_case.retention_pass',
        entity: 'citizen_case',
        details: summary,
      });
    return summary;
  });
}
