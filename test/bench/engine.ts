// The engine in this process: how fast it checks memos of each size, how long an edit
// takes to check again with a cache, and how long a fact file takes to parse and merge
// into a FactBase.
import { CheckCache, checkDocument, DocumentText, FactBase, parseFactFile } from 'tariff-lens';
import { Random } from './random';
import { MEMO_AS_OF } from './world';
import { round, summarize, type Summary } from './stats';

export interface Throughput {
  bytes: number;
  claims: number;
  problems: number;
  ms: Summary;
  /** Megabytes (2^20 bytes) per second at the median time. */
  mbPerSecond: number;
}

export function measureThroughput(text: string, facts: FactBase, runs: number): Throughput {
  const options = { kind: 'markdown' as const, asOf: MEMO_AS_OF };
  const first = checkDocument(text, facts, options); // warm-up, and the claim counts
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkDocument(text, facts, options);
    samples.push(performance.now() - t0);
  }
  const bytes = Buffer.byteLength(text);
  const ms = summarize(samples);
  return {
    bytes,
    claims: first.claims.length,
    problems: first.claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'outdated').length,
    ms,
    mbPerSecond: round(bytes / 1048576 / (ms.median / 1000)),
  };
}

export interface FactLoad {
  facts: number;
  bytes: number;
  parseMs: Summary;
  buildMs: Summary;
}

export function measureFactLoad(text: string, path: string, runs: number): { load: FactLoad; base: FactBase } {
  const parse: number[] = [];
  const build: number[] = [];
  let base: FactBase | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const parsed = parseFactFile(text, path);
    const t1 = performance.now();
    base = FactBase.build([parsed]);
    build.push(performance.now() - t1);
    parse.push(t1 - t0);
    if (base.problems.length) throw new Error(`the generated fact file has problems: ${base.problems[0].message}`);
  }
  return { load: { facts: base!.facts.length, bytes: Buffer.byteLength(text), parseMs: summarize(parse), buildMs: summarize(build) }, base: base! };
}

/**
 * One-character edits checked again with a CheckCache, as the language server does (the
 * text in the pieces its edits left): a letter typed into a prose line and deleted
 * again, the check timed each time.
 */
export function measureEngineEdits(text: string, facts: FactBase, count: number): Summary {
  const options = { kind: 'markdown' as const, asOf: MEMO_AS_OF };
  const cache = new CheckCache();
  checkDocument(text, facts, options, cache);
  const samples: number[] = [];
  let current = DocumentText.of(text);
  for (let i = 0; i < count; i++) {
    // Spread over the document: after the first sentence end past a twentieth of it, a letter typed and taken out again.
    const at = text.indexOf('. ', Math.floor((text.length * (Math.floor(i / 2) % 20)) / 20)) + 5;
    current = i % 2 === 0 ? current.edited(at, at, 'e') : current.edited(at, at + 1, '');
    const t0 = performance.now();
    checkDocument(current, facts, options, cache);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** What a writer types that changes a Markdown document's structure, not just its words. */
const STRUCTURE_MARKS = ['`', '```\n', '~~~\n', '<!--', '-->', '<div>', '|', '# ', '> ', '- ', '1. ', '    ', '\n', '\n\n', '[', '](', '"', '---\n'];

/**
 * Structure marks typed anywhere (in fences, tables, headings, lists and front matter
 * too) and deleted again, each checked with a CheckCache: an edit may change how much
 * of the document is code or prose, and must never cost more than a fresh check.
 */
export function measureStructureEdits(text: string, facts: FactBase, count: number, seed = 3): Summary {
  const options = { kind: 'markdown' as const, asOf: MEMO_AS_OF };
  const cache = new CheckCache();
  checkDocument(text, facts, options, cache);
  const random = new Random(seed);
  const samples: number[] = [];
  let current = DocumentText.of(text);
  for (let i = 0; i < count; i += 2) {
    const at = random.int(0, text.length);
    const mark = random.pick(STRUCTURE_MARKS);
    for (const edit of [() => current.edited(at, at, mark), () => current.edited(at, at + mark.length, '')]) {
      current = edit();
      const t0 = performance.now();
      checkDocument(current, facts, options, cache);
      samples.push(performance.now() - t0);
    }
  }
  return summarize(samples);
}
