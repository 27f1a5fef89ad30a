import { ApiError } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { uiText } from './text';

/**
 * An error as a sentence a person understands: the server's message (already
 * in the chosen language), a reload button for a lost update (412), and the
 * `details` rows (import errors by row and column) as a table.
 */
export function ErrorNotice({
  error,
  onReload,
  onRetry,
}: {
  error: unknown;
  /** Offered on 412 (someone else changed the record). */
  onReload?: () => void;
  /** Offered when loading failed. */
  onRetry?: () => void;
}) {
  const t = useText(uiText);
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const stale = apiError?.status === 412;
  // The server words a refusal itself ("Bạn không có quyền…"); a bare 403 gets ours.
  const message =
    apiError?.status === 403 && apiError.code === 'HTTP_403'
      ? t.forbidden
      : apiError?.code === 'FORBIDDEN'
        ? withoutActionCode(apiError.message)
        : (apiError?.message ?? t.errorTitle);
  return (
    <div className="notice notice-error" role="alert">
      <p>{message}</p>
      {stale && onReload && (
        <button type="button" className="button" onClick={onReload}>
          {t.reload}
        </button>
      )}
      {!stale && onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
      {apiError?.details && apiError.details.length > 0 && (
        <div className="table-scroll">
          <table className="details-table">
            <caption>{t.detailsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.detailRow}</th>
                <th scope="col">{t.detailColumn}</th>
                <th scope="col">{t.detailMessage}</th>
              </tr>
            </thead>
            <tbody>
              {apiError.details.map((d, i) => (
                <tr key={i}>
                  <td>{d.row ?? ''}</td>
                  <td>{d.column ?? ''}</td>
                  <td>{d.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/**
 * FORBIDDEN names the policy action it refused in brackets at the end
 * ("… thao tác này (task.read).") — a code for the logs, not for people.
 */
function withoutActionCode(message: string): string {
  return message.replace(/\s*\([a-z_]+\.[a-z_]+\)(?=\.?$)/, '');
}

/** The server's message for one input, when the error names it (`field` = name or `name.…`). */
export function fieldError(error: unknown, ...names: string[]): string | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  const field = error.field;
  return names.some((n) => field === n || field.startsWith(`${n}.`)) ? error.message : undefined;
}

/**
 * Why a list a select offers could not be read, as the field's error (the
 * server's or the client's sentence), so an empty select never looks like
 * "there is nothing to choose".
 */
export function loadError(error: unknown): string | undefined {
  return error instanceof ApiError ? error.message : undefined;
}
