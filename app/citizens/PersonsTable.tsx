/** The protected applicants of a case, as read by a handler or through break-glass (audited). */
import { useText } from '../platform/i18n';
import type { CasePerson } from './api';
import { citizensText } from './text';

export function PersonsTable({ persons }: { persons: CasePerson[] }) {
  const t = useText(citizensText);
  const d = t.detail;
  const r = t.receive;
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={d.personsCaption}>
        <table className="data-table">
          <caption className="visually-hidden">{d.personsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{d.persons}</th>
              <th scope="col">{r.fullName}</th>
              <th scope="col">{r.idNumber}</th>
              <th scope="col">{r.address}</th>
              <th scope="col">{r.phone}</th>
              <th scope="col">{r.email}</th>
            </tr>
          </thead>
          <tbody>
            {persons.map((p) => (
              <tr key={p.id}>
                <td data-label={d.persons}>{t.personRole[p.role]}</td>
                <td data-label={r.fullName}>{p.fullName ?? ''}</td>
                <td data-label={r.idNumber}>{p.idNumber ?? ''}</td>
                <td data-label={r.address}>{p.address ?? ''}</td>
                <td data-label={r.phone}>{p.phone ?? ''}</td>
                <td data-label={r.email}>{p.email ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint">{d.auditedNote}</p>
    </>
  );
}
