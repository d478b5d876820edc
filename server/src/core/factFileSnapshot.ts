// A parsed fact file as plain JSON data, so that a big file need not be parsed again
// while its text is unchanged: JSON.parse reads it several times faster than the file
// itself can be read and validated. Every string is written once and named by its
// place, so the facts read back share their repeating values (codes, dates, titles) as
// the parse's did, and a 100,000-fact import stays small in memory.
import { withRarerFields, type ParsedFactFile } from './factFile';
import type { Fact, FactFileProblem, FactStatus } from './types';

export interface FactFileSnapshot {
  strings: string[];
  /** Lists of strings (products, terms), each distinct list once, as places in `strings`. */
  lists: number[][];
  facts: FactRow[];
  problems: Omit<FactFileProblem, 'path'>[];
  products: [string, string[]][];
  measures: [string, string[]][];
  reviewed?: string;
}

/** A fact: places in `strings` and in `lists` (its goods, terms, and partners and goods left out; null when a field is absent), the rate, its pauses as written, its line. */
type FactRow = [
  id: number, rate: number, imposer: number, target: number, products: number, measure: number | null,
  effective: number, expires: number | null, status: number, label: number | null, terms: number,
  note: number | null, exceptTargets: number | null, pauseEnds: Fact['pauseEnds'] | null, sourceTitle: number, sourceUrl: number | null,
  sourceDate: number | null, line: number, exceptProducts: number | null,
];

export function snapshotOf(file: ParsedFactFile): FactFileSnapshot {
  const strings: string[] = [];
  const placeOfString = new Map<string, number>();
  const place = (s: string): number => {
    let at = placeOfString.get(s);
    if (at === undefined) {
      at = strings.push(s) - 1;
      placeOfString.set(s, at);
    }
    return at;
  };
  const placeOrNull = (s: string | undefined) => (s === undefined ? null : place(s));
  const lists: number[][] = [];
  const placeOfList = new Map<string, number>();
  // Facts of one file mostly share their lists (see parseFactFile): each is joined once.
  const placeOfSameList = new Map<string[], number>();
  const listPlace = (list: string[]): number => {
    let at = placeOfSameList.get(list);
    if (at !== undefined) return at;
    const items = list.map(place);
    const key = items.join(',');
    at = placeOfList.get(key);
    if (at === undefined) {
      at = lists.push(items) - 1;
      placeOfList.set(key, at);
    }
    placeOfSameList.set(list, at);
    return at;
  };
  const facts = file.facts.map((f): FactRow => [
    place(f.id), f.rate, place(f.imposer), place(f.target), listPlace(f.products), placeOrNull(f.measure),
    place(f.effective), placeOrNull(f.expires), place(f.status), placeOrNull(f.label), listPlace(f.terms),
    placeOrNull(f.note), f.exceptTargets ? listPlace(f.exceptTargets) : null, f.pauseEnds ?? null, place(f.source.title), placeOrNull(f.source.url),
    placeOrNull(f.source.date), f.origin.line, f.exceptProducts ? listPlace(f.exceptProducts) : null,
  ]);
  return {
    strings,
    lists,
    facts,
    problems: file.problems.map(({ path: _path, ...problem }) => problem),
    products: [...file.products],
    measures: [...file.measures],
    ...(file.reviewed === undefined ? {} : { reviewed: file.reviewed }),
  };
}

/** The snapshot does not hold what snapshotOf() writes: it was damaged or written by other code. */
export class DamagedSnapshot extends Error {}

/**
 * The parsed file the snapshot was made of, as if `path` had just been parsed: the
 * same facts, fields in the same order, the same problems. Throws DamagedSnapshot when
 * the data is not a snapshot.
 */
export function parsedFromSnapshot(data: unknown, path: string, builtin: boolean): ParsedFactFile {
  const s = data as FactFileSnapshot;
  if (!s || !Array.isArray(s.strings) || !Array.isArray(s.lists) || !Array.isArray(s.facts) || !Array.isArray(s.problems)
    || !Array.isArray(s.products) || !Array.isArray(s.measures)) {
    throw new DamagedSnapshot('not a fact file snapshot');
  }
  const { strings } = s;
  const string = (at: unknown): string => {
    const value = strings[at as number];
    if (typeof value !== 'string') throw new DamagedSnapshot(`no string at ${String(at)}`);
    return value;
  };
  const stringOrUndefined = (at: number | null) => (at === null ? undefined : string(at));
  const lists = s.lists.map((items) => items.map(string));
  const list = (at: number): string[] => lists[at] ?? damaged(`no list at ${at}`);
  const facts = s.facts.map((row): Fact => {
    const [id, rate, imposer, target, products, measure, effective, expires, status, label, terms, note, exceptTargets, pauseEnds, title, url, date, line, exceptProducts = null] = row;
    if (typeof rate !== 'number' || typeof line !== 'number') damaged('a fact without a rate or line');
    // The fields in the order parseFactFile builds them: the same shape, and the same JSON.
    const fact: Fact = {
      id: string(id), rate, imposer: string(imposer), target: string(target), products: list(products),
      measure: stringOrUndefined(measure), effective: string(effective), expires: stringOrUndefined(expires),
      status: string(status) as FactStatus, label: stringOrUndefined(label), terms: list(terms), note: stringOrUndefined(note),
      source: { title: string(title), url: stringOrUndefined(url), date: stringOrUndefined(date) },
      origin: { path, line, builtin },
    };
    const rarer = { exceptTargets: exceptTargets === null ? undefined : list(exceptTargets), exceptProducts: exceptProducts === null ? undefined : list(exceptProducts), pauseEnds: pauseEnds ?? undefined };
    return rarer.exceptTargets || rarer.exceptProducts || rarer.pauseEnds ? withRarerFields(fact, rarer) : fact;
  });
  return {
    path,
    builtin,
    facts,
    problems: s.problems.map((problem) => ({ path, ...problem })),
    products: new Map(s.products),
    measures: new Map(s.measures),
    ...(s.reviewed === undefined ? {} : { reviewed: s.reviewed }),
  };
}

function damaged(why: string): never {
  throw new DamagedSnapshot(why);
}
