/**
 * Citizens and voters: the office receives a citizen at a leader's reception
 * session and opens a complaint (the applicant protected), assigns it and
 * watches its statutory deadlines on the working-day calendar, and answers a
 * voter petition with a document of the register.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiAs, uniqueText } from './support/api';
import { openNav } from './support/journeys';
import { region, rowsOf, statusSays } from './support/tasks';
import { useBrowser } from './support/session';

const browser = useBrowser();

const CLOCK = /^Các bước và thời hạn luật định/;

/** The clock table's row of a step, cells joined. */
async function stepRow(page: Page, title: string): Promise<string> {
  const rows = await rowsOf(page, CLOCK);
  const row = rows.find((r) => r[0] === title);
  if (!row) throw new Error(`no step "${title}" in ${JSON.stringify(rows)}`);
  return flat(row);
}

/** A row's cells joined, white space (a chip's mark on its own line) as one space. */
function flat(row: string[] | undefined): string {
  return (row ?? []).map((c) => c.replace(/\s+/g, ' ').trim()).join(' | ');
}

describe('citizens and voters', () => {
  let caseNumber = '';
  const applicant = 'Điểu Thị Mai Hương';
  const summary = uniqueText('Khiếu nại quyết định thu hồi đất làm đường ĐT.759 tại xã Long Hà');

  it('receives a citizen at a reception session and opens a complaint', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Công dân & Cử tri');
    await page.getByRole('heading', { level: 1, name: 'Đơn, vụ việc của công dân' }).waitFor();
    await page.getByRole('link', { name: 'Tiếp nhận đơn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận đơn, vụ việc' }).waitFor();

    const form = page.getByRole('form', { name: 'Tiếp nhận đơn' });
    await form.getByLabel('Ngày tiếp nhận').fill('2023-04-20');
    await form.getByLabel('Kênh tiếp nhận').selectOption({ label: 'Tiếp công dân trực tiếp' });
    // The Chief Inspector's periodic reception day of 20/4/2023.
    const session = form.getByLabel('Phiên tiếp công dân');
    await expect.poll(() => session.locator('option').count()).toBeGreaterThan(1);
    await session.selectOption({ label: '20/4/2023 — Lý Văn Vinh (Thanh tra tỉnh)' });
    await form.getByLabel('Loại đơn').selectOption({ label: 'Khiếu nại' });
    await form.getByLabel('Ngày biết được quyết định, hành vi bị khiếu nại').fill('2023-04-10');
    await form.getByLabel('Nội dung tóm tắt').fill(summary);
    await form.getByLabel('Họ và tên').fill(applicant);
    await form.getByLabel('Số định danh cá nhân').fill('070190001234');
    await form.getByLabel('Điện thoại').fill('0912345678');
    // Received by the office; the handler is assigned afterwards.
    await form.getByLabel('Tôi là cán bộ xử lý hồ sơ này').uncheck();
    await form.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: /Đã tiếp nhận hồ sơ / });
    await done.waitFor();
    const match = /Đã tiếp nhận hồ sơ (KN\.20230420\.\d{4})\./.exec(
      (await done.textContent()) ?? '',
    );
    expect(match).not.toBeNull();
    caseNumber = match?.[1] ?? '';

    // The complaint is in the list, found by its number among the complaints.
    await openNav(page, 'Công dân & Cử tri');
    const filters = page.getByRole('search', { name: 'Bộ lọc' });
    await filters.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(caseNumber);
    await filters.getByLabel('Loại đơn').selectOption({ label: 'Khiếu nại' });
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === caseNumber);
    await expect
      .poll(async () => (await rowsOf(page, /^Danh sách đơn, vụ việc/)).map(flat))
      .toEqual([expect.stringContaining(`${caseNumber} | 20/4/2023 | Khiếu nại | ${summary}`)]);
    expect(flat((await rowsOf(page, /^Danh sách đơn, vụ việc/))[0])).toContain('Chưa giao');
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { level: 1, name: `Khiếu nại ${caseNumber}` }).waitFor();

    // Nobody handles it yet: the applicant is protected, even from the office.
    const persons = region(page, 'Người đứng đơn');
    expect(await persons.textContent()).toContain('Thông tin được bảo vệ: 1 người đứng đơn');
    expect(await persons.textContent()).not.toContain(applicant);
    const info = region(page, 'Thông tin hồ sơ');
    expect(await info.textContent()).toContain(summary);
    expect(await info.textContent()).toContain('Tiếp công dân trực tiếp');
  });

  it('assigns the complaint and shows its deadlines on the working-day calendar', async () => {
    expect(caseNumber).not.toBe('');
    const page = await browser.page('office', `/cong-dan-cu-tri?q=${caseNumber}`);
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { level: 1, name: `Khiếu nại ${caseNumber}` }).waitFor();

    // Received Thursday 20/4/2023. Telling the citizen: 10 working days (Luật Tiếp công dân
    // Điều 28) — 21, 24–28/4, then 29/4–3/5 are the Hùng Kings', 30/4 and 1/5 holidays with
    // their days off, so 4, 5, 8 and 9/5: due 09/5/2023 (a weekday count would say 04/5).
    // Acceptance (thụ lý): 10 days — 30/4, a holiday, so the next working day 4/5/2023.
    expect(await stepRow(page, 'Thông báo cho công dân kết quả xử lý đơn')).toMatch(
      /20\/4\/2023 .*\| 09\/5\/2023 \|.*Chưa hoàn thành, quá hạn/,
    );
    expect(await stepRow(page, 'Thụ lý giải quyết khiếu nại lần đầu')).toMatch(
      /\| 04\/5\/2023 \|.*Chưa hoàn thành, quá hạn/,
    );

    const assign = page.getByRole('form', { name: 'Giao xử lý' });
    await assign.getByLabel('Đơn vị được giao xử lý').selectOption({ label: 'Thanh tra tỉnh' });
    await assign.getByLabel('Giao cho tôi xử lý').check();
    await assign.getByRole('button', { name: 'Giao xử lý' }).click();
    await statusSays(page, 'Đã giao xử lý hồ sơ.');
    const info = region(page, 'Thông tin hồ sơ');
    await expect.poll(() => info.textContent()).toContain('Thanh tra tỉnh');
    expect(await info.textContent()).toContain('Văn thư UBND tỉnh');

    // Now a handler: the applicant shows (and the read is audited).
    const persons = region(page, 'Người đứng đơn');
    await expect.poll(() => persons.textContent()).toContain(applicant);
    expect(await persons.textContent()).toContain('Lần xem này đã được ghi vào nhật ký.');

    // Accepted on 4/5/2023, the last day: the resolution clock starts, 30 days to 3/6/2023,
    // a Saturday, so due Monday 5/6/2023 (Luật Khiếu nại Điều 28).
    const step = page.getByRole('form', { name: 'Ghi hoàn thành một bước' });
    await step
      .getByLabel('Bước', { exact: true })
      .selectOption({ label: 'Thụ lý giải quyết khiếu nại lần đầu' });
    await step.getByLabel('Ngày thực hiện').fill('2023-05-04');
    await step.getByLabel(/^Số, ký hiệu văn bản/).fill('25/TB-TTr');
    await step.getByRole('button', { name: 'Ghi hoàn thành' }).click();
    await statusSays(page, 'Đã ghi hoàn thành bước.');
    await expect
      .poll(async () => (await rowsOf(page, CLOCK)).map((r) => r[0]))
      .toContain('Thời hạn giải quyết khiếu nại lần đầu');
    expect(await stepRow(page, 'Thụ lý giải quyết khiếu nại lần đầu')).toMatch(
      /04\/5\/2023 \(25\/TB-TTr\).*Hoàn thành đúng hạn/,
    );
    expect(await stepRow(page, 'Thời hạn giải quyết khiếu nại lần đầu')).toMatch(
      /04\/5\/2023 .*\| 05\/6\/2023 \|.*Chưa hoàn thành, quá hạn/,
    );
  });

  it('keeps the applicant from a leader who does not handle the case', async () => {
    expect(caseNumber).not.toBe('');
    const page = await browser.page('leader', `/cong-dan-cu-tri?q=${caseNumber}`);
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { level: 1, name: `Khiếu nại ${caseNumber}` }).waitFor();
    const persons = region(page, 'Người đứng đơn');
    expect(await persons.textContent()).toContain('Thông tin được bảo vệ');
    expect(await persons.textContent()).not.toContain(applicant);
    expect(await page.getByRole('form', { name: 'Giao xử lý' }).count()).toBe(0);
  });

  it('answers a voter petition with a document from the register', async () => {
    const content = uniqueText(
      'Cử tri huyện Bù Gia Mập đề nghị sớm nâng cấp tuyến đường vào trường tiểu học Đak Ơ',
    );
    const office = await apiAs(browser.baseURL, 'office');
    const sessions = await office.get<{ items: Array<{ id: number; number: number }> }>(
      '/api/v1/council-sessions',
    );
    const eleventh = sessions.items.find((s) => s.number === 11);
    expect(eleventh).toBeDefined();
    await office.post('/api/v1/citizens/voter-petitions', {
      source: 'before_session',
      sessionId: eleventh?.id,
      receivedOn: '2023-06-20',
      field: 'giao_thong_xay_dung',
      content,
      voterLocality: 'huyện Bù Gia Mập',
      assignedUnit: 'Sở Giao thông vận tải',
    });

    const page = await browser.page('office');
    await openNav(page, 'Công dân & Cử tri');
    await page.getByRole('link', { name: 'Kiến nghị cử tri' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kiến nghị cử tri' }).waitFor();
    const filters = page.getByRole('search', { name: 'Xem' });
    await filters.getByLabel('Kỳ họp HĐND').selectOption({ value: String(eleventh?.id) });
    await filters.getByLabel('Tìm trong nội dung').fill(content);
    await filters.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === content);
    const table = /^Lĩnh vực Giao thông/;
    await expect.poll(async () => (await rowsOf(page, table)).length).toBe(1);
    expect(flat((await rowsOf(page, table))[0])).toContain('Chưa trả lời');

    await page.getByRole('button', { name: `Trả lời kiến nghị: ${content}` }).click();
    const answer = region(page, 'Trả lời kiến nghị cử tri');
    const picker = answer.getByRole('search', { name: 'Tìm văn bản trả lời' });
    await picker.getByRole('searchbox', { name: 'Tìm văn bản trả lời' }).fill('212/BC-UBND');
    await picker.getByRole('button', { name: 'Tìm văn bản' }).click();
    await answer.getByRole('button', { name: 'Chọn văn bản 212/BC-UBND' }).click();
    expect(await answer.getByRole('group', { name: 'Văn bản trả lời' }).textContent()).toContain(
      '212/BC-UBND ngày 04/7/2023',
    );
    const form = answer.getByRole('form', { name: 'Trả lời kiến nghị cử tri' });
    await form.getByLabel('Kết quả trả lời').selectOption({ label: 'Đã giải quyết' });
    await form
      .getByLabel('Tóm tắt nội dung trả lời')
      .fill('Sở Giao thông vận tải đã bố trí vốn duy tu, nâng cấp tuyến đường trong quý III/2023.');
    await form.getByRole('button', { name: 'Ghi văn bản trả lời' }).click();
    await statusSays(page, 'Đã ghi văn bản trả lời kiến nghị.');

    await expect
      .poll(async () => flat((await rowsOf(page, table))[0]))
      .toMatch(/Đã giải quyết \| 212\/BC-UBND \| ✓ Đúng hạn/);

    // The grouped report of the session to the HĐND downloads as a workbook.
    const report = page.getByRole('link', { name: /^Tải báo cáo tổng hợp theo lĩnh vực/ });
    const href = await report.getAttribute('href');
    expect(href).toContain(`sessionId=${eleventh?.id}`);
    const type = await page.evaluate(
      async (url) => (await fetch(url)).headers.get('content-type'),
      href ?? '',
    );
    expect(type).toContain('spreadsheetml');
  });

  it('schedules a reception day only when its schedule is published 5 working days ahead', async () => {
    const page = await browser.page('office');
    await openNav(page, 'Công dân & Cử tri');
    await page.getByRole('link', { name: 'Tiếp công dân' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiếp công dân của lãnh đạo' }).waitFor();
    const form = page.getByRole('form', { name: 'Lên lịch tiếp công dân' });
    await form.getByLabel('Họ và tên lãnh đạo tiếp').fill('Lý Văn Vinh');
    await form.getByLabel('Chức danh').selectOption({ label: 'Thủ trưởng cơ quan' });
    await form.getByLabel('Nơi tiếp công dân').selectOption({ label: 'Thanh tra tỉnh' });
    // Friday 14/7/2023, published Monday 10/7: 5 working days ahead is Friday 7/7 at the latest.
    await form.getByLabel('Ngày tiếp công dân').fill('2023-07-14');
    await form.getByLabel('Ngày công khai lịch').fill('2023-07-10');
    await form.getByRole('button', { name: 'Lên lịch' }).click();
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/chậm hơn hạn 2023-07-07 .*5 ngày làm việc/);
    // Wednesday 19/7: the latest day is Wednesday 12/7, so 10/7 is in time.
    await form.getByLabel('Ngày tiếp công dân').fill('2023-07-19');
    await form.getByRole('button', { name: 'Lên lịch' }).click();
    await statusSays(page, 'Đã lên lịch tiếp công dân ngày 19/7/2023.');
    const rows = (await rowsOf(page, 'Các phiên tiếp công dân theo ngày')).map(flat);
    expect(rows.filter((r) => r.startsWith('19/7/2023') && r.includes('Lý Văn Vinh'))).toHaveLength(
      1,
    );
  });
});
