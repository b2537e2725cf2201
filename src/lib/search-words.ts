/**
 * The vocabulary of nearby-spelling suggestions (src/lib/search-suggest.ts): the words a reader
 * searches for, read from the indexed region of the built pages, so every suggestion is a word the
 * index holds. scripts/build-search-words.ts writes one list per language after the build.
 *
 * From each page's data-pagefind-body (less data-pagefind-ignore parts): its headings (h1–h4: the
 * titles of strategies, chapters, measures, cities, regions), table row headers (partner cities,
 * countries, glossary terms), cells marked in the page's language (the glossary's approved terms),
 * and the hidden search aliases (other names); and the same in an element marked data-search-words
 * (the glossary's tables: the page is not indexed, but its terms are the texts' words). Each is split into words (Intl.Segmenter, which
 * segments Japanese), and a short one is kept whole as well (a name: "sister city", 姉妹都市).
 */
import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';

interface HtmlNode {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: HtmlNode[];
}

const SOURCES = new Set(['h1', 'h2', 'h3', 'h4', 'th']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function textOf(node: HtmlNode): string {
  if (node.type === TEXT_NODE) return (node.value ?? '').replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/** The texts of a built page that name what a reader searches for (see above), in page order. */
export function pageTerms(html: string, lang: string): string[] {
  const out: string[] = [];
  const walk = (node: HtmlNode, inBody: boolean) => {
    if (node.type !== ELEMENT_NODE && node.type !== 0) return;
    const a = node.attributes ?? {};
    if ('data-pagefind-ignore' in a) return;
    const body = inBody || 'data-pagefind-body' in a || 'data-search-words' in a;
    if (body && node.name) {
      // A cell in the other language (the glossary's Japanese column on an English page) is not its words.
      if (a.lang !== undefined && a.lang !== lang) return;
      if (SOURCES.has(node.name) || (node.name === 'td' && a.lang === lang)) return void out.push(textOf(node));
      if ('data-search-aliases' in a) return void out.push(...textOf(node).split(/\s+/));
    }
    for (const child of node.children ?? []) walk(child, body);
  };
  walk(parse(html) as HtmlNode, false);
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A name kept whole: a few words, no digits or sentence punctuation (not "(2) Objective", not a sentence). */
function isName(text: string, lang: string): boolean {
  if (/[\d、。，,.:;:()（）「」?？!！]/u.test(text)) return false;
  return lang === 'ja' ? [...text].length <= 12 : text.split(' ').length <= 4 && text.length <= 40;
}

/** A word worth suggesting: a Latin word of three letters or more, or two characters or more of other scripts. */
function isWord(word: string): boolean {
  if (/^[\p{Script=Latin}'’-]+$/u.test(word)) return word.length >= 3;
  return [...word].length >= 2 && !/^[\p{N}\p{P}]+$/u.test(word);
}

/**
 * The words and names of the texts, each once, most frequent first (ties in code-point order), at
 * most `limit` of them. A Latin word is kept in its most frequent spelling (Tourism and tourism count
 * as one).
 */
export function rankWords(texts: readonly string[], lang: string, limit = 8000): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const counts = new Map<string, Map<string, number>>();
  const count = (word: string) => {
    const key = word.toLowerCase();
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    counts.set(key, forms);
  };
  for (const text of texts) {
    const words = new Set<string>();
    for (const s of segmenter.segment(text)) if (s.isWordLike && isWord(s.segment)) words.add(s.segment);
    if (isName(text, lang) && !words.has(text)) words.add(text);
    for (const w of words) count(w);
  }
  const ranked = [...counts.values()].map((forms) => {
    const [best] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = [...forms.values()].reduce((n, c) => n + c, 0);
    return { word: best![0], total };
  });
  return ranked
    .sort((a, b) => b.total - a.total || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, limit)
    .map((r) => r.word);
}
