import type { Selectable } from 'kysely';
import type { AppContext } from '../platform/context';
import { AppError } from '../platform/errors';
import { formatDateLine } from '../../shared/vi/date';
import {
  citeDocument,
  countList,
  paddedCount,
  reachedPercent,
  yearOnYearPhrase,
} from '../../shared/reports/phrases';
import { formatShortDate } from '../../shared/vi/date';
import { formatMoney, formatNumber, formatPercent } from '../../shared/vi/number';
import { onTimeRate } from '../../shared/tasks/status';
import type { ReportContent, ReportBlock } from '../../shared/reports/content';
import {
  followingPeriod,
  formatPeriodRef,
  periodLabel,
  type PeriodRef,
} from '../../shared/periods/periods';
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
import { monthlyFigures, type MonthlyFigures } from './monthly-data';

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
      case 'periodLabelUpper':
        return periodLabel(period).toLocaleUpperCase('vi');
      case 'nextPeriodLabel':
        return periodLabel(followingPeriod(period));
      case 'nextPeriodLabelUpper':
        return periodLabel(followingPeriod(period)).toLocaleUpperCase('vi');
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
  // The monthly review report's figures (tasks, revenue, disbursement), only when its template asks.
  const monthly: MonthlyFigures | null = template.blocks.some(
    (b) => b.kind === 'generated' && MONTHLY_GENERATORS.has(b.generator),
  )
    ? await monthlyFigures(ctx, {
        provinceId: province?.id ?? issuer.id,
        provincePath: province?.path ?? issuer.path,
        at: report.window_to,
        period: formatPeriodRef(period),
        year,
      })
    : null;
  const generators: Record<string, Generator> = {
    taskStatus: () => [
      { kind: 'paragraph', key: 'I.tasks', origin: 'generated', text: taskSentence(monthly) },
    ],
    overdueUnits: () => [
      { kind: 'paragraph', key: 'I.overdue', origin: 'generated', text: overdueSentence(monthly) },
    ],
    revenue: () => [
      {
        kind: 'paragraph',
        key: 'II.revenue',
        origin: 'generated',
        text: revenueSentence(monthly, period),
      },
    ],
    disbursement: () => [
      {
        kind: 'paragraph',
        key: 'II.disbursement',
        origin: 'generated',
        text: disbursementSentence(monthly),
      },
    ],
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

const MONTHLY_GENERATORS = new Set(['taskStatus', 'overdueUnits', 'revenue', 'disbursement']);

function figures(m: MonthlyFigures | null): MonthlyFigures {
  if (!m) throw new Error('monthly figures were not gathered');
  return m;
}

/**
 * "Tính đến ngày 14/6/2023, trong 120 nhiệm vụ có thời hạn UBND tỉnh, Chủ tịch UBND tỉnh giao,
 * đã hoàn thành 80 nhiệm vụ (đúng hạn 70, quá hạn 10); chưa hoàn thành 40 nhiệm vụ (trong hạn 35,
 * quá hạn 5); tỷ lệ hoàn thành đúng hạn đạt 82,35%. Ngoài ra có 12 nhiệm vụ thường xuyên…"
 */
function taskSentence(m: MonthlyFigures | null): string {
  const { at, tasks: t } = figures(m);
  const withDeadline = t.total - t.KHONG_THOI_HAN;
  const done = t.HT_DUNG_HAN + t.HT_QUA_HAN;
  const open = t.CHT_TRONG_HAN + t.CHT_QUA_HAN;
  const rate = onTimeRate(t);
  const parts = [
    `Tính đến ngày ${formatShortDate(at)}, trong ${formatNumber(withDeadline)} nhiệm vụ có thời hạn UBND tỉnh, Chủ tịch UBND tỉnh giao, đã hoàn thành ${formatNumber(done)} nhiệm vụ (đúng hạn ${formatNumber(t.HT_DUNG_HAN)}, quá hạn ${formatNumber(t.HT_QUA_HAN)}); chưa hoàn thành ${formatNumber(open)} nhiệm vụ (trong hạn ${formatNumber(t.CHT_TRONG_HAN)}, quá hạn ${formatNumber(t.CHT_QUA_HAN)})`,
  ];
  if (rate !== null) parts.push(`tỷ lệ hoàn thành đúng hạn đạt ${formatPercent(rate * 100)}`);
  const tail =
    t.KHONG_THOI_HAN > 0
      ? ` Ngoài ra có ${formatNumber(t.KHONG_THOI_HAN)} nhiệm vụ thường xuyên, không có thời hạn.`
      : '';
  return `${parts.join('; ')}.${tail}`;
}

/** The units with the most overdue tasks, or that none is overdue. */
function overdueSentence(m: MonthlyFigures | null): string {
  const { overdueByUnit, tasks } = figures(m);
  if (tasks.CHT_QUA_HAN === 0) return 'Không có nhiệm vụ quá hạn chưa hoàn thành.';
  const top = overdueByUnit.slice(0, 5).map((u) => `${u.unit} (${formatNumber(u.count)} nhiệm vụ)`);
  const more =
    overdueByUnit.length > 5 ? ` và ${formatNumber(overdueByUnit.length - 5)} đơn vị khác` : '';
  return `Các đơn vị còn nhiều nhiệm vụ quá hạn chưa hoàn thành: ${top.join(', ')}${more}.`;
}

/** "Thu ngân sách … lũy kế … ước đạt 5.000 tỷ đồng, đạt 45% dự toán Trung ương giao, … tăng 3% so với cùng kỳ." */
function revenueSentence(m: MonthlyFigures | null, period: PeriodRef): string {
  const { revenue } = figures(m);
  if (!revenue || revenue.actual === null)
    return `Chưa có số liệu thu ngân sách nhà nước ${periodLabel(period)}.`;
  const amount = `${formatNumber(revenue.actual, { decimals: 2 })} ${revenue.unit}`;
  const phrases = [
    reachedPercent(revenue.percentOfEstimateCentral, 'dự toán Trung ương giao'),
    reachedPercent(revenue.percentOfEstimateCouncil, 'dự toán HĐND tỉnh giao'),
    yearOnYearPhrase(revenue.yoyChange),
  ].filter((x): x is string => x !== null);
  return `Thu ngân sách nhà nước trên địa bàn lũy kế đến hết ${periodLabel(period)} ${revenue.estimate ? 'ước ' : ''}đạt ${amount}${phrases.length ? `, ${phrases.join(', ')}` : ''}.`;
}

/** "Giải ngân vốn đầu tư công năm 2023 đến ngày 14/6/2023 đạt 1.234,5 tỷ đồng, đạt 27,86% kế hoạch vốn Thủ tướng Chính phủ giao (24% kế hoạch địa phương giao)." */
function disbursementSentence(m: MonthlyFigures | null): string {
  const { disbursement, at, year } = figures(m);
  if (!disbursement) return `Chưa có kế hoạch vốn đầu tư công năm ${year}.`;
  const pm = reachedPercent(disbursement.ratePm, 'kế hoạch vốn Thủ tướng Chính phủ giao');
  const local =
    disbursement.rateLocal === null
      ? ''
      : ` (${formatPercent(disbursement.rateLocal)} kế hoạch địa phương giao)`;
  const below = disbursement.investorsBelowAverage;
  const belowText =
    below > 0
      ? `; ${formatNumber(below)} chủ đầu tư có tỷ lệ giải ngân thấp hơn bình quân chung của tỉnh`
      : '';
  return `Giải ngân vốn đầu tư công năm ${year} đến ngày ${formatShortDate(at)} đạt ${formatMoney(disbursement.disbursed, 'ty')}${pm ? `, ${pm}` : ''}${local}${belowText}.`;
}
