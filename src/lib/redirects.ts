/**
 * The redirect ledger (content/redirects.yaml, loaded and checked with the rest of content/, and
 * given to pages as site.redirects): page moves become static redirect pages, anchor moves a small
 * table on the page the anchors were on.
 */
import type { Redirect } from '../schemas/redirect';

/** Moved pages (old path → new path): the entries without an #anchor. */
export function pageRedirects(ledger: Redirect[]): Redirect[] {
  return ledger.filter((r) => !r.from.includes('#'));
}

/** Moved anchors of the page at `pathname`: old anchor → where it went. */
export function anchorRedirectsFor(ledger: Redirect[], pathname: string): Record<string, string> {
  return Object.fromEntries(
    ledger.filter((r) => r.from.includes('#') && r.from.split('#')[0] === pathname).map((r) => [r.from.split('#')[1]!, r.to]),
  );
}
