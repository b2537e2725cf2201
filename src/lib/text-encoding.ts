/**
 * Content files are UTF-8 without a byte-order mark. A file in another encoding would be published
 * as mojibake, and a BOM hides the frontmatter's opening `---`, so both are problems to fix in the
 * file, never something the site repairs quietly: the check and the build read every file here.
 */
import type { ContentProblem } from './content-errors';

/** Japanese encodings a file saved by an older editor or a spreadsheet is likely to be in. */
const LEGACY_ENCODINGS = ['shift_jis', 'euc-jp', 'iso-2022-jp', 'utf-16le', 'utf-16be'] as const;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The encoding the bytes decode in without error, if one of the legacy ones does. */
export function guessEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  for (const name of LEGACY_ENCODINGS) {
    try {
      const text = new TextDecoder(name, { fatal: true }).decode(bytes);
      // A decoding that yields Japanese letters is the likely one.
      if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) return name.toUpperCase();
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** The file's text, or the problem that keeps it from being read as UTF-8 without a BOM. */
export function decodeContent(file: string, bytes: Uint8Array): { text: string } | { problem: ContentProblem } {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const guess = guessEncoding(bytes);
    return {
      problem: {
        file,
        field: '(file)',
        message: `the file is not UTF-8${guess ? `; it looks like ${guess}` : ''}, so its Japanese would be published as garbled text`,
        fix: `save it as UTF-8 (in your editor: "Save with encoding" → UTF-8; on the command line: iconv -f ${guess ?? 'SHIFT_JIS'} -t UTF-8 "${file}" > tmp && mv tmp "${file}")`,
      },
    };
  }
  if (text.startsWith('\uFEFF')) {
    return {
      problem: {
        file,
        field: '(file)',
        line: 1,
        column: 1,
        message: 'the file starts with a byte-order mark (BOM), which hides the frontmatter and the first heading',
        fix: 'save it as "UTF-8" rather than "UTF-8 with BOM" (in your editor\'s encoding menu)',
      },
    };
  }
  return { text };
}
