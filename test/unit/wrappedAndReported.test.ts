// Readings that depend on how a writer lays out and attributes a figure: prose wrapped at a
// fixed width, and figures that are someone else's. Checked against the built-in facts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, FactBase, parseFactFile, type DocumentKind } from 'tariff-lens';
import { repoRoot } from '../support/engine';

const path = join(repoRoot, 'server', 'facts', 'builtin.tariff-facts.yaml');
const base = FactBase.build([parseFactFile(readFileSync(path, 'utf8'), path, { builtin: true })]);

/** [figure, verdict] of each rate claim. */
const verdicts = (text: string, asOf: string, kind: DocumentKind = 'plaintext') =>
  checkDocument(text, base, { kind, asOf }).claims.filter((c) => c.kind === 'rate').map((c) => [c.text, c.verdict]);

describe('prose wrapped at a fixed width', () => {
  test('a figure on the line after its partner is read as on one line', () => {
    const oneLine = 'The tariff (reciprocal) on Korean goods is 25%.';
    assert.deepEqual(verdicts(oneLine, '2025-11-20'), [['25%', 'outdated']]);
    assert.deepEqual(verdicts('The tariff (reciprocal) on Korean goods is\n25%.', '2025-11-20'), [['25%', 'outdated']]);
    assert.deepEqual(verdicts('The tariff (reciprocal) on Korean goods\nis 25%.', '2025-11-20'), [['25%', 'outdated']]);
  });

  test('"it is" a level does not make the goods before it a tariff\'s goods', () => {
    assert.deepEqual(verdicts('Duties on watches are specific. For a typical steel quartz watch it is\naround 3%; for a gold one it is below 1%.', '2025-12-03'), []);
    assert.deepEqual(verdicts('Duties on watches are specific. For a typical steel quartz watch it is around 3%.', '2025-12-03'), []);
  });
});
