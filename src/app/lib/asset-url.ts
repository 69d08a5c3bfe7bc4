/**
 * Resolves a site-relative path from the data, such as a speaker photo at
 * `media/speakers/ana/foto.svg`, against the base the site is served under.
 * Absolute http(s) URLs are returned unchanged.
 */
export function assetUrl(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^https?:\/\//i.test(path)) return path;

  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
