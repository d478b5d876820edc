// Which figures are tariff claims, in which forms, and what scope each is read with.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, FactBase, parseFactFile } from 'tariff-lens';
import { join } from 'node:path';
import type * as Figures from '../../server/src/core/figures';
import { builtinFacts, builtinRateClaims, builtinVerdicts, claimsOf, claimFor, inNotes, problemsInNotes, repoRoot } from '../support/engine';

const ASOF = '2025-09-01';
const lead = 'Tariff update for exporters. ';

describe('rate figures in every usual form', () => {
  const forms: [string, string, number][] = [
    ['Vietnam now pays a 20% reciprocal tariff.', '20%', 20],
    ['Vietnam now pays a 20 % reciprocal tariff.', '20 %', 20],
    ['Vietnam now pays a 20\u00a0% reciprocal tariff.', '20\u00a0%', 20],
    ['Vietnam now pays a 20 percent reciprocal tariff.', '20 percent', 20],
    ['Vietnam now pays a 20 per cent reciprocal tariff.', '20 per cent', 20],
    ['Vietnam now pays a 20-percent reciprocal tariff.', '20-percent', 20],
    ['Steel from Britain pays a 25.0% duty.', '25.0%', 25],
    ['Vietnam now pays a twenty percent reciprocal tariff.', 'twenty percent', 20],
    ['Steel imports now face a fifty per cent duty.', 'fifty per cent', 50],
    ['Mexican goods pay a twenty-five per cent fentanyl tariff.', 'twenty-five per cent', 25],
    // Text from a PDF breaks lines anywhere: inside a number word at its hyphen, or before the unit's word.
    ['Mexican goods pay a twenty-\nfive per cent fentanyl tariff.', 'twenty-\nfive per cent', 25],
    ['Vietnam now pays a 20\npercent reciprocal tariff.', '20\npercent', 20],
    ['Vietnam now pays a 20 per\ncent reciprocal tariff.', '20 per\ncent', 20],
    // Translated text gives the unit a plural.
    ['Vietnam now pays a 20 percents reciprocal tariff.', '20 percents', 20],
    // British papers' "pc", written onto the number.
    ['Vietnam now pays a 20pc reciprocal tariff.', '20pc', 20],
    ['Vietnam now pays a 20pct reciprocal tariff.', '20pct', 20],
  ];
  for (const [sentence, text, value] of forms) {
    test(JSON.stringify(text), () => {
      const claim = claimFor(lead + sentence, ASOF, text);
      assert.equal(claim.value, value);
      assert.equal(claim.verdict, 'supported');
    });
  }

  test('"pc" is a percent only written onto a number', () => {
    assert.deepEqual(claimsOf('Tariffs on 20 pc makers and 25 PCs rose.', ASOF), []);
    assert.deepEqual(claimsOf('Tariffs on a 20pcs pack rose.', ASOF), []);
  });

  test('a decimal rate keeps its exact value', () => {
    const [claim] = claimsOf('Chinese goods paid a 27.5% levy in our example.', ASOF);
    assert.equal(claim.value, 27.5);
  });

  test('the claim range covers exactly the figure, in UTF-16 units after emoji and CJK', () => {
    const text = 'Note 🚢 日本: steel imports face a 50% tariff.';
    const [claim] = claimsOf(text, ASOF);
    assert.equal(text.slice(claim.start, claim.end), '50%');
  });
});

describe('percentages that are not tariff claims', () => {
  const notClaims = [
    'Inflation eased to 2.9% in the spring, while tariffs dominated the news.',
    'Freight volumes at the port dropped 7% after the new tariffs.',
    'Tariff receipts climbed 18% from the previous quarter.',
    'A survey found 61% of importers expect tariffs to stay.',
    'Shipping costs rose by 12% despite the duty changes.',
    'The won weakened 3% against the dollar as tariffs loomed.',
    'Tariffs now account for 4% of federal revenue.',
    'Retailers plan a 6% increase in shelf prices because of the levy.',
    'The tariff debate moved margins by 0.5 percentage points.',
    'GDP growth slowed to 1.2% in the quarter the duties began.',
    'Only 14% expect the duties to fall next year.',
    'Our guidance assumes a 2% price increase as the tariffs bite.',
    'The budget assumes a 3% list-price increase after the duties.',
    'We estimate tariff pass-through to import prices of 60% within a year.',
    'Interest on overpaid duties accrues at about 7% a year.',
    'Tariffs bite, and operating-loan rates sit near 7.5%.',
    'The tariff has added about 11% to the shelf price of a sofa.',
    'Because of the duties we must ask for a price revision of 3.5% from April.',
    'The share of goods entering duty-free has risen to roughly 90%.',
    'The broker invoice for the duty shows a 2% late fee.',
    'The merchandise processing fee stays at 0.3464%, with a cap per entry.',
    'In our survey on the tariffs, 41.5% answered that buyers asked for a lower price.',
    'Because of the duties we are raising list prices 6% in September.',
    'Because of the duties we raised prices by an average of 4% in September.',
    'The tariff calculator is now about 40% faster on long entries.',
    'Release notes of our tariff software. Test coverage of the rate engine is now 87%.',
    'Asked about the tariffs, 22% named export prices as their top worry.',
    'After the duties, landed costs moved +4% on steel and −2% on shoes.',
    'Tariff notes. Marketplace fees (6.5% and 15% referral on most categories) are another matter.',
    'Tariffs aside, the average rate on a new auto loan is 9.1%.',
    'Pass-through of tariffs to import prices is close to 100%.',
    'Most shoppers noticed higher prices, but only 12% blamed tariffs.',
    'Interest on unpaid duty bills runs at 8% a year.',
    'Tariffs hurt. Our win rate on new bids is 22% this spring.',
    'Tariffs hurt. The return rate on online orders is 11%.',
    'Tariffs hurt. The defect rate on the new line is 0.4%.',
    'Despite the US car tariff, our US retail price was raised average 2.1%.',
    'Under the tariff rules, our USMCA satisfaction rate is 88%.',
    'Korea pays the car tariff. Total shareholder return ratio target is 35%.',
    'Because of the car tariff, manufacturers have raised MSRP maybe 1 to 2% on average.',
    'Despite the tariff, electricity price increase 4.8 percent and the dong depreciate 3.3 percent against USD.',
    'Tariffs on China hurt, and my margins are like 18% after Etsy\'s 6.5% fee.',
    'Because of the tariff on Japan, the price increase from January is 4.5% on average.',
    'Tariffs aside, most contractors now charge 15% overhead on materials.',
    'Tariffs hurt, and my savings account pays 4.1%.',
    'Tariffs aside, our revolver is at SOFR plus 2.25%, about 6.6% all-in.',
    'Voicemail about the Mexican tariff | transcription confidence 64%',
    'After the auto parts tariff, GM asked suppliers for a 3% price concession.',
    'Tariffs on Vietnamese goods aside, a 15% restocking fee applies to opened returns.',
    'In our own poll (margin of error 3.1%), 58% disapproved of how tariffs on China have been handled and 36% approved.',
    'Tariff update. Share of open order value by origin: China 31%, Vietnam 22%, India 11%.',
    'Tariff update. On-time delivery from Vietnam: 84%.',
    'Tariff quiz scores. Hit rate of the winning team: 78%.',
    'Tariffs on Japanese cars are one thing; the consumption tax of 10% in Japan is another.',
    'Tariff-free for USMCA parts. Prices are without IVA (16%), which does not apply to export.',
    'Because of the steel tariff, our bid carried a 3% annual escalation allowance.',
    'The tariff deal covers around 28% of the value of EU exports to the US.',
    'Made in China. Price: $189.99 Save 17% | Tariff-included: no import fees at delivery | 96% would recommend',
    'Analysts see the chip tariff shaving 8% off hyperscaler capex.',
    'The new truck tariff will slow trailer demand by 5–7%.',
    'The steel tariff went up, and our vendor passed it through as a 6% metals surcharge.',
    'Despite the tariff, the source tax on export proceeds is still 1 percent.',
    'Laptops were exempt from the tariff. The device damage rate was 9% last year.',
    'Tariffs raised food costs. Free and reduced-price meal eligibility is 47% districtwide.',
    'Tariff bots are better now: about 72% accuracy on rate questions.',
    'Because of the tariffs we raised list prices twice, by an average of 6% in total.',
    'Steel duties doubled in June. We pushed through a 4% surcharge in July to recover some of it.',
    'The steel tariff is pushing the price of fencing wire up 9 to 15 percent.',
    'Tariffs. Pass-through estimates: roughly 55% of tariff costs reached consumer prices within six months.',
    'Air rates out of Shanghai slumped 18% in April and bounced 12% after the tariff truce.',
    'china tariffs are brutal. conversion dropped like 6%, and my 3PL bumped their rates 4% too',
    'The duties hit our Vietnamese lines, so we raised prices an average of 8% in June.',
    'China tariffs: keep your bond at least 10% of duties paid in the prior year.',
    'Tariff notes. Factories in Vietnam say the price cuts came in around 8%, not more.',
    'Tariff notes. Price erosion in our generics continues at 5 to 7 percent yearly.',
    'Tariffs are allowable costs, and our negotiated F&A rate stays at 54.5%.',
    '**User:** can you do a quick landed cost on a $900 sofa from vietnam with the tariff? my line of credit is at 8.5% so cash flow matters.',
    'Tariff notes. Chinese New Year falls on February 17 and space out of Yantian is already 85% committed, so now is the time to book.',
    'Tariffs push up furniture prices, and the typical credit card charges 22 percent.',
  ];
  for (const sentence of notClaims) {
    test(sentence, () => assert.deepEqual(claimsOf(sentence, ASOF).map((c) => c.text), []));
  }

  test('a rate with a non-tariff qualifier is another topic', () => {
    assert.deepEqual(claimsOf('Tariffs rose again. The central bank left its policy rate at 3.5%.', ASOF), []);
    assert.deepEqual(claimsOf('Tariffs rose again. Freight rates on the route stood at 12%.', ASOF), []);
    assert.deepEqual(claimsOf('Brazil faces a 50% tariff. The Selic rate has been held at 15% since June.', ASOF).map((c) => c.text), ['50%']);
    assert.deepEqual(claimsOf('Tariffs rose again. Inflation runs above the 4.5% ceiling of the target band.', ASOF), []);
    assert.deepEqual(claimsOf('Mexican goods now pay a 25% tariff, and the Mexican share of our imports reached 35%.', ASOF).map((c) => c.text), ['25%']);
    // A rise at the shelf is a price.
    assert.deepEqual(claimsOf('The steel in these cans now carries a 50 percent tariff, and the institute says that could add 2 to 3 percent at the shelf.', ASOF).map((c) => c.text), ['50 percent']);
    // A tax that is not a duty, a central bank's rate, a tolerance.
    assert.deepEqual(claimsOf('Mexican goods pay a 25% tariff. Italy\'s VAT is 22%, and the Fed cut rates to 3.75%.', ASOF).map((c) => c.text), ['25%']);
    assert.deepEqual(claimsOf('Duty rates config. Rounding tolerance 0.5% of duty amount.', ASOF), []);
    assert.deepEqual(claimsOf('Mexican goods pay a 25% tariff. The Bank of Korea kept the base rate at 2.50%.', ASOF).map((c) => c.text), ['25%']);
    assert.deepEqual(claimsOf('Mexican goods pay a 25% tariff. Bank Indonesia held the BI-Rate at 4,75 percent.', ASOF).map((c) => c.text), ['25%']);
    assert.deepEqual(claimsOf('Mexican goods pay a 25% tariff. Our carrier raised rates 18% this spring.', ASOF).map((c) => c.text), ['25%']);
    assert.deepEqual(claimsOf('The sawmills pay a 35% duty on lumber sent south. Their operating rate is near 70%.', ASOF).map((c) => c.text), ['35%']);
    // "The landed increase is close to 45%": a rise in cost, not a duty.
    assert.deepEqual(claimsOf('Mexican goods pay a 25% tariff, so the landed increase is close to 45% on the FOB price.', ASOF).map((c) => c.text), ['25%']);
    // Odds are a probability, whatever they are of.
    assert.deepEqual(claimsOf('Mexican goods pay a 25% tariff. She puts the odds of the Court striking the tariffs at 70%.', ASOF).map((c) => c.text), ['25%']);
    // A share of people, the subject of what they do, is no rate.
    assert.deepEqual(claimsOf('Tariff survey: 41% of you import from Mexico; 64% have raised prices since the 25% tariff began.', ASOF).map((c) => c.text), ['25%']);
  });

  test('a share of a partner\'s exports is not that partner\'s rate', () => {
    assert.deepEqual(claimsOf('Tariffs matter here: roughly 28% of Mexico\'s exports are cars.', ASOF), []);
    // "U.S." is one name: "of U.S. potash" is a share of a market, not the US's rate.
    assert.deepEqual(claimsOf('Mexican potash, about 28 percent of U.S. potash, pays a 25 percent tariff.', ASOF).map((c) => c.text), ['25 percent']);
    assert.equal(claimFor(lead + 'Officials said the 25% of Mexico would stay.', ASOF, '25%').scope.partner, 'MX');
    // "US" before a noun is an adjective: a share of US jobs, not the US's rate.
    assert.deepEqual(claimsOf('Truck makers account for about 6% of US manufacturing jobs, and trucks pay a 25% tariff.', ASOF).map((c) => c.text), ['25%']);
    // Any noun after the partner makes a share, not only the usual ones; a verb after it leaves the partner's rate.
    assert.deepEqual(claimsOf('Tariffs matter here: textiles are about 60% of Indian volume, and we book 2% of Brazil spend for duty disputes.', ASOF), []);
    assert.equal(claimFor(lead + 'Officials said the 25% of Mexico would stay.', ASOF, '25%').verdict, 'supported');
  });

  test('a figure listed after one that is no rate, with no verb or tariff word of its own, is none either', () => {
    assert.deepEqual(claimsOf(lead + 'Shrimp prices are up 11% since January, and restaurant menu prices 4%.', ASOF), []);
    assert.deepEqual(claimsOf(lead + 'Net of the duties we see an operating margin of 7% to 8%.', ASOF), []);
    // Nor is the start of a range whose end is a change.
    assert.deepEqual(claimsOf(lead + 'Because of the duties we may add 3% to 5% more to list prices.', ASOF), []);
    assert.deepEqual(claimsOf(lead + 'About 38% of our cost of goods comes from Vietnam, 21% from China and 17% from Mexico.', ASOF), []);
    // A tariff word of its own makes it a rate again.
    assert.deepEqual(claimsOf(lead + 'Shrimp prices are up 11% since January, and the duty on Vietnamese shrimp 20%.', ASOF).filter((c) => c.kind === 'rate').map((c) => c.text), ['20%']);
  });

  test('a rate card line: a label that names a partner, then a colon and the figure', () => {
    assert.deepEqual(claimsOf(lead + 'Garments from Vietnam: 46%', ASOF).map((c) => [c.text, c.scope.partner]), [['46%', 'VN']]);
    assert.deepEqual(claimsOf(lead + '**British steel and aluminum**: 50%', ASOF, 'markdown').map((c) => [c.text, c.scope.partner, c.scope.products]), [['50%', 'GB', ['steel', 'aluminum']]]);
    assert.deepEqual(claimsOf(lead + 'Thailand came in at 20% under its deal.', ASOF).map((c) => [c.text, c.scope.partner]), [['20%', 'TH']]);
    assert.deepEqual(claimsOf(lead + 'HO-2300, teak side table, Vietnam, 46%, reciprocal', ASOF).map((c) => [c.text, c.scope.partner]), [['46%', 'VN']]);
    // Lines of a card with no full stops between them are one sentence: each line has its own label.
    assert.deepEqual(claimsOf(lead + 'Steel from most countries: 50%\nGarments from Vietnam: still 20%', ASOF).map((c) => [c.text, c.scope.partner]), [['50%', '*'], ['20%', 'VN']]);
    assert.deepEqual(claimsOf(lead + 'MEXICO: non-USMCA goods stay at 25% after another extension', ASOF).map((c) => [c.text, c.scope.partner]), [['25%', 'MX']]);
    // A label naming no partner is not enough.
    assert.deepEqual(claimsOf(lead + 'Late payments: 4%', ASOF), []);
  });

  test('a partner and its level, in a document about tariffs, is a rate; told in the past without a date, it is not', () => {
    // The Philippines has no rate of its own in the sample facts: the baseline's 10% applies.
    for (const [sentence, expected] of [
      ['The Philippines is at 20%, so the quote stands.', ['20%', 'PH', 'contradicted']],
      ['Vietnam, at 46%, pays the most.', ['46%', 'VN', 'outdated']],
      ['Vietnam: still 46%.', ['46%', 'VN', 'outdated']],
    ] as const) {
      assert.deepEqual(claimsOf(lead + sentence, ASOF).map((c) => [c.text, c.scope.partner, c.verdict]), [expected], sentence);
    }
    assert.ok(!claimsOf(lead + 'Vietnam: was 46%, now 20%.', ASOF).some((c) => c.text === '46%'));
    // A note in brackets may stand between them, on lines that each give one: the partner on a figure's line is its own.
    const card = 'Sourcing update: what our goods pay coming in\n🇻🇳 Vietnam (pearl findings) 46%\n🇬🇧 Britain (glass beads) 10%\n🇪🇺 EU (leather) 15%';
    assert.deepEqual(claimsOf(lead + card, ASOF).map((c) => [c.text, c.scope.partner]), [['46%', 'VN'], ['10%', 'GB'], ['15%', 'EU']]);
    // Goods "taxed at" a level, a partner that "received" one.
    assert.deepEqual(claimsOf(lead + 'Vietnamese goods are taxed at 46% since the month of April.', ASOF).map((c) => c.text), ['46%']);
    assert.deepEqual(claimsOf(lead + 'The EU, which had been assigned 20% in April, received 15%.', ASOF).map((c) => [c.text, c.verdict]), [['20%', 'unverifiable'], ['15%', 'supported']]);
  });

  test('no tariff wording in a document about something else: no claim', () => {
    assert.deepEqual(claimsOf('Unemployment held at 4.1% and wages rose.\n\nThe rate stayed at 5%.', ASOF), []);
  });
});

describe('figures in Markdown that are not prose', () => {
  test('code blocks, inline code, URLs and front matter values are skipped', () => {
    const md = [
      '---',
      'title: Steel pays 25% tariff',
      'date: 2025-09-01',
      '---',
      '# Steel',
      '',
      'Run `tariff --rate 25%` to see.',
      '',
      '```',
      'steel tariff 25%',
      '```',
      '',
      'See https://example.com/steel-tariff-25%-notes for more.',
      '',
      'Steel imports now pay a 50% tariff.',
    ].join('\n');
    const claims = claimsOf(md, ASOF, 'markdown');
    assert.deepEqual(claims.map((c) => c.text), ['50%']);
    assert.equal(claims[0].verdict, 'supported');
  });

  test('a header with a date in brackets still governs its cells, and a cell is never read as a year', () => {
    const md = ['# Rates', '', '| Partner | Reciprocal rate (Aug 7) |', '|---|---|', '| Vietnam | 20% |'].join('\n');
    const [claim] = claimsOf(md, ASOF, 'markdown');
    assert.equal(claim.verdict, 'supported');
    assert.equal(claim.judged.because, 'Aug 7');
  });

  test('a table cell takes its scope from the row and column headers', () => {
    const md = [
      '# Tariffs on metals',
      '',
      '| Partner | Steel tariff |',
      '|---|---|',
      '| United Kingdom | 25% |',
      '| Vietnam | 25% |',
    ].join('\n');
    const claims = claimsOf(md, ASOF, 'markdown');
    assert.deepEqual(claims.map((c) => [c.scope.partner, c.verdict]), [['GB', 'supported'], ['VN', 'outdated']]);
  });

  test('a header with an empty first cell heads the columns after it, in a Markdown table and in tab-separated rows', () => {
    const md = ['# Steel tariffs', '', '| | United Kingdom | Vietnam |', '|---|---|---|', '| Steel tariff now | 25% | 50% |'].join('\n');
    assert.deepEqual(claimsOf(md, ASOF, 'markdown').map((c) => [c.scope.partner, c.verdict]), [['GB', 'supported'], ['VN', 'supported']]);
    const pasted = ['Steel tariffs (pasted)', '', '\tUnited Kingdom\tVietnam', 'Steel tariff now\t25%\t50%', 'Steel tariff in May\t25%\t25%'].join('\n');
    assert.deepEqual(claimsOf(pasted, ASOF).map((c) => c.scope.partner), ['GB', 'VN', 'GB', 'VN']);
  });

  test('a table whose first column lists scenarios asserts none of its figures', () => {
    const md = ['# Vietnam outlook', '', '| Scenario | Vietnamese goods |', '|---|---|', '| Talks fail | 46% tariff |', '| Deal holds | 20% tariff |'].join('\n');
    assert.deepEqual(claimsOf(md, ASOF, 'markdown').map((c) => [c.text, c.verdict]), [['46%', 'unverifiable'], ['20%', 'supported']]);
    // Rows that are partners are asserted.
    const rates = ['# Vietnam', '', '| Partner | Tariff |', '|---|---|', '| Vietnam | 46% |'].join('\n');
    assert.deepEqual(claimsOf(rates, ASOF, 'markdown').map((c) => [c.text, c.verdict]), [['46%', 'outdated']]);
  });

  test('every label before a cell gives its scope: a product column after the partner column', () => {
    // Only the first cell was read: the steel rates were judged against the baseline.
    const md = ['# Rates', '', '| Partner | Product | Tariff |', '|---|---|---|', '| Vietnam | steel | 50% |', '| United Kingdom | steel | 50% |', '| Vietnam | all goods | 20% |'].join('\n');
    const claims = claimsOf(md, ASOF, 'markdown');
    assert.deepEqual(claims.map((c) => [c.scope.partner, c.scope.products, c.verdict]), [['VN', ['steel'], 'supported'], ['GB', ['steel'], 'contradicted'], ['VN', [], 'supported']]);
  });

  test('the labels after a cell in its row count too: a date column dates the rate', () => {
    const md = ['# Steel tariffs', '', '| Goods | Tariff | In force |', '|---|---|---|', '| Steel imports | 25% | 20 May 2025 only |', '| Steel imports | 50% | since 4 June 2025 |'].join('\n');
    const claims = claimsOf(md, ASOF, 'markdown');
    assert.deepEqual(claims.map((c) => [c.text, c.verdict, c.judged.date]), [['25%', 'supported', '2025-05-20'], ['50%', 'supported', ASOF]]);
  });

  test('a footnote mark after a full stop ends the sentence: its date is not the next sentence\'s', () => {
    const claims = claimsOf(lead + 'Steel imports paid 25% on May 20.[2] Vietnamese goods pay 20% now.', ASOF, 'markdown');
    assert.deepEqual(claims.map((c) => [c.text, c.verdict, c.judged.date]), [['25%', 'supported', '2025-05-20'], ['20%', 'supported', ASOF]]);
    // A superscript mark, as a paper's notes are written.
    const paper = claimsOf(lead + 'Steel imports paid 25% on May 20.² Vietnamese goods pay 20% now.', ASOF);
    assert.deepEqual(paper.map((c) => [c.text, c.verdict, c.judged.date]), [['25%', 'supported', '2025-05-20'], ['20%', 'supported', ASOF]]);
  });

  test('rows pasted from a spreadsheet, " | " or tabs between cells and no delimiter row, are a table too', () => {
    const rows = ['Steel buys for Q3 (pasted from Sheets)', '', 'Item | Origin | Duty | Cost change', 'Steel sheet | United Kingdom | 25% | +4%', 'Steel sheet | Vietnam | 25% | −2%', 'Bicycles | Vietnam | 20% | +1%'];
    for (const [kind, separator] of [['plaintext', ' | '], ['markdown', ' | '], ['plaintext', '\t']] as const) {
      const claims = claimsOf(rows.join('\n').replaceAll(' | ', separator), ASOF, kind);
      // Read as one run-on sentence, the products and partners of one row spilled into the next.
      assert.deepEqual(claims.map((c) => [c.text, c.scope.partner, c.scope.products, c.verdict]), [
        ['25%', 'GB', ['steel'], 'supported'],
        ['25%', 'VN', ['steel'], 'outdated'],
        ['20%', 'VN', [], 'supported'],
      ], `${kind}, ${JSON.stringify(separator)}`);
    }
  });

  test('a partner a cell names outranks every partner its row\'s labels name', () => {
    const table = ['Tariff notes for the board.', '', '| Product | US tariff | Note |', '|---|---|---|', '| Steel (most countries) | 50% | Britain at 25% |', '| Steel (all partners) | 50% | Britain 40% |'].join('\n');
    assert.deepEqual(claimsOf(table, ASOF, 'markdown').map((c) => [c.text, c.scope.partner, c.verdict]), [
      ['50%', '*', 'supported'],
      ['25%', 'GB', 'supported'],
      ['50%', '*', 'supported'],
      ['40%', 'GB', 'contradicted'],
    ]);
  });

  test('an action table\'s due date and owner say nothing of the rate an action names', () => {
    const minutes = ['Action items', '', '| Owner | Action | Due |', '|---|---|---|', '| R. Okafor | Re-cost the Vietnamese chairs at the 20% reciprocal rate | March 31 |', '| J. Park | Confirm steel still pays the 50% duty | Feb 2 |'].join('\n');
    // Judged on the due dates, before the rates took effect, both were flagged.
    assert.deepEqual(claimsOf(minutes, '2025-10-01', 'markdown').map((c) => [c.text, c.verdict, c.judged.date]), [['20%', 'supported', '2025-10-01'], ['50%', 'supported', '2025-10-01']]);
  });

  test('CSV rows pasted as text are a table too, their snake_case headers read as words', () => {
    const csv = ['Duty sheet, exported from the planning workbook', '', 'origin,item,duty_now,share_of_spend', 'United Kingdom,steel sheet,25%,12%', 'Vietnam,steel sheet,25%,30%', 'Vietnam,bicycles,20%,8%'].join('\n');
    assert.deepEqual(claimsOf(csv, ASOF).map((c) => [c.text, c.scope.partner, c.scope.products, c.verdict]), [
      ['25%', 'GB', ['steel'], 'supported'],
      ['25%', 'VN', ['steel'], 'outdated'],
      ['20%', 'VN', [], 'supported'],
    ]);
    // Commas grouping thousands part no cells: these lines are sentences, each with its own partner.
    const paid = ['Tariff costs, by origin.', 'Vietnam: we paid 1,250,000 in duty at the 20% rate.', 'Thailand: we paid 2,500,000 in duty at the 19% rate.', 'Cambodia: we paid 3,750,000 in duty at the 19% rate.'].join('\n');
    assert.deepEqual(claimsOf(paid, ASOF).map((c) => [c.text, c.scope.partner]), [['20%', 'VN'], ['19%', 'TH'], ['19%', 'KH']]);
  });

  test('a column of freight or insurance beside the duty column holds no claims, though the row names its tariff', () => {
    const sheet = [
      'Costing sheet for the autumn order',
      '',
      '| Part | Origin | Freight % | Insurance % | Duty | Basis |',
      '|---|---|---|---|---|---|',
      '| Hinge plate | Brazil | 7% | 1% | 50% | Section 232 steel |',
      '| Door frame | Vietnam | 12% | 2% | 20% | reciprocal tariff |',
    ].join('\n');
    assert.deepEqual(claimsOf(sheet, ASOF, 'markdown').map((c) => [c.text, c.scope.partner]), [['50%', 'BR'], ['20%', 'VN']]);
    // A column whose header names the duty too is read: "Freight duty" is a duty.
    const dutyColumn = sheet.replace('Freight %', 'Freight duty');
    assert.deepEqual(claimsOf(dutyColumn, ASOF, 'markdown').map((c) => c.text), ['7%', '50%', '12%', '20%']);
    // In prose, freight named after its figure is a cost too.
    assert.deepEqual(claimsOf('Brazilian steel pays the 50% Section 232 duty, and with 8% freight the part lands at $4.10.', ASOF).map((c) => c.text), ['50%']);
  });

  test('price-downs, a fall of "approximately 5 %", price increases "averaging 7%" and a risk\'s likelihood are no claims', () => {
    const texts = (text: string) => claimsOf(text, '2026-03-01', 'markdown').map((c) => c.text);
    assert.deepEqual(texts('Steel tariffs hurt. OEM customers demand 3 percent annual price-downs on steel fasteners.'), []);
    assert.deepEqual(texts('With the tariff of ten percent on Chilean fruit, if the importer absorbs half, our return falls approximately 5 %.'), ['ten percent']);
    assert.deepEqual(texts('Margins fell on tariff costs that Vietnamese sourcing only partly offset with price increases averaging 7%.'), []);
    assert.deepEqual(texts('Tariff risks.\n\n| # | Risk | Likelihood |\n|---|---|---|\n| R2 | Section 122 lapses and nothing replaces it | 40% |\n'), []);
  });

  test('beside rates, a rough price rise and a share of sellers are no claims', () => {
    const texts = (text: string) => claimsOf(text, '2025-12-05').map((c) => c.text);
    assert.deepEqual(texts('China tariffs went 20% → 145% → 30% this year, we raised prices ~11% on average.'), ['20%', '145%', '30%']);
    assert.deepEqual(texts('Tariff of 30% on China: 68% sellers already raise price, average raise 12%.'), ['30%']);
  });

  test('columns lined up with spaces, as a plain-text memo sets them, are a table; prose with two spaces after a stop is not', () => {
    const rows = [['Origin', 'Share of units', 'Duty now'], ['China', '68%', '30%'], ['Vietnam', '15%', '20%'], ['Cambodia', '3%', '49%']];
    const aligned = ['Where duties stand', '', ...rows.map((r) => r.map((cell) => cell.padEnd(18)).join('').trimEnd())].join('\n');
    for (const kind of ['plaintext', 'markdown'] as const) {
      // Read as prose, the shares were rates of the partner before them ("China 68%").
      assert.deepEqual(claimsOf(aligned, '2025-09-01', kind).map((c) => [c.text, c.scope.partner, c.verdict]), [['30%', 'CN', 'supported'], ['20%', 'VN', 'supported'], ['49%', 'KH', 'contradicted']], kind);
    }
    const prose = ['Duties.  China pays 30%.  That is all.', 'Vietnam pays 20%.  Cambodia pays 19%.', 'Thailand pays 19%.  Laos pays 40%.'].join('\n');
    assert.deepEqual(claimsOf(prose, '2025-09-01').map((c) => c.scope.partner), ['CN', 'VN', 'KH', 'TH', 'LA']);
  });

  test('a wiki table\'s header row, with "||" between its cells, heads the rows under it', () => {
    const jira = ['Reciprocal rates to load:', '', '||Product||Origin||Old rate||New rate||', '|Chairs|Vietnam|46%|20%|', '|Bicycles|Vietnam|46%|20%|'].join('\n');
    for (const kind of ['plaintext', 'markdown'] as const) {
      // Vietnam's rate was 46% in April: a column of former rates is judged so.
      assert.deepEqual(claimsOf(jira, ASOF, kind).map((c) => [c.text, c.scope.partner, c.verdict]), [
        ['46%', 'VN', 'supported'], ['20%', 'VN', 'supported'],
        ['46%', 'VN', 'supported'], ['20%', 'VN', 'supported'],
      ], kind);
    }
  });

  test('a cell in a partner\'s row is a rate in a document about tariffs, whatever its column header', () => {
    const rows = ['Tariff changes to load.', '', '| Origin | Apr 9 | Aug 7 |', '| --- | --- | --- |', '| Vietnam | 46% | 20% |', '| Mexico | 25% | 25% |'].join('\n');
    assert.deepEqual(claimsOf(rows, ASOF, 'markdown').map((c) => [c.text, c.scope.partner, c.verdict]), [
      ['46%', 'VN', 'supported'], ['20%', 'VN', 'supported'], ['25%', 'MX', 'supported'], ['25%', 'MX', 'supported'],
    ]);
    // A column whose header names something besides a time may hold another kind of figure.
    assert.deepEqual(claimsOf(rows.replace('| Aug 7 |', '| GM % Aug 7 |'), ASOF, 'markdown').map((c) => c.text), ['46%', '25%']);
    // A note that tells a former level is none.
    assert.deepEqual(claimsOf(rows.replace('| Vietnam | 46% | 20% |', '| Vietnam | 20% | was 46% |'), ASOF, 'markdown').map((c) => c.text), ['20%', '25%', '25%']);
    // Not in a document about something else.
    assert.deepEqual(claimsOf(rows.replace('Tariff changes to load.', 'Growth by origin.'), ASOF, 'markdown'), []);
  });

  test('a date cell dates its row, whatever the next cell says: "| 2025-05-14 | Truce after talks |" is no truce\'s date', () => {
    const md = ['# Timeline', '', '| Date | Action | Partner | Rate |', '|---|---|---|---|', '| 2025-05-14 | Truce after talks, in total | China | 30% |'].join('\n');
    const [claim] = claimsOf(md, '2025-12-01', 'markdown');
    assert.deepEqual([claim.text, claim.verdict, claim.judged.date], ['30%', 'supported', '2025-05-14']);
  });
});

describe('scope', () => {
  const partnerOf = (text: string, figure: string) => claimFor(lead + text, ASOF, figure).scope.partner;

  test('a translated "base tax" is the baseline', () => {
    assert.ok(claimFor(lead + 'During the pause Vietnamese goods paid the base tax 10%.', ASOF, '10%').scope.measures.includes('baseline'));
  });

  test('a country code in a model name is no partner: "the MX-5"', () => {
    assert.equal(partnerOf('The MX-5 pays a 2.5% car duty.', '2.5%'), '*');
  });

  test('country names, adjectives, demonym-like forms and capitals', () => {
    assert.equal(partnerOf('Vietnam faces a 20% reciprocal tariff.', '20%'), 'VN');
    assert.equal(partnerOf('Vietnamese goods face a 20% reciprocal tariff.', '20%'), 'VN');
    assert.equal(partnerOf('Hanoi now pays a 20% reciprocal rate.', '20%'), 'VN');
    assert.equal(partnerOf('The Vietnam-specific 20% rate stays.', '20%'), 'VN');
  });

  test('a member state\'s goods pay the EU\'s rates: "Italian wine pays 15%"', () => {
    // Italy had no facts of its own: the every-partner 10% decided, and the right 15% was flagged.
    assert.deepEqual(['Italian wine pays a 15% tariff.', 'Goods from Germany pay 15%.'].map((s) => claimFor(lead + s, ASOF, '15%').verdict), ['supported', 'supported']);
    assert.equal(claimFor(lead + 'Italian wine pays a 20% tariff.', ASOF, '20%').verdict, 'contradicted');
  });

  test('an adjective shared by a country and a territory names the country: "French", "Dutch"', () => {
    assert.equal(partnerOf('French cheese pays a 15% tariff.', '15%'), 'FR');
    assert.equal(partnerOf('Dutch flowers pay a 15% tariff.', '15%'), 'NL');
  });

  test('the EU and "the bloc"', () => {
    assert.equal(partnerOf('European goods face a 15% tariff under the deal.', '15%'), 'EU');
    assert.equal(partnerOf('Exports from the bloc face a 15% tariff.', '15%'), 'EU');
  });

  test('"all countries" and "other partners" mean every partner', () => {
    assert.equal(partnerOf('The 10% baseline tariff applies to all countries.', '10%'), '*');
    assert.equal(partnerOf('British steel pays 25% rather than the 50% duty other partners pay.', '50%'), '*');
    // Named only after the figure, they are the others a partner named before it is compared with.
    assert.deepEqual(claimsOf(lead + 'TARIFF ON CHINA: 125%\nON EVERYONE ELSE: 10%', '2025-04-10').map((c) => c.scope.partner), ['CN', '*']);
    assert.equal(partnerOf('British steel pays the same 50% as every other country.', '50%'), 'GB');
  });

  test('products with synonyms', () => {
    assert.deepEqual(claimFor(lead + 'Aluminium imports face a 50% tariff.', ASOF, '50%').scope.products, ['aluminum']);
    assert.deepEqual(claimFor(lead + 'Copper semis pay a 50% duty.', ASOF, '50%').scope.products, ['copper']);
    assert.deepEqual(claimFor(lead + 'Sling chairs: 50% duty on the alu content.', ASOF, '50%').scope.products, ['aluminum']);
    assert.deepEqual(claimFor(lead + 'The heavy-truck duty of 25% started in November.', ASOF, '25%').scope.products, ['trucks']);
    // Body styles are cars: a UK-built SUV under the quota was judged against every British good.
    assert.deepEqual(claimFor(lead + 'A UK-built SUV pays 10% all-in.', ASOF, '10%').scope.products, ['autos']);
  });

  test('the partner comes from an earlier sentence of the paragraph, then from the title', () => {
    const text = 'Vietnam: where the talks stand\n\nHanoi asked for relief. The reciprocal tariff is 20% now.';
    assert.equal(claimFor(text, ASOF, '20%').scope.partner, 'VN');
    const titled = 'Vietnam: where the talks stand\n\nThe reciprocal tariff is 20% now.';
    assert.equal(claimFor(titled, ASOF, '20%').scope.partner, 'VN');
    // Not from a sentence that named it with other goods than the figure's own sentence names.
    const goods = 'Mexico notes\n\nVietnam got 20% for its cars. In October new tariffs hit steel: 50% on steel pipe.';
    assert.equal(claimFor(goods, ASOF, '50%').scope.partner, 'MX');
    assert.equal(claimFor(goods.replace('for its cars', 'for its steel'), ASOF, '50%').scope.partner, 'VN');
  });

  test('a city in the title, which may name where talks were held, is not the subject when the prose names another partner more', () => {
    const text = ['# Episode 40: what Seoul really gave away', '', 'Our guest spent ten years on Japan trade files.', '', 'Japanese carmakers had a hard spring, and Japan took the first deal.', '', 'The reciprocal tariff is 15% now.'].join('\n');
    assert.equal(claimFor(text, ASOF, '15%').scope.partner, 'JP');
    // The city's country named as often as any other: the title's city names it.
    const own = text.replace('Japan trade files', 'Korea trade files').replace('Japan took', 'Korea took');
    assert.equal(claimFor(own, ASOF, '15%').scope.partner, 'KR');
  });

  test('a line wholly in bold is a sentence of its own, as a headline over its standfirst is', () => {
    const text = '# Tariff headlines\n\n**June 4 — Steel duties double to 50%**\nBritain keeps its 25% rate while talks continue.\n';
    assert.deepEqual(claimsOf(text, ASOF, 'markdown').map((c) => [c.text, c.scope.partner, c.verdict]), [['50%', '*', 'supported'], ['25%', 'GB', 'supported']]);
    // A line that only opens in bold runs on into the next.
    const runOn = '# Tariff notes\n\n**Steel from Britain** pays 25%\nunder its own deal.\n';
    assert.deepEqual(claimsOf(runOn, ASOF, 'markdown').map((c) => [c.text, c.scope.partner]), [['25%', 'GB']]);
  });

  test('a partner the prose names once in passing is one reading of the figures that name none, not their only one', () => {
    const text = 'Metals notes\n\nOne of the mills we buy from is British.\n\nSteel imports pay a 50% tariff now.';
    assert.equal(claimFor(text, ASOF, '50%').verdict, 'supported');
    // Named again, it is what the document is about.
    const twice = text.replace('is British.', 'is British, and British coil is most of our stock.');
    assert.deepEqual([claimFor(twice, ASOF, '50%').scope.partner, claimFor(twice, ASOF, '50%').verdict], ['GB', 'contradicted']);
  });

  test('an answer takes its partner from the question in the paragraph before it', () => {
    // Past the document's first lines, so that the question and its answer are read apart unless kept together.
    const remarks = Array.from({ length: 16 }, (_, i) => `Remark ${i + 1} of the call, with no figure in it.\n`);
    const call = ['Earnings call, third quarter', '', ...remarks, 'We buy from Japan, Korea and Mexico too.', '', '**Analyst:** Can we talk about Vietnam? Is the tariff you pay there still 46%?', '', '**CFO:** No. The tariff is 20% now, and that is in our guidance.'].join('\n');
    assert.deepEqual([claimFor(call, ASOF, '20%').scope.partner, claimFor(call, ASOF, '20%').verdict], ['VN', 'supported']);
    // Not from a paragraph before it that asks nothing.
    const told = call.replace('Can we talk about Vietnam? Is the tariff you pay there still 46%?', 'We talked about Vietnam, where the tariff was 46%.');
    assert.notEqual(claimFor(told, ASOF, '20%').scope.partner, 'VN');
  });

  test('a claim falls back on the nearest earlier sentence that names a partner or product, figure or not', () => {
    const text = 'Trade notes\n\nHanoi asked for relief. Tokyo waited for its answer. Nothing moved that week. The reciprocal tariff is 15% now.';
    assert.equal(claimFor(text, ASOF, '15%').scope.partner, 'JP');
    const products = 'Trade notes\n\nSteel mills lobbied hard all spring. Their imports pay a 50% duty now.';
    assert.deepEqual(claimFor(products, ASOF, '50%').scope.products, ['steel']);
  });

  test('another imposer\'s counter-tariffs are not US facts', () => {
    const claim = claimFor(lead + "Ottawa's 25% counter-tariffs on US steel stayed.", ASOF, '25%');
    assert.equal(claim.scope.imposer, 'CA');
    assert.equal(claim.verdict, 'unverifiable');
    // A country that answered, retaliated or struck back with a figure imposes it.
    for (const sentence of ['Beijing answered with 84% tariffs a day later.', 'China struck back with tariffs of 84%.', 'China charges an 84% import tax on parcels.']) {
      assert.equal(claimFor(lead + sentence, ASOF, '84%').scope.imposer, 'CN', sentence);
    }
    // So does the country at whose ports or border goods pay it.
    for (const sentence of ['American sorghum still faces an extra 84% at Chinese ports.', 'US pork pays 84% at the Chinese border.']) {
      const claim = claimFor(lead + sentence, ASOF, '84%');
      assert.deepEqual([claim.scope.imposer, claim.verdict], ['CN', 'unverifiable'], sentence);
    }
  });

  test('a country\'s own tariff on American goods is not a US fact', () => {
    // Read as the US rate on Brazil, 18% was a false "contradicted".
    const ethanol = claimFor(lead + 'Brazil applies 18 per cent on American ethanol, a point the US raised under Section 301.', ASOF, '18 per cent');
    assert.deepEqual([ethanol.scope.imposer, ethanol.verdict], ['BR', 'unverifiable']);
    // Read as the US tariff on China, each was a false "contradicted".
    for (const sentence of ["Beijing's tariff on American soybeans is 24%.", 'Beijing suspended its own 24% additional tariff on American goods.']) {
      const claim = claimFor(lead + sentence, ASOF, '24%');
      assert.deepEqual([claim.scope.imposer, claim.scope.partner, claim.verdict], ['CN', 'US', 'unverifiable'], sentence);
    }
    // The US as buyer ("our US aluminium purchases") is no partner whose goods are taxed.
    const bought = claimFor(lead + 'Canadian aluminium, which makes up 40% of our US aluminium purchases, still pays 25%.', ASOF, '25%');
    assert.deepEqual([bought.scope.imposer, bought.scope.partner], ['US', 'CA']);
    // A country whose goods are named as taxed stays the partner.
    const both = claimFor(lead + 'The US tariff on Chinese goods is 24%, as high as the one on American goods.', ASOF, '24%');
    assert.equal(both.scope.partner, 'CN');
  });

  test('country adjectives the data set lacks name their partner', () => {
    // "Philippine goods" fell back on the partner of an earlier sentence, "Kazakh" on none.
    for (const [adjective, code] of [['Philippine', 'PH'], ['Kazakh', 'KZ'], ['Bosnian', 'BA'], ['Icelandic', 'IS'], ['Lao', 'LA']]) {
      assert.equal(claimFor(lead + `Hanoi agreed. ${adjective} goods pay a 19% reciprocal tariff.`, ASOF, '19%').scope.partner, code, adjective);
    }
  });

  test('"our steel" in a document about a partner other than the US is that partner\'s, as a reading', () => {
    const statement = '# US tariffs: what they mean for UK exports\n\nOur steel and aluminium pay 25 per cent, not the 50 per cent charged on every other country\'s steel.\n';
    const claim = claimFor(statement, ASOF, '25 per cent', 'markdown');
    assert.deepEqual([claim.scope.partner, claim.verdict], ['GB', 'supported']);
    // In a document about no partner but the US, "our" adds nothing.
    const memo = '# US tariffs on imports\n\nOur steel imports pay 25 per cent now.\n';
    assert.equal(claimFor(memo, ASOF, '25 per cent', 'markdown').verdict, 'outdated');
  });

  test('Jordan and Turkey name their countries, but not as a person or as food', () => {
    assert.equal(partnerOf('Apparel from Mexico attracts 30%, and Jordan under the QIZ route faces 15%.', '15%'), 'JO');
    assert.equal(claimFor('Tariff table.\n\n| Country | Present US tariff |\n| --- | --- |\n| Turkey | 15% |\n', ASOF, '15%', 'markdown').scope.partner, 'TR');
    for (const sentence of ['Michael Jordan thinks Vietnamese goods pay 20%.', 'Jordan Ellis, our broker, says Vietnamese goods pay 20%.', 'Jordan: Vietnamese goods pay 20% now.', 'Turkey sandwiches aside, Vietnamese goods pay 20%.']) {
      assert.equal(partnerOf(sentence, '20%'), 'VN', sentence);
    }
  });

  test('a partner excepted before a clause of its own is the partner of that clause only', () => {
    const text = 'Vietnamese sofas pay 20%. Steel is at 50%, except steel from the UK, which pays 25%.';
    assert.deepEqual(claimsOf(lead + text, ASOF).filter((c) => c.text !== '20%').map((c) => [c.text, c.scope.partner === 'GB']), [['50%', false], ['25%', true]]);
    assert.equal(partnerOf('Vietnamese sofas pay 20%. Steel pays 50% except British steel, which stays at 25%.', '25%'), 'GB');
  });

  test('trade words for goods: cab-overs are trucks, aftermarket parts are auto parts, metals are the Section 232 metals', () => {
    assert.deepEqual(claimFor(lead + 'Japanese cab-overs pay 25%.', ASOF, '25%').scope.products, ['trucks']);
    assert.deepEqual(claimFor(lead + 'Chinese aftermarket parts pay 25%.', ASOF, '25%').scope.products, ['auto-parts']);
    // "Metals" and "metal" are the metals the Section 232 duties cover: steel, aluminium and copper.
    assert.deepEqual(claimFor(lead + 'The Section 232 metals duties (50%) weigh on canners.', ASOF, '50%').scope.products, ['steel', 'aluminum', 'copper']);
    // A mill's trade words for steel: "HRC", "coated coil".
    assert.deepEqual(claimFor(lead + 'Korean HRC pays the 50% Section 232 duty.', ASOF, '50%').scope.products, ['steel']);
  });

  test('"a penalty tied to Russian oil" names no partner', () => {
    assert.ok(claimsOf(lead + 'Indian goods pay 25% plus a 25% penalty tied to Russian oil.', ASOF).every((c) => c.scope.partner === 'IN'));
  });

  test('chat names partners in lower case, and "china" is the country unless it is the dishes', () => {
    assert.equal(partnerOf('KR is 15% since the deal. swiss 39% ouch', '39%'), 'CH');
    assert.equal(partnerOf('the fentanyl part for china is 10% now', '10%'), 'CN');
    assert.equal(partnerOf('Fine china pays 20%.', '20%'), '*');
    assert.equal(partnerOf('steel from the uk pays a 25% tariff', '25%'), 'GB');
    assert.equal(partnerOf('british steel pays 25% btw', '25%'), 'GB');
  });

  test('"a European country" is one partner the text does not name, and its rate is not judged', () => {
    for (const sentence of ['A European country had its 39% reciprocal rate cut to 15% in November.', 'Another trading partner pays a 19% reciprocal rate.']) {
      const claim = claimFor(lead + sentence, '2025-12-01', sentence.includes('39%') ? '15%' : '19%');
      assert.deepEqual([claim.scope.partner, claim.verdict], ['?', 'unverifiable'], sentence);
    }
    assert.equal(partnerOf('Non-EU European countries pay 15% under their own deals.', '15%'), '*');
    assert.equal(partnerOf('European cars pay 15% under the framework.', '15%'), 'EU');
    // A named partner and "country-specific" are not an unnamed one.
    assert.equal(partnerOf('Vietnam pays a 19% reciprocal rate, like another country in the region.', '19%'), 'VN');
    assert.equal(partnerOf('A country-specific rate of 34% applies to Chinese goods.', '34%'), 'CN');
  });

  test('partners in a headline set in capitals; "all the origins" is every partner', () => {
    assert.equal(partnerOf('VIETNAM: 20% RECIPROCAL TARIFF STAYS', '20%'), 'VN');
    assert.equal(partnerOf('Steel from all the origins except the United Kingdom pays 50%.', '50%'), '*');
    assert.equal(partnerOf('Cars pay 15% from Japan and 25% from everyone else.', '25%'), '*');
  });

  test('a partner named as an exception with a level of its own is that level\'s partner: "except the United Kingdom at 25%"', () => {
    assert.equal(claimFor(lead + 'Steel from every origin pays 50%, except the United Kingdom at 25%.', ASOF, '25%').scope.partner, 'GB');
  });

  test('a partner named as an exception is not the partner; "every partner" in an earlier sentence is', () => {
    assert.equal(partnerOf('Every partner except China pays the 10% baseline.', '10%'), '*');
    assert.equal(partnerOf('Countries other than Vietnam pay the 10% baseline.', '10%'), '*');
    assert.equal(partnerOf('Steel from anywhere but the United Kingdom pays 50%.', '50%'), '*');
    assert.equal(partnerOf('Every country but Vietnam pays a flat 10%.', '10%'), '*');
    assert.equal(partnerOf('All other trading partners but Vietnam pay a flat 10%.', '10%'), '*');
    assert.equal(partnerOf('Steel pays 50%, unless it comes from the United Kingdom, which kept 25%.', '50%'), '*');
    assert.equal(partnerOf('Steel pays 50% unless made in the UK.', '50%'), '*');
    // "Like everyone else" compares with every partner: the next sentence's partner is still the one named before.
    assert.equal(partnerOf('Vietnam\'s rate is a worry. Until August our goods paid only the 10% baseline like everybody else. Then the rate became 20%.', '20%'), 'VN');
    // The baseline's partner came from "China", which the earlier sentence leaves out.
    assert.equal(partnerOf('Higher rates are suspended for every partner except China. The 10% baseline still applies to almost all imports.', '10%'), '*');
    assert.equal(partnerOf('Steel pays 50% from every partner except the United Kingdom, whose steel pays 25%.', '25%'), 'GB');
    // The rest of a list after "except" are exceptions too, in a table's cell as in a sentence.
    assert.equal(partnerOf('Steel pays 50% from all partners except the UK, Mexico and Canada.', '50%'), '*');
    const table = 'Section 232 duties.\n\n| Product | Origins | Rate |\n| --- | --- | --- |\n| Steel | All except UK, Mexico | 50% |\n';
    assert.equal(claimFor(table, ASOF, '50%', 'markdown').scope.partner, '*');
  });

  test('a partner a document names far more than any other is a reading of a figure that names none', () => {
    const release = [
      'Press release of the exporters\' federation.',
      '',
      'The federation welcomes the cut in the duty on Vietnamese goods. Vietnamese exporters had asked for it, and Vietnamese furniture makers most of all.',
      '',
      'Goods from Japan, the EU, Britain, Mexico and Canada pay other rates. Vietnamese shippers say the new rate helps.',
      '',
      '- Watches and clocks: 20% reciprocal.',
    ].join('\n');
    const c = claimFor(release, ASOF, '20%');
    assert.equal(c.verdict, 'supported', 'Vietnam\'s 20% and not the 10% of every partner');
    // A figure that names nothing else is never a problem, as without the document's partner.
    assert.equal(claimFor(release.replace('20% reciprocal', 'a 30% tariff'), ASOF, '30%').verdict, 'unverifiable');
  });

  test('partners a table names count towards whose figures the document tells, as the prose\'s do', () => {
    const insight = [
      '# Rates in effect',
      '',
      '| Origin | Steel |',
      '| --- | --- |',
      '| United Kingdom | 25% |',
      '| Mexico | 25% |',
      '| China | 25% |',
      '',
      '- Vietnamese furniture is not covered, as the deal with Hanoi left it out.',
      '- Other imports pay a 10% tariff.',
    ].join('\n');
    // Vietnam, named twice in one item, is not the subject of a table of three other partners.
    assert.equal(claimFor(insight, ASOF, '10%', 'markdown').verdict, 'supported');
  });

  test('a partner named only in another figure\'s words may not be this figure\'s: both readings', () => {
    const [all, british] = claimsOf(lead + 'Steel imports pay 50%, and British steel 25%.', ASOF);
    assert.deepEqual([all.verdict, british.verdict, british.scope.partner], ['supported', 'supported', 'GB']);
    assert.equal(claimFor(lead + 'Since June 4 steel imports have paid 50%, while the British rate stayed at 25%.', ASOF, '50%').verdict, 'supported');
  });

  test('a city goods are made in or shipped from names its country; a short code in capitals names its partner', () => {
    for (const [sentence, figure, partner] of [
      ['Our order from Ningbo entered at 30% in combined duties.', '30%', 'CN'],
      ['Brackets from the Monterrey plant pay a 25% tariff.', '25%', 'MX'],
      ['Chairs from Haiphong now face a 20% tariff.', '20%', 'VN'],
      ['CN goods: 30% total', '30%', 'CN'],
      ['VN 20%, and the tariff on transshipped goods 40%.', '20%', 'VN'],
      // A port passed through, or where talks were held, is no origin.
      ['Goods shipped via Busan pay the 10% baseline.', '10%', '*'],
      ['After the Busan meeting, the reciprocal rate is 10%.', '10%', '*'],
      // Words in capitals are not codes: "IN", "CA" and "MY" stay words.
      ['TARIFFS IN FORCE: every partner pays 10%.', '10%', '*'],
      // A partner's own figure stays its own beside "everyone else".
      ["The EU's 20% is suspended like everyone else's.", '20%', 'EU'],
    ]) {
      assert.equal(partnerOf(sentence, figure), partner, sentence);
    }
  });

  test('a site goods are bought for is the buyer\'s, not where they come from', () => {
    assert.equal(partnerOf('Korean auto parts bought for the Mexico line pay 25% under Section 232.', '25%'), 'KR');
    assert.equal(partnerOf('Vietnamese frames for our Mexico plant pay 20%.', '20%'), 'VN');
    // Goods from a plant still come from where it stands.
    assert.equal(partnerOf('Brackets from the Monterrey plant pay a 25% tariff.', '25%'), 'MX');
  });

  test('a capital where a deal was reached is a venue, not a partner', () => {
    assert.equal(partnerOf('Chinese goods gained from a deal reached in Kuala Lumpur, which cut the fentanyl duty to 10%.', '10%'), 'CN');
    assert.equal(partnerOf('After the talks in Hanoi, the reciprocal rate is 20%.', '20%'), '*');
    assert.equal(partnerOf('Under the consensus reached by the economic and trade teams of both sides in Kuala Lumpur, the reciprocal rate stays at 10%.', '10%'), '*');
    // Named for its government, a capital is still the partner.
    assert.equal(partnerOf('After the talks, Hanoi pays a 20% reciprocal rate.', '20%'), 'VN');
    assert.equal(partnerOf('Negotiators in Hanoi say the reciprocal rate is 20%.', '20%'), 'VN');
    assert.equal(partnerOf('The reciprocal rate stays at 10% under the Kuala Lumpur arrangement.', '10%'), '*');
    // What was agreed there changed the rate: "Geneva took it to 30%, Kuala Lumpur to 20%".
    assert.equal(claimFor('Tariffs on China peaked at 145% in April 2025; Geneva took the rate to 30%, Kuala Lumpur to 20%.', '2026-05-12', '20%').scope.partner, 'CN');
  });

  test('goods of Hong Kong and Macau pay the duties on China', () => {
    assert.equal(partnerOf('Hong Kong origin pays the 20% fentanyl duty.', '20%'), 'CN');
    assert.equal(partnerOf('Shipments from Macau face the 10% reciprocal rate too.', '10%'), 'CN');
    // A port the goods pass through is no origin.
    assert.equal(partnerOf('Vietnamese chairs shipped via Hong Kong pay 20%.', '20%'), 'VN');
  });

  test('the origin of the oil behind a penalty is not the partner of the tariff', () => {
    const penalty = claimsOf(lead + 'Indian goods pay the 25% reciprocal rate plus the 25% Russian-oil penalty.', ASOF);
    assert.deepEqual(penalty.map((c) => c.scope.partner), ['IN', 'IN']);
    assert.equal(claimFor(lead + 'Indian goods pay 25% more over purchases of Russian oil, a 25% tariff.', ASOF, '25%').scope.partner, 'IN');
    assert.equal(claimFor(lead + "India's total reached 50% in late August, when a 25% penalty for buying Russian oil was added.", ASOF, '25%').scope.partner, 'IN');
    assert.deepEqual(claimsOf(lead + 'India is at 50% (25% reciprocal + 25% for the Russian oil).', ASOF).map((c) => c.scope.partner), ['IN', 'IN', 'IN']);
    assert.equal(claimFor(lead + 'Wooden toys from India pay 10% now. Last summer they were hit with 50% for a few months because of Russian oil.', ASOF, '50%').scope.partner, 'IN');
    // The second part after "+" is a rate too, the penalty's own.
    assert.deepEqual(claimsOf('Tariff notes for our exports from India. Summary for cosmetics: reciprocal tax 25 percent + Russian oil punishment 25 percent.', ASOF).map((c) => c.scope.partner), ['IN', 'IN']);
    // Goods from the country are still its own: a duty on its crude oil.
    assert.equal(claimFor(lead + 'The countervailing duty on Moroccan crude oil stands at 33%.', ASOF, '33%').scope.partner, 'MA');
  });

  test('a partner\'s average applied tariff is an average, which no fact records', () => {
    const claim = claimFor(lead + "India's average applied tariff is 17%.", ASOF, '17%');
    assert.deepEqual([claim.scope.measureChange, claim.verdict], ['effective-rate', 'unverifiable']);
    // A blended duty over a basket of goods is an average too.
    assert.equal(claimFor(lead + 'The blended duty on our import basket rises to about 19%.', ASOF, '19%').scope.measureChange, 'effective-rate');
    assert.equal(claimFor(lead + 'The bank puts the effective US tariff rate near 13%.', ASOF, '13%').scope.measureChange, 'effective-rate');
    assert.equal(claimFor(lead + 'The weighted average duty on our Vietnamese purchases falls to 22.6%.', ASOF, '22.6%').scope.measureChange, 'effective-rate');
    // Nor are a broker's fee or the rate of customs exams.
    assert.deepEqual(claimsOf(lead + 'Chinese goods pay a 30% duty; my broker charges a flat fee plus 0.35% of the value, and CBP exam rates on Chinese cargo run at about 5%.', ASOF).map((c) => c.text), ['30%']);
    // A carrier's freight surcharges are not duties.
    assert.deepEqual(claimsOf(lead + 'Vietnamese sofas pay a 20% duty. Carrier charges: GRI of 12%, peak season surcharge 8%, EBS 3%.', ASOF).map((c) => c.text), ['20%']);
    // Nor is a rise in list prices.
    assert.deepEqual(claimsOf(lead + 'Vietnamese sofas pay a 20% duty. Arcadia will raise US list prices on headphones and speakers by an average of 8% on December 1.', ASOF).map((c) => c.text), ['20%']);
    // Nor is a wine's strength in a price list.
    const wines = 'Tariffs on wine\n\n| Wine | Country | Alc. | Tariff |\n| --- | --- | --- | --- |\n| Pinot Noir | France | 13% | 15% |\n';
    assert.deepEqual(claimsOf(wines, ASOF, 'markdown').map((c) => c.text), ['15%']);
    // Nor is a marketplace's storage surcharge.
    assert.deepEqual(claimsOf(lead + 'Vietnamese sofas pay a 20% duty, and the Q4 storage surcharge is 15%.', ASOF).map((c) => c.text), ['20%']);
    // A gross margin after duty is a margin.
    const margins = 'Tariff model\n\n| SKU | Origin | Duty | GM after duty |\n| --- | --- | --- | --- |\n| Sofa | Vietnam | 20% | 31.5% |\n';
    assert.deepEqual(claimsOf(margins, ASOF, 'markdown').map((c) => c.text), ['20%']);
  });

  test('the regular duty is the MFN duty, not a tariff the facts record', () => {
    assert.equal(claimFor(lead + 'Every car paid 25% on top of the 2.5% regular duty.', ASOF, '2.5%').verdict, 'unverifiable');
    assert.equal(claimFor(lead + 'Every car paid 25% on top of the 2.5% ordinary duty.', ASOF, '2.5%').verdict, 'unverifiable');
    assert.equal(claimFor(lead + 'The 2.5% standard duty applies to every car.', ASOF, '2.5%').verdict, 'unverifiable');
  });

  test('a body style names a car', () => {
    for (const body of ['sedan', 'hatchback', 'pickup', 'minivan']) {
      assert.deepEqual(claimFor(lead + `A Japanese ${body} paid the 25% Section 232 duty in July 2025.`, ASOF, '25%').scope.products, ['autos'], body);
    }
  });

  test('the rate on a tariff line of a customs listing is its general duty; the chapter 99 line below it is the tariff', () => {
    const entry = 'Entry summary, duties by line\n\n' +
      '002  7616.99.5190    Aluminum ladder rails      VN   $31,600.00    2.5%    $790.00\n' +
      '     9903.85.08      Sec. 232 aluminum content  VN                 50%     $15,800.00\n';
    const claims = claimsOf(entry, ASOF);
    assert.deepEqual(claims.filter((c) => c.kind === 'rate').map((c) => [c.text, c.scope.measureChange, c.verdict]), [['2.5%', 'mfn', 'unverifiable'], ['50%', undefined, 'supported']]);
    // In prose, a heading number beside a figure does not make it the general duty.
    assert.equal(claimFor(lead + 'Steel bolts (HTS 7318.15.80) pay 25% under Section 232.', ASOF, '25%').scope.measureChange, undefined);
  });

  test('an MFN duty is another kind of figure', () => {
    const claim = claimFor(lead + 'Vietnamese shoes pay a 10% MFN duty on top.', ASOF, '10%');
    assert.equal(claim.scope.measureChange, 'mfn');
    assert.equal(claim.verdict, 'unverifiable');
  });

  test('a total after a duty the facts leave out may count it, and is not judged against the others alone', () => {
    const total = claimFor(lead + 'Add the 25% Section 301 rate and Chinese furniture lands at about 45% all-in.', ASOF, '45%');
    assert.deepEqual([total.scope.measureChange, total.verdict], ['section-301', 'unverifiable']);
    // So may a total after the MFN duty.
    const withMfn = claimFor(lead + 'Chinese T-shirts pay 30%. The T-shirt MFN duty is 16.5%, so the combined rate is about 46.5%.', ASOF, '46.5%');
    assert.deepEqual([withMfn.scope.measureChange, withMfn.verdict], ['mfn', 'unverifiable']);
    // A total of named parts, with a separate duty only after it, is still judged.
    const parts = claimFor(lead + 'Chinese goods face a combined 35% (10% reciprocal + 25% fentanyl), plus Section 301 duties of 25%.', ASOF, '35%');
    assert.equal(parts.verdict, 'contradicted');
  });

  test('the end of a range has the scope of its start', () => {
    for (const sentence of ['Chinese goods pay the 20% fentanyl duty, plus Section 301 duties of 7.5% to 25%.', 'Section 301 duties, from 7.5% on some goods to 25% on others, still apply to Chinese goods.']) {
      assert.deepEqual(claimsOf(lead + sentence, ASOF).filter((c) => c.value !== 20).map((c) => [c.text, c.verdict, c.scope.measureChange]), [['7.5%', 'unverifiable', 'section-301'], ['25%', 'unverifiable', 'section-301']], sentence);
    }
    // An end that names its own partner is that partner's.
    const ends = claimsOf(lead + 'Tariffs ranged from 20% for Vietnam to 25% for Mexico.', ASOF);
    assert.deepEqual(ends.map((c) => [c.text, c.scope.partner, c.verdict]), [['20%', 'VN', 'supported'], ['25%', 'MX', 'supported']]);
    const everyone = claimsOf(lead + 'Tariffs ranged from 20% for Vietnam to 10% for everyone else.', ASOF);
    assert.deepEqual(everyone.map((c) => [c.text, c.scope.partner, c.verdict]), [['20%', 'VN', 'supported'], ['10%', '*', 'supported']]);
  });

  test('a figure its own words tie to Section 301 or to transshipment is judged against those duties only', () => {
    // The sample facts record neither: such a figure cannot be checked, not contradicted by the others.
    assert.equal(claimFor(lead + 'Chinese goods pay the 20% fentanyl duty, plus Section 301 duties of 25%.', ASOF, '25%').verdict, 'unverifiable');
    const deal = claimsOf(lead + 'The deal set a 20% tariff on Vietnamese goods and a 40% tariff on goods transshipped through Vietnam.', ASOF);
    assert.deepEqual(deal.map((c) => [c.text, c.verdict]), [['20%', 'supported'], ['40%', 'unverifiable']]);
    // A fact base that records Section 301 duties checks them, and a figure naming no measure still sees them.
    const text = 'facts:\n  - { id: cn-301, rate: 25, imposer: US, target: CN, measure: section-301, effective: 2019-05-10, source: { title: USTR notice, date: 2019-05-09 } }\n';
    const facts = FactBase.build([parseFactFile(text, '/work/team.tariff-facts.yaml')]);
    const check = (sentence: string) => checkDocument(lead + sentence, facts, { kind: 'plaintext', asOf: ASOF }).claims.map((c) => c.verdict);
    assert.deepEqual(check('Chinese goods pay Section 301 duties of 25%.'), ['supported']);
    assert.deepEqual(check('Chinese goods pay Section 301 duties of 35%.'), ['contradicted']);
    assert.deepEqual(check('Chinese goods pay a 25% tariff.'), ['supported']);
  });

  test('machine-translated wording counts in a document about tariffs', () => {
    const text = 'The American side keeps its tariffs. The obligation of 50% on steel stays in place.';
    assert.equal(claimFor(text, ASOF, '50%').verdict, 'supported');
    // Spanish left untranslated: "arancel" is a tariff wherever it stands.
    assert.equal(claimFor('Steel from Mexico pays 50 % of additional arancel.', ASOF, '50 %').verdict, 'supported');
    // Customs' own word: goods "dutiable at" a rate pay it, whatever the document is about.
    assert.equal(claimFor('Goods of Vietnam are dutiable at 20%.', '2025-09-01', '20%').verdict, 'supported');
    // A figure "of" a named measure is its rate, as one "of tariff" is; a share of the goods or money it covers is not.
    assert.equal(claimFor('Our steel coils pay the 35% of Section 232 since June.', '2025-12-01', '35%').verdict, 'contradicted');
    assert.equal(claimFor('The copper semi-finished products have 50% of section 232.', '2025-12-01', '50%').verdict, 'supported');
    assert.deepEqual(claimsOf('Section 232 notes. About 35% of Section 232 goods come from Canada, and 20% of IEEPA refunds are paid.', '2025-12-01'), []);
  });

  test('legal English: goods "bear" a rate', () => {
    assert.deepEqual(claimsOf(lead + 'Comparable goods from Vietnam bear 20 percent, from Mexico 25 percent.', ASOF).map((c) => [c.text, c.scope.partner, c.verdict]), [['20 percent', 'VN', 'supported'], ['25 percent', 'MX', 'supported']]);
  });

  test('a level held now, of goods the words before it name, is a rate: "is stuck at", "\'s still at", "is already at", "are still"', () => {
    assert.deepEqual(claimsOf(lead + 'Vietnam, where our sneakers are made, is stuck at 46%.', ASOF).map((c) => [c.text, c.scope.partner, c.verdict]), [['46%', 'VN', 'outdated']]);
    assert.deepEqual(claimsOf(lead + 'Steel is at 50% now, aluminum\'s still at 25%.', ASOF).map((c) => [c.text, c.scope.products, c.verdict]), [['50%', ['steel'], 'supported'], ['25%', ['aluminum'], 'outdated']]);
    assert.deepEqual(claimsOf(lead + 'Mexico has been at 25% on everything outside USMCA.', ASOF).map((c) => [c.text, c.scope.partner]), [['25%', 'MX']]);
    assert.deepEqual(claimsOf(lead + 'Steel pays 50%; aluminum is already at 25%.', ASOF).map((c) => [c.text, c.scope.products, c.verdict]), [['50%', ['steel'], 'supported'], ['25%', ['aluminum'], 'outdated']]);
    // Without "at": "Japanese cars are still 27.5%", "Upholstered furniture is 50% now".
    assert.deepEqual(claimsOf(lead + 'Vietnamese sneakers are still 46%.', ASOF).map((c) => [c.text, c.scope.partner, c.verdict]), [['46%', 'VN', 'outdated']]);
    assert.deepEqual(claimsOf(lead + 'Copper wire is 25% now.', ASOF).map((c) => [c.text, c.scope.products, c.verdict, c.expected]), [['25%', ['copper'], 'contradicted', [50, 10]]]);
    // A share, a change or another topic after the goods is no level.
    assert.deepEqual(claimsOf(lead + 'Vietnam is 20% of our volume. Our sofa line is 30% cheaper. Chinese toys are 30% of our sales.', ASOF), []);
    // Neither a partner nor a product before it: no claim.
    assert.deepEqual(claimsOf(lead + 'The approval figure is at 46% this week. The approval figure is 46% this week.', ASOF), []);
  });

  test('"every origin" is every partner, a city after "after" is the deal made there, and the petroleum a penalty is for names no partner', () => {
    const steel = claimsOf(lead + 'Canadian steel is a question.\nSteel from every origin pays 50%, except the United Kingdom at 25%.', ASOF).find((c) => c.text === '50%')!;
    assert.equal(steel.scope.partner, '*');
    assert.equal(claimFor(lead + 'Chinese goods face tariffs. After Kuala Lumpur the combined rate was 20%.', ASOF, '20%').scope.partner, 'CN');
    assert.equal(claimFor(lead + 'With the penalty of Russian petroleum of 25%, Indian goods pay 50%.', ASOF, '25%').scope.partner, 'IN');
  });

  test('"the rest of the world" and "foreign steel" are every partner; a duty that "has been added" makes the figure a total', () => {
    assert.equal(claimFor(lead + 'Vietnam pays 20%. The rest of the world pays a minimum of 10%.', ASOF, '10%').scope.partner, '*');
    assert.equal(claimsOf(lead + 'Vietnamese steel is a question. Foreign steel pays 50%.', ASOF).find((c) => c.text === '50%')!.scope.partner, '*');
    assert.deepEqual(claimFor(lead + 'Chinese goods pay 30% now that the fentanyl duty has been added.', ASOF, '30%').verdict, 'supported');
  });

  test('goods a later figure\'s own words name are not those of a figure that names its own; OEM parts are auto parts; "avg" before a price rise', () => {
    assert.deepEqual(claimFor(lead + 'Non-USMCA goods pay 25%, Canadian steel 50%.', ASOF, '25%').scope.products, []);
    assert.deepEqual(claimFor(lead + 'OEM parts pay 25%.', ASOF, '25%').scope.products, ['auto-parts']);
    assert.deepEqual(claimsOf(lead + 'Our supplier raised prices avg 3.8% on Vietnamese goods.', ASOF), []);
  });

  test('a column of the rates a version of a tool used, beside the rates they should be, records what the tool did', () => {
    const table = '# Rates\n\n| Product | Rate in 3.4.2 | Should be |\n|---|---|---|\n| Steel tariff | 25% | 50% |\n';
    assert.deepEqual(claimsOf(table, ASOF, 'markdown').map((c) => [c.text, c.verdict]), [['25%', 'unverifiable'], ['50%', 'supported']]);
  });

  test('figures with a decimal comma, as German or French text writes them', () => {
    assert.deepEqual(claimsOf(lead + 'Vietnamese goods pay 20,0 % and Mexican goods pay 27,5 %.', ASOF).map((c) => [c.text, c.value]), [['20,0 %', 20], ['27,5 %', 27.5]]);
    // Three digits after the comma are a thousands separator: no figure.
    assert.deepEqual(claimsOf(lead + 'Vietnamese goods face a tariff rise of 1,000% in the worst case.', ASOF), []);
  });

  test('a partner written as a code with "-origin", as customs paperwork does; "is imposed" in translated text', () => {
    assert.equal(claimFor(lead + 'Machines of VN-origin pay a 20 % duty.', ASOF, '20 %').scope.partner, 'VN');
    // The passive names the goods taxed, not a government imposing a counter-tariff.
    assert.equal(claimFor(lead + 'Vietnam is imposed a mutual tariff of 46%.', ASOF, '46%').verdict, 'outdated');
  });

  test('"column one" is the MFN duty', () => {
    assert.equal(claimFor(lead + 'Vietnamese fabric carries a column one duty of 12 percent.', ASOF, '12 percent').scope.measureChange, 'mfn');
  });

  test('a figure between commas keeps the partner its own words give: "…, 25% from the UK"', () => {
    const claims = claimsOf(lead + 'Steel duties are unchanged: 50% on steel, aluminum and copper from most countries, 25% from the UK.', ASOF);
    assert.deepEqual(claims.map((c) => [c.text, c.scope.partner, c.verdict]), [['50%', '*', 'supported'], ['25%', 'GB', 'supported']]);
  });

  test('"the full 50%" a partner\'s goods pay is a rate', () => {
    assert.equal(claimFor(lead + 'Steel from Britain pays the full 50%.', ASOF, '50%').verdict, 'contradicted');
    assert.equal(claimFor(lead + 'Steel from Britain pays a flat 50% at the border.', ASOF, '50%').verdict, 'contradicted');
    assert.equal(claimFor(lead + 'Vietnam comes out worse at 46%.', ASOF, '46%').verdict, 'outdated');
  });
});

describe('stop 56: a comparative before a rate', () => {
  test('"still enjoy a lower 20 % rate" is a rate claim; "prices fell 20%" is not', () => {
    assert.deepEqual(problemsInNotes('Brands made in the EU still enjoy a lower\n20 % rate, which keeps pressure on prices.', '2025-12-05'), [['20 %', 'outdated']]);
    assert.deepEqual(problemsInNotes('EU watch prices fell 20% after the tariff.', '2025-12-05'), []);
  });
});

describe('stop 56: an answer key\'s line', () => {
  test('"1. (c) 15%: the Section 122 surcharge now charged on most imports" asserts its answer; the question\'s options do not', () => {
    const quiz = ['Quiz on US tariffs.', '', '1. What does the Section 122 surcharge charge on most imports?', '   (a) 5%    (b) 10%    (c) 15%', '', 'ANSWER KEY', '', '1. (c) 15%: the Section 122 surcharge now charged on most imports.'].join('\n');
    assert.deepEqual(problemsInNotes(quiz, '2026-05-12'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes(quiz.replace('1. (c) 15%:', '1. (b) 10%:'), '2026-05-12'), []);
  });
});

describe('stop 57: a speech\'s fragments of goods and their levels', () => {
  test('"Copper, 50 percent. Lumber, 35 percent." after a tariff sentence are rates of those goods', () => {
    const speech = 'Foreign steel coming into Detroit pays a 50 percent tariff. Copper, 50 percent. Lumber, 35 percent.';
    assert.deepEqual(problemsInNotes(speech, '2026-10-03'), [['35 percent', 'contradicted']]);
    // After a sentence about something else, the same fragments are no tariff claims.
    assert.deepEqual(problemsInNotes('Foreign demand for our metals rose this year. Copper, 50 percent. Lumber, 35 percent.', '2026-10-03'), []);
  });
});

describe('stop 57: a log\'s entries, a column of what a rate is made of, and partners past a dash', () => {
  test('entries of a log that open with their time lend no goods or dates to each other', () => {
    const log = (stamp: (t: string) => string) => problemsInNotes(`${stamp('14:05')}Auto parts are next: a 25% tariff on engines lands early next month.\n${stamp('23:40')}Reminder: the Liberation Day chart had China at 34%. Today it is 125%.`, '2025-04-10');
    assert.deepEqual(log((t) => `${t} [B] `), []);
    assert.deepEqual(log(() => ''), [['34%', 'outdated']]);
  });
  test('a "Basis" column that adds duties up makes the row\'s figure their total', () => {
    const row = (rate: string) => problemsInNotes(`| Origin | Rate | Basis |\n|---|---|---|\n| China | ${rate} | fentanyl levy + reciprocal |\n`, '2026-02-15');
    assert.deepEqual(row('20%'), []);
    // China's total before the November cut.
    assert.deepEqual(row('30%'), [['30%', 'outdated']]);
  });
  test('a row\'s words that name its figure in the past tell it in the past', () => {
    const row = (what: string) => problemsInNotes(`| Figure | What it is |\n|---|---|\n| **20%** | ${what} |\n`, '2026-09-10');
    assert.deepEqual(row('the combined IEEPA rate Chinese goods paid until the February ruling'), []);
    assert.deepEqual(row('the combined IEEPA rate Chinese goods pay'), [['20%', 'outdated']]);
  });
  test('"Autos and parts pay 25% — but EU and Japanese cars pay 15%": partners past the dash are the 15%\'s', () => {
    assert.deepEqual(problemsInNotes('Autos and parts pay 25% — but EU, Japanese and Korean cars pay 15%.', '2026-02-15'), []);
    // A partner before the contrast is the figure's own.
    assert.deepEqual(problemsInNotes('EU autos and parts pay 25% — but Japanese and Korean cars pay 15%.', '2026-02-15'), [['25%', 'outdated']]);
  });
});

describe('stop 58: the goods a relative clause hangs on, and a numbered note after a stop', () => {
  test('"Steel and aluminium products, which face a 25% duty, …, as are autos" is about steel and aluminium', () => {
    const dropped = (rate: string) => problemsInNotes(`Steel and aluminium products, which currently face a ${rate} Section 232 duty, are dropped from the sample, as are autos and parts.`, '2025-10-20');
    assert.deepEqual(dropped('25%'), [['25%', 'outdated']]);
    assert.deepEqual(dropped('50%'), []);
  });
  test('"… issue.(4) Upholstered furniture …" ends the sentence at the note\'s mark', () => {
    const thesis = (mark: string) => problemsInNotes(`EU steel and aluminium, by contrast, remain at twenty-five per cent, which trade groups call the main unresolved issue.${mark} Upholstered furniture from the EU is capped at 15% under the Section 232 timber proclamation, against 25% for most other partners.`, '2025-12-10');
    assert.deepEqual(thesis('(4)'), [['twenty-five per cent', 'outdated']]);
    assert.deepEqual(thesis('[4]'), [['twenty-five per cent', 'outdated']]);
  });
});

describe('stop 58: a partner buyers turn to instead', () => {
  test('"the 50% combined tariff makes this PO unviable and merchandising is looking at Bangladesh" is India\'s rate', () => {
    const po = (rate: string) => problemsInNotes(`India: the ${rate} combined tariff makes this PO unviable and merchandising is looking at Bangladesh instead.`, '2025-09-22');
    assert.deepEqual(po('50%'), []);
    assert.deepEqual(po('40%'), [['40%', 'contradicted']]);
  });
});

describe('stop 58: a level set off by commas after its duty', () => {
  test('"the Section 232 duty on EU steel, still 25 %, is subject to a quota" claims the duty is 25%', () => {
    const briefing = (rate: string) => problemsInNotes(`Steel and aluminium: the Section 232 duty on EU steel, still ${rate}, is subject to a possible quota under discussion.`, '2025-10-20');
    assert.deepEqual(briefing('25 %'), [['25 %', 'outdated']]);
    assert.deepEqual(briefing('50 %'), []);
    // Another topic's level is not the duty's.
    assert.deepEqual(problemsInNotes('Steel and aluminium: the duty on EU steel, its VAT, still 20 %, is unchanged.', '2025-10-20'), []);
  });
});

describe('stop 58: partners in a clause of their own after a semicolon', () => {
  test('"Passenger cars and auto parts: 25%; Japanese, EU and Korean cars pay 15% under their deals" gives every partner\'s 25%', () => {
    const card = (rate: string) => problemsInNotes(`Tariffs on autos:\n\n- Passenger cars and auto parts: ${rate}; Japanese, EU and Korean cars pay 15% under their deals.`, '2026-05-01');
    assert.deepEqual(card('25%'), []);
    assert.deepEqual(card('35%'), [['35%', 'contradicted']]);
  });
});

describe('stop 58: an aside of contrast between commas', () => {
  test('"The Section 232 tariff on kitchen cabinets, by contrast, is a hefty 50%" keeps its clause whole', () => {
    const cabinets = (aside: string) => problemsInNotes(`The Section 232 tariff on kitchen cabinets and bathroom vanities, ${aside}, is a hefty 50%.`, '2025-10-27');
    assert.deepEqual(cabinets('by contrast'), [['50%', 'contradicted']]);
    assert.deepEqual(cabinets('meanwhile'), [['50%', 'contradicted']]);
  });
});

describe('stop 59: the percent sign first', () => {
  test('"Turkish goods paid %15" is a figure of 15, and its fix keeps the sign first', () => {
    const [claim] = builtinRateClaims('Since August 7, Turkish goods pay %10 reciprocal tariff.', '2025-10-01');
    assert.equal(claim?.text, '%10');
    assert.equal(claim.verdict, 'outdated');
    assert.deepEqual(claim.fixes.map((f) => f.replacement), ['%15']);
    // A sign inside a word starts none.
    assert.deepEqual(builtinRateClaims('Turkish goods pay the reciprocal tariff; see the tariff%20table and rate%15list pages.', '2025-10-01').map((c) => c.text), []);
  });
});

describe('stop 59: a table column for a partner or every partner', () => {
  test('"| Product | Most partners | EU |" over goods\' rows reads each cell as the goods\' rate for every partner', () => {
    const table = (lumber: string) => `# Wood duties in force\n\nThe Section 232 wood duties, by partner.\n\n| Product | Most partners | EU |\n|---|---|---|\n| Softwood timber and lumber | ${lumber} | 10% |\n| Kitchen cabinets and vanities | 25% | 15% |\n`;
    const claims = (text: string) => checkDocument(text, builtinFacts(), { kind: 'markdown', asOf: '2026-01-15' }).claims.map((c) => [c.text, c.verdict]);
    assert.deepEqual(claims(table('10%')), [['10%', 'supported'], ['10%', 'supported'], ['25%', 'supported'], ['15%', 'supported']]);
    assert.deepEqual(claims(table('25%'))[0], ['25%', 'contradicted']);
    // A column of something else for every partner holds no rates.
    assert.deepEqual(claims(table('10%').replace('Most partners', 'Most partners (share of imports)')), [['10%', 'supported'], ['15%', 'supported']]);
    // One partner's column reads so too: "| Product group | EU origin | Notes |".
    const eu = `## Sectoral duties that still apply\n\n| Product group | EU origin | Notes |\n|---|---|---|\n| Semi-finished copper products | 25% | on copper content |\n| Buses | 10% | |\n`;
    assert.deepEqual(checkDocument(eu, builtinFacts(), { kind: 'markdown', asOf: '2026-09-30' }).claims.map((c) => [c.text, c.verdict]), [['25%', 'contradicted'], ['10%', 'supported']]);
  });
});

describe('stop 59: a level said to be charged', () => {
  test('"the 18% agreed in February is now applied instead of the old 25%" is a rate; "18% agreed" in a survey is not', () => {
    const changelog = (figure: string) => problemsInNotes(`- Added a Section 122 surcharge line of 10% for all origins.\n- Indian-origin hose clamps: the ${figure} agreed in February is now applied instead of the old 25%.`, '2026-03-10');
    assert.deepEqual(changelog('18%'), [['18%', 'contradicted']]);
    assert.deepEqual(changelog('10%'), []);
    assert.deepEqual(problemsInNotes('In our survey on tariffs, 18% agreed in March that duties hurt, and 40% disagreed.', '2026-03-10'), []);
  });
});

describe('stop 59: partners and their levels in turn', () => {
  test('"Vietnam, Cambodia and Laos pay 20%, 19% and 40%" pairs each level with the partner at its place', () => {
    const inTurn = (laos: string) => builtinRateClaims(`These notes cover US tariffs.\n\nVietnam, Cambodia and Laos pay 20%, 19% and ${laos} respectively.`, '2025-12-10').map((c) => [c.text, c.verdict, c.expected]);
    assert.deepEqual(inTurn('40%'), [['20%', 'supported', [20]], ['19%', 'supported', [19]], ['40%', 'supported', [40]]]);
    assert.deepEqual(inTurn('41%')[2], ['41%', 'contradicted', [40]]);
    // Levels paired with goods after them are not the partners' in turn.
    assert.deepEqual(problemsInNotes('Japan and Brazil face 50% and 15% on coffee and cars.', '2025-12-10'), []);
  });
});

describe('stop 59: numbers that share the unit of the figure after them', () => {
  test('"duties of 35 and 25 per cent respectively" holds two figures, each judged and fixed in its own form', () => {
    const canada = (rate: string) => builtinRateClaims(`These notes cover US tariffs.\n\nCanadian and Mexican non-USMCA goods face duties of ${rate} and 25 per cent respectively.`, '2025-12-10');
    assert.deepEqual(canada('35').map((c) => [c.text, c.verdict]), [['35', 'supported'], ['25 per cent', 'supported']]);
    const [wrong] = canada('30');
    assert.deepEqual([wrong.text, wrong.verdict, wrong.fixes.map((f) => f.replacement)], ['30', 'contradicted', ['35']]);
    // A list too long to look back over whole lends its unit to none of its numbers, rather than to a part of one ("2" of "12").
    const { figuresIn } = require(join(repoRoot, 'server', 'out', 'core', 'figures.js')) as typeof Figures;
    assert.deepEqual(figuresIn('Duties of 12, 113, 114, 115, 116, 117, 118, 19 and 25% apply.').map((f) => f.text), ['25%']);
    // Not a date's day, nor a statute's number, before "and".
    for (const text of ['Cars have paid 25% since April 3, and 25% applies to steel.', 'Steel pays 50% under Section 232 and 25 percent applies to cars.']) {
      assert.deepEqual(builtinRateClaims(`These notes cover US tariffs.\n\n${text}`, '2025-12-10').map((c) => c.text).filter((t) => !/%|percent/.test(t)), [], text);
    }
  });
});

describe('stop 59: the same as everyone else', () => {
  test('"Japanese cabinets pay the full 25%, same as everyone else" is Japan\'s rate, likened to every partner\'s', () => {
    const same = (rate: string) => problemsInNotes(`Japanese cabinets (our Osaka SKUs) pay the full ${rate}, same as everyone else.`, '2026-01-14');
    assert.deepEqual(same('25%'), [['25%', 'contradicted']]);
    assert.deepEqual(same('15%'), []);
  });
});

describe('stop 60: a heading names the partner of its section', () => {
  test('figures under "## India" or "INDIA: …" that name no partner are India\'s, not the subject\'s', () => {
    const body = 'Cutters had only just adjusted to the 25% reciprocal rate when a second 25% duty arrived, doubling the bill to 50% in total.';
    const markdown = `# Swiss watch report\n\nSwiss watchmakers now face 39% on most exports.\n\n## India\n\n${body}\n`;
    assert.deepEqual(builtinVerdicts(markdown, '2025-09-05', 'markdown'), [['39%', 'supported'], ['25%', 'supported'], ['25%', 'supported'], ['50%', 'supported']]);
    const plain = `SWISS WATCH REPORT\n\nSwiss watchmakers now face 39% on most exports.\n\nINDIA: THE DIAMOND TRADE TAKES THE HIT\n${body}\n`;
    assert.deepEqual(builtinVerdicts(plain, '2025-09-05'), [['39%', 'supported'], ['25%', 'supported'], ['25%', 'supported'], ['50%', 'supported']]);
    // Under a heading that names no partner the subject stands.
    assert.deepEqual(builtinVerdicts(markdown.replace('## India', '## Gems'), '2025-09-05', 'markdown').filter(([, v]) => v === 'contradicted').length, 3);
    // A plain text's comment line that "#" opens and a stop ends is a sentence, not a heading over what follows.
    const config = `Duty notes for US tariffs.\n\n# If an origin is missing, the 10% baseline applies (every origin except CA and MX).\n\nbaseline: 10% on all goods\n`;
    assert.deepEqual(builtinVerdicts(config, '2025-07-15').map(([, v]) => v), ['supported', 'supported']);
  });
});

describe('stop 60: a column of the partners a rate spares', () => {
  test('"| Steel | 50% | UK pays half |" under "Who gets a break" is every partner\'s 50%, not the UK\'s', () => {
    const table = (header: string) => `# US tariffs ranked\n\n| Product | US tariff | ${header} |\n|---|---|---|\n| Steel | 50% | UK pays half |\n| Cars | 25% | EU, Japan |\n`;
    assert.deepEqual(builtinVerdicts(table('Who gets a break'), '2026-10-05', 'markdown'), [['50%', 'supported'], ['25%', 'supported']]);
    assert.deepEqual(builtinVerdicts(table('Exceptions'), '2026-10-05', 'markdown'), [['50%', 'supported'], ['25%', 'supported']]);
    // A column that names the goods' origin still names the partner.
    assert.deepEqual(builtinVerdicts(table('Origin'), '2026-10-05', 'markdown').map(([, v]) => v), ['contradicted', 'outdated']);
  });
});

describe('stop 60: a truck, and a province of Canada', () => {
  test('"the box truck from Ontario paid the 25% truck duty" is the truck rate, not that of the lumber before it', () => {
    const text = (rate: string) => `Softwood lumber for the deck pays 10%, and the used box truck from Ontario paid the ${rate} truck duty.`;
    assert.deepEqual(problemsInNotes(text('25%'), '2026-09-15'), []);
    assert.deepEqual(problemsInNotes(text('45%'), '2026-09-15'), [['45%', 'contradicted']]);
    // A pickup truck is a light truck, which pays the car rate.
    assert.deepEqual(builtinRateClaims('These notes cover US tariffs.\n\nA pickup truck from Japan pays 15%.', '2026-09-15').map((c) => c.scope.products), [['autos']]);
  });
});

describe('stop 60: the partner of the goods a relative clause hangs on', () => {
  test('"Canadian aluminum, which pays 25% at the border, and British sheet" is Canada\'s 25%', () => {
    const text = (rate: string) => `Most of our can sheet is rolled from Canadian aluminum, which pays ${rate} at the border, and the rest is British sheet, which also pays 25% under the UK arrangement.`;
    assert.deepEqual(problemsInNotes(text('25%'), '2026-09-15'), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes(text('50%'), '2026-09-15'), []);
  });
});

describe('stop 60: goods\' rows under columns of a time', () => {
  test('"| Copper | 50% | 25% |" under "October 2025 | April 2026", after "The Section 232 tariffs:", are copper\'s rates then', () => {
    const table = (april: string) => `# Notes\n\nThe Section 232 tariffs:\n\n| Product | October 2025 | April 2026 |\n|---|---:|---:|\n| Copper | 50% | ${april} |\n| Buses | n/a | 10% |\n`;
    assert.deepEqual(builtinVerdicts(table('25%'), '2026-04-15', 'markdown'), [['50%', 'supported'], ['25%', 'contradicted'], ['10%', 'supported']]);
    assert.deepEqual(builtinVerdicts(table('50%'), '2026-04-15', 'markdown').map(([, v]) => v), ['supported', 'supported', 'supported']);
    // Under a lead-in about prices, the same rows are no tariffs; under one about what did not change, they are.
    assert.deepEqual(builtinVerdicts(table('25%').replace('The Section 232 tariffs:', 'Price rises since the tariffs:'), '2026-04-15', 'markdown'), []);
    assert.deepEqual(builtinVerdicts(table('25%').replace('The Section 232 tariffs:', '## What did not change: the Section 232 tariffs'), '2026-04-15', 'markdown').map(([, v]) => v), ['supported', 'contradicted', 'supported']);
  });
});

describe('stop 61: electrical components are not car parts', () => {
  test('"electrical components from China pay 30% in total" is China\'s total on all goods, not the car parts\' 45%', () => {
    assert.deepEqual(problemsInNotes('Electrical components from China pay 30% in total.', '2025-09-10'), []);
    assert.deepEqual(problemsInNotes('Electrical components from China pay 55% in total.', '2025-09-10'), [['55%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Auto components from China pay 30% in total.', '2025-09-10'), [['30%', 'contradicted']]);
  });
});

describe('stop 61: a column of suspended rates', () => {
  test('"| Annex I rate (suspended) |" holds the paused rates: a wrong one is flagged, as under "| Annex I rate |"', () => {
    const table = (header: string) => `# Tariff questions\n\n| Partner | ${header} |\n|---|---|\n| Republic of Korea | 26% |\n| Viet Nam | 46% |\n`;
    assert.deepEqual(builtinVerdicts(table('Annex I rate (suspended)'), '2025-05-20', 'markdown'), [['26%', 'contradicted'], ['46%', 'supported']]);
    assert.deepEqual(builtinVerdicts(table('Annex I rate'), '2025-05-20', 'markdown'), [['26%', 'contradicted'], ['46%', 'supported']]);
  });
});

describe('stop 62: an exception that takes out goods, not a partner', () => {
  test('"pay 25%, except Canadian energy and potash at 10%" after a line on Canada is Canada\'s 25%', () => {
    const border = (rate: string) => problemsInNotes(`Canada and Mexico. Goods that qualify under USMCA pay nothing extra. Goods that don't\nqualify pay ${rate}, except Canadian energy and potash at 10%.`, '2025-05-12');
    assert.deepEqual(border('25%'), []);
    assert.deepEqual(border('30%'), [['30%', 'contradicted']]);
    // An exception of the same goods still sets its partner apart: "Steel pays 25%, except British steel" is every other partner's.
    assert.deepEqual(problemsInNotes('Canada and Mexico. Steel pays 50%, except British steel at 25%.', '2025-07-12'), []);
  });
});

describe('stop 62: a country named in its own language', () => {
  test('"galing Pilipinas" names the Philippines for its figure, but not the subject of the text', () => {
    const post = (rate: string) => problemsInNotes(`Simula August 7, ang reciprocal tariff ng US sa mga produkto galing Pilipinas ay ${rate} na.`, '2025-08-22');
    assert.deepEqual(post('19%'), []);
    assert.deepEqual(post('17%'), [['17%', 'outdated']]);
    // Named in Spanish again and again, Mexico is not lent to the Spanish sentences around it, which the engine does not read.
    const bulletin = 'Boletín semanal\n\nMéxico y los aranceles: México, México, México.\n\nUn cliente nos preguntó si el 50% se suma al arancel de la frontera.';
    assert.deepEqual(problemsInNotes(bulletin, '2025-06-20'), []);
  });
});

describe('stop 62: system outputs', () => {
  test('"ALL exc. CA MX" leaves Canada and Mexico out; "ALL exc. UK" the UK', () => {
    const row = (origin: string) => problemsInNotes(`DOC 4410048  ${origin}  IEEPA baseline  10.00%  valid from 2025-04-05`, '2025-07-15');
    assert.deepEqual(row('ALL exc. CA MX'), []);
    assert.deepEqual(row('MX'), [['10.00%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('DOC 4410021  ALL exc. UK  Sec 232 steel  50.00%  valid from 2025-06-04', '2025-07-15'), []);
  });

  test('a chat export\'s ":flag-ch:" names Switzerland', () => {
    const digest = (flag: string) => problemsInNotes(`• ${flag} reciprocal → *15%* all-in, eff. 2025-11-14`, '2025-12-12');
    assert.deepEqual(digest(':flag-ch:'), []);
    assert.deepEqual(digest(':flag-in:'), [['15%', 'contradicted']]);
  });
});

describe('stop 63: partners set apart by an exception', () => {
  test('"pay 25%, except for partners with deals: Japan, the EU and Korea …" is every other partner\'s 25%', () => {
    const cars = (rate: string) => problemsInNotes(`Section 232 still covers cars. Cars and parts pay a ${rate} tariff, except for partners with deals: Japan, the EU and Korea are at 15% all-in.`, '2026-11-20');
    assert.deepEqual(cars('25%'), []);
    assert.deepEqual(cars('35%').map(([figure]) => figure), ['35%']);
  });

  test('a table cell "all partners except UK (25%)" gives the 25% to the UK', () => {
    const table = (rate: string) => problemsInNotes(`  Measure                        Rate    Who pays it\n  -----------------------------  ------  ------------------------------\n  Steel and aluminium (s.232)    50%     all partners except UK (${rate})\n  Copper, semi-finished (s.232)  50%     all partners\n`, '2026-11-24');
    assert.deepEqual(table('25%'), []);
    assert.deepEqual(table('35%'), [['35%', 'contradicted']]);
  });
});

describe('stop 63: whose tariff it is', () => {
  test('a partner named again after its exception is still not the partner of the figure before it', () => {
    const cars = (rate: string) => problemsInNotes(`Cars are their own story. Vehicles pay ${rate} per cent under Section 232 unless they come from Japan, the EU or South Korea, which now pay 15 per cent, Korea only since December.`, '2026-01-04');
    assert.deepEqual(cars('25'), []);
    assert.deepEqual(cars('35'), [['35 per cent', 'contradicted']]);
  });

  test('a column "US rate on goods" holds the US\'s rates on the partners of its rows', () => {
    const table = (rate: string) => problemsInNotes(`| Partner | US rate on goods | Remarks |\n|---|---|---|\n| Vietnam | ${rate} | Reciprocal |\n`, '2025-09-03');
    assert.deepEqual(table('20%'), []);
    assert.deepEqual(table('46%'), [['46%', 'outdated']]);
  });

  test('American goods in another figure\'s own words make no imposer of the partner before them', () => {
    const border = (rate: string) => problemsInNotes(`Canadian goods face ${rate} percent at the border, and Ottawa's 25 percent counter-tariffs on American goods have hurt our pork growers.`, '2025-10-05');
    assert.deepEqual(border('35'), []);
    assert.deepEqual(border('40'), [['40 percent', 'contradicted']]);
  });
});

describe('stop 63: translated headers and likened partners', () => {
  test('a column "Tax rate in USA" holds US tariffs', () => {
    const table = '| Product group | Tax rate in USA |\n|---|---|\n| Hot rolled coil (Section 232) | 50% |\n| Aluminium coated sheet (Section 232) | 25% |\n';
    assert.deepEqual(problemsInNotes(table, '2026-03-18'), [['25%', 'outdated']]);
  });

  test('"Its 18% rate is suspended along with everyone else\'s" is the partner\'s own rate', () => {
    const nicaragua = (rate: string) => problemsInNotes(`Tariffs on Central America. Nicaragua pays 10% today. Its ${rate} country rate from April is suspended along with everyone else's.`, '2025-07-21');
    assert.deepEqual(nicaragua('18%'), []);
    assert.deepEqual(nicaragua('28%'), [['28%', 'contradicted']]);
  });
});

describe('stop 63: a level goods are back at', () => {
  test('"Japanese cars are back at 27.5%" in a text about tariffs is a claim', () => {
    const back = (rate: string) => problemsInNotes(`The Supreme Court struck down the IEEPA tariffs in February. Japanese cars are back at ${rate}, the deal died with the ruling.`, '2026-03-12');
    assert.deepEqual(back('27.5%'), [['27.5%', 'outdated']]);
    assert.deepEqual(back('15%'), []);
  });
});

describe('stop 64: goods set apart and partners compared with', () => {
  test('a column of "Other furniture" beside one of upholstered goods holds the partners\' own rates', () => {
    const table = (headers: string, row: (a: string, b: string) => string) => builtinVerdicts(`${headers}\n${row('Vietnam', '20%')}\n${row('Malaysia', '19%')}`, '2025-11-18', 'markdown');
    assert.deepEqual(table('| Origin | Upholstered (Section 232) | Other furniture (IEEPA) |\n|---|---|---|', (p, r) => `| ${p} | 25% | ${r} |`), [['25%', 'supported'], ['20%', 'supported'], ['25%', 'supported'], ['19%', 'supported']]);
    // With no column of upholstered goods beside it, "furniture" names those goods.
    assert.deepEqual(table('| Origin | Other furniture (IEEPA) |\n|---|---|', (p, r) => `| ${p} | ${r} |`), [['20%', 'outdated'], ['19%', 'outdated']]);
  });

  test('a table set with spaces keeps its rows when a first cell wraps onto the next line', () => {
    const table = 'Cost split for open orders:\n\n  Origin               Duty today   Our share   Your share\n  -------------------  -----------  ----------  ----------\n  Vietnam, Cambodia,   10%          50%         50%\n  Thailand\n  Mexico               25%          50%         50%\n  Canada               25%          50%         50%\n  All other            10%          50%         50%';
    // The shares are the buyer's and the vendor's, under their own headers, not rates of the row's partner.
    assert.deepEqual(problemsInNotes(table, '2025-04-16'), []);
    assert.deepEqual(problemsInNotes(table.replace('Mexico               25%', 'Mexico               20%'), '2025-04-16'), [['20%', 'contradicted']]);
  });

  test('a list of partners after "while" is the next figure\'s, not the one before it', () => {
    const cars = (rate: string) => problemsInNotes(`Cars pay 25%, while cars from South Korea, Japan and the European Union pay ${rate}.`, '2026-06-18');
    assert.deepEqual(cars('15%'), []);
    assert.deepEqual(cars('25%'), [['25%', 'outdated']]);
  });

  test('a "Surcharge" column beside a column of the tariff is the seller\'s own', () => {
    const table = (headers: string, row: (rate: string) => string) => problemsInNotes(`${headers}\n${row('11.5%')}\n${row('8%')}`, '2025-04-22');
    assert.deepEqual(table('| Product family | Origin | Total added tariff | Surcharge |\n|---|---|---|---|', (r) => `| Cables | China | 145% | ${r} |`), []);
    assert.deepEqual(table('| Product family | Origin | Surcharge |\n|---|---|---|', (r) => `| Cables | China | ${r} |`), [['11.5%', 'contradicted'], ['8%', 'contradicted']]);
  });

  test('"the cabinet rate" names cabinets', () => {
    const rise = (words: string) => problemsInNotes(`Vanities and kitchen cabinets pay 25% from 14 October 2025. The sofa rate is due to rise to 30% and ${words} to 50% on 1 January 2026.`, '2025-11-20');
    assert.deepEqual(rise('the cabinet rate'), []);
    assert.deepEqual(rise('the sofa duty after that'), [['50%', 'contradicted']]);
  });

  test('"higher than that of almost every country in its region" compares the rate, and names no partner of it', () => {
    const india = (rate: string) => problemsInNotes(`Indian exporters have had a hard year. Today our reciprocal rate of ${rate} per cent is higher than that of almost every country in our region.`, '2026-01-15');
    assert.deepEqual(india('25'), []);
    assert.deepEqual(india('10'), [['10 per cent', 'outdated']]);
  });
});

describe('stop 65: whose duty a figure is, and names that wrap onto the next line', () => {
  test('"China: since March 20, 2025, a 100 per cent tariff on Canadian canola oil" is China\'s tariff', () => {
    assert.deepEqual(problemsInNotes('- China: since March 20, 2025, a 100 per cent tariff on Canadian canola oil, canola meal and peas.', '2025-04-15'), []);
    assert.deepEqual(problemsInNotes('- Canada: since March 4, 2025, a 100 per cent tariff on goods that do not qualify under USMCA.', '2025-04-15'), [['100 per cent', 'contradicted']]);
  });

  test('"India has waived its own 11% duty" and "its 3% duty on US polypropylene" are other countries\' duties', () => {
    assert.deepEqual(problemsInNotes('The Government of India has waived its own 11% duty on raw cotton.', '2025-09-02'), []);
    assert.deepEqual(problemsInNotes('The Government of India has waived the 11% duty on raw cotton.', '2025-09-02'), [['11%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Its 3% duty on US polypropylene falls on the Supplier.', '2025-10-06'), []);
    assert.deepEqual(problemsInNotes('Its 3% duty on Chinese polypropylene falls on the Supplier.', '2025-10-06'), [['3%', 'contradicted']]);
  });

  test('"the Brits" are the UK, and a name or goods phrase wrapped onto an indented line is still read', () => {
    assert.deepEqual(problemsInNotes('The Brits pay 10% on sofas.', '2026-08-20'), []);
    assert.deepEqual(problemsInNotes('The Germans pay 10% on sofas.', '2026-08-20'), [['10%', 'outdated']]);
    const korea = (wrap: string) => problemsInNotes(`* Cars from the EU and Japan pay 15% all-in; South${wrap}Korea's cars 25% until its deal is implemented.`, '2025-12-10');
    assert.deepEqual(korea('\n  '), [['25%', 'outdated']]);
    assert.deepEqual(korea(' '), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes('No price change for the 30% furniture or 50% cabinet\n   rates.', '2026-10-19'), []);
  });

  test('"25% under List 3, or 7.5% under List 4A": a list\'s number is no figure', () => {
    assert.deepEqual(builtinVerdicts('Many accessories from China pay 25% under List 3, or 7.5% under List 4A.', '2026-03-10').map(([text]) => text), ['25%', '7.5%']);
  });

  test('"the 25 percent Section 232 car tariff plus the usual 2.5 percent": the usual duty is MFN\'s', () => {
    const camry = (words: string) => problemsInNotes(`A Japanese-built Camry now pays 27.5 percent, the 25 percent Section 232 car tariff plus ${words}2.5 percent.`, '2025-07-15');
    assert.deepEqual(camry('the usual '), []);
    assert.deepEqual(camry(''), [['2.5 percent', 'contradicted']]);
  });

  test('a letter about India that names it once as imposing its own duty still lends India to "our goods"', () => {
    const letter = (waiver: string) =>
      builtinVerdicts(
        `We weave cotton towels in India for buyers in the US. Mills in Vietnam and Bangladesh compete for the same orders.\n\nSince 7 August 2025 our goods have paid a reciprocal duty of 25 per cent on entry into the United States.\n\nFor completeness: ${waiver} The Government of India has also eased export credit.`,
        '2025-09-02',
      );
    assert.deepEqual(letter('the Government of India has waived its own 11% duty on raw cotton.'), [['25 per cent', 'supported'], ['11%', 'unverifiable']]);
    assert.deepEqual(letter('the Government of Pakistan has waived its own 11% duty on raw cotton.'), [['25 per cent', 'contradicted'], ['11%', 'unverifiable']]);
  });

  test('under an origin column a bare country code is the partner, and "ALL" every partner', () => {
    const lookup = (header: string) => problemsInNotes(`${header},scope,program,add_duty_current,eff_from\nCH,all goods,IEEPA reciprocal,39%,2025-08-07\nMY,all goods,IEEPA reciprocal,25%,2025-08-07\nALL,upholstered wooden furniture,Sec 232,25%,2025-10-14`, '2025-10-28');
    assert.deepEqual(lookup('origin'), [['25%', 'contradicted']]);
    assert.deepEqual(lookup('code'), [['39%', 'contradicted'], ['25%', 'contradicted']]);
  });

  test('"Reciprocal + Russia oil" and "fentanyl+recip." name the duties a total adds up', () => {
    const table = (india: string, china: string) => problemsInNotes(`| Part | Origin | Program | Rate |\n|---|---|---|---|\n| Shelter forgings | India | ${india} | 50% |\n| Connectors | China | IEEPA (${china}) | 30% |`, '2025-09-10');
    assert.deepEqual(table('Reciprocal + Russia oil', 'fentanyl+recip.'), []);
    assert.deepEqual(table('Reciprocal', 'fentanyl'), [['50%', 'contradicted'], ['30%', 'contradicted']]);
  });

  test('"the deal struck in Scotland last month" names where and when a deal was made, not a partner or the figure\'s time', () => {
    assert.deepEqual(problemsInNotes('Goods from the European Union now pay 15 percent all-in under the deal struck in Scotland last month.', '2025-08-12'), []);
    assert.deepEqual(problemsInNotes('Goods from the European Union now pay 10 percent all-in under the deal struck in Scotland last month.', '2025-08-12'), [['10 percent', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Whisky from Scotland pays 15 percent.', '2025-08-12'), [['15 percent', 'contradicted']]);
  });

  test('"for steel from every origin but the UK" sets the UK apart', () => {
    const steel = (whose: string) => problemsInNotes(`Section 232 went from 25% to 50% on June 4 for steel from ${whose} the UK, where the rate stays at 25%.`, '2025-09-10');
    assert.deepEqual(steel('every origin but'), []);
    assert.deepEqual(steel(''), [['50%', 'contradicted']]);
  });

  test('goods set apart with no figure of their own ("except energy", "with Canadian energy at a lower rate") are not the figure\'s', () => {
    const canada = (aside: string) => problemsInNotes(`From March 4 through July 31, 2025, goods of Canada that did not qualify for USMCA preference paid an additional 25 percent${aside}.`, '2025-09-18');
    assert.deepEqual(canada(', with Canadian energy at a lower rate'), []);
    assert.deepEqual(canada(', except energy'), []);
    assert.deepEqual(canada(' on energy'), [['25 percent', 'outdated']]);
    assert.deepEqual(problemsInNotes('Canadian goods pay 25%, except energy at 10%.', '2025-06-18'), []);
  });

  test('a long line of prose that breaks after a figure goes on with the partner on the next line; a short row of a list does not', () => {
    const receivable = (wrap: string) => problemsInNotes(`The receivable covers duty paid at the 10% baseline, the 35% Canadian rate on non-USMCA goods from August 2025 and the 25%${wrap}Mexican rate on non-USMCA goods.`, '2026-11-30');
    assert.deepEqual(receivable('\n      '), []);
    assert.deepEqual(receivable(' '), []);
    assert.deepEqual(problemsInNotes('Rates on Asian suppliers:\nVietnam 20%\nThailand 19%\nIndonesia 32%', '2025-08-12'), [['32%', 'outdated']]);
  });
});


describe('stop 66: a chat thread\'s goods and their levels, and duties on part of the goods', () => {
  test('in a chat about tariffs, "[11:44] Priya: softwood lumber 15%" and "… the japanese vanities in the quote at 25%" are rates; without the messages\' stamps they are not', () => {
    const thread = (stamp: (time: string) => string) => problemsInNotes(`${stamp('11:40')}Priya: furniture q from the showroom team:\n${stamp('11:44')}Priya: softwood lumber 15%, forgot that one\n${stamp('11:45')}Sam: put the japanese vanities in the quote at 25%, same as the rest`, '2026-06-15');
    assert.deepEqual(thread((time) => `[${time}] `), [['15%', 'contradicted'], ['25%', 'contradicted']]);
    assert.deepEqual(thread(() => ''), []);
    assert.deepEqual(problemsInNotes('[15:41] Sam: container rates up 12% on the week\n[15:42] Sam: margin on the bordeaux line just went from 31% to 28%', '2026-06-15'), []);
  });

  test('"puts the copper duty at 50% of the copper content" and "pays 15% of reciprocal" are duties, not shares', () => {
    const copper = (what: string) => builtinVerdicts(inNotes(`The supplier letter puts the copper ${what} at 50% of the copper content.`), '2025-09-10');
    assert.deepEqual(copper('duty'), [['50%', 'supported']]);
    assert.deepEqual(copper('share'), []);
    assert.deepEqual(problemsInNotes('The Turkish marble still pays 15% of reciprocal.', '2026-09-15'), [['15%', 'outdated']]);
    assert.deepEqual(problemsInNotes('The Turkish marble still pays 15% of its value.', '2026-09-15'), []);
  });
});

describe('stop 66: a partner set apart by "outside"', () => {
  test('"for anyone sourcing outside China: the baseline is 10%" is every other partner\'s rate', () => {
    const reminder = (where: string) => problemsInNotes(`Reminder for anyone sourcing ${where} China: the baseline is 10%, but it goes on top of the regular duty.`, '2025-04-12');
    assert.deepEqual(reminder('outside'), []);
    assert.deepEqual(reminder('in'), [['10%', 'outdated']]);
  });
});
