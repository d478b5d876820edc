// Claims about time rather than rates: when a rate took effect or has applied since
// ("took effect on May 3", "since June 4, steel pays 50%"), and how long a pause runs
// ("a 90-day suspension", "paused until early July"). They are checked against the
// facts' `effective` dates and, for pauses, the ends announced by the judged date.
import { ADDED_ONTO_NEXT, billsOwnSurcharge, FROM_BEFORE, NEXT_ITEM_DATED_BETWEEN, readingsOfSentence, type ReadClaim, type ReadingContext } from './claims';
import { addDays, readableDate } from './dates';
import type { FactBase } from './factBase';
import { periodYearsLater, WRITTEN_YEAR, type TimeExpression } from './temporal';
import type { ClaimScope, Fact, FigureFix, IsoDate, Verdict } from './types';
import { ScopedFacts } from './verdicts';

type Mode = 'start' | 'since' | 'days' | 'until';

export interface ReadTimeClaim {
  kind: 'effective' | 'duration';
  mode: Mode;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  text: string;
  /** Days claimed, for "a 90-day pause". */
  days?: number;
  /** The date or period the text gives. */
  period?: { from: IsoDate; to: IsoDate };
  /** Its year was chosen by the as-of date (see TimeExpression): the year before is a second reading. */
  yearGuessed?: true;
  /** The rate the clause ties the date to, when it names one. */
  rate?: number;
  readings: ClaimScope[];
}

// Words just before a date that say a rate began then.
const START_CUE = /(?:\b(?:took|take|takes|taking)\s+effect|\b(?:came|come|comes|coming)\s+into\s+(?:force|effect)|\b(?:went|goes)\s+into\s+effect|\bentered\s+into\s+force|\bkick(?:ed|s)\s+in|\b(?:began|begins|started|starts)(?:\s+to\s+apply)?|\b(?:was|were)\s+(?:introduced|imposed)|\beffective|\bin\s+force\s+(?:since|from))\s+(?:on\s+|from\s+|as\s+of\s+)?(?:the\s+)?$/i;
const SINCE_CUE = /\b(?:since|from|as\s+of|starting|beginning)\s+(?:the\s+)?$/i;
// "gone since February 24", "has not been collected since the 24th", "but nothing since February": the date a rate ended, not the one it began.
const ENDED_SINCE = /\b(?:gone|ended|lifted|removed|scrapped|dropped|expired|lapsed|over|nothing|none|zero|not\s+(?:been\s+)?(?:collected|charged|applied|levied|paid))\s+(?:since|from|as\s+of)\s+(?:the\s+)?$/i;
const PAUSE_WORD = /\b(?:paused|suspended|delayed|deferred|postponed|on\s+hold|frozen|suspension|pause)\b/i;
const DAY_WORDS: Record<string, number> = { fifteen: 15, thirty: 30, 'forty-five': 45, sixty: 60, ninety: 90, 'one hundred and twenty': 120 };
const DAYS = `(\\d{1,3}|${Object.keys(DAY_WORDS).join('|')})`;
const DAYS_OF_PAUSE = new RegExp(
  `\\b${DAYS}[\\s-]days?[\\s-](?:pause|suspension|delay|reprieve|truce|respite|moratorium)\\b` +
  `|\\b(?:pause|suspension|delay|reprieve|truce|moratorium)\\s+(?:of|for|lasting)\\s+${DAYS}\\s+days\\b` +
  `|\\b(?:paused|suspended|delayed)\\s+for\\s+${DAYS}\\s+days\\b`, 'gi');

/** What every START_CUE or PAUSE_WORD match holds (within a cut of the sentence as well), and far cheaper to look for. */
const NAMES_START_OR_PAUSE = /effect|force|kick|began|begin|start|introduced|imposed|paus|suspen|delay|defer|postpon|on\s+hold|frozen/i;

/** Could a date in the sentence be claimed as when a rate began or how long a pause runs? When not, its dates need not be read for its time claims. */
export function mayDateATimeClaim(sentence: string, rates: ReadClaim[]): boolean {
  return rates.length > 0 || NAMES_START_OR_PAUSE.test(sentence);
}

/** The time claims of one sentence, given its time expressions and its rate claims. */
export function timeClaimsInSentence(sentence: string, times: TimeExpression[], rates: ReadClaim[], ctx: ReadingContext, aboutTariffs: boolean): ReadTimeClaim[] {
  if (!rates.length && !aboutTariffs) return [];
  // "If the pause ends on August 1, Japan faces 25%": a sentence that asserts none of its rates asserts none of its dates either.
  if (rates.length && rates.every((r) => r.framing === 'conditional' || r.framing === 'reported')) return [];
  // "Effective April 14 we will add a 25% tariff surcharge": when the writer's own surcharge starts, not a duty.
  if (!rates.length && billsOwnSurcharge(sentence)) return [];
  const out: ReadTimeClaim[] = [];
  let whole: ReturnType<typeof readingsOfSentence> | undefined;
  const wholeSentence = () => (whole ??= readingsOfSentence(sentence, ctx));
  for (const t of times) {
    if (t.rough) continue;
    const before = sentence.slice(Math.max(0, t.start - 50), t.start);
    const rate = rateFor(t, rates, sentence, times);
    // A date among rates none of which it can be told to belong to claims nothing.
    if (!rate && rates.length) continue;
    let mode: Mode | undefined;
    if (START_CUE.test(before) && t.relation !== 'until') mode = !rate || assertsItApplies(rate, sentence) ? 'start' : undefined;
    else if (t.relation === 'since' && SINCE_CUE.test(before) && !ENDED_SINCE.test(before) && rate && assertsItApplies(rate, sentence)) mode = 'since';
    else if (t.relation === 'until' && PAUSE_WORD.test(before)) mode = 'until';
    if (!mode) continue;
    // A start of a tariff the sentence does not name ("The new tariff takes effect May 1") is no one fact's
    // (a pause, told without a name, is the country rates' one).
    if (mode === 'start' && !rate && wholeSentence().unanchored) continue;
    const readings = rate ? rate.readings : wholeSentence().readings;
    out.push({
      kind: mode === 'until' ? 'duration' : 'effective', mode, start: t.start, end: t.end, text: t.text,
      period: { from: t.from, to: t.to }, rate: rate?.figure.value,
      readings,
      ...(t.yearGuessed ? { yearGuessed: true as const } : {}),
    });
  }
  DAYS_OF_PAUSE.lastIndex = 0;
  for (let m = DAYS_OF_PAUSE.exec(sentence); m; m = DAYS_OF_PAUSE.exec(sentence)) {
    const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const days = DAY_WORDS[word] ?? Number(word);
    out.push({ kind: 'duration', mode: 'days', start: m.index, end: m.index + m[0].length, text: m[0], days, readings: wholeSentence().readings });
  }
  return out;
}

/**
 * Does the sentence say the rate applies (or applied) from the date on? Not "Since February 24, Vietnam's 20% is no longer collected"
 * ("from 24 February … is no more collected", "since 24 February CBP has stopped collecting the 25%"), nor a figure it reports or supposes.
 */
function assertsItApplies(rate: ReadClaim, sentence: string): boolean {
  if (rate.framing === 'reported' || rate.framing === 'conditional') return false;
  return rate.framing !== 'former' || !NO_LONGER_OR_STOPPED.test(sentence);
}

const NO_LONGER_OR_STOPPED = /\b(?:no\s+(?:longer|more)|not\s+any\s*more|stopped|ceased)\b/i;

/**
 * The rate claim a date belongs to: the one whose clause holds it; else, of several, the one
 * just before it with no stop, percentage or other date between; else the only one, unless
 * another percentage stands between them ("still paying 50 per cent, and British Steel has
 * lost 9 per cent of its order book since March").
 */
function rateFor(t: TimeExpression, rates: ReadClaim[], sentence: string, times: TimeExpression[]): ReadClaim | undefined {
  const at = rates.findIndex((r) => t.start >= r.governing.start && t.end <= r.governing.end);
  // "noted that figure was from April and that Chinese goods now pay 30%": a date before another reported clause is not the figure's.
  if (at >= 0 && t.end <= rates[at].figure.start && ANOTHER_THAT_CLAUSE.test(sentence.slice(t.end, rates[at].figure.start))) return undefined;
  if (at >= 0) {
    const holding = rates[at];
    // "From 10 November the duty was cut from 20% to 10%": the date is the new rate's.
    const next = rates[at + 1];
    const changedTo = next && FROM_BEFORE.test(sentence.slice(Math.max(0, holding.figure.start - 30), holding.figure.start)) && TO_BETWEEN.test(sentence.slice(holding.figure.end, next.figure.start));
    // "paid 30%, and from November 10 … they paid 20%": a date that opens the next item is its figure's.
    const opensNext = next && t.start >= holding.figure.end && t.end <= next.figure.start && NEXT_ITEM_DATED_BETWEEN.test(sentence.slice(holding.figure.end, t.start));
    return changedTo || opensNext ? next : holding;
  }
  if (rates.length > 1) {
    // "… from 34 percent to 84 percent effective April 9": the figure just before the date, with no other figure or date between.
    const last = lastBefore(rates, t.start);
    if (!last) return undefined;
    // "40% emergency duty on top of the 10% reciprocal (effective …)": the date is the duty's that comes on top, not the base's.
    const i = rates.indexOf(last);
    const before = i > 0 && ADDED_ONTO_NEXT.test(sentence.slice(rates[i - 1].figure.end, last.figure.start)) ? rates[i - 1] : last;
    const between = sentence.slice(before.figure.end, t.start);
    if (NEXT_ITEM_DATED_BETWEEN.test(between)) return rates.find((r) => r.figure.start >= t.end); // the next item's, as above
    if (between.length > 120 || !/^[^.;]*$/.test(between) || (before === last && A_PERCENTAGE.test(between))) return undefined;
    return times.some((o) => o !== t && o.start >= before.figure.end && o.end <= t.start) ? undefined : before;
  }
  const only = rates[0];
  if (!only) return undefined;
  const between = t.start >= only.figure.end ? sentence.slice(only.figure.end, t.start) : sentence.slice(t.end, only.figure.start);
  // "That rate started on 14 November; before that, Swiss goods paid 39%": past a semicolon the figure is another clause's.
  // So is it past another reported clause (see above).
  return A_PERCENTAGE.test(between) || between.includes(';') || ANOTHER_THAT_CLAUSE.test(between) ? undefined : only;
}

const ANOTHER_THAT_CLAUSE = /\b(?:and|but|while)\s+that\b/i;

/** The last of the rates (in order) whose figure ends by `at`. */
function lastBefore(rates: ReadClaim[], at: number): ReadClaim | undefined {
  let lo = 0;
  let hi = rates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rates[mid].figure.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? rates[lo - 1] : undefined;
}

const TO_BETWEEN = /^\s*(?:to|→|->)\s+(?:the\s+|a\s+)?$/i;
/** A percentage written anywhere in a stretch of text. */
export const A_PERCENTAGE = /\d\s?(?:%|percent\b|per\s?cent\b)/i;

export interface TimeJudgement {
  verdict: Verdict;
  expected: number[];
  expectedDates: IsoDate[];
  factIds: string[];
  scope: ClaimScope;
  message: string;
  fixes: FigureFix[];
}

const PREFERENCE: Record<Verdict, number> = { supported: 0, announced: 1, unverifiable: 2, outdated: 3, contradicted: 4 };

/**
 * Judges a time claim under each reading; a problem only when it is one under all. Undefined when no fact speaks to it.
 * `mayBeYearBefore`: the date, its year guessed, may be a year earlier (see judgedClaim).
 */
export function judgeTimeClaim(facts: FactBase, claim: ReadTimeClaim, asOf: IsoDate, mayBeYearBefore = false): TimeJudgement | undefined {
  const judged = claim.readings.map((scope) => judgeReading(facts, claim, scope, asOf)).filter((j): j is TimeJudgement => j !== undefined);
  if (!judged.length) return undefined;
  const best = judged.reduce((a, b) => (PREFERENCE[b.verdict] < PREFERENCE[a.verdict] && PREFERENCE[b.verdict] <= 2 ? b : a));
  if (best.verdict !== 'contradicted' || !claim.period) return best;
  // "The truce cut it to 10% from May 14", in a 2026 look back at 2025: taken when the date held then.
  // "Swiss hit with 39%, India faces 50% from Aug 27": a past tense in another clause put the date a year before the as-of year.
  const otherYears = [...(mayBeYearBefore ? [-1] : []), ...(claim.yearGuessed && claim.period.from.slice(0, 4) < asOf.slice(0, 4) ? [1] : [])];
  for (const years of otherYears) {
    const then = judgeTimeClaim(facts, { ...claim, period: periodYearsLater(claim.period, years), yearGuessed: undefined }, asOf);
    if (then?.verdict === 'supported') return then;
  }
  // "They date from 2018. … since March 12 every country has paid 25%": a day written without its year, on which
  // a fact starts, is that start, whatever year the paragraph lent it.
  const day = claim.period.from;
  const sameDay = claim.period.to === day && !WRITTEN_YEAR.test(claim.text) ? best.expectedDates.find((date) => date !== day && date <= asOf && date.slice(4) === day.slice(4)) : undefined;
  if (sameDay) return judgeTimeClaim(facts, { ...claim, period: { from: sameDay, to: sameDay }, yearGuessed: undefined }, asOf) ?? best;
  return best;
}

function judgeReading(facts: FactBase, claim: ReadTimeClaim, scope: ClaimScope, asOf: IsoDate): TimeJudgement | undefined {
  const scoped = new ScopedFacts(facts, scope, asOf, claim.rate ?? Number.NaN);
  const period = claim.period;
  if (claim.mode === 'start' || claim.mode === 'since') {
    // The facts the words name, whenever they apply: the date the claim gives is not the date it is judged at.
    const named = scoped.all.filter((f) => scoped.namedByWords(f));
    // An announced rate may be said to take effect on a date, but not to have applied since one.
    const candidates = (named.length ? named : scoped.narrowed).filter((f) => (claim.rate === undefined || f.rate === claim.rate) && (claim.mode === 'start' || f.status !== 'announced'));
    if (!candidates.length || !period) return undefined;
    const right = claim.mode === 'start'
      ? candidates.find((f) => f.effective >= period.from && f.effective <= period.to)
      : candidates.find((f) => scoped.appliedDuring(f, period.from, period.to));
    if (right) return result('supported', [right], scope, claim, `${right.rate}% ${claim.mode === 'start' ? 'took effect' : 'applied'} ${when(period)} (${right.id}).`);
    const starts = startsOf(candidates).sort((a, b) => distance(a.effective, period.from) - distance(b.effective, period.from));
    const dates = [...new Set(starts.map((f) => f.effective))];
    return result('contradicted', starts, scope, claim, `${claim.text} is not when this rate took effect: the facts give ${dates.map(readableDate).join(' or ')}.`, dates);
  }
  const pauses = scoped.all.filter((f) => f.status === 'paused' && (f.expires === undefined || f.expires > addDays(asOf, -400)));
  if (!pauses.length) return undefined;
  const ends = pauses.map((f) => ({ fact: f, end: knownEnd(f, asOf) }));
  if (claim.mode === 'days') {
    const lengths = ends.flatMap(({ fact }) => announcedEnds(fact, asOf).map((end) => ({ fact, days: daysBetween(fact.effective, end) })));
    const right = lengths.find((l) => Math.abs(l.days - claim.days!) <= PAUSE_DAYS_COUNTED_APART);
    if (right) return result('supported', [right.fact], scope, claim, `${claim.text}: ${right.fact.label ?? right.fact.id} runs ${right.days} days from ${readableDate(right.fact.effective)} as announced.`);
    const latest = ends.map(({ fact, end }) => ({ fact, days: daysBetween(fact.effective, end) }));
    const days = [...new Set(latest.map((l) => l.days))];
    return result('contradicted', latest.map((l) => l.fact), scope, claim, `${claim.text}: the pause runs ${days.join(' or ')} days by the facts known on ${readableDate(asOf)}.`, [], days);
  }
  const inPeriod = (end: IsoDate) => period !== undefined && ((end >= period.from && end <= period.to) || (addDays(end, -1) >= period.from && addDays(end, -1) <= period.to));
  const right = ends.find(({ end }) => inPeriod(end));
  if (right) return result('supported', [right.fact], scope, claim, `The pause ends on ${readableDate(right.end)}, as announced by ${readableDate(asOf)}.`);
  const dates = [...new Set(ends.map(({ end }) => end))];
  return result('contradicted', ends.map(({ fact }) => fact), scope, claim, `${claim.text} is not when the pause ends: by ${readableDate(asOf)} it was set to end on ${dates.map(readableDate).join(' or ')}.`, dates);
}

/** The ends of a pause announced by `date`, earliest first; the fact's real end when none is recorded. */
function announcedEnds(fact: Fact, date: IsoDate): IsoDate[] {
  const ends = (fact.pauseEnds ?? []).filter((e) => e.announced <= date).map((e) => e.until);
  return ends.length ? ends : fact.expires ? [fact.expires] : [];
}

function knownEnd(fact: Fact, date: IsoDate): IsoDate {
  const ends = announcedEnds(fact, date);
  return ends[ends.length - 1] ?? fact.effective;
}

/** The first fact of each run of the same rate: when that rate took effect. */
function startsOf(candidates: Fact[]): Fact[] {
  return candidates.filter((f) => !candidates.some((g) => g !== f && g.rate === f.rate && g.expires === f.effective));
}

/**
 * How far a pause's length in days may be from the facts' and still be it: counted from the order's signing or the
 * rate's first due day, with its last day or without, "a 30-day reprieve" of 4 February to 4 March runs 28 to 30 days.
 */
const PAUSE_DAYS_COUNTED_APART = 2;

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function distance(a: IsoDate, b: IsoDate): number {
  return Math.abs(daysBetween(a, b));
}

function when(period: { from: IsoDate; to: IsoDate }): string {
  return period.from === period.to ? `on ${readableDate(period.from)}` : `in ${readableDate(period.from)} – ${readableDate(period.to)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date written like the text's: "May 3" stays month-first, "3 May" day-first; a year only when the text had one. */
function dateLike(date: IsoDate, like: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = /\b\d{4}\b/.test(like) ? ` ${y}` : '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(like.trim())) return date;
  return /^\s*\d/.test(like) ? `${d} ${MONTHS[m - 1]}${year}` : `${MONTHS[m - 1]} ${d}${year ? ',' + year : ''}`;
}

function result(verdict: Verdict, behind: Fact[], scope: ClaimScope, claim: ReadTimeClaim, message: string, expectedDates: IsoDate[] = [], expectedDays: number[] = []): TimeJudgement {
  const fixes: FigureFix[] = verdict === 'contradicted'
    ? claim.mode === 'days'
      ? expectedDays.map((days) => ({ value: days, replacement: claim.text.replace(new RegExp(`\\b${DAYS}\\b`, 'i'), String(days)), factId: behind[0].id }))
      : expectedDates.map((date) => ({ replacement: dateLike(date, claim.text), factId: (behind.find((f) => f.effective === date) ?? behind[0]).id }))
    : [];
  return { verdict, expected: expectedDays, expectedDates, factIds: [...new Set(behind.map((f) => f.id))], scope, message, fixes };
}
