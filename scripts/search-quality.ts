// Runs the search query suite against an existing build (dist/, or SITE_OUT_DIR) in Chromium and
// prints recall@1, recall@5 and MRR per language, then every query whose first result is not an
// expected page. For tuning the ranking without a cold build; `npm run bench` prints the same figures.
//   npx node scripts/search-quality.ts [--only ja|en] [--all]
import { launchChromium } from './chromium.ts';
import { parseArgs } from 'node:util';

import { formatFigures } from '../src/lib/search-metrics.ts';
import { CASES } from '../tests/e2e/search-queries.cases.ts';
import { runSuite } from '../tests/e2e/search-suite.ts';
import { serve } from './serve.ts';

const { values: opts } = parseArgs({ options: { only: { type: 'string' }, all: { type: 'boolean', default: false } } });
const { server, url } = await serve(process.env.SITE_OUT_DIR ?? 'dist');
const browser = await launchChromium();
try {
  const { byLang, results } = await runSuite(
    browser,
    url,
    CASES.filter((c) => !opts.only || c.lang === opts.only),
  );
  for (const { c, top } of results) {
    const first = c.required.includes(top[0] ?? '');
    const wrong = c.absent ? top.length > 0 : c.required.length > 0 && !first;
    if (opts.all || wrong)
      console.log(
        `${wrong ? '✗' : '✓'} ${c.lang} ${c.query}\n    expected ${c.required.join(' ') || '(nothing)'}\n    got      ${top.join(' ')}`,
      );
  }
  for (const line of formatFigures(byLang)) console.log(line);
} finally {
  await browser.close();
  server.close();
}
