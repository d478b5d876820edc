// Finds percentage figures in prose, in every usual form: `14%`, `14 %` (also with a
// non-breaking space), `14.5%`, `14 percent`, `14 per cent`, `14-percent`,
// `fourteen percent`, `twenty-five per cent`, and Turkish `%15`.

export interface Figure {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Where the number itself ends, before the unit (`14` of `14 per cent`). */
  numberEnd: number;
  spelledOut: boolean;
  /** Written sign first, as Turkish writes it: "%15". */
  signFirst?: true;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const NUMBER_WORD = `(?:${[...UNITS, ...TENS.filter(Boolean), 'hundred', 'a hundred', 'one hundred'].sort((a, b) => b.length - a.length).join('|')})`;
// "one hundred and forty-five", "twenty-five", "fourteen"
// A line may break inside it, as text from a PDF does: "twenty-\nfive".
const SPELLED = `${NUMBER_WORD}(?:(?:[ -]|-?(?:\\r\\n?|\\n)[ \\t]*|\\s+and\\s+)${NUMBER_WORD}){0,3}`;
const SPACE = '[ \\u00a0\\u202f\\u2009]';
// The unit: "%" right after or after one space; "percent", "per cent", "pct" after a space or hyphen, or opening the next line
// (a "%" there may follow a year, not a figure). A line may break between "per" and "cent"; translated text writes "percents";
// British papers write "pc" onto the number ("25pc"), wire copy "pct" ("25pct").
const UNIT = `(?:${SPACE}?(?:%|\\uff05)|(?<=\\d)pct?(?![a-z])|(?:[ \\u00a0-]|(?:\\r\\n?|\\n)[ \\t]*)(?:per(?:[ \\u00a0-]|(?:\\r\\n?|\\n)[ \\t]*)?cents?|pct)(?![a-z]))`;

// Not after a letter, digit or currency, nor after a sign: "+4%" and "−2%" are changes, not rates.
// A decimal comma ("27,5 %", as German, French and Spanish text writes it) has one or two
// digits after it: "1,000%" has three and is no figure.
const FIGURE_PATTERN = new RegExp(
  `(?<![\\w.,/$€£+\\u2212-])(?:(\\d{1,3}(?:\\.\\d+|,\\d{1,2})?)|(${SPELLED}))(?=${UNIT})(${UNIT})(?!${SPACE}?(?:age|points?|pts)\\b)`,
  'gi',
);

// Turkish writes the sign first ("%15"), and translated text keeps it: only a sign standing
// alone before its digits, so that "50%15" or an encoded "%20" in a path is no figure.
const SIGN_FIRST_PATTERN = /(?<![\w.,/%$€£+\u2212-])%(\d{1,3}(?:[.,]\d{1,2})?)(?![\w%]|[.,]\d)/g;

// A figure needs a unit; most sentences have none, and looking for one is far cheaper than the pattern.
const MAY_HOLD_UNIT = /%|\uff05|per[\s\u00a0-]*cent|pct|\dpc/i;

export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  if (!MAY_HOLD_UNIT.test(text)) return out;
  FIGURE_PATTERN.lastIndex = 0;
  for (let m = FIGURE_PATTERN.exec(text); m; m = FIGURE_PATTERN.exec(text)) {
    const digits = m[1];
    const words = m[2];
    const value = digits !== undefined ? parseFloat(digits.replace(',', '.')) : spelledValue(words);
    if (value === undefined || !Number.isFinite(value)) continue;
    // "percentage points" and "per cent of" are handled by the claim reader; "percentage" never matches here.
    const numberText = digits ?? words;
    const start = m.index;
    if (digits !== undefined) out.push(...sharingItsUnit(text, start));
    out.push({ start, end: start + m[0].length, text: m[0], value, numberEnd: start + numberText.length, spelledOut: digits === undefined });
  }
  if (!text.includes('%')) return out;
  const signFirst: Figure[] = [];
  SIGN_FIRST_PATTERN.lastIndex = 0;
  for (let m = SIGN_FIRST_PATTERN.exec(text); m; m = SIGN_FIRST_PATTERN.exec(text)) {
    signFirst.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: parseFloat(m[1].replace(',', '.')), numberEnd: m.index + m[0].length, spelledOut: false, signFirst: true });
  }
  return signFirst.length ? [...out, ...signFirst].sort((a, b) => a.start - b.start) : out;
}

// "duties of 35 and 25 per cent", "10, 15 or 20%": numbers listed before a figure share its unit.
// Not a statute's number ("Section 232 and 25 percent"), nor a date's day ("since April 3, and 25% on steel"),
// nor one after "to" (a range's start is read with its end).
const LISTED_BEFORE_UNIT = /(?<![\w.,/$€£+\u2212-])(\d{1,3}(?:\.\d+)?)((?:,\s*\d{1,3}(?:\.\d+)?)*),?\s+(?:and|or)\s+$/;
const NOT_BEFORE_A_NUMBER = /[\w.,/$€£+\u2212-]/;
const NUMBERED_THING_BEFORE = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|sections?|sec\.|articles?|chapters?|headings?|subheadings?|no\.|numbers?|annex|annexes|parts?|titles?|hts|phases?|tiers?|levels?|grades?|class|groups?|pages?|items?|lines?|rules?|lists?|schedules?|rounds?|tranches?|stages?|steps?|options?)\s+$/i;

/** The numbers listed right before the figure at `at` that share its unit, as figures of their own. */
function sharingItsUnit(text: string, at: number): Figure[] {
  const from = Math.max(0, at - 40);
  const m = LISTED_BEFORE_UNIT.exec(text.slice(from, at));
  // The window may start inside a number ("…12 and 25%" cut after the 1): its start is looked at in the whole text.
  if (!m || NOT_BEFORE_A_NUMBER.test(text.charAt(from + m.index - 1)) || NUMBERED_THING_BEFORE.test(text.slice(Math.max(0, from + m.index - 16), from + m.index))) return [];
  const out: Figure[] = [];
  const listed = /\d{1,3}(?:\.\d+)?/g;
  for (let n = listed.exec(m[0]); n; n = listed.exec(m[0])) {
    const start = from + m.index + n.index;
    out.push({ start, end: start + n[0].length, text: n[0], value: parseFloat(n[0]), numberEnd: start + n[0].length, spelledOut: false });
  }
  return out;
}

function spelledValue(words: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || w === 'a') continue;
    const unit = UNITS.indexOf(w);
    const ten = TENS.indexOf(w);
    if (unit >= 0) current += unit;
    else if (ten >= 2) current += ten * 10;
    else if (w === 'hundred') current = (current || 1) * 100;
    else return undefined;
  }
  total += current;
  return total;
}

function spell(n: number): string {
  if (n < 20) return UNITS[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? '-' + UNITS[n % 10] : '');
  const rest = n % 100;
  return `${UNITS[Math.floor(n / 100)]} hundred${rest ? ' and ' + spell(rest) : ''}`;
}

/**
 * Writes `value` in the style of an existing figure, for quick fixes: `25%` → `50%`,
 * `25 per cent` → `50 per cent`, `twenty-five percent` → `fifty percent`.
 */
export function formatFigure(value: number, like: { text: string; numberEnd: number; start: number; spelledOut: boolean; signFirst?: true }): string {
  if (like.signFirst) return `%${like.text.includes(',') ? String(value).replace('.', ',') : value}`;
  const unit = like.text.slice(like.numberEnd - like.start);
  const whole = Number.isInteger(value) && value < 1000;
  let number = like.spelledOut && whole ? spell(value) : String(value);
  if (like.text.slice(0, like.numberEnd - like.start).includes(',')) number = number.replace('.', ','); // the writer's decimal comma
  if (like.spelledOut && whole && /^[A-Z]/.test(like.text)) number = number[0].toUpperCase() + number.slice(1);
  return number + unit;
}
