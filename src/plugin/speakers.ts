// Speaker pages, and the lookup that turns a session's `speakers` entries, which
// hand-written files give as page slugs or as names, into links to those pages.

import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';

import { foldForMatch, slugify } from '../domain/text.ts';
import type { Link, SpeakerRef } from '../domain/types.ts';
import type { ContentFolder } from './content-folder.ts';
import { readContentFile } from './content-folder.ts';
import type { ContentProblem } from './diagnostics.ts';
import { readFrontMatter } from './front-matter.ts';
import { collectLinks, speakerFieldsSchema, validateFields } from './fields.ts';

export interface SpeakerPage {
  slug: string;
  name: string;
  designation: string;
  /** Absolute path of the photo file, or null when the page names none or it is missing. */
  photoFile: string | null;
  links: Link[];
  bio: string;
  file: string;
}

const SOCIAL_FIELDS = ['website', 'twitter', 'linkedin', 'github', 'facebook', 'instagram'] as const;

/** Reads every speaker page; problems go to `problems`, and a page with errors is left out. */
export function readSpeakerPages(folder: ContentFolder, problems: ContentProblem[]): SpeakerPage[] {
  const pages: SpeakerPage[] = [];

  for (const file of folder.speakers) {
    const read = readContentFile(file);
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }

    const parsed = readFrontMatter(read.text, file.name);
    if (!parsed.ok) {
      problems.push(...parsed.errors);
      continue;
    }
    problems.push(...parsed.warnings);

    const validated = validateFields(speakerFieldsSchema, parsed.frontMatter, file.name);
    if (!validated.ok) {
      problems.push(...validated.errors);
      continue;
    }

    const { fields } = validated;
    const { keyLines, endLine, body } = parsed.frontMatter;
    if (fields.title === null) {
      problems.push({
        kind: 'missing-field',
        file: file.name,
        line: keyLines.get('title') ?? endLine,
        field: 'title',
        value: null,
        message: { en: "The speaker page has no title, which is the speaker's name.", es: 'La página de ponente no tiene title, que es su nombre.' },
        hint: { en: 'Add a line such as `title: "Ana López"` to the front matter.', es: 'Agrega una línea como `title: "Ana López"` al encabezado.' },
      });
      continue;
    }

    const socialLinks = SOCIAL_FIELDS.map((kind) => ({ kind, field: kind, url: fields[kind] }));
    pages.push({
      slug: file.slug,
      name: fields.title,
      designation: fields.designation ?? '',
      photoFile: findPhoto(folder.root, file.bundle, fields.images[0] ?? null, file.name, keyLines.get('images') ?? null, problems),
      links: collectLinks(socialLinks, file.name, keyLines, problems),
      bio: body,
      file: file.name,
    });
  }

  return pages;
}

/**
 * Finds the first image of a speaker page: beside the page in its own folder,
 * then relative to the content folder, then in the `static/` folder that Hugo
 * sites keep next to `content/`.
 */
function findPhoto(
  root: string,
  bundle: string | null,
  image: string | null,
  file: string,
  line: number | null,
  problems: ContentProblem[],
): string | null {
  if (image === null) return null;

  const relativePath = image.replace(/^\/+/, '');
  const candidates = [
    ...(bundle ? [join(bundle, relativePath), join(bundle, posix.basename(relativePath))] : []),
    join(root, relativePath),
    join(root, '..', 'static', relativePath),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;

  problems.push({
    kind: 'missing-photo',
    file,
    line,
    field: 'images',
    value: image,
    message: {
      en: 'The photo file was not found, so the speaker is shown with initials.',
      es: 'No se encontró el archivo de la foto, así que se muestran las iniciales.',
    },
    hint: {
      en: "Put the image beside the page's _index.md and name it there, for example `images: [foto.jpg]`.",
      es: 'Pon la imagen junto al _index.md de la página y nómbrala ahí, por ejemplo `images: [foto.jpg]`.',
    },
  });
  return null;
}

/** Looks up speaker pages by slug and by name, ignoring case and accents. */
export class SpeakerDirectory {
  private readonly bySlug = new Map<string, SpeakerPage>();
  private readonly byName = new Map<string, SpeakerPage>();

  constructor(pages: SpeakerPage[]) {
    for (const page of pages) {
      this.bySlug.set(page.slug.toLowerCase(), page);
      this.byName.set(foldForMatch(page.name), page);
    }
  }

  /** Returns the page that an entry of a session's `speakers` list names, if any. */
  find(entry: string): SpeakerPage | null {
    const trimmed = entry.trim();
    return (
      this.bySlug.get(trimmed.toLowerCase()) ??
      this.byName.get(foldForMatch(trimmed)) ??
      this.bySlug.get(slugify(trimmed)) ??
      null
    );
  }

  /** Resolves an entry to a reference: a page's slug and name, or the entry as a plain name. */
  resolve(entry: string): SpeakerRef & { resolved: boolean } {
    const page = this.find(entry);
    if (page) return { slug: page.slug, name: page.name, designation: page.designation, photo: photoPathOf(page), resolved: true };

    return { slug: null, name: displayNameOf(entry.trim()), designation: '', photo: null, resolved: false };
  }
}

/** Returns the site-relative path that a page's photo is published at, or null when it has none. */
export function photoPathOf(page: SpeakerPage): string | null {
  if (page.photoFile === null) return null;

  const fileName = page.photoFile.split(/[\\/]/).at(-1) ?? 'photo';
  return `media/speakers/${page.slug}/${fileName}`;
}

/** Turns a slug-like entry (`ana-lopez`) into a readable name (`Ana Lopez`); names pass unchanged. */
function displayNameOf(entry: string): string {
  if (/\s/.test(entry) || !/^[a-z0-9-]+$/.test(entry)) return entry;

  return entry
    .split('-')
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
