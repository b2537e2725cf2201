/** /{lang}/changes.xml: the change log as an Atom feed in one language (src/lib/changes.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site';
import { atomFeed } from '../../lib/changes';
import { paths } from '../../lib/routes';
import { t } from '../../i18n';
import { LANGS, type Lang } from '../../schemas/shared';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site: origin }) => {
  const lang = params.lang as Lang;
  const site = await getSite();
  const base = origin ?? new URL('http://localhost/');
  const abs = (p: string) => new URL(p, base).href;
  const xml = atomFeed({
    lang,
    title: t(lang, 'changes.feedTitle', { site: t(lang, 'site.name') }),
    self: abs(paths.changesFeed(lang)),
    page: abs(paths.changes(lang)),
    author: t(lang, 'site.name'),
    changes: site.changes,
    entryTitle: (c) => {
      const what = c.strategy ? site.strategy.get(c.strategy)!.data.title[lang] : t(lang, 'changes.siteWide');
      return t(lang, 'changes.entryTitle', { kind: t(lang, `changes.kind.${c.kind}`), what });
    },
    links: (c) => c.pages.map((p) => abs(paths.langPath(lang, p))),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
