/**
 * Reading submitted forms: text inputs as trimmed strings (a file input is
 * never text), empty values as undefined, lists split, ids and counts as numbers.
 */

/** The trimmed text of an input ('' when empty or not text). */
export function formText(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === 'string' ? v.trim() : '';
}

/** The text of an input, or undefined when empty (so the API applies its default). */
export function formOptional(data: FormData, name: string): string | undefined {
  return formText(data, name) || undefined;
}

/** A number input or a select of ids, or undefined when empty; anything else goes to the server to refuse by name. */
export function formNumber(data: FormData, name: string): number | undefined {
  const s = formText(data, name);
  return s === '' ? undefined : Number(s);
}

/** Lines of a textarea, blank lines dropped. */
export function formLines(data: FormData, name: string): string[] {
  return formText(data, name)
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Comma-separated values. */
export function formCommaList(data: FormData, name: string): string[] {
  return formText(data, name)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
