import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { formatDateLine } from '../../shared/vi/date';
import { citeDocument, countList, paddedCount } from '../../shared/reports/phrases';
import type { ReportContent, ReportBlock } from '../../shared/reports/content';
import { periodLabel, type PeriodRef } from '../../shared/periods/periods';
import { getUnit } from '../organisation/unit-queries';
import { buildBlocks, PlaceholderError, type Generator } from './templates/template';
import { templateFor } from './templates/registry';
import type { ReportsTable } from './tables';
import {
  disbursementTargetText,
  findCitation,
  programmeFigures,
  sessionPhrase,
  taggedDecisionCount,
  windowStatistics,
  workProgrammeItems,
} from './report-data';

/**
 * Lays out a report from its template and the data: header (issuer, number,
 * place and date), type and subject, the body with fields filled and
 * generated blocks computed for the report's data window, the signature and
 * the recipients. An issued report returns its frozen content instead.
 */
export async function buildReportContent(
  ctx: AppContext,
  report: Selectable<ReportsTable>,
): Promise<ReportContent> {
  if (report.status === 'issued' && report.frozen_content)
    return JSON.parse(report.frozen_content) as ReportContent;
  const q = ctx.db.q;
  const today = ctx.clock.today();
  const issueDate = report.issued_on ?? today;
  const issuer = await getUnit(q, report.issuer_unit_id, issueDate);
  if (!issuer)
    throw new AppError('NOT_FOUND', {
      field: 'issuer',
      params: { entity: 'đơn vị', id: report.issuer_unit_id },
    });
  const province = issuer.parentId ? await getUnit(q, issuer.parentId, issueDate) : null;
  const provinceName = (province?.name ?? issuer.name).replace(/^Tỉnh\s+/u, '');
  const period = JSON.parse(report.period) as PeriodRef;
  const year = period.year;
  const narratives = new Map(
    (
      await q
        .selectFrom('report_narratives')
        .select(['block_key', 'text'])
        .where('report_id', '=', report.id)
        .execute()
    ).map((n) => [n.block_key, n.text]),
  );

  // Data the fields and generators need, gathered once.
  const stats = await windowStatistics(ctx, issuer.id, report.window_from, report.window_to);
  const cited = new Set<string>();
  const citations = new Map<string, string>();
  const programme = new Map<string, { done: number; awaiting: number } | null>();
  const tagged = new Map<string, number>();
  const target = province ? await disbursementTargetText(q, province.id, year) : null;
  const session = report.council_session_id
    ? await sessionPhrase(q, report.council_session_id, issueDate)
    : null;
  const items = await workProgrammeItems(q, issuer.id, year);
  // Pre-load citations and figures the template text refers to (fields are resolved synchronously).
  const template = templateFor(report.template);
  const allText = [
    ...template.blocks.flatMap((b) => ('text' in b ? [b.text] : [])),
    ...narratives.values(),
  ].join('\n');
  for (const m of allText.matchAll(
    /\{\{\s*(cite|programmeDone|programmeAwaiting|taggedDecisions)\s*:([^}]*)\}\}/g,
  )) {
    const [, name, rawArg] = m;
    const arg = (rawArg ?? '').trim();
    if (name === 'cite' && !citations.has(arg)) {
      const c = await findCitation(q, arg, {
        issuerUnitId: issuer.id,
        asOf: issueDate,
        provinceName,
      });
      if (c) {
        citations.set(arg, citeDocument(c, { first: true }));
        citations.set(`${arg}#again`, citeDocument(c, { first: false }));
      }
    } else if ((name === 'programmeDone' || name === 'programmeAwaiting') && !programme.has(arg)) {
      programme.set(arg, await programmeFigures(ctx, arg, report.window_to));
    } else if (name === 'taggedDecisions' && !tagged.has(arg)) {
      tagged.set(
        arg,
        await taggedDecisionCount(q, issuer.id, arg, report.window_from, report.window_to),
      );
    }
  }
  const resolve = (name: string, arg: string | null): string | null => {
    switch (name) {
      case 'year':
        return String(year);
      case 'prevYear':
        return String(year - 1);
      case 'periodLabel':
        return periodLabel(period);
      case 'session':
        return session;
      case 'disbursementTarget':
        return target;
      case 'cite': {
        if (!arg) return null;
        const again = cited.has(arg);
        cited.add(arg);
        return citations.get(again ? `${arg}#again` : arg) ?? null;
      }
      case 'programmeDone': {
        const p = arg ? programme.get(arg) : null;
        return p ? paddedCount(p.done) : null;
      }
      case 'programmeAwaiting': {
        const p = arg ? programme.get(arg) : null;
        return p ? paddedCount(p.awaiting) : null;
      }
      case 'taggedDecisions': {
        const n = arg ? tagged.get(arg) : undefined;
        return n === undefined ? null : String(n);
      }
      default:
        return null;
    }
  };
  const generators: Record<string, Generator> = {
    documentStatistics: () => {
      if (stats.total === 0) {
        throw new AppError('REPORT_NO_DATA', {
          params: {
            period: periodLabel(period),
            reason: 'sổ văn bản không có văn bản ban hành trong kỳ',
          },
        });
      }
      const list = countList([
        { count: stats.qpplDecisions, noun: 'quyết định quy phạm pháp luật' },
        { count: stats.directives, noun: 'chỉ thị' },
        { count: stats.individualDecisions, noun: 'quyết định cá biệt' },
        { count: stats.plans, noun: 'kế hoạch' },
        { count: stats.submissions, noun: 'tờ trình' },
        { count: stats.other, noun: 'văn bản điều hành khác', approximate: true },
      ]);
      return [
        {
          kind: 'paragraph',
          key: 'A.I.3.documents',
          origin: 'generated',
          text: `Trong ${periodLabel(period)}, UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành ${list} để chỉ đạo, giải quyết các vấn đề cụ thể theo thẩm quyền.`,
        },
      ];
    },
    workProgramme: ({ narratives: texts, fill }) => {
      const attached = template.blocks.filter(
        (b): b is Extract<typeof b, { kind: 'narrative' }> =>
          b.kind === 'narrative' && b.attachToItem !== undefined,
      );
      return items.map((item, i): ReportBlock => {
        const suffix = attached
          .filter((a) => a.attachToItem === item.label)
          .map((a) => fill(texts.get(a.key) ?? a.text, a.key));
        const text = [item.content.replace(/\s+$/, ''), ...suffix].join(' ');
        return {
          kind: 'paragraph',
          key: `B.items.${item.label}`,
          label: `${i + 1}.`,
          origin: 'generated',
          text,
        };
      });
    },
  };
  let blocks: ReportBlock[];
  try {
    blocks = buildBlocks(template.blocks, { narratives, resolve, generators });
  } catch (e) {
    if (e instanceof PlaceholderError) {
      throw new AppError('REPORT_PLACEHOLDER_UNKNOWN', {
        field: e.block,
        params: { block: e.block, placeholder: e.placeholder, reason: e.reason },
      });
    }
    throw e;
  }
  const document = report.document_id
    ? await q
        .selectFrom('documents')
        .select(['number_symbol'])
        .where('id', '=', report.document_id)
        .executeTakeFirst()
    : null;
  const signer = report.signer_person_id
    ? await q
        .selectFrom('people')
        .select('full_name')
        .where('id', '=', report.signer_person_id)
        .executeTakeFirst()
    : null;
  const upper = issuer.name.toLocaleUpperCase('vi');
  const split = /^(ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(.+)$/u.exec(upper);
  const symbol = issuer.symbolCode ?? '';
  return {
    header: {
      parentLine: null,
      authorityLines: split ? [split[1] ?? upper, split[2] ?? ''] : [upper],
      // A draft leaves room for the number the văn thư writes after signing (GUIDE §2.6).
      numberLine: document?.number_symbol
        ? `Số: ${document.number_symbol}`
        : `Số:      /${report.type_key === 'BC' ? 'BC' : report.type_key}-${symbol}`,
      placeDateLine: formatDateLine(provinceName, issueDate),
    },
    typeName: report.type_name,
    summaryLines: report.summary.split('\n'),
    addressees: report.addressees ? (JSON.parse(report.addressees) as string[]) : null,
    blocks,
    signature: {
      // "TM. ỦY BAN NHÂN DÂN TỈNH": the collegial body with its level, without the place name.
      authorityLine:
        report.signing_authority === 'TM' ? `TM. ${bodyWithLevel(upper)}` : 'KT. CHỦ TỊCH',
      titleLine: report.signing_authority === 'TM' ? 'CHỦ TỊCH' : 'PHÓ CHỦ TỊCH',
      name: signer?.full_name ?? '',
    },
    recipients: JSON.parse(report.recipients) as string[],
  };
}

/** "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC" → "ỦY BAN NHÂN DÂN TỈNH". */
function bodyWithLevel(upperName: string): string {
  const m =
    /^(ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\b/u.exec(
      upperName,
    );
  return m ? `${m[1] ?? ''} ${m[2] ?? ''}` : upperName;
}
