// Dates and periods in prose. chrono-node reads the surface forms ("May 5, 2025",
// "on Saturday", "In February"); the reasoning about which period a claim speaks of
// is ours: early/mid/late parts of a month, quarters, and the relation words (since,
// until, in) that say how the period bears on the rate.
import * as chrono from 'chrono-node';
import { addDays, isoOf, lastDayOfMonth } from './dates';
import type { IsoDate } from './types';

/** A date written on its own, as in a header or front matter: `May 5, 2025`, `2025-05-05`. */
export function parseDateText(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const date = isoOf(+iso[1], +iso[2], +iso[3]);
    return date === trimmed ? date : undefined;
  }
  const [result] = chrono.parse(trimmed, new Date(), { forwardDate: false });
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) return undefined;
  return isoOf(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!);
}

export type TimeRelation = 'since' | 'until' | 'in' | 'before' | 'after' | 'from-to';

export interface TimeExpression {
  /** Offsets within the text given. */
  start: number;
  end: number;
  text: string;
  relation: TimeRelation;
  from: IsoDate;
  to: IsoDate;
}

const RELATION_WORDS: ReadonlyArray<[RegExp, TimeRelation]> = [
  [/\b(?:since|from|as of|as from|starting|beginning|effective|with effect from)\s*$/i, 'since'],
  [/\b(?:until|till|through|to|ending|up to)\s*$/i, 'until'],
  [/\b(?:before|prior to|ahead of)\s*$/i, 'before'],
  [/\b(?:after|following)\s*$/i, 'after'],
];

// A date that names an event rather than when a rate applied ("the July agreement").
const EVENT_NOUN = /^[\s,]*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:agreement|deal|accord|talks|summit|framework|announcement|order|proclamation|truce|ruling|decision|statement|meeting|negotiations?|round|deadline|letter|memo|report|speech|press|visit|election|hearing|notice)\b/i;
const PART_OF_MONTH = /\b(early|mid|middle of|late|end of|beginning of|start of)[\s-]+(?:in\s+)?$/i;
const QUARTER = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q([1-4]))(?:\s+(?:of\s+)?(\d{4}))?/gi;
const FUTURE_CUES = /\b(?:will|shall|is set to|are set to|is due to|are due to|scheduled|expected to|remains?|stays?|until|through)\b/i;

/**
 * The dates and periods written in `text`, resolved against `asOf`. A date without a
 * year takes the as-of year, or the year before when that would put a backward-looking
 * date (in, on, since) after the as-of date (contract §2).
 */
export function timeExpressionsIn(text: string, asOf: IsoDate): TimeExpression[] {
  const reference = new Date(asOf + 'T12:00:00Z');
  const asOfYear = +asOf.slice(0, 4);
  const out: TimeExpression[] = [];
  for (const r of chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    const surface = r.text.replace(/[\s,.]+$/, '');
    // Months are capitalised; "may" and "march" in lower case are verbs.
    if (/^[a-z]/.test(surface) && !/^(?:today|yesterday|tomorrow|last|next|this|the)\b/i.test(surface)) continue;
    if (/^\d+$/.test(surface)) continue;
    if (EVENT_NOUN.test(text.slice(r.index + r.text.length))) continue;
    const before = text.slice(0, r.index);
    const relation = r.end ? 'from-to' : RELATION_WORDS.find(([re]) => re.test(before))?.[1] ?? 'in';
    const lookingBack = relation !== 'until' && !FUTURE_CUES.test(text);
    const start = periodOf(r.start, before, asOf, asOfYear, lookingBack);
    if (!start) continue;
    const end = r.end ? periodOf(r.end, '', asOf, asOfYear, lookingBack) : undefined;
    let from = start.from;
    let to = end ? end.to : start.to;
    const partStart = PART_OF_MONTH.exec(before);
    const exprStart = partStart ? partStart.index : r.index;
    if (to < from) [from, to] = [to, from];
    out.push({ start: exprStart, end: r.index + surface.length, text: text.slice(exprStart, r.index + surface.length), relation, from, to });
  }
  QUARTER.lastIndex = 0;
  for (let m = QUARTER.exec(text); m; m = QUARTER.exec(text)) {
    const n = m[2] ? +m[2] : ['first', 'second', 'third', 'fourth'].indexOf(m[1].toLowerCase()) + 1 || ['1st', '2nd', '3rd', '4th'].indexOf(m[1].toLowerCase()) + 1;
    let year = m[3] ? +m[3] : asOfYear;
    if (!m[3] && isoOf(year, n * 3 - 2, 1) > asOf) year--;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], relation: 'in', from: isoOf(year, n * 3 - 2, 1), to: isoOf(year, n * 3, lastDayOfMonth(year, n * 3)) });
  }
  return out.sort((a, b) => a.start - b.start);
}

type ChronoComponents = chrono.ParsedResult['start'];

function periodOf(c: ChronoComponents, before: string, asOf: IsoDate, asOfYear: number, lookingBack: boolean): { from: IsoDate; to: IsoDate } | undefined {
  const month = c.get('month');
  if (!month) return undefined;
  const yearKnown = c.isCertain('year');
  const dayKnown = c.isCertain('day') || c.isCertain('weekday');
  let year = yearKnown ? c.get('year')! : asOfYear;
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    // chrono already placed the weekday relative to the as-of date.
    const d = isoOf(c.get('year')!, month, c.get('day')!);
    return { from: d, to: d };
  }
  if (!yearKnown && lookingBack && isoOf(year, month, dayKnown ? c.get('day')! : 1) > asOf) year--;
  if (dayKnown) {
    const d = isoOf(year, month, c.get('day')!);
    return { from: d, to: d };
  }
  const last = lastDayOfMonth(year, month);
  const part = PART_OF_MONTH.exec(before)?.[1].toLowerCase();
  if (part === 'early' || part === 'beginning of' || part === 'start of') return { from: isoOf(year, month, 1), to: isoOf(year, month, 10) };
  if (part === 'mid' || part === 'middle of') return { from: isoOf(year, month, 11), to: isoOf(year, month, 20) };
  if (part === 'late' || part === 'end of') return { from: isoOf(year, month, 21), to: isoOf(year, month, last) };
  return { from: isoOf(year, month, 1), to: isoOf(year, month, last) };
}

/** The period a relation makes of an expression, for judging a claim (contract §2). */
export function claimPeriod(t: TimeExpression, asOf: IsoDate): { from: IsoDate; to: IsoDate } | 'as-of' {
  switch (t.relation) {
    case 'since':
    case 'after':
      return 'as-of'; // runs to the present
    case 'until':
      // The rate held in the run-up to the end date; a future end is the present.
      return t.to < asOf ? { from: addDays(t.from, -14), to: t.to } : 'as-of';
    case 'before':
      return t.from <= asOf ? { from: addDays(t.from, -30), to: addDays(t.from, -1) } : 'as-of';
    default:
      return t.to < asOf ? { from: t.from, to: t.to } : t.from > asOf ? { from: t.from, to: t.to } : 'as-of';
  }
}
