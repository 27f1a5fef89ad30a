import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { ListLabeler, W, wAttr, wChild, wChildren } from './docx-numbering';
import { legacyEncodingOfFont, type LegacyEncoding } from './legacy-encoding';

/** Why a DOCX could not be read. */
export class DocxTextError extends Error {
  override name = 'DocxTextError';
  constructor(readonly reason: 'not-zip' | 'not-docx' | 'malformed' | 'too-large') {
    super(reason);
  }
}

/** Text of a DOCX: its paragraphs, one per line, with their printed list labels. */
export interface DocxText {
  text: string;
  /** Text of the runs set in a legacy Vietnamese font, by the encoding the font implies. */
  legacyFontText: Partial<Record<LegacyEncoding, string>>;
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

function parse(xml: string): Document {
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new DocxTextError('malformed');
      },
    }).parseFromString(xml, 'application/xml');
  } catch {
    throw new DocxTextError('malformed');
  }
  if (doc.getElementsByTagName('parsererror').length > 0) throw new DocxTextError('malformed');
  return doc;
}

interface StyleInfo {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
  font: string | null;
}

function runFont(rPr: Element | null): string | null {
  const fonts = wChild(rPr, 'rFonts');
  return wAttr(fonts, 'ascii') ?? wAttr(fonts, 'hAnsi');
}

function readStyles(styles: Document | null): {
  byId: Map<string, StyleInfo>;
  defaultParagraph: string | null;
  defaultFont: string | null;
} {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraph: string | null = null;
  let defaultFont: string | null = null;
  const root = styles?.documentElement ?? null;
  if (!root) return { byId, defaultParagraph, defaultFont };
  defaultFont = runFont(wChild(wChild(wChild(root, 'docDefaults'), 'rPrDefault'), 'rPr'));
  for (const style of wChildren(root, 'style')) {
    const id = wAttr(style, 'styleId');
    if (!id) continue;
    const numPr = wChild(wChild(style, 'pPr'), 'numPr');
    const ilvl = wAttr(wChild(numPr, 'ilvl'), 'val');
    byId.set(id, {
      basedOn: wAttr(wChild(style, 'basedOn'), 'val'),
      numId: wAttr(wChild(numPr, 'numId'), 'val'),
      ilvl: ilvl === null ? null : Number(ilvl),
      font: runFont(wChild(style, 'rPr')),
    });
    if (
      wAttr(style, 'type') === 'paragraph' &&
      ['1', 'true', 'on'].includes(wAttr(style, 'default') ?? '')
    )
      defaultParagraph = id;
  }
  return { byId, defaultParagraph, defaultFont };
}

/** The first value `pick` finds along the basedOn chain of `styleId`. */
function inherited<T>(
  styles: Map<string, StyleInfo>,
  styleId: string | null,
  pick: (s: StyleInfo) => T | null,
): T | null {
  const seen = new Set<string>();
  let id = styleId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) return null;
    const value = pick(style);
    if (value !== null) return value;
    id = style.basedOn;
  }
  return null;
}

// Containers whose block children are read in order: table rows and cells, content controls,
// custom XML, tracked insertions and moves.
const BLOCK_CONTAINERS = new Set([
  'tbl',
  'tr',
  'tc',
  'sdt',
  'sdtContent',
  'customXml',
  'ins',
  'moveTo',
  'smartTag',
]);

/**
 * Reads the text of a DOCX: body paragraphs and table cells in order, `w:tab`
 * as a tab, `w:br`/`w:cr` as a line break, numbered paragraphs with their
 * printed labels, text boxes after the paragraph that anchors them; deleted
 * text, field codes and alternate renderings are left out.
 */
export async function readDocxText(bytes: Uint8Array, maxXmlChars: number): Promise<DocxText> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxTextError('not-zip');
  }
  if (!zip.file('word/document.xml')) throw new DocxTextError('not-docx');
  const load = async (name: string): Promise<Document | null> => {
    const entry = zip.file(name);
    if (!entry) return null;
    // A compressed bomb is refused from the size the ZIP declares, before it is inflated.
    const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data
      ?.uncompressedSize;
    if (typeof declared === 'number' && declared > maxXmlChars)
      throw new DocxTextError('too-large');
    let xml: string;
    try {
      xml = await entry.async('string');
    } catch {
      throw new DocxTextError('malformed'); // a damaged entry: bad deflate data or checksum
    }
    if (xml.length > maxXmlChars) throw new DocxTextError('too-large');
    return parse(xml);
  };
  const doc = await load('word/document.xml');
  const body = wChild(doc?.documentElement ?? null, 'body');
  const styles = readStyles(await load('word/styles.xml'));
  const labeler = new ListLabeler((await load('word/numbering.xml'))?.documentElement ?? null);

  const lines: string[] = [];
  const legacy: Partial<Record<LegacyEncoding, string[]>> = {};

  const paragraph = (p: Element): void => {
    const pPr = wChild(p, 'pPr');
    const styleId = wAttr(wChild(pPr, 'pStyle'), 'val') ?? styles.defaultParagraph;
    const numPr = wChild(pPr, 'numPr');
    const numId =
      wAttr(wChild(numPr, 'numId'), 'val') ?? inherited(styles.byId, styleId, (s) => s.numId);
    const directIlvl = wAttr(wChild(numPr, 'ilvl'), 'val');
    const ilvl =
      directIlvl !== null
        ? Number(directIlvl)
        : (inherited(styles.byId, styleId, (s) => s.ilvl) ?? 0);
    const paragraphFont = inherited(styles.byId, styleId, (s) => s.font) ?? styles.defaultFont;

    let text = '';
    const boxes: Element[] = [];
    const walk = (el: Element, font: string | null): void => {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== 1) continue;
        const c = n as Element;
        if (c.namespaceURI === MC) {
          if (c.localName === 'AlternateContent') {
            const choice = c.getElementsByTagNameNS(MC, 'Choice')[0];
            if (choice) walk(choice, font);
          }
          continue;
        }
        if (c.namespaceURI !== W) {
          walk(c, font); // drawings and shapes: only their text boxes hold text
          continue;
        }
        switch (c.localName ?? '') {
          case 't': {
            const t = c.textContent ?? '';
            text += t;
            const enc = font ? legacyEncodingOfFont(font) : null;
            if (enc) (legacy[enc] ??= []).push(t);
            break;
          }
          case 'tab':
            text += '\t';
            break;
          case 'br':
          case 'cr':
            text += '\n';
            break;
          case 'noBreakHyphen':
            text += '-';
            break;
          case 'sym': {
            const ch = wAttr(c, 'char');
            if (ch && /^[0-9A-Fa-f]{1,4}$/.test(ch)) text += String.fromCharCode(parseInt(ch, 16));
            break;
          }
          case 'r': {
            const direct = runFont(wChild(c, 'rPr'));
            const styled = inherited(
              styles.byId,
              wAttr(wChild(wChild(c, 'rPr'), 'rStyle'), 'val'),
              (s) => s.font,
            );
            walk(c, direct ?? styled ?? paragraphFont);
            break;
          }
          case 'txbxContent':
            boxes.push(c);
            break;
          case 'pPr':
          case 'rPr':
          case 'del':
          case 'moveFrom':
          case 'instrText':
          case 'delText':
          case 'footnoteReference':
          case 'endnoteReference':
          case 'commentReference':
            break;
          default:
            walk(c, font);
        }
      }
    };
    walk(p, paragraphFont);
    const label = numId && numId !== '0' ? labeler.next(numId, ilvl) : null;
    lines.push(label ? `${label} ${text.replace(/^[ \t]+/, '')}` : text);
    for (const box of boxes) blocks(box);
  };

  const blocks = (el: Element): void => {
    for (const c of childElements(el)) {
      if (c.namespaceURI !== W) continue;
      if (c.localName === 'p') paragraph(c);
      else if (c.localName && BLOCK_CONTAINERS.has(c.localName)) blocks(c);
    }
  };
  if (body) blocks(body);

  const legacyFontText: Partial<Record<LegacyEncoding, string>> = {};
  for (const [enc, parts] of Object.entries(legacy) as Array<[LegacyEncoding, string[]]>)
    legacyFontText[enc] = parts.join(' ');
  return { text: lines.join('\n'), legacyFontText };
}

function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}
