/**
 * /data/strategies/{id}.json: a strategy's full text, block by block, in both languages, with its
 * measures' facts and its list of editions (src/lib/strategy-json.ts). Each text is rendered as on its
 * own page (components/content/render-text.ts), as for an earlier edition's file
 * (./[id]/editions/[edition].json.ts).
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../../lib/site';
import { strategyBlocks } from '../../../components/content/render-text';
import { strategyJson } from '../../../lib/strategy-json';

export async function getStaticPaths() {
  const site = await getSite();
  return site.strategies.map((s) => ({ params: { id: s.data.id } }));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const site = await getSite();
  const strategy = site.strategy.get(String(params.id))!;
  const doc = strategyJson({
    strategy,
    editions: site.editions.get(strategy.data.id) ?? [],
    blocks: await strategyBlocks(strategy),
    origin: origin ?? new URL('http://localhost/'),
  });
  return new Response(JSON.stringify(doc, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
