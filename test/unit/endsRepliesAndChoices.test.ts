// Readings of how writers end, wave off, weigh and split figures: an end told once for a
// list of rates, replies that take a figure back ("No."), figures given as a choice or a
// threat, and duties that are another country's or a part of the figure. Each case has a
// control beside it: the same figure without the words read, judged as before. Checked
// against the built-in facts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRateClaims as claimsOf, builtinVerdicts as verdicts, inNotes } from '../support/engine';

describe('an end told once for several rates', () => {
  test('"So are …" after a sentence that tells of an end makes its rates former ones', () => {
    const before = 'CBP stopped collecting the IEEPA duties on February 24. The 10% baseline is history.';
    assert.deepEqual(verdicts(inNotes(`${before} So are the country rates that sat on top of it: Vietnam's 20% and India's 25% reciprocal rate.`), '2026-03-10'), [['10%', 'supported'], ['20%', 'supported'], ['25%', 'supported']]);
    assert.deepEqual(verdicts(inNotes(`${before} The country rates sat on top of it: Vietnam's 20% and India's 25% reciprocal rate.`), '2026-03-10'), [['10%', 'supported'], ['20%', 'outdated'], ['25%', 'outdated']]);
  });

  test('a rate others ask about that "we tell them … ended" after a semicolon is a former one', () => {
    const asked = (answer: string) => inNotes(`EU exporters still ask us about the 15% rate; we tell them it ${answer} in February and they now pay the 10% surcharge.`);
    assert.deepEqual(verdicts(asked('ended'), '2026-06-29'), [['15%', 'supported'], ['10%', 'supported']]);
    assert.deepEqual(verdicts(asked('applies'), '2026-06-29'), [['15%', 'outdated'], ['10%', 'supported']]);
  });

  test('"… no longer applies, and neither do the country rates:" ends the list after it', () => {
    const list = "Vietnam's 20%, India's 50% all-in.";
    assert.deepEqual(verdicts(inNotes(`The 10% baseline that sat under everything no longer applies, and neither do the country rates: ${list}`), '2026-03-10'), [['10%', 'supported'], ['20%', 'supported'], ['50%', 'supported']]);
    assert.deepEqual(verdicts(inNotes(`The 10% baseline that sat under everything no longer applies, and the country rates are these: ${list}`), '2026-03-10'), [['10%', 'supported'], ['20%', 'outdated'], ['50%', 'outdated']]);
  });
});

describe('figures the writer reports, waves off or does not assert', () => {
  test('what a one-pager says, news stories mentioned, a reader wrote in, or dealers keep telling people', () => {
    assert.deepEqual(verdicts(inNotes("The committee's one-pager says India was assigned 27% in April."), '2025-09-10'), [['27%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The committee says India was assigned 27% in April.'), '2025-09-10'), [['27%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('Some news stories mentioned a 15% surcharge on all imports.'), '2026-05-04'), [['15%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('A reader wrote in that the fentanyl tariff on China is 30%.'), '2025-06-20'), [['30%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Some dealers are still telling people Japanese cars pay 27.5%.'), '2025-10-28'), [['27.5%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The claim that UK cars pay 35% keeps coming back.'), '2026-09-15'), [['35%', 'unverifiable']]);
  });

  test('a next sentence that only says "No.", a trailing "which, no", and a writer who says someone is confused', () => {
    assert.deepEqual(verdicts(inNotes('Japanese cars still pay 27.5% tariffs. No. That was the rate until September.'), '2025-10-28'), [['27.5%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Japanese cars still pay 27.5% tariffs. That changed in September.'), '2025-10-28'), [['27.5%', 'outdated']]);
    assert.deepEqual(verdicts(inNotes('The importer in Ohio who says he paid 50% on Brazilian coffee in July is confused about the date.'), '2025-07-31'), [['50%', 'unverifiable']]);    assert.deepEqual(verdicts(inNotes('Japanese cars pay 27.5% all-in, which, no.'), '2025-10-28'), [['27.5%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Japanese cars pay 27.5% all-in, which hurts.'), '2025-10-28'), [['27.5%', 'outdated']]);
  });

  test('what a broker wrote to you, commentary that, what a forecast was premised on or a company had considered', () => {
    assert.deepEqual(verdicts(inNotes('Your broker wrote to you that Mexican goods pay 20% now.'), '2025-05-20'), [['20%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Your broker confirmed that Mexican goods pay 20% now.'), '2025-05-20'), [['20%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('We continue to see commentary that Toyota still faces 27.5% on vehicles shipped from Japan.'), '2025-12-05'), [['27.5%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The Company had considered that the 10% portion on Japanese goods would continue.'), '2025-09-25'), [['10%', 'unverifiable']]);
  });

  test('the possibility to impose a rate, and the suspension of one', () => {
    assert.deepEqual(verdicts(inNotes('The U.S. Government has indicated the possibility to impose about 100% tariff on semiconductors.'), '2025-09-25'), [['100%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The suspension of the 24% tariff on Japanese goods helped our margins.'), '2025-09-25'), [['24%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('The 24% tariff on Japanese goods helped our margins.'), '2025-09-25'), [['24%', 'outdated']]);
  });

  test('a rate that holds "only in the sense that …", that nobody expects back, that has been discussed, or that clients still model', () => {
    assert.deepEqual(verdicts(inNotes('China still faces a 20% fentanyl tariff only in the sense that nobody updated the slide.'), '2025-11-17'), [['20%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Nobody expects the 46% Vietnam rate to come back.'), '2026-03-10'), [['46%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('A 25% Section 232 rate on semiconductors has been discussed.'), '2026-06-15'), [['25%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Some clients are still modelling a 25% Section 232 tariff on copper rod.'), '2025-08-12'), [['25%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Our desk puts a 25% Section 232 tariff on copper rod.'), '2025-08-12'), [['25%', 'contradicted']]);
  });
});

describe('threats, counterfactuals and choices', () => {
  test('a rate "threatened from" a date, and the rate listed after it with no verb of its own', () => {
    assert.deepEqual(verdicts(inNotes('In July a tariff of 30% on EU goods was threatened from 1 August, and in May even 50%.'), '2025-08-20'), [['30%', 'unverifiable'], ['50%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('In July a tariff of 30% on EU goods was charged from 1 August, and in May even 50%.'), '2025-08-20'), [['30%', 'contradicted'], ['50%', 'contradicted']]);
  });

  test('what a rate "would have jumped back toward", or "could theoretically" climb to in any verb', () => {
    assert.deepEqual(verdicts(inNotes('Without the extension, the rate on Chinese goods would have jumped back toward 145% today.'), '2025-08-12'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The Swiss rate could theoretically remontate to 39%.'), '2025-12-08'), [['39%', 'unverifiable']]);
  });

  test('"either … or", a duty "once the quota fills", a tariff the President "announced on" a day', () => {
    assert.deepEqual(verdicts(inNotes('Postal items from China get either a 120% duty or a flat fee per parcel.'), '2025-04-22'), [['120%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Goods from China get a 120% duty.'), '2025-04-22'), [['120%', 'contradicted']]);
    // Postal items' own duty is a separate measure the built-in facts leave out: not judged against China's other rates.
    assert.deepEqual(verdicts(inNotes('Postal items from China get a 120% duty.'), '2025-04-22'), [['120%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Brazilian beef pays the 10% baseline, plus a 26.4% over-quota duty once the beef quota fills.'), '2025-06-20'), [['10%', 'supported'], ['26.4%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('On pharmaceuticals, the President announced on 25 September a tariff of 100% on branded drugs.'), '2025-09-30'), [['100%', 'unverifiable']]);
  });
});

describe('rates listed each with its own time', () => {
  test('"84% on April 9 and 125% from April 10 to May 13": each figure takes the date after it, not the one before "and"', () => {
    assert.deepEqual(verdicts(inNotes('The reciprocal rate on Chinese goods was 84% on April 9, 2025 and 125% from April 10 to May 13, 2025.'), '2026-11-16'), [['84%', 'supported'], ['125%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Goods from Canada outside USMCA paid 25% from March 4, 2025 to July 31, 2025, and 35% from August 1, 2025 until February 23, 2026.'), '2026-11-16'), [['25%', 'supported'], ['35%', 'supported']]);
    // Dated wrongly, the same figure is caught.
    assert.deepEqual(verdicts(inNotes('Goods from Canada outside USMCA paid 25% from March 4, 2025 to July 31, 2025, and 35% from March 4, 2025 until July 31, 2025.'), '2026-11-16'), [['25%', 'supported'], ['35%', 'contradicted']]);
  });
});

describe('lists aligned by dot leaders, and levies that are no tariff', () => {
  test('each row is read with its own label, as a list aligned by spaces is', () => {
    const list = (leader: (n: number) => string) => inNotes(['The duties we pay in the US are:', '', `   Bangladesh ${leader(9)} 30%`, `   Sri Lanka ${leader(10)} 44%`, `   Canadian counter-tariff on US steel ${leader(4)} 25%`].join('\n'));
    const dotted = verdicts(list((n) => '.'.repeat(n)), '2025-09-01');
    assert.deepEqual(dotted, [['30%', 'contradicted'], ['44%', 'outdated'], ['25%', 'unverifiable']]);
    assert.deepEqual(dotted, verdicts(list((n) => ' '.repeat(n)), '2025-09-01'), 'as with spaces');
  });

  test('a union\'s strike fund levy is no tariff', () => {
    const memo = (levy: string) => `Canadian aluminum pays a 25% US tariff.\n\nThe ${levy} stays at 0.25% until the fund reaches its target.`;
    assert.deepEqual(verdicts(memo('strike fund levy'), '2026-04-15'), [['25%', 'outdated']]);
    // A levy of no kind named is read as a tariff (Canada, named once before, is one reading of it).
    assert.deepEqual(verdicts(memo('levy'), '2026-04-15'), [['25%', 'outdated'], ['0.25%', 'unverifiable']]);
  });
});

describe('whose duty a figure is, and what it holds', () => {
  test('a government that removed its import duty imposes it; New Jersey names no partner', () => {
    const [removed] = claimsOf(inNotes('The Government of India has removed the 11% import duty on raw cotton until September 30.'), '2025-09-01');
    assert.equal(removed.scope.imposer, 'IN');
    assert.equal(claimsOf(inNotes('India has kept an 11% tariff on raw cotton until September 30.'), '2025-09-01')[0].scope.imposer, undefined);
    assert.deepEqual(claimsOf(inNotes('Our importer in New Jersey pays a 25% tariff.'), '2025-07-31').map((c) => c.scope.partner), ['*']);
  });

  test('a duty the figure holds "with penalty of" or "half of it is" is part of the total', () => {
    assert.deepEqual(verdicts(inNotes('India pays 50% with penalty of Russian oil.'), '2025-09-15'), [['50%', 'supported']]);
    const table = (note: string) => inNotes(`| Partner | Rate | Comment |\n| --- | --- | --- |\n| India | 50% | ${note} |\n`);
    assert.deepEqual(verdicts(table('half of it is the Russian oil penalty'), '2025-09-30', 'markdown'), [['50%', 'supported']]);
  });

  test('a rate that "is replace" another (machine translation) makes that one former', () => {
    assert.deepEqual(verdicts(inNotes('This new 19% rate is replace the 10% basic rate for Thai goods.'), '2025-08-20'), [['19%', 'supported'], ['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('This new 19% rate matches the 10% basic rate for Thai goods.'), '2025-08-20'), [['19%', 'supported'], ['10%', 'outdated']]);
  });
});
