/**
 * Small lookups shared by pages and components: the text of a chapter or measure in a language
 * (falling back to the Japanese, flagged, when the English file is missing), titles, KPI texts.
 */
import type { Lang, Localized } from '../schemas/shared';
import type { Bureau } from '../schemas/bureau';
import type { ChapterView, KpiView, MarketView, MeasureView, TextFile } from './content-index';

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

/** The code as a label prefix: "ア）" in Japanese, "ア) " in English (the code is never translated); "" without one. */
export function codePrefix<E>(m: MeasureView<E>, lang: Lang): string {
  if (m.facts.code === undefined) return '';
  return lang === 'ja' ? `${m.facts.code}）` : `${m.facts.code}) `;
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
  return [...mv.regions.map((r) => r.name[lang]), ...mv.cities.map((c) => c.name[lang])].join(lang === 'ja' ? '、' : ', ');
}

/** A list of bureaus as the source writes it: 国際局、環境創造局、水道局等 / International Affairs Bureau, …, and others. */
export function bureauNames(bureaus: Bureau[], lang: Lang): string {
  return bureaus
    .map((b, i) => {
      if (i === 0) return b.name[lang];
      if (b.suffix) return lang === 'ja' ? b.name.ja : ` ${b.name.en}`;
      return `${lang === 'ja' ? '、' : ', '}${b.name[lang]}`;
    })
    .join('');
}

/** A chapter's number as a title prefix: "２　" in Japanese, "2. " in English; "" without one. */
export function chapterNumber<E>(c: ChapterView<E>, lang: Lang): string {
  if (!c.number) return '';
  return lang === 'ja' ? `${c.number}　` : `${c.number.normalize('NFKC')}. `;
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
  const code = m.facts.code;
  return {
    ja: `${title.ja} ${code ? `施策${code} ` : ''}${ja(m.text)}`,
    en: `${title.en}, ${code ? `Measure ${code}: ` : ''}${en(m.text)}`,
  };
}

/** A pillar as the source numbers it: "①海外からの交流人口の拡大", "① Increasing …" in English. */
export function pillarLabel(p: { number?: string | undefined; title: Localized }, lang: Lang): string {
  return `${p.number ?? ''}${lang === 'en' && p.number ? ' ' : ''}${p.title[lang]}`;
}
