/**
 * Translation status of every English file: complete, outdated (the Japanese changed since it was
 * translated) or missing. Each English file records in `translatedFrom` the hash of the Japanese file
 * it was translated from; `npm run translations -- --stamp <file>` records it after a review.
 */
import { createHash } from 'node:crypto';
import type { SiteIndex, TextFile } from './content-index';

export type TranslationState = 'complete' | 'outdated' | 'missing' | 'unstamped';

export interface TranslationStatus {
  strategy: string;
  kind: 'chapter' | 'measure';
  slug: string;
  ja: string;
  en: string;
  state: TranslationState;
}

/** The hash of a Japanese file's text: its frontmatter and body, as the translator saw them. */
export function sourceHash(ja: { data: unknown; body: string }): string {
  const { translatedFrom: _ignored, ...data } = (ja.data ?? {}) as Record<string, unknown>;
  return createHash('sha256')
    .update(JSON.stringify(data))
    .update('\n')
    .update(ja.body.replace(/\r\n/g, '\n').trim())
    .digest('hex')
    .slice(0, 12);
}

function stateOf<T, E>(ja: TextFile<T, E>, en: TextFile<T, E> | undefined): TranslationState {
  if (!en) return 'missing';
  const from = (en.data as { translatedFrom?: string }).translatedFrom;
  if (!from) return 'unstamped';
  return from === sourceHash(ja) ? 'complete' : 'outdated';
}

export function translationStatus<E>(site: SiteIndex<E>): TranslationStatus[] {
  const out: TranslationStatus[] = [];
  for (const s of site.strategies) {
    for (const c of s.chapters) {
      if (!c.text.ja) continue;
      out.push({
        strategy: s.data.id,
        kind: 'chapter',
        slug: c.slug,
        ja: c.text.ja.file,
        en: c.text.ja.file.replace('/ja/', '/en/'),
        state: stateOf(c.text.ja, c.text.en),
      });
    }
    for (const m of s.measures) {
      if (!m.text.ja) continue;
      out.push({
        strategy: s.data.id,
        kind: 'measure',
        slug: m.facts.slug,
        ja: m.text.ja.file,
        en: m.text.ja.file.replace('/ja/', '/en/'),
        state: stateOf(m.text.ja, m.text.en),
      });
    }
  }
  return out;
}

/** Whether the English of a pair was translated from an older Japanese text (or never stamped). */
export function isOutdated<T, E>(text: { ja?: TextFile<T, E>; en?: TextFile<T, E> }): boolean {
  if (!text.ja || !text.en) return false;
  const state = stateOf(text.ja, text.en);
  return state === 'outdated' || state === 'unstamped';
}
