/**
 * A leader's direction on an incoming document: the Chair picks a document
 * still without direction, gives it to a lead unit and a coordinating unit
 * (each with a deadline), and the handling task and the Sổ theo dõi giải
 * quyết văn bản đến show it.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { apiAs, uniqueText } from './support/api';
import { openNav } from './support/journeys';
import { region, rowsOf, statusSays } from './support/tasks';
import { useBrowser } from './support/session';

const browser = useBrowser();

describe('directing an incoming document', () => {
  it('lets the Chair direct a document to two units, which the handling register then shows', async () => {
    // The office registers a letter that arrived this morning.
    const office = await apiAs(inject('baseURL'), 'office');
    const numberSymbol = `${1000 + Math.floor(Math.random() * 8000)}/BTC-NSNN`;
    const summary = uniqueText('V/v rà soát nguồn vốn đầu tư công năm 2023');
    await office.post('/api/v1/documents/incoming', {
      register: 'BP.UBND',
      numberSymbol,
      issuerName: 'Bộ Tài chính',
      issueDate: '2023-07-06',
      arrivalDate: '2023-07-10',
      summary,
    });

    const page = await browser.page('leader');
    await openNav(page, 'Chỉ đạo văn bản đến');
    await page.getByRole('heading', { level: 1, name: 'Chỉ đạo giải quyết văn bản đến' }).waitFor();
    const pending = await rowsOf(page, 'Văn bản đến trong khoảng ngày');
    expect(pending.map((r) => r.join(' ')).some((r) => r.includes(numberSymbol))).toBe(true);
    await page.getByRole('link', { name: `Cho ý kiến chỉ đạo văn bản ${numberSymbol}` }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Ý kiến chỉ đạo giải quyết văn bản đến' })
      .waitFor();
    expect(await region(page, 'Văn bản đến').textContent()).toContain(summary);

    const form = page.getByRole('form', { name: 'Ý kiến chỉ đạo giải quyết văn bản đến' });
    await form
      .getByLabel('Ý kiến chỉ đạo')
      .fill(
        'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp Sở Tài chính rà soát, tham mưu UBND tỉnh.',
      );
    await form.getByLabel('Đơn vị chủ trì').selectOption({ label: 'Sở Kế hoạch và Đầu tư' });
    await form.getByLabel('Thời hạn giải quyết').fill('2023-07-25');
    await form.getByLabel('Chọn đơn vị phối hợp').selectOption({ label: 'Sở Tài chính' });
    await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await form.getByLabel('Thời hạn của Sở Tài chính').fill('2023-07-20');
    await form.getByRole('button', { name: 'Ghi ý kiến chỉ đạo' }).click();
    await statusSays(page, 'Đã ghi ý kiến chỉ đạo và giao nhiệm vụ giải quyết văn bản.');

    // The handling task: the two units, the deadline, the document as its source.
    await page.getByRole('link', { name: 'Xem nhiệm vụ giải quyết' }).click();
    await page
      .getByRole('heading', { level: 1, name: /^Giao Sở Kế hoạch và Đầu tư chủ trì/ })
      .waitFor();
    const assignments = await rowsOf(page, 'Các đơn vị được giao và tiến độ của từng đơn vị');
    expect(assignments.map((r) => r.slice(0, 2).join(' | '))).toEqual([
      'Sở KH&ĐT | Chủ trì',
      'Sở Tài chính | Phối hợp',
    ]);
    const fields = region(page, 'Thông tin nhiệm vụ');
    expect(await fields.textContent()).toContain('Ý kiến chỉ đạo văn bản đến');
    expect(await fields.textContent()).toContain('25/7/2023');
    expect(await fields.getByRole('link', { name: numberSymbol }).count()).toBe(1);

    // The document has left the list of those awaiting a direction…
    await openNav(page, 'Chỉ đạo văn bản đến');
    const after = await rowsOf(page, 'Văn bản đến trong khoảng ngày');
    expect(after.map((r) => r.join(' ')).some((r) => r.includes(numberSymbol))).toBe(false);

    // …and the handling register shows its unit, deadline and status.
    await openNav(page, 'Theo dõi giải quyết văn bản đến');
    await page
      .getByRole('heading', { level: 1, name: 'Sổ theo dõi giải quyết văn bản đến' })
      .waitFor();
    const lines = await rowsOf(page, /^Văn bản đến từ ngày/);
    const line = lines.map((r) => r.join(' | ')).find((r) => r.includes(numberSymbol));
    expect(line).toContain('Sở KH&ĐT');
    expect(line).toContain('25/7/2023');
    expect(line).toContain('Chưa hoàn thành, trong hạn');
  });

  it('offers the direction from the incoming document’s register page', async () => {
    const page = await browser.page('leader', '/van-ban?direction=incoming');
    const table = page.getByRole('table', { name: /^Sổ văn bản/ });
    await table.getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: /Thông tin văn bản/ }).waitFor();
    await page.getByRole('link', { name: 'Cho ý kiến chỉ đạo' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Ý kiến chỉ đạo giải quyết văn bản đến' })
      .waitFor();
  });
});
