/** sitemap.xml: every page in both languages, each with its hreflang twin. */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/site';
import { paths } from '../lib/routes';
import { LANGS } from '../schemas/shared';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  const base = origin ?? new URL('http://localhost/');
  const rel: string[] = [
    '',
    'strategies/',
    'measures/',
    'compare/',
    'themes/',
    'cities/',
    'regions/',
    'bureaus/',
    'data/',
    'search/',
    'glossary/',
    'translation-status/',
    'accessibility/',
    'licence/',
    'changes/',
    'contribute/',
  ];
  for (const s of site.strategies) {
    rel.push(`strategies/${s.data.id}/`, `strategies/${s.data.id}/print/`, `strategies/${s.data.id}/print/bilingual/`);
    for (const c of s.chapters) rel.push(`strategies/${s.data.id}/${c.slug}/`, `strategies/${s.data.id}/${c.slug}/parallel/`);
    if (s.measures.length) rel.push(`strategies/${s.data.id}/measures/`);
    for (const m of s.measures)
      rel.push(`strategies/${s.data.id}/measures/${m.facts.slug}/`, `strategies/${s.data.id}/measures/${m.facts.slug}/parallel/`);
  }
  for (const id of site.cities.keys()) rel.push(`cities/${id}/`);
  for (const id of site.regions.keys()) rel.push(`regions/${id}/`);
  for (const id of site.themes.keys()) rel.push(`themes/${id}/`);
  for (const id of site.measuresByBureau.keys()) rel.push(`bureaus/${id}/`);
  for (const id of site.networks.keys()) rel.push(`networks/${id}/`);
  const url = (lang: string, r: string) => new URL(`/${lang}/${r}`, base).href;
  const entries = rel.flatMap((r) =>
    LANGS.map(
      (lang) =>
        `<url><loc>${url(lang, r)}</loc>${LANGS.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${url(l, r)}"/>`).join('')}<xhtml:link rel="alternate" hreflang="x-default" href="${new URL(paths.chooser(), base).href}"/></url>`,
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
