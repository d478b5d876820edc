// Turns a document into the prose the claim reader works on. Everything that is not
// prose (front matter, code, URLs, directives, memo header fields) is blanked out in a
// copy of the same length, so every offset found in the prose is an offset in the
// document as well. Markdown block structure comes from markdown-it.
//
// The document is laid out in chunks: it is cut after a blank line where the next
// line starts at the margin, since nothing in Markdown or in our own syntax runs on
// across such a place (a fence, an HTML block or a comment still open there joins the
// chunk to what follows). Each chunk's layout depends on its text only,
// so a LayoutCache lets an edit lay out again just the chunk it touched; what spans
// the document (front matter, memo header, disable/enable pairs, the title) is
// assembled from the chunks.
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { asksTrueOrFalse, headsFormerRates, LEAD_IN_OPENING, partnersIn, PHONE_EXPORT_STAMP, QUESTION_END } from './claims';
import type { DocumentText } from './documentText';
import { figuresIn, type Figure } from './figures';
import { firstIndex } from './search';
import { MONTH_NAME_FORMS, NUMERIC_DATE, parseDateText, wholeDate, wholeDateInOtherLanguage, writesDottedDate, yearNamedByHeading } from './temporal';
import { UsedMap, detached } from './usedMap';
import type { AsOfSource, DirectiveProblem, DocumentKind, IsoDate } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  sentences: Span[];
  /** Set when the paragraph opens with a section heading. */
  heading?: Heading;
  /** Set when it is quoted from elsewhere: a block quote, an email's quoted reply ("> …"). */
  quoted?: true;
  /** Set when it is an item of a list ("- …", "2. …"). */
  listItem?: true;
  /** Set when it heads an e-mail message ("From: …\nSent: Thursday, April 10, 2025 6:02 PM", "On Apr 10, 2025, Marco wrote:"): the section of that message. */
  messageHead?: Heading;
}

/** What opens a section at a paragraph: its heading, or the head of an e-mail message. */
export function sectionHeadOf(paragraph: Paragraph): Heading | undefined {
  return paragraph.heading ?? paragraph.messageHead;
}

/** A section heading: its level (a plain-text heading line is 1), and the one year it names, which its section's dates without a year take. */
export interface Heading {
  level: number;
  year?: number;
  /** Set when it heads rates that no longer apply ("Former IEEPA rates (refund work)"). */
  former?: true;
  /** The day an e-mail message was sent, which its "today" and "yesterday" count from; a message's head is outermost (level 0), so it ends the sections before it. */
  writtenOn?: IsoDate;
  /** The partners it names ("INDIA: THE DIAMOND TRADE TAKES THE HIT", "## Japan and Korea"): those of its section's figures that name none. */
  partners?: string[];
}

/** The headings a place in the document stands under, outermost first: at most one a level. */
export type Sections = readonly Heading[];

/** The sections after `heading`: it ends those of its level and below. */
export function sectionsAfter(sections: Sections, heading: Heading): Sections {
  return [...sections.filter((s) => s.level < heading.level), heading];
}

/** What the headings over a place lend what is written there. */
export interface LentBySection {
  /** The year of the innermost section that names one. */
  year: number | undefined;
  /** Whether it stands in a section, or under one, that heads former rates. */
  former: boolean;
  /** The partners of the innermost section that names any. */
  partners: string[] | undefined;
  /** The day the e-mail message it stands in was sent, if a head gives it. */
  writtenOn: IsoDate | undefined;
}

/** What the innermost headings that lend each thing lend a place under `sections`. */
export function lentBySection(sections: Sections): LentBySection {
  let year: number | undefined;
  let partners: string[] | undefined;
  let writtenOn: IsoDate | undefined;
  for (let i = sections.length - 1; i >= 0; i--) {
    year ??= sections[i].year;
    partners ??= sections[i].partners;
    writtenOn ??= sections[i].writtenOn;
  }
  return { year, former: sections.some((s) => s.former), partners, writtenOn };
}

/** Whether two readings lend alike. */
export function lendAlike(a: LentBySection, b: LentBySection): boolean {
  return a.year === b.year && a.former === b.former && samePartners(a.partners, b.partners) && a.writtenOn === b.writtenOn;
}
/** Whether two headings' partners, or two sections', are the same. */
const samePartners = (a: string[] | undefined, b: string[] | undefined) => a === b || a?.join() === b?.join();

/** Whether two places stand under the same headings, as far as what they lend their sections goes. */
export function sameSections(a: Sections, b: Sections): boolean {
  return a === b || (a.length === b.length && a.every((s, i) => s.level === b[i].level && s.year === b[i].year && s.former === b[i].former && samePartners(s.partners, b[i].partners) && s.writtenOn === b[i].writtenOn));
}

export interface TableCell extends Span {
  /** The labels of the row before the cell, and the header of its column: they give the cell's scope. */
  rowHeader: string;
  columnHeader: string;
  /** The labels of the row after the cell ("| EU goods | 20% | 9 April 2025 only |"): its date or note. */
  rowTrailer: string;
  /** The labels after the cell under a column of notes ("| India | 50% | oil penalty |" under "Notes"): they may tell why the figure is what it is. */
  rowNotes: string;
  /** The header of the table's first column, which says what the rows are ("Partner", "Scenario"); "" for a cell in it. */
  stubHeader: string;
  /** Every column's header, in order (one list shared by the table's cells). */
  headers: readonly string[];
  /** The headers of the columns the row's labels before the cell stand under ("Auto parts we buy there" over "| Germany | ATE pads | 15% |"). */
  labelHeaders: string;
  /** The headers of the columns before the cell whose figures its own adds up ("MFN Reciprocal" over "| 3.4% | 10% | 13.4% |"); "" for most cells. */
  partsAddedUp: string;
}

/**
 * A chunk as placed in one layout, at `start`: its prose, paragraphs and table cells,
 * all with offsets from the chunk's start. A check reads the document chunk by chunk,
 * so that an edit has it neither assemble the whole document's prose nor move every
 * paragraph after the edit.
 */
export interface LayoutChunk {
  start: number;
  prose: string;
  /**
   * The same objects for the same chunk text in every layout made with one LayoutCache,
   * wherever the chunk moves: what a check can key its memory on.
   */
  paragraphs: Paragraph[];
  tableCells: TableCell[];
  /** As `paragraphs`: the same object for the same chunk text. */
  origin: object;
}

export interface DocumentLayout {
  /** In document order; together their prose is the text with non-prose blanked (newlines kept). */
  chunks: LayoutChunk[];
  /** The title: a `#` heading, a SUBJECT/Title line, or a headline first line. */
  title?: Span;
  declaredAsOf?: { date: IsoDate; source: AsOfSource };
  /** Ranges where claims are not reported (disable directives). */
  disabled: Span[];
  directiveProblems: DirectiveProblem[];
}

const markdown = new MarkdownIt({ html: true, linkify: false });
// Only block structure is read (fences, HTML blocks, headings, tables): inline parsing
// would be most of markdown-it's work for nothing.
markdown.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

/** A directive comment as written, before disable/enable pairs are matched across the document. */
interface Directive extends Span {
  name: string;
  rest: string;
  /** For `as-of`: the date it gives, if it is one. */
  date?: IsoDate;
}

/** The layout of one chunk, offsets from its start. */
interface ChunkLayout {
  prose: string;
  paragraphs: Paragraph[];
  tableCells: TableCell[];
  /** The first `#` heading (Markdown). */
  h1?: Span;
  /** The memo header's subject and date (first chunk). */
  /** `date` from a DATE: field; `dateline` from an opening line that dates the document otherwise. */
  /** `dateDayFirst`: the date's other reading when it is numeric and reads two ways ("10-02-2026"). */
  header?: { title?: Span; date?: IsoDate; dateDayFirst?: IsoDate; dateline?: IsoDate };
  directives: Directive[];
  /** Something left open at the chunk's end (a fence, HTML block or comment): it runs on into the next. */
  open: boolean;
}

/**
 * A chunk's layout placed in the document: it covers text[start, end). It carries what
 * the whole layout is assembled from, so that an edit visits the placed chunks, made
 * one after another, and not every chunk's layout, scattered over the heap.
 */
interface PlacedChunk extends LayoutChunk {
  end: number;
  origin: ChunkLayout;
  directives: Directive[];
  h1?: Span;
}

/** `origin` placed at `start`, its parts taken from `parts`: the layout itself, or where it was placed before (at hand, where the layout is not). */
function placedChunk(origin: ChunkLayout, start: number, end: number, parts: Pick<ChunkLayout, 'prose' | 'paragraphs' | 'tableCells' | 'directives' | 'h1'> = origin): PlacedChunk {
  return { start, end, prose: parts.prose, paragraphs: parts.paragraphs, tableCells: parts.tableCells, origin, directives: parts.directives, h1: parts.h1 };
}

/**
 * What the last layout of a document can lend the next: its chunks. Chunks before an
 * edit are found at the same offsets, those after it moved by the length the edit
 * added, both by comparing text; only the text between is cut and laid out again
 * (and even there a chunk whose text was laid out recently is looked up, not redone).
 */
export class LayoutCache {
  private readonly chunks = new UsedMap<ChunkLayout>();
  private last: { text: DocumentText; kind: DocumentKind; frontMatterEnd: number; placed: PlacedChunk[] } | undefined;

  /**
   * The chunks of `text`, reusing the last layout's where the text is unchanged; a step
   * for each chunk laid out (see layingOut). Left part way, it leaves the last layout
   * as the one to reuse.
   */
  *placing(text: DocumentText, kind: DocumentKind, frontMatterEnd: number): Generator<void, PlacedChunk[]> {
    const last = this.last?.kind === kind && this.last.frontMatterEnd === frontMatterEnd ? this.last : undefined;
    if (!last) this.chunks.clear();
    this.chunks.next();
    const chunker = new Chunker(text, kind, frontMatterEnd, this.chunks);
    let placed: PlacedChunk[] = [];
    if (last) {
      const old = last.placed;
      const delta = text.length - last.text.length;
      const same = text.commonPrefix(last.text);
      const sameAtEnd = Math.min(text.commonSuffix(last.text), Math.min(text.length, last.text.length) - same);
      // Unchanged chunks at the start: wholly in the unchanged text, and still followed by a line at the margin.
      let i = 0;
      while (i < old.length && old[i].end <= same && old[i].end < last.text.length && atMargin(text, old[i].end)) placed.push(old[i++]);
      // Unchanged chunks at the end: wholly in the unchanged end, moved by delta (and first or not, as before).
      const prefixEnd = placed.length ? placed[placed.length - 1].end : 0;
      let j = old.length;
      while (j > i && old[j - 1].start >= last.text.length - sameAtEnd && old[j - 1].start + delta >= prefixEnd && (old[j - 1].start === 0) === (old[j - 1].start + delta === 0)) j--;
      // The text between is cut again until a cut lands where an unchanged chunk starts.
      let start = prefixEnd;
      while (start < text.length || (start === 0 && !placed.length)) {
        while (j < old.length && old[j].start + delta < start) j++;
        if (j < old.length && old[j].start + delta === start) {
          for (; j < old.length; j++) placed.push(delta ? placedChunk(old[j].origin, old[j].start + delta, old[j].end + delta, old[j]) : old[j]);
          break;
        }
        const next = chunker.chunkAt(start);
        placed.push(next);
        start = next.end;
        yield;
      }
    } else {
      placed = yield* chunker.chunks();
    }
    this.last = { text, kind, frontMatterEnd, placed };
    return placed;
  }

  /** The front matter read last, to skip the YAML parse while it is unchanged. */
  private frontMatter: { text: string; date?: IsoDate } | undefined;

  frontMatterDate(text: string, read: () => IsoDate | undefined): IsoDate | undefined {
    if (this.frontMatter?.text !== text) this.frontMatter = { text, date: read() };
    return this.frontMatter.date;
  }
}

/** Whether a line starting at `offset` starts at the margin (so a chunk may start there). */
function atMargin(text: DocumentText, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return offset < text.length && c !== 32 && c !== 9 && c !== 10 && c !== 13;
}

/**
 * Lays out a document a step at a time, a step for each chunk laid out (chunks an edit
 * left alone cost no step), and returns the layout: so that a check can stop between
 * chunks of a long document to let something else run.
 */
export function* layingOut(text: DocumentText, kind: DocumentKind, cache?: LayoutCache): Generator<void, DocumentLayout> {
  const layout: DocumentLayout = { chunks: [], disabled: [], directiveProblems: [] };
  const frontMatter = kind === 'markdown' ? readFrontMatter(text, cache) : undefined;
  if (frontMatter?.date) layout.declaredAsOf = { date: frontMatter.date, source: 'front-matter' };
  const frontMatterEnd = frontMatter?.end ?? 0;
  const placed = cache ? yield* cache.placing(text, kind, frontMatterEnd) : yield* new Chunker(text, kind, frontMatterEnd, undefined).chunks();
  layout.chunks = placed;
  const directives: Directive[] = [];
  let h1: Span | undefined;
  for (const { start, directives: inChunk, h1: h1InChunk } of placed) {
    for (const d of inChunk) directives.push(start === 0 ? d : moved(d, start));
    if (!h1 && h1InChunk) h1 = moved(h1InChunk, start);
  }
  const header = placed[0]?.start === 0 ? placed[0].origin.header : undefined;

  applyDirectives(text, directives, layout);
  layout.title = h1 ?? header?.title ?? headlineOf(placed);
  if (header?.date && !layout.declaredAsOf) layout.declaredAsOf = { date: header.dateDayFirst && writesDaysBeforeMonths(text.slice(0, DATE_STYLE_REACH)) ? header.dateDayFirst : header.date, source: 'header' };
  if (header?.dateline && !layout.declaredAsOf) layout.declaredAsOf = { date: header.dateline, source: 'dateline' };
  return layout;
}

/** The chunk that holds `offset` (chunks are in document order, the first at 0). */
export function chunkHolding(chunks: LayoutChunk[], offset: number): LayoutChunk {
  // The last chunk starting at or before it: the one before the first starting after it.
  return chunks[Math.max(0, firstIndex(chunks, 1, chunks.length, (chunk) => chunk.start > offset) - 1)];
}

/** A copy of a span moved `by` characters. */
function moved<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

// A place to cut: after a blank line, before a line that starts at the margin.
const CHUNK_BREAK = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)(?=[^ \t\r\n])/g;
const INTRODUCES_BEFORE = /:[ \t]*$/;
/** The words of a text after its last line break: the line a chunk break follows. */
function lastLine(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

/** Where a cut is first looked for: most chunks are shorter. */
const CUT_WINDOW = 4096;
/** The memo header is read from the first lines: the first chunk holds at least these. */
const HEADER_LINES = 15;

/** Cuts a document into chunks and lays each out (looking chunks up in `known` when given). */
class Chunker {
  /** The first chunk holds the front matter and the memo header's lines after it. */
  private readonly firstEnd: number;

  constructor(private readonly text: DocumentText, private readonly kind: DocumentKind, private readonly frontMatterEnd: number, private readonly known: UsedMap<ChunkLayout> | undefined) {
    let firstEnd = frontMatterEnd;
    for (let line = 0; line < HEADER_LINES && firstEnd < text.length; line++) firstEnd = nextLineStart(text, firstEnd) ?? text.length;
    this.firstEnd = firstEnd;
  }

  /** Every chunk, in order: a step for each laid out, and all of them at the end. */
  *chunks(): Generator<void, PlacedChunk[]> {
    const out: PlacedChunk[] = [];
    for (let start = 0; ; ) {
      const next = this.chunkAt(start);
      out.push(next);
      yield;
      if ((start = next.end) >= this.text.length) return out;
    }
  }

  /** The chunk that starts at `start` (0, or the end of another chunk). */
  chunkAt(start: number): PlacedChunk {
    let end = this.cutAfter(start === 0 ? this.firstEnd : start);
    let chunk = this.lay(start, end);
    // Something left open (a fence typed and not yet closed) may run to the document's
    // end: the chunk at least doubles each time, so it is laid out a few times, not once per cut.
    while (chunk.open && end < this.text.length) chunk = this.lay(start, (end = this.cutAfter(start + 2 * (end - start))));
    return placedChunk(chunk, start, end);
  }

  private cutAfter(from: number): number {
    const { text } = this;
    // Searched in a window that doubles until it holds a cut: a break found in it is
    // one in the text, since the character after the break is in the window too.
    for (let size = CUT_WINDOW; ; size *= 2) {
      const window = text.slice(from, from + size);
      CHUNK_BREAK.lastIndex = 0;
      // A line that ends in a colon stays with what it introduces ("The following duties have ended:" and its list),
      // as do a `#` heading and one that asks of the list under it "True or false?", and a question with its
      // lettered options or the answer after it, which takes its partner from it.
      for (let m = CHUNK_BREAK.exec(window); m; m = CHUNK_BREAK.exec(window)) {
        const at = from + m.index;
        const asked = lastLine(text.slice(Math.max(0, at - 200), at));
        if (INTRODUCES_BEFORE.test(text.slice(Math.max(0, at - 8), at)) || MARKDOWN_HEADING.test(asked) || asksTrueOrFalse(asked) || QUESTION_END.test(asked)) continue;
        return at + m[0].length;
      }
      if (from + size >= text.length) return text.length;
    }
  }

  private lay(start: number, end: number): ChunkLayout {
    const chunkText = this.text.sliceWithLineFeeds(start, end);
    const first = start === 0;
    const compute = () => layoutChunk(chunkText, this.kind, first ? this.frontMatterEnd : 0, first);
    if (!this.known) return compute();
    // The first chunk is read with the front matter and header rules: it is keyed apart.
    const key = first ? `\u0000${this.frontMatterEnd}\u0000${chunkText}` : chunkText;
    let chunk = this.known.get(key);
    if (!chunk) {
      // Kept across layouts: it must not keep this version of the document alive through its substrings.
      const fresh = compute();
      chunk = { ...fresh, prose: detached(fresh.prose), tableCells: detached(fresh.tableCells), directives: detached(fresh.directives), header: fresh.header && detached(fresh.header) };
      this.known.set(key, chunk);
    }
    return chunk;
  }
}

/** Lays out one chunk; `frontMatterEnd` and `first` apply to the document's first chunk. */
function layoutChunk(text: string, kind: DocumentKind, frontMatterEnd: number, first: boolean): ChunkLayout {
  if (text.includes('....')) text = text.replace(DOT_LEADER, (dots) => ' '.repeat(dots.length));
  const blanks: Span[] = [];
  const blank = (start: number, end: number) => {
    if (end > start) blanks.push({ start, end });
  };
  const lineStarts = lineStartsOf(text);
  const lineSpan = (firstLine: number, endLine: number): Span => ({
    start: lineStarts[firstLine] ?? text.length,
    end: endLine < lineStarts.length ? lineStarts[endLine] : text.length,
  });
  if (frontMatterEnd) blank(0, frontMatterEnd);
  const chunk: ChunkLayout = { prose: '', paragraphs: [], tableCells: [], directives: readDirectives(text, kind, blank), open: false };
  if (kind === 'markdown') chunk.open = readMarkdownBlocks(text, frontMatterEnd, chunk, blank, lineSpan, lineStarts);
  readPastedTables(text, chunk, blanks, lineSpan, lineStarts);
  // A memo pasted into Markdown keeps its TO:/DATE:/SUBJECT: lines as a plain-text one does.
  if (first) chunk.header = readMemoHeader(text, blank, lineStarts, frontMatterEnd);
  blankInlineNonProse(text, kind, blank);
  chunk.open ||= directiveOpen(text, chunk.directives);
  chunk.prose = blanked(text, blanks);
  chunk.paragraphs = paragraphsOf(chunk.prose, kind);
  return chunk;
}

/** Dot leaders ("Sri Lanka .......... 44%") read as the spaces they stand for: a list aligned by dots is one aligned by spaces (an ellipsis has three dots). */
const DOT_LEADER = /(?<!\.)\.{4,}(?!\.)(?=[ \t]*[$€£]?\d)/g; // a whole run of dots, looked at once

/** `text` with the spans replaced by spaces, line ends kept. */
function blanked(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  spans.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    parts.push(text.slice(at, from), spacesFor(text.slice(from, to)));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** `text` with every character but line ends turned to a space. */
function spacesFor(text: string): string {
  // A run of a line at a time: a replacement per character was most of blanking a table.
  return text.replace(/[^\n\r]+/g, (run) => ' '.repeat(run.length));
}

/** Where the line after the one holding `offset` starts; undefined on the last line. */
function nextLineStart(text: DocumentText, offset: number): number | undefined {
  // Read in windows that double: lines are short, a document's text may be in pieces.
  for (let from = offset, size = 256; from < text.length; from += size, size *= 2) {
    const window = text.slice(from, from + size + 1); // and one more: the LF after a CR
    for (let i = 0, n = Math.min(size, window.length); i < n; i++) {
      const c = window.charCodeAt(i);
      if (c === 10 || (c === 13 && window.charCodeAt(i + 1) !== 10)) return from + i + 1;
    }
  }
  return undefined;
}

/** Where a line ends: \n, \r\n or a lone \r, as markdown-it, LSP and editors count lines. */
const LINE_END = /\r(?!\n)|\n/;

/** Where each line of `text` starts (the first at 0): after \n, \r\n or a lone \r. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Character codes, not one-character strings: this runs over every character of the document.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function readFrontMatter(text: DocumentText, cache?: LayoutCache): { end: number; date?: IsoDate } | undefined {
  if (text.slice(0, 3) !== '---') return undefined;
  // Looked for in a window that grows: a match that ends before the window's end is the text's.
  for (let size = FRONT_MATTER_WINDOW; ; size *= 4) {
    const window = text.sliceWithLineFeeds(0, size);
    const whole = window.length === text.length;
    const m = FRONT_MATTER.exec(window);
    if (m && (whole || m[0].length < window.length)) {
      return { end: m[0].length, date: cache ? cache.frontMatterDate(m[1], () => frontMatterDate(m[1])) : frontMatterDate(m[1]) };
    }
    if (whole) return undefined;
  }
}

const FRONT_MATTER = /^---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/;
const FRONT_MATTER_WINDOW = 16 * 1024;

function frontMatterDate(yaml: string): IsoDate | undefined {
  let date: IsoDate | undefined;
  try {
    const data = parseYaml(yaml, { maxAliasCount: 100 }) as Record<string, unknown> | null;
    const value = data && typeof data === 'object' ? data['as-of'] ?? data.asOf ?? data.date : undefined;
    if (value instanceof Date) date = value.toISOString().slice(0, 10);
    else if (value !== undefined && value !== null) date = parseDateText(String(value));
  } catch {
    // Front matter that is not YAML is still not prose; it just declares no date.
  }
  return date;
}

const DIRECTIVE = /<!--\s*tariff-lens(\S*)([\s\S]*?)-->|^[ \t]*(?:\/\/|#)[ \t]*tariff-lens(\S*)(.*)$/gm;
const KNOWN_DIRECTIVES = ['tariff-lens-disable-next-line', 'tariff-lens-disable', 'tariff-lens-enable', 'tariff-lens as-of: YYYY-MM-DD'];

function readDirectives(text: string, kind: DocumentKind, blank: (s: number, e: number) => void): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('tariff-lens')) return out; // as most chunks: one search, not a regex tried at every line
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const comment = m[1] !== undefined;
    if (!comment && kind === 'markdown') continue; // "# tariff-lens" is a heading in Markdown
    const name = 'tariff-lens' + (comment ? m[1] : m[3]);
    const rest = (comment ? m[2] : m[4]).trim();
    const start = m.index;
    const end = m.index + m[0].length;
    blank(start, end);
    const asOf = name === 'tariff-lens' && /^as-of\s*:/i.test(rest);
    out.push({ name, rest, start, end, ...(asOf ? { date: parseDateText(rest.replace(/^as-of\s*:/i, '').trim()) } : {}) });
  }
  return out;
}

/**
 * A directive comment begun here that may end further on: one with no end here, or one
 * whose name had to give back characters to find its end (`<!--tariff-lens-->` runs
 * on to the next `-->` when there is one).
 */
function directiveOpen(text: string, directives: Directive[]): boolean {
  if (/<!--\s*$/.test(text)) return true;
  const begun = /<!--\s*tariff-lens(\S*)/g;
  for (let m = begun.exec(text); m; m = begun.exec(text)) {
    const at = m.index, name = 'tariff-lens' + m[1];
    if (!directives.some((d) => d.start === at && d.name === name)) return true;
  }
  return false;
}

/** The directives' effects on the whole document: the as-of date, disabled ranges, problems. */
function applyDirectives(text: DocumentText, directives: Directive[], layout: DocumentLayout) {
  let disabledFrom: number | undefined;
  for (const { name, rest, start, end, date } of directives) {
    if (name === 'tariff-lens' && /^as-of\s*:/i.test(rest)) {
      if (date) layout.declaredAsOf = { date, source: 'directive' };
      else layout.directiveProblems.push({ start, end, message: `"${rest}" is not a date: write the as-of date as YYYY-MM-DD, e.g. tariff-lens as-of: 2025-05-05.` });
    } else if (name === 'tariff-lens-disable-next-line') {
      // The next line that is not blank (the document's last line at the latest).
      let line = nextLineStart(text, end);
      for (let after = line === undefined ? undefined : nextLineStart(text, line); line !== undefined && after !== undefined && text.slice(line, after).trim() === ''; after = nextLineStart(text, after)) line = after;
      layout.disabled.push({ start: line ?? text.length, end: (line === undefined ? undefined : nextLineStart(text, line)) ?? text.length });
    } else if (name === 'tariff-lens-disable') {
      disabledFrom ??= end;
    } else if (name === 'tariff-lens-enable') {
      if (disabledFrom !== undefined) layout.disabled.push({ start: disabledFrom, end: start });
      disabledFrom = undefined;
    } else {
      layout.directiveProblems.push({ start, end, message: `unknown directive "${name}${rest ? ' ' + rest : ''}": Tariff Lens knows ${KNOWN_DIRECTIVES.join(', ')}.` });
    }
  }
  if (disabledFrom !== undefined) layout.disabled.push({ start: disabledFrom, end: text.length });
}

// Each block read below needs one of these: a fence's ``` or ~~~, an HTML block's <, a
// heading's # or === underline, a table's pipes, or an indent of four columns (spaces or
// a tab, inside a list or quote too) for indented code. Most chunks of prose have none,
// and then parsing them would find nothing: the tests are far cheaper than the parse.
// (One regex with both alternatives was tried at every position, several times slower.)
const MARKS_OF_BLOCKS_READ = /[`~<|#=\t]/;

/** Blanks code, HTML and tables, and finds the first `#` heading; true when a fence or HTML block runs on past the text's end. */
function readMarkdownBlocks(text: string, frontMatterEnd: number, chunk: ChunkLayout, blank: (s: number, e: number) => void, lineSpan: (a: number, b: number) => Span, lineStarts: number[]): boolean {
  // Parse with the front matter blanked so that markdown-it's line numbers stay the document's.
  const source = spacesFor(text.slice(0, frontMatterEnd)) + text.slice(frontMatterEnd);
  if (!MARKS_OF_BLOCKS_READ.test(source) && !source.includes('    ')) return false;
  const tokens = markdown.parse(source, {});
  // markdown-it's line count: a block that reaches it was not closed in this text.
  const lineMax = lineStarts[lineStarts.length - 1] === text.length ? lineStarts.length - 1 : lineStarts.length;
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.map) continue;
    const span = lineSpan(t.map[0], t.map[1]);
    if (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block') {
      blank(span.start, span.end);
      if (t.level === 0 && t.type !== 'code_block' && t.map[1] >= lineMax) open = true;
    } else if (t.type === 'heading_open' && t.tag === 'h1' && !chunk.h1) {
      chunk.h1 = { start: span.start, end: span.end };
    } else if (t.type === 'table_open') {
      for (const cell of tableCellsOf(text, span, PIPE)) chunk.tableCells.push(cell);
      blank(span.start, span.end);
    }
  }
  return open;
}

const PIPE = 124;
const TAB = 9;
const COMMA = 44;

/**
 * Whether the separator at `at` parts two cells: not an escaped one, and for a comma one as
 * CSV writes it, with no space after it ("Japan,15%"), never prose's ", " nor the comma
 * grouping a number's thousands ("1,250").
 */
function separatesCells(line: string, at: number, separator: number): boolean {
  if (line.charCodeAt(at - 1) === 92) return false;
  if (separator !== COMMA) return true;
  const next = line.charCodeAt(at + 1);
  if (next === 32 || next === TAB) return false;
  return !(isDigit(line.charCodeAt(at - 1)) && THOUSANDS_AFTER.test(line.slice(at + 1, at + 5)));
}
const THOUSANDS_AFTER = /^\d{3}(?!\d)/;
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Rows pasted from a spreadsheet: three lines or more in a row, each with the same number
 * (two or more) of pipes, of tabs or of CSV commas between cells, a Markdown delimiter row
 * under the first or not. Read as prose they run on as one sentence, and one row's products
 * and partners spill into the next; read as a table, each cell has its own row's.
 */
function readPastedTables(text: string, chunk: ChunkLayout, blanks: Span[], lineSpan: (a: number, b: number) => Span, lineStarts: number[]): void {
  for (const separator of [PIPE, TAB, COMMA]) {
    // The separators, counted line by line in one pass over the text (most text has none).
    const mark = String.fromCharCode(separator);
    const separatorsOnLine = new Map<number, number>();
    let line = 0;
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (!separatesCells(text, at, separator)) continue;
      if (separator === PIPE && text.charCodeAt(at - 1) === PIPE) continue; // "||" parts a Jira or Confluence header's cells, as "|" does its rows'
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= at) line++;
      separatorsOnLine.set(line, (separatorsOnLine.get(line) ?? 0) + 1);
    }
    let run: { first: number; last: number; separators: number } | undefined;
    const endRun = () => {
      if (run && run.last - run.first >= 2) {
        const table = lineSpan(run.first, run.last + 1);
        if (!blanks.some((b) => b.start < table.end && table.start < b.end)) { // not in code, nor a Markdown table already
          for (const cell of tableCellsOf(text, table, separator, true)) chunk.tableCells.push(cell);
          blanks.push(table);
        }
      }
      run = undefined;
    };
    for (const [at, separators] of separatorsOnLine) {
      if (run && at === run.last + 1 && separators === run.separators) run.last = at;
      else {
        endRun();
        if (separators >= 2) run = { first: at, last: at, separators };
      }
    }
    endRun();
  }
  readSpaceAlignedTables(text, chunk, blanks, lineSpan, lineStarts);
}

/**
 * Columns lined up with spaces, as a plain-text email or memo sets them: three lines or
 * more in a row, each of two or more short cells parted by runs of two or more spaces, the
 * same number on each line. Prose set with two spaces after a stop is no table: a cell
 * never ends a sentence.
 */
function readSpaceAlignedTables(text: string, chunk: ChunkLayout, blanks: Span[], lineSpan: (a: number, b: number) => Span, lineStarts: number[]): void {
  // The lines with a gap of two spaces, found in one pass (most text has none).
  const gapped: number[] = [];
  let line = 0;
  for (let at = text.indexOf('  '); at >= 0; at = text.indexOf('  ', at + 2)) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= at) line++;
    if (gapped[gapped.length - 1] !== line) gapped.push(line);
  }
  let run: { first: number; last: number; cells: number; rows: number; indent: number } | undefined;
  const endRun = () => {
    if (run && run.rows >= 3) {
      const table = lineSpan(run.first, run.last + 1);
      if (!blanks.some((b) => b.start < table.end && table.start < b.end)) {
        for (const cell of tableCellsOf(text, table, SPACES)) chunk.tableCells.push(cell);
        blanks.push(table);
      }
    }
    run = undefined;
  };
  for (const at of gapped) {
    const { start, end } = lineSpan(at, at + 1);
    const line = text.slice(start, end);
    const cells = spaceAlignedCells(line);
    const indent = line.length - line.trimStart().length;
    if (run && at === run.last + 1 && cells === run.cells) {
      run.last = at;
      run.rows++;
    } else if (run && at === run.last + 1 && indent === run.indent && FIRST_CELL_GOES_ON.test(line)) run.last = at; // "  Bangladesh, India,": the row's first cell wrapped
    else {
      endRun();
      if (cells >= 2) run = { first: at, last: at, cells, rows: 1, indent };
    }
  }
  endRun();
}

/** A line that only carries on a row's first cell: short, one cell, no figure, no stop. */
const FIRST_CELL_GOES_ON = /^[ \t]*[^\s\d][^\d%.!?]{0,38}$/;

const SPACES = -1;
/** Between two cells of space-aligned columns. */
const CELL_GAP = / {2,}|\t+/g;
const ALIGNED_CELL = /^[^\s].{0,39}$/;

/** The number of cells of a line of space-aligned columns, or 0 when it is no such line. */
function spaceAlignedCells(line: string): number {
  const cells = line.trim().split(CELL_GAP);
  // A first cell may end in a comma where its list of names wraps onto the next line ("Vietnam, Cambodia,").
  return cells.length >= 2 && cells.every((c, i) => ALIGNED_CELL.test(c) && !(i === 0 ? STOP_AT_END : SENTENCE_END).test(c)) ? cells.length : 0;
}

/** The cells of a table's line: between separators, or for SPACES between runs of two spaces or more. */
function cellsOfLine(line: string, lineStart: number, separator: number, doubledIsOne: boolean): Span[] {
  const cells: Span[] = [];
  if (separator === SPACES) {
    let cellStart = line.length - line.trimStart().length;
    const last = line.trimEnd().length;
    CELL_GAP.lastIndex = 0;
    for (let m = CELL_GAP.exec(line); m; m = CELL_GAP.exec(line)) {
      if (m.index <= cellStart || m.index >= last) continue;
      cells.push({ start: lineStart + cellStart, end: lineStart + m.index });
      cellStart = m.index + m[0].length;
    }
    if (cellStart < last) cells.push({ start: lineStart + cellStart, end: lineStart + last });
    return cells;
  }
  let cellStart = lineStart;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || (line.charCodeAt(i) === separator && separatesCells(line, i, separator))) {
      cells.push({ start: cellStart, end: lineStart + i });
      const width = doubledIsOne && line.charCodeAt(i + 1) === separator ? 2 : 1;
      cellStart = lineStart + i + width;
      i += width - 1;
    }
  }
  return cells;
}

/** `doubledIsOne`: "||" is one separator (wiki markup's header row), not an empty cell between two. */
function tableCellsOf(text: string, table: Span, separator: number, doubledIsOne = false): TableCell[] {
  const content = (c: Span | undefined) => (c ? text.slice(c.start, c.end).trim() : '');
  // A spreadsheet's "share_of_spend" or "rate_april" is words, as its header is read, and a month in it a month
  // (in prose a lower-case month is no date, but no label says "june" for anything else).
  const label = (c: Span) => content(c).replace(UNDERSCORES, ' ').replace(LOWER_CASE_MONTH, (month) => month[0].toUpperCase() + month.slice(1));
  const rows: { cells: Span[] }[] = [];
  let lineStart = table.start;
  for (const line of text.slice(table.start, table.end).split(LINE_END)) {
    const cells = cellsOfLine(line, lineStart, separator, doubledIsOne);
    // Outside a pipe table's leading and trailing pipes there is no cell; an empty cell
    // inside them is one ("| | China | Vietnam |" heads its first column with nothing).
    // A tab-separated line's every field is a cell, the empty first one too.
    if (separator === PIPE) {
      if (cells.length && content(cells[0]) === '') cells.shift();
      if (cells.length && content(cells[cells.length - 1]) === '') cells.pop();
    }
    rows.push({ cells });
    lineStart += line.length + 1;
  }
  // A Markdown table has a delimiter row under its header; a pasted one may not.
  const delimited = rows[1]?.cells.every((c) => /^\s*:?-+:?\s*$/.test(content(c)));
  if (!rows.length) return [];
  // A pasted table whose first row holds a figure has no header row: a flashcard deck's
  // first card, "| Vietnam | 20% |" at the top, is data like every row after it.
  const headed = delimited || !rows[0].cells.some((c) => figuresIn(content(c)).length);
  const [header, ...rest] = headed ? rows : [{ cells: [] as Span[] }, ...rows];
  const body = delimited ? rest.slice(1) : rest;
  // Headers are read once, not again for every cell they head.
  const columnHeaders = header.cells.map(label);
  // An action list's "Due" and "Owner" columns tell of the task, not of the rate it names, and a sheet's "last_reviewed" of its upkeep;
  // a date under "In force since" starts what the row tells: "since April 3, 2025".
  const columnOfTasks = columnHeaders.map((h) => TASK_COLUMN.test(h));
  const columnOfStarts = columnHeaders.map((h) => SINCE_COLUMN.test(h));
  const columnOfNotes = columnHeaders.map((h) => NOTES_COLUMN.test(h));
  // "| Steel | 50% | UK pays half |" under "Who gets a break": partners set apart from the row's rate, as "except" sets them apart in prose.
  const columnOfExceptions = columnHeaders.map((h) => EXCEPTIONS_COLUMN.test(h));
  // "origin,…" over "CH,all goods,…": under an origin column a bare code is the partner, written as customs papers write it ("CH-origin"), and "ALL" every partner.
  const columnOfOrigins = columnHeaders.map((h) => ORIGIN_COLUMN.test(h));
  const out: TableCell[] = [];
  for (const { cells } of body) {
    // A cell's row header is every label before it, not only the first: in "| Japan |
    // cars | 25% |" the product is the second cell. Other figures of the row are not labels.
    const figures = cells.map((cell) => figuresIn(content(cell)));
    // A bare amount ("| 301 |" under "Exports CHF m") labels nothing, unless its column names measures ("| Section | 232 |") or it is a year.
    const amount = (cell: Span, col: number) => BARE_AMOUNT.test(content(cell)) && !MEASURE_COLUMN.test(columnHeaders[col] ?? '');
    const labels = cells.map((cell, col) => (figures[col].length || columnOfTasks[col] || amount(cell, col) ? '' : columnOfStarts[col] ? `since ${label(cell)}` : columnOfExceptions[col] ? `except ${label(cell)}` : columnOfOrigins[col] ? originLabel(label(cell)) : label(cell)));
    // Apart, each label stands alone: "| 2025-05-14 | Truce after talks |" dates the row, not a truce.
    const joined = (from: number, to: number, keep = (col: number) => true) => labels.slice(from, to).filter((l, i) => l && keep(from + i)).join(' / ');
    const sums = new RowSums();
    cells.forEach((cell, col) => {
      const partsAddedUp = sums.partsAddingUpTo(figures[col]).map((part) => columnHeaders[part] ?? '').filter(Boolean).join(' ');
      const labelHeaders = columnHeaders.slice(0, col).filter((h, c) => h && labels[c]).join(' / ');
      out.push({ start: cell.start, end: cell.end, rowHeader: joined(0, col), labelHeaders, columnHeader: columnHeaders[col] ?? '', rowTrailer: joined(col + 1, cells.length, (c) => !columnOfNotes[c]), rowNotes: joined(col + 1, cells.length, (c) => columnOfNotes[c]), stubHeader: col > 0 ? columnHeaders[0] ?? '' : '', headers: columnHeaders, partsAddedUp });
      sums.add(figures[col], col);
    });
  }
  return out;
}

/** A cell of digits alone ("301", "-16.5", "1,204"), not a year ("2025"). */
const BARE_AMOUNT = /^(?!(?:19|20)\d\d$)[-+\u2212\u2013]?\s*\d[\d.,'\s]*$/;
/** A column whose numbers name measures: "Section", "Measure", "Legal basis", "List". */
const MEASURE_COLUMN = /\b(?:section|sec\.?|measures?|program(?:me)?s?|authority|basis|lists?)\b/i;
/** "Notes", "Comment", "Remarks", "Why": a column of what a row's writer adds about it. */
const NOTES_COLUMN = /^\W*(?:notes?|comments?|remarks?|why|reasons?|explanation|context|background|basis|breakdown|made\s+up\s+of|components?)\W*$/i;
/** "Exceptions", "Exempt", "Carve-outs", "Who gets a break": a column of the partners or goods a row's rate spares. */
const EXCEPTIONS_COLUMN = /\b(?:except(?:ions?|ed)?|exempt(?:ions?|ed)?|exclusions?|excluded|carve-?outs?|gets?\s+a\s+break|spared)\b/i;
/** "In force since", "Applies from", "Since" (not a period's "From"): a column of the days the row's rates started. */
const ORIGIN_COLUMN = /^\W*(?:origin|country(?:[\s_]+(?:of[\s_]+)?origin)?|origin[\s_]+country|coo|ctry|partner|(?:country|iso)[\s_]+code)\W*$/i;
const originLabel = (cell: string) => (/^[A-Z]{2}$/.test(cell) ? `${cell}-origin` : /^(?:ALL|ANY|\*)$/.test(cell) ? 'all partners' : cell);
const SINCE_COLUMN = /^\W*(?:(?:in\s+(?:force|effect)|applie[sd]|applying|effective|collected|charged)\s+(?:since|from)|since)\W*$/i;
/** The header of a column of tasks' deadlines or owners ("Due", "Due date", "Owner", "Assigned to"), or of the row's upkeep ("last_reviewed", "Updated"): not when its rate applied. */
const TASK_COLUMN = /^\W*(?:due(?:\s+(?:date|by|on))?|deadline|by\s+when|target\s+date|owner|assignee|assigned\s+to|responsible|(?:last\s+)?(?:reviewed|checked|verified|updated|modified|edited)(?:\s+(?:on|at|by|date))?|(?:review|check|update)\s+date)\W*$/i;

const UNDERSCORES = /_+/g;
// Not "may" nor "march", which a label may use as words.
const LOWER_CASE_MONTH = /\b(?:january|february|april|june|july|august|september|october|november|december)\b/g;

/** The figures of a table row's cells so far, as a later cell's total may add them up (one pass: a wide row stays linear). */
class RowSums {
  /** The columns of the non-zero figures, one to a cell. */
  private readonly parts: number[] = [];
  private sum = 0;
  /** A cell with two figures or more: no later cell is their total. */
  private mixed = false;

  add(figures: Figure[], col: number): void {
    if (figures.length > 1) this.mixed = true;
    else if (figures.length === 1 && figures[0].value !== 0) {
      this.parts.push(col);
      this.sum += figures[0].value;
    }
  }

  /** The columns whose figures (two or more) a cell's one figure adds up to: a spreadsheet's total of the duties beside it. Otherwise none. */
  partsAddingUpTo(figures: Figure[]): readonly number[] {
    return !this.mixed && this.parts.length >= 2 && figures.length === 1 && Math.abs(this.sum - figures[0].value) < 0.005 ? this.parts : [];
  }
}

// A field is its name and a colon ("To date, …: …" is prose); in Markdown the name may be
// emphasised: **Date:** or **Date**:. MEMO or MEMORANDUM may stand alone.
const HEADER_FIELD = /^[ \t]*[*_]{0,2}(TO|FROM|DATE|SUBJECT|SUBJ|RE|CC|BCC|TITLE|MEMORANDUM|MEMO)(?![a-z0-9])[ \t]*[*_]{0,2}[ \t]*(:?)[*_]{0,2}[ \t]*(.*)$/i;

/** The header fields among the first lines after `from` (the front matter's end). */
function readMemoHeader(text: string, blank: (s: number, e: number) => void, lineStarts: number[], from: number): ChunkLayout['header'] {
  const header: NonNullable<ChunkLayout['header']> = {};
  const firstLine = firstIndex(lineStarts, 0, lineStarts.length, (start) => start >= from);
  for (let line = firstLine; line < Math.min(lineStarts.length, firstLine + HEADER_LINES); line++) {
    const start = lineStarts[line];
    let end = (lineStarts[line + 1] ?? text.length + 1) - 1;
    if (text[end - 1] === '\r' && text[end] === '\n') end--; // a CRLF line: the field's value stops before \r
    const m = HEADER_FIELD.exec(text.slice(start, end));
    if (!m || (!m[2] && !/^\s*MEMO(RANDUM)?\s*$/i.test(m[0]))) continue;
    const field = m[1].toUpperCase();
    const value = m[3];
    if (field === 'SUBJECT' || field === 'SUBJ' || field === 'RE' || field === 'TITLE') {
      header.title ??= { start: start + m[0].length - value.length, end };
      continue; // a subject is prose: it may carry claims
    }
    if (field === 'DATE' && !header.date) {
      header.date = parseDateText(value);
      const dayFirst = NUMERIC_DATE_DASHED.test(value) ? parseDateText(value, true) : undefined;
      if (dayFirst !== header.date) header.dateDayFirst = dayFirst;
    }
    blank(start, end);
  }
  if (!header.date) header.dateline = datelineIn(text, lineStarts, firstLine);
  return header;
}

/** A numeric date with slashes, dots or dashes: "10-02-2026", "10/02/2026". */
const NUMERIC_DATE_DASHED = /^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s*$/;
/**
 * Does the text write its dates as Britain and India do, the day before the month ("7th February, 2026", "10 March"), and never the month
 * first ("February 7")? Then "Date: 10-02-2026" is 10 February.
 */
function writesDaysBeforeMonths(text: string): boolean {
  return DAY_BEFORE_MONTH.test(text) && !MONTH_BEFORE_DAY.test(text);
}
/** How far into a text its way of writing dates is looked for: its opening, near the header's date, not all of a long file. */
const DATE_STYLE_REACH = 8192;
const DAY_BEFORE_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAME_FORMS})\b`, 'i');
const MONTH_BEFORE_DAY = new RegExp(String.raw`\b(?:${MONTH_NAME_FORMS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![\d:])`, 'i');

/** Datelines are looked for in fewer lines than a header's fields: further down, a date-only line is more often a timeline's. */
const DATELINE_LINES = 8;
/** A word that introduces the document's date: "Published Aug. 12, 2026", "Air date: …", "— filed June 2, 2025", "| **Date:** June 20, 2025", "As of 2 February 2026", a German e-mail's "Gesendet: Mittwoch, 8. Oktober 2025". */
// A bilingual label names the date twice ("DATUM / DATE:", "Tarih / Date:"): the word before the slash is passed over.
const DATE_LABEL = /(?:^|[\s|*_(])(?:\p{L}+\s*\/\s*)?(?:date|dated|air\s+date|published|posted(?:\s+on)?|issued|released|sent|filed|submitted|(?:last\s+)?(?:updated|revised|edited|reviewed)|status|as\s+(?:of|at)|fecha|datum|data|gesendet|envoy[ée]|enviado|inviato)[*_]*\s*:?[*_]*\s+(?=\S)/iu;
const BRACKETED_PART = /\(([^()]{6,40})\)/g;
/** What splits a masthead line into its parts: "OPINION | Thursday, July 2, 2026 | Page A9", "Vol. 38 -- Stuttgart -- October 6, 2025". */
const MASTHEAD_SEPARATOR = /\s+(?:\||·|•|--|—|–)\s+|\s{3,}/;
/** Does a numeric date ("11/8/25") read one way in the US and another in Britain? Then it is not taken as the document's, unless only one way is a day ("Sent: Tue 20/01/2026"). */
function readsTwoWays(line: string): boolean {
  const date = NUMERIC_DATE.exec(line);
  if (!date) return false;
  const [first, second] = [+date[1], +date[2]];
  return first !== second && first > 12 === second > 12;
}

/**
 * The date an opening line gives the document when no DATE: field does: one a word such as
 * "Published", "Posted", "Issued" or "Air date" introduces, or a line, or a part of a masthead
 * line, that is a whole date, with a place before it or a time after it ("Brussels, 21 August
 * 2025", "THURSDAY, JUNE 5, 2025", "**12 January 2026**"). Several dates alone on the opening
 * lines are a timeline's, not the document's: then only an introduced one counts.
 */
function datelineIn(text: string, lineStarts: number[], firstLine: number): IsoDate | undefined {
  const alone: IsoDate[] = [];
  for (let line = firstLine; line < Math.min(lineStarts.length, firstLine + DATELINE_LINES); line++) {
    const raw = text.slice(lineStarts[line], (lineStarts[line + 1] ?? text.length + 1) - 1);
    if (/^\s*#/.test(raw)) continue; // a heading names a section's date
    const twoWays = readsTwoWays(raw);
    const content = raw.replace(/[*_`>]+/g, ' ').trim();
    const label = DATE_LABEL.exec(content);
    // A label's dotted date is day first, as a header's is ("Datum: 10.03.2026"); see readsTwoWays for the rest.
    if (label && (!twoWays || writesDottedDate(content.slice(label.index + label[0].length)))) {
      const value = content.slice(label.index + label[0].length).split(MASTHEAD_SEPARATOR)[0];
      const introduced = wholeDate(value, false) ?? wholeDateInOtherLanguage(value);
      if (introduced) return introduced;
    }
    if (twoWays) continue;
    // A date in brackets is a part of its own: "[Congressional Record Volume 171, Number 166 (Wednesday, October 8, 2025)]".
    for (const part of [...content.split(MASTHEAD_SEPARATOR), ...Array.from(content.matchAll(BRACKETED_PART), (m) => m[1])]) {
      const date = wholeDate(part, true);
      if (date && !alone.includes(date)) alone.push(date);
    }
  }
  return alone.length === 1 ? alone[0] : undefined;
}


// Inline code, URLs and link targets are not prose in any kind of document. A code span
// or a link title may wrap onto the next line but, as in Markdown, never across a blank
// line: a stray backtick must not hide the paragraphs up to the next one.
const BREAK_WITHIN_PARAGRAPH = String.raw`(?:\r\n?|\n)(?![ \t]*[\r\n])`;
const CODE_SPAN = String.raw`(\`+)[^\`\r\n]*(?:${BREAK_WITHIN_PARAGRAPH}[^\`\r\n]*)*\1`;
const LINK_TARGET = String.raw`\]\([^)\s]*(?:[ \t]*(?:${BREAK_WITHIN_PARAGRAPH}[ \t]*)?"[^"\r\n]*(?:${BREAK_WITHIN_PARAGRAPH}[^"\r\n]*)*")?\)`;
// Struck-out text is what the writer took back ("~~25%~~ 50%", <del>, CriticMarkup's {--…--}
// and the old side of {~~old~>new~~}); review comments {>>…<<} are not the text either. The
// marks around inserted or highlighted text go, and the text stays.
// Bounded, as a stray mark must not make each of many others read to the paragraph's end;
// like a code span, struck text may wrap onto the next line but not past a blank one.
const STRUCK_CHAR = (not: string) => String.raw`(?:[^${not}\r\n]|${BREAK_WITHIN_PARAGRAPH})`;
const STRUCK = String.raw`(?:\+\+|==|~~)\}|\{(?:\+\+|==)|\{~~${STRUCK_CHAR('~')}{0,400}~>|\{--${STRUCK_CHAR('}')}{0,400}--\}|\{>>${STRUCK_CHAR('}')}{0,400}<<\}|~~(?=[^\s~])${STRUCK_CHAR('~')}{0,400}~~|<(del|s|strike)>[^<]{0,400}<\/\2>`;
const INLINE_NON_PROSE = new RegExp(String.raw`${CODE_SPAN}|${LINK_TARGET}|<https?:[^>\s]*>|\b(?:https?:\/\/|www\.)[^\s<>()"]+|${STRUCK}`, 'gi');

/** Blanks inline code, URLs, link targets, struck-out text and review marks. */
function blankInlineNonProse(text: string, kind: DocumentKind, blank: (s: number, e: number) => void): void {
  INLINE_NON_PROSE.lastIndex = 0;
  for (let m = INLINE_NON_PROSE.exec(text); m; m = INLINE_NON_PROSE.exec(text)) {
    if (m[1] && kind !== 'markdown') continue; // backticks are only code in Markdown
    if (m[0].startsWith('](')) blank(m.index + 1, m.index + m[0].length);
    else blank(m.index, m.index + m[0].length);
  }
}

// A new paragraph starts after a blank line, and at a heading or a list item (a Japanese list's
// "・" too), numbered with a word too ("Slide 3: Vietnam …", "Step 2. …"; not a date, "May 5: …", which may go on a line),
// or at an entry of a log that opens with its time ("14:05 [B] Auto parts are next …", "23:40 Reminder: …").
/** A month's name, whole or cut short ("Nov", "November"). */
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
const BLOCK_START = new RegExp(String.raw`^[ \t]*(?:#{1,6}[ \t]|[-*+•][ \t]|・|\(?\d{1,3}[.)][ \t]|>|\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?=[[A-Z]))`);
/** "Article 3. ", "Step 2) ": an item named and numbered, unless the line before runs on into it ("… pay 50 percent under\nSection 232. The rate …"). */
const NAMED_ITEM_START = new RegExp(String.raw`^[ \t]*(?!${MONTH_WORD}[ \t])[A-Z][a-z]{1,11}[ \t]\d{1,3}[:.)][ \t]`);
const RUNS_ON_AT_END = /[a-z,][ \t]*$/;

/**
 * A block quote that opens with a label of the writer's own is a callout, not someone else's words:
 * "> **CHECK: Accurate.**", "> **Short version.**", "> [!NOTE]" (not a quoted message's "> **From:**" or a reader's "> **Seller comment:**").
 */
const CALLOUT_OPENS = /^>[ \t]*(?:\[![A-Za-z]+\]|(?:\*\*|__)(?![^*_\n]*\b(?:From|To|Sent|Date|Subject|Cc|Bcc|Re|Fwd|comments?|repl(?:y|ies)|reviews?|wrote|writes|says|said|posts?|asks?|asked)\b)[^*_\n]{1,50}?[.:](?:\*\*|__))/;

/**
 * The day an e-mail message was sent, if the paragraph is the message's head: two or more of its
 * header fields with a date ("From: …\nSent: Thursday, April 10, 2025 6:02 PM"), quoted or not, or an
 * attribution line ("On Thu, Apr 10, 2025 at 6:02 PM, Marco Liang <…> wrote:"). A date that reads
 * one way in the US and another in Britain gives none.
 */
function messageSentOn(text: string): IsoDate | undefined {
  if (!HEAD_OPENS.test(text)) return undefined; // most paragraphs: one look at their first words
  const paragraph = text.slice(0, 400); // a head is short: a long paragraph is searched no further
  const sent = ATTRIBUTION_LINE.exec(paragraph)?.[1] ?? sentFieldOf(paragraph);
  return sent === undefined || readsTwoWays(sent) ? undefined : wholeDate(sent, false);
}
/** The value of a head's "Sent:" or "Date:" field, when it has two fields or more; in the memo header's lines "From:" and "To:" are blanked, and a "Sent:" field alone is an e-mail's. */
function sentFieldOf(paragraph: string): string | undefined {
  const fields = paragraph.match(HEADER_FIELD_LINE);
  return fields && (fields.length >= 2 || /sent/i.test(fields[0])) ? SENT_FIELD.exec(paragraph)?.[1] : undefined;
}
/** A head's first words, maybe under a rule ("-----Original Message-----", "---------- Forwarded message ---------"). */
const HEAD_OPENS = /^\s*(?:[-_=*]{3,}[^\n]{0,60}\n\s*)?(?:>\s*)*(?:\*\*|__)?(?:From|Sent|Date|To|Cc|Subject|On)\b/i;
const HEADER_FIELD_LINE = /^[ \t>]*(?:\*\*|__)?(?:From|Sent|Date|To|Cc|Subject)(?:\*\*|__)?:/gim;
const SENT_FIELD = /^[ \t>]*(?:\*\*|__)?(?:Sent|Date)(?:\*\*|__)?:(?:\*\*|__)?[ \t]*([^\n]{6,60})$/im;
const ATTRIBUTION_LINE = /^[ \t>]*On\s+([^\n]{2,60}?\b\d{4})(?:,?\s+at\s+\d{1,2}:\d{2}[^,\n]{0,12})?,\s+[^\n]{1,100}?\s+wrote:[ \t]*$/im;

function paragraphsOf(prose: string, kind: DocumentKind): Paragraph[] {
  const out: Paragraph[] = [];
  let start = -1;
  let end = 0;
  let offset = 0;
  let firstLine = '';
  let lines = 0;
  const close = () => {
    if (start < 0) return;
    const paragraph: Paragraph = { start, end, sentences: sentencesIn(prose, start, end) };
    // An e-mail's "Sent:" line alone is its message's head, not a plain-text heading.
    const writtenOn = messageSentOn(prose.slice(start, end));
    const heading = writtenOn ? undefined : headingOf(firstLine, kind, lines === 1);
    if (writtenOn) paragraph.messageHead = { level: 0, writtenOn };
    if (heading) paragraph.heading = heading;
    if (firstLine.startsWith('>') && !CALLOUT_OPENS.test(firstLine)) paragraph.quoted = true; // a quote starts a paragraph of its own (BLOCK_START), and its wrapped lines go on with it (sameQuoteGoesOn)
    else if (!heading && LIST_ITEM.test(firstLine)) paragraph.listItem = true; // a ruled title starts with dashes too, a line in bold with asterisks
    out.push(paragraph);
    start = -1;
  };
  // Whether the last line was in capitals and runs on into the next ("… CALLS ON"), or
  // broke off ("FROM TWENTY-FIVE PERCENT ...") before one that goes on ("TO FIFTY PERCENT").
  let capitalsRunOn = false;
  const proseLines = prose.split(LINE_END);
  for (let i = 0; i < proseLines.length; i++) {
    const line = proseLines[i];
    const lineEnd = offset + line.length;
    // A row of a list aligned by spaces or dot leaders ("Sri Lanka ...... 44%") is a paragraph of its own;
    // so, in plain text, is a line in capitals, as a ticker or a list of headlines sets each item.
    const capitals = kind !== 'markdown' && inCapitals(line);
    const runsOn = capitals && (CAPITALS_RUN_ON.test(line) || (BROKE_OFF.test(line) && GOES_ON.test(proseLines[i + 1] ?? '')));
    const row = ALIGNED_ROW.test(line) || (capitals && !runsOn);
    if (line.trim() === '') close();
    else {
      if (start >= 0 && !capitalsRunOn && (row || capitals || (BLOCK_START.test(line) && !sameQuoteGoesOn(proseLines[i - 1] ?? '', line)) || (NAMED_ITEM_START.test(line) && !RUNS_ON_AT_END.test(proseLines[i - 1] ?? '')) || (kind !== 'markdown' && /^[A-Z ]{3,}:?\s*$/.test(line.trim())))) close();
      if (start < 0) {
        start = offset + (line.length - line.trimStart().length);
        firstLine = line.trim();
        lines = 0;
      }
      lines++;
      end = lineEnd;
      if (row) close();
    }
    capitalsRunOn = runsOn;
    offset = lineEnd + 1;
  }
  close();
  return out;
}
/** Whether a block quote's line goes on from the one before, at the same depth ("> … pays\n> 40 percent …"), as a wrapped paragraph of it. */
function sameQuoteGoesOn(previous: string, line: string): boolean {
  const depth = QUOTE_MARKS.exec(line)?.[0].replace(/\s/g, '');
  return depth !== undefined && QUOTE_MARKS.exec(previous)?.[0].replace(/\s/g, '') === depth && previous.trim().length > depth.length;
}
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]*)+/;
/** A line of three words or more in capitals, with no lower-case letter. */
function inCapitals(line: string): boolean {
  return !/[a-z]/.test(line) && (line.match(/[A-Z]{2,}/g)?.length ?? 0) >= 3;
}
/** A script's line broken off, and the start of one that goes on with it. */
const BROKE_OFF = /(?:\.{3}|…)[ \t]*$/;
const GOES_ON = /^[ \t]*(?:TO|AND|OR|THEN|BUT|FROM)\b/;
/** The end of a line that a wrapped headline goes on from. */
const CAPITALS_RUN_ON = /(?:\b(?:ON|TO|OF|FOR|AND|THE|A|AN|IN|WITH|AT|BY|FROM|OR|AS|THAT)|[,&\u2013\u2014-])[ \t]*$/;
/** A label, a gap of four spaces or more, and a percentage that ends the line. */
const ALIGNED_ROW = /\S[ \t]{4,}\d[\d.,]*\s?(?:%|percent|per cent)[ \t]*$/;

const MARKDOWN_HEADING = /^(#{1,6})[ \t]/;
const LIST_OR_QUOTE = /^(?:[-*+•>・]|\d{1,3}[.)])/;
/** A list item's mark and the space after it: "- ", "* ", "2. " (not "**Bold**"). */
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s|^・/;
const SENTENCE_END = /[.!?;,]["'”’)]*$/;
const STOP_AT_END = /[.!?;]["'”’)]*$/;
/** A title between rules, as slides exported to text set them: "--- Slide 2: How we got here (2025) ---". */
const RULED_TITLE = /^(?:-{3,}|={3,})[ \t]*\S.*\S[ \t]*(?:-{3,}|={3,})$/;

/**
 * A `#` heading, or in plain text a line standing alone that reads as one: short, no
 * list item, no sentence stop at its end, and no figure (a terse line that quotes a rate
 * is a claim, not a section's title).
 */
function headingOf(line: string, kind: DocumentKind, alone: boolean): Heading | undefined {
  const marks = MARKDOWN_HEADING.exec(line);
  const level = marks ? marks[1].length : kind !== 'markdown' && alone && line.length <= 80 && (!LIST_OR_QUOTE.test(line) || RULED_TITLE.test(line)) && !SENTENCE_END.test(line) && !figuresIn(line).length ? 1 : 0;
  if (!level) return undefined;
  const year = yearNamedByHeading(line);
  const partners = partnersHeadedBy(line);
  return { level, ...(year === undefined ? {} : { year }), ...(headsFormerRates(line) ? { former: true } : {}), ...(partners.length ? { partners } : {}) };
}

/**
 * The partners a heading names, by country, not by a city (which may be where something happened: "Geneva talks").
 * Not a plain text's comment line that "#" opens and a stop ends, a sentence ("# … every origin except CA and MX."); a FAQ's
 * question does name its answer's ("### 6. What happened with Swiss products?").
 */
function partnersHeadedBy(line: string): string[] {
  const codes: string[] = [];
  if (SENTENCE_END.test(line) && !QUESTION_END.test(line)) return codes;
  for (const m of partnersIn(line)) if (m.role === 'partner' && m.code !== 'US' && !m.byPlace && !codes.includes(m.code)) codes.push(m.code);
  return codes;
}

const ABBREVIATIONS = /(?:\b(?:U\.S|U\.K|E\.U|Mr|Mrs|Ms|Dr|St|Ste|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|w\.e\.f|eff|vs|approx|etc|Inc|Corp|Ltd|Co|Gov|Sen|Rep|Sec|Art|para|fig|Proc|Exec|exc|excl|incl|Rev|Ver|Vol|Ch)|\b[A-Z])$/;

const STOP = /[.!?。]/g;
/** "a) ", "d. ": the letter of a list's item. */
const LETTERED_ITEM = /^[a-z][).]\s/;
/** "dev: ", "maria.k: ": a chat handle that opens a line. */
const HANDLE_OPENS = /^[a-z][\w.@-]{0,19}:[ \t]/;
const PRONOUN_OPENS = /^(?:we|i|they|he|she|you|it|my|our|their|his|her|this|these|those|lol|ok|okay|yeah|yes|also|btw|which|thats|that['’]s)(?:\s|['’,])/;
const LEAD_IN = new RegExp(`${LEAD_IN_OPENING.source}$`);

const FOOTNOTE_MARK = /^\[\^?\w{1,4}\]/;
const NUMBERED_NOTE_MARK = /^\(\d{1,3}\)/;

/** A chat message's time in brackets ("[2025-08-11 08:44] Sam: …", "[8/11 9:02 AM]", "[Tue 17 Mar 2026 09:05]"), or as a phone's export writes it ("4/12/25, 8:02 AM - Dad: …"). */
const MESSAGE_STAMP = String.raw`(?:\[\d{1,4}[-/.:]\d{1,2}[^\]\n]{0,20}\]|\[(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4},?\s+\d{1,2}:\d{2}[^\]\n]{0,10}\]|${PHONE_EXPORT_STAMP})`;
/** A line that starts a chat message. */
const MESSAGE_LINE = new RegExp(String.raw`\n[ \t]*(?=${MESSAGE_STAMP})`, 'g');
const MESSAGE_OPENS = new RegExp(String.raw`^\s*${MESSAGE_STAMP}`);

/** The dates of chat messages' stamps that either order reads, as "day first|month first" ISO dates, with how often. */
export function ambiguousStampDates(prose: string): [string, number][] {
  const dates = new Map<string, number>();
  STAMP_DATE.lastIndex = 0;
  for (let m = STAMP_DATE.exec(prose); m; m = STAMP_DATE.exec(prose)) {
    const [first, second, year] = [+m[1], +m[2], m[3].length === 2 ? 2000 + +m[3] : +m[3]];
    if (first === second || first < 1 || first > 12 || second < 1 || second > 12) continue;
    const iso = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const key = `${iso(second, first)}|${iso(first, second)}`;
    dates.set(key, (dates.get(key) ?? 0) + 1);
  }
  return [...dates];
}
/** The numeric date of a stamp that opens a chat message's line (MESSAGE_STAMP's numeric forms): "[09/03/2026, 08:47] Bea: …", "4/12/25, 8:02 AM - Dad: …". */
const STAMP_DATE = /(?:^|\n)[ \t]*\[?(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}),?\s+\d{1,2}:\d{2}/g;

/** Where the stamp of the chat message the sentence opens ends (see sentencesIn); 0 when it opens none. */
export function chatStampEnd(sentence: string): number {
  return MESSAGE_OPENS.exec(sentence)?.[0].length ?? 0;
}

/**
 * Sentence spans in prose[start, end): a stop followed by space and a capital, digit,
 * quote or emphasis, and the start of each line that opens a sentence of its own, stop or not.
 */
export function sentencesIn(prose: string, start: number, end: number): Span[] {
  const paragraph = prose.slice(start, end);
  if (!paragraph.includes('\n')) return sentencesBetweenStops(prose, start, end);
  // "Tariff reciprocal ........ 10%": a line set with dot leaders is a row of a card, read on its own.
  if (DOT_LEADERS.test(paragraph)) return rowsApart(prose, start, end).flatMap((part) => sentencesBetweenStops(prose, part.start, part.end));
  const breaks = ownLineBreaks(paragraph);
  if (!breaks.length) return sentencesBetweenStops(prose, start, end);
  const out: Span[] = [];
  let from = start;
  for (const { index, length } of breaks) {
    out.push(...sentencesBetweenStops(prose, from, start + index));
    from = start + index + length;
  }
  out.push(...sentencesBetweenStops(prose, from, end));
  return out;
}

/**
 * The line breaks (with the indent after them) before lines that open a sentence of their own, in order: the one after a line wholly in bold,
 * each chat message's, whose lines often have no stop, each of two or more lines that open with a
 * date and a colon or dash, as a timeline is written ("Feb 24, 2026: Section 122 at 10%"), and each of
 * two or more that open with a figure, as a box of numbers is set.
 */
function ownLineBreaks(paragraph: string): { index: number; length: number }[] {
  const breaks = [...paragraph.matchAll(MESSAGE_LINE)];
  if (paragraph.includes('**') || paragraph.includes('__')) breaks.push(...paragraph.matchAll(AFTER_BOLD_LINE));
  const dated = [...paragraph.matchAll(DATED_LINE)];
  if (dated.length >= 2) breaks.push(...dated);
  const figureFirst = [...paragraph.matchAll(FIGURE_FIRST_LINE)];
  if (figureFirst.length + (OPENS_WITH_FIGURE_LINE.test(paragraph) ? 1 : 0) >= 2) breaks.push(...figureFirst);
  // One break a line, though it opens a message and follows a bold line.
  return breaks.sort((a, b) => a.index - b.index).filter((m, i) => i === 0 || m.index !== breaks[i - 1].index).map((m) => ({ index: m.index, length: m[0].length }));
}
/**
 * The line break after a line wholly in bold, as a headline stands over its standfirst ("**June 4 — Steel duties double to 50%**"),
 * or in bold but for its source after a dot or dash, as a link roundup sets an item's title ("**CBP opens the refund portal** · cbp.gov").
 */
const AFTER_BOLD_LINE = /\n(?<=(?:^|\n)[ \t]*(?:\*\*|__)[^\n]*(?:\*\*|__)(?:[ \t]+[·•|\u2014\u2013][ \t]*[^\n]{0,39}[^\s.!?])?[ \t]*\n)[ \t]*(?=\S)/g;
const MONTH_NAME = `${MONTH_WORD}\\.?`;
/** A line that opens with a date ("April 9", "Nov 10, 2025", "4 March 2025", "2025-08-07") and a colon, a dash or a column's gap after it ("10 Apr   90-day pause"). */
const DATED_LINE = new RegExp(
  String.raw`\n[ \t]*(?=(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_NAME}(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})(?:\s*(?::|\s[-–—]\s)|[ \t]{2,}\S|\t))`,
  'g',
);

/** A percentage and a gap or colon before its label, as a box of numbers sets a line ("39%    on Swiss goods since August 7"). */
const FIGURE_THEN_LABEL = String.raw`\d[\d.,]*\s?(?:%|percent|per cent)(?:[ \t]{2,}|\t|[ \t]*[:\u2013\u2014|][ \t]*)\S`;
const FIGURE_FIRST_LINE = new RegExp(String.raw`\n[ \t]*(?=${FIGURE_THEN_LABEL})`, 'g');
const OPENS_WITH_FIGURE_LINE = new RegExp(String.raw`^[ \t]*${FIGURE_THEN_LABEL}`);

const DOT_LEADERS = /\.{4,}|(?:\. ){4,}/;
/** After a row's leaders: its figure. */
const LEADERS_END = /^[ \t]*[\d$€£]/;

/** prose[start, end) in parts: each line with dot leaders, and each run of lines between them. */
function rowsApart(prose: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let run: Span | undefined;
  for (let from = start; from < end;) {
    const newline = prose.indexOf('\n', from);
    const to = newline < 0 || newline > end ? end : newline;
    if (DOT_LEADERS.test(prose.slice(from, to))) {
      if (run) out.push(run);
      run = undefined;
      out.push({ start: from, end: to });
    } else if (run) run.end = to;
    else run = { start: from, end: to };
    from = to + 1;
  }
  if (run) out.push(run);
  return out;
}

function sentencesBetweenStops(prose: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let sentenceStart = start;
  // The regex finds the next stop faster than a loop that looks at every character. It searches
  // the paragraph alone: in all the prose, a paragraph without a stop would be searched past to the next one.
  const paragraph = prose.slice(start, end);
  STOP.lastIndex = 0;
  for (let stop = STOP.exec(paragraph); stop; stop = STOP.exec(paragraph)) {
    const i = start + stop.index;
    // The last dot of a row's leaders ("Total ........ 50%", "Duty . . . . 40%") ends nothing.
    if (stop[0] === '.' && (prose[i - 1] === '.' || (prose[i - 1] === ' ' && prose[i - 2] === '.')) && LEADERS_END.test(prose.slice(i + 1, i + 8))) continue;
    let j = i + 1;
    // Closing quotes and brackets, Markdown's emphasis ("**Is it 15%?** No." ends at the second
    // "*") and superscript note marks ("… from zero.² From November 10").
    while (j < end && /["'”’)\]*_¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(prose[j])) j++;
    // A footnote mark after the stop ("… 25%.[14] The", "… 25%.[^3] The", "… issue.(4) Upholstered") ends the sentence with it.
    while (prose[j] === '[' || prose[j] === '(') {
      const note = (prose[j] === '[' ? FOOTNOTE_MARK : NUMBERED_NOTE_MARK).exec(prose.slice(j, j + 8));
      if (!note) break;
      j += note[0].length;
    }
    if (j < end && !/\s/.test(prose[j])) continue;
    // A lead-in in bold or italics ("**4 March.** The tariff doubles", "*Vehicles.* Cars pay …") belongs to the sentence it introduces.
    if (j > i + 1 && stop[0] !== '?' && LEAD_IN.test(prose.slice(sentenceStart, j))) continue;
    let k = j;
    while (k < end && /\s/.test(prose[k])) k++;
    // A reply or post marker starts one too: "↳ @buyer: so is it legit??"; so does a footnote's mark ("² Steel …").
    // So does a pronoun or a chat word in lower case, as chat writes it ("… the China fasteners. we were paying 20% …", "… a gift. my supplier …", "… for Malaysia. thats still …"),
    // and an item lettered on a line of its own ("… against copy of B/L.\n  d) In case …").
    // So does a chat handle in lower case on a line of its own ("… now?\ndev: yeah 30% …").
    // Only the space between the stop and the next sentence is searched: a search back from k ran to the paragraph's start for every stop.
    const newLine = prose.slice(j, k + 1).includes('\n');
    const markedLine = newLine && (LETTERED_ITEM.test(prose.slice(k, k + 3)) || HANDLE_OPENS.test(prose.slice(k, k + 24)));
    // A script's line broken off before one that goes on: "FROM TWENTY-FIVE PERCENT ...\nTO FIFTY PERCENT."
    if ((stop[0] === '…' || prose.slice(i - 2, i + 1) === '...') && GOES_ON.test(prose.slice(k, k + 6))) continue;
    if (!markedLine) {
      if (k < end && !/[A-Z0-9"“‘'(\[*_@#↳•>¹²³⁴⁵⁶⁷⁸⁹]/.test(prose[k]) && !PRONOUN_OPENS.test(prose.slice(k, k + 6))) continue;
      if (stop[0] === '.' && ABBREVIATIONS.test(prose.slice(Math.max(sentenceStart, i - 8), i))) continue;
    }
    out.push({ start: sentenceStart, end: j });
    sentenceStart = k;
    STOP.lastIndex = k - start;
  }
  if (prose.slice(sentenceStart, end).trim()) out.push({ start: sentenceStart, end });
  return out;
}

/** A first paragraph of one line, without a full stop, followed by more text: a headline. */
function headlineOf(chunks: LayoutChunk[]): Span | undefined {
  const at = chunks.findIndex((c) => c.paragraphs.length);
  if (at < 0) return undefined;
  const { start, prose, paragraphs } = chunks[at];
  const first = paragraphs[0];
  if (paragraphs.length < 2 && chunks.findIndex((c, i) => i > at && c.paragraphs.length) < 0) return undefined;
  const line = prose.slice(first.start, first.end);
  if (LINE_END.test(line.trimEnd()) || /[.:]\s*$/.test(line)) return undefined;
  return { start: start + first.start, end: start + first.end };
}
