/** /data/datapackage.json: the open data's licence, sources and files (src/lib/data-package.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site';
import { openDataTables } from '../../lib/open-data';
import { dataPackage } from '../../lib/data-package';
import { dictionaries } from '../../i18n';

export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  const pkg = dataPackage({
    tables: openDataTables(site),
    strategies: site.strategies.map((s) => s.data),
    earlier: [...site.editions].flatMap(([strategy, editions]) =>
      editions.filter((e) => !e.current).map((e) => ({ strategy, edition: e.edition, data: e.strategy.data })),
    ),
    origin: origin ?? new URL('http://localhost/'),
    siteName: { ja: dictionaries.ja['site.name'], en: dictionaries.en['site.name'] },
  });
  return new Response(JSON.stringify(pkg, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
