/**
 * What the components inside a text need to know about where the text is shown: the page's language,
 * the text's language, the strategy and the measure. Pages pass it to <TextBody> as a prop; TextBody
 * binds it to each component of the MDX component map, so components read it from their own props.
 * (Nothing is kept in Astro.locals: a page that shows several texts renders them at once.)
 */
import { jsx } from 'astro/jsx-runtime';
import type { Lang } from '../schemas/shared';

export interface TextContext {
  /** The language of the page. */
  lang: Lang;
  /** The language of the text being rendered (Japanese on an English page that lacks its translation). */
  textLang: Lang;
  /** The strategy whose text it is. */
  strategy?: string | undefined;
  /** The measure, when the text is a measure's. */
  measure?: string | undefined;
}

/** A stable key for a context, for caches of what was rendered in it. */
export function contextKey(c: TextContext): string {
  return [c.lang, c.textLang, c.strategy ?? '', c.measure ?? ''].join('\u0000');
}

const bound = new WeakMap<object, Map<string, Record<string, unknown>>>();

/** `components` with `context` added to every component's props (made once per map and context). */
export function withContext<M extends Record<string, unknown>>(components: M, context: TextContext): M {
  let byKey = bound.get(components);
  if (!byKey) bound.set(components, (byKey = new Map()));
  const key = contextKey(context);
  let map = byKey.get(key);
  if (!map) {
    map = Object.fromEntries(
      Object.entries(components).map(([name, Component]) => [
        name,
        (props: Record<string, unknown>) => jsx(Component, { ...props, context }),
      ]),
    );
    byKey.set(key, map);
  }
  return map as M;
}
