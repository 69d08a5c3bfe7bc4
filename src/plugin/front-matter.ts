// Splits a content file into YAML front matter and Markdown body, and reads the
// YAML the way Hugo does. Hugo's YAML library accepts two things that strict YAML
// parsers reject and that hand-written conference sites contain: a key repeated
// in one mapping (the later value wins) and a quoted value continued on an
// unindented line. Both are compiled here with a warning, so a site that builds
// with Hugo builds here too; YAML that no reading can repair stays an error.

import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

import type { ContentProblem } from './diagnostics.ts';

export type FrontMatterValue = unknown;

/** The parsed front matter of one file, with the line of every top-level key. */
export interface FrontMatter {
  data: Record<string, FrontMatterValue>;
  /** 1-based line in the file of each top-level key, the winning one when repeated. */
  keyLines: Map<string, number>;
  /** 1-based lines of the items of top-level lists, such as `speakers`. */
  itemLines: Map<string, number[]>;
  /** 1-based line of the closing `---`, used for problems about missing fields. */
  endLine: number;
  body: string;
}

export type FrontMatterResult =
  | { ok: true; frontMatter: FrontMatter; warnings: ContentProblem[] }
  | { ok: false; errors: ContentProblem[] };

const OPENING_FENCE = /^---[ \t]*$/;

/**
 * Reads front matter and body from the text of a file. `file` is the path that
 * problems name. The body keeps its own text, without the fence lines.
 */
export function readFrontMatter(text: string, file: string): FrontMatterResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);

  if (!OPENING_FENCE.test(lines[0] ?? '')) {
    return failure({
      kind: 'missing-front-matter',
      file,
      line: 1,
      field: null,
      value: null,
      message: { en: 'The file has no front matter.', es: 'El archivo no tiene encabezado (front matter).' },
      hint: {
        en: 'Start the file with a line of three dashes (---), then the fields such as title and time_start, then another --- line.',
        es: 'Empieza el archivo con una línea de tres guiones (---), luego los campos como title y time_start, y otra línea ---.',
      },
    });
  }

  const closingIndex = lines.findIndex((line, index) => index > 0 && OPENING_FENCE.test(line));
  if (closingIndex === -1) {
    return failure({
      kind: 'unclosed-front-matter',
      file,
      line: 1,
      field: null,
      value: null,
      message: { en: 'The front matter is never closed.', es: 'El encabezado nunca se cierra.' },
      hint: {
        en: 'Add a line of three dashes (---) after the last field, before the text of the abstract.',
        es: 'Agrega una línea de tres guiones (---) después del último campo, antes del texto del resumen.',
      },
    });
  }

  const yamlText = lines.slice(1, closingIndex).join('\n');
  const body = lines.slice(closingIndex + 1).join('\n').trim();
  const parsed = parseHugoYaml(yamlText, file, 2);
  if (!parsed.ok) return parsed;

  return {
    ok: true,
    warnings: parsed.warnings,
    frontMatter: { ...parsed.mapping, endLine: closingIndex + 1, body },
  };
}

interface ParsedMapping {
  data: Record<string, FrontMatterValue>;
  keyLines: Map<string, number>;
  itemLines: Map<string, number[]>;
}

type YamlResult = { ok: true; mapping: ParsedMapping; warnings: ContentProblem[] } | { ok: false; errors: ContentProblem[] };

/**
 * Parses a YAML mapping as Hugo does. `firstLine` is the file line that the YAML
 * text starts on, so that problems point into the file rather than into the block.
 */
export function parseHugoYaml(yamlText: string, file: string, firstLine: number): YamlResult {
  const warnings: ContentProblem[] = [];

  let attempt = parseMapping(yamlText);
  if (attempt.errors.length > 0) {
    const repaired = repairUnindentedContinuation(yamlText, attempt.errors);
    if (repaired) {
      const retry = parseMapping(repaired.text);
      if (retry.errors.length === 0) {
        warnings.push({
          kind: 'unindented-continuation',
          file,
          line: firstLine + repaired.line - 1,
          field: keyOfLine(yamlText, repaired.quoteLine),
          value: null,
          message: {
            en: 'A quoted value continues on a line without indentation, which strict YAML rejects.',
            es: 'Un valor entre comillas continúa en una línea sin sangría, lo que el YAML estricto rechaza.',
          },
          hint: {
            en: 'Indent the continued line by two spaces, or join it to the line above. It was read as Hugo reads it.',
            es: 'Agrega dos espacios al inicio de la línea que continúa, o únela a la de arriba. Se leyó como lo lee Hugo.',
          },
        });
        attempt = retry;
      }
    }
  }

  if (attempt.errors.length > 0) {
    return { ok: false, errors: describeYamlErrors(yamlText, attempt.errors, file, firstLine) };
  }

  const { document, lineCounter } = attempt;
  if (document.contents !== null && !isMap(document.contents)) {
    return failure({
      kind: 'invalid-yaml',
      file,
      line: firstLine,
      field: null,
      value: null,
      message: { en: 'The front matter is not a list of fields.', es: 'El encabezado no es una lista de campos.' },
      hint: {
        en: 'Write one field per line as `name: value`, for example `title: "Mi charla"`.',
        es: 'Escribe un campo por línea como `nombre: valor`, por ejemplo `title: "Mi charla"`.',
      },
    });
  }

  const mapping = collectMapping(document, lineCounter, firstLine, file, warnings);
  return { ok: true, mapping, warnings };
}

/**
 * Turns the parser's errors into problems an organizer can act on, one per line
 * and in plain words. An unclosed quote is reported on the line where it opens,
 * not at the end of the block, where the parser notices it.
 */
function describeYamlErrors(text: string, errors: YamlSyntaxError[], file: string, firstLine: number): ContentProblem[] {
  const problems = new Map<number, ContentProblem>();

  for (const error of errors) {
    const unclosedQuote = isUnclosedQuote(error);
    const line = unclosedQuote ? openingQuoteLine(text, error.line) : error.line;
    if (problems.has(line)) continue;

    problems.set(line, {
      kind: 'invalid-yaml',
      file,
      line: firstLine + line - 1,
      field: keyOfLine(text, line),
      value: null,
      ...describeYamlError(error, unclosedQuote),
    });
  }

  return [...problems.values()];
}

function describeYamlError(error: YamlSyntaxError, unclosedQuote: boolean): Pick<ContentProblem, 'message' | 'hint'> {
  if (unclosedQuote) {
    return {
      message: { en: 'The quoted value on this line is never closed.', es: 'El valor entre comillas de esta línea nunca se cierra.' },
      hint: {
        en: 'Add the closing quote at the end of the value, or remove the opening one.',
        es: 'Agrega la comilla de cierre al final del valor, o quita la de apertura.',
      },
    };
  }

  if (INDENTATION_CODES.has(error.code)) {
    return {
      message: {
        en: 'A line is indented under a field that already has a value on its own line.',
        es: 'Una línea tiene sangría bajo un campo que ya tiene valor en su propia línea.',
      },
      hint: {
        en: 'Start every field at the left margin, or indent list items under a field with no value (such as `speakers:`).',
        es: 'Empieza cada campo en el margen izquierdo, o pon sangría solo a los elementos de una lista bajo un campo sin valor (como `speakers:`).',
      },
    };
  }

  return {
    message: { en: `The front matter is not valid YAML: ${error.message}.`, es: `El encabezado no es YAML válido: ${error.message}.` },
    hint: {
      en: 'Check the quotes and the indentation on that line; a value that contains a colon or starts with a quote must be quoted.',
      es: 'Revisa las comillas y la sangría de esa línea; un valor con dos puntos o que empieza con comilla debe ir entre comillas.',
    },
  };
}

const INDENTATION_CODES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT', 'UNEXPECTED_TOKEN']);

function isUnclosedQuote(error: YamlSyntaxError): boolean {
  return error.code === 'MISSING_CHAR' && /closing .?quote/i.test(error.message);
}

/** Finds the line, at or above `line`, of the field whose quoted value never closes. */
function openingQuoteLine(text: string, line: number): number {
  const lines = text.split('\n');

  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const opening = /^[^:#\s][^:#]*:\s*(["'])(.*)$/.exec(lines[index] ?? '');
    if (opening && !(opening[2] ?? '').includes(opening[1] ?? '"')) return index + 1;
  }

  return line;
}

interface YamlSyntaxError {
  line: number;
  message: string;
  code: string;
}

interface MappingAttempt {
  document: Document.Parsed;
  lineCounter: LineCounter;
  errors: YamlSyntaxError[];
}

function parseMapping(text: string): MappingAttempt {
  const lineCounter = new LineCounter();

  // Hugo's YAML 1.2 reading keeps timestamps as strings, and so does the core
  // schema; repeated keys are allowed here and reported separately.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, schema: 'core' });
  const errors = document.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line,
    message: firstSentence(error.message),
    code: error.code,
  }));

  return { document, lineCounter, errors };
}

function firstSentence(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * Indents the lines that continue an unclosed quoted value at the left margin,
 * which is the one unindented shape that Hugo reads. Returns null when the error
 * is of another kind or when the quote never closes before the end of the block.
 */
function repairUnindentedContinuation(
  text: string,
  errors: YamlSyntaxError[],
): { text: string; line: number; quoteLine: number } | null {
  const quoteError = errors.find(isUnclosedQuote);
  if (!quoteError) return null;

  const lines = text.split('\n');
  const quoteIndex = quoteError.line - 1;
  const opening = /^[^:#]+:\s*(["'])/.exec(lines[quoteIndex] ?? '');
  if (!opening) return null;

  const quote = opening[1] ?? '"';
  for (let index = quoteIndex + 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^\s/.test(line)) continue;

    lines[index] = ` ${line}`;
    if (line.includes(quote)) {
      return { text: lines.join('\n'), line: quoteIndex + 2, quoteLine: quoteError.line };
    }
  }

  return null;
}

function keyOfLine(text: string, line: number): string | null {
  const lines = text.split('\n');
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[index] ?? '');
    if (key) return key[1] ?? null;
  }

  return null;
}

function collectMapping(
  document: Document.Parsed,
  lineCounter: LineCounter,
  firstLine: number,
  file: string,
  warnings: ContentProblem[],
): ParsedMapping {
  const data: Record<string, FrontMatterValue> = {};
  const keyLines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  const contents = document.contents;
  if (!isMap(contents)) return { data, keyLines, itemLines };

  const lineOf = (node: Node | null | undefined) =>
    node?.range ? firstLine + lineCounter.linePos(node.range[0]).line - 1 : firstLine;

  for (const pair of contents.items) {
    const keyNode = isScalar(pair.key) ? pair.key : null;
    const key = keyNode ? String(keyNode.value).trim() : null;
    if (key === null || key === '') continue;

    const line = lineOf(keyNode);
    const previousLine = keyLines.get(key);
    if (previousLine !== undefined) {
      warnings.push({
        kind: 'repeated-key',
        file,
        line,
        field: key,
        value: null,
        message: {
          en: `The field "${key}" is repeated (first on line ${previousLine}); the later value is used, as Hugo does.`,
          es: `El campo "${key}" está repetido (primero en la línea ${previousLine}); se usa el último valor, como hace Hugo.`,
        },
        hint: { en: `Keep one "${key}" line and delete the other.`, es: `Deja una sola línea "${key}" y borra la otra.` },
      });
    }

    const valueNode = pair.value;
    data[key] = isNode(valueNode) ? valueNode.toJS(document) : null;
    keyLines.set(key, line);
    if (isSeq(valueNode)) {
      itemLines.set(
        key,
        valueNode.items.map((item) => lineOf(isNode(item) ? item : null)),
      );
    }
  }

  return { data, keyLines, itemLines };
}

function failure(problem: ContentProblem): { ok: false; errors: ContentProblem[] } {
  return { ok: false, errors: [problem] };
}
