/**
 * The XLIFF 2.0 round trip: a strategy's texts as one XLIFF file for a translator's CAT tool
 * (Japanese source, English target, one <file> per text, one <unit> per block keyed by the block's
 * id on the site), and the translated targets written back into the English MDX, replacing exactly
 * the spans they came from. Markup (**bold**, links, <Ja>…</Ja>, escapes) travels as inline codes
 * whose original markup is kept in <originalData>, so a tool can move them but not break them.
 */
import { plainText, textBlocks, type ComponentBlocks, type MdNode, type Segment, type TextBlock } from './text-blocks';
import { childElements, escapeXml, openTag, parseXml, type XmlError, type XmlElement, type XmlNode } from './xml';
import type { TranslationState } from './translations';
import { termsIn } from './glossary-check';
import type { GlossaryTerm } from '../schemas/glossary';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** One text of the strategy, as the export and import read it. */
export interface XliffText {
  /** The text's path under content/strategies/<strategy>/<lang>/ (`purpose.mdx`, `measures/mice.mdx`). */
  path: string;
  ja: string;
  /** The English file's text; undefined when it does not exist yet. */
  en?: string | undefined;
  state: TranslationState;
  /** How many blocks each data component renders (lib/component-blocks.ts). */
  componentBlocks?: ComponentBlocks | undefined;
}

/** The XLIFF state of a block's translation, from its file's translation state. */
export function xliffState(state: TranslationState, hasTarget: boolean): 'initial' | 'translated' | 'reviewed' {
  if (!hasTarget || state === 'missing' || state === 'outdated') return 'initial';
  return state === 'complete' ? 'reviewed' : 'translated';
}

/** A file id (an NMTOKEN, so no "/"): the path with "/" as ".". */
export function fileId(path: string): string {
  return path.replace(/\.mdx$/, '').replaceAll('/', '.');
}

// ---------------------------------------------------------------------------------------------
// Inline content → XLIFF

/** The inline codes of one unit: original markup by data id, and code ids by kind and markup. */
class Codes {
  readonly data: string[] = [];
  private readonly dataIds = new Map<string, string>();
  private readonly sourceIds = new Map<string, string[]>();
  private taken = new Map<string, number>();
  private next = 1;
  private extra = 1;

  ref(markup: string): string {
    let id = this.dataIds.get(markup);
    if (!id) {
      id = `d${this.data.length + 1}`;
      this.data.push(markup);
      this.dataIds.set(markup, id);
    }
    return id;
  }

  /** A code id: a new one in the source; in the target, the source code with the same markup if there is one left. */
  id(key: string, side: 'source' | 'target'): string {
    if (side === 'source') {
      const id = `c${this.next++}`;
      this.sourceIds.set(key, [...(this.sourceIds.get(key) ?? []), id]);
      return id;
    }
    const k = this.taken.get(key) ?? 0;
    const found = this.sourceIds.get(key)?.[k];
    this.taken.set(key, k + 1);
    return found ?? `t${this.extra++}`;
  }
}

const pos = (n: MdNode) => [n.position?.start.offset ?? 0, n.position?.end.offset ?? 0] as const;

/** A text node's raw source as text and codes: escapes and character references become codes. */
function rawText(raw: string, value: string): ({ text: string } | { code: string; equiv: string })[] | undefined {
  const out: ({ text: string } | { code: string; equiv: string })[] = [];
  const text = (s: string) => {
    const last = out.at(-1);
    if (last && 'text' in last) last.text += s;
    else out.push({ text: s });
  };
  let i = 0;
  let j = 0;
  while (i < raw.length) {
    if (raw[i] === value[j]) {
      text(raw[i++]!);
      j++;
    } else if (raw[i] === '\\' && raw[i + 1] === value[j]) {
      out.push({ code: raw.slice(i, i + 2), equiv: value[j]! });
      i += 2;
      j++;
    } else if (raw[i] === '&' && /^&(#x[0-9a-f]+|#\d+|[a-z]\w*);/i.test(raw.slice(i))) {
      const ref = /^&(#x[0-9a-f]+|#\d+|[a-z]\w*);/i.exec(raw.slice(i))![0];
      const width = (value.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
      out.push({ code: ref, equiv: value.slice(j, j + width) });
      i += ref.length;
      j += width;
    } else if (/\s/.test(raw[i]!)) text(raw[i++]!);
    else return undefined;
  }
  return j === value.length ? out : undefined;
}

/** The nodes of a segment as XLIFF inline content, registering their codes. */
function encode(nodes: readonly MdNode[], source: string, codes: Codes, side: 'source' | 'target'): string {
  let cursor = nodes[0] ? pos(nodes[0])[0] : 0;
  return nodes
    .map((n) => {
      const [a, b] = pos(n);
      // What lies between two nodes (a continuation line's indent after a hard break) is kept as it is.
      const gap = escapeXml(source.slice(cursor, a));
      cursor = b;
      return gap + encodeNode(n, a, b, source, codes, side);
    })
    .join('');
}

function encodeNode(n: MdNode, a: number, b: number, source: string, codes: Codes, side: 'source' | 'target'): string {
  {
    const raw = source.slice(a, b);
    if (n.type === 'text') {
      const pieces = rawText(raw, String(n.value ?? ''));
      if (!pieces) return ph(raw, codes, side);
      return pieces.map((p) => ('text' in p ? escapeXml(p.text) : ph(p.code, codes, side, p.equiv))).join('');
    }
    const kids = n.children ?? [];
    const wrapping = ['strong', 'emphasis', 'delete', 'link', 'mdxJsxTextElement'].includes(n.type);
    if (wrapping && kids.length > 0) {
      const open = source.slice(a, pos(kids[0]!)[0]);
      const close = source.slice(pos(kids.at(-1)!)[1], b);
      const start = codes.ref(open);
      const end = codes.ref(close);
      const id = codes.id(`pc:${start}:${end}`, side);
      const inner = encode(kids, source, codes, side);
      const type = n.type === 'link' ? 'link' : n.type === 'mdxJsxTextElement' ? 'ui' : 'fmt';
      return `${openTag('pc', { id, dataRefStart: start, dataRefEnd: end, type, subType: subTypeOf(n) })}${inner}</pc>`;
    }
    return ph(raw, codes, side);
  }
}

function subTypeOf(n: MdNode): string | undefined {
  if (n.type === 'strong') return 'xlf:b';
  if (n.type === 'emphasis') return 'xlf:i';
  if (n.type === 'delete') return 'xlf:s';
  return undefined;
}

function ph(markup: string, codes: Codes, side: 'source' | 'target', equiv?: string): string {
  const ref = codes.ref(markup);
  return openTag('ph', { id: codes.id(`ph:${ref}`, side), dataRef: ref, equiv }, true);
}

// ---------------------------------------------------------------------------------------------
// Export

export interface ExportOptions {
  strategy: string;
  texts: XliffText[];
  glossary: GlossaryTerm[];
  /** The municipality's city ID, for glossary terms with a scope. */
  municipality: string;
}

/** The XLIFF 2.0 document of a strategy's texts. */
export function exportXliff(opts: ExportOptions): string {
  const terms = opts.glossary.filter((t) => !t.scope || t.scope.includes(opts.municipality));
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="ja" trgLang="en">`];
  for (const t of opts.texts) {
    const blocks = textBlocks(t.ja, t.componentBlocks).filter((b) => b.segments.length > 0);
    // A text without body text (a measure whose words are all in its frontmatter) has nothing to translate here.
    if (blocks.length === 0) continue;
    lines.push(`  ${openTag('file', { id: fileId(t.path), original: `${opts.strategy}/${t.path}` })}`);
    lines.push(`    <notes><note category="state">${escapeXml(`translation: ${t.state}`)}</note></notes>`);
    const enBlocks = new Map((t.en === undefined ? [] : textBlocks(t.en, t.componentBlocks)).map((b) => [b.id, b]));
    for (const block of blocks) lines.push(...unit(block, t, enBlocks.get(block.id), terms));
    lines.push('  </file>');
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}

function unit(block: TextBlock, t: XliffText, en: TextBlock | undefined, terms: GlossaryTerm[]): string[] {
  const codes = new Codes();
  const aligned = en !== undefined && en.segments.length === block.segments.length;
  const sources = block.segments.map((s) => encode(s.nodes, t.ja, codes, 'source'));
  const targets = aligned ? en.segments.map((s) => encode(s.nodes, t.en!, codes, 'target')) : [];
  const notes: string[] = [];
  const ja = block.segments.map((s) => plainText(s.nodes)).join('\n');
  for (const term of termsIn(ja, terms)) {
    notes.push(`<note category="term">${escapeXml(`${term.ja} = ${term.en}${term.note ? ` (${term.note.en})` : ''}`)}</note>`);
  }
  if (t.state === 'outdated' && aligned) {
    notes.push('<note category="state">The Japanese changed since this English was reviewed: check it against the source.</note>');
  }
  if (en && !aligned) {
    notes.push(
      `<note category="state">The English block ${block.id} has ${en.segments.length} text run(s) for ${block.segments.length} in the Japanese: edit the English file directly.</note>`,
    );
  }
  const state = xliffState(t.state, aligned);
  const out = [`    ${openTag('unit', { id: block.id, type: `cs:${block.kind}` })}`];
  if (notes.length > 0) out.push(`      <notes>${notes.join('')}</notes>`);
  if (codes.data.length > 0) {
    out.push(`      <originalData>${codes.data.map((d, i) => `<data id="d${i + 1}">${escapeXml(d)}</data>`).join('')}</originalData>`);
  }
  block.segments.forEach((_, i) => {
    const target = aligned ? `<target xml:space="preserve">${targets[i]}</target>` : '';
    out.push(
      `      ${openTag('segment', { id: `s${i + 1}`, state, subState: t.state === 'outdated' ? 'cs:outdated' : undefined })}<source xml:space="preserve">${sources[i]}</source>${target}</segment>`,
    );
  });
  out.push('    </unit>');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Import

/** A unit of an XLIFF file as read back: its segments' source and target as MDX. */
export interface ImportedUnit {
  id: string;
  segments: { source: string; target: string | undefined; state: string | undefined }[];
}

export interface ImportedFile {
  /** The strategy and the text's path under its language folder (the <file>'s `original`: `shizuoka-2017/purpose.mdx`). */
  strategy: string;
  path: string;
  units: ImportedUnit[];
}

/** Reads an XLIFF 2.0 document back into units of MDX text; throws with the reason when it cannot. */
export function readXliff(text: string): { srcLang: string; trgLang: string; files: ImportedFile[] } {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    throw new Error(`the file is not well-formed XML: ${(e as XmlError).message}`);
  }
  if (root.local !== 'xliff' || root.ns !== XLIFF_NS) throw new Error(`the root element is not an XLIFF 2.0 <xliff> (${XLIFF_NS})`);
  const files = childElements(root, 'file', XLIFF_NS).map((f) => {
    const m = /^([^/]+)\/(.+\.mdx)$/.exec(f.attrs.original ?? '');
    if (!m) throw new Error(`<file id="${f.attrs.id}">: its original attribute must be the text's path, <strategy>/<file>.mdx`);
    return { strategy: m[1]!, path: m[2]!, units: units(f) };
  });
  return { srcLang: root.attrs.srcLang ?? '', trgLang: root.attrs.trgLang ?? '', files };
}

function units(el: XmlElement): ImportedUnit[] {
  return childElements(el, undefined, XLIFF_NS).flatMap((c) => {
    if (c.local === 'group') return units(c);
    if (c.local !== 'unit') return [];
    const data = new Map(
      childElements(c, 'originalData', XLIFF_NS)
        .flatMap((o) => childElements(o, 'data', XLIFF_NS))
        .map((d) => [d.attrs.id ?? '', decodeInline(d.children, new Map(), c.attrs.id ?? '', false)]),
    );
    const id = c.attrs.id ?? '';
    const segments = childElements(c, 'segment', XLIFF_NS).map((s) => {
      const source = childElements(s, 'source', XLIFF_NS)[0];
      const target = childElements(s, 'target', XLIFF_NS)[0];
      return {
        source: source ? decodeInline(source.children, data, id, false) : '',
        target: target ? decodeInline(target.children, data, id, true) : undefined,
        state: s.attrs.state,
      };
    });
    return [{ id, segments }];
  });
}

/** Inline content back to MDX: codes replaced by their original markup; new text escaped where MDX needs it. */
function decodeInline(nodes: XmlNode[], data: Map<string, string>, unitId: string, escapeText: boolean): string {
  const markup = (ref: string | undefined, what: string) => {
    const m = ref === undefined ? undefined : data.get(ref);
    if (m === undefined) throw new Error(`unit ${unitId}: ${what} has no original markup (dataRef "${ref ?? ''}" not in <originalData>)`);
    return m;
  };
  return nodes
    .map((n) => {
      if (typeof n === 'string') return escapeText ? n.replace(/[<{]/g, (c) => `\\${c}`) : n;
      const inner = () => decodeInline(n.children, data, unitId, escapeText);
      switch (n.local) {
        case 'ph':
        case 'sc':
        case 'ec':
          return markup(n.attrs.dataRef, `<${n.local} id="${n.attrs.id}">`);
        case 'pc':
          return `${markup(n.attrs.dataRefStart, `<pc id="${n.attrs.id}">`)}${inner()}${markup(n.attrs.dataRefEnd, `<pc id="${n.attrs.id}">`)}`;
        case 'mrk':
          return inner();
        case 'sm':
        case 'em':
          return '';
        case 'cp':
          return String.fromCodePoint(Number.parseInt(n.attrs.hex ?? '0', 16));
        default:
          throw new Error(`unit ${unitId}: <${n.name}> is not XLIFF 2.0 inline content`);
      }
    })
    .join('');
}

export interface ImportInput {
  file: ImportedFile;
  /** The current Japanese and English texts (English undefined when the file does not exist). */
  ja: string | undefined;
  en: string | undefined;
  componentBlocks?: ComponentBlocks | undefined;
  /** The names to use in messages. */
  jaFile: string;
  enFile: string;
}

export interface ImportResult {
  /** The new English text (identical to the old when nothing changed). */
  text: string | undefined;
  changed: boolean;
  /** Whether every unit of the file is translated or reviewed (no unit left "initial"): the file may be stamped. */
  complete: boolean;
  /** Whether every unit was marked reviewed or final. */
  reviewed: boolean;
  problems: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Writes one <file>'s targets into its English text; refuses (problems) what it cannot place exactly. */
export function importFile(input: ImportInput): ImportResult {
  const { file } = input;
  const problems: string[] = [];
  const result: ImportResult = { text: input.en, changed: false, complete: true, reviewed: true, problems };
  if (input.ja === undefined) {
    problems.push(`${input.jaFile}: the Japanese file no longer exists`);
    return result;
  }
  const jaBlocks = new Map(textBlocks(input.ja, input.componentBlocks).map((b) => [b.id, b]));
  const hasTargets = file.units.some((u) => u.segments.some((s) => s.target !== undefined));
  if (input.en === undefined) {
    if (hasTargets) problems.push(`${input.enFile}: the English file does not exist: create it (with its frontmatter) first, then import`);
    return result;
  }
  let enBlocks: TextBlock[];
  try {
    enBlocks = textBlocks(input.en, input.componentBlocks);
  } catch (e) {
    problems.push(`${input.enFile}: the English file cannot be read as MDX (${(e as Error).message}): run npm run check`);
    return result;
  }
  const enById = new Map(enBlocks.map((b) => [b.id, b]));
  const edits: { seg: Segment; text: string }[] = [];
  for (const u of file.units) {
    const where = `${input.jaFile}, unit ${u.id}`;
    const ja = jaBlocks.get(u.id);
    if (!ja) {
      problems.push(`${where}: the Japanese text has no block ${u.id} any more (it changed since the export): export again`);
      continue;
    }
    const current = ja.segments.map((s) => input.ja!.slice(s.start, s.end));
    if (current.length !== u.segments.length || current.some((c, i) => squash(c) !== squash(u.segments[i]!.source))) {
      const i = current.findIndex((c, k) => squash(c) !== squash(u.segments[k]?.source ?? ''));
      problems.push(
        `${where}: the Japanese source changed since the export (now "${squash(current[Math.max(i, 0)] ?? '').slice(0, 60)}"): export again and translate the new text`,
      );
      continue;
    }
    for (const s of u.segments) {
      if (s.state !== 'reviewed' && s.state !== 'final') result.reviewed = false;
      if (s.target === undefined || s.state === 'initial' || s.state === undefined) result.complete = false;
    }
    if (u.segments.every((s) => s.target === undefined)) continue;
    const en = enById.get(u.id);
    if (!en || en.segments.length !== u.segments.length) {
      problems.push(
        `${input.enFile}, unit ${u.id}: the English file has ${en ? `${en.segments.length} text run(s) in block ${u.id} for ${u.segments.length}` : `no block ${u.id}`}, so the translation cannot be placed: give the English the Japanese file's structure (headings, paragraphs, items), then import`,
      );
      continue;
    }
    u.segments.forEach((s, i) => {
      if (s.target !== undefined) edits.push({ seg: en.segments[i]!, text: s.target });
    });
  }
  if (problems.length > 0) return result;
  let text = input.en;
  for (const e of edits.sort((a, b) => b.seg.start - a.seg.start)) text = text.slice(0, e.seg.start) + e.text + text.slice(e.seg.end);
  // The result must keep its blocks: the same ids in the same order.
  try {
    const after = textBlocks(text, input.componentBlocks).map((b) => b.id);
    if (after.join(' ') !== enBlocks.map((b) => b.id).join(' ')) {
      problems.push(
        `${input.enFile}: the imported translations would change the file's blocks (a target adds or removes a paragraph or list item): not imported`,
      );
    }
  } catch (e) {
    problems.push(`${input.enFile}: the imported translations would not be valid MDX (${(e as Error).message}): not imported`);
  }
  if (problems.length > 0) return result;
  return { ...result, text, changed: text !== input.en };
}

export { plainText };
