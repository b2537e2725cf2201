/**
 * The source's numbering in English. Japanese documents number chapters 第3章, appendices 【参考1】,
 * items with katakana in the order of the syllabary (ア, イ, ウ… or the older イ, ロ, ハ…) and with
 * circled digits (①); English uses "Chapter 3", "Reference 1", letters a, b, c… and plain digits.
 * Japanese pages keep the source's numbering; English pages show its equivalent (the parallel view
 * shows both). The values come from the YAML (a chapter's `number`, a measure's `code`).
 */

/** The katakana syllabary in gojūon order (ア, イ, ウ…), as most modern documents letter their items. */
const AIUEO = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
/** The same in iroha order (イ, ロ, ハ…), as older and legal documents letter theirs. */
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';

export type KanaOrder = 'aiueo' | 'iroha';

/**
 * The order a document letters its items in, from its codes in order: iroha when ロ is used and ア
 * is not (an aiueo list reaches ロ only after 40 items, long after ア), else aiueo.
 */
export function kanaOrderOf(codes: Iterable<string | undefined>): KanaOrder {
  let ro = false;
  let a = false;
  for (const code of codes) {
    if (!code) continue;
    if (code.includes('ロ')) ro = true;
    if (code.includes('ア')) a = true;
  }
  return ro && !a ? 'iroha' : 'aiueo';
}

/** The n-th (from 0) letter in English lettering: a…z, then aa, ab… */
function letter(n: number): string {
  const first = Math.floor(n / 26);
  return `${first > 0 ? letter(first - 1) : ''}${String.fromCharCode(97 + (n % 26))}`;
}

/** The English letter of one katakana item mark (ア → a in aiueo order, ロ → b in iroha order); undefined for anything else. */
export function kanaLetter(kana: string, order: KanaOrder = 'aiueo'): string | undefined {
  if ([...kana].length !== 1) return undefined;
  const index = (order === 'iroha' ? IROHA : AIUEO).indexOf(kana);
  return index < 0 ? undefined : letter(index);
}

const CIRCLED = /[\u2460-\u2473]/g; // ①…⑳
const KANA = /[\u30A1-\u30FA]/g;

/**
 * A source number or code as English writes it: 第3章 → Chapter 3, 【参考1】 → Reference 1, ア → a,
 * (ア) → (a), ① → 1, 1-②-4 → 1-2-4, full-width digits → ASCII; other numbers are kept.
 */
export function englishNumber(source: string, order: KanaOrder = 'aiueo'): string {
  const text = source.normalize('NFKC').trim();
  const chapter = /^第(\d+)章$/.exec(text);
  if (chapter) return `Chapter ${chapter[1]}`;
  const reference = /^【参考(\d+)】$/.exec(text);
  if (reference) return `Reference ${reference[1]}`;
  // NFKC has turned ① into 1; what is left are the kana marks, each alone or in brackets.
  return text.replace(KANA, (k) => kanaLetter(k, order) ?? k).replace(CIRCLED, (c) => String(c.charCodeAt(0) - 0x245f));
}

/** The source number as a heading prefix in English: "Chapter 3. ", "1. ", "(a) " (brackets need no full stop). */
export function englishNumberPrefix(source: string, order: KanaOrder = 'aiueo'): string {
  const number = englishNumber(source, order);
  return /[)）]$/.test(number) ? `${number} ` : `${number}. `;
}

// Japanese numbering a reader of English should not meet in a heading or a title.
const JA_CHAR = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー';
const NUMBERING_IN_TEXT = [
  /第\s*[0-9０-９一二三四五六七八九十]+\s*[章節]/u,
  /【参考/u,
  /[\u2460-\u2473]/u,
  // A katakana letter standing alone (ア, ア), (ア)), not part of a Japanese word.
  new RegExp(`(?<![${JA_CHAR}])[\\u30A1-\\u30FA](?![${JA_CHAR}])`, 'u'),
];
/** Japanese quoted in English (marked lang="ja") that is nothing but a number. */
const NUMBERING_ALONE =
  /^[(（]?(第[0-9０-９一二三四五六七八九十]+[章節]|【参考[0-9０-９]+】|[\u30A1-\u30FA]|[\u2460-\u2473])[)）]?[.．、]?$/u;

/**
 * The pieces of Japanese numbering in a heading or title of an English page, given as its text
 * pieces: those in English, and those marked as Japanese (lang="ja"). Quoted Japanese is allowed, a
 * marked piece that is only a number (<span lang="ja">ア</span>) is not.
 */
export function japaneseNumbering(pieces: { text: string; ja: boolean }[]): string[] {
  const found: string[] = [];
  for (const { text, ja } of pieces) {
    const t = text.trim();
    if (!t) continue;
    if (ja) {
      if (NUMBERING_ALONE.test(t)) found.push(t);
    } else {
      for (const re of NUMBERING_IN_TEXT) {
        const m = re.exec(t);
        if (m) found.push(m[0]);
      }
    }
  }
  return found;
}
