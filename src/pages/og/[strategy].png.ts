/** Each strategy's picture for shared links (/og/<strategy>.png): src/lib/share-image.ts, rasterised here at build time. */
import type { APIRoute } from 'astro';
import { renderAsync } from '@resvg/resvg-js';
import { getSite } from '../../lib/site';
import { cjkFontFiles, shareCardOf, shareImageSvg } from '../../lib/share-image';
import { t } from '../../i18n';

export async function getStaticPaths() {
  const site = await getSite();
  return site.strategies.map((s) => ({ params: { strategy: s.data.id } }));
}

// Looked up once per build; the build stops here, naming the fix, on a machine without Japanese fonts.
let fonts: string[] | undefined;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const strategy = site.strategy.get(String(params.strategy))!;
  fonts ??= cjkFontFiles();
  const svg = shareImageSvg(shareCardOf(strategy), { ja: t('ja', 'site.name'), en: t('en', 'site.name') });
  // Rasterised off the main thread (libuv's pool), so that pages keep rendering meanwhile: resvg
  // reads its fonts anew for every image, a few hundred ms each.
  const png = (
    await renderAsync(svg, { font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK JP' } })
  ).asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
