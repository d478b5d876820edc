// Shared pieces of the fuzz and property tests: how long they run, and the hostile
// text they are made of. Every run uses a fixed seed, so a failure in CI fails the
// same way on a laptop; TARIFF_LENS_FUZZ_RUNS multiplies the runs for a longer local
// hunt, and TARIFF_LENS_FUZZ_SEED picks another seed (both printed on failure).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { repoRoot } from './engine';

export const FUZZ_SEED = Number(process.env.TARIFF_LENS_FUZZ_SEED ?? 20250407);
const SCALE = Math.max(1, Number(process.env.TARIFF_LENS_FUZZ_RUNS ?? 1));

/** fast-check parameters: `runs` in CI, `runs × TARIFF_LENS_FUZZ_RUNS` locally. */
export function fuzzParams<T>(runs: number): fc.Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: Math.round(runs * SCALE) };
}

/** Runs a property with the fixed seed; a failure names the seed and the shrunk input. */
export function checkProperty<Ts extends [unknown, ...unknown[]]>(runs: number, ...args: Parameters<typeof fc.property<Ts>>): void {
  try {
    fc.assert(fc.property<Ts>(...args), { ...fuzzParams<Ts>(runs), includeErrorInReport: true });
  } catch (error) {
    // Counterexamples can be megabytes long: keep the report readable.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.length > 4000 ? `${message.slice(0, 2000)}\n…\n${message.slice(-2000)}` : message);
  }
}

// ---------------------------------------------------------------------------------
// The project's own texts, to cut and splice

function readAll(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).filter((name) => pattern.test(name)).map((name) => readFileSync(join(dir, name), 'utf8'));
}

/** String literals of the unit tests that hold a figure: sentences the engine is known to read. */
function testSentences(): string[] {
  const out: string[] = [];
  for (const source of readAll(join(repoRoot, 'test', 'unit'), /\.test\.ts$/)) {
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.){12,})'/g)) if (/%|per ?cent/.test(m[1])) out.push(m[1].replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/\\(.)/g, '$1'));
  }
  return out;
}

let corpusCache: string[] | undefined;
/** Fixture memos, the example briefing, and the sentences of the unit tests. */
export function corpus(): string[] {
  corpusCache ??= [
    ...readAll(join(repoRoot, 'test', 'fixtures', 'lsp'), /\.(md|txt)$/),
    ...readAll(join(repoRoot, 'test', 'fixtures', 'vscode-workspace', 'memos'), /\.(md|txt|memo)$/),
    readFileSync(join(repoRoot, 'examples', 'briefing.md'), 'utf8'),
    ...testSentences(),
  ];
  return corpusCache;
}

// ---------------------------------------------------------------------------------
// Hostile pieces

/** Unicode that breaks naive code: surrogates (paired and lone), combining marks, bidi, zero-width and odd spaces. */
export const UNICODE_NOISE = [
  '🇯🇵', '🚢', '𝟐𝟓', '👩‍👩‍👧', '\uD800', '\uDC00', '\uDBFF\uDFFF', 'e\u0301', '\u0301', '%\u0301', 'A\u20DD',
  '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', 'الرسوم الجمركية ٢٥٪ ', 'מכס של 25% ', '日本の関税は25％', '한국 25 %',
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00A0', '\u202F', '\u2009', '\u3000', '\u00AD', '\u2028', '\u2029',
  '\u0000', '\u0007', '\uFFFD', '\uFFFF', '\u0085',
];

/** Figures, with the spaces and marks people and converters put around them. */
export const FIGURE_NOISE = [
  '25%', '25 %', '25\u00A0%', '25\u202F%', '25\u2009%', '25\u200B%', '\u200B25%', '25%\u200D', '２５％', '25\uFF05',
  '25.5%', '0%', '999%', '100%%', '%25', '25 per cent', 'twenty-five percent', 'one hundred and forty-five per cent',
  '-25%', '2,5%', '1e3%', '25.%', '.5%', '25\u0301%', '\u202E25%\u202C', '9999999999999999999999%',
];

/** Markdown and memo structure, closed and unclosed. */
export const STRUCTURE_NOISE = [
  '\n', '\n\n', '\r\n', '\r', '\r\r\n', '\n\r', '```\n', '~~~', '    ', '\t', '> ', '- ', '* ', '1. ', '# ', '###### ', '\n---\n',
  '---\ndate: 2025-05-05\n---\n', '<!--', '-->', '<!-- tariff-lens-disable -->', '<!-- tariff-lens-enable -->',
  '<!-- tariff-lens-disable-next-line -->', '<!-- tariff-lens as-of: 2025-05-05 -->', '<!-- tariff-lens as-of: never -->',
  '// tariff-lens-disable-next-line\n', '# tariff-lens-bogus\n', '| a | b |\n|---|---|\n| 25% | 10% |\n', '|', '\\|', '`', '``',
  '[link](http://x.test/25%)', '<https://x.test>', 'https://x.test/25%', '<div>', '</div>', '<script>', 'DATE: May 5, 2025\n',
  'SUBJECT: Tariffs\n', 'TO:', '===\n', '***', '_', '[', ']', '(', ')', '"', '“', '’s ', '. ', '? ', 'U.S. ', 'e.g. ',
];

export const WORDS = [
  'tariff', 'duty', 'levy', 'reciprocal', 'Japan', 'Japanese', 'China', 'Canada', 'the EU', 'Vietnam', 'steel', 'cars',
  'copper', 'pays', 'faces', 'now', 'since April 9', 'until mid-May', 'in March', 'had been', 'would face', 'rose by',
  'from', 'to', 'and', 'or', 'than', 'of', 'Section 232', 'baseline', 'deal', 'inflation', 'GDP', 'shares',
];

const noise = fc.constantFrom(...UNICODE_NOISE, ...FIGURE_NOISE, ...STRUCTURE_NOISE, ...WORDS.map((w) => w + ' '));

/** A cut of a corpus text: anywhere to anywhere, so cuts fall inside words, figures and surrogate pairs. */
export const corpusCut = fc.tuple(fc.nat(), fc.nat(), fc.nat(400)).map(([which, from, length]) => {
  const texts = corpus();
  const text = texts[which % texts.length];
  const start = from % (text.length + 1);
  return text.slice(start, start + length);
});

/** Random Unicode of every kind, short. */
const randomUnicode = fc.string({ unit: 'binary', maxLength: 30 });

const piece = fc.oneof(
  { weight: 4, arbitrary: corpusCut },
  { weight: 4, arbitrary: noise },
  { weight: 1, arbitrary: randomUnicode },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 20 }) },
);

/** Prose spliced from corpus cuts and hostile pieces. */
export const hostileProse = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(''));

/** Same text with every line end rewritten one way: LF, CRLF, lone CR, or a mix. */
export const lineEnds = fc.constantFrom<'lf' | 'crlf' | 'cr' | 'mixed'>('lf', 'crlf', 'cr', 'mixed');
export function withLineEnds(text: string, style: 'lf' | 'crlf' | 'cr' | 'mixed'): string {
  if (style === 'lf') return text;
  let i = 0;
  const ends = ['\n', '\r\n', '\r'];
  return text.replace(/\r\n|\r|\n/g, (_, at: number, all: string) => {
    const end = style === 'crlf' ? '\r\n' : style === 'cr' ? '\r' : ends[i++ % 3];
    // A lone CR just before the next line end would join with an LF into one CRLF: one line end fewer.
    return end === '\r' && style === 'mixed' && /[\r\n]/.test(all[at + _.length] ?? '') ? '\r\n' : end;
  });
}

export const documentKinds = fc.constantFrom<'markdown' | 'plaintext' | 'memo'>('markdown', 'plaintext', 'memo');
