// A document's text as the pieces its edits left. An editor sends each keystroke as an
// edit; made into one string, every version of a 1 MB document is a fresh megabyte that
// V8 copies on first use (about 7 ms on the development machine, half an edit's time).
// Kept in pieces, an edit copies only what it splits, and a check of the edited version
// reads only the chunks it touched.

/** A text no longer than this is kept whole: slicing it is as cheap as keeping pieces. */
const WHOLE_UP_TO = 64 * 1024;
/** Past this many pieces, an edit joins them: a copy of the whole once in so many edits keeps slicing cheap. */
const MOST_PIECES = 512;
/** Texts are compared a block at a time: each comparison is native, the blocks few. */
const BLOCK = 4096;

export class DocumentText {
  private constructor(
    /** In order; none empty unless the text is. */
    private pieces: readonly string[],
    /** Where each piece starts. */
    private starts: readonly number[],
    readonly length: number,
  ) {}

  static of(text: string): DocumentText {
    return new DocumentText([text], [0], text.length);
  }

  /** This text with [start, end) replaced by `inserted`. */
  edited(start: number, end: number, inserted: string): DocumentText {
    start = clamp(start, this.length);
    end = Math.max(start, clamp(end, this.length));
    const length = this.length - (end - start) + inserted.length;
    if (length <= WHOLE_UP_TO) return DocumentText.of(this.slice(0, start) + inserted + this.slice(end, this.length));
    const pieces: string[] = [];
    const first = this.pieceAt(start);
    const last = this.pieceAt(end);
    for (let i = 0; i < first; i++) pieces.push(this.pieces[i]);
    pieces.push(this.pieces[first].slice(0, start - this.starts[first]), inserted, this.pieces[last].slice(end - this.starts[last]));
    for (let i = last + 1; i < this.pieces.length; i++) pieces.push(this.pieces[i]);
    const kept = pieces.filter((piece) => piece.length > 0);
    if (kept.length > MOST_PIECES) return DocumentText.of(kept.join(''));
    const starts: number[] = [];
    let at = 0;
    for (const piece of kept) {
      starts.push(at);
      at += piece.length;
    }
    return new DocumentText(kept, starts, length);
  }

  /** The characters in [start, end). */
  slice(start: number, end: number): string {
    start = clamp(start, this.length);
    end = clamp(end, this.length);
    if (end <= start) return '';
    const i = this.pieceAt(start);
    const from = this.starts[i];
    if (end <= from + this.pieces[i].length) return this.pieces[i].slice(start - from, end - from);
    const parts = [this.pieces[i].slice(start - from)];
    for (let k = i + 1; k < this.pieces.length && this.starts[k] < end; k++) parts.push(this.pieces[k].slice(0, end - this.starts[k]));
    return parts.join('');
  }

  /** The characters in [start, end) with their lone CR line ends (old Mac files) as LF: the same length, so every offset holds, and the readings that look for line ends find them. */
  sliceWithLineFeeds(start: number, end: number): string {
    const text = this.slice(start, end);
    if (!text.includes('\r')) return text;
    const fed = text.replace(LONE_CRS, '\n');
    // A CR that ends the slice is lone only if no LF follows it beyond.
    return fed.endsWith('\n') && text.endsWith('\r') && this.charCodeAt(start + text.length) === LF ? fed.slice(0, -1) + '\r' : fed;
  }

  /** The UTF-16 code at `offset`; NaN outside the text. */
  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const i = this.pieceAt(offset);
    return this.pieces[i].charCodeAt(offset - this.starts[i]);
  }

  /** The whole text as one string (joined once, then kept so). */
  toString(): string {
    if (this.pieces.length > 1) {
      const whole = this.pieces.join('');
      this.pieces = [whole];
      this.starts = [0];
    }
    return this.pieces[0];
  }

  /** How many characters this text and `other` share at their start; a piece both hold at the same place is passed whole. */
  commonPrefix(other: DocumentText): number {
    const n = Math.min(this.length, other.length);
    let at = 0;
    while (at < n) {
      const i = this.pieceAt(at), j = other.pieceAt(at);
      const a = this.pieces[i], b = other.pieces[j];
      const aFrom = this.starts[i], bFrom = other.starts[j];
      const end = Math.min(aFrom + a.length, bFrom + b.length, n);
      if (a === b && aFrom === bFrom) {
        at = end;
        continue;
      }
      const blockEnd = Math.min(end, at + BLOCK);
      if (a.slice(at - aFrom, blockEnd - aFrom) === b.slice(at - bFrom, blockEnd - bFrom)) {
        at = blockEnd;
        continue;
      }
      while (a.charCodeAt(at - aFrom) === b.charCodeAt(at - bFrom)) at++;
      return at;
    }
    return n;
  }

  /** How many characters this text and `other` share at their end. */
  commonSuffix(other: DocumentText): number {
    const n = Math.min(this.length, other.length);
    // `back` characters from the end match; compare the ones before.
    let back = 0;
    while (back < n) {
      const aAt = this.length - back - 1, bAt = other.length - back - 1;
      const i = this.pieceAt(aAt), j = other.pieceAt(bAt);
      const a = this.pieces[i], b = other.pieces[j];
      const aFrom = this.starts[i], bFrom = other.starts[j];
      // How far back both pieces reach from here.
      const reach = Math.min(aAt - aFrom, bAt - bFrom, n - back - 1) + 1;
      if (a === b && this.length - aFrom === other.length - bFrom) {
        back += reach;
        continue;
      }
      const step = Math.min(reach, BLOCK);
      if (a.slice(aAt + 1 - step - aFrom, aAt + 1 - aFrom) === b.slice(bAt + 1 - step - bFrom, bAt + 1 - bFrom)) {
        back += step;
        continue;
      }
      for (let k = 0; k < step && a.charCodeAt(aAt - k - aFrom) === b.charCodeAt(bAt - k - bFrom); k++) back++;
      return back;
    }
    return n;
  }

  /** The piece that holds `offset` (the last one for the text's end). */
  private pieceAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  }
}

const LF = 10;
const LONE_CRS = /\r(?!\n)/g;

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length));
}
