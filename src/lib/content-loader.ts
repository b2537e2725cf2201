/**
 * The content collections' loader: the build reads content/ through the same code as `npm run
 * check` (lib/check.ts), once per build, and stops before rendering anything when it finds a
 * problem, printing the check's own report. Texts are stored for @astrojs/mdx to compile
 * (deferredRender: each .mdx file is rendered by its module); data is stored as validated.
 * In the dev server, an edited file reloads every collection, and problems are logged without
 * stopping the server.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContent, type CheckResult } from './check';
import { contentDir } from './content-dir';
import { ContentError, describeProblem } from './content-errors';

/** What a collection stores: the entry's id, data, and for a text its file and body. */
export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  body?: string;
  digest?: string;
  deferredRender?: boolean;
}

let current: Promise<CheckResult> | undefined;
const resyncs = new Set<() => Promise<void>>();
let watching = false;
const reported = new WeakSet<CheckResult>();

/** The checked content: loaded on the first call of a build (or after an edit), shared after. */
function checked(root: string): Promise<CheckResult> {
  current ??= checkContent(root);
  return current;
}

/** The report the build prints instead of a stack trace. */
export class ContentCheckFailed extends ContentError {
  override get stack(): string {
    return this.message;
  }
}

function report(result: CheckResult): string {
  return `${result.problems.map((p) => `  ✘ ${describeProblem(p)}`).join('\n\n')}\n\n${result.problems.length} content problem(s); run npm run check for the same list.`;
}

/** A loader for one collection: `pick` chooses its entries from the checked content. */
export function contentLoader(name: string, pick: (result: CheckResult) => StoredEntry[]): Loader {
  return {
    name: `site-content:${name}`,
    load: async (ctx: LoaderContext) => {
      const root = fileURLToPath(ctx.config.root);
      const sync = async () => {
        const result = await checked(root);
        if (result.problems.length > 0) {
          // One report per check, however many collections load from it.
          if (!reported.has(result)) ctx.logger.error(`The content check failed:\n\n${report(result)}`);
          reported.add(result);
          // A build stops here, with the report as its last words rather than a stack trace; the dev
          // server (which has a watcher) keeps running and shows the report again after each edit.
          if (!ctx.watcher) process.exit(1);
          throw new ContentCheckFailed(result.problems);
        }
        ctx.store.clear();
        for (const entry of pick(result)) ctx.store.set(entry);
      };
      await sync();
      if (!ctx.watcher) return;
      resyncs.add(() => sync().catch((e) => ctx.logger.error(e instanceof ContentError ? e.message : String(e))));
      if (watching) return;
      watching = true;
      const dir = resolve(root, contentDir());
      ctx.watcher.add(dir);
      ctx.watcher.on('all', async (_event, path) => {
        if (!resolve(path).startsWith(`${dir}/`)) return;
        current = undefined;
        for (const resync of resyncs) await resync();
      });
    },
  };
}
