/**
 * A monthly figure from entry to the table: a staff member of Sở KH&ĐT
 * enters June's number of new businesses (refused first, with a sentence at
 * the field, for a missing value and a locked month); it waits for the unit
 * leader, who approves it from the table page; the table then counts it.
 */
import { describe, expect, it } from 'vitest';
import { indicatorRow, openIndicator, openIndicators, viNumber } from './support/indicators';
import { useBrowser } from './support/session';
import { region, rowsOf, statusSays } from './support/tasks';

const browser = useBrowser();

const NAME = 'Số doanh nghiệp thành lập mới';
const CODE = 'DN.MOI';
// Columns of the table as first shown: indicator, unit, target, period figure, cumulative…
const PERIOD_VALUE = 3;
const CUMULATIVE = 4;

describe('monthly indicator figures', () => {
  it(
    'are entered by unit staff, approved by the unit leader and then counted',
    { timeout: 150_000 },
    async () => {
      // 1. The staff member finds the indicator in the table (June 2023, the last month ended).
      const staff = await browser.page('unit_staff');
      await openIndicators(staff);
      await staff.getByRole('table', { name: 'Bảng chỉ tiêu tháng 6/2023' }).waitFor();
      const before = await indicatorRow(staff, CODE);
      const oldJune = viNumber(before[PERIOD_VALUE]);
      const oldCumulative = viNumber(before[CUMULATIVE]);
      const newJune = oldJune + 7;
      await openIndicator(staff, NAME);

      // 2. Refusals come back as sentences at their field.
      const form = staff.getByRole('form', { name: 'Nhập số liệu' });
      await form.getByLabel('Kỳ số liệu').selectOption({ label: 'tháng 6/2023' });
      await form.getByRole('button', { name: 'Ghi số liệu' }).click();
      await form.getByText('Nhập giá trị của kỳ.').waitFor();
      expect(await form.getByLabel('Giá trị (doanh nghiệp)').getAttribute('aria-invalid')).toBe(
        'true',
      );
      await form.getByLabel('Kỳ số liệu').selectOption({ label: 'tháng 5/2023' });
      await form.getByLabel('Giá trị (doanh nghiệp)').fill('120');
      await form.getByRole('button', { name: 'Ghi số liệu' }).click();
      await form.getByText(/^Kỳ này đã khóa số liệu/).waitFor();
      await form.getByLabel('Giá trị (doanh nghiệp)').fill('mười hai');
      await form.getByRole('button', { name: 'Ghi số liệu' }).click();
      await form.getByText(/^Nhập một số, ví dụ 1\.234,5/).waitFor();

      // 3. June's figure is saved and waits for the unit leader; the old one still counts.
      await form.getByLabel('Kỳ số liệu').selectOption({ label: 'tháng 6/2023' });
      await form.getByLabel('Giá trị (doanh nghiệp)').fill(String(newJune));
      await form.getByLabel('Ghi chú (không bắt buộc)').fill('Số liệu chính thức của tháng 6.');
      await form.getByRole('button', { name: 'Ghi số liệu' }).click();
      await statusSays(staff, 'Đã ghi số liệu tháng 6/2023; số liệu chờ lãnh đạo đơn vị duyệt.');
      await expect
        .poll(async () => (await rowsOf(staff, /^Số liệu các kỳ năm 2023/))[0]?.join(' | '))
        .toMatch(new RegExp(`^tháng 6/2023 \\| ${newJune} \\| — \\| 2 \\| Chờ duyệt`));
      expect((await rowsOf(staff, /^Số liệu các kỳ năm 2023/))[1]?.slice(0, 5)).toEqual([
        'tháng 6/2023',
        String(oldJune),
        '—',
        '1',
        'Đã duyệt',
      ]);
      await openIndicators(staff);
      const waiting = await indicatorRow(staff, CODE);
      expect(viNumber(waiting[CUMULATIVE])).toBe(oldCumulative);
      expect(waiting.join(' ')).toContain('1 số liệu chờ duyệt');

      // 4. The unit leader approves it from the figures awaiting approval.
      const leader = await browser.page('unit_leader');
      await openIndicators(leader);
      const pending = region(leader, 'Số liệu chờ duyệt');
      await pending.getByRole('button', { name: `Duyệt số liệu tháng 6/2023 của ${NAME}` }).click();
      await statusSays(leader, `Đã duyệt số liệu tháng 6/2023 của ${NAME}.`);
      await pending.getByText('Không có số liệu nào chờ duyệt.').waitFor();

      // 5. The table counts the new figure.
      await expect
        .poll(async () => viNumber((await indicatorRow(leader, CODE))[CUMULATIVE]))
        .toBe(oldCumulative - oldJune + newJune);
      const after = await indicatorRow(leader, CODE);
      expect(viNumber(after[PERIOD_VALUE])).toBe(newJune);
      expect(after.join(' ')).not.toContain('chờ duyệt');

      // 6. The history keeps both entries: the first replaced by the approved second.
      await openIndicator(leader, NAME);
      const history = await rowsOf(leader, /^Số liệu các kỳ năm 2023/);
      expect(history[0]?.slice(0, 5)).toEqual([
        'tháng 6/2023',
        String(newJune),
        '—',
        '2',
        'Đã duyệt',
      ]);
      expect(history[1]?.[4]).toBe('Đã được thay thế (thay bằng lần 2)');
    },
  );
});
