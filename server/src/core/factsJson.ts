// Reads a JSON fact file of any size. JSON.parse builds the values, in a fraction of the
// time the YAML library takes (it keeps a position for every node, and so refuses files
// of more than about 40,000 facts). One pass over the text finds what JSON.parse cannot
// tell: where each fact starts, and any key given twice, of which JSON.parse silently
// keeps the last. The line of a fact's field is looked up only when the fact has a
// problem, by the YAML library reading that fact's text alone.
import { LineCounter, parseDocument } from 'yaml';
import { lineOfKeyPath } from './yamlKeyPath';

export interface JsonEntry {
  value: unknown;
  /** 1-based line where the entry starts. */
  line: number;
  /** The first key the entry gives twice: its name as written, and its line. */
  duplicate?: { key: string; line: number };
  /** The line of the key at `path` (`source.title`), else of the nearest key on its way, else of the entry. */
  lineOfField(path: string): number;
}

export interface JsonFacts {
  /** How many entries `facts` has. */
  count: number;
  /** The entries; none when there are more than the caller allows. */
  entries: JsonEntry[];
  /** The top-level values other than `facts`. */
  top: Record<string, unknown>;
  /** 1-based line of each top-level key. */
  topLines: Map<string, number>;
}

/** Deeper than any fact file needs: such a file is left to the YAML library, which says what is wrong. */
const MAX_DEPTH = 32;

/**
 * The file's facts, or undefined when it is not valid JSON, not an object with a
 * `facts` array, nests too deep or gives a top-level key twice: the YAML library then
 * reads it and explains.
 */
export function readJsonFacts(text: string, maxEntries: number): JsonFacts | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const { facts, ...top } = data as Record<string, unknown>;
  if (!Array.isArray(facts)) return undefined;
  if (facts.length > maxEntries) return { count: facts.length, entries: [], top, topLines: new Map() };
  const layout = layoutOf(text);
  if (!layout || layout.entries.length !== facts.length) return undefined;
  const entries = layout.entries.map(({ start, end, line, duplicate }, i): JsonEntry => ({
    value: facts[i],
    line,
    duplicate,
    lineOfField: (path) => lineOfField(text.slice(start, end), path) + line - 1,
  }));
  return { count: facts.length, entries, top, topLines: layout.topLines };
}

interface EntryLayout {
  start: number;
  end: number;
  line: number;
  duplicate?: { key: string; line: number };
}

/** Where the entries of the top-level `facts` array lie, and the lines of the top-level keys. Text that JSON.parse accepted. */
function layoutOf(text: string): { entries: EntryLayout[]; topLines: Map<string, number> } | undefined {
  const entries: EntryLayout[] = [];
  const topLines = new Map<string, number>();
  const lineAt = lineCounterOf(text);
  // The keys given so far by the object open at each depth: the lists are reused, as
  // every fact opens and closes its own.
  const keysAt: string[][] = [];
  let depth = 0;
  let factsOpen = false; // the array open at depth 2 is the top-level `facts`
  let awaitingEntry = false; // directly in it, after "[" or ","
  let lastTopKey = '';
  let entry: EntryLayout | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) continue; // JSON.parse allowed only spaces, tabs and line breaks here
    const inFacts = factsOpen && depth === 2;
    if (inFacts) {
      if (c === 44 /* , */) {
        awaitingEntry = true;
        continue;
      }
      if (awaitingEntry && c !== 93 /* ] */) {
        entry = { start: i, end: i, line: lineAt(i) };
        entries.push(entry);
        awaitingEntry = false;
      }
    }
    if (c === 34 /* " */) {
      const close = closingQuote(text, i);
      let next = close + 1;
      while (text.charCodeAt(next) <= 32) next++;
      if (text.charCodeAt(next) === 58 /* : */) {
        const raw = text.slice(i + 1, close);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        const keys = keysAt[depth];
        if (!keys.includes(key)) keys.push(key);
        else if (factsOpen && depth > 2) entry!.duplicate ??= { key: raw, line: lineAt(i) };
        else return undefined; // outside the facts: the YAML library reports it as the file's problem
        if (depth === 1) {
          topLines.set(key, lineAt(i));
          lastTopKey = key;
        }
      } else if (inFacts) entry!.end = close + 1;
      i = close;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth >= MAX_DEPTH) return undefined;
      if (depth === 1) factsOpen = c === 91 && lastTopKey === 'facts';
      if (factsOpen && depth === 1) awaitingEntry = true;
      depth++;
      (keysAt[depth] ??= []).length = 0;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (factsOpen && depth === 2) entry!.end = i + 1;
    } else if (inFacts) {
      // A number, true, false or null as an entry: it runs to the next "," or "]" or space.
      let end = i;
      while (end < text.length && !/[,\]\s]/.test(text[end])) end++;
      entry!.end = end;
      i = end - 1;
    }
  }
  return { entries, topLines };
}

/** The 1-based line of an offset; offsets asked for must not decrease. */
function lineCounterOf(text: string): (offset: number) => number {
  let line = 1;
  let counted = 0; // newlines before this offset are counted
  return (offset) => {
    // Only up to the offset: a search for the next line break could run far past it, on
    // every call, in a file written on one line.
    for (let i = counted; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    counted = offset;
    return line;
  };
}

/** The closing quote of the string that opens at `open` (the text is valid JSON). */
function closingQuote(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
}

/** The line, within an entry's own text, of the key at `path`, else of the nearest key on its way, else 1. */
function lineOfField(entryText: string, path: string): number {
  const lineCounter = new LineCounter();
  return lineOfKeyPath(parseDocument(entryText, { lineCounter }).contents, path, (offset) => lineCounter.linePos(offset ?? 0).line, 1);
}
