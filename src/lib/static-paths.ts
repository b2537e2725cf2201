/** getStaticPaths helpers: every page exists once per language. */
import { LANGS, type Lang } from '../schemas/shared';

export function perLang<T extends Record<string, unknown>>(items: T[], params: (item: T) => Record<string, string>) {
  return LANGS.flatMap((lang: Lang) => items.map((item) => ({ params: { lang, ...params(item) }, props: { ...item, lang } })));
}

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}
