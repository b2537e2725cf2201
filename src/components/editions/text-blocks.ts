/**
 * The blocks of a text as its page shows them, for the compare-editions view: rendered through
 * TextBody with the context of its page (the edition's strategy key, so its data tables are the
 * edition's own), split into blocks with their anchors (lib/blocks.ts) and reduced to plain text.
 * Rendered as the JSON files render their texts (components/content/render-text.ts), and only once
 * per build for each context: an earlier edition's page, its text's page in the current edition,
 * every compare view that shows the text and the data files share the HTML.
 */
import { renderText } from '../content/render-text';
import { splitBlocks } from '../../lib/blocks';
import { plainText } from '../../lib/strategy-json';
import { compareBlocks, type ComparableBlock } from '../../lib/edition-compare';
import type { TextFile } from '../../lib/content-index';
import type { TextEntry } from '../../lib/site';
import type { Lang } from '../../schemas/shared';
import type { EditionPage } from '../../lib/static-paths';
import { paths } from '../../lib/routes';
import { pickText } from '../../lib/view';
import { t } from '../../i18n';

/** The blocks of `file` shown on a `lang` page of strategy (or edition key) `strategy`; none without a file. */
export async function textBlocks(
  file: TextFile<unknown, TextEntry> | undefined,
  lang: Lang,
  strategy: string,
  measure?: string,
): Promise<ComparableBlock[]> {
  if (!file) return [];
  const context = { lang, textLang: file.lang, strategy, ...(measure ? { measure } : {}) };
  // The HTML the text's own page shows (rendered once per build for its context, lib/rendered-texts.ts).
  const html = await renderText(file, context);
  return splitBlocks(html, t(lang, 'anchor.block')).blocks.map((b) => ({ id: b.id, text: plainText(b.html) }));
}

/**
 * Where each block of an earlier edition's text is in the current edition's: its anchor there, paired
 * as the compare view pairs them (a renumbered block by its text); blocks since removed are left out.
 */
export async function anchorsInCurrent(
  earlier: { file: TextFile<unknown, TextEntry>; strategy: string },
  current: { file: TextFile<unknown, TextEntry>; strategy: string },
  lang: Lang,
  measure?: string,
): Promise<Map<string, string>> {
  const [a, b] = await Promise.all([
    textBlocks(earlier.file, lang, earlier.strategy, measure),
    textBlocks(current.file, lang, current.strategy, measure),
  ]);
  const pairs = compareBlocks(a, b).filter((x) => x.change === 'changed' || x.change === 'unchanged');
  return new Map(pairs.map((x) => [x.olderId ?? x.id, x.id]));
}

/** An earlier edition's chapter or measure page (`parallel`: its parallel view). */
export interface EarlierPlace {
  edition: EditionPage;
  lang: Lang;
  /** The chapter's slug, or the measure's. */
  chapter?: string;
  measure?: string;
  parallel?: boolean;
  /** The page's text (in its language, or the Japanese where untranslated) and the edition's key. */
  file: TextFile<unknown, TextEntry>;
  strategy: string;
}

/**
 * Where an earlier edition's chapter or measure page leads in the current text, for its banner: the
 * same page (or parallel view) where the current edition still has the chapter or measure, with the
 * anchors of the blocks both share; else the strategy's overview.
 */
export async function placeInCurrent(p: EarlierPlace): Promise<{ href: string; anchors?: Map<string, string> | undefined }> {
  const id = p.edition.strategyId;
  const now = p.measure
    ? p.edition.current.measures.find((m) => m.facts.slug === p.measure)
    : p.edition.current.chapters.find((c) => c.slug === p.chapter);
  if (!now) return { href: paths.strategy(p.lang, id) };
  const slug = (p.measure ?? p.chapter)!;
  const route = p.measure ? (p.parallel ? paths.measureParallel : paths.measure) : p.parallel ? paths.chapterParallel : paths.chapter;
  const anchors = await anchorsInCurrent(
    { file: p.file, strategy: p.strategy },
    { file: pickText(now.text, p.lang).file, strategy: id },
    p.lang,
    p.measure,
  );
  return { href: route(p.lang, id, slug), anchors };
}
