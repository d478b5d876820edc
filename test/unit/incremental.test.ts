// What makes an edit cheap must not change a result: the layout read chunk by chunk,
// a check that reuses the last one's paragraphs (CheckCache), and facts drawn from the
// fact base's index instead of filtered from all of them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { CheckCache, checkDocument, DocumentCheckRun, DocumentText, FactBase, type CheckOptions, type DocumentKind } from 'tariff-lens';
import type * as Document from '../../server/src/core/document';
import type * as FactBaseModule from '../../server/src/core/factBase';
import type * as Vocabulary from '../../server/src/core/vocabulary';
import { builtinFacts, repoRoot, sampleFacts } from '../support/engine';
import { checkProperty, corpus, documentKinds, STRUCTURE_NOISE } from '../support/fuzz';

const { layingOut, LayoutCache } = require(join(repoRoot, 'server', 'out', 'core', 'document.js')) as typeof Document;
const { coversProducts } = require(join(repoRoot, 'server', 'out', 'core', 'factBase.js')) as typeof FactBaseModule;
const { SCOPE_CHANGING_MEASURES } = require(join(repoRoot, 'server', 'out', 'core', 'vocabulary.js')) as typeof Vocabulary;

/** The layout of `text`, all its steps taken. */
function layoutOf(text: string, kind: DocumentKind, cache?: InstanceType<typeof LayoutCache>): Document.DocumentLayout {
  const laying = layingOut(DocumentText.of(text), kind, cache);
  for (;;) {
    const step = laying.next();
    if (step.done) return step.value;
  }
}

type Layout = ReturnType<typeof layoutOf>;
const moved = <T extends { start: number; end: number }>(span: T, by: number): T => ({ ...span, start: span.start + by, end: span.end + by });
/** The whole document's prose: its chunks' together. */
const proseOf = (l: Layout) => l.chunks.map((c) => c.prose).join('');

/** The layout as the whole document reads, offsets the document's: not how it is cut into chunks, which only says where a paragraph or cell came from. */
function plainLayout(text: string, kind: DocumentKind, cache?: InstanceType<typeof LayoutCache>) {
  const l = layoutOf(text, kind, cache);
  return {
    prose: proseOf(l), title: l.title, declaredAsOf: l.declaredAsOf, disabled: l.disabled, directiveProblems: l.directiveProblems,
    paragraphs: l.chunks.flatMap(({ start, paragraphs }) => paragraphs.map((p) => ({ ...moved(p, start), sentences: p.sentences.map((s) => moved(s, start)) }))),
    tableCells: l.chunks.flatMap(({ start, tableCells }) => tableCells.map((c) => moved(c, start))),
  };
}

/** `text` with each of `parts` turned to spaces, line ends kept. */
const blankedOut = (text: string, ...parts: string[]) => parts.reduce((out, part) => out.replace(part, part.replace(/[^\n]/g, ' ')), text);
const blankedLines = (text: string, kind: DocumentKind) => proseOf(layoutOf(text, kind)).split('\n').map((line, i) => (line.trim() === '' && text.split('\n')[i].trim() !== '' ? i : -1)).filter((i) => i >= 0);

describe('the layout, chunk by chunk', () => {
  test('what runs on across blank lines still runs on: fences, comments, disable ranges', () => {
    const fence = 'Intro 5% tariff.\n\n```\ncode 10%\n\nmore code 20%\n```\n\nAfter 30% tariff.\n';
    assert.deepEqual(blankedLines(fence, 'markdown'), [2, 3, 5, 6]);
    const unclosed = 'Intro.\n\n```\ncode\n\nStill code 20% tariff.\n\nAnd this.\n';
    assert.deepEqual(blankedLines(unclosed, 'markdown'), [2, 3, 5, 7]);
    const comment = 'Intro.\n\n<!--\nhidden 5%\n\nhidden 6%\n-->\n\nShown 7% tariff.\n';
    assert.deepEqual(blankedLines(comment, 'markdown'), [2, 3, 5, 6]);
    const directives = '<!-- tariff-lens-disable -->\nA 5% tariff.\n\nB 6% tariff.\n\n<!-- tariff-lens-enable -->\nC 7% tariff.\n\n<!-- tariff-lens-disable-next-line -->\n\n\nD 8% tariff.\nE 9% tariff.\n';
    const l = layoutOf(directives, 'markdown');
    assert.deepEqual(l.disabled.map((d) => directives.slice(d.start, d.end)), ['\nA 5% tariff.\n\nB 6% tariff.\n\n', 'D 8% tariff.\n']);
  });

  test('a code span or link title wraps onto the next line but, as in Markdown, ends at a blank line', () => {
    const wrapped = 'Code `25% tariff\nstill code` and 30% tariff, [link](https://example.org "a\ntitle") done.\n';
    assert.equal(proseOf(layoutOf(wrapped, 'markdown')), blankedOut(wrapped, '`25% tariff\nstill code`', '(https://example.org "a\ntitle")'));
    // A stray backtick or quote leaves the paragraphs after it as prose, however far the next one is.
    const stray = 'Type `25% tariff\n\nSteel pays a 30% tariff.\n\nSee [x](https://example.org "t\n\nJapan pays 15%.\n\nThen `code` ends.\n';
    assert.equal(proseOf(layoutOf(stray, 'markdown')), blankedOut(stray, 'https://example.org', '`code`'));
  });

  test('a fence left open runs to the end of a long document, which is laid out whole either way', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} says steel pays a 25% tariff.`);
    const text = [...paragraphs.slice(0, 1500), '```', ...paragraphs.slice(1500)].join('\n\n') + '\n';
    const prose = proseOf(layoutOf(text, 'markdown'));
    assert.equal(prose.slice(0, text.indexOf('```')), text.slice(0, text.indexOf('```')));
    assert.equal(prose.slice(text.indexOf('```')).trim(), '');
    const cache = new LayoutCache();
    for (const edited of [text, text.replace('```', '``'), text]) assert.deepStrictEqual(plainLayout(edited, 'markdown', cache), plainLayout(edited, 'markdown'));
  });

  test('the memo header is read from the first fifteen lines, blank lines or not', () => {
    const memo = 'MEMORANDUM\n\nTO: Desk\n\nFROM: Analyst\n\nDATE: May 5, 2025\n\nSUBJECT: Japan and steel\n\nJapan pays a 24% reciprocal tariff.\n';
    const l = layoutOf(memo, 'memo');
    assert.deepEqual(l.declaredAsOf, { date: '2025-05-05', source: 'header' });
    assert.equal(memo.slice(l.title!.start, l.title!.end), 'Japan and steel');
  });

  test('a cached layout follows an edit that joins two chunks (indenting the line after a list)', () => {
    const cache = new LayoutCache();
    const before = '- item about steel\n\nJapan pays a 25% tariff.\n\nMore.\n';
    const after = before.replace('Japan', '    Japan'); // now the list item's second paragraph, not a new block
    for (const text of [before, after, before]) assert.deepStrictEqual(plainLayout(text, 'markdown', cache), plainLayout(text, 'markdown'));
    assert.match(proseOf(layoutOf(after, 'markdown')), /Japan pays a 25% tariff/);
  });

  test('a cached layout equals a fresh one, edit after edit', () => {
    const pieces = [...STRUCTURE_NOISE, '```', '<!-- tariff-lens-disable -->', '<!-- tariff-lens-enable -->', '`', '---', 'TO: x', '| a | b |', '| --- | --- |', '| Japan | 15% |', '', '', ''];
    const line = fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...corpus().flatMap((t) => t.split('\n')).filter((l) => l.length < 200)));
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(4), fc.constantFrom('', 'e', ' ', '    ', '\t', '\n', '\n\n', '`', '```\n', '<!--', '-->', ' 25% tariff ', 'Japan'));
    checkProperty(250, fc.array(line, { maxLength: 40 }), fc.array(edit, { maxLength: 12 }), documentKinds, (lines, edits, kind) => {
      const cache = new LayoutCache();
      let text = lines.join('\n');
      assert.deepStrictEqual(plainLayout(text, kind, cache), plainLayout(text, kind));
      for (const [where, remove, insert] of edits) {
        const at = Math.floor(where * text.length);
        text = text.slice(0, at) + insert + text.slice(at + remove);
        assert.deepStrictEqual(plainLayout(text, kind, cache), plainLayout(text, kind));
      }
    });
  });
});

describe('checking again after an edit', () => {
  test('a check with a cache finds what a fresh check finds, edit after edit', () => {
    const memos = corpus();
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(6), fc.constantFrom('', 'e', '5', '\n', '\n\n', 'Japan ', ' China imposed a 34% tariff. ', '<!-- tariff-lens-disable-next-line -->\n', '# Canada\n\n', '## Spring 2024\n\n', '## Outlook\n\n'));
    checkProperty(60, fc.nat(memos.length - 1), fc.array(edit, { minLength: 1, maxLength: 15 }), documentKinds, (which, edits, kind) => {
      const facts = sampleFacts();
      const cache = new CheckCache();
      let text = memos[which];
      const options = { kind, asOf: '2025-06-01' };
      assert.deepStrictEqual(checkDocument(text, facts, options, cache), checkDocument(text, facts, options));
      for (const [where, remove, insert] of edits) {
        const at = Math.floor(where * text.length);
        text = text.slice(0, at) + insert + text.slice(at + remove);
        assert.deepStrictEqual(checkDocument(text, facts, options, cache), checkDocument(text, facts, options));
      }
    });
  });

  test('a long document edited in pieces, as the language server keeps it, is checked as the same text fresh', () => {
    // Over 64 KB, so that its edits keep pieces; lone CRs and CRLFs typed across the pieces' seams too.
    const memos = corpus();
    let long = '';
    for (let i = 0; long.length < 70_000; i++) long += memos[i % memos.length] + '\n\n';
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(300), fc.constantFrom('', 'e', '\n\n', '\r', '\r\n', '```\n', '# Canada\n\n', ' China imposed a 34% tariff. '));
    checkProperty(8, fc.array(edit, { minLength: 1, maxLength: 6 }), documentKinds, (edits, kind) => {
      const facts = sampleFacts();
      const cache = new CheckCache();
      const options = { kind, asOf: '2025-06-01' };
      let expected = long;
      let text = DocumentText.of(long);
      checkDocument(text, facts, options, cache);
      for (const [where, remove, insert] of edits) {
        const at = Math.floor(where * expected.length);
        text = text.edited(at, at + remove, insert);
        expected = expected.slice(0, at) + insert + expected.slice(at + remove);
        assert.deepStrictEqual(checkDocument(text, facts, options, cache), checkDocument(expected, facts, options));
      }
    });
  });

  test('a check stopped part way leaves the cache as the last complete one did', () => {
    checkAfterOneLeftPartWay((text, facts, options, cache, sentencesRead) => {
      // Stopped before it reads a sentence it has yet to read: the version is abandoned, the next check goes on from the last complete one.
      let asked = 0;
      try {
        checkDocument(text, facts, { ...options, shouldStop: () => ++asked > sentencesRead }, cache);
      } catch (error) {
        assert.equal((error as Error).name, 'CheckStopped');
      }
    });
  });

  test('a run read a chunk at a time shows the first claims of the whole check as it goes, and ends with all of them', () => {
    const memos = corpus();
    checkProperty(40, fc.nat(memos.length - 1), documentKinds, (which, kind) => {
      const facts = sampleFacts();
      const options = { kind, asOf: '2025-06-01' };
      const whole = checkDocument(memos[which], facts, options);
      const run = new DocumentCheckRun(memos[which], facts, options);
      let shown = 0;
      while (!run.done) {
        run.step();
        const { claims } = run.result() ?? { claims: [] };
        assert.deepStrictEqual(claims, whole.claims.slice(0, claims.length), 'the claims of the chunks read, as the whole check has them');
        assert.ok(claims.length >= shown);
        shown = claims.length;
      }
      assert.deepStrictEqual(run.result(), whole);
    });
  });

  test('a run dropped part way, as an edit drops it in the editor, leaves the cache right for the next check', () => {
    checkAfterOneLeftPartWay((text, facts, options, cache, steps) => {
      const run = new DocumentCheckRun(text, facts, options, cache);
      for (let i = 0; i < steps && !run.done; i++) run.step();
    });
  });

  test('an edit hands back the claim lists of the chunks it left alone, unchanged, at their chunks\' new starts', () => {
    // What the language server keeps per list (a chunk's diagnostics) stays right only if this holds.
    const facts = sampleFacts();
    const options = { kind: 'markdown', asOf: '2025-09-01' } as const;
    const cache = new CheckCache();
    // The first chunk holds the lines a memo header may take (15): the edit is in it, the two chunks after it are left alone.
    const text = `Steel imports pay a 25% tariff.\n${'Brokers filed the entries.\n'.repeat(15)}\nAluminum pays 10%.\n\nJapan pays a 15% tariff.\n`;
    const before = checkDocument(text, facts, options, cache);
    const edited = text.replace('Steel imports', 'Steel and iron imports');
    const after = checkDocument(edited, facts, options, cache);
    assert.equal(after.claimsByChunk.length, 3);
    assert.notEqual(after.claimsByChunk[0].claims, before.claimsByChunk[0].claims, 'the edited chunk is read again');
    for (const i of [1, 2]) {
      assert.equal(after.claimsByChunk[i].claims, before.claimsByChunk[i].claims);
      assert.equal(after.claimsByChunk[i].start, before.claimsByChunk[i].start + ' and iron'.length);
    }
    // The claims at document offsets are the chunks' claims moved with them.
    assert.deepEqual(after.claims.map((c) => edited.slice(c.start, c.end)), ['25%', '10%', '15%']);
    assert.deepStrictEqual(after, checkDocument(edited, facts, options));
  });

  test('an edit to a heading\'s year dates the paragraphs under it anew, though their chunks are left alone', () => {
    const facts = sampleFacts();
    const options = { kind: 'markdown', asOf: '2026-06-15' } as const;
    const cache = new CheckCache();
    const text = `# Steel duties\n\n${'Brokers filed the entries.\n'.repeat(15)}\n## Spring 2025\n\nOn May 2 steel imports paid a 25% duty.\n\nOn May 3 steel imports paid a 25% duty.\n`;
    const verdicts = (t: string) => checkDocument(t, facts, options, cache).claims.map((c) => c.verdict);
    assert.deepEqual(verdicts(text), ['supported', 'supported']);
    for (const edited of [text.replace('Spring 2025', 'Spring 2026'), text.replace('Spring 2025', 'Spring'), text]) {
      assert.deepStrictEqual(checkDocument(edited, facts, options, cache), checkDocument(edited, facts, options));
    }
    assert.deepEqual(verdicts(text.replace('Spring 2025', 'Spring 2026')), ['outdated', 'outdated']);
  });

  test('an edit that writes out last year far from a year-less date reads that date anew', () => {
    const facts = sampleFacts();
    const options = { kind: 'markdown', asOf: '2026-06-15' } as const;
    const cache = new CheckCache();
    const text = `# Steel duties\n\nA look back at the year.\n\n${'Brokers filed the entries.\n\n'.repeat(15)}On May 2 steel imports paid a 25% duty.\n`;
    const verdicts = (t: string) => checkDocument(t, facts, options, cache).claims.map((c) => c.verdict);
    assert.deepEqual(verdicts(text), ['outdated']);
    const edited = text.replace('at the year', 'at 2025');
    assert.deepStrictEqual(checkDocument(edited, facts, options, cache), checkDocument(edited, facts, options));
    assert.deepEqual(verdicts(edited), ['supported']);
    assert.deepEqual(verdicts(text), ['outdated']);
  });

  test('an edit to the line that introduces a list reads its items anew', () => {
    const facts = sampleFacts();
    const options = { kind: 'markdown', asOf: '2025-09-01' } as const;
    const cache = new CheckCache();
    // Past the memo header's lines, where every blank line may start a chunk: the list stays with the line that introduces it.
    const text = `${'Brokers filed the entries.\n\n'.repeat(12)}The following duties have ended:\n\n- the 25% duty on steel imports;\n- the 46% rate on Vietnamese goods.\n`;
    const edited = text.replace('have ended', 'apply');
    const verdicts = (t: string) => checkDocument(t, facts, options, cache).claims.map((c) => c.verdict);
    assert.deepEqual(verdicts(text), ['supported', 'supported']);
    assert.deepEqual(verdicts(edited), ['outdated', 'outdated']);
    assert.deepStrictEqual(checkDocument(text, facts, options, cache), checkDocument(text, facts, options));
  });

  test('an edit that heads a section as former rates reads the paragraphs under it anew, though their chunks are left alone', () => {
    const facts = sampleFacts();
    const options = { kind: 'markdown', asOf: '2025-09-01' } as const;
    const cache = new CheckCache();
    const text = `# Duty notes\n\n${'Brokers filed the entries.\n\n'.repeat(12)}## Country rates\n\n${'Brokers filed the entries.\n\n'.repeat(12)}Vietnam 46%.\n\n| Partner | Rate |\n|---|---|\n| Vietnam | 46% |\n`;
    const verdicts = (t: string) => checkDocument(t, facts, options, cache).claims.map((c) => c.verdict);
    for (const [heading, expected] of [['Country rates', 'outdated'], ['Former country rates', 'supported'], ['Country rates', 'outdated']] as const) {
      const edited = text.replace('Country rates', heading);
      assert.deepEqual(verdicts(edited), [expected, expected], heading);
      assert.deepStrictEqual(checkDocument(edited, facts, options, cache), checkDocument(edited, facts, options));
    }
  });

  test('an edit to the partner a heading names reads the paragraphs under it anew, though their chunks are left alone', () => {
    const facts = builtinFacts();
    const options = { kind: 'markdown', asOf: '2025-09-05' } as const;
    const cache = new CheckCache();
    const text = `# Swiss watch report\n\n${'Brokers filed the entries.\n\n'.repeat(12)}## India\n\n${'Brokers filed the entries.\n\n'.repeat(12)}Cutters pay the 25% reciprocal tariff.\n`;
    const verdicts = (t: string) => checkDocument(t, facts, options, cache).claims.map((c) => c.verdict);
    for (const [heading, expected] of [['India', 'supported'], ['Japan', 'contradicted'], ['India', 'supported']] as const) {
      const edited = text.replace('## India', `## ${heading}`);
      assert.deepEqual(verdicts(edited), [expected], heading);
      assert.deepStrictEqual(checkDocument(edited, facts, options, cache), checkDocument(edited, facts, options));
    }
  });

  test('a new as-of date or fact base is not served from the cache', () => {
    const cache = new CheckCache();
    const text = 'Steel imports now pay a 25% tariff.\n\nAluminum pays 10%.\n';
    const other = FactBase.build([]);
    for (const [asOf, facts] of [['2025-03-01', sampleFacts()], ['2025-09-01', sampleFacts()], ['2025-09-01', other]] as const) {
      assert.deepStrictEqual(checkDocument(text, facts, { kind: 'plaintext', asOf }, cache), checkDocument(text, facts, { kind: 'plaintext', asOf }));
    }
  });
});

describe('the fact base index', () => {
  test('draws the same facts, in the same order, as filtering them all', () => {
    for (const base of [sampleFacts(), builtinFacts()]) {
      const partners = ['*', 'ZZ', ...new Set(base.facts.map((f) => f.target))];
      // The partner's own facts, then the every-partner ones that do not leave it out, each in file order.
      const forPartner = (partner: string) => [...(partner === '*' ? [] : base.facts.filter((f) => f.target === partner)), ...base.facts.filter((f) => f.target === '*' && !f.exceptTargets?.includes(partner))];
      const products = [...new Set(base.facts.flatMap((f) => f.products)), 'unknown'];
      for (const partner of partners) {
        for (const scopeProducts of [[], ...products.map((p) => [p]), products.slice(0, 3)]) {
          for (const measureChange of [undefined, ...SCOPE_CHANGING_MEASURES]) {
            const expected = forPartner(partner).filter((f) => (scopeProducts.length ? coversProducts(f, scopeProducts) : f.products.includes('all'))
              && (measureChange ? f.measure === measureChange : !SCOPE_CHANGING_MEASURES.has(f.measure ?? '')));
            assert.deepStrictEqual(base.inScope({ partner, products: scopeProducts, measureChange }), expected);
          }
          const history = forPartner(partner).filter((f) => f.imposer === 'US' && coversProducts(f, scopeProducts))
            .sort((a, b) => a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id));
          assert.deepStrictEqual(base.history({ imposer: 'US', partner, products: scopeProducts, measures: [] }), history);
        }
      }
    }
  });
});

/**
 * Edits corpus memos; after each edit, `leave` checks the version with the cache and
 * leaves that check part way (after `n` sentences or steps); one more edit is then
 * checked with the cache, which must find what a fresh check finds.
 */
function checkAfterOneLeftPartWay(leave: (text: string, facts: FactBase, options: CheckOptions, cache: CheckCache, n: number) => void): void {
  const memos = corpus();
  const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(6), fc.constantFrom('', 'e', '\n\n', ' China imposed a 34% tariff. '), fc.nat(40));
  checkProperty(40, fc.nat(memos.length - 1), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, edits) => {
    const facts = sampleFacts();
    const cache = new CheckCache();
    const options = { kind: 'markdown' as const, asOf: '2025-06-01' };
    let text = memos[which];
    checkDocument(text, facts, options, cache);
    for (const [where, remove, insert, n] of edits) {
      const at = Math.floor(where * text.length);
      text = text.slice(0, at) + insert + text.slice(at + remove);
      leave(text, facts, options, cache, n);
      text = text.slice(0, at) + 'x' + text.slice(at);
      assert.deepStrictEqual(checkDocument(text, facts, options, cache), checkDocument(text, facts, options));
    }
  });
}
