/**
 * Dates from `git log -M --format=@%cs --name-status`: for each file, the date of the newest commit
 * that changed its content, following renames that kept the content (R100: the .md → .mdx rename
 * is not a change of text).
 */
export function lastContentChanges(log: string, files: readonly string[]): Map<string, string> {
  // Paths still looked for, under the name they had at the commit being read (newest first) → file.
  const pending = new Map(files.map((f) => [f, f]));
  const found = new Map<string, string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      date = line.slice(1).trim();
      continue;
    }
    const [status, ...names] = line.split('\t');
    if (!status || names.length === 0) continue;
    const target = names.at(-1)!;
    const file = pending.get(target);
    if (file === undefined) continue;
    pending.delete(target);
    if (status === 'R100') pending.set(names[0]!, file);
    else if (status !== 'D') found.set(file, date);
  }
  return found;
}
