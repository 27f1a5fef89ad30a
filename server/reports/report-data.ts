import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { docTypeByKey } from '../../shared/documents/doc-types';
import { symbolKey } from '../../shared/documents/symbol';
import { formatPercent } from '../../shared/vi/number';
import { ordinalWords, romanNumeral } from '../../shared/vi/words';
import { containsEveryWord } from '../platform/db/word-index';
import { viFold } from '../../shared/vi/text';
import type { CitedDocument } from '../../shared/reports/phrases';
import { documentStatistics, type DocumentStatistics } from '../documents/document-statistics';
import { programmeRollup } from '../tasks/programmes';
import { getUnit } from '../organisation/unit-queries';

/** Phrases a type takes when a report cites it, longer than the type name. */
const COMPOUND_TYPE_NAMES = [
  'Chương trình hành động',
  'Kế hoạch hành động',
  'Chương trình công tác',
];

/** A register entry as a citation of this report (issuer omitted for the report's own issuer). */
export async function findCitation(
  q: Tx,
  ref: string,
  opts: { issuerUnitId: number; asOf: string; provinceName: string },
): Promise<CitedDocument | null> {
  const byKey = await q
    .selectFrom('documents')
    .select([
      'id',
      'type_key',
      'number_symbol',
      'issue_date',
      'issuer_name',
      'issuer_unit_id',
      'summary',
      'title',
    ])
    .where('number_symbol_key', '=', symbolKey(ref))
    .orderBy('id')
    .executeTakeFirst();
  const row =
    byKey ??
    (await q
      .selectFrom('documents')
      .select([
        'id',
        'type_key',
        'number_symbol',
        'issue_date',
        'issuer_name',
        'issuer_unit_id',
        'summary',
        'title',
      ])
      .where('title', 'is not', null)
      .where(containsEveryWord(q, 'documents', 'documents', [viFold(ref)]))
      .execute()
      .then((rows) => rows.find((r) => r.title !== null && viFold(r.title) === viFold(ref))));
  if (!row) return null;
  // A law named by its title in the text ("Luật Tổ chức chính quyền địa phương") is cited by that name, as the seed does.
  if (!byKey && row.title)
    return {
      typeName: row.title,
      numberSymbol: null,
      issueDate: null,
      issuer: null,
      title: row.title,
    };
  if (!row.number_symbol && row.title)
    return {
      typeName: row.title,
      numberSymbol: null,
      issueDate: null,
      issuer: null,
      title: row.title,
    };
  const typeName =
    COMPOUND_TYPE_NAMES.find(
      (c) =>
        viFold(row.summary).startsWith(viFold(c)) ||
        (row.title && viFold(row.title).startsWith(viFold(c))),
    ) ??
    docTypeByKey(row.type_key)?.nameVi ??
    'Văn bản';
  const own = row.issuer_unit_id === opts.issuerUnitId;
  const issuer = own
    ? null
    : row.issuer_name
        .replace(new RegExp(`\\s+${escape(opts.provinceName)}$`, 'u'), '')
        .replace(/^Tỉnh ủy tỉnh/u, 'Tỉnh ủy');
  return { typeName, numberSymbol: row.number_symbol, issueDate: row.issue_date, issuer };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Issued documents by type in the window (the register's statistics). */
export function windowStatistics(
  ctx: AppContext,
  issuerUnitId: number,
  from: string,
  to: string,
): Promise<DocumentStatistics> {
  return documentStatistics(ctx, {
    actor: SYSTEM_ACTOR,
    input: { issuer: issuerUnitId, from, to },
  });
}

/** A programme's roll-up at the window's end: items completed and items done but awaiting approval. */
export async function programmeFigures(
  ctx: AppContext,
  ref: string,
  at: string,
): Promise<{ done: number; awaiting: number } | null> {
  const doc = await ctx.db.q
    .selectFrom('documents')
    .select('id')
    .where('number_symbol_key', '=', symbolKey(ref))
    .executeTakeFirst();
  if (!doc) return null;
  const programme = await ctx.db.q
    .selectFrom('tasks')
    .select('id')
    .where('kind', '=', 'programme')
    .where('source_document_id', '=', doc.id)
    .orderBy('id')
    .executeTakeFirst();
  if (!programme) return null;
  const roll = await programmeRollup(ctx, { actor: SYSTEM_ACTOR, programmeId: programme.id, at });
  return {
    done: roll.counts.HT_DUNG_HAN + roll.counts.HT_QUA_HAN,
    awaiting: roll.awaitingApproval,
  };
}

/** Individual decisions of the issuer carrying a subject tag in the window. */
export async function taggedDecisionCount(
  q: Tx,
  issuerUnitId: number,
  tag: string,
  from: string,
  to: string,
): Promise<number> {
  const row = await q
    .selectFrom('documents as d')
    .innerJoin('document_tags as t', 't.document_id', 'd.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('d.issuer_unit_id', '=', issuerUnitId)
    .where('d.direction', '=', 'outgoing')
    .where('d.regime', '=', 'state_admin')
    .where('d.type_key', '=', 'QD')
    .where('d.status', '!=', 'cancelled')
    .where('d.issue_date', '>=', from)
    .where('d.issue_date', '<=', to)
    .where('t.tag', '=', viFold(tag))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The province's disbursement target for the year, as printed ("95%"). */
export async function disbursementTargetText(
  q: Tx,
  provinceUnitId: number,
  year: number,
): Promise<string | null> {
  const row = await q
    .selectFrom('disbursement_targets')
    .select('target_rate')
    .where('province_unit_id', '=', provinceUnitId)
    .where('plan_year', '=', year)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? formatPercent(Number(row.target_rate)) : null;
}

/** "kỳ họp thứ mười một, Hội đồng nhân dân tỉnh khóa X, nhiệm kỳ 2021-2026". */
export async function sessionPhrase(
  q: Tx,
  sessionId: number,
  asOf: string,
): Promise<string | null> {
  const s = await q
    .selectFrom('council_sessions as s')
    .innerJoin('council_terms as t', 't.id', 's.term_id')
    .select(['s.number', 't.number as term', 't.start_year', 't.end_year', 't.council_unit_id'])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!s) return null;
  const council = await getUnit(q, s.council_unit_id, asOf);
  const level =
    council?.kind === 'provincial_council' ? 'Hội đồng nhân dân tỉnh' : 'Hội đồng nhân dân';
  return `kỳ họp ${ordinalWords(s.number)}, ${level} khóa ${romanNumeral(s.term)}, nhiệm kỳ ${s.start_year}-${s.end_year}`;
}

/** The items of the work programme for the next half (B.1, B.2 …), in order. */
export async function workProgrammeItems(
  q: Tx,
  assigningUnitId: number,
  year: number,
): Promise<Array<{ label: string; content: string; taskId: number }>> {
  const programmes = await q
    .selectFrom('tasks')
    .select(['id', 'content'])
    .where('kind', '=', 'programme')
    .where('assigning_unit_id', '=', assigningUnitId)
    .where(containsEveryWord(q, 'tasks', 'tasks', [`6 thang cuoi nam ${year}`]))
    .orderBy('id', 'desc')
    .execute();
  const programme = programmes[0];
  if (!programme) return [];
  const items = await q
    .selectFrom('tasks')
    .select(['id', 'source_item_label', 'content'])
    .where('parent_id', '=', programme.id)
    .execute();
  const number = (label: string | null) => Number(/(\d+)\s*$/.exec(label ?? '')?.[1] ?? 999);
  return items
    .filter((i) => i.source_item_label !== null)
    .sort((a, b) => number(a.source_item_label) - number(b.source_item_label))
    .map((i) => ({ label: i.source_item_label ?? '', content: i.content, taskId: i.id }));
}
