/** Organisation: adding a unit, merging it into a successor (its open work moves), people and their positions. */
import { describe, expect, it } from 'vitest';
import { openNav } from './support/journeys';
import { useBrowser } from './support/session';

const browser = useBrowser();

describe('organisation', () => {
  it('adds a unit, gives it open work, merges it into a successor and shows what moved', async () => {
    const page = await browser.page('admin');
    await openNav(page, 'Đơn vị');
    const create = page.getByRole('region', { name: 'Thêm đơn vị' });
    await create.getByLabel(/^Mã/).fill('BP.E2E.BTN');
    await create.getByLabel('Loại đơn vị').selectOption({ label: 'Sở, ban, ngành' });
    await create
      .getByLabel('Đơn vị cấp trên')
      .selectOption({ label: 'Ủy ban nhân dân tỉnh Bình Phước' });
    await create.getByLabel(/^Từ ngày/).fill('2023-01-01');
    await create.getByLabel(/^Tên đơn vị/).fill('Ban Thử nghiệm tỉnh');
    await create.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await create
      .getByRole('status')
      .filter({ hasText: 'Đã thêm đơn vị “Ban Thử nghiệm tỉnh”.' })
      .waitFor();

    // An incoming document the new unit has to handle.
    await openNav(page, 'Vào sổ văn bản đến');
    await page
      .getByLabel('Sổ của đơn vị nhận')
      .selectOption({ label: 'Ủy ban nhân dân tỉnh Bình Phước' });
    await page.getByLabel('Số, ký hiệu').fill('88/BTC-NSNN');
    await page.getByLabel('Tên cơ quan ban hành (ghi như trên văn bản)').fill('Bộ Tài chính');
    await page.getByLabel('Ngày văn bản').fill('2023-07-03');
    await page.getByLabel('Đơn vị xử lý').selectOption({ label: 'Ban Thử nghiệm tỉnh' });
    await page.getByLabel('Trích yếu nội dung').fill('V/v rà soát dự toán ngân sách');
    await page.getByRole('button', { name: 'Vào sổ', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã vào sổ' }).waitFor();

    await page.goto(`${browser.baseURL}/quan-tri/don-vi?q=thu%20nghiem`);
    await page.getByRole('link', { name: 'Ban Thử nghiệm tỉnh', exact: true }).click();
    const dissolve = page.getByRole('region', { name: 'Giải thể hoặc sáp nhập' });
    await dissolve.getByLabel(/^Ngày cuối cùng/).fill('2023-07-10');
    await dissolve
      .getByLabel('Đơn vị kế thừa (sáp nhập vào)')
      .selectOption({ label: 'Văn phòng Ủy ban nhân dân tỉnh' });
    const submit = dissolve.getByRole('button', { name: 'Giải thể hoặc sáp nhập' });
    expect(await submit.isDisabled()).toBe(true); // until the consequence is acknowledged
    await dissolve.getByLabel('Tôi hiểu rằng việc đang mở sẽ chuyển sang đơn vị kế thừa.').check();
    await submit.click();
    const moved = page.getByRole('table', { name: 'Việc đang mở đã chuyển sang đơn vị kế thừa' });
    await moved.waitFor();
    const row = moved.getByRole('row').filter({ hasText: 'Văn bản đến chưa giải quyết xong' });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('1');
    await page.getByText('Đơn vị đã kết thúc hoạt động từ sau ngày 10/7/2023.').waitFor();
  });

  it('adds a person and appoints them with fields of charge', async () => {
    const page = await browser.page('admin');
    await openNav(page, 'Cán bộ & chức vụ');
    const person = page.getByRole('region', { name: 'Thêm cán bộ' });
    await person.getByLabel(/^Họ và tên/).fill('Phạm Thị Thử Nghiệm');
    await person.getByLabel('Thư điện tử').fill('thunghiem@binhphuoc.gov.vn');
    await person.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await person.getByRole('status').filter({ hasText: 'Đã thêm Phạm Thị Thử Nghiệm.' }).waitFor();

    const positions = page.getByRole('region', { name: 'Chức vụ theo đơn vị' });
    await positions.getByLabel('Xem chức vụ của đơn vị').selectOption({ label: 'Sở Y tế' });
    const appoint = positions.getByRole('form', { name: 'Bổ nhiệm, phân công' });
    await appoint.getByLabel(/^Cán bộ/).selectOption({ label: 'Phạm Thị Thử Nghiệm' });
    await appoint.getByLabel(/^Chức vụ/).fill('Phó Giám đốc Sở');
    await appoint.getByLabel('Bậc').selectOption({ label: 'Cấp phó' });
    await appoint.getByLabel('Lĩnh vực phụ trách').fill('Y tế dự phòng\nDược, mỹ phẩm');
    await appoint.getByRole('button', { name: 'Bổ nhiệm, phân công' }).click();
    await appoint.getByRole('status').filter({ hasText: 'Đã ghi nhận chức vụ.' }).waitFor();
    const row = positions
      .getByRole('table', { name: 'Chức vụ đang giữ' })
      .getByRole('row')
      .filter({ hasText: 'Phạm Thị Thử Nghiệm' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Y tế dự phòng; Dược, mỹ phẩm');
  });
});
