// Moves keyboard and screen reader focus to the page's main heading after the app
// navigates, as a page load would. The first page of a visit keeps the browser's
// own focus, so that nothing is announced twice.

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';

interface NavigationState {
  pathname: string;
  /** True once the path has changed since the app started. */
  hasNavigated: boolean;
}

const NavigationContext = createContext<NavigationState>({ pathname: '/', hasNavigated: false });

export function NavigationFocusProvider({ children }: { children: ReactNode }) {
  const [pathname] = useLocation();
  const firstPathname = useRef(pathname);
  const [hasNavigated, setHasNavigated] = useState(false);

  if (!hasNavigated && pathname !== firstPathname.current) setHasNavigated(true);

  return <NavigationContext.Provider value={{ pathname, hasNavigated }}>{children}</NavigationContext.Provider>;
}

/** Focuses the element after each navigation; query-string changes such as filters do not count. */
export function useFocusAfterNavigation<T extends HTMLElement>() {
  const { pathname, hasNavigated } = useContext(NavigationContext);
  const ref = useRef<T>(null);

  useEffect(() => {
    if (hasNavigated) ref.current?.focus();
  }, [pathname, hasNavigated]);

  return ref;
}
