// Engine fixtures for unit tests: the sample and built-in fact bases, and one-call checkers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, FactBase, parseFactFile, PROBLEM_VERDICTS, type Claim, type DocumentKind, type ParsedFactFile, type Verdict } from 'tariff-lens';

export const repoRoot = join(__dirname, '..', '..', '..');
export const sampleFactsPath = join(repoRoot, 'test', 'fixtures', 'unit', 'sample.tariff-facts.yaml');

let sample: FactBase | undefined;
export function sampleFacts(): FactBase {
  sample ??= FactBase.build([parseFactFile(readFileSync(sampleFactsPath, 'utf8'), sampleFactsPath)]);
  return sample;
}

/** Checks `text` against the sample facts at `asOf` (unless the text declares its own date). */
export function claimsOf(text: string, asOf: string, kind: DocumentKind = 'plaintext'): Claim[] {
  return checkDocument(text, sampleFacts(), { kind, asOf }).claims;
}

export const builtinFactsPath = join(repoRoot, 'server', 'facts', 'builtin.tariff-facts.yaml');

let builtinFile: ParsedFactFile | undefined;
/** The built-in fact file as read, once. */
export function builtinFactFile(): ParsedFactFile {
  builtinFile ??= parseFactFile(readFileSync(builtinFactsPath, 'utf8'), builtinFactsPath, { builtin: true });
  return builtinFile;
}

let builtin: FactBase | undefined;
/** The built-in fact base, built once. */
export function builtinFacts(): FactBase {
  builtin ??= FactBase.build([builtinFactFile()]);
  return builtin;
}

/** The rate claims of `text` checked against the built-in facts at `asOf`. */
export function builtinRateClaims(text: string, asOf: string, kind: DocumentKind = 'plaintext'): Claim[] {
  return checkDocument(text, builtinFacts(), { kind, asOf }).claims.filter((c) => c.kind === 'rate');
}

/** [figure, verdict] of each rate claim of `text` against the built-in facts. */
export function builtinVerdicts(text: string, asOf: string, kind: DocumentKind = 'plaintext'): [string, string][] {
  return builtinRateClaims(text, asOf, kind).map((c) => [c.text, c.verdict]);
}

/** `text` after a line that makes the document one about tariffs. */
export const inNotes = (text: string) => `These notes cover US tariffs and duties.\n\n${text}`;

/** [figure, verdict] of each claim of `text`, set in notes about tariffs, that is a problem (outdated or contradicted) at `asOf`. */
export function problemsInNotes(text: string, asOf: string): [string, string][] {
  return builtinVerdicts(inNotes(text), asOf).filter(([, verdict]) => PROBLEM_VERDICTS.has(verdict as Verdict));
}

/** The one claim whose figure is `figure` (e.g. "46%"), failing clearly when there is none or several. */
export function claimFor(text: string, asOf: string, figure: string, kind: DocumentKind = 'plaintext'): Claim {
  const found = claimsOf(text, asOf, kind).filter((c) => c.text === figure);
  if (found.length !== 1) throw new Error(`expected one claim "${figure}" in ${JSON.stringify(text)}, found ${found.length}`);
  return found[0];
}
