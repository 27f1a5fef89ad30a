import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';

/**
 * A read-only view of a DOCX for the ND 30 checker: the section's page setup,
 * the header references, and each body paragraph with its text and its
 * effective formatting (direct formatting resolved through the paragraph
 * style, its basedOn chain and the document defaults).
 */
export interface DocxParagraph {
  text: string;
  /** Where it sits: in the first (header) table, the body, or the last (footer) table. */
  zone: 'header' | 'body' | 'footer';
  /** Column of the table it sits in (0 left, 1 right), for table zones. */
  column: number | null;
  alignment: string | null;
  firstLineIndent: number | null;
  spacingAfter: number | null;
  lineSpacing: number | null;
  runs: Array<{
    text: string;
    font: string | null;
    size: number | null;
    bold: boolean;
    italic: boolean;
  }>;
}

export interface DocxModel {
  page: {
    width: number | null;
    height: number | null;
    orientation: string | null;
    margins: Record<'top' | 'bottom' | 'left' | 'right', number | null>;
  };
  titlePage: boolean;
  /** Text and fields of the default (page ≥ 2) and first-page headers. */
  headers: {
    default: { text: string; hasPageField: boolean; alignment: string | null } | null;
    first: { text: string; hasPageField: boolean } | null;
  };
  paragraphs: DocxParagraph[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Thrown when the bytes are not a readable DOCX. */
export class DocxReadError extends Error {
  override name = 'DocxReadError';
}

type El = Element;

function children(el: El | null | undefined, local: string): El[] {
  if (!el) return [];
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as El).localName === local && (n as El).namespaceURI === W)
      out.push(n as El);
  }
  return out;
}
const child = (el: El | null | undefined, local: string): El | null =>
  children(el, local)[0] ?? null;
const attr = (el: El | null | undefined, name: string): string | null =>
  el ? el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || null : null;
const num = (v: string | null): number | null => (v === null || v === '' ? null : Number(v));

/** A w:b / w:i toggle: present without val, or val true/1/on. */
function toggle(el: El | null): boolean | null {
  if (!el) return null;
  const v = attr(el, 'val');
  return v === null || v === 'true' || v === '1' || v === 'on';
}

interface RunProps {
  font: string | null;
  size: number | null;
  bold: boolean | null;
  italic: boolean | null;
}
interface ParaProps {
  alignment: string | null;
  firstLine: number | null;
  after: number | null;
  line: number | null;
}

function runProps(rPr: El | null): RunProps {
  const fonts = child(rPr, 'rFonts');
  return {
    font: attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi'),
    size: num(attr(child(rPr, 'sz'), 'val')),
    bold: toggle(child(rPr, 'b')),
    italic: toggle(child(rPr, 'i')),
  };
}
function paraProps(pPr: El | null): ParaProps {
  const spacing = child(pPr, 'spacing');
  return {
    alignment: attr(child(pPr, 'jc'), 'val'),
    firstLine: num(attr(child(pPr, 'ind'), 'firstLine')),
    after: num(attr(spacing, 'after')),
    line: num(attr(spacing, 'line')),
  };
}
function merge<T extends object>(base: T, over: T): T {
  const out = { ...base };
  for (const [k, v] of Object.entries(over))
    if (v !== null && v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Reads a DOCX into the checker's model. */
export async function readDocx(bytes: Uint8Array): Promise<DocxModel> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxReadError('not a ZIP/DOCX file');
  }
  const docXml = await zip.file('word/document.xml')?.async('string');
  if (!docXml) throw new DocxReadError('word/document.xml is missing');
  const parse = (xml: string) => {
    let doc;
    try {
      doc = new DOMParser({
        onError: (level, message) => {
          if (level !== 'warning') throw new DocxReadError(`malformed XML: ${message}`);
        },
      }).parseFromString(xml, 'application/xml');
    } catch (e) {
      throw e instanceof DocxReadError
        ? e
        : new DocxReadError(`malformed XML: ${(e as Error).message}`);
    }
    if (doc.getElementsByTagName('parsererror').length > 0)
      throw new DocxReadError('malformed XML');
    return doc;
  };
  const doc = parse(docXml);
  const stylesXml = await zip.file('word/styles.xml')?.async('string');
  const styles = stylesXml ? parse(stylesXml) : null;

  // Document defaults and paragraph styles (with their basedOn chain).
  const stylesRoot = styles?.documentElement ?? null;
  const docDefaults = child(stylesRoot, 'docDefaults');
  const defaultRun = runProps(child(child(docDefaults, 'rPrDefault'), 'rPr'));
  const defaultPara = paraProps(child(child(docDefaults, 'pPrDefault'), 'pPr'));
  const styleById = new Map<string, El>();
  let defaultParaStyle: string | null = null;
  for (const s of children(stylesRoot, 'style')) {
    const id = attr(s, 'styleId');
    if (id) styleById.set(id, s);
    if (
      attr(s, 'type') === 'paragraph' &&
      (attr(s, 'default') === '1' || attr(s, 'default') === 'true')
    )
      defaultParaStyle = id;
  }
  const styleChain = (id: string | null): El[] => {
    const chain: El[] = [];
    for (let cur = id, guard = 0; cur && guard < 20; guard += 1) {
      const s = styleById.get(cur);
      if (!s) break;
      chain.unshift(s);
      cur = attr(child(s, 'basedOn'), 'val');
    }
    return chain;
  };

  const body = child(doc.documentElement, 'body');
  const paragraphs: DocxParagraph[] = [];
  const blocks: Array<{ el: El; zone: DocxParagraph['zone']; column: number | null }> = [];
  const tables = children(body, 'tbl');
  for (let n = body?.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as El;
    if (el.localName === 'p') blocks.push({ el, zone: 'body', column: null });
    if (el.localName === 'tbl') {
      const zone =
        el === tables[0] ? 'header' : el === tables[tables.length - 1] ? 'footer' : 'body';
      for (const tr of children(el, 'tr')) {
        children(tr, 'tc').forEach((tc, column) => {
          for (const p of children(tc, 'p')) blocks.push({ el: p, zone, column });
        });
      }
    }
  }
  for (const { el, zone, column } of blocks) {
    const pPr = child(el, 'pPr');
    const styleId = attr(child(pPr, 'pStyle'), 'val') ?? defaultParaStyle;
    let pp = defaultPara;
    let rp = defaultRun;
    for (const s of styleChain(styleId)) {
      pp = merge(pp, paraProps(child(s, 'pPr')));
      rp = merge(rp, runProps(child(s, 'rPr')));
    }
    pp = merge(pp, paraProps(pPr));
    const runs = children(el, 'r')
      .map((r) => {
        const text = children(r, 't')
          .map((t) => t.textContent ?? '')
          .join('');
        const props = merge(rp, runProps(child(r, 'rPr')));
        return {
          text,
          font: props.font,
          size: props.size,
          bold: props.bold ?? false,
          italic: props.italic ?? false,
        };
      })
      .filter((r) => r.text.length > 0);
    paragraphs.push({
      text: runs.map((r) => r.text).join(''),
      zone,
      column,
      alignment: pp.alignment,
      firstLineIndent: pp.firstLine,
      spacingAfter: pp.after,
      lineSpacing: pp.line,
      runs,
    });
  }

  const sectPr = child(body, 'sectPr');
  const pgSz = child(sectPr, 'pgSz');
  const pgMar = child(sectPr, 'pgMar');
  const rels = await zip.file('word/_rels/document.xml.rels')?.async('string');
  const relTargets = new Map<string, string>();
  if (rels) {
    const relDoc = parse(rels);
    const list = relDoc.getElementsByTagName('Relationship');
    for (let i = 0; i < list.length; i += 1) {
      const r = list.item(i);
      if (r) relTargets.set(r.getAttribute('Id') ?? '', r.getAttribute('Target') ?? '');
    }
  }
  const readHeader = async (type: string) => {
    const ref = children(sectPr, 'headerReference').find((h) => attr(h, 'type') === type);
    const id = ref ? ref.getAttributeNS(R, 'id') || ref.getAttribute('r:id') : null;
    const target = id ? relTargets.get(id) : undefined;
    const xml = target ? await zip.file(`word/${target}`)?.async('string') : undefined;
    if (!xml) return null;
    const h = parse(xml);
    const texts = h.getElementsByTagNameNS(W, 't');
    let text = '';
    for (let i = 0; i < texts.length; i += 1) text += texts.item(i)?.textContent ?? '';
    const instr = h.getElementsByTagNameNS(W, 'instrText');
    let hasPageField = false;
    for (let i = 0; i < instr.length; i += 1)
      if (/\bPAGE\b/.test(instr.item(i)?.textContent ?? '')) hasPageField = true;
    const simple = h.getElementsByTagNameNS(W, 'fldSimple');
    for (let i = 0; i < simple.length; i += 1)
      if (/\bPAGE\b/.test(attr(simple.item(i), 'instr') ?? '')) hasPageField = true;
    const jc = h.getElementsByTagNameNS(W, 'jc').item(0);
    return { text, hasPageField, alignment: attr(jc, 'val') };
  };
  return {
    page: {
      width: num(attr(pgSz, 'w')),
      height: num(attr(pgSz, 'h')),
      orientation: attr(pgSz, 'orient'),
      margins: {
        top: num(attr(pgMar, 'top')),
        bottom: num(attr(pgMar, 'bottom')),
        left: num(attr(pgMar, 'left')),
        right: num(attr(pgMar, 'right')),
      },
    },
    titlePage: child(sectPr, 'titlePg') !== null && toggle(child(sectPr, 'titlePg')) !== false,
    headers: { default: await readHeader('default'), first: await readHeader('first') },
    paragraphs,
  };
}
