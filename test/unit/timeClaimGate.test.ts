// The key-word gate in front of time claims: a sentence with no rate claim has its
// dates read for time claims only when mayDateATimeClaim lets it. The gate is sound
// only if a sentence it turns away could never have made a time claim out of a date:
// every cue timeClaimsInSentence looks for before a date must hold one of its key words.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import type * as Claims from '../../server/src/core/claims';
import type * as Temporal from '../../server/src/core/temporal';
import type * as TimeClaims from '../../server/src/core/timeClaims';
import { claimsOf, repoRoot, sampleFacts } from '../support/engine';
import { checkProperty, corpusCut, WORDS } from '../support/fuzz';

const core = (name: string) => require(join(repoRoot, 'server', 'out', 'core', `${name}.js`));
const { EarlierSentences, PhraseMatcher } = core('claims') as typeof Claims;
const { ParagraphDates } = core('temporal') as typeof Temporal;
const { mayDateATimeClaim, timeClaimsInSentence } = core('timeClaims') as typeof TimeClaims;

const asOf = '2025-09-01';

/** A sentence's reading context as checkDocument builds one for the sample facts: a document about tariffs, no subject partner, first in its paragraph. */
const ctx: Claims.ReadingContext = (() => {
  const facts = sampleFacts();
  const products = new PhraseMatcher(facts.products);
  const measures = new PhraseMatcher(facts.measures, new Set(facts.facts.flatMap((f) => f.terms)));
  return { products, measures, documentAboutTariffs: true, subjectPartners: [], earlier: new EarlierSentences({ products, measures }) };
})();

/** The sentence's dates as checkDocument reads them, after a sentence that dates the paragraph (so "the next day" has a day to count from). */
function datesOf(sentence: string): Temporal.TimeExpression[] {
  const dates = new ParagraphDates(asOf);
  dates.read('On June 10 the duties changed.');
  return dates.read(sentence);
}

/** The time claims checkDocument reads in a sentence about tariffs with no rate claim: dates read when the gate lets them be, else none. */
function timeClaims(sentence: string, gateOpen: boolean) {
  return timeClaimsInSentence(sentence, gateOpen ? datesOf(sentence) : [], [], ctx, true);
}

// The words timeClaimsInSentence's patterns look for, in the forms they take.
const START_CUES = [
  'took effect', 'take effect', 'takes effect on', 'taking effect from', 'came into force', 'comes into effect', 'coming into force on',
  'went into effect', 'goes into effect', 'entered into force', 'kicked in', 'Kicks in', 'began', 'begins to apply', 'started', 'starts',
  'was introduced', 'were imposed', 'effective', 'EFFECTIVE as of', 'in force since', 'in force from',
];
const SINCE_CUES = ['since', 'from', 'as of', 'starting', 'beginning', 'as from', 'with effect from'];
const PAUSE_CUES = ['paused', 'suspended', 'delayed', 'deferred', 'postponed', 'on hold', 'On Hold', 'frozen', 'suspension', 'pause', 'Pause'];
const PAUSE_LENGTHS = [
  '90-day', 'ninety-day', '90 day', 'forty-five-day', 'pause', 'suspension', 'delay', 'reprieve', 'truce', 'respite', 'moratorium',
  'of 90 days', 'for sixty days', 'lasting 120 days', 'a 90-day reprieve', 'a truce of 90 days', 'moratorium lasting thirty days',
];
// Words near the cues that name none of the gate's key words: what a sentence the gate turns away is made of.
const NEAR_MISSES = [
  'halted', 'stopped', 'held', 'hold', 'on  hold', 'on\u00A0hold', 'froze', 'took', 'came', 'into', 'kick off', 'in place since',
  'has applied since', 'applied from', 'was raised on', 'changed on', 'rose', 'expires', 'ends', 'lapses', 'extended until',
  'runs until', 'lasts until', 'in force', 'halt', 'stay', 'relief', 'waiver', 'exempted', 'lifted',
];
const RELATIONS = ['', ' on', ' on the', ' from', ' as of', ' the', ' until', ' till', ' through', ' to', ' up to', ' before', ' after'];
const DATES = [
  'May 5', 'June 4, 2025', 'June 4', 'early July', 'mid-May', 'late March 2025', 'the next day', 'the following day', 'August 1',
  'Aug. 1', '9 July', '2025-06-04', 'Q3', 'the third quarter', 'last week', 'Saturday', 'April 9', 'the end of June', 'two days later', 'today',
];
const TARIFF_WORDS = ['tariff', 'The tariff', 'duties', 'levy', "Vietnam's 46% tariff", 'steel imports', 'Chinese goods', 'the reciprocal rate', 'Section 232'];

// Each kind of cue as likely as any other, so the few pause words come up as often as the many start phrases.
const cue = fc.oneof(...[START_CUES, SINCE_CUES, PAUSE_CUES, PAUSE_LENGTHS, NEAR_MISSES].map((cues) => fc.constantFrom(...cues)));
/** A cue, a relation word and a date, the shape a time claim is read from. */
const datedClause = fc.tuple(cue, fc.constantFrom(...RELATIONS), fc.constantFrom(...DATES)).map(([c, r, d]) => `${c}${r} ${d}`);
const piece = fc.oneof(
  { weight: 4, arbitrary: datedClause },
  { weight: 2, arbitrary: cue },
  { weight: 2, arbitrary: fc.constantFrom(...DATES, ...RELATIONS.map((r) => r.trim()).filter(Boolean)) },
  { weight: 2, arbitrary: fc.constantFrom(...TARIFF_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: corpusCut.map((cut) => cut.slice(0, 60)) },
);
// Mostly spaces; sometimes nothing, so a cue runs into the word after it.
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '', '-', '\u00A0');
const sentence = fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 7 }).map((parts) => parts.map(([p, s]) => p + s).join('').trim() + '.');

describe('the gate in front of time claims', () => {
  test('a sentence it turns away loses no time claim', () => {
    // Counted so that a generator drifting off the cues fails here rather than passing without testing anything.
    let turnedAwayWithDates = 0;
    let claimedFromDates = 0;
    checkProperty(1500, sentence, (s) => {
      const open = timeClaims(s, true);
      if (open.some((c) => c.mode !== 'days')) claimedFromDates++;
      if (mayDateATimeClaim(s, [])) return;
      if (datesOf(s).length) turnedAwayWithDates++;
      const lost = open.filter((c) => c.mode !== 'days').map((c) => `${c.mode} ${JSON.stringify(c.text)}`);
      assert.deepEqual(timeClaims(s, false), open, `the gate turned away ${JSON.stringify(s)}, losing ${lost.join(', ')}`);
    });
    assert.ok(turnedAwayWithDates > 100, `only ${turnedAwayWithDates} sentences with dates were turned away`);
    assert.ok(claimedFromDates > 100, `only ${claimedFromDates} sentences made a time claim of a date`);
  });

  test('every cue, alone before a date, that makes a time claim is let through', () => {
    // Each cue once with each relation word: the random sentences above may miss a rare one.
    for (const c of [...START_CUES, ...SINCE_CUES, ...PAUSE_CUES, ...PAUSE_LENGTHS, ...NEAR_MISSES]) {
      for (const r of RELATIONS) {
        const s = `The tariff ${c}${r} May 5.`;
        if (timeClaims(s, true).some((claim) => claim.mode !== 'days')) assert.ok(mayDateATimeClaim(s, []), `the gate turned away ${JSON.stringify(s)}`);
      }
    }
  });

  test('the cues it must let through', () => {
    for (const s of ["Vietnam's tariff stays paused until early July.", 'The steel tariff took effect on June 4.', 'The steel duties kicked in the next day.', 'Tariffs on hold till August 1.']) {
      assert.ok(mayDateATimeClaim(s, []), s);
      assert.equal(timeClaims(s, true).length, 1, s);
    }
  });

  test('"since" makes no time claim without a rate, and a pause\'s length needs no date', () => {
    const since = 'Steel duties have applied since June 4.';
    assert.equal(mayDateATimeClaim(since, []), false);
    assert.deepEqual(timeClaims(since, true), []);
    // "reprieve" is none of the gate's words, yet the claim is made: it is read from the words, not from a date.
    const reprieve = "Vietnam's tariff is under a 90-day reprieve.";
    assert.equal(mayDateATimeClaim(reprieve, []), false);
    const found = claimsOf(`Tariff notes. ${reprieve}`, '2025-05-01').filter((c) => c.kind !== 'rate');
    assert.deepEqual(found.map((c) => [c.kind, c.text, c.verdict]), [['duration', '90-day reprieve', 'supported']]);
  });
});
