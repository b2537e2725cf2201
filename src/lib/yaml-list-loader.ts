/**
 * A content-layer loader for a YAML file holding a list of entries with an `id` each
 * (cities, regions, bureaus, units, glossary). Unlike Astro's file() loader it fails on a
 * duplicate ID with the file, the entry and the fix, instead of keeping the last one silently.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

export function yamlListLoader(file: string): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, config, watcher }) => {
      const path = resolve(new URL(config.root).pathname, file);
      const load = async () => {
        let list: unknown;
        try {
          list = parse(await readFile(path, 'utf8'));
        } catch (e) {
          throw new Error(`${file}: the YAML cannot be read: ${(e as Error).message}\n    Fix: correct the YAML syntax at the line shown.`);
        }
        if (!Array.isArray(list)) {
          throw new Error(
            `${file} › (top level): expected a list of entries.\n    Fix: write each entry as "- id: …" at the start of a line.`,
          );
        }
        store.clear();
        const seen = new Map<string, number>();
        for (const [i, item] of list.entries()) {
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id !== 'string' || id === '') {
            throw new Error(
              `${file} › [${i}].id: the entry has no id.\n    Fix: give every entry an ASCII kebab-case id, e.g. "id: stockton".`,
            );
          }
          const first = seen.get(id);
          if (first !== undefined) {
            throw new Error(
              `${file} › [${i}].id: duplicate ID "${id}" (entry [${first}] has it already).\n    Fix: IDs must be unique: rename one entry or merge the two.`,
            );
          }
          seen.set(id, i);
          const data = await parseData({ id, data: item as Record<string, unknown>, filePath: file });
          store.set({ id, data, filePath: file });
        }
      };
      await load();
      watcher?.add(path);
      watcher?.on('change', async (changed) => {
        if (resolve(changed) === path) await load();
      });
    },
  };
}
