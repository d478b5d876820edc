// Where the language server cuts a document that is over tariffLens.maxDocumentSize
// (server/src/limits.ts), as a property over hostile text, and how it reads the limit
// settings. The editor side is in test/lsp/robustness.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import type * as Limits from '../../server/src/limits';
import type * as Settings from '../../server/src/settings';
import { repoRoot } from '../support/engine';
import { checkProperty, hostileProse } from '../support/fuzz';

const { checkedLength } = require(join(repoRoot, 'server', 'out', 'limits.js')) as typeof Limits;
const { settingsFrom } = require(join(repoRoot, 'server', 'out', 'settings.js')) as typeof Settings;

describe('cutting a document at the size limit', () => {
  test('never past the limit, never inside a surrogate pair, at a line start when there is one', () => {
    checkProperty(300, hostileProse, fc.integer({ min: 1, max: 400 }), (text, limit) => {
      const cut = checkedLength(text, limit);
      if (text.length <= limit) return assert.equal(cut, text.length);
      assert.ok(cut >= 0 && cut <= limit, `cut ${cut} within ${limit}`);
      const code = text.charCodeAt(cut - 1);
      assert.ok(!(code >= 0xd800 && code <= 0xdbff), 'not between the halves of a surrogate pair');
      if (text.lastIndexOf('\n', limit - 1) > 0) assert.equal(text[cut - 1], '\n', 'after a line end');
    });
  });

  test('at the last blank line before the limit', () => {
    const text = 'one\n\ntwo\nthree\n\nfour four four four\nfive';
    assert.equal(checkedLength(text, 20), text.indexOf('four'));
    assert.equal(checkedLength(text, text.length), text.length);
    assert.equal(checkedLength('🇯🇵'.repeat(10), 5), 4);
  });
});

describe('limit settings', () => {
  test('defaults, and values out of range fall back to them', () => {
    assert.deepEqual([settingsFrom({}).maxDocumentSize, settingsFrom({}).checkTimeLimit], [2_000_000, 2000]);
    for (const bad of [-1, 0, 1.5, '5000', null, 1e12]) {
      const s = settingsFrom({ maxDocumentSize: bad, checkTimeLimit: bad });
      assert.deepEqual([s.maxDocumentSize, s.checkTimeLimit], [2_000_000, 2000], JSON.stringify(bad));
    }
    assert.deepEqual([settingsFrom({ maxDocumentSize: 5000, checkTimeLimit: 250 }).maxDocumentSize, settingsFrom({ checkTimeLimit: 250 }).checkTimeLimit], [5000, 250]);
  });
});
