// Matches the room and track names written in session files to the edition's
// rooms and tracks: trimmed, ignoring case and accents, and through aliases, so
// that ` Salon 101 D` and `Salón 101 D` are one room. Names that match nothing
// are kept as new entries; the caller warns about them when a config exists.

import { foldForMatch, slugify } from '../domain/text.ts';

export interface CatalogEntry {
  id: string;
  label: string;
  /** True when the entry comes from the config rather than from a session file. */
  configured: boolean;
}

interface InferredVariant {
  label: string;
  count: number;
}

export class NameCatalog {
  private readonly entries: CatalogEntry[] = [];
  private readonly byKey = new Map<string, CatalogEntry>();
  private readonly variants = new Map<string, InferredVariant[]>();

  /** Adds a configured entry with the names it may be written as. */
  addConfigured(id: string, label: string, aliases: string[]): void {
    const entry: CatalogEntry = { id, label, configured: true };
    this.entries.push(entry);
    for (const name of [id, label, ...aliases]) this.byKey.set(foldForMatch(name), entry);
  }

  /** Finds the entry for a written name without adding one. */
  find(written: string): CatalogEntry | null {
    return this.byKey.get(foldForMatch(written)) ?? this.byKey.get(slugify(written)) ?? null;
  }

  /** Returns the entry for a written name, inferring a new one when nothing matches. */
  resolve(written: string): CatalogEntry {
    const found = this.find(written);
    if (found) {
      this.countVariant(found, written);
      return found;
    }

    const entry: CatalogEntry = { id: slugify(written) || foldForMatch(written), label: written.trim(), configured: false };
    this.entries.push(entry);
    this.byKey.set(foldForMatch(written), entry);
    this.byKey.set(entry.id, entry);
    this.countVariant(entry, written);
    return entry;
  }

  /**
   * Lists configured entries in config order, then inferred ones in order of
   * first appearance. An inferred entry is labelled by its most frequent spelling,
   * preferring one that reads as a name over one that reads as a slug.
   */
  list(): CatalogEntry[] {
    return this.entries.map((entry) => (entry.configured ? entry : { ...entry, label: this.preferredLabel(entry) }));
  }

  private countVariant(entry: CatalogEntry, written: string): void {
    if (entry.configured) return;

    const label = written.trim();
    const variants = this.variants.get(entry.id) ?? [];
    const variant = variants.find((candidate) => candidate.label === label);
    if (variant) variant.count += 1;
    else variants.push({ label, count: 1 });
    this.variants.set(entry.id, variants);
  }

  private preferredLabel(entry: CatalogEntry): string {
    const variants = this.variants.get(entry.id) ?? [];
    const score = (variant: InferredVariant) => (looksLikeSlug(variant.label) ? 0 : 1_000_000) + variant.count;
    const best = [...variants].sort((left, right) => score(right) - score(left))[0];
    if (!best) return entry.label;

    return looksLikeSlug(best.label) ? humanize(best.label) : best.label;
  }
}

function looksLikeSlug(label: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(label);
}

/** `data-engineering` reads as `Data engineering`. */
function humanize(slug: string): string {
  const words = slug.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
