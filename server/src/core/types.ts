// Plain data shared by the engine and everything built on it. Nothing here knows
// about editors or LSP: offsets are UTF-16 code units into the document string
// (what JavaScript strings index by, and what LSP positions count).

/** An ISO calendar date, `YYYY-MM-DD`. Compared as strings. */
export type IsoDate = string;

export type FactStatus = 'in-effect' | 'paused' | 'announced' | 'struck-down';

export interface FactSource {
  title: string;
  url?: string;
  date?: IsoDate;
}

/** Where a fact (or a problem with one) was written. Lines are 1-based. */
export interface FactOrigin {
  path: string;
  line: number;
  builtin: boolean;
}

export interface Fact {
  id: string;
  /** Percent ad valorem. */
  rate: number;
  imposer: string;
  /** ISO alpha-2, `EU`, or `*` for every partner. */
  target: string;
  /** For target `*`: the partners it leaves out (codes or `EU`), as Canada and Mexico stood outside the 10% baseline. */
  exceptTargets?: string[];
  products: string[];
  /** For products `all`: the goods it leaves out, as Canada's and Mexico's border duties left out cars, steel and aluminum, which their Section 232 duties cover instead. */
  exceptProducts?: string[];
  measure?: string;
  effective: IsoDate;
  /** Exclusive end; absent while open. */
  expires?: IsoDate;
  status: FactStatus;
  label?: string;
  terms: string[];
  note?: string;
  /** For a pause: each announced end (exclusive) and the day it was announced. */
  pauseEnds?: { until: IsoDate; announced: IsoDate }[];
  source: FactSource;
  origin: FactOrigin;
}

export interface FactFileProblem {
  path: string;
  /** 1-based; the file's first line when the problem is with the whole file. */
  line: number;
  column?: number;
  message: string;
  /** Entries that are skipped are errors; things that load but look wrong are warnings. */
  severity: 'error' | 'warning';
}

/** Key → phrases that name it, from the built-in vocabulary and `products:`/`measures:`. */
export type Vocabulary = Map<string, string[]>;

export interface FactBaseSnapshot {
  facts: Fact[];
  products: Vocabulary;
  measures: Vocabulary;
  problems: FactFileProblem[];
  /** `reviewed:` of the built-in fact file, when it is loaded. */
  builtinReviewed?: IsoDate;
}

export type Verdict = 'supported' | 'outdated' | 'announced' | 'unverifiable' | 'contradicted';
export const PROBLEM_VERDICTS: ReadonlySet<Verdict> = new Set(['contradicted', 'outdated']);

export type AsOfSource = 'front-matter' | 'header' | 'dateline' | 'directive' | 'option' | 'today';

/** The partner of "an Asian country pays 19%": one the text speaks of without naming it. */
export const UNNAMED_PARTNER = '?';

/** The scope a claim was read as: what it is about. */
export interface ClaimScope {
  /** Undefined when the text names no imposer (any imposer then matches). */
  imposer?: string;
  /** Partner code, `*` (every partner) or UNNAMED_PARTNER. */
  partner: string;
  /** Product keys; empty when the text names none. */
  products: string[];
  /** Set when the figure's own words name its products ("Korean cars pay 15%"), not only the rest of its sentence or an earlier one. */
  goodsInOwnWords?: true;
  /** Measure keys and fact terms the text used that narrow the measure. */
  measures: string[];
  /** A measure that names another kind of figure (an MFN duty, counter-tariffs): only its facts count. */
  measureChange?: string;
}

/** The time a claim is judged at, and the words it came from. */
export interface JudgedTime {
  /** The date the verdict is stated at. */
  date: IsoDate;
  /** A past period the claim speaks about, when the text gives one. */
  period?: { from: IsoDate; to: IsoDate };
  /** The words that set it, e.g. `In March`; absent when it is the as-of date. */
  because?: string;
}

/** A replacement the editor can offer: the figure as it should read. */
export interface FigureFix {
  /** The right rate or number of days; absent for a date. */
  value?: number;
  /** The text that replaces the claim's `text`, in the same style (e.g. `50%`, `fifty per cent`). */
  replacement: string;
  factId: string;
}

/**
 * `rate`: a tariff figure (contract §3). `effective`: when a rate took effect or has
 * applied since ("took effect on May 3", "since June 4"). `duration`: how long a pause
 * lasts ("a 90-day suspension", "paused until early July").
 */
export type ClaimKind = 'rate' | 'effective' | 'duration';

export interface Claim {
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
  /** The rate in percent; for a duration, the days claimed (absent when the text gives an end date). */
  value?: number;
  /** For effective and duration claims: the date or period the text gives. */
  claimedPeriod?: { from: IsoDate; to: IsoDate };
  /** For effective and duration claims: the dates the facts give, best first. */
  expectedDates?: IsoDate[];
  verdict: Verdict;
  /** Rates of the facts that apply at the judged time, best first. */
  expected: number[];
  /** Facts behind the verdict: those with the claimed rate when supported, else those behind `expected` (best first), then the one that had the figure. */
  factIds: string[];
  message: string;
  scope: ClaimScope;
  judged: JudgedTime;
  /** For problems: the figures that would be right, best first. */
  fixes: FigureFix[];
}

export interface DirectiveProblem {
  start: number;
  end: number;
  message: string;
}

export interface DocumentCheck {
  asOf: IsoDate;
  asOfSource: AsOfSource;
  /** Every claim at document offsets, in order: made from `claimsByChunk` when first read. */
  readonly claims: Claim[];
  /**
   * The claims chunk by chunk (see document.ts), at offsets from the chunk's start. A
   * chunk an edit left alone has the same list in every check made with one CheckCache,
   * wherever the edit moved it: what is made from its claims can be kept per list, and
   * an edit costs no copy of the claims after it.
   */
  claimsByChunk: ChunkClaims[];
  directiveProblems: DirectiveProblem[];
}

/** The claims of one chunk of a document. */
export interface ChunkClaims {
  /** Where the chunk starts in the document: at the start of a line. */
  start: number;
  /** In order, at offsets from `start`. */
  claims: Claim[];
}

export type DocumentKind = 'markdown' | 'plaintext' | 'memo';

export interface CheckOptions {
  kind: DocumentKind;
  /** The as-of date to use when the document gives none (`--as-of` / `tariffLens.asOf`). */
  asOf?: IsoDate;
  /** Today's date; a parameter so that results are reproducible. */
  today?: IsoDate;
  /** Asked before each sentence; when it answers true, checkDocument throws CheckStopped (the editor's time limit). */
  shouldStop?: () => boolean;
}
