import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cjkFontFiles, SHARE_IMAGE, shareImageSvg, wrap } from '../../src/lib/share-image';

const card = {
  id: 'tokyo-2014',
  title: { ja: '東京都都市外交基本戦略', en: 'Tokyo Metropolitan Government Basic Strategy for City Diplomacy & more <draft>' },
  municipality: { ja: '東京都', en: 'Tokyo' },
  when: { ja: '2015年～2024年', en: '2015–2024' },
};

describe("a strategy's picture for shared links", () => {
  it('is an SVG of 1200×630 with both titles, escaped', () => {
    const svg = shareImageSvg(card, { ja: '日本の都市の国際戦略', en: 'International Strategies of Japanese Cities' });
    expect(svg).toContain(`width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}"`);
    expect(svg).toContain('東京都都市外交基本戦略');
    expect(svg).toContain('&amp; more &lt;draft&gt;');
    expect(svg).not.toContain('<draft>');
  });

  it('wraps English at spaces and Japanese anywhere, within the width', () => {
    const em = (ch: string) => (/[\u3000-\u9fff]/u.test(ch) ? 1 : 0.5);
    const en = wrap('Tokyo Metropolitan Government Basic Strategy for City Diplomacy', 20, em);
    expect(en.join(' ')).toBe('Tokyo Metropolitan Government Basic Strategy for City Diplomacy');
    for (const line of en) expect([...line].length * 0.5).toBeLessThanOrEqual(20);
    expect(wrap('東京都都市外交基本戦略', 4, em)).toEqual(['東京都都', '市外交基', '本戦略']);
  });

  it('finds an installed Japanese font, and stops the build naming the fix where there is none', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-fonts-'));
    mkdirSync(join(empty, 'truetype'));
    writeFileSync(join(empty, 'truetype', 'DejaVuSans.ttf'), '');
    expect(() => cjkFontFiles([empty])).toThrow(/apt-get install fonts-noto-cjk/);
    const some = mkdtempSync(join(tmpdir(), 'fonts-'));
    writeFileSync(join(some, 'NotoSansCJK-Regular.ttc'), '');
    expect(cjkFontFiles([empty, some])).toEqual([join(some, 'NotoSansCJK-Regular.ttc')]);
  });
});
