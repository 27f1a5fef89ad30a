/**
 * Chooses a time span either as a reporting period (month, quarter, half,
 * nine months, year) on the ND 09/2019 data-window or calendar basis, or as
 * two dates. Shows the resulting dates as the user chooses.
 */
import { useId } from 'react';
import {
  formatPeriodRef,
  periodLabel,
  periodRange,
  type PeriodBasis,
  type PeriodKind,
  type PeriodRef,
} from '../../shared/periods/periods';
import { romanNumeral } from '../../shared/vi/words';
import { formatDate } from '../platform/format';
import { useLang } from '../platform/i18n';
import { SelectField, TextField } from './fields';

export type PeriodChoice =
  | { mode: 'period'; ref: PeriodRef; basis: PeriodBasis }
  | { mode: 'range'; from: string; to: string };

/** The dates a choice covers. */
export function choiceRange(c: PeriodChoice): { from: string; to: string } {
  return c.mode === 'period' ? periodRange(c.ref, c.basis) : { from: c.from, to: c.to };
}

/** How a choice reads: `6 tháng đầu năm 2023` (or `2023-H1` in English), or nothing for dates. */
export function choiceLabel(c: PeriodChoice, lang: 'vi' | 'en'): string {
  if (c.mode === 'range') return '';
  return lang === 'vi' ? periodLabel(c.ref) : formatPeriodRef(c.ref);
}

export interface PeriodPickerText {
  mode: string;
  modePeriod: string;
  modeRange: string;
  periodKind: string;
  periodKinds: Record<string, string>;
  year: string;
  index: string;
  basis: string;
  basisNd09: string;
  basisCalendar: string;
  from: string;
  to: string;
  range: (label: string, from: string, to: string) => string;
}

const COUNTS: Record<PeriodKind, number> = {
  month: 12,
  quarter: 4,
  half: 2,
  nine_months: 1,
  year: 1,
};

function indexLabel(kind: PeriodKind, index: number, lang: 'vi' | 'en'): string {
  switch (kind) {
    case 'quarter':
      return lang === 'vi' ? `Quý ${romanNumeral(index)}` : `Q${index}`;
    case 'half':
      if (lang === 'en') return index === 1 ? 'First half' : 'Second half';
      return index === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm';
    case 'month':
      return lang === 'vi' ? `Tháng ${index}` : `Month ${index}`;
    case 'nine_months':
    case 'year':
      return String(index);
  }
}

export function PeriodPicker({
  value,
  onChange,
  text,
}: {
  value: PeriodChoice;
  onChange: (next: PeriodChoice) => void;
  text: PeriodPickerText;
}) {
  const { lang } = useLang();
  const name = useId();
  const ref: PeriodRef =
    value.mode === 'period' ? value.ref : { kind: 'half', year: 2023, index: 1 };
  const basis = value.mode === 'period' ? value.basis : 'nd09';
  const setRef = (next: Partial<PeriodRef>) => {
    const merged = { ...ref, ...next };
    merged.index = Math.min(merged.index, COUNTS[merged.kind]);
    onChange({ mode: 'period', ref: merged, basis });
  };
  let summary = '';
  try {
    const r = choiceRange(value);
    if (r.from && r.to) {
      summary = text.range(
        choiceLabel(value, lang) || text.modeRange,
        formatDate(r.from, lang),
        formatDate(r.to, lang),
      );
    }
  } catch {
    summary = '';
  }
  return (
    <fieldset className="period-picker">
      <legend>{text.mode}</legend>
      <div className="radio-row">
        {(['period', 'range'] as const).map((mode) => (
          <label key={mode} className="checkbox-line">
            <input
              type="radio"
              name={name}
              checked={value.mode === mode}
              onChange={() =>
                onChange(
                  mode === 'period' ? { mode, ref, basis } : { mode, ...choiceRangeSafe(value) },
                )
              }
            />
            {mode === 'period' ? text.modePeriod : text.modeRange}
          </label>
        ))}
      </div>
      {value.mode === 'period' ? (
        <div className="form-grid">
          <SelectField
            label={text.periodKind}
            value={ref.kind}
            onChange={(e) => setRef({ kind: e.target.value as PeriodKind })}
          >
            {(Object.keys(COUNTS) as PeriodKind[]).map((k) => (
              <option key={k} value={k}>
                {text.periodKinds[k]}
              </option>
            ))}
          </SelectField>
          {COUNTS[ref.kind] > 1 && (
            <SelectField
              label={text.index}
              value={ref.index}
              onChange={(e) => setRef({ index: Number(e.target.value) })}
            >
              {Array.from({ length: COUNTS[ref.kind] }, (_, i) => (
                <option key={i + 1} value={i + 1}>
                  {indexLabel(ref.kind, i + 1, lang)}
                </option>
              ))}
            </SelectField>
          )}
          <TextField
            label={text.year}
            type="number"
            min={2000}
            max={2100}
            value={ref.year}
            onChange={(e) => {
              const year = Number(e.target.value);
              if (Number.isInteger(year) && year >= 1000 && year <= 9999) setRef({ year });
            }}
          />
          <SelectField
            label={text.basis}
            value={basis}
            onChange={(e) =>
              onChange({ mode: 'period', ref, basis: e.target.value as PeriodBasis })
            }
          >
            <option value="nd09">{text.basisNd09}</option>
            <option value="calendar">{text.basisCalendar}</option>
          </SelectField>
        </div>
      ) : (
        <div className="form-grid">
          <TextField
            label={text.from}
            type="date"
            value={value.from}
            required
            onChange={(e) => onChange({ ...value, from: e.target.value })}
          />
          <TextField
            label={text.to}
            type="date"
            value={value.to}
            required
            onChange={(e) => onChange({ ...value, to: e.target.value })}
          />
        </div>
      )}
      {summary && <p className="period-summary">{summary}</p>}
    </fieldset>
  );
}

function choiceRangeSafe(c: PeriodChoice): { from: string; to: string } {
  try {
    return choiceRange(c);
  } catch {
    return { from: '', to: '' };
  }
}
