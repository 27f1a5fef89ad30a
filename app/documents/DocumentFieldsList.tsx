/** The ND 30 fields of one register entry as a description list. */
import type { ReactNode } from 'react';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import type { DocumentDetail } from './api';
import { documentLabels } from './labels';
import { documentsText } from './text';

export function DocumentFieldsList({
  doc,
  unitName,
}: {
  doc: DocumentDetail;
  unitName: (id: number | null) => string;
}) {
  const { lang } = useLang();
  const t = useText(documentsText);
  const l = documentLabels[lang];
  const d = t.detail;
  const date = (v: string | null | undefined) => formatDate(v, lang);
  const rows: [string, ReactNode][] = [
    [t.col.numberSymbol, doc.numberSymbol ?? t.col.noNumber],
    [t.col.type, doc.type.name],
    [t.col.direction, l.direction[doc.direction]],
    [t.col.regime, l.regime[doc.regime]],
    [
      t.col.status,
      <span key="s" className={`status status-${doc.status}`}>
        {l.status[doc.status]}
      </span>,
    ],
    [t.col.issueDate, date(doc.issueDate)],
    [t.col.issuer, doc.issuer.name],
    [d.capacity, doc.issuer.capacity ? l.capacity[doc.issuer.capacity] : ''],
    [d.title, doc.title ?? ''],
    [t.col.summary, doc.summary],
    [
      t.col.signer,
      [
        doc.signer.authority ? `${doc.signer.authority}.` : '',
        doc.signer.title ?? '',
        doc.signer.name ?? '',
      ]
        .filter(Boolean)
        .join(' '),
    ],
    [
      d.recipients,
      doc.recipients.length > 0 ? (
        <ul key="r" className="plain-list">
          {doc.recipients.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : (
        ''
      ),
    ],
    [t.col.urgency, l.urgency[doc.urgency]],
    [t.col.secrecy, l.secrecy[doc.secrecy]],
  ];
  if (doc.arrival) {
    rows.push(
      [t.col.arrivalNumber, doc.arrival.number ?? ''],
      [t.col.arrivalDate, date(doc.arrival.date)],
    );
  }
  if (doc.handling) {
    rows.push(
      [d.handlingUnit, unitName(doc.handling.unitId)],
      [t.col.deadline, date(doc.handling.deadline)],
      [d.handledOn, date(doc.handling.handledOn)],
    );
  }
  if (doc.validity) {
    rows.push(
      [d.validity, doc.validity.status ? (l.validity[doc.validity.status] ?? '') : ''],
      [d.effectiveFrom, date(doc.validity.effectiveFrom)],
      [d.effectiveTo, date(doc.validity.effectiveTo)],
    );
  }
  rows.push(
    [d.pageCount, doc.pageCount ?? ''],
    [d.copyCount, doc.copyCount ?? ''],
    [d.notes, doc.notes ?? ''],
    [
      d.content,
      doc.secrecy !== 'none' ? (
        d.contentHidden
      ) : doc.content ? (
        <div key="c" className="document-content">
          {doc.content}
        </div>
      ) : (
        ''
      ),
    ],
    [t.col.createdAt, date(doc.createdAt)],
    [d.version, doc.version],
  );
  return (
    <dl className="fields-list">
      {rows.map(([label, value]) => (
        <div key={label} className="fields-row">
          <dt>{label}</dt>
          <dd>{value === '' || value === null ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  );
}
