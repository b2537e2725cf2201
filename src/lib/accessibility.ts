/**
 * The accessibility statement (ウェブアクセシビリティ方針・試験結果) as data: the policy, the scope,
 * how the site was tested, and the result for each success criterion of JIS X 8341-3:2016 (identical
 * to WCAG 2.0) at levels A and AA, in the form Japanese public sites publish them (JIS X 8341-3:2016
 * 附属書JB "JB.3 試験結果の表示"; WAIC 対応度表記ガイドライン; 総務省 みんなの公共サイト運用ガイドライン).
 *
 * The route /[lang]/accessibility/ only renders this. The browser tests read the same list of
 * tested pages and axe rule tags from here, so the page cannot name a test that does not run.
 * Japanese is the source; every English text is its full translation.
 *
 * Honesty rules, held by tests/unit/accessibility.test.ts: a criterion passes (適合) only with at
 * least one check behind it; a criterion the site has no content for is 非適用, never 適合; any
 * failure makes the site "partially conform" (一部準拠) and needs a known issue with a plan.
 */
import axePackage from 'axe-core/package.json';
import htmlValidatePackage from 'html-validate/package.json';
import type { Lang, Localized } from '../schemas/shared';

/** A level of WCAG 2.0 / JIS X 8341-3:2016 this statement covers (AAA is not targeted). */
export type Level = 'A' | 'AA';

/** 結果: pass = 適合, fail = 不適合, not-applicable = 非適用 (the site has nothing it applies to). */
export type Result = 'pass' | 'fail' | 'not-applicable';

/** 対応度 in the WAIC notation: 準拠 (every criterion of the level met, by test) or 一部準拠 (tested, some not met). */
export type Conformance = 'conforms' | 'partially-conforms';

/** The kinds of check behind a result; see CHECKS. */
export type CheckId = 'axe' | 'html-validate' | 'keyboard' | 'zoom' | 'build' | 'manual';

/** One way the site was checked. */
export interface Check {
  /** A short name for the table's notes and the list of methods, e.g. "axe-core (automated)". */
  name: Localized;
  /** What it checks, how, and on which pages: one or two sentences. */
  description: Localized;
  /** The test files that run it, as repository paths; empty for checks made by hand. */
  files: string[];
}

/** The result for one success criterion: a row of the 達成基準チェックリスト. */
export interface CriterionResult {
  /** The criterion's number, the same in WCAG 2.0 and JIS X 8341-3:2016, e.g. "1.4.3". */
  id: string;
  /** Its level, A or AA, as the standard assigns it. */
  level: Level;
  /** Its name: ja as JIS X 8341-3:2016 writes it, en as WCAG 2.0 does. */
  name: Localized;
  /** 適用: whether the site has content the criterion applies to. */
  applicable: boolean;
  /** 結果: pass or fail if applicable; not-applicable exactly when it is not. */
  result: Result;
  /** The checks the result rests on (CHECKS); a pass needs at least one. */
  checks: CheckId[];
  /** How it was checked and what was found, in a sentence or two: the 備考 column. */
  note: Localized;
}

/** A criterion the site does not yet meet, and what will be done about it. */
export interface KnownIssue {
  /** The criteria it fails, by number, e.g. ["3.1.2"]. */
  criteria: string[];
  /** What is wrong and where. */
  problem: Localized;
  /** What will be done (今後の対応). */
  plan: Localized;
}

/** The whole statement. */
export interface AccessibilityStatement {
  /** The standard, with its year of revision, as JB.3 asks (規格の規格番号及び改正年). */
  standard: 'JIS X 8341-3:2016';
  /** The level aimed at (目標とする適合レベル). */
  targetLevel: Level;
  /**
   * The day the tests were run and the table below reviewed (試験実施日), as an ISO date. Change it
   * only after running npm test and reviewing every row again by hand; the automated tests also run
   * on every build, but the manual checks do not.
   */
  testDate: string;
  /**
   * 目標達成期限: the date by which the target level is to be met, as an ISO date. Left out until the
   * site's owners set one; the page then says no date has been set.
   */
  deadline?: string;
  /** Who tested (試験実施者). */
  tester: Localized;
  /** The policy itself (方針), one paragraph; the conformance wording is added from the results. */
  policy: Localized;
  /** Where the wording of the degree of conformance comes from: one sentence naming the guideline. */
  notation: Localized;
  /** The guideline's title, in Japanese (its original) and in English (a translation). */
  notationSource: Localized;
  /** The degrees of conformance the notation allows (準拠, 一部準拠, 配慮), each with its meaning. */
  degrees: { term: Localized; meaning: Localized }[];
  /** What the statement covers (対象範囲), one paragraph. */
  scope: Localized;
  /** What it does not cover, and why (対象外). */
  exclusions: Localized[];
  /** The web content technologies relied upon (依存したウェブコンテンツ技術). */
  technologies: Localized[];
  /** How the tested pages were chosen (試験対象のウェブページを選択した方法), one paragraph. */
  selection: Localized;
  /** The browser and tools the tests ran in (試験環境). */
  environment: Localized;
  /** What was checked by hand, one item per check. */
  manualChecks: Localized[];
  /** What the tests cannot show: limits the reader should know. */
  limits: Localized[];
  /** The criteria not yet met and the plan for each. */
  knownIssues: KnownIssue[];
  /** The 38 success criteria of levels A and AA, in the order of their numbers. */
  criteria: CriterionResult[];
}

/** The axe-core rule tags the browser tests run: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The versions of the automated tools, read from the installed packages. */
export const TOOL_VERSIONS = { axe: axePackage.version, htmlValidate: htmlValidatePackage.version };

/**
 * The pages axe checks in both languages (paths under /ja/ and /en/): every page template, and
 * samples of each collection, including the other strategies' special components.
 */
export const AXE_PAGES = [
  '',
  'strategies/',
  'strategies/shizuoka-2017/',
  'strategies/shizuoka-2017/basic-policy/',
  'strategies/shizuoka-2017/measures/',
  'strategies/shizuoka-2017/measures/mice/',
  'cities/',
  'cities/stockton/',
  'regions/',
  'regions/taiwan/',
  'search/',
  // The components of the other strategies: the 別表 with summaries, partner and network tables,
  // repeat listings with budget lines, indicator tables, a budget, a cover memo, partner profiles.
  'strategies/tokyo-2014/measures/',
  'strategies/tokyo-2014/attachment/',
  'strategies/kumamoto-2018/basic-measures/',
  'strategies/kumamoto-2018/partner-cities/',
  'strategies/yokohama-2015/reference-1/',
  'strategies/yokohama-2015/measures/city-promotion/',
  'strategies/yokohama-2015/memo/',
  'strategies/kuwana-2014/',
  'measures/',
  'compare/',
  'themes/',
  'themes/tourism/',
  'bureaus/',
  'bureaus/tokyo-industrial-labor/',
  'data/',
  'glossary/',
  'translation-status/',
  'accessibility/',
  'licence/',
  'changes/',
  'contribute/',
  // The parallel view and the printable strategy (one language, and both side by side).
  'strategies/shizuoka-2017/current-situation/parallel/',
  'strategies/shizuoka-2017/measures/mice/parallel/',
  'strategies/kuwana-2014/print/',
  'strategies/kuwana-2014/print/bilingual/',
  'offline/',
];

/** The pages whose first FOCUS_STOPS tab stops the keyboard tests check for a visible focus. */
export const FOCUS_PAGES = [
  'ja/',
  'ja/strategies/shizuoka-2017/basic-policy/',
  'en/strategies/shizuoka-2017/measures/mice/',
  'en/measures/',
  'ja/cities/',
  'en/glossary/',
  `ja/search/?q=${encodeURIComponent('清水港')}`,
  'ja/accessibility/',
];
export const FOCUS_STOPS = 60;

/** Search result pages axe checks once the search page has drawn them, filters open (light and dark colour schemes). */
export const AXE_SEARCHES: { lang: Lang; query: string }[] = [
  { lang: 'ja', query: '清水港' },
  { lang: 'en', query: 'container' },
];

/** A page axe checks. */
export interface TestedPage {
  /** Its path and query, e.g. /ja/search/?q=%E6%B8%85%E6%B0%B4%E6%B8%AF. */
  path: string;
  /** False for the address that does not exist (the "page not found" page is what was tested). */
  exists: boolean;
}

/** Every page axe checks: the language chooser, AXE_PAGES in both languages, search results, a missing page. */
export function testedPages(): TestedPage[] {
  return [
    { path: '/', exists: true },
    ...(['ja', 'en'] as const).flatMap((lang) => AXE_PAGES.map((p) => ({ path: `/${lang}/${p}`, exists: true }))),
    ...AXE_SEARCHES.map((s) => ({ path: `/${s.lang}/search/?q=${encodeURIComponent(s.query)}`, exists: true })),
    { path: NOT_FOUND_PATH, exists: false },
  ];
}

/** The address the tests open to check the "page not found" page. */
export const NOT_FOUND_PATH = '/ja/no-such-page/';

export const CHECKS: Record<CheckId, Check> = {
  axe: {
    name: { ja: 'axe-core（自動試験）', en: 'axe-core (automated)' },
    description: {
      ja: `axe-core ${TOOL_VERSIONS.axe}の規則のうち、タグ${AXE_TAGS.join('、')}（WCAG 2.0・2.1・2.2のレベルA及びAA）のものをChromiumで実行し、違反0件であることを確かめます。対象は試験を行ったページの一覧のすべてで、ダークモードでも1頁と検索結果を確かめます。`,
      en: `Runs the axe-core ${TOOL_VERSIONS.axe} rules tagged ${AXE_TAGS.join(', ')} (WCAG 2.0, 2.1 and 2.2, levels A and AA) in Chromium and requires zero violations, on every page in the list of tested pages; one page and the search results are also checked in dark mode.`,
    },
    files: ['tests/e2e/accessibility.test.ts', 'tests/e2e/browser.ts'],
  },
  'html-validate': {
    name: { ja: 'html-validate（自動試験）', en: 'html-validate (automated)' },
    description: {
      ja: `ビルドしたすべての頁のHTMLを、html-validate ${TOOL_VERSIONS.htmlValidate}の推奨規則（.htmlvalidate.jsonの設定）で検証し、エラー0件であることを確かめます。`,
      en: `Validates the HTML of every built page with the recommended rules of html-validate ${TOOL_VERSIONS.htmlValidate} (as configured in .htmlvalidate.json) and requires zero errors.`,
    },
    files: ['tests/build/html-validity.test.ts'],
  },
  keyboard: {
    name: { ja: 'キーボード操作（自動試験）', en: 'Keyboard operation (automated)' },
    description: {
      ja: `Chromiumでキー入力（Tab、Shift+Tab、Enter、矢印キー）だけを用いて、本文へのスキップ、ヘッダーのナビゲーション、検索と検索結果、言語の切替え、対訳表示への切替え、施策の絞り込みを操作し、${FOCUS_PAGES.length}頁の最初の${FOCUS_STOPS}か所のフォーカス位置で輪郭線が表示されること、長い章の頁のすべてのフォーカス位置を順に移動でき戻れること（キーボードトラップがないこと）を確かめます。`,
      en: `Uses key presses only (Tab, Shift+Tab, Enter, arrow keys) in Chromium to skip to the main content, follow the header navigation, search and open a result, switch language, open the parallel view and filter the measures; checks that an outline shows at each of the first ${FOCUS_STOPS} focus stops of ${FOCUS_PAGES.length} pages, and that the focus can move through every stop of a long chapter page and back (no keyboard trap).`,
    },
    files: ['tests/e2e/keyboard.test.ts', 'tests/e2e/parallel.test.ts', 'tests/e2e/block-permalinks.test.ts'],
  },
  zoom: {
    name: { ja: '200％拡大（自動試験）', en: '200% zoom (automated)' },
    description: {
      ja: '幅1280pxの画面を200％に拡大した状態に当たる幅640px、およびスマートフォンの幅320pxと390pxで、各種の頁が両言語とも横にはみ出さないこと（表は枠内で横に送れ、端の影で送れることが分かること）を確かめます。',
      en: 'At a width of 640 px, which is a 1280 px screen zoomed to 200%, and at the phone widths of 320 px and 390 px, checks that pages of every kind in both languages fit without scrolling sideways (wide tables scroll within their frames, with a shadow at the edge that has more).',
    },
    files: ['tests/e2e/accessibility.test.ts', 'tests/e2e/phone.test.ts'],
  },
  build: {
    name: { ja: 'ビルド結果の検査（自動試験）', en: 'Checks of the built site (automated)' },
    description: {
      ja: 'ビルドしたすべての頁について、<html lang>がその頁の言語であること、日英の対の頁が相互にリンクしていること、リンク切れがないこと、編集注の見出しと検索の絞り込み項目の名前が頁の言語であることを確かめます。',
      en: "Checks on every built page that <html lang> is the language of the page, that each page and its counterpart in the other language link to each other, that no link is broken, and that editor's note labels and search filter names are in the language of the page.",
    },
    files: ['tests/build/site.test.ts', 'tests/build/accessibility.test.ts'],
  },
  manual: {
    name: { ja: '目視・手動', en: 'Manual check' },
    description: {
      ja: '試験を行ったページの一覧の頁をChromiumで表示し、テンプレートとコンポーネントのソースと照らして確認しました。確認した内容は「手動で確認したこと」と各達成基準の備考のとおりです。',
      en: 'The pages in the list of tested pages were viewed in Chromium and compared with the source of their templates and components. What was checked is listed under “Checked by hand” and in the note on each criterion.',
    },
    files: [],
  },
};

/** The 38 success criteria of WCAG 2.0 / JIS X 8341-3:2016 at levels A and AA, with results. */
const criteria: CriterionResult[] = [
  {
    id: '1.1.1',
    level: 'A',
    name: { ja: '非テキストコンテンツ', en: 'Non-text Content' },
    applicable: true,
    result: 'pass',
    checks: ['axe', 'manual'],
    note: {
      ja: '画像は地図と成果指標の小さな折れ線図のみです。地図には都市数を示す名前があり、各地点は都市名のリンクで、同じ都市を地図の下に一覧で掲げています。折れ線図は装飾として支援技術から隠し、同じ値を表で示しています。',
      en: 'The only images are maps and small KPI line charts. Each map is named with its number of cities, each marker is a link named after its city, and the same cities are listed below the map. The line charts are hidden from assistive technology as decoration; their values are in the table beside them.',
    },
  },
  {
    id: '1.2.1',
    level: 'A',
    name: { ja: '音声だけ及び映像だけ（収録済み）', en: 'Audio-only and Video-only (Prerecorded)' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: { ja: '音声・映像のコンテンツはありません。', en: 'The site has no audio or video.' },
  },
  {
    id: '1.2.2',
    level: 'A',
    name: { ja: 'キャプション（収録済み）', en: 'Captions (Prerecorded)' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: { ja: '音声・映像のコンテンツはありません。', en: 'The site has no audio or video.' },
  },
  {
    id: '1.2.3',
    level: 'A',
    name: { ja: '音声解説又はメディアに対する代替コンテンツ（収録済み）', en: 'Audio Description or Media Alternative (Prerecorded)' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: { ja: '音声・映像のコンテンツはありません。', en: 'The site has no audio or video.' },
  },
  {
    id: '1.3.1',
    level: 'A',
    name: { ja: '情報及び関係性', en: 'Info and Relationships' },
    applicable: true,
    result: 'pass',
    checks: ['axe', 'html-validate', 'manual'],
    note: {
      ja: '見出し、リスト、表（見出しセルとscope、キャプション又は名前）、ランドマーク、フォームのラベルをHTMLの要素で示しています。見出しの階層が一段飛ぶ頁（戦略一覧、施策一覧）がありますが、構造は読み取れます。',
      en: "Headings, lists, tables (header cells with scope, a caption or a name), landmarks and form labels are marked up with HTML elements. Some pages (the list of strategies, a strategy's list of measures) skip a heading level, but their structure can still be determined.",
    },
  },
  {
    id: '1.3.2',
    level: 'A',
    name: { ja: '意味のある順序', en: 'Meaningful Sequence' },
    applicable: true,
    result: 'pass',
    checks: ['keyboard', 'manual'],
    note: {
      ja: 'HTMLの順序は表示の順序と同じで、CSSによる並べ替えはありません。フォーカスの順序を自動試験で、読み上げ順を頁のソースで確認しました。',
      en: 'The order of the HTML is the order on screen; no CSS reorders content. The focus order was checked by the automated tests, the reading order in the source of the pages.',
    },
  },
  {
    id: '1.3.3',
    level: 'A',
    name: { ja: '感覚的な特徴', en: 'Sensory Characteristics' },
    applicable: true,
    result: 'pass',
    checks: ['manual'],
    note: {
      ja: '操作の説明は、形・大きさ・位置・音だけに頼っていません。地図の説明文は色を示しますが、同じ都市を名前で一覧にしています。',
      en: 'No instruction relies only on shape, size, position or sound. The map caption names colors, but the same cities are listed by name.',
    },
  },
  {
    id: '1.4.1',
    level: 'A',
    name: { ja: '色の使用', en: 'Use of Color' },
    applicable: true,
    result: 'pass',
    checks: ['axe', 'manual'],
    note: {
      ja: '本文中のリンクには下線があります。地図の赤（戦略を策定した自治体）と青（交流のある都市）の地点は大きさも異なります。都市の一覧では交流のある都市に関係（姉妹都市など）を文字で添え、各都市の頁にも戦略の有無と関係を文字で示しています。',
      en: "Links in text are underlined. The red markers of the maps (municipalities with strategies) are also larger than the blue ones (partner cities). The list of cities gives each partner city's relationship (sister city and so on) in words, and each city's page states its strategies and relationships in words.",
    },
  },
  {
    id: '1.4.2',
    level: 'A',
    name: { ja: '音声の制御', en: 'Audio Control' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: { ja: '自動で再生される音声はありません。', en: 'No audio plays automatically.' },
  },
  {
    id: '2.1.1',
    level: 'A',
    name: { ja: 'キーボード', en: 'Keyboard' },
    applicable: true,
    result: 'pass',
    checks: ['keyboard', 'axe', 'manual'],
    note: {
      ja: 'リンク、検索、言語の切替え、施策の絞り込み、コピーのボタン、横に送れる表は、いずれもキーボードで操作できます。段落や表の行へのリンク（¶）は、段落ごとにタブで止まる代わりに、節の見出しのリンクから上下の矢印キーで段落を移り、Enterでたどれます。主な操作は自動試験で確認しています。',
      en: 'Links, search, the language switch, the measure filter, the copy buttons and the tables that scroll sideways can all be operated from the keyboard. The links to paragraphs and table rows (¶) take no tab stop each: from the link of a section’s heading, the up and down arrow keys move between its blocks and Enter follows a block’s link. The main operations are covered by the automated tests.',
    },
  },
  {
    id: '2.1.2',
    level: 'A',
    name: { ja: 'キーボードトラップなし', en: 'No Keyboard Trap' },
    applicable: true,
    result: 'pass',
    checks: ['keyboard'],
    note: {
      ja: '最も長い章の頁で、すべてのフォーカス位置をTabで順に移動して頁の外へ出られること、Shift+Tabで同じ順に戻れることを確かめています。',
      en: 'On the longest chapter page, Tab moves through every focus stop and out of the page, and Shift+Tab returns the same way.',
    },
  },
  {
    id: '2.2.1',
    level: 'A',
    name: { ja: 'タイミング調整可能', en: 'Timing Adjustable' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: {
      ja: '制限時間のある操作はありません。移転した頁の転送は待ち時間0秒です。',
      en: 'Nothing has a time limit. Pages that moved forward the reader at once (a delay of 0 seconds).',
    },
  },
  {
    id: '2.2.2',
    level: 'A',
    name: { ja: '一時停止、停止及び非表示', en: 'Pause, Stop, Hide' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: {
      ja: '動く、点滅する、自動で更新される情報はありません（検索結果は利用者の入力に応じて表示されます）。',
      en: 'Nothing moves, blinks or updates by itself (search results appear in response to what the reader types).',
    },
  },
  {
    id: '2.3.1',
    level: 'A',
    name: { ja: '3回の閃光又は閾値以下', en: 'Three Flashes or Below Threshold' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: { ja: '閃光を放つコンテンツはありません。', en: 'Nothing flashes.' },
  },
  {
    id: '2.4.1',
    level: 'A',
    name: { ja: 'ブロックスキップ', en: 'Bypass Blocks' },
    applicable: true,
    result: 'pass',
    checks: ['keyboard', 'axe'],
    note: {
      ja: '各頁の最初のフォーカス位置に「本文へ移動」のリンクがあり、フォーカスが本文へ移ることを自動試験で確かめています。ヘッダー、ナビゲーション、本文、フッターをランドマークで示しています。',
      en: 'The first focus stop of every page is a “Skip to main content” link; the automated tests check that it moves the focus to the main content. Header, navigation, main content and footer are landmarks.',
    },
  },
  {
    id: '2.4.2',
    level: 'A',
    name: { ja: 'ページタイトル', en: 'Page Titled' },
    applicable: true,
    result: 'pass',
    checks: ['axe', 'manual'],
    note: {
      ja: 'すべての頁のタイトルは「頁の名前 | サイト名」で、章や施策の頁は戦略名も含みます。同じ名前の都市と国・地域（シンガポール、香港など）は、都市の頁と国・地域の頁が同じタイトルです。',
      en: 'Every title reads “page name | site name”; chapter and measure pages add the strategy. A city and a country or region of the same name (Singapore, Hong Kong) have pages with the same title.',
    },
  },
  {
    id: '2.4.3',
    level: 'A',
    name: { ja: 'フォーカス順序', en: 'Focus Order' },
    applicable: true,
    result: 'pass',
    checks: ['keyboard', 'manual'],
    note: {
      ja: 'フォーカスは、本文へのスキップ、ヘッダー（サイト名、ナビゲーション、検索、言語の切替え）、本文、フッターの順に移ります。検索の頁では、読込み時にフォーカスを検索欄に置きます。',
      en: 'The focus moves from the skip link through the header (site name, navigation, search, language switch) to the main content and the footer. The search page places the focus in its search field when it loads.',
    },
  },
  {
    id: '2.4.4',
    level: 'A',
    name: { ja: 'リンクの目的（コンテキスト内）', en: 'Link Purpose (In Context)' },
    applicable: true,
    result: 'pass',
    checks: ['axe', 'manual'],
    note: {
      ja: 'リンクの文字列は行き先の頁の名前です。見出しの「#」のリンクには「この節へのリンク」という名前があり、見出しの中に置いています。',
      en: 'Link text is the name of the page it leads to. The “#” links of headings are named “Link to this section” and sit inside their heading.',
    },
  },
  {
    id: '3.1.1',
    level: 'A',
    name: { ja: 'ページの言語', en: 'Language of Page' },
    applicable: true,
    result: 'pass',
    checks: ['build', 'axe'],
    note: {
      ja: 'すべての頁の<html lang>が、その頁の言語（jaまたはen）であることをビルド結果の検査で確かめています。',
      en: "The checks of the built site require every page's <html lang> to be its language (ja or en).",
    },
  },
  {
    id: '3.2.1',
    level: 'A',
    name: { ja: 'フォーカス時', en: 'On Focus' },
    applicable: true,
    result: 'pass',
    checks: ['keyboard', 'manual'],
    note: {
      ja: 'フォーカスを受けただけで別の頁へ移動しないことを、長い章の頁のすべてのフォーカス位置で確かめています。フォーカスで内容を変える部品はありません（見出しのリンクが表示されるだけです）。',
      en: 'The tests check on every focus stop of a long chapter page that receiving focus never leads to another page. No component changes content on focus (heading links merely appear).',
    },
  },
  {
    id: '3.2.2',
    level: 'A',
    name: { ja: '入力時', en: 'On Input' },
    applicable: true,
    result: 'pass',
    checks: ['keyboard', 'manual'],
    note: {
      ja: '施策の絞り込みと検索の絞り込みは、選ぶとその場で一覧が変わりますが、頁の移動やフォーカスの移動は起こりません（自動試験で確認）。',
      en: 'The measure filter and the search filters update the list in place when a choice is made; the page and the focus stay where they are (checked by the automated tests).',
    },
  },
  {
    id: '3.3.1',
    level: 'A',
    name: { ja: 'エラーの特定', en: 'Error Identification' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: {
      ja: '入力の誤りを検出する入力欄はありません（検索欄はどの語でも受け付けます）。',
      en: 'No field detects input errors (the search field accepts any words).',
    },
  },
  {
    id: '3.3.2',
    level: 'A',
    name: { ja: 'ラベル又は説明', en: 'Labels or Instructions' },
    applicable: true,
    result: 'pass',
    checks: ['axe', 'manual'],
    note: {
      ja: 'ヘッダーの検索欄には「サイト内検索」のラベルと入力例があり、隣に「検索」ボタンがあります。検索の頁の検索欄には「検索する言葉」という見えるラベルがあります。施策の絞り込みと検索結果の絞り込みの各項目には見える名前があります。',
      en: "The header search field has the label “Search the site”, an example and a “Search” button beside it. The search page's field has the visible label “Search for”. Each control of the measure filter and of the search filters has a visible label.",
    },
  },
  {
    id: '4.1.1',
    level: 'A',
    name: { ja: '構文解析', en: 'Parsing' },
    applicable: true,
    result: 'pass',
    checks: ['html-validate', 'axe'],
    note: {
      ja: 'ビルドしたすべての頁をhtml-validateで検証し、エラー（IDの重複、要素の入れ子の誤りなど）が0件です。',
      en: 'Every built page is validated with html-validate with zero errors (duplicate IDs, wrongly nested elements and so on).',
    },
  },
  {
    id: '4.1.2',
    level: 'A',
    name: { ja: '名前（name）、役割（role）及び値（value）', en: 'Name, Role, Value' },
    applicable: true,
    result: 'pass',
    checks: ['axe', 'manual'],
    note: {
      ja: 'リンク、ボタン、入力欄、選択肢はHTMLの標準の要素です。コピーの結果は読み上げ用の状態領域で知らせます。検索の頁の結果と絞り込みもaxeで確認しています。検索結果の件数は読み上げ用の状態領域で知らせます。',
      en: "Links, buttons, fields and selects are standard HTML elements. The result of copying is announced through a status region. The search page's results and filters are checked with axe as well; the number of results is announced through a status region.",
    },
  },
  {
    id: '1.2.4',
    level: 'AA',
    name: { ja: 'キャプション（ライブ）', en: 'Captions (Live)' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: { ja: 'ライブの音声・映像はありません。', en: 'The site has no live audio or video.' },
  },
  {
    id: '1.2.5',
    level: 'AA',
    name: { ja: '音声解説（収録済み）', en: 'Audio Description (Prerecorded)' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: { ja: '映像のコンテンツはありません。', en: 'The site has no video.' },
  },
  {
    id: '1.4.3',
    level: 'AA',
    name: { ja: 'コントラスト（最低限レベル）', en: 'Contrast (Minimum)' },
    applicable: true,
    result: 'pass',
    checks: ['axe', 'manual'],
    note: {
      ja: '文字と背景のコントラスト比は4.5:1以上です（通常表示、ダークモードとも。検索結果も含む）。検索語の強調（黄色の背景に黒）と入力欄の入力例の色は計算値で確認しました。',
      en: 'Text has a contrast ratio of at least 4.5:1 in both the light and the dark color scheme, search results included. The highlighted search words (black on yellow) and the placeholder text were checked from their computed colors.',
    },
  },
  {
    id: '1.4.4',
    level: 'AA',
    name: { ja: 'テキストのサイズ変更', en: 'Resize text' },
    applicable: true,
    result: 'pass',
    checks: ['zoom', 'manual'],
    note: {
      ja: '文字の大きさはremで指定しています。200％に拡大しても頁が横にはみ出さないことを自動試験で確かめています。',
      en: 'Text sizes are set in rem. The automated tests check that pages do not overflow sideways at 200% zoom.',
    },
  },
  {
    id: '1.4.5',
    level: 'AA',
    name: { ja: '文字画像', en: 'Images of Text' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: {
      ja: '文字を画像で示している箇所はありません（地図の下地の画像に文字は含まれません）。',
      en: 'No text is shown as an image (the base images of the maps contain no text).',
    },
  },
  {
    id: '2.4.5',
    level: 'AA',
    name: { ja: '複数の手段', en: 'Multiple Ways' },
    applicable: true,
    result: 'pass',
    checks: ['manual'],
    note: {
      ja: 'ヘッダーのナビゲーション、サイト内検索、パンくずリスト、戦略・テーマ・都市・国・地域・担当部局ごとの一覧、各戦略の目次から頁にたどり着けます。',
      en: "Pages can be reached from the header navigation, the site search, the breadcrumbs, the lists by strategy, theme, city, country or region and bureau, and each strategy's table of contents.",
    },
  },
  {
    id: '2.4.6',
    level: 'AA',
    name: { ja: '見出し及びラベル', en: 'Headings and Labels' },
    applicable: true,
    result: 'pass',
    checks: ['manual'],
    note: {
      ja: '見出しは原資料の見出しと本サイトの区分名で、内容を表しています。ラベルは入力の目的を示しています。',
      en: "Headings are those of the source documents and the names of the site's sections, and describe their content; labels describe the purpose of each control.",
    },
  },
  {
    id: '2.4.7',
    level: 'AA',
    name: { ja: 'フォーカスの可視化', en: 'Focus Visible' },
    applicable: true,
    result: 'pass',
    checks: ['keyboard'],
    note: {
      ja: `フォーカスのある要素には3pxの輪郭線が表示されます。${FOCUS_PAGES.length}頁の最初の${FOCUS_STOPS}か所のフォーカス位置で、輪郭線があり要素が画面内に見えていることを確かめています。`,
      en: `The focused element has a 3 px outline. The tests check at each of the first ${FOCUS_STOPS} focus stops of ${FOCUS_PAGES.length} pages that the outline is drawn and the element is visible on screen.`,
    },
  },
  {
    id: '3.1.2',
    level: 'AA',
    name: { ja: '一部分の言語', en: 'Language of Parts' },
    applicable: true,
    result: 'pass',
    checks: ['build', 'manual'],
    note: {
      ja: '言語の切替えのリンク、用語集、未翻訳の文、対訳表示の各欄に言語を指定しています。英語の頁の中の日本語（施策の記号「ア」、原資料の章番号、編集注などに引用した原文の語句）は、すべて日本語と指定しています（ビルド時に指定し、指定のない日本語がないことを試験で確認）。頁の題名（title要素）と属性の値は言語を指定できないため、頁の言語で読まれます。',
      en: 'The language switch, the glossary, untranslated text and each column of the parallel view are marked with their language. All Japanese on the English pages (the katakana codes of measures, the source’s chapter numbers, source wording quoted in editor’s notes and elsewhere) is marked as Japanese: the build marks it, and a test finds any Japanese left unmarked. Page titles (the title element) and attribute values cannot be marked and are read in the page’s language.',
    },
  },
  {
    id: '3.2.3',
    level: 'AA',
    name: { ja: '一貫したナビゲーション', en: 'Consistent Navigation' },
    applicable: true,
    result: 'pass',
    checks: ['manual'],
    note: {
      ja: 'すべての頁が同じレイアウトから作られ、ヘッダーとフッターのリンクは同じ順序です。',
      en: 'Every page is built from one layout; the links of the header and the footer are in the same order on every page.',
    },
  },
  {
    id: '3.2.4',
    level: 'AA',
    name: { ja: '一貫した識別性', en: 'Consistent Identification' },
    applicable: true,
    result: 'pass',
    checks: ['manual'],
    note: {
      ja: '同じ機能（検索、言語の切替え、リンクのコピー、見出しのリンクなど）は、すべての頁で同じ名前の同じ部品です。',
      en: 'The same functions (search, language switch, copy link, heading links and so on) are the same components with the same names on every page.',
    },
  },
  {
    id: '3.3.3',
    level: 'AA',
    name: { ja: 'エラー修正の提案', en: 'Error Suggestion' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: { ja: '入力の誤りを検出する入力欄はありません。', en: 'No field detects input errors.' },
  },
  {
    id: '3.3.4',
    level: 'AA',
    name: { ja: 'エラー回避（法的、金融及びデータ）', en: 'Error Prevention (Legal, Financial, Data)' },
    applicable: false,
    result: 'not-applicable',
    checks: ['manual'],
    note: {
      ja: '契約・支払い・データの送信や変更を行う機能はありません。',
      en: 'Nothing on the site makes commitments or payments, or submits or changes data.',
    },
  },
];

/** Orders criterion numbers as the standard does: 1.2.5 before 1.3.1, 2.4.10 after 2.4.9. */
export function compareCriteria(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The statement: edit here; the route renders it as it is. */
export const statement: AccessibilityStatement = {
  standard: 'JIS X 8341-3:2016',
  targetLevel: 'AA',
  // The day npm test passed and every row below was reviewed by hand (see testDate above).
  testDate: '2026-11-23',
  tester: {
    ja: '本サイトの運営者（自己評価。第三者による試験ではありません）',
    en: 'The maintainers of this site (a self-assessment, not a third-party test)',
  },
  policy: {
    ja: '本サイトは、年齢や障害の有無、使う機器や環境にかかわらず、市民、自治体の職員、翻訳者の誰もが自治体の国際戦略を読めるよう、日本産業規格JIS X 8341-3:2016「高齢者・障害者等配慮設計指針－情報通信における機器，ソフトウェア及びサービス－第3部：ウェブコンテンツ」の適合レベルAAに準拠することを目標とします。',
    en: 'So that everyone — citizens, municipal staff and translators, whatever their age, disability, device or setting — can read the international strategies of Japanese municipalities, this site aims to conform to conformance level AA of the Japanese Industrial Standard JIS X 8341-3:2016, “Guidelines for older persons and persons with disabilities — Information and communications equipment, software and services — Part 3: Web content”.',
  },
  notation: {
    ja: '対応度の表記は、情報通信アクセス協議会ウェブアクセシビリティ基盤委員会（WAIC）の次のガイドラインによります。「適合レベルAA」は、レベルAとレベルAAの達成基準の両方を指します。JIS X 8341-3:2016は、ISO/IEC 40500:2012すなわちWCAG 2.0と同じ内容の規格です。',
    en: 'The degree of conformance is worded as set out by the Web Accessibility Infrastructure Committee (WAIC) of the Info-communication Access Council in the guideline named below. “Conformance level AA” means the success criteria of levels A and AA together. JIS X 8341-3:2016 is identical to ISO/IEC 40500:2012, that is, to WCAG 2.0.',
  },
  notationSource: {
    ja: 'ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン',
    en: 'Guidelines for describing the degree of conformance of web content with JIS X 8341-3:2016',
  },
  degrees: [
    {
      term: { ja: '準拠', en: 'Conforms' },
      meaning: {
        ja: 'JIS X 8341-3:2016附属書JBに基づいて試験を行い、目標とした適合レベルの達成基準をすべて満たしていること。',
        en: 'Tested following Annex JB of JIS X 8341-3:2016, and every success criterion of the target level is met.',
      },
    },
    {
      term: { ja: '一部準拠', en: 'Partially conforms' },
      meaning: {
        ja: '試験を行ったうえで、目標とした適合レベルの達成基準の一部を満たしておらず、今後の対応方針を示していること。',
        en: 'Tested, but some success criteria of the target level are not yet met, and a plan for meeting them is published.',
      },
    },
    {
      term: { ja: '配慮', en: 'Considered' },
      meaning: {
        ja: '規格に配慮して制作しているが、「準拠」「一部準拠」に当たる試験の結果を示していないこと。',
        en: 'Made with the standard in mind, without the published test results that “conforms” or “partially conforms” require.',
      },
    },
  ],
  scope: {
    ja: '本サイトのドメインの下にあるすべてのウェブページ（日本語と英語の両方。戦略、章、施策、都市、国・地域、テーマ、担当部局、検索、用語集、オープンデータの説明などの頁）。',
    en: "Every web page under this site's domain, in both Japanese and English: the pages of strategies, chapters, measures, cities, countries and regions, themes and bureaus, search, the glossary, the open data documentation and the others.",
  },
  exclusions: [
    {
      ja: '各自治体が公表した原資料（PDF）：本サイトには掲載しておらず、本サイトはその本文から抽出したテキストを掲載しています。原資料へのリンク先は各自治体のサイトです。',
      en: "The source documents (PDF) published by each municipality: they are not published on this site, which publishes text extracted from them. Links to the sources lead to the municipalities' own sites.",
    },
    {
      ja: 'オープンデータのファイル（CSV、JSON）、サイトマップ（sitemap.xml）など、ウェブページではないファイル。',
      en: 'Files that are not web pages, such as the open data files (CSV, JSON) and the sitemap (sitemap.xml).',
    },
  ],
  technologies: [
    { ja: 'HTML', en: 'HTML' },
    { ja: 'CSS', en: 'CSS' },
    { ja: 'SVG（地図）', en: 'SVG (maps)' },
    {
      ja: 'JavaScript及びWebAssembly（サイト内検索のみ。ほかの頁の内容はJavaScriptなしで読めます）',
      en: 'JavaScript and WebAssembly (site search only; every other page can be read without JavaScript)',
    },
  ],
  selection: {
    ja: 'JIS X 8341-3:2016附属書JBの「ウェブページ一式を代表するウェブページを選択する方法」によります。すべての種類の頁（テンプレート）を日本語と英語の両方で選び、戦略・施策・都市・国・地域・テーマ・担当部局の各集まりから、表や注記などの部品が異なる頁を加えました。HTMLの検証はすべての頁に対して行います。',
    en: 'Following the method of selecting web pages representative of the set of web pages in Annex JB of JIS X 8341-3:2016: every kind of page (every template) in both Japanese and English, plus pages from each collection — strategies, measures, cities, countries and regions, themes and bureaus — that use different components such as tables and notes. HTML validation covers every page.',
  },
  environment: {
    ja: 'Debian GNU/Linux 12のChromium 156（ヘッドレス）、playwright-core、Node.js 24。',
    en: 'Chromium 156 (headless) on Debian GNU/Linux 12, driven by playwright-core, on Node.js 24.',
  },
  manualChecks: [
    {
      ja: '地図、折れ線図などの画像と、その代替となる文字情報。',
      en: 'The images (maps, line charts) and the text that stands in for them.',
    },
    {
      ja: '表示の順序とHTMLの順序、見出しとラベルの内容、頁のタイトル。',
      en: 'The order on screen against the order of the HTML; what headings, labels and page titles say.',
    },
    {
      ja: '色だけで示している情報がないこと。検索語の強調と入力例の文字の色のコントラスト。',
      en: 'That no information is given by color alone; the contrast of highlighted search words and of placeholder text.',
    },
    {
      ja: '英語の頁の中の日本語に言語の指定があるか（ビルドの試験が全文を走査し、指定のない日本語を一覧にします。その一覧が空であることと、指定の範囲が語句に合っていることを目視で確認しました）。',
      en: 'Whether Japanese on the English pages is marked as Japanese (a build test scans every text node and lists any Japanese left unmarked; we checked that the list is empty and, by eye, that the marked spans fit the words).',
    },
    {
      ja: '音声・映像、時間制限、動くコンテンツ、入力の誤りを扱う機能がないこと。',
      en: 'That the site has no audio, video, time limits, moving content or input that can be in error.',
    },
  ],
  limits: [
    {
      ja: 'スクリーンリーダーなどの支援技術による試験と、障害のある利用者による評価はまだ行っていません。',
      en: 'No test has yet been made with screen readers or other assistive technology, nor any evaluation by users with disabilities.',
    },
    {
      ja: '自動試験で確かめられるのは達成基準の一部です。ほかは運営者が目視と手動で確認しました。',
      en: 'Automated tests can show only part of each criterion; the rest was checked by the maintainers by eye and by hand.',
    },
  ],
  knownIssues: [],
  // Written above level by level (A, then AA), as the standard lists what each level requires;
  // shown in the order of their numbers, as 試験結果 tables are.
  criteria: [...criteria].sort((a, b) => compareCriteria(a.id, b.id)),
};

/** The 対応度 the results support: any failed criterion means "partially conforms". */
export function conformanceOf(results: CriterionResult[]): Conformance {
  return results.some((c) => c.result === 'fail') ? 'partially-conforms' : 'conforms';
}

/** How many criteria passed, failed or did not apply. */
export function resultCounts(results: CriterionResult[]): Record<Result, number> {
  const counts: Record<Result, number> = { pass: 0, fail: 0, 'not-applicable': 0 };
  for (const c of results) counts[c.result]++;
  return counts;
}
