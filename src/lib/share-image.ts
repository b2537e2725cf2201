/**
 * The picture a shared link to a strategy shows (Open Graph `og:image`): one PNG per strategy,
 * 1200×630, with its title in Japanese and English, the municipality and the period, drawn as SVG
 * and rasterised at build time with resvg using fonts installed on the machine (no web service, no
 * font download). Platforms do not accept SVG for og:image, hence the PNG.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Lang, Localized } from '../schemas/shared';
import { t } from '../i18n';
import { paths } from './routes';
import { escapeXml } from './xml';
import type { StrategyView } from './content-index';
import { formatStrategyWhen } from './strategy-format';

/** Size of the picture, in pixels: what Facebook, LinkedIn, X and Slack show in full. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** What a page says about its strategy's picture: where it is and what it shows (for `og:image:alt`). */
export interface ShareImage {
  /** Path of the PNG on this site (made absolute by the layout). */
  src: string;
  /** The picture's text, in the page's language. */
  alt: string;
}

/** What the picture shows: language-neutral facts and the titles in both languages. */
export interface ShareCard {
  id: string;
  title: Localized;
  municipality: Localized;
  /** The period or date, as each language writes it (2015–2024, 2015年度～2024年度). */
  when: Localized;
}

/** A strategy's card: its titles, municipality and period (or date of issue) in both languages. */
export function shareCardOf(strategy: StrategyView<unknown>): ShareCard {
  const s = strategy.data;
  const when = { ja: formatStrategyWhen(s, 'ja'), en: formatStrategyWhen(s, 'en') };
  return { id: s.id, title: s.title, municipality: strategy.municipality.name, when };
}

/** The `og:image` of every page of a strategy. */
export function shareImage(strategy: StrategyView<unknown>, lang: Lang): ShareImage {
  const card = shareCardOf(strategy);
  return {
    src: paths.shareImage(card.id),
    alt: t(lang, 'meta.shareImageAlt', { title: card.title[lang], city: card.municipality[lang], when: card.when[lang] }),
  };
}

/** Font files whose names say they hold Japanese glyphs, by the usual names on Linux, macOS and Windows. */
const CJK_FONT_FILE = /^(NotoSansCJK|NotoSansJP|SourceHanSans|Hiragino ?Sans|ヒラギノ角ゴ|YuGoth|meiryo|msgothic)/i;

/** Where systems keep fonts. */
function fontDirs(): string[] {
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(homedir(), '.fonts'),
    join(homedir(), '.local/share/fonts'),
    '/System/Library/Fonts',
    '/Library/Fonts',
    'C:\\Windows\\Fonts',
  ];
}

function walk(dir: string, depth = 0): string[] {
  if (depth > 4 || !existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, depth + 1) : [path];
  });
}

/**
 * The installed fonts that can draw Japanese; throws, naming the fix, when there is none (resvg
 * would otherwise draw every kanji as an empty box and the build would not notice).
 */
export function cjkFontFiles(dirs: string[] = fontDirs()): string[] {
  const found = dirs
    .flatMap((d) => walk(d))
    .filter((f) => CJK_FONT_FILE.test(f.split(/[\\/]/).at(-1) ?? '') && /\.(ttc|otf|ttf)$/i.test(f));
  if (found.length === 0)
    throw new Error(
      `share images: no font with Japanese glyphs found in ${dirs.join(', ')}; the strategies' pictures (${paths.shareImage('<strategy>')}) would show boxes.\n` +
        '    Fix: install one, e.g. apt-get install fonts-noto-cjk (Debian/Ubuntu), then build again',
    );
  return found;
}

/** Splits a text into lines of at most `max` units: Japanese anywhere, other text at spaces. */
export function wrap(text: string, max: number, width: (ch: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  let size = 0;
  for (const word of text.split(/(?<=[\s\u3000-\u9fff\uff00-\uffef])|(?=[\u3000-\u9fff\uff00-\uffef])/u)) {
    const w = [...word].reduce((n, ch) => n + width(ch), 0);
    if (size + w > max && line.trim() !== '') {
      lines.push(line.trim());
      line = '';
      size = 0;
    }
    line += word;
    size += w;
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}

/** Width of a character in ems, roughly: full-width 1, Latin about 0.5. */
const em = (ch: string) => (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.5);

/** At most `count` lines, the last one cut with an ellipsis if the text goes on. */
function clamp(lines: string[], count: number): string[] {
  return lines.length <= count ? lines : [...lines.slice(0, count - 1), `${lines[count - 1]}…`];
}

/** The picture as SVG: the site's name, the Japanese title, the English title, municipality and period. */
export function shareImageSvg(card: ShareCard, siteName: Localized): string {
  const { width, height } = SHARE_IMAGE;
  const x = 72;
  const text = (y: number, size: number, weight: number, fill: string, content: string, lang: Lang) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" xml:lang="${lang}">${escapeXml(content)}</text>`;
  const ja = clamp(wrap(card.title.ja, (width - 2 * x) / 64, em), 2);
  const en = clamp(wrap(card.title.en, (width - 2 * x) / 38, em), 3);
  const parts = [
    text(96, 28, 700, '#0b57b3', `${siteName.ja} · ${siteName.en}`, 'ja'),
    ...ja.map((l, i) => text(210 + i * 80, 64, 700, '#1a1a1c', l, 'ja')),
    ...en.map((l, i) => text(210 + ja.length * 80 + 10 + i * 50, 38, 400, '#1a1a1c', l, 'en')),
    text(height - 72, 30, 400, '#4d4d55', `${card.municipality.ja} · ${card.municipality.en} · ${card.when.en}`, 'ja'),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans CJK JP, Noto Sans JP, Source Han Sans, Hiragino Sans, Yu Gothic, Meiryo, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="16" fill="#0b57b3"/>`,
    `<rect x="0" y="${height - 150}" width="${width}" height="150" fill="#f3f4f7"/>`,
    ...parts,
    '</svg>',
  ].join('');
}
