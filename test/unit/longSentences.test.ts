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

  test('a figure compared with a rate across a long run of other figures is still compared with it', () => {
    // "and" compares the last figure with the 20% rate: the figures between are no claims
    // (but the first, which the tariff words govern), and none of them is a full stop.
    const text = 'Goods from Vietnam pay a 20% reciprocal tariff' + ' 7%'.repeat(60_000) + ' and 46% before that.';
    const claims = claimsOf(text, AS_OF);
    assert.deepEqual(claims.map((c) => c.text), ['20%', '7%', '46%']);
    assert.equal(claims[2].start, text.indexOf('46%'));
    assert.equal(claims[2].verdict, 'outdated');
  });

  test('figures that each name their measure are read each with its own', () => {
    // Asked for every figure, whether each other measure stood in another figure's words made 2,000 such figures take 9 s and 4,000 over a minute.
    const text = 'Goods from Vietnam pay ' + 'the reciprocal 20% and '.repeat(3_000) + 'no more.';
    const claims = claimsOf(text, AS_OF);
    assert.equal(claims.length, 3_000);
    assert.ok(claims.every((c) => c.verdict === 'supported' && c.scope.measures.includes('reciprocal')));
  });

  test('figures with a partner in their own words among figures without one are read each with its own', () => {
    // Asked for every figure, whether each partner stood in another figure's words made 4,000 such figures take 20 s and 8,000 over two minutes.
    const text = 'Goods pay ' + 'the fentanyl 20% and Vietnam 20% and '.repeat(1_500) + 'no more.';
    const claims = claimsOf(text, AS_OF);
    assert.equal(claims.length, 3_000);
    assert.ok(claims.filter((_, i) => i % 2).every((c) => c.verdict === 'supported' && c.scope.partner === 'VN'));
  });

  test('a semicolon between them still ends the comparison', () => {
    const text = 'Goods from Vietnam pay a 20% reciprocal tariff' + ' 7%'.repeat(60_000) + '; and 46% before that.';
    assert.deepEqual(claimsOf(text, AS_OF).map((c) => c.text), ['20%', '7%']);
  });
});

/** Vietnam's April rate of 46% and its August rate of 20%, in turn, each judged at its own date and supported. */
function assertJudgedInTurn(claims: ReturnType<typeof claimsOf>, count: number): void {
  assert.equal(claims.length, count);
  claims.forEach((c, i) => {
    assert.equal(c.text, i % 2 ? '20%' : '46%');
    assert.equal(c.judged.because, i % 2 ? 'August 7, 2025' : 'April 9, 2025');
    assert.equal(c.verdict, 'supported');
  });
}

describe('a paragraph of dated rates with no full stop', () => {
  // Lines without a full stop are one sentence: each claim took its date from among all
  // of the sentence's dates and claims, which was cubic (minutes for a few thousand lines).
  test('each rate is judged at the date on its own line', () => {
    const lines = 'Goods from Vietnam paid a 46% reciprocal tariff on April 9, 2025\nGoods from Vietnam pay a 20% reciprocal tariff since August 7, 2025\n';
    const claims = claimsOf('Tariffs by entry\n\n' + lines.repeat(800), AS_OF);
    assertJudgedInTurn(claims.filter((c) => c.kind === 'rate'), 1600);
    // Each "since" date right after its rate claims when that rate began, and rightly.
    const since = claims.filter((c) => c.kind === 'effective');
    assert.deepEqual([since.length, since.every((c) => c.text === 'August 7, 2025' && c.verdict === 'supported')], [800, true]);
  });

  test('"since" and "until" before each of many dates still tell how it bears on the rate', () => {
    const lines = 'Goods from Vietnam paid a 46% reciprocal tariff until August 7, 2025\nGoods from Vietnam pay a 20% reciprocal tariff since August 7, 2025\n';
    const claims = claimsOf('Tariffs by entry\n\n' + lines.repeat(800), AS_OF).filter((c) => c.kind === 'rate');
    assert.equal(claims.length, 1600);
    claims.forEach((c, i) => {
      assert.deepEqual(c.judged.period, i % 2 ? undefined : { from: '2025-07-24', to: '2025-08-07' });
      assert.equal(c.verdict, 'supported');
    });
  });

  test('a rate with no date in its own words takes the nearest of the dates no rate holds', () => {
    // Each date stands apart from the rates; each rate takes the nearest of all of them.
    const entries = 'April 9, 2025 -- Vietnam, 46% reciprocal tariff -- August 7, 2025 -- Vietnam, 20% reciprocal tariff -- ';
    assertJudgedInTurn(claimsOf('Tariffs by entry\n\n' + entries.repeat(2000), AS_OF), 4000);
  });
});

describe('many headings with no blank line or full stop between them', () => {
  // Each heading is its own paragraph. The search for a paragraph's full stops once ran on
  // past its end to the next stop in the document, so each heading searched all those after it.
  test('the rate in each of 20,000 headings is read and judged on its own', () => {
    const lines = ['# Goods from Vietnam pay a 20% reciprocal tariff\n', '## Goods from Vietnam paid a 46% reciprocal tariff in April 2025\n'];
    const figures = ['20%', '46%'];
    const text = lines.join('').repeat(10_000) + 'The end.\n';
    const claims = claimsOf(text, AS_OF, 'markdown');
    assert.equal(claims.length, 20_000);
    claims.forEach((c, i) => {
      const lineStart = Math.floor(i / 2) * lines.join('').length + (i % 2 ? lines[0].length : 0);
      assert.equal(c.start, lineStart + lines[i % 2].indexOf(figures[i % 2]));
      assert.equal(c.text, figures[i % 2]);
      assert.equal(c.verdict, 'supported');
    });
  });
});
