// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a day.
import type { IsoDate } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real calendar day written YYYY-MM-DD (arithmetic on the digits, neither a Date nor
 * a match's groups: fact files hold hundreds of thousands).
 */
export function isValidIsoDate(text: string): boolean {
  if (text.length !== 10 || !ISO_DATE.test(text)) return false; // ($ alone would allow a final newline)
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

export function isoOf(year: number, month: number, day: number): IsoDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day of the month `years` later (the 28th for 29 February in a year without one). */
export function yearsLater(date: IsoDate, years: number): IsoDate {
  const year = +date.slice(0, 4) + years;
  const month = +date.slice(5, 7);
  return isoOf(year, month, Math.min(+date.slice(8, 10), lastDayOfMonth(year, month)));
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function todayIso(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-04-10` → `10 April 2025`, the way the hover and messages write dates. */
export function readableDate(date: IsoDate): string {
  // Cut, not split and mapped: every judged claim's message writes dates.
  return `${+date.slice(8, 10)} ${MONTHS[+date.slice(5, 7) - 1]} ${+date.slice(0, 4)}`;
}
