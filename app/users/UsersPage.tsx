/** Người dùng: accounts, their role, unit and data scope; reset password; lock. */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { shellText } from '../shell/text';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { sortRows, type Column, type SortState } from '../ui/table/columns';
import { useUsers, type UserAccount } from './api';
import { CreateUserForm, EditUserForm } from './UserForms';
import { usersText } from './text';

export function UsersPage() {
  const t = useText(usersText);
  const roles = useText(shellText).roles;
  const users = useUsers();
  const client = useQueryClient();
  const [editing, setEditing] = useState<UserAccount | null>(null);
  const [sort, setSort] = useState<SortState | undefined>();
  const reset = useMutation({
    mutationFn: (u: UserAccount) =>
      api.post<{ password: string }>(`/api/v1/users/${u.id}/reset-password`),
  });
  const statusOf = (u: UserAccount) => (!u.active ? t.inactive : u.locked ? t.locked : t.isActive);
  const columns: Column<UserAccount>[] = [
    {
      id: 'username',
      header: t.username,
      alwaysVisible: true,
      sortable: true,
      cell: (u) => u.username,
      value: (u) => u.username,
    },
    {
      id: 'fullName',
      header: t.fullName,
      sortable: true,
      cell: (u) => u.fullName,
      value: (u) => u.fullName,
    },
    {
      id: 'role',
      header: t.role,
      sortable: true,
      cell: (u) => roles[u.role] ?? u.role,
      value: (u) => roles[u.role] ?? u.role,
    },
    {
      id: 'unit',
      header: t.unit,
      sortable: true,
      cell: (u) => u.unitName ?? '',
      value: (u) => u.unitName,
    },
    {
      id: 'scope',
      header: t.scopeColumn,
      defaultHidden: true,
      cell: (u) => u.scopeUnitName ?? '',
      value: (u) => u.scopeUnitName,
    },
    {
      id: 'active',
      header: t.active,
      sortable: true,
      cell: (u) => (
        <span className={`status ${u.active && !u.locked ? 'status-active' : 'status-cancelled'}`}>
          {statusOf(u)}
        </span>
      ),
      value: statusOf,
    },
    {
      id: 'actions',
      header: t.actions,
      alwaysVisible: true,
      cell: (u) => (
        <div className="row-actions">
          <button
            type="button"
            className="button button-small"
            aria-label={t.edit(u.username)}
            onClick={() => setEditing(u)}
          >
            {t.editShort}
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            aria-label={t.reset(u.username)}
            onClick={() => {
              if (window.confirm(t.resetConfirm(u.username))) reset.mutate(u);
            }}
          >
            {t.resetShort}
          </button>
        </div>
      ),
      value: () => null,
      noExport: true,
    },
  ];
  const rows = users.data ? sortRows(users.data, columns, sort) : undefined;
  return (
    <Page title={t.title}>
      {reset.data && reset.variables && (
        <StatusNotice>{t.newPassword(reset.variables.username, reset.data.password)}</StatusNotice>
      )}
      <ErrorNotice error={reset.error} />
      {editing && (
        <EditUserForm
          key={editing.id}
          user={editing}
          onClose={() => setEditing(null)}
          onSaved={(u) => {
            setEditing(u);
            void client.invalidateQueries({ queryKey: ['users'] });
          }}
        />
      )}
      <DataTable
        tableId="users"
        caption={t.caption}
        columns={columns}
        rows={rows}
        rowKey={(u) => u.id}
        loading={users.isFetching}
        error={users.error}
        onRetry={() => void users.refetch()}
        sort={sort}
        onSortChange={setSort}
        exportSpec={{
          fileName: 'nguoi-dung',
          sheetName: t.caption,
          fetchRows: async () => rows ?? [],
        }}
      />
      <CreateUserForm />
    </Page>
  );
}
