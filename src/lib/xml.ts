/**
 * A small XML 1.0 reader and writer for the translation exchange files (XLIFF, TMX, TBX): elements,
 * attributes, text, CDATA, comments and processing instructions, the predefined and numeric
 * character references, and namespaces resolved from xmlns declarations. It reports where a file is
 * not well-formed (line and column) instead of guessing; it does not read DTDs.
 */

export interface XmlElement {
  /** The qualified name as written (`xliff`, `x:unit`). */
  name: string;
  /** The local name, without prefix. */
  local: string;
  /** The namespace URI in scope for the element ('' when none). */
  ns: string;
  /** Attributes by qualified name, in document order. */
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Parses a whole document; throws XmlError with the line and column of the first fault. */
export function parseXml(text: string): XmlElement {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const where = (at: number) => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { line, column: at - before.lastIndexOf('\n') };
  };
  const fail = (message: string, at = i): never => {
    const { line, column } = where(at);
    throw new XmlError(`${line}:${column}: ${message}`);
  };
  const decode = (raw: string, at: number) =>
    raw.replace(/&([^;&\s]*);?/g, (m, ref: string) => {
      if (!m.endsWith(';')) fail(`"&" must be written &amp;`, at);
      if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
      const c = PREDEFINED[ref];
      if (c === undefined) fail(`unknown entity &${ref};`, at);
      return c as string;
    });
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) fail('a name was expected');
    i += m![0].length;
    return m![0];
  };
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const skipMisc = () => {
    for (;;) {
      space();
      if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i);
        if (end < 0) fail('unclosed processing instruction');
        i = end + 2;
      } else if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i);
        if (end < 0) fail('unclosed comment');
        i = end + 3;
      } else if (text.startsWith('<!DOCTYPE', i)) {
        const end = text.indexOf('>', i);
        if (end < 0) fail('unclosed DOCTYPE');
        i = end + 1;
      } else return;
    }
  };
  const element = (scope: Record<string, string>): XmlElement => {
    const start = i;
    i++; // <
    const qname = name();
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = i;
      space();
      if (text.startsWith('/>', i) || text[i] === '>') break;
      if (i === before) fail('expected whitespace between attributes');
      const key = name();
      space();
      if (text[i] !== '=') fail(`attribute ${key} has no value`);
      i++;
      space();
      const q = text[i];
      if (q !== '"' && q !== "'") fail(`the value of ${key} must be quoted`);
      const end = text.indexOf(q as string, i + 1);
      if (end < 0) fail(`unclosed value of ${key}`);
      const raw = text.slice(i + 1, end);
      if (raw.includes('<')) fail(`"<" in the value of ${key}`);
      if (key in attrs) fail(`attribute ${key} appears twice`);
      attrs[key] = decode(raw.replace(/[\t\n\r]/g, ' '), i);
      i = end + 1;
    }
    const inScope = { ...scope };
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns') inScope[''] = v;
      else if (k.startsWith('xmlns:')) inScope[k.slice(6)] = v;
    }
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const ns = inScope[prefix];
    if (prefix && ns === undefined) fail(`undeclared namespace prefix "${prefix}"`, start);
    const el: XmlElement = { name: qname, local: qname.slice(colon + 1), ns: ns ?? '', attrs, children: [], line: where(start).line };
    if (text.startsWith('/>', i)) {
      i += 2;
      return el;
    }
    i++; // >
    for (;;) {
      if (i >= text.length) fail(`<${qname}> is not closed`, start);
      if (text.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== qname) fail(`</${closing}> closes <${qname}>`);
        space();
        if (text[i] !== '>') fail('">" expected');
        i++;
        return el;
      }
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i);
        if (end < 0) fail('unclosed comment');
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i);
        if (end < 0) fail('unclosed CDATA section');
        pushText(el, text.slice(i + 9, end));
        i = end + 3;
      } else if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i);
        if (end < 0) fail('unclosed processing instruction');
        i = end + 2;
      } else if (text[i] === '<') {
        el.children.push(element(inScope));
      } else {
        const end = text.indexOf('<', i);
        const raw = text.slice(i, end < 0 ? text.length : end);
        if (raw.includes(']]>')) fail('"]]>" in text');
        pushText(el, decode(raw, i));
        i += raw.length;
      }
    }
  };
  skipMisc();
  if (text[i] !== '<') fail('the document has no root element');
  const root = element({ xml: 'http://www.w3.org/XML/1998/namespace' });
  skipMisc();
  if (i < text.length) fail('content after the root element');
  return root;
}

function pushText(el: XmlElement, s: string) {
  const last = el.children.at(-1);
  if (typeof last === 'string') el.children[el.children.length - 1] = last + s;
  else if (s) el.children.push(s);
}

/** The child elements of `el` with local name `local` (any namespace when `ns` is undefined). */
export function childElements(el: XmlElement, local?: string, ns?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (local === undefined || c.local === local) && (ns === undefined || c.ns === ns),
  );
}

/** All the text inside `el`, elements' text included. */
export function textOf(el: XmlNode): string {
  return typeof el === 'string' ? el : el.children.map(textOf).join('');
}

/** Text escaped for element content. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Text escaped for an attribute value in double quotes (line breaks and tabs kept as references). */
export function escapeAttr(text: string): string {
  return escapeXml(text).replace(/["\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`.replace('&#34;', '&quot;'));
}

/** `<name a="1" …>` with the attributes escaped; undefined values are left out. */
export function openTag(name: string, attrs: Record<string, string | undefined>, selfClose = false): string {
  const list = Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `<${name}${list}${selfClose ? '/' : ''}>`;
}
