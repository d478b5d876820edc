// The three output formats of `tariff-lens check`. Lines and columns are 1-based;
// columns count UTF-16 code units, as ESLint's do.
import { PROBLEM_VERDICTS, type Claim, type DocumentCheck, type FactFileProblem } from '../core';

export interface CheckedFile {
  path: string;
  text: string;
  result: DocumentCheck;
}

interface Located {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Lines end at \n, \r\n or a lone \r, as editors and LSP count them, so `line:column` opens where the claim is. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function positionOf(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function locate(text: string): (span: { start: number; end: number }) => Located {
  const starts = lineStarts(text);
  return ({ start, end }) => {
    const s = positionOf(starts, start);
    const e = positionOf(starts, end);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
}

export function formatText(files: CheckedFile[], factProblems: FactFileProblem[]): string {
  const lines: string[] = [];
  for (const p of factProblems) lines.push(`${p.path}:${p.line}:${p.column ?? 1}: ${p.severity}: ${p.message}`);
  let claims = 0, problems = 0;
  for (const f of files) {
    const at = locate(f.text);
    for (const d of f.result.directiveProblems) {
      const l = at(d);
      lines.push(`${f.path}:${l.line}:${l.column}: warning: ${d.message}`);
    }
    for (const c of f.result.claims) {
      claims++;
      if (!PROBLEM_VERDICTS.has(c.verdict)) continue;
      problems++;
      const l = at(c);
      lines.push(`${f.path}:${l.line}:${l.column}: ${c.verdict}: ${c.message}`);
    }
  }
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${s(files.length, 'file')} checked: ${s(claims, 'tariff claim')}, ${s(problems, 'problem')}.`);
  return lines.join('\n') + '\n';
}

function claimJson(c: Claim, at: (s: { start: number; end: number }) => Located) {
  return {
    kind: c.kind,
    ...at(c),
    text: c.text,
    ...(c.value !== undefined ? { value: c.value } : {}),
    ...(c.claimedPeriod ? { claimedPeriod: c.claimedPeriod } : {}),
    verdict: c.verdict,
    expected: c.expected,
    ...(c.expectedDates ? { expectedDates: c.expectedDates } : {}),
    factIds: c.factIds,
    message: c.message,
    judgedAt: c.judged.date,
    ...(c.judged.because ? { judgedBecause: c.judged.because } : {}),
    scope: c.scope,
  };
}

export function formatJson(files: CheckedFile[], factProblems: FactFileProblem[]): string {
  return JSON.stringify({
    version: 1,
    files: files.map((f) => {
      const at = locate(f.text);
      return {
        path: f.path,
        asOf: f.result.asOf,
        asOfSource: f.result.asOfSource,
        claims: f.result.claims.map((c) => claimJson(c, at)),
        directiveProblems: f.result.directiveProblems.map((d) => ({ ...at(d), message: d.message })),
      };
    }),
    errors: factProblems.map((p) => ({ path: p.path, line: p.line, severity: p.severity, message: p.message })),
  }, null, 2) + '\n';
}

export function formatSarif(files: CheckedFile[], factProblems: FactFileProblem[]): string {
  const results: unknown[] = [];
  const region = (l: Located) => ({ startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn });
  for (const f of files) {
    const at = locate(f.text);
    for (const c of f.result.claims) {
      if (!PROBLEM_VERDICTS.has(c.verdict)) continue;
      results.push({
        ruleId: c.verdict,
        level: c.verdict === 'contradicted' ? 'error' : 'warning',
        message: { text: c.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.path }, region: region(at(c)) } }],
        properties: { value: c.value, expected: c.expected, factIds: c.factIds, judgedAt: c.judged.date },
      });
    }
  }
  for (const p of factProblems) {
    results.push({
      ruleId: 'fact-file',
      level: p.severity,
      message: { text: p.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: p.path }, region: { startLine: p.line } } }],
    });
  }
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: {
        driver: {
          name: 'tariff-lens',
          rules: [
            { id: 'contradicted', shortDescription: { text: 'The figure disagrees with every fact that applies at the date.' } },
            { id: 'outdated', shortDescription: { text: 'The figure was right earlier and no longer is.' } },
            { id: 'fact-file', shortDescription: { text: 'A fact file entry could not be loaded.' } },
          ],
        },
      },
      results,
    }],
  }, null, 2) + '\n';
}
