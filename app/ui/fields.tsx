/**
 * Labelled form controls: every input has a visible label, an optional hint
 * and the server's error for its field (aria-invalid, aria-describedby).
 */
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
}

function Frame({
  id,
  label,
  hint,
  error,
  className,
  required,
  children,
}: FieldFrame & { id: string; required?: boolean | undefined; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type InputProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'>;

/** A text, date, number, password or file input with its label. */
export function TextField({ label, hint, error, className, ...input }: InputProps) {
  const id = useId();
  return (
    <Frame {...{ id, label, hint, error, className }} required={input.required}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </Frame>
  );
}

type SelectProps = FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'>;

/** A select with its label. */
export function SelectField({ label, hint, error, className, children, ...select }: SelectProps) {
  const id = useId();
  return (
    <Frame {...{ id, label, hint, error, className }} required={select.required}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
    </Frame>
  );
}

type TextAreaProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

/** A multi-line text with its label. */
export function TextAreaField({ label, hint, error, className, ...area }: TextAreaProps) {
  const id = useId();
  return (
    <Frame {...{ id, label, hint, error, className }} required={area.required}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...area}
      />
    </Frame>
  );
}

/** A checkbox with its label on the right. */
export function CheckboxField({
  label,
  ...input
}: { label: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
