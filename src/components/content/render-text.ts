/**
 * A text rendered outside a page, as its page shows it: through TextBody, with the context of that
 * page, by Astro's container API. The compare-editions view (components/editions/text-blocks.ts) and
 * the full texts as JSON (/data/strategies/{id}.json and an earlier edition's) take their blocks from
 * here. Each text is rendered once per build for its context (lib/rendered-texts.ts): a data file
 * reuses the HTML of the text's own page, and the other way round, whichever is built first.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import TextBody from './TextBody.astro';
import { splitBlocks, type Block } from '../../lib/blocks';
import { renderOnce } from '../../lib/rendered-texts';
import type { TextContext } from '../../lib/text-context';
import type { StrategyView, TextFile } from '../../lib/content-index';
import type { TextEntry } from '../../lib/site';
import { t } from '../../i18n';

let container: Promise<AstroContainer> | undefined;

/** The HTML of `file` in `context`, rendered once per build (one container for all). */
export function renderText(file: TextFile<unknown, TextEntry>, context: TextContext): Promise<string> {
  return renderOnce(file.file, context, async () => {
    container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
    return (await container).renderToString(TextBody, { props: { file, context }, partial: true });
  });
}

/**
 * The blocks of every text of a strategy, the current edition's or an earlier one's (by its view,
 * whose data.id is the key its pages use): each chapter and measure in each language, rendered as on
 * its own page in that language, looked up by file path (none for a missing file).
 */
export async function strategyBlocks(strategy: StrategyView<TextEntry>): Promise<(file: string | undefined) => Block[]> {
  const texts = [
    ...strategy.chapters.map((c) => ({ text: c.text, measure: undefined })),
    ...strategy.measures.map((m) => ({ text: m.text, measure: m.facts.slug })),
  ];
  const rendered = new Map<string, Block[]>();
  for (const { text, measure } of texts) {
    for (const file of [text.ja, text.en] as (TextFile<unknown, TextEntry> | undefined)[]) {
      if (!file) continue;
      const context = { lang: file.lang, textLang: file.lang, strategy: strategy.data.id, ...(measure ? { measure } : {}) };
      rendered.set(file.file, splitBlocks(await renderText(file, context), t(file.lang, 'anchor.block')).blocks);
    }
  }
  return (file) => (file ? (rendered.get(file) ?? []) : []);
}
