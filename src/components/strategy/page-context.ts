/**
 * Components placed in texts (<KpiOverview />, <Targets /> …) get no props about where they are;
 * the page records its strategy and measure in Astro.locals.page before rendering the text.
 */
import { getSite, type Site } from '../../lib/site';
import type { MeasureView, StrategyView } from '../../lib/content-index';
import type { TextEntry } from '../../lib/site';

type Locals = App.Locals;

export async function pageStrategy(
  locals: Locals,
  component: string,
): Promise<{ site: Site; strategy: StrategyView<TextEntry>; lang: 'ja' | 'en' }> {
  const page = locals.page;
  const site = await getSite();
  const strategy = page?.strategy ? site.strategy.get(page.strategy) : undefined;
  if (!page || !strategy) throw new Error(`<${component} /> can only be used in a chapter or measure file of a strategy`);
  return { site, strategy, lang: page.lang };
}

export async function pageMeasure(
  locals: Locals,
  component: string,
): Promise<{ site: Site; measure: MeasureView<TextEntry>; lang: 'ja' | 'en' }> {
  const { site, strategy, lang } = await pageStrategy(locals, component);
  const measure = strategy.measures.find((m) => m.facts.slug === locals.page?.measure);
  if (!measure) throw new Error(`<${component} /> can only be used in a measure file`);
  return { site, measure, lang };
}
