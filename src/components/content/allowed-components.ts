/**
 * The components content texts (MDX) may use, by kind of file. mdx-components.ts maps exactly these names
 * (the type checker enforces it); the content tests and `npm run check` read this list.
 */
export const CHAPTER_COMPONENTS = [
  'Ja',
  'En',
  'EditorNote',
  'MeasureFramework',
  'KpiOverview',
  'MeasureIndex',
  'CountryProfile',
  'PartnerTable',
  'NetworkMembers',
  'Indicators',
  'PartnerProfile',
  'SeeAlso',
  'Place',
] as const;
export const MEASURE_COMPONENTS = ['Ja', 'En', 'EditorNote', 'Targets', 'Place'] as const;
