// Engine fixtures for unit tests: the sample fact base and a one-call checker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, FactBase, parseFactFile, type Claim, type DocumentKind } from 'tariff-lens';

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

/** The one claim whose figure is `figure` (e.g. "46%"), failing clearly when there is none or several. */
export function claimFor(text: string, asOf: string, figure: string, kind: DocumentKind = 'plaintext'): Claim {
  const found = claimsOf(text, asOf, kind).filter((c) => c.text === figure);
  if (found.length !== 1) throw new Error(`expected one claim "${figure}" in ${JSON.stringify(text)}, found ${found.length}`);
  return found[0];
}
