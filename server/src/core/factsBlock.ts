// Reads the `facts:` list of a YAML fact file quickly when it is written in the plain
// block style that people, `yaml.stringify` and `tariff-lens import-hts` write: one
// `key: value` a line, lists under a key or in brackets on one line, small mappings
// nested under a key or in braces, quoted or plain scalars, comments. The YAML library
// builds a whole document with positions for every node, which for an import of
// 100,000 facts takes tens of seconds and gigabytes; this reader takes well under a
// second. It accepts only what it reads exactly as YAML 1.2 (core schema) does and
// declines anything else (anchors, tags, block scalars, multi-line plain or single-quoted
// scalars, tabs, odd indentation, duplicate keys, …): the caller then reads the file
// with the YAML library, which stays the reference for every file. Double-quoted values
// may run over several lines, as wrapped notes do.
import { detached } from './usedMap';

/** An entry of the list, read; where its keys are written is found again only when asked. */
export class PlainEntry {
  constructor(
    private readonly reader: EntryReader,
    private readonly start: number,
    /** The fact as the YAML library's toJS() would give it. */
    readonly value: Record<string, unknown>,
    /** 1-based line of the entry (its first key). */
    readonly line: number,
  ) {}

  /** 1-based line of each key, by path (`source.title`): the entry read again, as only its problems need them. */
  keyLines(): Record<string, number> {
    return this.reader.keyLines(this.start, this.line);
  }

  /** The line of the key at `path` (`source.title`), else of the nearest key on its way, else of the entry. */
  lineOfField(path: string): number {
    const keyLines = this.keyLines();
    let found = this.line;
    let prefix = '';
    for (const part of path.split('.')) {
      const at = keyLines[prefix + part];
      if (at === undefined) break;
      found = at;
      prefix += `${part}.`;
    }
    return found;
  }
}

export interface PlainFactsBlock {
  /**
   * The entries, each read when it is taken, so that a big list is never in memory
   * whole. An entry the reader declines throws NotPlainYaml: the caller then reads the
   * whole file with the YAML library instead.
   */
  entries: Iterable<PlainEntry>;
  /** The rest of the file for the YAML library: the list cut out, `facts: []` in place of its key. */
  rest: string;
  /** Lines of `rest` after this one (1-based) are `cutLines` further down in the file. */
  cutAfterLine: number;
  cutLines: number;
}

/** Something this reader cannot read the way YAML does: the fast path gives up. */
export class NotPlainYaml extends Error {}

function notPlain(): never {
  throw new NotPlainYaml();
}

/** The list, or undefined when the file is declined at a glance. */
export function readPlainFactsBlock(text: string): PlainFactsBlock | undefined {
  if (text.includes('\t') || (text.includes('\r') && /\r(?!\n)/.test(text))) return undefined; // the regex alone scans slowly
  const factsMatch = FACTS_KEY.exec(text);
  if (!factsMatch) return undefined;
  const afterFacts = factsMatch.index + factsMatch[0].length + 1;
  if (text.includes('\nfacts:', afterFacts - 1)) return undefined; // a second list: the YAML library reports it
  const factsLine = countLines(text, factsMatch.index) + 1;

  // The list starts at its first item.
  const lines = new Lines(text, afterFacts, factsLine, text.length);
  if (!lines.next() || !lines.item) return undefined; // an empty list, or not a list: the YAML library says what is wrong
  const first = { at: lines.start, line: lines.number, dash: lines.indent };
  // It runs to the first line at the margin that is not one of its items, a comment or
  // blank: found by a regular expression, as a loop over the lines of a big import took
  // a twentieth of its read.
  LIST_END.lastIndex = first.at;
  const end = LIST_END.exec(text);
  const blockEnd = end ? end.index + 1 : text.length;
  if (text.startsWith('---', blockEnd) || text.startsWith('...', blockEnd)) return undefined;
  // Lines after the list move up by the list's lines, blank lines and comments before the next key included.
  const lastLine = end ? countLines(text, blockEnd) : factsLine; // nothing follows a list that runs to the end

  const reader = new EntryReader(text, first.dash, blockEnd);
  const { at, line } = first;
  // The list's lines are cut out; `cutLines` says how far the lines after it moved up.
  return {
    entries: { [Symbol.iterator]: () => reader.entries(at, line) },
    rest: `${text.slice(0, factsMatch.index)}facts: []\n${text.slice(blockEnd)}`,
    cutAfterLine: factsLine,
    cutLines: lastLine - factsLine,
  };
}

const SPACE = 32;
const FACTS_KEY = /^facts:[ ]*(?:#.*)?\r?$/m;
/** A line break before a line at the margin that is neither blank, a comment nor a list item ("-" and a space, or "-" alone). */
const LIST_END = /\n(?=[^ \r\n#-]|-[^ \r\n])/g;

/**
 * A key as read. Known field names are constants, so that every entry's object is built
 * with the same (internalised) keys, and each has a number by which the reader keeps its
 * last value in an array: a lookup by name for every line of a big file costs a tenth
 * of the read. Other keys are read as written, with no number.
 */
interface Key {
  name: string;
  /** Of a known key, else -1. */
  index: number;
  /** Whether its short values repeat across the file (codes, dates, statuses): one string each keeps a big base small. */
  repeating: boolean;
}

const REPEATING = ['imposer', 'target', 'exceptTargets', 'products', 'exceptProducts', 'measure', 'effective', 'expires', 'status', 'date', 'until', 'announced'];
const KNOWN_KEYS: Key[] = ['id', 'rate', 'imposer', 'target', 'exceptTargets', 'products', 'exceptProducts', 'measure', 'effective', 'expires', 'status', 'label', 'terms', 'note', 'pauseEnds', 'source', 'title', 'url', 'date', 'until', 'announced'].map(
  (name, index) => ({ name, index, repeating: REPEATING.includes(name) }),
);
/** The known keys by the code of their first character (an array: quicker to index than a Map). */
const KNOWN_BY_START: Key[][] = [];
for (const k of KNOWN_KEYS) (KNOWN_BY_START[k.name.charCodeAt(0)] ??= []).push(k);

/** The key named `name` (in a {mapping}, read by a regular expression). */
function keyNamed(name: string): Key {
  return KNOWN_KEYS.find((k) => k.name === name) ?? { name: detached(name), index: -1, repeating: false };
}

/**
 * The values' strings, each a copy of its own: a substring cut from the file's text
 * would keep the whole text alive (40 MB for 100,000 facts). One of each repeating value.
 */
class Strings {
  private readonly known = new Map<string, string>();

  of(key: Key, s: string): string {
    if (!key.repeating) return detached(s);
    const k = this.known.get(s);
    if (k !== undefined) return k;
    const copy = detached(s);
    if (this.known.size < 1_000_000) this.known.set(copy, copy);
    return copy;
  }
}

function isKeyChar(c: number, first: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (!first && ((c >= 48 && c <= 57) || c === 45));
}

/** The `key:` at `p`, followed by a space or the line's end. */
function keyAt(text: string, p: number, end: number): Key {
  // A known key is told by its first letter and the colon after it: no need to scan a name.
  const known = KNOWN_BY_START[text.charCodeAt(p)];
  if (known) {
    for (const k of known) {
      const colon = p + k.name.length;
      if (text.charCodeAt(colon) === 58 /* : */ && writtenAt(text, p, k.name)) {
        if (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE) notPlain();
        return k;
      }
    }
  }
  let q = p;
  if (!isKeyChar(text.charCodeAt(q), true)) notPlain();
  while (q < end && isKeyChar(text.charCodeAt(q), false)) q++;
  if (text.charCodeAt(q) !== 58 /* : */ || (q + 1 < end && text.charCodeAt(q + 1) !== SPACE)) notPlain();
  const name = detached(text.slice(p, q));
  if (name === '__proto__') notPlain();
  return { name, index: -1, repeating: false };
}

/** Whether `text` holds `word` at `p`, whose first character is known to match. */
function writtenAt(text: string, p: number, word: string): boolean {
  for (let i = 1; i < word.length; i++) if (text.charCodeAt(p + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** Where the value of the key at `p` starts (after ": "), or the line's end. */
function valueAfterKey(text: string, p: number, key: Key, end: number): number {
  let v = p + key.name.length + 1;
  while (v < end && text.charCodeAt(v) === SPACE) v++;
  return v;
}

/** The lines of a text up to `limit`, one at a time, blank lines and comments skipped. */
class Lines {
  /** The current line: where it starts, its first character that is not a space, and its end (before any "\r"). */
  start = 0;
  first = 0;
  end = 0;
  /** Its 1-based number. */
  number: number;
  /** Whether the lines ran out at the last call of next(). */
  done = false;
  private nextStart: number;

  /** `at`: where the line after line `number` starts. */
  constructor(private readonly text: string, at: number, number: number, private readonly limit: number) {
    this.nextStart = at;
    this.number = number;
  }

  next(): boolean {
    while (this.nextStart < this.limit) {
      this.take();
      if (this.first === this.end || this.text.charCodeAt(this.first) === 35 /* # */) continue;
      return true;
    }
    this.done = true;
    return false;
  }

  /**
   * Takes the lines on to the one holding `to` (where a quoted scalar closes) as part of
   * the current one, which then ends where that one does. YAML wants each of them blank
   * or indented more than `column`, the key's: a document marker so never passes.
   */
  runOnTo(to: number, column: number): void {
    while (this.nextStart <= to) {
      this.take();
      if (this.first < this.end && this.indent <= column) notPlain();
    }
  }

  /** Makes the line at `nextStart` the current one, blank or not. */
  private take(): void {
    const text = this.text;
    const start = this.nextStart;
    let newline = text.indexOf('\n', start);
    if (newline < 0) newline = text.length;
    this.nextStart = newline + 1;
    this.number++;
    const end = text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    let p = start;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    this.start = start;
    this.first = p;
    this.end = end;
  }

  get indent(): number {
    return this.first - this.start;
  }

  /** Whether the line is a list item: "-" and a space, or "-" alone. */
  get item(): boolean {
    const p = this.first;
    return this.text.charCodeAt(p) === 45 /* - */ && (p + 1 === this.end || this.text.charCodeAt(p + 1) === SPACE);
  }
}

/** A key written with nothing after it, and the block of lines under it. */
interface Nested {
  key: Key;
  /** Of the lines under the key, once the first is read. */
  indent: number;
  kind?: 'map' | 'seq';
  value?: Record<string, unknown> | unknown[];
}

/** Reads the entries of a list whose dashes are `dash` spaces in and that ends at `end`. */
class EntryReader {
  private readonly strings = new Strings();
  /**
   * Per known key, the text of the value it was given last and what it read as: a
   * line's dated versions follow each other with the same terms, label, source and
   * codes, which so are read once and shared.
   */
  private readonly lastWritten: string[] = KNOWN_KEYS.map(() => '');
  private readonly lastValue: unknown[] = KNOWN_KEYS.map(() => undefined);

  constructor(private readonly text: string, private readonly dash: number, private readonly end: number) {}

  /** The entries from the one whose "- " line starts at `at` and is line `line`. */
  *entries(at: number, line: number): Generator<PlainEntry> {
    const lines = new Lines(this.text, at, line - 1, this.end);
    lines.next();
    while (!lines.done) {
      const start = lines.start;
      const number = lines.number;
      const value = this.entry(lines);
      yield new PlainEntry(this, start, value, number);
    }
  }

  /** The line of each key of the entry whose "- " line starts at `at` and is line `line`. */
  keyLines(at: number, line: number): Record<string, number> {
    const lines = new Lines(this.text, at, line - 1, this.end);
    lines.next();
    const keyLines: Record<string, number> = {};
    this.entry(lines, keyLines);
    return keyLines;
  }

  /**
   * Reads the entry whose "- " line `lines` is at, and leaves `lines` at the next
   * entry's (or done); with `keyLines`, notes there the line of each key.
   */
  private entry(lines: Lines, keyLines?: Record<string, number>): Record<string, unknown> {
    const { text, dash } = this;
    const value: Record<string, unknown> = {};
    if (lines.first + 2 >= lines.end || text.charCodeAt(lines.first + 2) === SPACE) notPlain();
    let nested = this.field(value, lines.first + 2, lines, keyLines);
    while (lines.next()) {
      const indent = lines.indent;
      const item = lines.item;
      if (item && indent === dash) break; // the next entry
      if (!item && indent === dash + 2) {
        nested = this.field(value, lines.first, lines, keyLines);
      } else if (nested && indent > dash + 2 && (nested.indent < 0 || indent === nested.indent)) {
        nested.indent = indent;
        this.nestedLine(value, nested, lines, keyLines);
      } else notPlain();
    }
    return value;
  }

  /** The `key: value` at `p` of the line `lines` is at; what is nested under the key when nothing follows it. */
  private field(e: Record<string, unknown>, p: number, lines: Lines, keyLines?: Record<string, number>): Nested | undefined {
    const line = lines.number;
    const key = keyAt(this.text, p, lines.end);
    const { name } = key;
    const valueAt = valueAfterKey(this.text, p, key, lines.end);
    if (Object.prototype.hasOwnProperty.call(e, name)) notPlain();
    if (keyLines) keyLines[name] = line;
    if (valueAt === lines.end || this.text.charCodeAt(valueAt) === 35) {
      e[name] = null; // unless lines follow under it
      return { key, indent: -1 };
    }
    const v = this.valueOf(valueAt, this.valueEnd(valueAt, lines, p - lines.start), key);
    e[name] = v;
    if (keyLines && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const k of Object.keys(v)) keyLines[`${name}.${k}`] = line;
    }
    return undefined;
  }

  private nestedLine(e: Record<string, unknown>, n: Nested, lines: Lines, keyLines?: Record<string, number>) {
    const text = this.text;
    const { first: p, end, number: line } = lines;
    if (lines.item) {
      // "- value" under the key: a list of scalars or one-line mappings.
      if (n.kind === 'map') notPlain();
      if (n.kind === undefined) {
        n.kind = 'seq';
        n.value = [];
        e[n.key.name] = n.value;
      }
      let v = p + 1;
      while (v < end && text.charCodeAt(v) === SPACE) v++;
      if (v === end || text.charCodeAt(v) === 35) notPlain(); // "-" alone is null: leave it to the YAML library
      (n.value as unknown[]).push(this.valueOf(v, end, n.key));
      return;
    }
    if (n.kind === 'seq') notPlain();
    if (n.kind === undefined) {
      n.kind = 'map';
      n.value = {};
      e[n.key.name] = n.value;
    }
    const key = keyAt(text, p, end);
    const valueAt = valueAfterKey(text, p, key, end);
    const map = n.value as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(map, key.name)) notPlain();
    if (valueAt === end || text.charCodeAt(valueAt) === 35) notPlain(); // a third level
    map[key.name] = this.valueOf(valueAt, this.valueEnd(valueAt, lines, n.indent), key);
    if (keyLines) keyLines[`${n.key.name}.${key.name}`] = line;
  }

  /**
   * Where the value at `p` of a key at `column` ends: the line's end, or, when double
   * quotes open it and close on a later line, the end of that line, `lines` moved on to it.
   */
  private valueEnd(p: number, lines: Lines, column: number): number {
    if (this.text.charCodeAt(p) !== 34 /* " */) return lines.end;
    const close = closingQuote(this.text, p, this.end);
    if (close > lines.end) lines.runOnTo(close, column);
    return lines.end;
  }

  /** The value of `key` from `p` to the line's end (see read()), shared when written as the key's last one. */
  private valueOf(p: number, end: number, key: Key): unknown {
    const text = this.text;
    const written = text.slice(p, end);
    const { index } = key;
    if (index >= 0 && this.lastWritten[index] === written) return this.lastValue[index];
    const value = this.read(p, end, key);
    if (index >= 0) {
      this.lastWritten[index] = written;
      this.lastValue[index] = value;
    }
    return value;
  }

  /** The value from `p` to the line's end (see valueEnd()): a scalar, a [list] or a {mapping}, and maybe a comment. */
  private read(p: number, end: number, key: Key): unknown {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === 91 /* [ */) return this.flowSequence(text.slice(p, end), key);
    if (c === 123 /* { */) return this.flowMapping(text.slice(p, end));
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const [value, after] = c === 34 ? doubleQuoted(text.slice(p, end)) : singleQuoted(text.slice(p, end));
      onlyComment(after);
      return this.strings.of(key, value);
    }
    return this.resolvePlain(text.slice(p, plainEnd(text, p, end, false)), key);
  }

  /** The core schema's reading of a plain scalar (the YAML library's default). */
  private resolvePlain(text: string, key: Key): unknown {
    const c = text.charCodeAt(0);
    // YYYY-MM-DD, the commonest value after an id, is text to the core schema: no number has two dashes.
    const dateLike = text.length === 10 && c !== 45 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45;
    if (!dateLike && ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) { // a digit, +, - or .
      if (/^0o[0-7]+$|^0x[0-9a-fA-F]+$|^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) notPlain();
      if (/^[-+]?[0-9]+$/.test(text)) {
        const n = parseInt(text, 10);
        if (!Number.isSafeInteger(n)) notPlain();
        return n;
      }
      if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return parseFloat(text);
    } else if (text.length <= 5) {
      if (/^(?:~|[Nn]ull|NULL)$/.test(text)) return null;
      if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
      if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
    }
    return this.strings.of(key, text);
  }

  private flowItem(t: string, key: Key): [unknown, string] {
    if (t.startsWith('"') || t.startsWith("'")) {
      const [value, after] = t.startsWith('"') ? doubleQuoted(t) : singleQuoted(t);
      return [this.strings.of(key, value), after];
    }
    const last = plainEnd(t, 0, t.length, true);
    return [this.resolvePlain(t.slice(0, last), key), t.slice(last)]; // the caller skips the spaces after it
  }

  private flowSequence(t: string, key: Key): unknown[] {
    const out: unknown[] = [];
    let rest = afterSpaces(t.slice(1));
    if (rest.startsWith(']')) {
      onlyComment(rest.slice(1));
      return out;
    }
    for (;;) {
      const [value, after] = this.flowItem(rest, key);
      out.push(value);
      const a = afterSpaces(after);
      if (a.startsWith(']')) {
        onlyComment(a.slice(1));
        return out;
      }
      if (!a.startsWith(',')) notPlain();
      rest = afterSpaces(a.slice(1));
      if (rest.startsWith(']') || rest === '') notPlain(); // a trailing comma: leave it to the YAML library
    }
  }

  private flowMapping(t: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let rest = afterSpaces(t.slice(1));
    if (rest.startsWith('}')) {
      onlyComment(rest.slice(1));
      return out;
    }
    for (;;) {
      const k = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+/.exec(rest);
      if (!k || Object.prototype.hasOwnProperty.call(out, k[1]) || k[1] === '__proto__') notPlain();
      const [value, after] = this.flowItem(rest.slice(k[0].length), keyNamed(k[1]));
      out[k[1]] = value;
      const a = afterSpaces(after);
      if (a.startsWith('}')) {
        onlyComment(a.slice(1));
        return out;
      }
      if (!a.startsWith(',')) notPlain();
      rest = afterSpaces(a.slice(1));
      if (rest.startsWith('}') || rest === '') notPlain();
    }
  }
}

function countLines(text: string, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Where a plain scalar from `p` ends: one past its last character that is not a space.
 * In block context it runs to " #" or the line's end; in flow context also to "," "]" or "}".
 */
function plainEnd(text: string, p: number, end: number, flow: boolean): number {
  if (p >= end || !startsPlain(text, p)) notPlain();
  let last = p;
  for (let i = p; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) continue;
    if (c === 35 /* # */ && text.charCodeAt(i - 1) === SPACE) break;
    if (c === 58 /* : */) {
      const d = text.charCodeAt(i + 1);
      if (i + 1 === end || d === SPACE || (flow && (d === 44 || d === 93 || d === 125))) notPlain(); // a mapping
    }
    if (flow) {
      if (c === 44 || c === 93 || c === 125) break; // , ] }
      if (c === 91 || c === 123) notPlain(); // a nested collection
    }
    last = i + 1;
  }
  return last;
}

// Characters that start something other than a plain scalar (YAML 1.2 §7.3.3). A plain
// scalar may start with "-" only before a digit here (negative numbers).
function startsPlain(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 45 /* - */) { const d = text.charCodeAt(p + 1); return d >= 48 && d <= 57; }
  return !'?:,[]{}#&*!|>\'"%@`'.includes(text[p]) && c !== SPACE;
}

/** The rest of a line after a closing bracket or quote may only be a comment. */
function onlyComment(after: string): void {
  if (!/^(?: *$| +#)/.test(after)) notPlain();
}

/**
 * `s` without the spaces it starts with. Only spaces: to YAML a no-break or other
 * Unicode space is part of a scalar, though String.trim() would take it away.
 */
function afterSpaces(s: string): string {
  let i = 0;
  while (s.charCodeAt(i) === SPACE) i++;
  return i ? s.slice(i) : s;
}

/**
 * Where the double-quoted scalar that opens at `p` closes, before `end`. Escapes other
 * than the ones JSON shares with YAML (a backslash before a line break among them) and
 * control characters other than line breaks are declined.
 */
function closingQuote(t: string, p: number, end: number): number {
  for (let i = p + 1; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c === 92 /* \ */) {
      if (!/^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(t.slice(i, i + 6))) notPlain();
      i += t.charCodeAt(i + 1) === 117 /* u */ ? 5 : 1;
    } else if (c === 34 /* " */) return i;
    else if (c < SPACE && c !== 10 && c !== 13) notPlain();
  }
  return notPlain(); // never closed
}

function doubleQuoted(t: string): [string, string] {
  const close = closingQuote(t, 0, t.length);
  const body = t.slice(1, close);
  return [body.includes('\n') ? folded(body) : unescaped(body), t.slice(close + 1)];
}

/** Double-quoted text (one line of it) with its escapes read: by JSON.parse, as closingQuote() lets only JSON's through. */
function unescaped(s: string): string {
  if (!s.includes('\\')) return s;
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return notPlain();
  }
}

/**
 * The lines of a double-quoted scalar folded as YAML does: a break and the spaces around
 * it read as one space, unless blank lines follow it, each of which reads as a line feed
 * instead. Spaces are trimmed as written, before escapes are read: an escaped one stays.
 */
function folded(body: string): string {
  const lines = body.split('\n');
  const last = lines.length - 1;
  let value = unescaped(lines[0].replace(/ *\r?$/, ''));
  let blanks = '';
  for (let n = 1; n <= last; n++) {
    const line = n < last ? lines[n].replace(/^ +| *\r?$/g, '') : lines[n].replace(/^ +/, '');
    if (n < last && line === '') {
      blanks += '\n';
      continue;
    }
    value += (blanks || ' ') + unescaped(line);
    blanks = '';
  }
  return value;
}

function singleQuoted(t: string): [string, string] {
  let i = 1;
  let value = '';
  for (;;) {
    const q = t.indexOf("'", i);
    if (q < 0) notPlain(); // runs on to the next line
    value += t.slice(i, q);
    if (t[q + 1] === "'") {
      value += "'";
      i = q + 2;
      continue;
    }
    return [value, t.slice(q + 1)];
  }
}
