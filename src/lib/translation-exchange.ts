/**
 * The site's translations for translators' tools, published under /data/: every aligned ja/en
 * block pair as a TMX 1.4b translation memory, and the glossary as a TBX (v3, TBX-Core) term base
 * and as CSV. Blocks and their ids are those of the XLIFF round trip (lib/text-blocks.ts), so a
 * memory entry names the permalink of its block.
 */
import type { GlossaryTerm } from '../schemas/glossary';
import { componentBlocks } from './component-blocks';
import type { SiteIndex, TextFile } from './content-index';
import { plainText, textBlocks } from './text-blocks';
import { translationStatus, type TranslationState } from './translations';
import { escapeXml, openTag } from './xml';

/** One aligned pair: a Japanese block and the English block with the same id. */
export interface AlignedPair {
  /** `<strategy>/<text path>#<block id>`, e.g. `shizuoka-2017/purpose#introduction-p1`. */
  tuid: string;
  ja: string;
  en: string;
  state: TranslationState;
}

/** Every block with text in both languages, site order. */
export function alignedPairs<E>(site: SiteIndex<E>): AlignedPair[] {
  const states = new Map(translationStatus(site).map((s) => [s.ja, s.state]));
  const out: AlignedPair[] = [];
  for (const s of site.strategies) {
    const blocks = componentBlocks(s);
    const texts: { path: string; text: { ja?: TextFile<unknown, E>; en?: TextFile<unknown, E> } }[] = [
      ...s.chapters.map((c) => ({ path: c.slug, text: c.text })),
      ...s.measures.map((m) => ({ path: `measures/${m.facts.slug}`, text: m.text })),
    ];
    for (const { path, text } of texts) {
      if (!text.ja || !text.en) continue;
      const words = (body: string) =>
        new Map(
          textBlocks(body, blocks)
            .filter((b) => b.segments.length > 0)
            .map((b) => [b.id, b.segments.map((x) => plainText(x.nodes).trim()).join('\n')]),
        );
      const en = words(text.en.body);
      for (const [id, ja] of words(text.ja.body)) {
        const twin = en.get(id);
        if (twin) out.push({ tuid: `${s.data.id}/${path}#${id}`, ja, en: twin, state: states.get(text.ja.file) ?? 'complete' });
      }
    }
  }
  return out;
}

/** The pairs as a TMX 1.4b document (plain text segments, one <tu> per pair). */
export function toTmx(pairs: readonly AlignedPair[]): string {
  const header = openTag(
    'header',
    {
      creationtool: 'city-strategies',
      creationtoolversion: '1',
      segtype: 'block',
      'o-tmf': 'mdx',
      adminlang: 'en',
      srclang: 'ja',
      datatype: 'plaintext',
    },
    true,
  );
  const tus = pairs.map(
    (p) =>
      `    ${openTag('tu', { tuid: p.tuid })}<prop type="x-translation-state">${p.state}</prop>` +
      `<tuv xml:lang="ja"><seg>${escapeXml(p.ja)}</seg></tuv><tuv xml:lang="en"><seg>${escapeXml(p.en)}</seg></tuv></tu>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  ${header}`,
    '  <body>',
    ...tus,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

export const TBX_NS = 'urn:iso:std:iso:30042:ed-2';

/** The glossary as a TBX v3 document (TBX-Core dialect, DCA style): one concept entry per term. */
export function toTbx(terms: readonly GlossaryTerm[]): string {
  const entry = (t: GlossaryTerm) => {
    const lang = (code: 'ja' | 'en', term: string) =>
      `<langSec xml:lang="${code}"><termSec><term>${escapeXml(term)}</term></termSec>${t.note ? `<note>${escapeXml(t.note[code])}</note>` : ''}</langSec>`;
    const scope = t.scope ? `<note>${escapeXml(`scope: ${t.scope.join(', ')}`)}</note>` : '';
    return `      ${openTag('conceptEntry', { id: t.id })}${scope}${lang('ja', t.ja)}${lang('en', t.en)}</conceptEntry>`;
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="${TBX_NS}">`,
    '  <tbxHeader><fileDesc><sourceDesc><p>Glossary of fixed terms (content/glossary.yaml): the approved English for Japanese terms of the strategies.</p></sourceDesc></fileDesc></tbxHeader>',
    '  <text>',
    '    <body>',
    ...terms.map(entry),
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}

/** The glossary as RFC 4180 CSV with a byte order mark, like the other open data. */
export function glossaryCsv(terms: readonly GlossaryTerm[]): string {
  const esc = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = terms.map((t) => [t.id, t.ja, t.en, t.note?.ja ?? '', t.note?.en ?? '', (t.scope ?? []).join(' ')].map(esc).join(','));
  return `\uFEFF${['id,ja,en,note_ja,note_en,scope', ...rows].join('\r\n')}\r\n`;
}
