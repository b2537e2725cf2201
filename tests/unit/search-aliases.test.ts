import { describe, expect, it } from 'vitest';
import { pageAliases, searchAliases, textOf } from '../../src/lib/search-aliases';

describe('search aliases', () => {
  it('gives full-width letters and digits their half-width form', () => {
    expect(searchAliases('ＭＩＣＥの誘致、ＧＤＰ、Ｙ－ＰＯＲＴ事業')).toEqual(['MICE', 'GDP', 'Y-PORT']);
  });

  it('leaves a lone full-width letter or digit alone, and forms the text already has', () => {
    expect(searchAliases('（１）ＭＩＣＥとMICE')).toEqual([]);
  });

  it('gives an era year the other era notation and the western year, with its suffix', () => {
    expect(searchAliases('15件（H27年度）')).toEqual(['平成27年度', '2015年度']);
    expect(searchAliases('平成27年度の取り組み')).toEqual(['H27年度', '2015年度']);
    expect(searchAliases('令和元年')).toEqual(['令和1年', 'R1年', '2019年']);
    expect(searchAliases('昭和62(1987)年')).toEqual(['S62']);
  });

  it('names a Heisei year past 2019 in Reiwa too, as plans made before then write it', () => {
    expect(searchAliases('27件（H34年度）')).toEqual(['平成34年度', '2022年度', '令和4年度', 'R4年度']);
  });

  it('reads both ends of a range, and full-width era years', () => {
    // R4年度 is written out already; H29年度 is not (the range shares one suffix).
    expect(searchAliases('延べ138件（H29～R4年度）')).toEqual(['平成29年度', 'H29年度', '2017年度', '令和4年度', '2022年度']);
    expect(searchAliases('59,000人（H27-29平均）')).toEqual(['平成27', '2015', '平成29', 'H29', '2017']);
    expect(searchAliases('Ｈ２７年度')).toEqual(['H27', '平成27年度', 'H27年度', '2015年度']);
  });

  it('does not take Latin words, chemical formulas or out-of-era numbers for era years', () => {
    expect(searchAliases('PH27 H2O R2D2 ISO 14001')).toEqual([]);
    expect(searchAliases('H45年度')).toEqual([]);
  });

  it('keeps the aliases of the title (first h1) apart from the rest of the page', () => {
    const html = '<h1>施策エ ＭＩＣＥの誘致</h1><p>支援件数（H27年度）、<span>ＭＩＣＥ</span></p>';
    expect(pageAliases(html)).toEqual({ title: ['MICE'], body: ['平成27年度', '2015年度'] });
  });

  it('reads the text of HTML without tags, scripts or styles', () => {
    expect(textOf('<p>A&amp;B</p><script>var H27 = 1</script><style>.x{}</style>')).toBe(' A&B   ');
  });
});
