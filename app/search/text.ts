/** Words of the global search (Vietnamese first, English after). */
import type { Texts } from '../platform/i18n';
import type { SearchKind } from './api';

const vi = {
  open: 'Tìm kiếm',
  openHint: 'Tìm kiếm (Ctrl+K)',
  dialogTitle: 'Tìm kiếm chung',
  label: 'Tìm văn bản, nhiệm vụ, dự án, đơn thư, cán bộ, đơn vị',
  placeholder: 'Số/ký hiệu, trích yếu, tên đơn vị (vd. skhdt, 229/BC)…',
  help: 'Gõ ít nhất 2 ký tự; không cần dấu. Mũi tên lên/xuống để chọn, Enter để mở, Esc để đóng.',
  tooShort: 'Gõ ít nhất 2 ký tự để tìm.',
  loading: 'Đang tìm…',
  empty: (q: string) => `Không tìm thấy kết quả nào cho “${q}”.`,
  count: (n: number) => `${n.toLocaleString('vi-VN')} kết quả`,
  groupCount: (shown: number, total: number) =>
    shown < total ? `${shown} / ${total.toLocaleString('vi-VN')}` : String(total),
  seeAll: 'Xem tất cả kết quả',
  close: 'Đóng',
  pageTitle: 'Kết quả tìm kiếm',
  pageIntro:
    'Tìm trong sổ văn bản, nhiệm vụ, dự án đầu tư công, đơn thư (theo số và nội dung tóm tắt), cán bộ và đơn vị mà bạn được xem. Không phân biệt dấu; hiểu tên viết tắt của đơn vị (Sở KH&ĐT, skhdt) và tiền tố số/ký hiệu (229/BC).',
  submit: 'Tìm',
  moreIn: (n: number) => `Còn ${n.toLocaleString('vi-VN')} kết quả khác — hãy thu hẹp từ khóa.`,
  columns: { title: 'Kết quả', subtitle: 'Chi tiết', date: 'Ngày' },
  kinds: {
    documents: 'Văn bản',
    tasks: 'Nhiệm vụ',
    projects: 'Dự án đầu tư công',
    cases: 'Đơn, vụ việc',
    people: 'Cán bộ',
    units: 'Đơn vị',
  } satisfies Record<SearchKind, string>,
  exportFile: 'tim-kiem',
};

const en: typeof vi = {
  open: 'Search',
  openHint: 'Search (Ctrl+K)',
  dialogTitle: 'Search everything',
  label: 'Search documents, tasks, projects, cases, officials, units',
  placeholder: 'Number-symbol, summary, unit name (e.g. skhdt, 229/BC)…',
  help: 'Type at least 2 characters; accents are optional. Up/down arrows choose, Enter opens, Esc closes.',
  tooShort: 'Type at least 2 characters to search.',
  loading: 'Searching…',
  empty: (q: string) => `Nothing found for “${q}”.`,
  count: (n: number) => `${n.toLocaleString('en-GB')} results`,
  groupCount: (shown: number, total: number) =>
    shown < total ? `${shown} / ${total.toLocaleString('en-GB')}` : String(total),
  seeAll: 'See all results',
  close: 'Close',
  pageTitle: 'Search results',
  pageIntro:
    'Searches the document register, tasks, public investment projects, citizens’ cases (by number and summary), officials and units you may see. Accents are optional; unit abbreviations (Sở KH&ĐT, skhdt) and number-symbol prefixes (229/BC) are understood.',
  submit: 'Search',
  moreIn: (n: number) => `${n.toLocaleString('en-GB')} more results — narrow the words.`,
  columns: { title: 'Result', subtitle: 'Details', date: 'Date' },
  kinds: {
    documents: 'Documents',
    tasks: 'Tasks',
    projects: 'Public investment projects',
    cases: 'Citizens’ cases',
    people: 'Officials',
    units: 'Units',
  },
  exportFile: 'search',
};

export const searchText: Texts<typeof vi> = { vi, en };
