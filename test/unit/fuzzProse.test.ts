// Property and fuzz tests of claim reading on hostile prose: the project's own memos
// cut and spliced with odd Unicode, odd line ends, huge lines and deep Markdown. For
// every input: no exception; every range lies in the document and covers exactly the
// claim's text (as offsets, as LSP positions, as the CLI's 1-based lines and columns);
// the same input gives the same claims; an edit in one paragraph leaves the claims of
// the others as they were. Fixed seed; see test/support/fuzz.ts for longer runs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, type DocumentCheck, type DocumentKind } from 'tariff-lens';
import type * as CliOutput from '../../server/src/cli/output';
import type * as Figures from '../../server/src/core/figures';
import { builtinFacts, repoRoot } from '../support/engine';
import { checkProperty, corpus, corpusCut, documentKinds, FIGURE_NOISE, hostileProse, lineEnds, UNICODE_NOISE, withLineEnds } from '../support/fuzz';

// The CLI's formatter, as the command line runs it (it is not part of the engine's exports).
const { formatJson } = require(join(repoRoot, 'server', 'out', 'cli', 'output.js')) as typeof CliOutput;
const { figuresIn } = require(join(repoRoot, 'server', 'out', 'core', 'figures.js')) as typeof Figures;

const facts = builtinFacts();
const OPTIONS = { asOf: '2025-09-01', today: '2025-09-01' };

const check = (text: string, kind: DocumentKind): DocumentCheck => checkDocument(text, facts, { kind, ...OPTIONS });

/** Every range of a check lies in the text and covers its claim's text, in all three position schemes. */
function assertRangesHold(text: string, kind: DocumentKind, result: DocumentCheck): void {
  const lsp = TextDocument.create('file:///fuzz', kind, 1, text);
  for (const claim of result.claims) {
    assert.ok(Number.isInteger(claim.start) && Number.isInteger(claim.end), 'integer offsets');
    assert.ok(claim.start >= 0 && claim.start < claim.end && claim.end <= text.length, `range ${claim.start}-${claim.end} inside 0-${text.length}`);
    assert.equal(text.slice(claim.start, claim.end), claim.text, 'the range covers the claim text');
    if (claim.kind === 'rate' || claim.value !== undefined) assert.ok(Number.isFinite(claim.value), `a finite value for ${claim.kind} ${claim.text}`);
    const range = { start: lsp.positionAt(claim.start), end: lsp.positionAt(claim.end) };
    assert.equal(lsp.getText(range), claim.text, 'the LSP range covers the claim text');
  }
  for (const problem of result.directiveProblems) {
    assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= text.length, 'directive problem inside the text');
  }
  // The CLI's 1-based lines and columns (UTF-16 units) point where an editor would.
  const [file] = JSON.parse(formatJson([{ path: 'fuzz', text, result }], [])).files;
  file.claims.forEach((c: { line: number; column: number; endLine: number; endColumn: number }, i: number) => {
    const claim = result.claims[i];
    assert.deepEqual(
      [c.line, c.column, c.endLine, c.endColumn],
      [lsp.positionAt(claim.start).line + 1, lsp.positionAt(claim.start).character + 1, lsp.positionAt(claim.end).line + 1, lsp.positionAt(claim.end).character + 1],
      'CLI line:column is the editor position + 1',
    );
  });
}

/** The claims of a check, without the parts that depend on where they are. */
const shapeOf = (result: DocumentCheck, shift = 0) => result.claims.map((c) => ({ ...c, start: c.start - shift, end: c.end - shift }));

describe('hostile prose never breaks claim reading', () => {
  test('spliced corpus and hostile Unicode: no exception, ranges exact, deterministic', () => {
    checkProperty(300, hostileProse, documentKinds, lineEnds, (raw, kind, ends) => {
      const text = withLineEnds(raw, ends);
      const first = check(text, kind);
      assertRangesHold(text, kind, first);
      check(corpus()[0], 'markdown'); // anything left over from another document must not leak
      assert.deepEqual(check(text, kind), first, 'the same input gives the same claims');
    });
  });

  test('figures wrapped in zero-width, non-breaking and bidi characters', () => {
    const around = fc.constantFrom('', ...UNICODE_NOISE);
    checkProperty(200, fc.constantFrom(...FIGURE_NOISE), around, around, corpusCut, documentKinds, (figure, before, after, context, kind) => {
      const text = `Tariffs on Japan. ${context} Japanese cars pay a ${before}${figure}${after} tariff. ${context}`;
      assertRangesHold(text, kind, check(text, kind));
    });
  });

  test('100,000-character lines', () => {
    const line = fc.tuple(fc.constantFrom('Steel pays a 25% tariff, ', 'x', '25%', '% ', 'the duty, ', '🇯🇵', '\u200B25\u00A0% ', 'a. B'), fc.constantFrom('markdown', 'plaintext') as fc.Arbitrary<DocumentKind>)
      .map(([unit, kind]) => ({ text: 'Tariffs\n\n' + unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000) + '\n', kind }));
    checkProperty(4, line, ({ text, kind }) => {
      const started = Date.now();
      assertRangesHold(text, kind, check(text, kind));
      assert.ok(Date.now() - started < 10_000, `a 100,000-character line took ${Date.now() - started} ms`);
    });
  });

  test('deeply nested Markdown', () => {
    const nesting = fc.tuple(fc.constantFrom('> ', '- ', '  - ', '1. ', '* > ', '[', '*', '_', '<div>', '`', '~~~\n'), fc.integer({ min: 50, max: 3000 }), fc.constantFrom('\n', '\r\n', '\r'))
      .map(([open, depth, eol]) => `# Tariffs${eol}${eol}${open.repeat(depth)}Japanese cars pay a 25% tariff.${eol}${eol}Steel pays 50%.${eol}`);
    checkProperty(12, nesting, (text) => {
      for (const kind of ['markdown', 'plaintext'] as const) assertRangesHold(text, kind, check(text, kind));
    });
  });
});

describe('line ends do not change what is read', () => {
  /** Claims by editor position, with line ends in quoted text written as \n: the same whatever the line ends. */
  const byPosition = (text: string, result: DocumentCheck) => {
    const lsp = TextDocument.create('file:///fuzz', 'markdown', 1, text);
    const claims = result.claims.map(({ start, end, ...claim }) => ({ ...claim, from: lsp.positionAt(start), to: lsp.positionAt(end) }));
    return JSON.parse(JSON.stringify(claims).replace(/\\r\\n|\\r/g, '\\n'));
  };

  test('the same document with LF, CRLF or lone CR line ends gives the same claims at the same positions', () => {
    checkProperty(200, hostileProse, documentKinds, fc.constantFrom<'crlf' | 'cr'>('crlf', 'cr'), (raw, kind, ends) => {
      const lf = withLineEnds(raw, 'lf').replace(/\r\n?/g, '\n');
      const other = withLineEnds(lf, ends);
      assert.deepEqual(byPosition(other, check(other, kind)), byPosition(lf, check(lf, kind)));
    });
  });

  test('code blocks, comments and disable directives hide their figures whatever the line ends', () => {
    const blocks = [
      ['~~~', 'Steel pays a 25% tariff.', '~~~'],
      ['    Copper pays a 50% tariff.'],
      ['<!-- tariff-lens-disable-next-line -->', 'Cars pay a 15% tariff.'],
      ['<!--', 'Trucks pay a 25% tariff.', '-->'],
      ['<!-- tariff-lens-disable -->', 'Buses pay a 10% tariff.', '', 'Vans pay a 20% tariff.', '<!-- tariff-lens-enable -->'],
    ];
    const doc = fc.tuple(fc.shuffledSubarray(blocks), lineEnds).map(([chosen, ends]) => {
      const lines = ['# Tariffs on imports', '', ...chosen.flatMap((b) => [...b, '']), 'Aluminum pays a 10% tariff.', ''];
      return withLineEnds(lines.join('\n'), ends);
    });
    checkProperty(60, doc, (text) => {
      assert.deepEqual(check(text, 'markdown').claims.map((c) => c.text), ['10%']);
    });
  });
});

describe('claims of a paragraph depend on that paragraph only', () => {
  // A head that pins what the whole document decides (its date, title and subject), so
  // that only the paragraphs themselves can change what a claim is read as.
  const head = '<!-- tariff-lens as-of: 2025-09-01 -->\n\n# Tariffs on Japanese goods\n\n';
  // A paragraph of plain prose: no block structure that could reach past its blank lines.
  const paragraph = fc.array(fc.oneof(corpusCut, fc.constantFrom(...FIGURE_NOISE, ...UNICODE_NOISE.filter((u) => !/[\u2028\u2029\u0085]/.test(u)))), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(' ').replace(/[<>`~|#\\*_[\]=-]|\/\//g, ' ').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean).join('\n'))
    .filter((p) => p.trim().length > 0 && !/^\d{1,3}[.)]/m.test(p) && !/^\s*(?:TO|FROM|DATE|SUBJECT|SUBJ|RE|CC|BCC|TITLE|MEMO|MEMORANDUM)\b/im.test(p))
    // Nor a short line alone with no stop and no figure ("the old rate", "rate on Vietnamese 1e3%"): plain text reads it as a heading,
    // which heads the paragraphs after it and lends them its partners.
    .filter((p) => p.includes('\n') || p.length > 80 || /[.!?;,]["'”’)]*$/.test(p) || figuresIn(p).length > 0)
    // Nor a paragraph that ends with a question: the paragraph after it is read as its answer, and takes its partner from it.
    .filter((p) => !/\?["'”’)]*$/.test(p));

  test('editing one paragraph leaves the claims of the others unchanged', () => {
    checkProperty(150, fc.array(paragraph, { minLength: 2, maxLength: 6 }), fc.nat(), paragraph, fc.constantFrom<DocumentKind>('markdown', 'plaintext'), (paragraphs, which, replacement, kind) => {
      const edited = which % paragraphs.length;
      const after = paragraphs.map((p, i) => (i === edited ? replacement : p));
      const offsets = (ps: string[]) => ps.map((_, i) => head.length + ps.slice(0, i).reduce((n, p) => n + p.length + 2, 0));
      const [before, now] = [check(head + paragraphs.join('\n\n'), kind), check(head + after.join('\n\n'), kind)];
      const [startsBefore, startsNow] = [offsets(paragraphs), offsets(after)];
      for (let i = 0; i < paragraphs.length; i++) {
        if (i === edited) continue;
        const inParagraph = (r: DocumentCheck, at: number, length: number) => ({ ...r, claims: r.claims.filter((c) => c.start >= at && c.end <= at + length) });
        assert.deepEqual(
          shapeOf(inParagraph(now, startsNow[i], paragraphs[i].length), startsNow[i]),
          shapeOf(inParagraph(before, startsBefore[i], paragraphs[i].length), startsBefore[i]),
          `paragraph ${i} read differently after paragraph ${edited} changed`,
        );
      }
    });
  });
});
