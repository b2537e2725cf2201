/**
 * The open data tables (/data/<table>.json and .csv): one row per item, one value per cell,
 * western years, stable IDs, both languages as columns. Columns are defined once, with the
 * description the documentation page shows, so data and documentation cannot drift apart.
 */
import type { Localized } from '../schemas/shared';
import type { SiteIndex } from './content-index';
import { parsePeriod } from './era';
import { pickText } from './view';
import { sectionPath } from './index/mention-index';

type Cell = string | number | boolean | null;

export interface Column<R> {
  name: string;
  description: Localized;
  value: (row: R) => Cell;
}

export interface Table {
  id: string;
  description: Localized;
  columns: Column<never>[];
  rows: () => Record<string, Cell>[];
}

function table<R>(id: string, description: Localized, rows: () => R[], columns: Column<R>[]): Table {
  return {
    id,
    description,
    columns: columns as Column<never>[],
    rows: () => rows().map((r) => Object.fromEntries(columns.map((c) => [c.name, c.value(r)]))),
  };
}

const d = (ja: string, en: string): Localized => ({ ja, en });

function periodCells(written: string | undefined, implicitEra: 'H' | 'R' | 'S' | undefined) {
  const p = written ? parsePeriod(written, { implicitEra }) : null;
  return {
    from: p && p.span === undefined ? p.start : null,
    to: p && p.span === undefined ? (p.end ?? p.start) : null,
    fiscal: p ? p.kind === 'fiscal' : null,
  };
}

export function openDataTables<E>(site: SiteIndex<E>): Table[] {
  const measures = site.strategies.flatMap((s) => s.measures);
  const kpis = measures.flatMap((m) => m.kpis);
  const relationships = [...site.cities.values()].flatMap((c) => c.relationships.map((r) => ({ c, r })));
  return [
    table('strategies', d('戦略（文書）1件につき1行。', 'One row per strategy (document).'), () => site.strategies, [
      { name: 'strategy_id', description: d('戦略のID（URLに使用）', 'Strategy ID (used in URLs)'), value: (s) => s.data.id },
      {
        name: 'municipality_id',
        description: d('策定した自治体の都市ID（cities表）', 'City ID of the issuing municipality (cities table)'),
        value: (s) => s.municipality.id,
      },
      { name: 'title_ja', description: d('題名（日本語）', 'Title in Japanese'), value: (s) => s.data.title.ja },
      { name: 'title_en', description: d('題名（英語）', 'Title in English'), value: (s) => s.data.title.en },
      {
        name: 'status',
        description: d(
          'adopted（策定済み）、draft（原案）、supplement（別冊）、report（報告）',
          'adopted, draft (原案), supplement (別冊) or report',
        ),
        value: (s) => s.data.status,
      },
      {
        name: 'period_from',
        description: d('計画期間の初年（西暦）', 'First year of the period (western)'),
        value: (s) => s.data.period?.from ?? null,
      },
      {
        name: 'period_to',
        description: d('計画期間の最終年（西暦）', 'Last year of the period (western)'),
        value: (s) => s.data.period?.to ?? null,
      },
      {
        name: 'period_fiscal',
        description: d('期間が年度か（true）暦年か（false）', 'Whether the period is in fiscal years (true) or calendar years (false)'),
        value: (s) => s.data.period?.fiscal ?? null,
      },
      {
        name: 'issued',
        description: d('策定年月（YYYY-MM）。原資料に記載がなければ空', 'Date of issue (YYYY-MM); empty where the source gives none'),
        value: (s) => s.data.issued ?? null,
      },
      { name: 'measure_count', description: d('施策の数', 'Number of measures'), value: (s) => s.measures.length },
    ]),
    table(
      'measures',
      d(
        '施策1件につき1行。再掲（同じ施策の別の柱での掲載）は含まない。',
        'One row per measure; repeat listings under other pillars are not rows of their own.',
      ),
      () => measures,
      [
        { name: 'strategy_id', description: d('戦略のID', 'Strategy ID'), value: (m) => m.strategy.data.id },
        {
          name: 'measure_id',
          description: d('施策のID（戦略内で一意。URLに使用）', 'Measure ID (unique within the strategy; used in URLs)'),
          value: (m) => m.facts.slug,
        },
        {
          name: 'code',
          description: d('原資料の施策番号・記号（ア、1-②、12など）', "The source's code for the measure (ア, 1-②, 12 …)"),
          value: (m) => m.facts.code ?? null,
        },
        {
          name: 'kind',
          description: d('measure（施策）または indicators（柱の指標表）', 'measure, or indicators (a pillar’s table of indicators)'),
          value: (m) => m.facts.kind,
        },
        { name: 'pillar_id', description: d('所属する柱のID', 'ID of the pillar it belongs to'), value: (m) => m.pillar.id },
        { name: 'pillar_title_ja', description: d('柱の名称（日本語）', 'Pillar title in Japanese'), value: (m) => m.pillar.title.ja },
        { name: 'pillar_title_en', description: d('柱の名称（英語）', 'Pillar title in English'), value: (m) => m.pillar.title.en },
        {
          name: 'title_ja',
          description: d('施策名（日本語）', 'Measure title in Japanese'),
          value: (m) => pickText(m.text, 'ja').file.data.title,
        },
        {
          name: 'title_en',
          description: d('施策名（英語。未翻訳なら空）', 'Measure title in English (empty if not yet translated)'),
          value: (m) => m.text.en?.data.title ?? null,
        },
        {
          name: 'leading',
          description: d('リーディング事業の印（○）があるか', 'Whether the source marks it as a leading project (○)'),
          value: (m) => m.facts.leading,
        },
        {
          name: 'budget_value',
          description: d('計画上の見込額（budget_unit の単位）', 'Planned budget, in budget_unit'),
          value: (m) => m.facts.budget?.value ?? null,
        },
        {
          name: 'budget_unit',
          description: d('見込額の単位のID（units）。oku-yen は億円', 'Unit ID of the budget (oku-yen = 100 million yen)'),
          value: (m) => m.facts.budget?.unit ?? null,
        },
        { name: 'kpi_count', description: d('成果指標の数', 'Number of KPIs'), value: (m) => m.kpis.length },
      ],
    ),
    table(
      'measure_bureaus',
      d('施策と担当・関係部局の組み合わせ1件につき1行。', 'One row per measure and responsible or related bureau.'),
      () =>
        measures.flatMap((m) => [
          ...m.facts.bureaus.map((b) => ({ m, b, role: 'responsible' })),
          ...m.facts.relatedBureaus.map((b) => ({ m, b, role: 'related' })),
        ]),
      [
        { name: 'strategy_id', description: d('戦略のID', 'Strategy ID'), value: (x) => x.m.strategy.data.id },
        { name: 'measure_id', description: d('施策のID', 'Measure ID'), value: (x) => x.m.facts.slug },
        { name: 'bureau_id', description: d('部局のID（bureaus表）', 'Bureau ID (bureaus table)'), value: (x) => x.b },
        { name: 'role', description: d('responsible（担当）または related（関係）', 'responsible or related'), value: (x) => x.role },
      ],
    ),
    table(
      'measure_themes',
      d('施策とテーマの組み合わせ1件につき1行（本サイトの分類）。', "One row per measure and theme (this site's classification)."),
      () => measures.flatMap((m) => m.facts.themes.map((t, i) => ({ m, t, rank: i + 1 }))),
      [
        { name: 'strategy_id', description: d('戦略のID', 'Strategy ID'), value: (x) => x.m.strategy.data.id },
        { name: 'measure_id', description: d('施策のID', 'Measure ID'), value: (x) => x.m.facts.slug },
        { name: 'theme_id', description: d('テーマのID（themes表）', 'Theme ID (themes table)'), value: (x) => x.t },
        { name: 'rank', description: d('1が主なテーマ', '1 for the main theme'), value: (x) => x.rank },
      ],
    ),
    table(
      'measure_markets',
      d('施策の対象市場（国・地域・都市）1件につき1行。', 'One row per target market (country, region or city) of a measure.'),
      () =>
        measures.flatMap((m) =>
          (['priority', 'expected'] as const).flatMap((role) =>
            (m.markets?.[role] ?? []).flatMap((mv) => [
              ...mv.regions.map((r) => ({ m, role, region: r.id, city: null as string | null, mv })),
              ...mv.cities.map((c) => ({ m, role, region: null as string | null, city: c.id, mv })),
              ...(mv.regions.length + mv.cities.length === 0 ? [{ m, role, region: null, city: null, mv }] : []),
            ]),
          ),
        ),
      [
        { name: 'strategy_id', description: d('戦略のID', 'Strategy ID'), value: (x) => x.m.strategy.data.id },
        { name: 'measure_id', description: d('施策のID', 'Measure ID'), value: (x) => x.m.facts.slug },
        {
          name: 'role',
          description: d(
            'priority（重点市場）または expected（今後の期待市場）',
            'priority (重点市場) or expected (今後の期待市場, prospective)',
          ),
          value: (x) => x.role,
        },
        { name: 'region_id', description: d('国・地域のID（regions表）', 'Country or region ID (regions table)'), value: (x) => x.region },
        { name: 'city_id', description: d('都市のID（cities表）', 'City ID (cities table)'), value: (x) => x.city },
        {
          name: 'label_ja',
          description: d('原資料の表記（国・地域名と異なる場合）', "The source's wording, where it is not simply the region's name"),
          value: (x) => x.mv.market.label?.ja ?? null,
        },
        { name: 'label_en', description: d('同（英語）', 'The same in English'), value: (x) => x.mv.market.label?.en ?? null },
      ],
    ),
    table(
      'kpis',
      d(
        '成果指標1件につき1行。再掲の指標は repeat_of に元の指標を示す。',
        'One row per KPI; a repeated KPI names its original in repeat_of.',
      ),
      () => kpis,
      [
        { name: 'strategy_id', description: d('戦略のID', 'Strategy ID'), value: (k) => k.measure.strategy.data.id },
        { name: 'measure_id', description: d('施策のID', 'Measure ID'), value: (k) => k.measure.facts.slug },
        { name: 'kpi_id', description: d('指標のID（施策内で一意）', 'KPI ID (unique within the measure)'), value: (k) => k.kpi.id },
        {
          name: 'repeat_of',
          description: d('再掲の場合、元の指標（施策ID/指標ID）', 'For a repeat, the original KPI (measure_id/kpi_id)'),
          value: (k) => k.kpi.repeatOf ?? null,
        },
        {
          name: 'indicator_ja',
          description: d('指標名（日本語）', 'Indicator in Japanese'),
          value: (k) => pickText(k.origin.measure.text, 'ja').file.data.kpis[k.origin.kpi.id]?.indicator ?? null,
        },
        {
          name: 'indicator_en',
          description: d('指標名（英語）', 'Indicator in English'),
          value: (k) => k.origin.measure.text.en?.data.kpis[k.origin.kpi.id]?.indicator ?? null,
        },
        {
          name: 'unit_id',
          description: d('単位のID（units）。man-people は万人など', 'Unit ID (e.g. man-people = 10,000 people)'),
          value: (k) => k.origin.kpi.unit ?? null,
        },
        ...(['baseline', 'target'] as const).flatMap((role) => [
          {
            name: `${role}_value`,
            description: d(
              role === 'baseline' ? '基準値（数値）' : '目標値（数値）',
              `${role === 'baseline' ? 'Baseline' : 'Target'} as a number (in unit_id)`,
            ),
            value: (k: (typeof kpis)[number]) => k.origin.kpi[role]?.value ?? null,
          },
          {
            name: `${role}_qualitative`,
            description: d(
              '数値でない値（increase, registration, held, above-national-average）',
              'A non-numeric value (increase, registration, held, above-national-average)',
            ),
            value: (k: (typeof kpis)[number]) => k.origin.kpi[role]?.qualitative ?? null,
          },
          {
            name: `${role}_period_as_written`,
            description: d('原資料の年の表記（H27年度など）', 'The period as the source writes it (e.g. H27年度)'),
            value: (k: (typeof kpis)[number]) => k.origin.kpi[role]?.period ?? null,
          },
          {
            name: `${role}_year_from`,
            description: d('期間の初年（西暦）', 'First year of the period (western)'),
            value: (k: (typeof kpis)[number]) => periodCells(k.origin.kpi[role]?.period, k.measure.strategy.data.implicitEra).from,
          },
          {
            name: `${role}_year_to`,
            description: d('期間の最終年（西暦）', 'Last year of the period (western)'),
            value: (k: (typeof kpis)[number]) => periodCells(k.origin.kpi[role]?.period, k.measure.strategy.data.implicitEra).to,
          },
          {
            name: `${role}_fiscal`,
            description: d('年度（true）か暦年（false）か', 'Fiscal (true) or calendar (false) years'),
            value: (k: (typeof kpis)[number]) => periodCells(k.origin.kpi[role]?.period, k.measure.strategy.data.implicitEra).fiscal,
          },
          {
            name: `${role}_cumulative`,
            description: d('延べ（期間合計）の値か', 'Whether the value is a total over the period (延べ)'),
            value: (k: (typeof kpis)[number]) => k.origin.kpi[role]?.cumulative ?? null,
          },
        ]),
      ],
    ),
    table(
      'cities',
      d(
        '都市1件につき1行（策定自治体と、戦略が挙げる海外等の都市）。',
        'One row per city (the municipalities and the cities the strategies name).',
      ),
      () => [...site.cities.values()],
      [
        { name: 'city_id', description: d('都市のID（URLに使用）', 'City ID (used in URLs)'), value: (c) => c.id },
        { name: 'name_ja', description: d('名称（日本語）', 'Name in Japanese'), value: (c) => c.name.ja },
        { name: 'name_en', description: d('名称（英語）', 'Name in English'), value: (c) => c.name.en },
        {
          name: 'kind',
          description: d('city, state, province, prefecture, district, port', 'city, state, province, prefecture, district or port'),
          value: (c) => c.kind,
        },
        {
          name: 'country_id',
          description: d('国・地域のID（regions表）', 'Country or territory ID (regions table)'),
          value: (c) => c.country,
        },
        { name: 'latitude', description: d('緯度（WGS84）', 'Latitude (WGS 84)'), value: (c) => c.coordinates[0] },
        { name: 'longitude', description: d('経度（WGS84）', 'Longitude (WGS 84)'), value: (c) => c.coordinates[1] },
        {
          name: 'population',
          description: d('人口（戦略に記載がある場合）', 'Population, where a strategy gives it'),
          value: (c) => c.population?.value ?? null,
        },
        {
          name: 'population_approximate',
          description: d('人口が概数（約）か', 'Whether the population is approximate (約)'),
          value: (c) => c.population?.approximate ?? null,
        },
      ],
    ),
    table(
      'relationships',
      d(
        '都市と日本の自治体の関係（姉妹都市・ネットワーク加盟など）1件につき1行。',
        'One row per tie between a city and a Japanese municipality (sister city, network membership …).',
      ),
      () => relationships,
      [
        { name: 'city_id', description: d('都市のID', 'City ID'), value: (x) => x.c.id },
        { name: 'with_city_id', description: d('相手の自治体の都市ID', 'City ID of the Japanese municipality'), value: (x) => x.r.with },
        {
          name: 'type',
          description: d(
            'sister-city, friendship-city, partner-city, network-member など',
            'sister-city, friendship-city, partner-city, network-member …',
          ),
          value: (x) => x.r.type,
        },
        { name: 'since', description: d('開始年（西暦）', 'Year it began (western)'), value: (x) => x.r.since ?? null },
        {
          name: 'date',
          description: d('日付（YYYY-MM-DD または YYYY-MM）', 'Date (YYYY-MM-DD or YYYY-MM)'),
          value: (x) => x.r.date ?? null,
        },
        {
          name: 'network_id',
          description: d('ネットワークのID（加盟の場合）', 'Network ID, for a membership'),
          value: (x) => x.r.network ?? null,
        },
        {
          name: 'source_strategy_id',
          description: d('この関係を記載した戦略のID', 'ID of the strategy that states the tie'),
          value: (x) => x.r.source,
        },
        {
          name: 'note_ja',
          description: d('原資料の注記・表記（日本語）', "The source's note or wording (Japanese)"),
          value: (x) => x.r.note?.ja ?? x.r.subject?.ja ?? null,
        },
        { name: 'note_en', description: d('同（英語）', 'The same in English'), value: (x) => x.r.note?.en ?? x.r.subject?.en ?? null },
      ],
    ),
    table(
      'regions',
      d('国・地域・地域区分1件につき1行。', 'One row per country, territory, world region or group.'),
      () => [...site.regions.values()],
      [
        { name: 'region_id', description: d('国・地域のID（URLに使用）', 'Region ID (used in URLs)'), value: (r) => r.id },
        {
          name: 'kind',
          description: d('world-region, country, territory, group', 'world-region, country, territory or group'),
          value: (r) => r.kind,
        },
        { name: 'name_ja', description: d('名称（日本語）', 'Name in Japanese'), value: (r) => r.name.ja },
        { name: 'name_en', description: d('名称（英語）', 'Name in English'), value: (r) => r.name.en },
        { name: 'parent_id', description: d('所属する地域のID', 'ID of the world region it belongs to'), value: (r) => r.parent ?? null },
      ],
    ),
    table('bureaus', d('自治体の部局1件につき1行。', 'One row per bureau of a municipality.'), () => [...site.bureaus.values()], [
      { name: 'bureau_id', description: d('部局のID', 'Bureau ID'), value: (b) => b.id },
      { name: 'city_id', description: d('自治体の都市ID', 'City ID of the municipality'), value: (b) => b.city },
      { name: 'name_ja', description: d('名称（日本語）', 'Name in Japanese'), value: (b) => b.name.ja },
      { name: 'name_en', description: d('名称（英語）', 'Name in English'), value: (b) => b.name.en },
    ]),
    table(
      'themes',
      d('テーマ1件につき1行（本サイトの分類）。', "One row per theme (this site's classification)."),
      () => [...site.themes.values()],
      [
        { name: 'theme_id', description: d('テーマのID', 'Theme ID'), value: (t) => t.id },
        { name: 'name_ja', description: d('名称（日本語）', 'Name in Japanese'), value: (t) => t.name.ja },
        { name: 'name_en', description: d('名称（英語）', 'Name in English'), value: (t) => t.name.en },
      ],
    ),
    mentionsTable(site),
  ];
}

/** One row per section and language that mentions (and links to) a city, region, network or bureau. */
function mentionsTable<E>(site: SiteIndex<E>): Table {
  const rows = () => [...site.mentionsOf.values()].flat().flatMap((m) => m.langs.map((lang) => ({ m, lang })));
  return table(
    'mentions',
    d(
      '本文（章・施策）の節が都市・国・地域・ネットワーク・局に触れている箇所1件・言語1つにつき1行（その節で最初の言及がリンクになる）。',
      'One row per section of a text (chapter or measure) and language that mentions a city, country or region, network or bureau (its first mention in the section is a link).',
    ),
    rows,
    [
      {
        name: 'target_kind',
        description: d('city、region、network、bureau', 'city, region, network or bureau'),
        value: (x) => x.m.target.kind,
      },
      {
        name: 'target_id',
        description: d('言及先のID（その種類の表のID）', 'ID of what is mentioned (in the table of its kind)'),
        value: (x) => x.m.target.id,
      },
      { name: 'strategy_id', description: d('戦略のID', 'Strategy ID'), value: (x) => x.m.strategy },
      { name: 'text_kind', description: d('chapter（章）または measure（施策）', 'chapter or measure'), value: (x) => x.m.kind },
      { name: 'text_id', description: d('章または施策のID（URLに使用）', 'Chapter or measure ID (used in URLs)'), value: (x) => x.m.slug },
      {
        name: 'section_id',
        description: d('節の見出しのアンカー（最初の見出しより前は空）', "The section heading's anchor (empty before the first heading)"),
        value: (x) => x.m.anchor || null,
      },
      {
        name: 'lang',
        description: d('言及がある言語（ja、en）', 'Language of the text that mentions it (ja or en)'),
        value: (x) => x.lang,
      },
      {
        name: 'section_title',
        description: d('節の見出し（その言語）', 'The section heading, in that language'),
        value: (x) => x.m.title[x.lang] || null,
      },
      {
        name: 'url',
        description: d('その節のページ内アドレス', 'Path of the section on the site'),
        value: (x) => sectionPath(x.lang, x.m),
      },
    ],
  );
}

/** RFC 4180 CSV with a UTF-8 byte order mark (so spreadsheet programs read the Japanese correctly). */
export function toCsv(t: Table): string {
  const esc = (v: Cell) => {
    if (v === null) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = t.rows();
  const names = t.columns.map((c) => c.name);
  return `\uFEFF${[names.join(','), ...rows.map((r) => names.map((n) => esc(r[n] ?? null)).join(','))].join('\r\n')}\r\n`;
}
