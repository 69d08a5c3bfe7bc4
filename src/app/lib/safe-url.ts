// Content is hand-written and may be pasted from anywhere, so a URL from a talk
// file is only used as a link target when it cannot run script.

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Returns the URL when it is relative or uses http, https or mailto, and an empty
 * string otherwise (`javascript:`, `data:`, `vbscript:` and every other scheme).
 * Control characters and spaces are removed first, because browsers ignore them
 * inside a scheme (`java\tscript:` runs as `javascript:`).
 */
export function safeUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes.
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const colon = cleaned.indexOf(':');
  if (colon === -1) return url.trim();

  // A colon after `/`, `?` or `#` belongs to a relative path, not to a scheme.
  const firstDelimiter = cleaned.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < colon) return url.trim();

  const scheme = cleaned.slice(0, colon).toLowerCase();
  return ALLOWED_SCHEMES.has(scheme) ? url.trim() : '';
}
