// A 1 MB memo is checked in one process and every planted claim is found. Speed is
// measured by the benchmark (npm run bench), not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from 'tariff-lens';
import { sampleFacts } from '../support/engine';

test('a generated 1 MB memo completes and finds the planted claims', () => {
  const filler = 'The committee reviewed shipping schedules, warehouse space and the outlook for next year. ';
  const paragraphs: string[] = [];
  let planted = 0;
  let size = 0;
  while (size < 1024 * 1024) {
    const p = `${filler.repeat(3)}Steel imports now pay a ${planted % 2 ? 50 : 35}% tariff. ${filler}Inflation eased to 2.5% over the period.`;
    paragraphs.push(p);
    planted++;
    size += p.length + 2;
  }
  const result = checkDocument(paragraphs.join('\n\n'), sampleFacts(), { kind: 'markdown', asOf: '2025-09-01' });
  assert.equal(result.claims.length, planted);
  assert.equal(result.claims.filter((c) => c.verdict === 'contradicted').length, Math.ceil(planted / 2));
});
