// The open documents, each kept as the pieces its edits left (the engine's DocumentText)
// instead of one string per version: an edit of a long document then copies what it
// splits, not the whole text, and the engine's check of it reads only the chunks the
// edit touched. Positions map to offsets through line starts kept up to date per edit,
// as vscode-languageserver-textdocument does.
import { TextDocuments } from 'vscode-languageserver';
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { DocumentText, lineStartsOf } from './core';

export class OpenDocument {
  private lineStarts: number[] | undefined;

  constructor(readonly uri: string, readonly languageId: string, public version: number, public text: DocumentText) {}

  getText(range?: Range): string {
    return range ? this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end)) : this.text.toString();
  }

  get lineCount(): number {
    return this.starts().length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts();
    const line = lineHolding(starts, offset);
    return { line, character: this.beforeLineEnd(offset, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.starts();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeLineEnd(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  /** Applies the changes in order (each range is in the text its predecessors left). */
  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        this.text = DocumentText.of(change.text);
        this.lineStarts = undefined;
        continue;
      }
      const [start, end] = [this.offsetAt(change.range.start), this.offsetAt(change.range.end)].sort((a, b) => a - b);
      const lines = this.starts();
      // The lines that started inside what the edit replaced.
      const startLine = lineHolding(lines, start);
      const endLine = lineHolding(lines, end);
      this.text = this.text.edited(start, end, change.text);
      const insertedEnd = start + change.text.length;
      // Next to a CR, an edit may join it to an LF or part them: the lines are counted again from the start.
      if (this.text.charCodeAt(start - 1) === CR || this.isCrLf(insertedEnd - 1)) {
        this.lineStarts = undefined;
        continue;
      }
      const added = lineStartsOf(change.text).slice(1).map((at) => start + at);
      lines.splice(startLine + 1, endLine - startLine, ...added);
      const shift = change.text.length - (end - start);
      if (shift) for (let i = startLine + 1 + added.length; i < lines.length; i++) lines[i] += shift;
    }
    this.version = version;
  }

  private starts(): number[] {
    return (this.lineStarts ??= lineStartsOf(this.text.toString()));
  }

  private isCrLf(offset: number): boolean {
    return this.text.charCodeAt(offset) === CR && this.text.charCodeAt(offset + 1) === LF;
  }

  /** `offset`, or where the line end it stands in starts (never before the line's start). */
  private beforeLineEnd(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineEnd(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/** The open documents, kept as OpenDocuments. */
export function openDocuments(): TextDocuments<OpenDocument> {
  return new TextDocuments<OpenDocument>({
    create: (uri, languageId, version, content) => new OpenDocument(uri, languageId, version, DocumentText.of(content)),
    update: (document, changes, version) => {
      document.update(changes, version);
      return document;
    },
  });
}

const CR = 13;
const LF = 10;
const isLineEnd = (code: number) => code === CR || code === LF;

/** The line that holds `offset`: the last whose start is at or before it. */
function lineHolding(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}
