/**
 * Every strategy's XLIFF export, and the form a CAT tool writes back, validate against the OASIS
 * XLIFF 2.0 core schema itself (tests/fixtures/xliff/xliff_core_2.0.xsd, vendored unchanged) with
 * libxml2's XSD validator (npm xmllint-wasm: WebAssembly, no system package, no network). The
 * negative cases prove the validator reads the schema: each broken document is refused, naming the
 * element. What the schema cannot say (a code's dataRef naming an <originalData> entry, ids unique in
 * a unit) stays with the structural check of src/lib/xliff-validate.ts, shown by the last case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { checkContent } from '../../src/lib/check';
import { validateXliff } from '../../src/lib/xliff-validate';
import { exportStrategy } from '../../src/lib/xliff-project';
import { asCatToolWrites } from './xliff-cat-tool';

const DIR = 'tests/fixtures/xliff';
/** The core schema imports xml.xsd by this relative path (OASIS's package layout): keep it. */
const XML_XSD = 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd';
const schema = { fileName: 'xliff_core_2.0.xsd', contents: readFileSync(`${DIR}/xliff_core_2.0.xsd`, 'utf8') };
const preload = { fileName: XML_XSD, contents: readFileSync(`${DIR}/${XML_XSD}`, 'utf8') };

/** The schema's complaints about a document ("line: message"), empty when it is valid. */
async function schemaErrors(xliff: string, name = 'export.xlf'): Promise<string[]> {
  const r = await validateXML({ xml: { fileName: name, contents: xliff }, schema, preload });
  if (!r.valid && r.errors.length === 0) throw new Error(`xmllint failed without a message:\n${r.rawOutput}`);
  return r.errors.map((e) => `${e.loc?.lineNumber ?? '?'}: ${e.message}`);
}

async function exports(): Promise<[string, string][]> {
  const { site, content, problems } = await checkContent();
  if (!site) throw new Error(`the content does not check: ${problems.length} problems (npm run check)`);
  return [...site.strategy.keys()].map((id) => [id, exportStrategy({ site, content }, id)!.xliff]);
}

const ALL = await exports();
/** One strategy's export, for the cases that change it. */
const xliff = ALL[0]![1];

describe('the XLIFF export against the OASIS XLIFF 2.0 core schema', () => {
  it('validates the export of every strategy', async () => {
    expect(ALL.length).toBeGreaterThan(0);
    for (const [id, text] of ALL) expect(await schemaErrors(text, `${id}.xlf`), id).toEqual([]);
  });

  it('validates an export as a CAT tool rewrites it (attributes reordered, other whitespace, its own notes)', async () => {
    const tool = asCatToolWrites(xliff);
    expect(tool).not.toBe(xliff);
    expect(await schemaErrors(tool)).toEqual([]);
  });

  describe('refuses a broken document, naming what is wrong', () => {
    const cases: [string, (x: string) => string, RegExp][] = [
      [
        'a state outside the four of XLIFF 2.0',
        (x) => x.replace(/state="(translated|reviewed|initial)"/, 'state="done"'),
        /'state'.*'done'/,
      ],
      [
        'a segment without its source',
        (x) => x.replace(/<source xml:space="preserve">[\s\S]*?<\/source>/, ''),
        /target': This element is not expected. Expected is .*source/,
      ],
      ['a unit without an id', (x) => x.replace(/<unit id="[\w-]+"/, '<unit'), /unit.*'id' is required/],
      [
        'notes after the segments',
        (x) => x.replace(/(<unit [^>]*>)([\s\S]*?)(<\/unit>)/, '$1$2<notes><note>late</note></notes>$3'),
        /notes.*not expected/,
      ],
      ['an element the core does not have', (x) => x.replace('<segment', '<paragraph/><segment'), /paragraph.*not expected/],
      ['no version', (x) => x.replace(' version="2.0"', ''), /'version' is required/],
    ];
    for (const [what, breakIt, message] of cases)
      it(what, async () => {
        const broken = breakIt(xliff);
        expect(broken, 'the case changes the document').not.toBe(xliff);
        const errors = await schemaErrors(broken);
        expect(errors.length, errors.join('\n')).toBeGreaterThan(0);
        expect(errors.join('\n')).toMatch(message);
      });
  });

  it('leaves to the structural check what the schema cannot express: a code naming data the unit lacks', async () => {
    const broken = xliff.replace(/dataRef="(d\d+)"/, 'dataRef="d999"');
    expect(broken).not.toBe(xliff);
    expect(await schemaErrors(broken)).toEqual([]);
    expect(validateXliff(broken).join('\n')).toMatch(/refers to data "d999"/);
  });
});
