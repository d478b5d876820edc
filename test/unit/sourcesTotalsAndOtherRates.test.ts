// Readings of second-hand sources and threats, of what a figure is part of, and of figures
// that are no tariff rate, checked against the built-in facts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from 'tariff-lens';
import { builtinFacts, builtinRateClaims, builtinVerdicts as verdicts, inNotes, problemsInNotes } from '../support/engine';

describe('figures that are someone else\'s', () => {
  test('what a publication, a post or a hearsay says', () => {
    for (const [text, asOf] of [
      ['Our spring edition said aluminum sheet pays 25 percent under Section 232.', '2026-10-05'],
      ['A weekend column said kitchen cabinets from the European Union pay 25 percent.', '2026-08-14'],
      ['Some contractors have been told lumber is 25 percent.', '2026-10-05'],
      ["Someone in the parents' group posted that Chinese goods are at 245%.", '2025-04-25'],
      ['Swiss watches still paid 39% at the end of the year, according to two trade newsletters that had not caught up.', '2025-12-31'],
      ["Some distributors' catalogues still warn that Swiss watches face thirty-nine percent; they should be reprinted.", '2026-01-15'],
      ['Two rate calculators our clients use still tell importers that they pay the 10% IEEPA baseline.', '2026-03-15'],
    ]) assert.equal(verdicts(inNotes(text), asOf)[0][1], 'unverifiable', text);
    // A nation's models are its cars: what dealers said of them is checked, unlike what a forecast's model gives.
    assert.deepEqual(verdicts(inNotes('Dealers in Ohio said Japanese models still carry 27.5% on the sticker.'), '2026-03-01'), [['27.5%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('Our landed-cost model still carries 27.5% for Japanese cars.'), '2026-03-01'), [['27.5%', 'unverifiable']]);
    // A source the writer relies on, not one said to be stale, leaves the figure the writer's.
    assert.deepEqual(verdicts(inNotes("European machinery is paying 15%, according to the dealer's flyer."), '2026-05-05'), [['15%', 'outdated']]);
  });

  test('what people say or think that a source or the writer contradicts', () => {
    assert.deepEqual(verdicts(inNotes('Swiss watch exporters, who ship a fifth of output to the US, say the rate is 31% in their planning; the annex says otherwise.'), '2025-08-07'), [['31%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Some of our distributors think that European producers pay only 15% on their lumber.'), '2026-09-22'), [['15%', 'unverifiable']]);
    // Others' words after the figure that say it no longer holds.
    assert.deepEqual(verdicts(inNotes('Mexican tomatoes still carry a 25% tariff, two growers told our reporter, though customs brokers say that is no longer the case.'), '2026-06-10'), [['25%', 'unverifiable']]);
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

  test('a duty named in a condition after the figure ("for as long as the Russian-oil penalty stays") is not its kind', () => {
    assert.deepEqual(verdicts(inNotes('Our Indian textile suppliers face 50% for as long as the Russian-oil penalty stays in place.'), '2025-10-01'), [['50%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Our Indian textile suppliers face 50% while the Russian-oil penalty lasts.'), '2025-10-01'), [['50%', 'supported']]);
  });

  test('a table\'s total that adds up its row counts the duties of the columns it adds, the MFN duty too', () => {
    const pasted = [
      'Item\tCountry\tMFN\tReciprocal\tFentanyl\tAll duties',
      'Tea kettle\tChina\t3.4%\t10%\t20%\t33.4%',
      'Trail shoe\tIndonesia\t20%\t19%\t-\t39%',
      'Desk lamp\tChina\t0%\t10%\t20%\t30%',
      'Rice cooker\tChina\t0%\t10%\t20%\t45%',
    ].join('\n');
    const totals = verdicts(inNotes(`Duty sheet, pasted as it stands:\n\n${pasted}\n`), '2025-10-08').filter(([figure]) => ['33.4%', '39%', '30%', '45%'].includes(figure));
    // No fact holds an MFN duty, so no fact holds a total with one in it; a total of duties the facts hold is
    // judged as before, and so is one that adds up to nothing its row names.
    assert.deepEqual(totals, [['33.4%', 'unverifiable'], ['39%', 'unverifiable'], ['30%', 'supported'], ['45%', 'contradicted']]);
  });

  test('a total on goods of a sectoral duty is the sum of the duties they pay, not the partner\'s recorded total', () => {
    const flanges = (total: string) => verdicts(inNotes(`Chinese steel flanges pay 50% under Section 232 and the 20% fentanyl duty, ${total} in total.`), '2025-10-08').slice(2);
    assert.deepEqual(flanges('70%'), [['70%', 'supported']]);
    assert.deepEqual(flanges('90%'), [['90%', 'contradicted']]);
    // Goods in general are judged against China's recorded total as before.
    assert.deepEqual(verdicts(inNotes('Chinese goods pay 70% in total.'), '2025-10-08'), [['70%', 'contradicted']]);
  });

  test('goods a Section 232 duty covers pay it instead of the reciprocal rate or the Section 122 surcharge', () => {
    // Korea's 15% reciprocal rate was never charged on its cars, which paid the 25% car duty until the deal rate.
    assert.deepEqual(verdicts(inNotes('Korean cars pay 15%.'), '2025-10-01'), [['15%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('Korean cars pay 25%.'), '2025-10-01'), [['25%', 'supported']]);
    // In 2026 the deal's 15% is what they pay, and the surcharge on other goods does not stack on it.
    const stillPay = builtinRateClaims(inNotes('Korean cars still pay 25%, on top of the surcharge.'), '2026-05-18')[0];
    assert.deepEqual([stillPay.verdict, stillPay.expected], ['outdated', [15]]);
    // Japanese sofas pay the deal's 15% furniture duty, not that and Japan's recorded 15% on other goods.
    const sofas = (total: string) => builtinRateClaims(inNotes(`Japanese sofas pay ${total} in total.`), '2025-12-01').map((c) => [c.verdict, c.expected]);
    assert.deepEqual(sofas('30%'), [['contradicted', [15]]]);
    assert.deepEqual(sofas('15%'), [['supported', [15]]]);
    // Metal goods pay the metal duty on their metal content only, and the other duties on the rest.
    assert.deepEqual(verdicts(inNotes('Steel frames from Vietnam pay 20% plus 50% on the steel.'), '2026-01-12'), [['20%', 'supported'], ['50%', 'supported']]);
    // Goods the duty does not cover still pay the reciprocal rate.
    assert.deepEqual(verdicts(inNotes('Korean furniture pays 15%.'), '2025-10-01'), [['15%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Korean goods pay 15%.'), '2025-10-01'), [['15%', 'supported']]);
  });

  test('a total of all duties after a sentence that names one the facts leave out may count it', () => {
    const before = 'Quebec lumber also pays antidumping and countervailing duties of 35.19% combined. ';
    assert.deepEqual(verdicts(inNotes(`${before}In total our clients pay about 45% at the border, all duties included.`), '2026-09-22'), [['35.19%', 'unverifiable'], ['45%', 'unverifiable']]);
    // A total of goods in general is not that one.
    assert.deepEqual(verdicts(inNotes(`${before}Canadian lumber in general pays 45% in total.`), '2026-09-22'), [['35.19%', 'unverifiable'], ['45%', 'contradicted']]);
  });

  test('the regular duty named around its figure is the MFN duty, a part the facts do not hold', () => {
    assert.deepEqual(verdicts(inNotes('Japanese cars pay 15% now. It was 27.5% from April until then, counting the regular 2.5% duty.'), '2025-10-27'), [['15%', 'supported'], ['2.5%', 'unverifiable']]);
    // Named as the figure's own after "on top of", it is still the figure's kind; named as another figure's, it is not this one's.
    assert.deepEqual(verdicts(inNotes('Chinese goods now pay 30%, on top of the normal MFN rate of 3.4% for this line.'), '2025-08-15'), [['30%', 'supported'], ['3.4%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Chinese goods now pay 30%, plus the MFN rate of 3.4%.'), '2025-08-15'), [['30%', 'supported'], ['3.4%', 'unverifiable']]);
    // A figure after the duty's own may be the sum with it: "the MFN duty of 2.5% comes on top, so cars pay 27.5% in the end".
    assert.deepEqual(verdicts(inNotes('For German cars the MFN duty of 2.5% comes on top, so they pay 27.5% in the end.'), '2025-06-12'), [['2.5%', 'unverifiable'], ['27.5%', 'unverifiable']]);
    // So may one the parts after it in brackets add up to.
    assert.deepEqual(verdicts(inNotes('Italian cars still pay 27.5% at the border (25% under Section 232 plus 2.5% MFN).'), '2025-08-20').map(([figure, verdict]) => [figure, verdict]).filter(([figure]) => figure === '27.5%'), [['27.5%', 'unverifiable']]);
  });

  test('the parts of a partner\'s total after a comparison with every partner are still its own', () => {
    const text = inNotes('India is at 50 percent total, the highest of any major partner: 25 percent reciprocal plus 25 percent for buying Russian oil.');
    assert.deepEqual(verdicts(text, '2025-11-18'), [['50 percent', 'supported'], ['25 percent', 'supported'], ['25 percent', 'supported']]);
  });

  test('an audit column of the rate on entry, beside a finding of error', () => {
    const audit = inNotes('| Origin | Program | Rate on entry | Audit |\n| --- | --- | --- | --- |\n| China | IEEPA fentanyl | 20% | ERROR, should be 10% |\n| China | IEEPA fentanyl | 20% | OK |\n');
    assert.deepEqual(verdicts(audit, '2026-01-22', 'markdown').filter(([figure]) => figure === '20%'), [['20%', 'unverifiable'], ['20%', 'outdated']]);
  });

  test('partners listed on from another figure\'s own partner are that figure\'s too: "25%, or 15% for Japan, the EU and Korea"', () => {
    const list = 'What is left of US tariffs is the Section 232 layer:\n\n- Autos and parts: 25%, or 15% for Japan, the EU and Korea\n- Autos: 25%, or 15% for Japan and the EU\n';
    assert.deepEqual(verdicts(list, '2026-11-20', 'markdown'), [['25%', 'supported'], ['15%', 'supported'], ['25%', 'supported'], ['15%', 'supported']]);
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
  test('an export remission the exporter\'s own government pays back', () => {
    const text = 'Indian knitwear pays the 50% tariff. In India the GST on cotton yarn is 5%, the RoDTEP export remission on knitted garments is about 4.3%, and the repo rate is 5.5%.';
    assert.deepEqual(verdicts(inNotes(text), '2025-10-01'), [['50%', 'supported']]);
  });

  test('interest on a duty deferral facility, and a metal\'s content "in" the goods', () => {
    const swiss = 'Swiss watch movements pay the 15% tariff. ';
    assert.deepEqual(verdicts(inNotes(`${swiss}Interest on our duty deferral facility is 7.25%, and the bank reviews it in March.`), '2025-12-01'), [['15%', 'supported']]);
    assert.deepEqual(verdicts(inNotes(`${swiss}Steel content in the cases is 100%, so the steel duty applies to their whole value.`), '2025-12-01'), [['15%', 'supported']]);
  });

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

  test('a clause that leaves its noun out takes the one before: "France\'s VAT is 20%; Japan\'s, 10%"', () => {
    assert.deepEqual(verdicts(inNotes('France\'s VAT is 20%; Japan\'s at 10% and Vietnam\'s 8%.'), '2025-09-15'), []);
    assert.deepEqual(verdicts(inNotes('Japan\'s tariff is 15%; Vietnam\'s at 46%.'), '2025-09-15'), [['15%', 'supported'], ['46%', 'outdated']]);
  });

  test('a goods and services tax written out is a tax, not a tariff', () => {
    assert.deepEqual(verdicts(inNotes('Canadian goods face US duties. At home, the Goods and Services Tax remains at 5%.'), '2025-10-20'), []);
  });

  test('a fee someone charges, and another country\'s export tax, are no US tariff', () => {
    assert.deepEqual(verdicts(inNotes('Packing adds about 3% and the forwarder\'s fee roughly 1% for goods from Vietnam.'), '2025-09-15'), []);
    assert.deepEqual(verdicts(inNotes('India raised its export duty on rice from 10% to 20%.'), '2025-09-15'), []);
    assert.deepEqual(verdicts(inNotes('Indonesia keeps an export levy of 7.5% on palm oil.'), '2025-09-15'), []);
  });

  test('a reduction machine translation calls a deduction is still about the tariff', () => {
    assert.deepEqual(verdicts(inNotes('Washington said that it would not negotiate the global deduction of 10% reference.'), '2025-08-07'), [['10%', 'supported']]);
  });
});

describe('whose goods, and when', () => {
  test('"imported cars" are every partner\'s, as "foreign cars" are, in a document about one partner', () => {
    const doc = (text: string) => `# Japan after the ruling\n\nJapanese cars pay 15% all-in under the Japan deal.\n\n${text}\n`;
    assert.deepEqual(verdicts(doc('Imported cars pay 25% under Section 232.'), '2026-03-01', 'markdown'), [['15%', 'supported'], ['25%', 'supported']]);
    assert.deepEqual(verdicts(doc('Imported cars from Japan pay 25% under Section 232.'), '2026-03-01', 'markdown'), [['15%', 'supported'], ['25%', 'outdated']]);
  });

  test('"the oil order" is an order, not oil: the goods are the ones the sentence before names', () => {
    const text = 'Notes on India and US tariffs.\n\nSteel exporters see little relief. Their shipments still pay 50% under Section 232, a duty the oil order never touched.\n';
    assert.deepEqual(verdicts(text, '2026-02-10'), [['50%', 'supported']]);
  });

  test('a line that leads in to a list or a table with a colon, or a caption right above a table, names the partner of its items that name none', () => {
    const leadIn = '# Swiss watch costs\n\nSwiss watches pay a 15% tariff now.\n\nThe stainless cases come from China, and pay:\n\n';
    const list = '- Reciprocal: 10%\n- Fentanyl duty: 10%\n- Straps from Vietnam: 20%\n';
    assert.deepEqual(verdicts(leadIn + list, '2025-12-01', 'markdown'), [['15%', 'supported'], ['10%', 'supported'], ['10%', 'supported'], ['20%', 'supported']]);
    const table = '| Duty | Rate |\n| --- | --- |\n| Reciprocal | 10% |\n| Fentanyl | 10% |\n';
    assert.deepEqual(verdicts(leadIn + table, '2025-12-01', 'markdown'), [['15%', 'supported'], ['10%', 'supported'], ['10%', 'supported']]);
    // So does a caption line right above a table of aligned columns, with no blank line between.
    const sheet = 'Swiss watch accrual. Swiss movements pay the 15% tariff.\n\nLine B - steel watch cases, origin China, entered value 41,900.00\n  Reciprocal                  10%\n  Fentanyl duty               10%\n  Section 301 List 3          25%\n';
    assert.deepEqual(verdicts(sheet, '2025-12-01').map(([, verdict]) => verdict), ['supported', 'supported', 'supported', 'unverifiable']);
  });

  test('goods and their levels listed under a heading or a lead-in that names a tariff ("## Sectoral tariffs (Section 232)", "- Trucks: 35%") are rates', () => {
    const heading = '# Rates brief\n\n## Sectoral tariffs (Section 232)\n\n- Heavy trucks: 35%\n- Copper: 50%\n';
    assert.deepEqual(verdicts(heading, '2025-11-10', 'markdown'), [['35%', 'contradicted'], ['50%', 'supported']]);
    const leadIn = '# Rates brief\n\nThe Section 232 tariffs now stand as follows:\n\n- Heavy trucks: 25%\n- Aluminum: 50%\n';
    assert.deepEqual(verdicts(leadIn, '2025-11-10', 'markdown'), [['25%', 'supported'], ['50%', 'supported']]);
    // Or "goods at" their level: "- medium trucks at 15 percent".
    const atLevel = '# Rates brief\n\nThe Section 232 duties still in place:\n\n- medium and heavy trucks at 15 percent;\n- copper wire at 50 percent.\n';
    assert.deepEqual(verdicts(atLevel, '2025-11-10', 'markdown'), [['15 percent', 'contradicted'], ['50 percent', 'supported']]);
    // Not under words of another topic, however near a tariff word stands, nor under a heading a paragraph of prose separates from the list.
    for (const text of [
      '# Rates brief\n\n## Price rises since the tariffs\n\n- Steel: 12%\n- Copper: 8%\n',
      '# Rates brief\n\n## Tariff impact on margins\n\n- Steel: 12%\n',
      '# Rates brief\n\n## Section 232 tariffs\n\nOur buyers told us how much their costs went up.\n\n- Steel: 12%\n',
      '# Tariff notes\n\nShare of our spend, by goods:\n\n- Steel: 12%\n- Copper: 8%\n',
      '# Rates brief\n\n## Price rises since the tariffs\n\n- steel coil at 12% above last year\n- copper rod at 8%\n',
    ]) assert.deepEqual(verdicts(text, '2025-11-10', 'markdown'), [], text);
  });

  test('a change "by a cumulative 14%" is no rate, however "cumulative" names a combined one; nor is a spread a duty would raise', () => {
    assert.deepEqual(verdicts(inNotes('A 25% copper duty would raise the COMEX-LME spread to around 12%.'), '2025-06-20'), [['25%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Domestic mills have lifted list prices three times since April, by a cumulative 14%, and capacity utilisation has climbed to 79% from 74%.'), '2025-06-20'), []);
    assert.deepEqual(verdicts(inNotes('Chinese goods paid a cumulative 30% in June.'), '2025-07-01'), [['30%', 'supported']]);
  });

  test('every level of a list in brackets after words that name rates is a rate, not only the first: "(24% for Japan, 20% for the EU, 32% for Switzerland)"', () => {
    const listed = inNotes('The higher country rates (twenty-four percent for Japan, 20% for the EU, 46% for Vietnam, 32% for Switzerland) are on hold.');
    assert.deepEqual(verdicts(listed, '2025-05-30'), [['twenty-four percent', 'supported'], ['20%', 'supported'], ['46%', 'supported'], ['32%', 'contradicted']]);
    // A partner on the next line, after "for", is still the figure's.
    const wrapped = inNotes('The higher country rates (20% for the EU, 46% for\n  Vietnam, 32% for Switzerland) are on hold.');
    assert.deepEqual(builtinRateClaims(wrapped, '2025-05-30').map((c) => [c.text, c.scope.partner, c.verdict]), [['20%', 'EU', 'supported'], ['46%', 'VN', 'supported'], ['32%', 'CH', 'contradicted']]);
    // Costs listed in brackets are no rates.
    assert.deepEqual(verdicts(inNotes('Our landed costs (12% for freight, 8% for insurance, 5% for handling) rose.'), '2025-05-30'), []);
  });

  test('a figure in brackets is the level of what stands before them: "sales tax (about 6% on average)", not "the UK tariff (6%)"', () => {
    const text = inNotes('A sweater from a British shop pays 10%. And your state\'s sales tax (about 6% on average) has nothing to do with customs.');
    assert.deepEqual(verdicts(text, '2025-10-01'), [['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('A sweater from a British shop pays the UK tariff (6%).'), '2025-10-01'), [['6%', 'contradicted']]);
  });

  test('a sentence that names no measure may take the one the sentence before it names ("… from Section 232. Canadian mills pay the same 50%")', () => {
    assert.deepEqual(verdicts(inNotes('USMCA does not shield anyone from Section 232. Canadian mills pay the same 50% as everybody else.'), '2025-10-08'), [['50%', 'supported']]);
    // Its own reading comes first: a rate wrong under both is judged as before.
    assert.deepEqual(verdicts(inNotes('USMCA does not shield anyone from Section 232. Canadian mills pay 60%.'), '2025-10-08'), [['60%', 'contradicted']]);
  });

  test('words for duties named before ("raised them to 100%") make a figure theirs: Section 301 rates no fact records are not judged by other duties', () => {
    const text = inNotes('Section 301 duties on China range from 7.5% to 25%; the 2024 review raised them to 100% on electric vehicles and 50% on semiconductors.');
    assert.deepEqual(verdicts(text, '2026-03-30').filter(([, verdict]) => verdict === 'contradicted' || verdict === 'outdated'), []);
    // Without such words the figure is the goods' own rate, and judged.
    assert.deepEqual(verdicts(inNotes('Section 301 duties on China range from 7.5% to 25%. Chinese electric vehicles pay 100%.'), '2026-03-30').map(([figure, verdict]) => [figure, verdict]).slice(-1), [['100%', 'contradicted']]);
  });

  test('Japanese auto parts paid 27.5% all-in until the deal rate, from the start of the parts duty', () => {
    assert.deepEqual(verdicts(inNotes('Engines from Japan paid 27.5% until mid-September.'), '2025-12-02'), [['27.5%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Engines from Japan paid 27.5% in April.'), '2025-12-02').map(([, verdict]) => verdict === 'supported'), [false]);
  });

  test('British cars above the quota pay 27.5% all-in, as they did before the quota, and 25% under Section 232', () => {
    assert.deepEqual(verdicts(inNotes('Above the quota, British cars pay 27.5%. Within it they pay 10%.'), '2025-09-22'), [['27.5%', 'supported'], ['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Above the quota, British cars pay 25% under Section 232.'), '2025-09-22'), [['25%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Above the quota, British cars pay 30%.'), '2025-09-22'), [['30%', 'contradicted']]);
  });

  test('a label set off by a dash is a label, as one with a colon is: "**Aluminum** — 25%, also under Section 232", "**Upholstered furniture from the EU** — 25%"', () => {
    const checklist = '# Duty checklist\n\n- [ ] **Aluminum** — 25%, also under Section 232.\n- [ ] **Upholstered furniture from the EU** — 25%.\n';
    assert.deepEqual(verdicts(checklist, '2026-06-10', 'markdown'), [['25%', 'outdated'], ['25%', 'contradicted']]);
  });

  test('partners\' levels listed under an intro that names their rates ("Country rates took effect: 84% on China, …") are rates', () => {
    assert.deepEqual(verdicts(inNotes('On April 9, 2025, country rates took effect: 84% on China, 20% on the EU, 26% on Japan.'), '2026-08-01'), [['84%', 'supported'], ['20%', 'supported'], ['26%', 'contradicted']]);
    // Not under an intro of another kind of rate.
    assert.deepEqual(verdicts(inNotes('Growth rates last year: 2% for Japan, 1% for the EU.'), '2026-08-01'), []);
    // In brackets after the words that name them, too.
    assert.deepEqual(verdicts(inNotes('The country rates set on April 2 (for example 46% for Vietnam and 26% for Japan) were paused a week later.'), '2025-04-20').map(([figure]) => figure), ['46%', '26%']);
    assert.deepEqual(verdicts(inNotes('Growth rates (for example 2% for Japan) slowed.'), '2026-08-01'), []);
  });

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

describe('figures someone else gives, or that the writer takes back (stop 39)', () => {
  test('hearsay: "the guys on the line say", "my guy says", "his understanding was", "others say", "another buyer say"', () => {
    for (const [text, asOf] of [
      ['I work at a parts plant, and the guys on the line say Japanese cars pay 27.5 percent all-in.', '2026-03-10'],
      ['And steel studs? My guy says the steel tariff is 25 percent.', '2026-03-10'],
      ['Director Brandt said his understanding was that steel is still at 25% and rising.', '2025-06-17'],
      ['Others say the fentanyl tariff on China is only 10%.', '2025-04-17'],
      ['Another buyer say the China tariff is still 145 percent.', '2025-10-08'],
    ]) assert.equal(verdicts(inNotes(text), asOf)[0][1], 'unverifiable', text);
    // The writer's own understanding is a hedged claim, still the writer's.
    assert.deepEqual(verdicts(inNotes('My understanding is that British cars face 45% in total.'), '2026-03-17'), [['45%', 'contradicted']]);
  });

  test('what notes "still carry", guides "still mention", a letter, a podcast or a quote says, and what a reader e-mailed', () => {
    for (const [text, asOf] of [
      ['Some sell-side notes still carry the 55% figure from June for China.', '2025-10-06'],
      ['Some older seller guides still mention a 10% fentanyl tariff on China.', '2025-05-21'],
      ["The framing sub's cover letter says the lumber tariff went to 25% in January.", '2026-11-09'],
      ['Meanwhile a podcast I listen to says the reciprocal tariff on Chinese goods is 34%.', '2025-11-20'],
      ["Light fixtures from China: the supplier's quote still carries the 10% Section 122 surcharge as a line item.", '2026-11-09'],
      ['Northline sources tube from Canada and carried it at a 25% duty.', '2026-11-09'],
      ['A reader emailed to say the steel tariff on wagons is 25%.', '2025-11-20'],
    ]) assert.equal(verdicts(inNotes(text), asOf)[0][1], 'unverifiable', text);
  });

  test('a quotation from someone who writes, running on past its sentence, and a figure quoted alone', () => {
    assert.deepEqual(verdicts(inNotes('Paul in Ashland writes: "I import Swiss watch movements and I am paying 39 percent. When does that end?"'), '2026-03-10'), [['39 percent', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('You might also have seen "245%" in a headline for Chinese goods.'), '2025-04-25'), [['245%', 'unverifiable']]);
    // A prompt the writer sets is the writer's own words, quotation marks or not.
    assert.deepEqual(verdicts(inNotes('Board prompt: "Today, imports from most countries face a 10% tariff. Who actually pays it?"'), '2026-09-14'), [['10%', 'outdated']]);
  });

  test('a figure the next sentence or the same one takes back', () => {
    for (const [text, asOf] of [
      ['Last month I told the students that aluminum from everywhere except Russia pays 25%. A student corrected me afterward.', '2026-11-05'],
      ["Chinese goods pay thirty percent tariffs, yeah, that hasn't moved. Sorry, no, scratch that.", '2026-03-10'],
      ['The Minister of Finance said that Chinese goods face 145 per cent tariffs at the American border. That was true in April.', '2025-11-04'],
      ['Some packhouses calculate 40% in total for South Africa, thinking the basic tariff is added on top. This is not how it works: the country rate replaces the basic one.', '2025-09-15'],
      ["One reader asked why lumber pays a 25% tariff: it doesn't, that is the furniture rate.", '2025-10-31'],
    ]) assert.equal(verdicts(inNotes(text), asOf)[0][1], 'unverifiable', text);
  });

  test('threats, announcements, conditions and a part of a rate that is suspended', () => {
    assert.deepEqual(verdicts(inNotes('The 50% rate threatened against the EU for June 1 was put off.'), '2025-06-17'), [['50%', 'unverifiable']]);
    // "cabinet rate" names cabinets (stop 64), whose 50% the base records as announced.
    assert.deepEqual(verdicts(inNotes("So as of today the 25% is what everybody pays on furniture, and the 50% cabinet rate has been announced but isn't collected."), '2026-01-20'), [['50%', 'announced']]);
    assert.deepEqual(verdicts(inNotes('The fentanyl tariff will be cut to 10% in November, which would bring the total IEEPA rate on Chinese goods down to 20%.'), '2025-10-31'), [['10%', 'supported'], ['20%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Canadian goods still pay 35%, and the administration has said it will raise the surcharge to 15%.'), '2026-03-05'), [['35%', 'outdated'], ['15%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Do not sign programmes with the 10% basic tariff on South African citrus in the price calculation.'), '2025-09-15'), [['10%', 'unverifiable']]);
    // The built-in base records the suspended part as a paused rate.
    assert.deepEqual(verdicts(inNotes('The reciprocal tariff on China is 34%, with a 24% suspended portion until November 2026.'), '2025-11-20'), [['34%', 'outdated'], ['24%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('The reciprocal tariff on China continues to suspend the 24% part until November 10, 2026.'), '2025-11-20'), [['24%', 'supported']]);
    // Another imposer's retaliation is another kind of figure; the US rate before it stays the partner's (the EU's listed 20%, paused).
    assert.deepEqual(verdicts(inNotes("The European Union is at 20%, and they said they'll retaliate with 25% on American stuff."), '2025-04-11'), [['20%', 'supported'], ['25%', 'unverifiable']]);
    // A lettered item on a line of its own starts a sentence, even after an abbreviation.
    const items = 'Tariffs on Cambodia.\n\n  c) Payment term remain 30% deposit and 70% balance against copy of B/L.\n  d) In case the US increase the Cambodia rate again to 49%, we need to discuss each style.';
    assert.deepEqual(verdicts(items, '2025-09-22'), [['49%', 'unverifiable']]);
  });
});

describe('more figures that are not tariff rates (stop 39)', () => {
  test('a licence fee, a sales and service tax, a property levy, a price gap, a change "of" or "with" or "in" some percent, rounding, shares of a cost, a plant\'s operation rate', () => {
    assert.deepEqual(verdicts(inNotes("Today my importer is still charging me tariffs like it's 145 percent. I'd ask the council not to raise the business license fee 5 percent on top of that."), '2026-03-17'), [['145 percent', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes("Malaysia's SST is 10% on most goods."), '2025-09-15'), []);
    assert.deepEqual(verdicts(inNotes("The city's property levy will rise to 4 percent after the tariff shock."), '2026-03-17'), []);
    assert.deepEqual(verdicts(inNotes('Indonesia factory price cheaper around 5%, but Indonesia goods pay 19% tariff to the US.'), '2025-09-15'), [['19%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Because of the tariff, the price to the origin of the oil is diminished of about 28%.'), '2025-08-25'), []);
    assert.deepEqual(verdicts(inNotes('Because of the tariff, the price of Navels fell with about 7 percent.'), '2025-09-15'), []);
    assert.deepEqual(verdicts(inNotes('With the 50% tariff, the European and Japanese buyers increased the purchases of our coffee in 12% in the month.'), '2025-09-15'), [['50%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Tariff pass-through: price changes are rounded to the nearest 0.5%.'), '2025-05-20'), []);
    assert.deepEqual(verdicts(inNotes('Tariff cost: 60% was absorbed by the company and 40% was transferred to customers; operation rate of the Korea plant 87%.'), '2025-11-14'), []);
  });

  test('"100% fake", "1.5 per cent off our GDP", a duty-handling fee, a margin "past about 35% duty"', () => {
    assert.deepEqual(verdicts(inNotes('India is 50% now because of the Russian oil tariff, so the "pre-tariff" sale is 100% fake.'), '2025-10-20'), [['50%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Tariffs will take about 1.5 per cent off our GDP.'), '2025-11-04'), []);
    assert.deepEqual(verdicts(inNotes('ParcelBridge charges a 2.5% duty-handling fee on Chinese parcels.'), '2025-05-21'), []);
    assert.deepEqual(verdicts(inNotes('Brazilian sandals pay the 50% tariff now; our margin goes negative past about 35% duty.'), '2025-08-12'), [['50%', 'supported'], ['35%', 'unverifiable']]);
  });
});

describe('whose figure it is (stop 39)', () => {
  test('a figure before "except X, which …" is every other partner\'s; the list of exceptions goes on after a clause of its own', () => {
    assert.deepEqual(verdicts(inNotes('Upholstered furniture and kitchen cabinets pay 25%, except Japan, which is capped at 15%, and the UK, capped at 10%.'), '2026-08-15'), [['25%', 'supported'], ['15%', 'supported'], ['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Steel and aluminum pay 50%, except British steel and aluminum at 25%.'), '2025-11-20'), [['50%', 'supported'], ['25%', 'supported']]);
  });

  test('oil a sentence is about, a group a rate is compared within, buyers of a nationality, East London, the Brazil order, a safeguard', () => {
    assert.deepEqual(verdicts(inNotes('It is not like this for the reciprocal duty on Tunisian oil. For the Moroccan oil the duty remains the basic one of 10%.'), '2025-08-25'), [['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Letter of a Swiss watchmaker to its dealers.\n\nFrom the 7 August 2025 our watches were taxed with 39%, which was the highest rate of all the European countries.'), '2026-01-12'), [['39%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Market letter of a Brazilian coffee cooperative.\n\nWith the tariff of 50% and the market nervous, we prefer the contracts with the European and Japanese buyers.'), '2025-09-15'), [['50%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('The vehicle makers in East London say their cars pay the 30% reciprocal rate.'), '2025-09-15'), [['30%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('| Partner | Rate | Basis |\n| --- | --- | --- |\n| Brazil | 50% | IEEPA: reciprocal plus Brazil order |'), '2025-11-20', 'markdown'), [['50%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('The Section 201 safeguard tariff 14% on Chinese solar cells has no change.'), '2025-11-20'), [['14%', 'unverifiable']]);
  });
});

describe('stop 39, second round: sources, lists and conditions', () => {
  test('what someone "had" a partner at, a senator "said last week that", a buddy at a store, a plan "assumed", a supplier\'s document to correct', () => {
    for (const [text, asOf] of [
      ['Someone on the sell side had China at 245% in a note yesterday.', '2025-04-22'],
      ['Senator Haddad said last week that Canadian softwood lumber now pays 45%.', '2025-09-18'],
      ['My buddy at the store in Ohio says Chinese goods pay 145% now.', '2025-10-01'],
      ['Thailand factory cost is now higher than in the plan, the plan assumed Thailand rate of 36%... (this was the April figure, now not valid).', '2026-01-15'],
      ["By the way, the reciprocal tax of Japan is 24% is the information on some supplier's document, please correct it.", '2026-01-15'],
      ['Also the reciprocal of 20% for European Union is still applied in the software of one broker in New York.', '2025-09-10'],
    ]) assert.equal(verdicts(inNotes(text), asOf)[0][1], 'unverifiable', text);
    // What our own FAQ said is still ours.
    assert.deepEqual(verdicts(inNotes('Our FAQ said that Vietnamese goods face 46%.'), '2025-09-01'), [['46%', 'outdated']]);
  });

  test('the items under "True or false?" are statements to judge; conditions after ", and if", or under a chat message\'s header', () => {
    const quiz = '**BONUS (5 pts): True or false?**\n\n- (a) Chinese goods still face a 20% tariff today.\n- (c) Japanese cars today pay 27.5% at the border.';
    assert.deepEqual(verdicts(inNotes(quiz), '2026-06-25', 'markdown'), [['20%', 'unverifiable'], ['27.5%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The President threatened 50 percent on all EU goods back in\nMay, and if the Supreme Court upholds the lower courts, the 15 percent\nJapanese reciprocal rate would have to be refunded.'), '2025-10-29'), [['50 percent', 'unverifiable'], ['15 percent', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('[16.05.2025 08:30] Li Wei | Ningbo Houseware Factory:\nFor your information, if the 90 days finish with no agreement, maybe the tariff go back to 145%.'), '2025-05-16'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('- Japan\'s rate was 25% in April 2025, before the talks. (Check this one, kids, is it right?)'), '2026-11-05'), [['25%', 'unverifiable']]);
  });

  test('a rate posted before any proclamation, one to be added, talk of lifting one, a surcharge "not add on" Section 232 goods', () => {
    assert.deepEqual(verdicts(inNotes('Truck tariff: Trump posted 25% on heavy trucks, no proclamation yet.'), '2025-10-08'), [['25%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('A smaller group expects a refined copper duty of 15% to be added in 2027.'), '2026-10-20'), [['15%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The White House talked in February about lifting the surcharge to 15% for everyone.'), '2026-02-28'), [['15%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Our customs broker explain the 10% surcharge is not add on Thai sofas under Section 232.'), '2026-03-16'), [['10%', 'unverifiable']]);
  });

  test('a list of what was struck down, and one that a sentence "ended, for example"', () => {
    const struck = '## What was struck down\n\nEvery tariff imposed under IEEPA, including:\n\n- the 10% baseline reciprocal tariff, which had applied since April 5, 2025;\n- Brazil\'s additional 40%, which had applied since August 6, 2025.';
    assert.deepEqual(verdicts(inNotes(struck), '2026-02-26', 'markdown'), [['10%', 'supported'], ['40%', 'supported']]);
    const ended = 'No. The Supreme Court ruled in February 2026 that the emergency tariffs imposed under\nIEEPA were unlawful, and CBP stopped collecting them on February 24. That ended, for\nexample, the 10% baseline that had applied to almost every country since April 2025,\nand the 15% rate on goods from the European Union and Japan.';
    assert.deepEqual(verdicts(inNotes(ended), '2026-08-25'), [['10%', 'supported'], ['15%', 'unverifiable']]);
  });

  test('whose figure: "Russian oil" in quotation marks, a town abbreviated "Ste.", a country that "has charged", the E-U; what a total adds', () => {
    assert.deepEqual(verdicts(inNotes('India: additional 25% "Russian oil" duty starts on August 27, 2025.'), '2025-08-12'), [['25%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Our steel and aluminum producers in Hamilton, Sault Ste. Marie and Nanticoke are dealing with 50% under Section 232, and our auto sector pays 25% on every vehicle.'), '2025-10-27'), [['50%', 'supported'], ['25%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Since March 20, China has charged 100 per cent on Canadian canola oil and meal.'), '2025-04-22'), [['100 per cent', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The E-U deal rate is 15 percent.'), '2025-08-12'), [['15 percent', 'supported']]);
    assert.deepEqual(verdicts(inNotes('A viewer emailed us. That was the April number; the EU deal rate is 15 percent.'), '2025-08-12'), [['15 percent', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Canadian softwood now pays roughly 45% once you add the anti-dumping and countervailing duties.'), '2026-05-20'), [['45%', 'unverifiable']]);
  });

  test('fees of a letter of credit "per quarter", a fuel charge', () => {
    assert.deepEqual(verdicts(inNotes('LC confirmation fees for Bangladesh and Cambodia remain at 0.35% per quarter.'), '2025-10-06'), []);
    assert.deepEqual(verdicts(inNotes('The disposable pans pay the 50% aluminum tariff, and our supplier added a 4% fuel charge on top.'), '2026-01-14'), [['50%', 'supported']]);
  });
});

describe('figures someone else gives, or that the writer takes back (stop 40)', () => {
  test('what purchase orders list, a team thinks, reports someone has seen, a quote assumed, a cost sheet still applies', () => {
    for (const [text, asOf] of [
      ['A few older purchase orders list the Chinese reciprocal tariff at 84%.', '2025-04-28'],
      ['Our team thinks the Section 122 surcharge of 10% on Korean goods continues into August.', '2026-08-31'],
      ['Some of you have seen reports that Canadian aluminum is paying 50%.', '2025-04-24'],
      ['A contractor also stated that Canadian softwood pays about 45% in total.', '2026-06-18'],
      ['The councilmember said she understood buses now carry a 25% tariff.', '2026-06-18'],
      ["The Ontario vendor's quote assumed the 25% Canada tariff.", '2026-01-15'],
      ['Several importers still apply in their cost sheets an arancel of 30% to Mexican avocado.', '2025-09-02'],
      ['A customer emailed me a screenshot saying Peru got hit with 30%.', '2025-05-20'],
      ['The administration itself said in June that Chinese goods face 55 percent.', '2025-06-30'],
      ['An importer in Texas told to us that the tariff of Thailand is 25% now.', '2025-08-20'],
      ['On the call one of our reps said EU wines are still at 10%.', '2025-09-12'],
      ['One grower in Niigata thinks the Japanese sake rate is still 24%.', '2025-09-12'],
      ['Chinese glyphosate faces 145%, according to one dealer flyer I picked up at the show.', '2025-09-18'],
      ['The Japanese rate is 24% on paper, and the 34% in the table is\nwhat our supplier in Kyoto told us, counting the baseline on top.', '2025-04-22'],
      ['Your team had assumed Japan at 27.5% for parts in the July quote.', '2025-09-20'],
      ['Many customers still ask about the 145% tariff on China, this tax rate was only valid from April 10 to May 13.', '2025-11-20'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('a figure the next sentence says is corrected below, is not the real number, or is outdated, or that was never put in place', () => {
    for (const [text, asOf] of [
      ['Softwood lumber pays the 25% Section 232 rate. (See correction below.)', '2026-01-15'],
      ['Chinese glyphosate pays 145%. The real number is 30%, plus the normal duty.', '2025-09-18'],
      ['Your plan had India at 50% for parts. These numbers are outdated.', '2025-07-31'],
      ['Since August 7, wines from the EU pay a 15% reciprocal tariff.\n\nSome of you will remember the 200% tariff on EU wine and Champagne that was threatened in\nMarch, and the 30% letter in July. Neither was ever put in place.', '2025-09-12'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
    // Without the next sentence the figure is the writer's, and wrong.
    assert.deepEqual(problemsInNotes('Chinese glyphosate pays 145%.', '2025-09-18'), [['145%', 'outdated']]);
  });

  test('a rise denied or bound to a quota running out, a duty that could come, a cap people support, a rate that would not exceed a figure', () => {
    for (const [text, asOf] of [
      ['Confirm that the Section 232 lumber tariff will stay at 10% and not rise to 25%.', '2026-10-06'],
      ['British cars pay 10% inside the quota. Once the quota is used up it goes to 25% for British cars.', '2025-10-27'],
      ['Anything from Mexico pays 25%. Commerce has said the 17%\nduty could come in July.', '2025-07-31'],
      ['Asked about policy, most members support a 15% cap on steel duties for small manufacturers.', '2026-08-20'],
      ['Seek a commitment that any Section 232 tariff on Swiss pharmaceuticals would not exceed 15%.', '2025-10-20'],
      ['A Section 122 surcharge at the full 15% would, by our count, raise the cost of imports.', '2026-03-05'],
      ['In a partial deal the combined China rate would fall to something like 40%.', '2025-04-24'],
      ['Drug makers watch Section 232.\n\n**Pharma.** The 100% Section 232 tariff on branded drugs announced for 1 Oct has not been\nimplemented.', '2025-11-18'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });
});

describe('more figures that are not tariff rates (stop 40)', () => {
  test('humidity, a compensation rate, a platform\'s fees, freight, reliability, a global minimum tax, a currency, prices raised "of" a figure', () => {
    for (const [text, asOf] of [
      ['India got hit with a 50% tariff in late August. Humidity in the wood room stays at 45%.', '2025-10-28'],
      ["Canadian goods face 35%. The farm program's compensation rate remains 80% for 2025.", '2025-09-15'],
      ["Tariffs on Chinese beads are 30%. All told, Etsy's fees come to roughly 12% all-in.", '2025-10-28'],
      ['Japanese goods pay 15%. Freight runs 6% to 9% of the price on the overseas bids.', '2026-01-15'],
      ['Chinese goods face the 10% Section 122 surcharge. Global schedule reliability in March: 61.4%.', '2026-03-31'],
      ['Duties rose this year. All jurisdictions clear the 15% global minimum except Ireland.', '2026-01-15'],
      ['Because of the 19% tax on Thai goods, and also the Thai Baht is more strong about 4% since last quarter, we raise prices.', '2025-08-20'],
      ['Swiss goods paid 39%, and we have augmented the prices of only 4 %.', '2025-12-09'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('an anti-subsidy rate is still a duty, judged as the separate duty it is', () => {
    const claim = builtinRateClaims(inNotes('The anti-subsidy rate on Chinese solar cells stands at 25%.'), '2025-10-20')[0];
    assert.deepEqual([claim?.text, claim?.verdict, claim?.scope.measureChange], ['25%', 'unverifiable', 'countervailing']);
  });

  test('a part a total "already includes", a figure something is "better than"', () => {
    assert.deepEqual(verdicts(inNotes('Japanese cars pay 15%. The 15% already includes the 2.5% duty.'), '2025-12-02'), [['15%', 'supported']]);
    assert.deepEqual(problemsInNotes('Chinese bamboo needles: 30% in total is better than 145% but still hurts.', '2025-05-20'), []);
  });
});

describe('held-out sets of stop 40', () => {
  test('what folks think, a figure still loaded in a system, one that "is the old rate"', () => {
    for (const [text, asOf] of [
      ['HUTCHINS: Last word. A lot of folks think China is still paying 145%.', '2026-11-12'],
      ['- The Section 122 surcharge is still loaded at 10% on all non-232 lines in the system.', '2026-09-08'],
      ['Section 232 steel is 50%, and has been since June 4.\n   The 25% in your sheet is the old rate.', '2025-11-12'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('a rate "already cut" or that "has lost its effect"; "not our 50%"; the penalty "of the Russian oil"', () => {
    for (const [text, asOf] of [
      ['OKONKWO: The Swiss were at 39% from August to mid-November 2025, then it dropped to 15%.\nSince the ruling none of that applies. Same with India\'s 50%, which by the way was already cut\nback to 18% in February, when the oil penalty came off.', '2026-11-12'],
      ['For other Korean products, the reciprocal tariff of 15% which was applied from\nAugust of last year has lost its effect by the ruling of the Supreme Court in February.', '2026-04-22'],
      ['When the roaster in Europe sends this coffee roasted to the United States, it pays the 15% of the European Union\nand not our 50%.', '2025-09-15'],
      ['Our coffee pays 50%.\n  - India: 25%, and since 27 of August 50% with the penalty of the Russian oil.', '2025-09-15'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('a loan-to-value cap, a steel content share of the customs value, a share of a price a seller absorbs', () => {
    for (const [text, asOf] of [
      ['Tariff risk stays high. Pricing: floors at SOFR + 275 bp on new manufacturing lines; LTV cap 75% on equipment.', '2025-12-05'],
      ['Steel parts pay 50%. Our customs agent estimates that on a typical machine the steel content is\nabout 35 % of the customs value.', '2025-08-20'],
      ['Indonesian goods pay 19%. To support our partnership, we will absorb 3% from the FOB price for all orders.', '2025-08-20'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('a caller\'s figure in a call-in\'s transcript, and one a reporter attributes with "she said", are checked as the writer\'s', () => {
    // Testers' labels flag them: the transcript or the story states the figure, wrong or not.
    assert.deepEqual(problemsInNotes('CALLER (TOM): We still pay 35 percent on the Canadian tubing.', '2026-11-12'), [['35 percent', 'outdated']]);
    assert.deepEqual(problemsInNotes('Toys from Vietnam still pay 46%, she said.', '2025-11-05'), [['46%', 'outdated']]);
  });
});

describe('stop 40, second round: sources, totals, datelines and shares', () => {
  test('what a newsletter, press reports, a flyer, a thread, an official to reporters, someone \'he says\' or an accountant give, next to a denial or a question; what colleagues are still using, models someone still sees', () => {
    for (const [text, asOf] of [
      ['Chinese goods pay no IEEPA rate now. In May, Swiss goods were still paying 39 percent, according to a trade association newsletter I will\nbe kind enough not to name.', '2026-11-28'],
      ['Please note that some of your colleagues in the plant are still using a surcharge of Section 122\nof 15% in the costing.', '2026-05-20'],
      ['My 3 takeaways:\n1. Re-run your landed-cost models. I still see models with the 10% global surcharge baked in.', '2026-08-12'],
      ['Brazilian coffee pays 50% now. Some reports of the press speak of a total of 40% for these products, but our dispatcher disagrees.', '2025-09-10'],
      ['Japanese pianos pay 15%. A competitor\'s flyer claims Japanese pianos now carry a 25 percent tariff. That is simply wrong.', '2025-10-20'],
      ['My BIL imports Indian textiles and he says he\'s still paying 50%. Told him that\'s wrong.', '2026-05-20'],
      ['A White House official told reporters on Wednesday that India\'s total rate was effectively 60%.', '2025-08-28'],
      ['also saw a thread saying steel and aluminum are 50% now so cases are screwed', '2025-04-12'],
      ['(b) The importer\'s accountant says the combined rate on Chinese goods is still 30%. Is the accountant right?', '2026-01-29'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('a duty floated, a total with its parts in brackets, a rise announced in a month, a figure after \'but after negotiation\', one never paid, a list after \'i.e.\'', () => {
    for (const [text, asOf] of [
      ['Semi-finished copper pays 50 percent. A separate duty on\nrefined copper, 15 percent in 2027 and 30 percent in 2028, has been floated but not adopted.', '2026-08-18'],
      ['Chinese steel products face 75 percent in combined duties (50 percent under Section 232 and 25 percent under Section 301).', '2026-08-18'],
      ['The US administration announced in September\n2025 a 100% tariff on branded and patented medicines unless the maker builds US plants.', '2026-04-20'],
      ['For one short time in April the tariff for Cambodia was 49%.\nIn July we receive the news about letter with 36%, but after negotiation the final rate become 19% and we are very happy.', '2025-09-02'],
      ['Chinese green tea had been at 145% for a few weeks in spring 2025.\nCanadian maple syrup never paid the 35% because it qualifies under USMCA.', '2026-11-05'],
      ['Short version: the Court killed the IEEPA tariffs, i.e. the 10% baseline and country rates like Vietnam\'s 20%.', '2026-05-20'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('pricing taken, a price rise in brackets, payments, drayage, a postal charge, another country charging, a dateline', () => {
    for (const [text, asOf] of [
      ['Tariffs on upholstery rose. We took pricing of 4 to 6% on upholstery in November, and we estimate we passed through about 60% of the incremental tariff cost.', '2026-01-29'],
      ['Mexican parts pay 10%. They stay competitive even with the\nincrease of the price of the steel (12% in the year).', '2026-05-20'],
      ['Brazilian juice pays 10%. We keep prices fixed in dollars and payment of 20% on the signature and 80% on the delivery.', '2025-09-10'],
      ['For China holiday POs: FOB + 20% duty + ~6.8% ocean/drayage.', '2025-11-12'],
      ['Fentanyl is still 20% on China. Postal shipments from China are now charged 54% or $100 per item.', '2025-05-20'],
      ['Brazilian juice pays 10%. The European Union, for its side, charges\n12,2% about our juice.', '2025-09-10'],
      ['**CABINETS.** HOLLAND — Lakeshore Cabinetry is adding a second shift after imported cabinets\nstarted paying 25% in October.', '2025-10-31'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });
});

describe('figures that are not the writer\'s tariff rates (stop 41)', () => {
  test('a share of the goods\' value, an upcharge, a documentation rate, a price gap, a change between two amounts', () => {
    for (const [text, asOf] of [
      ['Steel frames from Vietnam pay 20% plus 50% on the steel (the steel is about 30% of value).', '2026-01-12'],
      ['Cans from Canada pay the 50% metal duty. Printed cans carry a 7% upcharge over plain ones.', '2026-11-09'],
      ['Goods from Mexico that miss USMCA pay 25%. Our USMCA documentation rate is now 100%.', '2025-06-20'],
      ['Aluminum stands pay 50% under Section 232, so the price gap to carbon ones has shrunk to maybe 20%.', '2025-12-09'],
      ['Vietnam tariff is 20% now. dunks went 115 -> 125, thats like 8.7% for the same shoe.', '2025-08-13'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('someone else\'s figure: our importer says, a sheet still showing, a statement corrected, someone who says, forecasters who continue to model, a rep who quotes goods at a rate', () => {
    for (const [text, asOf] of [
      ['Our importer says German hops still pay 15%.', '2026-11-09'],
      ['In your sheet the duty line is still showing 37% for Bangladesh.', '2025-09-18'],
      ["Station note: Rick's statement that Canadian goods pay 35% was corrected on air.", '2025-04-11'],
      ['Next up, an economist who says a 10% tariff on Chinese goods is manageable.', '2025-04-11'],
      ['Some forecasters continue to model a 10% Section 122 surcharge; we do not.', '2026-08-19'],
      ['Our supplier in Taiwan quotes aluminum frames at the 25% rate.', '2025-06-12'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('held-out sets, once opened: last week\'s issue that said a rate, a rate "per several broker summaries", "and so is the 10 percent" after a rate gone', () => {
    for (const [text, asOf] of [
      ['Vietnamese sweaters pay no extra duty now. That 20 percent is gone, and so is the 10 percent baseline.', '2026-10-06'],
      ["Last week's issue said the EU rate was 20%. It is 15%, and has been since August 7.", '2025-12-19'],
      ['Today: the fentanyl tariff on China is still at 20% per several broker summaries.', '2025-12-19'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('a figure a later sentence calls misleading; another country\'s tariff on our goods', () => {
    assert.deepEqual(problemsInNotes('You may have seen a 245% figure for Chinese goods. That is misleading.', '2025-04-22'), []);
    assert.deepEqual(problemsInNotes('China has not bought US soybeans this fall. Its tariff on our soybeans comes to about 23% all told, while Brazilian beans go in at 3%.', '2025-10-06'), []);
    assert.deepEqual(problemsInNotes("China's tariff on our soybeans comes to about 23%.", '2025-10-06'), []);
  });

  test('"all goods origin Indonesia" names Indonesia, not every partner', () => {
    assert.deepEqual(verdicts(inNotes('Since 7 August 2025 the reciprocal import duty for all goods origin Indonesia is 19 percent.'), '2025-08-20'), [['19 percent', 'supported']]);
  });
});

describe('when a figure applies and whether it is asserted (stop 41)', () => {
  test('a figure told in the past perfect stands before the date the paragraph goes on from', () => {
    const text = 'CBP stopped collecting the IEEPA duties on February 24. Those duties had included the 10% baseline and 20% on goods from Vietnam.';
    assert.deepEqual(problemsInNotes(text, '2026-05-01'), []);
    // Said in the simple past, the figures are the ones of that day, when the duties had ended.
    assert.notDeepEqual(problemsInNotes(text.replace('had included', 'included'), '2026-05-01'), []);
  });

  test('a date of an event the White House spelled out does not date the rate', () => {
    assert.deepEqual(problemsInNotes('Brazil pays 50% as well, for reasons the White House spelled out in July.', '2026-01-20'), []);
  });

  test('a heading that asks "True or false?" puts the list under it in question, however far down the document', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `${i + 1}. A watch worth $${i + 2},000 pays the 39% Swiss rate. How much duty is paid?\n`).join('');
    const sheet = `# Worksheet\n\n## Part A\n\n${filler}\n## Part B: True or false? Correct the false ones.\n\n61. Chinese goods have paid 145% since Liberation Day.\n62. Mexican goods that miss USMCA pay 30%.\n`;
    const problems = builtinRateClaims(sheet, '2026-01-20', 'markdown').filter((c) => c.verdict === 'contradicted' || c.verdict === 'outdated').map((c) => c.text);
    assert.ok(!problems.includes('145%') && !problems.includes('30%'), problems.join(', '));
    // The same statements, not asked about, are flagged.
    const plain = builtinRateClaims(sheet.replace('True or false? Correct the false ones.', 'Statements'), '2026-01-20', 'markdown').filter((c) => c.verdict === 'contradicted').map((c) => c.text);
    assert.ok(plain.includes('145%') && plain.includes('30%'), plain.join(', '));
  });
});

describe('stop 41, second round: whose figure it is, what it is, and when', () => {
  test('someone else\'s figure or one denied: reported as, nobody charging, according to customers or a note, a portal, a declaration, a plan supposed to cut, commentators who expect, a partner who used, a team that calculated, chatter about', () => {
    for (const [text, asOf] of [
      ['GAO found that the current rate for Indian goods is reported as 50 percent on a Commerce page.', '2026-03-10'],
      ['The truck rate is 25 percent, and nobody is charging 50% on truck parts.', '2025-11-05'],
      ['Chinese goods still pay the 20% fentanyl and reciprocal duties combined, according to several of our intermodal customers.', '2026-08-12'],
      ['Chinese goods still face a 20% tariff, according to a note from one consultancy.', '2026-11-05'],
      ['Heads up, Vietnam cookware is still 46% in the supplier portal.', '2025-11-20'],
      ['On 14 entries the broker declared the Chinese reciprocal line at 10% instead.', '2026-03-16'],
      ['The new arrangement with India is supposed to cut the reciprocal rate to 18%.', '2026-02-10'],
      ['Some commentators expect a replacement tariff on Canadian goods of around 15%.', '2026-01-15'],
      ['Therefore, at present Korean products are charged the 10% only.\n\nSome distributors still calculate with the old tariff of fifteen percent, and one partner even used 25% from the first announcement.', '2026-04-20'],
      ['We make garments in Sri Lanka. In the sheet your team has calculated the US tariff on our garments at 30%.', '2025-08-19'],
      ["There's chatter about a 100% tariff on chips from Taiwan.", '2025-11-25'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('the next sentence says the figure is an old one; a rate no more collected, and its date no start', () => {
    assert.deepEqual(problemsInNotes("Zwilling wants to pass through a 20% tariff on German knife blocks. They're quoting the old EU number.", '2025-11-19'), []);
    const korea = checkDocument(inNotes('From 24 February the reciprocal tariff of 15% for Korean products is no more collected.'), builtinFacts(), { kind: 'plaintext', asOf: '2026-04-20' }).claims;
    assert.deepEqual(korea.map((c) => [c.kind, c.verdict]), [['rate', 'supported']]);
  });

  test('no rate: a sell-through, a price raised by an amount (about 9%), a futures jump of "something like 13%"', () => {
    for (const [text, asOf] of [
      ['Dana: German knife blocks, the supplier wants to pass through the EU tariff.\nPriya: EU is 15% all-in. push back. also our sell-through on knives is only 63% so no room', '2025-11-19'],
      ["The lantern is assembled in Thailand. Thailand's country rate is 36%, and the battery pack adds another wrinkle, so we raised its price by $4 (about 9%).", '2025-06-12'],
      ['Copper may get a 50% tariff, and copper futures jumped something like 13% in an hour.', '2025-07-08'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('the measure a figure is given by: a normal duty\'s own clause, a separate duty it is owed to, goods shipped through a country; a total halved', () => {
    for (const [text, asOf] of [
      ['Cambodian bicycles pay a reciprocal tariff of 19%. This extra duty comes on top of the normal duty of your HTS line, which is 5.5% for adult models and 11% for kid models.', '2025-09-22'],
      ['Chinese EVs are 100% anyway because of the Section 301 tariff.', '2025-11-05'],
      ['That 40% is only for goods shipped through Vietnam to dodge Chinese tariffs.', '2025-08-19'],
      ["Indian goods faced 50% in January. India's combined 50% had already been halved when the Russian-oil penalty was lifted on February 7.", '2026-03-10'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
    // Not a total owed to a penalty: "doubled to 50% because of the Russian-oil penalty" is India's total.
    assert.deepEqual(verdicts(inNotes("India's rate doubled to 50% on August 27 because of the Russian-oil penalty."), '2025-10-28'), [['50%', 'supported']]);
  });
});

describe('figures someone else gives, asks about or bills (stop 42)', () => {
  test('a member told, a DM, people online saying, brokers who bill, customers who calculated, shippers who asked about, suppliers still invoicing, an invoice still applying', () => {
    for (const [text, asOf] of [
      ['New heavy trucks carry a 25% Section 232 duty. One dealer told a member the truck tariff is 50% now.', '2026-03-16'],
      ["Update: someone DM'd me that Japan is 24% now. I doubt it, Japan has been at 15% since the deal.", '2025-11-20'],
      ["You'll still find people online saying the EU tariff is 20%. That rate lasted one day in April.", '2025-10-02'],
      ['Under the US-EU deal the 15% is all-in: it includes the regular duty. Cast iron pans have a regular duty of about 3.4%, so the extra is only 11.6 points. Some brokers add them together and bill 18.4% in total; check your entries.', '2026-01-15'],
      ['Please note that the reciprocal tariff of Korea, which is 15% from 7 August, is not\napplied additionally on the products which already pay the Section 232 duty. Some of\ncustomers calculated the total as 50% plus 15%, so 65% in total, but this is not the\ncorrect method. However, some other trading companies in Korea are telling to buyers that\nKorean steel pays 65% in total.', '2025-09-22'],
      ['Several shippers have asked about the 15% Section 122 surcharge they read about; no such rate exists.', '2026-06-15'],
      ['A few suppliers are still invoicing steel parts at the 25% Section 232 rate from last year.', '2026-08-12'],
      ['A third of members had a broker invoice still applying the 20% Vietnam reciprocal tariff after February 24.', '2026-03-30'],
      ['We ask USTR to clarify, with Commerce, whether cabinets from Mexico now pay a 30% tariff or the 25% rate in the annex.', '2026-03-30'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('a threat goes on after "and in May even with"; a quota under negotiation', () => {
    for (const [text, asOf] of [
      ['Recall that in July the President threatened the EU with a tariff of 30 % from August 1, and in May even with 50 %.', '2025-10-02'],
      ['Korea is also negotiating for a steel quota system with 25% tariff, but there is no result yet.', '2025-09-22'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
    // Asserted, the figure is judged.
    assert.notDeepEqual(problemsInNotes('In July the EU faced a tariff of 30 %, and in May even 50 %.', '2025-10-02'), []);
  });
});

describe('what a figure is, and whose (stop 42)', () => {
  test('qualifying content, a share of a pallet\'s value and a cash discount are no rates', () => {
    for (const [text, asOf] of [
      ['Speed up Mexico USMCA qualification: going from 61% to 85% USMCA-qualifying content ends the fentanyl-tariff exposure.', '2026-01-15'],
      ['The aluminum duty is 50%. But the aluminum is only about 8% of the value of a pallet of trims.', '2026-03-18'],
      ['Our EU beers pay the 15 % tariff since August.\n\nFor orders which are placed until 30 September we keep the old prices and we give\nadditionally 2 % Skonto for payment within 10 days.', '2025-08-20'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
  });

  test('a paused rate, a total stacked on duties the facts leave out, a doubled total, a quota tier the facts do not hold', () => {
    for (const [text, asOf] of [
      ["From April to early August we paid only the 10% baseline, because the EU's 20% got put on pause the same week it began.", '2025-09-12'],
      ['Canadian lumber now faces a combined 45% when the 10% Section 232 duty is added to the antidumping and countervailing duties.', '2026-03-30'],
      ["India's tariff is 25% today, but the White House says that doubles to 50% on August 27 over India's purchases of Russian oil.", '2025-08-07'],
      ['Brazil pays the 10% surcharge now. Remember the out-of-quota beef duty of 26.4% still applies.', '2026-03-16'],
      ['In calendar 2025 we paid about $14 million in IEEPA duties, mostly the 19% on\nThai goods and the 20% in total on Chinese treats.', '2026-05-12'],
      ['Switzerland got a 39% tariff after its talks fell apart last week.', '2025-08-07'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
    // The tier of a quota the facts do hold is judged: British cars within the quota pay 10%.
    assert.notDeepEqual(problemsInNotes('British cars above the quota pay 25% and within the quota 15%.', '2025-09-16'), []);
  });

  test('a figure set apart from "the 50% for other countries" takes the partner before it', () => {
    const text = 'British brewers pay the 10% tariff under the UK deal. For their aluminum cans the duty is 25% instead of the 50% for other countries.';
    assert.deepEqual(problemsInNotes(text, '2025-08-20'), []);
    assert.notDeepEqual(problemsInNotes(text.replace('25%', '15%'), '2025-08-20'), []);
  });
});

describe('held-out sets of stop 42, once opened', () => {
  test('a partner in bold that charges its own duty, and one that cut its duty on U.S. goods, impose them', () => {
    const problems = (text: string, asOf: string) => verdicts(inNotes(text), asOf, 'markdown').filter(([, v]) => v === 'outdated' || v === 'contradicted');
    assert.deepEqual(problems('- **India** still charges about 35 rupees a kilo on almonds, which works out to roughly a 30% duty.', '2025-11-18'), []);
    assert.deepEqual(problems('- **Turkey** cut its extra duty on U.S. nuts from 15% to 5% in September.', '2025-11-18'), []);
    // The US tariff on Indian goods is still judged.
    assert.notDeepEqual(problems('- **India** pays a 30% duty on its almonds.', '2025-11-18'), []);
  });

  test('prices raised "with" a share, as translations write "by"; a rate before any Section 232 duty; "reciprocal plus emergency duty"', () => {
    for (const [text, asOf] of [
      ['Our Belgian pralines pay the 15% tariff. We are therefore obliged to raise our prices with 6% on 1 October.', '2025-10-01'],
      ['| Partner | Rate | Basis |\n|---|---|---|\n| Brazil | 50% | Reciprocal plus emergency duty |', '2025-09-22'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
    // Before any Section 232 duty, the figure is the country's own rate: judged as that, not as the steel duty.
    const korea = builtinRateClaims(inNotes('Korean goods pay 26%, before any Section 232 duty that applies to the product.'), '2026-03-10').find((c) => c.text === '26%')!;
    assert.deepEqual([korea.scope.products, korea.expected], [[], [10]]);
  });
});

describe('what stop 43\'s sets read anew: whose figure, which partner, what is no rate, what has ended', () => {
  test('what an ad says, and what someone stated for the record, are theirs', () => {
    for (const [text, asOf] of [
      ['Tariffs are up this year. The ad says families "still" pay a 10% tax on everything and 145% on Chinese goods.', '2026-10-19'],
      ['Mr. Hale stated for the record that Canadian lumber pays 45% under Section 232 alone.', '2026-04-14'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
    // "ad valorem" names no ad: the writer's figure is still judged.
    assert.notDeepEqual(problemsInNotes('The ad valorem duty shows up on Indian apparel at 35% now.', '2025-08-20'), []);
  });

  test('"all (UK excepted)": the partner named is the exception, not the one whose rate the row gives', () => {
    const table = '| Measure | Partners | Rate |\n| --- | --- | --- |\n| Sec. 232 steel | all (UK excepted) | 50% |';
    assert.deepEqual(verdicts(inNotes(table), '2025-06-20', 'markdown'), [['50%', 'supported']]);
    // The UK's own row is still the UK's.
    assert.deepEqual(verdicts(inNotes('| Measure | Partners | Rate |\n| --- | --- | --- |\n| Sec. 232 steel | UK | 50% |'), '2025-06-20', 'markdown'), [['50%', 'contradicted']]);
  });

  test('a rate whose relative clause runs on to "is no more applicable" has ended', () => {
    assert.deepEqual(verdicts(inNotes('The combined duty of 50% that our buyers were paying on Indian apparel from end of August is no more applicable.'), '2026-06-01'), [['50%', 'supported']]);
    // A verb of its own in the clause, and no end: the rate stands as now.
    assert.deepEqual(verdicts(inNotes('The combined duty of 50% that our buyers pay on Indian apparel is now applicable.'), '2026-06-01'), [['50%', 'outdated']]);
  });

  test('a content share "required", a final value fee, prices adjusted "in average", retail raised and a share of a metal "by value" are no tariff rates', () => {
    for (const [text, asOf] of [
      ['- For gearboxes the regional value content required is 75% under the tariff rules for Mexican parts.', '2025-06-10'],
      ['Tariffs on toys from China are brutal. My eBay final value fee is 13.25% on toys and shipping went up 9%.', '2025-05-02'],
      ['Because the wood cost went up because of tariffs on Vietnam, we must adjust FOB price in average 4% for new order.', '2026-01-15'],
      ['Tariffs on China hurt. I raised retail 12% across the board in April.', '2025-05-20'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
    const stamping = verdicts(inNotes('At a 50% duty on steel content, a stamping that is 40% steel by value carries a higher duty.'), '2026-01-12');
    assert.deepEqual(stamping, [['50%', 'supported']]);
    // A duty charged "by value" is still a duty.
    assert.deepEqual(verdicts(inNotes('Japanese cars pay a 15% duty by value under the deal.'), '2025-10-20'), [['15%', 'supported']]);
  });

  test('a rate that comes "once the US side notifies it" waits on a step not yet taken', () => {
    assert.deepEqual(verdicts(inNotes('The reciprocal rate for India is to come down to 18% once the US side notifies it.'), '2026-02-12'), [['18%', 'unverifiable']]);
    // Once a deal "was signed", the rate is told as it came.
    assert.deepEqual(verdicts(inNotes('The reciprocal rate for India came down to 18% once the deal was signed.'), '2026-02-12'), [['18%', 'contradicted']]);
  });
});

describe('what stop 44\'s sets read anew', () => {
  test('held-out ED, once opened: a penalty "already lifted Feb 7", a threats label, a freight surcharge', () => {
    for (const [text, asOf] of [
      ['Footnote: the 25% Russian-oil penalty on India was already lifted Feb 7.', '2026-02-25'],
      ['[12:40] Threats we track: a 100% tariff on chips from firms that build abroad, and drugs going "eventually" to 250%.', '2025-08-14'],
      ['Chinese paper pays a 30% tariff. Acme Office: 8% freight surcharge on orders under $500.', '2025-05-20'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
    // A penalty still in force is still judged.
    assert.deepEqual(problemsInNotes('The 25% Russian-oil penalty on India still applies.', '2026-02-25').map(([text]) => text), ['25%']);
  });
  test('rates that "had run from 10% to 41%" span a range; a script\'s "FROM TWENTY-FIVE PERCENT ..." goes on to its next line', () => {
    assert.deepEqual(problemsInNotes('Since 24 February customs has applied a flat 10 pct temporary import surcharge to most goods, in place of the IEEPA rates that had run from 10% to 41%.', '2026-03-06'), []);
    assert.deepEqual(problemsInNotes('STEEL AND ALUMINUM DUTIES WENT UP AT MIDNIGHT WEDNESDAY,\nFROM TWENTY-FIVE PERCENT ...\nTO FIFTY PERCENT.', '2025-06-05'), []);
    // A line that breaks off before another headline is not joined to it.
    assert.deepEqual(problemsInNotes('STEEL TARIFF STAYS AT TWENTY-FIVE PERCENT ...\nCHINA TALKS RESUME', '2025-06-05'), [['TWENTY-FIVE PERCENT', 'outdated']]);
  });

  test('a stack in brackets that "is gone" has ended, and "the Kuala Lumpur reciprocal rate" names a deal, not Malaysia', () => {
    assert.deepEqual(problemsInNotes('The 20% IEEPA stack on Chinese goods (fentanyl plus the Kuala Lumpur reciprocal rate) is gone.', '2026-03-06'), []);
    assert.deepEqual(verdicts(inNotes('Chinese goods pay the Kuala Lumpur reciprocal rate of 10%.'), '2025-11-20'), [['10%', 'supported']]);
    // A rate "of" a place is the place's.
    assert.deepEqual(verdicts(inNotes('Malaysia\'s tariff holds: the Kuala Lumpur rate of 19% is what importers pay.'), '2025-11-20'), [['19%', 'supported']]);
  });

  test('a duty "on passenger cars from the US" is another country\'s on US goods', () => {
    assert.deepEqual(builtinRateClaims(inNotes('Today the EU applies a 10% duty on passenger cars from the US.'), '2025-08-21').map((c) => [c.scope.imposer, c.scope.partner]), [['EU', 'US']]);
  });

  test('a question\'s lettered options assert none of their figures', () => {
    const quiz = 'Q4. Which describes the duties on a Chinese-made phone case?\n\n- A) Fentanyl duty plus reciprocal duty\n- B) Reciprocal duty only, at 34%\n- C) Section 301 only\n';
    assert.deepEqual(problemsInNotes(quiz, '2026-01-15'), []);
    // The same list after a statement is the writer's.
    assert.deepEqual(problemsInNotes(quiz.replace('Which describes the duties on a Chinese-made phone case?', 'The duties on a Chinese-made phone case.'), '2026-01-15').map(([text]) => text), ['34%']);
  });
  test('a duty recommended, or one that "would start at 15%", is a proposal; a person who "said his" rate tells his own case', () => {
    for (const [text, asOf] of [
      ['Commerce has recommended a phased duty on refined copper that would start at 15% in 2027 and rise to 30% in 2028.', '2026-10-06'],
      ['Commerce recommended a 25% tariff on drone parts from China.', '2026-10-06'],
      ['Tariffs bit this week. A man in the front row said his boat dealership pays 35% on Italian boats.', '2026-04-22'],
    ]) assert.deepEqual(problemsInNotes(text, asOf), [], text);
    // The writer's own statement of the copper duty is still judged.
    assert.notDeepEqual(problemsInNotes('The duty on refined copper is 15% this year.', '2026-10-06'), []);
  });

  test('rates an aside calls IEEPA duties before "are no longer collected" have ended', () => {
    assert.deepEqual(problemsInNotes("- Brazil's 40% emergency duty and India's 25% Russian-oil penalty, both imposed under IEEPA, are no longer collected.", '2026-10-06'), []);
    assert.deepEqual(verdicts(inNotes("- Brazil's 40% emergency duty and India's 25% Russian-oil penalty, both imposed under IEEPA, are collected."), '2026-10-06').map(([, v]) => v), ['outdated', 'outdated']);
  });

  test('price increases that "will average" a figure, a discount named in quotation marks and "higher 6% than" are no rates', () => {
    for (const [text, asOf] of [
      ['Tariffs on EU wine are 15% now. Our price increases on European wines will average about 4.5%, effective with October invoices.', '2025-09-05'],
      ['Because the tariff went down, we will cancel the 12% "tariff sharing discount" given to customers in April.', '2025-05-20'],
      ['With tariffs on China at 30%, the Vietnam price is only higher 6% than Ningbo.', '2025-05-20'],
    ]) assert.deepEqual(verdicts(inNotes(text), asOf).filter(([, v]) => v !== 'supported'), [], text);
  });
  test('"…, and for principal parts is 70%" says the same of other goods as the figure before: a share stays a share', () => {
    assert.deepEqual(problemsInNotes('Tariffs on Mexican parts are clear. For engines the regional value content required is 75%, and for principal parts is 70%.', '2025-06-10'), []);
    // After a tariff rate, the second figure is a tariff rate too.
    assert.deepEqual(verdicts(inNotes('The tariff on engines is 25%, and for principal parts is 70%.'), '2025-06-10'), [['25%', 'supported'], ['70%', 'contradicted']]);
  });
  test('a partner the figure is compared with ("the same 20 percent as the EU", "unlike Japan") is not its partner; England is the UK\'s', () => {
    assert.deepEqual(verdicts(inNotes('Glazes from England carry the same 20 percent tariff as the EU.'), '2025-09-15'), [['20 percent', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('| Test lots | Philippines | 20% tariff | same treatment as Taiwan |'), '2025-10-06', 'markdown'), [['20%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('Korean parts, unlike Japan, still pay a 25% tariff.'), '2025-09-01'), [['25%', 'outdated']]);
    // A partner with a figure of its own after "the same day as" is still that figure's.
    assert.deepEqual(verdicts(inNotes("Vietnam's 20% tariff took effect the same day as Japan's 15%."), '2025-09-01'), [['20%', 'supported'], ['15%', 'supported']]);
    // "New England" is a US region, not the UK.
    const shops = builtinRateClaims(inNotes('New England shops pay a 20 percent tariff on these glazes.'), '2025-09-15')[0];
    assert.notEqual(shops.scope.partner, 'GB');
  });
  test('cells that "charge to 80%" tell a state of charge, not a rate', () => {
    assert.deepEqual(verdicts(inNotes('The Chinese packs pay the same 30% tariff. Their cells charge to 80% for shipping.'), '2025-05-20'), [['30%', 'supported']]);
    // A rate charged "at" a figure is still one.
    assert.deepEqual(verdicts(inNotes('The Chinese packs pay the same 30% tariff. Customs charged them at 80%.'), '2025-05-20').map(([text]) => text), ['30%', '80%']);
  });
  test('a car that "is 60 percent Mexican parts" tells a share of its parts, not a rate', () => {
    assert.deepEqual(verdicts(inNotes('Cars pay 25 percent tariffs now. Your American car is 60 percent Mexican parts.'), '2025-05-10'), [['25 percent', 'supported']]);
    // A tariff on those parts is still one.
    assert.deepEqual(verdicts(inNotes('Cars pay 25 percent tariffs now, and a 60 percent Mexican parts tariff is next.'), '2025-05-10').map(([text]) => text), ['25 percent', '60 percent']);
  });
  test('what "until now we paid" tells has ended', () => {
    assert.deepEqual(problemsInNotes('Our plant is in Taiwan. Until now we paid a flat 8% tariff; from November the invoice shows the duty paid.', '2025-10-06'), []);
    assert.deepEqual(verdicts(inNotes('Our plant is in Taiwan. We pay a flat 8% tariff on every invoice.'), '2025-10-06'), [['8%', 'contradicted']]);
    // A turn to now in the same sentence ends what the opening told: the figure after it is today's.
    assert.deepEqual(verdicts(inNotes('Until now we paid 10% on these frames, but now we pay 25% on steel.'), '2025-11-03'), [['10%', 'supported'], ['25%', 'outdated']]);
    assert.deepEqual(verdicts(inNotes('Until then, steel paid 25%, but today it pays 25% again.'), '2025-11-03'), [['25%', 'supported'], ['25%', 'outdated']]);
  });
  test('the end of a range that names goods after it is about those goods, not the start\'s', () => {
    assert.deepEqual(verdicts(inNotes('Section 232 tariffs range from 10% on softwood lumber to 50% on steel.'), '2026-04-22'), [['10%', 'supported'], ['50%', 'supported']]);
    // Without goods of its own the end shares the start's: lumber never paid 50%.
    assert.deepEqual(verdicts(inNotes('Section 232 tariffs range from 10% on softwood lumber to 50%.'), '2026-04-22'), [['10%', 'supported'], ['50%', 'contradicted']]);
  });
  test('a partner named only past a "but" after the figure is the contrast\'s, not the figure\'s', () => {
    const text = 'Imported cars pay the 25% Section 232 duty, but Japanese cars have paid 15% since September 16 under the U.S.–Japan agreement.';
    assert.deepEqual(verdicts(inNotes(text), '2025-10-20'), [['25%', 'supported'], ['15%', 'supported']]);
    // A partner of the figure's own clause still decides.
    assert.deepEqual(verdicts(inNotes('Japanese cars pay the 25% Section 232 duty, but the deal is signed.'), '2025-10-20'), [['25%', 'outdated']]);
  });
  test('"the highest-rated country" is one partner, not said which, even at the end of a range from "most partners"', () => {
    assert.deepEqual(verdicts(inNotes('Reciprocal tariffs run from 10% on most partners to 41% on the highest-rated country.'), '2025-09-10'), [['10%', 'supported'], ['41%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Reciprocal tariffs on the hardest-hit country reach 41%.'), '2025-09-10'), [['41%', 'unverifiable']]);
    // The partner named at the range's end is still its own.
    assert.deepEqual(verdicts(inNotes('Reciprocal tariffs run from 10% on most partners to 41% on Syria.'), '2025-09-10'), [['10%', 'supported'], ['41%', 'supported']]);
  });

  test('a duty still added to costs "even though it is gone" is told as ended, not claimed as now', () => {
    assert.deepEqual(verdicts(inNotes('We still add the 20% duty on Chinese valves to our costs, even though it is gone.'), '2026-04-02'), [['20%', 'supported']]);
    // Without the clause the writer claims it as now.
    assert.deepEqual(verdicts(inNotes('We still add the 20% duty on Chinese valves to our costs.'), '2026-04-02'), [['20%', 'outdated']]);
  });
});

describe('stop 52: ends, denials, returns and periods after the figure', () => {
  test('a duty that "is dead" has ended, as one that "is gone" has', () => {
    assert.deepEqual(verdicts(inNotes('Canada: the 35% fentanyl duty is dead; USMCA goods were exempt anyway.'), '2026-03-10'), [['35%', 'supported']]);
  });

  test('a rate said not to hit some goods, or promised but not live, is not claimed for them', () => {
    assert.deepEqual(problemsInNotes('And no, the 10% baseline doesn\'t hit Canadian steel.', '2025-09-10'), []);
    assert.deepEqual(problemsInNotes('EU cars: 15% is promised but not live yet.', '2025-09-10'), []);
    // Said to hit them, it is claimed.
    assert.deepEqual(problemsInNotes('The 10% baseline hits Canadian steel.', '2025-09-10').map(([figure]) => figure), ['10%']);
  });

  test('a rate for which "no proclamation was ever published" is not claimed as one in force', () => {
    const text = 'The temporary import surcharge under Section 122 was set at 10% from February 24, 2026. Statements in February also mentioned a 15% surcharge, but no proclamation at that rate was ever published.';
    assert.deepEqual(problemsInNotes(text, '2026-10-15'), []);
  });

  test('a rate people feared or panicked about is not claimed as one in force', () => {
    assert.deepEqual(problemsInNotes('Chinese toys: the 100% toy tariff everyone worried about in the fall.', '2025-12-01'), []);
    assert.deepEqual(problemsInNotes('Chinese toys: the 100% toy tariff applies since the fall.', '2025-12-01').map(([figure]) => figure), ['100%']);
  });

  test('a shareholder return is no tariff, in a document about one partner\'s tariffs', () => {
    const letter = [
      '# Letter to Shareholders', '',
      'The year tested our supply chain. Revenue grew 6.1%, operating margin held at 17.9%, and total shareholder return was 14%, ahead of the 9% of our peer group.', '',
      '## How tariffs hit us', '',
      'Most of our instruments are made in Switzerland. Swiss-made instruments faced a 39% rate from August.',
    ].join('\n');
    assert.deepEqual(builtinRateClaims(letter, '2026-03-10', 'markdown').map((c) => c.text), ['39%']);
  });

  test('a duty added after "plus" may be another than the figure\'s, in a table\'s note as in prose', () => {
    const table = '# Rates\n\nReciprocal tariffs from August 7.\n\n| Partner | Rate from August 7 | Note |\n|---|---|---|\n| Brazil | 10% | Plus the separate Brazil order |\n';
    assert.deepEqual(verdicts(table, '2025-08-20', 'markdown'), [['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Brazilian goods pay 10% plus the Brazil order.'), '2025-08-20'), [['10%', 'supported']]);
  });

  test('a duty the goods are "excluded from" is not the figure\'s kind', () => {
    const [claim] = builtinRateClaims(inNotes('Steel derivatives on the list pay 50% on their steel content, and that content is excluded from the reciprocal duty.'), '2025-05-20');
    assert.deepEqual([claim.verdict, claim.expected[0]], ['contradicted', 25]);
  });

  test('goods said to be other than those named before are not those goods', () => {
    assert.deepEqual(verdicts(inNotes('Energy entries paid 10%. Other non-USMCA Canadian goods paid thirty-five percent after August 1, 2025.'), '2025-12-01'), [['10%', 'supported'], ['thirty-five percent', 'supported']]);
  });

  test('a rate that applies "once implemented" is a condition, not a rate in force', () => {
    assert.deepEqual(problemsInNotes('The May framework with Britain lets a quota of cars enter at 10% in total once implemented.', '2025-05-20'), []);
  });

  test('rates in an aside of duties that "stopped being collected" in a month were the rates before it', () => {
    const text = 'The emergency tariffs on China, including the stacked rates that briefly reached 145%, stopped being collected in February after the ruling.';
    assert.deepEqual(verdicts(inNotes(text), '2026-11-30'), [['145%', 'supported']]);
  });

  test('a row\'s label and its column\'s header are not read as one phrase', () => {
    // "Brazil" over "Emergency-law tariff" is Brazil's whole IEEPA rate, not the "Brazil emergency" duty alone.
    const table = '# Live\n\nTariffs today.\n\n| Partner | Emergency-law tariff today |\n|---|---|\n| Brazil | 50% |\n';
    assert.deepEqual(verdicts(table, '2026-02-20', 'markdown'), [['50%', 'supported']]);
  });

  test('a level whose noun is left out takes the noun of the clause before, not of a lead-in before a colon', () => {
    const text = 'Not a tariff, but often confused with one: Switzerland\'s VAT is 8.1%, and Mexico\'s is\n16%. Neither changes what customs collects.';
    assert.deepEqual(verdicts(inNotes(text), '2025-11-20'), []);
  });

  test('a verb joined on after a figure ("and can now seek its return") does not make the figure today\'s', () => {
    const text = 'An importer that entered Japanese goods on April 9, 2025, the one day the rate was collected, paid Japan\'s 34% rate on those entries and can now seek a refund.';
    const [claim] = builtinRateClaims(inNotes(text), '2026-03-10');
    assert.deepEqual([claim.verdict, claim.expected[0], claim.judged.date], ['contradicted', 24, '2025-04-09']);
  });

  test('a period after the figure and its partner dates it, not the date of the figure before', () => {
    const text = 'Results were hurt by new tariffs, including a 10% baseline tariff on most imports beginning April 5, 2025, and tariffs totaling 145% on goods from China between April 10 and May 14, 2025.';
    assert.deepEqual(verdicts(inNotes(text), '2025-11-10'), [['10%', 'supported'], ['145%', 'supported']]);
  });
});

describe('stop 52: lists run on in a sentence, and goods that enter at a level', () => {
  test('levels listed after "took effect on" a date are rates: taking effect is no effect on something', () => {
    const text = 'The new Section 232 duties took effect on November 1: twenty-five percent on heavy trucks, fifteen percent on buses.';
    assert.deepEqual(verdicts(inNotes(text), '2025-11-20'), [['twenty-five percent', 'supported'], ['fifteen percent', 'contradicted']]);
  });

  test('a partner that "was at" or "stood at" a level, in notes on tariffs, had that rate', () => {
    assert.deepEqual(verdicts(inNotes('Brazil was at 50 percent.'), '2025-11-20'), [['50 percent', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Brazil stood at 45 percent.'), '2025-11-20'), [['45 percent', 'contradicted']]);
  });

  test('goods that enter or clear customs at a level, in notes on tariffs, pay it', () => {
    assert.deepEqual(verdicts(inNotes('Steel from the UK still enters at 50 percent.'), '2025-11-20'), [['50 percent', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('Our British steel cleared customs at 25%.'), '2025-11-20'), [['25%', 'supported']]);
  });

  test('goods "at" their levels, listed after words that name their tariffs, are rates', () => {
    const survived = 'Sector tariffs that survived the ruling: steel and aluminum at 50%, copper at 50%, lumber at 25%.';
    assert.deepEqual(verdicts(inNotes(survived), '2026-03-10'), [['50%', 'supported'], ['50%', 'supported'], ['25%', 'contradicted']]);
    // Under words that name no tariff, they are other levels.
    assert.deepEqual(verdicts(inNotes('Warehouse stock after the audit: steel at 50%, lumber at 25%.'), '2026-03-10'), []);
  });
});

describe('stop 53: totals that count duties the facts leave out, and figures rejected or taken from another clause', () => {
  test('a total that "once" or "when" antidumping duties "are added" counts them, so the facts cannot judge it', () => {
    assert.deepEqual(verdicts(inNotes('Korean steel plate faces a combined 45% once antidumping and countervailing duties are added.'), '2025-10-15'), [['45%', 'unverifiable']]);
    // Without them the same total is judged.
    assert.deepEqual(verdicts(inNotes('Korean steel plate faces a combined 45%.'), '2025-10-15'), [['45%', 'contradicted']]);
  });

  test('a figure waved off right after it ("35%: no, …", "35% — no, …") is not judged; the figure that replaces it is', () => {
    assert.deepEqual(verdicts(inNotes('About the reciprocal 35% on European goods: no, it is fifteen percent.'), '2025-10-15'), [['35%', 'unverifiable'], ['fifteen percent', 'supported']]);
    assert.deepEqual(verdicts(inNotes('European goods pay 35% \u2014 no, they pay fifteen percent.'), '2025-10-15'), [['35%', 'unverifiable'], ['fifteen percent', 'supported']]);
    // "no" that opens other words is no denial.
    assert.deepEqual(verdicts(inNotes('The EU rate is 35%: no exemptions apply.'), '2025-10-15'), [['35%', 'contradicted']]);
  });

  test('a clause of its own after a semicolon lends the figure before it no goods and no measure', () => {
    // Japanese goods paid 15% in October 2025; their cars paid the 15% deal rate too, so only the scope shows it.
    const [goods] = builtinRateClaims(inNotes('Japanese goods pay 15%; cars from Japan pay the Section 232 rate.'), '2025-10-15');
    assert.deepEqual([goods.verdict, goods.scope.products, goods.scope.measures], ['supported', [], []]);
    const [steel] = builtinRateClaims(inNotes('Steel pays 25%; the rest of our imports pay the reciprocal rate.'), '2025-10-15');
    assert.deepEqual([steel.verdict, steel.expected], ['outdated', [50, 10]]);
    // A clause that goes on about the figure ("it covers …") still does.
    const [covered] = builtinRateClaims(inNotes('Japanese goods pay 15%; it covers cars too.'), '2025-10-15');
    assert.deepEqual(covered.scope.products, ['autos']);
  });

  test('a rate agreed but "never notified" or "never published", in its sentence or the next, never applied', () => {
    assert.deepEqual(verdicts(inNotes('Washington and Hanoi agreed an 11% rate in July, but it was never notified to customs.'), '2025-10-15'), [['11%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Washington and Hanoi agreed an 11% rate in July. It was never published.'), '2025-10-15'), [['11%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Washington and Hanoi agreed an 11% rate in July.'), '2025-10-15'), [['11%', 'contradicted']]);
  });

  test('a tariff "on U.S. pork" or other farm goods is the row partner\'s own, in a table header as in prose', () => {
    const table = '# Pork export outlook\n\n| Buyer | Their tariff on U.S. pork |\n| --- | --- |\n| China | 57% |\n';
    const [cell] = builtinRateClaims(table, '2025-12-10', 'markdown');
    assert.deepEqual([cell.verdict, cell.scope.imposer, cell.scope.partner], ['unverifiable', 'CN', 'US']);
    assert.deepEqual(verdicts(inNotes('Vietnam still charges 20% on US poultry.'), '2025-12-10'), [['20%', 'unverifiable']]);
  });

  test('every partner a figure is compared with ("well above the rate other partners pay") need not be its partner: the heading\'s may be', () => {
    const underIndia = (sentence: string) => `# US tariffs by partner\n\n## India\n\n${sentence}\n`;
    assert.deepEqual(verdicts(underIndia('The tariff is 50%, well above the rate other partners pay.'), '2025-10-15', 'markdown'), [['50%', 'supported']]);
    // Wrong for India and for every partner, it is flagged.
    assert.deepEqual(verdicts(underIndia('The tariff is 30%, well above the rate other partners pay.'), '2025-10-15', 'markdown'), [['30%', 'contradicted']]);
  });

  test('a "reciprocal tax rate", as translated text calls the tariff, is a tariff rate; a corporate tax rate is not', () => {
    assert.deepEqual(verdicts(inNotes('The reciprocal tax rate for Vietnam is 25%.'), '2025-09-01'), [['25%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('Vietnam\'s corporate tax rate is 20%.'), '2025-09-01'), []);
  });
});

describe('stop 54: list items that give goods and their levels after a partner', () => {
  test('"Canada: non-USMCA goods 35%, energy and potash 10%" gives each goods a level, in a list about duties', () => {
    const list = ['Duties on entries this week:', '', '1. Switzerland: 39%.', '2. Canada: non-USMCA goods 35%, energy and potash 10%.', '3. Mexico: non-USMCA goods 30%.'].join('\n');
    assert.deepEqual(verdicts(inNotes(list), '2025-09-10'), [['39%', 'supported'], ['35%', 'supported'], ['10%', 'supported'], ['30%', 'contradicted']]);
  });

  test('words after the label that end in something other than goods name another figure', () => {
    const list = ['Duties on entries this week:', '', '1. Switzerland: 39%.', '2. Canada: steel demand 35%.', '3. Mexico: auto parts output 30%.'].join('\n');
    assert.deepEqual(verdicts(inNotes(list), '2025-09-10'), [['39%', 'supported']]);
  });
});

describe('stop 54: tariffs that another country charges on goods arriving there', () => {
  test('the country our goods land or arrive in charges the figure they face there', () => {
    assert.deepEqual(problemsInNotes('Our beans now face 30% all-in when they land in China.', '2025-11-20'), []);
    // Goods from that country, landing here, still meet the US rate.
    assert.deepEqual(problemsInNotes('Chinese goods now face 13% all-in.', '2025-11-20'), [['13%', 'contradicted']]);
  });

  test('another country\'s goods of the kind the sentence before had taxed at that country\'s border meet the same border', () => {
    const beans = 'With the 3% MFN rate our beans now face 13% all-in at Chinese ports. Brazilian beans still pay just 3%.';
    assert.deepEqual(problemsInNotes(beans, '2025-11-20'), []);
    // Other goods of that country, or a sentence that names the US, are the US rate's.
    assert.deepEqual(problemsInNotes('With the 3% MFN rate our beans now face 13% all-in at Chinese ports. Brazilian steel still pays just 3%.', '2025-11-20'), [['3%', 'contradicted']]);
  });
});

describe('stop 54: goods that name the partner that makes them', () => {
  test('tequila is Mexican and Cognac European, so a figure about them is not lent a partner named for other goods', () => {
    const spirits = 'Tequila enters duty-free under USMCA. Bottlings that do not qualify pay 25%, and Canadian rye that misses the rules pays 35%.';
    assert.deepEqual(problemsInNotes(spirits, '2025-10-01'), []);
    assert.deepEqual(builtinRateClaims(inNotes('Cognac pays 20%.'), '2025-10-01').map((c) => [c.scope.partner, c.verdict]), [['EU', 'outdated']]);
  });
});

describe('stop 54: a measure in brackets right after the figure', () => {
  test('names the figure\'s kind: "7.5% (301)" is a Section 301 duty, which the facts leave out', () => {
    assert.deepEqual(verdicts(inNotes('Lamps from China pay 30% + 7.5% (301).'), '2025-10-28'), [['30%', 'supported'], ['7.5%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Lamps from China pay 7.5% (Section 301).'), '2025-10-28'), [['7.5%', 'unverifiable']]);
    // Without it the figure is judged as the partner's rate.
    assert.deepEqual(verdicts(inNotes('Lamps from China pay 7.5%.'), '2025-10-28'), [['7.5%', 'contradicted']]);
  });
});

describe('stop 54: a list of partners with their levels in brackets', () => {
  const ended = 'The fentanyl-related duties on Canada (35%), Mexico (25%) and China (10% since November) also ended.';

  test('a verb after the list that ends them all makes each a former rate, not a rate of the document\'s date', () => {
    assert.deepEqual(problemsInNotes(ended, '2026-02-26'), []);
    assert.deepEqual(problemsInNotes('The fentanyl-related duties on Canada (35%), Mexico (25%) and China (10% since November) still apply.', '2026-02-26'), [['35%', 'outdated'], ['25%', 'outdated']]);
  });

  test('each partner after the first, with its level in brackets as the first has, is read as a rate too', () => {
    assert.deepEqual(verdicts(inNotes(ended), '2026-02-26').map(([figure]) => figure), ['35%', '25%', '10%']);
    // Not when the first figure of the list is no rate.
    assert.deepEqual(verdicts(inNotes('Despite the tariffs, exports to Canada (35%), Mexico (25%) and China (10%) grew.'), '2026-02-26'), []);
  });
});

describe('stop 54: price increases', () => {
  test('"Hold price increases at 4%" in a memo on tariffs is a price, not a rate', () => {
    assert.deepEqual(verdicts(inNotes('Recommendation: hold price increases at 4% pending the ruling.'), '2026-01-12'), []);
    // A tariff word nearer the figure still makes it a rate.
    assert.deepEqual(verdicts(inNotes('Despite the price increases, Chinese goods pay a 30% tariff.'), '2025-09-12'), [['30%', 'supported']]);
  });
});

describe('stop 54: a rate that "may be announced"', () => {
  test('is a possibility, not a rate charged', () => {
    assert.deepEqual(problemsInNotes('A tariff of 100% on Japanese cameras may be announced soon.', '2025-11-05'), []);
    assert.deepEqual(problemsInNotes('A tariff of 100% on Japanese cameras may still be introduced.', '2025-11-05'), []);
    // Said as charged, it is judged.
    assert.deepEqual(problemsInNotes('Japanese cameras pay a tariff of 100%.', '2025-11-05'), [['100%', 'contradicted']]);
  });
});

describe('stop 54: "one of the highest rates worldwide"', () => {
  test('compares the figure with other partners\' rates: it names no every-partner rate', () => {
    const text = 'Swiss watch industry update on US tariffs\n\nSwiss watches sell well in America. Our members pay a 39% tariff, one of the highest rates worldwide.';
    assert.deepEqual(verdicts(text, '2025-10-01'), [['39%', 'supported']]);
    // A rate said to apply worldwide is every partner's.
    assert.deepEqual(verdicts(inNotes('A 39% tariff applies worldwide.'), '2025-10-01'), [['39%', 'contradicted']]);
  });
});

describe('stop 54: list items that give goods "also" or "still" a level', () => {
  test('"- Wooden cabinets also 25%" after an item that names a tariff is a rate', () => {
    const list = ['About tariff, please be informed:', '', '- From October 14, upholstered sofas pay a 25% tariff under Section 232.', '- Kitchen cabinets also 25%.', '- Vanities still 10%.'].join('\n');
    assert.deepEqual(verdicts(inNotes(list), '2025-10-20'), [['25%', 'supported'], ['25%', 'supported'], ['10%', 'outdated']]);
    // Words that end in something other than goods name another figure.
    const other = ['About tariff, please be informed:', '', '- From October 14, upholstered sofas pay a 25% tariff under Section 232.', '- Cabinet demand also 25%.'].join('\n');
    assert.deepEqual(verdicts(inNotes(other), '2025-10-20'), [['25%', 'supported']]);
  });
});

describe('stop 54: cars named by their makes, and the base duty', () => {
  test('"Our Japanese brands (Toyota, Honda) … 27.5% in total" is the all-in rate on Japanese cars', () => {
    const memo = 'Talking points on tariffs:\n\n- Our Japanese brands (Toyota, Honda) are still under that 25% plus the 2.5% base duty, 27.5% in total.';
    assert.deepEqual(problemsInNotes(memo, '2025-06-12'), []);
    // The base duty is the ordinary (MFN) duty, which the facts do not record: not judged.
    assert.deepEqual(verdicts(inNotes(memo), '2025-06-12').map(([figure, verdict]) => [figure, verdict]), [['2.5%', 'unverifiable'], ['27.5%', 'supported']]);
  });
});

describe('stop 54: a duty only one partner pays names that partner', () => {
  test('"4. 50% (25% reciprocal plus 25% Russian-oil duty since August 27)" in an answer key that names no partner is India\'s', () => {
    const key = 'Answer key on tariffs\n\n4. 50% (25% reciprocal plus 25% Russian-oil duty since August 27).';
    assert.deepEqual(problemsInNotes(key, '2025-09-05'), []);
    // A duty every partner may pay names none: the figure stays every partner's.
    assert.deepEqual(problemsInNotes('Answer key on tariffs\n\n4. 25% reciprocal.', '2025-09-05'), [['25%', 'contradicted']]);
  });
});

describe('stop 54: goods a figure\'s own sentence names', () => {
  test('"Canadian goods outside USMCA … 35%" after a sentence on potash is about all Canadian goods', () => {
    const text = 'Potash from Canada still enters under a 10% US tariff. Canadian goods that fall outside USMCA, by contrast, now pay 25%.';
    const [, goods] = builtinRateClaims(inNotes(text), '2025-09-15');
    assert.deepEqual([goods.verdict, goods.expected, goods.scope.products], ['outdated', [35], []]);
    // "Those goods" are the ones before.
    const those = builtinRateClaims(inNotes('Potash from Canada still enters under a 10% US tariff. Those goods paid 25% in the spring.'), '2025-09-15')[1];
    assert.deepEqual(those.scope.products, ['potash']);
  });
});

describe('stop 54: denials, replacements and burdens in non-native English', () => {
  test('"Is not correct" and "This is not anymore correct" deny the figure before them', () => {
    assert.deepEqual(problemsInNotes('Some importers still write that the emergency duty on Brazil is 50%. Is not correct, it is 40% on top of 10%.', '2025-10-05'), []);
    assert.deepEqual(problemsInNotes('A broker told us the Section 232 tariff on steel is 25%. This is not anymore correct.', '2025-10-05'), []);
    // Without the denial the figure is judged.
    assert.deepEqual(problemsInNotes('The Section 232 tariff on steel is 25%. This is not cheap.', '2025-10-05'), [['25%', 'outdated']]);
  });

  test('a figure whose own verb says it "was replaced" is a former rate', () => {
    assert.deepEqual(verdicts(inNotes('The 39% tariff on Swiss goods, the highest of any rich country, was replaced in November by a ceiling of 15%.'), '2025-12-05'), [['39%', 'supported'], ['15%', 'supported']]);
  });

  test('an "effective tariff burden" is an effective rate, which the facts do not record', () => {
    assert.deepEqual(problemsInNotes('Our effective tariff burden on Swiss invoices in September was about 13.8%.', '2025-10-05'), []);
  });
});

describe('stop 54: "pay now" in a non-native word order', () => {
  test('"European cars pay now 27.5 % when they enter the US" is a rate in a letter about tariffs', () => {
    const letter = 'Letter to US customers about tariffs\n\nEuropean cars pay now 27.5 % when they enter the US.';
    assert.deepEqual(verdicts(letter, '2025-10-20'), [['27.5 %', 'outdated']]);
    // Other levels after "now" are still no rate: "Our sales grow now 27.5 %".
    assert.deepEqual(verdicts('Letter to US customers about tariffs\n\nOur sales grow now 27.5 % each year.', '2025-10-20'), []);
  });
});

describe('stop 55: a table\'s notes column', () => {
  const table = (note: string, rate: string) => `Date: 2025-10-01\n\n| Partner | US tariff | Notes |\n| --- | --- | --- |\n| India | ${rate} | ${note} |\n`;

  test('a duty a row\'s notes name may be one part of the row\'s figure, not its kind', () => {
    // India's 50% is the reciprocal 25% and the 25% oil penalty; the note says why it doubled.
    assert.deepEqual(verdicts(table('oil penalty', '50%'), '2025-10-01'), [['50%', 'supported']]);
    // The penalty alone is a right reading of 25% too.
    assert.deepEqual(verdicts(table('oil penalty', '25%'), '2025-10-01'), [['25%', 'supported']]);
    // A figure right under no reading is still flagged.
    assert.deepEqual(verdicts(table('oil penalty', '35%'), '2025-10-01'), [['35%', 'contradicted']]);
  });

  test('a duty named in a column of measures is still the figure\'s kind', () => {
    const measured = 'Date: 2025-10-01\n\n| Partner | US tariff | Measure |\n| --- | --- | --- |\n| India | 50% | oil penalty |\n';
    assert.deepEqual(verdicts(measured, '2025-10-01'), [['50%', 'contradicted']]);
  });
});

describe('stop 55: a "by the numbers" list', () => {
  test('a figure that heads its item is told by the words after its colon or dash', () => {
    const list = 'Canadian exporters and the border\n\n## Key figures\n\n- **25 per cent**: the US tariff on Canadian goods outside CUSMA\n- 10% — the US duty on Canadian potash\n- **60%**: the share of exports that qualify for CUSMA\n';
    assert.deepEqual(verdicts(list, '2025-09-15'), [['25 per cent', 'outdated'], ['10%', 'supported']]);
  });
});

describe('stop 55: a deal said not to be in force yet', () => {
  test('"25% (Korea deal not yet in force)" asserts the rate the deal has not lowered yet', () => {
    const row = 'Date: 2026-03-10\n\n| Brand | Origin | Section 232 duty |\n| --- | --- | --- |\n| Hyundai | South Korea | 25% (Korea deal not yet in force) |\n';
    assert.deepEqual(verdicts(row, '2026-03-10'), [['25%', 'outdated']]);
    // A figure itself said not to be live yet is asserted by no one.
    assert.deepEqual(problemsInNotes('Korean cars pay 15% under the deal, promised but not live yet.', '2025-08-20'), []);
  });
});

describe('stop 55: a duty another figure comes on top of', () => {
  test('"10 percent, in addition to the 20 percent fentanyl duty" is not the fentanyl duty', () => {
    const [ten, twenty] = builtinRateClaims(inNotes('As of 20 April 2025, Chinese goods pay 10 percent, in addition to the 20 percent fentanyl duty.'), '2025-04-20');
    // The fix offers the reciprocal rate then in force, not the fentanyl duty's.
    assert.deepEqual([ten.verdict, ten.expected?.[0], ten.scope.measures], ['outdated', 125, []]);
    assert.deepEqual([twenty.verdict, twenty.scope.measures], ['supported', ['fentanyl']]);
  });
});

describe('stop 55: an exercise put as true or false', () => {
  test('"**Exercise 7.4.** True or false: …" is a statement to judge, not the writer\'s', () => {
    const sheet = '# Chapter 7 exercises: tariffs and prices\n\n**Exercise 7.4.** True or false: Swiss goods paid 31% from August 7, 2025.\n';
    assert.deepEqual(problemsInNotes(sheet, '2025-11-01'), []);
    // Put as the writer's own, the same figure is wrong.
    assert.deepEqual(problemsInNotes(sheet.replace('True or false: ', ''), '2025-11-01').map(([text]) => text), ['31%']);
  });
});

describe('stop 55: words machine translation uses for a duty', () => {
  test('"surtax", "taxation", "imposition" and "additional right" name a duty in a note on tariffs', () => {
    const note = (sentence: string) => `Date: 14 September 2025\nNote on the customs measures of Washington (automatic translation)\n\n${sentence}\n`;
    assert.deepEqual(verdicts(note('The surtax of 25% on the steel stays in vigour for all the origins.'), '2025-09-14'), [['25%', 'outdated']]);
    assert.deepEqual(verdicts(note('Switzerland undergoes a taxation of 31%.'), '2025-09-14'), [['31%', 'outdated']]);
    assert.deepEqual(verdicts(note('Brazilian coffee is struck by an additional right of 40%.'), '2025-09-14'), [['40%', 'supported']]);
    assert.deepEqual(verdicts(note('The imposition of 46% on Vietnam was reduced.'), '2025-09-14').map(([text]) => text), ['46%']);
    // A "right" alone is no duty: "the right of 20% of the shares".
    assert.deepEqual(verdicts(note('The partner keeps the right of 20% of the shares.'), '2025-09-14'), []);
  });
});

describe('stop 55: the imposer a figure\'s own clause names', () => {
  test('"the EU cut its tariffs on US goods to 0%, while the US applies 30% to EU goods": the second figure is the US rate', () => {
    const text = 'Under the framework, the EU agreed to cut its own tariffs on US industrial goods to 0%, while the US applies a 30% rate to most EU goods.';
    const claims = builtinRateClaims(inNotes(text), '2025-09-20');
    assert.deepEqual(claims.map((c) => [c.text, c.scope.imposer, c.scope.partner, c.verdict]), [['0%', 'EU', 'US', 'unverifiable'], ['30%', 'US', 'EU', 'contradicted']]);
  });
});

describe('stop 55: a corrections column', () => {
  test('what an earlier piece "said" or "listed", its date abbreviated, is that piece\'s figure', () => {
    for (const text of [
      'A chart printed Aug. 12 listed the Japanese reciprocal rate as 24%. The rate is 15%.',
      'A Sept. 8 explainer said Cambodia\'s rate was 49%. It is 19%.',
      'A feature on Oct. 2 said Indian textiles face a combined duty of 75%. The combined rate is 50%.',
    ]) assert.deepEqual(problemsInNotes(text, '2025-10-05'), [], text);
    // Said as the paper's own, the stale figure is flagged.
    assert.deepEqual(problemsInNotes('Cambodia\'s rate was 49% on Sept. 8.', '2025-10-05'), [['49%', 'outdated']]);
  });
});

describe('stop 55: a total and a duty named beside it', () => {
  test('"25% in total; the Russian-oil penalty …" is a total, not the penalty', () => {
    assert.deepEqual(problemsInNotes('Indian goods pay 25% in total; the additional Russian-oil penalty will only be collected from next year.', '2025-10-03'), [['25%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Indian goods pay 50% in total, with the Russian-oil penalty.', '2025-10-03'), []);
  });
});

describe('stop 55: a roundup\'s items of goods', () => {
  test('"- *Aluminum:* still 25%" in a document about tariffs gives the goods\' rate', () => {
    const roundup = '# Tariff roundup for importers\n\n## In brief\n\n- *Aluminum:* still 25% on ingots.\n- Lumber: now 10%.\n- Share of lumber in our imports: 12%.\n- Steel: 12%.\n';
    assert.deepEqual(verdicts(roundup, '2025-10-01', 'markdown'), [['25%', 'outdated'], ['10%', 'supported']]);
  });
});

describe('stop 55: a part named in brackets after the word for it', () => {
  test('"…, this includes the normal duty (MFN)" names a part of the figure, not its kind', () => {
    const letter = 'Letter to our US customers about the customs duty\n\nSince 7 August the import duty for goods from the European Union is 20 %, this includes the normal duty (MFN).';
    assert.deepEqual(verdicts(letter, '2025-11-14'), [['20 %', 'outdated']]);
  });
});

describe('stop 55: a sheet\'s review dates', () => {
  test('a "last_reviewed" column tells when the row was checked, not when its rate applied', () => {
    const sheet = 'DATE: 2025-12-15\nduty plan export\n\nsku,origin,duty_basis,rate_used,last_reviewed\nWATCH-01,Switzerland,IEEPA reciprocal,39%,2025-09-10\nBRG-02,South Korea,IEEPA reciprocal,25%,2025-05-02\n';
    assert.deepEqual(verdicts(sheet, '2025-12-15'), [['39%', 'outdated'], ['25%', 'outdated']]);
    // Under a column that says when the rate applied, the date is the rate's.
    assert.deepEqual(verdicts(sheet.replace('last_reviewed', 'as_of'), '2025-12-15'), [['39%', 'supported'], ['25%', 'supported']]);
  });
});

describe('stop 55: a measure before the goods set at a figure', () => {
  test('"went out with section 232 aluminum at 10%" names the Section 232 rate, not a part of it', () => {
    assert.deepEqual(problemsInNotes('The quote went out with section 232 aluminum at 10%, same as always.', '2025-05-21'), [['10%', 'contradicted']]);
  });
});

describe('stop 55: a partner a figure is likened to', () => {
  test('"Sri Lanka is 19% like Pakistan" is Sri Lanka\'s figure', () => {
    assert.deepEqual(problemsInNotes('Sri Lanka is 19% like Pakistan, so look there.', '2025-09-03'), [['19%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Sri Lanka is 20%, like Bangladesh.', '2025-09-03'), []);
  });
});

describe('stop 55: a partner\'s deal named by its rate', () => {
  test('"the Swiss got a 15% deal too" claims the Swiss rate; "a 15% deal in July" dates the deal, not the rate', () => {
    assert.deepEqual(problemsInNotes('FWIW the Swiss got a 15% deal too.', '2025-09-03'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Japan got a 15% deal in July.', '2025-09-03'), []);
    assert.deepEqual(problemsInNotes('We got a 15% deal on freight from a carrier in Japan.', '2025-09-03'), []);
  });
});

describe('stop 55: shorthand notes under a lead-in that names a tariff', () => {
  test('"- 232s unaffected:" over "  - trucks 25%, buses 10%": each goods\' level is a rate', () => {
    const notes = 'DATE: 2026-03-12\nsync notes on tariffs\n\n**What applies now**\n- 232s unaffected by the ruling:\n  - trucks 35%, buses 10%\n  - copper 50%\n';
    assert.deepEqual(verdicts(notes, '2026-03-12', 'markdown'), [['35%', 'contradicted'], ['10%', 'supported'], ['50%', 'supported']]);
    // Under a lead-in of another topic they are no rates.
    assert.deepEqual(verdicts(notes.replace('232s unaffected by the ruling', 'Price rises since the tariffs'), '2026-03-12', 'markdown'), []);
  });
});

describe('stop 55: an increase the tariffs drove', () => {
  test('"a 35% tariff-driven increase in input costs" is a change in costs, not a rate', () => {
    assert.deepEqual(problemsInNotes('A 35% tariff-driven increase in input costs hit margins at our Vietnam plant.', '2025-10-01'), []);
    assert.deepEqual(problemsInNotes('Our Vietnam plant now faces a 35% tariff.', '2025-10-01'), [['35%', 'contradicted']]);
  });
});

describe('stop 55: a rate "averaging" a figure', () => {
  test('"tariffs averaging 40%", "an average of 40%" are averages, which the facts do not record', () => {
    assert.deepEqual(problemsInNotes('Chinese goods face tariffs averaging 40%.', '2025-10-01'), []);
    assert.deepEqual(problemsInNotes('Chinese goods face an average of 40%.', '2025-10-01'), []);
    assert.deepEqual(problemsInNotes('Chinese goods face a 40% tariff.', '2025-10-01'), [['40%', 'contradicted']]);
  });
});

describe('stop 56: a lead-in in bold that names partners in general', () => {
  test('"**Partners without agreements.** Switzerland faces 39%" is Switzerland\'s rate', () => {
    assert.deepEqual(problemsInNotes('**Partners without agreements.** Switzerland faces 39%, the highest rate in Europe.', '2025-10-15'), []);
    assert.deepEqual(problemsInNotes('**Partners without agreements.** Switzerland faces 15%, the lowest rate in Europe.', '2025-10-15'), [['15%', 'contradicted']]);
  });
});

describe('stop 56: a phone\'s chat export and "everyone except"', () => {
  test('each "4/12/25, 8:11 AM - Name:" line is a message of its own, and "everyone except China" is every partner but China', () => {
    const chat = [
      '4/12/25, 8:09 AM - Ana: Is the Japanese tariff 24%? We were going to buy a Honda.',
      '4/12/25, 8:11 AM - Ben: paused on Wednesday, everyone except China is at 10% for 90 days',
      '4/12/25, 8:12 AM - Ben: Canadian steel pays 50% tariff now, though',
    ].join('\n');
    // The Honda of the first message lends the second no cars, whose tariff was 25%; China's rate is not the 10%'s.
    assert.deepEqual(verdicts(chat, '2025-04-12').filter(([figure]) => figure !== '24%'), [['10%', 'supported'], ['50%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('Everyone except China pays 20% now.'), '2025-04-12'), [['20%', 'contradicted']]);
  });
});

describe('stop 56: an average before a figure', () => {
  test('"the pre-2025 average of about 2.5%" is an average, not a rate to judge', () => {
    const text = 'Japanese goods pay 15% under the deal. The deals rarely lowered Japanese rates below the pre-2025 average of about 2.5%.';
    assert.deepEqual(problemsInNotes(text, '2026-01-15'), []);
    assert.deepEqual(problemsInNotes('Japanese goods pay 15% under the deal. The deals rarely lowered Japanese rates below the pre-2025 level of about 2.5%.', '2026-01-15'), [['2.5%', 'contradicted']]);
  });
});

describe('stop 56: a bare amount in a table row', () => {
  test('"| November 2025 | 301 | 15 % |" under "Exports CHF m": the 301 is an amount, not Section 301', () => {
    const table = ['Swiss watch exports to the US and the US tariff on them.', '', '| Month | Exports CHF m | US tariff applied |', '| --- | --- | --- |', '| November 2025 | 301 | 15 % |', '| October 2025 | 232 | 39 % |'].join('\n');
    assert.deepEqual(verdicts(table, '2025-12-20'), [['15 %', 'supported'], ['39 %', 'supported']]);
    // Under a column that names measures, the number is one.
    const measures = ['US tariffs on Chinese goods.', '', '| Section | Rate |', '| --- | --- |', '| 301 | 25% |'].join('\n');
    assert.deepEqual(builtinRateClaims(measures, '2025-12-20').map((c) => c.scope.measures.includes('section-301')), [true]);
  });
});

describe('stop 56: a partner and its level after a spaced hyphen', () => {
  test('"  Cambodia - 20% now" lines under a heading in notes about duties', () => {
    const notes = ['These notes cover US tariffs and duties.', '', 'OTHER ORIGINS', '  Cambodia - 20% now', '  Malaysia - 25%', '  India - 25% today'].join('\n');
    assert.deepEqual(verdicts(notes, '2025-08-12'), [['20%', 'contradicted'], ['25%', 'contradicted'], ['25%', 'supported']]);
  });
});

describe('stop 56: duties a total comes on top of, listed', () => {
  test('"30% altogether on top of MFN and any Section 301 duty" is China\'s total, not a Section 301 rate', () => {
    assert.deepEqual(verdicts(inNotes('Chinese goods pay 30% altogether on top of MFN and any Section 301 duty.'), '2025-08-12'), [['30%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Chinese goods pay 40% altogether on top of MFN and any Section 301 duty.'), '2025-08-12'), [['40%', 'contradicted']]);
  });
});

describe('stop 56: goods a sentence sets its goods apart from, and a "headline rate"', () => {
  test('"steel … outside the auto proclamation still carries the Section 232 steel duty of 25%" is steel\'s rate alone', () => {
    assert.deepEqual(problemsInNotes('Steel brackets that fall outside the auto proclamation still carry the Section 232 steel duty of 25%.', '2026-03-10'), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Steel brackets that fall outside the auto proclamation still carry the Section 232 steel duty of 50%.', '2026-03-10'), []);
  });
  test('"Cambodia\'s headline rate of 46% is suspended" is the writer\'s figure, not a headline\'s', () => {
    assert.deepEqual(problemsInNotes('Cambodia\'s headline rate of 46% is suspended in the same way, so it gives no protection.', '2025-04-22'), [['46%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('A headline said Cambodia is at 46%.', '2025-04-22'), []);
  });
});

describe('stop 57: a duty named "on top of" another, and a loan\'s rate', () => {
  test('"still pays the 20% fentanyl tariff on top of its 10% reciprocal rate" gives the fentanyl duty, not the total', () => {
    assert.deepEqual(problemsInNotes('China still pays the 20 percent fentanyl tariff on top of its 10 percent reciprocal rate.', '2025-12-02'), [['20 percent', 'outdated']]);
    // A total its words name is still one.
    assert.deepEqual(problemsInNotes('China pays 20 percent in all, the fentanyl tariff on top of its 10 percent reciprocal rate.', '2025-12-02'), []);
  });
  test('"credit lines priced near 8.25%" is a loan\'s rate, beside a tariff in the same sentence', () => {
    assert.deepEqual(problemsInNotes('The Section 232 duty on lumber, which is 10 percent, has pushed costs up by 9 percent, and dealers carry stock on credit lines priced near 8.25 percent.', '2026-01-05'), []);
  });
});

describe('stop 57: totals a duty doubles or is added to, and figures of other things', () => {
  test('"India\'s 25% reciprocal rate was doubled to 50% by the Russian-oil penalty" gives the total, not the reciprocal rate', () => {
    assert.deepEqual(problemsInNotes('India\'s 25% reciprocal rate was doubled to 50% at the end of August by the Russian-oil penalty.', '2025-12-15'), []);
    assert.deepEqual(problemsInNotes('India\'s 25% reciprocal rate was doubled to 60% at the end of August by the Russian-oil penalty.', '2025-12-15'), [['60%', 'contradicted']]);
  });
  test('a total with "the Section 232 charge added" to antidumping duties named before it counts a duty the facts leave out', () => {
    const total = (rate: string) => problemsInNotes(`Canadian softwood already paid antidumping and countervailing duties of 35.19%, so with the Section 232 charge added, mills face roughly ${rate} on every board.`, '2026-03-18');
    assert.deepEqual(total('45%'), []);
    assert.deepEqual(problemsInNotes('Canadian softwood already paid its usual duties, so with the Section 232 charge added, mills face roughly 45% on every board.', '2026-03-18'), [['45%', 'contradicted']]);
  });
  test('a country\'s own duty on US goods is not a duty on its goods, though its capital speaks after it', () => {
    assert.deepEqual(problemsInNotes('India\'s own import duty on US-made stents, 7.5% on most lines, is not on the table, New Delhi says.', '2025-10-06'), []);
  });
  test('"about 60% complete" and a pollsters\' share are no rates', () => {
    assert.deepEqual(problemsInNotes('Chinese circuit boards carry a 10% tariff, and the move to Thailand is about 60% complete.', '2026-04-14'), []);
    assert.deepEqual(problemsInNotes('- Share of Americans who told pollsters tariffs had raised their grocery bills: 61%', '2025-12-15'), []);
  });
});

describe('stop 58: a total after a part given with its own rate', () => {
  test('"so with the twenty percent fentanyl tariff you\'re at a hundred forty-five percent" gives the total', () => {
    const total = (rate: string) => problemsInNotes(`The China reciprocal is a hundred and twenty-five percent, so with the twenty percent fentanyl tariff you're at ${rate} on the tents.`, '2025-04-11');
    assert.deepEqual(total('a hundred forty-five percent'), []);
    assert.deepEqual(total('a hundred fifty-five percent'), [['a hundred fifty-five percent', 'contradicted']]);
  });
});

describe('stop 58: a country\'s own duty on US energy', () => {
  test('"Beijing kept its own 10% duty on US crude and 15% on US LNG" are China\'s duties, not US ones', () => {
    assert.deepEqual(problemsInNotes('Beijing kept its own 10% duty on US crude and 15% on US LNG in place.', '2026-03-10'), []);
    assert.deepEqual(problemsInNotes('Washington kept its 10% duty on Chinese crude and 15% on Chinese LNG in place.', '2026-03-10'), [['15%', 'contradicted']]);
  });
});

describe('stop 58: a fact\'s term that names its goods, a partner\'s own duty on US automobiles, and shares of a cost', () => {
  test('"10 per cent on Canadian energy resources" is the energy rate, though "energy resources" is a term of its fact', () => {
    const energy = (rate: string) => problemsInNotes(`On March 4 the United States imposed a duty of 25 per cent on products of Canada, and of ${rate} on Canadian energy resources.`, '2025-09-12');
    assert.deepEqual(energy('10 per cent'), []);
    assert.deepEqual(energy('15 per cent'), [['15 per cent', 'contradicted']]);
  });
  test('"Hanoi has offered to lower its own import duty on American automobiles from 64% to 32%" is Vietnam\'s duty', () => {
    assert.deepEqual(problemsInNotes('Hanoi has offered to lower its own import duty on American automobiles from 64% to 32%.', '2025-06-18'), []);
  });
  test('a cost "borne 40% by Supplier and 60% by Distributor", and a price index\'s "ceiling of 8%", are no rates', () => {
    assert.deepEqual(problemsInNotes('Any increase in US duty above the rates in 7.2 shall be borne 40% by Supplier and 60% by Distributor.', '2026-01-20'), []);
    assert.deepEqual(problemsInNotes('Lot B pricing may be indexed to the producer price index for copper wire, subject to a ceiling of 8% over the contract term.', '2025-11-20'), []);
    assert.deepEqual(problemsInNotes('Copper wire from every partner is subject to a tariff ceiling of 8% over the contract term.', '2025-11-20'), [['8%', 'contradicted']]);
  });
});

describe('stop 58: rates of the topic just before', () => {
  test('"Value-added tax is charged on every purchase. Rates run from 17% in Luxembourg to 27% in Hungary." gives VAT rates', () => {
    const vat = (before: string) => problemsInNotes(`${before} Rates run from 17% in Luxembourg to 27% in Hungary.`, '2025-04-25');
    assert.deepEqual(vat("Value-added tax is charged on a French buyer's purchases wherever the product was made."), []);
    assert.deepEqual(vat('Tariffs are charged on EU goods at the border.'), [['17%', 'contradicted'], ['27%', 'contradicted']]);
  });
});

describe('stop 58: a partner\'s surtaxes', () => {
  test('"Canada\'s 25% surtaxes" are Canada\'s own duties on US goods', () => {
    assert.deepEqual(problemsInNotes("The United States characterized Canada's 25% surtaxes as inconsistent with the spirit of the relationship.", '2025-09-12'), []);
    assert.deepEqual(problemsInNotes("The United States characterized Canada's 25% tariff as inconsistent with the spirit of the relationship.", '2025-09-12'), [['25%', 'outdated']]);
  });
});

describe('stop 59: a tax named before its aside and its place', () => {
  test('"Value added tax (VAT) in Korea is 10 %" is no tariff; "The US tariff (reciprocal) on Korea is 10 %" is one', () => {
    assert.deepEqual(problemsInNotes('Value added tax (VAT) in Korea is 10 %, no change.', '2025-10-27'), []);
    assert.deepEqual(problemsInNotes('The US tariff (reciprocal) on Korea is 10 %, no change.', '2025-10-27'), [['10 %', 'outdated']]);
  });
});

describe('stop 59: told a network', () => {
  test('"A rival CEO told this network last week his China tariff bill is running at 55 percent" is his figure', () => {
    assert.deepEqual(problemsInNotes('A rival CEO told this network last week his China tariff bill is running at 55 percent.', '2025-11-20'), []);
    assert.deepEqual(problemsInNotes('Last week our China tariff bill was running at 55 percent.', '2025-11-20'), [['55 percent', 'contradicted']]);
  });
});

describe('stop 59: a forecast others make', () => {
  test('"heavy trucks are next (industry expects 25%)" and "Analysts predict a 60% tariff" assert no rate', () => {
    assert.deepEqual(problemsInNotes('Brazilian goods now pay 50%, and Washington has signalled that heavy trucks are next (industry expects 25%).', '2025-08-12'), []);
    assert.deepEqual(problemsInNotes('Analysts predict a 60% tariff on Chinese goods.', '2025-08-12'), []);
    assert.deepEqual(problemsInNotes('Our buyers pay a 60% tariff on Chinese goods.', '2025-08-12'), [['60%', 'contradicted']]);
  });
});

describe('stop 59: someone reporting their own case', () => {
  test('"Hartwell reported their Italian sofas were charged 25% at Newark last week" is Hartwell\'s account', () => {
    assert.deepEqual(problemsInNotes('Hartwell reported their Italian sofas were charged 25% at Newark last week.', '2026-01-14'), []);
    assert.deepEqual(problemsInNotes('Our Italian sofas were charged 25% at Newark last week.', '2026-01-14'), [['25%', 'contradicted']]);
    // Ministers who "noted that" their goods face a rate state it for their government, and are judged.
    assert.deepEqual(problemsInNotes('Ministers from Canada noted that their non-USMCA goods still face duties of 25 per cent.', '2025-12-10'), [['25 per cent', 'outdated']]);
  });
});

describe('stop 59: a share of the money a tariff raised', () => {
  test('"60 percent of the IEEPA money collected came from 5 percent of filers" is no rate', () => {
    const text = 'Since then the only across-the-board charge has been the 10 percent surcharge under Section 122, and it runs out in July unless Congress acts. By our count, roughly 60 percent of the IEEPA money collected came from about 5 percent of filers.';
    assert.deepEqual(builtinRateClaims(inNotes(text), '2026-03-18').map((c) => [c.text, c.verdict]), [['10 percent', 'supported']]);
  });
});

describe('stop 60: a seller\'s own surcharge in a column', () => {
  test('cells under "Our surcharge on invoice" are the seller\'s charge, not a duty; those under the duty column are judged', () => {
    const table = `# Surcharge notice\n\n| Country of origin | Additional US duty today | Our surcharge on invoice |\n|---|---|---|\n| China | 145% | 38% |\n| Vietnam | 25% | 3% |\n`;
    assert.deepEqual(verdicts(table, '2025-04-22', 'markdown'), [['145%', 'supported'], ['25%', 'contradicted']]);
  });
});

describe('stop 60: the parts of a total after a colon', () => {
  test('"Cars from Germany and the rest of the EU pay 27.5% in total: the 25% Section 232 tariff plus …" are the EU\'s parts', () => {
    const text = (part: string) => `Cars from Germany and the rest of the EU pay 27.5% in total: the ${part} Section 232 tariff plus the 2.5% MFN duty.`;
    assert.deepEqual(problemsInNotes(text('25%'), '2025-09-30'), [['27.5%', 'outdated'], ['25%', 'outdated']]);
    // Without the total before it, a partner named for another figure is one reading of several.
    assert.deepEqual(problemsInNotes('Cars from Germany and the rest of the EU pay 27.5%, and the Section 232 tariff is 25%.', '2025-09-30'), [['27.5%', 'outdated']]);
  });
});

describe('stop 61: a measure its partner does not pay', () => {
  test('"the fentanyl duty at 20%" in a file on Swiss goods is not judged against the Swiss rate; in one on Chinese goods it is', () => {
    const file = (partner: string) => `# Protest file: ${partner} instruments\n\nThe entries are of ${partner} instruments.\n\nOne entry of November 12 was deposited with the fentanyl duty at 20%.`;
    assert.deepEqual(verdicts(file('Swiss'), '2025-12-09'), [['20%', 'unverifiable']]);
    assert.deepEqual(verdicts(file('Chinese'), '2025-12-09'), [['20%', 'outdated']]);
    // A measure lent by an earlier sentence is one reading only: Mexico's 30% is still judged without it.
    assert.deepEqual(problemsInNotes('India will face 50% from August 27, when the penalty for buying Russian oil kicks in. Mexico pays 30% on goods outside the USMCA.', '2025-08-14'), [['30%', 'contradicted']]);
  });
});

describe('stop 61: an effective duty', () => {
  test('"so the effective duty is now close to 58 per cent" is a rate no fact records; "the duty is now 58 per cent" is judged', () => {
    const shrimp = (words: string) => problemsInNotes(`Indian shrimp also carries a countervailing duty of 5.77 per cent from an older case, so ${words} is now close to 58 per cent.`, '2025-09-02');
    assert.deepEqual(shrimp('the effective duty'), []);
    assert.deepEqual(shrimp('the US tariff on Indian goods'), [['58 per cent', 'contradicted']]);
  });
});

describe('stop 61: a rate explained as a sum', () => {
  test('"Japan\'s 24% as the baseline plus a Japan-specific portion of 14%" is the sum, not the baseline', () => {
    const explained = (rate: string) => problemsInNotes(`The US side explained Japan's ${rate} as the baseline plus a Japan-specific portion of 14%.`, '2025-05-20');
    assert.deepEqual(explained('24%'), []);
    assert.deepEqual(explained('34%'), [['34%', 'contradicted']]);
  });
});

describe('stop 61: a measure that takes a partner to a total', () => {
  test('"the Russian-oil order takes India to 50% on 27 August 2025" is India\'s total, not the order\'s 25%', () => {
    const takes = (rate: string) => problemsInNotes(`The Russian-oil order takes India to ${rate} on 27 August 2025.`, '2025-08-14');
    assert.deepEqual(takes('50%'), []);
    assert.deepEqual(takes('60%'), [['60%', 'contradicted']]);
  });
});

describe('stop 62: goods the reciprocal tariffs leave out by name', () => {
  test('Swiss medicines and Taiwanese chips are not judged against their country\'s reciprocal rate; Swiss watches are', () => {
    const swiss = (goods: string, rate: string) => verdicts(inNotes(`In October, Swiss ${goods} pay ${rate}.`), '2025-10-20');
    assert.deepEqual(swiss('medicines', '250%'), [['250%', 'unverifiable']]);
    assert.deepEqual(swiss('pharmaceuticals', '39%'), [['39%', 'unverifiable']]);
    assert.deepEqual(swiss('watches', '39%'), [['39%', 'supported']]);
    assert.deepEqual(swiss('watches', '250%'), [['250%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('Taiwanese chips pay 32% today.'), '2025-10-20'), [['32%', 'unverifiable']]);
    // A duty that has no such exception still judges them: China's fentanyl tariff is on all its goods.
    assert.deepEqual(verdicts(inNotes('Chinese medicines pay 20% under the fentanyl order.'), '2025-10-20'), [['20%', 'supported']]);
  });
});

describe('stop 62: a figure someone floated, in the words after it', () => {
  test('"250%  tariff on watches the president has floated" is not asserted; "250%  tariff on Swiss watches" is', () => {
    const box = (label: string) => problemsInNotes(`Swiss exports, in numbers:\n\n     250%   ${label}\n`, '2025-08-24');
    assert.deepEqual(box('tariff on Swiss watches the president has floated'), []);
    assert.deepEqual(box('tariff on Swiss watches the White House proposed'), []);
    assert.deepEqual(problemsInNotes('Workers at the watch plant talk about the 250 per cent tariff on Swiss watches the president keeps saying is coming.', '2025-08-24'), []);
    assert.deepEqual(box('tariff on Swiss watches since August 7'), [['250%', 'contradicted']]);
  });
});

describe('stop 62: wood under Section 232', () => {
  test('"Section 232 wood: 25%" in a worked example on a Chinese recliner is the furniture rate; 40% is no rate of it', () => {
    const example = (rate: string) => problemsInNotes(`Worked example: a Chinese power recliner.\n\n1. Section 232 wood: ${rate} on the full value.`, '2026-01-20');
    assert.deepEqual(example('25%'), []);
    assert.deepEqual(example('40%'), [['40%', 'contradicted']]);
  });
});

describe('stop 62: totals', () => {
  test('a table cell whose notes add up its parts is their total', () => {
    const row = (rate: string) => problemsInNotes(`| Land | Satz | Hinweis |\n| --- | --- | --- |\n| China | ${rate} | 10 reciprocal + 20 fentanyl |`, '2025-10-08');
    assert.deepEqual(row('30%'), []);
    assert.deepEqual(row('35%'), [['35%', 'contradicted']]);
  });

  test('the total on goods under a duty of their own is that duty when nothing stacks on it', () => {
    assert.deepEqual(problemsInNotes('EU cabinets pay 15% in total.', '2026-03-10'), []);
    assert.deepEqual(problemsInNotes('EU cabinets pay 25% in total.', '2026-03-10'), [['25%', 'contradicted']]);
  });
});

describe('stop 62: a rate said to apply to nothing, an exception with its own rate', () => {
  test('"Nothing Japanese in your mix is at 25%" asserts no rate', () => {
    assert.deepEqual(problemsInNotes('Nothing Japanese in your mix is at 25% from the reciprocal side.', '2025-10-02'), []);
    assert.deepEqual(problemsInNotes('Your Japanese goods are at 25% from the reciprocal side.', '2025-10-02'), [['25%', 'contradicted']]);
  });

  test('"except the UK mill we use for the strip, that\'s 25%" gives the 25% to the UK', () => {
    const metals = (rate: string) => problemsInNotes(`Steel and aluminum at 50%, except the UK mill we use for the strip, that's ${rate}.`, '2026-03-10');
    assert.deepEqual(metals('25%'), []);
    assert.deepEqual(metals('35%'), [['35%', 'contradicted']]);
  });

  test('"the 301s" are the Section 301 duties', () => {
    assert.deepEqual(problemsInNotes('On China we pay the 301s, which are 25% on most of our lines.', '2026-03-10'), []);
  });
});

describe('stop 62: round S', () => {
  test('each figure of a list after "Section 301 duties …:" is a Section 301 figure', () => {
    const list = (second: string) => problemsInNotes(`Chinese gloves: Section 301 duties stay in place on top of all this: 100% on syringes and ${second} on medical gloves.`, '2025-05-20');
    assert.deepEqual(list('50%'), []);
    assert.deepEqual(problemsInNotes('Section 301 duties come on top: 25% on most List 3 chemicals, and 100% on syringes from China.', '2025-05-20'), []);
    // A figure after the list's clause is not one of its items.
    assert.deepEqual(problemsInNotes('Section 301 duties are 25% on Chinese chemicals; Chinese gloves pay 50%.', '2025-05-20'), [['50%', 'contradicted']]);
  });

  test('a table column headed "Hypothetical duty" holds no rates claimed', () => {
    const table = (header: string) => problemsInNotes(`| ${header} | Gross annual cost (USD m) |\n|---|---|\n| 25% on Swiss goods | 85 |`, '2025-10-06');
    assert.deepEqual(table('Hypothetical duty on Swiss branded lines'), []);
    assert.deepEqual(table('Duty on Swiss branded lines'), [['25%', 'contradicted']]);
  });

  test('"the September 25 statement on a 100% tariff", "spoke of a 15% surcharge": figures announced', () => {
    assert.deepEqual(problemsInNotes('The September 25 statement on a 100% tariff on Swiss goods covered only branded products.', '2025-10-31'), []);
    assert.deepEqual(problemsInNotes('The President also spoke of a 15% surcharge on all imports the following day.', '2026-02-26'), []);
    assert.deepEqual(problemsInNotes('The President also imposed a 15% surcharge on all imports the following day.', '2026-02-26'), [['15%', 'contradicted']]);
  });

  test('"pay the 20% fentanyl duty only if they entered before November 10" is a condition', () => {
    assert.deepEqual(problemsInNotes('Chinese-origin goods still pay the 20% fentanyl duty only if they entered before November 10.', '2026-01-20'), []);
    assert.deepEqual(problemsInNotes('Chinese-origin goods still pay the 20% fentanyl duty.', '2026-01-20'), [['20%', 'outdated']]);
  });
});

describe('stop 62: round S, case studies and student writing', () => {
  test('a column of Annex I rates beside one of the rates collected today records the annex, not what is paid', () => {
    const exhibit = (header: string) => problemsInNotes(`| Input | Origin | ${header} | Collected today |\n| --- | --- | --- | --- |\n| Battery packs | China | 34% | 30% in total |`, '2025-06-20');
    assert.deepEqual(exhibit('Annex I rate'), []);
    assert.deepEqual(exhibit('Rate'), [['34%', 'outdated']]);
  });

  test('"it stays ahead even at a 20% Vietnamese rate" supposes the rate', () => {
    assert.deepEqual(problemsInNotes('Option A stays ahead even at a 20% Vietnamese rate.', '2025-06-20'), []);
    assert.deepEqual(problemsInNotes('Option A stays ahead at the 20% Vietnamese rate.', '2025-06-20'), [['20%', 'contradicted']]);
  });

  test('"a 25% parts duty" is the car-parts duty', () => {
    const row = (rate: string) => problemsInNotes(`| Option | Move | Duty |\n|---|---|---|\n| B. Schaffhausen | modules to Switzerland | 39% reciprocal + ${rate} parts duty |`, '2025-08-20');
    assert.deepEqual(row('25%'), []);
    assert.deepEqual(row('35%'), [['35%', 'contradicted']]);
  });

  test('"in the week after the 50% rate was announced," names the announcement', () => {
    assert.deepEqual(problemsInNotes('Steel shares rose 9% in the week after the 50% steel rate was announced, and prices followed in May.', '2025-06-12'), []);
    assert.deepEqual(problemsInNotes('Steel shares rose 9% in the week after the 50% steel rate applied, and prices followed in May.', '2025-06-12'), [['50%', 'contradicted']]);
  });
});

describe('stop 62: round S, retaliation explainers', () => {
  test('"sets China\'s Annex I rate at 34%, to start 9 April" is a rate to come', () => {
    const entry = (words: string) => problemsInNotes(`- **2 Apr 2025:** The order sets China's Annex I rate at 34%${words}.`, '2025-12-08');
    assert.deepEqual(entry(', to start 9 April'), []);
  });

  test('"has spoken of … 250 per cent; no such measure has been notified" and "seeking a figure closer to 15 per cent" assert no rate', () => {
    assert.deepEqual(problemsInNotes('The US administration has spoken of tariffs on Indian goods rising eventually to 250 per cent; no such measure has been notified.', '2025-09-03'), []);
    assert.deepEqual(problemsInNotes('With the reciprocal rate at 25 per cent, Indian negotiators are seeking a figure closer to 15 per cent.', '2025-09-03'), []);
    assert.deepEqual(problemsInNotes('With the reciprocal rate at 25 per cent, Indian goods are paying a figure closer to 15 per cent.', '2025-09-03'), [['15 per cent', 'contradicted']]);
  });

  test('a "General rate" column on goods under a sectoral duty is that duty\'s rate, not the baseline\'s', () => {
    const table = (rate: string) => problemsInNotes(`| Product | General rate | Deal partners |\n|---|---|---|\n| Softwood lumber | ${rate} | — |`, '2026-10-19');
    assert.deepEqual(table('10%'), []);
    assert.deepEqual(table('25%'), [['25%', 'contradicted']]);
  });
});

describe('stop 62: shares a handbook and a notebook give', () => {
  test('"of which roughly 60% are Section 232 goods" and "the biggest line at 35% of customs value" are shares', () => {
    assert.deepEqual(problemsInNotes('We file about 1,900 entries a month, of which roughly 60% are Section 232 goods.', '2026-12-06'), []);
    assert.deepEqual(problemsInNotes('China is still the biggest line at 35% of customs value.', '2025-12-10'), []);
    // A rate said of the same words is still judged.
    assert.deepEqual(problemsInNotes('We file about 1,900 entries a month, and Section 232 goods pay 60%.', '2026-12-06'), [['60%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('China is still the biggest line at a 35% tariff.', '2025-12-10'), [['35%', 'contradicted']]);
  });
});

describe('stop 62: a screening report\'s declared rate beside the one its engine expects', () => {
  test('the declared column records what was filed, not what is claimed', () => {
    const findings = (expected: string) => problemsInNotes(`| # | Origin | Goods | Declared | ${expected} |\n| --- | --- | --- | --- | --- |\n| F-03 | South Korea | cars | Sec 232 autos 25% | KR deal rate 15% |`, '2026-04-21');
    assert.deepEqual(findings('Engine expects'), []);
    assert.deepEqual(findings('Note'), [['25%', 'outdated']]);
  });
});

describe('stop 62: round T, parcels, appendices and speeches', () => {
  test('the first part of a total\'s breakdown is a part, not the total', () => {
    const india = (part: string) => problemsInNotes(`Indian goods currently face 50% in total (${part} plus the 25% Russian-oil penalty).`, '2026-01-15');
    assert.deepEqual(india('25%'), []);
    assert.deepEqual(problemsInNotes('Indian goods currently face 50% in total: 25% plus the 25% Russian-oil penalty.', '2026-01-15'), []);
    assert.deepEqual(india('35%'), [['35%', 'contradicted']]);
  });

  test('"not subject to the 10% baseline" and "is not in force yet" assert no rate', () => {
    assert.deepEqual(problemsInNotes('Canadian and Mexican goods are not subject to the 10% baseline.', '2025-04-28'), []);
    assert.deepEqual(problemsInNotes('Canadian and Mexican goods are subject to the 10% baseline.', '2025-04-28'), [['10%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('The 15% rate on Korean cars agreed in July is not in force yet.', '2025-10-20'), []);
    assert.deepEqual(problemsInNotes('The 15% rate on Korean cars agreed in July is in force now.', '2025-10-20'), [['15%', 'contradicted']]);
  });

  test('a table cell whose notes join measures with "+" is their total', () => {
    const row = (rate: string) => problemsInNotes(`| Partner | Rate | Legal basis |\n| --- | --- | --- |\n| Brazil | ${rate} | IEEPA, EO 14326 + Brazil order |`, '2025-08-20');
    assert.deepEqual(row('50%'), []);
    assert.deepEqual(row('60%'), [['60%', 'contradicted']]);
  });
});

describe('stop 62: emphasis around a figure', () => {
  test('"prices are up **7.2 percent**" is a price change, bold or not; "**25%**" after a tariff word is still a rate', () => {
    const note = (line: string) => verdicts(`# Furniture and US tariffs\n\n- ${line}\n`, '2026-10-05', 'markdown');
    assert.deepEqual(note('Furniture prices nationwide are up **7.2 percent** over the past twelve months.'), []);
    assert.deepEqual(note('Chinese sofas pay a tariff of **35 percent** this month.'), [['35 percent', 'contradicted']]);
  });
});

describe('stop 62: a national level beside a share', () => {
  test('"21 percent of jobs …, well above the national 8 percent" is no rate', () => {
    const summary = (words: string) => verdicts([
      '## Summary', '',
      "Halvorsen has backed every tariff action of the past fourteen months, from last April's",
      '145 percent on China to the 50 percent steel tariff, and has said so on camera, in print',
      'and on X. His district is exposed: 23 percent of jobs in MI-04 are in manufacturing,',
      `well above ${words} 8 percent, and the district's biggest employers import steel,`,
      'aluminum, glass and auto parts. His problem is not that he supported tariffs; it is that',
    ].join('\n'), '2026-03-10', 'markdown').filter(([figure]) => figure === '8 percent');
    assert.deepEqual(summary('the national'), []);
    assert.deepEqual(summary('a steel tariff of'), [['8 percent', 'contradicted']]);
  });
});

describe('stop 62: round U, construction writing', () => {
  test('"a 4% list increase" is a price change', () => {
    const windows = (words: string) => problemsInNotes(`Aluminum windows pay the 50% duty on their aluminum content, and our window vendor has pushed through a 4% ${words}.`, '2025-07-23');
    assert.deepEqual(windows('list increase'), []);
    // A vendor's own surcharge is a price line too (SURCHARGE_ADDED_BEFORE); a duty named so is judged.
    assert.deepEqual(windows('surcharge'), []);
    assert.deepEqual(windows('duty'), [['4%', 'contradicted']]);
  });

  test('"the review points to something closer to 20%" and ", once it\'s in an executive order" suppose the rate', () => {
    assert.deepEqual(problemsInNotes('Canadian lumber pays 14.4% today, and the review points to something closer to 20% later this year.', '2025-05-19').filter(([f]) => f === '20%'), []);
    assert.deepEqual(problemsInNotes('Goods transshipped through Vietnam will pay 40% on top, once it\'s in an executive order.', '2025-07-23'), []);
    assert.deepEqual(problemsInNotes('Vietnamese goods pay a 30% reciprocal tariff, now that it is in an executive order.', '2025-07-23'), [['30%', 'contradicted']]);
  });
});

describe('stop 62: round U, energy and mining writing', () => {
  test('"energy products have carried a 10% duty, while most other Canadian goods pay 25%": the 25% is not on energy', () => {
    const bulletin = (rate: string) => problemsInNotes(`Canadian crude oil and other energy products have carried a 10% duty since March 4, while most other Canadian goods pay ${rate}.`, '2025-03-20');
    assert.deepEqual(bulletin('25%'), []);
    assert.deepEqual(bulletin('35%'), [['35%', 'contradicted']]);
  });

  test('"was doubled on March 4 from the 10% imposed on February 4" tells of the rate before', () => {
    const doubled = (words: string) => problemsInNotes(`Chinese goods now pay a 20% fentanyl tariff. The rate ${words} the 10% imposed on February 4.`, '2025-03-20');
    assert.deepEqual(doubled('was doubled on March 4 from'), []);
    assert.deepEqual(doubled('was on March 4'), [['10%', 'outdated']]);
  });

  test('a rail car is no car', () => {
    assert.deepEqual(problemsInNotes('Canadian rail cars entered without a USMCA claim pay 35% this summer.', '2025-08-12'), []);
    assert.deepEqual(problemsInNotes('Canadian cars entered without a USMCA claim pay 35% this summer.', '2025-08-12'), [['35%', 'contradicted']]);
  });
});

describe('stop 62: round U, HR and training writing', () => {
  test('"says the rate is about to drop to 15%" is a rate to come', () => {
    assert.deepEqual(problemsInNotes('A Swiss supplier says the rate is about to drop to 15%. How do you plan?', '2025-10-27'), []);
    assert.deepEqual(problemsInNotes('A Swiss supplier says the rate has dropped to 15%. How do you plan?', '2025-10-27'), [['15%', 'contradicted']]);
  });

  test('"See UK note below" in a row\'s notes names no partner of its rate', () => {
    const row = (note: string) => problemsInNotes(`| Measure | Goods | Rate | Since | Notes |\n| --- | --- | --- | --- | --- |\n| Section 232 | Steel and derivatives | 50% | Jun 4, 2025 | ${note} |`, '2026-04-06');
    assert.deepEqual(row('See UK note below'), []);
    assert.deepEqual(row('UK goods'), [['50%', 'contradicted']]);
  });

  test('a section titled "PART A - TRUE OR FALSE (1 point each)" between rules puts its statements in question', () => {
    const quiz = (title: string) => problemsInNotes(`======\n${title}\n======\n\n1.  Canadian energy products pay the same 25% as other non-USMCA Canadian goods.\n`, '2025-04-28');
    assert.deepEqual(quiz('PART A - TRUE OR FALSE (1 point each)'), []);
    assert.deepEqual(quiz('PART A - FACTS (1 point each)'), [['25%', 'outdated']]);
  });
});

describe('stop 64: other figures', () => {
  test('"27.5 percent once the regular duty is counted" is a total that counts the MFN duty in, not an MFN rate', () => {
    const eu = (rate: string) => problemsInNotes(`Cars from the European Union still face ${rate} percent once the regular duty is counted.`, '2026-05-18');
    assert.deepEqual(eu('27.5'), [['27.5 percent', 'outdated']]);
    assert.deepEqual(eu('15'), []);
  });

  test('"about 6% under our price" is a price gap, "64 positions (about 7%)" a count, "the quota is about 40% used" a quota filled', () => {
    assert.deepEqual(problemsInNotes('Vietnamese yarn still lands here about 6% under our price after freight.', '2026-03-16'), []);
    assert.deepEqual(problemsInNotes('Vietnamese yarn pays a tariff of about 6% after freight.', '2026-03-16'), [['6%', 'contradicted']]);
    const motors = (cut: string) => problemsInNotes(`It moved its China motor volume to Vietnam, where the rate is now 20%, and ${cut} (about 7%).`, '2025-06-01');
    assert.deepEqual(motors('reduced headcount by 64 positions'), []);
    assert.deepEqual(motors('cut its duty'), [['7%', 'contradicted']]);
    const quota = (words: string) => problemsInNotes(`UK cars pay a 10% Section 232 duty, and the 100,000-car quota ${words}.`, '2025-10-06');
    assert.deepEqual(quota('is about 40% used'), [['10%', 'contradicted']]);
    assert.deepEqual(quota('rate is about 40%'), [['10%', 'contradicted'], ['40%', 'contradicted']]);
  });
});

describe('stop 65: invoices and progress', () => {
  test('"We added 12% to invoices on Chinese-origin SKUs" is a seller\'s charge, not a tariff rate', () => {
    assert.deepEqual(problemsInNotes('We added 12% to invoices on Chinese-origin SKUs in 2025 to recover IEEPA duty.', '2026-04-08'), []);
    assert.deepEqual(problemsInNotes('We paid 12% on Chinese-origin SKUs in 2025 under the IEEPA duty.', '2026-04-08'), [['12%', 'contradicted']]);
  });

  test('a status table\'s "Complete" column tells how far work has got', () => {
    const status = (header: string) => problemsInNotes(`| Workstream | Lead | ${header} |\n|---|---|---:|\n| Refund claims (IEEPA) | M. Osei | 62% |\n| Section 122 implementation | R. Castro | 100% |`, '2026-04-08');
    assert.deepEqual(status('Complete'), []);
    assert.deepEqual(status('Rate'), [['100%', 'contradicted']]);
  });
});

describe('stop 65: another party\'s numbers in a table', () => {
  test('"| What their 2026 price file assumes |" is a column of the supplier\'s numbers', () => {
    const table = (header: string) => problemsInNotes(`| Supplier | Duty now | ${header} |\n|---|---|---|\n| Maple Ridge (Canada) | Section 232 cabinets and vanities: 25% | 10% Section 122 surcharge, still included |`, '2026-10-19');
    assert.deepEqual(table('What their 2026 price file assumes'), []);
    assert.deepEqual(table('What our 2026 budget holds'), [['10%', 'outdated']]);
  });
});

describe('stop 66: parts counted in, and a glossary entry\'s duty', () => {
  test('"10% with the MFN duty": "with" right after a figure counts the MFN duty in', () => {
    assert.deepEqual(verdicts(inNotes('The first 100,000 British cars each year pay 10% with the MFN duty.'), '2025-09-05'), [['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('The first 100,000 British cars each year pay 10% under Section 232.'), '2025-09-05'), [['10%', 'contradicted']]);
  });

  test('"**Section 301 tariffs.** …; most listed goods pay 25%": the bold lead-in names the entry\'s duty', () => {
    const entry = (label: string) => verdicts(inNotes(`**${label}.** Mostly on China; most listed goods pay 25%.`), '2025-10-28', 'markdown');
    assert.deepEqual(entry('Section 301 tariffs'), [['25%', 'unverifiable']]);
    assert.deepEqual(entry('Fentanyl tariffs'), [['25%', 'contradicted']]);
  });
});

describe('stop 66: fees, escalation, and the items of a list of car rates', () => {
  test('"a disbursement fee of 2.5%" and "Material escalation (excluding tariffs) is capped at 6%" are no duties', () => {
    assert.deepEqual(verdicts(inNotes('Swiss goods are invoiced at cost, plus a disbursement fee of 2.5%.'), '2026-03-12'), []);
    assert.deepEqual(problemsInNotes('Swiss goods are invoiced at cost, plus a tariff of 2.5%.', '2026-03-12'), [['2.5%', 'contradicted']]);
    const escalation = (words: string) => problemsInNotes(`Material escalation (${words} tariffs) is capped at 6% on copper wire and 4% on all other materials.`, '2025-06-20');
    assert.deepEqual(escalation('excluding'), []);
    assert.deepEqual(escalation('including'), [['6%', 'contradicted'], ['4%', 'contradicted']]);
  });

  test('an ordinary duty another item counts in does not make a later total the MFN duty alone', () => {
    const items = (first: string) => problemsInNotes(`UK car tariffs: (a) built in the United Kingdom: 7.5% within the quota${first}; (b) built in the European Union: 27.5% in total.`, '2026-03-12');
    assert.deepEqual(items(' (10% including ordinary duty)'), [['27.5%', 'outdated']]);
    assert.deepEqual(items(''), [['27.5%', 'outdated']]);
  });

  test('"built elsewhere: 27.5% plus ordinary duty": the duty added on top is not the figure\'s kind, and "elsewhere" is every other partner', () => {
    assert.deepEqual(problemsInNotes('Car tariffs: built in Japan: 15%; built elsewhere: 27.5% plus ordinary duty.', '2026-03-12'), [['27.5%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Car tariffs: built in Japan: 15%; built elsewhere: 25% plus ordinary duty.', '2026-03-12'), []);
  });

  test('"| Product (Brazilian origin) |": the first column\'s header names every row\'s partner', () => {
    const table = (stub: string) => verdicts(inNotes(`| ${stub} | US tariff now |\n|---|---|\n| Frozen beef, honey, coffee | 50% |`), '2025-11-07', 'markdown');
    assert.deepEqual(table('Product (Brazilian origin)'), [['50%', 'supported']]);
    assert.deepEqual(table('Product'), [['50%', 'contradicted']]);
  });
});

describe('stop 66: winnings, and Ottawa\'s own surtaxes', () => {
  test('"a fee of 2% on net winnings" is no duty', () => {
    assert.deepEqual(verdicts(inNotes('Swiss tariffs aside, a fee of 2% on net winnings applies.'), '2025-11-20'), []);
  });

  test('"Ottawa, for its part, keeps its own 25% surtaxes …, and its 100% surtax on Chinese EVs": Canada imposes both', () => {
    const ottawa = (verb: string) => problemsInNotes(`Ottawa, for its part, ${verb} 25% surtaxes on U.S. steel, aluminum and autos, and its 100% surtax on Chinese EVs.`, '2026-01-31');
    assert.deepEqual(ottawa('keeps its own'), []);
    assert.deepEqual(ottawa('says Chinese EVs still pay'), [['100%', 'contradicted']]);
  });
});

describe('stop 66: a total duty after the MFN duty is named', () => {
  test('"… still carry the normal 6.8% MFN duty. So … roughly 21.8% total duty" may count the MFN duty in', () => {
    const total = (second: string) => problemsInNotes(`Ecuador was put on the new country list at 15%. ${second} So for Ecuador stems you are now looking at roughly 21.8% total duty.`, '2025-08-15');
    assert.deepEqual(total('Our Ecuador roses still carry the normal 6.8% MFN duty.'), []);
    assert.deepEqual(total('Our Ecuador roses are popular.'), [['21.8%', 'contradicted']]);
  });
});

describe('stop 67: a total that counts the MFN duty in', () => {
  test('"27.5% with the MFN duty" on Korean cars before their deal is not judged against the 25% alone; below it, or where an all-in rate is recorded, it is', () => {
    const korea = (figure: string) => problemsInNotes(`Korean cars still pay the full 25% Section 232 rate (${figure} with the MFN duty).`, '2025-10-05');
    assert.deepEqual(korea('27.5%'), []);
    assert.deepEqual(korea('20%'), [['20%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Cars from Germany pay 27.5% with the MFN duty.', '2025-09-30'), [['27.5%', 'outdated']]);
  });
});
