/**
 * Bad input, one case per class: how to break the valid fixture, and the problem that the check and
 * the build must both report (a fragment of its message, and where: file and line). Each case breaks
 * one thing in a fresh copy of tests/fixtures/valid, which itself passes both.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { append, edit } from './fixture-site';

export interface BadCase {
  name: string;
  /** Breaks the fixture's content folder `dir`. */
  break: (dir: string) => void;
  /** The problem's place as printed: a path ending (and :line where it has one). */
  at: string;
  /** A fragment of the message. */
  message: string;
}

const JA_INTRO = 'strategies/sample-2020/ja/intro.mdx';
const JA_MEASURE = 'strategies/sample-2020/ja/measures/tourism.mdx';
const DRAFT_YAML = 'strategies/sample-2020/editions/draft/strategy.yaml';
/** The draft's Japanese chapter has 11 lines; text appended starts at line 13. */
const DRAFT_INTRO = 'strategies/sample-2020/editions/draft/ja/intro.mdx';
/** Gives the fixture strategy its earlier edition (tests/fixtures/editions), then breaks it. */
const withEdition = (breakIt: (dir: string) => void) => (dir: string) => {
  cpSync('tests/fixtures/editions/strategies', join(dir, 'strategies'), { recursive: true });
  breakIt(dir);
};
/** The fixture's Japanese chapter has 9 lines; text appended starts at line 11. */
const intro = (mdx: string) => (dir: string) => append(join(dir, JA_INTRO), mdx);

export const BAD_CASES: BadCase[] = [
  // MDX syntax, as the parser reads it
  {
    name: 'unclosed-component',
    break: intro('<EditorNote>閉じていない注記'),
    at: `${JA_INTRO}:11`,
    message: 'Expected a closing tag for `<EditorNote>`',
  },
  { name: 'html-comment', break: intro('本文 <!-- メモ --> 本文'), at: `${JA_INTRO}:11`, message: 'to create a comment in MDX' },
  { name: 'component-in-comment', break: intro('<!-- <Targets /> -->'), at: `${JA_INTRO}:11`, message: 'cannot be read as MDX' },
  { name: 'expression', break: intro('合計は{1 + 1}件。'), at: `${JA_INTRO}:11`, message: 'is a JavaScript expression' },
  { name: 'import', break: intro("import X from './x.js'"), at: `${JA_INTRO}:11`, message: 'import and export are not allowed' },
  { name: 'export', break: intro('export const a = 1'), at: `${JA_INTRO}:11`, message: 'import and export are not allowed' },
  // Components and their attributes
  { name: 'unknown-component', break: intro('<Foo />'), at: `${JA_INTRO}:11`, message: '<Foo> is not a component this file may use' },
  {
    name: 'measure-component-in-chapter',
    break: intro('<Targets />'),
    at: `${JA_INTRO}:11`,
    message: '<Targets> is not a component this file may use',
  },
  {
    name: 'unknown-attribute-value',
    break: intro('<MeasureIndex pillar="nonexistent" />'),
    at: `${JA_INTRO}:11`,
    message: 'unknown pillar "nonexistent"',
  },
  {
    name: 'missing-attribute',
    break: intro('<MeasureIndex />'),
    at: `${JA_INTRO}:11`,
    message: "give the pillar's ID as text in double quotes",
  },
  {
    name: 'unknown-attribute',
    break: intro('<MeasureIndex pillar="visitors" colour="red" />'),
    at: `${JA_INTRO}:11`,
    message: 'unknown field "colour"',
  },
  {
    name: 'expression-attribute',
    break: intro('<MeasureIndex pillar={"visitors"} />'),
    at: `${JA_INTRO}:11`,
    message: 'is code, not text',
  },
  { name: 'spread-attribute', break: intro('<MeasureIndex {...props} />'), at: `${JA_INTRO}:11`, message: 'is code, not text' },
  {
    name: 'event-attribute',
    break: intro('<Ja onClick="alert(1)">静岡</Ja>'),
    at: `${JA_INTRO}:11`,
    message: 'event attributes (onClick=…) are not allowed',
  },
  {
    name: 'second-copy-same-line',
    break: intro('<MeasureIndex pillar="visitors" /><MeasureIndex pillar="visitors" />'),
    at: `${JA_INTRO}:11`,
    message: 'is already at line 9',
  },
  { name: 'unknown-city', break: intro('<SeeAlso cities="atlantis" />'), at: `${JA_INTRO}:11`, message: 'unknown cities "atlantis"' },
  {
    name: 'place-unknown-city',
    break: intro('<Place city="atlantis">アトランティス</Place>と交流する。'),
    at: `${JA_INTRO}:11`,
    message: 'unknown city "atlantis"',
  },
  {
    name: 'place-two-kinds',
    break: intro('<Place city="taipei" region="taiwan">台北</Place>と交流する。'),
    at: `${JA_INTRO}:11`,
    message: 'give exactly one of city, region, network or bureau',
  },
  {
    name: 'block-in-sentence',
    break: intro('<EditorNote>注記</EditorNote>\n続く文。'),
    at: `${JA_INTRO}:11`,
    message: '<EditorNote> is a block',
  },
  {
    name: 'markup-in-link-title',
    break: intro('[リンク](/ja/ "題 <Ja>は</Ja>")'),
    at: `${JA_INTRO}:11`,
    message: 'may not contain < or >',
  },
  { name: 'wrapping-component-empty', break: intro('<EditorNote />'), at: `${JA_INTRO}:11`, message: '<EditorNote> wraps text' },
  // Raw HTML and script
  { name: 'script', break: intro('<script>alert(1)</script>'), at: `${JA_INTRO}:11`, message: 'raw HTML <script> is not allowed' },
  { name: 'raw-div', break: intro('<div class="x">本文</div>'), at: `${JA_INTRO}:11`, message: 'raw HTML <div> is not allowed' },
  {
    name: 'iframe-inline',
    break: intro('本文<iframe src="https://evil.example/"></iframe>'),
    at: `${JA_INTRO}:11`,
    message: 'raw HTML <iframe>',
  },
  { name: 'html-with-attribute', break: intro('上付き<sup title="x">1</sup>'), at: `${JA_INTRO}:11`, message: '<sup> takes no attributes' },
  // Links and images, after character references are decoded
  {
    name: 'javascript-link',
    break: intro('[ここ](javascript:alert(1))'),
    at: `${JA_INTRO}:11`,
    message: 'links to "javascript" addresses',
  },
  {
    name: 'entity-javascript-link',
    break: intro('[ここ](&#106;avascript:alert(1))'),
    at: `${JA_INTRO}:11`,
    message: 'links to "javascript" addresses',
  },
  {
    name: 'mixed-case-tab-javascript',
    break: intro('[ここ](JaVa&#x09;Script:alert(1))'),
    at: `${JA_INTRO}:11`,
    message: 'links to "javascript" addresses',
  },
  {
    name: 'vbscript-reference-link',
    break: intro('[ここ][a]\n\n[a]: vbscript:msgbox(1)'),
    at: `${JA_INTRO}:13`,
    message: 'links to "vbscript" addresses',
  },
  {
    name: 'data-link',
    break: intro('[ここ](data:text/html;base64,PHNjcmlwdD4=)'),
    at: `${JA_INTRO}:11`,
    message: 'links to "data" addresses',
  },
  { name: 'http-link', break: intro('[ここ](http://example.org/)'), at: `${JA_INTRO}:11`, message: 'not encrypted' },
  { name: 'protocol-relative-link', break: intro('[ここ](//evil.example/)'), at: `${JA_INTRO}:11`, message: 'links to "//" addresses' },
  {
    name: 'remote-image',
    break: intro('![地図](https://evil.example/map.png)'),
    at: `${JA_INTRO}:11`,
    message: 'is not a file of this site',
  },
  {
    name: 'data-image',
    break: intro('![地図](data:image/svg+xml;base64,PHN2Zz4=)'),
    at: `${JA_INTRO}:11`,
    message: 'is not a file of this site',
  },
  // Headings
  { name: 'heading-without-id', break: intro('## 見出し'), at: `${JA_INTRO}:11`, message: 'the heading has no id' },
  {
    name: 'duplicate-heading-id',
    break: intro('## 目的 {#purpose}'),
    at: `${JA_INTRO}:11`,
    message: 'the heading id "purpose" is used twice',
  },
  { name: 'level-one-heading', break: intro('# 題 {#title}'), at: `${JA_INTRO}:11`, message: 'a level-1 heading is not used' },
  // Frontmatter
  {
    name: 'misspelt-field',
    break: (dir) => edit(join(dir, JA_MEASURE), '    indicator: 外国人観光客数', '    indicater: 外国人観光客数'),
    at: `${JA_MEASURE}:5`,
    message: 'unknown field "indicater"',
  },
  {
    name: 'no-frontmatter',
    break: (dir) => edit(join(dir, JA_INTRO), '---\ntitle: はじめに\n---\n', ''),
    at: `${JA_INTRO}:1`,
    message: 'the file has no frontmatter',
  },
  {
    name: 'frontmatter-syntax',
    break: (dir) => edit(join(dir, JA_INTRO), 'title: はじめに', 'title: [はじめに'),
    at: `${JA_INTRO}:`,
    message: 'the YAML cannot be read',
  },
  {
    name: 'ideographic-indent',
    break: (dir) => edit(join(dir, JA_MEASURE), '    indicator: 外国人観光客数', '\u3000\u3000indicator: 外国人観光客数'),
    at: `${JA_MEASURE}:5`,
    message: 'full-width space (U+3000)',
  },
  {
    name: 'english-field-in-japanese',
    break: (dir) => edit(join(dir, JA_MEASURE), 'title: 観光客の誘致', 'title: 観光客の誘致\ntranslatedFrom: "0123456789ab"'),
    at: `${JA_MEASURE}:3`,
    message: 'this field belongs in the English file',
  },
  // YAML data: values, references, duplicates
  {
    name: 'wrong-value-kind',
    break: (dir) => edit(join(dir, 'strategies/sample-2020/measures.yaml'), 'value: 100,', "value: '100人',"),
    at: 'sample-2020/measures.yaml:10',
    message: 'value must be a plain number',
  },
  {
    name: 'unknown-region',
    break: (dir) => edit(join(dir, 'strategies/sample-2020/measures.yaml'), 'priority: [taiwan]', 'priority: [atlantis]'),
    at: 'sample-2020/measures.yaml:6',
    message: 'unknown region "atlantis"',
  },
  {
    name: 'duplicate-id',
    break: (dir) =>
      edit(
        join(dir, 'cities.yaml'),
        '- id: taipei',
        '- { id: taipei, name: { ja: 台北, en: Taipei }, country: taiwan, coordinates: [25, 121] }\n- id: taipei',
      ),
    at: 'cities.yaml:3',
    message: 'duplicate city ID "taipei"',
  },
  {
    name: 'yaml-syntax',
    break: (dir) => edit(join(dir, 'strategies/sample-2020/strategy.yaml'), 'status: adopted', 'status: [adopted'),
    at: 'sample-2020/strategy.yaml:',
    message: 'the YAML cannot be read',
  },
  {
    name: 'redirects-not-a-list',
    break: (dir) => writeFileSync(join(dir, 'redirects.yaml'), 'from: /ja/a/\nto: /ja/b/\n'),
    at: 'redirects.yaml',
    message: 'expected array',
  },
  {
    name: 'redirects-markup',
    break: (dir) =>
      writeFileSync(join(dir, 'redirects.yaml'), '- from: /ja/a/\n  to: "/ja/</script><script>alert(1)</script>/"\n  reason: moved here\n'),
    at: 'redirects.yaml:2',
    message: 'a site path',
  },
  // Encodings and file names
  {
    name: 'bom',
    break: (dir) => writeFileSync(join(dir, JA_INTRO), `\uFEFF${readText(join(dir, JA_INTRO))}`),
    at: `${JA_INTRO}:1`,
    message: 'byte-order mark',
  },
  {
    name: 'shift-jis',
    break: (dir) => writeFileSync(join(dir, JA_INTRO), SHIFT_JIS_TEXT),
    at: JA_INTRO,
    message: 'it looks like SHIFT_JIS',
  },
  {
    name: 'shift-jis-yaml',
    break: (dir) => writeFileSync(join(dir, 'units.yaml'), SHIFT_JIS_TEXT),
    at: 'units.yaml',
    message: 'is not UTF-8',
  },
  {
    name: 'markdown-file',
    break: (dir) => {
      cpSync(join(dir, JA_INTRO), join(dir, JA_INTRO.replace('.mdx', '.md')));
      rmSync(join(dir, JA_INTRO));
    },
    at: 'ja/intro.md',
    message: 'texts are MDX files (.mdx), not .md',
  },
  // Editions: an earlier edition (tests/fixtures/editions, copied over the fixture) is checked like the current one
  {
    name: 'edition-other-id',
    break: withEdition((dir) => edit(join(dir, DRAFT_YAML), 'id: sample-2020', 'id: sample-2019')),
    at: `${DRAFT_YAML}:1`,
    message: `an earlier edition keeps its strategy's ID`,
  },
  {
    name: 'edition-unnamed',
    break: withEdition((dir) => edit(join(dir, DRAFT_YAML), 'edition: { id: draft, kind: draft, date: 2019-12-10 }\n', '')),
    at: DRAFT_YAML,
    message: 'an earlier edition must say which edition it is',
  },
  {
    name: 'edition-unknown-kind',
    break: withEdition((dir) => edit(join(dir, DRAFT_YAML), 'kind: draft', 'kind: proposal')),
    at: `${DRAFT_YAML}:6`,
    message: 'edition.kind must be one of: outline, draft, adopted, revised',
  },
  {
    name: 'edition-newer-than-current',
    break: withEdition((dir) => edit(join(dir, DRAFT_YAML), 'date: 2019-12-10', 'date: 2021-01-01')),
    at: `${DRAFT_YAML}:6`,
    message: 'an earlier edition must be older than the current one',
  },
  {
    name: 'edition-current-unnamed',
    break: withEdition((dir) =>
      edit(join(dir, 'strategies/sample-2020/strategy.yaml'), 'edition: { id: adopted, kind: adopted, date: 2020-04-01 }\n', ''),
    ),
    at: 'strategies/sample-2020/strategy.yaml',
    message: 'the strategy has earlier editions',
  },
  {
    name: 'edition-unknown-pillar',
    break: withEdition((dir) => append(join(dir, DRAFT_INTRO), '<MeasureIndex pillar="nonexistent" />')),
    at: `${DRAFT_INTRO}:13`,
    message: 'unknown pillar "nonexistent"',
  },
];

const readText = (file: string) => readFileSync(file, 'utf8');

/** 「はじめに」 and a heading, in Shift_JIS: ---\ntitle: はじめに\n---\n\n## 目的 {#purpose}\n */
const SHIFT_JIS_TEXT = Buffer.concat([
  Buffer.from('---\ntitle: '),
  Buffer.from([0x82, 0xcd, 0x82, 0xb6, 0x82, 0xdf, 0x82, 0xc9]),
  Buffer.from('\n---\n\n## '),
  Buffer.from([0x96, 0xda, 0x93, 0x49]),
  Buffer.from(' {#purpose}\n'),
]);
