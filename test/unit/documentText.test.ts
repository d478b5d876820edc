// A document kept as the pieces its edits left (DocumentText, what the language server
// hands the engine) must read as the one string it stands for, and the open documents
// built on it (server/src/documents.ts) must map positions as the library's
// TextDocument does, edit after edit.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentText } from 'tariff-lens';
import type * as Documents from '../../server/src/documents';
import { repoRoot } from '../support/engine';
import { checkProperty, corpus } from '../support/fuzz';

const { OpenDocument } = require(join(repoRoot, 'server', 'out', 'documents.js')) as typeof Documents;

/** Over 64 KB, so that edits keep pieces instead of one string (shorter texts are kept whole). */
const LONG = (() => {
  const memos = corpus();
  let text = '';
  for (let i = 0; text.length < 70_000; i++) text += memos[i % memos.length] + '\n\n';
  return text;
})();

const inserted = fc.constantFrom('', 'e', 'Japan ', '\n', '\r', '\r\n', '\n\n', '\r\r', ' 25% tariff.\r\n', '🇯🇵');
/** An edit as fractions of the text's length: where it starts, how much it removes (up to 2,000 characters), what it puts there. */
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(2000), inserted);
const lengths = fc.constantFrom(LONG.length, 300);

const withLineFeeds = (text: string) => text.replace(/\r(?!\n)/g, '\n');

describe('a document text in pieces', () => {
  test('reads as the string it stands for, edit after edit: slices, characters, and what two versions share', () => {
    checkProperty(60, lengths, fc.array(edit, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(3000)), { minLength: 5, maxLength: 5 }), (length, edits, probes) => {
      let expected = LONG.slice(0, length);
      let text = DocumentText.of(expected);
      for (const [where, remove, insert] of edits) {
        const at = Math.floor(where * expected.length);
        const before = text;
        const beforeExpected = expected;
        text = text.edited(at, at + remove, insert);
        expected = expected.slice(0, at) + insert + expected.slice(at + remove);
        assert.equal(text.length, expected.length);
        for (const [from, span] of probes) {
          const start = from % (expected.length + 1);
          assert.equal(text.slice(start, start + span), expected.slice(start, start + span));
          assert.equal(text.sliceWithLineFeeds(start, start + span), withLineFeeds(expected).slice(start, start + span));
          assert.ok(Object.is(text.charCodeAt(start), expected.charCodeAt(start)));
        }
        assert.equal(text.commonPrefix(before), sharedAtStart(expected, beforeExpected));
        assert.equal(text.commonSuffix(before), sharedAtEnd(expected, beforeExpected));
      }
      assert.equal(text.toString(), expected);
      assert.equal(text.slice(0, expected.length), expected);
    });
  });
});

describe('an open document', () => {
  test('holds the text the library\'s TextDocument holds after incremental and whole changes, and maps positions as it does for that text', () => {
    // A position as fractions: of the lines, then a column up to 120 (past a line's end too).
    const position = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(120));
    const change = fc.oneof(
      { weight: 9, arbitrary: fc.tuple(position, position, inserted) },
      { weight: 1, arbitrary: fc.constantFrom('Whole new text.\r\nSecond line\rthird\n', '') },
    );
    checkProperty(60, lengths, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 15 }), fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (length, versions, offsets) => {
      const text = LONG.slice(0, length);
      const edited = TextDocument.create('file:///memo.md', 'markdown', 1, text);
      const ours = new OpenDocument('file:///memo.md', 'markdown', 1, DocumentText.of(text));
      for (const [i, changes] of versions.entries()) {
        // Each change's range is in the text the ones before it left, as in a didChange.
        for (const c of changes) {
          const at = ([line, character]: [number, number]) => ({ line: Math.floor(line * edited.lineCount), character });
          const event = typeof c === 'string' ? { text: c } : { range: { start: at(c[0]), end: at(c[1]) }, text: c[2] };
          TextDocument.update(edited, [event], i + 2);
          ours.update([event], i + 2);
        }
        // Positions as the library maps them in a document made from the text afresh (its own line
        // count after an edit that parts a CR from its LF lags).
        const library = TextDocument.create('file:///memo.md', 'markdown', i + 2, edited.getText());
        assert.equal(ours.version, library.version);
        assert.equal(ours.lineCount, library.lineCount);
        for (const n of offsets) {
          const offset = (n % (library.getText().length + 3)) - 1;
          const at = library.positionAt(offset);
          assert.deepEqual(ours.positionAt(offset), at, `offset ${offset}`);
          const near = { line: at.line + (n % 3) - 1, character: at.character + (n % 5) - 2 };
          assert.equal(ours.offsetAt(near), library.offsetAt(near), `position ${JSON.stringify(near)}`);
          const range = { start: library.positionAt(offset - 40), end: at };
          assert.equal(ours.getText(range), library.getText(range));
        }
      }
      // Last: joining the pieces earlier would leave too few for the versions after.
      assert.equal(ours.getText(), edited.getText());
    });
  });

  test('counts a CR and the LF typed after it as one line end, and a CR typed before an LF too', () => {
    for (const head of ['', LONG]) {
      const lines = (text: string) => TextDocument.create('file:///m.md', 'markdown', 1, text);
      const ours = new OpenDocument('file:///m.md', 'markdown', 1, DocumentText.of(`${head}Steel\rpays 50%.\nJapan pays 15%.\n`));
      const line = lines(head).lineCount - 1;
      ours.update([{ range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, text: '\n' }], 2);
      ours.update([{ range: { start: { line: line + 1, character: 9 }, end: { line: line + 1, character: 9 } }, text: '\r' }], 3);
      const expected = lines(`${head}Steel\r\npays 50%.\r\nJapan pays 15%.\n`);
      assert.equal(ours.getText(), expected.getText());
      assert.equal(ours.lineCount, expected.lineCount);
      const japan = expected.getText().lastIndexOf('Japan');
      assert.deepEqual(ours.positionAt(japan), expected.positionAt(japan));
    }
  });
});

function sharedAtStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function sharedAtEnd(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}
