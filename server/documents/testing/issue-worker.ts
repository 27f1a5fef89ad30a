/**
 * A separate process that issues documents through the real use case, for the
 * multi-process numbering test. Reads its database from the environment
 * (like the CLI) and prints the numbers it obtained as JSON on stdout.
 *
 * Usage: node --import tsx issue-worker.ts <issuerCode> <count> <issueDate>
 */
import { loadConfig } from '../../platform/config';
import { openContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { issueDocument } from '../issue-document';

const [issuer, count, issueDate] = process.argv.slice(2);
const ctx = await openContext(loadConfig(), { migrate: false });
try {
  const results = await Promise.all(
    Array.from({ length: Number(count) }, (_, i) =>
      issueDocument(ctx, {
        actor: SYSTEM_ACTOR,
        input: {
          issuer: issuer ?? '',
          type: 'CV',
          fieldCode: 'TH',
          summary: `Công văn đồng thời ${process.pid}-${i}`,
          issueDate,
        },
      }),
    ),
  );
  process.stdout.write(JSON.stringify(results.map((r) => r.number)));
} finally {
  await ctx.db.close();
}
