// Readings of who asserts a figure, whose it is and when it applies, checked against the
// built-in facts (their partners, deals and dates are what these sentences are about).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, type Claim, type DocumentKind } from 'tariff-lens';
import { builtinFacts, builtinRateClaims, builtinVerdicts as verdicts, inNotes, problemsInNotes } from '../support/engine';

function claimsOf(text: string, asOf: string, kind: DocumentKind = 'plaintext'): Claim[] {
  return checkDocument(text, builtinFacts(), { kind, asOf }).claims;
}

describe('figures the writer does not assert', () => {
  test('a later step of a rate only floated is only floated too: "floated at 15% for 2027, rising to 30% in 2028"', () => {
    assert.deepEqual(verdicts(inNotes('A duty of 15% on refined copper has been floated for 2027, rising to 30% in 2028, though nothing is signed.'), '2026-11-20'), [['15%', 'unverifiable'], ['30%', 'unverifiable']]);
  });

  test('what people "tell me" is hearsay, as what they "told me" is', () => {
    assert.deepEqual(verdicts('I have constituents who tell me British steel going into the US is paying a 50% tariff.', '2026-03-17'), [['50%', 'unverifiable']]);
    assert.deepEqual(verdicts('British steel going into the US is paying a 50% tariff.', '2026-03-17'), [['50%', 'contradicted']]);
  });

  test('a threat told in a relative clause, near the figure or after its goods', () => {
    assert.deepEqual(verdicts('Drugmakers fear the 100% tariff on branded medicines that was threatened last autumn.', '2026-03-17'), [['100%', 'unverifiable']]);
    assert.deepEqual(verdicts('Wines from the European Union carry a 15-percent tariff, well below the 30% reciprocal tariff on European goods that the administration threatened in July.', '2025-11-28'), [['15-percent', 'supported'], ['30%', 'unverifiable']]);
    // A figure compared with one announced earlier is that announcement's, not the rate now.
    assert.deepEqual(verdicts('Switzerland\'s 39% tariff rate is well above the 31% Washington announced in April.', '2025-08-07'), [['39%', 'supported'], ['31%', 'unverifiable']]);
  });

  test('a condition told by inversion, an expectation, a possible deal and a rate that would snap back', () => {
    assert.deepEqual(verdicts('That move was made when Chinese goods paid 145% in total; it would have looked different had Vietnam\'s 46% tariff taken effect.', '2026-06-05').at(-1), ['46%', 'unverifiable']);
    assert.deepEqual(verdicts('China: our desk expects the fentanyl tariff portion to drop to 10% after the leaders\' meeting.', '2025-10-27'), [['10%', 'unverifiable']]);
    assert.deepEqual(verdicts('Switzerland: there is talk of a possible deal bringing the tariff rate down to 15%.', '2025-10-27'), [['15%', 'unverifiable']]);
    assert.deepEqual(verdicts('Switzerland: the tariff rate came down to 15%.', '2025-10-27'), [['15%', 'contradicted']]);
    assert.deepEqual(verdicts('Chinese goods pay 30% in IEEPA duties; without an extension the reciprocal portion would snap back to 34%.', '2025-08-07').map(([, v]) => v), ['supported', 'announced']);
  });

  test('a rate "once the pause ends" is still to come; one that matters "if anyone\'s doing" something is asserted', () => {
    assert.deepEqual(verdicts('India\'s tariff rate is 27% once the pause ends.', '2025-07-02'), [['27%', 'unverifiable']]);
    assert.deepEqual(verdicts('Steel is 50% now, and the 232 tariff on aluminum is 25% if anyone\'s doing display fixtures.', '2025-11-20'), [['50%', 'supported'], ['25%', 'outdated']]);
    assert.deepEqual(verdicts('Steel is 50% now, and the 232 tariff on aluminum is 25% if the metal is melted abroad.', '2025-11-20'), [['50%', 'supported'], ['25%', 'unverifiable']]);
  });

  test('a simulated or counterfactual rate, a wish, and what officials or the press say', () => {
    assert.deepEqual(verdicts('Our structural model simulates a counterfactual 25% tariff on all imports and a 60% tariff on Chinese imports.', '2026-04-15').map(([, v]) => v), ['unverifiable', 'unverifiable']);
    assert.deepEqual(verdicts('I welcomed the steel tariff. I only wish the steel tariff were 50%, as some in Congress want.', '2025-04-22'), [['50%', 'unverifiable']]);
    assert.deepEqual(verdicts('Some US officials say the overall tariff on Chinese goods is now 47%.', '2025-11-13'), [['47%', 'unverifiable']]);
    assert.deepEqual(verdicts('Switzerland: press reports say the tariff is 15%.', '2025-10-27'), [['15%', 'unverifiable']]);
  });

  test('hearsay by e-mail or heard "still", a desk sheet\'s figure, a rumour, a figure denied in brackets', () => {
    assert.deepEqual(verdicts('A customer emailed me saying tariffs on European jewelry are 30%, which is sweet of her.', '2025-09-28'), [['30%', 'unverifiable']]);
    assert.deepEqual(verdicts('Tariffs on European jewelry are 30% (they\'re not, it\'s fifteen percent).', '2025-09-28'), [['30%', 'unverifiable'], ['fifteen percent', 'supported']]);
    assert.deepEqual(verdicts('And honestly I still hear people on LinkedIn saying the China tariff is 145 percent.', '2025-06-10'), [['145 percent', 'unverifiable']]);
    assert.deepEqual(verdicts('One store has a desk sheet that says shuttle buses pay a 25% tariff.', '2026-10-05'), [['25%', 'unverifiable']]);
    assert.deepEqual(verdicts('steel & aluminum are 25% under 232 since March 12. the 50% thing is a rumor from LinkedIn, ignore it', '2025-04-22').filter(([f]) => f === '50%'), [['50%', 'unverifiable']]);
  });

  test('a figure denied ("has not been 145% since"), held "in the minds of" buyers, billed "like it\'s" so, or "which doesn\'t match" anything read', () => {
    assert.deepEqual(verdicts('The tariff on Chinese goods has not been 145% since May.', '2025-11-18'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts('Chinese goods still face a 145% tariff in the minds of many US buyers we speak to.', '2025-08-12'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts('Some wholesalers are still billing like it\'s 145% and blaming the tariff on Chinese goods.', '2025-05-22'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts('Rosa says her supplier in Puebla, Mexico, charges her a 35% tariff extra now, which doesn\'t match anything I\'ve read.', '2025-05-22'), [['35%', 'unverifiable']]);
  });

  test('a return to a rate that "would" need something, and a figure the next sentence says "never actually got collected"', () => {
    assert.deepEqual(verdicts('A return to the 34% "Liberation Day" level on Chinese goods would require both sides to walk away from Geneva.', '2025-08-12').map(([, v]) => v), ['announced']);
    assert.deepEqual(verdicts('His importer is charging him a 54% tariff surcharge on everything from Shenzhen. That figure was the one announced back on April 2 and it never actually got collected.', '2025-05-22').map(([, v]) => v), ['announced']);
  });

  test('what someone "told members", "still saying", a bulletin that "said", a figure "that is an old figure", and one packers are "pushing for"', () => {
    assert.deepEqual(verdicts('A few have also told members that Canadian goods have faced a 25% tariff since March 2025; that is an old figure and wrong.', '2026-03-16').map(([f, v]) => `${f} ${v}`), ['25% unverifiable']);
    assert.deepEqual(verdicts('ppl in the FB group still saying chinese goods are 145% in total lmao. that was april', '2025-05-20'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts('Our November bulletin said the Canadian border tariff went up to 30% on August 1. That was a typo.', '2026-03-16'), [['30%', 'unverifiable']]);
    assert.deepEqual(verdicts('Some US packers are also pushing for a 15% duty on all imported Canadian syrup.', '2026-03-16'), [['15%', 'unverifiable']]);
  });

  test('what a member "informed that" or "understand that", a memo "saying", and a rate "never put into an order"', () => {
    assert.deepEqual(verdicts('Some member informed that the Chinese processor still face the tariff of 145% so cannot compete.', '2025-10-20'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts('However some member understand that the Section 232 tax on steel is still 25 percent.', '2025-10-20'), [['25 percent', 'unverifiable']]);
    assert.deepEqual(verdicts('A freight forwarder circulated a memo last week saying Indian goods still pay a 50% tariff; they do not.', '2026-04-12'), [['50%', 'unverifiable']]);
    // "had already been dropped" is former, too; and a "Russian oil wala penalty" names no partner.
    assert.deepEqual(verdicts('The 25% Russian-oil penalty on Indian goods had already been dropped from February 7, and the 18% from the India deal was never put into an order.', '2026-03-03'), [['25%', 'supported'], ['18%', 'unverifiable']]);
    assert.deepEqual(verdicts('Haan India tariff 50% total since 27 Aug. 25% reciprocal + 25% Russian oil wala penalty', '2025-09-03').filter(([f]) => f === '25%'), [['25%', 'supported'], ['25%', 'supported']]);
  });

  test('a bilingual memo: what someone "dijo que", and a figure "we believe es un error"', () => {
    assert.deepEqual(verdicts('Alguien de ventas dijo que los productos de Mexico no-USMCA pagan el fentanyl tariff de 30%.', '2026-02-20'), [['30%', 'unverifiable']]);
    assert.deepEqual(verdicts('Las truck parts no-USMCA pagan un arancel de 10% según el broker, pero creemos que es un error.', '2026-11-05'), [['10%', 'unverifiable']]);
  });
});

describe('whose figure it is', () => {
  test('"countries without a deal" are every partner', () => {
    const text = 'For upholstered furniture from the UK the Section 232 rate is 10%. The 25% tariff is the rate for countries without a deal.';
    const claim = claimsOf(text, '2026-03-17').find((c) => c.text === '25%')!;
    assert.deepEqual([claim.scope.partner, claim.verdict], ['*', 'supported']);
  });

  test('a city before "deal" or after a meeting "in" is where it was struck, not the partner', () => {
    const kualaLumpur = claimsOf('Chinese goods: the fentanyl tariff got cut to 10% in the Kuala Lumpur deal.', '2025-11-20')[0];
    assert.deepEqual([kualaLumpur.scope.partner, kualaLumpur.verdict], ['CN', 'supported']);
    const kualaLumpurOf = claimsOf('For China origin cells, from 10 November the fentanyl tariff was lowered from 20% to 10% by the agreement of Kuala Lumpur.', '2025-11-20');
    assert.deepEqual(kualaLumpurOf.filter((c) => c.kind === 'rate').map((c) => [c.scope.partner, c.verdict]), [['CN', 'supported'], ['CN', 'supported']]);
    const busan = claimsOf('Chinese goods paid more. The fentanyl tariff was lowered from 20% to 10% on November 10, 2025, following a meeting between the two presidents in Busan.', '2025-11-13');
    assert.deepEqual(busan.filter((c) => c.kind === 'rate').map((c) => [c.scope.partner, c.verdict]), [['CN', 'supported'], ['CN', 'supported']]);
  });

  test('the country goods enter at a rate, one that raises its own tariffs, and one whose "own" duty it is, impose them', () => {
    const own = claimsOf('South Africa\'s own 37% duty on US frozen chicken remains in place.', '2025-09-15')[0];
    assert.deepEqual([own.scope.imposer, own.verdict], ['ZA', 'unverifiable']);
    // In a memo about South Africa, its goods' partner was lent to the figure, and the imposer dropped as the same country.
    const inMemo = claimsOf('South Africa is our market.\n\nSouth Africa\'s own 37% duty on US frozen chicken remains in place.', '2025-09-15')[0];
    assert.deepEqual([inMemo.scope.imposer, inMemo.verdict], ['ZA', 'unverifiable']);
    const entered = claimsOf('After the Geneva talks, US beans now enter China at about 23% all-in.', '2025-06-16')[0];
    assert.deepEqual([entered.scope.imposer, entered.verdict], ['CN', 'unverifiable']);
    const raised = claimsOf('Mexico raised its own tariffs on Chinese cars to 50% this year.', '2026-11-05')[0];
    assert.deepEqual([raised.scope.imposer, raised.scope.partner, raised.verdict], ['MX', 'CN', 'unverifiable']);
  });

  test('"the effective tariff rate" is another kind of figure, though the line breaks inside it', () => {
    const text = 'Steel and aluminum have paid 25% since March 12. By my arithmetic the effective tariff\nrate on all imports is now around 22%.';
    const claim = claimsOf(text, '2025-04-22').find((c) => c.text === '22%')!;
    assert.deepEqual([claim.scope.measureChange, claim.verdict], ['effective-rate', 'unverifiable']);
  });
});

describe('which measure a figure is', () => {
  test('a figure whose own words name its measure takes none from another figure\'s words, nor the total\'s', () => {
    // The fentanyl 20% was read as the 20% total too, which was right in January 2026.
    assert.deepEqual(verdicts('Chinese furniture now pay the reciprocal 10% plus the fentanyl 20%, so total 30%.', '2026-01-15'), [['10%', 'supported'], ['20%', 'outdated'], ['30%', 'outdated']]);
    // The Section 232 25% was read with the border tariff of the figure after it, which was 25%.
    assert.deepEqual(verdicts('Aluminum products from Canada pay 25% under Section 232, and on top of that the 25% border tariff if they do not qualify under USMCA.', '2025-06-16'), [['25%', 'outdated'], ['25%', 'supported']]);
    // A figure with no measure of its own is the duty its goods pay: Canadian aluminum paid the Section 232 duty,
    // 50% from June 4, never the border duty on top (EO 14289; stop 56's facts leave those goods out of it).
    assert.deepEqual(verdicts('Canadian aluminum pays 25%, and on top of that the 25% border tariff.', '2025-06-16').map(([, v]) => v), ['outdated', 'supported']);
  });
});

describe('rows set with dot leaders', () => {
  test('each row is read on its own: the total\'s word does not reach the row above it', () => {
    // Read as one sentence with the row below, the 40% was taken for the 50% total, and flagged.
    for (const leaders of ['........', '. . . . . . .']) {
      const card = `Costs for our Brazilian coffee.\n\n  Tariff reciprocal ${leaders} 10%\n  Additional tariff on Brazil ${leaders} 40%\n  Total for the green coffee ${leaders} 50%\n`;
      assert.deepEqual(verdicts(card, '2025-08-20'), [['10%', 'supported'], ['40%', 'supported'], ['50%', 'supported']], leaders);
    }
    // A line without leaders in the same paragraph stays one sentence with the line after it.
    const wire = '04:06 Switzerland\'s 39% tariff rate is well above the 31%\n      Washington announced in April.\n      Japan ............ 15%\n';
    assert.deepEqual(verdicts(wire, '2025-08-07').slice(0, 2), [['39%', 'supported'], ['31%', 'unverifiable']]);
  });
});

describe('figures that are no tariff rates', () => {
  test('a relative clause\'s figure is a level of what it follows: "growth in China, which forecasters put at 5%" is no rate, "Chinese steel, which now pays 50%" is', () => {
    assert.deepEqual(verdicts(inNotes('Economic growth in China, which you put at 5% for 2025, is worth a line, but the essay is about tariffs.'), '2025-12-10'), []);
    assert.deepEqual(verdicts(inNotes('Chinese steel, which now pays 50%, is scarce.'), '2025-12-10'), [['50%', 'supported']]);
  });

  test('a central bank\'s rate is no tariff, its name broken over two lines or not: "the Bank of\\nMexico reduced its reference rate to 7 %"', () => {
    for (const text of ['Annual inflation was 3.6 % in February, and the Bank of\nMexico reduced its reference rate to 7 %.', 'Annual inflation was 3.6 % in February, and the central bank reduced its reference rate to 7 %.']) {
      assert.deepEqual(verdicts(inNotes(text), '2026-03-02'), [], text);
    }
  });

  test('a dealer\'s floor plan rate, subvented rates and an accessory markup', () => {
    assert.deepEqual(verdicts('The auto tariff is 25%. Floor plan rate is 7.25% (SOFR + 2.9%); subvented rates of 1.9% to 3.9% are available. Keep the accessory markup at 12%.', '2026-10-05'), [['25%', 'supported']]);
  });

  test('prices raised "on" goods, a price list\'s increase, a scrap surcharge, a bound "within 5%", all the work "100% in" a country', () => {
    assert.deepEqual(verdicts('Valley Plumbing raised prices on copper pipe and fittings 9% this month, blaming the 25% federal tariff on copper imports.', '2026-11-05').map(([f]) => f), ['25%']);
    assert.deepEqual(verdicts('Commercial conditions for Mexican steel: Increase of the price list: 8% on all the flat products. Surcharge for scrap: 3.5% (variable every month).', '2025-06-20'), []);
    assert.deepEqual(verdicts('Seating from the UK is capped at a 10% tariff; buyers should prefer those origins where price is within 5%.', '2025-11-20').map(([f, v]) => `${f} ${v}`), ['10% supported', '5% unverifiable']);
    assert.deepEqual(verdicts('Our factory use fabric from China but cutting, sewing and finishing is 100% in Cambodia, so the tariff is 19%.', '2025-08-25'), [['19%', 'supported']]);
  });

  test('prices raised "in average", a broker\'s card surcharge, a tax credit', () => {
    assert.deepEqual(verdicts('We are obliged to increase our prices in average 6.5% for the Turkish towels, with the 15% tariff.', '2025-09-15').map(([f]) => f), ['15%']);
    assert.deepEqual(verdicts('my order from taiwan came thru at a 10% tariff yesterday, paid with card, 3% surcharge from the broker for that', '2025-05-20').map(([f]) => f), ['10%']);
    assert.deepEqual(verdicts('Because of the 30% investment tax credit of the IRA, our US production is competitive despite the 10% tariff.', '2025-11-20').map(([f]) => f), ['10%']);
  });

  test('a change marked "~" and a fee named after the figure', () => {
    assert.deepEqual(verdicts('budget impact: duty spend down ~38% vs plan.', '2026-02-26'), []);
    assert.deepEqual(verdicts('We will waive the 3 per cent application fee for exporters hit by the 35 per cent U.S. tariff on Canadian goods.', '2025-08-12'), [['35 per cent', 'supported']]);
  });
});

describe('when a figure applies', () => {
  test('a date that opens the next item is not the figure\'s before it, and a deal named in the past dates the figure: "after the Geneva talks it fell to 30%, and from November 10 to 20%"', () => {
    const text = inNotes('China\'s combined rate peaked at 145% in April. After the Geneva talks it fell to 30%, and from November 10, 2025 to 20%.');
    assert.deepEqual(verdicts(text, '2025-11-26'), [['145%', 'supported'], ['30%', 'supported'], ['20%', 'supported']]);
    // A figure the deal's facts and the partner's never had is still wrong.
    assert.deepEqual(verdicts(inNotes('China\'s combined rate peaked at 145% in April. After the Geneva talks it fell to 40%, and from November 10, 2025 to 20%.'), '2025-11-26').map(([, verdict]) => verdict), ['supported', 'contradicted', 'supported']);
  });

  test('an end written without a year after a start with one comes after it, words between or not', () => {
    assert.deepEqual(verdicts(inNotes('From November 10, 2025 until collection stopped on February 24 Chinese lamps paid 20%.'), '2026-03-18'), [['20%', 'supported']]);
  });

  test('a rate that "stopped being collected" has ended, as one that stopped', () => {
    assert.deepEqual(verdicts('The 10% baseline and every country rate built on it stopped being collected on February 24.', '2026-03-10'), [['10%', 'supported']]);
    assert.deepEqual(verdicts('The 10% Section 122 surcharge is still being collected.', '2026-03-10'), [['10%', 'supported']]);
    // A learner's "stopped to collect" says the same; and a date "since" which collection stopped is when the rate ended, not began.
    const mexico = 'the 25% fentanyl tariff on Mexican goods outside USMCA';
    for (const text of [`From 24 February the customs stopped to collect ${mexico}.`, `Since 24 February, CBP has stopped collecting ${mexico}.`]) {
      assert.deepEqual(claimsOf(text, '2026-03-03').map((c) => [c.text, c.verdict]), [['25%', 'supported']], text);
    }
  });

  test('a pause told in round days ("a 30-day reprieve" from 4 February to 4 March) has its length; one a month off does not', () => {
    const reprieve = (days: string) => claimsOf(inNotes(`Canada won a ${days}-day reprieve from the 25% border duty.`), '2025-02-10').filter((c) => c.kind === 'duration').map((c) => c.verdict);
    assert.deepEqual(reprieve('30'), ['supported']);
    assert.deepEqual(reprieve('60'), ['contradicted']);
  });

  test('"before that" dates a figure before the time of the one before it', () => {
    assert.deepEqual(verdicts(inNotes('Non-USMCA Canadian goods paid 35% from August 1, 2025 until February 23, and before that 25%.'), '2026-03-18'), [['35%', 'supported'], ['25%', 'supported']]);
  });

  test('a date that opens the next item after ", and from" is that item\'s, and so is the start it claims', () => {
    const text = inNotes('Between May 14 and November 9, 2025, the lamps from China paid 30%, and from November 10, 2025 they paid 20%.');
    assert.deepEqual(claimsOf(text, '2026-03-18').map((c) => [c.text, c.verdict]), [['30%', 'supported'], ['November 10, 2025', 'supported'], ['20%', 'supported']]);
  });

  test('a date introduced after the figure\'s own noun phrase is its own, not the date of the figure before', () => {
    const text = 'Swiss goods paid a 39% tariff until November 13, 2025, then the 15% framework rate from November 14, 2025 to February 23, 2026.';
    assert.deepEqual(claimsOf(text, '2026-03-18').map((c) => [c.text, c.verdict, c.judged.date]), [['39%', 'supported', '2025-11-13'], ['15%', 'supported', '2026-02-23']]);
  });

  test('a rate that "is history", and the list after "It killed the IEEPA ones:"', () => {
    assert.deepEqual(verdicts('Vietnam\'s 20 percent tariff rate is history.', '2026-11-02'), [['20 percent', 'supported']]);
    assert.deepEqual(verdicts('Nope. It killed the IEEPA ones: the reciprocal rates, the fentanyl tariffs, Brazil\'s 40% add-on, India\'s Russian-oil 25%. Section 232 is untouched.', '2026-05-06'), [['40%', 'supported'], ['25%', 'supported']]);
  });

  test('an aside between a figure and its verb: "…, which … came to 50%, ended with the ruling"', () => {
    assert.deepEqual(verdicts('Brazil\'s 40% emergency tariff, which together with the 10% reciprocal rate came to 50%, ended with the ruling.', '2026-03-12').map(([, v]) => v), ['supported', 'supported', 'supported']);
  });

  test('"of this year" after a range dates its end; "last year\'s framework" is an event', () => {
    assert.deepEqual(claimsOf('From November 2025 until February 23 of this year, Chinese goods paid a combined 20%.', '2026-11-02').map((c) => [c.verdict, c.judged.date]), [['supported', '2026-02-23']]);
    assert.deepEqual(claimsOf('Japanese goods pay a 15% tariff under last year\'s framework.', '2026-06-15').map((c) => [c.verdict, c.judged.date]), [['outdated', '2026-06-15']]);
  });

  test('a table cell that tells of the past ("| 30% | was 145% |") is a former rate', () => {
    const table = 'Duties now.\n\n| Origin | Duty now | Comment |\n|---|---|---|\n| China (total IEEPA) | 30% | was 145% |\n| China (fentanyl) | 20% | unchanged |\n';
    assert.deepEqual(verdicts(table, '2025-05-20', 'markdown'), [['30%', 'supported'], ['145%', 'supported'], ['20%', 'supported']]);
  });

  test('a date in brackets after a figure is not its own when the bracket goes on to a figure of its own', () => {
    const list = 'The American duty for the other supplier countries is now like this:\n  - Vietnam: 20% (in April it was announced as 46%)\n  - Bangladesh: 20%';
    assert.deepEqual(claimsOf(list, '2025-09-15').map((c) => [c.text, c.verdict, c.judged.date]), [['20%', 'supported', '2025-09-15'], ['20%', 'supported', '2025-09-15']]);
  });

  test('"June of last year" is in the year before the as-of date', () => {
    const claim = claimsOf('Korean steel pipe exporters say the tariff is 50%, and it was 25% until June of last year.', '2026-07-29').find((c) => c.text === '25%')!;
    assert.equal(claim.judged.date, '2025-06-30');
  });

  test('a paragraph\'s year does not put after the as-of date what a sentence tells in the past', () => {
    const text = 'Our Chinese-made products faced 30% until November 9 and 20% until February 23, 2026. Cambodia\'s tariff rate was cut from 49% to 19% in August.';
    const claim = claimsOf(text, '2026-06-05').find((c) => c.text === '19%')!;
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-08-31']);
  });

  test('in a chat, a message in lower case starts a sentence at "we", and another message\'s date is not lent to it', () => {
    const chat = [
      '[08:03] Dana: so the SCOTUS thing. CBP stopped collecting IEEPA duties as of Tuesday (2/24). what does that mean for our POs?',
      '[08:05] Raj: biggest one for us is the China fasteners. we were paying 20% IEEPA on those (10 recip + 10 fentanyl) on top of 301',
    ].join('\n');
    assert.deepEqual(verdicts(chat, '2026-02-26'), [['20%', 'supported']]);
    // Alone, the lower-case sentence was read with the present tense of the one before it.
    assert.deepEqual(verdicts('biggest one for us is the China fasteners. we were paying 20% IEEPA on those (10 recip + 10 fentanyl) on top of 301', '2026-02-26'), [['20%', 'supported']]);
  });

  test('a date before "from 20% to 10%" is when the new rate began, not the old one', () => {
    const timeClaims = claimsOf('From 10 November the fentanyl tariff on Chinese goods was cut from 20% to 10%.', '2025-11-13').filter((c) => c.kind !== 'rate');
    // Tied to the 20%, which began in March 2025, the date was flagged as wrong.
    assert.deepEqual(timeClaims.map((c) => c.verdict), ['supported']);
  });
});

describe('when a figure applies (stop 39)', () => {
  test('a month that dates an event ("the agreement of July", "struck deals in July", "their July deals") does not date the rate', () => {
    assert.deepEqual(verdicts(inNotes('For information, the watches of Japan pay 15% since the agreement of July, the same rate as the EU.'), '2026-01-12'), [['15%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Japan and the European Union, which struck deals in July, face 15%.'), '2025-08-08'), [['15%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Malaysia and Cambodia sit at 19% after their July deals.'), '2025-10-06'), [['19%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Thailand tariff 19%. please stop using the April sheet people'), '2025-08-12'), [['19%', 'supported']]);
  });

  test('an end without a year told after a later date of the paragraph ("until February" after August 2025) is the next year\'s', () => {
    const text = 'In August 2025 the Mexican rate was kept at 25% for another 90 days. For Mexican potash the rate was 10% until February.';
    assert.deepEqual(verdicts(inNotes(text), '2026-03-03'), [['25%', 'supported'], ['10%', 'supported']]);
    // Told before the date that follows, it keeps the paragraph's year.
    assert.deepEqual(claimsOf(inNotes('Mexican potash paid 10% until February 2026. In April the rate was 0%.'), '2026-06-01').filter((c) => c.text === '10%').map((c) => c.verdict), ['supported']);
    // A year the sentence names itself is kept, even when it is the paragraph's year too.
    const named = claimsOf(inNotes('In August 2026 our broker went through the Mexican entries. Mexican potash had paid 10% until February of this year.'), '2026-11-20');
    assert.deepEqual(named.map((c) => [c.verdict, c.judged.date.slice(0, 7)]), [['supported', '2026-02']]);
  });

  test('the year in a law\'s name ("the Trade Act of 1974") dates no figure and no event', () => {
    assert.deepEqual(verdicts(inNotes('Most imports now pay a 15% surcharge under Section 122 of the Trade Act of 1974.'), '2026-06-15'), [['15%', 'contradicted']]);
    const sameDay = claimsOf(inNotes('Collection of the IEEPA duties stopped on 24 February. A 10% surcharge under Section 122 of the Trade Act of 1974 took effect the same day.'), '2026-06-15');
    assert.deepEqual(sameDay.map((c) => [c.text, c.verdict]), [['10%', 'supported'], ['the same day', 'supported']]);
  });

  test('"150 days after the ruling" counts from the ruling, not from today', () => {
    assert.deepEqual(verdicts(inNotes('For 150 days after the ruling, a Section 122 surcharge of 10% applied to most imports; it expired on July 24, 2026.'), '2026-11-05'), [['10%', 'supported']]);
  });

  test('a cell\'s own time outweighs a column header\'s "now"', () => {
    const table = 'Tariffs on Malaysian gloves.\n\n   Item                         HTS        US duty now\n   Nitrile exam glove           4015.19    19% reciprocal\n   Glove in April 2025 (ref)    4015.19    10% baseline (in April)';
    assert.deepEqual(verdicts(table, '2025-09-15'), [['19%', 'supported'], ['10%', 'supported']]);
  });

  test('a date under a column headed "In force since" starts a rate that runs on, whichever cell of the row holds it', () => {
    const table = '# Section 232 tariffs now\n\nUpdated: October 15, 2026\n\n| Product | Rate | In force since | Partner exceptions |\n| --- | --- | --- | --- |\n| Passenger vehicles | 25% | April 3, 2025 | Japan and the EU: 15% |\n';
    assert.deepEqual(verdicts(table, '2026-10-15', 'markdown'), [['25%', 'supported'], ['15%', 'supported']]);
  });

  test('former rates: a period named by its rate, a change "from 27.5% all-in to", what a refund covers, "no longer" across a line', () => {
    assert.deepEqual(verdicts(inNotes('During the period with 39% on Swiss watches, our house has absorbed half of the surcharge.'), '2026-01-12'), [['39%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Japanese vehicles and parts moved from 27.5% all-in to\n15% on September 16.'), '2025-10-27'), [['27.5%', 'supported'], ['15%', 'supported']]);
    assert.deepEqual(verdicts(inNotes("Importers who paid IEEPA duties can seek refunds. That includes Brazil's 40% surcharge from last August."), '2026-03-10'), [['40%', 'supported']]);
    assert.deepEqual(verdicts(inNotes("Mexico's 25% fentanyl tariff is no\nlonger collected."), '2026-03-05'), [['25%', 'supported']]);
  });
});

describe('whose figure it is and when it applies (stop 40)', () => {
  test('a rate a court struck down is a former one; a country whose tariff falls on another\'s goods imposes it', () => {
    assert.deepEqual(problemsInNotes('The Court struck down the 10% baseline and the country rates.', '2026-04-10'), []);
    const canola = claimsOf(inNotes("China's 100% tariff on Canadian canola oil and meal took effect in March."), '2025-09-15').find((c) => c.text === '100%');
    assert.deepEqual([canola?.scope.imposer, canola?.scope.partner, canola?.scope.products, canola?.verdict], ['CN', 'CA', [], 'unverifiable']);
  });

  test('rates a ruling did away with, named as its objects, are former ones ("That wiped out the 10% baseline, … and India\'s 50%")', () => {
    assert.deepEqual(problemsInNotes('That ruling wiped out the 10% baseline, the 15% rate on EU goods and India\'s 50% at a stroke.', '2026-04-10'), []);
    assert.deepEqual(problemsInNotes('The Court invalidated the 10% baseline.', '2026-04-10'), []);
    // A rate set after what it killed, with a verb of its own, is told as now: 25% was never the Section 122 rate.
    assert.deepEqual(problemsInNotes('The ruling killed the 10% baseline and the White House then put a 25% surcharge under Section 122 in its place.', '2026-04-10'), [['25%', 'contradicted']]);
  });

  test('a bold label line over a list names the partner and goods of its items; "the highest rate in Europe" compares, naming no partner', () => {
    const key = '**Q2.** Japanese cars.\n- Since September 16, 2025 the deal rate of 15% covers them.\n\n**Q3.** Switzerland.\n- Hit with 39% from August 7, 2025, the highest rate in Europe.';
    assert.deepEqual(problemsInNotes(key, '2026-03-16'), []);
  });

  test('"softwood" alone and "deck boards" are lumber, and "stainless" steel', () => {
    // Read as goods of every kind, the lumber duty was taken for the Section 122 surcharge, which had ended.
    assert.deepEqual(problemsInNotes('Since the surcharge ran out, what we pay on Canadian softwood is the 10% Section 232 duty plus anti-dumping duties that add up to about 30%.', '2026-11-02'), []);
    assert.deepEqual(problemsInNotes('British stainless tube still pays 25%, as the UK was spared the June increase.', '2025-07-15'), []);
    assert.deepEqual(problemsInNotes('| Item | Origin | US tariff today |\n|---|---|---|\n| Pine deck boards | Canada | 10% |', '2026-12-01').map(([figure]) => figure), []);
  });

  test('a sentence that opens "Before that" tells of the past in every clause, unless one says "now"', () => {
    const notes = 'Since June 4 steel imports pay 50%. Before that it was lower, that is the Section 232 duty of 25% was charged on them';
    assert.deepEqual(problemsInNotes(notes + '.', '2025-09-01'), []);
    assert.deepEqual(problemsInNotes(notes + ', and now they pay 25%.', '2025-09-01').map(([figure]) => figure), ['25%']);
  });

  test('in "sofas rise to 30% and kitchen cabinets to 50%" each figure has its own goods', () => {
    const claims = claimsOf(inNotes('Beginning 1/1/2026 the tariff for sofa will increase to 30% and kitchen cabinet to 50%, so order before the increase.'), '2025-10-20');
    assert.deepEqual(claims.filter((c) => c.kind === 'rate').map((c) => [c.text, c.scope.products, c.verdict]), [['30%', ['upholstered-furniture'], 'announced'], ['50%', ['cabinets-vanities'], 'announced']]);
  });

  test('a separate duty named before a comma the figure opens, and a plus with "separate" between two measures', () => {
    assert.deepEqual(problemsInNotes('Chinese hand tools now pay the 10% surcharge. The old Section 301 tariffs are still there though, 25% on a lot of tools and hardware.', '2026-03-15'), []);
    const table = '| Country | Rate | Note |\n|---|---|---|\n| Brazil | 50% | Reciprocal rate plus the separate Brazil order of July 30 |';
    assert.deepEqual(verdicts(table, '2025-08-20', 'markdown'), [['50%', 'supported']]);
  });

  test('a measure that "doubles its rate to" a figure makes the figure the partner\'s total', () => {
    assert.deepEqual(verdicts('**Aug. 27, 2025** - India\'s Russian-oil penalty doubles its rate to 50%.', '2025-08-27', 'markdown'), [['50%', 'supported']]);
  });

  test('oil bought, wrapped onto the next line, names no partner; a date "effective" after the figure is its own', () => {
    assert.deepEqual(problemsInNotes("On 27 August 2025 India's total rose to 50% with an additional 25% penalty over purchases\nof Russian oil.", '2025-08-27'), []);
    assert.deepEqual(verdicts(inNotes('On 31 July 2025 the rate for Switzerland was set at 39 percent, effective 7 August.'), '2025-10-20'), [['39 percent', 'supported']]);
  });
});

describe('when a figure applies (stop 41)', () => {
  test('a date that tells when a rate was imposed does not date a figure told in the present', () => {
    assert.deepEqual(verdicts(inNotes('Swiss exporters continue to face the 39% rate imposed last August.'), '2026-03-10'), [['39%', 'outdated']]);
    assert.deepEqual(verdicts(inNotes('The 39% tariff that was imposed in August 2025 still applies to Swiss goods.'), '2026-03-10'), [['39%', 'outdated']]);
    // Told in the past, the figure keeps the date: it was right then.
    assert.deepEqual(verdicts(inNotes('Swiss exporters faced the 39% tariff imposed last August.'), '2026-03-10'), [['39%', 'supported']]);
  });
});

describe('figures a sentence does not assert (stop 47)', () => {
  test('a figure denied ("was never 50%"), a rise that "remains suspended", and a figure to "replace … with" another', () => {
    const problems = (text: string) => verdicts(inNotes(text), '2025-11-20').filter(([, verdict]) => verdict === 'contradicted' || verdict === 'outdated');
    assert.deepEqual(problems('Likewise, the tariff on non-USMCA Canadian goods was never 50%.'), []);
    assert.deepEqual(problems('The increase of the reciprocal tariff on Chinese goods to 34% remains suspended until November 2026.'), []);
    assert.deepEqual(verdicts(inNotes('- [ ] P. Laine: replace the 20% EU rate in the budget template with 15% (due 28 Nov)'), '2025-11-20'), [['20%', 'supported'], ['15%', 'supported']]);
    // Asserted still: a rate that "is 50%", and one that "remains at" a level.
    assert.deepEqual(problems('The tariff on non-USMCA Canadian goods is 50%.').map(([figure]) => figure), ['50%']);
    assert.deepEqual(problems('The reciprocal tariff on Chinese goods remains at 34% until November 2026.').map(([figure]) => figure), ['34%']);
  });

  test('the items of a list a source\'s words lead in to ("Our landed-cost model still shows:") are the source\'s figures, up to the next item beside the lead-in', () => {
    const problems = (text: string) => verdicts(text, '2026-03-16').filter(([, verdict]) => verdict === 'contradicted' || verdict === 'outdated').map(([figure]) => figure);
    assert.deepEqual(problems(inNotes('Our landed-cost model, last refreshed in January, still shows:\n\n- Vietnam: 20%\n- India (knitwear): 50%\n')), []);
    assert.deepEqual(problems(inNotes('Our landed-cost model was refreshed in January. What we pay:\n\n- Vietnam: 20%\n- India (knitwear): 50%\n')), ['20%', '50%']);
    // A lead-in that is a list item itself leads in to the items indented under it, not to the next item beside it.
    assert.deepEqual(problems(inNotes('1. What we pay now. Our model still shows:\n   - Vietnam: 20%\n2. Vietnamese goods pay 20% today.\n')), ['20%']);
  });

  test('a date that opens the next item after ", and" is that item\'s, even with words after the figure before it ("a 24% rate, and from August 7 …")', () => {
    const text = inNotes('In April 2025, Japanese machines briefly faced a 24% rate, and from August 7 until the ruling, German machines paid 15%.');
    const problems = checkDocument(text, builtinFacts(), { kind: 'plaintext', asOf: '2026-04-03' }).claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'outdated');
    assert.deepEqual(problems.map((c) => c.text), []);
    assert.deepEqual(verdicts(text, '2026-04-03'), [['24%', 'supported'], ['15%', 'supported']]);
  });

  test('an item nested under one that tells of an end tells of ended rates; one nested under a tariff\'s name takes it as its lead', () => {
    const wiki = '# Tariff status\n\n- **IEEPA duties are no longer collected** (CBP stopped on 24 February 2026)\n  - this covers the 10% baseline and every country rate (e.g. Japan 15%, Vietnam 20%)\n- **Section 232 duties are unaffected**\n  - steel and aluminum: 50%\n  - copper: 25%\n';
    assert.deepEqual(verdicts(wiki, '2026-03-15', 'markdown'), [['10%', 'supported'], ['15%', 'supported'], ['20%', 'supported'], ['50%', 'supported'], ['25%', 'contradicted']]);
    // An item beside the ended one, not under it, is today's.
    const beside = '# Tariff status\n\n- IEEPA duties are no longer collected.\n- Vietnamese goods pay 20% in duties.\n';
    assert.deepEqual(verdicts(beside, '2026-03-15', 'markdown'), [['20%', 'outdated']]);
  });

  test('a rate an aside after it says was lifted on a date ("the 25% Russian-oil penalty on Indian goods, lifted on February 7, 2026") is a former one', () => {
    assert.deepEqual(verdicts(inNotes('Refunds cover the 25% Russian-oil penalty on Indian goods, lifted on February 7, 2026.'), '2026-04-03'), [['25%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Refunds cover the 35% Russian-oil penalty on Indian goods, lifted on February 7, 2026.'), '2026-04-03').map(([, verdict]) => verdict === 'supported'), [false]);
  });

  test('a table row whose note says its rate was only announced ("| Section 122 | all | 15% | announced, no proclamation |") asserts none', () => {
    const table = '# Rates by program\n\n| Program | Partner | Rate | Status |\n|---|---|---|---|\n| Section 122 | all | 10% | in effect |\n| Section 122 | all | 15% | announced, no proclamation |\n| Section 122 | all | 20% | in effect |\n';
    assert.deepEqual(verdicts(table, '2026-03-15', 'markdown').map(([figure, verdict]) => [figure, verdict === 'contradicted' || verdict === 'outdated']), [['10%', false], ['15%', false], ['20%', true]]);
  });

  test('a heading that says what follows is "No longer collected" heads former rates', () => {
    const doc = (heading: string) => `# What tariffs still apply\n\n## ${heading}\n\n- Swiss goods: 15% under the November agreement.\n`;
    assert.deepEqual(verdicts(doc('No longer collected'), '2026-04-10', 'markdown'), [['15%', 'supported']]);
    assert.deepEqual(verdicts(doc('Collected today'), '2026-04-10', 'markdown'), [['15%', 'outdated']]);
  });

  test('what someone paid, told in a relative clause ("those who paid the 145% combined rate"), is told in the past', () => {
    assert.deepEqual(verdicts(inNotes('Importers are reviewing refund claims, as are those who paid the 145% combined rate on Chinese goods.'), '2026-03-10'), [['145%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Importers are reviewing refund claims, as are those who pay the 145% combined rate on Chinese goods.'), '2026-03-10').map(([, verdict]) => verdict), ['outdated']);
  });

  test('a second move told after a dated one ("rises to 30% on January 1 and the cabinet rate climbs to 50%") is at its date', () => {
    const text = inNotes('Under the proclamation as signed, the rate on upholstered furniture rises to 30% on January 1 and the cabinet rate climbs to 50%.');
    assert.deepEqual(verdicts(text, '2025-11-18').map(([figure, verdict]) => [figure, verdict === 'contradicted' || verdict === 'outdated']), [['30%', false], ['50%', false]]);
  });

  test('a rate said to come back ("the 39% rate will return if …") is not today\'s', () => {
    const swiss = (text: string) => verdicts(inNotes(text), '2025-12-10').map(([, verdict]) => verdict);
    assert.deepEqual(swiss('Some commentators have suggested that the 39% rate on Swiss goods will return if the agreement is not ratified.'), ['unverifiable']);
    assert.deepEqual(swiss('The 39% rate on Swiss goods could easily snap back.'), ['unverifiable']);
    assert.deepEqual(swiss('The 39% rate on Swiss goods has returned.'), ['outdated']);
  });

  test('the month a rate was agreed ("Seoul agreed a 15% rate in July") dates the agreement, not the rate', () => {
    assert.deepEqual(verdicts(inNotes('Seoul agreed a 15% rate in July, but Korean cars still pay 25%.'), '2025-09-22'), [['15%', 'supported'], ['25%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Korean goods paid a 30% rate in July.'), '2025-09-22'), [['30%', 'contradicted']]);
  });
});

describe('stop 53: sentences told after a date the paragraph gave', () => {
  test('"during the pause that followed" or "afterwards" is not the date before it', () => {
    const set = 'Vietnam\'s rate was set at 46% on April 9, 2025.';
    assert.deepEqual(verdicts(inNotes(`${set} During the pause that followed, Vietnamese goods paid 10%.`), '2025-12-10'), [['46%', 'supported'], ['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes(`${set} Afterwards, Vietnamese goods paid 10%.`), '2025-12-10'), [['46%', 'supported'], ['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes(`${set} Vietnamese goods paid 10% during the 90-day pause.`), '2025-12-10'), [['46%', 'supported'], ['10%', 'supported']]);
    // A sentence that goes on at that date is judged on it: the 46% held that day.
    assert.deepEqual(verdicts(inNotes(`${set} Vietnamese goods paid 10%.`), '2025-12-10'), [['46%', 'supported'], ['10%', 'outdated']]);
  });

  test('a span whose dates follow it ("For three months, from August to November, …") is judged on those dates, not told as former', () => {
    assert.deepEqual(verdicts(inNotes('For three months, from August to November, we paid 30% on Syrian goods.'), '2026-01-15'), [['30%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('For three months, from August to November, we paid 41% on Syrian goods.'), '2026-01-15'), [['41%', 'supported']]);
  });
});

describe('stop 53: a part worked out of a total', () => {
  test('"the Section 232 part of that figure" is worked out from the total, not a rate the facts record', () => {
    const total = 'Japanese cars now pay 15% all-in, MFN included.';
    assert.deepEqual(verdicts(inNotes(`${total} The Section 232 part of that figure therefore falls to 12.5%.`), '2025-10-15'), [['15%', 'supported'], ['12.5%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes(`${total} The Section 232 duty on Japanese cars is 12.5%.`), '2025-10-15'), [['15%', 'supported'], ['12.5%', 'contradicted']]);
  });
});

describe('stop 53: figures in brackets inside what the sentence ends', () => {
  test('"the IEEPA tariffs (including the 10% baseline) ceased to be collected" or "were struck down" ends the bracketed figure', () => {
    for (const ended of ['ceased to be collected', 'were struck down']) {
      assert.deepEqual(verdicts(inNotes(`After the decision, the IEEPA tariffs (including the 10% baseline) ${ended}.`), '2026-04-15'), [['10%', 'supported']], ended);
    }
    assert.deepEqual(verdicts(inNotes('After the decision, the IEEPA tariffs (including the 10% baseline) still apply.'), '2026-04-15'), [['10%', 'outdated']]);
  });
});

describe('stop 53: chat sentences that open in lower case', () => {
  test('"… a gift. my Vietnamese supplier is at 20%" starts a sentence: its partner is not lent to the figure before', () => {
    const post = 'Reply from @dan: lol I was paying 145% in April, 30% feels like a gift. my Vietnamese supplier is at 20% now.';
    assert.deepEqual(verdicts(`Seller forum on import duties\n\n${post}`, '2025-09-15'), [['145%', 'unverifiable'], ['20%', 'supported']]);
  });
});

describe('stop 54: chat replies to a question about a rate', () => {
  const chat = (reply: string) => `Channel: import duties\n\nmaria: what tariff do we pay on the China stuff now?\n${reply}\n`;

  test('a reply on a line of its own, opened by a handle and a word of assent, gives the rate asked for', () => {
    assert.deepEqual(verdicts(chat('dev: yeah 30% is right for China rn'), '2025-06-10'), [['30%', 'supported']]);
    assert.deepEqual(verdicts(chat('dev: 25%'), '2025-06-10'), [['25%', 'contradicted']]);
    // A share of the goods in the reply is no rate.
    assert.deepEqual(verdicts(chat('dev: yeah 30% of it is from China'), '2025-06-10'), []);
  });
});

describe('stop 54: a spoken exchange about rates', () => {
  const show = (...lines: string[]) => ['Trade Talk transcript on tariffs, recorded June 3, 2025', '', ...lines].join('\n');

  test('an answer to a partner asked about alone ("HOST: Canada?") gives that partner\'s rate', () => {
    const text = show('HOST: Where are we on steel duties?', 'GUEST: Twenty five percent until tomorrow.', 'HOST: Canada?', 'GUEST: Thirty five percent on anything outside USMCA.');
    assert.deepEqual(verdicts(text, '2025-06-03'), [['Twenty five percent', 'supported'], ['Thirty five percent', 'contradicted']]);
    // A question that names a partner among other words asks something else.
    const other = show('HOST: Where are we on steel duties?', 'GUEST: Twenty five percent until tomorrow.', 'HOST: Did you fly to Canada?', 'GUEST: Thirty five percent of the time I drive.');
    assert.deepEqual(verdicts(other, '2025-06-03'), [['Twenty five percent', 'supported']]);
  });

  test('a figure "on top of whatever the normal duty is" is not the normal duty', () => {
    const text = show('HOST: Where are we on China right now?', 'GUEST: Thirty percent on top of whatever the normal duty is.');
    assert.deepEqual(verdicts(text, '2025-06-03'), [['Thirty percent', 'supported']]);
  });
});

describe('stop 54: what the rate just given "was" before', () => {
  const faq = (next: string) => `Shop FAQ on tariffs\n\nOur ceramics are European, so they pay the EU rate of 15%. ${next}`;

  test('"Before August 7 it was 10%" after a sentence that gives a rate is that rate\'s earlier level', () => {
    assert.deepEqual(verdicts(faq('Before August 7 it was 10%.'), '2025-09-02'), [['15%', 'supported'], ['10%', 'supported']]);
    // A former rate no fact had is left unjudged, as any figure told as a former rate is.
    assert.deepEqual(verdicts(faq('Before August 7 it was 25%.'), '2025-09-02'), [['15%', 'supported'], ['25%', 'unverifiable']]);
  });

  test('not after a sentence about another figure', () => {
    assert.deepEqual(verdicts('Shop FAQ on tariffs\n\nOur margin was 18% this summer. Before August 7 it was 22%.', '2025-09-02'), []);
  });
});

describe('stop 54: the year of a date that another clause\'s past tense guessed', () => {
  test('"Swiss hit with 39%, India faces 50% from Aug 27", a week before it: the coming August 27, not the last', () => {
    const dates = claimsOf(inNotes('Swiss hit with 39%, India faces 50% from Aug 27.'), '2025-08-20').filter((c) => c.kind !== 'rate');
    assert.deepEqual(dates.map((c) => [c.text, c.verdict]), [['Aug 27', 'supported']]);
    // A date no fact starts on in either year stays a problem.
    const wrong = claimsOf(inNotes('Swiss hit with 39%, and India\'s 50% takes effect on Aug 29.'), '2025-08-20').filter((c) => c.kind !== 'rate');
    assert.deepEqual(wrong.map((c) => [c.text, c.verdict]), [['Aug 29', 'contradicted']]);
  });
});

describe('stop 54: a correction from someone named', () => {
  test('"(Correction from the floor: …)" puts the figure before it in doubt, as "Correction:" does', () => {
    const minutes = 'Machinery parts from Germany pay 15 percent under the EU deal. (Correction from the floor: the EU deal is not in force yet; it is still 10 percent.)';
    assert.deepEqual(problemsInNotes(minutes, '2025-07-22'), []);
    assert.deepEqual(problemsInNotes('Machinery parts from Germany pay 15 percent under the EU deal.', '2025-07-22'), [['15 percent', 'contradicted']]);
  });
});

describe('stop 54: a circular that writes dates with dots', () => {
  const circular = (body: string) => `Date: 02.09.2025\n\nCircular on the additional US duty\n\n${body}\n`;

  test('"Date: 02.09.2025" is 2 September, as dates written with dots are day first', () => {
    // On 9 February 2025 no reciprocal rate applied yet; on 2 September Vietnam's 20% did.
    assert.deepEqual(verdicts(circular('Competing countries face lower rates: Vietnam 20%, Cambodia 19%.'), '2025-12-31'), [['20%', 'supported'], ['19%', 'supported']]);
  });

  test('"w.e.f." (with effect from) ends no sentence and starts a rate at its date', () => {
    const text = circular('The United States imposed a duty of 25% on goods of Indian origin w.e.f. 07.08.2025, and a further 25% w.e.f. 27.08.2025 on account of purchase of Russian oil.');
    assert.deepEqual(verdicts(text, '2025-12-31'), [['25%', 'supported'], ['25%', 'supported']]);
  });
});

describe('stop 54: the addressees of a circular and the reason for a duty', () => {
  test('"All member exporters are informed" names no partner: the duty on goods of Indian origin is India\'s', () => {
    const text = 'Tariff circular\n\nAll member exporters are informed that the United States has imposed a duty of 25% on goods of Indian origin.';
    assert.deepEqual(builtinRateClaims(text, '2025-09-02').map((c) => [c.scope.partner, c.verdict]), [['IN', 'supported']]);
  });

  test('a duty "on account of Russian oil" is not a duty on Russian goods', () => {
    assert.deepEqual(problemsInNotes('The United States imposed a duty of 25% on Indian goods, and a further 25% on account of Russian oil.', '2025-09-02'), []);
  });
});

describe('stop 54: a footnote that explains a figure elsewhere', () => {
  test('"[^3]: 125% reciprocal plus 20% fentanyl duties" is not judged against every partner today', () => {
    const paper = 'US tariffs in 2025\n\nBy April 10 the rate on Chinese goods had reached 145%.[^3]\n\n[^3]: 125% reciprocal plus 20% fentanyl duties.\n';
    assert.deepEqual(verdicts(paper, '2025-12-08', 'markdown'), [['145%', 'supported'], ['125%', 'unverifiable'], ['20%', 'unverifiable']]);
    // A footnote that names its partner is judged as any sentence is.
    assert.deepEqual(verdicts('US tariffs in 2025\n\nChinese goods paid 145% in April.[^1]\n\n[^1]: In April Japan paid 34%.\n', '2025-12-08', 'markdown'), [['145%', 'supported'], ['34%', 'contradicted']]);
  });
});

describe('stop 54: an FAQ written "Q." and "A."', () => {
  test('"A. 20%." answers "Q. Vietnam?" and "A. 15%" a question about a tariff', () => {
    const faq = ['Investor FAQ on US tariffs', '', '**Q. What tariff applies to our appliances made in Korea?**', 'A. 15%, under the Korea-US agreement.', '', '**Q. Vietnam?**', 'A. 25%.'].join('\n');
    assert.deepEqual(verdicts(faq, '2025-12-10', 'markdown'), [['15%', 'supported'], ['25%', 'contradicted']]);
  });
});

describe('stop 54: corrections, distance and assumptions (sets ID and IC)', () => {
  test('a figure a correction says was printed wrong is not the paper\'s claim', () => {
    assert.deepEqual(problemsInNotes('A chart on Monday misidentified the steel tariff as 50 percent. The Section 232 tariff on steel is 25 percent.', '2025-05-02'), []);
    assert.deepEqual(problemsInNotes('The same story gave Mexico\'s rate as 10 percent; Mexican goods outside USMCA pay 25 percent.', '2025-05-02'), []);
  });

  test('"what it called a 20 percent tariff" keeps the figure at a distance', () => {
    assert.deepEqual(problemsInNotes('Beijing urged Washington to drop what it called a 20 percent tariff on Chinese goods.', '2026-08-10'), []);
    assert.deepEqual(problemsInNotes('Chinese goods still face a 20 percent tariff.', '2026-08-10'), [['20 percent', 'outdated']]);
  });

  test('"was 31 percent, and it was suspended after one day" tells of a former rate', () => {
    const letter = 'Swiss watches have paid 39 percent since last Thursday. The first reciprocal rate for Switzerland was 31 percent, and it was suspended after one day.';
    assert.deepEqual(verdicts(inNotes(letter), '2025-08-15'), [['39 percent', 'supported'], ['31 percent', 'supported']]);
  });

  test('figures a memo assumes or budgets for are not claims of the rate charged', () => {
    assert.deepEqual(problemsInNotes('We assume chips at 25 percent, with a 15 percent ceiling for partners with deals.', '2026-06-18'), []);
    assert.deepEqual(problemsInNotes('Our base case is that it lapses; a few clients are budgeting a 15% surcharge anyway.', '2026-03-10'), []);
  });

  test('a tax named before an aside in brackets ("Canadian VAT (the GST) is only 5 percent") is no tariff', () => {
    assert.deepEqual(verdicts(inNotes('Canadian VAT (the GST) is only 5 percent.'), '2025-08-15'), []);
    assert.deepEqual(verdicts(inNotes('The Canadian rate (non-USMCA goods) is 35 percent.'), '2025-08-15'), [['35 percent', 'supported']]);
  });
});

describe('stop 54: a month part after words that name an event', () => {
  test('"Deal concluded end of July" in a row\'s note dates the deal, not the rate', () => {
    const table = ['Reciprocal rates from August 7', '', '| Partner | Rate | Note |', '|---|---|---|', '| South Korea | 15 % | Deal concluded end of July |'].join('\n');
    assert.deepEqual(verdicts(table, '2025-08-25', 'markdown'), [['15 %', 'supported']]);
  });
});

describe('stop 54: "both figures are history"', () => {
  test('a clause after the figures that ends them all leaves them unflagged', () => {
    const text = 'Swiss goods had paid 39% from August until the November deal brought them down to 15%; both figures are history now that collection has stopped.';
    assert.deepEqual(problemsInNotes(text, '2026-03-10'), []);
  });
});

describe('stop 54: a turn broken off for the next speaker', () => {
  test('"And China is at —" is answered by the next turn, whose figures are China\'s', () => {
    const show = ['Podcast on tariffs, April 15, 2025', '', 'RAJ: Canada and Mexico are on their own track, and Canadian and Mexican goods that qualify pay nothing.', '', 'DANA: And China is at \u2014 say it slowly for the people in the back.', '', 'RAJ: That\'s 125% reciprocal stacked on the 20% fentanyl tariff.'].join('\n');
    assert.deepEqual(verdicts(show, '2025-04-15'), [['125%', 'supported'], ['20%', 'supported']]);
  });
});

describe('stop 55: a rate said to be postponed', () => {
  test('"has been postponed", "was delayed", "being postponed" leave the figure unasserted', () => {
    for (const text of [
      'The 30% tariff on Mexico has been postponed.',
      'The 30% tariff on Mexico was delayed by 90 days.',
      'Mexican goods outside USMCA pay 25%, the increase to 30% being postponed.',
      'Mexican goods outside USMCA pay 25%, with the rise to 30% postponed.',
    ]) assert.deepEqual(problemsInNotes(text, '2025-09-14'), [], text);
    // A headline's verb of delay before the figure, and "on hold" after it (stop 55).
    for (const text of ['TRUMP DELAYS 50% EU TARIFF TO JULY 9', 'Trump puts 50% tariff on EU goods on hold after call', 'The proposed 50% levy on European goods is on ice until July.']) {
      assert.deepEqual(problemsInNotes(text, '2025-05-30'), [], text);
    }
    // Said of something else before the main verb, the delay leaves the rate asserted.
    assert.deepEqual(problemsInNotes('The 30% tariff on Mexico, delayed once in July, took effect on August 1.', '2025-09-14'), [['30%', 'contradicted']]);
  });
});

describe('stop 55: a figure spoken of as if still in force', () => {
  test('"as if it still applied" puts the figure down as stale, not the writer\'s', () => {
    assert.deepEqual(problemsInNotes('Some commentators speak of a 145% tariff on China as if it still applied.', '2025-10-02'), []);
    assert.deepEqual(problemsInNotes('Brokers quote the 25% steel duty as though it were still collected.', '2025-10-02'), []);
    // Without it, the stale figure is the writer's.
    assert.deepEqual(problemsInNotes('Chinese goods still face a 145% tariff.', '2025-10-02'), [['145%', 'outdated']]);
  });
});

describe('stop 55: a condition set off by commas after a figure', () => {
  test('"A 25% tariff on Swiss watches, if imposed, would …" is a hypothesis', () => {
    assert.deepEqual(problemsInNotes('A 25% tariff on Swiss watches, if imposed, would add 0.2 points to inflation.', '2025-10-15'), []);
    assert.deepEqual(problemsInNotes('The 25% tariff on bicycles from Taiwan, once finalised, would hit exporters hardest.', '2025-10-15'), []);
    // Without the condition the figure is asserted.
    assert.deepEqual(problemsInNotes('The 25% tariff on Swiss watches adds 0.2 points to inflation.', '2025-10-15'), [['25%', 'contradicted']]);
  });
});

describe('stop 55: a figure the sentence says will apply', () => {
  test('"The 39% rate will apply", "is set to take effect": a rate still to come', () => {
    for (const text of ['A 39% tariff on Swiss goods is set to take effect.', 'The 39% rate on Swiss goods will apply soon.']) {
      assert.deepEqual(problemsInNotes(text, '2025-08-03'), [], text);
    }
    // Said to apply now, it is wrong before 7 August.
    assert.deepEqual(problemsInNotes('The 39% rate on Swiss goods applies now.', '2025-08-03'), [['39%', 'contradicted']]);
  });
});

describe('stop 55: headlines that unveil a rate', () => {
  test('"Trump slaps 50% tariff on Brazil", "unveils" a rate: announced, not in force', () => {
    for (const text of ['Trump slaps 50% tariff on Brazil', 'Trump unveils 50% tariff on Brazilian goods']) assert.deepEqual(problemsInNotes(text, '2025-07-10'), [], text);
    assert.deepEqual(problemsInNotes('Brazilian goods pay a 50% tariff.', '2025-07-10'), [['50%', 'contradicted']]);
  });
});

describe('stop 56: "still" in a past clause', () => {
  test('"Last October, when Swiss goods were still paying 39%" is told at last October, not now', () => {
    assert.deepEqual(problemsInNotes('Last October, when Swiss goods were still paying 39%, watch makers shipped by air.', '2026-09-15'), []);
    // In the present, "still" ties the figure to the document's date.
    assert.deepEqual(problemsInNotes('Last October watch makers moved stock by air, and Swiss goods are still paying 39%.', '2026-09-15'), [['39%', 'outdated']]);
  });
});

describe('stop 56: an end told after an aside', () => {
  test('"the fentanyl tariff of 10%, in place since November, ended with the ruling" is a former rate', () => {
    assert.deepEqual(problemsInNotes('Chinese parts: the fentanyl tariff of 10%, in place since November, ended with the ruling.', '2026-03-10'), []);
    // "ended up" ends nothing; nor does an aside with no verb of ending after it.
    assert.deepEqual(problemsInNotes('Chinese parts: the fentanyl tariff of 10%, in place since November, ended up costing us more.', '2026-03-10'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Chinese parts: the fentanyl tariff of 10%, in place since November, still applies.', '2026-03-10'), [['10%', 'outdated']]);
  });
});

describe('stop 56: a figure on others\' stale estimates', () => {
  test('"still carry the 10% surcharge on some brokers\' estimates" is the brokers\' figure, not the writer\'s', () => {
    assert.deepEqual(problemsInNotes('Goods from Asia still carry the 10% Section 122 surcharge on some brokers\' estimates.', '2026-09-15'), []);
    assert.deepEqual(problemsInNotes('Goods from Asia still carry the 10% Section 122 surcharge in older landed-cost quotes.', '2026-09-15'), []);
    // Without them, the stale figure is the writer's.
    assert.deepEqual(problemsInNotes('Goods from Asia still carry the 10% Section 122 surcharge on most entries.', '2026-09-15'), [['10%', 'outdated']]);
  });
});

describe('stop 56: a figure said not to reflect what is collected', () => {
  test('"suppliers still invoice a 25% duty, which no longer reflects what CBP collects" is not the writer\'s rate', () => {
    assert.deepEqual(problemsInNotes('Suppliers in Mexico still invoice a 25% duty on non-USMCA goods, which no longer reflects what CBP collects.', '2026-03-20'), []);
    assert.deepEqual(problemsInNotes('Suppliers in Mexico still invoice a 25% duty on non-USMCA goods, which reflects what CBP collects.', '2026-03-20'), [['25%', 'outdated']]);
  });
});

describe('stop 56: figures a customs note reports, corrects or waves off', () => {
  test('"the 15% EU rate they read about", "still live - it isnt", "corrected same day to 125%", "are not to be declared"', () => {
    assert.deepEqual(problemsInNotes('Your buyers asked about the 15% EU reciprocal rate they read about.', '2025-05-20'), []);
    assert.deepEqual(problemsInNotes('Our agent mentioned the 145% all-in rate is still live on China - it isnt, that ended in May.', '2025-08-12'), []);
    assert.deepEqual(problemsInNotes('The broker filed the Chinese entry on April 10 at the 84% reciprocal\n           rate; corrected same day to 125%.', '2025-04-11'), []);
    assert.deepEqual(problemsInNotes('From today the 10 percent fentanyl duty on China is not to be declared on new entries.', '2026-02-24'), []);
    // Said by the writer, each is a claim to judge.
    assert.deepEqual(problemsInNotes('EU goods pay a 15% reciprocal rate.', '2025-05-20'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('The 145% all-in rate is still live on China.', '2025-08-12'), [['145%', 'outdated']]);
    assert.deepEqual(problemsInNotes('From today the 10 percent fentanyl duty on China is to be declared on new entries.', '2026-02-24'), [['10 percent', 'outdated']]);
  });
});

describe('stop 56: a date of a contract, a rate to be extended, and a rate come down from', () => {
  test('"contracts priced before August" date the contracts, not the duty the importer pays', () => {
    assert.deepEqual(problemsInNotes('Contracts priced before August need a look: the importer pays the 50% duty on Brazilian coffee.', '2025-10-15'), []);
    assert.deepEqual(problemsInNotes('Contracts need a look: the importer pays the 30% duty on Brazilian coffee.', '2025-10-15'), [['30%', 'contradicted']]);
  });
  test('"the 15% rate will also be extended to Korean cars" is a rate to come', () => {
    assert.deepEqual(problemsInNotes('The 15% rate will also be extended to cars built in Korea.', '2025-09-22'), []);
    assert.deepEqual(problemsInNotes('The 15% rate also applies to cars built in Korea.', '2025-09-22'), [['15%', 'contradicted']]);
  });
  test('"down from an effective 50 per cent" is a former rate', () => {
    assert.deepEqual(problemsInNotes('Indian goods face 25 per cent, down from an effective 50 per cent in the autumn.', '2026-02-12'), []);
  });
});

describe('stop 56: a deal not yet implemented, and the day a rate was set', () => {
  test('"still pay the full 25%, since Seoul\'s deal has not been implemented" asserts the 25%', () => {
    assert.deepEqual(problemsInNotes('Korean cars still pay the full 25% Section 232 duty, since Seoul\'s deal has not been implemented.', '2025-12-10'), [['25%', 'outdated']]);
    // The rate itself not implemented is no claim.
    assert.deepEqual(problemsInNotes('A 25% duty on Korean cars has not been implemented.', '2025-12-10'), []);
  });
  test('"Japan\'s rate of 24%, set that day, still applies today" is judged today', () => {
    assert.deepEqual(problemsInNotes('Liberation Day was 2 April 2025. Japan\'s reciprocal rate of 24%, set that day, still applies today.', '2025-12-10'), [['24%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Liberation Day was 2 April 2025. Japan\'s reciprocal rate of 24% was set that day.', '2025-12-10'), []);
  });
});

describe('stop 56: a rate something "gets"', () => {
  test('"still gets the 35% that non-USMCA Canadian goods pay" and "gets hit with the 35% tariff" are told now', () => {
    assert.deepEqual(problemsInNotes('Our range hood is Canadian-made and still gets the 35% that non-USMCA Canadian goods pay.', '2026-03-15'), [['35%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Our Canadian range hood gets hit with the 35% tariff.', '2026-03-15'), [['35%', 'outdated']]);
    // "got hit" tells of the past.
    assert.deepEqual(problemsInNotes('Our Canadian range hood got hit with the 35% tariff last fall.', '2026-03-15'), []);
  });
});

describe('stop 57: figures others give, and rates someone asks for', () => {
  test('"still facing 39% in many trade-press summaries" is the summaries\' figure', () => {
    assert.deepEqual(problemsInNotes('Swiss watch makers, still facing a 39% tariff in many trade-press summaries, in fact pay the surcharge.', '2026-03-10'), []);
    assert.deepEqual(problemsInNotes('Swiss watch makers are still facing a 39% tariff in most shipments.', '2026-03-10'), [['39%', 'outdated']]);
  });
  test('an ask to "cap" a rate, in bold and a few words from its figure, is no claim that the rate is so', () => {
    assert.deepEqual(problemsInNotes('2. **Cap** the IEEPA rate on shoes and shirts at 15 percent for poorer suppliers such as Bangladesh.', '2025-12-02'), []);
    assert.deepEqual(problemsInNotes('2. Shoes and shirts from poorer suppliers such as Bangladesh pay an IEEPA rate of 15 percent.', '2025-12-02'), [['15 percent', 'contradicted']]);
  });
  test('the items of a list that "my plan" introduces are rates wanted, not rates in force', () => {
    const plan = (intro: string) => problemsInNotes(`${intro}\n\n - A 60 percent tariff on electric cars from China.\n - Tariff money reported every month.`, '2026-10-03');
    assert.deepEqual(plan('Here is my plan for the first hundred days:'), []);
    assert.deepEqual(plan('We will push for three things:'), []);
    assert.deepEqual(plan('Here is what importers pay today:'), [['60 percent', 'contradicted']]);
  });
});

describe('stop 57: short forms that end, float or correct a rate', () => {
  test('a headline\'s "35% TARIFF GONE; … 25% FENTANYL LEVY ENDS TOO" tells of rates that ended', () => {
    assert.deepEqual(problemsInNotes("CHYRON 4:  CANADA'S 35% TARIFF GONE; MEXICO'S 25% FENTANYL LEVY ENDS TOO", '2026-03-02'), []);
    assert.deepEqual(problemsInNotes("CHYRON 4:  CANADA'S 35% TARIFF STAYS; MEXICO'S 25% FENTANYL LEVY STAYS TOO", '2026-03-02'), [['35%', 'outdated'], ['25%', 'outdated']]);
  });
  test('a slide\'s "Possible replacement: a 15% surcharge" is a case of a scenario', () => {
    assert.deepEqual(problemsInNotes('- Possible replacement: a 15% temporary surcharge under Section 122, capped at 150 days', '2026-02-15'), []);
    assert.deepEqual(problemsInNotes('- Replacement: a 15% temporary surcharge under Section 122, capped at 150 days', '2026-02-15'), [['15%', 'contradicted']]);
  });
  test('"our guest said … 46%. The rate since August 7 is 20%." corrects the guest', () => {
    assert.deepEqual(problemsInNotes('At 41:10 our guest said Vietnamese goods pay 46%. The rate since August 7 is 20%.', '2025-11-12'), []);
    assert.deepEqual(problemsInNotes('Tom said steel pays 25% for most countries. It has been 50% since June 4.', '2025-11-12'), []);
    assert.deepEqual(problemsInNotes('At 41:10 our guest said Vietnamese goods pay 46%. We regret the slip.', '2025-11-12'), [['46%', 'outdated']]);
  });
});

describe('stop 57: a rate goods "are capped at"', () => {
  test('"British cabinets are capped at 15%" asserts a level; "could be capped at 15%" does not', () => {
    assert.deepEqual(problemsInNotes('Tariffs on furniture: British kitchen cabinets are capped at 15% as well.', '2026-03-18'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Tariffs on furniture: British kitchen cabinets could be capped at 15% as well.', '2026-03-18'), []);
  });
});

describe('stop 58: a figure someone texted, and a question of its own after a rate', () => {
  test('"Somebody texted that Vietnam\'s rate is fifty-six percent" passes on a message', () => {
    assert.deepEqual(problemsInNotes("Somebody texted that Vietnam's tariff rate is fifty-six percent.", '2025-06-20'), []);
    assert.deepEqual(problemsInNotes("Somebody noted that Vietnam's tariff rate is fifty-six percent.", '2025-06-20'), [['fifty-six percent', 'contradicted']]);
  });
  test('"twenty percent now, so isn\'t that bad for the wine shops?" asserts the rate, as a tag that asks to have it confirmed does; "is that still the rate?" asks whether it holds', () => {
    const asked = (question: string) => problemsInNotes(`The EU deal, that's a twenty percent tariff on European goods now, ${question}`, '2025-09-10');
    assert.deepEqual(asked("so isn't that bad for the wine shops?"), [['twenty percent', 'outdated']]);
    assert.deepEqual(asked('how do the wine shops cope?'), [['twenty percent', 'outdated']]);
    assert.deepEqual(asked("isn't it?"), [['twenty percent', 'outdated']]);
    assert.deepEqual(asked('is that still the rate?'), []);
    assert.deepEqual(problemsInNotes('Is it a twenty percent tariff on European goods now, or are the wine shops exempt?', '2025-09-10'), []);
  });
});

describe('stop 58: figures markets price, models assume and editors strike', () => {
  const surcharge = 'The administration answered with a 10% surcharge under Section 122, in force from the same day.';
  test('"the 15% the President said he would move the surcharge to" is a rate promised, not in force', () => {
    assert.deepEqual(problemsInNotes(`${surcharge} Markets are trying to price the 15% the President said he would move the surcharge to.`, '2026-02-27'), []);
    assert.deepEqual(problemsInNotes(`${surcharge} Markets are trying to price a 15% surcharge, but no proclamation has appeared.`, '2026-02-27'), []);
    assert.deepEqual(problemsInNotes(`${surcharge} Importers now pay the 15% surcharge the President set.`, '2026-02-27'), [['15%', 'contradicted']]);
  });
  test('client decks that "assume India\'s 50%", and models "still running a 25% steel tariff", are others\' assumptions', () => {
    assert.deepEqual(problemsInNotes("We still see client decks that assume India's 50% tariff is in place.", '2026-02-27'), []);
    assert.deepEqual(problemsInNotes('Several sell-side models we reviewed were still running a 25% steel tariff through 2026.', '2025-06-30'), []);
    assert.deepEqual(problemsInNotes('Several importers we spoke to were still paying a 25% steel tariff.', '2025-06-30'), [['25%', 'outdated']]);
  });
  test('"We do not think 30% is in the price of European cyclicals" weighs a threatened rate', () => {
    assert.deepEqual(problemsInNotes('The letter threatens a 30% tariff on EU goods. We do not think 30% is in the price of European cyclicals.', '2025-07-15'), []);
  });
  test('"Brazil\'s 50% tariff, which had been the highest …, no longer applies" ends the rate', () => {
    assert.deepEqual(problemsInNotes("Brazil's 50% tariff, which had been the highest on any major economy, no longer applies either.", '2026-08-10'), []);
    assert.deepEqual(problemsInNotes("Brazil's 50% tariff, which had been the highest on any major economy, still applies.", '2026-08-10'), [['50%', 'outdated']]);
  });
  test('a referee\'s "drop the 145% from the text" is a figure to strike', () => {
    const referee = (ask: string) => problemsInNotes(`China's tariff was cut to 30% on May 14. The authors should code the Geneva cut ${ask}.`, '2025-06-20');
    assert.deepEqual(referee('and drop the 145% from the text'), []);
    assert.deepEqual(referee('and remove the 145% in table 2'), []);
    assert.deepEqual(referee('as Chinese goods pay 145% in the text'), [['145%', 'contradicted']]);
  });
  test('"(it had\\n  been 25% before that)" marks the figure former across a line break', () => {
    const canada = (wrap: string) => problemsInNotes(`Canada: a 35% tariff on non-USMCA goods from August 1, 2025 to February 23, 2026 (it had${wrap}been 25% before that).`, '2026-03-12');
    assert.deepEqual(canada(' '), []);
    assert.deepEqual(canada('\n  '), []);
  });
});

describe('stop 58: a graphic\'s label, readers\' assumptions and a number box\'s floated figure', () => {
  test('"A graphic on Sept. 2 labelled copper pipe and wire with a 25% tariff" gives the graphic\'s figure', () => {
    assert.deepEqual(problemsInNotes('A graphic on Sept. 2 labelled copper pipe and wire with a 25% tariff.', '2025-09-12'), []);
    assert.deepEqual(problemsInNotes('Customs labelled copper pipe and wire with a 25% tariff.', '2025-09-12'), [['25%', 'contradicted']]);
  });
  test('"Several readers assume Japanese goods still pay 15%" is the readers\' belief', () => {
    assert.deepEqual(problemsInNotes('Several readers assume Japanese goods still pay 15%. Neither is current.', '2026-03-10'), []);
    assert.deepEqual(problemsInNotes('Several readers note Japanese goods still pay 15%.', '2026-03-10'), [['15%', 'outdated']]);
  });
  test('"**15%**: the figure the White House floated in February" is a floated rate', () => {
    assert.deepEqual(problemsInNotes('**15%**: the figure the White House floated in February as the new surcharge. It never got a proclamation.', '2026-05-18'), []);
    assert.deepEqual(problemsInNotes('**15%**: the rate Swiss goods pay under the November deal.', '2026-05-18'), [['15%', 'outdated']]);
  });
});

describe('stop 58: a bug report\'s figures, and VAT by country in brackets', () => {
  test('"Quotes for Swiss-origin SKUs still come out with a 39% reciprocal duty" gives the tool\'s figure', () => {
    assert.deepEqual(problemsInNotes('Quotes for Swiss-origin SKUs (watches, precision tooling) still come out with a 39% reciprocal duty.', '2025-12-10'), []);
    assert.deepEqual(problemsInNotes('Swiss-origin SKUs (watches, precision tooling) still carry a 39% reciprocal duty.', '2025-12-10'), [['39%', 'outdated']]);
  });
  test('"we still charge 25% on them. They have been at 15% since Dec 4." corrects the figure', () => {
    assert.deepEqual(problemsInNotes('Korean cars: we still charge 25% on them. They have been at 15% since Dec 4.', '2025-12-10'), []);
    assert.deepEqual(problemsInNotes('Korean cars: we still charge 25% on them. They have been slow to clear since Dec 4.', '2025-12-10'), [['25%', 'outdated']]);
  });
  test('"VAT … (DE 19%, UK 20%)" gives VAT rates by country, not tariffs', () => {
    assert.deepEqual(problemsInNotes('VAT is handled by the EU/UK checkout module (DE 19%, UK 20%), not here.', '2025-07-15'), []);
    assert.deepEqual(problemsInNotes('Add destination VAT for cross-border orders (UK 20%, DE 19%).', '2026-05-01'), []);
    assert.deepEqual(problemsInNotes('Tariffs are handled by the checkout module (DE 19%, UK 20%), not here.', '2025-07-15'), [['20%', 'contradicted']]);
  });
});

describe('stop 59: a date in a clause of its own after the figure', () => {
  test('"pay fifty per cent, double what they paid in the spring" is judged at the document\'s date', () => {
    assert.deepEqual(problemsInNotes('Steel and aluminum pay fifty per cent at the border, double what they paid in the spring.', '2025-08-12'), []);
    assert.deepEqual(problemsInNotes('No. Vietnam is at 20%, which is manageable against the China numbers we were looking at in the spring.', '2025-11-20'), []);
    // Told in the past, the figure takes the date.
    assert.deepEqual(problemsInNotes('Steel and aluminum paid fifty per cent at the border in the spring.', '2025-08-12'), [['fifty per cent', 'contradicted']]);
  });
});

describe('stop 59: a rate the present tense moves', () => {
  test('"The 20% fentanyl duty on Chinese goods drops to 10% on 10 November" tells of the 20% before it', () => {
    const drops = (from: string) => verdicts(inNotes(`The ${from} fentanyl duty on Chinese goods drops to 10% on 10 November.`), '2026-01-14');
    assert.deepEqual(drops('20%'), [['20%', 'supported'], ['10%', 'supported']]);
    // A former rate no fact had is left unverified, as "drops from 30% to 10%" is.
    assert.deepEqual(drops('30%'), [['30%', 'unverifiable'], ['10%', 'supported']]);
  });
});

describe('stop 59: a period not yet over, told in the past', () => {
  test('"They were paying 39% in the fall", written in late November, tells of the fall\'s days so far', () => {
    assert.deepEqual(problemsInNotes('Swiss exporters were paying 39% in the fall.', '2025-11-20'), []);
    assert.deepEqual(problemsInNotes('Swiss exporters were paying 41% in the fall.', '2025-11-20'), [['41%', 'contradicted']]);
    // Said in the present, the figure is judged now.
    assert.deepEqual(problemsInNotes('Swiss exporters pay 39% this fall.', '2025-11-20'), [['39%', 'outdated']]);
  });
});

describe('stop 59: the date a rate was imposed, after a figure its clause puts in the present', () => {
  test('"now stands at 125%, stacked on the 20% fentanyl tariff imposed in February" does not date the 20% in February', () => {
    const stacked = (fentanyl: string) => problemsInNotes(`The reciprocal tariff on Chinese goods now stands at 125%, stacked on the ${fentanyl} fentanyl tariff imposed in February.`, '2025-04-11');
    assert.deepEqual(stacked('20%'), []);
    assert.deepEqual(stacked('25%'), [['25%', 'contradicted']]);
    // Told in the past before the figure, the date is the figure's.
    assert.deepEqual(problemsInNotes('Chinese goods paid the 20% fentanyl tariff imposed in February.', '2025-04-11'), [['20%', 'contradicted']]);
  });
});

describe('stop 60: a sentence told at a time of its own, after a dated one', () => {
  test('"Before the Supreme Court ruling, …" and "which once faced 39%" do not go on at the date before them', () => {
    const text = 'At the peak in April 2025, Chinese goods faced 145% in total. Before the Supreme Court ruling, Brazil paid 50%. Switzerland, which once faced 39%, had negotiated down to 15%.';
    assert.deepEqual(problemsInNotes(text, '2026-10-05'), []);
    // A sentence that names no time of its own still goes on at the paragraph's date.
    assert.deepEqual(problemsInNotes('At the peak in April 2025, Chinese goods faced 145% in total. Swiss goods faced 39%.', '2026-10-05'), [['39%', 'contradicted']]);
  });
});

describe('stop 60: a rate wished for with words before it, and a figure declared dead', () => {
  test('"some in Congress now want a permanent 15% tariff on everything" asserts no rate', () => {
    const text = (clause: string) => `Since February the only broad tariff is the 10% surcharge, and ${clause} a permanent 15% tariff on all imports.`;
    assert.deepEqual(problemsInNotes(text('some in Congress now want'), '2026-04-15'), []);
    assert.deepEqual(problemsInNotes(text('we now pay'), '2026-04-15'), [['15%', 'contradicted']]);
  });
  test('"… still had Japan at 24 percent; that number has been dead since August" rejects the figure', () => {
    assert.deepEqual(problemsInNotes('A ticker we saw last week still had Japan at 24 percent; that number has been dead since August.', '2025-10-27'), []);
    assert.deepEqual(problemsInNotes('A ticker we saw last week still had Japan at 24 percent.', '2025-10-27'), [['24 percent', 'outdated']]);
  });
});

describe('stop 60: what a total is made up of', () => {
  test('"Thirty percent, made up of the 10% reciprocal rate and the 10% fentanyl tariff" tells the parts now, not in the past', () => {
    const parts = (fentanyl: string) => problemsInNotes(`China. Thirty percent on most goods, made up of the 10% reciprocal rate left by the Geneva truce and the ${fentanyl} fentanyl tariff.`, '2025-10-27');
    assert.deepEqual(parts('10%'), [['10%', 'outdated']]);
    assert.deepEqual(parts('20%'), []);
  });
});

describe('stop 60: still budgeting for a rate', () => {
  test('"Members should still budget for the 10% Section 122 surcharge" asserts the surcharge is still charged; "budget for a 25% worst case" supposes', () => {
    assert.deepEqual(problemsInNotes('Members should still budget for the 10% Section 122 surcharge on non-exempt goods.', '2026-09-30'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Members should budget for the 10% Section 122 surcharge on non-exempt goods.', '2026-09-30'), []);
    assert.deepEqual(problemsInNotes('We still budget for a 25% Section 122 surcharge as a worst case.', '2026-09-30'), []);
  });
});

describe('stop 61: a rate, then another from a date', () => {
  test('"20%, then 10% from Nov 10, 2025" dates the 10%; the 20% keeps the row\'s period', () => {
    const row = (first: string) => `| IEEPA duty | Rate | Period it applied |\n|---|---|---|\n| China fentanyl duty | ${first}, then 10% from Nov 10, 2025 | Mar 4, 2025 - Feb 23, 2026 |\n`;
    assert.deepEqual(verdicts(row('20%'), '2026-04-14', 'markdown'), [['20%', 'supported'], ['10%', 'supported']]);
    assert.deepEqual(verdicts(row('25%'), '2026-04-14', 'markdown'), [['25%', 'contradicted'], ['10%', 'supported']]);
  });
});

describe('stop 61: a duty on top of another, with a date after both', () => {
  test('"40% emergency duty on top of the 10% reciprocal (effective 2025-08-06)" dates the 40% and claims its start', () => {
    const entry = (rate: string) => checkDocument(inNotes(`- Brazil: ${rate} emergency duty on top of the 10% reciprocal (effective 2025-08-06).`), builtinFacts(), { kind: 'markdown', asOf: '2026-03-03' }).claims.map((c) => [c.text, c.verdict]);
    assert.deepEqual(entry('40%'), [['40%', 'supported'], ['10%', 'supported'], ['2025-08-06', 'supported']]);
    assert.deepEqual(entry('30%')[0], ['30%', 'contradicted']);
  });
});

describe('stop 62: a box of numbers, a line each', () => {
  test('the date on one line of the box does not date the next line\'s figure', () => {
    const box = (second: string) => problemsInNotes(`     39%    reciprocal tariff on Swiss goods since August 7\n     ${second}\n`, '2025-08-24');
    assert.deepEqual(box('31%    the April 9 rate on Swiss goods, paused a day later'), []);
    assert.deepEqual(box('36%    the April 9 rate on Swiss goods, paused a day later'), [['36%', 'contradicted']]);
  });
});

describe('stop 62: the clause "when" opens after a date', () => {
  test('"raised prices 18% in August, when the tariff on Vietnamese goods went to 20 percent" is told in August', () => {
    const raised = (rate: string) => problemsInNotes(`We added a fee in April 2025 and raised prices 18% in August, when the tariff on Vietnamese goods went to ${rate} percent.`, '2026-04-14');
    assert.deepEqual(raised('20'), []);
    assert.deepEqual(raised('25'), [['25 percent', 'contradicted']]);
  });
});

describe('stop 62: a figure that is no claim between two that are', () => {
  test('"was 84 percent; on April 10 it became 125 percent, or 145 percent with the fentanyl duty" dates the 145 at April 10', () => {
    const china = (total: string) => problemsInNotes(`On April 9, 2025, China's reciprocal rate was 84 percent; on April 10, 2025, it became 125 percent, or ${total} percent with the fentanyl duty.`, '2026-11-15');
    assert.deepEqual(china('145'), []);
    assert.deepEqual(china('150'), [['150 percent', 'contradicted']]);
  });
});

describe('stop 62: speech transcribed without apostrophes, and the normal duty', () => {
  test('"the 34 percent japan rate doesnt stack on that" denies the rate on cars', () => {
    const said = (verb: string) => problemsInNotes(`[00:03:49] host: japanese cars pay 27.5 percent in total\n[00:03:58] guest: and the 34 percent japan rate ${verb} on that`, '2025-04-22');
    assert.deepEqual(said('doesnt stack'), []);
    assert.deepEqual(said('stacks'), [['34 percent', 'contradicted']]);
  });

  test('"the normal 2.5 percent car duty" is the MFN duty', () => {
    assert.deepEqual(problemsInNotes('Japanese cars pay the normal 2.5 percent car duty plus the 25.', '2025-04-22'), []);
    assert.deepEqual(problemsInNotes('Japanese cars pay a 2.5 percent car tariff.', '2025-04-22'), [['2.5 percent', 'contradicted']]);
  });
});

describe('stop 63: periods and plans', () => {
  test('"between April 2025 and today" holds every rate of that time, not only today\'s', () => {
    assert.deepEqual(problemsInNotes('Between April 2025 and today, Indian goods went from a 10% baseline to 50% at the peak.', '2026-11-30'), []);
  });

  test('"February this year" is February of the as-of year', () => {
    const thailand = (rate: string) => problemsInNotes(`Between August 2025 and February this year Thailand's tariff rate was ${rate} per cent.`, '2026-10-05');
    assert.deepEqual(thailand('19'), []);
    assert.deepEqual(thailand('24'), [['24 per cent', 'contradicted']]);
  });

  test('"the next morning" is the day after the date before it', () => {
    const china = (rate: string) => problemsInNotes(`On April 9 the reciprocal rate on Chinese goods was 84%. The next morning it was ${rate}.`, '2025-04-24');
    assert.deepEqual(china('125%'), []);
    assert.deepEqual(china('120%'), [['120%', 'contradicted']]);
  });

  test('"a framework under which the rate was to fall to 18%" tells of a plan', () => {
    assert.deepEqual(problemsInNotes("On 6 February 2026 the two governments set out a framework under which India's reciprocal rate was to fall to 18%.", '2026-11-30'), []);
    assert.deepEqual(problemsInNotes("On 6 February 2026 India's reciprocal rate fell to 18%.", '2026-11-30'), [['18%', 'contradicted']]);
  });

  test('"a 50% tariff on China, if Geneva unwinds, …" supposes the rate', () => {
    assert.deepEqual(problemsInNotes('A 50% tariff on China, if Geneva unwinds, adds $2.4MM of cost.', '2025-06-18'), []);
    assert.deepEqual(problemsInNotes('A 50% tariff on China adds $2.4MM of cost.', '2025-06-18'), [['50%', 'contradicted']]);
  });

  test('"no longer apply from that date: the 10% baseline; the 20% on Vietnam; and the 25% …" lists rates that ended', () => {
    assert.deepEqual(problemsInNotes('CBP stopped collecting IEEPA duties on 24 February. The following no longer apply to entries from that date: the 10% baseline; the 20% on Vietnamese goods; and the 25% border tariff on Mexican goods.', '2026-03-10'), []);
  });
});

describe('stop 63: quotations, promises and listed rates', () => {
  test('a quotation that runs past its sentence, opened by a chat message or "the following statement", is someone else\'s', () => {
    const alert = (quoted: boolean) => problemsInNotes(`Dan: ${quoted ? '"' : ''}URGENT: from Jan 1 all Chinese auto parts face 100% under a new Section 232 action. Book now!!${quoted ? '"' : ''}`, '2025-12-10');
    assert.deepEqual(alert(true), []);
    assert.deepEqual(alert(false), [['100%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Our chairman made the following statement: "With a tariff of 50 percent we cannot compete in the American market. We lost this market once before."', '2026-03-18'), []);
  });

  test('"Korea is promised a ceiling of 15%" tells of a promise', () => {
    assert.deepEqual(problemsInNotes('Tariffs. For medicines, Korea is promised a ceiling of 15% like the EU and Japan, but the details are open.', '2026-09-15'), []);
  });

  test('"31% on the April 2025 list" is dated by its list', () => {
    const swiss = (rate: string) => problemsInNotes(`Swiss tariffs: ${rate} on the April 2025 list (suspended), then 39% from August 2025.`, '2026-05-20');
    assert.deepEqual(swiss('31%'), []);
    assert.deepEqual(swiss('34%'), [['34%', 'contradicted']]);
  });

  test('"Covers the fentanyl duties and Brazil\'s 40%" after a refund tells of duties refunded', () => {
    assert.deepEqual(problemsInNotes("CBP opened the IEEPA refund portal this week. Covers the reciprocal duties, the fentanyl duties and Brazil's 40%.", '2026-09-14'), []);
  });
});

describe('stop 63: supposed and taken back', () => {
  test('a list under "If they take effect:" supposes its rates', () => {
    const notes = (intro: string) => problemsInNotes(`Tariff notes. These rises were put off once already, so we will believe them when we see them. ${intro}\n\n- Danish pieces stay at the 15% EU cap, and British pieces at 10%.\n`, '2026-11-05');
    assert.deepEqual(notes('If they take effect:'), []);
    assert.deepEqual(notes('Where things stand:'), [['15%', 'outdated'], ['10%', 'outdated']]);
  });

  test('"…, a receipt suggested; in fact that duty ended" takes the figure back', () => {
    const receipt = (after: string) => problemsInNotes(`Tariffs. Chinese goods still carry the 20% fentanyl tariff on top of the surcharge${after}.`, '2026-04-10');
    assert.deepEqual(receipt(", one reader's receipt suggested; in fact that duty ended with the ruling"), []);
    assert.deepEqual(receipt(''), [['20%', 'outdated']]);
  });
});

describe('stop 63: threats, plans, illustrations and other duties', () => {
  test('a list whose intro threatens rates holds threats', () => {
    const letters = (verb: string) => problemsInNotes(`Tariff timeline. On 9 July the pause was extended to 1 August; letters to some twenty partners ${verb} new rates, including 30% on the EU and 25% on Japan.`, '2026-06-15');
    assert.deepEqual(letters('threaten'), []);
    assert.deepEqual(letters('set'), [['30%', 'contradicted'], ['25%', 'contradicted']]);
  });

  test('"were set to rise to 30% and 50%" plans both figures', () => {
    assert.deepEqual(problemsInNotes('Section 232 duties on wood products took effect on 14 October 2025. The furniture and cabinet rates were set to rise to 30% and 50% on 1 January 2026 (later postponed).', '2026-06-15'), []);
  });

  test('an anti-dumping review\'s "countrywide rate" is not a tariff the facts hold', () => {
    assert.deepEqual(problemsInNotes('Vietnamese shrimp is subject to US anti-dumping duties; the latest review set a countrywide rate of 25.76 per cent.', '2025-10-30'), []);
  });

  test('"A 5% duty on a consignment valued at US$20,000 comes to US$1,000" illustrates', () => {
    const entry = (example: string) => problemsInNotes(`# Glossary of US tariff terms\n\nLast reviewed: 15 July 2025. Rates quoted are those in force on that date.\n\n**Ad valorem duty**\nA duty charged as a share of the customs value of the goods, unlike a specific duty (so much per unit). ${example}`, '2025-07-15');
    assert.deepEqual(entry('A 5% ad valorem duty on a consignment valued at US$20,000 comes to US$1,000.'), []);
    assert.deepEqual(entry('The 5% ad valorem duty is charged on everything.'), [['5%', 'contradicted']]);
  });
});

describe('stop 63: a rate the next sentence asks about', () => {
  test('"… the 18% deal rate. Is that live now?" puts the figure in question', () => {
    const asked = (next: string) => problemsInNotes(`Tariffs. For Indian exporters the big question is the 18% deal rate. ${next}`, '2026-03-12');
    assert.deepEqual(asked('Is that live now?'), []);
    assert.deepEqual(asked('We price on it.'), [['18%', 'contradicted']]);
  });
});

describe('stop 63: rates suspended after a day', () => {
  test('"… and Madagascar at 47%, but both were suspended within a day" tells of a rate that ended', () => {
    const listed = (after: string) => problemsInNotes(`From April 5, 2025 every bag of cocoa paid the 10% baseline tariff. Côte d'Ivoire was briefly listed at 21% and Madagascar at 47%, ${after}.`, '2026-05-20');
    assert.deepEqual(listed('but both were suspended within a day'), []);
    assert.deepEqual(listed('and both stayed there'), [['47%', 'contradicted']]);
  });
});

describe('stop 64: bounds, ends and refunds', () => {
  test('"plus Section 301 duties of up to 25%" bounds those duties, not the total before them', () => {
    assert.deepEqual(problemsInNotes('Lamps from China pay the 20% total plus Section 301 duties of up to 25%.', '2025-11-18'), []);
    assert.deepEqual(problemsInNotes('Lamps from China pay the IEEPA total of 25%.', '2025-11-18'), [['25%', 'contradicted']]);
  });

  test('"It wiped out, in one go, the partner rates (15% …), China\'s 20% stack …" lists rates that ended', () => {
    const list = (verb: string) => problemsInNotes(`CBP stopped collecting the emergency duties. It ${verb}, in one go, the partner rates (15% on Japan and Korea), China's 20% stack and the border duties on Canada.`, '2026-03-05');
    assert.deepEqual(list('wiped out'), []);
    assert.deepEqual(list('left in place'), [['15%', 'outdated'], ['20%', 'outdated']]);
  });

  test('"the end of the 20% stack" and "from a 20% stack to the 10% surcharge" tell of a rate that ended', () => {
    assert.deepEqual(problemsInNotes('The end of the 20% IEEPA stack on Chinese parts has helped our margins.', '2026-10-15'), []);
    assert.deepEqual(problemsInNotes('The 20% IEEPA stack on Chinese parts has hurt our margins.', '2026-10-15'), [['20%', 'outdated']]);
    assert.deepEqual(problemsInNotes('The ruling takes Chinese goods from a 20% stack to the 10% surcharge.', '2026-03-05'), []);
    assert.deepEqual(problemsInNotes('The ruling leaves Chinese goods at a 20% stack.', '2026-03-05'), [['20%', 'outdated']]);
  });

  test('"on the 15% headline" is a figure as news gave it; "the 15% headline rate" is a rate', () => {
    assert.deepEqual(problemsInNotes('Funds bought Japanese carmakers on the 15% headline.', '2025-08-08'), []);
    assert.deepEqual(problemsInNotes('Funds bought Japanese carmakers on the 15% headline rate.', '2025-08-08'), [['15%', 'contradicted']]);
  });

  test('"its 24% Annex rate still suspended" is not in force', () => {
    const japan = (after: string) => problemsInNotes(`Japan has been told its rate rises to 25% on August 1 unless a deal is done. Today it sits at the 10% baseline with its 24% Annex rate${after}.`, '2025-07-21');
    assert.deepEqual(japan(' still suspended'), []);
    assert.deepEqual(japan(''), [['24%', 'outdated']]);
  });

  test('what exporters paid and may now have refunded held when they paid it', () => {
    const refund = (verb: string) => problemsInNotes(`KOREAN CAR TARIFF CUT TO 15%\n\nThe US now charges Korean cars and parts 15 per cent, in place of the 25 per cent charged since April.\n\nThe cut applies to entries from 1 November 2025. Exporters that ${verb} the 25% rate on entries made on or after that date may request refunds.`, '2025-12-10');
    assert.deepEqual(refund('paid'), []);
    assert.deepEqual(refund('pay'), [['25%', 'outdated']]);
  });

  test('"the 2019 Section 232 duties, 25% on steel …" are judged in 2019, which the facts do not reach', () => {
    const duties = (year: string) => problemsInNotes(`The ${year}Section 232 duties, 25% on steel and 10% on aluminum, have been studied for their effects on jobs.`, '2026-04-14');
    assert.deepEqual(duties('2019 '), []);
    assert.deepEqual(duties(''), [['25%', 'outdated']]);
  });

  test('"the figure from the first, unrevised draft" and "still listed on some sites at" are someone else\'s figures', () => {
    const india = (source: string) => problemsInNotes(`The table has one more slip. India's reciprocal rate is entered at 27%, the figure from the ${source}.`, '2025-04-25');
    assert.deepEqual(india('first, unrevised draft of the Annex'), []);
    assert.deepEqual(india('Annex'), [['27%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Japanese sofas are still listed on some customs sites at 25%.', '2026-11-20'), []);
    assert.deepEqual(problemsInNotes('Japanese sofas are still charged at 25%.', '2026-11-20'), [['25%', 'contradicted']]);
  });

  test('"at rates from 7.5% to 100%" is a range, not a change', () => {
    assert.deepEqual(problemsInNotes('Section 301, in use since 2018 for duties on Chinese goods at rates from 7.5% to 100%.', '2025-07-15'), []);
    assert.deepEqual(problemsInNotes('Chinese goods pay 100%.', '2025-07-15'), [['100%', 'contradicted']]);
  });

  test('a tool "still applying" a rate keeps it in its numbers', () => {
    const line = (who: string) => problemsInNotes(`${who} is still applying a 20% reciprocal line to our Vietnamese shoes.`, '2026-05-18');
    assert.deepEqual(line('The landed-cost tool'), []);
    assert.deepEqual(line('Customs'), [['20%', 'outdated']]);
  });

  test('a fact-check\'s "**The claim:**" opens a quotation that runs past its sentence', () => {
    assert.deepEqual(verdicts(inNotes('**The claim:** "Foreign steel is paying 25 percent. That is leverage."'), '2025-07-15', 'markdown'), [['25 percent', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('**The facts:** Foreign steel is paying 25 percent. That is leverage.'), '2025-07-15', 'markdown'), [['25 percent', 'outdated']]);
  });

  test('"145 percent is a spring figure, no longer in force" tells of a rate that ended', () => {
    const china = (aside: string) => problemsInNotes(`The senator is wrong. China's 145 percent is a spring figure${aside}; the combined rate is now 30 percent.`, '2025-07-15');
    assert.deepEqual(china(', no longer in force'), []);
    assert.deepEqual(china(''), [['145 percent', 'outdated']]);
  });

  test('a block quote opened by a label of the writer\'s own is a callout, judged as the writer\'s words, across its wrapped lines', () => {
    const box = (label: string) => verdicts(inNotes(`> **${label}** Steel from Japan pays\n> 40 percent now under Section 232.`), '2026-10-06', 'markdown');
    assert.deepEqual(box('Verdict: False.'), [['40 percent', 'contradicted']]);
    // A quoted message's header keeps the block someone else's.
    assert.deepEqual(box('From:'), [['40 percent', 'unverifiable']]);
  });

  test('"Section 232." at the start of a wrapped line goes on with the sentence before', () => {
    const doubled = (end: string) => verdicts(inNotes(`Steel pays 50 percent${end}\nSection 232. The rate was doubled to 50 percent in March 2025.`), '2026-10-06', 'markdown');
    assert.deepEqual(doubled(' under'), [['50 percent', 'supported'], ['50 percent', 'contradicted']]);
    // After a stop, "Section 232." heads an item of its own, and names no goods.
    assert.deepEqual(doubled('.'), [['50 percent', 'supported'], ['50 percent', 'unverifiable']]);
  });

  test('"a deal that would bring its rate down from 25% to something like 18%" supposes the change', () => {
    const india = (lead: string) => problemsInNotes(`${lead} India's reciprocal rate down from 25% to something like 18%.`, '2025-12-10');
    assert.deepEqual(india("There's talk of a deal that would bring"), []);
    assert.deepEqual(india('Last month a deal brought'), [['18%', 'contradicted']]);
  });

  test('"after the Geneva deal" dates a rate by the day that deal\'s rates took effect; "from Busan" is a port', () => {
    const toys = (when: string) => problemsInNotes(`Last April we paid 145% on toys from China. ${when} it came down to 30% combined.`, '2026-03-19');
    assert.deepEqual(toys('After the Geneva deal'), []);
    assert.deepEqual(toys('In April'), [['30%', 'contradicted']]);
    const judgedOn = (text: string) => claimsOf(inNotes(text), '2026-01-20').map((c) => c.judged.date);
    assert.deepEqual(judgedOn('After the Kuala Lumpur truce, Chinese toys paid 20%.'), ['2025-11-10']);
    assert.deepEqual(judgedOn('Chinese toys shipped from Busan paid 20%.'), ['2026-01-20']);
  });

  test('"Vietnam took 31% of the trade …; Mexico 18%; Taiwan 11%" lists shares, not rates', () => {
    assert.deepEqual(problemsInNotes('Vietnam took 31% of the trade diverted from China; Mexico 18%; Taiwan 11%.', '2026-01-09'), []);
    assert.deepEqual(problemsInNotes('Vietnam pays 20%; Mexico 18%; Taiwan 11%.', '2026-01-09'), [['18%', 'contradicted'], ['11%', 'contradicted']]);
  });

  test('"the share of the duty borne by US importers" is who bears a duty, not its rate', () => {
    assert.deepEqual(problemsInNotes('Studies put the share of the duty borne by US importers at about 80%.', '2026-04-14'), []);
    assert.deepEqual(problemsInNotes('Studies put the duty on US importers at about 80%.', '2026-04-14'), [['80%', 'contradicted']]);
  });

  test('a date ends its own item of a list: "a 10% baseline from 5 April and Section 232 duties of 50 percent"', () => {
    assert.deepEqual(problemsInNotes('The year brought a 10% baseline from 5 April and Section 232 duties of 50 percent on steel.', '2025-10-15'), []);
    assert.deepEqual(problemsInNotes('The year brought a 10% baseline and from 5 April Section 232 duties of 50 percent on steel.', '2025-10-15'), [['50 percent', 'contradicted']]);
    assert.deepEqual(problemsInNotes('The year brought a 10% baseline from 5 April, country rates from 7 August, a 50% rate on Brazil, and more.', '2025-10-15'), []);
  });

  test('a "Model answer: \"…" quotes the one who answered', () => {
    const answer = (open: string, close: string) => problemsInNotes(`Model answer from a past hire: ${open}Our broker kept Canadian goods at 25% after August 1. I found it in an audit.${close}`, '2025-10-27');
    assert.deepEqual(answer('"', '"'), []);
    assert.deepEqual(answer('', ''), [['25%', 'outdated']]);
  });

  test('"British cars over the quota" pay the rate above the quota', () => {
    assert.deepEqual(problemsInNotes('British cars over the quota pay 25%.', '2026-03-20'), []);
    assert.deepEqual(problemsInNotes('British cars within the quota pay 25%.', '2026-03-20'), [['25%', 'contradicted']]);
  });

  test('a roundup item\'s bold title with its source ("** · cbp.gov") stands apart from the line under it, which the title\'s refund covers', () => {
    const item = (portal: string) => verdicts(inNotes(`**1. CBP opens the IEEPA ${portal} portal** · cbp.gov\nCovers the reciprocal duties, the fentanyl duties and Brazil's 40%.`), '2026-09-14', 'markdown');
    assert.deepEqual(item('refund'), [['40%', 'supported']]);
    assert.deepEqual(item('filing'), [['40%', 'outdated']]);
  });

  test('a headline\'s "SPARED 30%" is a rate escaped', () => {
    const mexico = (verb: string) => problemsInNotes(`MEXICO ${verb} 30% FOR NOW; STAYS AT 25% UNDER 90-DAY EXTENSION.`, '2025-08-07');
    assert.deepEqual(mexico('SPARED'), []);
    assert.deepEqual(mexico('HIT WITH'), [['30%', 'contradicted']]);
  });

  test('"The ruling sweeps away the 10% baseline and the country rates … 41%" ends them', () => {
    const ruling = (verb: string) => problemsInNotes(`The ruling ${verb} the 10% baseline and the country rates that went as high as 41%, but leaves the Section 232 duties on steel and cars in place.`, '2026-02-20');
    assert.deepEqual(ruling('sweeps away'), []);
    assert.deepEqual(ruling('keeps'), [['41%', 'contradicted']]);
  });

  test('"under the July emergency order" names the order, not the figure\'s month', () => {
    const brazil = (when: string) => problemsInNotes(`| Partner | Total | Notes |\n|---|---|---|\n| Brazil | 50% | 10% reciprocal plus 40% ${when} |`, '2025-12-10');
    assert.deepEqual(brazil('under the July emergency order'), []);
    assert.deepEqual(brazil('in July'), [['40%', 'contradicted']]);
  });

  test('"the new rates replaced the suspended April rates: 15 percent …" lists the new rates, not April\'s', () => {
    const rates = (intro: string) => problemsInNotes(`Since August 7, the rates set by the new order ${intro}: 15 percent all-in for the European Union and Japan, 20 percent for Vietnam and Taiwan.`, '2025-09-16');
    assert.deepEqual(rates('replaced the suspended April rates'), []);
    assert.deepEqual(rates('kept the suspended April rates'), [['20 percent', 'contradicted']]);
  });

  test('"with further increases scheduled for January 2026" dates the increases, not the rates the sentence gives', () => {
    const gloves = (end: string) => problemsInNotes(`IEEPA duties of 30% apply to Chinese gloves, and Section 301 duties come on top, with further ${end} January 2026.`, '2025-10-16');
    assert.deepEqual(gloves('increases scheduled for'), []);
    assert.deepEqual(gloves('duties in'), [['30%', 'outdated']]);
  });

  test('"go from 20% reciprocal to 25% under Section 232, not to 45%": the end of a change under its own measure, and a level denied', () => {
    const sofas = (end: string) => problemsInNotes(`Our Vietnamese sofas therefore go from 20% reciprocal to 25% under Section 232, ${end} to 45%.`, '2025-10-20');
    assert.deepEqual(sofas('not'), []);
    assert.deepEqual(sofas('and then'), [['45%', 'contradicted']]);
  });

  test('"buyers quote landed duty costs near 30%" is the buyers\' figure', () => {
    assert.deepEqual(problemsInNotes('For Indonesian sneakers, buyers quote landed duty costs near 30%.', '2025-10-03'), []);
    assert.deepEqual(problemsInNotes('For Indonesian sneakers, landed duty costs are near 30%.', '2025-10-03'), [['30%', 'contradicted']]);
  });
});

describe('stop 65: moves told once for two goods, ends, and other people\'s figures', () => {
  test('"is set to go to 50% on January 1 and the furniture rate to 30%": the second item shares the first one\'s move', () => {
    const rises = (verb: string) => verdicts(inNotes(`The cabinet rate ${verb} 50% on January 1 and the furniture rate to 30%.`), '2025-11-08');
    assert.deepEqual(rises('is set to go to'), [['50%', 'announced'], ['30%', 'announced']]);
    assert.deepEqual(rises('would go to'), [['50%', 'unverifiable'], ['30%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The cabinet rate is 25% and the furniture rate is 30%.'), '2025-11-08'), [['25%', 'supported'], ['30%', 'contradicted']]);
  });

  test('"will go to 50%" tells of a rate to come', () => {
    assert.deepEqual(verdicts(inNotes('The cabinet rate will go to 50%.'), '2025-11-08'), [['50%', 'announced']]);
    assert.deepEqual(verdicts(inNotes('The cabinet rate went to 50%.'), '2025-11-08'), [['50%', 'contradicted']]);
  });

  test('"For our members this ends:" over a list makes its rates former ones', () => {
    const list = (intro: string) => verdicts(inNotes(`${intro}\n\n- the reduced 10% rate on Mexican potash that did not qualify;\n- the reciprocal tariffs on inputs from third countries, for example 20% on Vietnamese goods.`), '2026-03-10', 'markdown');
    assert.deepEqual(list('For our members the ruling ends:').filter(([, v]) => v === 'outdated'), []);
    assert.deepEqual(list('For our members this still means:').filter(([, v]) => v === 'outdated'), [['20%', 'outdated']]);
  });

  test('"Gone is the 10 percent baseline" and a rate that "had applied" tell of rates that ended; so does a section headed "What ended"', () => {
    assert.deepEqual(problemsInNotes('Gone is the 10 percent baseline that applied to nearly every partner.', '2026-03-10'), []);
    assert.deepEqual(problemsInNotes('Kept is the 10 percent baseline that applied to nearly every partner.', '2026-03-10'), [['10 percent', 'outdated']]);
    assert.deepEqual(problemsInNotes('The 10 percent baseline that had applied since April 2025 is the model.', '2026-03-10'), []);
    assert.deepEqual(problemsInNotes('The 10 percent baseline that applied since April 2025 is the model.', '2026-03-10'), [['10 percent', 'outdated']]);
    const sections = '## What ended\n\nThe list is long. Brazil pays 50 percent.\n\n## What did not\n\nBrazil pays 50 percent.';
    assert.deepEqual(verdicts(inNotes(sections), '2026-03-10', 'markdown'), [['50 percent', 'supported'], ['50 percent', 'outdated']]);
  });

  test('someone else\'s figure: "Some reports have suggested that", "; they do not", "quote still adds", "we still see on vendor quotes", "Do not report"', () => {
    assert.deepEqual(problemsInNotes('Some reports have suggested that Japanese cars again face 27.5 percent.', '2026-03-11'), []);
    assert.deepEqual(problemsInNotes('Japanese cars again face 27.5 percent; they do not.', '2026-03-11'), []);
    assert.deepEqual(problemsInNotes('Japanese cars again face 27.5 percent; they do.', '2026-03-11'), [['27.5 percent', 'outdated']]);
    assert.deepEqual(problemsInNotes("Brenner's quote still adds a 39% US tariff on Swiss hinges.", '2026-03-11'), []);
    assert.deepEqual(problemsInNotes("Brenner's quote adds a 39% US tariff on Swiss hinges.", '2026-03-11'), [['39%', 'outdated']]);
    const seen = (where: string) => problemsInNotes(`Rates we still see${where} (please ignore them):\n"Vietnam 46%", "Thailand 36%", "Taiwan 32%" -- these were the April figures.`, '2025-08-12');
    assert.deepEqual(seen(' on some vendor quotes'), []);
    assert.deepEqual(seen(''), [['46%', 'outdated'], ['36%', 'outdated']]);
    const surcharge = (verb: string) => problemsInNotes(`Proclamation 11012 sets the Section 122 surcharge at 10 percent. ${verb} a 15% rate.`, '2026-02-24');
    assert.deepEqual(surcharge('Do not report'), []);
    assert.deepEqual(surcharge('Report'), [['15%', 'contradicted']]);
  });

  test('"agreed in February to a reciprocal rate of 18 percent" is a rate agreed, not one in force', () => {
    assert.deepEqual(problemsInNotes('India agreed in February to a reciprocal rate of 18 percent.', '2026-03-11'), []);
    assert.deepEqual(problemsInNotes('India pays a reciprocal rate of 18 percent.', '2026-03-11'), [['18 percent', 'contradicted']]);
  });

  test('"when we planned FY2026" names the year planned for, not the time of the rates', () => {
    // "carry": the dates, not the tense, are what this asks about ("carried" tells of the past).
    const stations = (aside: string) => problemsInNotes(`In October 2025, ${aside}, Chinese-built docking stations carry 20% in IEEPA duties.`, '2026-10-27');
    assert.deepEqual(stations('when we planned FY2026'), []);
    assert.deepEqual(stations('in the whole of FY2026'), [['20%', 'outdated']]);
  });

  test('"the old levy on it was ten percent" and "…, all of those stopped being collected" tell of former rates', () => {
    const aluminum = (words: string) => problemsInNotes(`For aluminum it is a bigger jump: ${words} ten percent.`, '2025-03-13');
    assert.deepEqual(aluminum('the old levy on it was'), []);
    assert.deepEqual(aluminum('the levy on it is'), [['ten percent', 'contradicted']]);
    const struck = (end: string) => problemsInNotes(`So the ten percent baseline from last April, the higher country rates, the thirty-five percent on Canada, all of those ${end}.`, '2026-03-10');
    assert.deepEqual(struck('stopped being collected on February 24'), []);
    assert.deepEqual(struck('are still collected'), [['thirty-five percent', 'outdated']]);
  });

  test('"When we issued Rev. A, the robots … carried the 15%" is told of the time of that quote', () => {
    const robots = (lead: string) => problemsInNotes(`${lead} the robots and controllers from Japan carried the 15% reciprocal tariff under the US-Japan agreement.`, '2026-04-14');
    assert.deepEqual(robots('When we issued Rev. A,'), []);
    assert.deepEqual(robots('As of today,'), [['15%', 'outdated']]);
  });

  test('"The July 22 agreement takes Japanese cars to 15% all-in" is the level a deal sets', () => {
    assert.deepEqual(problemsInNotes('The July 22 agreement takes Japanese cars to 15% all-in, but there is no date yet.', '2025-07-27'), []);
    assert.deepEqual(problemsInNotes('Japanese cars pay 15% all-in, but there is no date yet.', '2025-07-27'), [['15%', 'contradicted']]);
  });

  test('"10 percent at first" is a former rate, and "leaving most Chinese goods at 30 percent" shares the time of the cut before it', () => {
    const fentanyl = (when: string) => problemsInNotes(`Goods of China have paid a fentanyl-related duty since February 4: 10 percent ${when}, and 20 percent since March 4.`, '2025-09-18');
    assert.deepEqual(fentanyl('at first'), []);
    assert.deepEqual(fentanyl('now'), [['10 percent', 'outdated']]);
    const geneva = (joint: string) => problemsInNotes(`China's reciprocal rate was raised twice in April, reaching 125 percent on April 10, then cut to 10 percent from May 14 under the Geneva arrangement, ${joint} most Chinese goods at 30 percent in total.`, '2025-09-18');
    assert.deepEqual(geneva('leaving'), []);
    assert.deepEqual(geneva('with'), [['30 percent', 'contradicted']]);
  });

  test('a list of "the duties to be refunded" holds rates that ended', () => {
    const list = (intro: string) => problemsInNotes(`${intro} were collected at many different rates, including:\n\n- the 10 percent baseline;\n- Canada's 35 percent rate on goods not qualifying for USMCA preference.`, '2026-11-12');
    assert.deepEqual(list('The duties to be refunded'), []);
    assert.deepEqual(list('The duties'), [['10 percent', 'outdated'], ['35 percent', 'outdated']]);
  });

  test('a figure taken back as it is said (", no, wait, sorry, scratch that") is not asserted', () => {
    const china = (after: string) => problemsInNotes(`Chinese goods pay twenty percent on top of the Section 301 duties${after}.`, '2026-04-10');
    assert.deepEqual(china(', no, wait, sorry, scratch that'), []);
    assert.deepEqual(china(', and that is all'), [['twenty percent', 'outdated']]);
    assert.deepEqual(problemsInNotes('Chinese goods pay 20%, no matter what the Section 301 list says.', '2026-04-10'), [['20%', 'outdated']]);
  });
});


describe('stop 66: figures that share a verb, dates of events, and expectations', () => {
  test('"the 10% baseline, Canada\'s 35% and India\'s 50% all ended in February": each figure of the subject is told at the verb\'s date', () => {
    const ended = (verb: string) => problemsInNotes(`The 10% baseline, Canada's 35% and India's 50% all ${verb}.`, '2026-11-18');
    assert.deepEqual(ended('ended in February'), []);
    assert.deepEqual(ended('still apply'), [['10%', 'outdated'], ['35%', 'outdated'], ['50%', 'outdated']]);
  });

  test('"after last year\'s one-year delay" dates the delay, not the rate', () => {
    const rise = (words: string) => problemsInNotes(`The tariff increase to 30% on upholstered furniture ${words}.`, '2026-11-18');
    assert.deepEqual(rise('is back on the calendar after last year\'s one-year delay'), []);
    assert.deepEqual(rise('was on the calendar for last year'), [['30%', 'contradicted']]);
  });

  test('"Seoul expects the 15% auto rate to be backdated" asserts no rate yet', () => {
    assert.deepEqual(problemsInNotes('Seoul expects the 15% auto rate to be backdated to November 1.', '2025-11-20'), []);
    assert.deepEqual(problemsInNotes('Seoul says the 15% auto rate was backdated to November 1.', '2025-11-20'), [['15%', 'contradicted']]);
  });
});

describe('stop 66: guesses, plans and what "may" come', () => {
  test('"some trade press is guessing at a 25% rate", "is to be reduced to 18%" and "may bring … 15%" assert no rate', () => {
    assert.deepEqual(problemsInNotes('Commerce has a Section 232 copper investigation open and some trade press is guessing at a 25% rate.', '2025-06-20'), []);
    assert.deepEqual(problemsInNotes('Under the interim deal the US reciprocal duty on Indian goods is to be reduced to 18%.', '2026-02-10'), []);
    assert.deepEqual(problemsInNotes('Under the interim deal the US reciprocal duty on Indian goods was reduced to 18%.', '2026-02-10'), [['18%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('In that case the President may bring another tariff under Section 122 at 15% for 150 days.', '2026-02-10'), []);
    assert.deepEqual(problemsInNotes('In that case the President brought another tariff under Section 122 at 15% for 150 days.', '2026-02-10'), [['15%', 'contradicted']]);
  });
});

describe('stop 66: speculation, examples and "since the 10th"', () => {
  test('"The 18% figure some outlets report … is speculation" asserts nothing', () => {
    assert.deepEqual(problemsInNotes('The 18% figure some outlets report as a possible deal rate for India is speculation.', '2025-08-12'), []);
    assert.deepEqual(problemsInNotes('The 18% figure some outlets report as the deal rate for India is right.', '2025-08-12'), [['18%', 'contradicted']]);
  });

  test('an example numbered "C.3.4" that opens with "if", or one "for illustration only", asserts no rate', () => {
    const example = (words: string) => problemsInNotes(`C.3.4 Example${words} non-USMCA Canadian goods from 35% to 45%, and the price rises.`, '2026-01-15');
    assert.deepEqual(example(': if after the Effective Date the tariff were raised on'), []);
    assert.deepEqual(example(', for illustration only: the tariff goes on'), []);
    assert.deepEqual(example(': after the Effective Date the tariff was raised on'), [['45%', 'contradicted']]);
  });

  test('"it has been 125% since the 10th" runs to the present', () => {
    const china = (words: string) => problemsInNotes(`China: on Apr 9 it went to 84% for one day, and it has been 125% ${words}.`, '2025-04-22');
    assert.deepEqual(china('since the 10th'), []);
    assert.deepEqual(china('in the past'), [['125%', 'contradicted']]);
  });
});

describe('stop 67: a figure asked only to be confirmed, and the date of an agreement', () => {
  test('"steel is still 25% for the Mexican brackets, right?" asserts the figure; a question that opens as one, or a reader\'s question, does not', () => {
    const asked = (sentence: string) => problemsInNotes(sentence, '2025-12-09');
    assert.deepEqual(asked('Steel is still 25% for the brackets from Mexico, right?'), [['25%', 'outdated']]);
    assert.deepEqual(asked('Steel from Mexico is at 25% right?'), [['25%', 'outdated']]);
    assert.deepEqual(asked('the steel tariff on Mexican fittings is still 25% right? supplier invoice says 9% surcharge'), [['25%', 'outdated']]);
    assert.deepEqual(asked('Mexican steel still pays a 25% tariff, doesn\'t it?'), [['25%', 'outdated']]);
    assert.deepEqual(asked('So Mexican steel is 25 percent right'), [['25 percent', 'outdated']]);
    assert.deepEqual(asked('I have Mexican steel at 25% on top of the MFN, is that right?'), [['25%', 'outdated']]);
    assert.deepEqual(asked('Is Mexican steel still 25%, right?'), []);
    assert.deepEqual(asked('Q (Dana, Tucson): Mexican steel is 25% now, right?'), []);
    assert.deepEqual(asked('Steel from Mexico is at 25%, so how do the fabricators cope?'), [['25%', 'outdated']]);
  });

  test('"remain at the 15% rate agreed between the US and Switzerland last November" dates the agreement, not the rate', () => {
    const swiss = (words: string) => problemsInNotes(`Swiss-made instruments remain at the 15% tariff rate ${words}.`, '2026-10-05');
    assert.deepEqual(swiss('agreed between the US and Switzerland last November'), [['15%', 'outdated']]);
    assert.deepEqual(swiss('agreed last November'), [['15%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Swiss-made instruments paid the 15% tariff rate last November.', '2026-10-05'), []);
  });

  test('"on April 9 it became 84%, and on the 10th it went to 125%": the day alone is in the month told before it', () => {
    const china = (words: string) => problemsInNotes(`Chinese goods: on April 9 the reciprocal part became 84%, and ${words} it went to 125%.`, '2025-04-21');
    assert.deepEqual(china('on the 10th'), []);
    assert.deepEqual(china('on the 9th'), [['125%', 'contradicted']]);
  });

  test('"the 50% on Indian goods (25% reciprocal plus the 25% oil penalty) ended in two steps" ends the 50% too', () => {
    const india = (verb: string) => problemsInNotes(`The 50% on Indian goods (25% reciprocal plus the 25% Russian-oil penalty) ${verb} in two steps.`, '2026-11-05');
    assert.deepEqual(india('ended'), []);
    assert.deepEqual(india('is charged'), [['50%', 'outdated'], ['25%', 'outdated'], ['25%', 'outdated']]);
  });

  test('"the trade press is guessing 25%" and "ask the mover what their 4% tariff surcharge is" assert no rate', () => {
    const copper = (words: string) => problemsInNotes(`Copper: nothing is in force yet. Commerce's copper 232 probe has run since February and ${words}.`, '2025-06-18');
    assert.deepEqual(copper('the trade press is guessing 25%'), []);
    assert.deepEqual(copper('the duty is 25%'), [['25%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('To do: ask the mover what their US tariff surcharge of 4% on British goods is.', '2026-03-15'), []);
    assert.deepEqual(problemsInNotes('Done: the mover says their US tariff surcharge of 4% on British goods is right.', '2026-03-15'), [['4%', 'contradicted']]);
  });

  test('"has not been collected since February 24" dates the end of the 35%, not its start', () => {
    const canada = (since: string) => claimsOf(`Canada's 35% was an IEEPA duty and has not been collected since ${since}.`, '2026-03-10').filter((c) => c.kind === 'effective').map((c) => [c.text, c.verdict]);
    assert.deepEqual(canada('February 24'), []);
    assert.deepEqual(canada('the 24th'), []);
    assert.deepEqual(claimsOf('Canada\'s 35% tariff has been collected since February 24.', '2026-01-10').filter((c) => c.kind === 'effective').map((c) => [c.text, c.verdict]), [['February 24', 'contradicted']]);
  });

  test('"For about five weeks the total on Chinese goods was 145%" tells of a span gone by, not a date five weeks ahead', () => {
    assert.deepEqual(problemsInNotes('For about five weeks the total on Chinese goods was 145%.', '2025-07-15'), []);
    assert.deepEqual(problemsInNotes('For about five weeks now the total on Chinese goods has been 145%.', '2025-07-15'), [['145%', 'outdated']]);
  });

  test('"the 9% is their surcharge, not the duty" and "a 5% tariff recovery line" are a seller\'s charges', () => {
    assert.deepEqual(problemsInNotes('On the invoice for the Mexican steel brackets, the 9% is their surcharge, not the duty.', '2025-10-08'), []);
    assert.deepEqual(problemsInNotes('On the invoice for the Mexican steel brackets, the 9% is the steel duty.', '2025-10-08'), [['9%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Indian shrimp carries a 5% tariff recovery line on the invoice.', '2025-09-10'), []);
    assert.deepEqual(problemsInNotes('Indian shrimp carries a 5% tariff on the invoice.', '2025-09-10'), [['5%', 'contradicted']]);
  });

  test('"the rep still costs them with a 19% duty" is his costing, not a rate asserted', () => {
    assert.deepEqual(problemsInNotes('Thai tuna loins: their rep still costs them with a 19% duty in the landed price.', '2026-03-19'), []);
    assert.deepEqual(problemsInNotes('Thai tuna loins: they still pay a 19% duty in the landed price.', '2026-03-19'), [['19%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Swiss zippers: Theo had been costing them at 31% tariff; the actual rate since Aug 7 is 15%.', '2025-09-01'), [['15%', 'contradicted']]);
  });
});

describe('stop 68: chat stamps, dates and what table headers name', () => {
  test('a chat\'s "[09/03/2026, 08:20]" stamps, which date what its messages say is so now, are day first when the chat was exported on 9 March: month first they would be later than the chat', () => {
    const chat = (exported: string, stamp: string) => `Toy shop chat, exported ${exported}\n\n[08/03/2026, 21:14] Jo: what are Chinese toys paying now?\n[${stamp}, 08:20] Bea: the broker says Chinese strollers pay the 10% Section 122 tariff on the fabric part\n[${stamp}, 08:47] Raul: yes, Chinese strollers pay 10% under Section 122`;
    const problems = (text: string, asOf: string) => verdicts(text, asOf).filter(([, v]) => v === 'outdated' || v === 'contradicted');
    assert.deepEqual(problems(chat('10 March 2026', '09/03/2026'), '2026-03-10'), []);
    // Exported in September, either order fits, and month first, the default, stands.
    assert.deepEqual(problems(chat('10 September 2026', '09/03/2026'), '2026-09-10'), [['10%', 'outdated'], ['10%', 'outdated']]);
  });

  test('"a year ago we were paying 30%" is dated a year back, in lower case too', () => {
    const record = (when: string) => problemsInNotes(`The surcharge ran out on 24 July 2026. For the record: ${when} we were paying 30% on Chinese disposables.`, '2026-11-05');
    assert.deepEqual(record('a year ago'), []);
    assert.deepEqual(record('a month ago'), [['30%', 'outdated']]);
  });

  test('"[3/9/26, 8:06 AM]" stamps are month first in a chat exported on 11 March, though its header writes "11.03.2026" day first', () => {
    const chat = (stamp: string) => `Tire dealers chat\nExported 11.03.2026\n\n[3/9/26, 7:42 AM] Marcus: what are we paying now on Chinese tires?\n[3/9/26, 8:06 AM] Dee: the broker says Chinese tires pay the 10% Section 122 tariff\n[${stamp}, 8:47 AM] Raul: yes, Chinese tires pay 10% under Section 122`;
    const problems = (text: string) => verdicts(text, '2026-03-11').filter(([, v]) => v === 'outdated' || v === 'contradicted');
    assert.deepEqual(problems(chat('3/10/26')), []);
    // A stamp month first would put after the export, as day first another, decides nothing: the header's day-first date does.
    assert.deepEqual(problems(chat('10/3/26')), [['10%', 'outdated']]);
  });
  test('a column headed "Spring tariff (May)" holds May\'s rates', () => {
    const table = (header: string) => problemsInNotes(`| Line | Origin | Tariff now | ${header} |\n|---|---|---|---|\n| Controller | China | 30% | 145% |\n| Headset | Vietnam | 20% | 10% |`, '2025-08-21');
    assert.deepEqual(table('Spring tariff (May)'), []);
    assert.deepEqual(table('Spring tariff'), [['145%', 'outdated'], ['10%', 'outdated']]);
  });

  test('"Portable outboards 2.5-30 hp" is a range of horsepower, not 5 February 2030', () => {
    const [claim] = builtinRateClaims(inNotes('| Product line | Origin | Duty assumed |\n| --- | --- | --- |\n| Portable outboards 2.5-30 hp | Japan | 10% |'), '2025-06-20');
    assert.equal(claim.judged.date, '2025-06-20');
    assert.equal(claim.verdict, 'supported');
  });

  test('"carried over from 2025-06" dates a row by June 2025, not by the whole year', () => {
    const row = (month: string) => problemsInNotes(`| Line | Origin | Rate | Note |\n|---|---|---|---|\n| Plumbing fixtures | China | 145% | carried over from 2025-${month} |`, '2025-09-10');
    assert.deepEqual(row('06'), [['145%', 'outdated']]);
    assert.deepEqual(row('04'), []);
  });

  test('goods a label column\'s header names ("Auto parts we buy there") are the goods of rows whose labels name none', () => {
    const table = (header: string, german: string, mexican: string) => problemsInNotes(`| Country of origin | ${header} | US duty we pay now |\n|---|---|---|\n| Germany | ATE and Textar pads | ${german} |\n| Mexico (non-USMCA) | caliper brackets | ${mexican} |`, '2026-10-19');
    assert.deepEqual(table('Auto parts we buy there', '15%', '25%'), []);
    assert.deepEqual(table('Auto parts we buy there', '25%', '10%'), [['25%', 'outdated'], ['10%', 'contradicted']]);
    assert.deepEqual(table('What we buy there', '15%', '25%'), [['15%', 'outdated'], ['25%', 'outdated']]);
  });
  test('a message\'s stamp "[Tue 17 Mar 2026 09:05]" is when it was written: "we were paying 20% and now it\'s 10%" speaks of before that day', () => {
    const pots = (verb: string) => problemsInNotes(`[Tue 17 Mar 2026 09:05] Jake P. (pottery & decor)\nVietnam glazed pots: we ${verb} paying 20% and now it's 10%.`, '2026-03-18');
    assert.deepEqual(pots('were'), []);
    assert.deepEqual(pots('are'), [['20%', 'outdated']]);
  });

  test('red cedar is lumber', () => {
    const cedar = (rate: string) => problemsInNotes(`Western red cedar from Canada: ${rate} now.`, '2025-12-03');
    assert.deepEqual(cedar('10%'), []);
    assert.deepEqual(cedar('25%'), [['25%', 'outdated']]);
  });
});

describe('stop 68: sellers\' lines, hearsay, and figures waved away', () => {
  test('"which isn\'t how any of this works" after a figure, even in lower case in a chat, denies it', () => {
    assert.deepEqual(problemsInNotes('the invoice line is there because China is still 20% on strollers. which isn\'t how any of this works', '2026-03-09'), []);
    assert.deepEqual(problemsInNotes('the invoice line is there because China is still 20% on strollers. which is why we pay it', '2026-03-09'), [['20%', 'outdated']]);
  });

  test('"That\'s a threat from a press conference, not a rate." takes back the figure before it', () => {
    const coop = (next: string) => problemsInNotes(`The co-op says European toys get a 25% reciprocal tariff in April. ${next}`, '2025-02-27');
    assert.deepEqual(coop('That\'s a threat from a press conference, not a rate.'), []);
    assert.deepEqual(coop('That\'s the rate the order sets.'), [['25%', 'contradicted']]);
  });

  test('a "tariff surcharge" line of the seller\'s checkout, or a "tariff recovery" line in quotes, is the seller\'s charge', () => {
    assert.deepEqual(problemsInNotes('The Chinese robot vacuum has a separate "tariff surcharge" line of 12% at checkout.', '2025-05-09'), []);
    assert.deepEqual(problemsInNotes('The Chinese robot vacuum has a separate tariff surcharge of 12% at checkout.', '2025-05-09'), [['12%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('My distributor still has a 20% "tariff recovery" line on the Chinese strollers.', '2026-03-09'), []);
    assert.deepEqual(problemsInNotes('My distributor still pays a 20% tariff on the Chinese strollers.', '2026-03-09'), [['20%', 'outdated']]);
  });

  test('"He has mixed it up with the Canada/Mexico figure." takes back the figure before it', () => {
    const rep = (next: string) => problemsInNotes(`A rep told one of our accounts that Chinese goods got hit with 25% on the 4th. ${next}`, '2025-02-21');
    assert.deepEqual(rep('He has mixed it up with the Canada/Mexico figure.'), []);
    assert.deepEqual(rep('He has a point.'), [['25%', 'contradicted']]);
  });

  test('"my nephew says Chinese vapes are still 30%" is hearsay, as "my cousin says" is', () => {
    assert.deepEqual(problemsInNotes('My nephew says Chinese vapes are still 30%.', '2025-12-02'), []);
    assert.deepEqual(problemsInNotes('Chinese vapes are still 30%.', '2025-12-02'), [['30%', 'outdated']]);
  });

  test('Honda and BMW make motorcycles too: a dealer\'s row of them names no cars', () => {
    const floor = (brands: string) => problemsInNotes(`| Origin | Brands on our floors | Duty now |\n| --- | --- | --- |\n| Japan | ${brands} | 10% |`, '2026-03-12');
    assert.deepEqual(floor('Honda, Yamaha, Kawasaki'), []);
    assert.deepEqual(floor('Toyota, Nissan'), [['10%', 'contradicted']]);
  });

  test('a state\'s wholesale or premium tax, a price gap and a bid\'s allowance are no duties', () => {
    assert.deepEqual(problemsInNotes('Short answer: the state already takes its 15% wholesale tax on vapor products from China.', '2025-02-26'), []);
    assert.deepEqual(problemsInNotes('Short answer: the US already takes its 15% tariff on vapor products from China.', '2025-02-26'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('The renewal on the Canadian lumber adds the 3.6% state premium tax.', '2025-03-20'), []);
    assert.deepEqual(problemsInNotes('Chinese stacking chairs carry the 50% steel tariff. The bid includes a 6% tariff adjustment allowance and a 3% installation contingency.', '2025-11-18'), []);
    assert.deepEqual(problemsInNotes('Chinese stacking chairs carry the 50% steel tariff. The bid includes a 6% tariff on the chairs.', '2025-11-18'), [['6%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('The Chinese chairs are 40% pricier before duty.', '2025-11-18'), []);
    assert.deepEqual(problemsInNotes('The Chinese chairs pay 40% duty.', '2025-11-18'), [['40%', 'contradicted']]);
  });

  test('"Mexico went to 30% this summer" gives Mexico\'s rate, in notes about tariffs; exports that rose to a share do not', () => {
    const toilets = (words: string) => problemsInNotes(`- Thetford toilets come out of Mexico. ${words}, so the price is up.`, '2025-12-10');
    assert.deepEqual(toilets('Mexico went to 30% this summer'), [['30%', 'contradicted']]);
    assert.deepEqual(toilets('Mexico went to 25% this spring'), []);
    assert.deepEqual(problemsInNotes('- Exports to Mexico rose to 30% of our sales this summer.', '2025-12-10'), []);
  });

  test('"25%, lower for EU/UK/Japan" sets those partners apart, as "except" does', () => {
    const item = (words: string) => problemsInNotes(`Tariffs for the claims:\n- upholstered furniture: 25%${words} EU/UK/Japan`, '2026-04-22');
    assert.deepEqual(item(', lower for'), []);
    assert.deepEqual(item(' for'), [['25%', 'contradicted']]);
  });

  test('"his math being 25% steel + 10% baseline" is someone\'s sum, not the writer\'s rates', () => {
    const door = (words: string) => problemsInNotes(`The door came from China. The contractor put 35% on the door line, ${words} 25% steel + 10% baseline.`, '2025-05-08');
    assert.deepEqual(door('his math being'), []);
    assert.deepEqual(door('the duty being'), [['35%', 'contradicted'], ['10%', 'outdated']]);
  });

  test('a figure "keyed from a news headline" is the headline\'s', () => {
    assert.deepEqual(problemsInNotes('Line 5 was keyed from a news headline about a "55% total" on Chinese goods after the London talks.', '2025-06-12'), []);
    assert.deepEqual(problemsInNotes('Line 5 was keyed at a "55% total" on Chinese goods after the London talks.', '2025-06-12'), [['55%', 'contradicted']]);
  });

  test('car seats are no cars', () => {
    assert.deepEqual(problemsInNotes('Car seats made in China are paying 30% right now.', '2025-05-21'), []);
    assert.deepEqual(problemsInNotes('Cars made in China are paying 30% right now.', '2025-05-21'), [['30%', 'contradicted']]);
  });
  test('"Mexico is also talking about raising its own tariffs on Chinese cars to 50%" is Mexico\'s tariff', () => {
    assert.deepEqual(problemsInNotes('Mexico is also talking about raising its own tariffs on Chinese cars and trucks to 50%.', '2025-09-30'), []);
    assert.deepEqual(problemsInNotes('Mexico is raising tariffs on Chinese cars to 50%.', '2025-09-30'), [['50%', 'contradicted']]);
  });

  test('a lender\'s rate, a share of US content and "Word at the last meeting is" are no rates asserted', () => {
    assert.deepEqual(problemsInNotes('The Cascadia is built in Mexico. Rate is 8.9% through their captive lender, 15% down.', '2025-02-21'), []);
    assert.deepEqual(problemsInNotes('The Cascadia is built in Mexico. The rate is 8.9% at the border.', '2025-02-21'), [['8.9%', 'contradicted']]);
    const cascadia = (words: string) => problemsInNotes(`On a Mexican Cascadia: with ${words} around 40–45% on most specs, the duty works out to roughly 14% of the invoice.`, '2025-12-08');
    assert.deepEqual(cascadia('US content'), []);
    assert.deepEqual(cascadia('tariffs'), [['45%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Word at the last ATD meeting is the truck rate goes to 50% next year.', '2025-12-08'), []);
    assert.deepEqual(problemsInNotes('The truck rate goes to 50% next year.', '2025-12-08'), [['50%', 'contradicted']]);
  });
  test('a rate that "died on Feb 24" has ended, as one that lapsed', () => {
    const peat = (words: string) => problemsInNotes(`Peat is 10% now like everything else, the 35% Canada rate ${words}.`, '2026-03-18');
    assert.deepEqual(peat('died on Feb 24 with the rest of IEEPA'), []);
    assert.deepEqual(peat('is still charged'), [['35%', 'outdated']]);
  });
  test('a column headed "Other escalator" holds price rises, not duties', () => {
    const budget = (header: string) => problemsInNotes(`| # | Category | Main origin | Tariff assumption | ${header} |\n|---|---|---|---:|---:|\n| 9 | Medium-duty maintenance trucks (2) | Mexico | 25% | 3.0% |`, '2026-06-09');
    assert.deepEqual(budget('Other escalator'), []);
    assert.deepEqual(budget('Other duty'), [['3.0%', 'contradicted']]);
  });
});

describe('stop 69: sellers\' charges, figures denied or ended, and whose words they are', () => {
  test('a column headed "Tariff surcharge on list" beside the duty rate holds the seller\'s surcharge, not the duty', () => {
    const notice = (header: string) => problemsInNotes(`| Product family | Origin | U.S. duty rate | ${header} |\n| --- | --- | --- | --- |\n| Brass faucets | China | 20% | 9% |`, '2026-01-12');
    assert.deepEqual(notice('Tariff surcharge on list'), []);
    assert.deepEqual(notice('Tariff surcharge'), []);
    assert.deepEqual(notice('Duty on the parts'), [['9%', 'contradicted']]);
  });

  test('a column headed "Our action" holds what the seller does ("Surcharge 4%")', () => {
    const table = (header: string) => problemsInNotes(`| Product line | Origin | Duty in effect today | ${header} |\n|---|---|---|---|\n| Percale sheeting | Pakistan | 10% | Surcharge 4% |`, '2025-04-14');
    assert.deepEqual(table('Our action'), []);
    assert.deepEqual(table('Other duty'), [['4%', 'contradicted']]);
  });

  test('a carrier\'s "3.5% equipment surcharge", or a surcharge "we charged", is no duty', () => {
    assert.deepEqual(problemsInNotes('Our truckload carriers added a 3.5% equipment surcharge in December, citing the duty on new heavy trucks.', '2026-01-12'), []);
    assert.deepEqual(problemsInNotes('Our truckload carriers pay a 3.5% duty on new heavy trucks.', '2026-01-12'), [['3.5%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('We are not refunding the tariff surcharge we charged on Chinese urns, it was 6% on the invoice.', '2026-03-11'), []);
    assert.deepEqual(problemsInNotes('We are not refunding the tariff on Chinese urns, it was 6% on the invoice.', '2026-03-11'), [['6%', 'contradicted']]);
  });

  test('a "tariff recovery fee" of 4% on an invoice is the seller\'s charge', () => {
    assert.deepEqual(problemsInNotes('The Taiwanese vendor also added a "tariff recovery fee" of 4% on the whole invoice.', '2025-11-13'), []);
    assert.deepEqual(problemsInNotes('The Taiwanese vendor also added a tariff of 4% on the whole invoice.', '2025-11-13'), [['4%', 'contradicted']]);
  });

  test('"Total tariff adder on the order is approx. 19.6%" blends many goods\' rates', () => {
    assert.deepEqual(problemsInNotes('Chinese racks and Mexican steel frames: total tariff adder on the order is approx. 19.6%, shown as a separate line.', '2025-03-19'), []);
    assert.deepEqual(problemsInNotes('Chinese racks and Mexican steel frames: the tariff on the racks is approx. 19.6%, shown as a separate line.', '2025-03-19'), [['19.6%', 'contradicted']]);
  });

  test('"No 15% yet." and "15% isn\'t a China rate anybody has set" deny the figure', () => {
    assert.deepEqual(problemsInNotes('No 15% yet. The White House said it would raise the Section 122 rate, but CBP still collects 10%.', '2026-04-10'), []);
    assert.deepEqual(problemsInNotes('The Section 122 surcharge: 15% now. CBP collects it.', '2026-04-10'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('The tariff on China has been 10% since Feb 4. 15% isn\'t a China rate anybody has set.', '2025-02-24'), []);
    assert.deepEqual(problemsInNotes('The tariff on China has been 10% since Feb 4. 15% is the China rate they set.', '2025-02-24'), [['15%', 'contradicted']]);
  });

  test('a rate "now expired", one whose brackets say it "ran out", and "the 15% deal rate was an IEEPA rate" have ended', () => {
    assert.deepEqual(problemsInNotes('- **10%**: the Section 122 duty, now expired', '2026-11-02'), []);
    assert.deepEqual(problemsInNotes('- **10%**: the Section 122 duty, now collected', '2026-11-02'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('The Section 122 surcharge (10% on almost everything) ran out July 24.', '2026-11-12'), []);
    assert.deepEqual(problemsInNotes('The Section 122 surcharge (10% on almost everything) is still collected.', '2026-11-12'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Japanese embroidery machines: the 15% deal rate was an IEEPA rate.', '2026-03-05'), []);
    assert.deepEqual(problemsInNotes('Japanese embroidery machines: the 15% deal rate still applies.', '2026-03-05'), [['15%', 'outdated']]);
  });

  test('the end of a pause brings a rate back and ends none: "the pause on China ended this week so the reciprocal rate is back to 34%"', () => {
    assert.deepEqual(problemsInNotes('The pause on China tariffs ended this week so the reciprocal rate is back to 34%.', '2025-11-13'), [['34%', 'outdated']]);
    // The end of talks is no reprieve's: "ended" there still marks the rate as former.
    assert.deepEqual(problemsInNotes('The talks on China tariffs ended this week so the reciprocal rate is back to 34%.', '2025-11-13'), []);
  });

  test('"I\'ve got the steel conduit from Mexico at 25%" is said in the present', () => {
    assert.deepEqual(problemsInNotes('I\'ve got the steel conduit from Mexico at 25% tariff in the sheet.', '2026-10-27'), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes('I got the steel conduit from Mexico at 25% tariff back then.', '2026-10-27'), []);
  });

  test('"aluminum stayed at 25%", told without a date, says it is 25% to this day', () => {
    assert.deepEqual(problemsInNotes('The steel tariff went to 50%, but the aluminum tariff stayed at 25%.', '2025-06-19'), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes('The steel tariff went to 50%, but the aluminum tariff stayed at 25% until June 4.', '2025-06-19'), []);
  });

  test('"I thought Mexico was still at 25%" is the writer\'s own belief, checked as a claim; "she read" is hearsay', () => {
    assert.deepEqual(problemsInNotes('I thought Mexican water heaters were still at a 25% tariff.', '2026-03-09'), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Mrs Alvarez called again. She read tariffs on Chinese headstones are 25% now.', '2026-03-11'), []);
    assert.deepEqual(problemsInNotes('Mrs Alvarez called again. Tariffs on Chinese headstones are 25% now.', '2026-03-11'), [['25%', 'contradicted']]);
  });

  test('"emailed Friday saying", a sheet that "used" a figure, a vendor "still adding" one: others\' figures', () => {
    assert.deepEqual(problemsInNotes('Mai at the factory emailed Friday saying the "total hit" on Vietnamese chairs is 45 percent.', '2025-10-17'), []);
    assert.deepEqual(problemsInNotes('Mai at the factory confirmed Friday that the total hit on Vietnamese chairs is 45 percent.', '2025-10-17'), [['45 percent', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Rows 3 and 4: the Phase 1 sheet used the IEEPA 20% for Vietnam.', '2026-09-08'), []);
    assert.deepEqual(problemsInNotes('Our Vietnamese casegoods vendor is still adding "20% duty" to invoices.', '2026-03-16'), []);
    assert.deepEqual(problemsInNotes('Our Vietnamese casegoods still pay a 20% duty.', '2026-03-16'), [['20%', 'outdated']]);
  });

  test('"Canada\'s 35% is for goods that aren\'t steel, aluminum or autos" leaves out each of the goods listed', () => {
    assert.deepEqual(problemsInNotes('Canada\'s 35% tariff is for non-USMCA goods that aren\'t steel, aluminum or autos.', '2026-01-15'), []);
    assert.deepEqual(problemsInNotes('Canada\'s 35% tariff is for non-USMCA goods like steel, aluminum or autos.', '2026-01-15'), [['35%', 'contradicted']]);
  });

  test('"15% under the August 2025 order" takes no date from the figure before it', () => {
    const line = (words: string) => problemsInNotes(`Israeli goods paid a 17% tariff in April 2025 and 15% ${words}.`, '2026-04-20');
    assert.deepEqual(line('under the August 2025 order'), []);
    assert.deepEqual(line('under the order'), [['15%', 'contradicted']]);
  });

  test('"the normal MFN duty (about 2.5% on most plastic frames)" is the MFN duty\'s figure', () => {
    assert.deepEqual(problemsInNotes('The EU deal rate of 15% already includes the normal MFN duty (about 2.5% on most plastic frames).', '2025-09-18'), []);
    assert.deepEqual(problemsInNotes('The EU deal rate of 15% already includes the normal MFN duty; frames pay about 2.5%.', '2025-09-18'), [['2.5%', 'contradicted']]);
  });

  test('"30% non-alum + 50% alum content": "alum" is aluminum, and non-aluminum content none', () => {
    const row = (cell: string) => problemsInNotes(`| Item | Origin | Duty |\n| --- | --- | --- |\n| ACM 3mm sheet | China | ${cell} |`, '2025-08-20');
    assert.deepEqual(row('30% non-alum + 50% alum content'), []);
    assert.deepEqual(row('30% non-alum + 50% plastic content'), [['50%', 'contradicted']]);
  });

  test('"Japan moved from the 10% baseline to 15% on August 7" tells the 10% in the past', () => {
    assert.deepEqual(problemsInNotes('Japanese sake: Japan moved from the 10% baseline to 15% on August 7.', '2025-09-01'), []);
    assert.deepEqual(problemsInNotes('Japanese sake: Japan is on the 10% baseline, and goes to 15% later.', '2025-09-01'), [['10%', 'outdated']]);
  });

  test('a site\'s FAQ that "says" a figure gives someone else\'s', () => {
    assert.deepEqual(problemsInNotes('One big-box site\'s FAQ says Chinese treadmills still carry the 10% fentanyl tariff.', '2026-09-10'), []);
    assert.deepEqual(problemsInNotes('Chinese treadmills still carry the 10% fentanyl tariff.', '2026-09-10'), [['10%', 'outdated']]);
  });

  test('"forklift battery is at 20% again" is a charge, beside a truck', () => {
    const chat = (words: string) => problemsInNotes(`3/11/26, 8:42 AM - Tom: tell her no, no tariff on it at all\n3/11/26, 8:50 AM - Kev: truck from the quarry is here, 3 dies 2 bases. ${words} is at 20% again btw`, '2026-03-11');
    assert.deepEqual(chat('forklift battery'), []);
    assert.deepEqual(chat('the truck tariff'), [['20%', 'contradicted']]);
  });

  test('"Steel tariff is 25%, same as it was in 2018" is said of now; the date is the comparison\'s', () => {
    assert.deepEqual(problemsInNotes('Steel tariff is 25%, same as it was in 2018, nothing new there.', '2025-07-10'), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Steel tariff was 25% in 2018, nothing new there.', '2025-07-10'), []);
  });

  test('goods a relative clause says the subject is not ("light bars that are not truck parts") are never its goods', () => {
    const bulletin = (words: string) => problemsInNotes(`Chinese shop equipment and light bars that ${words} truck parts pay 20% in total now, down from 30% before November 10.`, '2025-12-01');
    assert.deepEqual(bulletin('are not'), []);
    assert.deepEqual(bulletin('are'), [['20%', 'contradicted']]);
  });

  test('"Our average FOB-to-landed uplift on Korean finished goods is now 13.8%" adds freight and more to the duty', () => {
    assert.deepEqual(problemsInNotes('Korean cosmetics pay a 15% tariff. Our average FOB-to-landed uplift on Korean finished goods is now 13.8%.', '2025-08-20'), []);
    assert.deepEqual(problemsInNotes('Korean cosmetics pay a 15% tariff. Our average uplift on Korean finished goods is now 13.8%.', '2025-08-20'), [['13.8%', 'contradicted']]);
  });

  test('"since August" in January is last August, though the paragraph wrote "November 10, 2026" before it', () => {
    const effective = (text: string) => checkDocument(inNotes(text), builtinFacts(), { kind: 'plaintext', asOf: '2026-01-15' }).claims.filter((c) => c.kind === 'effective').map((c) => [c.text, c.verdict]);
    assert.deepEqual(effective('The China suspension runs to November 10, 2026. Korea has been at a 15% tariff since August.'), [['August', 'supported']]);
    assert.deepEqual(effective('Korea has been at a 15% tariff since August.'), [['August', 'supported']]);
  });

  test('"China\'s 10% fentanyl duty and its 10% reciprocal rate are gone too" ends both', () => {
    assert.deepEqual(problemsInNotes('- China\'s 10% fentanyl duty and its 10% reciprocal rate are gone too.', '2026-03-09'), []);
    assert.deepEqual(problemsInNotes('- China\'s 10% fentanyl duty and its 10% reciprocal rate are still here.', '2026-03-09'), [['10%', 'outdated'], ['10%', 'outdated']]);
    // Not a clause after the figure whose own subjects ended: "when the old exemptions and quotas were scrapped".
    assert.deepEqual(problemsInNotes('Steel and aluminum have paid 50 per cent since 12 March, when the old country exemptions and quotas were scrapped.', '2025-04-25'), [['50 per cent', 'contradicted']]);
  });

  test('a supplier that "raised us twelve percent" raised its price', () => {
    const spas = (words: string) => problemsInNotes(`- Swim spas: our supplier there says the US copper tariff has been 50% since August 1, and ${words} twelve percent on the heater assembly.`, '2025-09-18');
    assert.deepEqual(spas('raised us'), []);
    assert.deepEqual(spas('is'), [['twelve percent', 'contradicted']]);
  });

  test('"Jen\'s math had the old China tariff stacked on top, 45% total" is a colleague\'s working figure', () => {
    assert.deepEqual(problemsInNotes('- Vanity cabinets (China): Jen\'s math had the old China tariff stacked on top, 45% total.', '2026-09-15'), []);
    assert.deepEqual(problemsInNotes('- Vanity cabinets (China): the old China tariff stacked on top, 45% total.', '2026-09-15'), [['45%', 'contradicted']]);
  });

  test('"$3k over last year" is what a price is compared with, not when the tariff in the sentence applied', () => {
    assert.deepEqual(problemsInNotes('- The dealer quote for the 4Runner (built in Japan) includes the 27.5% Japan car tariff, which Sam thinks is why it\'s $3k over last year.', '2026-09-15'), [['27.5%', 'outdated']]);
    assert.deepEqual(problemsInNotes('- The dealer quote for the 4Runner (built in Japan) included the 27.5% Japan car tariff last year.', '2026-09-15'), []);
  });

  test('"steel\'s 25% so …" says steel is 25% now, though the sentence goes on in the past', () => {
    assert.deepEqual(problemsInNotes('The steel tariff: steel\'s 25% so I don\'t get why they\'re acting like it doubled.', '2025-06-19'), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes('The steel tariff: steel was 25% so I don\'t get why they\'re acting like it doubled.', '2025-06-19'), []);
  });

  test('a column headed "Duty paid 2025" holds 2025\'s rates', () => {
    const sheet = (header: string) => problemsInNotes(`| Line | Origin | ${header} | Landed |\n|---|---|---|---|\n| Pumps | China | 30% | $153 |\n| Filters | Germany | 15% | $226 |`, '2026-09-14');
    assert.deepEqual(sheet('Duty paid 2025'), []);
    assert.deepEqual(sheet('Duty paid'), [['30%', 'outdated'], ['15%', 'outdated']]);
    // A year of a date stays that date's: "(Jan 2026)" is January, not all of 2026.
    assert.deepEqual(problemsInNotes('| SKU | Duty rate in budget (Jan 2026) | Duty rate now |\n|---|---|---|\n| Poly mailers (China) | 20% | 7.5% |', '2026-09-15'), []);
  });

  test('"You may have seen \"China 55%\" in the headlines" passes on what readers met elsewhere', () => {
    assert.deepEqual(problemsInNotes('You may have seen "China 55%" in the headlines last week after the London talks.', '2025-06-17'), []);
    assert.deepEqual(problemsInNotes('It is "China 55%" now after the London talks.', '2025-06-17'), [['55%', 'contradicted']]);
  });

  test('"in case switzerland stays at 39% into next year" supposes the rate', () => {
    const chat = (words: string) => problemsInNotes(`[9/23/25, 11:44:40 AM] Marco: but start pricing out the Austrian locks ${words} switzerland stays at 39% into next year.`, '2025-09-23');
    assert.deepEqual(chat('in case'), []);
    assert.deepEqual(chat('because'), [['39%', 'outdated']]);
  });

  test('"but nothing since February" tells when a rate ended, not when one began', () => {
    const effective = (text: string) => checkDocument(inNotes(text), builtinFacts(), { kind: 'plaintext', asOf: '2026-04-20' }).claims.filter((c) => c.kind === 'effective').map((c) => c.text);
    assert.deepEqual(effective('Israeli goods paid a 15% tariff under the August 2025 order, but nothing since February.'), []);
    assert.deepEqual(effective('Israeli goods have paid a 15% tariff since February.'), ['February']);
  });
});

describe('stop 70: a leader\'s word, a supplier\'s claim and a seller\'s surcharge', () => {
  test('"Trump said … china is 47% now" reports his word; "…, Trump said so" is the writer\'s', () => {
    assert.deepEqual(problemsInNotes('On the tariff, Trump said on the plane China is 47% now.', '2025-11-20'), []);
    assert.deepEqual(problemsInNotes('On the tariff, the White House says China is 47% now.', '2025-11-20'), []);
    assert.deepEqual(problemsInNotes('The tariff on China is 47% now, Trump said so on the plane.', '2025-11-20'), [['47%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('On the tariff, Lee said on the plane China is 47% now.', '2025-11-20'), [['47%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Steel stays at 50%, the White House said, and the tariff on China is 47% now.', '2025-11-20'), [['47%', 'contradicted']]);
  });

  test('"my supplier … is in India and claims India is at 27%" is the supplier\'s figure', () => {
    assert.deepEqual(problemsInNotes('On the tariff, my supplier for the tape is in India and claims India is at 27% right now.', '2025-06-18'), []);
    assert.deepEqual(problemsInNotes('On the tariff, my supplier for the tape is in India and India is at 27% right now.', '2025-06-18'), [['27%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('On the tariff, my cousin sells copper wire and says he pays 25% only.', '2025-08-12'), [['25%', 'contradicted']]);
  });

  test('a surcharge "we cut from 4% to 2%", or one "got them down to", is the seller\'s', () => {
    assert.deepEqual(problemsInNotes('On the China tariff: we cut the China surcharge from 4% to 2% on March 1.', '2026-03-12'), []);
    assert.deepEqual(problemsInNotes('On the China tariff: it was cut from 4% to 2% on March 1.', '2026-03-12'), [['2%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Called the distributor about the China tariff. Got them down to a 3% surcharge on mailers.', '2025-06-18'), []);
    assert.deepEqual(problemsInNotes('Called the distributor about the China tariff. It is down to a 3% surcharge on mailers.', '2025-06-18'), [['3%', 'contradicted']]);
  });

  test('"Until then," opens a sentence in the past when a line break parts its words', () => {
    assert.deepEqual(problemsInNotes('Customs stopped collecting them on February 24. Until\nthen, our Japanese pianos paid the 15% deal rate.', '2026-03-09'), []);
    assert.deepEqual(problemsInNotes('Customs stopped collecting them on February 24. Still\nnow, our Japanese pianos pay the 15% deal rate.', '2026-03-09'), [['15%', 'outdated']]);
  });

  test('"It was 25% before that." tells of the time before the date the sentence goes on from', () => {
    assert.deepEqual(problemsInNotes('The 232 steel tariff went to 50% on June 4th. It was 25% before that.', '2025-06-18'), []);
    assert.deepEqual(problemsInNotes('The 232 steel tariff went to 50% on June 4th. It was 25% that day.', '2025-06-18'), [['25%', 'outdated']]);
  });

  test('a country in capitals after a list\'s bullet is the item\'s partner, not a dateline', () => {
    const items = (first: string) => problemsInNotes(`Where things stand:\n\n  ${first} - the reciprocal tariff is 125% since April 10th.\n  * JAPAN - also ten percent for now.`, '2025-04-22');
    assert.deepEqual(items('* CHINA'), []);
    assert.deepEqual(items('* INDIA'), [['125%', 'contradicted']]);
  });

  test('a price sheet that "has Japan at 34%", bids bumped 8% and an alloy "80% copper" are no duties', () => {
    assert.deepEqual(problemsInNotes('On tariffs: my old price sheet from the 7th has Japan at 34%, tossing it.', '2025-04-22'), []);
    assert.deepEqual(problemsInNotes('On tariffs: my old price sheet is from the 7th and Japan is at 34%, tossing it.', '2025-04-22'), [['34%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Steel tariff news: im bumping metal roof bids 8% across the board.', '2025-04-10'), []);
    assert.deepEqual(problemsInNotes('Steel tariff news: the metal roof tariff is 8% across the board.', '2025-04-10'), [['8%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('There is a 50% copper tariff since Aug 1 and B20 is 80% copper.', '2025-08-19'), []);
    assert.deepEqual(problemsInNotes('There is a copper tariff since Aug 1 and it is 80% on copper.', '2025-08-19'), [['80%', 'contradicted']]);
  });
  test('"its 104% on china", goods that "come in at 18%" and a partner "slapped with 27%" are rates', () => {
    const inNews = (sentence: string, asOf: string) => problemsInNotes(`Tariff update.\n\n${sentence}`, asOf);
    assert.deepEqual(inNews('no its 104% on china, i just read it', '2025-04-10'), [['104%', 'outdated']]);
    assert.deepEqual(inNews('Our reliance is 60% on China.', '2025-04-10'), []);
    assert.deepEqual(inNews('Indian-made goods now come in at 18% under the new trade deal.', '2026-03-09'), [['18%', 'contradicted']]);
    assert.deepEqual(inNews('Our sales came in at 18% above plan.', '2026-03-09'), []);
    assert.deepEqual(inNews('India was slapped with 27% on April 9.', '2025-04-29'), [['27%', 'contradicted']]);
  });
  test('phrases read across a line break: "has\\n been at fifty percent"', () => {
    const notes = (sentence: string) => problemsInNotes(sentence, '2025-09-01');
    assert.deepEqual(notes('Aluminum from the UK has\n   been at fifty percent since June 2025.'), notes('Aluminum from the UK has been at fifty percent since June 2025.'));
    assert.deepEqual(notes('Aluminum from the UK has\n   been at fifty percent since June 2025.')[0], ['fifty percent', 'contradicted']);
  });
  // A thread's own header gives the document's date; the quoted messages below it stand past the lines a header is looked for in.
  const thread = (date: string, head: string, message: string) => `From: Dana\nDate: ${date}\nSubject: tariffs\n\nRay,\n\n${'Notes on the orders follow, one line each.\n'.repeat(14)}\n${head}\n\n${message}`;

  test('"yesterday" in a quoted e-mail counts from the day its head says it was sent', () => {
    const verdicts = (head: string) => problemsInNotes(thread('April 11, 2025', head, 'The China reciprocal tariff is 125% as of today. It was 84% for exactly one day, yesterday.'), '2025-04-11');
    assert.deepEqual(verdicts('From: Marco Liang\nSent: Thursday, April 10, 2025 6:02 PM\nTo: Dana'), []);
    assert.deepEqual(verdicts('> On Thu, Apr 10, 2025 at 6:02 PM, Marco Liang <marco@example.com> wrote:'), []);
    assert.deepEqual(verdicts('From: Marco Liang\nTo: Dana'), [['84%', 'outdated']]);
  });

  test('a quoted e-mail\'s "until tomorrow" counts from its day, and dates only the clause it stands in', () => {
    const verdicts = (head: string) => claimsOf(inNotes(thread('March 6, 2025', head, "- China's tariff is 10% and Canada/Mexico is on hold until tomorrow.")), '2025-03-06').map((c) => [c.text, c.verdict]);
    assert.deepEqual(verdicts('From: Rob Kessler\nSent: Monday, March 3, 2025 10:05 AM\nSubject: lockers'), [['10%', 'outdated'], ['tomorrow', 'supported']]);
    assert.deepEqual(verdicts('From: Rob Kessler\nSubject: lockers'), [['10%', 'outdated'], ['tomorrow', 'contradicted']]);
  });

  test('a margin that "went from 58% to 52%", and what "it comes out" at after a margin, are no tariff rates', () => {
    const talk = (text: string) => problemsInNotes(text, '2025-11-22');
    assert.deepEqual(talk('My margin on premium tech went from 58% to 52% this year and I worry more about OTC devices than tariffs.'), []);
    assert.deepEqual(talk('The tariff on Chinese tech went from 58% to 52% this year and I worry more about OTC devices than tariffs.'), [['52%', 'contradicted']]);
    assert.deepEqual(talk('Margin on the contract was 31% before any of this. With the China and steel duties it comes out around 29.5%.'), []);
    assert.deepEqual(talk('The China tariff was 30% in October. With the China and steel duties it comes out around 29.5%.'), [['29.5%', 'contradicted']]);
  });
  test('a FAQ\'s question heading names the partner of its answer', () => {
    const faq = (heading: string) => problemsInNotes(`### 5. What about China?\n\nChinese padlocks pay 20% in total.\n\n${heading}\n\nThey paid 39% from August 7 to November 13, 2025.`, '2025-12-01');
    assert.deepEqual(faq('### 6. What happened with Swiss products?'), []);
    assert.deepEqual(faq('### 6. What happened with these products?'), [['39%', 'contradicted']]);
  });
  test('"from 2025 template" dates the template a figure was taken from, not the figure', () => {
    const sheet = (note: string) => problemsInNotes(`| Item | Origin | Duty | Basis | Note |\n|---|---|---|---|---|\n| Drip edge, galv. | Mexico | 25% | Sec. 232 steel | ${note} |`, '2026-08-14');
    assert.deepEqual(sheet('from 2025 template'), [['25%', 'outdated']]);
    assert.deepEqual(sheet('paid from January to May 2025'), []);
  });
  test('"Canada and Mexico don\'t get the 10% baseline" denies it; "I don\'t get why" asks nothing of the figure', () => {
    assert.deepEqual(problemsInNotes('People keep asking so: Canada and Mexico don\'t get the 10% baseline at all.', '2025-04-11'), []);
    assert.deepEqual(problemsInNotes('People keep asking so: Canada and Mexico get the 10% baseline too.', '2025-04-11'), [['10%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('The mill passed another increase thru. Steel\'s 25% so I don\'t get why they act like it doubled.', '2025-06-17'), [['25%', 'outdated']]);
  });

  test('sellers\' charges: "we added a line-item tariff surcharge of 8%", "the builder put a 6% material surcharge", "I raised India SKUs 18%"', () => {
    assert.deepEqual(problemsInNotes('From April 2025 we added a line-item tariff surcharge of 8% to orders of Chinese goods.', '2026-03-09'), []);
    assert.deepEqual(problemsInNotes('From April 2025 the line-item tariff on Chinese goods was 8% on orders.', '2026-03-09'), [['8%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Aluminum from Canada has been 50% since June, and the builder put a 6% material surcharge on every boat.', '2025-09-22'), []);
    assert.deepEqual(problemsInNotes('I raised India SKUs 18% because of the tariff.', '2025-09-05'), []);
    assert.deepEqual(problemsInNotes('India SKUs pay 18% because of the tariff.', '2025-09-05'), [['18%', 'contradicted']]);
  });

  test('a column of "Aug 1 letter rates" holds threatened rates', () => {
    const sheet = (header: string) => problemsInNotes(`| Origin | Rate today | ${header} |\n|---|---|---|\n| Japan | 10% | 25% |`, '2025-07-16');
    assert.deepEqual(sheet('Aug 1 letter rate'), []);
    assert.deepEqual(sheet('Rate in force'), [['25%', 'contradicted']]);
  });
  test('someone who "keeps posting that" a figure, "Sal thinks", and a figure the next sentence says "Tom disagreed" with', () => {
    assert.deepEqual(problemsInNotes('A guy in the dealer group keeps posting that China is 104% but thats old.', '2025-04-21'), []);
    assert.deepEqual(problemsInNotes('In the dealer group chat, China is 104% now.', '2025-04-21'), [['104%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Sal thinks Chinese brake parts still pay 20% on top of the 232 duty.', '2026-10-06'), []);
    assert.deepEqual(problemsInNotes('Chinese brake parts still pay 20% on top of the 232 duty.', '2026-10-06'), [['20%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Dave says EU tires pay a 10% tariff now. Tom disagreed, the 10% ended in July.', '2026-10-06'), []);
    assert.deepEqual(problemsInNotes('Dave says EU tires pay a 10% tariff now. Tom agreed.', '2026-10-06'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Our reading is that EU tires pay a 10% tariff now. (Lukas disagrees; see Risks.)', '2026-10-06'), [['10%', 'outdated']]);
  });

  test('"the fentanyl 10% and the reciprocal 10% both ended Feb 24": both are subjects of the verb', () => {
    assert.deepEqual(problemsInNotes('China tariffs: the fentanyl 10% and the reciprocal 10% both ended Feb 24.', '2026-08-14'), []);
    assert.deepEqual(problemsInNotes('China tariffs: the fentanyl 10% stays and the reciprocal 10% ended Feb 24.', '2026-08-14'), [['10%', 'outdated']]);
  });

  test('a figure the writer says is "not tariff related", and a surcharge the sentence before says the writer added', () => {
    assert.deepEqual(problemsInNotes('UK tariffs are steady. We are raising LED wall rental 7% for 2026, not tariff related.', '2025-12-09'), []);
    assert.deepEqual(problemsInNotes('UK tariffs are steady. The UK tariff on LED walls is 7% for 2026, not 10%.', '2025-12-09'), [['7%', 'contradicted']]);
    const notice = (first: string) => problemsInNotes(`${first} Starting with December invoices, the tariff surcharge on Chinese-origin items drops from 9% to 6%.`, '2025-12-01');
    assert.deepEqual(notice('When tariffs jumped in April we added a separate tariff surcharge line to invoices.'), []);
    assert.deepEqual(notice('When tariffs jumped in April the China rate went up.'), [['6%', 'contradicted']]);
  });

  test('"runs out around July 24" ends the rate then, and the rate holds before', () => {
    assert.deepEqual(problemsInNotes('They put in a Section 122 tariff instead: 10% on basically everything, for 150 days, so it runs out around July 24.', '2026-03-11'), []);
  });
  test('"That was the end of:" over a list ends its rates, and "steel content ~60%" is a share of the goods', () => {
    const list = (intro: string) => problemsInNotes(`Customs stopped collecting them on February 24. ${intro}\n\n- the 15% rate on EU goods,\n- Canada's 35% on anything that didn't qualify under USMCA.`, '2026-03-10');
    assert.deepEqual(list('That was the end of:'), []);
    assert.deepEqual(list('That still leaves:'), [['15%', 'outdated'], ['35%', 'outdated']]);
    const sheet = (basis: string) => problemsInNotes(`| Item | Origin | Tariff basis | Tariff rate |\n|---|---|---|---|\n| Oven | France (EU) | ${basis} | 50% |`, '2026-09-15');
    assert.deepEqual(sheet('steel content ~60%'), []);
    assert.deepEqual(sheet('steel duty ~60%'), [['60%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Steel and aluminium derivatives now pay on metal content at 25%.', '2026-11-24'), [['25%', 'outdated']]);
  });
  test('"the talk of a refined copper duty, 15% in 2027" reports talk, not a rate', () => {
    assert.deepEqual(problemsInNotes('Mueller says the talk of a refined copper duty, 15% in 2027, is still just a recommendation.', '2026-11-05'), []);
    assert.deepEqual(problemsInNotes('Mueller says the refined copper duty, 15% in 2027, is now in force.', '2026-11-05'), [['15%', 'contradicted']]);
  });
  test('"carried 15%" tells of the past; a "Tariff recovery fee" column is the seller\'s; "check whether" asks; "OE parts" are auto parts', () => {
    assert.deepEqual(problemsInNotes('- German shears carried 15% under the US-EU agreement.', '2026-03-09'), []);
    assert.deepEqual(problemsInNotes('- German shears carry 15% under the US-EU agreement.', '2026-03-09'), [['15%', 'outdated']]);
    const fees = (header: string) => problemsInNotes(`| Category | ${header} | Notes |\n|---|---|---|\n| Brake parts (Chinese origin) | 6% | |`, '2025-06-12');
    assert.deepEqual(fees('Tariff recovery fee'), []);
    assert.deepEqual(fees('Tariff'), [['6%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('- Maria: check whether the Canada 35% is really still on, email the group', '2026-10-06'), []);
    assert.deepEqual(problemsInNotes('- Maria: the Canada 35% is really still on, email the group', '2026-10-06'), [['35%', 'outdated']]);
    const parts = (goods: string) => problemsInNotes(`| Origin | Goods | Duty |\n|---|---|---|\n| Japan | Denso ${goods} | 27.5% |`, '2025-06-12');
    assert.deepEqual(parts('OE parts'), []);
    assert.deepEqual(parts('gift boxes'), [['27.5%', 'contradicted']]);
  });
});

describe('stop 71', () => {
  test('"are back to" and "is down to" give a partner\'s level now', () => {
    assert.deepEqual(problemsInNotes('Tariff news for the shop. Ecuadorian roses are back to 10% with the new deal.', '2025-11-19'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Tariff news for the shop. Ecuador is down to 10% this week.', '2025-11-19'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Tariff news for the shop. Ecuador is back to 15% this week.', '2025-11-19'), []);
  });
  test('"we\'re adding a 6% tariff surcharge" is the writer\'s own price line', () => {
    assert.deepEqual(problemsInNotes('We\'re adding a 6% tariff surcharge on Vietnamese tile ordered after 4/15.', '2025-04-14'), []);
    assert.deepEqual(problemsInNotes('We\'re paying a 6% tariff on Vietnamese tile ordered after 4/15.', '2025-04-14'), [['6%', 'contradicted']]);
    // Nor is the day it starts a duty's.
    assert.deepEqual(problemsInNotes('Effective April 14 we will add a 25% tariff surcharge to invoices for Chinese goods.', '2025-04-10'), []);
    assert.deepEqual(problemsInNotes('From April 14 we pay a 25% tariff on Chinese goods.', '2025-04-20').map(([text]) => text), ['25%']);
  });
  test('a quote that "still has a 30% duty line" holds its maker\'s figure', () => {
    assert.deepEqual(problemsInNotes('China tariffs were cut on Nov 10. The vendor quote still has a 30% duty line for the pots.', '2025-11-20'), []);
    assert.deepEqual(problemsInNotes('China tariffs were cut on Nov 10. The pots still have a 30% duty for China.', '2025-11-20'), [['30%', 'outdated']]);
  });
  test('a supplier\'s product line, or a stranger online, that "says" a rate is only told', () => {
    assert.deepEqual(problemsInNotes('My Italian hair-color line (a brand you all know) says the EU tariff is 20%.', '2025-08-20'), []);
    assert.deepEqual(problemsInNotes('the guy on a podcast said chinese tariffs are 47% lol', '2025-12-09'), []);
    assert.deepEqual(problemsInNotes('Our Italian hair color says on the box the EU tariff is 20%.', '2025-08-20'), [['20%', 'outdated']]);
  });
  test('"went from the 10% baseline to the new rate" tells the level before the change', () => {
    assert.deepEqual(problemsInNotes('The EU tariff deal is 15% since Aug 7. Our German clippers went from the 10% baseline to the new rate that day.', '2025-08-20'), []);
    assert.deepEqual(problemsInNotes('The EU tariff deal is 15% since Aug 7. Our German clippers went to the 10% baseline that day.', '2025-08-20'), [['10%', 'outdated']]);
  });
  test('goods that "went to" a level, "now it\'s down to" after a rate, and a list item "still at 25% for aluminum"', () => {
    assert.deepEqual(problemsInNotes('Tariff notes.\n- Chairs: the bases are steel, and steel went to 50% last month.', '2025-04-16'), [['50%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Tariff notes. One panelist said steel went to 50% last month. Another panelist disagreed.', '2025-04-16'), []);
    assert.deepEqual(problemsInNotes('Tariff notes. One panelist said steel went to 50% last month. Another panelist agreed.', '2025-04-16'), [['50%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Tariff notes.\n- Chairs: the bases are steel, and steel went to 25% last month.', '2025-04-16'), []);
    assert.deepEqual(problemsInNotes('The tariff on our Indian wigs was 50% until early February. Now it\'s down to 18%.', '2026-03-10'), [['18%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('The tariff on our Indian wigs was 50% until early February. Now it\'s down to 10%.', '2026-03-10'), []);
    const item = (goods: string) => problemsInNotes(`## Where the tariffs stand\n- **Salon chairs:** steel still pays the 50% steel tariff.\n- **Foil sheets:** still at 25% for ${goods}, so no change.`, '2026-03-10');
    assert.deepEqual(item('aluminum'), [['25%', 'outdated']]);
    assert.deepEqual(item('now'), []);
  });
  test('"added about 7% to list" is a price rise; "gets us back to about 31%" after a margin is the margin', () => {
    assert.deepEqual(problemsInNotes('Steel tariffs are 50% since June 4. Our trailer maker added about 7% to list and blamed tariffs.', '2025-09-22'), []);
    assert.deepEqual(problemsInNotes('Steel tariffs are 50% since June 4. Our trailer maker pays about 7% on steel and blamed tariffs.', '2025-09-22'), [['7%', 'contradicted']]);
    const margin = (first: string) => problemsInNotes(`${first} The new price gets us back to about 31% after the India duty.`, '2025-10-20');
    assert.deepEqual(margin('Margin check: we aim for 40% on saddles.'), []);
    assert.deepEqual(margin('India tariffs: the rate doubled in August.'), [['31%', 'contradicted']]);
  });
  test('"Chinese-made items still carry" a rate are goods, not news items', () => {
    assert.deepEqual(problemsInNotes('Tariff notice.\n\n- Chinese-made items still carry a 20% tariff, so prices hold.', '2026-03-16'), [['20%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Tariff notice.\n\n- News items still carry a 20% tariff for China, so prices hold.', '2026-03-16'), []);
  });
  test('"China went from 145% to 10% total" gives China\'s total, not the baseline', () => {
    assert.deepEqual(problemsInNotes('Tariff thread.\n\nChina went from 145% to 10% total last week.', '2025-05-21'), [['10%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Tariff thread.\n\nChina went from 145% to 30% total last week.', '2025-05-21'), []);
  });
  test('"mid November" after a look back is not lent a later year a message wrote', () => {
    const chat = (reply: string) => problemsInNotes(`12/8/25, 9:52 AM - Jess: the other 24% on China stays suspended till Nov 2026\n12/8/25, 10:33 AM - Jess: ${reply}`, '2025-12-08');
    assert.deepEqual(chat('Swiss tariffs went down to 15% mid November, the 39% is over'), []);
    assert.deepEqual(chat('Swiss tariffs went down to 25% mid November, the 39% is over'), [['25%', 'contradicted']]);
  });
  test('"You wrote that the tariff is only 10%", "there\'s talk of" a rate, a model that "still has 10% on" goods, suppliers "still adding" a line', () => {
    assert.deepEqual(problemsInNotes('You wrote that the China tariff is "only 10%" so the fee looked crazy.', '2025-03-24'), []);
    assert.deepEqual(problemsInNotes('The China tariff is "only 10%" so the fee looked crazy.', '2025-03-24'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('India pays 50% on quartz. There\'s talk of a trade deal with India at 18% but nothing signed.', '2026-01-14'), []);
    assert.deepEqual(problemsInNotes('India pays 50% on quartz. There is a trade deal with India at 18% now.', '2026-01-14'), [['18%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('- Our standard-cost model still has 10% on all Vietnamese fabric "for Section 122".', '2026-08-20'), []);
    assert.deepEqual(problemsInNotes('- All Vietnamese fabric still has 10% on it "for Section 122".', '2026-08-20'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Several members report paint suppliers still adding a 15% "EU tariff" line on March invoices.', '2026-03-12'), []);
  });
  test('a figure proposed for another topic, a margin taken "down to", and a price rise "passed through"', () => {
    assert.deepEqual(problemsInNotes('Tariffs on steel jewelry are 50%. Should I bump jewelry markup? I was thinking 15% across the board.', '2025-12-08'), []);
    assert.deepEqual(problemsInNotes('Tariffs on steel jewelry are 50%. Should I bump jewelry markup? The tariff on steel is 15% across the board.', '2025-12-08'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Our own margin on Italian regulators was about 22% and we are taking it down to roughly 19% to soak up part of the tariff.', '2025-04-14'), []);
    assert.ok(problemsInNotes('The Italian tariff was about 22% and they are taking it down to roughly 19% next month.', '2025-04-14').some(([text]) => text === '19%'));
    assert.deepEqual(problemsInNotes('The makers are passing through about 6% on German paint because of the tariffs.', '2025-04-14'), []);
    assert.deepEqual(problemsInNotes('The makers are passing through the 6% tariff on German paint.', '2025-04-14'), [['6%', 'contradicted']]);
  });
  test('a column headed "Tariff we paid (2025 orders)" holds former rates, and a partner "getting hit at" a rate has it', () => {
    const sheet = (header: string) => problemsInNotes(`| Item | Origin | ${header} | Tariff now |\n|---|---|---|---|\n| Fins | Taiwan | 20% | none |`, '2026-10-06');
    assert.deepEqual(sheet('Tariff we paid (2025 orders)'), []);
    assert.deepEqual(sheet('Tariff'), [['20%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Tariff chat. Indonesia is getting hit at 32% now.', '2025-09-03'), [['32%', 'outdated']]);
  });
  test('a chat sentence run on in lower case after "20% now." lends its measure no further back', () => {
    const chat = (reply: string) => problemsInNotes(`[12/9/25, 7:07 AM] Jen: what is the China tariff now?\n[12/9/25, 7:09 AM] Mo: ${reply}`, '2025-12-09');
    assert.deepEqual(chat('China is 20% now. the fentanyl part got cut to 10% on nov 10'), []);
    assert.deepEqual(chat('China is 30% now. the fentanyl part got cut to 10% on nov 10').map(([text]) => text), ['30%']);
  });
  test('a wingback chair is upholstered furniture', () => {
    assert.deepEqual(problemsInNotes('- The British wingback line comes in at 10% under the UK cap.', '2026-08-20'), []);
    assert.deepEqual(problemsInNotes('- The British side tables come in at 10% under the UK cap.', '2026-08-20'), [['10%', 'outdated']]);
  });
  test('a rate that "only lasted about a month" has ended, "keeps them at" gives a level, and a clause after "and the" is its own', () => {
    assert.deepEqual(problemsInNotes('China is thirty percent total since May 14. The 125% reciprocal rate only lasted about a month.', '2025-05-21'), []);
    assert.deepEqual(problemsInNotes('China is thirty percent total since May 14. The 125% reciprocal rate is still in place.', '2025-05-21').map(([text]) => text), ['125%']);
    assert.deepEqual(problemsInNotes('Tariff notes. Japanese kilns: the Japan deal keeps them at 20%, so no change.', '2025-09-22'), [['20%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Tariff notes. Japanese kilns: the Japan deal keeps them at 15%, so no change.', '2025-09-22'), []);
    assert.deepEqual(problemsInNotes('Tariff notes. We passed on it, since UK steel is also at 50% now and the price gap is small.', '2026-09-22'), [['50%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Tariff notes. We passed on it, since the UK price gap is also at 50% now.', '2026-09-22'), []);
  });
  test('a refund row is dated by its entries, not the day its claim was "filed"', () => {
    const row = (status: string) => problemsInNotes(`## IEEPA refunds\n\n| Entries | Origin | Goods | IEEPA rate paid | Status |\n|---|---|---|---|---|\n| Apr 10 – May 13, 2025 | China | vitamin C | 145% | ${status} |`, '2026-09-14');
    assert.deepEqual(row('PSC filed 3/30'), []);
    assert.deepEqual(row('rate cut 3/30').map(([text]) => text), ['145%']);
  });
  test('"trump posting" a rate, a supplier\'s "tariff surcharge on our invoices", and a supplier "in Shenzhen" still adding a line are not the writer\'s', () => {
    assert.deepEqual(problemsInNotes('did everyone see trump posting china is paying 55% now', '2025-06-12'), []);
    assert.deepEqual(problemsInNotes('did everyone see china is paying 55% now', '2025-06-12'), [['55%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Tariffs again. NorthBay still has that 18% tariff surcharge on our private label invoices from May.', '2025-06-12'), []);
    assert.deepEqual(problemsInNotes('Tariffs again. NorthBay still pays that 18% tariff on Chinese capsules from May.', '2025-06-12'), [['18%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Q. My supplier in Shenzhen is still adding a "30% tariff" line to every invoice. Can they?', '2026-03-09'), []);
  });
  test('a margin "down to about 9% after the tariff", and a rate "fully dead" has ended', () => {
    assert.deepEqual(problemsInNotes('Our own margin on Chinese plush is down to about 9% after the tariff.', '2025-04-14'), []);
    assert.deepEqual(problemsInNotes('Our tariff on Chinese plush is down to about 9% after the talks.', '2025-04-14'), [['9%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Broker call: confirm the China 20% is fully dead for anything entered after Feb 24.', '2026-03-02'), []);
    assert.deepEqual(problemsInNotes('Broker call: confirm the China 20% is fully applied for anything entered after Feb 24.', '2026-03-02'), [['20%', 'outdated']]);
  });
  test('"30% plus the 10% baseline, so really 40%" gives a total to judge, but not one still to come', () => {
    assert.deepEqual(problemsInNotes('Tariff thread.\n\nChina tariffs are 30% plus the 10% baseline, so really 40%.', '2025-06-12').map(([text]) => text), ['40%']);
    assert.deepEqual(problemsInNotes('Tariff thread.\n\nChina is 10% reciprocal plus 20% fentanyl, so 30%.', '2025-06-12'), []);
    assert.deepEqual(problemsInNotes('Tariff thread.\n\nThe EU is 15% on top of the old 20% so its actually 35% now.', '2025-08-20'), [['35%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Tariff thread.\n\nChina got 34% on top of the 20% fentanyl tariff, so 54% tomorrow.', '2025-04-08'), []);
  });
  test('"That ends, among others:" over a list ends its rates; "Still 145% on China" opens on a level', () => {
    const list = (intro: string) => problemsInNotes(`CBP stopped collecting the IEEPA tariffs on February 24. ${intro}\n\n- the 15% deal rate on Japanese goods,\n- Canada's 35% on non-USMCA goods.`, '2026-03-05');
    assert.deepEqual(list('That ends, among others:'), []);
    assert.deepEqual(list('That leaves, among others:'), [['15%', 'outdated'], ['35%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Chinese reels are the real killer. Still 145% on China, thats why prices jumped.', '2025-09-26'), [['145%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Chinese reels are the real killer. Still 30% on China, thats why prices jumped.', '2025-09-26'), []);
  });
  test('a maker\'s "4% price surcharge" and "add maybe 5% for freight" are no rates', () => {
    assert.deepEqual(problemsInNotes('- The aluminum tariff is 25% since March 12 and the boat maker just sent a 4% price surcharge on every boat.', '2025-04-14'), []);
    assert.deepEqual(problemsInNotes('- The aluminum tariff is 25% since March 12 and the boat maker now pays a 4% aluminum tariff on every boat.', '2025-04-14'), [['4%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Rule of thumb: Japan 15, China 30. Add maybe 5% for freight and the shop\'s cut.', '2025-09-26'), []);
  });
  test('"(it started in Feb)" dates the start, not the figure; "(…) is gone" ends the figure before it', () => {
    assert.deepEqual(problemsInNotes('China timeline:\n\n- March 4: the fentanyl tariff on China doubled to 20% (it started in Feb)', '2025-05-08'), []);
    assert.deepEqual(problemsInNotes('China timeline:\n\n- the fentanyl tariff on China doubled to 20% in Feb', '2025-05-08').map(([text]) => text), ['20%']);
    const gone = (end: string) => problemsInNotes(`Customs stopped collecting them on February 24. For us that means:\n\n- The 20% on Chinese goods (10% fentanyl duty plus 10% reciprocal) ${end}`, '2026-03-12').map(([text]) => text);
    assert.deepEqual(gone('is gone.'), []);
    assert.ok(gone('stays.').includes('20%'));
  });
  test('a rep who "emailed me and said", and what "they say" or "he says", are others\' words', () => {
    assert.deepEqual(problemsInNotes('My wick supplier\'s rep emailed me this morning and said China wicks are 104% now.', '2025-05-08'), []);
    assert.deepEqual(problemsInNotes('Called the supplier, product is Vietnam, they say the 12% is right.', '2025-06-24'), []);
    assert.deepEqual(problemsInNotes('My wick supplier emailed me this morning. China wicks are 104% now.', '2025-05-08'), [['104%', 'outdated']]);
  });
});

describe('stop 72', () => {
  test('a screenshot or meme "saying" a rate is only told', () => {
    assert.deepEqual(problemsInNotes('China tariffs went to 125% yesterday. Someone shared a screenshot saying China is 104%.', '2025-04-11'), []);
    assert.deepEqual(problemsInNotes('China tariffs went to 125% yesterday. A meme says China is 104%.', '2025-04-11'), []);
    assert.deepEqual(problemsInNotes('China tariffs went to 125% yesterday. Our entry says China is 104%.', '2025-04-11'), [['104%', 'outdated']]);
  });
  test('"paid 30% for most of this year" tells a span gone by, unless the sentence turns to what goods pay now', () => {
    assert.deepEqual(problemsInNotes('Chinese toys paid a combined 30% for most of this year (a 10% reciprocal tariff plus a 20% fentanyl tariff).', '2025-12-08'), []);
    assert.deepEqual(problemsInNotes('Chinese toys pay a combined 30% this year (a 10% reciprocal tariff plus a 20% fentanyl tariff).', '2025-12-08').map(([text]) => text), ['30%', '20%']);
    assert.deepEqual(problemsInNotes('Swiss pumps, which paid 39% for most of last year, are at 39% tariff now.', '2026-01-10'), [['39%', 'outdated']]);
  });
  test('a distributor "passing the tariff through at 12%" sets a price, not the duty', () => {
    assert.deepEqual(problemsInNotes('Swiss watch tariffs: the distributor is passing the tariff through at about 12% on wholesale.', '2025-08-14'), []);
    assert.deepEqual(problemsInNotes('Swiss watch tariffs: the tariff is about 12% on wholesale.', '2025-08-14'), [['12%', 'contradicted']]);
  });
  test('"countries that never got their own rate" are every partner, not the document\'s', () => {
    assert.deepEqual(problemsInNotes('Tariffs on our Swiss watches. The 10% tariff only applies to countries that never got their own rate.', '2025-08-14'), []);
    assert.deepEqual(problemsInNotes('Tariffs on our Swiss watches. The 10% tariff still applies.', '2025-08-14'), [['10%', 'outdated']]);
  });
  test('"and only British steel stayed at the old rate" sets the UK apart from the figure before it', () => {
    assert.deepEqual(problemsInNotes('Steel tariffs: steel has been at 50% since June 2025 and only British steel stayed at the old rate.', '2026-09-15'), []);
    assert.deepEqual(problemsInNotes('Steel tariffs: steel has been at 50% since June 2025, and only British steel pays 50%.', '2026-09-15'), [['50%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Steel tariffs: British steel has been at 50% since June 2025.', '2026-09-15').map(([text, verdict]) => `${text} ${verdict}`), ['50% contradicted']);
  });
  test('a state "since" a date dates no past-tense sentence after it', () => {
    assert.deepEqual(problemsInNotes('Since May 14 the China tariff is 30% altogether. Korea got 15% in the summer deal.', '2025-10-20'), []);
    assert.deepEqual(problemsInNotes('On May 14 the China tariff went to 30%. Korea got 15% that day.', '2025-10-20'), [['15%', 'contradicted']]);
  });
  test('goods a clause after "but" spares are not the figure\'s goods', () => {
    assert.deepEqual(problemsInNotes('Canada has its own 25% border tariff, but the refiner\'s oil qualifies under USMCA.', '2025-04-22'), []);
    assert.deepEqual(problemsInNotes('Canada has its own 25% border tariff on the refiner\'s oil.', '2025-04-22'), [['25%', 'outdated']]);
  });
  test('"not Vietnam\'s regular 20% reciprocal rate" still names Vietnam\'s rate', () => {
    assert.deepEqual(problemsInNotes('The fronts fall under the 232 duty and not Vietnam\'s regular 20% reciprocal rate.', '2026-01-14'), []);
    assert.deepEqual(problemsInNotes('The fronts fall under the 232 duty and not Vietnam\'s regular 46% reciprocal rate.', '2026-01-14').map(([text]) => text), ['46%']);
  });
  test('"Biggest chunks:" after a refund claim lists what was paid then', () => {
    assert.deepEqual(problemsInNotes('IEEPA refunds: we filed for everything we paid from April 2025 to Feb 2026. Biggest chunks: the 20% reciprocal on the Vietnamese frame kits.', '2026-08-20'), []);
    assert.deepEqual(problemsInNotes('We filed our entries. Biggest chunks: the 20% reciprocal on the Vietnamese frame kits.', '2026-08-20'), [['20%', 'outdated']]);
  });
  test('"after the fentanyl cut" names an event, not the kind of the figure after it', () => {
    assert.deepEqual(problemsInNotes('The China tariff was 30% until November. After the fentanyl cut on November 10 it was 20%.', '2026-01-10'), []);
    assert.deepEqual(problemsInNotes('The China tariff was 30% until November. After November 10 the fentanyl duty was 20%.', '2026-01-10'), [['20%', 'outdated']]);
  });
  test('a named person at a firm who "says", or anyone who "thought" or "heard", gives their own word', () => {
    assert.deepEqual(problemsInNotes('[3/4/26, 8:31 AM] Marco: Dana at Kleenline says the new global tariff is 15% not 10', '2026-03-04'), []);
    assert.deepEqual(problemsInNotes('- Theo thought the Canada tariff was still 35% for the gloves.', '2026-10-20'), []);
    assert.deepEqual(problemsInNotes('4. Jules heard the Section 122 tariff comes back at 15% in January.', '2026-10-05'), []);
    assert.deepEqual(problemsInNotes('9/18/25 - Dana: thats the 232 on cars. heard EU cars drop to 15% tariff soon', '2025-09-18'), []);
    // A name alone saying it stays the writer's report, as labels most often read it; so does what the writer thought.
    assert.deepEqual(problemsInNotes('[3/4/26, 8:31 AM] Marco: the new global tariff is 15% not 10', '2026-03-04'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('- We thought the Canada tariff was still 35% for the gloves.', '2026-10-20').map(([text]) => text), ['35%']);
  });
  test('card and marketplace fees, markup columns, price adjustments and a leader\'s average are no duty rates', () => {
    assert.deepEqual(problemsInNotes('We told members the increase was because of tariffs. Labor is up, cc fees went from 2.6 to 3.1%.', '2026-03-05'), []);
    assert.deepEqual(problemsInNotes('Chinese mold tariffs are 20% now. Etsy fees are 6.5% on top.', '2025-04-20'), []);
    assert.deepEqual(problemsInNotes('Chinese printer tariffs are brutal. Prusa put through a 6% price adjustment in March.', '2025-04-11'), []);
    assert.deepEqual(problemsInNotes('Q: Is the China tariff 47%?\nA: The 47% is the President\'s overall average for Chinese goods.', '2025-12-08'), []);
    assert.deepEqual(problemsInNotes('Q: Is the China tariff 47%?\nA: The 47% is the tariff on Chinese goods.', '2025-12-08').map(([text]) => text), ['47%']);
    const sheet = '| Origin | Item | Duty % | Duty basis | IMU % |\n|---|---|---:|---|---:|\n| Austria | skis | 10% | Sec 122 | 47% |\n';
    assert.deepEqual(problemsInNotes(sheet, '2026-04-14'), []);
    assert.deepEqual(problemsInNotes(sheet.replace('IMU %', 'Tariff %'), '2026-04-14'), [['47%', 'contradicted']]);
  });
  test('a seller raising "my" goods, or a tariff surcharge "on the confirmation", sets a price', () => {
    assert.deepEqual(problemsInNotes('The EU tariff is 15% now. Distributor raised my rebuild kits 9% on Sept 1.', '2025-09-11'), []);
    assert.deepEqual(problemsInNotes('The EU tariff is 15% now. My rebuild kits pay 9% since Sept 1.', '2025-09-11'), [['9%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('EU skis: yes, the 6% tariff surcharge on the prebook confirmation is real.', '2025-04-16'), []);
    assert.deepEqual(problemsInNotes('EU skis: the 6% tariff surcharge is real. It is not a duty rate, it is our price adjustment.', '2025-04-16'), []);
    assert.deepEqual(problemsInNotes('EU skis: the 6% tariff is real.', '2025-04-16').map(([text]) => text), ['6%']);
  });
  test('rates "which are gone", that "we\'d been paying", or paid "for those few weeks" are former', () => {
    assert.deepEqual(problemsInNotes('The court struck the IEEPA tariffs down.\n\n  * the 10% baseline on everything, which is gone', '2026-03-05'), []);
    assert.deepEqual(problemsInNotes('The court struck the IEEPA tariffs down.\n\n  * the 10% baseline on everything, which is here', '2026-03-05').map(([text]) => text), ['10%']);
    assert.deepEqual(problemsInNotes('Tariff notes: we\'d been paying 20% on Chinese filament since November.', '2026-03-05'), []);
    assert.deepEqual(problemsInNotes('Tariff notes: we\'re paying 20% on Chinese filament since November.', '2026-03-05').map(([text]) => text), ['20%']);
    assert.deepEqual(problemsInNotes('Refunds: the IEEPA duties we paid (China\'s 145% for those few weeks in spring) come back to us.', '2026-03-10'), []);
    assert.deepEqual(problemsInNotes('Refunds: the IEEPA duties we pay (China\'s 145% in spring) come back to us.', '2026-03-10').map(([text]) => text), ['145%']);
  });
  test('a reciprocal rate and a Section 232 duty never add up on the same goods', () => {
    assert.deepEqual(problemsInNotes('The EU tariff is 15% plus the 50% steel tariff on a steel machine, so it is 65% total on the Italian welder.', '2025-12-09'), [['65%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Chinese socket sets carry the 20% fentanyl tariff plus the 25% steel tariff, so 45% total.', '2025-05-22'), []);
  });
  test('"quoted the Kessler job" prices work; "Steel stayed at 25%" gives the level now', () => {
    assert.deepEqual(problemsInNotes('I already quoted the Kessler job at the Taiwan rate, since the Taiwan tariff is still 32% on motion parts.', '2025-08-22'), [['32%', 'outdated']]);
    assert.deepEqual(problemsInNotes('The broker quoted that the Taiwan tariff is still 32% on motion parts.', '2025-08-22'), []);
    assert.deepEqual(problemsInNotes('Aluminum tariffs doubled on June 4. Steel stayed at 25%.', '2025-06-18'), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Aluminum tariffs doubled on June 4. Steel stayed at 50%.', '2025-06-18'), []);
  });
  test('"according to the bidder" and "they list it as" give another\'s figure', () => {
    assert.deepEqual(problemsInNotes('According to the bidder, the Vietnam tariff is 46% on the chairs.', '2025-11-18'), []);
    assert.deepEqual(problemsInNotes('According to our records, the Vietnam tariff is 46% on the chairs.', '2025-11-18'), [['46%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Broker sheet has the Taiwan tariff at 20% plus the 25% parts duty. They list it as 45% combined.', '2025-10-08'), []);
    assert.deepEqual(problemsInNotes('The Taiwan tariff is 20% plus the 25% parts duty. That is 45% combined.', '2025-10-08'), [['45%', 'contradicted']]);
  });
  test('a seller\'s quoted surcharge "on every invoice" or "on the whole line", a sub\'s word, "the guy also said"', () => {
    assert.deepEqual(problemsInNotes('Steel tariffs: our door vendor put a 15% "steel surcharge" on every invoice since July.', '2025-08-18'), []);
    assert.deepEqual(problemsInNotes('EU tariffs: the EU 15%. Our distributor has put a 20%\n  "tariff surcharge" on the whole line anyway.', '2025-09-03'), []);
    assert.deepEqual(problemsInNotes('Steel tariffs: our door vendor pays a 15% steel tariff.', '2025-08-18'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Line sets: our mechanical sub says the copper tariff is 25% now.', '2025-08-18'), []);
    assert.deepEqual(problemsInNotes('Lumber tariffs: the guy also said canadian lumber is really paying like 45% with all the duties stacked.', '2025-11-18'), []);
    assert.deepEqual(problemsInNotes('Line sets: the copper tariff is 25% now.', '2025-08-18'), [['25%', 'contradicted']]);
  });
  test('furniture pads and olive wood boards are neither furniture nor lumber', () => {
    const row = (item: string) => `| Item | Origin | Duty |\n|---|---|---|\n| ${item} | Pakistan | 19% |\n`;
    assert.deepEqual(problemsInNotes(row('Furniture pads, economy'), '2026-01-12'), []);
    assert.deepEqual(problemsInNotes(row('Olive wood boards, 40 cm'), '2026-01-12'), []);
    assert.deepEqual(problemsInNotes(row('Upholstered sofas'), '2026-01-12'), [['19%', 'outdated']]);
  });
  test('a total after a cut "so" it is 20% now, or "half fentanyl, half reciprocal", is no fentanyl rate', () => {
    assert.deepEqual(problemsInNotes('[11/18/25, 8:14 AM] Tom: fentanyl part got cut in half last week so Chinese stuff is 20% now.', '2025-11-18'), []);
    assert.deepEqual(problemsInNotes('China tariffs.\n- The 20% is half fentanyl, half reciprocal since Nov 10.', '2026-01-12'), []);
    assert.deepEqual(problemsInNotes('China tariffs.\n- The 20% is the fentanyl duty since Nov 10.', '2026-01-12'), [['20%', 'outdated']]);
  });
  test('a level a change ended is told before the change; "before that, China was at 20%"; "runs to about July 24"', () => {
    assert.deepEqual(problemsInNotes('China tariffs. On April 10 the 84% reciprocal rate on Chinese goods was raised to 125%.', '2025-06-16'), []);
    assert.deepEqual(problemsInNotes('China tariffs. On April 10 the 84% reciprocal rate on Chinese goods applied.', '2025-06-16'), [['84%', 'outdated']]);
    assert.deepEqual(problemsInNotes('- From February 24 to July 24 everything paid the 10% Section 122 surcharge; before that, China was at 20%', '2026-09-14'), []);
    assert.deepEqual(problemsInNotes('Tariffs. A temporary 10% tariff on imports from all countries under Section 122 runs to about July 24.', '2026-03-10'), []);
  });
  test('a margin "before the tariff", a figure "asked about", one no proclamation set, one "pushed to July 9"', () => {
    assert.deepEqual(problemsInNotes('China tariffs.\n- Our margin on these\n  was already down to about 14% before the tariff.', '2025-04-15'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Several accounts asked about a 15% global tariff. We have not seen any proclamation for 15%.', '2026-03-09'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Several accounts pay a 15% global tariff.', '2026-03-09'), [['15%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('EU tariffs: the EU 50% got pushed to July 9 per the news.', '2025-05-29'), []);
    assert.deepEqual(problemsInNotes('EU tariffs: the EU 50% got here on May 28 per the news.', '2025-05-29').map(([text]) => text), ['50%']);
  });
  test('"Same for the 35% on Canada" after a rate said to end ends it too', () => {
    assert.deepEqual(problemsInNotes('Tariff notes. The IEEPA rates ended February 24, so the 15% EU rate no longer applies. Same for the 35% tariff on Canada.', '2026-10-06'), []);
    assert.deepEqual(problemsInNotes('Tariff notes. The IEEPA rates ended February 24, so the 15% EU rate no longer applies. Canada still has a 35% tariff.', '2026-10-06').map(([text]) => text), ['35%']);
  });
  test('table columns: a history cell "20% until Feb 24" beside "Duty now", an "Aug 1 letter/deal rate", a "GM %"', () => {
    const history = '| Line | Made in | Duty history | Duty now |\n| --- | --- | --- | --- |\n| Foil cards | China | 20% until Feb 24 | Section 122 surcharge |\n';
    assert.deepEqual(problemsInNotes(history, '2026-03-09'), []);
    assert.deepEqual(problemsInNotes(history.replace('20% until Feb 24', '20%'), '2026-03-09').map(([text]) => text), ['20%']);
    const rates = (header: string) => `| Origin | Collected now | ${header} |\n|---|---|---|\n| Cambodia | 10% | 36% |\n`;
    assert.deepEqual(problemsInNotes(rates('Aug 1 letter/deal rate'), '2025-07-15'), []);
    assert.deepEqual(problemsInNotes(rates('Deal rate'), '2025-07-15').map(([text]) => text), ['36%']);
    const margins = (header: string) => `| Item | Origin | Duty $ | ${header} | Notes |\n|---|---|---|---|---|\n| LED mini set | China | 0.42 | 50% | incl. MFN duty |\n`;
    assert.deepEqual(problemsInNotes(margins('GM %'), '2025-07-15'), []);
    assert.deepEqual(problemsInNotes(margins('Duty %'), '2025-07-15').map(([text]) => text), ['50%']);
  });
  test('a rate a partner "never went to" is denied', () => {
    assert.deepEqual(problemsInNotes('Tariffs. Mexico is still 25%, it never went to the 30% Trump was threatening in July.', '2025-07-31'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Mexico is still 25%, it went to the 30% Trump was threatening in July.', '2025-07-31').map(([text]) => text), ['30%']);
  });
});

describe('stop 73', () => {
  test('a "price jump" is a change in price; a figure "saw on the news" is the news\'s', () => {
    assert.deepEqual(problemsInNotes('China tariffs are 145%. The mixer went from $200 to $262, a 31%\nprice jump, not the whole tariff.', '2025-04-22'), []);
    assert.deepEqual(problemsInNotes('China tariffs are 145%. The mixer went from $200 to $262, a 31%\nduty, not the whole tariff.', '2025-04-22').map(([text]) => text), ['31%']);
    assert.deepEqual(problemsInNotes('Tariffs again. I saw on the news that China is 55% now after the talks.', '2025-06-19'), []);
    assert.deepEqual(problemsInNotes('Tariffs again. I checked and China is 55% now after the talks.', '2025-06-19').map(([text]) => text), ['55%']);
  });
  test('a "tariff adjustment" the writer added to its fee, a state\'s tax beside its sales tax, a GM blend', () => {
    assert.deepEqual(problemsInNotes('Tariffs on steel. Last spring we added a 9% "tariff adjustment" to the install fee.', '2026-02-26'), []);
    assert.deepEqual(problemsInNotes('Tariffs on steel. Last spring steel paid a 9% tariff on the install kits.', '2026-02-26').map(([text]) => text), ['9%']);
    assert.deepEqual(problemsInNotes('China tariffs hit our costs. In Ohio the 11% amusement tax and 7% sales tax go on the ticket.', '2025-04-11'), []);
    assert.deepEqual(problemsInNotes('China tariffs hit our costs. In Ohio the 11% import tax and 7% sales tax go on the ticket.', '2025-04-11').map(([text]) => text), ['11%']);
    assert.deepEqual(problemsInNotes('China tariffs are folded in.\n\nBlended GM at list: 31.2% (last year 28%).', '2026-01-20'), []);
  });
  test('a seller "pricing like the tariff is 145%" tells of the price, not the rate', () => {
    assert.deepEqual(problemsInNotes('Tariffs are a mess. Shops are still pricing like the China tariff is 145%, months after the cut.', '2025-06-24'), []);
    assert.deepEqual(problemsInNotes('Tariffs are a mess. Shops are still pricing high because the China tariff is 145%, months after the cut.', '2025-06-24').map(([text]) => text), ['145%']);
  });
  test('a column "in our Aug 2025 sheet" is of that date; a "Share of duty $" column is a share', () => {
    const sheet = (header: string) => `Tariffs by origin:\n\n| Item | Made in | ${header} | Tariff today |\n|---|---|---|---|\n| Trays | China | 30% | 20% |\n`;
    assert.deepEqual(problemsInNotes(sheet('Tariff in our Aug 2025 sheet'), '2026-01-12'), []);
    assert.deepEqual(problemsInNotes(sheet('Tariff in our sheet'), '2026-01-12').map(([text]) => text), ['30%']);
    const rollUp = (header: string) => `## Roll-up\n\n| Bucket | Cost | Duty | ${header} |\n|---|---|---|---|\n| Steel racks | $90,000 | $13,500 | 38% |\n`;
    assert.deepEqual(problemsInNotes(rollUp('Share of duty $'), '2026-10-02'), []);
    assert.deepEqual(problemsInNotes(rollUp('Duty rate'), '2026-10-02').map(([text]) => text), ['38%']);
  });
  test('a company\'s word in a chat ("rental co says"), a state\'s titling tax', () => {
    assert.deepEqual(problemsInNotes('8/20/25, 11:16 AM - Jo: the tank rental co says thats the 25% steel tariff', '2025-08-20'), []);
    assert.deepEqual(problemsInNotes('8/20/25, 11:16 AM - Jo: the tank rental co pays the 25% steel tariff', '2025-08-20').map(([text]) => text), ['25%']);
    assert.deepEqual(problemsInNotes('Tariffs on the vans are in the sheet. Sales tax is separate (state, 5.5% titling tax).', '2026-10-02'), []);
  });
  test('a seller\'s "tariff handling" line or surcharge "on every service", a share "added to the bid", a price bumped "like 40%"', () => {
    assert.deepEqual(problemsInNotes('China tariffs. From PO 18 we are adding a 3% "tariff handling" line on imported parts.', '2025-04-14'), []);
    assert.deepEqual(problemsInNotes('China tariffs. From PO 18 we are paying a 3% tariff on imported parts.', '2025-04-14').map(([text]) => text), ['3%']);
    assert.deepEqual(problemsInNotes('Steel tariffs doubled to 50% in June, which added about 12% to the whole welding bid.', '2025-06-20'), []);
    assert.deepEqual(problemsInNotes('China tariffs: the vendor bumped the price like 35% on the dryers.', '2025-08-20'), []);
    assert.deepEqual(problemsInNotes('Tariffs on China. The spa next door is putting a 4% "tariff surcharge" on every service.', '2025-11-18'), []);
  });
  test('what people were "saying" about a rate; a chat whose stamps put it on its own date reads them day first', () => {
    assert.deepEqual(problemsInNotes('Japan tariffs. The same slip lots of people made in April, saying Japan was 34%.', '2025-08-20'), []);
    const chat = '[03/12/25, 09:40:13] Marta: and the court case?\n[03/12/25, 09:43:51] Ana: the steel tariff is 50%, that is 232\n';
    assert.deepEqual(problemsInNotes(chat, '2025-12-03'), []);
    assert.deepEqual(problemsInNotes(chat, '2025-12-20').map(([text]) => text), ['50%']);
  });
  test('"then 15% until February 23" follows the range before it; an answer\'s "Yes, it\'s a flat 15%"', () => {
    assert.deepEqual(problemsInNotes('Tariffs. Switzerland paid 39% from August 7 to November 13, 2025, then 15% until February 23, 2026.', '2026-09-15'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Switzerland paid 39% from August 7 to November 13, 2025, then 25% until February 23, 2026.', '2026-09-15').map(([text]) => text), ['25%']);
    assert.deepEqual(problemsInNotes('**Q: Is the new tariff really 15%?**\nA: Yes, it\'s a flat 15% on most imports now.', '2026-04-14'), [['15%', 'contradicted']]);
  });
  test('"why are we still paying 39%?" tells that it is paid', () => {
    assert.deepEqual(problemsInNotes('Swiss tariffs. Why are we still paying 39% on the Swiss watches?? I thought there was a deal', '2025-12-03'), [['39%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Swiss tariffs. Are we still paying 39% on the Swiss watches?? I thought there was a deal', '2025-12-03'), []);
  });
  test('a tool "still adds" a figure; an invoice\'s "tariff provision", a kept "metals" surcharge, a rush fee, "+ 8% for paypal/fees"', () => {
    assert.deepEqual(problemsInNotes('Tariffs. Section 122 lapsed in July.\n- The broker\'s costing template STILL adds a 10% Section 122 line to each entry.', '2026-10-05'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Section 122 lapsed in July.\n- Our costing template STILL adds a 10% Section 122 line to each entry.', '2026-10-05').map(([text]) => text), ['10%']);
    assert.deepEqual(problemsInNotes('Tariffs on Italian cloth. Your invoice adds a 20% "US tariff provision" on each bolt.', '2025-05-27'), []);
    assert.deepEqual(problemsInNotes('Tariffs on optics.\n\n1. Drop the tariff surcharges.\n2. Keep a 3% "metals" surcharge on mounts only.', '2026-10-05'), []);
    assert.deepEqual(problemsInNotes('Tariffs are up. ok but that is the rush fee, 25% on top.', '2025-12-03'), []);
    assert.deepEqual(problemsInNotes('China duty 30% on the kit = $130\n+ 8% for paypal/fees and shipping', '2025-09-12'), []);
  });
  test('"my elmer says", "forwarded me a competitor\'s page showing"; a chat\'s lower-case sentence after a present rate dates only itself', () => {
    assert.deepEqual(problemsInNotes('Japan tariffs. my elmer says japan is 25% now bc of the letter', '2025-09-12'), []);
    assert.deepEqual(problemsInNotes('Japan tariffs. A few of you forwarded me a rival\'s page showing "25% total" on Japanese radios.', '2025-11-18'), []);
    assert.deepEqual(problemsInNotes('[2025-09-12 18:57] mike: nope. taiwan is 20%, no deal for them yet. was 32 on paper back in april', '2025-09-12'), []);
    assert.deepEqual(problemsInNotes('[2025-09-12 18:57] mike: nope. taiwan is 25%, no deal for them yet. was 32 on paper back in april', '2025-09-12').map(([text]) => text), ['25%']);
    assert.deepEqual(problemsInNotes('9/18/25, 9:47 PM - Dev: yeah the steel tariff is 50% now. it was 25% til june', '2025-09-19'), []);
  });
  test('dates that are another thing\'s: "Got a quote in June", "30% (was 145 in April)", a date before "but as of this notice"', () => {
    assert.deepEqual(problemsInNotes('Swiss tariffs. Got a quote in June and just got the new one: they are passing on the full 39% Swiss tariff.', '2025-09-04'), []);
    assert.deepEqual(problemsInNotes('Swiss tariffs. In June they passed on the full 39% Swiss tariff.', '2025-09-04').map(([text]) => text), ['39%']);
    assert.deepEqual(problemsInNotes('China tariffs: Chinese foils pay 30% (was 145 in April).', '2025-06-24'), []);
    assert.deepEqual(problemsInNotes('China tariffs: Chinese foils pay 30% (in April).', '2025-06-24').map(([text]) => text), ['30%']);
    const notice = 'A Section 122 tariff took effect February 24, 2026: 10% on imports from all countries, through July 24. You may have seen 15% in the headlines. That was announced the next day, but as of this notice the rate being collected is the 10%.';
    assert.deepEqual(problemsInNotes(notice, '2026-03-10'), []);
  });
  test('an excepted partner\'s own clause after several words; costs "plus about 10% for freight"; a tariff "in the ordering app"; a quote\'s "US tariff" line', () => {
    assert.deepEqual(problemsInNotes('Section 232: steel and copper content pays 50% regardless of origin, except British steel and aluminum, which stay at 25%.', '2026-10-20'), []);
    assert.deepEqual(problemsInNotes('Steel tariffs. Landed = FOB plus about 10% for freight and duty on the bits.', '2026-10-07'), []);
    assert.deepEqual(problemsInNotes('Tariffs ended in February. Argentine saddles still have the 10% tariff in the ordering app, can we fix it?', '2026-10-07'), []);
    assert.deepEqual(problemsInNotes('Tariffs ended in February. Argentine saddles still have the 10% tariff, can we fix it?', '2026-10-07').map(([text]) => text), ['10%']);
    assert.deepEqual(problemsInNotes('Tariffs. The Dhaka vendor\'s new quote still has a 20% "US tariff" line in it. We struck it.', '2026-09-22'), []);
  });
  test('a builder\'s word, competitors "still adding" a surcharge, a duty that "moves the whole job 3%"', () => {
    assert.deepEqual(problemsInNotes('Canada tariffs. My cabinet builder in Winnipeg says Canada went to 45% on Aug 1.', '2025-08-20'), []);
    assert.deepEqual(problemsInNotes('Canada tariffs. Canada went to 45% on Aug 1.', '2025-08-20').map(([text]) => text), ['45%']);
    assert.deepEqual(problemsInNotes('China tariffs. Some competitors are still adding a "tariff surcharge" calculated on 30%.', '2025-11-18'), []);
    assert.deepEqual(problemsInNotes('EU tariffs. Imported reeds are maybe 20% of a rebuild, so a 15% duty moves the whole job 3%.', '2025-09-04'), []);
  });
  test('a chat sentence that opens with "thats" or a partner in lower case is a sentence of its own; a date "they priced that in" is the pricing\'s', () => {
    assert.deepEqual(problemsInNotes('Tariffs again. fine so 19 for Thailand. thats still far better than China at 145% lol', '2025-09-10'), [['145%', 'outdated']]);
    assert.deepEqual(problemsInNotes('[6/12/25, 8:20 AM] Marco: the steel ones? thats only the 25% steel tariff, they already priced that in back in march', '2025-06-12'), [['25%', 'outdated']]);
  });
  test('round 11: "and then Thursday" dates the next step; a guy at work\'s word; a dealer\'s "tariff adjustment"; a maker\'s quoted "tariff surcharge"', () => {
    assert.deepEqual(problemsInNotes('China tariffs. On Wednesday China was 84% + 20% = 104%, and then Thursday he raised it again.', '2025-04-11'), []);
    assert.deepEqual(problemsInNotes('China tariffs. On Wednesday China was 84% + 20% = 114%, and then Thursday he raised it again.', '2025-04-11').map(([text]) => text), ['114%']);
    assert.deepEqual(problemsInNotes('Tariffs on parts. Guy at work says chinese parts are paying 145% now which is nuts.', '2025-10-03'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Ford builds them in Ohio, but the dealer is still adding a "tariff adjustment" of 3% on the invoice.', '2026-09-15'), []);
    assert.deepEqual(problemsInNotes('| Who | Task |\n|---|---|\n| Sam | Push back on the truck dealer\'s 3% tariff adjustment |\n', '2026-09-15'), []);
    assert.deepEqual(problemsInNotes('Swiss tariffs. The Swiss rate is paused. The 7% "tariff surcharge" Wenger wants to add to wholesale is padding.', '2025-04-22'), []);
  });
  test('round 12: links e-mailed "saying", prices dropped 5%, a colleague\'s sheet that "still adds", "said something about", a tariff markup, a quoted "import surcharge" we had', () => {
    assert.deepEqual(problemsInNotes('Aluminum tariffs. A few of you have emailed us links saying aluminum is 25%.', '2025-06-10'), []);
    assert.deepEqual(problemsInNotes('China tariffs fell. I am dropping wetsuit prices 5% and keeping the rest.', '2026-03-02'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Dee noticed Jake\'s landed-cost sheet still adds a 10% tariff to every import line.', '2026-09-22'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Every Chinese import line still pays a 10% tariff.', '2026-09-22').map(([text]) => text), ['10%']);
    assert.deepEqual(problemsInNotes('China tariffs. Jo said something about a 54 percent tariff on China but I think she is wrong.', '2025-04-11'), []);
    assert.deepEqual(problemsInNotes('China tariffs went down. can you fix the POS? the glass category still has the 30% tariff markup baked in', '2025-11-20'), []);
    assert.deepEqual(problemsInNotes('China tariffs went down. the glass category still pays the 30% tariff', '2025-11-20').map(([text]) => text), ['30%']);
    assert.deepEqual(problemsInNotes('Tariffs. We had a 5% "import surcharge" on glass tanks from May 2025 to March 2026.', '2026-09-14'), []);
  });
  test('a lower-case weekday after "before"; a season in a column header; a column of "What we paid in January"', () => {
    assert.deepEqual(problemsInNotes('China tariffs. [11/12/25, 08:07] Dana: ten fentanyl plus ten reciprocal now. it was 30% before monday so still a win', '2025-11-12'), []);
    const table = (header: string) => `Tariffs:\n\n| Origin | ${header} |\n|---|---|\n| China | 145% |\n`;
    assert.deepEqual(problemsInNotes(table('Extra tariff, spring 2025'), '2025-10-02'), []);
    assert.deepEqual(problemsInNotes(table('Extra tariff'), '2025-10-02').map(([text]) => text), ['145%']);
    const paid = (header: string) => `Tariffs:\n\n| Origin | ${header} | What we pay now |\n|---|---|---|\n| China | 30% | 10% |\n`;
    assert.deepEqual(problemsInNotes(paid('What we paid in January'), '2026-03-12'), [['30%', 'outdated']]);
  });
  test('round 13: "so thats gone", "thats the HTS rate", a row\'s note "held from April"', () => {
    assert.deepEqual(problemsInNotes('3/10/26, 8:33 AM - Dale: the 15% japan deal was IEEPA too so thats gone. lighters are 10% like everything else now', '2026-03-10'), []);
    assert.deepEqual(problemsInNotes('3/10/26, 8:33 AM - Dale: the 15% japan deal is IEEPA too. lighters are 10% like everything else now', '2026-03-10').map(([text]) => text), ['15%']);
    assert.deepEqual(problemsInNotes('China tariffs. Regular umbrella duty is 6.5% btw, thats the HTS rate not the trump stuff', '2025-12-04'), []);
    const row = (note: string) => `| Entry | Entry date | Origin | IEEPA rate | Notes |\n| --- | --- | --- | --- | --- |\n| 0023 | 2025-06-10 | China | 30% | ${note} |\n`;
    assert.deepEqual(problemsInNotes(row('held from April, shipped after Geneva'), '2026-10-05'), []);
    assert.deepEqual(problemsInNotes(row('paid in April'), '2026-10-05').map(([text]) => text), ['30%']);
  });
});

describe('stop 74', () => {
  test('a dash typed as two hyphens joins a range; a size in inches is no date', () => {
    const period = (header: string) => `Tariffs:\n\n| Origin | ${header} |\n|---|---|\n| Germany | 10% |\n`;
    assert.deepEqual(problemsInNotes(period('Feb 24 -- Jul 24, 2026'), '2026-10-01'), []);
    assert.deepEqual(problemsInNotes(period('Now'), '2026-10-01').map(([text]) => text), ['10%']);
    assert.deepEqual(problemsInNotes('| Origin | Item | Duty |\n|---|---|---|\n| China | Hex shank bits 3/8", pack of 5 | 30% |\n', '2025-07-01'), []);
    assert.deepEqual(problemsInNotes('China tariffs. On 3/8 the duty on Chinese drill bits was 30%.', '2025-07-01').map(([text]) => text), ['30%']);
  });
  test('a carrier\'s fuel and handling charge, a quoted "tariff surcharge" on every order and a "tariff adjustment" line are no duty', () => {
    assert.deepEqual(problemsInNotes('Canada tariffs. Canada is 35%, but that invoice line is the carrier\'s own 4% fuel/handling add-on.', '2025-11-18'), []);
    assert.deepEqual(problemsInNotes('Swiss tariffs. Sonova has been billing us a 5% "tariff surcharge" on every order since August.', '2025-11-20'), []);
    assert.deepEqual(problemsInNotes('Swiss tariffs. Swiss hearing aids have paid a 5% tariff on every order since August.', '2025-11-20').map(([text]) => text), ['5%']);
    assert.deepEqual(problemsInNotes('China tariffs. On new orders we show a separate 4% "tariff adjustment" line.', '2025-04-11'), []);
    assert.deepEqual(problemsInNotes('China tariffs. On new orders we pay a separate 4% tariff.', '2025-04-11').map(([text]) => text), ['4%']);
  });
  test('", should be 20%" corrects the figure before it; "recip" is the reciprocal rate; a rate "(…) no longer applies" is a former one', () => {
    assert.deepEqual(problemsInNotes('China tariffs. [1/14/26, 10:22 AM] Sam: the quote has the chinese drill bits at 30% duty, should be 20%', '2026-01-14'), []);
    assert.deepEqual(problemsInNotes('China tariffs. [1/14/26, 10:22 AM] Sam: the quote has the chinese drill bits at 30% duty', '2026-01-14').map(([text]) => text), ['30%']);
    const basis = (measure: string) => `| Item | Origin | Duty basis | Duty % |\n|---|---|---|---|\n| Inverter | CN | ${measure} | 20% |\n`;
    assert.deepEqual(problemsInNotes(basis('IEEPA recip + fentanyl'), '2026-01-15'), []);
    assert.deepEqual(problemsInNotes(basis('IEEPA fentanyl'), '2026-01-15').map(([text]) => text), ['20%']);
    assert.deepEqual(problemsInNotes('Tariffs. The 20% tariff on Chinese goods (reciprocal plus fentanyl) no longer applies.', '2026-03-10'), []);
    assert.deepEqual(problemsInNotes('Tariffs. The 20% tariff on Chinese goods (reciprocal plus fentanyl) still applies.', '2026-03-10').map(([text]) => text), ['20%']);
  });
  test('round 1: a column of the seller\'s new surcharge or its surcharge on net price, "our pass-through surcharge, 5% on … and 3% on …", a quoted "tariff handling fee"', () => {
    const column = (header: string) => `| Line | Origin | Duty today | ${header} |\n|---|---|---|---|\n| Racking | Vietnam | 20% | 7% |\n`;
    assert.deepEqual(problemsInNotes(column('New surcharge'), '2025-09-10'), []);
    assert.deepEqual(problemsInNotes(column('Surcharge on net price'), '2025-09-10'), []);
    assert.deepEqual(problemsInNotes(column('New duty'), '2025-09-10').map(([text]) => text), ['7%']);
    assert.deepEqual(problemsInNotes('Tariffs. The tariff line is not a duty. It is our pass-through surcharge, 5% on Chinese lines and 3% on steel shelving.', '2025-03-21'), []);
    assert.deepEqual(problemsInNotes('Tariffs. The tariff line is a duty. It is the import duty, 5% on Chinese lines and 3% on steel shelving.', '2025-03-21').map(([text]) => text), ['5%', '3%']);
    assert.deepEqual(problemsInNotes('EU tariffs. He is also adding a 4% "tariff handling fee" to the order.', '2025-04-22'), []);
    assert.deepEqual(problemsInNotes('EU tariffs. He is also adding a 4% tariff to the order.', '2025-04-22').map(([text]) => text), ['4%']);
  });
  test('round 1: a cap "by statute" is the law\'s ceiling; "besides the steel 232" sets steel aside; "when everyone else doubled" leaves the partner as it was', () => {
    assert.deepEqual(problemsInNotes('Section 122 is capped at 15% by statute.', '2026-03-09'), []);
    assert.deepEqual(problemsInNotes('Section 122 is capped at 15%.', '2026-03-09').map(([text]) => text), ['15%']);
    assert.deepEqual(problemsInNotes('Tariffs. Besides the steel 232 there is 30% on anything from China.', '2025-08-19'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Besides the steel 232 there is 30% on anything from Vietnam.', '2025-08-19').map(([text]) => text), ['30%']);
    assert.deepEqual(problemsInNotes('Steel tariffs. The UK is on the 10% baseline. Its steel is still 25%, kept at the old rate when everyone else doubled.', '2025-09-21'), []);
    assert.deepEqual(problemsInNotes('Steel tariffs. The UK is on the 10% baseline. Steel for everyone else is still 25%.', '2025-09-21').map(([text]) => text), ['25%']);
  });
  test('"thai" in lower case is Thailand; a rate that "got suspended" a few words on is a former one; shortened months joined by "to" are a period', () => {
    const chat = (goods: string) => `[9:41 AM] jake: the invoice still has a tariff line on it. japan is still 15% right?\n[9:52 AM] lou: ${goods} are 19% right? the new box has duty on it\n`;
    assert.deepEqual(problemsInNotes(chat('thai shrimp'), '2025-11-20'), []);
    assert.deepEqual(problemsInNotes(chat('the shrimp'), '2025-11-20').map(([text]) => text), ['19%']);
    const europe = (verb: string) => `Tariff update.\n\nItaly / EU same deal, 10 percent for now. The twenty percent EU rate got ${verb}\nwith everybody else's.\n`;
    assert.deepEqual(problemsInNotes(europe('suspended'), '2025-04-22'), []);
    assert.deepEqual(problemsInNotes(europe('charged'), '2025-04-22').map(([text]) => text), ['twenty percent']);
    const lead = (when: string) => `## This year\n\n- **${when}:** the IEEPA rates were still on: Thailand 19%, Japan 15%.\n`;
    assert.deepEqual(problemsInNotes(lead('Jan to Feb'), '2026-09-15'), []);
    assert.deepEqual(problemsInNotes(lead('Lately'), '2026-09-15').map(([text]) => text), ['19%', '15%']);
  });
  test('round 2: a maker "still invoicing 20%" and what someone "mentioned" are others\' figures; "it is still 25% on steel" is a claim', () => {
    const chat = (verb: string) => `Tariffs. [3/3/26, 8:10 AM] Dana: our chair maker (Taiwan) ${verb} 20% reciprocal on the new order`;
    assert.deepEqual(problemsInNotes(chat('is still invoicing'), '2026-03-04'), []);
    assert.deepEqual(problemsInNotes(chat('still pays'), '2026-03-04').map(([text]) => text), ['20%']);
    const notes = (verb: string) => `Tariffs:\n\n- **Japan:** Lee ${verb} Japan is at 24% for the massage chairs.\n`;
    assert.deepEqual(problemsInNotes(notes('mentioned'), '2025-12-09'), []);
    assert.deepEqual(problemsInNotes(notes('confirmed'), '2025-12-09').map(([text]) => text), ['24%']);
    assert.deepEqual(problemsInNotes('Steel tariffs.\n\nYour supplier is padding. It is still 25% on steel.\n', '2025-06-17'), [['25%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Steel tariffs.\n\nYour supplier is padding. It is still 25% on average.\n', '2025-06-17'), []);
  });
  test('round 3: "NZ" is New Zealand; a "tariff surcharge line" and a forwarder\'s shipping surcharge are no duty; "Nope, …" denies the sentence before', () => {
    assert.deepEqual(problemsInNotes('Tariffs. Heads up, the US rate on our combs is still 15%, no NZ deal yet.', '2025-11-21'), []);
    assert.deepEqual(problemsInNotes('Tariffs. Heads up, the US rate on our combs is still 15%, no deal yet.', '2025-11-21').map(([text]) => text), ['15%']);
    assert.deepEqual(problemsInNotes('Swiss tariffs.\n\nI want to add a 6% tariff surcharge line on the Swiss clippers only.\n', '2025-05-20'), []);
    assert.deepEqual(problemsInNotes('Swiss tariffs.\n\nI want to add a 6% tariff on the Swiss clippers only.\n', '2025-05-20').map(([text]) => text), ['6%']);
    const correction = (reply: string) => `# Growers news\n\nOne correction from our spring issue: we printed that New Zealand goods paid 20% in\nOctober 2025. ${reply} in October 2025 the rate was 15%. Sorry about that.\n`;
    assert.deepEqual(problemsInNotes(correction('Nope,'), '2026-10-05'), []);
    assert.deepEqual(problemsInNotes(correction('As it happens,'), '2026-10-05').map(([text]) => text), ['20%']);
    const forwarder = (charge: string) => `# Tariff news\n\nOn the Japanese lines we are lowering shelf prices about 4% starting March 16. We are not passing through the full difference because the\n${charge} in January (7%!) has not gone away.\n`;
    assert.deepEqual(problemsInNotes(forwarder('shipping surcharge our freight forwarder added'), '2026-03-10'), []);
    assert.deepEqual(problemsInNotes(forwarder('tariff our freight forwarder paid'), '2026-03-10').map(([text]) => text), ['7%']);
  });
  test('round 3: a province\'s surcharge on the power it sells, and a share of those a survey asked, are no duty', () => {
    const ontario = (goods: string) => `# China grow bags\n\n> Also pretty sure Canadian steel is 50% now\n\nNope. That got walked back the same afternoon after Ontario dropped its 25% surcharge on the ${goods} it sells to Michigan and NY.\n`;
    assert.deepEqual(problemsInNotes(ontario('power'), '2025-03-18'), []);
    assert.deepEqual(problemsInNotes(ontario('pipe'), '2025-03-18').map(([text]) => text), ['25%']);
    const asked = (source: string) => `# China tariffs FAQ\n\nSuppliers raised prices during 2025 because of the China tariffs. In our spring ${source}, 64% of members said equipment costs were a top-three worry, and only 9% had seen any price decrease.\n`;
    assert.deepEqual(problemsInNotes(asked('survey'), '2025-12-31'), []);
    assert.deepEqual(problemsInNotes(asked('review'), '2025-12-31').map(([text]) => text), ['9%']);
  });
});
