// Quick fixes for claim diagnostics. Everything comes from `Diagnostic.data` (or, for
// fix-all, from the diagnostics of the document's last check): nothing is re-checked.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { OpenDocument } from './documents';
import { PROBLEM_VERDICTS, type Verdict } from './core';
import { kindOf, type CheckedDocument } from './diagnostics';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, type CitationData, type ClaimDiagnosticData } from './protocol';

const IGNORE_DIRECTIVE = 'tariff-lens-disable-next-line';

export function codeActions(params: CodeActionParams, document: OpenDocument, checked: CheckedDocument | undefined): CodeAction[] {
  const wanted = (kind: string) => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const data = claimData(diagnostic);
      // A diagnostic whose text has since been edited no longer says where the figure is.
      if (data && document.getText(diagnostic.range) === data.text) actions.push(...claimFixes(document, diagnostic, data));
    }
  }
  const fixAll = checked && wanted(FIX_ALL_KIND) ? fixAllAction(document, checked) : undefined;
  if (fixAll) actions.push(fixAll);
  return actions;
}

function claimFixes(document: OpenDocument, diagnostic: Diagnostic, data: ClaimDiagnosticData): CodeAction[] {
  const actions: CodeAction[] = data.fixes.map((fix, index) => ({
    title: `Change ${data.text} to ${fix.replacement}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: fix.replacement }] } },
  }));
  // Citing a source next to a figure it contradicts would mislead, so a problem is cited only with its fix.
  const citable = data.fixes.length > 0 || !PROBLEM_VERDICTS.has(data.verdict as Verdict);
  if (data.citation && citable && kindOf(document) === 'markdown') actions.push(citationAction(document, diagnostic, data, data.citation));
  actions.push({
    title: 'Ignore this claim',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [ignoreEdit(document, diagnostic.range)] } },
  });
  return actions;
}

/**
 * Cites the source as a Markdown footnote after the figure. On a wrong figure the
 * source backs the right one, so the citation comes with the best fix.
 */
function citationAction(document: OpenDocument, diagnostic: Diagnostic, data: ClaimDiagnosticData, citation: CitationData): CodeAction {
  const label = `[^${citation.factId}]`;
  const fix = data.fixes[0];
  const figure = fix ? fix.replacement : data.text;
  const edits: TextEdit[] = [{ range: diagnostic.range, newText: `${figure}${label}` }];
  const text = document.getText();
  if (!text.includes(`${label}:`)) {
    const end = document.positionAt(text.length);
    const separator = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    edits.push({ range: { start: end, end }, newText: `${separator}${label}: ${footnoteText(citation)}\n` });
  }
  return {
    title: fix ? `Change ${data.text} to ${fix.replacement} and cite the source` : 'Cite the source',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: edits } },
  };
}

function footnoteText(citation: CitationData): string {
  const title = citation.title.replace(/[[\]]/g, '\\$&');
  const linked = citation.url ? `[${title}](${citation.url})` : title;
  return `${linked}${citation.date ? `, ${citation.date}` : ''}.`;
}

/** A directive line above the claim's line, indented like it. */
function ignoreEdit(document: OpenDocument, range: Range): TextEdit {
  const lineStart = { line: range.start.line, character: 0 };
  const line = document.getText({ start: lineStart, end: { line: range.start.line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(line)![0];
  const directive = kindOf(document) === 'markdown' ? `<!-- ${IGNORE_DIRECTIVE} -->` : `// ${IGNORE_DIRECTIVE}`;
  return { range: { start: lineStart, end: lineStart }, newText: `${indent}${directive}\n` };
}

function fixAllAction(document: OpenDocument, checked: CheckedDocument): CodeAction | undefined {
  const edits: TextEdit[] = [];
  for (const diagnostic of checked.diagnostics) {
    const fix = claimData(diagnostic)?.fixes[0];
    if (fix) edits.push({ range: diagnostic.range, newText: fix.replacement });
  }
  if (edits.length === 0) return undefined;
  // No `diagnostics` list: a source action needs none, and the editor asks for code actions
  // at every cursor move, so repeating every problem of a long memo in each answer would
  // make each of them megabytes.
  return {
    title: 'Fix all tariff-rate problems',
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: edits } },
  };
}

function claimData(diagnostic: Diagnostic): ClaimDiagnosticData | undefined {
  const data = diagnostic.data as ClaimDiagnosticData | undefined;
  const ok = diagnostic.source === DIAGNOSTIC_SOURCE && typeof data?.text === 'string' && Array.isArray(data.fixes);
  return ok ? data : undefined;
}
