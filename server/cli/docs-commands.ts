import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../platform/actor';
import { AppError } from '../platform/errors';
import { getSetting } from '../platform/settings';
import { defaultProvincialCommittee } from '../organisation/province';
import { resolveUnit } from '../organisation/unit-queries';
import { issueDocument } from '../documents/issue-document';
import { registerIncomingDocument } from '../documents/record-received-document';
import { documentStatistics } from '../documents/document-statistics';
import { listDocuments, DOCUMENT_SORTS, type DocumentSort } from '../documents/document-queries';
import { getDocumentDetail, toDocumentViews, type DocumentView } from '../documents/document-view';
import { importRegister } from '../documents/import-register';
import { parsePeriodRef, periodRange } from '../../shared/periods/periods';
import { formatNumber } from '../../shared/vi/number';
import { formatShortDate } from '../../shared/vi/date';
import {
  CliInputError,
  collect,
  dateOption,
  intOption,
  printJson,
  withContext,
} from './run-command';

/** `dieuhanh docs …`: the document register from the command line. */
export function registerDocsCommands(program: Command): void {
  const docs = program
    .command('docs')
    .description('Sổ văn bản: cấp số, vào sổ, tra cứu, thống kê, nhập sổ (ND 30/2020)');

  docs
    .command('issue')
    .description('Cấp số và vào sổ một văn bản đi')
    .requiredOption('--type <type>', 'loại văn bản: mã (QD, BC, CV…), viết tắt (QĐ, TTr) hoặc tên')
    .requiredOption('--summary <text>', 'trích yếu nội dung')
    .option('--issuer <unit>', 'cơ quan ban hành (mã, tên); mặc định UBND tỉnh')
    .option('--as-chair', 'Chủ tịch UBND ban hành theo thẩm quyền cá nhân')
    .option('--regime <regime>', 'state_admin (mặc định) hoặc state_qppl', 'state_admin')
    .option(
      '--field <code>',
      'công văn: mã lĩnh vực/đơn vị soạn thảo sau ký hiệu cơ quan (VX, KT…)',
    )
    .option(
      '--date <date>',
      'ngày ban hành; mặc định hôm nay theo đồng hồ hệ thống',
      dateOption('date'),
    )
    .option(
      '--number <n>',
      'số cụ thể (ghi bổ sung văn bản đã ban hành ngoài hệ thống)',
      intOption('number'),
    )
    .option('--signer <name>', 'người ký')
    .option('--signer-title <title>', 'chức vụ người ký')
    .option('--authority <TM|KT|TL|TUQ|Q>', 'thẩm quyền ký')
    .option('--recipient <text>', 'nơi nhận (lặp lại được)', collect)
    .option('--tag <text>', 'nhãn chủ đề (lặp lại được)', collect)
    .option('--urgency <level>', 'normal, khan, thuong_khan, hoa_toc', 'normal')
    .option('--secrecy <level>', 'none, mat, toi_mat, tuyet_mat', 'none')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: Record<string, unknown>) =>
      withContext(async (ctx) => {
        const issuer =
          (o.issuer as string | undefined) ??
          (await defaultProvincialCommittee(ctx.db.q, ctx.clock.today())).code;
        const doc = await issueDocument(ctx, {
          actor: SYSTEM_ACTOR,
          input: {
            issuer,
            issuerCapacity: o.asChair ? 'head' : 'body',
            regime: o.regime as 'state_admin',
            type: o.type as string,
            summary: o.summary as string,
            fieldCode: (o.field as string | undefined) ?? null,
            ...(o.date ? { issueDate: o.date as string } : {}),
            ...(o.number ? { number: o.number as number } : {}),
            signer: (o.signer as string | undefined) ?? null,
            signerTitle: (o.signerTitle as string | undefined) ?? null,
            signingAuthority: (o.authority as 'TM' | undefined) ?? null,
            recipients: (o.recipient as string[] | undefined) ?? [],
            tags: (o.tag as string[] | undefined) ?? [],
            urgency: o.urgency as 'normal',
            secrecy: o.secrecy as 'none',
          },
        });
        if (o.json) printJson(doc);
        else
          process.stdout.write(
            `Đã cấp số: ${doc.numberSymbol} ngày ${formatShortDate(doc.issueDate ?? '')} — ${doc.summary}\n`,
          );
      }),
    );

  docs
    .command('register')
    .description('Vào sổ một văn bản đến')
    .requiredOption(
      '--number-symbol <text>',
      'số, ký hiệu như in trên văn bản (vd. "229 /BC-UBND")',
    )
    .requiredOption('--date <date>', 'ngày ban hành của văn bản', dateOption('date'))
    .requiredOption('--summary <text>', 'trích yếu nội dung')
    .option('--issuer <unit>', 'cơ quan ban hành có trong danh mục (mã, tên)')
    .option('--issuer-name <text>', 'tên cơ quan ban hành như in (tác giả)')
    .option('--type <type>', 'loại văn bản; mặc định lấy từ ký hiệu')
    .option('--register <unit>', 'sổ của đơn vị nhận; mặc định UBND tỉnh')
    .option('--arrival-date <date>', 'ngày đến; mặc định hôm nay', dateOption('arrival-date'))
    .option('--handling-unit <unit>', 'đơn vị xử lý')
    .option('--deadline <date>', 'thời hạn giải quyết', dateOption('deadline'))
    .option('--tag <text>', 'nhãn chủ đề (lặp lại được)', collect)
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: Record<string, unknown>) =>
      withContext(async (ctx) => {
        const register =
          (o.register as string | undefined) ??
          (await defaultProvincialCommittee(ctx.db.q, ctx.clock.today())).code;
        const doc = await registerIncomingDocument(ctx, {
          actor: SYSTEM_ACTOR,
          input: {
            register,
            issuer: (o.issuer as string | undefined) ?? null,
            issuerName: (o.issuerName as string | undefined) ?? null,
            ...(o.type ? { type: o.type as string } : {}),
            numberSymbol: o.numberSymbol as string,
            issueDate: o.date as string,
            summary: o.summary as string,
            ...(o.arrivalDate ? { arrivalDate: o.arrivalDate as string } : {}),
            handlingUnit: (o.handlingUnit as string | undefined) ?? null,
            handlingDeadline: (o.deadline as string | undefined) ?? null,
            tags: (o.tag as string[] | undefined) ?? [],
          },
        });
        if (o.json) printJson(doc);
        else
          process.stdout.write(
            `Đã vào sổ đến số ${doc.arrival?.number ?? ''}: ${doc.numberSymbol} — ${doc.summary}\n`,
          );
      }),
    );

  docs
    .command('list')
    .description('Tra cứu sổ văn bản')
    .option('--q <text>', 'tìm theo số ký hiệu, trích yếu, cơ quan (không phân biệt dấu)')
    .option('--type <key>', 'loại văn bản (lặp lại được)', collect)
    .option('--direction <dir>', 'outgoing, incoming, internal, external (lặp lại được)', collect)
    .option('--from <date>', 'ban hành từ ngày', dateOption('from'))
    .option('--to <date>', 'ban hành đến ngày', dateOption('to'))
    .option('--tag <text>', 'nhãn chủ đề (lặp lại được)', collect)
    .option('--sort <sort>', `sắp xếp: ${DOCUMENT_SORTS.join(', ')}`, '-issueDate')
    .option('--limit <n>', 'số dòng tối đa', intOption('limit'), 50)
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: Record<string, unknown>) =>
      withContext(async (ctx) => {
        if (!(DOCUMENT_SORTS as readonly string[]).includes(o.sort as string)) {
          throw new CliInputError(`--sort: phải là một trong ${DOCUMENT_SORTS.join(', ')}`);
        }
        const { viFold } = await import('../../shared/vi/text');
        const page = await listDocuments(
          ctx.db.q,
          {
            ...(o.q ? { q: o.q as string } : {}),
            ...(o.type ? { typeKeys: (o.type as string[]).map((t) => t.toUpperCase()) } : {}),
            ...(o.direction ? { directions: o.direction as never } : {}),
            ...(o.from ? { from: o.from as string } : {}),
            ...(o.to ? { to: o.to as string } : {}),
            ...(o.tag ? { tags: (o.tag as string[]).map(viFold) } : {}),
          },
          { sort: o.sort as DocumentSort, limit: o.limit as number, offset: 0 },
        );
        const views = await toDocumentViews(ctx.db.q, page.rows);
        if (o.json) printJson({ total: page.total, items: views });
        else printDocumentTable(views, page.total);
      }),
    );

  docs
    .command('show <id>')
    .description('Xem một văn bản trong sổ')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (id: string, o: Record<string, unknown>) =>
      withContext(async (ctx) => {
        const detail = /^\d+$/.test(id) ? await getDocumentDetail(ctx.db.q, Number(id)) : undefined;
        if (!detail)
          throw new AppError('NOT_FOUND', { field: 'id', params: { entity: 'văn bản', id } });
        if (o.json) printJson(detail);
        else {
          process.stdout.write(
            `${detail.numberSymbol ?? detail.title ?? ''} — ${detail.type.name}\n`,
          );
          process.stdout.write(
            `Ngày: ${detail.issueDate ? formatShortDate(detail.issueDate) : '-'}  Cơ quan: ${detail.issuer.name}\n`,
          );
          process.stdout.write(`Trích yếu: ${detail.summary}\n`);
          if (detail.signer.name)
            process.stdout.write(
              `Người ký: ${detail.signer.authority ? `${detail.signer.authority}. ` : ''}${detail.signer.title ?? ''} ${detail.signer.name}\n`,
            );
          if (detail.tags.length)
            process.stdout.write(`Nhãn: ${detail.tags.map((t) => t.label).join('; ')}\n`);
          process.stdout.write(`Tình trạng: ${detail.status}\n`);
        }
      }),
    );

  docs
    .command('stats')
    .description('Thống kê văn bản đã ban hành trong một kỳ (theo loại)')
    .option('--from <date>', 'từ ngày (ban hành)', dateOption('from'))
    .option('--to <date>', 'đến ngày (ban hành)', dateOption('to'))
    .option(
      '--period <ref>',
      'kỳ báo cáo thay cho --from/--to: 2023-H1, 2023-Q2, 2023-05, 2023-9M, 2023',
    )
    .option(
      '--basis <basis>',
      'calendar hoặc nd09 (thời gian chốt số liệu theo Nghị định 09/2019)',
      'nd09',
    )
    .option('--issuer <unit>', 'cơ quan ban hành; mặc định UBND tỉnh')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: Record<string, unknown>) =>
      withContext(async (ctx) => {
        let from = o.from as string | undefined;
        let to = o.to as string | undefined;
        if (o.period) {
          const ref = parsePeriodRef(o.period as string);
          if (!ref)
            throw new CliInputError(
              `--period: "${o.period as string}" không đúng dạng (2023-H1, 2023-Q2, 2023-05, 2023-9M, 2023)`,
            );
          if (o.basis !== 'calendar' && o.basis !== 'nd09')
            throw new CliInputError('--basis: calendar hoặc nd09');
          const secondHalf = await getSetting(ctx.db.q, 'nd09SecondHalf');
          ({ from, to } = periodRange(ref, o.basis, { nd09SecondHalf: secondHalf }));
        }
        if (!from || !to) throw new CliInputError('cần --from và --to, hoặc --period');
        const stats = await documentStatistics(ctx, {
          actor: SYSTEM_ACTOR,
          input: { from, to, ...(o.issuer ? { issuer: o.issuer as string } : {}) },
        });
        if (o.json) printJson(stats);
        else {
          process.stdout.write(
            `${stats.issuer.name}, từ ${formatShortDate(stats.from)} đến ${formatShortDate(stats.to)}:\n`,
          );
          const rows: Array<[string, number]> = [
            ['Quyết định quy phạm pháp luật', stats.qpplDecisions],
            ['Chỉ thị', stats.directives],
            ['Quyết định cá biệt', stats.individualDecisions],
            ['Kế hoạch', stats.plans],
            ['Tờ trình', stats.submissions],
            ['Văn bản điều hành khác', stats.other],
            ['Tổng cộng', stats.total],
          ];
          for (const [label, n] of rows)
            process.stdout.write(`  ${label.padEnd(32)} ${formatNumber(n).padStart(8)}\n`);
        }
      }),
    );

  docs
    .command('import <file>')
    .description(
      'Nhập sổ văn bản từ tệp Excel theo mẫu Phụ lục IV Nghị định 30/2020 (tất cả hoặc không)',
    )
    .option('--register <unit>', 'sổ của đơn vị; mặc định UBND tỉnh')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, o: Record<string, unknown>) =>
      withContext(async (ctx) => {
        const bytes = await readFile(file).catch(() => {
          throw new CliInputError(`không đọc được tệp "${file}"`);
        });
        const registerRef =
          (o.register as string | undefined) ??
          (await defaultProvincialCommittee(ctx.db.q, ctx.clock.today())).code;
        const register = await resolveUnit(ctx.db.q, registerRef, {
          asOf: ctx.clock.today(),
          field: 'register',
        });
        const result = await importRegister(ctx, {
          actor: SYSTEM_ACTOR,
          input: { register: register.id, fileName: basename(file) },
          bytes,
          onProgress: o.json
            ? undefined
            : (done, total) => process.stderr.write(`\r  ${done}/${total} dòng`),
        });
        if (!o.json) process.stderr.write('\n');
        if (o.json) printJson(result);
        else
          process.stdout.write(
            `Đã nhập ${result.imported} văn bản (${result.kind === 'outgoing' ? 'sổ văn bản đi' : 'sổ văn bản đến'}).\n`,
          );
      }),
    );
}

function printDocumentTable(views: DocumentView[], total: number): void {
  for (const v of views) {
    const date = v.issueDate ? formatShortDate(v.issueDate) : '';
    process.stdout.write(
      `${String(v.id).padStart(6)}  ${(v.numberSymbol ?? '').padEnd(22)} ${date.padEnd(10)}  ${v.summary.slice(0, 80)}\n`,
    );
  }
  process.stdout.write(`(${views.length}/${formatNumber(total)} văn bản)\n`);
}
