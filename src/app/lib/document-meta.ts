import { useEffect } from 'react';

/**
 * Keeps `document.title` and the meta description in step with the page shown.
 * The build writes both into each route's HTML file; this updates them when the
 * app navigates without a page load.
 */
export function useDocumentMeta(title: string, description: string): void {
  useEffect(() => {
    document.title = title;

    let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (meta === null) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description;
  }, [title, description]);
}
