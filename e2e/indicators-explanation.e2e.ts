/**
 * Giải trình of a red indicator: the Chair picks a red indicator of Sở KH&ĐT
 * in the table and asks for an explanation by a deadline; the department's
 * staff member drafts it, its leader sends it; the Chair reads the thread in
 * order and closes the request.
 */
import { describe, expect, it } from 'vitest';
import { indicatorRow, openIndicator, openIndicators } from './support/indicators';
import { useBrowser } from './support/session';
import { region, statusSays } from './support/tasks';

const browser = useBrowser();

const NAME = 'Số dự án đầu tư trong nước cấp mới';
const CODE = 'DT.TN.DUAN';

describe('explanation of a red indicator', () => {
  it(
    'is requested by the leader, answered by the unit and closed by the leader',
    { timeout: 150_000 },
    async () => {
      const stamp = Date.now().toString(36);
      const question = `Số dự án trong nước cấp mới 6 tháng giảm so với cùng kỳ. Đề nghị Sở KH&ĐT làm rõ nguyên nhân (${stamp}).`;
      const draft = `Dự thảo: nhà đầu tư chờ quy hoạch tỉnh được phê duyệt (${stamp}).`;
      const addition = ' Sở sẽ rà soát, hỗ trợ thủ tục cho 12 dự án trong quý III.';

      // 1. The Chair filters the table to red and opens the indicator.
      const chair = await browser.page('leader');
      await openIndicators(chair);
      await chair.getByRole('button', { name: /^Đỏ: chậm tiến độ/ }).click();
      expect((await indicatorRow(chair, CODE)).join(' ')).toContain('Đỏ: chậm tiến độ');
      await openIndicator(chair, NAME);
      const explanations = region(chair, 'Giải trình');

      // 2. A request without its text is refused at the field; then it is sent.
      const request = chair.getByRole('form', { name: 'Yêu cầu giải trình', exact: true });
      await request.getByLabel('Hạn giải trình').fill('2023-07-20');
      await request.getByRole('button', { name: 'Gửi yêu cầu giải trình' }).click();
      await request.getByText('Nhập nội dung yêu cầu giải trình.').waitFor();
      await request.getByLabel('Nội dung yêu cầu giải trình').fill(question);
      await request.getByRole('button', { name: 'Gửi yêu cầu giải trình' }).click();
      await statusSays(chair, 'Đã gửi yêu cầu giải trình.');
      await explanations
        .getByRole('heading', { name: 'Giải trình tháng 6/2023: chờ đơn vị giải trình' })
        .waitFor();
      expect(await explanations.textContent()).toContain('hạn 20/7/2023');
      // One open request per period: the form is gone.
      expect(
        await chair.getByRole('form', { name: 'Yêu cầu giải trình', exact: true }).count(),
      ).toBe(0);

      // 3. The department's staff member sees it in the table and drafts the answer.
      const staff = await browser.page('unit_staff');
      await openIndicators(staff);
      expect((await indicatorRow(staff, CODE)).join(' ')).toContain('Đang chờ giải trình');
      await openIndicator(staff, NAME);
      await region(staff, 'Giải trình').getByText(question).waitFor();
      expect(await staff.getByRole('form', { name: 'Gửi giải trình', exact: true }).count()).toBe(
        0,
      );
      const drafting = staff.getByRole('form', { name: 'Lưu dự thảo' });
      await drafting.getByLabel('Dự thảo giải trình').fill(draft);
      await drafting.getByRole('button', { name: 'Lưu dự thảo' }).click();
      await statusSays(staff, 'Đã lưu dự thảo giải trình.');
      await region(staff, 'Giải trình').getByText(draft).waitFor();

      // 4. The department's leader sends it, completing the draft.
      const head = await browser.page('unit_leader', '/chi-tieu-dau-tu');
      await head.getByRole('heading', { level: 1, name: 'Chỉ tiêu kinh tế - xã hội' }).waitFor();
      await openIndicator(head, NAME);
      const answering = head.getByRole('form', { name: 'Gửi giải trình', exact: true });
      const text = answering.getByLabel('Nội dung giải trình gửi UBND tỉnh');
      expect(await text.inputValue()).toBe(draft);
      await text.fill(draft.replace('Dự thảo: ', 'Sở KH&ĐT giải trình: ') + addition);
      await answering.getByRole('button', { name: 'Gửi giải trình' }).click();
      await statusSays(head, 'Đã gửi giải trình.');
      await region(head, 'Giải trình')
        .getByRole('heading', { name: 'Giải trình tháng 6/2023: đơn vị đã giải trình' })
        .waitFor();

      // 5. The Chair reads the thread in order and closes the request.
      const reader = await browser.page('leader', '/chi-tieu-dau-tu');
      await reader.getByRole('heading', { level: 1, name: 'Chỉ tiêu kinh tế - xã hội' }).waitFor();
      expect((await indicatorRow(reader, CODE)).join(' ')).toContain('Đã giải trình');
      await openIndicator(reader, NAME);
      const thread = region(reader, 'Giải trình').getByRole('list', { name: 'Nội dung trao đổi' });
      await thread.first().waitFor();
      const messages = await thread.first().getByRole('listitem').allInnerTexts();
      expect(messages).toHaveLength(3);
      expect(messages[0]).toMatch(/^Yêu cầu giải trình — Trần Tuệ Hiền/);
      expect(messages[0]).toContain(question);
      expect(messages[1]).toMatch(/^Dự thảo giải trình — Chuyên viên Sở Kế hoạch và Đầu tư/);
      expect(messages[2]).toMatch(/^Giải trình của đơn vị — Lãnh đạo Sở Kế hoạch và Đầu tư/);
      expect(messages[2]).toContain(addition.trim());
      const closing = reader.getByRole('form', { name: 'Đóng yêu cầu giải trình' });
      await closing
        .getByLabel('Ý kiến khi đóng (không bắt buộc)')
        .fill('Ghi nhận giải trình; Sở theo dõi, báo cáo kết quả trong quý III.');
      await closing.getByRole('button', { name: 'Đóng yêu cầu giải trình' }).click();
      await statusSays(reader, 'Đã đóng yêu cầu giải trình.');
      const closed = region(reader, 'Giải trình');
      await closed.getByRole('heading', { name: 'Giải trình tháng 6/2023: đã đóng' }).waitFor();
      expect(await closed.getByRole('listitem').last().innerText()).toMatch(/^Đóng yêu cầu/);
      expect(await reader.getByRole('form', { name: 'Đóng yêu cầu giải trình' }).count()).toBe(0);
    },
  );
});
