/** The change log's Atom feeds as built: well-formed XML, Atom's required elements, absolute URLs, linked from every page. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// sax (a dependency of Astro's svgo) reads XML strictly: a well-formedness error throws.
// @ts-expect-error: sax ships no types
import sax from 'sax';
import { DIST, pages } from './dist';

interface El {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: El[];
}

/** Parses XML strictly into a small tree; throws on the first well-formedness error. */
function parseXml(xml: string): El {
  const parser = sax.parser(true, { xmlns: false });
  const root: El = { name: '#root', attrs: {}, text: '', children: [] };
  const stack = [root];
  parser.onerror = (e: Error) => {
    throw e;
  };
  parser.onopentag = (n: { name: string; attributes: Record<string, string> }) => {
    const el = { name: n.name, attrs: n.attributes, text: '', children: [] };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  };
  parser.onclosetag = () => stack.pop();
  parser.ontext = (t: string) => {
    stack.at(-1)!.text += t;
  };
  parser.write(xml).close();
  return root.children[0]!;
}

const child = (el: El, name: string) => el.children.filter((c) => c.name === name);
const absolute = (u: string | undefined) => !!u && /^https:\/\/[^/]+\//.test(u);

describe('the Atom feeds', () => {
  it('fails on XML that is not well-formed (the parser is strict)', () => {
    expect(() => parseXml('<feed><title>A & B</title></feed>')).toThrow();
  });

  for (const lang of ['ja', 'en']) {
    it(`/${lang}/changes.xml is well-formed Atom with the required elements and absolute URLs`, () => {
      const feed = parseXml(readFileSync(join(DIST, lang, 'changes.xml'), 'utf8'));
      expect(feed.name).toBe('feed');
      expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
      expect(feed.attrs['xml:lang']).toBe(lang);
      for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toHaveLength(1);
      expect(child(feed, 'link').find((l) => l.attrs.rel === 'self')?.attrs.href).toBe(`https://strategies.example.jp/${lang}/changes.xml`);
      const entries = child(feed, 'entry');
      expect(entries.length).toBeGreaterThan(5);
      const problems: string[] = [];
      const ids = new Set<string>();
      for (const e of entries) {
        const id = child(e, 'id')[0]?.text;
        if (!absolute(id)) problems.push(`entry id ${id} is not an absolute URL`);
        if (id && ids.has(id)) problems.push(`entry id ${id} twice`);
        ids.add(id ?? '');
        if (!child(e, 'title')[0]?.text.trim()) problems.push(`${id}: no title`);
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(child(e, 'updated')[0]?.text ?? ''))
          problems.push(`${id}: updated is not an RFC 3339 date`);
        if (!child(e, 'summary')[0]?.text.trim()) problems.push(`${id}: no summary`);
        for (const l of child(e, 'link')) if (!absolute(l.attrs.href)) problems.push(`${id}: link ${l.attrs.href} is not absolute`);
        if (!child(e, 'link').some((l) => l.attrs.rel === 'alternate')) problems.push(`${id}: no alternate link`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("links the feed of the page's language from every page's head", () => {
    const missing = pages()
      .filter((p) => /^\/(ja|en)\//.test(p.path))
      .filter((p) => {
        const head = /<head>[\s\S]*?<\/head>/.exec(p.html)?.[0] ?? '';
        return !head.includes(
          `<link rel="alternate" type="application/atom+xml" href="https://strategies.example.jp/${p.path.slice(1, 3)}/changes.xml"`,
        );
      })
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('points its entry links at pages that exist', () => {
    const built = new Set(pages().map((p) => `https://strategies.example.jp${p.path}`));
    const feed = readFileSync(join(DIST, 'en', 'changes.xml'), 'utf8');
    const hrefs = [...feed.matchAll(/<link rel="(?:alternate|related)" type="text\/html" href="([^"#]+)(?:#[^"]*)?"/g)].map((m) => m[1]!);
    expect(hrefs.filter((h) => !built.has(h))).toEqual([]);
  });
});

describe('the changes page', () => {
  it("is linked from every page's footer", () => {
    const missing = pages()
      .filter((p) => /^\/(ja|en)\//.test(p.path) && !p.path.endsWith('/offline/'))
      .filter((p) => !(/<footer[\s\S]*?<\/footer>/.exec(p.html)?.[0] ?? '').includes(`href="/${p.path.slice(1, 3)}/changes/"`))
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });
});
