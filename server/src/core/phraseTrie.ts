// Finds fixed phrases in text in one pass over it. A regular expression that alternates
// thousands of phrases (an HTS import adds a measure term per heading) tries them one by
// one at every position; a character trie walked from each possible start costs only
// the length of the longest phrase found there.

export interface PhraseTrieOptions {
  ignoreCase: boolean;
  /** A space or hyphen in a phrase matches any one whitespace character or hyphen in the text. */
  flexibleSeparators: boolean;
  /** May a phrase start right after the character with this code? */
  startsAfter(code: number): boolean;
  /** May a phrase end at `end` (exclusive) of the text searched up to `to`? */
  endsAt(text: string, end: number, to: number): boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** A phrase ends here. */
  last: boolean;
}

/** Stands for a flexible separator in the trie: no character has this code. */
const SEPARATOR = -1;
const HYPHEN = 0x2d;

export class PhraseTrie {
  private readonly root: TrieNode = { next: new Map(), last: false };
  private readonly fold: (code: number) => number;
  /** For ASCII codes: does some phrase start with this character? Most positions are ruled out here. */
  private readonly asciiStarts = new Uint8Array(128);

  constructor(phrases: Iterable<string>, private readonly options: PhraseTrieOptions) {
    this.fold = options.ignoreCase ? lowerCaseCode : (code) => code;
    for (const phrase of phrases) this.add(phrase);
    for (let code = 0; code < 128; code++) this.asciiStarts[code] = this.root.next.has(this.keyOf(code)) ? 1 : 0;
  }

  get isEmpty(): boolean {
    return this.root.next.size === 0;
  }

  private add(phrase: string): void {
    if (!phrase) return;
    let node = this.root;
    for (let i = 0; i < phrase.length; i++) {
      const code = this.keyOf(phrase.charCodeAt(i));
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), last: false }));
      node = child;
    }
    node.last = true;
  }

  private keyOf(code: number): number {
    return this.options.flexibleSeparators && (code === HYPHEN || isWhitespace(code)) ? SEPARATOR : this.fold(code);
  }

  /**
   * Non-overlapping matches between `from` and `to`, left to right; at each start the
   * longest phrase that may end there wins. The text outside [from, to) is not looked at.
   */
  matches(text: string, from = 0, to = text.length): { start: number; end: number }[] {
    const { startsAfter, endsAt } = this.options;
    const found: { start: number; end: number }[] = [];
    let start = from;
    const asciiStarts = this.asciiStarts;
    while (start < to) {
      const first = text.charCodeAt(start);
      if ((first < 128 && !asciiStarts[first]) || (start > from && !startsAfter(text.charCodeAt(start - 1)))) {
        start++;
        continue;
      }
      let node: TrieNode | undefined = this.root;
      let end = -1;
      for (let i = start; i < to; i++) {
        node = node.next.get(this.keyOf(text.charCodeAt(i)));
        if (!node) break;
        if (node.last && endsAt(text, i + 1, to)) end = i + 1;
      }
      if (end < 0) {
        start++;
        continue;
      }
      found.push({ start, end });
      start = end;
    }
    return found;
  }
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
