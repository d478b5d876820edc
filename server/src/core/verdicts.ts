// Judges a claim against the facts (contract §2): which facts are in scope, which
// apply on a date (validity, partner overrides, paused rates), and the first verdict
// row that holds. A claim with several readings is a problem only under all of them.
import { leavesOutGoods, partnersWords, validOn, type FactBase } from './factBase';
import { addDays } from './dates';
import { readableDate } from './dates';
import type { Framing } from './claims';
import { UNNAMED_PARTNER, type ClaimScope, type Fact, type IsoDate, type Verdict } from './types';
import { CHARGED_ON_CONTENT, COMBINED_MEASURE, EVERYONES_RATE_WORDS, LEFT_OUT_BY_NAME, NOT_ON_SECTORAL_GOODS } from './vocabulary';

export interface Judgement {
  verdict: Verdict;
  expected: number[];
  factIds: string[];
  /** The fact the message is about: the one with the claimed rate, or the best expected one. */
  lead?: Fact;
  scope: ClaimScope;
  message: string;
  /** Judged unverifiable for naming a measure only some partners pay, and no partner (see ScopedFacts). */
  measureWithoutItsPartner?: true;
  /** Judged unverifiable for naming a measure only some partners pay, which the named partner does not (see ScopedFacts). */
  measureNotOfPartner?: true;
}

export interface JudgeRequest {
  value: number;
  text: string;
  readings: ClaimScope[];
  framing: Framing;
  date: IsoDate;
  /** A past period the claim speaks about: supported when a fact applied on any day of it. */
  period?: { from: IsoDate; to: IsoDate };
  /** The claim names no partner, product or measure (see ReadClaim.unanchored): never a problem. */
  unanchored?: boolean;
  /** Told in the past with no date ("Vietnamese goods paid 20%"): a rate that applied before is what it says, not an outdated one. */
  toldInThePast?: boolean;
}

const PREFERENCE: Record<Verdict, number> = { supported: 0, announced: 1, unverifiable: 2, outdated: 3, contradicted: 4 };

export function judge(facts: FactBase, request: JudgeRequest): Judgement {
  const all = request.readings.flatMap((scope) => readingsForGoods(facts, scope)).map((scope) => judgeReading(facts, request, scope));
  // A partner's measure read for every partner says nothing when another reading names a partner.
  const withPartners = all.some((j) => j.scope.partner !== '*') ? all.filter((j) => !j.measureWithoutItsPartner) : all;
  // So does a measure the partner does not pay, beside a reading without it: an earlier sentence's "Russian oil" lent to "Mexico pays 30%".
  const judgements = withPartners.some((j) => !j.measureNotOfPartner) ? withPartners.filter((j) => !j.measureNotOfPartner) : withPartners;
  const best = judgements.reduce((a, b) => (PREFERENCE[b.verdict] < PREFERENCE[a.verdict] && PREFERENCE[b.verdict] <= 2 ? b : a));
  return best;
}

/**
 * "the 50% Section 232 duty", no goods named: a measure only some goods pay may be about
 * any of them, so one reading for each (a problem only under all), not the rate on all goods.
 */
function readingsForGoods(facts: FactBase, scope: ClaimScope): ClaimScope[] {
  if (scope.products.length || !scope.measures.length) return [scope];
  const byMeasure = facts.productsOfGoodsOnlyMeasures();
  const measure = scope.measures.find((w) => byMeasure.has(w));
  // Beside another measure the words name ("the 10% Section 122 surcharge, plus whatever sectoral duty applies") the figure may be that one's.
  if (measure === undefined || scope.measures.some((w) => facts.measures.has(w) && !byMeasure.has(w))) return [scope];
  return byMeasure.get(measure)!.map((p) => ({ ...scope, products: [p] }));
}

/** Words for a tier of a tariff-rate quota: its rate is set for that tier alone, so another fact's cannot judge it. */
const QUOTA_TIER = /\bquota\b/i;
/** A fact's term that says its rate counts the MFN duty in ("MFN-inclusive"). */
const MFN_TERM = /\bMFN\b/i;
/** Percentage points an MFN duty adds, at most, for most goods (a figure far above the recorded duties is not their sum with it). */
const MFN_DUTY_AT_MOST = 15;
const sameRate = (a: number, b: number) => Math.abs(a - b) < 1e-9;
/** A paused or only announced rate is not the one collected: it replaces no every-partner rate. */
const collected = (f: Fact) => f.status !== 'paused' && f.status !== 'announced';

/** The facts in a claim's scope, and which of them apply on a date (overrides, pauses). */
export class ScopedFacts {
  /** Facts in scope before measure words narrow them: these decide overrides. */
  readonly all: Fact[];
  /** Facts the claim can be about. */
  readonly narrowed: Fact[];
  /** The measure every partner's goods are not charged that the words name without a partner ("the fentanyl duty: 20%"), if any. */
  readonly measureWithoutItsPartner?: string;
  /** "the out-of-quota beef duty of 26.4%": words naming a tier of a tariff-rate quota on goods the base does not know, which no fact in scope carries. */
  readonly quotaTierNotHeld: boolean;
  /** "Korean cars pay 27.5% with the MFN duty": a figure that counts the MFN duty in, where no fact in scope that matters does (no deal's all-in rate then). */
  readonly mfnCountedNotHeld: boolean;
  /** "Section 232 on heavy trucks: 25%": a duty on some goods only that the words name for goods none of its facts covers, if any. */
  readonly goodsMeasureNotHeld?: string;
  /** "the fentanyl duty at 20%" on Swiss goods: a measure only some partners' goods pay, which no fact of the named partner carries, if any. */
  readonly measureNotOfPartner?: string;

  /** The measures of sectoral duties, each on some goods only (see FactBase.productsOfGoodsOnlyMeasures). */
  private readonly sectoralMeasures: ReadonlyMap<string, string[]>;

  constructor(facts: FactBase, readonly scope: ClaimScope, date: IsoDate, value: number) {
    this.sectoralMeasures = facts.productsOfGoodsOnlyMeasures();
    const inScope = facts.inScope(scope);
    this.all = scope.imposer === undefined ? inScope : inScope.filter((f) => f.imposer === scope.imposer);
    // Measure words narrow among the facts that matter to this claim, those valid at the
    // date or that ever had its figure; a word none of them carries is ignored.
    const relevant = (f: Fact) => validOn(f, date) || sameRate(f.rate, value);
    const byWords = scope.measures.length ? this.all.filter((f) => this.namedByWords(f) && !this.namedByATermForSectoralGoods(f)) : [];
    // A measure named by its key outranks a deal named by its terms, which may only date the words:
    // "In May, as part of the Geneva truce, the fentanyl tariff was halved to 10%" is of the fentanyl duty.
    const byKey = byWords.filter((f) => f.measure !== undefined && scope.measures.includes(f.measure));
    const named = byKey.some(relevant) ? byKey : byWords.some(relevant) ? byWords : [];
    // A partner's own rate under the measure of an every-partner fact the words name takes
    // its place for that partner: "the 10% base rate" on Brazilian goods is Brazil's own 10%.
    const inPlaceOfNamed = (g: Fact) => scope.partner !== '*' && g.target !== '*' && collected(g) && !named.includes(g) && named.some((f) => f.target === '*' && f.measure === g.measure);
    this.narrowed = named.length ? [...named, ...this.all.filter(inPlaceOfNamed)] : this.all;
    this.quotaTierNotHeld = !named.length && !scope.products.length && scope.measures.some((w) => QUOTA_TIER.test(w));
    this.mfnCountedNotHeld = scope.measureChange === undefined && scope.measures.includes('mfn') && !this.all.some((f) => relevant(f) && f.terms.some((t) => MFN_TERM.test(t)));
    // The rate on all goods is not that duty's rate on goods the base has no fact of it for.
    if (!named.length && scope.products.length) {
      const ofSomeGoods = facts.productsOfGoodsOnlyMeasures();
      this.goodsMeasureNotHeld = scope.measures.find((w) => ofSomeGoods.has(w) && !this.all.some((f) => f.measure === w));
    }
    if (!named.length && scope.measures.length && scope.partner !== UNNAMED_PARTNER) {
      const ofSomePartners = facts.measuresOfSomePartnersOnly();
      if (scope.partner === '*') this.measureWithoutItsPartner = scope.measures.find((w) => ofSomePartners.has(w));
      // A total is judged by its parts, whether or not the partner's total is recorded.
      else if (!byWords.length) this.measureNotOfPartner = scope.measures.find((w) => w !== COMBINED_MEASURE && ofSomePartners.has(w));
    }
  }

  /**
   * "| Softwood lumber | General rate: 10% |": words that only say a rate is everyone's ("general rate", "global") do
   * not name a duty on all goods for goods a sectoral duty covers, which do not pay it; its own words ("the baseline",
   * "the reciprocal rate") still do.
   */
  private namedByATermForSectoralGoods(f: Fact): boolean {
    const { scope } = this;
    if (!scope.goodsInOwnWords || !scope.products.length || !f.products.includes('all') || !NOT_ON_SECTORAL_GOODS.has(f.measure ?? '')) return false;
    const naming = scope.measures.filter((w) => w === f.measure || f.terms.some((t) => t.toLowerCase() === w));
    if (!naming.every((w) => EVERYONES_RATE_WORDS.has(w))) return false;
    return scope.products.every((p) => this.all.some((g) => g.measure !== undefined && this.sectoralMeasures.has(g.measure) && g.products.includes(p)));
  }

  /**
   * "China's rate remains 30% under the Geneva arrangement": a deal named by a term of one of
   * its facts sets a total too. The facts applying on `date` that record that total, or add up
   * to it with a named one among them.
   */
  totalUnderNamedTerms(date: IsoDate, value: number): Fact[] | undefined {
    if (!this.narrowedByTermsOnly()) return undefined;
    const applying = this.all.filter((f) => this.applies(f, date));
    const recorded = applying.find((f) => f.measure === COMBINED_MEASURE && sameRate(f.rate, value));
    if (recorded) return [recorded];
    const parts = partsSummingTo(applying, value);
    return parts?.some((f) => this.narrowed.includes(f)) ? parts : undefined;
  }

  /** Did the words narrow the facts by their terms ("the Geneva deal"), never by a measure's key? Such terms may name a time, not a duty. */
  narrowedByTermsOnly(): boolean {
    const named = this.narrowed === this.all ? [] : this.narrowed.filter((f) => this.namedByWords(f));
    return named.length > 0 && !named.some((f) => f.measure !== undefined && this.scope.measures.includes(f.measure));
  }

  /** Does a collected fact in scope valid on `date` record a total itself (the built-in base's China "combined" rates)? Then totals are judged against it. */
  recordsTotalOn(date: IsoDate): boolean {
    return this.all.some((f) => f.measure === COMBINED_MEASURE && collected(f) && validOn(f, date));
  }

  /** The duties applying on `date` (recorded totals left out) when a duty of their own covers the goods the words name, as Section 232 covers steel; else none. */
  dutiesOfSectoralGoodsOn(date: IsoDate): Fact[] {
    const duties = this.all.filter((f) => f.measure !== COMBINED_MEASURE && this.applies(f, date));
    return duties.some((f) => !f.products.includes('all') && f.products.some((p) => this.scope.products.includes(p))) ? duties : [];
  }

  namedByWords(f: Fact): boolean {
    const words = this.scope.measures;
    return (f.measure !== undefined && words.includes(f.measure)) || f.terms.some((t) => words.includes(t.toLowerCase()));
  }

  /**
   * A partner's own rate (or its bloc's: in scope, every fact not for every partner is one
   * of those) replaces the every-partner rate under the same measure, unless paused or only announced.
   */
  overridden(f: Fact, date: IsoDate): boolean {
    if (this.replacedForNamedGoods(f, date) || this.leftToSectoralDuty(f, date) || this.leavesOutNamedGoods(f)) return true;
    if (f.target !== '*' || this.scope.partner === '*') return false;
    const wanted = this.scope.products.length ? this.scope.products.filter((p) => f.products.includes('all') || f.products.includes(p)) : ['all'];
    return this.all.some((g) => g.target !== '*' && g.measure === f.measure && collected(g) &&
      validOn(g, date) && wanted.every((p) => g.products.includes('all') || g.products.includes(p)));
  }

  /**
   * A rate on all goods gives way, for the goods the words name, to the same partner's rate on
   * those goods under the same measure: Canadian energy paid 10%, not Canada's 25%.
   */
  private replacedForNamedGoods(f: Fact, date: IsoDate): boolean {
    const products = this.scope.products;
    if (!products.length || !f.products.includes('all')) return false;
    return this.all.some((g) => g.target === f.target && g.imposer === f.imposer && g.measure === f.measure && !g.products.includes('all') &&
      collected(g) && validOn(g, date) && products.every((p) => g.products.includes(p)));
  }

  /** Goods the figure's own words name that a sectoral duty covers on `date` pay it, not a duty on all goods that leaves them out: Korean cars paid 25%, not Korea's 15% reciprocal rate. Nor do goods that duty leaves out by name (Swiss medicines). */
  private leftToSectoralDuty(f: Fact, date: IsoDate): boolean {
    // Goods named elsewhere in the text may be another figure's: "Outside autos, Thai-made appliances pay 19%".
    if (!this.scope.goodsInOwnWords || !f.products.includes('all') || !NOT_ON_SECTORAL_GOODS.has(f.measure ?? '')) return false;
    // Named ("their cars pay the 30% reciprocal rate"), a duty is the one the words mean, whatever goods they name;
    // not a recorded total, which any "in total" names.
    if (f.measure !== COMBINED_MEASURE && this.namedByWords(f)) return false;
    return this.scope.products.every((p) => LEFT_OUT_BY_NAME.has(p) || (!CHARGED_ON_CONTENT.has(p) && this.all.some((g) => g.measure !== undefined && this.sectoralMeasures.has(g.measure) && g.products.includes(p) && collected(g) && validOn(g, date))));
  }

  /**
   * A duty on all goods but some, for the goods the words name, when it leaves them all out:
   * Mexican cars pay the Section 232 car duty instead of Mexico's border duty. As for sectoral
   * duties, only goods in the figure's own words count, and a duty the words name is the one meant.
   */
  private leavesOutNamedGoods(f: Fact): boolean {
    return this.scope.goodsInOwnWords === true && leavesOutGoods(f, this.scope.products) && !this.namedByWords(f);
  }

  applies(f: Fact, date: IsoDate): boolean {
    return validOn(f, date) && !this.overridden(f, date);
  }

  applyingOn(date: IsoDate): Fact[] {
    return this.narrowed.filter((f) => this.applies(f, date));
  }

  /** Days in [from, to] on which what applies can change: the period's start and every fact boundary in it. */
  private changeDays(from: IsoDate, to: IsoDate): IsoDate[] {
    const days = new Set([from]);
    for (const f of this.all) for (const d of [f.effective, f.expires]) if (d && d > from && d <= to) days.add(d);
    return [...days];
  }

  appliedDuring(f: Fact, from: IsoDate, to: IsoDate): boolean {
    const start = f.effective > from ? f.effective : from;
    return this.changeDays(start, to).some((d) => d <= to && this.applies(f, d));
  }

  /** The fact with this rate that applied on some day before `date`, latest first. */
  appliedBefore(value: number, date: IsoDate, among: Fact[] = this.narrowed): Fact | undefined {
    return among
      .filter((f) => sameRate(f.rate, value) && f.effective < date)
      .sort((a, b) => b.effective.localeCompare(a.effective))
      .find((f) => this.appliedDuring(f, f.effective, addDays(date, -1)));
  }
}

function judgeReading(facts: FactBase, req: JudgeRequest, scope: ClaimScope): Judgement {
  const scoped = new ScopedFacts(facts, scope, req.date, req.value);
  const { value, date } = req;
  const applying = scoped.applyingOn(date);
  const withRate = (list: Fact[]) => list.filter((f) => sameRate(f.rate, value));
  const result = (verdict: Verdict, lead: Fact | undefined, expectedFrom: Fact[], pastMeasure?: string): Judgement => {
    const ranked = rankExpected(expectedFrom, scoped, value, pastMeasure);
    const expected = verdict === 'unverifiable' ? [] : [...new Set(ranked.map((f) => f.rate))];
    // Facts behind `expected` come first (best first); the one that had the figure, if any, last.
    const factIds = verdict === 'supported' ? withRate(expectedFrom).map((f) => f.id) : [...new Set([...ranked.map((f) => f.id), ...(lead ? [lead.id] : [])])];
    return { verdict, expected, factIds, lead: lead ?? ranked[0], scope, message: messageFor(verdict, req, lead, ranked, expected) };
  };
  /** Not judged, for the reason the message gives. */
  const unjudged = (message: string): Judgement => ({ ...result('unverifiable', undefined, applying), message });

  // A past period: right when a fact with the rate applied on any day of it.
  if (req.period) {
    const appliedInPeriod = (list: Fact[]) => withRate(list).find((f) => scoped.appliedDuring(f, req.period!.from, req.period!.to));
    // "paid 30% from the Geneva deal in May until November": the deal dates the period, and any of the partner's duties then may be the figure.
    const during = appliedInPeriod(scoped.narrowed) ?? (scoped.narrowedByTermsOnly() ? appliedInPeriod(scoped.all) : undefined);
    if (during) return result('supported', during, [during]);
  }
  const supporting = withRate(applying);
  if (req.framing === 'reported') {
    // A figure the memo reports from someone else is shown, never flagged as the memo's own mistake.
    if (supporting.length) return result('supported', supporting[0], applying);
    return unjudged(`${req.text} is quoted or attributed to someone else, so it is not judged as the memo's own claim.`);
  }
  if (req.framing === 'former') {
    const earlier = scoped.appliedBefore(value, date);
    return earlier ? result('supported', earlier, [earlier]) : result('unverifiable', undefined, applying);
  }
  if (supporting.length) return result('supported', supporting[0], applying);
  // "Stack: 35%", "25% all-in": a total of duties that the facts record one by one. A partner's recorded
  // total is of its goods in general: goods a duty of their own covers (Chinese steel under Section 232) stack apart.
  const namesTotal = scope.measures.includes(COMBINED_MEASURE);
  const sectoralDuties = namesTotal ? scoped.dutiesOfSectoralGoodsOn(date) : [];
  const sectoralSum = sectoralDuties.reduce((sum, f) => sum + f.rate, 0);
  // "EU cabinets pay 15% in total": goods under a duty of their own pay it and those stacked on it, one duty or several.
  const sectoralTotal = !applying.length && sectoralDuties.length && sameRate(sectoralSum, value) ? sectoralDuties : undefined;
  const parts = !namesTotal ? undefined
    : !scoped.recordsTotalOn(date) ? partsSummingTo(scoped.all.filter((f) => scoped.applies(f, date)), value) ?? sectoralTotal
    : partsSummingTo(sectoralDuties, value) ?? sectoralTotal;
  if (parts) return { ...result('supported', parts[0], parts), message: `${req.text} is the sum of ${ratesOf(parts)} on ${readableDate(date)}.` };
  const underDeal = scoped.totalUnderNamedTerms(date, value);
  if (underDeal) return { ...result('supported', underDeal[0], underDeal), message: `${req.text} is the total on ${readableDate(date)}: ${ratesOf(underDeal)}.` };
  if (scope.partner === UNNAMED_PARTNER) return unjudged(`${req.text} is the rate of a country the text does not name, so it is not judged.`);
  if (scoped.measureWithoutItsPartner) return { ...unjudged(`${req.text} is a ${scoped.measureWithoutItsPartner} rate, which only some partners' goods pay, and no partner is named: it is not judged against the rate on all goods.`), measureWithoutItsPartner: true };
  if (scoped.measureNotOfPartner) return { ...unjudged(`${req.text} is a ${scoped.measureNotOfPartner} rate, and no stored fact records one for ${describeScope(scope)}: it is not judged against their other duties.`), measureNotOfPartner: true };
  if (scoped.quotaTierNotHeld) return unjudged(`${req.text} is the rate of one tier of a tariff-rate quota, which no fact in scope records, so it is not judged.`);
  // The MFN duty comes on top of the recorded duties and the facts do not hold it: a total above them by as much as an MFN duty may be right.
  if (scoped.mfnCountedNotHeld && applying.length && applying.every((f) => f.rate < value && value - f.rate <= MFN_DUTY_AT_MOST)) return unjudged(`${req.text} counts the MFN duty in, which the facts in scope leave out, so it is not judged against the duties on top of it.`);
  if (req.unanchored) return unjudged(`${req.text} names no partner, product or measure, so it is not judged against the rate on all goods.`);
  // "Pharmaceuticals pay 0% under it", "the penalty is now 0%": facts record duties, not
  // exemptions or ends, so none can show that no duty is charged.
  if (value === 0) return unjudged(`${req.text} says no duty is charged; the facts record duties, not exemptions, so it is not judged.`);
  const announced = withRate(scoped.narrowed).find((f) => f.effective > date && f.source.date !== undefined && f.source.date <= date);
  if (req.framing === 'conditional') {
    const recorded = withRate(scoped.narrowed).find((f) => f.status === 'announced' && (f.source.date ?? f.effective) <= date);
    return recorded ? result('announced', recorded, applying) : result('unverifiable', undefined, applying);
  }
  if (req.framing === 'future') {
    const later = withRate(scoped.narrowed).find((f) => f.effective > date);
    return later ? result('announced', later, applying) : result('unverifiable', undefined, applying);
  }
  if (scoped.goodsMeasureNotHeld) return unjudged(`${req.text} is a ${scoped.goodsMeasureNotHeld} rate on ${scope.products.join(' and ')}, and no stored fact records a ${scoped.goodsMeasureNotHeld} rate on ${scope.products.join(' and ')}: it is not judged against the rate on all goods.`);
  // "After the Geneva talks it fell to 30%": told in the past, a deal's name dates the figure rather than narrowing it, as it does a period.
  const earlier = scoped.appliedBefore(value, date) ?? (req.toldInThePast && scoped.narrowedByTermsOnly() ? scoped.appliedBefore(value, date, scoped.all) : undefined);
  if (earlier && req.toldInThePast) return { ...result('supported', earlier, [earlier]), message: `${req.text} is told in the past, and was the rate earlier: ${describeFact(earlier)}.` };
  if (earlier) return result('outdated', earlier, applying, earlier.measure);
  if (announced) return result('announced', announced, applying);
  // "Japanese sofas pay 30% in total": no recorded total applies to goods under a sectoral duty; they pay it and the duties stacked on it.
  if (!applying.length && sectoralDuties.length) {
    return { ...result('contradicted', undefined, sectoralDuties), expected: [sectoralSum], message: `${req.text} contradicts the facts: on ${readableDate(date)} the duties on ${describeScope(scope)} add up to ${sectoralSum}%: ${ratesOf(sectoralDuties)}.` };
  }
  if (!applying.length) return result('unverifiable', undefined, []);
  return result('contradicted', undefined, applying);
}

/** "20% (China: fentanyl duty) and 10% (…)": the facts of a total, for its message. */
const ratesOf = (facts: Fact[]) => facts.map((f) => `${f.rate}% (${describeFact(f)})`).join(' and ');

/** Two to four facts of different measures whose rates add up to `value`, if any: duties collected, stacked on one another (a recorded total is none). */
function partsSummingTo(applying: Fact[], value: number): Fact[] | undefined {
  const candidates = applying.filter((f) => f.rate > 0 && f.rate < value && collected(f) && f.measure !== COMBINED_MEASURE).slice(0, 12); // bounded: subsets of a dozen facts at most
  const pick = (from: number, chosen: Fact[], total: number): Fact[] | undefined => {
    if (chosen.length >= 2 && sameRate(total, value)) return chosen;
    if (chosen.length === 4) return undefined;
    for (let i = from; i < candidates.length; i++) {
      const f = candidates[i];
      if (total + f.rate > value + 1e-9 || chosen.some((c) => c.measure === f.measure || !stackOnSameGoods(c, f))) continue;
      const found = pick(i + 1, [...chosen, f], total + f.rate);
      if (found) return found;
    }
    return undefined;
  };
  return pick(0, [], 0);
}

/** Goods under a Section 232 duty are outside the reciprocal tariffs (EO 14257): "EU 15% plus the 50% steel tariff, 65% in all" adds duties no goods pay together. */
function stackOnSameGoods(a: Fact, b: Fact): boolean {
  const measures = [a.measure, b.measure];
  return !(measures.includes('reciprocal') && measures.includes('section-232'));
}

/** Best first: facts the claim's words name, its own products, the same measure as the figure's old fact, the partner's own, collected, in effect, nearest rate. */
function rankExpected(list: Fact[], scoped: ScopedFacts, value: number, pastMeasure?: string): Fact[] {
  const products = scoped.scope.products;
  const score = (f: Fact) => [
    scoped.namedByWords(f) ? 0 : 1,
    products.some((p) => f.products.includes(p)) ? 0 : 1,
    pastMeasure !== undefined && f.measure === pastMeasure ? 0 : 1,
    f.target === '*' ? 1 : 0,
    // Of a partner's own rates, the one collected is the one to write, not one paused or only announced beside it.
    collected(f) ? 0 : 1,
    f.status === 'in-effect' || f.status === undefined ? 0 : 1,
    Math.abs(f.rate - value),
  ];
  // Scored once each, not once per comparison.
  const scored = list.map((fact) => ({ fact, score: score(fact) }));
  scored.sort((a, b) => {
    for (let i = 0; i < a.score.length; i++) if (a.score[i] !== b.score[i]) return a.score[i] - b.score[i];
    return 0;
  });
  return scored.map((s) => s.fact);
}

export function describeFact(f: Fact): string {
  if (f.label) return f.label;
  const products = f.products.includes('all') ? 'goods' : f.products.join(' and ');
  return `${f.imposer} ${f.measure ?? ''} tariff on ${products} from ${partnersWords(f)}`.replace(/\s+/g, ' ');
}

function describeScope(scope: ClaimScope): string {
  const products = scope.products.length ? scope.products.join(' and ') : 'goods';
  const partner = scope.partner === '*' ? 'every partner' : scope.partner === UNNAMED_PARTNER ? 'a partner not named' : scope.partner;
  return `${scope.measureChange ? scope.measureChange + ' ' : ''}${products} from ${partner}`;
}

const percent = (values: number[]) => values.map((v) => `${v}%`).join(', ');

function messageFor(verdict: Verdict, req: JudgeRequest, lead: Fact | undefined, ranked: Fact[], expected: number[]): string {
  const on = req.period && verdict !== 'outdated' && verdict !== 'contradicted'
    ? `in ${readableDate(req.period.from)} – ${readableDate(req.period.to)}`
    : `on ${readableDate(req.date)}`;
  const best = ranked[0];
  switch (verdict) {
    case 'supported':
      return req.framing === 'former'
        ? `${req.text} was the rate earlier: ${describeFact(lead!)}.`
        : `${req.text} matches ${describeFact(lead!)} ${on}.`;
    case 'outdated': {
      // Its end, when it has passed: a rate a partner's own replaced may run on for others.
      const until = lead!.expires && lead!.expires <= req.date ? ` until ${readableDate(lead!.expires)}` : '';
      const now = expected.length
        ? `${on} it is ${percent(expected)}${best ? ` (${describeFact(best)})` : ''}`
        : `${on} no stored tariff covers ${describeScope(req.readings[0])} any more`;
      // The figure to write comes first; a fact's label may name goods, not a rate, so it is what the rate was *under*.
      return `${req.text} is outdated: ${now}; ${req.text} was the rate under ${describeFact(lead!)}${until}.`;
    }
    case 'announced':
      return `${req.text} is announced: ${describeFact(lead!)} takes effect on ${readableDate(lead!.effective)}.`;
    case 'unverifiable':
      if (req.framing === 'conditional') return `${req.text} is a threat or a condition, and no stored fact records it as announced.`;
      if (req.framing === 'future') return `${req.text} is a future rate that no stored fact records.`;
      if (req.framing === 'former') return `${req.text} is given as a former rate, but no stored fact had it before ${readableDate(req.date)}.`;
      return `No stored fact covers ${describeScope(req.readings[0])} ${on}.`;
    case 'contradicted':
      return `${req.text} contradicts the facts: ${on} it is ${percent(expected)}${best ? ` (${describeFact(best)})` : ''}.`;
  }
}
