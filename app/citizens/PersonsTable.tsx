/**
 * The protected applicants of a case, as read by a handler or through
 * break-glass (audited). The shared table without Excel export on purpose:
 * protected identities are read on screen only, each reading audited, and a
 * file would carry them outside the audit.
 */
import { useText } from '../platform/i18n';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import type { CasePerson } from './api';
import { citizensText } from './text';

export function PersonsTable({
  persons,
  loading,
  error,
  onRetry,
}: {
  persons: CasePerson[] | undefined;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
}) {
  const t = useText(citizensText);
  const d = t.detail;
  const r = t.receive;
  const text = (id: string, header: string, get: (p: CasePerson) => string) =>
    ({ id, header, sortable: true, cell: get, value: get }) satisfies Column<CasePerson>;
  const columns: Column<CasePerson>[] = [
    text('role', d.persons, (p) => t.personRole[p.role] ?? p.role),
    { ...text('fullName', r.fullName, (p) => p.fullName ?? ''), alwaysVisible: true },
    text('idNumber', r.idNumber, (p) => p.idNumber ?? ''),
    text('address', r.address, (p) => p.address ?? ''),
    text('phone', r.phone, (p) => p.phone ?? ''),
    text('email', r.email, (p) => p.email ?? ''),
  ];
  return (
    <>
      <DataTable
        tableId="citizen-case-persons"
        caption={d.personsCaption}
        localSort
        columns={columns}
        rows={persons}
        rowKey={(p) => p.id}
        loading={loading}
        error={error}
        onRetry={onRetry}
      />
      <p className="field-hint">{d.auditedNote}</p>
    </>
  );
}
