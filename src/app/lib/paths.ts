// Addresses of the app, relative to the router's base. The patterns match with or
// without a trailing slash (wouter's parser makes the last slash optional); the
// links always end in a slash, because a static host serves `<route>/index.html`.

export const paths = {
  home: {
    pattern: '/',
    getHref: () => '/',
  },
  defaultSchedule: {
    pattern: '/agenda',
    getHref: () => '/agenda/',
  },
  schedule: {
    pattern: '/agenda/:edition',
    getHref: (edition: string, search = '') => `/agenda/${encodeURIComponent(edition)}/${withQuestionMark(search)}`,
  },
  session: {
    pattern: '/sessions/:edition/:slug',
    getHref: (edition: string, slug: string) => `/sessions/${encodeURIComponent(edition)}/${encodeURIComponent(slug)}/`,
  },
  speakers: {
    pattern: '/speakers',
    getHref: () => '/speakers/',
  },
  speaker: {
    pattern: '/speakers/:slug',
    getHref: (slug: string) => `/speakers/${encodeURIComponent(slug)}/`,
  },
} as const;

/** Prefixes a non-empty query string with `?`. */
export function withQuestionMark(search: string): string {
  if (search === '' || search.startsWith('?')) return search;
  return `?${search}`;
}
