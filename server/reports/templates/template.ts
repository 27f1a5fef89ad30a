import type { ReportBlock } from '../../../shared/reports/content';

/** One block of a report template. */
export type BlockSpec =
  | { kind: 'heading'; key: string; level: 1 | 2 | 3; label: string; text: string }
  /** Editable text; `{{…}}` fields are filled from data. `attachToItem` appends it to a generated item (e.g. "B.2"). */
  | {
      kind: 'narrative';
      key: string;
      label?: string;
      bullet?: boolean;
      text: string;
      attachToItem?: string;
    }
  /** Paragraphs produced from data by a named generator. */
  | { kind: 'generated'; key: string; generator: string };

/** Produces a generated block's paragraphs from the report's data. */
export type Generator = (ctx: {
  narratives: Map<string, string>;
  fill: (text: string, blockKey: string) => string;
}) => ReportBlock[];

/** Resolves one `{{name:arg}}` field; returns null when unknown. */
export type FieldResolver = (name: string, arg: string | null) => string | null;

/** Thrown for a field the template or a person wrote that cannot be filled. */
export class PlaceholderError extends Error {
  constructor(
    readonly block: string,
    readonly placeholder: string,
    readonly reason: string,
  ) {
    super(`${block}: ${placeholder} (${reason})`);
  }
}

/**
 * Fills the `{{name}}` / `{{name:arg}}` fields of a text. An unknown field is
 * an error naming the block, never silently left in the report.
 */
export function fillFields(text: string, blockKey: string, resolve: FieldResolver): string {
  return text.replace(
    /\{\{\s*([a-zA-Z]+)(?::([^}]*))?\s*\}\}/g,
    (whole, name: string, arg: string | undefined) => {
      const value = resolve(name, arg === undefined ? null : arg.trim());
      if (value === null) throw new PlaceholderError(blockKey, whole, 'không có dữ liệu');
      return value;
    },
  );
}

/**
 * Builds the body blocks of a report from its template: headings and
 * narratives with their fields filled (narratives as edited for this report
 * when they were), and generated blocks from their generators.
 */
export function buildBlocks(
  specs: readonly BlockSpec[],
  opts: {
    narratives: Map<string, string>;
    resolve: FieldResolver;
    generators: Record<string, Generator>;
  },
): ReportBlock[] {
  const fill = (text: string, key: string) => fillFields(text, key, opts.resolve);
  const out: ReportBlock[] = [];
  const narratives = new Map<string, string>();
  for (const s of specs)
    if (s.kind === 'narrative') narratives.set(s.key, opts.narratives.get(s.key) ?? s.text);
  for (const s of specs) {
    if (s.kind === 'heading')
      out.push({
        kind: 'heading',
        key: s.key,
        level: s.level,
        label: s.label,
        text: fill(s.text, s.key),
      });
    else if (s.kind === 'narrative') {
      if (s.attachToItem) continue;
      const text = fill(narratives.get(s.key) ?? s.text, s.key);
      if (text.trim() === '') continue;
      out.push({
        kind: 'paragraph',
        key: s.key,
        text,
        origin: 'narrative',
        ...(s.label ? { label: s.label } : {}),
        ...(s.bullet ? { bullet: true, label: '-' } : {}),
      });
    } else {
      const gen = opts.generators[s.generator];
      if (!gen) throw new PlaceholderError(s.key, s.generator, 'không có bộ sinh nội dung này');
      out.push(...gen({ narratives, fill }));
    }
  }
  return out;
}
