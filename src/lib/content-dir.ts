/** The content folder, relative to the project root: content/, or SITE_CONTENT_DIR for test fixtures. */
export function contentDir(): string {
  return (process.env.SITE_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
