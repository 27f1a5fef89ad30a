import { useId } from 'react';
import { useLang, useText } from '../../platform/i18n';
import { formatCount } from '../../platform/format';
import { uiText } from '../text';

const PAGE_SIZES = [20, 50, 100, 200];

/** Total, current page, previous/next and the page size. */
export function Pagination({
  total,
  page,
  pageSize,
  onPage,
  onPageSize,
}: {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const t = useText(uiText);
  const { lang } = useLang();
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={t.pagination}>
      <p className="pagination-total">{t.total(formatCount(total, lang))}</p>
      <div className="pagination-pages">
        <button
          type="button"
          className="button button-secondary"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          {t.previous}
        </button>
        <span aria-current="page">{t.pageOf(Math.min(page, pages), pages)}</span>
        <button
          type="button"
          className="button button-secondary"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          {t.next}
        </button>
      </div>
      <div className="pagination-size">
        <label htmlFor={sizeId}>{t.pageSize}</label>
        <select id={sizeId} value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
          {(PAGE_SIZES.includes(pageSize) ? PAGE_SIZES : [...PAGE_SIZES, pageSize]).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
