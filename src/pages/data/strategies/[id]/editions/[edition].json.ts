/**
 * /data/strategies/{id}/editions/{edition}.json: an earlier edition's full text, frozen as published,
 * in the shape of the current file (../../[id].json.ts), saying which edition it is and where the
 * current text's file is (src/lib/strategy-json.ts).
 */
import type { APIRoute } from 'astro';
import { getSite, type TextEntry } from '../../../../../lib/site';
import type { StrategyView } from '../../../../../lib/content-index';
import { strategyBlocks } from '../../../../../components/content/render-text';
import { strategyJson } from '../../../../../lib/strategy-json';

export async function getStaticPaths() {
  const site = await getSite();
  return [...site.editions].flatMap(([id, editions]) =>
    editions.filter((e) => !e.current).map((e) => ({ params: { id, edition: e.edition.id }, props: { strategy: e.strategy } })),
  );
}

export const GET: APIRoute<{ strategy: StrategyView<TextEntry> }> = async ({ params, props: { strategy }, site: origin }) => {
  const site = await getSite();
  const doc = strategyJson({
    strategy,
    editions: site.editions.get(String(params.id))!,
    blocks: await strategyBlocks(strategy),
    origin: origin ?? new URL('http://localhost/'),
  });
  return new Response(JSON.stringify(doc, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
