// Finds fixed phrases in text in one pass over it. A regular expression that alternates
// thousands of phrases (an HTS import adds a measure term per heading) tries them one by
// one at every position; a character trie walked from each possible start costs only
// the length of the longest phrase found there.

export interface PhraseTrieOptions {
  ignoreCase: boolean;
  /** A space or hyphen in a phrase matches any one whitespace character, hyphen or CRLF in the text (a line end with the next line's indent). */
  flexibleSeparators: boolean;
  /** May a phrase start right after the character with this code? */
  startsAfter(code: number): boolean;
  /** May a phrase end at `end` (exclusive) of the text searched up to `to`? */
  endsAt(text: string, end: number, to: number): boolean;
}

/** Stands for a flexible separator in the trie: no character has this code. */
const SEPARATOR = -1;
const HYPHEN = 0x2d;
const CR = 0x0d;
const LF = 0x0a;
const NONE = -1;

export class PhraseTrie {
  // The trie is flat typed arrays, its nodes numbered with the root 0: the walk visits
  // every word start of every sentence, and map lookups and calls per character were
  // most of a check's time. Node n's children are reached by the edges firstEdge[n] up
  // to firstEdge[n + 1], each walked by its key; numbered breadth first, edge e leads
  // to node e + 1.
  private readonly firstEdge: Int32Array;
  private readonly edgeKey: Int32Array;
  /** 1 where a phrase ends. */
  private readonly phraseEnds: Uint8Array;
  /** For ASCII codes: the root's child walked by the character, or NONE. Most positions are ruled out here. */
  private readonly rootChild = new Int32Array(128).fill(NONE);
  /** For ASCII codes: the key the character walks by. */
  private readonly asciiKey = new Int32Array(128);
  /** For ASCII codes: `startsAfter`, looked up rather than called. */
  private readonly asciiStartsAfter = new Uint8Array(128);
  private readonly fold: (code: number) => number;

  constructor(phrases: Iterable<string>, private readonly options: PhraseTrieOptions) {
    this.fold = options.ignoreCase ? lowerCaseCode : (code) => code;
    type BuildNode = { next: Map<number, BuildNode>; last: boolean };
    const root: BuildNode = { next: new Map(), last: false };
    for (const phrase of phrases) {
      let node = root;
      for (let i = 0; i < phrase.length; i++) {
        const key = this.keyOf(phrase.charCodeAt(i));
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), last: false }));
        node = child;
      }
      if (node !== root) node.last = true;
    }
    const order = [root];
    for (let n = 0; n < order.length; n++) for (const child of order[n].next.values()) order.push(child);
    this.firstEdge = new Int32Array(order.length + 1);
    this.edgeKey = new Int32Array(order.length - 1);
    this.phraseEnds = new Uint8Array(order.length);
    let edge = 0;
    for (let n = 0; n < order.length; n++) {
      this.firstEdge[n] = edge;
      this.phraseEnds[n] = order[n].last ? 1 : 0;
      for (const key of order[n].next.keys()) this.edgeKey[edge++] = key;
    }
    this.firstEdge[order.length] = edge;
    for (let code = 0; code < 128; code++) {
      this.asciiKey[code] = this.keyOf(code);
      this.rootChild[code] = this.child(0, this.asciiKey[code]);
      this.asciiStartsAfter[code] = options.startsAfter(code) ? 1 : 0;
    }
  }

  get isEmpty(): boolean {
    return this.firstEdge[1] === 0;
  }

  private keyOf(code: number): number {
    return this.options.flexibleSeparators && (code === HYPHEN || isWhitespace(code)) ? SEPARATOR : this.fold(code);
  }

  private child(node: number, key: number): number {
    const stop = this.firstEdge[node + 1];
    for (let e = this.firstEdge[node]; e < stop; e++) if (this.edgeKey[e] === key) return e + 1;
    return NONE;
  }

  /**
   * Non-overlapping matches between `from` and `to`, left to right; at each start the
   * longest phrase that may end there wins. The text outside [from, to) is not looked at.
   */
  matches(text: string, from = 0, to = text.length): { start: number; end: number }[] {
    const { startsAfter, endsAt } = this.options;
    const { phraseEnds, rootChild, asciiKey, asciiStartsAfter } = this;
    const found: { start: number; end: number }[] = [];
    let start = from;
    // The character before `start`, read once per position; NONE at `from`, where any phrase may start.
    let before = NONE;
    while (start < to) {
      const first = text.charCodeAt(start);
      let node = NONE;
      if (before === NONE || (before < 128 ? asciiStartsAfter[before] === 1 : startsAfter(before))) {
        node = first < 128 ? rootChild[first] : this.child(0, this.keyOf(first));
      }
      if (node === NONE) {
        before = first;
        start++;
        continue;
      }
      let end = phraseEnds[node] && endsAt(text, start + 1, to) ? start + 1 : -1;
      for (let i = start + 1; i < to; i++) {
        const code = text.charCodeAt(i);
        node = this.child(node, code < 128 ? asciiKey[code] : this.keyOf(code));
        if (node === NONE) break;
        // A Windows line end is one separator: "South\r\nKorea" (a CR walks an edge only as a flexible separator).
        if (code === CR && i + 1 < to && text.charCodeAt(i + 1) === LF) i++;
        // A line end takes the next line's indent with it: "cabinet\n   rates" (it walks an edge only as a flexible separator).
        if (code === CR || code === LF) i = pastIndent(text, i + 1, to) - 1;
        // So is a hyphen at a line's end with the next line's indent: "most-\n  favoured-nation" (a hyphen walks one only as a flexible separator).
        else if (code === HYPHEN && this.options.flexibleSeparators) i = afterLineBreak(text, i + 1, to) - 1;
        if (phraseEnds[node] && endsAt(text, i + 1, to)) end = i + 1;
      }
      if (end < 0) {
        before = first;
        start++;
        continue;
      }
      found.push({ start, end });
      before = text.charCodeAt(end - 1);
      start = end;
    }
    return found;
  }
}

/** Past a line break at `at` and the indent after it, or `at` itself when none starts there. */
function afterLineBreak(text: string, at: number, to: number): number {
  let i = at;
  if (i < to && text.charCodeAt(i) === CR) i++;
  if (i < to && text.charCodeAt(i) === LF) i++;
  return i === at ? at : pastIndent(text, i, to);
}

/** Past the spaces and tabs from `at`. */
function pastIndent(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** Letters, digits and the underscore: what `\w` matches in a regular expression. */
export function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** What `\s` matches in a regular expression. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const foldedCodes = new Map<number, number>();

function lowerCaseCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  let folded = foldedCodes.get(code);
  if (folded === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    foldedCodes.set(code, folded);
  }
  return folded;
}
