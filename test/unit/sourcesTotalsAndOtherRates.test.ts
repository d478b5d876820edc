// Readings of second-hand sources and threats, of what a figure is part of, and of figures
// that are no tariff rate, checked against the built-in facts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinVerdicts as verdicts, inNotes } from '../support/engine';

describe('figures that are someone else\'s', () => {
  test('what a publication, a post or a hearsay says', () => {
    for (const [text, asOf] of [
      ['Our spring edition said aluminum sheet pays 25 percent under Section 232.', '2026-10-05'],
      ['A weekend column said kitchen cabinets from the European Union pay 25 percent.', '2026-08-14'],
      ['Some contractors have been told lumber is 25 percent.', '2026-10-05'],
      ["Someone in the parents' group posted that Chinese goods are at 245%.", '2025-04-25'],
      ['Swiss watches still paid 39% at the end of the year, according to two trade newsletters that had not caught up.', '2025-12-31'],
    ]) assert.equal(verdicts(inNotes(text), asOf)[0][1], 'unverifiable', text);
    // A source the writer relies on, not one said to be stale, leaves the figure the writer's.
    assert.deepEqual(verdicts(inNotes("European machinery is paying 15%, according to the dealer's flyer."), '2026-05-05'), [['15%', 'outdated']]);
  });

  test('what people say or think that a source or the writer contradicts', () => {
    assert.deepEqual(verdicts(inNotes('Swiss watch exporters, who ship a fifth of output to the US, say the rate is 31% in their planning; the annex says otherwise.'), '2025-08-07'), [['31%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Some of our distributors think that European producers pay only 15% on their lumber.'), '2026-09-22'), [['15%', 'unverifiable']]);
  });

  test('what papers wrote, what is still written, what readers said or customers were thinking', () => {
    for (const [text, asOf] of [
      ['Some newspapers wrote that the Japan tariff is 25%.', '2025-09-20'],
      ["In some forwarders' documents it still is written that Brazilian shoes pay 50%.", '2026-03-16'],
      ['A few of you in the comments have said that games from China are still paying 145%.', '2025-09-10'],
      ['Some customers were thinking the steel duty for Turkey is 35 percent.', '2025-10-06'],
    ]) assert.equal(verdicts(inNotes(text), asOf)[0][1], 'unverifiable', text);
  });

  test('a rate someone announced, or wishes for, is not one in force', () => {
    assert.deepEqual(verdicts(inNotes('In July the United States announced an additional 40% tariff on Brazilian goods.'), '2025-07-31'), [['40%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The American government already announced that wishes to elevate the surcharge of Section 122 to 15%, but we did not see it published.'), '2026-03-16'), [['15%', 'unverifiable']]);
  });

  test('a rate as high as some goods face is no rate of goods named', () => {
    assert.deepEqual(verdicts(inNotes('The White House has said some Chinese goods face tariffs as high as 245%.'), '2025-04-22'), [['245%', 'unverifiable']]);
  });

  test('a threat told in a relative clause or as talk', () => {
    assert.deepEqual(verdicts(inNotes('The White House says the 50 percent tariff it threatened on European Union goods is delayed until July 9.'), '2025-06-05'), [['50 percent', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('There has been talk in Washington of a 100 percent tariff on foreign-made films.'), '2026-03-12'), [['100 percent', 'unverifiable']]);
  });
});

describe('what a figure is part of', () => {
  test('a rate gone along with another that is gone', () => {
    assert.deepEqual(verdicts(inNotes("Brazil's 50% rate is gone as well, along with the 40% emergency add-on."), '2026-03-06'), [['50%', 'supported'], ['40%', 'supported']]);
  });

  test('a total that includes a duty: judged as a total, unless the facts leave the duty out', () => {
    const table = inNotes('| Origin | US extra tariff now | Note |\n| --- | --- | --- |\n| China | 30% | include the fentanyl part |\n');
    assert.deepEqual(verdicts(table, '2025-10-08', 'markdown'), [['30%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Chinese goods pay 47%, including the older Section 301 duties.'), '2026-01-15'), [['47%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The White House figure of 47% includes the older Section 301 duties.'), '2026-01-15'), [['47%', 'unverifiable']]);
  });

  test('a total of all duties after a sentence that names one the facts leave out may count it', () => {
    const before = 'Quebec lumber also pays antidumping and countervailing duties of 35.19% combined. ';
    assert.deepEqual(verdicts(inNotes(`${before}In total our clients pay about 45% at the border, all duties included.`), '2026-09-22'), [['35.19%', 'unverifiable'], ['45%', 'unverifiable']]);
    // A total of goods in general is not that one.
    assert.deepEqual(verdicts(inNotes(`${before}Canadian lumber in general pays 45% in total.`), '2026-09-22'), [['35.19%', 'unverifiable'], ['45%', 'contradicted']]);
  });

  test('the regular duty named around its figure is the MFN duty, a part the facts do not hold', () => {
    assert.deepEqual(verdicts(inNotes('Japanese cars pay 15% now. It was 27.5% from April until then, counting the regular 2.5% duty.'), '2025-10-27'), [['15%', 'supported'], ['2.5%', 'unverifiable']]);
  });

  test('the parts of a partner\'s total after a comparison with every partner are still its own', () => {
    const text = inNotes('India is at 50 percent total, the highest of any major partner: 25 percent reciprocal plus 25 percent for buying Russian oil.');
    assert.deepEqual(verdicts(text, '2025-11-18'), [['50 percent', 'supported'], ['25 percent', 'supported'], ['25 percent', 'supported']]);
  });

  test('an audit column of the rate on entry, beside a finding of error', () => {
    const audit = inNotes('| Origin | Program | Rate on entry | Audit |\n| --- | --- | --- | --- |\n| China | IEEPA fentanyl | 20% | ERROR, should be 10% |\n| China | IEEPA fentanyl | 20% | OK |\n');
    assert.deepEqual(verdicts(audit, '2026-01-22', 'markdown').filter(([figure]) => figure === '20%'), [['20%', 'unverifiable'], ['20%', 'outdated']]);
  });

  test('goods a later figure names after a semicolon are that figure\'s', () => {
    const text = inNotes('A report said buses pay 25 percent. They pay 10 percent under Section 232; the 25 percent rate applies to heavy trucks.');
    assert.deepEqual(verdicts(text, '2026-08-14').slice(1), [['10 percent', 'supported'], ['25 percent', 'supported']]);
  });

  test('a date that ends the item before, at ", and", does not date the next item\'s figure', () => {
    const text = inNotes('The ruling ended the 10% baseline, which had applied to most partners since April 5, 2025, and the country rates that replaced it, such as the 15% deal rate for Japan.');
    assert.deepEqual(verdicts(text, '2026-03-18'), [['10%', 'supported'], ['15%', 'supported']]);
  });
});

describe('figures that are not tariff rates', () => {
  test('a share of firms that have acted, a warranty rate, taxes, fees, a currency\'s move', () => {
    assert.deepEqual(verdicts('Notes on US tariffs on durable goods. Of the 30 firms we rate, 60% have now passed through most of their tariff costs.', '2026-01-15'), []);
    assert.deepEqual(verdicts('Notes on US tariffs on Taiwanese bicycles. The warranty claim rate of our 2025 frames is 0.8%.', '2025-09-15'), []);
    assert.deepEqual(verdicts('Notes on US tariffs on French goods. Our prices exclude the French TVA of 20%, which does not apply to exports.', '2026-05-12'), []);
    assert.deepEqual(verdicts('Notes on US tariffs on China and on our taxes. The federal corporate rate remains 21%. The qualified business income deduction stays at 20%.', '2026-01-15'), []);
    assert.deepEqual(verdicts('Notes on US tariffs on Korea. Goods shipped direct from Korea pay the 15% tariff plus a courier fee of 2.8%.', '2025-09-15'), [['15%', 'supported']]);
    assert.ok(!verdicts(inNotes('03:10 *SWISS FRANC SLIPS 0.3% VS DOLLAR AS 39% TARIFF TAKES HOLD'), '2025-08-07').some(([figure]) => figure === '0.3%'));
    assert.deepEqual(verdicts(inNotes('All our prices only increase 18%, even though the tariff on China is 145%.'), '2025-04-22'), [['145%', 'supported']]);
    assert.deepEqual(verdicts('Notes on US tariffs on China. The PayPal fee goes up to 4.4% for cross-border payments.', '2025-04-22'), []);
    assert.deepEqual(verdicts(inNotes('Thai goods pay 19%, which erodes most of the 14% unit-price advantage of the new supplier.'), '2026-01-31'), [['19%', 'supported']]);
  });

  test('a reduction machine translation calls a deduction is still about the tariff', () => {
    assert.deepEqual(verdicts(inNotes('Washington said that it would not negotiate the global deduction of 10% reference.'), '2025-08-07'), [['10%', 'supported']]);
  });
});

describe('whose goods, and when', () => {
  test('Hom Mali rice is Thailand\'s, and its "100% grade B" is a grade', () => {
    assert.deepEqual(verdicts(inNotes('For Hom Mali rice, US buyers must pay the 19% reciprocal tariff.'), '2025-09-12'), [['19%', 'supported']]);
    assert.deepEqual(verdicts('Notes on US tariffs on Thai rice. The FOB price of Hom Mali 100% grade B is up 3.2% in one month.', '2025-09-12'), []);
  });

  test('"most other places" are other partners than the one before', () => {
    assert.deepEqual(verdicts(inNotes('Japanese cars are at 15 percent, I believe. Cars from most other places pay 25 percent.'), '2026-08-20'), [['15 percent', 'supported'], ['25 percent', 'supported']]);
  });

  test('a rate to use now is not dated by a month after a semicolon', () => {
    assert.deepEqual(verdicts(inNotes('Use 30% all-in for China; the old file still has the April figures in it.'), '2025-06-20'), [['30%', 'supported']]);
  });

  test('what an agent says, and the effect of a rate on a price', () => {
    assert.deepEqual(verdicts(inNotes('Our agent in Houston also say that Vietnam rice is paying 46 percent tax now.'), '2025-09-12'), [['46 percent', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The Section 232 tax on the steel content of the can is 50%, so the effect is around 0.4% of price.'), '2025-09-12'), [['50%', 'supported']]);
  });
});
