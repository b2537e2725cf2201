/**
 * /data/strategies/{id}.json: a strategy's full text, block by block, in both languages, with its
 * measures' facts (src/lib/strategy-json.ts). Each text is rendered as on its own page (through
 * TextBody, with the components' context of its language) by Astro's container API.
 */
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import TextBody from '../../../components/content/TextBody.astro';
import { getSite } from '../../../lib/site';
import { splitBlocks, type Block } from '../../../lib/blocks';
import { strategyJson } from '../../../lib/strategy-json';
import type { TextFile } from '../../../lib/content-index';
import type { TextEntry } from '../../../lib/site';
import { t } from '../../../i18n';

export async function getStaticPaths() {
  const site = await getSite();
  return site.strategies.map((s) => ({ params: { id: s.data.id } }));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const site = await getSite();
  const strategy = site.strategy.get(String(params.id))!;
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const texts = [
    ...strategy.chapters.map((c) => ({ text: c.text, measure: undefined })),
    ...strategy.measures.map((m) => ({ text: m.text, measure: m.facts.slug })),
  ];
  const rendered = new Map<string, Block[]>();
  for (const { text, measure } of texts) {
    for (const file of [text.ja, text.en] as (TextFile<unknown, TextEntry> | undefined)[]) {
      if (!file) continue;
      const context = { lang: file.lang, textLang: file.lang, strategy: strategy.data.id, ...(measure ? { measure } : {}) };
      const html = await container.renderToString(TextBody, { props: { file, context }, partial: true });
      rendered.set(file.file, splitBlocks(html, t(file.lang, 'anchor.block')).blocks);
    }
  }
  const doc = strategyJson({ strategy, blocks: (f) => (f ? (rendered.get(f) ?? []) : []), origin: origin ?? new URL('http://localhost/') });
  return new Response(JSON.stringify(doc, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
