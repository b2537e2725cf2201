/**
 * Scans one built page, parsed as a browser parses it (parse5, the WHATWG HTML algorithm), for
 * what an injection would leave behind: a script that is not the site's own, an event-handler or
 * style attribute, a javascript:/data:/vbscript: URL, a resource from another origin, a
 * Content-Security-Policy that does not come first in <head>. Returns one line per problem.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The policy of a page, directive name → its sources. */
export type Policy = Map<string, string[]>;

export interface Scan {
  problems: string[];
  /** The page's CSP <meta>, parsed; undefined if it has none. */
  policy: Policy | undefined;
}

const ORIGIN = 'https://site.invalid';
const SCRIPT_DIRS = ['/_astro/', '/pagefind/'];
const DANGEROUS_SCHEMES = new Set(['javascript', 'data', 'vbscript']);
/** Attributes that hold a URL the browser may navigate to, load or submit to. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'ping', 'cite', 'manifest', 'srcset']);
/** link rel values that load something. */
const LOADING_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'apple-touch-icon', 'mask-icon']);
const JSON_TYPES = new Set(['application/json', 'application/ld+json']);

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function text(el: Element): string {
  return el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
}

function children(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  return node.nodeName === 'template' && 'content' in node ? [...own, ...node.content.childNodes] : own;
}

function elements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    if ('tagName' in n) out.push(n);
    for (const c of children(n)) visit(c);
  };
  visit(root);
  return out;
}

/** The scheme of a URL as a browser reads it: tabs and newlines inside are dropped, controls and spaces around it trimmed. */
export function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** True when the URL, resolved against a page of the site, stays on the site's origin. */
function sameOrigin(url: string): boolean {
  try {
    return new URL(url, `${ORIGIN}/page/`).origin === ORIGIN;
  } catch {
    return false;
  }
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

export function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function loads(el: Element): string[] {
  const name = el.tagName;
  const urls = (...names: string[]) => names.map((n) => attr(el, n)).filter((v): v is string => v !== undefined && v !== '');
  if (name === 'link') {
    const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
    return rels.some((r) => LOADING_RELS.has(r)) ? urls('href') : [];
  }
  if (name === 'img') return [...urls('src'), ...urls('srcset').flatMap((s) => s.split(',').map((c) => c.trim().split(/\s+/)[0]!))];
  if (['script', 'iframe', 'frame', 'embed', 'source', 'track', 'audio', 'video', 'input'].includes(name)) return urls('src', 'poster');
  if (name === 'object') return urls('data');
  if (name === 'image' || name === 'use' || name === 'feimage') return urls('href', 'xlink:href');
  if (name === 'form') return urls('action');
  if (name === 'button' || name === 'input') return urls('formaction');
  return [];
}

export function scanPage(html: string): Scan {
  const problems: string[] = [];
  const doc = parse(html);
  const all = elements(doc);
  const metas = all.filter((el) => el.tagName === 'meta' && (attr(el, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  const head = all.find((el) => el.tagName === 'head');
  let policy: Policy | undefined;
  if (metas.length !== 1) problems.push(`${metas.length} Content-Security-Policy <meta> elements (want exactly one)`);
  const meta = metas[0];
  if (meta) {
    policy = parsePolicy(attr(meta, 'content') ?? '');
    if (meta.parentNode !== head) problems.push('the Content-Security-Policy <meta> is not in <head>');
    // Only inert <meta name|charset> may come before it: anything else would escape the policy.
    const before = head
      ? elements(head)
          .slice(0, elements(head).indexOf(meta))
          .filter((el) => el !== head)
      : [];
    for (const el of before)
      if (el.tagName !== 'meta' || attr(el, 'http-equiv') !== undefined)
        problems.push(`<${el.tagName}> comes before the Content-Security-Policy <meta> in <head>`);
  }
  const hashes = new Set((policy?.get('script-src') ?? []).map((s) => s.replace(/^'|'$/g, '')));

  for (const el of all) {
    const tag = `<${el.tagName}>`;
    for (const a of el.attrs) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${tag} has an event-handler attribute ${a.name}="${a.value.slice(0, 60)}"`);
      if (name === 'style') problems.push(`${tag} has an inline style attribute`);
      if (URL_ATTRS.has(name) || name === 'xlink:href') {
        const values = name === 'srcset' ? a.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [a.value];
        for (const v of values) {
          const scheme = schemeOf(v);
          if (scheme && DANGEROUS_SCHEMES.has(scheme)) problems.push(`${tag} ${a.name} is a ${scheme}: URL (${v.slice(0, 60)})`);
        }
      }
    }
    for (const url of loads(el)) if (!sameOrigin(url)) problems.push(`${tag} loads ${url} from another origin`);
    if (el.tagName === 'base') problems.push('<base> changes where every relative URL goes');
    if (el.tagName === 'meta' && (attr(el, 'http-equiv') ?? '').toLowerCase() === 'refresh') {
      const target =
        /url\s*=\s*(.*)$/i
          .exec(attr(el, 'content') ?? '')?.[1]
          ?.trim()
          .replace(/^['"]|['"]$/g, '') ?? '';
      const scheme = schemeOf(target);
      if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\') || (scheme && DANGEROUS_SCHEMES.has(scheme)))
        problems.push(`<meta http-equiv="refresh"> leads to ${target}, not a path of this site`);
    }
    if (el.tagName === 'script') {
      const src = attr(el, 'src');
      const type = (attr(el, 'type') ?? '').trim().toLowerCase();
      if (src !== undefined) {
        const path = sameOrigin(src) ? new URL(src, `${ORIGIN}/page/`).pathname : '';
        if (!SCRIPT_DIRS.some((d) => path.startsWith(d))) problems.push(`<script src="${src}"> is not one of the site's scripts`);
      } else if (JSON_TYPES.has(type)) {
        try {
          JSON.parse(text(el));
        } catch {
          problems.push(`<script type="${type}"> holds something other than JSON: ${text(el).slice(0, 80)}`);
        }
      } else if (!hashes.has(sha256(text(el)))) {
        problems.push(`an inline <script> that is not the site's own (its hash is not in the policy): ${text(el).slice(0, 80)}`);
      }
    }
  }
  return { problems, policy };
}
