import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/text-blocks';
import { exportXliff, importFile, readXliff, xliffState, type XliffText } from '../../src/lib/xliff';
import { validateXliff } from '../../src/lib/xliff-validate';
import { parseXml } from '../../src/lib/xml';
import type { GlossaryTerm } from '../../src/schemas/glossary';

const JA = `---
title: 目的
---

前文の段落。

## はじめに {#introduction}

本市は**姉妹都市**と[交流](/ja/cities/stockton/)を進める。<En>Think globally</En>

- 項目\\<一
- 項目二\\
  続き

{/* 注 */}

| 年 | 内容 |
| --- | --- |
| 2017 | 開始 |

<Targets />

<EditorNote>原文のまま。</EditorNote>
`;

const EN = `---
translatedFrom: "aaaaaaaaaaaa"
title: Purpose
---

A preamble paragraph.

## Introduction {#introduction}

The City promotes exchange with its **sister cities** and [others](/en/cities/stockton/). <En>Think globally</En>

- Item \\<one
- Item two\\
  continued

| Year | Content |
| --- | --- |
| 2017 | Start |

<Targets />

<EditorNote>As in the source.</EditorNote>
`;

const glossary = [{ id: 'sister-city', ja: '姉妹都市', en: 'sister city' }] as GlossaryTerm[];
const text = (over: Partial<XliffText> = {}): XliffText => ({ path: 'purpose.mdx', ja: JA, en: EN, state: 'complete', ...over });
const xliff = (over: Partial<XliffText> = {}) =>
  exportXliff({ strategy: 'demo-2020', texts: [text(over)], glossary, municipality: 'demo' });
const importOne = (doc: string, ja = JA, en: string | undefined = EN) =>
  importFile({ file: readXliff(doc).files[0]!, ja, en, jaFile: 'ja/purpose.mdx', enFile: 'en/purpose.mdx' });

describe('the blocks of a text, from its MDX syntax tree', () => {
  it('numbers paragraphs, items, tables and components per section, as the site does', () => {
    expect(textBlocks(JA).map((b) => b.id)).toEqual([
      'intro-p1',
      'introduction',
      'introduction-p1',
      'introduction-p2',
      'introduction-p3',
      'introduction-p4',
      'introduction-p5',
      'introduction-p6',
    ]);
  });

  it('gives each block the exact source span of its text (a heading without its {#id})', () => {
    const blocks = textBlocks(JA);
    const spans = blocks.map((b) => b.segments.map((s) => JA.slice(s.start, s.end)));
    expect(spans[1]).toEqual(['はじめに']);
    expect(spans[5]).toEqual(['年', '内容', '2017', '開始']);
    expect(spans[6]).toEqual([]);
    expect(spans[7]).toEqual(['原文のまま。']);
  });

  it('counts the blocks a data component renders when told how many', () => {
    const ids = textBlocks(JA, (name) => (name === 'Targets' ? 3 : 1)).map((b) => b.id);
    expect(ids.slice(-4)).toEqual(['introduction-p5', 'introduction-p6', 'introduction-p7', 'introduction-p8']);
  });
});

describe('the XLIFF export', () => {
  const doc = xliff();
  it('is XLIFF 2.0 core, ja → en, one unit per block with text, keyed by the block id', () => {
    expect(validateXliff(doc)).toEqual([]);
    const read = readXliff(doc);
    expect([read.srcLang, read.trgLang]).toEqual(['ja', 'en']);
    expect(read.files[0]!.strategy).toBe('demo-2020');
    expect(read.files[0]!.units.map((u) => u.id)).toEqual([
      'intro-p1',
      'introduction',
      'introduction-p1',
      'introduction-p2',
      'introduction-p3',
      'introduction-p4',
      'introduction-p6',
    ]);
  });

  it('protects markup and escapes as inline codes with their original markup', () => {
    expect(doc).toContain('<data id="d1">**</data>');
    expect(doc).toMatch(/<pc id="c\d" dataRefStart="d\d" dataRefEnd="d\d" type="ui">Think globally<\/pc>/);
    expect(doc).toMatch(/項目<ph id="c1" dataRef="d1" equiv="&lt;"\/>一/);
    expect(doc).toContain('<data id="d3">](/ja/cities/stockton/)</data>');
  });

  it('adds the glossary terms of the source as notes', () => {
    expect(doc).toContain('<note category="term">姉妹都市 = sister city</note>');
  });

  it('maps the translation state to XLIFF states', () => {
    expect(xliffState('complete', true)).toBe('reviewed');
    expect(xliffState('unstamped', true)).toBe('translated');
    expect(xliffState('outdated', true)).toBe('initial');
    expect(xliffState('missing', false)).toBe('initial');
    expect(xliff({ state: 'outdated' })).toContain('subState="cs:outdated"');
    const missing = xliff({ en: undefined, state: 'missing' });
    expect(missing).not.toContain('<target');
    expect(validateXliff(missing)).toEqual([]);
  });
});

describe('the XLIFF import', () => {
  it('changes nothing when the targets are untouched', () => {
    const r = importOne(xliff());
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(EN);
    expect(r.changed).toBe(false);
  });

  it('replaces exactly the span of a changed target, markup restored from its codes', () => {
    const doc = xliff().replace(
      '>A preamble paragraph.</target>',
      '>A new <pc id="x" dataRefStart="d1" dataRefEnd="d1">first</pc> {paragraph}.</target>',
    );
    // d1 of the first unit does not exist: it has no codes, so the tool's new code is refused.
    expect(() => importOne(doc)).toThrow(/no original markup/);
    const plain = xliff().replace('>A preamble paragraph.</target>', '>A new first {paragraph} &lt;1&gt;.</target>');
    const r = importOne(plain);
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(EN.replace('A preamble paragraph.', 'A new first \\{paragraph} \\<1>.'));
  });

  it('refuses a unit whose Japanese source changed since the export, naming the file and the unit', () => {
    const r = importOne(xliff(), JA.replace('前文の段落。', '前文の新しい段落。'));
    expect(r.problems).toEqual([expect.stringMatching(/^ja\/purpose\.mdx, unit intro-p1: the Japanese source changed since the export/)]);
  });

  it('refuses a target that would add a block', () => {
    const r = importOne(xliff().replace('>A preamble paragraph.</target>', '>One.\n\nTwo.</target>'));
    expect(r.problems).toEqual([expect.stringMatching(/would change the file's blocks/)]);
  });

  it('reads a file rewritten by a CAT tool: attributes reordered, other whitespace, extra notes', () => {
    const tool = xliff()
      .replace(/<segment id="(s\d+)" state="(\w+)">/g, '<segment\n   state="$2"   id="$1"  >')
      .replace(/<unit id="([\w-]+)" type="([\w:]+)">/g, '<unit type="$2"\tid="$1"><notes><note category="tool">checked</note></notes>')
      .replace(/<notes><note category="tool">checked<\/note><\/notes>(\s*)<notes>/g, '$1<notes><note category="tool">checked</note>')
      .replace(/>\n\s*</g, '>\n        <');
    expect(validateXliff(tool)).toEqual([]);
    const r = importOne(tool);
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(EN);
  });
});

describe('the XLIFF structure check', () => {
  it('finds what the core schema would refuse', () => {
    const doc = xliff();
    expect(validateXliff(doc.replace('srcLang="ja" ', ''))[0]).toMatch(/needs srcLang/);
    expect(validateXliff(doc.replace('<unit id="introduction-p2"', '<unit id="introduction-p1"'))).toContainEqual(
      expect.stringMatching(/id "introduction-p1" is used twice/),
    );
    expect(validateXliff(doc.replace('dataRef="d1" equiv="&lt;"', 'dataRef="d9" equiv="&lt;"'))).toContainEqual(
      expect.stringMatching(/refers to data "d9"/),
    );
    expect(validateXliff(doc.replace('</source>', '</source'))[0]).toMatch(/not well-formed/);
    expect(validateXliff(doc.replace('<source xml:space="preserve">前文', '<source xml:space="preserve"><b>x</b>前文'))).toContainEqual(
      expect.stringMatching(/not XLIFF 2.0 inline content/),
    );
  });

  it('reads XML with namespaces, references and CDATA', () => {
    const el = parseXml('<?xml version="1.0"?><a xmlns:x="urn:x"><x:b c="1&amp;&#x41;"><![CDATA[<t>]]></x:b></a>');
    const b = el.children[0] as { ns: string; attrs: Record<string, string>; children: string[] };
    expect([b.ns, b.attrs.c, b.children[0]]).toEqual(['urn:x', '1&A', '<t>']);
    expect(() => parseXml('<a><b></a>')).toThrow(/1:\d+: <\/a> closes <b>/);
  });
});
