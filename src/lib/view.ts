/**
 * Small lookups shared by pages and components: the text of a chapter or measure in a language
 * (falling back to the Japanese, flagged, when the English file is missing), titles, KPI texts.
 */
import type { Lang, Localized } from '../schemas/shared';
import type { Bureau } from '../schemas/bureau';
import type { ChapterView, KpiView, MarketView, MeasureView, StrategyView, TextFile } from './content-index';
import { formatList, t } from '../i18n';
import { englishNumber, englishNumberPrefix, kanaOrderOf, type KanaOrder } from './numbering';

/** The text file to show in `lang`: the English, or the Japanese when the English is missing. */
export function pickText<T, E>(text: Partial<Record<Lang, TextFile<T, E>>>, lang: Lang) {
  const file = text[lang] ?? text.ja;
  if (!file) throw new Error('no Japanese text: the content index should have reported this');
  return { file, textLang: file.lang, untranslated: file.lang !== lang };
}

export function measureTitle<E>(m: MeasureView<E>, lang: Lang): string {
  return pickText(m.text, lang).file.data.title;
}

export function chapterTitle<E>(c: ChapterView<E>, lang: Lang): string {
  return pickText(c.text, lang).file.data.title;
}

// The lettering order of a strategy's measure codes (ア, イ… or イ, ロ…), worked out once per strategy.
const kanaOrders = new WeakMap<object, KanaOrder>();
function kanaOrder<E>(strategy: StrategyView<E>): KanaOrder {
  let order = kanaOrders.get(strategy);
  if (!order) kanaOrders.set(strategy, (order = kanaOrderOf(strategy.measures.map((m) => m.facts.code))));
  return order;
}

/**
 * A measure's code: as the source writes it on Japanese pages (ア, 1-②-4), in its English form on
 * English pages (a, 1-2-4; see lib/numbering.ts); undefined without one.
 */
export function measureCode<E>(m: MeasureView<E>, lang: Lang): string | undefined {
  const code = m.facts.code;
  if (code === undefined || lang === 'ja') return code;
  return englishNumber(code, kanaOrder(m.strategy));
}

/** The code as a label prefix: "ア）" in Japanese, "a) " in English; "" without one. */
export function codePrefix<E>(m: MeasureView<E>, lang: Lang): string {
  const code = measureCode(m, lang);
  if (code === undefined) return '';
  return t(lang, 'measure.codePrefix', { code });
}

/** How each language writes a footnote mark: the source's ※１ in Japanese, *1 in English. */
const FOOTNOTE: Record<Lang, (note: string) => string> = {
  ja: (note) => note,
  en: (note) => note.replace('※', '*').normalize('NFKC'),
};

/** A footnote as the page's language marks it. */
export function footnoteMark(note: string, lang: Lang): string {
  return FOOTNOTE[lang](note);
}

/** The mark of a repeat listing (再掲), with the place the source repeats it from: 「再掲（1-②）」, "Repeated (1-2)". */
export function repeatLabel(sourceRef: string | undefined, lang: Lang): string {
  const label = t(lang, 'measure.repeat');
  return sourceRef ? t(lang, 'punct.join', { a: label, b: sourceRef }) : label;
}

/** "ア）訪日外国人観光客の誘致": the code as the source writes it, then the title. */
export function measureLabel<E>(m: MeasureView<E>, lang: Lang): string {
  return `${codePrefix(m, lang)}${measureTitle(m, lang)}`;
}

/** The indicator name of a KPI (its origin's, for a repeat), as the measure page or the KPI table writes it. */
export function kpiIndicator<E>(k: KpiView<E>, lang: Lang, where: 'page' | 'table' = 'page'): string {
  const text = pickText(k.origin.measure.text, lang).file.data.kpis[k.origin.kpi.id];
  if (!text) throw new Error(`no text for KPI ${k.origin.kpi.id}`);
  return where === 'table' && text.tableIndicator ? text.tableIndicator : text.indicator;
}

export function loc(value: Localized, lang: Lang): string {
  return value[lang];
}

/** The market as the source words it: its label, or the names of the regions and cities it links. */
export function marketName(mv: MarketView, lang: Lang): string {
  if (mv.market.label) return mv.market.label[lang];
  return formatList(lang, [...mv.regions.map((r) => r.name[lang]), ...mv.cities.map((c) => c.name[lang])]);
}

/** A list of bureaus as the source writes it: 国際局、環境創造局、水道局等 / International Affairs Bureau, …, and others. */
export function bureauNames(bureaus: Bureau[], lang: Lang): string {
  // A suffix (等 / and others) closes the list without a separator of its own.
  const names = bureaus.filter((b) => !b.suffix).map((b) => b.name[lang]);
  return bureaus.filter((b) => b.suffix).reduce((text, b) => t(lang, 'punct.join', { a: text, b: b.name[lang] }), formatList(lang, names));
}

/** A chapter's number as a title prefix: "第3章　", "２　" in Japanese, "Chapter 3. ", "2. " in English; "" without one. */
export function chapterNumber<E>(c: ChapterView<E>, lang: Lang): string {
  if (!c.number) return '';
  return CHAPTER_PREFIX[lang](c.number);
}

/**
 * What "copy citation" copies for a chapter or a measure: the document and the item, in each
 * language (the English title falls back to the Japanese where there is no translation yet), e.g.
 * 静岡市地域外交基本方針 施策ア 訪日外国人観光客の誘致 / Shizuoka City …, Measure ア: Attracting ….
 */
export function citationOf<E>(title: Localized, item: { chapter: ChapterView<E> } | { measure: MeasureView<E> }): Localized {
  const ja = (t: { ja?: { data: { title: string } } | undefined }) => t.ja!.data.title;
  const en = (t: { ja?: { data: { title: string } } | undefined; en?: { data: { title: string } } | undefined }) =>
    t.en?.data.title ?? ja(t);
  if ('chapter' in item) {
    const c = item.chapter;
    return { ja: `${title.ja} ${chapterNumber(c, 'ja')}${ja(c.text)}`, en: `${title.en}, ${chapterNumber(c, 'en')}${en(c.text)}` };
  }
  const m = item.measure;
  const code = { ja: measureCode(m, 'ja'), en: measureCode(m, 'en') };
  return {
    ja: `${title.ja} ${code.ja ? `${t('ja', 'measure.code', { code: code.ja })} ` : ''}${ja(m.text)}`,
    en: `${title.en}, ${code.en ? `${t('en', 'measure.code', { code: code.en })}: ` : ''}${en(m.text)}`,
  };
}

/** A pillar as the source numbers it: "①海外からの交流人口の拡大"; in English "1. Increasing …", "(a) …". */
export function pillarLabel(p: { number?: string | undefined; title: Localized }, lang: Lang): string {
  if (!p.number) return p.title[lang];
  return `${PILLAR_PREFIX[lang](p.number)}${p.title[lang]}`;
}

/** A chapter number as each language prefixes a title with it: 「第3章　」, "Chapter 3. ". */
const CHAPTER_PREFIX: Record<Lang, (n: string) => string> = { ja: (n) => `${n}　`, en: englishNumberPrefix };
/** A pillar number as each language prefixes a title with it: 「①」 (no space), "1. ". */
const PILLAR_PREFIX: Record<Lang, (n: string) => string> = { ja: (n) => n, en: englishNumberPrefix };

/** A measure described by its facts, for a page whose text has no paragraph to describe it by. */
export function measureDescription<E>(m: MeasureView<E>, lang: Lang): string {
  return t(lang, 'meta.measure', {
    measure: measureLabel(m, lang),
    strategy: m.strategy.data.title[lang],
    pillar: pillarLabel(m.pillar, lang),
    bureaus: bureauNames(m.bureaus, lang),
  });
}

/** A chapter described by its title, for a chapter that opens without a paragraph. */
export function chapterDescription<E>(c: ChapterView<E>, lang: Lang): string {
  return t(lang, 'meta.chapter', { chapter: `${chapterNumber(c, lang)}${chapterTitle(c, lang)}`, strategy: c.strategy.data.title[lang] });
}
