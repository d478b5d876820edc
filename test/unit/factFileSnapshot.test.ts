// A parsed fact file stored as a snapshot and read back is the same parse: the same
// facts with their fields in the same order, the same problems, vocabularies and
// `reviewed`, and lists shared as the parse shares them. A damaged snapshot is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DamagedSnapshot, parseFactFile, parsedFromSnapshot, snapshotOf, type ParsedFactFile } from 'tariff-lens';
import { builtinFactFile, repoRoot, sampleFactsPath } from '../support/engine';

/** Through JSON, as a snapshot is kept on disk. */
function readBack(file: ParsedFactFile): ParsedFactFile {
  return parsedFromSnapshot(JSON.parse(JSON.stringify(snapshotOf(file))), file.path, file.builtin);
}

function assertSameParse(file: ParsedFactFile) {
  const back = readBack(file);
  assert.deepStrictEqual(back, file);
  assert.equal(JSON.stringify(back), JSON.stringify(file)); // key order too: the CLI's JSON lists facts as they are built
}

describe('fact file snapshots', () => {
  test('the built-in facts, with pauses, `reviewed` and notes', () => {
    const file = builtinFactFile();
    assert.ok(file.reviewed && file.facts.some((f) => f.pauseEnds) && file.facts.some((f) => f.note));
    assertSameParse(file);
  });

  test('the test facts, and the corpus facts beside the repository', () => {
    assertSameParse(parseFactFile(readFileSync(sampleFactsPath, 'utf8'), sampleFactsPath));
    const corpus = join(repoRoot, '..', 'shared', 'corpus', 'facts');
    let files: string[] = [];
    try {
      files = readdirSync(corpus).map((name) => join(corpus, name));
    } catch {
      // a checkout without ../shared: the built-in and test facts above still cover the fields
    }
    for (const path of files) assertSameParse(parseFactFile(readFileSync(path, 'utf8'), path));
  });

  test('a file with problems and vocabularies keeps them, and a CSV file its lines', () => {
    const yaml = `version: 1
products:
  buses: [bus, buses]
measures:
  levy: [levy]
facts:
  - id: a
    rate: 10
    imposer: US
    target: KR
    products: [buses]
    measure: levy
    effective: 2025-01-01
    source: { title: T, url: https://example.org/a }
  - id: b
    rate: ten
    imposer: US
    target: KR
    effective: 2025-01-01
    source: { title: T, url: https://example.org/b }
  - id: c
    rate: 12
    imposer: US
    target: KR
    products: [buses]
    measure: levy
    effective: 2025-06-01
    colour: red
    source: { title: T, url: https://example.org/c }
`;
    const file = parseFactFile(yaml, 'team.tariff-facts.yaml');
    assert.ok(file.problems.some((p) => p.severity === 'error') && file.problems.some((p) => p.severity === 'warning'));
    assert.equal(file.products.size + file.measures.size, 2);
    assertSameParse(file);
    const csv = 'id,rate,imposer,target,products,effective,source.title,source.date\n'
      + 'st,25,US,*,steel;aluminum,2025-03-12,Proclamation 10895,2025-02-10\n'
      + 'bad,x,US,*,steel,2025-03-12,Proclamation 10895,2025-02-10\n';
    assertSameParse(parseFactFile(csv, 'metals.tariff-facts.csv'));
  });

  test('facts read back share their lists and repeating strings, as the parse does', () => {
    const facts = Array.from({ length: 50 }, (_, i) => `  - id: line-${i}
    rate: ${i % 5}
    imposer: US
    target: JP
    products: [steel, aluminum]
    terms: ["9903.81.${i}"]
    effective: 2025-0${(i % 9) + 1}-01
    source: { title: HTS 2025, url: https://example.org/hts }`);
    const back = readBack(parseFactFile(`version: 1\nfacts:\n${facts.join('\n')}\n`, 'hts.tariff-facts.yaml'));
    assert.equal(back.facts.length, 50);
    assert.ok(back.facts.every((f) => f.products === back.facts[0].products));
    assert.notEqual(back.facts[0].terms, back.facts[1].terms);
  });

  test('a damaged snapshot is refused, never read as facts', () => {
    const snapshot = snapshotOf(parseFactFile(readFileSync(sampleFactsPath, 'utf8'), sampleFactsPath));
    const damaged: unknown[] = [
      null,
      { ...snapshot, facts: 'none' },
      { ...snapshot, strings: snapshot.strings.slice(0, 3) },
      { ...snapshot, lists: [] },
      { ...snapshot, facts: snapshot.facts.map((row) => row.slice(0, 5)) },
    ];
    for (const data of damaged) assert.throws(() => parsedFromSnapshot(data, sampleFactsPath, false), DamagedSnapshot);
  });
});
