/**
 * Duyệt / Từ chối one waiting figure (the unit leader): the approved figure
 * replaces the period's previous one and counts; a rejected one never does.
 */
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useIndicatorWrite, type ValueView } from './api';
import { labelOfPeriod } from './figures';
import { indicatorsText } from './text';

export function DecisionButtons({
  value,
  name,
  onDone,
}: {
  value: ValueView;
  name: string;
  /** Told the sentence to announce (the row itself goes once the lists are read again). */
  onDone: (message: string) => void;
}) {
  const t = useText(indicatorsText).pending;
  const { lang } = useLang();
  const decide = useIndicatorWrite((approve: boolean) =>
    api.post<ValueView>(`/api/v1/indicator-values/${value.id}/decision`, { approve }),
  );
  const period = labelOfPeriod(value.period, lang);
  const send = (approve: boolean) =>
    decide.mutate(approve, {
      onSuccess: () => onDone(approve ? t.approved(period, name) : t.rejected(period, name)),
    });
  return (
    <div className="row-actions">
      <ErrorNotice error={decide.error} />
      <button
        type="button"
        className="button button-primary"
        aria-label={t.approveLabel(period, name)}
        disabled={decide.isPending}
        onClick={() => send(true)}
      >
        {t.approve}
      </button>
      <button
        type="button"
        className="button"
        aria-label={t.rejectLabel(period, name)}
        disabled={decide.isPending}
        onClick={() => send(false)}
      >
        {t.reject}
      </button>
    </div>
  );
}
