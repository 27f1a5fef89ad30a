/**
 * The accountability chain on one task: a staff member of the lead unit
 * reports progress and asks for an extension; the unit leader finds the
 * request in the unit's inbox and forwards it; the Chair approves it and
 * urges the coordinating unit, whose leader reads the urging in their inbox.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { apiAs, uniqueText } from './support/api';
import { openNav } from './support/journeys';
import { openTask, region, rowsOf, signInAs, statusSays } from './support/tasks';
import { useBrowser } from './support/session';

const browser = useBrowser();

describe('progress, extension and urging', () => {
  it(
    'runs from the staff member through the unit leader to the leader in charge',
    { timeout: 120_000 },
    async () => {
      // The office assigns a task led by Sở KH&ĐT with Sở Tài chính, due 20/7/2023.
      const content = uniqueText('Tổng hợp nhu cầu điều chuyển vốn đầu tư công năm 2023');
      const office = await apiAs(inject('baseURL'), 'office');
      const task = await office.post<{ id: number }>('/api/v1/tasks', {
        content,
        leadUnit: 'BP.SKHDT',
        coordinatingUnits: ['BP.STC'],
        leader: 'Lê Quốc Thái',
        assignedOn: '2023-07-03',
        deadline: '2023-07-20',
        expectedOutput: 'Báo cáo',
      });

      // 1. The staff member reports progress and asks for more time.
      const page = await browser.page('unit_staff');
      await openTask(page, content);
      expect(await page.getByRole('region', { name: 'Đôn đốc đơn vị' }).count()).toBe(0);
      const progress = region(page, 'Báo cáo tiến độ');
      await progress.getByLabel('Tỷ lệ hoàn thành (%)').fill('40');
      await progress
        .getByLabel('Nội dung báo cáo')
        .fill('Đã tổng hợp đề xuất của 8/11 huyện, thị xã, thành phố.');
      await progress.getByRole('button', { name: 'Gửi báo cáo tiến độ' }).click();
      await statusSays(page, 'Đã ghi nhận báo cáo tiến độ.');
      const extension = region(page, 'Đề nghị gia hạn');
      await extension.getByLabel('Đề nghị gia hạn đến ngày').fill('2023-08-15');
      await extension
        .getByLabel('Lý do')
        .fill('Chờ số liệu giải ngân 6 tháng của Kho bạc Nhà nước tỉnh.');
      await extension.getByRole('button', { name: 'Gửi đề nghị gia hạn' }).click();
      await statusSays(page, 'Đã gửi đề nghị gia hạn; đề nghị chờ lãnh đạo đơn vị chuyển.');
      await expect
        .poll(async () => (await rowsOf(page, 'Các đề nghị gia hạn')).flat().join(' '))
        .toContain('Chờ lãnh đạo đơn vị chuyển');
      expect((await rowsOf(page, 'Các đơn vị được giao và tiến độ của từng đơn vị'))[0]).toContain(
        '40%',
      );

      // 2. The unit leader finds it waiting in the unit's inbox and forwards it.
      const leaderPage = await browser.page('unit_leader');
      await openNav(leaderPage, 'Việc của đơn vị');
      await leaderPage.getByRole('heading', { level: 1, name: /^Việc của đơn vị/ }).waitFor();
      const waiting = leaderPage.getByRole('table', {
        name: 'Báo cáo và đề nghị chờ lãnh đạo đơn vị',
      });
      await waiting.getByRole('link', { name: content }).click({ timeout: 45_000 });
      await leaderPage.getByRole('heading', { level: 1, name: content }).waitFor();
      await leaderPage.getByRole('button', { name: 'Chuyển lãnh đạo phụ trách' }).click();
      await statusSays(leaderPage, 'Đã chuyển đề nghị gia hạn lên lãnh đạo phụ trách.');
      await expect
        .poll(async () => (await rowsOf(leaderPage, 'Các đề nghị gia hạn')).flat().join(' '))
        .toContain('Chờ lãnh đạo phụ trách quyết định');

      // 3. The Chair approves the extension and urges the coordinating unit.
      const chair = await browser.page('leader', `/nhiem-vu/${task.id}`);
      await chair.getByRole('heading', { level: 1, name: content }).waitFor();
      const decision = region(chair, 'Quyết định gia hạn');
      expect(await decision.getByLabel('Đồng ý gia hạn đến ngày').inputValue()).toBe('2023-08-15');
      await decision.getByLabel('Ý kiến (không bắt buộc)').fill('Đồng ý; hoàn thành đúng hạn mới.');
      await decision.getByRole('button', { name: 'Đồng ý gia hạn', exact: true }).click();
      await statusSays(chair, 'Đã đồng ý gia hạn.');
      const fields = region(chair, 'Thông tin nhiệm vụ');
      await fields.getByText('Thời hạn sau gia hạn').waitFor();
      expect(await fields.textContent()).toContain('15/8/2023');
      expect(await fields.textContent()).toContain('20/7/2023');

      const urge = region(chair, 'Đôn đốc đơn vị');
      await urge
        .getByLabel('Đơn vị được đôn đốc')
        .selectOption({ label: 'Sở Tài chính (Phối hợp)' });
      await urge.getByLabel('Hình thức').selectOption({ label: 'Nhắc nhở' });
      await urge
        .getByLabel('Nội dung đôn đốc')
        .fill('Đề nghị Sở Tài chính khẩn trương cung cấp số liệu cho Sở Kế hoạch và Đầu tư.');
      await urge.getByRole('button', { name: 'Gửi đôn đốc' }).click();
      await statusSays(chair, 'Đã gửi đôn đốc Sở Tài chính (lần 1).');
      const timeline = region(chair, 'Diễn biến');
      await timeline.getByText('Đồng ý gia hạn').waitFor();
      await timeline.getByText(/Đôn đốc — Sở Tài chính; Nhắc nhở; lần 1/).waitFor();

      // 4. Sở Tài chính's leader sees the urging unread in the inbox and confirms reading it.
      const stc = await browser.page();
      await signInAs(stc, 'stc');
      await openNav(stc, 'Việc của đơn vị');
      const urgings = region(stc, 'Văn bản đôn đốc chưa đọc');
      const item = urgings
        .getByRole('listitem')
        .filter({ hasText: 'khẩn trương cung cấp số liệu cho Sở Kế hoạch và Đầu tư' });
      await item.getByRole('button', { name: 'Xác nhận đã đọc' }).click();
      await item.getByText('Bạn đã đọc').waitFor();
    },
  );

  it('explains, in a sentence, that a task outside the unit cannot be opened', async () => {
    const content = uniqueText('Báo cáo tình hình thu hút đầu tư 6 tháng đầu năm');
    const office = await apiAs(inject('baseURL'), 'office');
    const task = await office.post<{ id: number }>('/api/v1/tasks', {
      content,
      leadUnit: 'BP.SKHDT',
      leader: 'Lê Quốc Thái',
      assignedOn: '2023-07-03',
      deadline: '2023-07-20',
    });
    // Sở Tài chính's leader (scope: Sở Tài chính) follows a link to Sở KH&ĐT's task.
    const page = await browser.page(undefined, `/nhiem-vu/${task.id}`);
    await signInAs(page, 'stc');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Bạn không có quyền thực hiện thao tác này.');
    expect(await alert.textContent()).not.toContain('task.read');
    expect(await page.getByText(content).count()).toBe(0);
  });
});
