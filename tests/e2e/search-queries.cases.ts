/**
 * The search query suite: Japanese and English queries with the pages a reader should get.
 *
 * Every expectation was chosen by reading the content (content/ and the built pages), never by
 * copying what the search returned:
 *
 * - `required`: the page or pages that *are* the answer — the entity's own page (a city, a theme),
 *   or the pages whose title names the subject (e.g. 施策エ ＭＩＣＥの誘致 for ＭＩＣＥ). Each must be
 *   among the first results (see K in search-queries.test.ts). Empty where no single page is the
 *   answer (an era year that dozens of KPI tables use, a bureau whose page is not indexed): then the
 *   first result must at least be relevant.
 * - relevance, for precision, is broader and judged per query:
 *   - `relevant`: further paths, or path prefixes ending in `*` (e.g. every page of Tokyo's city
 *     diplomacy strategy is relevant to 都市外交);
 *   - `filters`: pages carrying one of these Pagefind filters, as the editors assigned them in
 *     measures.yaml (e.g. `theme:ＭＩＣＥ・国際会議`): the editors' own judgement of what a measure
 *     is about;
 *   - `mentions`: pages whose indexed text contains one of these forms (compared after NFKC and
 *     lower-casing, so ＭＩＣＥ and MICE are one form). Used for names and notations, where
 *     mentioning the name or the year is what makes a page relevant. Not used for compounds such as
 *     地域外交, whose words appear on most pages only inside a strategy's title.
 * - `knownIssue`: an upstream limitation this suite records instead of hiding: the required pages
 *   are expected to be missing, and the test fails when they are found, so that the case is
 *   promoted to a normal one after an upgrade fixes it.
 */

export type Lang = 'ja' | 'en';

/** What a query exercises. */
export type QueryClass =
  /** Japanese kanji compounds and English multiword subjects (多文化共生, city diplomacy). */
  | 'compound'
  /** Katakana names and loanwords (ニューヨーク, オリンピック・パラリンピック). */
  | 'katakana'
  /** Proper names: offices, programmes, networks, bureaus, acronyms (Y-PORT, CITYNET, JETRO). */
  | 'name'
  /** Full-width and half-width letters and digits (ＭＩＣＥ / MICE, ２０２０ / 2020). */
  | 'width'
  /** Era and western years as the sources write them (平成27年度, H27, 令和4年度, FY2015). */
  | 'year';

export interface QueryCase {
  lang: Lang;
  query: string;
  kind: QueryClass;
  required: string[];
  relevant?: string[];
  filters?: string[];
  mentions?: string[];
  knownIssue?: string;
}

const ja = (query: string, kind: QueryClass, c: Omit<QueryCase, 'lang' | 'query' | 'kind'>): QueryCase => ({
  lang: 'ja',
  query,
  kind,
  ...c,
});
const en = (query: string, kind: QueryClass, c: Omit<QueryCase, 'lang' | 'query' | 'kind'>): QueryCase => ({
  lang: 'en',
  query,
  kind,
  ...c,
});

const TOKYO = '/ja/strategies/tokyo-2014';
const YOKOHAMA = '/ja/strategies/yokohama-2015';
const KUMAMOTO = '/ja/strategies/kumamoto-2018';
const SHIZUOKA = '/ja/strategies/shizuoka-2017';
const KUWANA = '/ja/strategies/kuwana-2014';
const EN_TOKYO = '/en/strategies/tokyo-2014';
const EN_YOKOHAMA = '/en/strategies/yokohama-2015';
const EN_KUMAMOTO = '/en/strategies/kumamoto-2018';
const EN_SHIZUOKA = '/en/strategies/shizuoka-2017';
const EN_KUWANA = '/en/strategies/kuwana-2014';

export const CASES: QueryCase[] = [
  // ── Japanese: kanji compounds ──────────────────────────────────────────────────────────────
  ja('多文化共生', 'compound', {
    required: ['/ja/themes/multicultural-coexistence/', `${YOKOHAMA}/measures/multicultural-coexistence/`],
    filters: ['theme:多文化共生・外国人住民'],
    mentions: ['多文化共生'],
  }),
  ja('地域外交', 'compound', {
    // Shizuoka's strategy is the 地域外交基本方針; elsewhere the words occur only in its title.
    required: [`${SHIZUOKA}/`],
    relevant: [`${SHIZUOKA}/*`],
    knownIssue:
      'Pagefind ranks by word frequency without phrase proximity: 地域 and 外交 match apart, and short city and region pages that cite 静岡市地域外交基本方針 as a source outrank the long overview (English: regional diplomacy finds it first).',
  }),
  ja('都市外交', 'compound', {
    // Tokyo's 都市外交基本戦略: the two chapters whose titles are about 都市外交 itself.
    required: [`${TOKYO}/approach/`, `${TOKYO}/basic-policy/`],
    relevant: [`${TOKYO}/*`],
    knownIssue:
      'As for 地域外交: short city pages citing 東京都都市外交基本戦略 and naming a chapter outrank the chapter on 都市外交の推進の基本的方針 (English: city diplomacy finds both chapters).',
  }),
  ja('姉妹都市', 'compound', {
    required: ['/ja/themes/inter-city-relations/', `${SHIZUOKA}/measures/sister-city-exchange/`],
    filters: ['theme:姉妹都市・都市間連携'],
    mentions: ['姉妹都市', '姉妹友好都市', '姉妹・友好都市'],
  }),
  ja('友好都市', 'compound', {
    required: [`${KUWANA}/friendship-city-study/`],
    filters: ['theme:姉妹都市・都市間連携'],
    mentions: ['友好都市'],
  }),
  ja('国際会議', 'compound', {
    required: ['/ja/themes/mice/', `${TOKYO}/measures/no-62/`],
    filters: ['theme:ＭＩＣＥ・国際会議'],
    mentions: ['国際会議'],
  }),
  ja('外国人観光客', 'compound', {
    required: [`${SHIZUOKA}/measures/inbound-tourism/`, `${KUMAMOTO}/measures/diverse-visitor-reception/`],
    filters: ['theme:観光・インバウンド'],
    mentions: ['外国人観光客', '外国人旅行者', '訪日外国人'],
  }),
  ja('水ビジネス', 'compound', {
    required: [`${YOKOHAMA}/measures/winning-projects/`],
    // Tokyo's measure 34 is its water business abroad (水道技術を活用したアジア諸都市への事業展開).
    relevant: [`${TOKYO}/measures/no-34/`],
    mentions: ['水ビジネス'],
  }),
  ja('上海事務所', 'compound', {
    required: [`${KUMAMOTO}/measures/shanghai-office-business/`, `${KUMAMOTO}/measures/shanghai-office-tourism/`],
    relevant: ['/ja/cities/shanghai/'],
    mentions: ['上海事務所'],
  }),

  // ── Japanese: katakana ─────────────────────────────────────────────────────────────────────
  ja('ニューヨーク', 'katakana', { required: ['/ja/cities/new-york/'], mentions: ['ニューヨーク'] }),
  ja('ハイデルベルク', 'katakana', {
    required: [
      '/ja/cities/heidelberg/',
      `${KUMAMOTO}/measures/heidelberg-medical-exchange/`,
      `${KUMAMOTO}/measures/heidelberg-summer-science-school/`,
    ],
    mentions: ['ハイデルベルク'],
  }),
  ja('サンディエゴ', 'katakana', { required: ['/ja/cities/san-diego/'], mentions: ['サンディエゴ'] }),
  ja('オリンピック・パラリンピック', 'katakana', {
    required: [`${TOKYO}/measures/no-1/`, `${TOKYO}/measures/no-49/`, `${SHIZUOKA}/measures/tokyo-2020-training-camps/`],
    mentions: ['オリンピック', 'パラリンピック'],
  }),
  ja('インバウンド', 'katakana', {
    required: ['/ja/themes/tourism/'],
    filters: ['theme:観光・インバウンド'],
    mentions: ['インバウンド'],
  }),
  ja('シティネット', 'katakana', {
    required: [`${YOKOHAMA}/chapter-7/`],
    // Found, but with poor precision: Pagefind indexes シティネット as one word while Chromium
    // splits the query into シティ + ネット, which also match シティプロモーション and ネットワーク.
    mentions: ['シティネット', 'CITYNET'],
  }),

  // ── Japanese: proper names and bureaus ─────────────────────────────────────────────────────
  ja('アジア大都市ネットワーク21', 'name', {
    // The attachment has the section on the network (※アジア大都市ネットワーク21).
    required: [`${TOKYO}/attachment/`],
    mentions: ['アジア大都市ネットワーク', 'アジネット'],
  }),
  ja('熊本城', 'name', {
    required: [`${KUMAMOTO}/measures/kumamoto-castle/`, `${KUMAMOTO}/measures/castle-marathon-runners/`],
    mentions: ['熊本城'],
  }),
  ja('清水港', 'name', { required: [`${SHIZUOKA}/measures/shimizu-port/`], mentions: ['清水港'] }),
  ja('Y-PORT', 'name', { required: [`${YOKOHAMA}/measures/y-port-center/`], mentions: ['Y-PORT'] }),
  ja('港湾局', 'name', {
    // Bureau pages are not in the index (bureau is a search filter): no single page is the answer.
    required: [],
    filters: ['bureau:港湾局'],
    mentions: ['港湾局'],
  }),

  // ── Japanese: full-width and half-width ────────────────────────────────────────────────────
  // The sources write ＭＩＣＥ (Shizuoka, the theme) and MICE (Yokohama, Kumamoto): both must come.
  ja('ＭＩＣＥ', 'width', {
    required: ['/ja/themes/mice/', `${SHIZUOKA}/measures/mice/`, `${YOKOHAMA}/measures/mice-attraction/`],
    filters: ['theme:ＭＩＣＥ・国際会議'],
    mentions: ['MICE'],
  }),
  ja('MICE', 'width', {
    required: ['/ja/themes/mice/', `${SHIZUOKA}/measures/mice/`, `${YOKOHAMA}/measures/mice-attraction/`],
    filters: ['theme:ＭＩＣＥ・国際会議'],
    mentions: ['MICE'],
  }),
  // Half-width katakana, as some input methods and older systems produce it.
  ja('ﾊｲﾃﾞﾙﾍﾞﾙｸ', 'width', { required: ['/ja/cities/heidelberg/'], mentions: ['ハイデルベルク'] }),
  ja('Ｙ－ＰＯＲＴ', 'width', { required: [`${YOKOHAMA}/measures/y-port-center/`], mentions: ['Y-PORT'] }),
  ja('２０２０', 'width', {
    required: [`${SHIZUOKA}/measures/tokyo-2020-training-camps/`, `${TOKYO}/city-diplomacy/`],
    mentions: ['2020'],
  }),
  // The sources write ＧＤＰ only in full width (the country data of Shizuoka's basic policy, also
  // on the region pages): many pages, none the answer.
  ja('GDP', 'width', { required: [], mentions: ['GDP'] }),
  // Tokyo's measure 64 writes JETプログラム in half width.
  ja('ＪＥＴプログラム', 'width', { required: [`${TOKYO}/measures/no-64/`], mentions: ['JETプログラム', 'JET'] }),

  // ── Japanese: era years ────────────────────────────────────────────────────────────────────
  // Kuwana's chapter 3 is 平成27年度の取り組み; the KPI tables write the same year H27年度.
  ja('平成27年度', 'year', {
    required: [`${KUWANA}/fy2015-initiatives/`],
    mentions: ['平成27年', 'H27', '2015年'],
  }),
  ja('H27年度', 'year', {
    required: [`${KUWANA}/fy2015-initiatives/`],
    mentions: ['平成27年', 'H27', '2015年'],
  }),
  // No page writes 令和4年度: the KPI tables write R4年度 (and Shizuoka's plan 平成34年度, 2022年度),
  // on dozens of pages, none the answer.
  ja('令和4年度', 'year', {
    required: [],
    mentions: ['令和4年', 'R4', 'H34', '平成34', '2022年'],
  }),
  ja('R4', 'year', {
    required: [],
    mentions: ['令和4年', 'R4', 'H34', '平成34', '2022年'],
  }),
  // CITYNET was founded 昭和62(1987)年 (Yokohama, chapter 2).
  ja('昭和62年', 'year', { required: [`${YOKOHAMA}/chapter-2/`], mentions: ['昭和62', 'S62', '1987'] }),
  ja('2015年度', 'year', {
    required: [`${KUWANA}/fy2015-initiatives/`],
    mentions: ['平成27年度', 'H27年度', '2015年度'],
  }),

  // ── English: multiword subjects ────────────────────────────────────────────────────────────
  en('multicultural coexistence', 'compound', {
    required: ['/en/themes/multicultural-coexistence/', `${EN_YOKOHAMA}/measures/multicultural-coexistence/`],
    filters: ['theme:Multicultural coexistence and foreign residents'],
    mentions: ['multicultural coexistence'],
  }),
  en('city diplomacy', 'compound', {
    required: [`${EN_TOKYO}/approach/`, `${EN_TOKYO}/basic-policy/`],
    relevant: [`${EN_TOKYO}/*`],
  }),
  en('regional diplomacy', 'compound', {
    required: [`${EN_SHIZUOKA}/`],
    relevant: [`${EN_SHIZUOKA}/*`],
  }),
  en('sister cities', 'compound', {
    required: ['/en/themes/inter-city-relations/', `${EN_SHIZUOKA}/measures/sister-city-exchange/`],
    filters: ['theme:Sister cities and city networks'],
    mentions: ['sister'],
    knownIssue:
      "Seven pages have sister cities in their title; Pagefind's length normalisation puts five short Tokyo and Kumamoto measures first and the theme page eighth (Japanese: 姉妹都市 finds both).",
  }),
  en('international conferences', 'compound', {
    required: ['/en/themes/mice/', `${EN_TOKYO}/measures/no-62/`],
    filters: ['theme:MICE and international conferences'],
    mentions: ['international conference'],
  }),
  en('foreign residents', 'compound', {
    required: ['/en/themes/multicultural-coexistence/', `${EN_KUMAMOTO}/measures/intercultural-information/`],
    filters: ['theme:Multicultural coexistence and foreign residents'],
    mentions: ['foreign resident'],
  }),
  en('water business', 'compound', {
    required: [`${EN_YOKOHAMA}/measures/winning-projects/`],
    relevant: [`${EN_TOKYO}/measures/no-34/`],
    mentions: ['water business'],
  }),
  en('Olympic and Paralympic Games', 'compound', {
    required: [`${EN_TOKYO}/measures/no-1/`, `${EN_TOKYO}/measures/no-49/`, `${EN_SHIZUOKA}/measures/tokyo-2020-training-camps/`],
    mentions: ['Olympic', 'Paralympic'],
  }),

  // ── English: names ─────────────────────────────────────────────────────────────────────────
  en('Heidelberg', 'name', {
    required: [
      '/en/cities/heidelberg/',
      `${EN_KUMAMOTO}/measures/heidelberg-medical-exchange/`,
      `${EN_KUMAMOTO}/measures/heidelberg-summer-science-school/`,
    ],
    mentions: ['Heidelberg'],
  }),
  en('New York', 'name', { required: ['/en/cities/new-york/'], mentions: ['New York'] }),
  en('San Diego', 'name', { required: ['/en/cities/san-diego/'], mentions: ['San Diego'] }),
  en('Kuwana', 'name', {
    required: ['/en/cities/kuwana/', `${EN_KUWANA}/`],
    relevant: [`${EN_KUWANA}/*`],
    mentions: ['Kuwana'],
    knownIssue:
      "The strategy overview, the longest Kuwana page, ranks seventh behind the short city, chapter and measure pages (Pagefind's length normalisation).",
  }),
  en('Shimizu Port', 'name', { required: [`${EN_SHIZUOKA}/measures/shimizu-port/`], mentions: ['Shimizu Port'] }),
  en('Kumamoto Castle', 'name', {
    required: [`${EN_KUMAMOTO}/measures/kumamoto-castle/`, `${EN_KUMAMOTO}/measures/castle-marathon-runners/`],
    mentions: ['Kumamoto Castle'],
  }),
  en('Shanghai Office', 'name', {
    required: [`${EN_KUMAMOTO}/measures/shanghai-office-business/`, `${EN_KUMAMOTO}/measures/shanghai-office-tourism/`],
    relevant: ['/en/cities/shanghai/'],
    mentions: ['Shanghai Office'],
  }),
  en('Y-PORT', 'name', { required: [`${EN_YOKOHAMA}/measures/y-port-center/`], mentions: ['Y-PORT'] }),
  en('CITYNET', 'name', { required: [`${EN_YOKOHAMA}/chapter-7/`], mentions: ['CITYNET'] }),
  en('JET Programme', 'name', { required: [`${EN_TOKYO}/measures/no-64/`], mentions: ['JET Programme'] }),
  en('ANMC21', 'name', {
    required: [`${EN_TOKYO}/approach/`],
    mentions: ['ANMC21', 'Asian Network of Major Cities'],
  }),
  en('Asian Network of Major Cities 21', 'name', {
    required: [`${EN_TOKYO}/attachment/`],
    mentions: ['Asian Network of Major Cities', 'ANMC21'],
  }),
  en('Bureau of Port and Harbor', 'name', {
    // Tokyo's bureau; Yokohama's is the Port and Harbor Bureau. Bureau pages are not indexed.
    required: [],
    filters: ['bureau:Bureau of Port and Harbor', 'bureau:Port and Harbor Bureau'],
    mentions: ['Bureau of Port and Harbor', 'Port and Harbor Bureau'],
  }),

  // ── English: full-width input and years ────────────────────────────────────────────────────
  // A reader with a Japanese input method on may type the acronym in full width.
  en('ＭＩＣＥ', 'width', {
    required: ['/en/themes/mice/', `${EN_SHIZUOKA}/measures/mice/`, `${EN_YOKOHAMA}/measures/mice-attraction/`],
    filters: ['theme:MICE and international conferences'],
    mentions: ['MICE'],
  }),
  en('FY2015', 'year', { required: [`${EN_KUWANA}/fy2015-initiatives/`], mentions: ['2015'] }),
  en('2020', 'year', {
    required: [`${EN_SHIZUOKA}/measures/tokyo-2020-training-camps/`, `${EN_TOKYO}/city-diplomacy/`],
    mentions: ['2020'],
  }),
];
