// Turns a document into the prose the claim reader works on. Everything that is not
// prose (front matter, code, URLs, directives, memo header fields) is blanked out in a
// copy of the same length, so every offset found in the prose is an offset in the
// document as well. Markdown block structure comes from markdown-it.
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { parseDateText } from './temporal';
import type { AsOfSource, DirectiveProblem, DocumentKind, IsoDate } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  sentences: Span[];
}

export interface TableCell extends Span {
  /** The first cell of the row and the header of the column: they give the cell's scope. */
  rowHeader: string;
  columnHeader: string;
}

export interface DocumentLayout {
  text: string;
  /** `text` with non-prose blanked (newlines kept). */
  prose: string;
  paragraphs: Paragraph[];
  tableCells: TableCell[];
  /** The title: a `#` heading, a SUBJECT/Title line, or a headline first line. */
  title?: Span;
  declaredAsOf?: { date: IsoDate; source: AsOfSource };
  /** Ranges where claims are not reported (disable directives). */
  disabled: Span[];
  directiveProblems: DirectiveProblem[];
}

const markdown = new MarkdownIt({ html: true, linkify: false });

export function layoutOf(text: string, kind: DocumentKind): DocumentLayout {
  const prose = text.split('');
  const blank = (start: number, end: number) => {
    for (let i = start; i < end && i < prose.length; i++) if (prose[i] !== '\n' && prose[i] !== '\r') prose[i] = ' ';
  };
  const lineStarts = lineStartsOf(text);
  const lineSpan = (first: number, endLine: number): Span => ({
    start: lineStarts[first] ?? text.length,
    end: endLine < lineStarts.length ? lineStarts[endLine] : text.length,
  });
  const layout: DocumentLayout = { text, prose: '', paragraphs: [], tableCells: [], disabled: [], directiveProblems: [] };

  const frontMatter = kind === 'markdown' ? readFrontMatter(text) : undefined;
  if (frontMatter) {
    blank(0, frontMatter.end);
    if (frontMatter.date) layout.declaredAsOf = { date: frontMatter.date, source: 'front-matter' };
  }

  readDirectives(text, kind, layout, blank, lineStarts);

  if (kind === 'markdown') {
    readMarkdownBlocks(text, frontMatter?.end ?? 0, layout, blank, lineSpan);
  } else {
    readMemoHeader(text, layout, blank, lineStarts);
  }
  blankInlineNonProse(text, kind, blank);

  layout.prose = prose.join('');
  layout.paragraphs = paragraphsOf(layout.prose, kind);
  if (!layout.title) layout.title = headlineOf(layout.prose, layout.paragraphs);
  return layout;
}

/** Where a line ends: \n, \r\n or a lone \r, as markdown-it, LSP and editors count lines. */
const LINE_END = /\r(?!\n)|\n/;

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  return starts;
}

function readFrontMatter(text: string): { end: number; date?: IsoDate } | undefined {
  const m = /^---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|$)/.exec(text);
  if (!m) return undefined;
  let date: IsoDate | undefined;
  try {
    const data = parseYaml(m[1], { maxAliasCount: 100 }) as Record<string, unknown> | null;
    const value = data && typeof data === 'object' ? data['as-of'] ?? data.asOf ?? data.date : undefined;
    if (value instanceof Date) date = value.toISOString().slice(0, 10);
    else if (value !== undefined && value !== null) date = parseDateText(String(value));
  } catch {
    // Front matter that is not YAML is still not prose; it just declares no date.
  }
  return { end: m[0].length, date };
}

const DIRECTIVE = /<!--\s*tariff-lens(\S*)([\s\S]*?)-->|^[ \t]*(?:\/\/|#)[ \t]*tariff-lens(\S*)(.*)$/gm;
const KNOWN_DIRECTIVES = ['tariff-lens-disable-next-line', 'tariff-lens-disable', 'tariff-lens-enable', 'tariff-lens as-of: YYYY-MM-DD'];

function readDirectives(text: string, kind: DocumentKind, layout: DocumentLayout, blank: (s: number, e: number) => void, lineStarts: number[]) {
  let disabledFrom: number | undefined;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const comment = m[1] !== undefined;
    if (!comment && kind === 'markdown') continue; // "# tariff-lens" is a heading in Markdown
    const name = 'tariff-lens' + (comment ? m[1] : m[3]);
    const rest = (comment ? m[2] : m[4]).trim();
    const start = m.index;
    const end = m.index + m[0].length;
    blank(start, end);
    if (name === 'tariff-lens' && /^as-of\s*:/i.test(rest)) {
      const date = parseDateText(rest.replace(/^as-of\s*:/i, '').trim());
      if (date) layout.declaredAsOf = { date, source: 'directive' };
      else layout.directiveProblems.push({ start, end, message: `"${rest}" is not a date: write the as-of date as YYYY-MM-DD, e.g. tariff-lens as-of: 2025-05-05.` });
    } else if (name === 'tariff-lens-disable-next-line') {
      const line = lineOf(lineStarts, end);
      let next = line + 1;
      while (next < lineStarts.length - 1 && text.slice(lineStarts[next], lineStarts[next + 1]).trim() === '') next++;
      layout.disabled.push({ start: lineStarts[next] ?? text.length, end: lineStarts[next + 1] ?? text.length });
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

function lineOf(lineStarts: number[], offset: number): number {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function readMarkdownBlocks(text: string, frontMatterEnd: number, layout: DocumentLayout, blank: (s: number, e: number) => void, lineSpan: (a: number, b: number) => Span) {
  // Parse with the front matter blanked so that markdown-it's line numbers stay the document's.
  const source = text.slice(0, frontMatterEnd).replace(/[^\n]/g, ' ') + text.slice(frontMatterEnd);
  const tokens = markdown.parse(source, {});
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.map) continue;
    const span = lineSpan(t.map[0], t.map[1]);
    if (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block') blank(span.start, span.end);
    else if (t.type === 'heading_open' && t.tag === 'h1' && !layout.title) {
      layout.title = { start: span.start, end: span.end };
    } else if (t.type === 'table_open') {
      layout.tableCells.push(...tableCellsOf(text, span));
      blank(span.start, span.end);
    }
  }
}

function tableCellsOf(text: string, table: Span): TableCell[] {
  const rows: { cells: Span[] }[] = [];
  let lineStart = table.start;
  for (const line of text.slice(table.start, table.end).split(LINE_END)) {
    const cells: Span[] = [];
    let cellStart = lineStart;
    for (let i = 0; i <= line.length; i++) {
      const ch = line[i];
      if (i === line.length || (ch === '|' && line[i - 1] !== '\\')) {
        const s = cellStart, e = lineStart + i;
        if (text.slice(s, e).trim() !== '' || (i < line.length && s !== lineStart)) cells.push({ start: s, end: e });
        cellStart = lineStart + i + 1;
      }
    }
    // Drop the empty edges that leading and trailing pipes leave.
    rows.push({ cells: cells.filter((c) => text.slice(c.start, c.end).trim() !== '' || true) });
    lineStart += line.length + 1;
  }
  const content = (c: Span | undefined) => (c ? text.slice(c.start, c.end).trim() : '');
  const [header, , ...body] = rows;
  if (!header) return [];
  const trimmed = (r: { cells: Span[] }) => r.cells.filter((c, i, all) => !(content(c) === '' && (i === 0 || i === all.length - 1)));
  const headerCells = trimmed(header);
  const out: TableCell[] = [];
  for (const row of body) {
    const cells = trimmed(row);
    cells.forEach((cell, col) => {
      out.push({ start: cell.start, end: cell.end, rowHeader: col === 0 ? '' : content(cells[0]), columnHeader: content(headerCells[col]) });
    });
  }
  return out;
}

const HEADER_FIELD = /^[ \t]*(TO|FROM|DATE|SUBJECT|SUBJ|RE|CC|BCC|TITLE|MEMORANDUM|MEMO)\b[ \t]*:?[ \t]*(.*)$/i;

function readMemoHeader(text: string, layout: DocumentLayout, blank: (s: number, e: number) => void, lineStarts: number[]) {
  for (let line = 0; line < Math.min(lineStarts.length, 15); line++) {
    const start = lineStarts[line];
    let end = (lineStarts[line + 1] ?? text.length + 1) - 1;
    if (text[end - 1] === '\r' && text[end] === '\n') end--; // a CRLF line: the field's value stops before \r
    const m = HEADER_FIELD.exec(text.slice(start, end));
    if (!m || (!/:/.test(text.slice(start, end)) && !/^\s*MEMO(RANDUM)?\s*$/i.test(m[0]))) continue;
    const field = m[1].toUpperCase();
    if (field === 'SUBJECT' || field === 'SUBJ' || field === 'RE' || field === 'TITLE') {
      if (!layout.title) layout.title = { start: start + m[0].length - m[2].length, end };
      continue; // a subject is prose: it may carry claims
    }
    if (field === 'DATE' && !layout.declaredAsOf) {
      const date = parseDateText(m[2]);
      if (date) layout.declaredAsOf = { date, source: 'header' };
    }
    blank(start, end);
  }
}

// Inline code, URLs and link targets are not prose in any kind of document.
const INLINE_NON_PROSE = /(`+)[^`]*?\1|\]\([^)\s]*(?:\s+"[^"]*")?\)|<https?:[^>\s]*>|\b(?:https?:\/\/|www\.)[^\s<>()"]+/g;

function blankInlineNonProse(text: string, kind: DocumentKind, blank: (s: number, e: number) => void) {
  INLINE_NON_PROSE.lastIndex = 0;
  for (let m = INLINE_NON_PROSE.exec(text); m; m = INLINE_NON_PROSE.exec(text)) {
    if (m[1] && kind !== 'markdown') continue; // backticks are only code in Markdown
    if (m[0].startsWith('](')) blank(m.index + 1, m.index + m[0].length);
    else blank(m.index, m.index + m[0].length);
  }
}

// A new paragraph starts after a blank line, and at a heading or a list item.
const BLOCK_START = /^[ \t]*(?:#{1,6}[ \t]|[-*+•][ \t]|\d{1,3}[.)][ \t]|>)/;

function paragraphsOf(prose: string, kind: DocumentKind): Paragraph[] {
  const out: Paragraph[] = [];
  let start = -1;
  let end = 0;
  let offset = 0;
  const close = () => {
    if (start >= 0) out.push({ start, end, sentences: sentencesIn(prose, start, end) });
    start = -1;
  };
  for (const line of prose.split(LINE_END)) {
    const lineEnd = offset + line.length;
    if (line.trim() === '') close();
    else {
      if (start >= 0 && (BLOCK_START.test(line) || (kind !== 'markdown' && /^[A-Z ]{3,}:?\s*$/.test(line.trim())))) close();
      if (start < 0) start = offset + (line.length - line.trimStart().length);
      end = lineEnd;
    }
    offset = lineEnd + 1;
  }
  close();
  return out;
}

const ABBREVIATIONS = /(?:\b(?:U\.S|U\.K|E\.U|Mr|Mrs|Ms|Dr|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|vs|approx|Inc|Corp|Ltd|Co|Gov|Sen|Rep|Sec|Art|para|fig|Proc|Exec)|\b[A-Z])$/;

/** Sentence spans in prose[start, end): a stop followed by space and a capital, digit or quote. */
export function sentencesIn(prose: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const ch = prose[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '。') continue;
    let j = i + 1;
    while (j < end && /["'”’)\]]/.test(prose[j])) j++;
    if (j < end && !/\s/.test(prose[j])) continue;
    let k = j;
    while (k < end && /\s/.test(prose[k])) k++;
    if (k < end && !/[A-Z0-9"“‘'(\[]/.test(prose[k])) continue;
    if (ch === '.' && ABBREVIATIONS.test(prose.slice(Math.max(sentenceStart, i - 8), i))) continue;
    out.push({ start: sentenceStart, end: j });
    sentenceStart = k;
    i = k - 1;
  }
  if (prose.slice(sentenceStart, end).trim()) out.push({ start: sentenceStart, end });
  return out;
}

/** A first paragraph of one line, without a full stop, followed by more text: a headline. */
function headlineOf(prose: string, paragraphs: Paragraph[]): Span | undefined {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return undefined;
  const line = prose.slice(first.start, first.end);
  if (LINE_END.test(line.trimEnd()) || /[.:]\s*$/.test(line)) return undefined;
  return { start: first.start, end: first.end };
}
