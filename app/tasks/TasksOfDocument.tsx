/**
 * The tasks recorded from one document (its register page, the "giao nhiệm
 * vụ" page): a table of the first ones and a link to all of them in the list.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { formatCount } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { useTaskPage } from './api';
import { taskColumns } from './task-columns';
import { tasksText } from './text';

const SHOWN = 50;

export function TasksOfDocument({ documentId }: { documentId: number }) {
  const t = useText(tasksText).create;
  const { lang } = useLang();
  const tasks = useTaskPage({ sourceDocumentId: documentId, pageSize: SHOWN, sort: '-id' });
  const columns = useMemo(
    () => taskColumns(lang).filter((c) => c.id !== 'source' && c.id !== 'leader'),
    [lang],
  );
  const total = tasks.data?.total ?? 0;
  return (
    <Section title={t.fromDocument}>
      <DataTable
        tableId="tasks-of-document"
        caption={t.fromDocument}
        columns={columns}
        rows={tasks.data?.items}
        rowKey={(task) => task.id}
        loading={tasks.isFetching}
        error={tasks.error}
        onRetry={() => void tasks.refetch()}
        emptyText={t.noTasks}
      />
      {total > 0 && (
        <p>
          <Link href={`/nhiem-vu?source=${documentId}`}>
            {t.allTasks(formatCount(total, lang))}
          </Link>
        </p>
      )}
    </Section>
  );
}

export default TasksOfDocument;
