// Reads the `facts:` list of a YAML fact file quickly when it is written in the plain
// block style that people, `yaml.stringify` and `tariff-lens import-hts` write: one
// `key: value` a line, lists under a key or in brackets on one line, small mappings
// nested under a key or in braces, quoted or plain scalars, comments. The YAML library
// builds a whole document with positions for every node, which for an import of
// 100,000 facts takes tens of seconds and gigabytes; this reader takes well under a
// second. It accepts only what it reads exactly as YAML 1.2 (core schema) does and
// returns undefined for anything else (anchors, tags, block scalars, multi-line
// scalars, tabs, odd indentation, duplicate keys, …): the caller then reads the file
// with the YAML library, which stays the reference for every file.

export interface PlainEntry {
  /** The fact as the YAML library's toJS() would give it. */
  value: Record<string, unknown>;
  /** 1-based line of the entry (its first key). */
  line: number;
  /** 1-based line of each key, by path (`source.title`). */
  keyLines: Record<string, number>;
}

export interface PlainFactsBlock {
  entries: PlainEntry[];
  /** The rest of the file for the YAML library: the list cut out, `facts: []` in place of its key. */
  rest: string;
  /** Lines of `rest` after this one (1-based) are `cutLines` further down in the file. */
  cutAfterLine: number;
  cutLines: number;
}

/** Something this reader cannot read the way YAML does: the fast path gives up. */
class NotPlain extends Error {}

function notPlain(): never {
  throw new NotPlain();
}

export function readPlainFactsBlock(text: string): PlainFactsBlock | undefined {
  if (text.includes('\t') || /\r(?!\n)/.test(text)) return undefined;
  try {
    return read(text);
  } catch (e) {
    if (e instanceof NotPlain) return undefined;
    throw e;
  }
}

const SPACE = 32;
const FACTS_KEY = /^facts:[ ]*(?:#.*)?\r?$/m;

// Field names as constants, so that every entry's object is built with the same
// (internalised) keys; other keys are read as written.
const KNOWN_KEYS = ['id', 'rate', 'imposer', 'target', 'products', 'measure', 'effective', 'expires', 'status', 'label', 'terms', 'note', 'pauseEnds', 'source', 'title', 'url', 'date', 'until', 'announced'];
const KNOWN_BY_START = new Map<number, string[]>();
for (const k of KNOWN_KEYS) KNOWN_BY_START.set(k.charCodeAt(0), [...(KNOWN_BY_START.get(k.charCodeAt(0)) ?? []), k]);
/**
 * Fields whose short values repeat across facts (codes, dates, statuses, terms): one
 * string each keeps a big base small. (Labels, titles and URLs repeat only within a
 * line's dated versions: looking them up costs more time than they take room.)
 */
const REPEATING = new Set(['imposer', 'target', 'products', 'measure', 'effective', 'expires', 'status', 'date', 'until', 'announced', 'terms']);

/** One copy of each repeating value (see own()). */
class Interner {
  private readonly known = new Map<string, string>();
  get(s: string): string {
    const k = this.known.get(s);
    if (k !== undefined) return k;
    const copy = own(s);
    if (this.known.size < 1_000_000) this.known.set(copy, copy);
    return copy;
  }
}

function isKeyChar(c: number, first: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (!first && ((c >= 48 && c <= 57) || c === 45));
}

interface Key {
  name: string;
  /** Where the value starts (after ": "), or the line's end. */
  valueAt: number;
}

/** A `key:` at `p`, followed by spaces or the line's end. */
function keyAt(text: string, p: number, end: number): Key {
  let q = p;
  if (!isKeyChar(text.charCodeAt(q), true)) notPlain();
  while (q < end && isKeyChar(text.charCodeAt(q), false)) q++;
  if (text.charCodeAt(q) !== 58 /* : */ || (q + 1 < end && text.charCodeAt(q + 1) !== SPACE)) notPlain();
  const length = q - p;
  let name: string | undefined;
  for (const k of KNOWN_BY_START.get(text.charCodeAt(p)) ?? []) if (k.length === length && text.startsWith(k, p)) name = k;
  name ??= own(text.slice(p, q));
  if (name === '__proto__') notPlain();
  let v = q + 1;
  while (v < end && text.charCodeAt(v) === SPACE) v++;
  return { name, valueAt: v };
}

function read(text: string): PlainFactsBlock | undefined {
  const factsMatch = FACTS_KEY.exec(text);
  if (!factsMatch) return undefined;
  const afterFacts = factsMatch.index + factsMatch[0].length + 1;
  if (/^facts:/m.test(text.slice(afterFacts))) return undefined; // a second list: the YAML library reports it
  const factsLine = countLines(text, factsMatch.index); // 0-based
  const intern = new Interner();

  const entries: PlainEntry[] = [];
  let dash = -1; // indentation of the list's dashes; the entries' keys are two further in
  let entry: PlainEntry | undefined;
  // A key written with nothing after it, and the block of lines under it.
  let nested: { key: string; indent: number; kind?: 'map' | 'seq'; value?: Record<string, unknown> | unknown[] } | undefined;
  let blockEnd = text.length; // offset where the list ends
  let lineNo = factsLine; // 0-based number of the current line

  for (let at = afterFacts; at < text.length; ) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    lineNo++;
    const end = text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    const lineStart = at;
    at = next + 1;
    let p = lineStart;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    if (p === end || text.charCodeAt(p) === 35 /* # */) continue; // blank or comment
    const indent = p - lineStart;
    const item = text.charCodeAt(p) === 45 /* - */ && (p + 1 === end || text.charCodeAt(p + 1) === SPACE);
    if (indent === 0 && !item) {
      if (text.startsWith('---', p) || text.startsWith('...', p)) return undefined;
      blockEnd = lineStart;
      lineNo--;
      break;
    }
    if (dash < 0) {
      if (!item) notPlain();
      dash = indent;
    }
    const lineNumber = lineNo + 1;
    if (item && indent === dash) {
      // A new entry: "- key: value".
      if (entry) entries.push(entry);
      if (p + 2 >= end || text.charCodeAt(p + 2) === SPACE) notPlain();
      entry = { value: {}, keyLines: {}, line: lineNumber };
      nested = undefined;
      field(entry, p + 2, end, lineNumber);
    } else if (entry && !item && indent === dash + 2) {
      nested = undefined;
      field(entry, p, end, lineNumber);
    } else if (entry && nested && indent > dash + 2 && (nested.indent < 0 || indent === nested.indent)) {
      nested.indent = indent;
      nestedLine(entry, nested, p, end, item, lineNumber);
    } else notPlain();
  }
  if (entry) entries.push(entry);
  if (!entries.length) return undefined; // an empty list: the YAML library says what is wrong

  function field(e: PlainEntry, p: number, end: number, lineNumber: number) {
    const { name, valueAt } = keyAt(text, p, end);
    if (Object.prototype.hasOwnProperty.call(e.value, name)) notPlain();
    e.keyLines[name] = lineNumber;
    const value = valueAt, repeating = REPEATING.has(name);
    if (value === end || text.charCodeAt(value) === 35) {
      e.value[name] = null; // unless lines follow under it
      nested = { key: name, indent: -1 };
      return;
    }
    const v = valueOf(text, value, end, repeating ? intern : undefined);
    e.value[name] = v;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const k of Object.keys(v)) e.keyLines[`${name}.${k}`] = lineNumber;
    }
  }

  function nestedLine(e: PlainEntry, n: NonNullable<typeof nested>, p: number, end: number, item: boolean, lineNumber: number) {
    if (item) {
      // "- value" under the key: a list of scalars or one-line mappings.
      if (n.kind === 'map') notPlain();
      if (n.kind === undefined) {
        n.kind = 'seq';
        n.value = [];
        e.value[n.key] = n.value;
      }
      let v = p + 1;
      while (v < end && text.charCodeAt(v) === SPACE) v++;
      if (v === end || text.charCodeAt(v) === 35) notPlain(); // "-" alone is null: leave it to the YAML library
      (n.value as unknown[]).push(valueOf(text, v, end, REPEATING.has(n.key) ? intern : undefined));
      return;
    }
    if (n.kind === 'seq') notPlain();
    if (n.kind === undefined) {
      n.kind = 'map';
      n.value = {};
      e.value[n.key] = n.value;
    }
    const { name, valueAt } = keyAt(text, p, end);
    const map = n.value as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(map, name)) notPlain();
    if (valueAt === end || text.charCodeAt(valueAt) === 35) notPlain(); // a third level
    map[name] = valueOf(text, valueAt, end, REPEATING.has(name) ? intern : undefined);
    e.keyLines[`${n.key}.${name}`] = lineNumber;
  }

  // The list's lines are cut out; `cutLines` says how far the lines after it moved up.
  const rest = `${text.slice(0, factsMatch.index)}facts: []\n${text.slice(blockEnd)}`;
  return { entries, rest, cutAfterLine: factsLine + 1, cutLines: lineNo - factsLine };
}

function countLines(text: string, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A copy of a string cut from the file's text. A longer substring keeps the whole
 * text alive in V8 (40 MB for 100,000 facts); short ones are copies already. (Slicing
 * a concatenation copies it: what is kept is the copy, not the file.)
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** The value from `p` to the line's end: a scalar, a [list] or a {mapping}, and maybe a comment. */
function valueOf(text: string, p: number, end: number, intern: Interner | undefined): unknown {
  const c = text.charCodeAt(p);
  if (c === 91 /* [ */) return flowSequence(text.slice(p, end), intern);
  if (c === 123 /* { */) return flowMapping(text.slice(p, end), intern);
  if (c === 34 /* " */ || c === 39 /* ' */) {
    const [value, after] = c === 34 ? doubleQuoted(text.slice(p, end)) : singleQuoted(text.slice(p, end));
    onlyComment(after);
    return intern ? intern.get(value) : own(value);
  }
  return plain(text, p, end, false, intern)[0];
}

// Characters that start something other than a plain scalar (YAML 1.2 §7.3.3). A plain
// scalar may start with "-" only before a digit here (negative numbers).
function startsPlain(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 45 /* - */) { const d = text.charCodeAt(p + 1); return d >= 48 && d <= 57; }
  return !'?:,[]{}#&*!|>\'"%@`'.includes(text[p]) && c !== SPACE;
}

/**
 * A plain scalar from `p`: its value and where it ends. In block context it runs to
 * " #" or the line's end; in flow context also to "," "]" or "}".
 */
function plain(text: string, p: number, end: number, flow: boolean, intern: Interner | undefined): [unknown, number] {
  if (p >= end || !startsPlain(text, p)) notPlain();
  let last = p; // one past the last non-space character
  let i = p;
  for (; i < end; i++) {
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
  return [resolvePlain(text.slice(p, last), intern), flow ? i : end];
}

/** The core schema's reading of a plain scalar (the YAML library's default). */
function resolvePlain(text: string, intern: Interner | undefined): unknown {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) { // a digit, +, - or .
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
  return intern ? intern.get(text) : own(text);
}

/** The rest of a line after a closing bracket or quote may only be a comment. */
function onlyComment(after: string): void {
  if (after.trim() !== '' && !/^ +#/.test(after)) notPlain();
}

function flowItem(t: string, intern: Interner | undefined): [unknown, string] {
  if (t.startsWith('"') || t.startsWith("'")) {
    const [value, after] = t.startsWith('"') ? doubleQuoted(t) : singleQuoted(t);
    return [intern ? intern.get(value) : own(value), after];
  }
  const [value, stop] = plain(t, 0, t.length, true, intern);
  return [value, t.slice(stop)];
}

function flowSequence(t: string, intern: Interner | undefined): unknown[] {
  const out: unknown[] = [];
  let rest = t.slice(1).trimStart();
  if (rest.startsWith(']')) {
    onlyComment(rest.slice(1));
    return out;
  }
  for (;;) {
    const [value, after] = flowItem(rest, intern);
    out.push(value);
    const a = after.trimStart();
    if (a.startsWith(']')) {
      onlyComment(a.slice(1));
      return out;
    }
    if (!a.startsWith(',')) notPlain();
    rest = a.slice(1).trimStart();
    if (rest.startsWith(']') || rest === '') notPlain(); // a trailing comma: leave it to the YAML library
  }
}

function flowMapping(t: string, intern: Interner | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let rest = t.slice(1).trimStart();
  if (rest.startsWith('}')) {
    onlyComment(rest.slice(1));
    return out;
  }
  for (;;) {
    const k = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+/.exec(rest);
    if (!k || Object.prototype.hasOwnProperty.call(out, k[1]) || k[1] === '__proto__') notPlain();
    const [value, after] = flowItem(rest.slice(k[0].length), REPEATING.has(k[1]) ? intern : undefined);
    out[k[1]] = value;
    const a = after.trimStart();
    if (a.startsWith('}')) {
      onlyComment(a.slice(1));
      return out;
    }
    if (!a.startsWith(',')) notPlain();
    rest = a.slice(1).trimStart();
    if (rest.startsWith('}') || rest === '') notPlain();
  }
}

function doubleQuoted(t: string): [string, string] {
  let i = 1;
  let escaped = false;
  for (; i < t.length; i++) {
    const c = t[i];
    if (c === '\\') {
      // Only the escapes that JSON shares with YAML, so JSON.parse reads them the same.
      if (!/^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(t.slice(i, i + 6))) notPlain();
      escaped = true;
      i += t[i + 1] === 'u' ? 5 : 1;
    } else if (c === '"') break;
    else if (c < ' ') notPlain();
  }
  if (i >= t.length) notPlain(); // runs on to the next line
  const body = t.slice(1, i);
  let value: string;
  try {
    value = escaped ? (JSON.parse(`"${body}"`) as string) : body;
  } catch {
    notPlain();
  }
  return [value, t.slice(i + 1)];
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
