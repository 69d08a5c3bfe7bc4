// Route components that load in their own chunk, and that main.tsx can load before
// the first render. React's `lazy` suspends on its first render even when the
// chunk is already there, which would replace the server-rendered page with the
// loading fallback for a frame.

import { lazy, useState, type ComponentType } from 'react';

export interface LazyRoute<Props extends object> {
  (props: Props): React.JSX.Element;
  /** Loads the chunk. Resolves when the component can render without suspending. */
  preload(): Promise<void>;
}

/** Wraps a chunk's component so that it renders at once when `preload()` has finished, and suspends otherwise. */
export function lazyRoute<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyRoute<Props> {
  let loaded: ComponentType<Props> | null = null;
  let pending: Promise<ComponentType<Props>> | null = null;

  const loadOnce = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed chunk load may succeed later (the network came back), so the next call tries again.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Suspending = lazy(() => loadOnce().then((component) => ({ default: component })));

  function Route(props: Props) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded
    // component later would remount the page and lose its state.
    const [Component] = useState<ComponentType<Props>>(() => loaded ?? Suspending);
    return <Component {...props} />;
  }

  return Object.assign(Route, { preload: () => loadOnce().then(() => undefined) });
}
