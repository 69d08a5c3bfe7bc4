import type { ReactNode } from 'react';

import { useFocusAfterNavigation } from '../lib/navigation-focus.tsx';

/** The page's one `h1`, focused after each navigation so screen readers announce the new page. */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useFocusAfterNavigation<HTMLHeadingElement>();
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
