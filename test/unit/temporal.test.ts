// The time a claim speaks about, in each form the prose uses, and claims about
// effective dates and pause lengths. Each case is checked on both sides of a date
// where the sample facts change (steel 25% → 50% on 4 June 2025; China's combined
// 145% → 30% on 14 May; Vietnam 46% paused from 10 April, announced to end 9 July,
// extended on 7 July to 1 August, replaced by 20% on 7 August).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import type * as Temporal from '../../server/src/core/temporal';
import { PROBLEM_VERDICTS, checkDocument, type DocumentKind } from 'tariff-lens';
import { builtinFacts, builtinRateClaims, builtinVerdicts, claimFor, claimsOf, inNotes, problemsInNotes, repoRoot } from '../support/engine';
import { checkProperty, corpusCut } from '../support/fuzz';

const lead = 'Tariff notes. ';
const rate = (sentence: string, asOf: string, figure: string) => claimFor(lead + sentence, asOf, figure);
const timeClaim = (text: string, asOf: string) => {
  const found = claimsOf(lead + text, asOf).filter((c) => c.kind !== 'rate');
  assert.equal(found.length, 1, `one time claim in ${JSON.stringify(text)}, found ${found.map((c) => c.text).join(', ')}`);
  return found[0];
};

describe('dates and periods in the claim\'s sentence', () => {
  test('an absolute date with a year', () => {
    assert.equal(rate('On 20 April 2025 Vietnamese goods faced a 46% reciprocal rate.', '2025-09-01', '46%').verdict, 'supported');
    const later = rate('On 20 August 2025 Vietnamese goods faced a 46% reciprocal rate.', '2025-09-01', '46%');
    assert.equal(later.verdict, 'outdated');
    assert.equal(later.judged.date, '2025-08-20');
  });

  test('a rate that starts after the document\'s date is a future one: unverifiable without a fact that has it', () => {
    const later = rate('Vietnamese goods pay 35% from October 1.', '2025-09-15', '35%');
    assert.equal(later.verdict, 'unverifiable');
    // An announcement told in the past of a start still to come: that start is this year's, and "announced yesterday" is the event, not the rate's date.
    assert.equal(rate('The president announced yesterday a 35% rate on Vietnamese goods from October 1.', '2025-09-25', '35%').verdict, 'unverifiable');
  });

  test('the year the goods were entered dates the rate they paid: "our 2025 entries, when we paid 20%"', () => {
    assert.equal(rate('Refunds are arriving for our 2025 entries, when we paid 20% on Vietnamese goods.', '2026-11-22', '20%').verdict, 'supported');
  });

  test('the tense of a figure\'s clause reaches a figure after another: "The Vietnamese 46% was cut to 20% from August 7, 2025"', () => {
    const sentence = 'The Vietnamese 46% was cut to 20% from August 7, 2025.';
    assert.deepEqual(['46%', '20%'].map((f) => rate(sentence, '2026-11-22', f).verdict), ['supported', 'supported']);
  });

  test('a date without a year', () => {
    assert.equal(rate('On June 1 steel imports paid 25%.', '2025-09-01', '25%').verdict, 'supported');
    assert.equal(rate('On June 10 steel imports paid 25%.', '2025-09-01', '25%').verdict, 'outdated');
  });

  test('a tariff schedule number is not a date; a dotted date is', () => {
    // Read as a date, heading 9903.01.25 would judge the claim in the year 9903, when steel pays 50%.
    const underHeading = rate('Under heading 9903.01.25 steel imports pay 25%.', '2025-05-01', '25%');
    assert.equal(underHeading.judged.date, '2025-05-01');
    assert.equal(underHeading.verdict, 'supported');
    assert.equal(rate('Under subheading 7208.10.15.00 steel imports pay 25%.', '2025-05-01', '25%').judged.date, '2025-05-01');
    assert.equal(rate('On 2025.06.10 steel imports paid 25%.', '2025-09-01', '25%').judged.date, '2025-06-10');
  });

  test('a date after a time of day', () => {
    // chrono reads "morning of May 20" as the morning of the as-of date: the claim was judged today.
    const morning = rate('On the morning of May 20, steel imports paid 25%.', '2025-09-01', '25%');
    assert.equal(morning.verdict, 'supported');
    assert.equal(morning.judged.because, 'May 20');
    assert.equal(rate('On the evening of June 10 steel imports paid 25%.', '2025-09-01', '25%').judged.date, '2025-06-10');
    assert.equal(rate('On the afternoon of June 10 steel imports paid 25%.', '2025-09-01', '25%').judged.date, '2025-06-10');
    // chrono reads "from 14 May" as two in the afternoon of some day in May.
    const fromDay = rate('Steel imports paid 25% from 14 May.', '2025-09-01', '25%');
    assert.deepEqual([fromDay.judged.because, fromDay.judged.date, fromDay.verdict], ['14 May', '2025-05-14', 'supported']);
    // Read as one with the date, "noon on May 20" was dropped as a lower-case word.
    assert.equal(rate('At noon on May 20, steel imports paid 25%.', '2025-09-01', '25%').verdict, 'supported');
    const until = rate('Until midnight on June 3, steel imports paid 25%.', '2025-09-01', '25%');
    assert.equal(until.verdict, 'supported');
    assert.equal(until.judged.period?.to, '2025-06-03');
  });

  test('a clock time is not a date: a chat message\'s "[10:30]" does not make its claim one about a month', () => {
    // Read as the as-of month, and given the year an earlier message wrote, the claim was judged in October 2024.
    const chat = rate('\n[09:58] Ana: our 2024 volumes were small\n[10:30] Dana: steel imports pay a 50% tariff', '2025-10-27', '50%');
    assert.deepEqual([chat.verdict, chat.judged], ['supported', { date: '2025-10-27' }]);
    assert.deepEqual(rate('At 10:30 steel imports paid 25%.', '2025-05-01', '25%').judged, { date: '2025-05-01' });
  });

  test('lines that each open with a date and a colon, without stops, are each a sentence: a figure takes its own line\'s date', () => {
    const timeline = ['Vietnam duties as we booked them', '', 'Apr 5, 2025: baseline 10% on everything', 'Aug 7, 2025: country rate of 20% starts', 'Feb 24, 2026: a Section 122 surcharge in their place', 'Jul 24, 2026: surcharge gone'].join('\n');
    const claims = claimsOf(timeline, '2026-11-01').filter((c) => c.kind === 'rate');
    assert.deepEqual(claims.map((c) => [c.text, c.verdict, c.judged.date]), [
      ['10%', 'supported', '2025-04-05'],
      ['20%', 'supported', '2025-08-07'],
    ]);
  });

  test('a date after a semicolon is the next clause\'s, not the figure\'s before it', () => {
    const claim = rate('Effective June 4, the order raised the steel tariff to 50%; on June 10, another order raised it to 60%.', '2025-09-01', '50%');
    assert.deepEqual([claim.verdict, claim.judged.because], ['supported', 'June 4']);
  });

  test('a figure with no verb, from a date, tells when it began; with a verb of the present it runs to now', () => {
    const began = rate('The duties we track: the 25% steel tariff from March 12, 2025, and more.', '2025-09-01', '25%');
    assert.deepEqual([began.verdict, began.judged.date], ['supported', '2025-03-12']);
    assert.equal(rate('Steel imports pay 25% from March 12, 2025.', '2025-09-01', '25%').verdict, 'outdated');
    assert.equal(rate('The duties we track: the 25% steel tariff since March 12, 2025, and more.', '2025-09-01', '25%').verdict, 'outdated');
  });

  test('a figure said in the present is judged now, not at a date in a clause after it', () => {
    const claim = rate('Steel imports pay 50%; an order raised the tariff to that level on June 4.', '2025-09-01', '50%');
    assert.deepEqual([claim.verdict, claim.judged], ['supported', { date: '2025-09-01' }]);
    // Told in the past, the next clause's date is still the figure's.
    assert.equal(rate('Steel imports paid 25%; that changed on June 4.', '2025-09-01', '25%').judged.because, 'June 4');
  });

  test('a section of a statute is not a time', () => {
    // chrono reads "232 to 301" as a range of hours, which would be shown as the time the claim speaks of.
    const sections = rate('Steel imports under Sections 232 to 301 pay 25%.', '2025-05-01', '25%');
    assert.deepEqual(sections.judged, { date: '2025-05-01' });
    const dated = rate('Steel imports under Section 232 paid 25% until June 4.', '2025-09-01', '25%');
    assert.equal(dated.judged.because, 'June 4');
  });

  test('a date without a year takes the year the sentence wrote before it, not a relative date\'s', () => {
    const claim = rate('The duty took effect on March 12, 2025, and the next day passed; steel imports paid 25% on March 20.', '2026-09-01', '25%');
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-03-20']);
  });

  test('a month "of that year" is in the year the sentence wrote before it, whatever year its section names', () => {
    const text = '# Prices letter, September 2026\n\nTariff notes.\n\nSteel imports paid a 25% tariff in the spring of 2025, which rose to 50% in June of that year.';
    const claim = claimFor(text, '2026-09-15', '50%');
    assert.deepEqual([claim.verdict, claim.judged.date.slice(0, 7)], ['supported', '2025-06']);
    assert.equal(claimFor(text.replace('of that year', 'of the same year'), '2026-09-15', '50%').judged.date.slice(0, 7), '2025-06');
    // So is a part of a month ("mid-June of that year"); a sentence that wrote no year leaves the month's year to the paragraph.
    assert.equal(claimFor(text.replace('June of that year', 'mid-June of that year'), '2026-09-15', '50%').judged.date.slice(0, 7), '2025-06');
    const noYear = claimFor('# Swiss goods\n\nTariffs changed often in 2025. Swiss goods paid a 39% tariff from August until mid-November of that year.', '2026-11-30', '39%');
    assert.equal(noYear.judged.period?.to.slice(0, 7), '2025-11');
  });

  test('every shape of a month, a part of one and a year named after it reads to a real date', () => {
    for (const lead2 of ['', 'In 2025, '])
      for (const part of ['', 'early ', 'mid-', 'late ', 'the end of ', 'the beginning of '])
        for (const after of ['', ' of this year', ' of last year', ' of next year', ' of that year', ' of the same year', ' of that same year', ' 2025']) {
          const sentence = `${lead2}Vietnam paid a 46% tariff until ${part}June${after}.`;
          for (const claim of claimsOf(lead + sentence, '2026-03-01')) {
            for (const day of [claim.judged.date, claim.judged.period?.from, claim.judged.period?.to]) {
              if (day !== undefined) assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)), `${sentence}: ${day}`);
            }
          }
        }
  });

  test('a day-first date after "on" is a date ("on 12 March 2025")', () => {
    const claim = rate('The 25% steel tariff took effect on 12 March 2025.', '2025-09-01', '25%');
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-03-12']);
  });

  test('a source cited before its words dates them: "Bown, PIIE, 4/15/2025. …"', () => {
    const card = '**Steel costs**\nBown, PIIE, 4/15/2025. Steel imports face a tariff of 25%, a heavy cost.';
    assert.deepEqual(claimFor(card, '2025-09-01', '25%').judged.date, '2025-04-15');
  });

  test('yearless dates told one after another stay in order: a later one in the year before takes the earlier ones with it', () => {
    // Written in May 2026: August 7 has not come yet, so it was 2025, and so were the April days before it.
    const text = 'Within a year the duty on Vietnamese goods went to 46% (April 9) and then to 20% (August 7).';
    // ("Within a year" is a length of time, not a date a year ahead.)
    assert.deepEqual(claimsOf(lead + text, '2026-05-15').map((c) => [c.text, c.verdict, c.judged.date]), [['46%', 'supported', '2025-04-09'], ['20%', 'supported', '2025-08-07']]);
    // In order already, or a start that runs to now: each keeps the year it was given.
    assert.deepEqual(claimsOf(lead + 'Vietnamese goods paid 46% on April 9 and 20% on May 2.', '2026-05-15').map((c) => c.judged.date), ['2026-04-09', '2026-05-02']);
    assert.equal(rate('Vietnamese goods have paid 46% since April 9, and 20% was set on August 7.', '2026-05-15', '46%').judged.date, '2026-05-15');
  });

  test('a date in the brackets of another figure is that figure\'s: "pays 50% (the rate was 25% until June 3, 2025)"', () => {
    const text = 'Section 232 duties apply: the company pays 50% on the steel content of its grills (the rate was 25% until June 3, 2025), and more on aluminum.';
    assert.deepEqual(claimsOf(text, '2025-09-01').map((c) => [c.text, c.verdict, c.judged.date]), [['50%', 'supported', '2025-09-01'], ['25%', 'supported', '2025-06-03']]);
  });

  test('a date in the words of a later figure that is no claim is not the list\'s before it', () => {
    // "well above the 10%" is a bound, no claim; its "in April" dates it, not the 20%.
    const claim = rate('The duty on Vietnamese goods was raised to 20%, well above the 10% they paid in April.', '2025-09-01', '20%');
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-09-01']);
  });

  test('a date in brackets after a figure is that figure\'s, not the next one\'s', () => {
    const claims = claimsOf(lead + 'The duty on Vietnamese goods went to 46% (April 9), while that on Chinese goods rose to 145% and then fell back.', '2025-09-01');
    assert.deepEqual(claims.map((c) => [c.text, c.verdict, c.judged.date]), [['46%', 'supported', '2025-04-09'], ['145%', 'supported', '2025-09-01']]);
  });

  test('a fiscal year is any of its common readings', () => {
    for (const sentence of ['During fiscal 2025 steel imports paid 25%.', 'In FY25 steel imports paid 25%.']) {
      assert.equal(rate(sentence, '2026-03-27', '25%').verdict, 'supported', sentence);
    }
  });

  test('a month', () => {
    assert.equal(rate('In May steel imports paid a 25% duty.', '2025-09-01', '25%').verdict, 'supported');
    assert.equal(rate('In July steel imports paid a 25% duty.', '2025-09-01', '25%').verdict, 'outdated');
  });

  test('"last year" and "this year" are the whole year, not a month of it', () => {
    // chrono fills in a month: "last year" was read as the as-of month a year back (August 2025, when steel paid 50%).
    const last = rate('Last year steel imports paid a 25% duty.', '2026-08-10', '25%');
    assert.deepEqual([last.verdict, last.judged.period], ['supported', { from: '2025-01-01', to: '2025-12-31' }]);
    // "this year" was January, before any steel duty: it runs to the as-of date.
    const thisYear = rate('This year steel imports pay a 50% duty.', '2025-09-01', '50%');
    assert.deepEqual([thisYear.verdict, thisYear.judged.date], ['supported', '2025-09-01']);
  });

  test('a year on its own, whole or in part', () => {
    // Judged at the document's date these were outdated: steel paid 25% only from March to June 2025.
    const whole = rate('Steel imports paid a 25% duty in 2025.', '2026-06-15', '25%');
    assert.deepEqual([whole.verdict, whole.judged.period], ['supported', { from: '2025-01-01', to: '2025-12-31' }]);
    assert.deepEqual(rate('Steel imports paid a 25% duty in early 2025.', '2026-06-15', '25%').judged.period, { from: '2025-01-01', to: '2025-04-30' });
    assert.deepEqual(rate('Steel imports paid a 25% duty in the first half of 2025.', '2026-06-15', '25%').judged.period, { from: '2025-01-01', to: '2025-06-30' });
    assert.equal(rate('The 50% steel duty doubles the 25% that applied in the first months of 2025.', '2026-06-15', '25%').verdict, 'supported');
    // Late 2025 steel paid 50%, not 25%.
    assert.equal(rate('Steel imports paid a 25% duty in late 2025.', '2026-06-15', '25%').verdict, 'outdated');
    // A year inside a full date is that date's, and "the 2025 deal" names an event.
    assert.equal(rate('Steel imports paid a 25% duty on March 20, 2025.', '2026-06-15', '25%').judged.date, '2025-03-20');
    assert.equal(rate('Under the 2025 deal steel imports pay a 50% duty.', '2026-06-15', '50%').judged.date, '2026-06-15');
  });

  test('a date without a year takes the year its paragraph last wrote out', () => {
    // A look back written in mid-2026: "May 2" is May 2025, as the sentence before says, not May 2026.
    const text = 'Steel imports began paying a 25% duty on March 12, 2025. On May 2 steel imports paid 25%.';
    const [, may] = claimsOf(lead + text, '2026-06-15').filter((c) => c.kind === 'rate');
    assert.deepEqual([may.verdict, may.judged.date], ['supported', '2025-05-02']);
    // With no year written before it, the as-of year (contract §2).
    assert.equal(rate('On May 2 steel imports paid 25%.', '2026-06-15', '25%').verdict, 'outdated');
  });

  test('a year written in a sentence about something else counts too, but never puts "since" after the as-of date', () => {
    const text = 'Markets fell hard. The pause came on March 12, 2025. Steel imports paid a 25% duty on May 2.';
    const [may] = claimsOf(lead + text, '2026-06-15').filter((c) => c.kind === 'rate');
    assert.deepEqual([may.verdict, may.judged.date], ['supported', '2025-05-02']);
    // What runs to the present began before the as-of date: "since January" is not January 2027.
    const since = 'The step-up on steel was pushed back to January 1, 2027. Steel imports have paid 50% since January.';
    const [steel] = claimsOf(lead + since, '2026-08-15').filter((c) => c.kind === 'rate');
    assert.equal(steel.judged.date, '2026-08-15');
    assert.equal(steel.verdict, 'supported');
  });

  test('else the year its section heading names', () => {
    // A look back written in mid-2026, in sections by year: "May 2" under "Spring 2025" is May 2025.
    const steelOnMay2 = (heading: string, kind: DocumentKind) => {
      const text = `Steel review\n\n${heading}\n\nOn May 2 steel imports paid a 25% duty.\n`;
      const claim = claimsOf(text, '2026-06-15', kind).find((c) => c.kind === 'rate')!;
      return [claim.verdict, claim.judged.date];
    };
    for (const [heading, kind] of [['## Spring 2025: the first duties', 'markdown'], ['SPRING 2025 UPDATE', 'plaintext'], ['2025 in review', 'memo']] as const) {
      assert.deepEqual(steelOnMay2(heading, kind), ['supported', '2025-05-02'], heading);
    }
    // A heading that gives a whole date is a dateline, and one naming two years names no one year: the as-of year
    // stands, and the year before, which the text writes out, is a second reading (stop 48), here the one that holds.
    assert.deepEqual(steelOnMay2('## Notes of 14 June 2026', 'markdown'), ['outdated', '2026-05-02']);
    assert.deepEqual(steelOnMay2('## 2025 and 2026', 'markdown'), ['supported', '2025-05-02']);
    assert.deepEqual(steelOnMay2('## 2024 and 2026', 'markdown'), ['outdated', '2026-05-02']);
    // So is a part of a month ("in early May") whose year the as-of date chose.
    const early = claimsOf('Steel review\n\n## 2025 and 2026\n\nIn early May steel imports paid a 25% duty.\n', '2026-06-15', 'markdown').find((c) => c.kind === 'rate')!;
    assert.deepEqual([early.verdict, early.judged.date], ['supported', '2025-05-10']);
    // A heading without a year ends the section of the one before it at its level, not of one above it.
    // (Under "Outlook", 40% is wrong in either year, so the as-of year's reading is the one shown.)
    const nested = '## 2025\n\nOn May 2 steel imports paid a 25% duty.\n\n### Metals\n\nOn May 3 steel imports paid a 25% duty.\n\n## Outlook\n\nOn May 4 steel imports paid a 40% duty.\n';
    assert.deepEqual(claimsOf(nested, '2026-06-15', 'markdown').map((c) => c.judged.date), ['2025-05-02', '2025-05-03', '2026-05-04']);
    // A heading naming the as-of year adds nothing: told in the past, "May 2" in a memo of March 2026 was May 2025.
    assert.deepEqual(claimsOf('# Winter 2026 update\n\nOn May 2 steel imports paid a 25% duty.\n', '2026-03-01', 'markdown').map((c) => [c.verdict, c.judged.date]), [['supported', '2025-05-02']]);
    // A year written in the paragraph comes first.
    assert.equal(claimsOf('## 2025\n\nIn 2026 the duties went up. On May 2 steel imports paid a 25% duty.\n', '2026-06-15', 'markdown')[0].verdict, 'outdated');
  });

  test('a figure added to the one before shares its date', () => {
    assert.equal(rate('From April 10 the rates were 46% for Vietnam and 145% for China.', '2025-09-01', '145%').verdict, 'supported');
    assert.equal(rate('On April 10 the reciprocal duty on Chinese goods rose to 125%, bringing the total to 145%.', '2025-09-01', '145%').verdict, 'supported');
    // A clause that adds a part to it, and the total it gives; a total named by its partner.
    const parts = claimsOf(lead + 'The reciprocal rate on Chinese goods reached 125% on April 10, which with the 20% fentanyl duty gives 145%.', '2026-03-15');
    // (The sample base has no 125% reciprocal rate.)
    assert.deepEqual(parts.filter((c) => c.text !== '125%').map((c) => [c.text, c.verdict, c.judged.date]), [['20%', 'supported', '2025-04-10'], ['145%', 'supported', '2025-04-10']]);
    assert.equal(rate('The reciprocal duty rose to 125% on April 10, bringing the combined rate on China to 145%.', '2025-09-01', '145%').verdict, 'supported');
    // A figure with a verb of its own does not, unless the date opens the sentence; "now" keeps it at the document's date.
    assert.equal(rate('Chinese goods paid 145% on April 10, and Chinese goods pay 30% under the truce.', '2025-09-01', '30%').verdict, 'supported');
    assert.equal(rate('On April 10 Chinese goods paid 145%, and Chinese goods now pay 30% under the truce.', '2025-09-01', '30%').verdict, 'supported');
    assert.equal(rate('On April 10 the reciprocal duty reached 125%, and Chinese goods faced 145% in total.', '2025-09-01', '145%').verdict, 'supported');
    // A part named before the total, in words that open the sentence, at the total's time.
    const counted = claimsOf(lead + 'Counting the 20% fentanyl duty, importers of Chinese goods paid 145% in late April 2025.', '2026-09-15');
    assert.deepEqual(counted.map((c) => [c.text, c.verdict, c.judged.date]), [['20%', 'supported', '2025-04-30'], ['145%', 'supported', '2025-04-30']]);
    // "then" a level with no verb of its own, a day later, and "so" a total at that time.
    const steps = claimsOf(lead + 'On April 9 the reciprocal duty on Chinese goods rose to 84%, then 125% the next day, so 145% all-in.', '2025-09-01');
    assert.deepEqual(steps.map((c) => [c.text, c.judged.date]), [['84%', '2025-04-09'], ['125%', '2025-04-10'], ['145%', '2025-04-10']]);
    assert.equal(steps[2].verdict, 'supported');
  });

  test('a quarter', () => {
    assert.equal(rate('In the second quarter steel imports paid a 25% duty.', '2025-09-01', '25%').verdict, 'supported');
    assert.equal(rate('In the third quarter steel imports paid a 25% duty.', '2025-09-01', '25%').verdict, 'outdated');
  });

  test('a numeric date is read day first in a text whose other numeric dates only day first reads', () => {
    const since = (other: string) => claimsOf(`${lead}Vietnamese goods have paid a 20% tariff since 7/8/2025.\n\nThe order of ${other} changed nothing.`, '2025-09-25').find((c) => c.kind === 'effective');
    // Vietnam's 20% began on 7 August 2025.
    assert.equal(since('14/10/2025')?.verdict, 'supported');
    assert.equal(since('10/14/2025')?.verdict, 'contradicted');
    // Both orders in one text: month first, as US text writes them.
    assert.equal(claimsOf(`${lead}Vietnamese goods have paid a 20% tariff since 7/8/2025.\n\nOrders of 14/10/2025 and 10/14/2025.`, '2025-09-25').find((c) => c.kind === 'effective')?.verdict, 'contradicted');
     // A month's name and a day stay that day in such a text: "Oct 14" is not October 2014 (stop 55).
    const sofas = checkDocument(`${lead}Upholstered sofas have paid a 25% Section 232 tariff since Oct 14 last year.\n\nThe order of 20/01/2026 changed nothing.`, builtinFacts(), { kind: 'plaintext', asOf: '2026-01-20' }).claims;
    assert.equal(sofas.find((c) => c.kind === 'effective')?.verdict, 'supported');
  });

  test('a month written without a year shares the year of the month listed after it: "April and May 2025"', () => {
    const c = rate('Chinese goods paid 145% in total in April and May 2025.', '2026-07-08', '145%');
    assert.deepEqual([c.verdict, c.judged.period?.from], ['supported', '2025-04-01']);
  });

  test('a rate that "stopped applying" or "ceased to apply" on a date held until it', () => {
    for (const ended of ['stopped applying on', 'ceased to apply on', 'stopped being collected on']) {
      const c = rate(`Steel imports paid a 25% tariff, which ${ended} June 4.`, '2025-09-01', '25%');
      assert.equal(c.verdict, 'supported', ended);
    }
  });

  test('"until at least" a date is "until" it', () => {
    const c = rate('Vietnamese goods pay a 46% tariff until at least August 7.', '2025-06-01', '46%');
    assert.deepEqual([c.verdict, c.judged.date], ['supported', '2025-06-01']);
  });

  test('"the current shipment" is judged now, whatever date the clause before gives', () => {
    const [may, now] = claimsOf(lead + 'The shipment that arrived in early May paid 25% on its steel, but the current shipment pays 50%.', '2025-09-01');
    assert.deepEqual([may.verdict, may.judged.date, now.verdict, now.judged.date], ['supported', '2025-05-10', 'supported', '2025-09-01']);
  });

  test('a season: "last summer", "in the spring of 2025", "fall 2025"', () => {
    // Steel went from 25% to 50% on 4 June 2025.
    assert.equal(rate('All of last summer steel imports paid a 50% duty.', '2026-03-15', '50%').judged.period?.from, '2025-06-01');
    assert.equal(rate('In the spring of 2025 steel imports paid a 25% duty.', '2025-09-01', '25%').verdict, 'supported');
    assert.equal(rate('In the spring of 2025 steel imports paid a 50% duty.', '2025-09-01', '50%').verdict, 'contradicted');
    assert.equal(rate('Steel imports paid a 25% duty in spring 2025.', '2025-09-01', '25%').verdict, 'supported');
    // "Last" is the latest that has ended: in July 2025, the summer of 2024.
    assert.equal(rate('Last summer steel imports paid a 25% duty.', '2025-07-20', '25%').judged.period?.to, '2024-08-31');
    // "The fall in prices" is no season.
    assert.equal(rate('After the fall in prices, steel imports paid a 25% duty.', '2025-09-01', '25%').judged.period, undefined);
    // A season someone spent doing something is a time too.
    assert.equal(rate('Mills spent the spring lobbying against the 25% steel duty.', '2025-09-01', '25%').verdict, 'supported');
  });

  test('early, mid and late parts of a month', () => {
    assert.equal(rate('In early June steel imports paid a 50% duty.', '2025-09-01', '50%').verdict, 'supported');
    assert.equal(rate('In early May steel imports paid a 50% duty.', '2025-09-01', '50%').verdict, 'contradicted');
    assert.equal(rate('Chinese goods faced 145% in total until mid-May.', '2025-09-01', '145%').verdict, 'supported');
    assert.equal(rate('Chinese goods faced 145% in total until late June.', '2025-09-01', '145%').verdict, 'outdated');
  });

  test('from X to Y', () => {
    assert.equal(rate('From April 20 to May 10, Chinese goods paid 145% in total.', '2025-09-01', '145%').verdict, 'supported');
    assert.equal(rate('From June 20 to July 10, Chinese goods paid 145% in total.', '2025-09-01', '145%').verdict, 'outdated');
  });

  test('"from X until Y" is one closed period', () => {
    const c = rate('Steel imports paid the 25% that applied from March until early June.', '2025-09-01', '25%');
    assert.deepEqual([c.verdict, c.judged.period], ['supported', { from: '2025-03-01', to: '2025-06-10' }]);
  });

  test('a side of a range written without a year keeps the range in order', () => {
    // The start took the as-of year (2026), and the period ran backwards from April 2026 to May 2025.
    const written = rate('From April 10 to May 13, 2025, Chinese goods paid 30% in total.', '2026-10-05', '30%');
    assert.deepEqual([written.verdict, written.judged.period], ['contradicted', { from: '2025-04-10', to: '2025-05-13' }]);
    assert.deepEqual(rate('From April 20, 2025 to May 10, Chinese goods paid 145% in total.', '2026-10-05', '145%').judged.period, { from: '2025-04-20', to: '2025-05-10' });
    // chrono read "August until February 7" as one range, and "late August" then stood alone, in the as-of year.
    const late = rate('Steel imports had paid a 50% tariff from late August until February 7.', '2026-03-10', '50%');
    assert.deepEqual(late.judged.period, { from: '2025-08-21', to: '2026-02-07' });
    // The range's "to" is a word, not the letters in "October".
    assert.deepEqual(rate('Steel imports paid 50% from late October until December 7.', '2026-03-10', '50%').judged.period, { from: '2025-10-21', to: '2025-12-07' });
  });

  test('"between X and Y" is one closed period', () => {
    const c = rate('Between March 20 and June 2, steel imports paid a 25% tariff.', '2025-09-01', '25%');
    assert.deepEqual([c.verdict, c.judged.period], ['supported', { from: '2025-03-20', to: '2025-06-02' }]);
    // "last" before the first side is part of it: both sides were read apart, and the claim judged on the later one alone.
    const last = rate('Between last March and yesterday, steel imports paid a 25% tariff.', '2026-01-15', '25%');
    assert.deepEqual([last.verdict, last.judged.period], ['supported', { from: '2025-03-01', to: '2026-01-14' }]);
  });

  test('a month in lower case with its year is a date: "back in april 2025"', () => {
    assert.deepEqual(rate('back in march 2025 steel imports paid 25%', '2026-01-15', '25%').judged.period, { from: '2025-03-01', to: '2025-03-31' });
  });

  test('a month in lower case with its day is a date, as chat writes it; "may" and "march" only after a word that introduces a date', () => {
    assert.equal(rate('steel paid 25% until jun 3, then 50%', '2025-09-01', '25%').judged.date, '2025-06-03');
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    const dates = (text: string) => timeExpressionsIn(text, '2025-09-01').map((t) => [t.text, t.from]);
    assert.deepEqual(dates('from may 14 china goes to 30%'), [['may 14', '2025-05-14']]);
    assert.deepEqual(dates('we may 14 times check the duty'), []);
  });

  test('a month alone in lower case is a date after a word that introduces one: "in april", "since june"', () => {
    assert.deepEqual(rate('fwiw in april vietnam\'s tariff was 46%, then it got paused', '2025-09-01', '46%').judged.period, { from: '2025-04-01', to: '2025-04-30' });
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    assert.deepEqual(timeExpressionsIn('steel has paid 50% since june', '2025-09-01').map((t) => t.from), ['2025-06-01']);
    assert.deepEqual(timeExpressionsIn('we may pay the duty', '2025-09-01'), []);
  });

  test('"since last March" runs to the present, as "since March" does', () => {
    assert.equal(rate('Steel imports have paid a 25% tariff since last March.', '2025-09-01', '25%').verdict, 'outdated');
  });

  test('"last" and "next" before a month say which year, whatever the tense', () => {
    // "kept" is not a past tense the year rule knew: last September was read as the coming one.
    const last = rate('Steel imports kept their 25% tariff last March.', '2026-01-15', '25%');
    assert.deepEqual([last.verdict, last.judged.period?.from], ['supported', '2025-03-01']);
    assert.equal(rate('Vietnamese goods face a 20% reciprocal rate next August.', '2025-09-01', '20%').judged.period?.from, '2026-08-01');
  });

  test('a rate that expires or lapsed on a day held until that day', () => {
    // Read as "on February 24", each was judged on the day the rate no longer applied, and flagged.
    assert.deepEqual([rate('The 10% baseline expires on February 24.', '2026-01-10', '10%').verdict], ['supported']);
    const lapsed = rate('The 10% baseline lapsed on February 24.', '2026-05-01', '10%');
    assert.deepEqual([lapsed.verdict, lapsed.judged.period?.to], ['supported', '2026-02-24']);
    // A rate planned "to end or change" on a day runs until that day, not from it.
    const planned = rate('Plan for the 10% baseline to end or change on February 24.', '2026-01-10', '10%');
    assert.deepEqual([planned.verdict, planned.judged.date], ['supported', '2026-01-10']);
  });

  test('"until" a month that holds the document\'s date is the run-up to it, not the present', () => {
    // Written in late June, "until June" had ended: 25% steel was right then, though 50% applies now.
    const held = rate('Until June, steel imports paid a 25% duty.', '2025-06-20', '25%');
    assert.deepEqual([held.verdict, held.judged.period?.to], ['supported', '2025-06-20']);
    assert.equal(rate('Until June, steel imports paid a 40% duty.', '2025-06-20', '40%').verdict, 'contradicted');
  });

  test('a sentence in the past by any common verb looks back for a date\'s year', () => {
    // "became" was no past tense to the year rule: March 12 was read as the coming one, in 2026.
    const became = rate('On March 12, steel imports became subject to a 25% tariff.', '2026-01-15', '25%');
    assert.deepEqual([became.verdict, became.judged.date], ['supported', '2025-03-12']);
    assert.equal(rate('The duty on steel imports passed 25% on March 12.', '2026-01-15', '25%').judged.date, '2025-03-12');
    // A participle after an auxiliary is no past tense: "would be lowered" keeps the present.
    assert.equal(rate('On August 20 officials said the 20% rate on Vietnamese goods would be lowered.', '2025-08-10', '20%').judged.period?.from, '2025-08-20');
    // "until" looks ahead only for the date it comes before: "May 2" here is still in the past.
    const held = rate('On May 2 steel imports paid a 25% duty, and brokers filed under it until June 3.', '2026-03-01', '25%');
    assert.deepEqual([held.verdict, held.judged.date], ['supported', '2025-05-02']);
  });

  test('a date that names when a deal was made is not when the rate applied', () => {
    const deal = rate('Vietnamese goods pay a 20% tariff under the deal reached in July.', '2025-09-25', '20%');
    assert.deepEqual([deal.verdict, deal.judged.date], ['supported', '2025-09-25']);
    const meeting = rate('After the meeting in Hanoi in July, Vietnamese goods pay a 20% tariff.', '2025-09-25', '20%');
    assert.deepEqual([meeting.verdict, meeting.judged.date], ['supported', '2025-09-25']);
  });

  test('before and after X', () => {
    assert.equal(rate('Before June 4, steel imports paid a 25% duty.', '2025-09-01', '25%').verdict, 'supported');
    assert.equal(rate('After June 4, steel imports paid a 25% duty.', '2025-09-01', '25%').verdict, 'outdated');
  });

  test('an article between "until", "before" or "after" and the date', () => {
    // Read as "on June 4", the claims before the increase were judged after it.
    const until = rate('Until the June 4 increase, steel imports faced a 25% tariff.', '2025-09-01', '25%');
    assert.deepEqual([until.verdict, until.judged.period?.to], ['supported', '2025-06-04']);
    assert.equal(rate('Before the June 4 increase, steel imports faced a 25% tariff.', '2025-09-01', '25%').verdict, 'supported');
    assert.equal(rate('After the June 4 increase, steel imports faced a 25% tariff.', '2025-09-01', '25%').verdict, 'outdated');
    // "to the" names the day itself, not the end of a period (the hover shows which).
    const returned = rate('Steel imports returned to the June 4 rate of 50%.', '2025-09-01', '50%');
    assert.deepEqual([returned.verdict, returned.judged.period], ['supported', { from: '2025-06-04', to: '2025-06-04' }]);
  });

  test('"on Saturday" is the Saturday before the document\'s date', () => {
    assert.equal(rate('On Saturday steel imports paid a 50% duty.', '2025-06-09', '50%').verdict, 'supported');
    assert.equal(rate('On Saturday steel imports paid a 50% duty.', '2025-06-02', '50%').verdict, 'contradicted');
  });

  test('"last week" is the week before the document\'s', () => {
    assert.equal(rate('Last week steel imports paid a 50% duty.', '2025-06-10', '50%').verdict, 'supported');
    assert.equal(rate('Last week steel imports paid a 50% duty.', '2025-06-04', '50%').verdict, 'contradicted');
  });

  test('"next week" and "this week" are the week after the document\'s and its own (stop 55)', () => {
    // Sunday 1 June 2025: the 50% steel duty starts on Wednesday 4 June, next week.
    const next = rate('Steel imports will pay a 50% duty next week.', '2025-06-01', '50%');
    assert.deepEqual([next.verdict, next.judged.period?.from, next.judged.period?.to], ['supported', '2025-06-02', '2025-06-08']);
    assert.equal(rate('This week steel imports pay a 50% duty.', '2025-06-05', '50%').verdict, 'supported');
  });

  test('"the next day" counts from the date before it', () => {
    assert.equal(claimFor('On May 13 Chinese goods paid 145% in total. The next day the combined rate fell to 30%.', '2025-09-01', '30%').verdict, 'supported');
    const early = claimFor('On May 12 Chinese goods paid 145% in total. The next day the combined rate fell to 30%.', '2025-09-01', '30%');
    assert.equal(early.verdict, 'contradicted');
    assert.equal(early.judged.date, '2025-05-13');
    assert.equal(early.judged.because, 'The next day');
  });

  test('a date in a sentence without a figure still anchors the next', () => {
    // Such a sentence's dates are read only when a later one asks for them.
    const next = claimFor('Washington cut the duties on Chinese goods on May 12, after talks in Geneva. The next day they paid 30% in total.', '2025-09-01', '30%');
    assert.deepEqual([next.judged.date, next.verdict], ['2025-05-13', 'contradicted']);
    const past = claimFor('The duties on Chinese goods changed on May 13, after talks in Geneva. Chinese goods paid 145% in total.', '2025-09-01', '145%');
    assert.deepEqual([past.judged.date, past.verdict], ['2025-05-13', 'supported']);
  });

  test('a title between rules is a heading whose year its section\'s dates take: "--- Slide 2: How we got here (2025) ---"', () => {
    const [claim] = claimsOf('--- Slide 2: How we got here (2025) ---\n* Apr 9: Vietnamese goods face a 46% reciprocal tariff.\n', '2026-04-22');
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-04-09']);
  });

  test('a date set in bold as a lead-in dates the sentence it introduces', () => {
    const [claim] = claimsOf('# Steel tariff chronology\n\n- **20 May.** Steel imports pay 25%.\n', '2025-09-01', 'markdown');
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-05-20']);
  });

  test('an entry that opens with its date is told at that date, its later sentences in the present too', () => {
    const entry = (then: string) => claimsOf(`# Steel tariff chronology\n\n- **May 20, 2025**: A new order is signed. ${then}\n`, '2025-09-01', 'markdown')[0];
    assert.deepEqual([entry('Steel imports pay 25%.').verdict, entry('Steel imports pay 25%.').judged.date], ['supported', '2025-05-20']);
    // "Now" brings a sentence back to the document's date.
    assert.equal(entry('Steel imports now pay 25%.').verdict, 'outdated');
  });

  test('an entry that opens with a date and no rate dates the sentences after it: "- August 7: new rates. Vietnamese goods pay 20%."', () => {
    const [claim] = claimsOf('Steel tariff chronology.\n\n- August 7: new rates. Vietnamese goods pay 20%.\n', '2025-09-01').filter((c) => c.text === '20%');
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-08-07']);
  });

  test('a rate paid "until" a day with no year, told in the past, ran until the last such day; a deadline set in the past may still be to come', () => {
    const paid = claimFor('Tariff update for exporters. Vietnamese goods paid 46% until April 9.', '2026-03-10', '46%');
    assert.deepEqual([paid.verdict, paid.judged.date], ['supported', '2025-04-09']);
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    assert.equal(timeExpressionsIn('The pause was extended until April 9.', '2026-03-10', () => undefined)[0].from, '2026-04-09');
  });

  test('an answer is told at the date its question asks about: "Q: What did … face on April 9, 2025? A: 46%."', () => {
    const quiz = (question: string, answer: string) => claimsOf(`Tariff quiz, answers.\n\nQ1. ${question}\n    A: ${answer}\n`, '2025-09-01').find((c) => c.kind === 'rate')!;
    const dated = quiz('What tariff did Vietnamese goods face on April 9, 2025?', '46%.');
    assert.deepEqual([dated.verdict, dated.judged.date], ['supported', '2025-04-09']);
    // "Q4." numbers the question, not a quarter; a rate the question asks about "from" a date, in the past, is the one that began then.
    const began = claimsOf('Tariff quiz, answers.\n\nQ4. What rate did Vietnamese goods face from 9 April?\n    A: 46%.\n', '2025-09-01').find((c) => c.kind === 'rate')!;
    assert.deepEqual([began.verdict, began.judged.date], ['supported', '2025-04-09']);
    // A question with no date of its own, or an answer that says "now", is about the document's date.
    assert.equal(quiz('What tariff do Vietnamese goods face?', '46%.').verdict, 'outdated');
    assert.equal(quiz('What tariff did Vietnamese goods face on April 9, 2025?', 'Vietnamese goods now pay 46%.').verdict, 'outdated');
    // The date of a question before it is not the answer's: each answer reads its own question.
    const two = claimsOf('Tariff quiz, answers.\n\nQ1. What tariff did Vietnamese goods face on April 9, 2025?\n    A: 46%.\nQ2. What tariff do Vietnamese goods face?\n    A: 46%.\n', '2025-09-01').filter((c) => c.kind === 'rate');
    assert.deepEqual(two.map((c) => c.verdict), ['supported', 'outdated']);
  });

  test('a timeline\'s item that opens with a year lends it to the items after it', () => {
    // Read alone, "November" in a memo of May 2026 with no past tense was the coming one.
    const timeline = 'Trade war timeline.\n\n- May 2025: Geneva deal, Chinese goods down to 30% in total.\n- November: new deal, Chinese goods down to 20% in total.\n';
    const november = claimsOf(timeline, '2026-05-12').find((c) => c.text === '20%')!;
    assert.deepEqual([november.verdict, november.judged.period?.from], ['supported', '2025-11-01']);
    // An item that only writes a year somewhere lends nothing ("Licensed since 2011").
    const chat = '**u/broker** (OP): Licensed since 2011, ask away.\n- Collection of the 10% baseline stopped on February 24.\n';
    assert.equal(claimsOf(chat, '2026-03-15').find((c) => c.text === '10%')!.judged.date, '2026-02-24');
  });

  test('a date another figure\'s relative clause gives is that figure\'s: "…; clients still model 46%, which only applied from April 9 to April 10"', () => {
    const claim = rate('For Vietnamese goods, budget 20% in tariffs; a few clients still model 46%, which only applied from April 9 to April 10.', '2025-09-01', '20%');
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-09-01']);
  });

  test('"before that date" counts from the date before it', () => {
    const [, before] = claimsOf(lead + 'Steel imports have paid 50% since June 4. Before that date they paid 25%.', '2025-09-01').filter((c) => c.kind === 'rate');
    assert.deepEqual([before.text, before.verdict, before.judged.date], ['25%', 'supported', '2025-06-03']);
  });

  test('a month that names a schedule is no date of the rates after it: "replace the paused April schedule: Vietnam 20%"', () => {
    const claim = rate('On Aug. 7 new country rates replace the paused April schedule: Vietnam 20%.', '2025-09-01', '20%');
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-08-07']);
  });

  test('"the same week" counts from the date before it, as "the same day" does', () => {
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    const found = timeExpressionsIn('The Administration replaced them the same week with a 10% surcharge.', '2026-08-20', () => '2026-02-24');
    assert.deepEqual(found.map((t) => [t.text, t.from]), [['the same week', '2026-02-24']]);
  });

  test('the end of a span written without a year comes after its start ("From April 5, 2025, until February 23"); "of this year" gives a date its year', () => {
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    const spans = (text: string) => timeExpressionsIn(text, '2026-09-15').map((t) => [t.relation, t.from]);
    assert.deepEqual(spans('From April 5, 2025, until February 23, most goods paid a 10% baseline tariff.'), [['since', '2025-04-05'], ['until', '2026-02-23']]);
    assert.deepEqual(spans('From April 5, 2025, until February 23 of this year, most goods paid a 10% baseline tariff.'), [['since', '2025-04-05'], ['until', '2026-02-23']]);
    assert.deepEqual(spans('Steel paid 25% until March 11 of last year.'), [['until', '2025-03-11']]);
    // A season with its year: "in spring 2025".
    assert.deepEqual(spans('Importers paid 145% on Chinese goods in spring 2025.').map(([, from]) => from), ['2025-03-01']);
    // A date of its own after a start is no end of the start's span.
    assert.deepEqual(spans('Since February 24, 2026 it no longer applies, nor does the 20% rate paid until February 23.'), [['since', '2026-02-24'], ['until', '2026-02-23']]);
  });

  test('a part of a month takes the year named after it ("until early June of last year"), so the rate it told is judged then', () => {
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    const periods = (text: string) => timeExpressionsIn(text, '2026-04-14').map((t) => [t.text, t.from, t.to]);
    assert.deepEqual(periods('Steel paid 25% until early June of last year.'), [['early June of last year', '2025-06-01', '2025-06-10']]);
    assert.deepEqual(periods('The quota lapses in late June of next year.'), [['late June of next year', '2027-06-21', '2027-06-30']]);
    const told = rate('The clerk answered that 25% was the steel rate from March to early June of last year.', '2026-04-14', '25%');
    assert.deepEqual([told.verdict, told.judged.date], ['supported', '2025-06-10']);
  });

  test('"the following day" in the same sentence counts from the date before it there', () => {
    const text = 'On May 13 Chinese goods paid 145% in total, and the following day the combined rate was 30%.';
    const claim = claimFor(text, '2025-09-01', '30%');
    assert.deepEqual([claim.verdict, claim.judged.date], ['supported', '2025-05-14']);
  });
});

describe('tense', () => {
  test('a sentence in the past continues the date of the one before', () => {
    const text = 'On April 20 Washington reviewed its tariffs. Vietnamese goods faced a 46% reciprocal rate.';
    assert.deepEqual(claimFor(text, '2025-09-01', '46%').judged.date, '2025-04-20');
    assert.deepEqual(rate('Vietnamese goods faced a 46% reciprocal rate.', '2025-09-01', '46%').judged, { date: '2025-09-01' });
  });

  test('a rate told in the past with no date is not outdated: it says what was', () => {
    const past = rate('Vietnamese goods faced a 46% reciprocal rate.', '2025-09-01', '46%');
    assert.deepEqual([past.verdict, past.message], ['supported', '46% is told in the past, and was the rate earlier: US reciprocal tariff on goods from VN.']);
    // "ended up at" tells where a rate landed, not that it ended.
    assert.equal(rate('Vietnamese goods ended up at a 25% tariff in August.', '2025-09-01', '25%').verdict, 'contradicted');
    // "stayed at" and "remained at", told without a date, say the rate is so to this day, as testers label them (stop 69);
    // dated, they tell of the past.
    assert.equal(rate('Vietnamese goods remained at a 46% reciprocal rate.', '2025-09-01', '46%').verdict, 'outdated');
    assert.equal(rate('Vietnamese goods stayed at a 46% reciprocal rate.', '2025-09-01', '46%').verdict, 'outdated');
    assert.equal(rate('Vietnamese goods stayed at a 46% reciprocal rate in May.', '2025-09-01', '46%').verdict, 'supported');
    assert.equal(rate('Vietnamese goods stay at a 46% reciprocal rate.', '2025-09-01', '46%').verdict, 'outdated');
    // One that never applied is still wrong; one said in the present is outdated.
    assert.equal(rate('Vietnamese goods faced a 35% reciprocal rate.', '2025-09-01', '35%').verdict, 'contradicted');
    assert.equal(rate('Vietnamese goods face a 46% reciprocal rate.', '2025-09-01', '46%').verdict, 'outdated');
    assert.equal(rate('The 46% reciprocal rate on Vietnamese goods existed for a week.', '2025-09-01', '46%').verdict, 'supported');
    // "Still" told in the past is no word of the present: "landed in May, when the 25% steel rate still applied".
    const still = rate('Our stock landed in May, when the 25% steel rate still applied.', '2025-09-01', '25%');
    assert.deepEqual([still.verdict, still.judged.date], ['supported', '2025-05-31']);
    // "Took effect" with no date tells only that the rate began: it runs on to now.
    assert.equal(rate('The 46% reciprocal rate on Vietnamese goods took effect after the pause.', '2025-09-01', '46%').verdict, 'outdated');
    assert.equal(rate('Vietnamese goods did face a 46% reciprocal rate.', '2025-09-01', '46%').verdict, 'supported');
    // Hyphenated words and nouns are no verbs of the past: "Japanese-made", "any cut to".
    assert.equal(rate('Japanese-made auto parts: 46% on Vietnamese goods.', '2025-09-01', '46%').verdict, 'outdated');
    assert.equal(rate('Any cut to the 46% reciprocal rate on Vietnamese goods will depend on talks.', '2025-09-01', '46%').verdict, 'outdated');
  });

  test('"received" tells of the past, and a clause without a verb after one in the past is told in the past too', () => {
    const text = 'In April 2025 the reciprocal rates were announced. Vietnamese goods received a 46% rate.';
    assert.deepEqual(claimFor(text, '2025-09-01', '46%').judged.date, '2025-04-30');
    const listed = claimsOf(lead + 'Switzerland paid 39% after its August deal; Vietnam 46%.', '2025-09-01').find((c) => c.text === '46%');
    assert.equal(listed?.verdict, 'supported');
    // "Then" tells of a later time: the figure after it does not take the date of the one before.
    assert.deepEqual(claimsOf(lead + 'Vietnamese goods paid 46% from April 10, then 20%.', '2025-09-01').find((c) => c.text === '20%')?.judged.date, '2025-09-01');
    const afterWords = claimsOf(lead + 'Switzerland paid the same after its deal; Vietnam 46%.', '2025-09-01').find((c) => c.text === '46%');
    assert.equal(afterWords?.verdict, 'supported');
    // Not a line of its own, which another verb may govern.
    assert.equal(claimsOf(lead + 'Rates we collected:\nJapan 10%\nVietnam 46%', '2025-09-01').find((c) => c.text === '46%')?.verdict, 'outdated');
  });

  test('"now" keeps a sentence at the document\'s date', () => {
    const text = 'On April 20 Washington reviewed its tariffs. Vietnamese goods now face a 46% reciprocal rate.';
    assert.equal(claimFor(text, '2025-09-01', '46%').verdict, 'outdated');
    // A date before the "now" in the figure's own words is the earlier figure's.
    const later = rate('Vietnamese goods that were paying a 46% duty in April now pay 20%.', '2025-09-01', '20%');
    assert.deepEqual([later.verdict, later.judged.date], ['supported', '2025-09-01']);
  });

  test('"had been" marks a former rate', () => {
    assert.equal(rate('Vietnamese goods had been charged a 46% reciprocal rate.', '2025-09-01', '46%').verdict, 'supported');
  });

  test('"will rise to" is judged against later facts', () => {
    assert.equal(rate('Vietnamese goods will face a 20% reciprocal rate.', '2025-07-01', '20%').verdict, 'announced');
    assert.equal(rate('Vietnamese goods will face a 30% reciprocal rate.', '2025-07-01', '30%').verdict, 'unverifiable');
  });

  test('"pushed back to" a date is when a postponed rate starts, not when one ends', () => {
    // Vietnam's 20% began on 7 August 2025; the postponed rise is judged from that day.
    assert.equal(rate('The order pushed the rise of Vietnam\'s rate to 20% back to August 7.', '2025-07-01', '20%').verdict, 'announced');
    assert.equal(rate('Vietnamese goods pay 46% until August 7.', '2025-07-01', '46%').verdict, 'supported');
  });
});

describe('effective dates', () => {
  test('"That rate started on 7 August; before that, … paid 46%": the date is not the later clause\'s figure\'s, which is told of before it', () => {
    const text = 'Vietnamese goods pay a 20% tariff now. That rate started on 7 August; before that, Vietnamese goods paid 46%.';
    const claims = claimsOf(text, '2025-09-01');
    assert.deepEqual(claims.map((c) => [c.kind, c.text, c.verdict]), [['rate', '20%', 'supported'], ['rate', '46%', 'supported']]);
    assert.equal(claims[1].judged.date, '2025-08-06');
  });

  test('"took effect on" is checked against the effective date', () => {
    const right = timeClaim('The 50% steel tariff took effect on June 4.', '2025-09-01');
    assert.deepEqual([right.kind, right.verdict], ['effective', 'supported']);
    const wrong = timeClaim('The 50% steel tariff took effect on June 1.', '2025-09-01');
    assert.equal(wrong.verdict, 'contradicted');
    assert.deepEqual(wrong.expectedDates, ['2025-06-04']);
    assert.equal(wrong.fixes[0].replacement, 'June 4');
  });

  test('the date a duty the words name takes effect is judged by that duty\'s facts only, whenever they apply', () => {
    // The sample base has Section 232 on copper at 50% from August 1, and Mexico's 25% fentanyl duty from March.
    const claims = claimsOf(lead + 'A 25% Section 232 duty on Mexican copper takes effect on August 1.', '2025-07-15');
    assert.deepEqual(claims.map((c) => [c.kind, c.verdict]), [['rate', 'contradicted']]);
  });

  test('a month after "a year ago in" or "last year in" is in the year before: "A year ago in March, steel paid 25%"', () => {
    for (const text of ['A year ago in March, steel imports paid a 25% tariff.', 'Last year in March, steel imports paid a 25% tariff.']) {
      const claim = claimFor(lead + text, '2026-03-12', '25%');
      assert.deepEqual([claim.verdict, claim.judged.date.slice(0, 7)], ['supported', '2025-03'], text);
    }
  });

  test('"since" needs the rate to have applied on that day', () => {
    assert.equal(timeClaim('Since June 4, steel imports have paid a 50% tariff.', '2025-09-01').verdict, 'supported');
    const wrong = timeClaim('Since May 20, steel imports have paid a 50% tariff.', '2025-09-01');
    assert.equal(wrong.verdict, 'contradicted');
    assert.deepEqual(wrong.expectedDates, ['2025-06-04']);
  });

  test('"since" claims nothing when the rate has ended since then, or is only reported', () => {
    const timeClaims = (text: string) => claimsOf(lead + text, '2026-03-10').filter((c) => c.kind !== 'rate').map((c) => c.text);
    assert.deepEqual(timeClaims('Since February 24, IEEPA duties, including Vietnam\'s 20%, are no longer collected.'), []);
    assert.deepEqual(timeClaims('I read that since May 20 steel imports have paid a 50% tariff.'), []);
    // A rate that had applied since a day still claims that day.
    assert.deepEqual(timeClaims('Vietnamese goods had been subject to a 20% reciprocal rate since August 7, 2025.'), ['August 7, 2025']);
  });

  test('"since" after another percentage dates that one, not the only rate of the sentence', () => {
    const timeClaims = (text: string) => claimsOf(lead + text, '2025-09-01').filter((c) => c.kind !== 'rate').map((c) => c.text);
    assert.deepEqual(timeClaims('Steel imports still pay 50%, and one mill has lost 9% of its orders since March.'), []);
    assert.deepEqual(timeClaims('Steel imports still pay 50%, a rate in force since May 20.'), ['May 20']);
  });

  test('"and 50% effective June 4": a date the figure\'s next words introduce is its own, not the one before it', () => {
    const [, fifty] = claimsOf(lead + 'Steel imports paid 25% from March 12, 2025, and 50% effective June 4, 2025.', '2025-09-01').filter((c) => c.kind === 'rate');
    assert.deepEqual([fifty.text, fifty.verdict, fifty.judged.because], ['50%', 'supported', 'June 4, 2025']);
  });

  test('a later year a paragraph names (a deadline) is not lent to a date told in the past', () => {
    const text = 'Steel imports pay 50% now (the review runs to May 2026). The rate doubled from 25% to 50% in early June.';
    const doubled = claimsOf(lead + text, '2025-09-01').find((c) => c.text === '50%' && c.judged.because !== undefined);
    assert.deepEqual([doubled?.verdict, doubled?.judged.date.slice(0, 4)], ['supported', '2025']);
  });

  test('a date after the second of two rates is that one\'s, and a date no rate can be told to own claims nothing', () => {
    const effective = (text: string) => claimsOf(lead + text, '2025-09-01').filter((c) => c.kind === 'effective').map((c) => [c.text, c.verdict]);
    assert.deepEqual(effective('The duty on steel imports went from 25% to 50% effective June 4, 2025.'), [['June 4, 2025', 'supported']]);
    assert.deepEqual(effective('Steel imports paid 25% from March 12, 2025, and, effective June 4, 2025, aluminum rates ranging from 25% to 50%.'), [['March 12, 2025', 'supported']]);
  });

  test('a rate only announced for later has not applied since any day', () => {
    // The sample base has EU's 30% only as announced; saying it has applied since a day is no claim about when it took effect.
    assert.deepEqual(claimsOf(lead + 'Since August 1, EU goods have paid a 30% reciprocal rate.', '2025-09-01').filter((c) => c.kind !== 'rate').map((c) => c.verdict), []);
  });
});

describe('pause lengths and ends', () => {
  test('"a 90-day pause" against the length announced', () => {
    assert.equal(timeClaim("Vietnam's 46% tariff is under a 90-day pause.", '2025-05-01').verdict, 'supported');
    const wrong = timeClaim("Vietnam's 46% tariff is under a 60-day pause.", '2025-05-01');
    assert.equal(wrong.verdict, 'contradicted');
    assert.deepEqual(wrong.expected, [90]);
    assert.equal(wrong.fixes[0].replacement, '90-day pause');
  });

  test('"paused until" against the end announced by the judged date', () => {
    assert.equal(timeClaim("Vietnam's 46% tariff stays paused until early July.", '2025-05-01').verdict, 'supported');
    const before = timeClaim("Vietnam's 46% tariff stays paused until early August.", '2025-05-01');
    assert.equal(before.verdict, 'contradicted');
    assert.deepEqual(before.expectedDates, ['2025-07-09']);
    assert.equal(timeClaim("Vietnam's 46% tariff stays paused until early August.", '2025-07-20').verdict, 'supported');
  });

  test('a sentence that asserts none of its rates claims none of its dates', () => {
    assert.deepEqual(claimsOf(lead + "If Vietnam's 46% tariff stays paused until early August, importers will wait.", '2025-05-01').map((c) => c.kind), ['rate']);
    // Asserted, the same date is checked.
    assert.equal(timeClaim("Vietnam's 46% tariff stays paused until early August, so importers will wait.", '2025-05-01').verdict, 'contradicted');
  });
});

describe('asking chrono only when a text may hold a date', () => {
  // Every English form chrono reads, and words that only look like one of them.
  const DATE_FORMS = [
    'May 5', 'Sept. 9, 2025', 'on Tue', 'Thursday', '5/6', '2025-04-05', '2025', '10:30', '5pm', 'now', 'Now', 'today', 'Tonight',
    'tmrw', 'overmorrow', 'last night', 'this morning', 'at noon', 'midnight', 'end of the month', 'in a few days', 'For a while',
    'within two weeks', '3 days ago', 'a d later', 'half an hour ago', 'the next day', 'last quarter', 'next y', 'Lasts',
    'For them', 'the ones', 'couple of months', 'several yrs later', '+2 days', 'after this week', 'second quarter',
    'noon tonight', 'midnight on June 3', 'morning of May 20', 'noon today',
  ];
  const WORDS = ['the', 'They', 'rate', 'as', 'and', 'is', 'an', 'a', 'of', 'for', 'in', 'ones', 'Last', 'NEXT', '50%', 'duty', ',', '.'];
  const { mayHoldDate, takenChronoSurface } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
  const chronoReads = (text: string) => chrono.parse(text, { instant: new Date('2025-09-01T12:00:00Z'), timezone: 0 }, { forwardDate: false });

  test('a text chrono finds a date in that we take is never skipped', () => {
    const text = fc.array(fc.oneof(corpusCut, fc.constantFrom(...DATE_FORMS), fc.constantFrom(...WORDS)), { maxLength: 8 }).map((parts) => parts.join(' '));
    checkProperty(3000, text, (t) => {
      const taken = chronoReads(t).find((r) => takenChronoSurface(r) !== undefined);
      if (taken) assert.ok(mayHoldDate(t), `chrono reads ${JSON.stringify(taken.text)} in ${JSON.stringify(t)}, but it was skipped`);
    });
  });

  test('our own forms are found whatever stands around them', () => {
    // They are looked for only where a key word of theirs stands (a month name, "day",
    // "week", "quarter"): found in any company, they are never skipped.
    const { timeExpressionsIn, namesAnEventBefore } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    const OWN_FORMS = ['mid-May', 'early July', 'late March 2025', 'the end of June', 'the beginning of April', 'last week', 'the next day',
      'the following day', 'two days later', '3 days later', 'a week later', 'the same day', 'the day before', 'Q3', 'third quarter of 2025', 'Q2 2025'];
    const around = fc.array(fc.oneof(corpusCut, fc.constantFrom(...WORDS)), { maxLength: 4 }).map((parts) => parts.join(' '));
    checkProperty(1500, around, fc.constantFrom(...OWN_FORMS), around, (before, form, after) => {
      const text = `${before} ${form} ${after}`;
      const at = before.length + 1;
      // After words naming an event ("talks last week") a date is the event's, which is left out on purpose.
      if (namesAnEventBefore(text, at)) return;
      const found = timeExpressionsIn(text, '2025-09-01', () => '2025-06-10');
      assert.ok(found.some((t) => t.start <= at && t.end >= at + form.length), `${JSON.stringify(form)} not found in ${JSON.stringify(text)}`);
    });
  });

  test('a sentence that only quotes a rate is skipped', () => {
    assert.equal(mayHoldDate('The reciprocal duty on exports from Algeria stands at   %.'), false);
    // "the y" is a year to chrono, but "they", a number word and a unit written as one word, is not.
    assert.equal(mayHoldDate('Importers say they pay a    % tariff on furniture.'), false);
    assert.equal(mayHoldDate('Importers paid a    % tariff on furniture the y before.'), true);
    // chrono reads "now" and "noon" there, but a lower-case casual word is never taken.
    assert.equal(mayHoldDate('Brazilian shipments now pay a   % tariff, due by noon.'), false);
    assert.equal(mayHoldDate('Now Brazilian shipments pay a   % tariff.'), true);
    assert.equal(mayHoldDate('Brazilian shipments pay a   % tariff this morning.'), true);
    assert.equal(mayHoldDate('Brazilian shipments pay a   % tariff; noon is the deadline.'), true);
  });
});

describe('periods ended by an event (stop 41)', () => {
  test('"until the Geneva truce in May" ends a period at the truce, in May; "in May" alone names the month', () => {
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    const relations = (text: string) => timeExpressionsIn(text, '2025-11-20').map((t) => [t.text, t.relation]);
    // The truce is a named day (stop 64) as well as a month.
    assert.deepEqual(relations('China stayed at 145% until the Geneva truce in May.'), [['Geneva truce', 'until'], ['May', 'until']]);
    assert.deepEqual(relations('China agreed to the Geneva truce in May.'), [['May', 'in']]);
  });
});

describe('years and events that date a figure (stop 42)', () => {
  const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
  const periods = (text: string, asOf: string) => timeExpressionsIn(text, asOf).map((t) => [t.text, t.from, t.to]);

  test('"in calendar 2025" is the year 2025, as "in 2025" is', () => {
    assert.deepEqual(periods('In calendar 2025 we paid the 20% on Chinese goods.', '2026-05-12'), [['calendar 2025', '2025-01-01', '2025-12-31']]);
    assert.deepEqual(periods('During calendar year 2024 nothing changed.', '2026-05-12'), [['calendar year 2024', '2024-01-01', '2024-12-31']]);
  });

  test('"after talks fell apart last week" dates the talks, not the figure; "last week" alone is a date', () => {
    assert.deepEqual(periods('Switzerland got 39% after talks fell apart last week.', '2025-08-07'), []);
    assert.deepEqual(periods('Switzerland got 39% last week.', '2025-08-07'), [['last week', '2025-07-28', '2025-08-03']]);
  });
});

describe('years a range lends (stop 47)', () => {
  test('a year written only at a range\'s end is the year the dates after it take ("from April 5 to August 6, 2025, then 20% from August 7")', () => {
    const text = 'Notes on US tariffs. Vietnamese goods paid 10% from April 5 to August 6, 2025, then 20% from August 7 until the ruling in February.';
    assert.equal(claimFor(text, '2026-08-14', '20%').judged.date.slice(0, 4), '2025');
  });
});

describe('a year only the as-of date chose (stop 48)', () => {
  const recalled = (sentence: string) => claimsOf(`Looking back at 2025, a hard year for our tariff team.\n\n${sentence}`, '2026-10-20');
  test('"By April 12 we were paying 145%", in a look back at last year, may be last year\'s April: no problem when the figure held then', () => {
    const [claim] = recalled('By April 12 our orders from China were paying 145%, and we paused new purchase orders.');
    assert.deepEqual([claim.text, claim.verdict, claim.judged.date], ['145%', 'supported', '2025-04-12']);
    // A text that never writes last year out leaves the as-of year alone (contract §2).
    const unrecalled = claimsOf('Looking back at a hard spring for our tariff team.\n\nBy April 12 our orders from China were paying 145%.', '2026-10-20');
    assert.ok(PROBLEM_VERDICTS.has(unrecalled[0].verdict));
  });
  test('a figure wrong in both years, or said to hold since the date, is still a problem', () => {
    assert.equal(recalled('In April our steel imports paid 40%.')[0].verdict, 'contradicted');
    assert.equal(recalled('Since April 12 our orders from China pay 145%.').find((c) => c.text === '145%')?.verdict, 'outdated');
  });
  test('the date a rate took effect, written without its year, may be last year\'s too', () => {
    const claims = recalled('The Geneva truce cut the combined rate on China to 30% from May 14.');
    assert.deepEqual(claims.map((c) => [c.kind, c.text, c.verdict]), [['rate', '30%', 'supported'], ['effective', 'May 14', 'supported']]);
  });
});

describe('stop 55: a weekday alone', () => {
  const verdicts = (text: string, asOf: string) => checkDocument(text, builtinFacts(), { kind: 'plaintext', asOf }).claims.map((c) => [c.text, c.verdict]).sort();
  test('"from Thursday" in the present is the coming Thursday; told in the past, the last one', () => {
    // Sunday 3 August 2025: the Swiss 39% starts on Thursday 7 August.
    assert.deepEqual(verdicts('Swiss goods face a 39% tariff from Thursday.', '2025-08-03'), [['39%', 'announced'], ['Thursday', 'supported']]);
    assert.deepEqual(verdicts('A 39% tariff on Swiss goods takes effect on Thursday.', '2025-08-03'), [['39%', 'supported'], ['Thursday', 'supported']]);
    // "As of Saturday, the U.S. implemented …" looks back, though "as of" starts something.
    assert.deepEqual(verdicts('As of Thursday, the U.S. implemented a 39% tariff on Swiss goods.', '2025-08-10'), [['39%', 'supported'], ['Thursday', 'supported']]);
  });
});

describe('stop 55: what came "afterwards"', () => {
  test('a figure after "afterwards" is not dated by the date before it', () => {
    const verdicts = (text: string) => checkDocument(text, builtinFacts(), { kind: 'plaintext', asOf: '2025-04-20' }).claims.filter((c) => c.kind === 'rate').map((c) => [c.text, c.verdict]);
    assert.deepEqual(verdicts('On April 2 the US announced a 34% reciprocal tariff on Chinese goods, and afterwards it was raised to 84% and then to 125%.'), [['34%', 'supported'], ['84%', 'supported'], ['125%', 'supported']]);
    assert.deepEqual(verdicts('On April 2 the US announced a 34% reciprocal tariff on Chinese goods, and afterwards it was raised to 94%.')[1], ['94%', 'contradicted']);
  });
});

describe('stop 56: the day rates were published', () => {
  test('"the country rates published on 2 April (46% for Vietnam) have been suspended since 10 April": publication dates no figure', () => {
    const text = 'The country rates published on 2 April (for example 46% for Vietnam) have been suspended since 10 April, so only the 10% baseline is collected.';
    assert.deepEqual(builtinVerdicts(inNotes(text), '2025-07-15'), [['46%', 'supported'], ['10%', 'supported']]);
  });
});

describe('stop 56: a date line in another language', () => {
  test('"Fecha: 3 de septiembre de 2025", "Datum: 3. September 2025" and "Date : 3 septembre 2025" date the document', () => {
    for (const line of ['Fecha: 3 de septiembre de 2025', 'Datum: 3. September 2025', 'Date : 3 septembre 2025', 'Data: 3 de setembro de 2025']) {
      const check = checkDocument(`${line}\nSubject: tariffs\n\nSwiss goods pay 39% in US tariffs.\n`, builtinFacts(), { kind: 'plaintext', asOf: '2026-12-05' });
      assert.equal(check.asOf, '2025-09-03', line);
    }
    // A label with no date leaves the document undated.
    const undated = checkDocument('Data: Census Bureau, 2025\n\nSwiss goods pay 39% in US tariffs.\n', builtinFacts(), { kind: 'plaintext', asOf: '2026-12-05' });
    assert.equal(undated.asOf, '2026-12-05');
  });
});

describe('stop 57: a period a few words after its figure', () => {
  test('"the 15% Japan rate charged on entries from August 7 to September 15, 2025" is judged in that period, not at the date before', () => {
    const letter = (japan: string) => problemsInNotes(`The 10% baseline charged on our entries before August 7, 2025, and the ${japan} Japan rate charged on entries from August 7 to September 15, 2025, should be refunded.`, '2026-09-15');
    assert.deepEqual(letter('15%'), []);
    assert.deepEqual(letter('20%'), [['20%', 'contradicted']]);
  });
});

describe('stop 57: a season that dates an event, and a length of time', () => {
  test('"under last summer\'s framework" dates the framework, not the rate, which is judged now', () => {
    assert.deepEqual(problemsInNotes('Most European goods still pay 15% under last summer\'s framework.', '2026-04-02'), [['15%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Most European goods paid 15% last summer.', '2026-04-02'), []);
  });
  test('"After a year of talks" is no date a year on, to lend the paragraph\'s past tense', () => {
    const column = (opening: string) => problemsInNotes(`${opening}, Indian goods now pay 50% in total.\nBritain, meanwhile, got the gentlest treatment, a 10% tariff on most goods since the spring deal.`, '2026-01-05');
    assert.deepEqual(column('After a year of talks'), []);
    assert.deepEqual(column('In the end'), []);
  });
});

describe('stop 57: a date in another reported clause', () => {
  test('"noted that figure was from April and that Chinese goods now pay 30%" claims no start in April', () => {
    const problems = (text: string) => claimsOf(text, '2025-10-14').filter((c) => PROBLEM_VERDICTS.has(c.verdict)).map((c) => [c.text, c.verdict]);
    assert.deepEqual(problems('The vendor put the tariff at 145%. Ms Ortiz noted that figure was from April and that Chinese goods now pay 30% in IEEPA duties.'), []);
    assert.deepEqual(problems('Ms Ortiz noted that Chinese goods have paid 30% in IEEPA duties since April.'), [['April', 'contradicted']]);
  });
});

describe('stop 58: a day and month a fact starts on, and a timeline entry\'s date', () => {
  test('"since March 12", its year lent by "date from 2018" before it, is the start of the rate on that day', () => {
    const since = (date: string) => claimsOf(inNotes(`Steel tariffs date from 2018. What changed is that since ${date} every country has paid 25% on steel and aluminum.`), '2025-04-25').filter((c) => c.kind !== 'rate').map((c) => [c.text, c.verdict]);
    assert.deepEqual(since('March 12'), [['March 12', 'supported']]);
    assert.deepEqual(since('March 14'), [['March 14', 'contradicted']]);
    // A year written is the writer's own.
    assert.deepEqual(since('March 12, 2018'), [['March 12, 2018', 'contradicted']]);
  });
  test('"**April 10, 2025.** … reaches 125%; … the total is 145%" dates every figure of the entry', () => {
    assert.deepEqual(problemsInNotes('**April 10, 2025.** The reciprocal rate on Chinese goods reaches 125%; with the fentanyl tariff, the total is 145%.', '2026-01-15'), []);
    assert.deepEqual(problemsInNotes('That was the April 10 number; the total on Chinese goods is 145%.', '2026-01-15'), [['145%', 'outdated']]);
  });
});

describe('stop 58: a part named after its total', () => {
  test('"50% combined with the 10% reciprocal rate" tells the part at the total\'s date', () => {
    const changelog = (part: string) => problemsInNotes(`- Brazil: 40% emergency duty effective 2025-08-06, 50% combined with the ${part} reciprocal rate.`, '2026-03-06');
    assert.deepEqual(changelog('10%'), []);
    assert.deepEqual(changelog('15%'), [['15%', 'contradicted']]);
  });
});

describe('stop 59: a bilingual date line', () => {
  test('"DATUM / DATE: 2026-03-10" and "Datum: 10.03.2026" date the document; a dotted date is day first', () => {
    for (const line of ['DATUM / DATE: 2026-03-10', 'DATE / DATUM: 10.03.2026', 'Datum: 10.03.2026', 'Tarih / Date: 10.03.2026', '**Fecha / Date:** 10 de marzo de 2026']) {
      const check = checkDocument(`${line}\nSubject: tariffs\n\nSwiss goods pay 39% in US tariffs.\n`, builtinFacts(), { kind: 'plaintext', asOf: '2026-12-05' });
      assert.equal(check.asOf, '2026-03-10', line);
    }
    // A slashed date that reads two ways still leaves the document undated.
    const twoWays = checkDocument('Datum / Date: 10/03/2026\n\nSwiss goods pay 39% in US tariffs.\n', builtinFacts(), { kind: 'plaintext', asOf: '2026-12-05' });
    assert.equal(twoWays.asOf, '2026-12-05');
  });
});

describe('stop 59: a changelog entry headed by its whole date', () => {
  const changelog = (thailand: string) => `# Price list changelog\n\n## [2026.01] — 2026-01-05\n\n- Refreshed the layout.\n\n## [2025.08] — 2025-08-07\n\n- Reciprocal lines as of 7 August: Vietnam 20%, Thailand ${thailand}.\n- Brazil: brass fittings at 50% all-in as of 6 August (10% reciprocal + 40%).\n`;
  test('"## [2025.08] — 2025-08-07" lends 2025 to "as of 7 August", and an addend after "+" takes its total\'s date', () => {
    const claims = (text: string) => checkDocument(text, builtinFacts(), { kind: 'markdown', asOf: '2026-03-10' }).claims;
    assert.deepEqual(claims(changelog('19%')).filter((c) => c.kind === 'rate').map((c) => [c.text, c.verdict, c.judged.date]), [
      ['20%', 'supported', '2025-08-07'], ['19%', 'supported', '2025-08-07'], ['50%', 'supported', '2025-08-06'], ['10%', 'supported', '2025-08-06'], ['40%', 'supported', '2025-08-06'],
    ]);
    assert.deepEqual(claims(changelog('36%')).filter((c) => PROBLEM_VERDICTS.has(c.verdict)).map((c) => [c.text, c.verdict]), [['36%', 'outdated']]);
  });
});

describe('stop 59: the month a rate lapses in', () => {
  test('"pay a temporary 15% surcharge under Section 122, which lapses in July" is judged now, not in July', () => {
    const lapses = (rate: string) => problemsInNotes(`Most imports pay a temporary ${rate} surcharge under Section 122 of the Trade Act, which lapses in July unless Congress acts.`, '2026-03-10');
    assert.deepEqual(lapses('15%'), [['15%', 'contradicted']]);
    assert.deepEqual(lapses('10%'), []);
  });
});

describe('stop 59: until today', () => {
  test('"Until today, Korean vehicles paid the full 25 percent" tells of the days before the as-of day', () => {
    const untilToday = (rate: string) => problemsInNotes(`Until today, Korean vehicles paid the full ${rate} Section 232 tariff that every partner without a deal pays.`, '2025-12-04');
    assert.deepEqual(untilToday('25 percent'), []);
    assert.deepEqual(untilToday('30 percent'), [['30 percent', 'contradicted']]);
  });
});

describe('stop 59: "eff." for effective', () => {
  test('"- Switzerland 39% (eff. Aug 7)" in a commit message of August dates the figure on August 7', () => {
    const log = (rate: string) => problemsInNotes(`rates: load the Annex I country rates\n\n- Switzerland ${rate} (eff. Aug 7)\n- Vietnam 20% (eff. Aug 7)`, '2025-11-20');
    assert.deepEqual(log('39%'), []);
    assert.deepEqual(log('41%'), [['41%', 'contradicted']]);
  });
});

describe('stop 60: two days of one month', () => {
  test('"on April 9 and 10 … went from 84% to 125%" is told over both days, as "April 9-10" is', () => {
    const twoDays = (days: string) => problemsInNotes(`Then, on ${days}, the reciprocal tariff on China went from 84% to 125% in two days.`, '2025-04-22');
    assert.deepEqual(twoDays('April 9 and 10'), []);
    assert.deepEqual(twoDays('April 9-10'), []);
    assert.deepEqual(twoDays('April 9'), [['125%', 'contradicted']]);
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    assert.deepEqual(timeExpressionsIn('Duties rose on April 9 and 10, 2025.', '2025-09-01').map((t) => [t.text, t.from, t.to]), [['April 9 and 10, 2025', '2025-04-09', '2025-04-10']]);
    // Not a day and a figure: "between May 5 and 12 percent".
    assert.deepEqual(timeExpressionsIn('Rates settled between May 5 and 12 percent.', '2025-09-01').map((t) => [t.text, t.from, t.to]), [['May 5', '2025-05-05', '2025-05-05']]);
  });
});

describe('stop 60: a date of a tariff the sentence does not name', () => {
  test('"Temporary tariff surcharge on imported housewares, effective May 1" claims no fact\'s start; "Tariffs on Chinese goods took effect April 9" does', () => {
    const timeClaims = (text: string) => checkDocument(inNotes(text), builtinFacts(), { kind: 'plaintext', asOf: '2025-04-22' }).claims.filter((c) => c.kind !== 'rate').map((c) => [c.text, c.verdict]);
    assert.deepEqual(timeClaims('SUBJECT: Temporary tariff surcharge on imported housewares, effective May 1'), []);
    assert.deepEqual(timeClaims('The new tariff takes effect May 1.'), []);
    assert.deepEqual(timeClaims('Tariffs on Chinese goods took effect April 9.'), [['April 9', 'supported']]);
    assert.deepEqual(timeClaims('Tariffs on Chinese goods took effect May 1.'), [['May 1', 'contradicted']]);
  });
});

describe('stop 61: "since" looks back in any tense', () => {
  test('"pay 15% all-in, as they have since August", written in February, means last August', () => {
    const timeClaims = (text: string, asOf: string) => checkDocument(inNotes(text), builtinFacts(), { kind: 'plaintext', asOf }).claims.filter((c) => c.kind !== 'rate').map((c) => [c.text, c.verdict]);
    assert.deepEqual(timeClaims('Japanese goods pay 15% all-in, as they have since August.', '2026-02-01'), [['August', 'supported']]);
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    assert.deepEqual(timeExpressionsIn('Cabinets carry 25%, as they have since November 3.', '2026-02-01').map((t) => [t.text, t.from]), [['November 3', '2025-11-03']]);
  });
});

describe('stop 61: a season that dates a deal', () => {
  test('"under the deal struck last fall" dates the deal, not the rate Korean cars pay now', () => {
    assert.deepEqual(problemsInNotes('New cars from South Korea pay a 15% tariff under the deal struck last fall.', '2026-06-10'), []);
    assert.deepEqual(problemsInNotes('New cars from South Korea paid a 15% tariff last fall.', '2026-06-10'), [['15%', 'contradicted']]);
  });
});

describe('stop 61: a removal that takes effect on a date', () => {
  test('"Russian-oil penalty of 25% removed (effective 2026-02-07)" ends the rate that day: no start claimed, and the figure was right until then', () => {
    const entry = (line: string) => checkDocument(inNotes(`- India: ${line}`), builtinFacts(), { kind: 'markdown', asOf: '2026-03-03' }).claims.map((c) => [c.text, c.verdict]);
    assert.deepEqual(entry('Russian-oil penalty of 25% removed (effective 2026-02-07).'), [['25%', 'supported']]);
    assert.deepEqual(entry('the 25% Russian-oil penalty was lifted effective February 7.'), [['25%', 'supported']]);
    // A start stays a start.
    assert.deepEqual(entry('the 25% Russian-oil penalty took effect August 27, 2025.'), [['25%', 'supported'], ['August 27, 2025', 'supported']]);
  });
});

describe('stop 62: a day written as an ordinal word', () => {
  test('"went to 84 percent on april ninth", as speech is transcribed, is judged at April 9', () => {
    const judgedOn = (day: string) => builtinRateClaims(inNotes(`[00:01:39] host: on china the reciprocal rate went to 84 percent on april ${day}`), '2025-04-22').map((c) => c.judged.date);
    assert.deepEqual(judgedOn('ninth'), ['2025-04-09']);
    assert.deepEqual(judgedOn('twenty-first'), ['2025-04-21']);
  });
});

describe('stop 62: a German e-mail header\'s date', () => {
  test('"Gesendet: Mittwoch, 8. Oktober 2025" dates the e-mail', () => {
    const mail = 'Von: K. Schneider\nGesendet: Mittwoch, 8. Oktober 2025 09:14\nBetreff: US tariffs\n\nHi all,\n\nGoods from Japan pay a 15% reciprocal tariff.\n';
    assert.deepEqual(builtinVerdicts(mail, '2026-12-06'), [['15%', 'supported']]);
  });
});

describe('stop 62: Liberation Day as a date', () => {
  test('"went 34 percent on liberation day" is told at 2 April 2025, when 34% was announced; "since Liberation Day" claims no start day', () => {
    const said = (rate: string) => builtinRateClaims(inNotes(`[00:01:39] host: on china the reciprocal rate went ${rate} percent on liberation day`), '2025-04-22').map((c) => [c.verdict, c.judged.date]);
    assert.deepEqual(said('34'), [['supported', '2025-04-02']]);
    assert.deepEqual(said('44'), [['contradicted', '2025-04-02']]);
    // The baseline began on 5 April: a writer who dates it by the announcement is not flagged for the day.
    assert.deepEqual(problemsInNotes('Since Liberation Day, Japanese goods have paid 10%.', '2025-04-22'), []);
    // "the Liberation Day tariffs" name the measure, not a day.
    assert.deepEqual(builtinRateClaims(inNotes('Under the Liberation Day tariffs Japan pays 24%.'), '2025-04-22').map((c) => c.judged.date), ['2025-04-22']);
  });
});

describe('stop 62: a bare first day of a range', () => {
  test('"between 7 and 24 February India was at 25%" is the period from the 7th', () => {
    const was = (rate: string) => problemsInNotes(`Not quite: between 7 and 24 February 2026 India was at ${rate}.`, '2026-03-17');
    assert.deepEqual(was('25%'), []);
    assert.deepEqual(was('50%'), [['50%', 'outdated']]);
  });
});

describe('stop 62: a record\'s bracketed date, and a date in the possessive', () => {
  test('"[Congressional Record … (Wednesday, October 8, 2025)]" dates the text', () => {
    const record = '[Congressional Record Volume 171, Number 166 (Wednesday, October 8, 2025)]\n[Senate]\n\nMr. President, Japanese goods pay a 15% reciprocal tariff.\n';
    assert.deepEqual(builtinVerdicts(record, '2026-12-06'), [['15%', 'supported']]);
  });

  test('"from last April\'s 145 percent on China to the 50 percent steel tariff": April is the 145\'s time alone', () => {
    const backed = (first: string) => builtinRateClaims(inNotes(`He has backed every tariff action, from last April's ${first} percent on China to the 50 percent steel tariff.`), '2026-03-10').map((c) => [c.text, c.verdict, c.judged.date]);
    assert.deepEqual(backed('145'), [['145 percent', 'supported', '2025-04-30'], ['50 percent', 'supported', '2026-03-10']]);
    assert.deepEqual(backed('245')[0].slice(0, 2), ['245 percent', 'contradicted']);
  });
});

describe('stop 63: a timeline set in columns', () => {
  test('each line that opens with a day and month before a gap is dated by it, a "90-day" after it no year', () => {
    const timeline = (china: string, after: string) => problemsInNotes(`Tariff timeline, 2025\n\n  5 Apr   10% baseline on nearly every partner\n  9 Apr   Annex I rates in force for one day; China ${china}\n 10 Apr   90-day pause (not China): China reciprocal ${after}\n 14 May   Geneva: China stacked rate down to 30%`, '2026-01-09');
    assert.deepEqual(timeline('84%', '125%'), []);
    assert.deepEqual(timeline('85%', '120%'), [['85%', 'contradicted'], ['120%', 'contradicted']]);
  });

  test('a figure right after the day, and a "90-day" pause after it, leave the day as written', () => {
    const timeline = (ninth: string, tenth: string) => problemsInNotes(`Reciprocal tariff timeline, 2025\n\n  9 Apr   ${ninth} reciprocal tariff on Chinese goods\n 10 Apr   90-day pause for others; ${tenth} reciprocal tariff on Chinese goods`, '2026-01-09');
    assert.deepEqual(timeline('84%', '125%'), []);
    assert.deepEqual(timeline('125%', '84%'), [['125%', 'contradicted'], ['84%', 'outdated']]);
  });

  test('an entry\'s date reaches past a semicolon in its later sentences', () => {
    const entry = (total: string) => problemsInNotes(`- **10 April 2025** – The country rates are paused for 90 days, except China's. China's reciprocal rate goes to 125%; with the fentanyl duty Chinese goods pay ${total} in total.`, '2026-06-15');
    assert.deepEqual(entry('145%'), []);
    assert.deepEqual(entry('150%'), [['150%', 'contradicted']]);
  });
});

describe('stop 64: events that place a figure', () => {
  test('"after the November deal" places the figure after that month; "signed the November deal" dates only the deal', () => {
    const { timeExpressionsIn } = require(join(repoRoot, 'server', 'out', 'core', 'temporal.js')) as typeof Temporal;
    const relations = (text: string) => timeExpressionsIn(text, '2026-05-20').map((t) => [t.text, t.relation]);
    assert.deepEqual(relations('The rate fell to 15% after the November deal.'), [['November', 'after']]);
    assert.deepEqual(relations('Both sides signed the November deal.'), []);
  });
});

describe('stop 66: dates written as a day-first writer writes them', () => {
  test('"Date: 10-02-2026" is 10 February in a text that writes "7th February", and 2 October in one that writes "February 7"', () => {
    const dated = (body: string) => checkDocument(`FLASH NEWS\nDate: 10-02-2026\n\n${body} India pays the 25% reciprocal duty.\n`, builtinFacts(), { kind: 'plaintext', asOf: '2026-12-05' }).asOf;
    assert.equal(dated('The penalty was removed with effect from 7th February, 2026.'), '2026-02-10');
    assert.equal(dated('The penalty was removed with effect from February 7, 2026.'), '2026-10-02');
  });

  test('"Apr/2025 – Jul/2025", a spreadsheet\'s months, dates a row', () => {
    const row = (period: string) => builtinVerdicts(inNotes(`Duties on our Brazilian slabs.\n\n| Period | Additional US duty | Action |\n|---|---|---|\n| ${period} | 10% | none |`), '2026-09-15', 'markdown');
    assert.deepEqual(row('Apr/2025 – Jul/2025'), [['10%', 'supported']]);
    assert.deepEqual(row('Our first order'), [['10%', 'outdated']]);
  });
});

describe('stop 66: a list item\'s own year, and an exception\'s date', () => {
  test('"- **Early 2025:** … from February 4, doubled to 20% on March 4, and 25% on Canada and Mexico from the same day" is told in 2025', () => {
    const item = (lead: string) => builtinVerdicts(inNotes(`## History\n\n- **${lead}:** a 10% fentanyl tariff on Chinese goods from\n  February 4, doubled to 20% on March 4, and 25% on Canada and Mexico\n  from the same day.`), '2026-11-16', 'markdown').filter(([, verdict]) => PROBLEM_VERDICTS.has(verdict as never));
    assert.deepEqual(item('Early 2025'), []);
    assert.deepEqual(item('Early on').map(([figure]) => figure), ['20%', '25%']);
  });

  test('"the ten percent baseline duty, except for three entries made on April 9, 2025, which were assessed 46 percent": April 9 is the exception\'s', () => {
    const entries = (joint: string) => problemsInNotes(`From April 5 to August 6, 2025, our Vietnamese and Malaysian goods were\nassessed the ten percent baseline duty${joint} three entries made on April 9,\n2025, which were assessed 46 percent (Vietnam) and 24 percent (Malaysia).`, '2026-09-10');
    assert.deepEqual(entries(', except for'), []);
    assert.deepEqual(entries(', and on'), [['ten percent', 'outdated']]);
  });
});
