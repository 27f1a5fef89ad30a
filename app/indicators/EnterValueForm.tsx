/**
 * Nhập số liệu: the owner unit's staff enter one period's figure (a value,
 * or numerator and denominator for a ratio), flagged as an estimate or not.
 * Numbers are typed in Vietnamese notation (`1.234,5`); the API's refusals
 * (locked period, period not begun, missing value…) show at their field in
 * the pages' own words.
 */
import { useState, type FormEvent } from 'react';
import { parseViNumber } from '../../shared/vi/number';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import { useIndicatorWrite, type IndicatorView, type ValueView } from './api';
import { defaultEntryPeriod, entryPeriods, labelOfPeriod } from './figures';
import { indicatorFieldError, isFieldError } from './form-errors';
import { indicatorsText } from './text';

const FIELDS = ['period', 'value', 'numerator', 'denominator', 'enteredOn', 'note'] as const;

/** A typed number: Vietnamese notation in Vietnamese, plain digits in English; null when it is not one. */
function parseTyped(text: string, lang: 'vi' | 'en'): number | null {
  if (lang === 'vi') return parseViNumber(text);
  const n = Number(text.replace(/,/g, ''));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

export function EnterValueForm({ indicator }: { indicator: IndicatorView }) {
  const t = useText(indicatorsText);
  const { lang } = useLang();
  const today = useToday();
  const ratio = indicator.aggregation === 'ratio';
  const [local, setLocal] = useState<Record<string, string>>({});
  const [empty, setEmpty] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const enter = useIndicatorWrite((body: Record<string, unknown>) =>
    api.post<ValueView>(`/api/v1/indicators/${indicator.id}/values`, body),
  );
  const periods = entryPeriods(indicator.frequency, today);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(null);
    const data = new FormData(e.currentTarget);
    const errors: Record<string, string> = {};
    const numbers: Record<string, number> = {};
    const missing = new Set<string>();
    for (const name of ratio ? ['numerator', 'denominator'] : ['value']) {
      const text = formText(data, name);
      if (text === '') {
        missing.add(name); // The server names a missing value.
        continue;
      }
      const n = parseTyped(text, lang);
      if (n === null) errors[name] = t.enter.notANumber;
      else numbers[name] = n;
    }
    setLocal(errors);
    setEmpty(missing);
    if (Object.keys(errors).length > 0) return;
    const enteredOn = formText(data, 'enteredOn');
    const note = formText(data, 'note');
    enter.mutate(
      {
        period: formText(data, 'period'),
        ...numbers,
        estimate: data.get('estimate') === 'on',
        ...(enteredOn ? { enteredOn } : {}),
        ...(note ? { note } : {}),
      },
      {
        onSuccess: (v) => {
          const label = labelOfPeriod(v.period, lang);
          setSaved(
            v.status === 'pending' ? t.enter.savedPending(label) : t.enter.savedApproved(label),
          );
          setFormKey((k) => k + 1);
        },
      },
    );
  };
  const err = (name: string) => local[name] ?? indicatorFieldError(enter.error, name, t, empty);
  return (
    <Section title={t.enter.title}>
      <p className="field-hint">{t.enter.intro}</p>
      {saved && <StatusNotice>{saved}</StatusNotice>}
      <form key={formKey} className="form" aria-label={t.enter.title} onSubmit={submit} noValidate>
        {!isFieldError(enter.error, FIELDS) && <ErrorNotice error={enter.error} />}
        <div className="form-grid">
          <SelectField
            label={t.enter.period}
            name="period"
            defaultValue={defaultEntryPeriod(indicator.frequency, today)}
            error={err('period')}
            required
          >
            {periods.map((p) => (
              <option key={p} value={p}>
                {labelOfPeriod(p, lang)}
              </option>
            ))}
          </SelectField>
          {ratio ? (
            <>
              <TextField
                label={t.enter.numerator}
                name="numerator"
                inputMode="decimal"
                autoComplete="off"
                required
                error={err('numerator')}
              />
              <TextField
                label={t.enter.denominator}
                name="denominator"
                inputMode="decimal"
                autoComplete="off"
                required
                error={err('denominator')}
              />
            </>
          ) : (
            <TextField
              label={t.enter.value(indicator.unitOfMeasure)}
              name="value"
              inputMode="decimal"
              autoComplete="off"
              required
              hint={t.enter.valueHint}
              error={err('value')}
            />
          )}
          <TextField
            label={t.enter.enteredOn}
            name="enteredOn"
            type="date"
            max={today}
            hint={t.enter.enteredOnHint}
            error={err('enteredOn')}
          />
        </div>
        <CheckboxField label={t.enter.estimate} name="estimate" />
        <TextAreaField label={t.enter.note} name="note" rows={2} error={err('note')} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={enter.isPending}>
            {t.enter.submit}
          </button>
        </div>
      </form>
    </Section>
  );
}
