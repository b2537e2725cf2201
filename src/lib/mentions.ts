/**
 * Where a chapter names a city: each Japanese chapter is scanned once for the names of the cities,
 * and each occurrence is attributed to the section (the nearest heading with an id) it stands in.
 */
import type { City } from '../schemas/city';

export interface Mention {
  strategy: string;
  chapter: string;
  /** The id of the section's heading ("" before the first heading). */
  anchor: string;
  /** The heading's text, without its id. */
  heading: string;
}

const KATAKANA = '[\\u30a0-\\u30ff]';

/** The names a text may use for a city: its name, and without 市・州・県 … where enough remains. */
export function namesOf(city: City): string[] {
  const names = new Set<string>();
  for (const name of [city.name.ja, ...city.relationships.map((r) => r.listedAs?.name?.ja).filter((n): n is string => !!n)]) {
    names.add(name);
    const short = name.replace(/(特別市|広域市|市|州|県|都)$/, '');
    if (short.length >= 2) names.add(short);
  }
  return [...names];
}

function pattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A katakana name must not be part of a longer katakana word (フエ is not in フエルト).
  const before = /^[\u30a0-\u30ff]/.test(name) ? `(?<!${KATAKANA})` : '';
  const after = /[\u30a0-\u30ff]$/.test(name) ? `(?!${KATAKANA})` : '';
  return new RegExp(`${before}${escaped}${after}`);
}

/** The sections of a chapter body that name each city (at most one mention per section and city). */
export function findMentions(strategy: string, chapter: string, body: string, cities: City[]): Map<string, Mention> {
  const found = new Map<string, Mention>();
  const sections: { anchor: string; heading: string; text: string }[] = [{ anchor: '', heading: '', text: '' }];
  for (const line of body.split('\n')) {
    const h = /^#{1,6}\s+(.*?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (h) sections.push({ anchor: h[2]!, heading: h[1]!, text: '' });
    else sections.at(-1)!.text += `${line}\n`;
  }
  const patterns = cities.map((c) => ({ c, res: namesOf(c).map(pattern) }));
  for (const s of sections) {
    for (const { c, res } of patterns) {
      const key = `${c.id}#${s.anchor}`;
      if (!found.has(key) && res.some((re) => re.test(s.text))) {
        found.set(key, { strategy, chapter, anchor: s.anchor, heading: s.heading });
      }
    }
  }
  return found;
}
