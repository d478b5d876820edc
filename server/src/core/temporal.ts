// Dates and periods in prose. chrono-node reads the surface forms ("May 5, 2025",
// "on Saturday", "In February"); the reasoning about which period a claim speaks of
// is ours: early/mid/late parts of a month, quarters, and the relation words (since,
// until, in) that say how the period bears on the rate.
// English only: the package's main entry loads every locale, four times as slow to require.
import * as chrono from 'chrono-node/en';
import { addDays, isoOf, lastDayOfMonth, yearsLater } from './dates';
import type { IsoDate } from './types';

/**
 * Words that put a clause in the present, so that its past-tense words do not make it a telling of the past.
 * "Steel's 25% so …" is "Steel is 25%" (not the possessive of "Japan's 25% tariff").
 */
export const PRESENT_CUES = /\b(?:now|currently|today|still|at\s+present|nowadays|continues|continue|remains?|stays?|['’]s(?=\s+(?:(?:about|around|at|only|still|now)\s+)?\d+(?:\.\d+)?\s?%\s*(?:$|[,.;:!?]|(?:so|and|but|now|too|already|today)\b))|has|have|is|are|will|appl(?:y|ies)|carr(?:y|ies)|attracts?|bears?|(?<!\b(?:did|didn't|to|would|could|should|might|may|must|can|not)\s)(?<!\bdid\s+(?:[\w'’-]+\s+){1,3})(?:pays?|faces?)|this\s+(?:week|month|year))\b/i;

/** A sentence told in the past with nothing tying it to the present: it continues the time of the one before. */
export function speaksOfThePast(sentence: string): boolean {
  return PAST_TENSE.test(sentence) && !PRESENT_CUES.test(sentence);
}

/** Does any of the sentence tell of the past, though another part may tell of now ("we were paying 20% and now it's 10%")? */
export function tellsOfThePastInPart(sentence: string): boolean {
  return PAST_TENSE.test(sentence);
}

/** A date written on its own, as in a header or front matter: `May 5, 2025`, `2025-05-05`. */
export function parseDateText(text: string, dayFirst = false): IsoDate | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const date = isoOf(+iso[1], +iso[2], +iso[3]);
    return date === trimmed ? date : undefined;
  }
  // "02.09.2025": a date written with dots is day first wherever it is written that way.
  const [result] = (dayFirst || DOTTED_DATE.test(trimmed) ? chrono.GB : chrono).parse(trimmed, new Date(), { forwardDate: false });
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) return undefined;
  return isoOf(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!);
}

const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{4}$/;
/** A numeric date ("11/8/25", "02.09.2025"), its first two numbers captured: which is the day depends on the writer. */
export const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\b/;
/** Whether the text's numeric date is written with dots ("02.09.2025"): day first wherever it is written that way. */
export function writesDottedDate(text: string): boolean {
  return NUMERIC_DATE.exec(text)?.[0].includes('.') === true;
}
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/** A place before a date: "Brussels, ", "Borgo Val di Taro, ", "WASHINGTON, ". */
const PLACE_BEFORE = /^(?:(?:\p{Lu}[\p{L}\p{M}\d.'\/-]*|d[aei]|del|la|le|am|an|upon|sur|von|van)(?:\s+|,\s*))*$/u;
/** A time of day and its zone after a date: ", 12:06-12:58 p.m. CT", " - 7:14 a.m. ET", " 8:41 AM"; then maybe a note in brackets, " (unofficial translation)". */
const TIME_AFTER = /^[\s,.–—-]*(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?[\s.,]*(?:\([^()\d]{1,80}\)[\s.,]*)?$/i;
/** The date `part` is (a place may stand before it when `placeFirst`; a time of day may follow), if it is one with a year, month and day. */
export function wholeDate(part: string, placeFirst: boolean): IsoDate | undefined {
  if (!WRITTEN_YEAR.test(part)) return undefined; // most opening lines hold none, and chrono is not asked
  return wholeDateReadBy(writesDottedDate(part) ? chrono.GB : chrono, part, placeFirst);
}

/** The chrono readers of the languages a translated letter's date line is most often in, loaded only when one is needed. */
let otherLanguages: (typeof chrono)[] | undefined;
/**
 * The date of a label's line written in Spanish, French, German, Portuguese or Italian ("Fecha: 3 de septiembre de 2025",
 * "Datum: 3. September 2025"), if it is one whole date with its year: English text is read in English only.
 */
export function wholeDateInOtherLanguage(part: string): IsoDate | undefined {
  if (!WRITTEN_YEAR.test(part) || !/\p{L}{3}/u.test(part)) return undefined;
  // Required on first need, each by name so that the bundle holds it: every locale costs load time on every run.
  otherLanguages ??= [require('chrono-node/es'), require('chrono-node/fr'), require('chrono-node/de'), require('chrono-node/pt'), require('chrono-node/it')] as (typeof chrono)[];
  for (const reader of otherLanguages) {
    const date = wholeDateReadBy(reader, part, false);
    if (date) return date;
  }
  return undefined;
}

/** See wholeDate: the whole date `reader` reads in `part`, if it is one. */
function wholeDateReadBy(reader: Pick<typeof chrono, 'parse'>, part: string, placeFirst: boolean): IsoDate | undefined {
  const [reading] = reader.parse(part, new Date(), { forwardDate: false });
  // chrono makes "now" and "today" whole dates; a dateline writes its year.
  if (!reading || !WRITTEN_YEAR.test(reading.text) || !reading.start.isCertain('year') || !reading.start.isCertain('month') || !reading.start.isCertain('day')) return undefined;
  const before = part.slice(0, reading.index);
  if (before.trim() && !(placeFirst && PLACE_BEFORE.test(before))) return undefined;
  if (!TIME_AFTER.test(part.slice(reading.index + reading.text.length))) return undefined;
  return isoOf(reading.start.get('year')!, reading.start.get('month')!, reading.start.get('day')!);
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
  /** A season: it dates a rate, but is too rough to check the day a rate began against. */
  rough?: true;
  /** Written without a year that the sentence, its paragraph or its section gave: the as-of date chose it. */
  yearGuessed?: true;
  /** Written in the possessive ("last April's 145 percent"): where the words it is the time of begin. */
  ownerAt?: number;
}

/** Between a start and an end written after it: "until", or "until collection stopped on". */
const END_AFTER_START = /^[\s,]*(?:until|till|to|through)\s+(?:(?:[\w-]+\s+){1,4}?(?:on|in)\s+)?$/i;
/** Words that start a rate at a date ("from", "effective"); with "since", the relation `since`. */
const START_WORDS = 'from|as of|as from|starting|beginning|effective|eff\\.|with effect from|w\\.e\\.f\\.';
const RELATION_WORDS: ReadonlyArray<[RegExp, TimeRelation]> = [
  // "penalty of 25% removed (effective 2026-02-07)": the day a removal takes effect ends the rate.
  [/\b(?:removed|lifted|ended|revoked|scrapped|terminated|rescinded|repealed|withdrawn|eliminated|dropped)\s*[(,]?\s*(?:effective|as\s+of)(?:\s+on)?\s*$/i, 'until'],
  [new RegExp(`\\b(?:since|${START_WORDS})\\s*$`, 'i'), 'since'],
  // "pushed the rise to 30% back to January 1, 2027": the day a postponed rate starts.
  [/\bback\s+(?:to|until|till)\s*$/i, 'since'],
  // "which lapses in July": the end of the rate, as "expires on" is; "runs to about July 24".
  [/\b(?:(?:until|till|til|thru|through|to|ending|up\s+to)(?:\s+(?:around|about|roughly))?|(?:expires?|expired|expiring|end|ends|ended|lapses?|lapsed|runs\s+out|ran\s+out|(?:stopped|ceased)\s+(?:applying|to\s+apply|being\s+(?:collected|charged|levied)))(?:\s+or\s+\w+)?(?:\s+(?:on|around|about|by))?|(?:expires?|lapses?|runs\s+out)\s+in)\s*$/i, 'until'],
  [/\b(?:before|prior\s+to|ahead\s+of)\s*$/i, 'before'],
  [/\b(?:after|following)\s*$/i, 'after'],
];
/** A word between the relation and the date that leaves the relation as it is: "until the June 4 increase", "since last March". */
const DETERMINER = '(?:the|last|this|past)';
const DETERMINER_END = new RegExp(`\\b${DETERMINER}$`, 'i');
const BOUND_END = /\b(?:at\s+least|at\s+the\s+(?:earliest|latest))$/i;
/** "between" before the first side of a range, a determiner maybe between them. */
const BETWEEN_BEFORE = new RegExp(`\\bbetween\\s+(?:${DETERMINER}\\s+)?$`, 'i');
/** Longer than any of the relation words ("stopped being collected on"): how far before a date's last words they are looked for. */
const RELATION_WORDS_REACH = 28;

/**
 * The relation the words just before `at` give a date ("since", "until"), `in` when they
 * give none; an article between them and the date is passed over ("until the June 4
 * increase"). The words end where the space before the date begins, so only that far back
 * is searched: testing all of the text before each date was quadratic on a long sentence of dates.
 */
function relationBefore(text: string, at: number): TimeRelation {
  let wordsEnd = spacesBefore(text, at);
  // "until at least 10 November": a bound on the date leaves the relation as it is.
  const bound = BOUND_END.exec(text.slice(Math.max(0, wordsEnd - 20), wordsEnd))?.[0];
  if (bound) wordsEnd = spacesBefore(text, wordsEnd - bound.length);
  const determiner = DETERMINER_END.exec(text.slice(Math.max(0, wordsEnd - 5), wordsEnd))?.[0];
  if (determiner) wordsEnd = spacesBefore(text, wordsEnd - determiner.length);
  const article = determiner?.toLowerCase() === 'the';
  const before = text.slice(Math.max(0, wordsEnd - RELATION_WORDS_REACH), wordsEnd);
  // "returned to the June 4 level" names a day, not the end of a period.
  if (article && /\bto$/i.test(before) && !/\bup\s+to$/i.test(before)) return 'in';
  const relation = RELATION_WORDS.find(([re]) => re.test(before))?.[1];
  if (relation) return relation;
  // "until the Geneva truce in May": the end of a period, named by the event that ended it.
  return /\b(?:in|on)$/i.test(before) && UNTIL_AN_EVENT_IN.test(text.slice(Math.max(0, wordsEnd - 60), wordsEnd)) ? 'until' : 'in';
}
const UNTIL_AN_EVENT_IN = /\b(?:until|till)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:in|on)$/i;

/** Where the spaces that end at `at` begin. */
function spacesBefore(text: string, at: number): number {
  let p = at;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  return p;
}

// A date that names an event rather than when a rate applied, or what a figure is compared with ("$3k over last year", "than last year"): "the July agreement", "the deal reached in July", "the 15% agreed last November", "the deal struck in Scotland last month", "the meeting in Busan in October", "the agreement of July", "struck deals in July", "contracts priced before August", "they priced that in back in March", "Got a quote in June", "held from April", "PSC filed 3/30", "doubled to 20% (it started in Feb)".
const EVENT_BEFORE = /\b(?:\$?[\d,.]+[kKmM]?\s+(?:over|under)\s+|(?<=\(\s*)(?:it|that|which)\s+(?:first\s+)?(?:started|began|came\s+in|kicked\s+in)\s+(?:back\s+)?|(?:than|versus|vs\.?|compared\s+(?:to|with))\s+|(?:priced|booked|ordered|contracted|invoiced|filed|submitted|lodged|held)\s+(?:(?:it|that|this|them)\s+in\s+(?:back\s+)?|(?:before|after|until|by|on|from|since)\s+)?|(?:got|received|requested)\s+(?:a|an|the|our|their)\s+(?:[\w-]+\s+)?(?:quotes?|quotations?|estimates?|bids?)\s+|(?:reached|agreed|signed|struck|concluded|announced|unveiled|published|floated|proposed|negotiated|spelled\s+out|spelt\s+out|set\s+out|laid\s+out|outlined|fell\s+apart|collapsed|broke\s+down)\s+(?:back\s+)?(?:in\s+[A-Z][\w-]*\s+)?(?:(?:between|by|with)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.-]*)?\s+)?|(?:meeting|summit|talks|visit|election|hearing)\s+(?:in\s+[A-Z][\w-]*\s+)?|(?:agreement|deal|accord|framework|truce|order|proclamation|ruling|decision|letter)\s+of\s+|(?:struck|signed|reached|concluded|sealed|made|cut)\s+(?:(?:a|an|the|its|their|trade)\s+){0,2}(?:deals?|agreements?|accords?|pacts?|frameworks?)\s+|(?:agreed|negotiated|secured|won|struck|got|landed)\s+(?:(?:a|an|the|its|their)\s+)?\d{1,3}(?:\.\d+)?\s?%\s+(?:[\w-]+\s+){0,2}?(?:rate|tariff|ceiling|cap|deal|agreement)\s+)(?:(?:in|on|at|during)\s+)?(?:(?:last|this|past)\s+)?(?:early\s+|mid-?\s*|late\s+)?$/i;
/** Do the words before `at` name an event whose date it is ("talks last week", "the deal reached in July", "the rate agreed between the US and Switzerland last November")? */
export function namesAnEventBefore(text: string, at: number): boolean {
  return EVENT_BEFORE.test(text.slice(Math.max(0, at - 60), at));
}
/**
 * Do the words after a figure name the dated action it stands under ("15% under the August 2025 order")?
 * That date is the action's, which tells no day a rate applied (contract §2).
 */
export function underADatedEvent(text: string): boolean {
  const date = UNDER_A_DATE.exec(text);
  return date !== null && EVENT_NOUN.test(text.slice(date[0].length));
}
/** Do the words from `at` name an event whose date ends there ("the July agreement", "last summer's framework")? */
function namesAnEventAfter(text: string, at: number): boolean {
  return EVENT_NOUN.test(text.slice(at));
}
const ON_THE_BEFORE = /\b(?:on|in)\s+(?:the|our|their|my|its)\s+$/i;
const EVENT_PLACES_BEFORE = /\b(?:after|since|before|until|till|following)\s+the\s+$/i;
const LIST_AFTER = /^\s+(?:(?:price\s+)?(?:lists?|sheets?)|tables?|schedules?|annex(?:es)?|charts?|catalogu?es?)\b/i;
const LENGTH_OF_SOMETHING = /\b(?:a|an|one|two|three|four|five|six|several|a\s+few|\d{1,2})\s+(?:years?|months?|weeks?|days?)$/i;
const OF_AFTER = /^\s+of\b/i;
// One or two words may qualify the event: "the July emergency order", "the April reciprocal announcement".
const EVENT_NOUN = /^(?:['’]s)?[\s,]*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[\w]+-(?:year|month|week|day)\s+)?(?:(?:emergency|reciprocal|tariff|trade|executive|framework|joint|interim|initial|final|original)\s+){0,2}(?:agreements?|deals?|delays?|postponements?|accords?|talks|summits?|frameworks?|announcements?|orders?|proclamations?|truces?|rulings?|decisions?|statements?|meetings?|negotiations?|rounds?|deadlines?|letters?|memos?|reports?|speech|press|visits?|elections?|hearings?|notices?|schedules?|(?:spread)?sheets?|lists?|versions?|tables?|files?|catalogu?es?|catalogs?|templates?|quotes?|budgets?|invoices?|issues?|editions?|newsletters?|bulletins?|circulars?)\b/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// chrono does not read "mid-May" or "early July": a part of a month, with or without a year.
const MONTH_PART = /\b(early|mid|late|(?:the\s+)?(?:middle|end|beginning|start)\s+of)[\s-]+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(\d{4}))?\b/g;
// Simple past forms; a regular verb's form is past only when no auxiliary makes it a
// participle ("would be lowered", "has been lifted", "are exempted"), and "made up of" tells what something is. "We'd been paying" is "had".
const PAST_TENSE = /(?<!-|\b(?:a|an|any|the|no|its|their)\s)\b(?:was|were|had|did|rose|fell|imposed|applied|levied|charged|lasted|existed|announced|took\s+effect|raised|cut|doubled|tripled|reached|faced|paid|carried|bore|climbed|jumped|went|moved|switched|shifted|stood|(?<!\b(?:get|gets|getting|is|are|be|being)\s)hit|became|began|brought|took|gave|got(?<!(?:['’]ve|\bha(?:ve|s))\s+got)|made(?!\s+up\s+of\b)|kept|came|grew|stayed|remained)\b|\b(?:I|we|you|they|he|she|it|who)['’]d\s+been\b|(?<!\b(?:be|been|being|is|are|am|has|have|will|would|not)\s+)(?<!-)\b(?:passed|signed|listed|added|agreed|started|lifted|removed|dropped|halved|increased|reduced|lowered|ended|lapsed|expired|stopped|ruled|exempted|collected|received|secured|negotiated|assigned|granted)\b/i;
const QUARTER = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q([1-4]))(?:\s+(?:of\s+)?(\d{4}))?/gi;
/** Where a question's number stands ("Q4. What rate …?"), or -1. */
function numberedQuestionAt(text: string): number {
  const m = NUMBERED_QUESTION.exec(text);
  return m ? m[1].length : -1;
}
const NUMBERED_QUESTION = /^([\W_]*)Q\d+[.):]\s[^]*\?[\s"'”’)\]*_]*$/;
/** What every QUARTER match holds, and far cheaper to look for. */
const NAMES_QUARTER = /quarter|q[1-4]/i;
/** "from Thursday", "starting Monday", "effective this Friday", "takes effect on Thursday". */
const STARTS_ON_A_WEEKDAY = new RegExp(String.raw`\b(?:from|starting|beginning|effective|takes?\s+effect|kicks?\s+in|appl(?:y|ies))\s+(?:on\s+)?(?:this\s+)?${WEEKDAY}\b`, 'i');
const FUTURE_CUES = /\b(?:will|shall|is\s+set\s+to|are\s+set\s+to|is\s+due\s+to|are\s+due\s+to|scheduled|expected\s+to|remains?|stays?)\b/i;

// Every form chrono-node 2.x reads in English holds one of these: a digit, a month or
// weekday name, a casual word (today, noon), or a time unit after a number word or
// this/last/next ("a few days", "last month", even "the m later" read as a minute, and
// "Lasts" as the last second). chrono drops a number word written together with a unit
// as one word ("they", "ones"), unless it follows "a" ("a fews") or is "this", "last"
// and the like, so those alone may go without a space.
// Most sentences that quote a rate hold none once the figures are blanked, and chrono
// tries two dozen patterns on each: a third of a whole check, spent finding nothing.
// The casual words of a time of day are looked for apart (see namesCasualTimeWeTake).
const DATE_HINT = new RegExp([
  '\\d',
  '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat)',
  '(?:today|tonight|tomorrow|overmorrow|tmrw?|yesterday)(?![a-z])',
  '(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|mos?|mon|months?|qtrs?|quarters?|yrs?|years?)(?![a-z])',
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|several|the)\\s{1,3}[smhdwy](?![a-z])',
  '(?:few|couple|of|this|last|past|next|after|\\ban?\\b)\\s{0,3}[smhdwy](?![a-z])',
].join('|'), 'i');

// chrono reads these words on their own as the time they name ("now", "at noon"), and
// such a reading is not taken when it is in lower case (see takenChronoSurface): "now
// pays 25%" is the as-of date anyway. Only a capital ("Now", "Noon"), "this" or "last"
// before one ("this morning", "last night"), spaces after punctuation, which chrono's
// reading of a time of day then begins with (", noon" reads as " noon"), or a day after
// one ("noon on May 20", "noon tonight": a hint of its own) make a reading that is taken.
const TIMES_OF_DAY = 'morning|afternoon|evening|night|midnight|midday|noon';
const CASUAL_TIME = new RegExp(`(?:now|${TIMES_OF_DAY})(?![a-z])`, 'gi');
const CASUAL_TIME_TAKEN_AFTER = /(?:\b(?:this|last)\s*|(?:^|\W)\s{1,3})$/i;

function namesCasualTimeWeTake(text: string): boolean {
  CASUAL_TIME.lastIndex = 0;
  for (let m = CASUAL_TIME.exec(text); m; m = CASUAL_TIME.exec(text)) {
    const first = text[m.index];
    if (first !== first.toLowerCase() || CASUAL_TIME_TAKEN_AFTER.test(text.slice(Math.max(0, m.index - 10), m.index))) return true;
  }
  return false;
}

/** Could chrono find a date in this text that we would take? When not, it need not be asked (see DATE_HINT). */
export function mayHoldDate(text: string): boolean {
  return DATE_HINT.test(text) || namesCasualTimeWeTake(text);
}

/** A month in lower case is a date when a year goes with it, as casual writing has it ("back in april 2025"). */
const LOWER_CASE_MONTH_NAME = 'january|february|march|april|may|june|july|august|september|october|november|december';
const LOWER_CASE_MONTH_AND_YEAR = new RegExp(String.raw`^(?:${LOWER_CASE_MONTH_NAME})\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d$`);
/**
 * Chat writes dates in lower case too ("started oct 14"): a month and its day are a date,
 * but "may" and "march", which are verbs as often, only after a word that introduces a
 * date ("from may 14"; not "we may 14").
 */
function lowerCaseMonthAndDay(surface: string, before: string): boolean {
  const m = LOWER_CASE_MONTH_AND_DAY.exec(surface);
  return m !== null && (!/^ma[yr]/.test(m[1]) || DATE_PREPOSITION_BEFORE.test(before));
}
/** A day written as an ordinal word, as speech is transcribed ("april ninth", "march twenty-first"). */
const ORDINAL_DAY_WORD = String.raw`(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth`;
/** A month's name, whole or cut short ("feb", "sept"), in lower case. */
export const MONTH_NAME_FORMS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const UNDER_A_DATE = new RegExp(String.raw`^\s+(?:[\w-]+\s+)?(?:under|per|by|from)\s+(?:the|its|their|this|that)\s+(?:(?:${MONTH_NAME_FORMS})\.?\s+(?:\d{1,2},?\s+)?(?:20\d\d)?|20\d\d)`, 'i');
const LOWER_CASE_MONTH_AND_DAY = new RegExp(String.raw`^(${MONTH_NAME_FORMS})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_DAY_WORD})$`);
/** Words that introduce a date in any of the forms below. */
const DATE_WORDS = 'from|since|until|till|til|by|after|before|through';
const DATE_PREPOSITION_BEFORE = new RegExp(String.raw`\b(?:${DATE_WORDS}|on|effective|starting)\s+$`, 'i');
/** Chat's "before monday": a weekday alone in lower case is a date after a word that introduces one, as a month is. */
const LOWER_CASE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
/** Chat's "in april", "since june": a month alone in lower case is a date after a word that introduces one. */
const LOWER_CASE_MONTH = new RegExp(`^(?:${LOWER_CASE_MONTH_NAME})$`);
const MONTH_PREPOSITION_BEFORE = new RegExp(String.raw`\b(?:${DATE_WORDS}|in|early|mid-?|late)\s*$`, 'i');
/** A time of day chrono reads together with the date after it ("noon on May 20"). */
const TIME_OF_DAY_FIRST = new RegExp(`^(?:${TIMES_OF_DAY})\\b`);

/**
 * The words of a date chrono read, if it is taken: not a lower-case word ("may" and
 * "march" are verbs, "now" is the as-of date anyway) unless it is a casual date
 * ("today", "last week"), a month with its year, or a time of day on a given day
 * ("midnight on June 3"), and not a number alone, nor a length of time ("Within a year the
 * duty went to 46%" is no date a year ahead).
 */
export function takenChronoSurface(reading: Pick<chrono.ParsedResult, 'text' | 'start'>, before = ''): string | undefined {
  // chrono keeps the "of" of "June of last year", whose year is read after it.
  const surface = reading.text.replace(/[\s,.]+$/, '').replace(/\s+of$/i, '');
  // "within 90 days"; "150 days after" the ruling, "two weeks after" the deal: counted from an event, not from today.
  // "For five weeks the total was 145%": a length of time, as "for three months" is (chrono reads it as a date ahead).
  if (/^(?:within|for)\b/i.test(surface) || /\s(?:after|before|later|earlier)$/i.test(surface)) return undefined;
  if (/^[a-z]/.test(surface) && !/^(?:today|yesterday|tomorrow|last|next|this|the)\b/i.test(surface) && !TIME_AGO.test(surface) && !LOWER_CASE_MONTH_AND_YEAR.test(surface) &&
    !lowerCaseMonthAndDay(surface, before) && !(LOWER_CASE_MONTH.test(surface) && MONTH_PREPOSITION_BEFORE.test(before)) && !(LOWER_CASE_WEEKDAY.test(surface) && DATE_PREPOSITION_BEFORE.test(before)) && !(TIME_OF_DAY_FIRST.test(surface) && reading.start.isCertain('day'))) return undefined;
  // "outboards 2.5-30 hp": a range of amounts (chrono reads 5 February 2030).
  return /^\d+$/.test(surface) || /^\d+\.\d+\s?[-\u2013]\s?\d+$/.test(surface) ? undefined : surface;
}

/** "a year ago", "two weeks ago": no verb or other word that chrono also reads as a time, in lower case too. */
const TIME_AGO = /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:years?|months?|weeks?|days?)\s+ago$/i;

/**
 * The dates and periods written in `text`, resolved against `asOf`. A date without a
 * year takes the year its paragraph last wrote out (`writtenBefore`: "took effect on
 * April 5, 2025. Country rates followed on April 9"), else the as-of year, or the year
 * before when that would put a backward-looking date (in, on, since) after the as-of
 * date (contract §2).
 */
export function timeExpressionsIn(text: string, asOf: IsoDate, previous?: () => IsoDate | undefined, writtenBefore?: () => number | undefined, dayFirst = false, sectionYear?: number): TimeExpression[] {
  // A percentage is never part of a date ("on Aug 7 20% duties began" is not 2020).
  // The spaces are the figure reader's own: a year at a line end before a "%" on the next line is still a year.
  const forDates = blankedForDates(text);
  // Month parts, "last week" and the relative days each hold a token DATE_HINT looks for
  // (a month name after a space or hyphen; "day" or "week" before a non-word character),
  // and blanking digits leaves those tokens as they were: without one, only quarters remain.
  const mayHold = mayHoldDate(forDates);
  // Relative days and "last week" all say "day" or "week", or else "that date" or "the next morning" (which have no date hint): far cheaper to look for than their patterns.
  const mayCountDays = (mayHold && DAY_OR_WEEK.test(text)) || COUNTS_DAYS_WITHOUT_HINT.test(text);
  const relative = mayCountDays ? relativeDaysIn(text) : [];
  // Does the sentence look back (past tense, nothing of the future)? Asked once, and only if a date needs a year.
  let looksBack: boolean | undefined;
  const sentenceLooksBack = () => (looksBack ??= PAST_TENSE.test(text) && !FUTURE_CUES.test(text));
  // Asked only for a date written without a year: the paragraph's earlier sentences may have to be read for it.
  let paragraphYear: { year: number | undefined } | undefined;
  const yearOfParagraph = () => (paragraphYear ??= { year: writtenBefore?.() }).year;
  const out: TimeExpression[] = mayHold ? [...monthPartsIn(text, asOf, sentenceLooksBack, yearOfParagraph, sectionYear === undefined), ...monthRangesIn(text, asOf, sentenceLooksBack, yearOfParagraph), ...(mayCountDays ? weeksNamedIn(text, asOf) : [])] : [];
  const taken = (i: number) => out.some((t) => i >= t.start && i < t.end) || relative.some((r) => i >= r.start && i < r.end);
  // Day first only where a numeric date is written: the British parser reads "Oct 14" as October 2014.
  const read = mayHold ? (dayFirst && NUMERIC_DATE.test(forDates) ? chrono.GB : chrono).parse(forDates, { instant: new Date(asOf + 'T12:00:00Z'), timezone: 0 }, { forwardDate: false }) : [];
  // "took effect on April 5, 2025; … followed on April 9": a date without a year takes the year the sentence wrote before it.
  let yearWrittenBefore: number | undefined;
  // Dates written without a year that nothing in the text gave one: the as-of date chose it.
  const yearGuessed: TimeExpression[] = [];
  for (const reading of read) {
    const r = withoutPreposition(reading);
    const surface = takenChronoSurface(r, text.slice(Math.max(0, r.index - 12), r.index));
    if (surface === undefined) continue;
    const writtenYear = yearWrittenBefore;
    // A range's year may be written at its end only: "from April 5 to August 6, 2025, then 20% from August 7".
    const withYear = r.start.isCertain('year') ? r.start : r.end?.isCertain('year') ? r.end : undefined;
    if (withYear && WRITTEN_YEAR.test(surface)) yearWrittenBefore = withYear.get('year') ?? undefined;
    if (taken(r.index)) {
      // "from late August until February 7": chrono reads "August until February 7" as one
      // range; the month part is ours already, and the end joins it (see joinRanges).
      const end = r.end && rangeEndOf(r, asOf);
      if (end) out.push(end);
      continue;
    }
    // "31% on the April 2025 list", "in our Aug 2025 sheet": a figure on a dated list is that date's; other events' dates are not the figure's.
    const onADatedList = ON_THE_BEFORE.test(text.slice(Math.max(0, r.index - 10), r.index)) && LIST_AFTER.test(text.slice(r.index + r.text.length));
    // "then down to 15% after the November deal": an event a time word places the figure by dates it as a named day does.
    const placedByTheEvent = EVENT_PLACES_BEFORE.test(text.slice(Math.max(0, r.index - 16), r.index));
    if (!onADatedList && !placedByTheEvent && (namesAnEventAfter(text, r.index + r.text.length) || namesAnEventBefore(text, r.index))) continue;
    // "After a year of talks": a length of time, not a date a year on.
    if (LENGTH_OF_SOMETHING.test(r.text) && OF_AFTER.test(text.slice(r.index + r.text.length))) continue;
    // "from last April's 145 percent": a date in the possessive names the figure's time, whatever word stands before it.
    const possessive = !r.end && POSSESSIVE_AFTER.exec(text.slice(r.index + surface.length, r.index + surface.length + 3));
    const relation = r.end ? 'from-to' : possessive ? 'in' : relationBefore(text, r.index);
    const lookingBack = looksBackTo(relation, text, r.index, sentenceLooksBack) && !announcesAStart(text, r.index);
    // "February 23 of this year", "from November 2025 until February 23 of this year", "in 2025 …, in August of that year", "February last year": the year named after the date is its own.
    const ofYear = (r.end ?? r.start).isCertain('year') ? null : OF_A_NAMED_YEAR.exec(text.slice(r.index + surface.length));
    const yearNamedAfter = ofYear ? yearNamed(ofYear[1], text, r.index, asOf) : undefined;
    // A year written without the date is either named by the sentence ("last February", "of this year", "April and May 2025") or lent by what came before.
    const yearless = !r.end && !r.start.isCertain('year');
    const namedYear = yearless ? yearNamedAfter ?? yearNamedBefore(text, r.index, r.start, asOf) ?? yearSharedAfter(text, r.index + surface.length, r.start) : undefined;
    const lentYear = yearless && namedYear === undefined ? lentYearNotLater(relation, writtenYear ?? yearOfParagraph(), r.start, asOf, lookingBack) : undefined;
    const impliedYear = namedYear ?? lentYear;
    const read = r.end ? rangePeriodOf(r.start, r.end, asOf, lookingBack, () => yearNamedAfter ?? yearOfParagraph()) : periodOf(r.start, asOf, lookingBack, impliedYear);
    if (!read) continue;
    // chrono puts a weekday alone at its nearest day; "faces 39% from Thursday" means the coming one, "took effect on Thursday" the last.
    const weekdayOnly = !r.end && r.start.isCertain('weekday') && !r.start.isCertain('day');
    // Only the future or a start the sentence sets ("from Thursday") looks ahead: "As of Saturday, the U.S. implemented …" does not.
    const past = weekdayOnly && sentenceLooksBack();
    const ahead = weekdayOnly && !past && !lookingBack && (FUTURE_CUES.test(text) || STARTS_ON_A_WEEKDAY.test(text));
    const asRead = ahead && read.from < asOf ? { from: addDays(read.from, 7), to: addDays(read.to, 7) }
      : past && read.from > asOf ? { from: addDays(read.from, -7), to: addDays(read.to, -7) } : read;
    // "From April 5, 2025, until February 23", "… until collection stopped on February 24": an end written without a year comes after the start before it.
    const start = !r.start.isCertain('year') ? out.find((t) => t.relation === 'since' && t.end <= r.index && END_AFTER_START.test(text.slice(t.end, r.index))) : undefined;
    // "In August 2025 … For potash the rate was 10% until February": an end that takes the paragraph's year lies after the date told before it.
    const toldBefore = !start && relation === 'until' && !r.end && lentYear !== undefined && writtenYear === undefined ? previous?.() : undefined;
    const period = (start && asRead.to < start.from) || (toldBefore !== undefined && asRead.to < toldBefore) ? { from: yearsLater(asRead.from, 1), to: yearsLater(asRead.to, 1) } : asRead;
    const written = WRITTEN_AS_RANGE.test(surface) ? text.slice(r.index, r.index + surface.length) : surface;
    const found: TimeExpression = { start: r.index, end: r.index + surface.length + (ofYear?.[0].length ?? 0), text: written, relation, ...period };
    if (possessive) found.ownerAt = r.index + surface.length + possessive[0].length;
    out.push(found);
    // A weekday chrono placed near the as-of date ("on Monday") is not a guess at a year.
    if (!r.start.isCertain('year') && !r.start.isCertain('weekday') && (r.end ? !r.end.isCertain('year') && yearOfParagraph() === undefined : impliedYear === undefined)) {
      // A section headed with the as-of year wrote the year, though it lends none (the as-of date gives it).
      if (sectionYear === undefined) found.yearGuessed = true;
      yearGuessed.push(found);
    }
  }
  keepInOrder(yearGuessed);
  QUARTER.lastIndex = 0;
  for (let m = NAMES_QUARTER.test(text) ? QUARTER.exec(text) : null; m; m = QUARTER.exec(text)) {
    if (m.index === numberedQuestionAt(text)) continue; // "Q4. What rate did Switzerland face?" is the fourth question
    const n = m[2] ? +m[2] : ['first', 'second', 'third', 'fourth'].indexOf(m[1].toLowerCase()) + 1 || ['1st', '2nd', '3rd', '4th'].indexOf(m[1].toLowerCase()) + 1;
    const written = m[3] ? +m[3] : yearOfParagraph();
    let year = written ?? +asOf.slice(0, 4);
    if (written === undefined && isoOf(year, n * 3 - 2, 1) > asOf) year--;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], relation: 'in', from: isoOf(year, n * 3 - 2, 1), to: isoOf(year, n * 3, lastDayOfMonth(year, n * 3)) });
  }
  if (NAMES_SEASON.test(text)) out.push(...seasonsIn(text, asOf, yearOfParagraph));
  if (WRITTEN_YEAR.test(forDates) || NAMES_FISCAL_YEAR.test(forDates)) out.push(...yearPeriodsIn(forDates, text, out));
  // "the following day", "before that date" count from the latest date before them: in this sentence, or the previous one.
  for (const r of relative) {
    const anchor = out.filter((t) => t.end <= r.start).sort((a, b) => b.end - a.end)[0]?.to ?? previous?.();
    if (!anchor) continue;
    const date = addDays(anchor, r.days);
    out.push({ start: r.start, end: r.end, text: r.text, relation: relationBefore(text, r.start), from: date, to: date });
  }
  // "On April 9 it became 84%, and on the 10th it went to 125%": a day of the month alone is in the month of the date told before it.
  if (out.length) for (const m of text.matchAll(DAY_OF_THE_MONTH_TOLD)) {
    const anchor = out.filter((t) => t.end <= m.index && t.from.slice(0, 7) === t.to.slice(0, 7)).sort((a, b) => b.end - a.end)[0];
    const day = +m[2];
    if (!anchor || day > lastDayOfMonth(+anchor.from.slice(0, 4), +anchor.from.slice(5, 7))) continue;
    const date = isoOf(+anchor.from.slice(0, 4), +anchor.from.slice(5, 7), day);
    const start = m.index + m[1].length + 1;
    out.push({ start, end: m.index + m[0].length, text: m[0].slice(start - m.index), relation: relationBefore(text, start), from: date, to: date });
  }
  // "went 34 percent on liberation day", "since Liberation Day", "after Geneva": a day writers date tariffs by.
  if (NAMES_A_DAY.test(text)) {
    for (const m of text.matchAll(ON_A_NAMED_DAY)) {
      const day = DAY_NAMED.find((d) => d.name.test(m[2]))!;
      // A city names a day only as a deal's ("after Geneva", "from the Busan truce"), not as a place goods come "from".
      if (!day.alone && !m[3] && /^(?:from|on)$/i.test(m[1])) continue;
      const start = m.index + m[0].length - m[2].length - (m[3]?.length ?? 0);
      // Rough, as a season is: writers date the tariffs by the event, not by the days its rates took effect.
      out.push({ start, end: m.index + m[0].length, text: m[0].slice(start - m.index), relation: relationBefore(text, start), from: day.date, to: day.date, rough: true });
    }
  }
  return joinRanges(out.sort((a, b) => a.start - b.start), text);
}

const POSSESSIVE_AFTER = /^['’]s\b/;
const DAY_OF_THE_MONTH_TOLD = /\b(on|from|until|till|by|since|after|before)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|century|anniversary|floor|day|place|round|amendment|edition|circuit|congress|percent|per\s*cent)\b|\s*%)/gi;
/**
 * Days writers date tariffs by: the reciprocal tariffs' announcement, and the US-China deals by the
 * city they were struck in (dated by the day their rates took effect: 14 May and 10 November 2025).
 */
const NAMED_DAYS: readonly { words: string; date: IsoDate; alone?: true }[] = [
  { words: String.raw`liberation\s+day`, date: '2025-04-02', alone: true },
  { words: 'geneva', date: '2025-05-14' },
  { words: String.raw`busan|kuala\s+lumpur`, date: '2025-11-10' },
];
const NAMED_DAY_WORDS = NAMED_DAYS.map((d) => d.words).join('|');
const NAMES_A_DAY = new RegExp(NAMED_DAY_WORDS, 'i');
const DAY_NAMED = NAMED_DAYS.map((d) => ({ ...d, name: new RegExp(`^(?:${d.words})$`, 'i') }));
/** A named day after a word that introduces a date; not "the Liberation Day tariffs", which name the measure. */
const ON_A_NAMED_DAY = new RegExp(String.raw`\b(on|since|after|before|until|from|by)\s+(?:the\s+)?(${NAMED_DAY_WORDS})(\s+(?:deal|truce|talks|agreement|summit|meeting|arrangement|framework))?\b(?!['’]s|\s+(?:tariffs?|rates?|dut(?:y|ies)|levies|list|chart|announcement|orders?|measures?|regime|schedule|annex))`, 'gi');

/**
 * "went from 10% (April 5) to 46% (April 9) … to 20% (August 7)", written in May 2026:
 * dates told one after another are in order, so when a later one's year had to be the
 * one before (August has not come yet), so is that of the yearless dates before it. Only
 * then, and only for a day or month, not a start: "30% since May 14; it was 145% from
 * April 10" looks back within one year.
 */
function keepInOrder(guessed: TimeExpression[]): void {
  guessed.sort((a, b) => a.start - b.start);
  for (let i = guessed.length - 2; i >= 0; i--) {
    const t = guessed[i];
    const next = guessed[i + 1];
    if (t.relation === 'in' && t.from > next.from && t.from.slice(0, 4) > next.from.slice(0, 4) && yearsLater(t.from, -1) <= next.from) {
      t.from = yearsLater(t.from, -1);
      t.to = yearsLater(t.to, -1);
    }
  }
}

/**
 * Does a date without a year, in this relation, take the last such day when the sentence looks
 * back? "was extended until", "paused until": a deadline set in the past may still be to come;
 * "paid 27.5% until September 15" looks back. "Since" always does, in any tense: "as they
 * have since August" written in February means last August.
 */
function looksBackTo(relation: TimeExpression['relation'], text: string, at: number, sentenceLooksBack: () => boolean): boolean {
  if (relation === 'since' && SINCE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  return (relation !== 'until' || !SETS_A_DEADLINE.test(text)) && sentenceLooksBack();
}
/** The word "since" right before a date; "from", the other start word, may look ahead ("pay 35% from October 1"). */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const SETS_A_DEADLINE = /\b(?:extend|postpon|delay|paus|suspend|defer|push|put\s+off|hold|held|keep|kept|run|ran|last|valid|grace|truce|deadline|expir|remain|stay|temporar|days|weeks|months)\w*/i;

/** "announced … customs of 25% from 1 October": an announcement, told in the past, of a start still to come. */
const ANNOUNCING = /\b(?:announc(?:ed|es)|unveil(?:ed|s)|declared|ordered|signed|proclaimed|decided|decreed)\b/i;
/** The words that start a rate at a date, right before it, but for "since", which runs to the present: "effective ", "from the ". */
export const START_WORDS_BEFORE = new RegExp(`\\b(?:${START_WORDS})\\s+(?:the\\s+)?$`, 'i');

/** Does the sentence announce a start at the date at `at` ("announced … from 1 October")? Its year is then not looked back for. */
function announcesAStart(text: string, at: number): boolean {
  return START_WORDS_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && ANNOUNCING.test(text);
}

/** A year written out. */
export const WRITTEN_YEAR = /\b(?:19|20)\d\d\b/;
const NAMES_FISCAL_YEAR = /\bFY\s?\d\d/i;
const WRITTEN_YEARS = new RegExp(WRITTEN_YEAR.source, 'g');

/**
 * The year a section's dates without one take. A heading naming the as-of year ("SPRING
 * 2026 UPDATE" in a memo of May 2026) adds nothing: the as-of rule reads that year too,
 * and knows that "on November 10" told in the past was the November before.
 */
export function yearLentBySection(sectionYear: number | undefined, asOf: IsoDate): number | undefined {
  return sectionYear === +asOf.slice(0, 4) ? undefined : sectionYear;
}

/**
 * The year a section heading puts its section in ("Spring 2025", "2026: the ruling",
 * a changelog's "## [2025.08] — 2025-08-07"): the one year it writes out.
 */
export function yearNamedByHeading(heading: string): number | undefined {
  const years = new Set(heading.match(WRITTEN_YEARS));
  return years.size === 1 ? +[...years][0] : undefined;
}
/** A year on its own after a preposition, whole or in part: "in 2025", "since 2019", "early 2025", "the first half of 2025", or one of its months as ISO writes it: "from 2025-06". */
const YEAR_PERIOD = /\b(?:in|during|throughout|since|until|till|through|by|from|before|after|to|and|of)\s+((?:(early|mid|late)[\s-]+|the\s+(first|second)\s+half\s+of\s+|(the\s+(?:first|opening)\s+(?:few\s+)?months\s+of\s+))?(?:calendar\s+(?:year\s+)?)?((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?![\d-]))?)\b/gi;
/** Before the year of a law's name: "Section 122 of the Trade Act of 1974", "the Tariff Act of 1930". */
const LAW_NAMED_BEFORE = /\bAct\s+of\s+$/;
/** The months each part of a year runs: [first, last]. */
const YEAR_PARTS: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12], first: [1, 6], second: [7, 12] };

/** The years written on their own in `forDates` (the text with its figures blanked) that no expression in `found` holds. */
function yearPeriodsIn(forDates: string, text: string, found: TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  YEAR_PERIOD.lastIndex = 0;
  for (let m = YEAR_PERIOD.exec(forDates); m; m = YEAR_PERIOD.exec(forDates)) {
    const end = m.index + m[0].length;
    const start = end - m[1].length;
    if (found.some((t) => start < t.end && t.start < end) || namesAnEventAfter(text, end)) continue; // "March 4, 2025"; "the 2025 deal"
    if (LAW_NAMED_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue; // "the Trade Act of 1974": a law's name
    const year = +m[5];
    const part = (m[2] ?? m[3] ?? (m[4] ? 'early' : '')).toLowerCase();
    // "carried over from 2025-06": a month written as ISO writes it.
    const [first, last] = m[6] ? [+m[6], +m[6]] : YEAR_PARTS[part] ?? [1, 12];
    out.push({ start, end, text: text.slice(start, end), relation: relationBefore(text, start), from: isoOf(year, first, 1), to: isoOf(year, last, lastDayOfMonth(year, last)) });
  }
  // "during fiscal 2025", "FY25": a year whose months differ from one company or government
  // to the next, so every common reading of it (the US government's from October 2024, a
  // retailer's to January 2026), too rough to date a start.
  FISCAL_YEAR.lastIndex = 0;
  for (let m = FISCAL_YEAR.exec(forDates); m; m = FISCAL_YEAR.exec(forDates)) {
    const { start, end } = { start: m.index, end: m.index + m[0].length };
    if (found.some((t) => start < t.end && t.start < end) || YEAR_PLANNED_BEFORE.test(forDates.slice(Math.max(0, start - 12), start))) continue;
    const year = m[1].length === 2 ? 2000 + +m[1] : +m[1];
    out.push({ start, end, text: text.slice(start, end), relation: relationBefore(text, start), from: isoOf(year - 1, 10, 1), to: isoOf(year + 1, 1, 31), rough: true });
  }
  // "our 2025 entries, when we paid 20%": goods entered in that year; "the 2018 Section 232 duties": duties imposed in it.
  YEAR_OF_GOODS_OR_DUTIES.lastIndex = 0;
  for (let m = YEAR_OF_GOODS_OR_DUTIES.exec(forDates); m; m = YEAR_OF_GOODS_OR_DUTIES.exec(forDates)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (found.some((t) => start < t.end && t.start < end)) continue;
    out.push({ start, end, text: m[1], relation: 'in', from: isoOf(+m[1], 1, 1), to: isoOf(+m[1], 12, 31) });
  }
  return out;
}

/** "when we planned FY2026": the year planned for, not the time the sentence tells of. */
const YEAR_PLANNED_BEFORE = /\b(?:planned|planning|budgeted|budgeting|forecast|forecasting)\s+$/i;
const FISCAL_YEAR = /\b(?:fiscal\s+(?:year\s+)?|FY\s?)((?:19|20)\d\d|\d\d)\b/gi;
/** A year that dates the goods or the duties it stands before: "our 2025 entries", "the 2025 shipments", "the 2018 Section 232 duties". */
const YEAR_OF_GOODS_OR_DUTIES = /\b(?:our|their|its|his|her|the|your|those|these)\s+((?:19|20)\d\d)\s+(?=(?:entries|imports|shipments|purchases|orders|invoices|containers)\b|(?:[\w-]+\s+){0,3}?(?:duties|tariffs)\b)/gi;

/**
 * The latest date a paragraph has told so far: "the next day" counts from it, and a
 * sentence told in the past continues it. A sentence read only for this is read when a
 * later one asks for the date, which most never do.
 */
export class ParagraphDates {
  private latestRead: TimeExpression | undefined;
  /** Whether latestRead starts a state told in the present. */
  private latestRunsToNow = false;
  /** The year the paragraph last wrote out ("April 5, 2025", "in 2025"), else its section's: its dates without one take it. */
  private writtenYear: number | undefined;
  /** In order, after the sentence `latestRead` came from. */
  private readonly unread: string[] = [];

  /** `dayFirst`: numeric dates are written day first ("7/8/2025" is 7 August). */
  constructor(private readonly asOf: IsoDate, private readonly sectionYear?: number, private readonly dayFirst = false) {
    this.writtenYear = yearLentBySection(sectionYear, asOf);
  }

  /** The dates in a sentence, read now; counted from the latest before it. */
  read(sentence: string): TimeExpression[] {
    const times = timeExpressionsIn(sentence, this.asOf, () => this.latest()?.to, () => this.yearLentTo(sentence), this.dayFirst, this.sectionYear);
    this.noteYears(times);
    if (times.length) {
      this.noteLatest(times[times.length - 1], sentence);
      this.unread.length = 0;
    }
    return times;
  }

  private noteLatest(time: TimeExpression, sentence: string): void {
    this.latestRead = time;
    this.latestRunsToNow = time.relation === 'since' && !speaksOfThePast(sentence);
  }

  /**
   * The year a sentence's dates without one take from the paragraph. A later year than the
   * as-of date's (a deadline: "the truce runs to November 2026") is not lent to a sentence
   * told in the past ("Switzerland's rate fell from 39% to 15% in mid-November").
   */
  private yearLentTo(sentence: string): number | undefined {
    this.latest(); // the sentences not read yet may write one
    const year = this.writtenYear;
    return year !== undefined && year > Number(this.asOf.slice(0, 4)) && speaksOfThePast(sentence) ? undefined : year;
  }

  private noteYears(times: TimeExpression[]): void {
    for (const t of times) {
      const year = WRITTEN_YEAR.exec(t.text)?.[0];
      if (year) this.writtenYear = +year;
    }
  }

  /** A sentence whose dates matter only as the paragraph's latest. */
  readLater(sentence: string): void {
    this.unread.push(sentence);
  }

  /**
   * A sentence about something else, which may still write out the paragraph's year
   * ("The pause came on April 9, 2025."). Only those that write one are kept: reading
   * every sentence's dates cost a fifth of a check.
   */
  readLaterForItsYear(sentence: string): void {
    if (WRITTEN_YEAR.test(sentence)) this.unread.push(sentence);
  }

  /** A chat message starts: an earlier message's date, said of something else, is not lent to its past tense (the year still is). */
  newMessage(): void {
    this.latest();
    this.latestRead = undefined;
  }

  latest(): TimeExpression | undefined {
    for (const sentence of this.unread.splice(0)) {
      const times = timeExpressionsIn(sentence, this.asOf, () => this.latestRead?.to, () => this.writtenYear, this.dayFirst, this.sectionYear);
      this.noteYears(times);
      if (times.length) this.noteLatest(times[times.length - 1], sentence);
    }
    return this.latestRead;
  }

  /**
   * The latest date as the time a sentence told in the past goes on at; not the start of a state that runs on
   * to now ("Since May 14 China is 30%. Korea got 15% in the summer deal."), unlike a start told in the past
   * ("From April 5 every bag paid 10%. Madagascar was listed at 47%.").
   */
  timeToContinue(): TimeExpression | undefined {
    const latest = this.latest();
    return this.latestRunsToNow ? undefined : latest;
  }
}

const PERCENT_FIGURE = /\d+(?:[.,]\d+)?(?=[ \u00a0\u202f\u2009]?(?:%|per\s?cent|percent))/gi;
// A tariff schedule heading or subheading ("9903.01.25", "7208.10.15.00") is not a date,
// though chrono reads one as year 9903. Dotted dates of the years 1900–2099 stay dates.
const SCHEDULE_NUMBER = /\b(\d{4})\.\d{2}\.\d{2}(\.\d{2,4})?\b/g;
const MAY_BE_SCHEDULE_NUMBER = /\d{4}\.\d\d\./;
// A statute's section ("Section 232", "Sections 232 and 301") is not a time either,
// though chrono reads "232 to 301" as a range of hours. A list goes on only with numbers
// of three digits or more, so that "to 10 May" after one stays a date.
const SECTION_NUMBERS = /\bsections?\s+\d+(?:\s*(?:,|and|or|to|through|-|\u2013)\s*\d{3,})*/gi;
const NAMES_SECTION = /section/i;
// chrono reads "the morning of May 20" as one reading that holds the morning of the
// as-of date and not May 20: without the time of day, it reads the date. ("Noon of",
// "midnight of" and "midday of" hold their date: see TIME_OF_DAY_FIRST.)
const TIME_OF_DAY_OF = /\b(?:morning|afternoon|evening|night)\s+of(?=\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))/gi;
const NAMES_TIME_OF_DAY_OF = /(?:ing|night|noon)\s+of\b/i;
// chrono reads "from 14 May" as two in the afternoon of some day in May (a day-first date
// whose day could be an hour); without "from" it reads the date, and the relation is read
// from the text, "from" and all.
const FROM_A_DAY = /\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:to|until|till|-|\u2013)\s+\d{1,2}(?:st|nd|rd|th)?\s+)?(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi;
const MAY_BE_FROM_A_DAY = /\bfrom\s+\d/i;

/** The text as dates are read from it: each percentage's digits, each tariff schedule number, each section number and each "morning of" turned to spaces. */
function blankedForDates(text: string): string {
  // Filled with a word character: chrono loses the day of "5 Apr" before a run of spaces ("5 Apr   10% baseline").
  let blanked = withMatchesBlanked(text, PERCENT_FIGURE, { filler: '_' });
  if (MAY_NAME_TWO_DAYS.test(blanked)) blanked = blanked.replace(TWO_DAYS_OF_A_MONTH, (_, month: string, first: string, second: string) => `${month}     ${first}-${second}`);
  if (MAY_BE_FROM_A_DAY.test(blanked)) blanked = withMatchesBlanked(blanked, FROM_A_DAY);
  if (MAY_BE_SCHEDULE_NUMBER.test(blanked)) blanked = withMatchesBlanked(blanked, SCHEDULE_NUMBER, { only: (m) => +m[1] < 1900 || +m[1] > 2099 || m[2] !== undefined });
  if (NAMES_TIME_OF_DAY_OF.test(blanked)) blanked = withMatchesBlanked(blanked, TIME_OF_DAY_OF);
  if (MAY_BE_LENGTH_AFTER_MONTH.test(blanked)) blanked = withMatchesBlanked(blanked, LENGTH_AFTER_MONTH, { filler: '_' });
  if (blanked.includes('/')) blanked = withMatchesBlanked(blanked.replace(MONTH_SLASH_YEAR, '$1 '), FRACTION_OF_AN_INCH);
  if (blanked.includes(' -- ')) blanked = blanked.replaceAll(' -- ', DASH_AS_HYPHEN);
  return NAMES_SECTION.test(blanked) ? withMatchesBlanked(blanked, SECTION_NUMBERS) : blanked;
}

/** "Feb 24 -- Jul 24, 2026": a dash typed as two hyphens, which chrono reads as two dates, not a range. The same length, so every offset holds. */
const DASH_AS_HYPHEN = '  - ';
/** "grinder bits 3/4\"", "5/8 in. came": a size in inches, not a date (4 March). */
const FRACTION_OF_AN_INCH = /\b\d{1,2}\/\d{1,2}(?=\s?(?:["”]|in\b|inch))/g;
/** "Apr/2025", as a spreadsheet writes a month: its slash is read as a space ("Apr 2025"). */
const MONTH_SLASH_YEAR = /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\/(?=(?:19|20)\d\d\b)/gi;
/** "10 Apr   90-day pause": a length of time after a month, which chrono would read as its year (1990). */
const LENGTH_AFTER_MONTH = /(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)\d{1,3}(?=-(?:day|week|month|year)s?\b)/gi;
const MAY_BE_LENGTH_AFTER_MONTH = /\d-(?:day|week|month|year)/i;

/**
 * "April 9 and 10": two days of a month, which chrono reads as the first alone. Written as the
 * range it means ("April      9-10"), the same length, so every offset holds.
 */
const TWO_DAYS_OF_A_MONTH = /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s+(\d{1,2})\s+and\s+(\d{1,2})\b(?![\d.,]*\s*(?:%|per))/gi;
const MAY_NAME_TWO_DAYS = /\s+\d{1,2}\s+and\s+\d/;
/** The written surface of a date read from text that blankedForDates wrote as a range. */
const WRITTEN_AS_RANGE = / {5}\d{1,2}-\d| {2}- /;

/**
 * `text` with what `pattern` (global) matches turned to `filler` (spaces unless told), where `only` agrees.
 * An exec loop: replace with a callback goes through the runtime for every call.
 */
function withMatchesBlanked(text: string, pattern: RegExp, { only = () => true, filler = ' ' }: { only?: (m: RegExpExecArray) => boolean; filler?: string } = {}): string {
  let out = '';
  let copied = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!only(m)) continue;
    out += text.slice(copied, m.index) + filler.repeat(m[0].length);
    copied = m.index + m[0].length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * "from March until early June", "between August 7 and February 24": two expressions
 * chrono leaves apart make one closed period. When only one of them gives a year, the
 * other is the one that keeps the period in order ("from late August until February 7").
 */
function joinRanges(sorted: TimeExpression[], text: string): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const t of sorted) {
    const prev = out[out.length - 1];
    const between = text.slice(prev?.end ?? 0, t.start);
    const fromTo = prev?.relation === 'since' && t.relation === 'until' && /^\s*(?:until|till|to|through|-|\u2013)\s*$/i.test(between);
    const betweenAnd = prev?.relation === 'in' && t.relation === 'in' && /^\s*and\s*$/i.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, prev.start - 14), prev.start));
    if (!prev || !(fromTo || betweenAnd)) {
      out.push(withBareFirstDay(t, text));
      continue;
    }
    let { from } = prev;
    let { to } = t;
    if (from > to && !WRITTEN_YEAR.test(prev.text)) from = yearsLater(from, -1);
    else if (from > to && !WRITTEN_YEAR.test(t.text)) to = yearsLater(to, 1);
    out[out.length - 1] = { start: prev.start, end: t.end, text: text.slice(prev.start, t.end), relation: 'from-to', from, to };
  }
  return out;
}

/** "between 7 and 24 February": a day written alone before "and" and a date of the same month starts the range that date ends. */
function withBareFirstDay(t: TimeExpression, text: string): TimeExpression {
  if (t.from !== t.to) return t;
  const bare = BARE_FIRST_DAY_BEFORE.exec(text.slice(Math.max(0, t.start - 24), t.start));
  const day = bare ? +bare[1] : 0;
  if (!bare || day < 1 || day >= +t.from.slice(8, 10)) return t;
  const start = t.start - bare[0].length + bare[0].search(/\d/);
  return { start, end: t.end, text: text.slice(start, t.end), relation: 'from-to', from: isoOf(+t.from.slice(0, 4), +t.from.slice(5, 7), day), to: t.to };
}
const BARE_FIRST_DAY_BEFORE = /\bbetween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/i;

type ChronoComponents = chrono.ParsedResult['start'];

// Dates told relative to the one before them ("the next day it rose to 125%", "the next morning"), which
// chrono would read relative to the document's date instead.
const RELATIVE_DAYS = /\b(?:(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|the\s+(?:day|morning)\s+after|a\s+day\s+later|(two|three|four|five|six|\d{1,2})\s+days\s+later|a\s+week\s+later|(?:on\s+|in\s+)?(?:that|the)\s+same\s+(?:day|week)|that\s+(?:date|day)|the\s+(?:day|previous\s+day)\s+before)\b/gi;
const SMALL_NUMBERS = ['two', 'three', 'four', 'five', 'six'];
const NAMED_WEEK = /\b(last|this|next)\s+week\b/gi;
const DAY_OR_WEEK = /day|week/i;
const COUNTS_DAYS_WITHOUT_HINT = /that\s+date|(?:next|following)\s+(?:morning|afternoon|evening)|morning\s+after/i;

/** "last week", "this week", "next week": Monday to Sunday of the week before the as-of date's, of its own, of the one after (chrono makes "next week" one day). */
function weeksNamedIn(text: string, asOf: IsoDate): TimeExpression[] {
  const out: TimeExpression[] = [];
  const weekday = (new Date(asOf + 'T00:00:00Z').getUTCDay() + 6) % 7; // Monday is 0
  NAMED_WEEK.lastIndex = 0;
  for (let m = NAMED_WEEK.exec(text); m; m = NAMED_WEEK.exec(text)) {
    if (namesAnEventBefore(text, m.index)) continue; // "after talks fell apart last week": an event's date, as for chrono's readings
    const monday = addDays(asOf, -weekday + 7 * WEEKS_AWAY[m[1].toLowerCase() as keyof typeof WEEKS_AWAY]);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], relation: 'in', from: monday, to: addDays(monday, 6) });
  }
  return out;
}
const WEEKS_AWAY = { last: -1, this: 0, next: 1 };

function relativeDaysIn(text: string): { start: number; end: number; text: string; days: number }[] {
  const out = [];
  RELATIVE_DAYS.lastIndex = 0;
  for (let m = RELATIVE_DAYS.exec(text); m; m = RELATIVE_DAYS.exec(text)) {
    const words = m[0].toLowerCase();
    const days = m[1] ? (SMALL_NUMBERS.indexOf(m[1].toLowerCase()) + 2 || Number(m[1]))
      : /same|that/.test(words) ? 0 : /week/.test(words) ? 7 : /before/.test(words) ? -1 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], days });
  }
  return out;
}

/**
 * The year of a date written without one: the as-of year, or the year before when
 * that would put it after the as-of date (contract §2) in a sentence that looks back.
 * A sentence with no past tense that names a month soon to come ("paused until early
 * July") means the coming one.
 */
function yearFor(month: number, day: number, asOf: IsoDate, pastSentence: boolean): number {
  const year = +asOf.slice(0, 4);
  const candidate = isoOf(year, month, day);
  if (candidate <= asOf) return year;
  if (pastSentence) return year - 1;
  const monthsAhead = month - +asOf.slice(5, 7);
  return monthsAhead <= 6 ? year : year - 1;
}

/** `mayGuessYear`: no section heading wrote the year, so one the as-of date chooses is a guess (see TimeExpression.yearGuessed). */
function monthPartsIn(text: string, asOf: IsoDate, sentenceLooksBack: () => boolean, yearOfParagraph: () => number | undefined, mayGuessYear: boolean): TimeExpression[] {
  const out: TimeExpression[] = [];
  MONTH_PART.lastIndex = 0;
  for (let m = MONTH_PART.exec(text); m; m = MONTH_PART.exec(text)) {
    // "Deal concluded end of July": an event's date, as for chrono's readings.
    if (namesAnEventBefore(text, m.index)) continue;
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    const relation = relationBefore(text, m.index);
    // "early June of last year": the year named after the part is its own, as for chrono's dates.
    const ofYear = m[3] ? null : OF_A_NAMED_YEAR.exec(text.slice(m.index + m[0].length));
    const written = m[3] ? +m[3] : ofYear ? yearNamed(ofYear[1], text, m.index, asOf) : undefined;
    const lent = written === undefined ? yearOfParagraph() : undefined;
    const looksBack = () => looksBackTo(relation, text, m.index, sentenceLooksBack);
    // Not a paragraph's year that would put a look back after the as-of date ("went down to 15% mid November", below "till Nov 2026"), as lentYearNotLater.
    const impliedYear = written ?? (lent !== undefined && !(isoOf(lent, month, 1) > asOf && looksBack()) ? lent : undefined);
    const lookingBack = impliedYear === undefined && looksBack();
    const year = impliedYear ?? yearFor(month, 1, asOf, lookingBack);
    const part = m[1].toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
    const last = lastDayOfMonth(year, month);
    const [from, to] = part === 'early' || part === 'beginning of' || part === 'start of' ? [1, 10] : part === 'mid' || part === 'middle of' ? [11, 20] : [21, last];
    const end = m.index + m[0].length + (ofYear?.[0].length ?? 0);
    const found: TimeExpression = { start: m.index, end, text: text.slice(m.index, end), relation, from: isoOf(year, month, from), to: isoOf(year, month, to) };
    // Only a look back may be in last year: "paid 145% in mid-April", not "paused until early July".
    if (impliedYear === undefined && mayGuessYear && lookingBack) found.yearGuessed = true;
    out.push(found);
  }
  return out;
}

/**
 * "Jan to Feb:", "Apr-Jul 2025", "Aug – Feb": months shortened, as lists and column headers write them, of which chrono reads
 * only the last (or none). From the first day of one to the last of the other; a year written after the range is its end's.
 */
const MONTH_RANGE = /\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s*(?:to|through|thru|-{1,2}|\u2013|\u2014)\s*(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?:,?\s+((?:19|20)\d\d))?(?!\s*\d|[a-z])/gi;

function monthRangesIn(text: string, asOf: IsoDate, sentenceLooksBack: () => boolean, yearOfParagraph: () => number | undefined): TimeExpression[] {
  const out: TimeExpression[] = [];
  MONTH_RANGE.lastIndex = 0;
  for (let m = MONTH_RANGE.exec(text); m; m = MONTH_RANGE.exec(text)) {
    const [first, last] = [m[1], m[2]].map((short) => MONTHS.findIndex((name) => name.startsWith(short.slice(0, 3).toLowerCase())) + 1);
    // The end's year: written, the paragraph's (unless that puts a look back after the as-of date, as for a part of a month), or the as-of date's choice.
    const lent = m[3] ? undefined : yearOfParagraph();
    const endYear = m[3] ? +m[3] : lent !== undefined && !(isoOf(lent, last, 1) > asOf && sentenceLooksBack()) ? lent : yearFor(last, 1, asOf, sentenceLooksBack());
    const startYear = first > last ? endYear - 1 : endYear;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], relation: 'from-to', from: isoOf(startYear, first, 1), to: monthEnd(endYear, last) });
  }
  return out;
}

// chrono reads no seasons. Northern ones, as US trade writing means them: "last summer",
// "in the fall of 2025", "spring 2026". A bare "fall" or "spring" is a season only after a
// word of time or before a year ("the fall in prices" is none).
const SEASON = /\b(?:(last|this|past|next)\s+(spring|summer|autumn|fall|winter)\b|(?:in|during|over|through|throughout|since|until|by|all|spent|spends|spend)\s+(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b(?!\s+(?:in|of)\b)|(spring|summer|autumn|fall|winter)\s+((?:19|20)\d\d)\b)/gi;
const NAMES_SEASON = /spring|summer|autumn|fall|winter/i;
/** The months a season runs, counted from January of the year it starts in (winter runs on into the next year). */
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] };

function seasonsIn(text: string, asOf: IsoDate, yearOfParagraph: () => number | undefined): TimeExpression[] {
  const out: TimeExpression[] = [];
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m; m = SEASON.exec(text)) {
    const start = m.index + m[0].search(/last|this|past|next|the|spring|summer|autumn|fall|winter/i);
    // "under last summer's framework", "the deal struck last fall": the date of an event, not of the rate (as "the July agreement").
    if (namesAnEventAfter(text, m.index + m[0].length) || namesAnEventBefore(text, start)) continue;
    const which = m[1]?.toLowerCase();
    const season = (m[2] ?? m[3] ?? m[5]).toLowerCase();
    const written = m[4] ?? m[6];
    const [first, last] = SEASON_MONTHS[season];
    const span = (year: number) => ({ from: isoOf(year, first, 1), to: monthEnd(year, last) });
    const asOfYear = +asOf.slice(0, 4);
    let year: number;
    if (written) year = season === 'winter' ? +written - 1 : +written; // "winter 2026": December 2025 to February 2026
    else if (which === 'last' || which === 'past') {
      year = asOfYear;
      while (span(year).to >= asOf) year--; // the latest that has ended
    } else if (which === 'next') {
      year = asOfYear;
      while (span(year).from <= asOf) year++;
    } else if (which === 'this') year = season === 'winter' && +asOf.slice(5, 7) <= 2 ? asOfYear - 1 : asOfYear;
    else {
      year = yearOfParagraph() ?? asOfYear;
      if (span(year).from > asOf) year--;
    }
    out.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), relation: relationBefore(text, start), ...span(year), rough: true });
  }
  return out;
}

/** The last day of a month counted from January of `year` (month 14 is February of the next). */
function monthEnd(year: number, month: number): IsoDate {
  const y = year + Math.floor((month - 1) / 12);
  const mo = ((month - 1) % 12) + 1;
  return isoOf(y, mo, lastDayOfMonth(y, mo));
}

/** The period a date chrono read stands for; `impliedYear`, when given, is the year of one written without it. */
function periodOf(c: ChronoComponents, asOf: IsoDate, lookingBack: boolean, impliedYear?: number): { from: IsoDate; to: IsoDate } | undefined {
  const month = c.get('month');
  if (!month) return undefined;
  // "[10:30]", "at 5pm": a time of day alone says nothing of the date.
  if (c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month') && !c.isCertain('year')) return undefined;
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    // chrono already placed the weekday relative to the as-of date.
    const d = isoOf(c.get('year')!, month, c.get('day')!);
    return { from: d, to: d };
  }
  // "this year", "last year": chrono fills in a month (January, or the as-of one), but the year is meant whole.
  if (c.isCertain('year') && !c.isCertain('month')) return { from: isoOf(c.get('year')!, 1, 1), to: isoOf(c.get('year')!, 12, 31) };
  const dayKnown = c.isCertain('day');
  const year = c.isCertain('year') ? c.get('year')! : impliedYear ?? yearFor(month, dayKnown ? c.get('day')! : 1, asOf, lookingBack);
  if (dayKnown) {
    const d = isoOf(year, month, c.get('day')!);
    return { from: d, to: d };
  }
  return { from: isoOf(year, month, 1), to: isoOf(year, month, lastDayOfMonth(year, month)) };
}

/**
 * A year lent to a date written without one, unless it would put after the as-of date what
 * began before it ("since January"; "since August" in January, after a paragraph's "November 10, 2026") or what the sentence looks back on ("was cut to 19% in
 * August", in a paragraph that wrote 2026, written in June 2026): the as-of date then chooses.
 */
function lentYearNotLater(relation: TimeExpression['relation'], year: number | undefined, c: ChronoComponents, asOf: IsoDate, lookingBack: boolean): number | undefined {
  if (year === undefined) return undefined;
  const month = c.get('month');
  const after = () => month !== null && month !== undefined && isoOf(year, month, c.isCertain('day') ? c.get('day')! : 1) > asOf;
  if (relation === 'since') return year > +asOf.slice(0, 4) || after() ? undefined : year;
  if (!lookingBack || !month) return year;
  return after() ? undefined : year;
}

const OF_A_NAMED_YEAR = /^,?\s+(?:of\s+|(?=(?:this|last|next)\s+year))(this|last|next|that|the\s+same|that\s+same)\s+year\b/i;
const YEARS_FROM_NOW: Record<string, number> = { this: 0, last: -1, next: 1 };

/**
 * The year OF_A_NAMED_YEAR names after a date at `at`: "of this/last/next year" counts from
 * the as-of year; "of that year", "of the same year" point back to the last year the sentence
 * wrote before the date, and name none when it wrote none.
 */
function yearNamed(word: string, text: string, at: number, asOf: IsoDate): number | undefined {
  const fromNow = YEARS_FROM_NOW[word.toLowerCase()];
  if (fromNow !== undefined) return +asOf.slice(0, 4) + fromNow;
  const years = text.slice(0, at).match(/\b(?:19|20)\d\d\b/g);
  return years ? +years[years.length - 1] : undefined;
}

/**
 * A range chrono read ("April 10 to May 13, 2025"): a side written without a year takes
 * the other's, or the year that keeps the range in order; with neither, the paragraph's.
 */
function rangePeriodOf(start: ChronoComponents, end: ChronoComponents, asOf: IsoDate, lookingBack: boolean, yearOfParagraph: () => number | undefined): { from: IsoDate; to: IsoDate } | undefined {
  if (start.isCertain('year') && !end.isCertain('year')) {
    const first = periodOf(start, asOf, lookingBack);
    const month = end.get('month');
    if (!first || !month) return undefined;
    const year = +first.from.slice(0, 4);
    const last = periodOf(end, asOf, lookingBack, isoOf(year, month, end.isCertain('day') ? end.get('day')! : lastDayOfMonth(year, month)) < first.from ? year + 1 : year);
    return last && { from: first.from, to: last.to };
  }
  const last = periodOf(end, asOf, lookingBack, end.isCertain('year') ? undefined : yearOfParagraph());
  const month = start.get('month');
  if (!last || !month) return undefined;
  const year = +last.to.slice(0, 4);
  const first = periodOf(start, asOf, lookingBack, isoOf(year, month, start.isCertain('day') ? start.get('day')! : 1) > last.to ? year - 1 : year);
  if (!first) return undefined;
  return first.from <= last.to ? { from: first.from, to: last.to } : { from: last.from, to: first.to }; // both years written, backwards
}

/** The parts of chrono's reading that are used here. */
type Reading = Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'end'>;

/** chrono reads a day-first date with the word before it ("on 9 April 2025"): the date is what follows. */
function withoutPreposition(r: chrono.ParsedResult): Reading {
  const lead = LEADING_PREPOSITION.exec(r.text);
  return lead ? { index: r.index + lead[0].length, text: r.text.slice(lead[0].length), start: r.start, end: r.end } : r;
}
const LEADING_PREPOSITION = new RegExp(String.raw`^(?:on|in|at)\s+(?=\d|${WEEKDAY}\b)`, 'i');

/** The end of a range chrono read, on its own: what follows its "to" or "until", as an `until`. */
function rangeEndOf(r: Reading, asOf: IsoDate): TimeExpression | undefined {
  const joint = /\s+(?:to|until|till|through)\s+|\s*[-\u2013]\s*/i.exec(r.text.slice(1));
  const period = r.end && joint ? periodOf(r.end, asOf, false) : undefined;
  if (!period || !joint) return undefined;
  const at = r.index + 1 + joint.index + joint[0].length;
  const text = r.text.slice(at - r.index).replace(/[\s,.]+$/, '');
  return { start: at, end: at + text.length, text, relation: 'until', ...period };
}

/**
 * The year "last" or "next" gives the month after it, whatever the tense: "kept its
 * counter-tariffs last September" in March 2026 is September 2025.
 */
function yearNamedBefore(text: string, at: number, c: ChronoComponents, asOf: IsoDate): number | undefined {
  const month = c.get('month');
  if (!month || c.isCertain('year')) return undefined;
  const year = +asOf.slice(0, 4);
  // "A year ago in March", "last year in May": the year told just before the month.
  const ago = YEARS_BACK_BEFORE_MONTH.exec(text.slice(Math.max(0, at - 30), at));
  if (ago) return year - (ago[1] ? 1 : YEARS_BACK[ago[2].toLowerCase()]);
  const word = /\b(last|next)\s+$/i.exec(text.slice(Math.max(0, at - 6), at))?.[1]?.toLowerCase();
  if (!word) return undefined;
  const inAsOfYear = isoOf(year, month, c.isCertain('day') ? c.get('day')! : 1);
  return word === 'last' ? (inAsOfYear < asOf.slice(0, 7) + '-01' ? year : year - 1) : inAsOfYear > asOf ? year : year + 1;
}

const YEARS_BACK_BEFORE_MONTH = /\b(?:(last\s+year)|(a|one|two|three|1|2|3)\s+years?\s+ago),?\s+(?:back\s+)?in\s+$/i;
const YEARS_BACK: Record<string, number> = { a: 1, one: 1, '1': 1, two: 2, '2': 2, three: 3, '3': 3 };

/** "April and May 2025", "April 10 to May 14, 2025": a month written without a year shares the next one's. */
function yearSharedAfter(text: string, end: number, c: ChronoComponents): number | undefined {
  if (c.isCertain('year')) return undefined;
  const m = SHARED_YEAR_AFTER.exec(text.slice(end, end + 40));
  return m ? +m[1] : undefined;
}
const SHARED_YEAR_AFTER = /^\s*,?\s*(?:and|or|to|through|until|till|&|-|\u2013)\s*(?:early\s+|mid-?|late\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:19|20)\d\d)\b/i;

/** The same period `years` later (earlier when negative): another reading of a date whose year was guessed. */
export function periodYearsLater(period: { from: IsoDate; to: IsoDate }, years: number): { from: IsoDate; to: IsoDate } {
  return { from: yearsLater(period.from, years), to: yearsLater(period.to, years) };
}

/** The period a relation makes of an expression, for judging a claim (contract §2); `toldInThePast`: the claim's tense. */
export function claimPeriod(t: TimeExpression, asOf: IsoDate, toldInThePast = false): { from: IsoDate; to: IsoDate } | 'as-of' {
  switch (t.relation) {
    case 'since':
    case 'after':
      return 'as-of'; // runs to the present
    case 'until':
      // The rate held in the run-up to the end date; a future end is the present. A month
      // or year that holds the as-of date ("until August", written in August) has begun.
      if (t.to < asOf) return { from: addDays(t.from, -14), to: t.to };
      // "Until today, Korean vehicles paid 25%": up to the day before the as-of day, when something changed.
      if (t.from === asOf && t.to === asOf) return { from: addDays(asOf, -14), to: addDays(asOf, -1) };
      return t.from < asOf ? { from: addDays(t.from, -14), to: asOf } : 'as-of';
    case 'before':
      return t.from <= asOf ? { from: addDays(t.from, -30), to: addDays(t.from, -1) } : 'as-of';
    default:
      if (t.to < asOf || t.from > asOf) return { from: t.from, to: t.to };
      // "were paying 39% in the fall", in a fall not yet over, tells of its days so far; so does
      // "between April 2025 and today", whatever the tense.
      return ((toldInThePast && t.relation === 'in') || (t.relation === 'from-to' && t.to === asOf)) && t.from < asOf ? { from: t.from, to: asOf } : 'as-of';
  }
}
