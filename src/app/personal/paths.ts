// Addresses of the personal-schedule pages, relative to the router's base, in the
// same form as the app's other paths: patterns without, links with the final slash.

export const personalPaths = {
  mySchedule: {
    pattern: '/my-schedule',
    getHref: () => '/my-schedule/',
  },
  shareImport: {
    pattern: '/my-schedule/import',
    getHref: (search = '') => `/my-schedule/import/${search === '' || search.startsWith('?') ? search : `?${search}`}`,
  },
  now: {
    pattern: '/now',
    getHref: () => '/now/',
  },
  roomScreen: {
    pattern: '/rooms/:edition/:room',
    getHref: (edition: string, room: string) => `/rooms/${encodeURIComponent(edition)}/${encodeURIComponent(room)}/`,
  },
} as const;
