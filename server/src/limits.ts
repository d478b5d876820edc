// The limits a user can see: a document over `tariffLens.maxDocumentSize` is checked
// up to a paragraph boundary before the limit, and a check that runs past
// `tariffLens.checkTimeLimit` is abandoned for that version. Either way the user is
// told, in the document (a diagnostic) and in the status item; never a silent cut.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { OpenDocument } from './documents';
import { DIAGNOSTIC_SOURCE } from './protocol';

/**
 * How much of a document's text (a string, or a DocumentText) to check: all of it when it fits, else up to the last blank line
 * before `limit` (a paragraph boundary), else the last line end, else the limit itself
 * (never between the halves of a surrogate pair).
 */
export function checkedLength(document: { length: number; toString(): string }, limit: number): number {
  if (document.length <= limit) return document.length;
  // Joined into one string only when it is to be cut.
  const text = document.toString();
  let lineEnd = text.lastIndexOf('\n', limit - 1);
  const lastLineEnd = lineEnd;
  while (lineEnd > 0) {
    const previous = text.lastIndexOf('\n', lineEnd - 1);
    if (text.slice(previous + 1, lineEnd).trim() === '') return lineEnd + 1;
    lineEnd = previous;
  }
  if (lastLineEnd > 0) return lastLineEnd + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

const count = (n: number) => n.toLocaleString('en');

/** Where checking stopped, said at that place in the document. */
export function sizeLimitDiagnostic(document: OpenDocument, checked: number, total: number, limit: number): Diagnostic {
  const at = document.positionAt(checked);
  return {
    range: { start: at, end: { line: at.line, character: at.character + 1 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'size-limit',
    message: `Tariff Lens checked the first ${count(checked)} of ${count(total)} characters (tariffLens.maxDocumentSize is ${count(limit)}): nothing from here on is checked. Raise the setting or split the document to check the rest.`,
  };
}

/** A check abandoned for this version: no claims are shown rather than some. */
export function timeLimitDiagnostic(limitMs: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: 'time-limit',
    message: `Tariff Lens stopped checking this version after ${count(limitMs)} ms (tariffLens.checkTimeLimit), so no claims are shown. Raise the setting, or split the document; the next edit checks again.`,
  };
}
