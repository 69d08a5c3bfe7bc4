// Problems found in the content folder. Errors stop the build; warnings are
// collected and printed once as a summary. Each problem names the file, the line
// where known, the field, the value and what to do, so that an organizer who is
// not a programmer can fix the file without reading code. Messages are written in
// Spanish and English; organizers read Spanish unless AGENDA_LANG=en.

export const ERROR_KINDS = [
  'missing-front-matter',
  'unclosed-front-matter',
  'invalid-yaml',
  'invalid-encoding',
  'missing-field',
  'invalid-field',
  'invalid-time',
  'end-not-after-start',
  'duplicate-slug',
  'unknown-time-zone',
  'invalid-config',
] as const;

export const WARNING_KINDS = [
  'repeated-key',
  'unindented-continuation',
  'room-double-booked',
  'speaker-double-booked',
  'unknown-room',
  'room-closed-that-day',
  'unknown-track',
  'unresolved-speaker',
  'offset-mismatch',
  'outside-edition-days',
  'missing-photo',
  'invalid-link',
  'unknown-edition',
  'draft-without-time',
  'default-time-zone',
  'end-date-corrected',
  'missing-site-url',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];
export type WarningKind = (typeof WARNING_KINDS)[number];
export type ProblemKind = ErrorKind | WarningKind;

/** A language of the build messages. */
export type MessageLanguage = 'es' | 'en';

/** A message written in every language of the build output. */
export interface LocalizedText {
  es: string;
  en: string;
}

export interface ContentProblem {
  kind: ProblemKind;
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  /** 1-based line, or null when the problem concerns the whole file. */
  line: number | null;
  field: string | null;
  /** The offending value as written, or null when there is none to show. */
  value: string | null;
  /** The problem, as a sentence. */
  message: LocalizedText;
  /** The fix, as a sentence. */
  hint: LocalizedText;
}

export function isError(problem: ContentProblem): boolean {
  return (ERROR_KINDS as readonly string[]).includes(problem.kind);
}

/** Orders problems by file, then line, so that a listing reads top to bottom. */
export function compareProblems(left: ContentProblem, right: ContentProblem): number {
  if (left.file !== right.file) return left.file < right.file ? -1 : 1;
  return (left.line ?? 0) - (right.line ?? 0);
}

/** Returns the language that `AGENDA_LANG` selects: Spanish unless it starts with `en`. */
export function messageLanguage(setting: string | undefined): MessageLanguage {
  return setting?.toLowerCase().startsWith('en') ? 'en' : 'es';
}

/**
 * Formats one problem on two lines: where it is, then what is wrong and the fix.
 * `root` is prefixed to the file path so that terminals make it clickable.
 */
export function formatProblem(problem: ContentProblem, root = '', language: MessageLanguage = 'es'): string {
  return `${formatLocation(problem, root)}\n  ${problem.message[language]} ${problem.hint[language]}`;
}

/** Formats where a problem is: `file:line field = "value"`. */
function formatLocation(problem: ContentProblem, root: string): string {
  const location = problem.line === null ? `${root}${problem.file}` : `${root}${problem.file}:${problem.line}`;
  const field = problem.field === null ? '' : ` ${problem.field}`;
  const value = problem.value === null ? '' : `${problem.field === null ? ' ' : ' = '}${JSON.stringify(problem.value)}`;
  return `${location}${field}${value}`;
}

/** Formats every error of a failed build into one message. */
export function formatErrors(errors: ContentProblem[], root = '', language: MessageLanguage = 'es'): string {
  const lines = [...errors].sort(compareProblems).map((problem) => formatProblem(problem, root, language));
  const heading =
    language === 'en'
      ? `The agenda content has ${errors.length === 1 ? '1 error' : `${errors.length} errors`}:`
      : `El contenido de la agenda tiene ${errors.length === 1 ? '1 error' : `${errors.length} errores`}:`;

  return `${heading}\n\n${lines.join('\n\n')}`;
}

/**
 * Formats every warning, grouped by kind and then by identical text, so that a
 * message shared by hundreds of files (a photo missing from each page) is
 * printed once above the list of places it applies to.
 */
export function formatWarningSummary(warnings: ContentProblem[], root = '', language: MessageLanguage = 'es'): string {
  const sections = [...groupBy(warnings, (warning) => warning.kind)].map(([kind, group]) => {
    const texts = [...groupBy(group, (warning) => `${warning.message[language]} ${warning.hint[language]}`)].map(([text, problems]) => {
      const locations = problems.sort(compareProblems).map((problem) => `    ${formatLocation(problem, root)}`);
      return `  ${text}\n${locations.join('\n')}`;
    });
    return `${kind} (${group.length}):\n${texts.join('\n')}`;
  });

  const heading =
    language === 'en'
      ? `The agenda content compiled with ${warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}:`
      : `El contenido de la agenda se compiló con ${warnings.length === 1 ? '1 aviso' : `${warnings.length} avisos`}:`;

  return `${heading}\n\n${sections.join('\n\n')}`;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item)) ?? [];
    group.push(item);
    groups.set(keyOf(item), group);
  }

  return groups;
}
