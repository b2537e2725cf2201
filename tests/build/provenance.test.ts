/** Provenance on the built site: the licence page, its footer link, the open data's metadata. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST, mainText, page, pages } from './dist';
import { zoteroCreators } from '../zotero-highwire';

const langPages = () => pages().filter((p) => /^\/(ja|en)\//.test(p.path));

describe('the licence and sources', () => {
  it('has a licence page in each language naming CC BY 4.0 and each municipality as publisher', () => {
    for (const lang of ['ja', 'en']) {
      const text = mainText(page(`/${lang}/licence/`).html);
      expect(text).toContain('CC BY 4.0');
      // The build marks Japanese on English pages with spans, which mainText turns into spaces.
      expect(text.replace(/\s+/g, '')).toContain('政府標準利用規約（第2.0版）');
      for (const publisher of lang === 'ja'
        ? ['静岡市', '東京都', '桑名市']
        : ['Shizuoka City', 'Tokyo Metropolitan Government', 'Kuwana City'])
        expect(text).toContain(publisher);
      // Where the municipality's terms are not recorded, the page says so.
      expect(text).toContain(lang === 'ja' ? '記録なし' : 'Not recorded');
      // An example attribution line in both languages, on both pages.
      expect(text).toContain('出典：');
      expect(text).toContain('Source: ');
    }
  });

  it("links the licence page from every page's footer", () => {
    const missing = langPages()
      .filter((p) => p.path !== `/${p.path.slice(1, 3)}/offline/`)
      .filter((p) => {
        const footer = /<footer[\s\S]*?<\/footer>/.exec(p.html)?.[0] ?? '';
        return !footer.includes(`href="/${p.path.slice(1, 3)}/licence/"`);
      })
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('shows each strategy as published, with a location "not recorded" where none is known', () => {
    const ja = mainText(page('/ja/strategies/yokohama-2015/').html);
    expect(ja).toContain('公表されたとおりの書誌');
    expect(ja).toContain('原案');
    expect(ja).toContain('記録なし');
    expect(mainText(page('/en/strategies/tokyo-2014/').html)).toContain('Not recorded');
  });
});

describe('the open data metadata', () => {
  const pkg = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')) as {
    licenses: { name: string }[];
    sources: { publisher: string }[];
    resources: { path: string; licenses: { name: string }[] }[];
  };
  const files = (dir: string, prefix = ''): string[] =>
    readdirSync(join(DIST, 'data', dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    );

  it('describes every file under /data/ with its licence', () => {
    const listed = new Set(pkg.resources.map((r) => r.path));
    const unlisted = files('').filter((f) => f !== 'datapackage.json' && !listed.has(f));
    expect(unlisted).toEqual([]);
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(pkg.resources.every((r) => r.licenses[0]?.name === 'CC-BY-4.0')).toBe(true);
  });

  it('lists only files that exist', () => {
    const present = new Set(files(''));
    expect(pkg.resources.map((r) => r.path).filter((p) => !present.has(p))).toEqual([]);
  });

  it('credits every strategy as a source', () => {
    expect(pkg.sources.map((s) => s.publisher)).toEqual(expect.arrayContaining(['静岡市', '横浜市', '東京都', '桑名市']));
  });
});

describe('last updated', () => {
  const ledger = JSON.parse(readFileSync('content/updates.json', 'utf8')) as { files: Record<string, { updated: string }> };
  const reading = (p: string) =>
    /^\/(ja|en)\/strategies\/[^/]+\/(([^/]+\/)|(measures\/[^/]+\/))?$/.test(p) && !/\/(measures|print)\/$/.test(p);

  it('says on every strategy, chapter and measure page when its text last changed', () => {
    const pagesWithout = langPages()
      .filter((p) => reading(p.path))
      .filter((p) => !/class="last-updated[^"]*">[^<]*<time datetime="\d{4}-\d{2}-\d{2}"/.test(p.html))
      .map((p) => p.path);
    expect(pagesWithout).toEqual([]);
    expect(langPages().filter((p) => reading(p.path)).length).toBeGreaterThan(400);
  });

  it('gives each language the date of its own text, from the ledger', () => {
    for (const lang of ['ja', 'en']) {
      const html = page(`/${lang}/strategies/shizuoka-2017/basic-policy/`).html;
      const shown = /class="last-updated[^"]*">[^<]*<time datetime="([^"]+)"/.exec(html)?.[1];
      expect(shown).toBe(ledger.files[`strategies/shizuoka-2017/${lang}/basic-policy.mdx`]!.updated);
    }
  });
});

describe('citation metadata', () => {
  const reading = (p: string) =>
    /^\/(ja|en)\/strategies\/[^/]+\/(([^/]+\/)|(measures\/[^/]+\/))?$/.test(p) && !/\/(measures|print)\/$/.test(p);
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1]!) as Record<string, unknown>,
    );
  const meta = (html: string, name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];

  it('describes every strategy, chapter and measure page as a work with its publisher, language and translation', () => {
    const problems: string[] = [];
    const SITE = 'https://strategies.example.jp';
    for (const p of langPages().filter((x) => reading(x.path))) {
      const lang = p.path.slice(1, 3);
      const work = jsonLd(p.html).find((j) => j['@type'] === 'CreativeWork');
      if (!work) {
        problems.push(`${p.path}: no CreativeWork JSON-LD`);
        continue;
      }
      if (work['@id'] !== `${SITE}${p.path}`) problems.push(`${p.path}: @id ${String(work['@id'])}`);
      if (!(work.publisher as { name?: string } | undefined)?.name) problems.push(`${p.path}: no publisher`);
      const twin = `${SITE}/${lang === 'ja' ? 'en' : 'ja'}${p.path.slice(3)}`;
      const relation = lang === 'ja' ? work.workTranslation : work.translationOfWork;
      if (work.inLanguage === lang && (relation as { '@id'?: string } | undefined)?.['@id'] !== twin)
        problems.push(`${p.path}: no translation relation to ${twin}`);
      for (const name of ['citation_title', 'citation_author', 'citation_language', 'citation_public_url'])
        if (!meta(p.html, name)) problems.push(`${p.path}: no ${name}`);
    }
    expect(problems).toEqual([]);
  });

  it('names the municipality as author and the date of issue, as Zotero reads them', () => {
    const html = page('/en/strategies/tokyo-2014/city-diplomacy/').html;
    expect(meta(html, 'citation_author')).toBe('Tokyo Metropolitan Government,');
    expect(meta(html, 'citation_publication_date')).toBe('2014/12');
    expect(meta(html, 'citation_language')).toBe('en');
    expect(meta(html, 'citation_public_url')).toBe('https://strategies.example.jp/en/strategies/tokyo-2014/city-diplomacy/');
    expect(meta(html, 'citation_inbook_title')).toBe(meta(page('/en/strategies/tokyo-2014/').html, 'citation_title'));
  });

  it("gives Zotero the municipality, in the page's language, as one institutional author on every page", () => {
    type City = { id: string; name: Record<string, string>; government?: Record<string, string> };
    const cities = parse(readFileSync('content/cities.yaml', 'utf8')) as City[];
    const problems: string[] = [];
    for (const p of langPages().filter((x) => reading(x.path))) {
      const lang = p.path.slice(1, 3);
      const id = p.path.split('/')[3]!;
      const municipality = (parse(readFileSync(`content/strategies/${id}/strategy.yaml`, 'utf8')) as { municipality: string }).municipality;
      const city = cities.find((c) => c.id === municipality)!;
      const name = (city.government ?? city.name)[lang]!;
      const tags = [...p.html.matchAll(/<meta name="citation_author" content="([^"]*)"/g)].map((m) => m[1]!);
      const creators = zoteroCreators(tags, meta(p.html, 'citation_language'));
      if (JSON.stringify(creators) !== JSON.stringify([{ name }])) problems.push(`${p.path}: ${JSON.stringify(creators)}`);
    }
    expect(problems).toEqual([]);
  });

  it("types each strategy's own page as a report with the municipality as institution, as Zotero reads it", () => {
    for (const lang of ['ja', 'en'])
      for (const id of ['shizuoka-2017', 'yokohama-2015', 'tokyo-2014', 'kumamoto-2018', 'kuwana-2014']) {
        const html = page(`/${lang}/strategies/${id}/`).html;
        const institution = meta(html, 'citation_technical_report_institution');
        expect(zoteroCreators([meta(html, 'citation_author')!]), `${lang}/${id}`).toEqual([{ name: institution }]);
        expect(meta(html, 'citation_inbook_title'), `${lang}/${id}`).toBeUndefined();
      }
  });
});
