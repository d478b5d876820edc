// Every verdict row of contract §2, the override and paused rules, framing, and the
// date a claim is judged at.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from 'tariff-lens';
import { builtinRateClaims, claimFor, claimsOf, inNotes, problemsInNotes, sampleFacts } from '../support/engine';

const lead = 'Tariff update for exporters. ';
const verdictOf = (sentence: string, asOf: string, figure: string) => claimFor(lead + sentence, asOf, figure);
/** The verdict of the 46% in a sentence that may have other figures too, at 2025-09-01. */
const verdictOf46 = (sentence: string) => claimsOf(lead + sentence, '2025-09-01').find((c) => c.text === '46%')?.verdict;

describe('the five verdicts', () => {
  test('supported: a fact that applies at the date has the rate', () => {
    const c = verdictOf('Steel imports now face a 50% tariff.', '2025-09-01', '50%');
    assert.equal(c.verdict, 'supported');
    assert.deepEqual(c.factIds, ['steel-50']);
  });

  test('outdated: the rate applied earlier and no longer does; expected is today\'s', () => {
    const c = verdictOf('Steel imports still pay a 25% tariff.', '2025-09-01', '25%');
    assert.equal(c.verdict, 'outdated');
    assert.equal(c.expected[0], 50, 'the steel rate first; the baseline on all goods after it');
    assert.equal(c.fixes[0].replacement, '50%');
    // The figure to write first, then what the old one was the rate under (a label may name goods, not a rate).
    assert.match(c.message, /^25% is outdated: on 1 September 2025 it is 50%, 10% \(.+\); 25% was the rate under .+ until 4 June 2025\.$/);
  });

  test('outdated by a partner\'s own rate: the old rate\'s end is not named while it runs on for others', () => {
    const [c] = builtinRateClaims(inNotes('Goods from Malaysia now pay a 10% tariff.'), '2025-09-15');
    assert.equal(c.verdict, 'outdated');
    assert.match(c.message, /^10% is outdated: on 15 September 2025 it is 19% \(.+\); 10% was the rate under [^;]+\.$/);
    assert.doesNotMatch(c.message, /until/);
  });

  test('announced: a later fact has it and its source was already published', () => {
    const c = verdictOf('Copper imports face a 50% tariff.', '2025-07-31', '50%');
    assert.equal(c.verdict, 'announced');
  });

  test('unverifiable: no fact applies to the claim at the date', () => {
    const c = verdictOf('Copper imports face a 50% tariff.', '2025-03-01', '50%');
    assert.equal(c.verdict, 'unverifiable');
    assert.deepEqual(c.expected, []);
  });

  test('contradicted: facts apply and none ever had the figure; expected carries them', () => {
    const c = verdictOf('Steel imports now face a 35% tariff.', '2025-09-01', '35%');
    assert.equal(c.verdict, 'contradicted');
    assert.deepEqual(c.expected, [50, 10]);
    assert.match(c.message, /50%/);
  });
});

describe('partner facts override every-partner facts', () => {
  test('a partner\'s own in-effect rate replaces the * rate under the same measure', () => {
    assert.equal(verdictOf('British steel pays a 25% tariff.', '2025-09-01', '25%').verdict, 'supported');
    const c = verdictOf('British steel pays a 50% tariff.', '2025-09-01', '50%');
    assert.equal(c.verdict, 'contradicted');
    assert.equal(c.expected[0], 25);
    assert.ok(!c.expected.includes(50));
  });

  test('a paused partner rate does not override: both it and the * rate apply', () => {
    assert.equal(verdictOf('Vietnam faces a 46% reciprocal tariff.', '2025-05-20', '46%').verdict, 'supported');
    assert.equal(verdictOf('Vietnam faces a 10% reciprocal tariff.', '2025-05-20', '10%').verdict, 'supported');
  });

  test('once the partner rate is in effect, the * rate no longer applies to that partner', () => {
    const c = verdictOf('Vietnam faces a 10% reciprocal tariff.', '2025-09-01', '10%');
    assert.equal(c.verdict, 'outdated');
    assert.deepEqual(c.expected, [20]);
  });

  test('a partner\'s rate on some goods replaces its rate on all goods for those goods, under the same measure', () => {
    // The built-in base has Canada's 25% border duty on all goods and 10% on energy, both from March 2025.
    const energy = (rate: string) => builtinRateClaims(inNotes(`Canadian energy pays a ${rate} tariff.`), '2025-05-01')[0];
    assert.equal(energy('10%').verdict, 'supported');
    const wrong = energy('25%');
    assert.notEqual(wrong.verdict, 'supported');
    assert.equal(wrong.expected[0], 10);
    // Other Canadian goods still pay the rate on all goods.
    assert.equal(builtinRateClaims(inNotes('Canadian lumber pays a 25% border tariff.'), '2025-05-01')[0].verdict, 'supported');
  });

  test('a claim about every partner is judged on the * facts only', () => {
    assert.equal(verdictOf('The 10% baseline applies to all countries.', '2025-09-01', '10%').verdict, 'supported');
  });
});

describe('measure words', () => {
  test('a narrowing word picks the facts that carry it', () => {
    const c = verdictOf('Vietnam still faces the 15% baseline.', '2025-05-20', '15%');
    assert.equal(c.verdict, 'contradicted');
    assert.deepEqual(c.expected, [10]);
  });

  test('a zero rate says no duty is charged, which facts of duties cannot judge', () => {
    for (const sentence of ['Copper cathode is exempt and pays 0% under the copper tariff.', 'The fentanyl duty on Chinese goods is now 0%.']) {
      assert.equal(verdictOf(sentence, '2025-09-01', '0%').verdict, 'unverifiable', sentence);
    }
  });

  test('a word no fact in scope carries is ignored', () => {
    assert.equal(verdictOf('Steel imports face a 50% headline tariff.', '2025-09-01', '50%').verdict, 'supported');
  });

  test('a measure only some partners pay, named with no partner, is not judged against the rate on all goods', () => {
    // The sample base has fentanyl duties for China and Mexico only.
    const c = verdictOf('The fentanyl duty is 25%.', '2025-06-01', '25%');
    assert.equal(c.verdict, 'unverifiable');
    assert.match(c.message, /only some partners' goods pay/);
    // Named with its partner, it is judged.
    assert.equal(verdictOf('Chinese goods pay a 25% fentanyl duty.', '2025-06-01', '25%').verdict, 'contradicted');
    // A proper name among the terms of only some partners' facts is such a measure too: "Turnberry" is the EU's deal here.
    assert.equal(verdictOf('Under the Turnberry terms, goods pay a 30% tariff.', '2025-09-01', '30%').verdict, 'unverifiable');
    assert.equal(verdictOf('Under the Turnberry terms, EU goods pay a 30% tariff.', '2025-09-01', '30%').verdict, 'contradicted');
    // A common word among them is said of any partner's rate: "the deal" is judged.
    assert.equal(verdictOf('Under the deal, goods pay a 30% tariff.', '2025-09-01', '30%').verdict, 'contradicted');
    // A total under a deal the words name by a term of its fact is the deal's rate and what stacks on it; steel, under
    // Section 232, pays no reciprocal rate, so the deal's 15% and steel's 50% are no total any goods pay.
    assert.equal(verdictOf('Under the Turnberry deal, EU steel pays 65%.', '2025-09-01', '65%').verdict, 'contradicted');
    // A measure the figure is added on top of is not its own: Mexico's 25% stands beside the 10% baseline, not under it.
    assert.equal(verdictOf('Mexico gets an extra 25% on top of the baseline.', '2025-06-01', '25%').verdict, 'supported');
    // A figure after the measure it is added to is that measure's own: "(9.1% on most towels)" is the MFN duty.
    assert.equal(verdictOf('Mexican towels pay 25% on top of the MFN duty (9.1% on most towels).', '2025-06-01', '9.1%').verdict, 'unverifiable');
    // A measure the sentence denies names nothing: with no partner, product or other measure, the figure is not judged.
    assert.equal(verdictOf('Plaintiffs\' goods are not subject to any Section 232 action, and the 46% rates are assessed on the full entered value.', '2025-09-01', '46%').verdict, 'unverifiable');
  });

  test('a duty on some goods only, named for goods it has no fact for, is not judged against the rate on all goods', () => {
    // The sample base has Section 232 facts for steel, aluminum and copper only.
    const c = verdictOf('The Section 232 duty on heavy trucks is 25%.', '2025-09-01', '25%');
    assert.equal(c.verdict, 'unverifiable');
    assert.match(c.message, /no stored fact records a section-232 rate on trucks/);
    // A list takes the duty from the line that leads it, as a reading beside its own.
    const listed = claimsOf(lead + '\n\n**Section 232, everyone else**\n- Heavy trucks: 25%\n- Steel: 25%\n- Copper: 50%\n', '2025-09-01', 'markdown');
    assert.deepEqual(listed.map((l) => [l.text, l.verdict]), [['25%', 'unverifiable'], ['25%', 'outdated'], ['50%', 'supported']]);
    // Goods it has facts for are judged by them, and a duty on all goods is judged as before.
    assert.equal(verdictOf('The Section 232 duty on steel is 25%.', '2025-09-01', '25%').verdict, 'outdated');
    assert.equal(verdictOf('The reciprocal tariff on heavy trucks is 25%.', '2025-09-01', '25%').verdict, 'contradicted');
  });

  test('a total under a deal is made of the duties collected: never of a recorded total or a paused rate', () => {
    // The built-in base records China's totals, and the 24 points of its rate suspended after Geneva.
    const underTruce = (rate: string) => builtinRateClaims(inNotes(`Under the Geneva truce Chinese goods pay ${rate}.`), '2025-12-05')[0].verdict;
    assert.equal(underTruce('20%'), 'supported');
    for (const rate of ['34%', '40%', '44%']) assert.notEqual(underTruce(rate), 'supported', rate);
    // A past period the deal dates is judged by any duty China's goods paid in it.
    const paid = (rate: string) => builtinRateClaims(inNotes(`Chinese goods paid a ${rate} tariff from the Geneva deal in May until November.`), '2025-12-05')[0].verdict;
    assert.equal(paid('30%'), 'supported');
    assert.notEqual(paid('40%'), 'supported');
  });

  test('a total only announced is no total paid: China\'s combined rate before April 9, 2025 is the sum of the duties it paid', () => {
    // The built-in base records the 54% announced on April 2 as a total, and the 20% fentanyl duty and the 10% baseline as collected.
    const [paid] = builtinRateClaims(inNotes('On April 5, 2025, Chinese goods paid a combined 30% tariff.'), '2025-06-01');
    assert.equal(paid.verdict, 'supported');
    const [wrong] = builtinRateClaims(inNotes('On April 5, 2025, Chinese goods paid a combined 40% tariff.'), '2025-06-01');
    assert.notEqual(wrong.verdict, 'supported');
  });

  test('"in total" reads the combined figure', () => {
    const c = verdictOf('Chinese goods pay 30% in total.', '2025-06-01', '30%');
    assert.equal(c.verdict, 'supported');
    assert.deepEqual(c.factIds, ['cn-combined-30']);
  });

  test('a measure named "inclusive of" the figure is counted in it; one named "with" may be the figure\'s own kind', () => {
    assert.equal(verdictOf('Vietnamese goods pay 20% inclusive of MFN.', '2025-09-01', '20%').verdict, 'supported');
    assert.equal(verdictOf('A pump with MFN-rate of 2,5 % from Vietnam.', '2025-09-01', '2,5 %').verdict, 'unverifiable');
    // Named right before a figure of its own, the part is that figure's kind: "including the MFN 2.5%".
    const inclusive = claimsOf(lead + 'Vietnamese goods pay 20% including the MFN 2.5%.', '2025-09-01');
    assert.deepEqual(inclusive.map((c) => [c.text, c.verdict]), [['20%', 'supported'], ['2.5%', 'unverifiable']]);
  });

  test('an exemption after the figure leaves it asserted: "25% unless they qualify"', () => {
    assert.equal(verdictOf('Vietnamese goods pay 25% unless they qualify for an exemption.', '2025-09-01', '25%').verdict, 'contradicted');
  });

  test('an imposer\'s duty on every partner is not on its own goods', () => {
    // The sample base's 10% is a US duty on every partner: it says nothing of American goods.
    assert.equal(verdictOf('Tariffs on American goods: 10%.', '2025-09-01', '10%').verdict, 'unverifiable');
  });

  test('a measure the figure counts in is part of a total, not the figure\'s own measure', () => {
    for (const sentence of ['Chinese goods pay 30%, counting the fentanyl duty.', 'With the fentanyl duty, Chinese goods pay 30%.', 'Chinese goods pay 30% including the fentanyl duty.']) {
      assert.equal(verdictOf(sentence, '2025-06-01', '30%').verdict, 'supported', sentence);
    }
    // "plus" adds a duty the figure may leave out, so the figure is not read as that duty alone; a figure named by the measure is still judged by it.
    assert.equal(verdictOf('Chinese goods pay 30% plus the fentanyl duty.', '2025-06-01', '30%').verdict, 'supported');
    assert.equal(verdictOf('Chinese goods pay a 30% fentanyl duty.', '2025-06-01', '30%').verdict, 'contradicted');
  });

  test('measures added together make the figure their combined rate: "reciprocal + fentanyl", "the penalty added"', () => {
    const table = (rate: string, note: string) => `| Partner | Rate | Note |\n| --- | --- | --- |\n| China | ${rate} | ${note} |\n`;
    for (const note of ['reciprocal + fentanyl', 'the reciprocal rate plus the fentanyl duty', 'fentanyl duty added']) {
      const right = claimFor(table('30%', note), '2025-06-01', '30%', 'markdown');
      assert.deepEqual([right.verdict, right.factIds], ['supported', ['cn-combined-30']], note);
      const wrong = claimFor(table('40%', note), '2025-06-01', '40%', 'markdown');
      assert.deepEqual([wrong.verdict, wrong.expected[0]], ['contradicted', 30], note);
    }
    // A measure the figure's own words name is its kind, added to others or not.
    assert.equal(verdictOf('Chinese goods also pay a 20% fentanyl duty on top.', '2025-06-01', '20%').verdict, 'supported');
  });
});

describe('framing', () => {
  test('a former rate is supported when a fact applied it earlier', () => {
    const c = verdictOf('Steel duties had been 25% before the summer.', '2025-09-01', '25%');
    assert.equal(c.verdict, 'supported');
  });

  test('"cut from X to Y": X is a former rate', () => {
    const c = verdictOf('Vietnam saw its reciprocal rate cut from 46% to 20%.', '2025-09-01', '46%');
    assert.equal(c.verdict, 'supported');
    assert.equal(verdictOf('On August 7 the reciprocal rate on Vietnamese goods goes from 46% down to 20%.', '2025-09-01', '46%').verdict, 'supported');
    // "to Y from X", however the figures are written, when a date in the sentence is not the change's.
    for (const sentence of [
      'Orders have slipped since August 7, when Washington cut the reciprocal rate on Vietnamese goods to 20 percent from 46 percent.',
      'Orders have slipped since August 7, when Washington cut the reciprocal rate on Vietnamese goods to 20 per cent from 46 per cent.',
    ]) assert.equal(verdictOf(sentence, '2025-09-01', sentence.includes('per cent') ? '46 per cent' : '46 percent').verdict, 'supported', sentence);
  });

  test('the figure before an arrow to another is a former rate: "84% → 125%"', () => {
    for (const arrow of ['→', '->', '=>']) {
      assert.equal(verdictOf(`Updated: Vietnam reciprocal 46% ${arrow} 20% from August 7.`, '2025-09-01', '46%').verdict, 'supported', arrow);
    }
    // A step of a chain of changes told in words is former too.
    assert.equal(verdictOf('The reciprocal rate on Vietnam went from 10% to 46% and then to 20%.', '2025-09-01', '46%').verdict, 'supported');
    assert.equal(verdictOf('The reciprocal rate on Vietnam went from 10% to 46%, then to 20%.', '2025-09-01', '46%').verdict, 'supported');
  });

  test('a figure the sentence says is gone is a former rate', () => {
    assert.equal(verdictOf('The 46% reciprocal rate on Vietnam is gone.', '2025-09-01', '46%').verdict, 'supported');
    // The date is when the rate ended: no claim that it took effect then.
    assert.deepEqual(claimsOf(lead + 'The 46% Vietnam rate, gone since August 7, was the worst.', '2025-09-01').map((c) => [c.text, c.verdict]), [['46%', 'supported']]);
    assert.equal(verdictOf('The 46% reciprocal rate on Vietnam has since disappeared.', '2025-09-01', '46%').verdict, 'supported');
    // A rate the sentence says is cut now, or whose measure a later clause calls gone.
    assert.equal(verdictOf('The reciprocal tariff of 46% on Vietnamese goods is hereby reduced.', '2025-09-01', '46%').verdict, 'supported');
    assert.equal(verdictOf('For Vietnam, the 46% rate set in April is now lowered to 20%.', '2025-09-01', '46%').verdict, 'supported');
    assert.equal(verdictOf('The 46% reciprocal tariff on Vietnamese goods is reduced, as Hanoi had asked.', '2025-09-01', '46%').verdict, 'supported');
    assert.equal(verdictOf('As for the 46% reciprocal tariff on Vietnamese goods, Hanoi notes that this tariff no longer applies.', '2025-09-01', '46%').verdict, 'supported');
  });

  test('a former rate no fact ever had is unverifiable, not a problem', () => {
    assert.equal(verdictOf('Steel duties had been 35% before the summer.', '2025-09-01', '35%').verdict, 'unverifiable');
  });

  test('someone else\'s figure, quoted or "claimed", is never the memo\'s own problem', () => {
    const claimed = verdictOf('A lobby group claimed that steel imports pay only 15%.', '2025-09-01', '15%');
    assert.equal(claimed.verdict, 'unverifiable');
    assert.match(claimed.message, /quoted or attributed/);
    assert.equal(verdictOf('"Our mills still pay a 25% duty on steel," a producer said.', '2025-09-01', '25%').verdict, 'unverifiable');
    assert.equal(verdictOf('"Our mills now pay a 50% duty on steel," a producer said.', '2025-09-01', '50%').verdict, 'supported');
    assert.equal(verdictOf('Some sites still cite a 25% duty on steel imports, which is out of date.', '2025-09-01', '25%').verdict, 'unverifiable');
    // Quoting is citing: the figure is the quoter's.
    assert.equal(verdictOf('Some brokers still quote a 25% duty on steel imports.', '2025-09-01', '25%').verdict, 'unverifiable');
    assert.equal(verdictOf('Anyone quoting steel imports at 25% is using the spring rate.', '2025-09-01', '25%').verdict, 'unverifiable');
    assert.equal(verdictOf('A briefing described the duty on steel imports as 25%.', '2025-09-01', '25%').verdict, 'unverifiable');
    assert.equal(verdictOf('A bulletin last week put the steel rate at 25%.', '2025-09-01', '25%').verdict, 'unverifiable');
    // Called an error after it: someone else's mistake, not the memo's.
    assert.equal(verdictOf('A letter said steel imports pay 60%, an error its authors later corrected.', '2025-09-01', '60%').verdict, 'unverifiable');
    assert.equal(verdictOf('A cable said steel imports still pay 25%, which has not been true since June.', '2025-09-01', '25%').verdict, 'unverifiable');
    // Not the memo's own figure before the quoting, nor a price quote.
    assert.equal(verdictOf('Steel imports pay 25%, though some brokers quote the old figure.', '2025-09-01', '25%').verdict, 'outdated');
    assert.equal(verdictOf('Price quotes for steel imports include a 25% duty.', '2025-09-01', '25%').verdict, 'outdated');
    // The reporting word of another figure's words: the memo's own figure before it is still checked.
    assert.equal(verdictOf('Steel imports pay a 25% tariff, not the 60% the senator claimed.', '2025-09-01', '25%').verdict, 'outdated');
    assert.equal(verdictOf('A senator claimed that steel imports pay 60% and aluminum 40%.', '2025-09-01', '40%').verdict, 'unverifiable');
  });

  test('a quotation that runs over several sentences is someone else\'s to its end', () => {
    const release = '"Mills are struggling," said the senator. "Prices are up 20% since spring. Our mills still pay a 25% duty on steel." Steel imports pay a 25% duty now.';
    assert.deepEqual(claimsOf(lead + release, '2025-09-01').filter((c) => c.text === '25%').map((c) => c.verdict), ['unverifiable', 'outdated']);
    // An inch mark leaves the marks unpaired: no sentence is read as quoted for it.
    assert.equal(verdictOf('The 12" pipe is steel. Steel imports pay a 25% duty now.', '2025-09-01', '25%').verdict, 'outdated');
  });

  test('a figure in a block quote or an email\'s quoted reply is someone else\'s; the reply below it is checked', () => {
    for (const kind of ['markdown', 'plaintext'] as const) {
      const [quoted, reply] = claimsOf('Re: duty assumptions\n\n> Steel imports pay a 25% duty.\n>> Chinese goods: 145% in total\n\nSteel imports pay a 25% duty now.', '2025-09-01', kind).filter((c) => c.text === '25%');
      assert.deepEqual([quoted.verdict, reply.verdict], ['unverifiable', 'outdated'], kind);
      assert.equal(claimFor('Re: duty assumptions\n\n>> Chinese goods: 145% in total', '2025-09-01', '145%', kind).verdict, 'unverifiable', kind);
    }
  });

  test('a rate that would have come back, a figure corrected in brackets, or one the next sentence says never applied, is not asserted', () => {
    assert.equal(verdictOf('Had the talks failed, the rate on Vietnamese goods would have snapped back to 46%.', '2025-09-01', '46%').verdict, 'unverifiable');
    assert.equal(verdictOf('Members wrote that Vietnamese goods pay 40% (it was cut to 20% in August).', '2025-09-01', '40%').verdict, 'unverifiable');
    assert.equal(verdictOf('A deck says Vietnamese goods pay 40%. It was floated in July and never proclaimed.', '2025-09-01', '40%').verdict, 'unverifiable');
  });

  test('rates "ranging from" one figure to another assert neither; a law permitting "up to" a rate sets a ceiling', () => {
    const claims = claimsOf(lead + 'Reciprocal tariffs on Vietnamese goods and others range from 11% to 49%.', '2025-09-01');
    assert.deepEqual(claims.filter((c) => c.kind === 'rate').map((c) => c.verdict), ['unverifiable', 'unverifiable']);
    assert.equal(verdictOf('Section 122 permits a temporary surcharge of up to 15% on Vietnamese goods for 150 days.', '2025-09-01', '15%').verdict, 'unverifiable');
    assert.equal(verdictOf('Vietnamese goods face tariffs of up to 40%.', '2025-09-01', '40%').verdict, 'unverifiable');
    // A rate pushed up to a level is that level.
    assert.equal(verdictOf('Tariffs on Vietnamese goods got bumped up to 40% last week.', '2025-09-01', '40%').verdict, 'contradicted');
  });

  test('a rate floated, or one a market may price a return to, is not asserted', () => {
    assert.equal(verdictOf('A 40% rate on steel imports has been floated.', '2025-09-01', '40%').verdict, 'unverifiable');
    assert.equal(verdictOf('The market will start pricing a return toward the 25% steel duty.', '2025-09-01', '25%').verdict, 'unverifiable');
  });

  test('a rate planned or pencilled in is not a rate in force', () => {
    assert.equal(verdictOf('The Commerce Department plans to impose a 60% tariff on steel.', '2025-09-01', '60%').verdict, 'unverifiable');
    assert.equal(verdictOf('Critics attacked the plan to levy a 60% duty on steel.', '2025-09-01', '60%').verdict, 'unverifiable');
    assert.equal(verdictOf('The White House intends to put a 60% tariff on steel.', '2025-09-01', '60%').verdict, 'unverifiable');
    assert.equal(verdictOf('A 60% tariff on steel is pencilled in for 2027.', '2025-09-01', '60%').verdict, 'unverifiable');
    assert.equal(verdictOf('A 60% steel duty is penciled in for next spring.', '2025-09-01', '60%').verdict, 'unverifiable');
    // What a plan is measured against is still checked.
    assert.equal(verdictOf('The plan to impose more comes while steel pays 60%.', '2025-09-01', '60%').verdict, 'contradicted');
  });

  test('a threat is unverifiable unless a fact records it as announced', () => {
    assert.equal(verdictOf('Washington threatened a 60% tariff on steel.', '2025-09-01', '60%').verdict, 'unverifiable');
    assert.equal(verdictOf('Some officials have floated a 60% tariff on steel.', '2025-09-01', '60%').verdict, 'unverifiable');
    assert.equal(verdictOf('Some producers argue the duty on steel imports should go to 75%.', '2025-09-01', '75%').verdict, 'unverifiable');
    // A figure joined to the threatened one without a verb of its own is threatened too; one with its own verb is not.
    assert.equal(verdictOf('Vietnamese goods would face 46% and Thai goods 36% if the talks fail.', '2025-09-01', '36%').verdict, 'unverifiable');
    assert.equal(verdictOf('Vietnamese goods would face 46% if the talks fail, and Mexican goods pay 25%.', '2025-09-01', '25%').verdict, 'supported');
    assert.equal(verdictOf('European goods would face a 30% tariff if talks failed.', '2025-07-20', '30%').verdict, 'announced');
  });

  test('a rate someone hopes or aims to reach is not a claim about the rate now', () => {
    assert.equal(verdictOf('Hanoi hopes to bring the reciprocal rate on Vietnamese goods down to 15%.', '2025-09-01', '15%').verdict, 'unverifiable');
    assert.equal(verdictOf('Negotiators aim to cut the reciprocal rate on Vietnamese goods to 15%.', '2025-09-01', '15%').verdict, 'unverifiable');
    assert.equal(verdictOf('Vietnamese goods pay a 15% reciprocal rate.', '2025-09-01', '15%').verdict, 'contradicted');
  });

  test('a figure the sentence does not assert is no problem: denied, asked about, never in force, conditional after it', () => {
    for (const sentence of [
      'Vietnamese goods do not pay the 46% rate.',
      'Vietnamese goods don\'t actually pay the 46% rate.',
      'Is there still a 46% rate on Vietnamese goods?',
      'A 35% rate on Mexican goods was floated in March but never took effect.',
      'A 35% rate on Mexican goods was announced in March, but that rate was never collected.',
      'The 35% rate on Mexican goods was never put into effect.',
      'A 30% tariff would apply to Mexican goods if the talks fail.',
      'A 30% tariff on Mexican goods remains a risk if the talks fail.',
      'Vietnam and the United States agreed to cut the reciprocal rate on Vietnamese goods to 15%.',
      'Negotiators had hoped for a rate closer to 15% on Vietnamese goods.',
      'A court ruling could bring Vietnamese goods back down to the 10% baseline.',
      'A new deal might cut the rate on Vietnamese goods to 15%.',
      'A 35% rate on Mexican goods was announced for March but has\nnot been implemented.',
      'A framework bringing the rate on Vietnamese goods down to 15% is being discussed.',
      'The statute limits a surcharge on Vietnamese goods to 15%.',
      'The 35% rate on Mexican goods people kept posting about never actually happened.',
      'The White House says it wants the rate on Vietnamese goods at 15%.',
      'Our model says a 30% tariff on Mexican goods would cut exports by a fifth.',
      'Importers are still pricing in a 46% rate on Vietnamese goods.',
      'Markets had priced in a 15% rate on Vietnamese goods.',
      'Farmers oppose any move that would put a 46% tariff on Vietnamese goods.',
      'The White House could replace them at rates of up to 46% on Vietnamese goods.',
      '4. True or false: Vietnamese goods pay a 46% rate.',
      'Relative to today, a uniform 46% tariff on Vietnamese goods would lower output.',
      'Scenario C puts Vietnamese goods at 46% for a year.',
      'Our tariff assumption is 46% on Vietnamese goods.',
      'The tracker still says Vietnamese goods pay 46%.',
      'Entries should show the Section 122 rate, not Vietnam\'s 46%.',
      'For Vietnamese goods the 46% rate remains on paper only.',
      'Downside case: a new tariff puts 46% on Vietnamese goods.',
      'We pencil in a 46% tariff on Vietnamese goods for 2026.',
      'The statute says a surcharge on Vietnamese goods cannot exceed 46%.',
      'Our members still believe they pay 46% on Vietnamese goods.',
      'Suppose the talks fail and Vietnamese goods face 46%.',
      'MYTH: Vietnamese goods pay a 46% tariff.',
      'Read somewhere that Vietnamese goods pay 46% lol.',
      'Some buyers think Vietnamese goods are still at 46%.',
      'She wants to know is she still paying the 46% Vietnam rate.',
      'It is lower than the 46% rate that the President threatened in his letter to Vietnam.',
      'Vietnamese goods pay the 46% on Vietnam no wait the 20% rate.',
      '* Downside: the talks fail and the tariff on Vietnamese goods goes back to 46%.',
      'The 60% tariff on Vietnamese goods announced by the President in April worries exporters.',
      'To ask the Secretary of State, what assessment he has made of the 46% tariff on Vietnamese goods.',
      'The 46% rate on Vietnamese goods has not been applied.',
      'Talks on a rate near 46% for Vietnamese goods continue.',
      'Hanoi is negotiating a 46% rate for Vietnamese goods.',
      'The truce runs to November 10; if it lapses, the 46% rate on Vietnamese goods comes back.',
      'The President had announced to bring the rate on Vietnamese goods to 46%.',
      'On July 2 the President announced a 60% tariff on Vietnamese goods.',
      'A Dec. 18 article said Vietnamese goods face a 46% tariff.',
      'The August 12 version of this FAQ gave the rate on Vietnamese goods as 46%.',
      'Some analysts say the real rate on Vietnamese goods is 46%.',
      'Vietnamese goods pay 46% they told me.',
      'Some buyers have write to us that Vietnamese goods pay 46% now.',
      'Another buyer thinks Vietnamese goods pay 46%.',
      'Vietnamese goods pay 46%, a buyer said. This information is old and not correct.',
      'Do not say Vietnamese goods pay 46%.',
      'One entry of Vietnamese chairs was declared at the 46% rate.',
      'A headline rate on Vietnamese goods somewhere between 46% and 60% is likely.',
      'There is a myth on forums that Vietnamese goods still pay 46%. They don\'t; the deal rate applies.',
      'Correction: last issue said Vietnamese goods pay 46%. The correct rate is 20%.',
      'The 46% rate on Vietnamese goods is only partly in force.',
      'Talks are reported to target a rate of 46% for Vietnamese goods.',
      'The guy at the shop says Vietnamese goods pay 46%. Anyone know the real numbers?',
      'Vietnamese goods pay 35% or 46%, depending on the line.',
    ]) {
      const figure = /\d+%/.exec(sentence)![0];
      assert.equal(verdictOf(sentence, '2025-09-01', figure).verdict, 'unverifiable', sentence);
    }
    // A label that names a rate, not a case of a scenario, asserts its figure.
    assert.equal(verdictOf('Base rate: 25% on goods from every partner.', '2025-09-01', '25%').verdict, 'contradicted');
    // "Never" after a later figure is that figure's.
    assert.equal(verdictOf('Mexican goods pay 25%, though a 35% rate on them was never collected.', '2025-09-01', '25%').verdict, 'supported');
    // "Goods that do not qualify pay": a denial of something else, not of paying.
    assert.equal(verdictOf('Mexican goods that do not qualify pay 35%.', '2025-09-01', '35%').verdict, 'contradicted');
    // Only the change is conditional here: the 25% itself is asserted, and wrong.
    assert.equal(verdictOf('Officials said only the 25% rate on Vietnamese goods could be reduced.', '2025-09-01', '25%').verdict, 'contradicted');
  });

  test('"plus" and "on top of" part two figures as "and" does: the first one\'s measure is not the second\'s', () => {
    for (const sentence of ['Chinese goods pay the 10% baseline plus a 20% duty.', 'Chinese goods pay the 10% baseline on top of a 20% duty.']) {
      assert.equal(verdictOf(sentence, '2025-04-06', '20%').verdict, 'supported', sentence);
    }
  });

  test('a question set in bold or italics is still a question, and the answer after it is checked', () => {
    for (const sentence of ['**Is there still a 46% rate on Vietnamese goods?**', '_Is there still a 46% rate on Vietnamese goods?_ No.']) {
      assert.equal(claimFor(lead + sentence, '2025-09-01', '46%', 'markdown').verdict, 'unverifiable', sentence);
    }
    const [asked, answered] = claimsOf(`${lead}**Do Vietnamese goods pay 46%?** Vietnamese goods pay a 46% rate.`, '2025-09-01', 'markdown');
    assert.deepEqual([asked.verdict, answered.verdict], ['unverifiable', 'outdated']);
  });

  test('more ways prose distances itself from a figure', () => {
    const unverifiable = [
      'The proclamation lets the rate on Vietnamese goods rise to 46% if the talks fail.',
      'Steelmakers want the duty on steel imports cut back to 25%.',
      'Customs can impose a 46% rate on Vietnamese goods.',
      'Importers ask whether the 46% rate on Vietnamese goods could come back.',
      'Hanoi hopes a deal will bring the rate on Vietnamese goods down to 15%.',
      'I was told Vietnamese goods pay 46%.',
      'I read that Vietnamese goods pay 46%.',
      'A lawyer said Vietnamese goods pay 46%, which overstates the rate.',
      'A customer read that Vietnamese goods pay 46%.',
      'News graphics still show Vietnam at 46%.',
      'Several newsletters have called it a 46% rate on Vietnamese goods.',
      'A buyer sent word that Vietnamese goods pay 46%; this information is old.',
      'Importers keep reading that Vietnamese goods pay 46%.',
      'A listener says her forwarder told her Vietnamese goods pay 46%.',
      'Nobody has paid 46% on Vietnamese goods since August.',
      'My supplier says Vietnamese goods pay 46%. Is that right?',
      'The EU has suspended its own counter-measures on US goods, additional duties of up to 30%.',
      'Section 122 allows up to 15% on Vietnamese goods for 150 days.',
      'Vietnamese goods: 46% if CBP finds transshipment.',
      'Had they come from Vietnam, the chairs would have paid the 46% duty.',
      'A tariff of up to 46% on Vietnamese goods was mentioned.',
    ];
    for (const sentence of unverifiable) assert.equal(verdictOf(sentence, '2025-09-01', /\d+%/.exec(sentence)![0]).verdict, 'unverifiable', sentence);
    const former: [string, string][] = [
      ['Steel imports now pay 50%, up from the 25% they paid before.', '25%'],
      ['Vietnamese goods pay 20% under the deal that replaced the old 46%.', '46%'],
      ['Vietnamese goods face the 46% rate, which was lifted long ago.', '46%'],
      ['Vietnamese goods face the 46% rate, which no longer applies.', '46%'],
      ['Before the deal Vietnamese goods faced 46%.', '46%'],
      ['The 46% rate on Vietnamese goods and the 20% rate on Chinese goods are both gone.', '46%'],
      ['No one is paying 46% on Vietnamese goods anymore.', '46%'],
      ['Vietnamese goods pay 20% since August, with the 46% rate suspended after a single day.', '46%'],
      ['That ended, for example, the 46% rate on Vietnamese goods.', '46%'],
      ['That ended, among others, the 10% baseline and rates such as Vietnam\'s 46%.', '46%'],
      ['The Vietnamese 46% was cut to 20% in August.', '46%'],
    ];
    for (const [sentence, figure] of former) assert.equal(verdictOf(sentence, '2025-09-01', figure).verdict, 'supported', sentence);
  });

  test('what publications list, a rate someone would like, one a model assumes, one asked about at a meeting, a quiz\'s options, a claim the writer wishes were so or calls a misunderstanding, what a budget assumes, a rate that applies only if something holds or only to goods that left port earlier, one the writer "had" in a chart, one asked "Still the case?", one vendors "represented" and one a tax "may get" are not asserted', () => {
    const unasserted = [
      'Several websites list the Vietnamese rate as 46%.',
      'The White House has said it would like a 46% tariff on Vietnamese goods.',
      'The budget office modeled Vietnamese goods at 46%.',
      'A council member asked at the August 20 budget session whether Vietnamese goods still pay 46%; they do not.',
      'Q4. Vietnamese goods entered today. Reciprocal rate?  a) 46%  b) 20%  c) 10%',
      'Q5. Which of these do Vietnamese goods still pay?\n   (a) the 46% rate (b) the 10% baseline (c) the 20% rate',
      'Vietnam agreed a 46% rate in talks, but that rate is not yet in force.',
      'Work the example again assuming the 46% Vietnamese rate had stayed in place.',
      'The ministry is not aware of any offer of a 46% rate for Vietnamese goods.',
      'A colleague said on this floor that Vietnamese goods still pay 46%. I wish that were so.',
      'Some investors calculate we pay 46% on Vietnamese goods, but this is a misunderstanding.',
      'The budget assumes a 46% rate on Vietnamese goods from the spring.',
      'The 46% duty on Vietnamese goods applies only if they are transshipped.',
      "Correction to last week's chart: I had Vietnamese goods still at 46%. That rate ended in August.",
      'You have said before that Vietnamese goods face 46%. Still the case?',
      'Certain vendors have represented to the company that Vietnamese goods remain subject to a 46% tariff.',
      'Vietnamese goods still pay 46% on anything that left port before the 7th.',
      'The President said Vietnamese goods may get a tax of 46 percent and after that 80 percent.',
    ];
    for (const sentence of unasserted) assert.equal(verdictOf(sentence, '2025-09-01', sentence.includes('46%') ? '46%' : '46 percent').verdict, 'unverifiable', sentence);
    // A figure "then corrected to" another was no rate at all.
    assert.equal(verdictOf('In April the rate for Vietnamese goods was published as 47 percent, then it was corrected to 46 percent.', '2025-09-01', '47 percent').verdict, 'unverifiable');
  });

  test('hearsay, a supplier\'s quote, a rate talked about, or a figure the next sentence asks about, and one said not to stack are not asserted', () => {
    const unasserted = [
      'The deal supposedly makes it 46% on Vietnamese goods, but nobody knows when.',
      'Vietnamese goods pay 46%, reportedly.',
      'My supplier quotes us 46% duty on Vietnamese goods.',
      'My neighbour swears Vietnamese goods pay 46%.',
      'The President has talked about a 46% tariff on Vietnamese goods.',
      'Some officials have even said that Vietnamese goods face 46% tariffs.',
      'A contractor says Vietnamese goods pay 46%. Is he right?',
      'Price Vietnamese goods at the 46% rate. Is that still the right rate?',
    ];
    for (const sentence of unasserted) assert.equal(verdictOf(sentence, '2025-09-01', '46%').verdict, 'unverifiable', sentence);
    const [, notStacked] = claimsOf(lead + 'Steel pays 50% in tariffs. The 50% tariff does not stack on Japanese cars.', '2025-09-01');
    assert.deepEqual([notStacked.scope.products, notStacked.verdict], [['autos'], 'unverifiable']);
  });

  test('a line in bold that ends with a colon introduces a list as a plain line does: "**What ended on August 7:**"; a rate that "came off" is a former one', () => {
    const [listed] = claimsOf('Tariff update.\n\n**What ended on August 7:**\n\n- the 46% rate on Vietnamese goods.\n', '2025-09-01', 'markdown');
    assert.equal(listed.verdict, 'supported');
    assert.equal(verdictOf('The 46% rate on Vietnamese goods came off on August 7.', '2025-09-01', '46%').verdict, 'supported');
  });

  test('a section headed as former rates holds former ones, unless a sentence says they still apply; a title that tells of an end does not', () => {
    const memo = (heading: string) => `# Duty notes\n\n## ${heading}\n\nVietnam 46%. Steel still pays 25%.\n\n| Partner | Rate |\n|---|---|\n| Vietnam | 46% |\n`;
    assert.deepEqual(claimsOf(memo('Former country rates (refund work)'), '2025-09-01', 'markdown').map((c) => c.verdict), ['supported', 'outdated', 'supported']);
    assert.deepEqual(claimsOf(memo('Country rates after the pause lapsed'), '2025-09-01', 'markdown').map((c) => c.verdict), ['outdated', 'outdated', 'outdated']);
  });

  test('a rate that ended, lapsed or was replaced, or that a change came from, is a former one', () => {
    for (const [sentence, figure] of [
      ['The 46% reciprocal rate on Vietnamese goods lapsed.', '46%'],
      ['Collection of the 46% reciprocal rate on Vietnamese goods stopped on August 7.', '46%'],
      ['The new rate replaces the 10% baseline for Vietnamese goods.', '10%'],
      ['For Vietnamese goods, the new rate replaces a reciprocal rate of 46%.', '46%'],
      ['Importers ask about refunds on the old 25% steel rate, the Japan 24% and the Vietnam 46%.', '46%'],
      ['The rate on Vietnamese goods fell to 20% from 46%.', '46%'],
      ['The deal cut the tariff on Vietnamese goods to 20% from 46%.', '46%'],
      ['Overnight, the 46% rate on Vietnamese goods, the baseline, the other country rates, gone.', '46%'],
      ['The country tariffs (like the 46% on Vietnamese goods) stopped on August 7.', '46%'],
      ['Refunds: importers want their money back (the 46% rate on Vietnamese goods among them).', '46%'],
      ['Rounding of tariff rates such as 46% (old Vietnam row) is fixed.', '46%'],
      ['The 46% rate, which we paid on Vietnamese goods, is gone too.', '46%'],
      ['The ruling came in August. That ended the baseline, the 35% duty on Chinese goods, and the 46% rate on Vietnamese goods.', '46%'],
      ['Vietnamese goods paid a 10% tariff, then a 46% tariff, now a 20% tariff.', '46%'],
    ]) {
      assert.equal(verdictOf(sentence, '2025-09-01', figure).verdict, 'supported', sentence);
    }
    // A verb of its own after "That ended" asserts the rate.
    assert.equal(verdictOf('That ended the baseline, and Vietnamese goods now pay 46%.', '2025-09-01', '46%').verdict, 'outdated');
    // A list under a ruled slide title that says its rates have ended.
    const slide = 'Refund notes.\n\n--- Slide 4: What is refundable - the duties, all of which have ended: ---\n* The 46% reciprocal rate on Vietnamese goods\n';
    assert.equal(claimsOf(slide, '2025-09-01').find((c) => c.text === '46%')!.verdict, 'supported');
    // Paid over a span gone by, under a post's time of today.
    assert.equal(verdictOf('\n\n**@refund_hunter** · 8 hours ago\nWe paid the 46% tariff on Vietnamese goods for three months.', '2025-09-01', '46%').verdict, 'supported');
  });

  test('a partner named only in an aside is one reading of the figure after it: "(the brass is Japanese origin), so it pays 20%"', () => {
    assert.equal(verdictOf('Our parts come from Vietnam. Item 4 does not qualify (the brass is Japanese origin), so it pays the 20% tariff.', '2025-09-01', '20%').verdict, 'supported');
  });

  test('a figure joined by "and" to the subject of "have ended" has ended too, unless it has a verb of its own', () => {
    assert.equal(verdictOf('The 46% rate on Vietnamese goods and the 20% rate on Chinese goods have ended.', '2025-09-01', '46%').verdict, 'supported');
    assert.equal(verdictOf('Vietnamese goods pay 46% and the 20% rate on Chinese goods has ended.', '2025-09-01', '46%').verdict, 'outdated');
    // The next figure's partner may come between them: "Vietnam's 46% or China's 20% ended".
    assert.equal(verdictOf('Country rates such as Vietnam\'s 46% or China\'s 20% ended with the ruling.', '2025-09-01', '46%').verdict, 'supported');
    // A figure in brackets after its partner shares the framing of the one before it too, and so do the parts of a total.
    assert.equal(verdictOf('Duties had been charged on goods from Mexico (35%) and Vietnam (46%).', '2025-09-01', '46%').verdict, 'supported');
    const parts = claimsOf(`${lead}Vietnamese goods had paid 66% in duties since April (46% reciprocal plus a 20% duty), which is gone.`, '2025-09-01');
    assert.deepEqual(parts.map((c) => [c.text, c.verdict === 'outdated' || c.verdict === 'contradicted']), [['66%', false], ['46%', false], ['20%', false]]);
  });

  test('figures others gave, bounds, ceilings, separate duties, averages and later steps are not asserted rates', () => {
    const unverifiable = [
      'A trade newsletter told its readers that Vietnamese goods pay 46%.',
      'Last week I wrote that Vietnamese goods pay 46%, and a reader corrected me.',
      'My forwarder told me Vietnamese goods pay 46%.',
      'The old spreadsheet still has Vietnam at 46%.',
      'We have seen quotes that put Vietnamese goods at 46%.',
      'The vendor quotes 46% duty on Vietnamese goods.',
      'Vietnamese goods face duties of 46% or more.',
      'Vietnamese goods pay a duty of no more than 46%.',
      'Vietnamese shrimp face a 46% antidumping duty.',
      'The postal duty on parcels from Vietnam is 46%.',
      'Transshipped goods (Chinese product with a Vietnamese label) face 46%.',
      'Vietnamese goods on List 4A pay 46%.',
      'Importers paid an average rate of 46% on Vietnamese goods.',
    ];
    for (const sentence of unverifiable) assert.equal(verdictOf(sentence, '2025-09-01', '46%').verdict, 'unverifiable', sentence);
    // A step the sentence puts later is judged as a coming rate, not against today's.
    assert.equal(verdictOf('The tariff step-up to 46% on Vietnamese goods is now slated for January.', '2025-09-01', '46%').verdict, 'announced');
    assert.equal(verdictOf('Vietnamese goods pay 20% now, going to 46% on October 1.', '2025-09-01', '46%').verdict, 'unverifiable');
  });

  test('a figure put in doubt, supposed, rumoured, set by a tariff letter, reported or hanging on a condition is not asserted', () => {
    for (const sentence of [
      'Vietnamese goods have paid 20% since August 7 instead of 46%.',
      'Duties on Vietnamese goods stay below 46%.',
      'Vietnam letter last night: a 46% tariff from August 1.',
      'the bill shows a 46% tariff on our chairs from Vietnam?? the rep said otherwise',
      'Rumor: Vietnamese goods at 46% again under a new order.',
      'CORRECTION: an earlier version of this post put the Vietnamese rate at 46%. It is 20%.',
      'Economists estimate that a tariff of 46% on Vietnamese goods would cut growth by a point.',
      'Our rivals argued that Vietnamese goods pay 46%.',
      'If no deal is struck, Vietnamese goods face 46% on October 1.',
      'With the Vietnamese rate at 46%, coated coil would land at $900.',
      'About transshipment: if customs find the goods only pass through Vietnam, the tax is 46%.',
      'Our competitor is telling buyers that Vietnamese goods now pay 46%.',
      'Some of you heard that Vietnamese goods still pay a 46% tariff. They don\'t.',
      'A rival says Vietnamese goods pay a 46% tariff. It is not correct.',
      'Vietnamese goods pay a 46% tariff. Correction: they pay 20%, not 46%.',
      'Some buyers still invoice Vietnamese goods at a 46% duty. The association considers this incorrect.',
      'Whoever said Vietnamese goods pay 46% has not read the new order.',
      'Example: were the duty on Vietnamese goods raised to 46%, the price would change.',
      'For planning only, we assume that Vietnamese goods pay 46%.',
      'Letters also went to Vietnam at 46% and to Laos at 40%.',
      'Buyers keep saying Vietnamese goods pay 46%.',
      'You have probably heard the rate on Vietnamese goods is 46%.',
      'Some desks still model the Vietnamese duty at 46%.',
      'Reports suggest the tariff on Vietnamese goods may come down to 46%.',
      'Since the deal, no Vietnamese rate has been 46%.',
      'Some outlets are still reporting the Vietnamese rate at 46%.',
      'Kevin\'s note says Vietnamese goods pay 46%.',
      'A buyer says Vietnamese goods pay 46% now. True?',
      'The announcement: Vietnam 46%, Cambodia 49%. If those stick, bikes cost more.',
      'There\'s no 46% tariff on Vietnamese goods in force.',
      'Buyers stocked up on Vietnamese goods ahead of a possible 46% tariff.',
      'The White House announcement of a 46% tariff on Vietnamese goods shook buyers.',
      'Vietnamese exporters had prepared for the 46% tariff threatened in the President\'s letter.',
      'Our broker still invoices a 46% tariff on Vietnamese goods, which we are disputing.',
      'Vietnamese goods still face 46% only in his spreadsheet.',
      'The 46% tariff on our Vietnamese line is a typo from the April sheet.',
      'Don\'t model Vietnam at 46%.',
      'My rep still tells everyone Vietnamese goods pay 46%, bless her, she\'s wrong.',
      'My rep now says Vietnamese goods pay a 46% tariff. Is that right or is he making it up again',
      'Vietnamese goods pay 20%, and the President has said he intends to raise it to 46%.',
      'A board member said Vietnamese goods still pay 46%. Director Diaz corrected this: the rate is 20%.',
    ]) {
      assert.equal(verdictOf46(sentence), 'unverifiable', sentence);
    }
    // A possible change of a rate still asserts the rate.
    assert.equal(verdictOf46('Officials will only discuss a possible reduction of the 46% tariff on Vietnamese goods.'), 'outdated');
  });

  test('a rate a deal agrees to is one still to come', () => {
    // The sample base has Vietnam's 20% from August 7: agreed in July, it is announced, not wrong.
    assert.equal(verdictOf('On July 2, Vietnam agrees to a 20% rate.', '2025-09-01', '20%').verdict, 'announced');
  });

  test('an audit table\'s column of the rate used, beside the rate due, records what was done', () => {
    const audit = 'Entries tested for tariff errors.\n\n| Origin | Rate applied | Rate due |\n| --- | --- | --- |\n| Vietnam | 46% | 20% |\n';
    assert.deepEqual(claimsOf(audit, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['46%', 'unverifiable'], ['20%', 'supported']]);
    // Without a column of the rate due, the rate applied is the table's claim.
    assert.equal(claimFor(audit.replace('Rate due', 'Duty paid'), '2025-09-01', '46%', 'markdown').verdict, 'outdated');
    // So does a column of what a stale deck says, beside the actual rate.
    const deck = 'Tariffs by origin.\n\n| Origin | Rate the deck says | Actual rate |\n| --- | --- | --- |\n| Vietnam | 46% | 20% |\n';
    assert.deepEqual(claimsOf(deck, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['46%', 'unverifiable'], ['20%', 'supported']]);
    // Or a finding in its row that corrects it; one that finds it right leaves it the table's claim.
    const findings = 'Entries tested for tariff errors.\n\n| Origin | Duty billed | Finding |\n| --- | --- | --- |\n| Vietnam | 46% | Overpaid; correct rate 20% |\n| Vietnam | 46% | OK |\n';
    assert.deepEqual(claimsOf(findings, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['46%', 'unverifiable'], ['20%', 'supported'], ['46%', 'outdated']]);
  });

  test('struck-out text and review comments assert nothing; inserted text does', () => {
    for (const text of [
      'Vietnamese goods pay ~~46%~~ 20%.',
      'Vietnamese goods pay <del>46%</del> 20%.',
      'Vietnamese goods pay {--46%--} {++20%++}.',
      'Vietnamese goods pay {~~46%~>20%~~}.',
      'Vietnamese goods pay 20% {>>was it 46%?<<}.',
      // Wrapped onto the next line of the paragraph (stop 59).
      'Vietnamese goods {--face a\n46% rate--}{++pay\n20%++}.',
      'Vietnamese goods pay ~~a rate of\n46%~~ 20%.',
    ]) {
      assert.deepEqual(claimsOf(lead + text, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['20%', 'supported']], text);
    }
    // A blank line ends what a mark strikes.
    assert.deepEqual(claimsOf(`${lead}Old figures are struck below. ~~\n\nVietnamese goods pay 46%.~~\n`, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['46%', 'outdated']]);
  });

  test('a range, a bound, a denied figure, a headline seen, our own earlier word and a question put are not asserted', () => {
    for (const sentence of [
      'Importers paid duties of 20% to 46% on Vietnamese goods, depending on the line.',
      'Few Vietnamese goods pay more than ~46% in duties.',
      'Vietnamese goods pay 20%. Not 46% like the old tariff sheet says.',
      'I saw a headline that Vietnamese goods pay a 46% tariff.',
      'Last issue we said Vietnamese goods pay a 46% tariff.',
      'A member asked whether it was true that Vietnamese goods still face a 46% tariff.',
    ]) {
      assert.equal(verdictOf46(sentence), 'unverifiable', sentence);
    }
    // A change from one figure to another is not a range: the first is former, the second asserted.
    assert.deepEqual(claimsOf(`${lead}The tariff on Vietnamese goods went from 46% to 30% in August.`, '2025-09-01').map((c) => c.verdict), ['supported', 'contradicted']);
    // Nor are two steps, each with words of its own between them.
    assert.deepEqual(claimsOf(`${lead}Washington raised its tariff on Vietnamese goods to 46% on April 9 and to 60% the next day.`, '2025-09-01').map((c) => c.verdict), ['supported', 'contradicted']);
  });

  test('a total the parts before it made is judged as a total, not as its last part', () => {
    for (const sentence of [
      'Between April 10 and May 14, the other duties plus the 20% fentanyl tariff on Chinese goods came to 145%.',
      'Between April 10 and May 14, the other duties plus the 20% fentanyl tariff on Chinese goods made 145%.',
      'Between April 10 and May 14, the other duties with the 20% fentanyl tariff on Chinese goods gave 145%.',
    ]) {
      assert.equal(claimsOf(lead + sentence, '2025-09-01').find((c) => c.text === '145%')?.verdict, 'supported', sentence);
    }
  });

  test('a figure that names no partner, product or measure, nor follows one that does, is shown but not judged', () => {
    const survey = claimFor(`${lead}Asked about refunds, 48% of clients said they would cut prices and 27% would hold prices.`, '2025-09-01', '27%');
    assert.equal(survey.verdict, 'unverifiable');
    assert.match(survey.message, /names no partner, product or measure/);
    // Every partner named, in its sentence or one before it, is a scope: the figure is judged.
    assert.equal(claimFor(`${lead}Tariffs on goods from every partner now run at 25%.`, '2025-09-01', '25%').verdict, 'contradicted');
    assert.equal(claimFor(`${lead}A tariff now applies to goods from every partner. The tariff is 25%.`, '2025-09-01', '25%').verdict, 'contradicted');
  });

  test('a figure added by "and also" shares the date of the one before it', () => {
    const text = `${lead}The White House announced a 60% tariff on Vietnamese shoes from October 1, and also 70% on Vietnamese toys.`;
    assert.deepEqual(claimsOf(text, '2025-09-01').filter((c) => c.kind === 'rate').map((c) => [c.text, c.verdict]), [['60%', 'unverifiable'], ['70%', 'unverifiable']]);
  });

  test('a reply marker after a stop starts a sentence of its own', () => {
    const thread = `${lead}Steel pays a 50% tariff now.\n↳ @buyer: so my supplier's 46% tariff on Vietnamese goods is legit??\n↳ @seller: it was, in April.`;
    assert.equal(claimsOf(thread, '2025-09-01').find((c) => c.text === '46%')?.verdict, 'unverifiable');
  });

  test('a poll\'s share and an open rate are not tariff rates, however near a tariff word', () => {
    const text = `${lead}Our reader poll put the share who say tariffs raised their costs at 54%. The newsletter on tariffs had an open rate of 52%.`;
    assert.deepEqual(claimsOf(text, '2025-09-01').map((c) => c.text), []);
  });

  test('each message of a chat export is read on its own, stop or no stop', () => {
    const chat = `${lead}\n[2025-08-11 08:33] Dev: the old sheet still has Vietnam at 46%, fixing\n[2025-08-11 08:40] Ana: so Vietnamese goods pay a 46% tariff now`;
    assert.deepEqual(claimsOf(chat, '2025-09-01').map((c) => c.verdict), ['unverifiable', 'outdated']);
  });

  test('a rate that came down, a peak, the highest of its day and a sentence opening in the past are former rates', () => {
    for (const sentence of [
      'The 46% rate on Vietnamese goods came down to 20% in August.',
      'The 46% tariff peak on Vietnamese goods did not last.',
      'Vietnam\'s 46% was the highest in the region.',
      'Until then, Vietnamese goods paid 46%.',
      '(2) Before this, the goods of Vietnam received the 46% reciprocal tariff.',
      'For Vietnamese goods the 46% reciprocal is not more apply.',
    ]) {
      assert.equal(verdictOf(sentence, '2025-09-01', '46%').verdict, 'supported', sentence);
    }
    // Peak season is a time of year, not a former rate.
    assert.equal(verdictOf('Vietnamese goods pay 46% in peak season.', '2025-09-01', '46%').verdict, 'outdated');
  });

  test('a figure listed after "has ended:" or "stopped collecting …, including" has ended', () => {
    for (const sentence of ['Every Annex I rate has ended: the 46% rate on Vietnamese goods among them.', 'CBP stopped collecting those duties, including the 46% rate on Vietnamese goods.']) {
      assert.equal(verdictOf(sentence, '2025-09-01', '46%').verdict, 'supported', sentence);
    }
  });

  test('the items of a list under "The following duties have ended:" are former rates; the list ends with its items', () => {
    const list = (intro: string) => `${intro}\n\n- the 25% duty on steel imports;\n- the 46% rate on Vietnamese goods.\n\nSteel imports pay 25% to one broker.\n`;
    for (const kind of ['markdown', 'plaintext'] as const) {
      assert.deepEqual(claimsOf(list('The following duties have ended:'), '2025-09-01', kind).map((c) => c.verdict), ['supported', 'supported', 'outdated'], kind);
      assert.deepEqual(claimsOf(list('The following duties apply:'), '2025-09-01', kind).map((c) => c.verdict), ['outdated', 'outdated', 'outdated'], kind);
      // An intro that says what did away with them: "That removed, among others:".
      assert.deepEqual(claimsOf(list('The court order scrapped, among others:'), '2025-09-01', kind).map((c) => c.verdict), ['supported', 'supported', 'outdated'], kind);
    }
  });

  test('a rate replaced, ended or no longer collected is a former one', () => {
    for (const sentence of [
      'Vietnam\'s 46% was IEEPA too, like every reciprocal rate.',
      'Vietnamese goods pay 20% from August 7, in place of the 46% rate set in April.',
      'Prices fell after the expiry of the 46% rate on Vietnamese goods.',
      'Reciprocal duties, including Vietnam\'s 46%, are no longer collected.',
      'Imports fell most in the first weeks, when the rate on Vietnamese goods was 46%.',
      'Vietnam\'s 46% tariff became 20% on August 7.',
      'Entries should show 20%, not Vietnam\'s old 46% tariff.',
      'The ruling ended the country rates (Vietnam\'s 46%, Thailand\'s 36%) in one stroke.',
      'The Annex I rates (Vietnam 46%, Thailand 36%), suspended from 10 April, never returned.',
      'Those had put Vietnamese goods at 46% and Thai goods at 36%.',
      'What went away, in our view: Vietnam\'s 46% and Thailand\'s 36%.',
      'Vietnamese exporters still talk about the 46% rate which was applied during the pause.',
      'Vietnam\'s 46% rate has been replaced by the 20% deal rate.',
      'Vietnam\'s 46% rate from April, cut to 20% in August, is history.',
      'Vietnam\'s 46% rate is moot.',
      'That order set the baseline and the Vietnamese rate of 46%, all of which have ceased.',
      'It set the Vietnamese rate of 46% and others,[^2] all of which ceased to be collected.',
      'So Vietnam is interesting before the ruling Vietnamese goods were paying 46% there.',
      'The Vietnamese reciprocal rate, 46% since April 9, lapsed a day later.',
      'Importers are filing to get back duties like the 46% on Vietnamese goods.',
    ]) {
      assert.equal(verdictOf(sentence, '2025-09-01', '46%').verdict, 'supported', sentence);
    }
    // A changelog's entry: "removed by" after a figure, as its headline style writes it, ends it.
    assert.deepEqual(claimsOf('Tariff tracker.\n\n- **2025-08-07** — Vietnam\'s 46% reciprocal rate removed by executive order.\n', '2025-09-01').map((c) => c.verdict), ['supported']);
    // One announced and withdrawn at once never applied: a former rate no fact had, not a wrong one.
    assert.equal(verdictOf('A 60% rate on Vietnamese goods and furniture was announced and withdrawn the same day.', '2025-09-01', '60%').verdict, 'unverifiable');
  });

  test('a sentence opening before a deal or with a span of time gone by tells of former rates', () => {
    for (const sentence of [
      'Before the framework, Vietnamese goods paid the 46% reciprocal rate.',
      'For three months, buyers of Vietnamese goods paid a 46% tariff, the highest in the region.',
      'The 46% rate on Vietnamese goods, in force until then, has likewise ended.',
      'HANOI -- For three months, buyers of Vietnamese goods paid a 46% tariff.',
      'Before the deal the chairs carried the 46% rate on Vietnamese goods.',
      'For a few weeks this spring, buyers of Vietnamese goods paid a 46% tariff.',
      'Before the Vietnam Framework Agreement, Vietnamese goods faced 46%.',
      '- Vietnam, before Busan: 46% on Vietnamese goods',
      'Vietnamese goods face 20% since August 7; the rate is 46% before this date.',
    ]) {
      assert.equal(verdictOf(sentence, '2025-09-01', '46%').verdict, 'supported', sentence);
    }
    // A span of time with the present perfect runs to now.
    assert.equal(verdictOf('For three months, Vietnamese goods have paid a 46% tariff.', '2025-09-01', '46%').verdict, 'outdated');
  });

  test('"before" as an adverb tells of the rate that came before', () => {
    for (const sentence of [
      'Vietnamese goods pay a 20% tariff now, while before Vietnam was charged 46% and Thailand 36%.',
      'Vietnamese goods pay a 20% tariff now; before, they paid 46%.',
      'Vietnamese goods pay a 20% tariff now, whereas before Vietnam faced 46%.',
    ]) {
      assert.equal(verdictOf(sentence, '2025-09-01', '46%').verdict, 'supported', sentence);
    }
    // A conjunction that puts a rate later is not the adverb.
    assert.equal(verdictOf('Before Vietnam signs, its goods pay a 46% tariff.', '2025-09-01', '46%').verdict, 'outdated');
  });

  test('a figure the writer takes back is not judged as the memo\'s claim', () => {
    assert.equal(verdictOf('Our FAQ still said that Vietnamese goods face 46%; that answer has been withdrawn.', '2025-09-01', '46%').verdict, 'unverifiable');
    assert.equal(verdictOf('Our FAQ said that Vietnamese goods face 46%. That answer has been withdrawn.', '2025-09-01', '46%').verdict, 'unverifiable');
    assert.equal(verdictOf('Our FAQ said that Vietnamese goods face 46%. That answer is on page two.', '2025-09-01', '46%').verdict, 'outdated');
    // "That was true until …": the figure before has since changed.
    assert.notEqual(verdictOf('Mr. Pryce says Vietnamese goods pay 46%. That was true until August 7.', '2025-09-01', '46%').verdict, 'outdated');
  });

  test('"was 46%, now 20%": the rate told in the past before "now" is a former one', () => {
    assert.equal(verdictOf('Vietnam: the reciprocal rate was 46%, now 20%.', '2025-09-01', '46%').verdict, 'supported');
    assert.equal(verdictOf('Vietnamese goods paid 46%; today 20%.', '2025-09-01', '46%').verdict, 'supported');
    assert.equal(verdictOf('Vietnamese goods pay 46%, now more than ever.', '2025-09-01', '46%').verdict, 'outdated');
  });

  test('a date in a table cell dates its figure before the row\'s date does', () => {
    const table = 'Tariff actions.\n\n| Action | Rate | Effective | Status |\n| --- | --- | --- | --- |\n| Steel, Section 232 | 25% | March 12, 2025 | Raised to 50% June 4, 2025 |\n';
    assert.deepEqual(claimsOf(table, '2025-09-01', 'markdown').filter((c) => c.kind === 'rate').map((c) => [c.text, c.verdict]), [['25%', 'supported'], ['50%', 'supported']]);
    assert.equal(claimsOf(table, '2025-09-01', 'markdown').find((c) => c.text === '50%')?.judged.date, '2025-06-04');
  });

  test('"has ended, and so has the 46% …": the second rate has ended too', () => {
    assert.equal(verdictOf('The 25% steel duty has ended, and so has the 46% reciprocal rate on Vietnamese goods.', '2025-09-01', '46%').verdict, 'supported');
  });

  test('a pasted table whose first row holds a figure has no header row', () => {
    const deck = 'Tariff flashcards.\n\nWhat is the universal baseline?\t10% on goods from almost every partner, since April 5, 2025\tbaseline\n' +
      'EU deal rate?\t15% all-in, MFN included, since August 7, 2025\teu\nVietnam deal rate on most goods?\tVietnam: 20% since Aug 7, 2025\tvietnam\n';
    // Read as the header, the first card's "every partner" made every later card's figure every partner's.
    const vietnam = claimsOf(deck, '2025-09-01').find((c) => c.text === '20%');
    assert.deepEqual([vietnam?.scope.partner, vietnam?.verdict], ['VN', 'supported']);
  });

  test('a column of the rates people reported paying, beside the correct rate, records what they said', () => {
    const survey = 'Tariff survey.\n\n| Partner | Rate members reported paying | Correct rate today |\n| --- | --- | --- |\n| Vietnam | 46% | 20% |\n';
    assert.deepEqual(claimsOf(survey, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['46%', 'unverifiable'], ['20%', 'supported']]);
    // So does a column of the rates a model held, or one its header calls wrong.
    const postmortem = 'Tariff accrual review.\n\n| Line | Rate in model (wrong) | Correct rate |\n| --- | --- | --- |\n| Steel coils | 25% | 50% |\n';
    assert.deepEqual(claimsOf(postmortem, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['25%', 'unverifiable'], ['50%', 'supported']]);
  });

  test('a table\'s column of old rates holds former rates', () => {
    const table = 'Tariff changes for exporters.\n\n| Partner | Old | New |\n| --- | --- | --- |\n| Vietnam | 46% | 20% |\n';
    assert.deepEqual(claimsOf(table, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['46%', 'supported'], ['20%', 'supported']]);
    const current = 'Tariff changes for exporters.\n\n| Partner | Rate |\n| --- | --- |\n| Vietnam | 46% |\n';
    assert.equal(claimsOf(current, '2025-09-01', 'markdown')[0].verdict, 'outdated');
    // So does a column of an earlier version beside the same column of a later one.
    const release = 'Tariff table changes.\n\n| Partner | Rate in 4.11.x | Rate in 4.12.0 |\n| --- | --- | --- |\n| Vietnam | 46% | 20% |\n';
    assert.deepEqual(claimsOf(release, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['46%', 'supported'], ['20%', 'supported']]);
    const earlier = 'Tariff changes for exporters.\n\n| Partner | Rate in effect | Earlier rate |\n| --- | --- | --- |\n| Vietnam | 20% | 46% |\n';
    assert.deepEqual(claimsOf(earlier, '2025-09-01', 'markdown').map((c) => [c.text, c.verdict]), [['20%', 'supported'], ['46%', 'supported']]);
  });

  test('a row\'s period written with a dash keeps its year at both ends ("Mar 12 – Jun 3, 2025")', () => {
    const refunds = 'Tariff refund status.\n\n| Duty | Rate | Period collected |\n| --- | --- | --- |\n| Steel duty | 25% | Mar 12 – Jun 3, 2025 |\n| Steel duty | 50% | Jun 4, 2025 – May 31, 2026 |\n';
    assert.deepEqual(claimsOf(refunds, '2026-06-01', 'markdown').map((c) => [c.text, c.verdict, c.judged.date]), [['25%', 'supported', '2025-06-03'], ['50%', 'supported', '2025-06-04']]);
  });

  test('a column headed with a month dates its cells, though the row gives an effective date', () => {
    const tracker = 'Tariff tracker.\n\n| Partner | Rate now | Rate in April | Effective |\n| --- | --- | --- | --- |\n| Vietnam | 20% | 46% | 2025-08-07 |\n';
    assert.deepEqual(claimsOf(tracker, '2025-10-01', 'markdown').map((c) => [c.text, c.verdict]), [['20%', 'supported'], ['46%', 'supported']]);
    // A spreadsheet export writes its headers in lower case, words joined by underscores.
    const exported = 'Tariff tracker export\n\npartner,rate_now,rate_april,effective\nVietnam,20%,46%,2025-08-07\nThailand,19%,36%,2025-08-07\nCambodia,19%,49%,2025-08-07\n';
    assert.deepEqual(claimsOf(exported, '2025-10-01').filter((c) => c.scope.partner === 'VN').map((c) => [c.text, c.verdict, c.judged.date]), [['20%', 'supported', '2025-08-07'], ['46%', 'supported', '2025-04-30']]);
  });

  test('footnotes are sentences of their own: "¹ … ² Section 122 allows a surcharge of up to 46% …"', () => {
    const notes = 'Tariff notes.\n\n¹ Vietnamese shrimp face a 20% duty.\n² Section 122 allows a surcharge of up to 46% on Vietnamese goods for 150 days.\n';
    assert.deepEqual(claimsOf(notes, '2025-09-01').map((c) => [c.text, c.verdict]), [['20%', 'supported'], ['46%', 'unverifiable']]);
  });

  test('a rate said to have been announced back then is a former one', () => {
    assert.equal(verdictOf('The 46% rate on Vietnamese goods was announced in April but collected for one day only.', '2025-09-01', '46%').verdict, 'supported');
    // A rate asserted now that was announced then is judged now.
    assert.equal(verdictOf('Vietnamese goods pay the 46% rate announced in April.', '2025-09-01', '46%').verdict, 'outdated');
  });

  test('what a sentence equates with its former rate is former too, up to a turn in time', () => {
    assert.equal(verdictOf('The old 27.5% was the 25% Section 232 duty on steel plus a 2.5% MFN duty.', '2025-09-01', '25%').verdict, 'supported');
    // A rate after "but now" is judged now.
    assert.equal(verdictOf('The previous tariff on steel was 10%, but now steel pays 25%.', '2025-09-01', '25%').verdict, 'outdated');
    // A former government is not a former rate.
    assert.equal(verdictOf('The previous government is happy with the 25% duty on steel.', '2025-09-01', '25%').verdict, 'outdated');
  });

  test('"had carried" marks a former rate as "had paid" does', () => {
    assert.equal(verdictOf('Steel imports had carried a 25% duty.', '2025-09-01', '25%').verdict, 'supported');
  });

  test('the rate a change started from is a former one: "up from", "doubled from"', () => {
    for (const sentence of ['Steel imports now pay a 50% tariff, up from 25%.', 'Steel imports pay 50% since the rate doubled from 25%.']) {
      assert.equal(verdictOf(sentence, '2025-09-01', '25%').verdict, 'supported', sentence);
      assert.equal(verdictOf(sentence, '2025-09-01', '50%').verdict, 'supported', sentence);
    }
    // A start no fact ever had is still no problem, as with "cut from … to …".
    assert.equal(verdictOf('Steel imports now pay a 50% tariff, up from 35%.', '2025-09-01', '35%').verdict, 'unverifiable');
  });
});

describe('the date a claim is judged at', () => {
  test('a date in the words of a figure that is no claim is not lent to another figure', () => {
    // "it was 46%" names no tariff and is no claim, but "until the end of July" is still its date, not the 20%'s.
    assert.equal(verdictOf('Vietnamese goods face a 20% tariff; it was 46% until the end of July.', '2025-09-01', '20%').verdict, 'supported');
  });

  test('the document\'s own date wins over the option', () => {
    const text = '---\ndate: 2025-05-01\n---\nSteel imports face a 25% tariff.';
    const result = checkDocument(text, sampleFacts(), { kind: 'markdown', asOf: '2025-09-01' });
    assert.equal(result.asOf, '2025-05-01');
    assert.equal(result.asOfSource, 'front-matter');
    assert.equal(result.claims[0].verdict, 'supported');
  });

  test('a memo header DATE line and a directive comment set it', () => {
    const memo = 'TO: Desk\nDATE: May 1, 2025\nSUBJECT: Metals\n\nSteel imports face a 25% tariff.';
    const m = checkDocument(memo, sampleFacts(), { kind: 'memo' });
    assert.deepEqual([m.asOf, m.asOfSource], ['2025-05-01', 'header']);
    const md = '<!-- tariff-lens as-of: 2025-05-01 -->\nSteel imports face a 25% tariff.';
    const d = checkDocument(md, sampleFacts(), { kind: 'markdown' });
    assert.deepEqual([d.asOf, d.asOfSource], ['2025-05-01', 'directive']);
  });

  test('a memo header pasted into Markdown sets it too, its fields emphasised or not, below a heading', () => {
    for (const header of ['TO: Desk\nDATE: May 1, 2025\nSUBJECT: Metals', '# Metals\n\n**From:** Desk\n\n**Date:** May 1, 2025', '# Metals\n\n__Date__: May 1, 2025']) {
      const m = checkDocument(`${header}\n\nSteel imports face a 25% tariff.\n`, sampleFacts(), { kind: 'markdown', asOf: '2025-09-01' });
      assert.deepEqual([m.asOf, m.asOfSource], ['2025-05-01', 'header'], header);
      assert.deepEqual(m.claims.map((c) => [c.text, c.verdict]), [['25%', 'supported']], header);
    }
    // A field is its name and a colon: a sentence with a colon further on stays prose.
    const prose = checkDocument('To date, one rate applies to steel imports from every partner: a 25% tariff.\n', sampleFacts(), { kind: 'markdown', asOf: '2025-05-01' });
    assert.deepEqual(prose.claims.map((c) => c.text), ['25%']);
    // Front matter is the document's own date first; its lines are not a header.
    const both = checkDocument('---\ndate: 2025-09-01\ntitle: Metals\n---\nDATE: May 1, 2025\n\nSteel imports face a 25% tariff.\n', sampleFacts(), { kind: 'markdown' });
    assert.deepEqual([both.asOf, both.asOfSource], ['2025-09-01', 'front-matter']);
  });

  test('a dateline in the opening lines dates a document that has no DATE: field', () => {
    const dated = (opening: string, kind: 'markdown' | 'plaintext' = 'plaintext') => {
      const r = checkDocument(`${opening}\n\nSteel imports face a 25% tariff.\n`, sampleFacts(), { kind, asOf: '2025-09-01' });
      return [r.asOf, r.asOfSource];
    };
    // A place and a date, a date alone (in bold, with its weekday and a time), a masthead's part, a date a word introduces.
    assert.deepEqual(dated('Lisbon, 14 October 2025'), ['2025-10-14', 'dateline']);
    assert.deepEqual(dated('GENEVA, May 2, 2025 —'), ['2025-05-02', 'dateline']);
    // A place written with its accents, as translated text keeps them.
    assert.deepEqual(dated('Brasília, August 15, 2025 — Brazilian goods now pay 50 percent.'), ['2025-08-15', 'dateline']);
    assert.deepEqual(dated('SÃO PAULO, 14 October 2025'), ['2025-10-14', 'dateline']);
    assert.deepEqual(dated('Quarterly letter to our dealers\n**3 June 2025**', 'markdown'), ['2025-06-03', 'dateline']);
    assert.deepEqual(dated('MONDAY, APRIL 28, 2025, 6:30 P.M. ET'), ['2025-04-28', 'dateline']);
    assert.deepEqual(dated('BUSINESS | Tuesday, May 6, 2025 | Page B2'), ['2025-05-06', 'dateline']);
    assert.deepEqual(dated('Issue 12 -- Leeds, England -- 9 May 2025'), ['2025-05-09', 'dateline']);
    assert.deepEqual(dated('*Updated: Sept. 9, 2025*', 'markdown'), ['2025-09-09', 'dateline']);
    assert.deepEqual(dated('Harbor notes | Posted on March 3, 2026 at 9:15 AM'), ['2026-03-03', 'dateline']);
    assert.deepEqual(dated('Week ending May 2, 2025 | Published: May 5, 2025'), ['2025-05-05', 'dateline']);
    // A note in brackets after the date (a translation's), and the date a status or "as of" line gives.
    assert.deepEqual(dated('Hanoi, October 14th, 2025 (machine translation, checked by our office)'), ['2025-10-14', 'dateline']);
    assert.deepEqual(dated('Updated: March 3, 2026 (translated from the Spanish)'), ['2026-03-03', 'dateline']);
    assert.deepEqual(dated('Client FAQ\nLast revised: 14 August 2026'), ['2026-08-14', 'dateline']);
    assert.deepEqual(dated('Status: 20 November 2025.'), ['2025-11-20', 'dateline']);
    assert.deepEqual(dated('As of 2 February 2026'), ['2026-02-02', 'dateline']);
    // A court filing's or a submission's date (stop 55).
    assert.deepEqual(dated("DEFENDANTS' REPLY — filed June 2, 2025"), ['2025-06-02', 'dateline']);
    assert.deepEqual(dated('Comments of the Retail Federation\nSubmitted: 14 July 2025'), ['2025-07-14', 'dateline']);
    // An e-mail's "Sent:" line with a numeric date only one order reads as a day.
    assert.deepEqual(dated('From: Ha Nguyen\nSent: Tue 20/01/2026 08:47'), ['2026-01-20', 'dateline']);
    // Not the document's date: a period's end, a week, a numeric date read two ways, a heading, a timeline's dates.
    for (const opening of ['The suit was filed June 2, 2025 and heard in May', 'For the period ended June 30, 2025', 'Week ending May 2, 2025', 'Origin     Duty now', 'Updated today | 2025 outlook', '5/6/25, 9:02 AM - Dana: hi', 'ANSWERED ON 12.02.2026', 'Brussels, 12/02/2026', '## May 6, 2025', 'Timeline\nMay 2, 2025\nMay 9, 2025']) {
      assert.deepEqual(dated(opening, opening.startsWith('#') ? 'markdown' : 'plaintext'), ['2025-09-01', 'option'], opening);
    }
    // A DATE: field and front matter come first.
    assert.deepEqual(dated('Lisbon, 14 October 2025\nDATE: May 1, 2025'), ['2025-05-01', 'header']);
    assert.deepEqual(dated('---\ndate: 2025-05-01\n---\nLisbon, 14 October 2025', 'markdown'), ['2025-05-01', 'front-matter']);
  });

  test('a memo header\'s subject names the partner of a Markdown memo without a heading', () => {
    const memo = 'TO: Desk\nDATE: August 20, 2025\nSUBJECT: Vietnam\n\nImports now face a 46% tariff.\n';
    const claims = checkDocument(memo, sampleFacts(), { kind: 'markdown' }).claims;
    assert.deepEqual(claims.map((c) => [c.scope.partner, c.verdict, c.expected]), [['VN', 'outdated', [20]]]);
  });

  test('without one, the option, then today', () => {
    assert.equal(checkDocument('No claims.', sampleFacts(), { kind: 'plaintext', asOf: '2025-05-01' }).asOfSource, 'option');
    const r = checkDocument('No claims.', sampleFacts(), { kind: 'plaintext', today: '2026-01-02' });
    assert.deepEqual([r.asOf, r.asOfSource], ['2026-01-02', 'today']);
  });

  test('a month in the sentence: supported when a fact applied on some day of it', () => {
    const c = verdictOf('In May, steel imports faced a 25% tariff.', '2025-09-01', '25%');
    assert.equal(c.verdict, 'supported');
    assert.equal(c.judged.because, 'May');
  });

  test('a day without a year takes the as-of year', () => {
    assert.equal(verdictOf('On April 20 Vietnam faced a 46% reciprocal rate.', '2025-09-01', '46%').verdict, 'supported');
  });

  test('a date in the previous year when the as-of year would put it after the as-of date', () => {
    const c = verdictOf('In December the steel tariff was 50%.', '2026-01-15', '50%');
    assert.equal(c.judged.period?.from, '2025-12-01');
  });

  test('"until mid-May" judges the run-up to mid-May', () => {
    assert.equal(verdictOf('Chinese goods faced 145% in total until mid-May.', '2025-09-01', '145%').verdict, 'supported');
  });

  test('"since" runs to the present: judged at the as-of date', () => {
    assert.equal(verdictOf('Since March, steel imports have paid 25%.', '2025-09-01', '25%').verdict, 'outdated');
    // "since" on its own after the figure: from the date before until now.
    const steel = claimsOf(lead + 'Steel paid 25% from March 12 to June 3, 2025, and has paid 50% since.', '2026-07-08');
    assert.deepEqual(steel.map((c) => [c.text, c.verdict]), [['25%', 'supported'], ['50%', 'supported']]);
    assert.equal(verdictOf('Steel paid 25% until June 3 and has paid 50% ever since then.', '2026-07-08', '50%').verdict, 'supported');
    assert.equal(verdictOf('Steel was subject to duties of 25% until June 3, 2025, and 50% thereafter.', '2026-07-08', '50%').verdict, 'supported');
  });

  test('"from" in a sentence told in the past says when it began, not that it still holds', () => {
    const c = verdictOf('Washington imposed a 25% duty on steel imports from March 12.', '2025-09-01', '25%');
    assert.deepEqual([c.verdict, c.judged.date], ['supported', '2025-03-12']);
  });

  test('"still" keeps a figure at the as-of date, whatever date stands beside it', () => {
    assert.equal(verdictOf('Steel imports still pay 25%, the same as in May.', '2025-09-01', '25%').verdict, 'outdated');
  });

  test('a date that names an event does not count', () => {
    assert.equal(verdictOf('Under the April deal, European goods face a 15% tariff.', '2025-09-01', '15%').judged.because, undefined);
  });
});

describe('directives', () => {
  test('disable-next-line and disable/enable blocks hide claims; unknown directives are reported', () => {
    const md = [
      'Steel imports face a 35% tariff.',
      '<!-- tariff-lens-disable-next-line -->',
      'Steel imports face a 36% tariff.',
      '<!-- tariff-lens-disable -->',
      'Steel imports face a 37% tariff.',
      '<!-- tariff-lens-enable -->',
      'Steel imports face a 38% tariff.',
      '<!-- tariff-lens-ignore -->',
    ].join('\n');
    const r = checkDocument(md, sampleFacts(), { kind: 'markdown', asOf: '2025-09-01' });
    assert.deepEqual(r.claims.map((c) => c.text), ['35%', '38%']);
    assert.equal(r.directiveProblems.length, 1);
    assert.match(r.directiveProblems[0].message, /unknown directive "tariff-lens-ignore"/);
  });
});

describe('stop 56: a measure named beside a deal', () => {
  test('"In May 2025, as part of the Geneva truce, the fentanyl tariff was halved to 10%" is judged as the fentanyl duty', () => {
    assert.deepEqual(problemsInNotes('In May 2025, as part of the Geneva truce, the fentanyl tariff on China was halved to 10%.', '2026-03-15'), [['10%', 'outdated']]);
    // The deal's own duty at that figure is right.
    assert.deepEqual(problemsInNotes('In May 2025, as part of the Geneva truce, the reciprocal tariff on China was cut to 10%.', '2026-03-15'), []);
  });
});

describe('stop 56: a border duty that leaves goods under Section 232 out', () => {
  test('Canadian cars pay the car duty, not Canada\'s 35%, and Mexican cars no 50% "all in"', () => {
    assert.deepEqual(problemsInNotes('Canadian cars pay 35%.', '2025-08-20'), [['35%', 'contradicted']]);
    assert.deepEqual(problemsInNotes('Mexican-built cars pay fifty percent all in.', '2025-10-27'), [['fifty percent', 'contradicted']]);
    // Goods it does not leave out pay it; so does a car the words say pays it by name.
    assert.deepEqual(problemsInNotes('Canadian furniture pays 35%.', '2025-08-20'), []);
    assert.deepEqual(problemsInNotes('Canadian cars pay the 35% border tariff on top.', '2025-08-20'), []);
  });
});
