// The address's query string as written. wouter 3.13's `useSearch` passes it
// through `decodeURI` first, so a search for `%41` (written `q=%2541`) reached
// URLSearchParams as `q=%41` and was decoded a second time, to `A`.

import { useRouter } from 'wouter';

/** Returns the current query string without its leading `?` and without decoding it. */
export function useRawSearch(): string {
  const router = useRouter();
  const search: string = router.searchHook(router);
  return search.startsWith('?') ? search.slice(1) : search;
}
