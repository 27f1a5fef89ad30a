/** The tasks assigned in a document, from the task area's code, loaded when a document opens. */
import { lazy, Suspense } from 'react';

const TasksOfDocument = lazy(() => import('../tasks/TasksOfDocument'));

export function DocumentTasks({ documentId }: { documentId: number }) {
  return (
    <Suspense fallback={null}>
      <TasksOfDocument documentId={documentId} />
    </Suspense>
  );
}
