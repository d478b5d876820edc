// JSON fact files are read by JSON.parse, with the lines of facts and fields found apart
// (server/src/core/factsJson.ts): what it reads is what the YAML library reads of the
// same JSON, and a file of any number of facts up to the limit loads.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseFactFile } from 'tariff-lens';
import type * as FactsJson from '../../server/src/core/factsJson';
import { factFileText, jsonFactFileText } from '../bench/factBase';
import { tariffLines } from '../bench/world';
import { repoRoot } from '../support/engine';
import { factFilesInRepo, libraryEntries } from '../support/factFiles';

const { readJsonFacts } = require(join(repoRoot, 'server', 'out', 'core', 'factsJson.js')) as typeof FactsJson;

/** The same facts written as JSON in three layouts: indented, one fact a line, and all on one line. */
function asJson(yamlText: string): string[] {
  const data = parse(yamlText) as { facts: unknown[] };
  const oneFactALine = `{${Object.entries(data).map(([k, v]) => `"${k}": ${k === 'facts' ? `[\n${(v as unknown[]).map((f) => JSON.stringify(f)).join(',\n')}\n]` : JSON.stringify(v)}`).join(',\n')}}\n`;
  return [JSON.stringify(data, null, 2), oneFactALine, JSON.stringify(data)];
}

function assertSameAsLibrary(text: string, name: string): void {
  const read = readJsonFacts(text, Infinity);
  assert.ok(read, `${name}: read by JSON.parse`);
  const library = libraryEntries(text);
  assert.equal(read.entries.length, library.length, name);
  read.entries.forEach((entry, i) => {
    const { value, line, keyLines } = library[i];
    assert.deepStrictEqual(entry.value, value, `${name}: fact ${i}`);
    assert.equal(entry.line, line, `${name}: the line of fact ${i}`);
    for (const [path, keyLine] of Object.entries(keyLines)) assert.equal(entry.lineOfField(path), keyLine, `${name}: the line of ${path} in fact ${i}`);
  });
}

describe('reading JSON fact files', () => {
  test('reads every fact file of the repository, written as JSON, as the YAML library reads that JSON', () => {
    for (const file of factFilesInRepo()) {
      for (const [i, text] of asJson(readFileSync(file, 'utf8')).entries()) assertSameAsLibrary(text, `${file} as JSON, layout ${i + 1}`);
    }
  });

  test('loads an import of 45,000 facts, more than the YAML library may read, each fact at its line', () => {
    const yamlText = factFileText(tariffLines(), 45_000);
    const fromYaml = parseFactFile(yamlText, 'hts.tariff-facts.yaml');
    // Written from the facts read: the YAML library would take most of a minute over this file.
    const withoutOrigin = (facts: typeof fromYaml.facts) => facts.map(({ origin, ...fact }) => fact);
    const [jsonText, oneLine] = [jsonFactFileText(fromYaml, 'indented'), jsonFactFileText(fromYaml, 'one line')];
    const fromJson = parseFactFile(jsonText, 'hts.tariff-facts.json');
    assert.deepEqual(fromJson.problems, []);
    assert.deepStrictEqual(withoutOrigin(fromJson.facts), withoutOrigin(fromYaml.facts));
    // Written on one line, as a program may write it: each fact is at line 1, and finding that is not a search of the rest of the file per fact.
    const fromOneLine = parseFactFile(oneLine, 'hts.tariff-facts.json');
    assert.deepStrictEqual(withoutOrigin(fromOneLine.facts), withoutOrigin(fromYaml.facts));
    assert.ok(fromOneLine.facts.every((f) => f.origin.line === 1));
    const lines = jsonText.split('\n');
    for (const fact of [fromJson.facts[0], fromJson.facts[31_337], fromJson.facts[44_999]]) {
      assert.equal(lines[fact.origin.line - 1].trim(), '{', `${fact.id} starts at its line`);
      assert.match(lines[fact.origin.line], new RegExp(`"id": "${fact.id}"`));
    }
  });

  test('reports a bad field at its own line, and a key given twice refuses that fact only', () => {
    const fact = (id: string, more = '') => `    {\n      "id": "${id}",${more}\n      "rate": 10,\n      "imposer": "US",\n      "target": "JP",\n      "effective": "2025-04-05",\n      "source": {\n        "title": "T",\n        "url": "https://example.test"\n      }\n    }`;
    const text = `{\n  "version": 1,\n  "facts": [\n${fact('a')},\n${fact('b').replace('"rate": 10', '"rate": "ten"')},\n${fact('c').replace('https://example.test', 'example.test')},\n${fact('d', '\n      "target": "CN",')}\n  ]\n}\n`;
    const parsed = parseFactFile(text, 'team.tariff-facts.json');
    assert.deepEqual(parsed.facts.map((f) => f.id), ['a']);
    const lines = text.split('\n');
    const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    const problemAt = (id: string) => parsed.problems.find((p) => p.message.includes(`"${id}"`))?.line;
    assert.equal(problemAt('b'), lineOf('"ten"'));
    assert.equal(problemAt('c'), lineOf('"example.test"'));
    assert.equal(problemAt('d'), lineOf('"target"', lineOf('"d"')) + 3, 'the second "target" of fact d');
  });

  test('leaves to the YAML library what it must explain: bad syntax, a top-level key twice, deep nesting', () => {
    for (const text of ['{"facts": [}', '{"facts": [], "facts": []}', '[]', '{"facts": {}}', `{"facts": [{"note": ${'['.repeat(40)}${']'.repeat(40)}}]}`]) {
      assert.equal(readJsonFacts(text, Infinity), undefined, text);
    }
  });
});
