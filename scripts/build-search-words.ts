// After `astro build`: writes the vocabulary of each language's nearby-spelling suggestions,
// paths.searchWords(lang) in dist/ (a JSON array, most frequent first), from the indexed region of
// the built pages (src/lib/search-words.ts). The search page fetches it only when a search finds nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { paths } from '../src/lib/routes.ts';
import { pageTerms, rankWords } from '../src/lib/search-words.ts';

const DIST = process.env.SITE_OUT_DIR ?? 'dist';

for (const lang of ['ja', 'en'] as const) {
  const texts: string[] = [];
  const pages = readdirSync(join(DIST, lang), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html'));
  for (const f of pages) texts.push(...pageTerms(readFileSync(join(DIST, lang, f), 'utf8'), lang));
  const words = rankWords(texts, lang);
  if (words.length === 0) {
    console.error(`search words: no headings found in ${join(DIST, lang)}; was the site built?`);
    process.exit(1);
  }
  const json = JSON.stringify(words);
  // The URL the search page fetches (data-words), from the route table.
  writeFileSync(join(DIST, paths.searchWords(lang)), json);
  console.log(
    `search words ${lang}: ${words.length} words from ${pages.length} pages, ${(gzipSync(json).length / 1024).toFixed(1)} kB gzipped`,
  );
}
