import { useState } from 'react';
import { useLang, useText } from '../../platform/i18n';
import { formatCount } from '../../platform/format';
import { uiText } from '../text';
import { ErrorNotice } from '../ErrorNotice';
import { downloadXlsx } from './export';
import type { Column } from './columns';

/**
 * What the export needs: every row of the current view, fetched on demand
 * (a paginated list fetches all its pages). Without `fetchRows` the table
 * exports the rows it shows, in their current order, with its footer rows.
 */
export interface ExportSpec<Row> {
  fileName: string;
  sheetName: string;
  fetchRows?: (onProgress: (done: number, total: number) => void) => Promise<Row[]>;
}

/** "Xuất Excel": fetches all matching rows and downloads them with the visible columns. */
export function ExportButton<Row>({
  spec,
  columns,
  shownRows,
}: {
  spec: ExportSpec<Row>;
  columns: readonly Column<Row>[];
  /** The rows on screen (sorted, with totals), exported when the spec fetches none. */
  shownRows?: readonly Row[];
}) {
  const t = useText(uiText);
  const { lang } = useLang();
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    setStatus(t.exporting('0', '…'));
    try {
      const rows = spec.fetchRows
        ? await spec.fetchRows((done, total) =>
            setStatus(t.exporting(formatCount(done, lang), formatCount(total, lang))),
          )
        : [...(shownRows ?? [])];
      await downloadXlsx({
        fileName: spec.fileName,
        sheetName: spec.sheetName,
        columns: columns.filter((c) => !c.noExport),
        rows,
      });
      setStatus(t.exported(formatCount(rows.length, lang)));
    } catch (e) {
      setStatus('');
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void run()}
        disabled={busy || (!spec.fetchRows && !shownRows?.length)}
      >
        {t.exportXlsx}
      </button>
      <span className="export-status" role="status">
        {status}
      </span>
      <ErrorNotice error={error} />
    </div>
  );
}
