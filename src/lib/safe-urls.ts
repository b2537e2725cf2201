/**
 * Where a link or an image in a text may point. The parser has already decoded character
 * references (`&#106;avascript:` is `javascript:` here), so the scheme seen is the one a browser
 * would follow. Links: the site's own paths, in-page anchors, https: and mailto:. Images: the
 * site's own files only (no request may leave the site; the CSP would block it anyway).
 */
export interface UrlProblem {
  message: string;
  fix: string;
}

/** Control characters and whitespace that browsers strip from a URL before reading its scheme. */
const STRIPPED = /[\u0000-\u0020\u007f-\u009f\u200b\u2028\u2029\ufeff]/g;

export function checkUrl(url: string, kind: 'link' | 'image'): UrlProblem | undefined {
  const bare = url.replace(STRIPPED, '');
  const sitePath = bare.startsWith('/') && !bare.startsWith('//') && !bare.startsWith('/\\');
  if (kind === 'image') {
    if (sitePath) return undefined;
    return {
      message: `the image "${url.slice(0, 60)}" is not a file of this site`,
      fix: 'put the image in public/ and link it with a path from the site root, e.g. ![地図](/maps/world.svg)',
    };
  }
  if (sitePath || bare.startsWith('#')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'mailto') return undefined;
  if (scheme === undefined && !bare.startsWith('//')) {
    return {
      message: `the link "${url.slice(0, 60)}" is relative, so it would lead somewhere else on each page that shows this text`,
      fix: 'link a page of this site by its path from the root (/ja/strategies/…/), or another site by its full https:// address',
    };
  }
  return {
    message: `links to "${scheme ?? '//'}" addresses are not allowed${scheme === 'http' ? ' (not encrypted)' : ''}`,
    fix: 'link a page of this site (/ja/…, /en/…), an https:// address or a mailto: address',
  };
}
