/**
 * The 3 national target programmes apart (GUIDE §5.3): investment capital on
 * both denominators, its central-budget part, and recurrent funds (kinh phí
 * sự nghiệp) shown beside but never counted as disbursement.
 */
import { useLang, useText } from '../platform/i18n';
import { Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import type { Dashboard, Figures } from './api';
import { billionsNumber } from './figures';
import { figureColumns } from './figure-columns';
import { investmentText } from './text';

/** A programme's line, or the total of the three (no central or recurrent part). */
interface ProgrammeLine {
  key: string;
  name: string;
  figures: Figures;
  central: Figures | null;
  recurrent: Figures | null;
}

export function ProgrammesSection({ d }: { d: Dashboard }) {
  const all = useText(investmentText);
  const t = all.programmes;
  const { lang } = useLang();
  const { rows, total } = d.programmes;
  const part = (f: Figures | null) =>
    f ? `${billionsNumber(f.disbursed, lang)} / ${billionsNumber(f.planPm, lang)}` : '';
  const columns: Column<ProgrammeLine>[] = [
    {
      id: 'programme',
      header: t.programme,
      alwaysVisible: true,
      rowHeader: true,
      sortable: true,
      cell: (r) => r.name,
      value: (r) => r.name,
    },
    ...figureColumns<ProgrammeLine>((r) => r.figures, all.investors, lang, { sortable: true }),
    {
      id: 'central',
      header: t.central,
      numeric: true,
      cell: (r) => part(r.central),
      value: (r) => part(r.central),
    },
    {
      id: 'recurrent',
      header: t.recurrent,
      numeric: true,
      cell: (r) => part(r.recurrent),
      value: (r) => part(r.recurrent),
    },
  ];
  return (
    <Section title={t.title}>
      <p>{t.intro}</p>
      <DataTable
        tableId="investment-programmes"
        caption={t.caption}
        showCaption
        tableClassName="figures-table"
        localSort
        columns={columns}
        rows={rows.map((r) => ({
          key: r.programme,
          name: r.name,
          figures: r,
          central: r.central,
          recurrent: r.recurrent,
        }))}
        footerRows={[
          { key: 'total', name: t.total, figures: total, central: null, recurrent: null },
        ]}
        rowKey={(r) => r.key}
        exportSpec={{ fileName: `giai-ngan-3-chuong-trinh-${d.at}`, sheetName: t.title }}
      />
    </Section>
  );
}
