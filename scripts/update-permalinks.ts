// Writes tests/permalinks.txt: every published page and every heading, KPI and block anchor of dist/. Run it
// (npm run permalinks) after adding pages or anchors, and commit the file: the tests then fail if any
// of them disappears without an entry in content/redirects.yaml.
import { writeFileSync } from 'node:fs';
import { collectPermalinks } from '../tests/build/permalinks.ts';

const links = collectPermalinks();
writeFileSync('tests/permalinks.txt', `${links.join('\n')}\n`);
console.log(`tests/permalinks.txt: ${links.length} permalinks`);
