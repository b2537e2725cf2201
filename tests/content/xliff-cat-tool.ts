/**
 * An export as a CAT tool writes it back: attributes reordered, other whitespace (tabs, CRLF line
 * ends), its own notes added. The round trip (xliff.test.ts) imports it; the schema
 * (xliff-schema.test.ts) accepts it.
 */
export function asCatToolWrites(xliff: string): string {
  return xliff
    .replace(/<segment id="(s\d+)" state="(\w+)">/g, '<segment state="$2"\n          id="$1">')
    .replace(/<unit id="([\w-]+)" type="([\w:]+)">/g, '<unit\ttype="$2" id="$1">\n<notes><note category="qa">OK</note></notes>')
    .replace(/<\/notes>\n\s*<notes>/g, '')
    .replace(/>\n\s*</g, '>\r\n\t<');
}
