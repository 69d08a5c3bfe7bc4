// Text normalization shared by the content plugin (matching names from hand-written
// files) and the app (search), so that both sides agree on what "the same" means.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds a string for comparison: trimmed, lower case, without accents, with inner
 * runs of whitespace collapsed. `" Salón  101 D"` and `"salon 101 d"` fold alike.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Turns a name into a URL slug: `"lightning talks"` gives `lightning-talks` and
 * `"Sala de Conferencias"` gives `sala-de-conferencias`. Returns an empty string
 * when nothing of the name survives, so callers must check.
 */
export function slugify(text: string): string {
  return foldForMatch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
