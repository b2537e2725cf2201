/**
 * Components placed in texts (<KpiOverview />, <Targets /> …) learn where they are from the
 * `context` prop that TextBody binds to them (lib/text-context.ts): the strategy and measure to show.
 */
import { getSite, type Site } from '../../lib/site';
import type { MeasureView, StrategyView } from '../../lib/content-index';
import type { TextEntry } from '../../lib/site';
import type { TextContext } from '../../lib/text-context';

export async function pageStrategy(
  page: TextContext | undefined,
  component: string,
): Promise<{ site: Site; strategy: StrategyView<TextEntry>; lang: 'ja' | 'en' }> {
  const site = await getSite();
  const strategy = page?.strategy ? site.strategy.get(page.strategy) : undefined;
  if (!page || !strategy) throw new Error(`<${component} /> can only be used in a chapter or measure file of a strategy`);
  return { site, strategy, lang: page.lang };
}

export async function pageMeasure(
  page: TextContext | undefined,
  component: string,
): Promise<{ site: Site; measure: MeasureView<TextEntry>; lang: 'ja' | 'en' }> {
  const { site, strategy, lang } = await pageStrategy(page, component);
  const measure = strategy.measures.find((m) => m.facts.slug === page?.measure);
  if (!measure) throw new Error(`<${component} /> can only be used in a measure file`);
  return { site, measure, lang };
}
