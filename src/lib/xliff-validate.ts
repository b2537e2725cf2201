/**
 * A structural check of XLIFF 2.0 core documents, for the tests. The OASIS core schema is checked by
 * tests/content/xliff-schema.test.ts with a real XSD validator; this check adds the specification's
 * constraints an XSD cannot express (references between elements, ids unique in a unit) and says
 * them with the line and the element: well-formed XML, the core namespace, the required attributes (version,
 * srcLang, file/unit ids, data ids), the order of a unit's children, ids unique where the
 * specification asks, only core inline elements, and every code's dataRef naming an entry of the
 * unit's <originalData>, each <pc> of a target matching a source code or new to the target.
 */
import { childElements, parseXml, type XmlElement } from './xml';
import { XLIFF_NS } from './xliff';

const NMTOKEN = /^[\w.:-]+$/u;
const INLINE = new Set(['ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em', 'cp']);
const STATES = new Set(['initial', 'translated', 'reviewed', 'final']);

/** Every structural problem of an XLIFF 2.0 document, as messages; empty when it is valid. */
export function validateXliff(text: string): string[] {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    return [`not well-formed: ${(e as Error).message}`];
  }
  const at = (el: XmlElement, m: string) => problems.push(`line ${el.line}: <${el.local}> ${m}`);
  if (root.local !== 'xliff' || root.ns !== XLIFF_NS) return [`the root is not <xliff> in ${XLIFF_NS}`];
  if (root.attrs.version !== '2.0') at(root, 'needs version="2.0"');
  if (!root.attrs.srcLang) at(root, 'needs srcLang');
  const files = childElements(root, undefined, XLIFF_NS);
  if (files.length === 0 || files.some((f) => f.local !== 'file')) at(root, 'must contain <file> elements only');
  const fileIds = new Set<string>();
  for (const f of files) {
    const id = f.attrs.id ?? '';
    if (!NMTOKEN.test(id)) at(f, `needs an NMTOKEN id (found "${id}")`);
    if (fileIds.has(id)) at(f, `id "${id}" is used twice`);
    fileIds.add(id);
    const kids = childElements(f, undefined, XLIFF_NS).filter((c) => c.local !== 'skeleton' && c.local !== 'notes');
    if (kids.length === 0) at(f, 'must contain at least one <unit> or <group>');
    const unitIds = new Set<string>();
    for (const u of kids) {
      if (u.local !== 'unit' && u.local !== 'group') at(u, 'is not allowed in <file>');
      if (u.local === 'unit') unit(u, unitIds, at);
    }
  }
  return problems;
}

function unit(u: XmlElement, ids: Set<string>, at: (el: XmlElement, m: string) => void) {
  const id = u.attrs.id ?? '';
  if (!NMTOKEN.test(id)) at(u, `needs an NMTOKEN id (found "${id}")`);
  if (ids.has(id)) at(u, `id "${id}" is used twice in its file`);
  ids.add(id);
  const kids = childElements(u, undefined, XLIFF_NS);
  const order = ['notes', 'originalData', 'segment'];
  let last = 0;
  for (const k of kids) {
    const rank = order.indexOf(k.local === 'ignorable' ? 'segment' : k.local);
    if (rank < 0) at(k, 'is not allowed in <unit>');
    else if (rank < last) at(k, 'is out of order in <unit> (notes, originalData, then segments)');
    else last = rank;
  }
  if (!kids.some((k) => k.local === 'segment')) at(u, 'has no <segment>');
  if (u.attrs.type && !u.attrs.type.includes(':')) at(u, 'type must have a prefix (prefix:value)');
  const data = new Set<string>();
  for (const d of childElements(u, 'originalData', XLIFF_NS).flatMap((o) => childElements(o, undefined, XLIFF_NS))) {
    if (d.local !== 'data' || !d.attrs.id) at(d, 'must be <data id="…">');
    else if (data.has(d.attrs.id)) at(d, `data id "${d.attrs.id}" is used twice`);
    else data.add(d.attrs.id);
  }
  const unitIds = new Set<string>();
  const sourceCodes = new Map<string, string>();
  for (const s of kids.filter((k) => k.local === 'segment' || k.local === 'ignorable')) {
    if (s.attrs.id) {
      if (unitIds.has(s.attrs.id)) at(s, `id "${s.attrs.id}" is used twice in the unit`);
      unitIds.add(s.attrs.id);
    }
    if (s.attrs.state && !STATES.has(s.attrs.state)) at(s, `state "${s.attrs.state}" is not one of ${[...STATES].join(', ')}`);
    if (s.attrs.subState && !s.attrs.state) at(s, 'subState needs a state');
    const parts = childElements(s, undefined, XLIFF_NS);
    const source = parts[0];
    if (source?.local !== 'source') at(s, 'must start with <source>');
    if (parts.length > 2 || (parts[1] && parts[1].local !== 'target')) at(s, 'may hold only <source> and <target>');
    if (source) inline(source, 'source', data, unitIds, sourceCodes, at);
    if (parts[1]) inline(parts[1], 'target', data, new Set(), sourceCodes, at);
  }
}

function inline(
  el: XmlElement,
  side: 'source' | 'target',
  data: Set<string>,
  unitIds: Set<string>,
  sourceCodes: Map<string, string>,
  at: (el: XmlElement, m: string) => void,
) {
  for (const c of childElements(el)) {
    if (c.ns !== XLIFF_NS || !INLINE.has(c.local)) {
      at(c, `is not XLIFF 2.0 inline content (in <${el.local}>)`);
      continue;
    }
    if (c.local === 'cp') continue;
    const id = c.attrs.id;
    if (!id) at(c, 'needs an id');
    const refs = c.local === 'pc' ? [c.attrs.dataRefStart, c.attrs.dataRefEnd] : [c.attrs.dataRef];
    for (const r of refs) if (r !== undefined && !data.has(r)) at(c, `refers to data "${r}", which <originalData> does not have`);
    const signature = `${c.local}:${refs.join(':')}`;
    if (id && side === 'source') {
      if (unitIds.has(id)) at(c, `id "${id}" is used twice in the unit`);
      unitIds.add(id);
      sourceCodes.set(id, signature);
    } else if (id && side === 'target') {
      if (unitIds.has(id)) at(c, `id "${id}" is used twice in the target`);
      unitIds.add(id);
      const twin = sourceCodes.get(id);
      if (twin !== undefined && twin !== signature) at(c, `has the id of source code "${id}" but not its kind and data`);
    }
    if (c.local === 'ph' || c.local === 'sc' || c.local === 'ec' || c.local === 'sm' || c.local === 'em') {
      if (c.children.length > 0) at(c, 'must be empty');
    } else inline(c, side, data, unitIds, sourceCodes, at);
  }
}
