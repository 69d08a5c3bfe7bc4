// Addresses of the static pages. Routes are site paths relative to the base and
// match the app's router (src/app/lib/paths.ts). They end in a slash because a
// static host serves `<route>/index.html` for `<route>/`.

import { SHARE_IMPORT_PATH } from '../../domain/share-link.ts';

export const routes = {
  home: () => '',
  defaultSchedule: () => 'agenda/',
  schedule: (edition: string) => `agenda/${segment(edition)}/`,
  session: (edition: string, slug: string) => `sessions/${segment(edition)}/${segment(slug)}/`,
  speakers: () => 'speakers/',
  speaker: (slug: string) => `speakers/${segment(slug)}/`,
  mySchedule: () => 'my-schedule/',
  shareImport: () => SHARE_IMPORT_PATH,
  now: () => 'now/',
  room: (edition: string, roomId: string) => `rooms/${segment(edition)}/${segment(roomId)}/`,
  calendar: (edition: string) => `calendar/${segment(edition)}.ics`,
} as const;

function segment(value: string): string {
  return encodeURIComponent(value);
}

/**
 * Returns the output file of a route: `sessions/2024mty/keynote/index.html` for
 * `sessions/2024mty/keynote/`. Percent escapes are decoded, as static hosts decode
 * the request path before they look up the file.
 *
 * @throws Error when a segment would leave its folder (`..`) or is empty.
 */
export function routeFileName(route: string): string {
  const segments = route.split('/').filter((part) => part !== '');
  const decoded = segments.map((part) => decodeURIComponent(part));

  for (const part of decoded) {
    if (part === '.' || part === '..' || part.includes('/') || part.includes('\\')) {
      throw new Error(`Cannot write a page for the address "${route}": the segment "${part}" is not a valid file name. Rename the edition, session or speaker slug so it has no "/", "\\" or dot-only segment.`);
    }
  }

  return [...decoded, 'index.html'].join('/');
}

/** The site's public address: Vite's base and, when known, the absolute URL. */
export interface SiteAddress {
  /** Vite's public base, such as `/` or `/agenda/`, always ending in a slash. */
  base: string;
  /** The absolute URL of the site's home page, ending in a slash, or null when not configured. */
  siteUrl: URL | null;
}

/**
 * Resolves where the site is served from Vite's `base` and the configured site
 * URL (`AGENDA_SITE_URL`, else `siteUrl` in the config). A site URL without a
 * path, such as `https://example.org`, is joined with the base; one with a path
 * is taken as the home page's address.
 *
 * @throws Error naming the value when the base is relative or the site URL is not an absolute http(s) URL.
 */
export function resolveSiteAddress(base: string, siteUrl: string | null, source: string): SiteAddress {
  if (!base.startsWith('/') && !/^https?:\/\//i.test(base)) {
    throw new Error(`The static pages need an absolute base, but the base is "${base}". A relative base resolves against each page's own folder, so pages such as sessions/<edition>/<slug>/ could not find the app's scripts. Build with --base / or --base /<path>/.`);
  }
  const normalizedBase = base.endsWith('/') ? base : `${base}/`;
  if (siteUrl === null || siteUrl.trim() === '') return { base: normalizedBase, siteUrl: null };

  let parsed: URL;
  try {
    parsed = new URL(siteUrl.trim());
  } catch {
    throw new Error(`Invalid ${source} "${siteUrl}": expected an absolute URL such as https://agenda.example.org/.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Invalid ${source} "${siteUrl}": expected an http or https URL such as https://agenda.example.org/.`);
  }

  parsed.search = '';
  parsed.hash = '';
  if (parsed.pathname === '/' && normalizedBase.startsWith('/')) parsed.pathname = normalizedBase;
  if (!parsed.pathname.endsWith('/')) parsed.pathname = `${parsed.pathname}/`;

  return { base: normalizedBase, siteUrl: parsed };
}

/** Builds the links of the pages under one site address. */
export class SiteLinks {
  constructor(private readonly address: SiteAddress) {}

  /** Returns a route's link for use inside the site: the base followed by the route. */
  href(route: string): string {
    return this.address.base + route;
  }

  /**
   * Returns a route's URL for canonical links and link previews: absolute when a
   * site URL is configured, else the same as `href`.
   */
  url(route: string): string {
    // NOTE: without a site URL, og:url and og:image are site paths, which link
    // preview crawlers cannot fetch. Set AGENDA_SITE_URL or `siteUrl` for absolute ones.
    if (this.address.siteUrl === null) return this.href(route);
    return new URL(route, this.address.siteUrl).href;
  }

  get hasSiteUrl(): boolean {
    return this.address.siteUrl !== null;
  }

  get siteUrl(): URL | null {
    return this.address.siteUrl;
  }
}
