/** The permalinks of the built site: every page under /ja/ and /en/, and its heading and KPI anchors. */
import { pages } from './dist.ts';

export function collectPermalinks(): string[] {
  const out: string[] = [];
  for (const p of pages()) {
    if (!/^\/(ja|en)\//.test(p.path) || /http-equiv="refresh"/.test(p.html)) continue;
    out.push(p.path);
    const anchors = new Set<string>();
    for (const m of p.html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)) anchors.add(m[1]!);
    for (const m of p.html.matchAll(/<tr[^>]*\sid="(kpi-[^"]+)"/g)) anchors.add(m[1]!);
    // Blocks of a text (paragraphs, items, tables: src/lib/blocks.ts), except on the parallel and
    // print pages, which repeat the anchors of the pages they are made from.
    if (!/\/(parallel|print)\//.test(p.path)) for (const m of p.html.matchAll(/\sid="([^"]+-p\d+)"/g)) anchors.add(m[1]!);
    anchors.delete('toc-title');
    for (const a of [...anchors].sort()) out.push(`${p.path}#${a}`);
  }
  return out.sort();
}

/** The published permalinks that no longer exist and are not redirected to something that does. */
export function lostPermalinks(published: string[], now: Set<string>, ledger: { from: string; to: string }[]): string[] {
  const moved = new Map(ledger.map((r) => [r.from, r.to]));
  return published.filter((u) => !now.has(u) && !(moved.has(u) && now.has(moved.get(u)!)));
}
