// Every failure the fuzz and property tests ever found, kept as a plain test with the
// shrunk input, so that it can never come back unnoticed (issue #7). Newest last.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, CheckStopped, type DocumentCheck } from 'tariff-lens';
import type * as CliOutput from '../../server/src/cli/output';
import { repoRoot, sampleFacts } from '../support/engine';

const { formatJson } = require(join(repoRoot, 'server', 'out', 'cli', 'output.js')) as typeof CliOutput;
const OPTIONS = { asOf: '2025-09-01', today: '2025-09-01' };

/** Milliseconds to check `text`. */
function timed(text: string, kind: 'markdown' | 'plaintext' = 'plaintext'): { ms: number; result: DocumentCheck } {
  const started = Date.now();
  const result = checkDocument(text, sampleFacts(), { kind, ...OPTIONS });
  return { ms: Date.now() - started, result };
}

describe('long lines are checked in linear time', () => {
  // Each took tens of seconds at 100,000 characters: every figure searched the whole
  // sentence again (measure words, the words before it, its neighbours).
  test('one sentence of 200,000 characters of "25%"', () => {
    const { ms } = timed('Tariffs\n\n' + '25%'.repeat(66_667));
    assert.ok(ms < 3000, `took ${ms} ms`);
  });

  test('one sentence of figures behind zero-width and non-breaking spaces', () => {
    const { ms } = timed('Tariffs\n\n' + '\u200B25\u00A0% '.repeat(33_334));
    assert.ok(ms < 3000, `took ${ms} ms`);
  });

  test('a sentence of 4,000 claims keeps each claim\'s range', () => {
    const text = 'Tariffs\n\n' + 'Steel pays a 25% tariff, '.repeat(4000);
    const { ms, result } = timed(text);
    assert.ok(ms < 3000, `took ${ms} ms`);
    assert.equal(result.claims.length, 4000);
    assert.ok(result.claims.every((c) => text.slice(c.start, c.end) === '25%'));
  });

  // Each figure whose words name goods of their own searched every figure's words for every product named.
  test('a sentence of 4,000 figures, half of them naming goods of their own', () => {
    const { ms, result } = timed('Tariffs\n\n' + 'goods pay 25%, steel 50%, '.repeat(2000));
    assert.ok(ms < 3000, `took ${ms} ms`);
    assert.ok(result.claims.length >= 2000);
  });

  // Each figure searched the whole sentence for a semicolon and a condition that opens it, and all
  // its goods for those of its own words: six times the figures took sixteen times as long (stop 58).
  test('a sentence of 24,000 figures joined by "and", without a semicolon', () => {
    const fastest = (figures: number) => Math.min(...[0, 1].map(() => timed('Tariffs\n\n' + 'steel pays 25 percent and '.repeat(figures)).ms));
    const [small, large] = [fastest(4_000), fastest(24_000)];
    assert.ok(large < 10 * Math.max(small, 20), `4,000 figures took ${small} ms, 24,000 took ${large} ms`);
  });

  // Every sentence copied the partners and products of all earlier sentences of its paragraph.
  // Judged by how the time grows, not by a bound in milliseconds, which a busy host broke:
  // five times the sentences take about five times as long, where that copying took 25.
  test('a paragraph of 50,000 short sentences', () => {
    const fastest = (sentences: number) => Math.min(...[0, 1].map(() => timed('Tariffs\n\n' + 'a. B'.repeat(sentences)).ms));
    const [small, large] = [fastest(10_000), fastest(50_000)];
    assert.ok(large < 12 * Math.max(small, 20), `10,000 sentences took ${small} ms, 50,000 took ${large} ms`);
  });

  // Each claim that names no partner walked back over every sentence before it for one that does:
  // 32,000 such sentences took 24 s, four times as long as 16,000 (stop 58).
  test('a paragraph of 20,000 claims that name no partner', () => {
    const fastest = (sentences: number) => Math.min(...[0, 1].map(() => timed('Tariffs\n\n' + 'Copper pays 50 percent. '.repeat(sentences)).ms));
    const [small, large] = [fastest(4_000), fastest(20_000)];
    assert.ok(large < 12 * Math.max(small, 20), `4,000 sentences took ${small} ms, 20,000 took ${large} ms`);
  });
});

describe('the CLI counts lines as editors do', () => {
  // Found with "cr" line ends: the CLI counted only \n, so a memo saved with lone CRs
  // had every claim on line 1 while the editor showed it on line 3.
  for (const [name, eol, line] of [['lone CR', '\r', 3], ['CRLF', '\r\n', 3], ['mixed', '\r\n\r', 5]] as const) {
    test(name, () => {
      const text = `<!-- tariff-lens as-of: 2025-11-03 -->${eol}${eol}Copper from every partner pays a 10% tariff`;
      const result = checkDocument(text, sampleFacts(), { kind: 'plaintext', ...OPTIONS });
      const [claim] = JSON.parse(formatJson([{ path: 'memo.txt', text, result }], [])).files[0].claims;
      const lsp = TextDocument.create('file:///memo.txt', 'plaintext', 1, text);
      const start = lsp.positionAt(text.indexOf('10%'));
      assert.deepEqual([claim.line, claim.column], [start.line + 1, start.character + 1]);
      assert.equal(claim.line, line);
    });
  }
});

describe('line ends of every kind are line ends', () => {
  // Found by comparing LF, CRLF and lone-CR copies of the same text: a Windows memo's
  // DATE: header was not read (its value ended in \r), and with lone CRs the document
  // was one long line, so directives, paragraphs and front matter were lost.
  for (const [name, eol] of [['CRLF', '\r\n'], ['lone CR', '\r']] as const) {
    test(`a memo header with ${name}`, () => {
      const memo = ['DATE: May 5, 2025', 'SUBJECT: Steel duties', '', 'Steel imports from every partner pay a 25% tariff.', ''].join(eol);
      const result = checkDocument(memo, sampleFacts(), { kind: 'memo', ...OPTIONS });
      assert.deepEqual([result.asOf, result.asOfSource], ['2025-05-05', 'header']);
    });

    test(`front matter with ${name}`, () => {
      const text = ['---', 'date: 2025-05-05', '---', 'Steel imports pay a 25% tariff.', ''].join(eol);
      assert.equal(checkDocument(text, sampleFacts(), { kind: 'markdown', ...OPTIONS }).asOfSource, 'front-matter');
    });

    test(`disable-next-line and paragraphs with ${name}`, () => {
      const text = ['Intro.', '<!-- tariff-lens-disable-next-line -->', 'Steel pays a 25% tariff.', '', 'Cars pay a 15% tariff.'].join(eol);
      assert.deepEqual(checkDocument(text, sampleFacts(), { kind: 'markdown', ...OPTIONS }).claims.map((c) => c.text), ['15%']);
    });
  }
});

describe('a year at the end of a line before a percent sign', () => {
  // Found comparing LF and CRLF copies: "2025\n%" was blanked as a figure (any space
  // before "%"), "2025\r\n%" was not, so the same date read as "May 5" or "May 5, 2025".
  test('is read the same with LF and CRLF', () => {
    const because = (text: string) => checkDocument(text, sampleFacts(), { kind: 'markdown', ...OPTIONS }).claims.map((c) => c.judged.because);
    const lf = 'On May 5, 2025\n%reciprocal 25 %';
    assert.deepEqual(because(lf), because(lf.replace('\n', '\r\n')));
    assert.deepEqual(because(lf), ['May 5, 2025']);
  });
});

describe('a check can be stopped', () => {
  test('shouldStop is asked between sentences, and stopping throws CheckStopped', () => {
    let asked = 0;
    const text = 'Steel pays a 25% tariff. Cars pay 15%. Copper pays 50%.\n\nA tariff of 10% applies.';
    assert.throws(
      () => checkDocument(text, sampleFacts(), { kind: 'plaintext', ...OPTIONS, shouldStop: () => ++asked > 2 }),
      (error: unknown) => error instanceof CheckStopped,
    );
    assert.equal(asked, 3);
  });

  test('a check that is never asked to stop gives the same claims', () => {
    const text = 'Steel pays a 25% tariff. Cars pay 15%.';
    const plain = checkDocument(text, sampleFacts(), { kind: 'plaintext', ...OPTIONS });
    assert.deepEqual(checkDocument(text, sampleFacts(), { kind: 'plaintext', ...OPTIONS, shouldStop: () => false }), plain);
  });
});

describe('a figure that opens the text', () => {
  test('after "to", with no figure before it to be the start of a range, is read on its own', () => {
    // Read as the end of a range whose start did not exist, it threw.
    const claims = checkDocument(' to 1.2% in the quarter the duties', sampleFacts(), { kind: 'markdown', ...OPTIONS }).claims;
    assert.deepEqual(claims.map((c) => c.text), ['1.2%']);
  });
});

describe('lone CR line ends', () => {
  test('are read as line ends: a figure after one is found as after LF', () => {
    // The readings that look for a line's end found none in a CR file, and a figure on the
    // second line was read as part of the first line's date and dropped.
    const lf = 'Vietnamese goods pay a 46% tariff until at least AuguDATE: May 5, 2025\nVietnam, where our sneakers are made, is stuck at 46%';
    const claimsOf = (text: string) => checkDocument(text, sampleFacts(), { kind: 'markdown', ...OPTIONS }).claims.map((c) => [c.start, c.text, c.verdict]);
    assert.deepEqual(claimsOf(lf.replace('\n', '\r')), claimsOf(lf));
    assert.equal(claimsOf(lf).length, 2);
  });
});

describe('blanks before a line break (stop 57)', () => {
  // Found comparing LF and CRLF copies: a line's trailing CR (or space) before its line
  // feed changed which words a figure on the next line took as its own, and with them
  // whether it was read as a claim at all.
  test('a line ending in CR, a space or nothing gives the same claims', () => {
    const text = (end: string) => `For goods from Canada,// tariff-lens-disable-next-line${end}\nbove the quota, British  seen quotes that put Vietnamese goods at 46%`;
    const claims = (end: string) => checkDocument(text(end), sampleFacts(), { kind: 'plaintext', ...OPTIONS }).claims.map((c) => [c.text, c.verdict, c.start - end.length]);
    assert.deepEqual(claims('\r'), claims(''));
    assert.deepEqual(claims(' '), claims(''));
  });
});
