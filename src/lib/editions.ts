/**
 * Editions of a strategy (issue 19): the current edition lives where it always has, in
 * content/strategies/<id>/, and keeps its URLs; each earlier edition is a complete, frozen copy of the
 * strategy's files in content/strategies/<id>/editions/<edition>/ (strategy.yaml, measures.yaml,
 * ja/, en/), read by the same loader and schemas. A copy rather than a list of differences, as
 * legislation.gov.uk keeps each point-in-time version whole: the earlier text stays exactly as it was
 * published, whatever later happens to the current files, and it is rendered by the same pages.
 *
 * The earlier editions are indexed under their folder key, "<id>/editions/<edition>", which is also
 * their path under /{lang}/strategies/: an edition's StrategyView has that key as its data.id, so
 * every link the shared components build from it (paths.measure(lang, s.id, …)) stays in the
 * edition. The main index holds the current editions only: cities, themes, search and open data are
 * about the current texts.
 */
import type { ContentProblem } from './content-errors';
import type { RawContent, SiteIndex, StrategyView } from './content-index';
import { folderOf } from './index/lookups';
import type { Edition } from '../schemas/edition';
import type { Lang } from '../schemas/shared';
import { t } from '../i18n';
import { formatDate } from './dates';
import { paths } from './routes';

/** The strategy and edition of an earlier edition's key or file path, if it is one. */
export function editionOf(keyOrFile: string): { strategy: string; edition: string } | undefined {
  const m = /(?:^|\/)([^/]+)\/editions\/([^/]+)(?:\/|$)/.exec(keyOrFile);
  return m ? { strategy: m[1]!, edition: m[2]! } : undefined;
}

/** One edition of a strategy as the site lists it. */
export interface EditionEntry<E> {
  edition: Edition;
  /** The current edition (the strategy's own URLs), or an earlier one (under editions/<id>/). */
  current: boolean;
  strategy: StrategyView<E>;
}

/** The content split: the current editions alone, and with the earlier ones added (when there are any). */
export interface EditionSplit<E> {
  current: RawContent<E>;
  withEditions: RawContent<E> | undefined;
  problems: ContentProblem[];
}

const isEarlier = (folderKey: string) => folderKey.includes('/editions/');

/**
 * Separates the earlier editions' files from the current ones, checks how each edition names itself,
 * and gives each earlier edition's strategy.yaml its folder key as ID for indexing.
 */
export function splitEditions<E>(raw: RawContent<E>): EditionSplit<E> {
  const current: RawContent<E> = {
    ...raw,
    strategies: raw.strategies.filter((s) => !isEarlier(folderOf(s.file))),
    measureFiles: raw.measureFiles.filter((m) => !isEarlier(folderOf(m.file))),
    chapterTexts: raw.chapterTexts.filter((t) => !isEarlier(t.strategy)),
    measureTexts: raw.measureTexts.filter((t) => !isEarlier(t.strategy)),
  };
  const earlier = raw.strategies.filter((s) => isEarlier(folderOf(s.file)));
  const kept = (['strategies', 'measureFiles', 'chapterTexts', 'measureTexts'] as const).every((k) => current[k].length === raw[k].length);
  // Without any earlier edition's file, the content is indexed exactly as before.
  if (kept) return { current, withEditions: undefined, problems: [] };
  const problems = editionProblems(current.strategies, earlier);
  const withEditions: RawContent<E> = {
    ...raw,
    strategies: [...current.strategies, ...earlier.map((s) => ({ ...s, data: { ...s.data, id: folderOf(s.file) } }))],
  };
  return { current, withEditions, problems };
}

/** Whether a problem is about an earlier edition's file (the problems of the index with editions that the main index does not report). */
export function inEarlierEdition(p: ContentProblem): boolean {
  return editionOf(p.file) !== undefined;
}

type StrategyFile = RawContent<unknown>['strategies'][number];

/** Each earlier edition keeps its strategy's ID, names itself after its folder, and predates the current edition, which names itself too. */
function editionProblems(current: StrategyFile[], earlier: StrategyFile[]): ContentProblem[] {
  const byId = new Map(current.map((s) => [folderOf(s.file), s]));
  const problems = earlier.flatMap((s) => {
    const { strategy } = editionOf(folderOf(s.file))!;
    return earlierProblems(s, strategy, byId.get(strategy)?.data.edition);
  });
  const withEarlier = new Set(earlier.map((s) => editionOf(folderOf(s.file))!.strategy));
  for (const id of withEarlier) {
    const s = byId.get(id);
    if (s && !s.data.edition) {
      problems.push({
        file: s.file,
        field: 'edition',
        message: 'the strategy has earlier editions (editions/), so the current edition must say which edition it is',
        fix: 'add edition: { id: adopted, kind: outline | draft | adopted | revised, date: YYYY-MM-DD } (the day the current text was published)',
      });
    }
  }
  return problems;
}

/** One earlier edition's strategy.yaml, against its folder and the current edition (`now`, where it names itself). */
function earlierProblems({ file, data }: StrategyFile, strategy: string, now: Edition | undefined): ContentProblem[] {
  const edition = editionOf(folderOf(file))!.edition;
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string, fix: string) => problems.push({ file, field, message, fix });
  if (data.id !== strategy) {
    problem(
      'id',
      `an earlier edition keeps its strategy's ID: "${data.id}" is not "${strategy}"`,
      `write id: ${strategy} (the edition is named by its folder, editions/${edition}/, and by edition.id)`,
    );
  }
  const e = data.edition;
  if (!e) {
    problem(
      'edition',
      'an earlier edition must say which edition it is',
      `add edition: { id: ${edition}, kind: outline | draft | adopted | revised, date: YYYY-MM-DD } (the day it was published)`,
    );
    return problems;
  }
  if (e.id !== edition) {
    problem(
      'edition.id',
      `the edition's ID "${e.id}" differs from its folder's name "${edition}"`,
      `the folder names the edition in URLs: make them the same (rename the folder or write id: ${edition})`,
    );
  }
  if (now && e.date >= now.date) {
    problem(
      'edition.date',
      `an earlier edition must be older than the current one (${now.id}, ${now.date}), but it is dated ${e.date}`,
      `correct the date, or make this edition the current one: move the current files into editions/${now.id}/ and these into content/strategies/${strategy}/`,
    );
  }
  if (now?.id === edition) {
    problem(
      'edition.id',
      `the current edition of ${strategy} is also called "${edition}"`,
      'give each edition its own ID: rename this folder and its edition.id, or the current edition.id',
    );
  }
  return problems;
}

/**
 * Each strategy with earlier editions → its editions, oldest first, the current one last. `current`
 * is the main index; `withEditions` the index of the content with the earlier editions added.
 */
export function editionLists<E>(current: SiteIndex<E>, withEditions: SiteIndex<E> | undefined): Map<string, EditionEntry<E>[]> {
  const lists = new Map<string, EditionEntry<E>[]>();
  if (!withEditions) return lists;
  for (const [key, view] of withEditions.strategy) {
    const of = editionOf(key);
    if (!of || !view.data.edition) continue;
    const list = lists.get(of.strategy) ?? [];
    list.push({ edition: view.data.edition, current: false, strategy: view });
    lists.set(of.strategy, list);
  }
  for (const [id, list] of lists) {
    const now = current.strategy.get(id);
    if (now?.data.edition) list.push({ edition: now.data.edition, current: true, strategy: now });
    list.sort((a, b) => Number(a.current) - Number(b.current) || a.edition.date.localeCompare(b.edition.date));
  }
  return lists;
}

/** The edition's name as the page's language gives it: its own name where it has one, else its kind (原案, draft (原案)). */
export function editionName(edition: Edition, lang: Lang): string {
  return edition.name?.[lang] ?? t(lang, `edition.kind.${edition.kind}`);
}

/** The edition's name with its date: 原案（2019年12月10日）, draft (原案) of 10 December 2019. */
export function editionDated(edition: Edition, lang: Lang): string {
  return t(lang, 'edition.dated', { edition: editionName(edition, lang), date: formatDate(edition.date, lang) });
}

/** What a page of an earlier edition adds after the strategy's title: 「（原案）」, " (draft)"; nothing on the current edition's pages. */
export function editionSuffix(edition: Edition | undefined, lang: Lang): string {
  return edition ? t(lang, 'punct.parenAfter', { text: editionName(edition, lang) }) : '';
}

/**
 * The breadcrumbs that lead to a strategy's overview: the strategy, and on an earlier edition's page
 * the edition after it. `strategy` is the view the page shows (an earlier edition's data.id is its
 * key); `edition` its edition and the strategy's ID, on an earlier edition's page. `here`: the page is
 * the overview itself, whose crumb is not a link.
 */
export function strategyCrumbs(
  lang: Lang,
  strategy: { data: { id: string; title: Record<Lang, string> } },
  edition: { strategyId: string; entry: { edition: Edition } } | undefined,
  here = false,
): { label: string; href?: string }[] {
  const own = {
    label: edition ? editionName(edition.entry.edition, lang) : strategy.data.title[lang],
    ...(here ? {} : { href: paths.strategy(lang, strategy.data.id) }),
  };
  return edition ? [{ label: strategy.data.title[lang], href: paths.strategy(lang, edition.strategyId) }, own] : [own];
}
