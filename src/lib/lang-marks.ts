/**
 * Japanese inside English pages, marked as Japanese (WCAG 3.1.2, Language of Parts): the katakana
 * codes of measures (ア, (イ)), chapter numbers as the source writes them (第1章), and source
 * wording quoted in notes. They come from data and from texts in many places; marking each by hand
 * would miss some, and a screen reader would read them with English rules. So English pages mark
 * every run of Japanese script that is not already inside an element with lang="ja".
 *
 * Kana and kanji are Japanese on this site (it has no Chinese text). A run starts and ends with a
 * Japanese letter and may hold Japanese punctuation, digits and the middle dot between
 * (「本市が選ばれまちに」, 第1章, ニュー・サウス・ウェールズ). Text in elements that cannot hold
 * markup (title, option, textarea, script, style) and attribute values are left as they are.
 */
import { HTML_TAG } from './blocks';

/** A Japanese letter or mark: kana, kanji, the iteration and prolonged sound marks. */
const LETTER = '\\u3041-\\u3096\\u309d-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\u3005\\u3006';
/** What may stand inside a run: Japanese punctuation and brackets, full-width forms, digits, the middle dot. */
const INSIDE = `${LETTER}\\u3000-\\u3004\\u3007-\\u303f\\u30fb\\uff01-\\uff65\\u00b7\\u30fb0-9`;
const RUN = new RegExp(`[「『（【〈《〔［]?[${LETTER}](?:[${INSIDE}]*[${LETTER}])?[」』）】〉》〕］。、]?`, 'g');

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is left alone: no markup allowed inside, or not text for reading. */
const RAW = new Set(['script', 'style', 'title', 'option', 'textarea', 'svg', 'template']);

const HAS_LETTER = new RegExp(`[${LETTER}]`);

/** Wraps each run of Japanese in `html` (a page or part of one, in `pageLang`) in <span lang="ja">, unless it is Japanese already. */
export function markJapanese(html: string, pageLang: string): string {
  if (!HAS_LETTER.test(html)) return html;
  // The open elements: their name, and the language inside them (a page is built on every build, so
  // this is one pass with no allocation per tag beyond the stack entry).
  const open: { name: string; lang: string; raw: boolean }[] = [];
  const page = { name: '', lang: pageLang, raw: false };
  let top = page;
  let out = '';
  let last = 0;
  const text = (t: string) => {
    out += top.raw || top.lang.startsWith('ja') || !HAS_LETTER.test(t) ? t : t.replace(RUN, (run) => `<span lang="ja">${run}</span>`);
  };
  for (const m of html.matchAll(HTML_TAG)) {
    if (m.index > last) text(html.slice(last, m.index));
    last = m.index + m[0].length;
    out += m[0];
    const [, close, rawName, attributes, selfClosing] = m;
    const name = rawName!.toLowerCase();
    if (close) {
      // Close up to the matching element (an unclosed <p> or <li> closes with its parent).
      let at = open.length - 1;
      while (at >= 0 && open[at]!.name !== name) at--;
      if (at >= 0) {
        open.length = at;
        top = open[at - 1] ?? page;
      }
      continue;
    }
    if (top.raw && name !== 'svg') continue; // no elements inside raw text (but nested svg)
    if (selfClosing || VOID.has(name)) continue;
    const lang = attributes?.includes('lang="') ? (/\slang="([^"]*)"/.exec(attributes)?.[1] ?? top.lang) : top.lang;
    top = { name, lang, raw: top.raw || RAW.has(name) };
    open.push(top);
  }
  if (last < html.length) text(html.slice(last));
  return out;
}
