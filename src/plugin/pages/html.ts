// Turns the built `index.html` into one HTML file per route. Each copy keeps the
// script and style tags, so the app starts on every page. It gets the page's own
// head tags and a short server-rendered body inside `#root`, which the app
// replaces when it starts.

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The head tags of one page. URLs are final: absolute, or site paths that include the base. */
export interface PageHead {
  /** The document title, shown in tabs and search results. */
  title: string;
  /** The title that link previews show, as `og:title`. */
  socialTitle: string;
  description: string;
  /** The page's canonical URL, or null for a page without its own address (the 404 page). */
  url: string | null;
  /** The Open Graph object type. */
  type: 'website' | 'article' | 'profile';
  siteName: string;
  /** An image for link previews, such as a speaker photo, or null. */
  image: string | null;
  /** Keeps the page out of search indexes, as the 404 page should be. */
  noIndex?: boolean;
  /** Scripts that the page's route loads after the entry, such as its edition's data, to fetch in parallel. */
  modulePreloads?: string[];
}

// Tags that the template may already have and that every page sets itself.
const REPLACED_META = /[ \t]*<meta\s[^>]*\b(?:name|property)\s*=\s*["'](?:description|robots|og:[^"']*|twitter:[^"']*)["'][^>]*>[ \t]*(?:\r?\n)?/gi;
const REPLACED_CANONICAL = /[ \t]*<link\s[^>]*\brel\s*=\s*["']canonical["'][^>]*>[ \t]*(?:\r?\n)?/gi;
const TITLE = /<title>[\s\S]*?<\/title>/i;
const EMPTY_ROOT = /(<div\s+id\s*=\s*["']root["'][^>]*>)\s*(<\/div>)/i;

/** Renders the head tags of a page, one per line, indented for the template's `<head>`. */
export function renderHeadTags(head: PageHead): string {
  const tags = [`<title>${escapeHtml(head.title)}</title>`, meta('name', 'description', head.description)];
  if (head.noIndex === true) tags.push(meta('name', 'robots', 'noindex'));
  if (head.url !== null) tags.push(`<link rel="canonical" href="${escapeHtml(head.url)}" />`);

  tags.push(
    meta('property', 'og:title', head.socialTitle),
    meta('property', 'og:description', head.description),
    meta('property', 'og:type', head.type),
  );
  if (head.url !== null) tags.push(meta('property', 'og:url', head.url));
  tags.push(meta('property', 'og:site_name', head.siteName), meta('property', 'og:locale', 'es_MX'));
  if (head.image !== null) tags.push(meta('property', 'og:image', head.image));
  tags.push(meta('name', 'twitter:card', 'summary'));
  for (const href of head.modulePreloads ?? []) tags.push(`<link rel="modulepreload" crossorigin href="${escapeHtml(href)}" />`);

  return tags.join('\n    ');
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
}

/**
 * Copies the built `index.html` with the page's head tags in place of its title
 * and with `body` inside the empty `<div id="root">`.
 *
 * @throws Error when the template has no `</head>` or no empty `<div id="root">`.
 */
export function renderPage(template: string, head: PageHead, body: string): string {
  if (!EMPTY_ROOT.test(template)) {
    throw new Error('The built index.html has no empty <div id="root"></div>, so the pages have nowhere to put their content. Keep that element in index.html: the app renders into it.');
  }
  if (!/<\/head>/i.test(template)) {
    throw new Error('The built index.html has no </head>, so the pages cannot add their title and link preview tags. Restore the <head> element in index.html.');
  }

  const tags = renderHeadTags(head);
  let html = template.replace(REPLACED_META, '').replace(REPLACED_CANONICAL, '');

  // Replacer functions keep `$` in content from being read as a replacement pattern.
  html = TITLE.test(html) ? html.replace(TITLE, () => tags) : html.replace(/<\/head>/i, () => `  ${tags}\n  </head>`);
  return html.replace(EMPTY_ROOT, (_match, open: string, close: string) => `${open}${body}${close}`);
}
