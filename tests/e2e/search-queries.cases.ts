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
  | 'year'
  /** A measure or chapter asked for in other words than its title (inbound tourism, クルーズ船). */
  | 'paraphrase'
  /** What a KPI measures (英検, TOEIC, container volume): the measure that holds the KPI. */
  | 'kpi'
  /** A country by its common name, abbreviation or formal name (USA, アメリカ, 大韓民国). */
  | 'country'
  /** A measure by its number as staff cite it (No.12, 別表12, 施策34, Measure 34). */
  | 'code';

export interface QueryCase {
  lang: Lang;
  query: string;
  kind: QueryClass;
  required: string[];
  relevant?: string[];
  filters?: string[];
  mentions?: string[];
  knownIssue?: string;
  /**
   * The query names something no page is about (a Latin-script name such as Chicago): it must find
   * nothing at all, not pages where it is only the start of another word (Chi in Chi Minh).
   */
  absent?: boolean;
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
const TM = `${TOKYO}/measures`;
const YM = `${YOKOHAMA}/measures`;
const KM = `${KUMAMOTO}/measures`;
const SM = `${SHIZUOKA}/measures`;
const EN_TM = `${EN_TOKYO}/measures`;
const EN_YM = `${EN_YOKOHAMA}/measures`;
const EN_KM = `${EN_KUMAMOTO}/measures`;
const EN_SM = `${EN_SHIZUOKA}/measures`;

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

  // ── Japanese: measures asked for in other words, and what their KPIs measure ────────────────
  // Shizuoka's measure ス is about children's English; its first KPI is the share at 英検３級.
  ja('英検', 'kpi', { required: [`${SM}/glocal-children/`], mentions: ['英検'] }),
  ja('TOEIC', 'kpi', { required: [`${SM}/international-staff/`], mentions: ['TOEIC'] }),
  ja('コンテナ取扱量', 'kpi', { required: [`${SM}/shimizu-port/`], mentions: ['コンテナ'] }),
  ja('静岡マラソン', 'kpi', { required: [`${SM}/sports-culture-exchange/`], mentions: ['静岡マラソン'] }),
  ja('朝鮮通信使', 'kpi', { required: [`${SM}/sports-culture-exchange/`], mentions: ['朝鮮通信使'] }),
  // Shizuoka's tea in Italy and Germany is the KPI of 農産物の海外販路開拓.
  ja('お茶の輸出', 'kpi', { required: [`${SM}/agricultural-exports/`], mentions: ['お茶', '茶'] }),
  // 外国客船の誘致 (Shizuoka) and 大型クルーズ客船ふ頭の整備 (Tokyo 55).
  ja('クルーズ船', 'paraphrase', { required: [`${SM}/cruise-ships/`, `${TM}/no-55/`], mentions: ['クルーズ', '客船'] }),
  ja('留学生支援', 'paraphrase', { required: [`${KM}/international-student-support/`], mentions: ['留学生'] }),
  ja('ムスリム', 'katakana', { required: [`${KM}/diverse-visitor-reception/`], mentions: ['ムスリム'] }),
  ja('医療通訳', 'compound', { required: [`${KM}/medical-interpreter-volunteers/`], mentions: ['医療通訳'] }),
  ja('フェアトレード', 'katakana', { required: [`${KM}/fair-trade/`], mentions: ['フェアトレード'] }),
  ja('俳句', 'compound', { required: [`${KM}/kusamakura-haiku/`], mentions: ['俳句'] }),
  ja('ラグビーワールドカップ', 'katakana', { required: [`${KM}/rugby-world-cup-2019/`], mentions: ['ラグビー'] }),
  ja('ハンドボール', 'katakana', { required: [`${KM}/womens-handball-2019/`], mentions: ['ハンドボール'] }),
  ja('柔道', 'paraphrase', { required: [`${TM}/no-7/`], mentions: ['柔道'] }),
  ja('無料Wi-Fi', 'width', { required: [`${TM}/no-51/`], mentions: ['Wi-Fi'] }),
  ja('バリアフリー', 'katakana', { required: [`${TM}/no-50/`, `${TM}/no-49/`], mentions: ['バリアフリー'] }),
  ja('国家戦略特区', 'compound', { required: [`${TM}/no-52/`], mentions: ['特区'] }),
  ja('国際金融センター', 'compound', { required: [`${TM}/no-59/`], mentions: ['金融'] }),
  ja('外国人患者', 'compound', { required: [`${TM}/no-54/`], mentions: ['外国人患者'] }),
  // Tokyo 26 is 少子化・高齢化が進んでいる海外諸都市との情報共有: a reader types the usual compound.
  ja('少子高齢化', 'paraphrase', { required: [`${TM}/no-26/`], mentions: ['少子', '高齢'] }),
  ja('気候変動', 'compound', { required: [`${TM}/no-42/`], relevant: [`${YM}/climate-change/`], mentions: ['気候変動', '温暖化'] }),
  ja('自治体外交', 'compound', { required: [`${YM}/municipal-diplomacy/`, `${YOKOHAMA}/chapter-2/`], mentions: ['自治体外交'] }),
  ja('みなとみらい', 'name', { required: [`${YM}/minato-mirai-21/`], mentions: ['みなとみらい'] }),
  ja('南本牧', 'name', { required: [`${YM}/minami-honmoku-pier/`], mentions: ['南本牧'] }),
  ja('エキサイトよこはま22', 'name', { required: [`${YM}/excite-yokohama-22/`], mentions: ['エキサイトよこはま'] }),
  ja('熊本城ホール', 'name', { required: [`${KM}/kumamoto-jo-hall-mice/`], mentions: ['熊本城ホール'] }),
  ja('阿蘇くまもと空港', 'name', { required: [`${KM}/aso-kumamoto-airport/`], mentions: ['阿蘇くまもと空港'] }),
  ja('ＪＩＣＡ', 'width', { required: [`${KM}/jica-cooperation/`], mentions: ['JICA'] }),
  ja('HACCP', 'name', { required: [`${KM}/haccp-support/`], mentions: ['HACCP'] }),

  // ── Japanese: Tokyo's 別表 numbers as staff cite them ──────────────────────────────────────
  ja('No.12', 'code', { required: [`${TM}/no-12/`] }),
  ja('別表12', 'code', { required: [`${TM}/no-12/`] }),
  ja('施策34', 'code', { required: [`${TM}/no-34/`] }),
  ja('No.64', 'code', { required: [`${TM}/no-64/`] }),
  ja('別表５', 'code', { required: [`${TM}/no-5/`] }),

  // ── Japanese: countries and partner cities ─────────────────────────────────────────────────
  ja('米国', 'country', { required: ['/ja/regions/united-states/'], mentions: ['米国', 'アメリカ'] }),
  ja('アメリカ', 'country', { required: ['/ja/regions/united-states/'], mentions: ['米国', 'アメリカ'] }),
  ja('アメリカ合衆国', 'country', { required: ['/ja/regions/united-states/'], mentions: ['米国', 'アメリカ'] }),
  ja('韓国', 'country', { required: ['/ja/regions/south-korea/'], mentions: ['韓国'] }),
  ja('大韓民国', 'country', { required: ['/ja/regions/south-korea/'], mentions: ['韓国'] }),
  ja('中国', 'country', { required: ['/ja/regions/china/'], mentions: ['中国'] }),
  ja('英国', 'country', { required: ['/ja/regions/united-kingdom/'], mentions: ['英国', 'イギリス'] }),
  ja('イギリス', 'country', { required: ['/ja/regions/united-kingdom/'], mentions: ['英国', 'イギリス'] }),
  ja('ドイツ', 'country', { required: ['/ja/regions/germany/'], mentions: ['ドイツ'] }),
  ja('台湾', 'country', { required: ['/ja/regions/taiwan/'], mentions: ['台湾'] }),
  ja('ソウル', 'katakana', { required: ['/ja/cities/seoul/'], mentions: ['ソウル'] }),
  ja('北京', 'name', { required: ['/ja/cities/beijing/', `${TM}/no-27/`], mentions: ['北京'] }),
  ja('ベルリン', 'katakana', { required: ['/ja/cities/berlin/', `${TM}/no-19/`], mentions: ['ベルリン'] }),
  ja('蔚山', 'name', { required: ['/ja/cities/ulsan/', `${KM}/ulsan-youth-cultural-exchange/`], mentions: ['蔚山'] }),
  ja('サンアントニオ', 'katakana', {
    required: ['/ja/cities/san-antonio/', `${KM}/san-antonio-high-school-exchange/`],
    mentions: ['サンアントニオ'],
  }),
  ja('ストックトン', 'katakana', { required: ['/ja/cities/stockton/'], mentions: ['ストックトン'] }),
  ja('ホーチミン', 'katakana', { required: ['/ja/cities/ho-chi-minh-city/'], mentions: ['ホーチミン'] }),
  ja('桑名市', 'name', { required: ['/ja/cities/kuwana/', `${KUWANA}/`], relevant: [`${KUWANA}/*`], mentions: ['桑名'] }),

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
  // ── English: names that no page is about must find nothing ────────────────────────────────
  // No strategy mentions Chicago; Ho Chi Minh City must not come for its "Chi".
  en('Chicago', 'name', { required: [], absent: true }),

  // ── English: measures in other words, and what their KPIs measure ──────────────────────────
  en('inbound tourism', 'paraphrase', {
    required: [`${EN_SM}/inbound-tourism/`],
    relevant: ['/en/themes/tourism/'],
    filters: ['theme:Tourism and inbound visitors'],
  }),
  en('Eiken', 'kpi', { required: [`${EN_SM}/glocal-children/`], mentions: ['Eiken'] }),
  en('TOEIC', 'kpi', { required: [`${EN_SM}/international-staff/`], mentions: ['TOEIC'] }),
  en('container volume', 'kpi', { required: [`${EN_SM}/shimizu-port/`], mentions: ['container'] }),
  en('Shizuoka Marathon', 'kpi', { required: [`${EN_SM}/sports-culture-exchange/`], mentions: ['Shizuoka Marathon'] }),
  en('tea exports', 'kpi', { required: [`${EN_SM}/agricultural-exports/`], mentions: ['tea'] }),
  en('cruise ships', 'paraphrase', { required: [`${EN_SM}/cruise-ships/`, `${EN_TM}/no-55/`], mentions: ['cruise'] }),
  en('international students', 'compound', { required: [`${EN_KM}/international-student-support/`], mentions: ['international student'] }),
  en('Muslim', 'name', { required: [`${EN_KM}/diverse-visitor-reception/`], mentions: ['Muslim'] }),
  en('medical interpreters', 'compound', { required: [`${EN_KM}/medical-interpreter-volunteers/`], mentions: ['medical interpret'] }),
  en('fair trade', 'compound', { required: [`${EN_KM}/fair-trade/`], mentions: ['fair trade'] }),
  en('haiku', 'name', { required: [`${EN_KM}/kusamakura-haiku/`], mentions: ['haiku'] }),
  en('Rugby World Cup', 'name', { required: [`${EN_KM}/rugby-world-cup-2019/`], mentions: ['Rugby'] }),
  en('handball', 'name', { required: [`${EN_KM}/womens-handball-2019/`], mentions: ['handball'] }),
  en('judo', 'paraphrase', { required: [`${EN_TM}/no-7/`], mentions: ['judo'] }),
  en('free Wi-Fi', 'compound', { required: [`${EN_TM}/no-51/`], mentions: ['Wi-Fi'] }),
  en('barrier-free', 'compound', { required: [`${EN_TM}/no-50/`, `${EN_TM}/no-49/`], mentions: ['barrier-free'] }),
  en('National Strategic Special Zone', 'name', { required: [`${EN_TM}/no-52/`], mentions: ['Strategic Special Zone'] }),
  en('financial center', 'compound', { required: [`${EN_TM}/no-59/`], mentions: ['financial'] }),
  en('foreign patients', 'compound', { required: [`${EN_TM}/no-54/`], mentions: ['foreign patient'] }),
  en('aging population', 'paraphrase', { required: [`${EN_TM}/no-26/`], mentions: ['aging', 'ageing'] }),
  en('climate change', 'compound', { required: [`${EN_TM}/no-42/`], relevant: [`${EN_YM}/climate-change/`], mentions: ['climate'] }),
  en('municipal diplomacy', 'compound', {
    required: [`${EN_YM}/municipal-diplomacy/`, `${EN_YOKOHAMA}/chapter-2/`],
    mentions: ['municipal diplomacy'],
  }),
  en('Minato Mirai', 'name', { required: [`${EN_YM}/minato-mirai-21/`], mentions: ['Minato Mirai'] }),
  en('Minami-Honmoku', 'name', { required: [`${EN_YM}/minami-honmoku-pier/`], mentions: ['Minami-Honmoku'] }),
  en('Excite Yokohama 22', 'name', { required: [`${EN_YM}/excite-yokohama-22/`], mentions: ['Excite Yokohama'] }),
  en('Kumamoto-Jo Hall', 'name', { required: [`${EN_KM}/kumamoto-jo-hall-mice/`], mentions: ['Kumamoto-Jo Hall'] }),
  en('Aso Kumamoto Airport', 'name', { required: [`${EN_KM}/aso-kumamoto-airport/`], mentions: ['Aso Kumamoto Airport'] }),
  en('JICA', 'name', { required: [`${EN_KM}/jica-cooperation/`], mentions: ['JICA'] }),
  en('HACCP', 'name', { required: [`${EN_KM}/haccp-support/`], mentions: ['HACCP'] }),
  en('tourism volunteers', 'compound', { required: [`${EN_TM}/no-14/`], mentions: ['volunteer'] }),
  en('2019', 'year', { required: [`${EN_KM}/rugby-world-cup-2019/`, `${EN_KM}/womens-handball-2019/`], mentions: ['2019'] }),

  // ── English: Tokyo's measure numbers as staff cite them ────────────────────────────────────
  en('No.12', 'code', { required: [`${EN_TM}/no-12/`] }),
  en('No. 64', 'code', { required: [`${EN_TM}/no-64/`] }),
  en('Measure 34', 'code', { required: [`${EN_TM}/no-34/`] }),

  // ── English: countries by common names and abbreviations, and partner cities ──────────────
  en('USA', 'country', { required: ['/en/regions/united-states/'], mentions: ['United States', 'U.S.'] }),
  en('America', 'country', { required: ['/en/regions/united-states/'], mentions: ['United States', 'America'] }),
  en('United States', 'country', { required: ['/en/regions/united-states/'], mentions: ['United States'] }),
  en('ＵＳＡ', 'width', { required: ['/en/regions/united-states/'], mentions: ['United States'] }),
  en('Korea', 'country', { required: ['/en/regions/south-korea/'], mentions: ['Korea'] }),
  en('Republic of Korea', 'country', { required: ['/en/regions/south-korea/'], mentions: ['Korea'] }),
  en('UK', 'country', { required: ['/en/regions/united-kingdom/'], mentions: ['United Kingdom', 'UK', 'Britain'] }),
  en('Britain', 'country', { required: ['/en/regions/united-kingdom/'], mentions: ['United Kingdom', 'Britain'] }),
  en('Germany', 'country', { required: ['/en/regions/germany/'], mentions: ['Germany'] }),
  en('Taiwan', 'country', { required: ['/en/regions/taiwan/'], mentions: ['Taiwan'] }),
  en('Seoul', 'name', { required: ['/en/cities/seoul/'], mentions: ['Seoul'] }),
  en('Beijing', 'name', { required: ['/en/cities/beijing/', `${EN_TM}/no-27/`], mentions: ['Beijing'] }),
  en('Berlin', 'name', { required: ['/en/cities/berlin/', `${EN_TM}/no-19/`], mentions: ['Berlin'] }),
  en('Ulsan', 'name', { required: ['/en/cities/ulsan/', `${EN_KM}/ulsan-youth-cultural-exchange/`], mentions: ['Ulsan'] }),
  en('San Antonio', 'name', {
    required: ['/en/cities/san-antonio/', `${EN_KM}/san-antonio-high-school-exchange/`],
    mentions: ['San Antonio'],
  }),
  en('Stockton', 'name', { required: ['/en/cities/stockton/'], mentions: ['Stockton'] }),
  en('Cannes', 'name', { required: ['/en/cities/cannes/'], mentions: ['Cannes'] }),
  en('Lyon', 'name', { required: ['/en/cities/lyon/'], mentions: ['Lyon'] }),
  en('Ho Chi Minh City', 'name', { required: ['/en/cities/ho-chi-minh-city/'], mentions: ['Ho Chi Minh'] }),
  // The city's former name, which readers still use.
  en('Saigon', 'name', { required: ['/en/cities/ho-chi-minh-city/'], mentions: ['Ho Chi Minh'] }),
  en('Shanghai', 'name', { required: ['/en/cities/shanghai/'], mentions: ['Shanghai'] }),
  en('twin cities', 'paraphrase', {
    required: ['/en/themes/inter-city-relations/'],
    filters: ['theme:Sister cities and city networks'],
    mentions: ['sister'],
  }),
];
