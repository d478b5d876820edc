// The two seed stories the project started from, read from ../shared/seeds (never copied
// into the project), checked with the built-in fact base alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, PROBLEM_VERDICTS } from 'tariff-lens';
import { builtinFacts, repoRoot } from '../support/engine';

const seedDir = join(repoRoot, '..', 'shared', 'seeds');
const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8')) : [];
const check = (text: string, asOf: string) => checkDocument(text, builtinFacts(), { kind: 'plaintext', asOf }).claims;

describe('the seed stories with the built-in facts', { skip: seeds.length ? false : 'no ../shared/seeds beside the project' }, () => {
  test('on 5 May 2025: no problem, and every rate claim supported', () => {
    for (const seed of seeds) {
      const rates = check(seed, '2025-05-05').filter((c) => c.kind === 'rate');
      assert.ok(rates.length >= 6);
      assert.deepEqual(rates.filter((c) => c.verdict !== 'supported').map((c) => `${c.text}: ${c.message}`), []);
    }
  });

  test('the pause is read: its length and its end are supported, and a wrong end is a problem', () => {
    const [first] = seeds.filter((s) => s.includes('paused until early July'));
    assert.ok(first, 'a seed says "paused until early July"');
    const time = check(first, '2025-05-05').filter((c) => c.kind === 'duration');
    assert.deepEqual(time.map((c) => [c.text, c.verdict]), [['early July', 'supported'], ['90-day suspension', 'supported']]);
    const changed = check(first.replace('early July', 'early August'), '2025-05-05').find((c) => c.text === 'early August');
    assert.equal(changed?.verdict, 'contradicted');
  });

  test('today: outdated, with today\'s figures', () => {
    for (const seed of seeds) {
      const claims = check(seed, '2026-11-22').filter((c) => c.kind === 'rate');
      assert.ok(claims.some((c) => PROBLEM_VERDICTS.has(c.verdict)));
      const steel = claims.filter((c) => c.value === 25 && c.scope.products.includes('steel'));
      assert.ok(steel.length > 0 && steel.every((c) => c.verdict === 'outdated' && c.expected[0] === 50), 'steel and aluminum are now 50%');
      const japanOnly = claims.filter((c) => c.value === 14);
      assert.ok(japanOnly.every((c) => c.verdict === 'outdated' && c.expected.length === 0), 'the Japan-specific 14% is no longer collected');
    }
  });
});
