/**
 * UI strings: one dictionary per language as JSON (src/i18n/ja.json, en.json: flat dotted keys), so
 * translation platforms and CAT tools can open them. They are checked against each other when the
 * site builds: a key missing from either, an unknown key, an empty string or a {placeholder} that
 * the other language does not have fails the build with its name. t() is the only way components
 * get text.
 */
import { z } from 'astro/zod';
import ja from './ja.json';
import en from './en.json';
import { LANGS, type Lang } from '../schemas/shared';

export type UiKey = keyof typeof ja;

const keys = Object.keys(ja) as [UiKey, ...UiKey[]];
const dictionarySchema = z.strictObject(
  Object.fromEntries(keys.map((k) => [k, z.string().min(1, `UI string "${k}" is empty`)])) as Record<UiKey, z.ZodString>,
);

function check(lang: Lang, dict: unknown): Record<UiKey, string> {
  const result = dictionarySchema.safeParse(dict);
  if (!result.success) {
    const lines = result.error.issues.map((i) =>
      i.code === 'unrecognized_keys'
        ? `unknown key(s) ${i.keys.join(', ')}: add them to src/i18n/ja.json (the Japanese is the reference) or remove them`
        : `"${i.path.join('.')}": ${i.message === 'Invalid input: expected string, received undefined' ? 'missing: add it' : i.message}`,
    );
    throw new Error(`src/i18n/${lang}.json is incomplete:\n  - ${lines.join('\n  - ')}`);
  }
  return result.data;
}

/** The {placeholders} of a string, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Keys whose {placeholders} differ between the two dictionaries: a translation must keep every one. */
export function placeholderMismatches(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys(a).filter((k) => k in b && placeholders(a[k]!).join() !== placeholders(b[k]!).join());
}

function checkPlaceholders(): void {
  const bad = placeholderMismatches(ja, en);
  if (bad.length > 0) {
    throw new Error(
      `src/i18n/en.json: these strings do not have the {placeholders} of their Japanese: ${bad.map((k) => `"${k}" (${placeholders(ja[k as UiKey]).join(', ') || 'none'})`).join('; ')}`,
    );
  }
}

checkPlaceholders();
export const dictionaries: Record<Lang, Record<UiKey, string>> = { ja: check('ja', ja), en: check('en', en) };

/** The UI string `key` in `lang`, with {name} placeholders filled from `params`. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`UI string "${key}" needs the parameter {${name}}`);
    return String(params[name]);
  });
}

/** A translator bound to one language, for components: const tr = translator(lang); tr('nav.home'). */
export function translator(lang: Lang) {
  return (key: UiKey, params?: Record<string, string | number>) => t(lang, key, params);
}

/** The other language. */
export function otherLang(lang: Lang): Lang {
  return LANGS.find((l) => l !== lang)!;
}

/** How each language writes a plain list, without "and": 「A、B、C」 / "A, B, C". */
const LISTS: Record<Lang, Intl.ListFormat> = {
  ja: new Intl.ListFormat('ja', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'unit', style: 'short' }),
};

/** `items` as one list in `lang` (Intl.ListFormat). */
export function formatList(lang: Lang, items: string[]): string {
  return LISTS[lang].format(items);
}

/**
 * The separators of a list of `count` items in `lang`, for lists whose items are links: the i-th is
 * written before item i (the first is empty).
 */
export function listSeparators(lang: Lang, count: number): string[] {
  const parts = LISTS[lang].formatToParts(Array.from({ length: count }, (_, i) => String(i)));
  const seps: string[] = [];
  let pending = '';
  for (const part of parts) {
    if (part.type === 'literal') pending += part.value;
    else {
      seps.push(pending);
      pending = '';
    }
  }
  return seps;
}
