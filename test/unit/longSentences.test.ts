// Very long sentences (a pasted list of rates, a line with no full stop) are read as any
// other sentence. Each of these once took from seconds to minutes, because every figure
// looked again at all of the sentence; what is asserted here is what they find.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../support/engine';

const AS_OF = '2025-09-01';

describe('a sentence of tens of thousands of figures', () => {
  test('a list of 40,000 rates between commas claims every one of them', () => {
    const text = 'Goods from Vietnam pay reciprocal tariffs of 20%, ' + 'or 20%, '.repeat(40_000) + 'all told.';
    const claims = claimsOf(text, AS_OF);
    assert.equal(claims.length, 40_001);
    assert.ok(claims.every((c) => c.text === '20%' && text.slice(c.start, c.end) === '20%' && c.verdict === 'supported'));
  });
});
