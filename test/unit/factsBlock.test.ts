// The fast reader of big YAML fact files (server/src/core/factsBlock.ts) reads what it
// accepts exactly as the YAML library does, and declines everything else; and dates
// are validated by arithmetic exactly as a Date round trip would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseFactFile } from 'tariff-lens';
import type * as FactsBlock from '../../server/src/core/factsBlock';
import type * as Dates from '../../server/src/core/dates';
import { factFileText } from '../bench/factBase';
import { tariffLines } from '../bench/world';
import { builtinFactsPath, repoRoot } from '../support/engine';
import { factFilesInRepo, libraryEntries } from '../support/factFiles';
import { checkProperty } from '../support/fuzz';

const { NotPlainYaml, readPlainFactsBlock } = require(join(repoRoot, 'server', 'out', 'core', 'factsBlock.js')) as typeof FactsBlock;
const { isValidIsoDate } = require(join(repoRoot, 'server', 'out', 'core', 'dates.js')) as typeof Dates;

/** The plain reader's reading of each entry, or undefined when it declines the list (at once or at an entry). */
function plainEntries(text: string) {
  const plain = readPlainFactsBlock(text);
  if (!plain) return undefined;
  try {
    return [...plain.entries].map((entry) => ({ value: entry.value, line: entry.line, keyLines: entry.keyLines() }));
  } catch (e) {
    if (e instanceof NotPlainYaml) return undefined;
    throw e;
  }
}

function assertSameAsLibrary(text: string, name: string): boolean {
  const plain = plainEntries(text);
  if (!plain) return false;
  assert.deepStrictEqual(plain, libraryEntries(text), name);
  return true;
}

describe('reading big plain YAML fact files', () => {
  test('reads every fact file of the repository it accepts as the YAML library does', () => {
    let read = 0;
    for (const file of factFilesInRepo()) if (assertSameAsLibrary(readFileSync(file, 'utf8'), file)) read++;
    assert.ok(read >= 4, `the plain reader took ${read} of the repository's fact files`);
  });

  test('reads the built-in fact file, its notes wrapped over several lines, on the fast path', () => {
    assert.ok(assertSameAsLibrary(readFileSync(builtinFactsPath, 'utf8'), builtinFactsPath), 'the built-in fact file takes the fast path');
  });

  test('folds a double-quoted value over several lines as the YAML library does', () => {
    const fact = (label: string) => `facts:\n  - id: a\n    label: ${label}\n    rate: 5\n    source:\n      title: T\n`;
    const folded = [
      '"one\n      two"', '"one   \n      two   \n      three   "', '"one\n\n      two"', '"one\n  \n        \n\n     two"', '"\n      two"', '"   \n\n      two"',
      '"one\n      "', '"one\n\n      "', '"one\n     # not a comment\n     - not an item\n     key: not a key\n     ---"', '"one\n      two" # a comment',
      '"one \\"q\\" \\u00e9\\n\n      \\t two \\\\\n      \\u0020three\\u0020 \n      "', '"one\u00a0\n      \u00a0two\u3000"', '"one\r\n\r\n      two  \r\n      three"',
    ];
    for (const label of folded) assert.ok(assertSameAsLibrary(fact(label), label), `${JSON.stringify(label)} takes the fast path`);
    const nested = 'facts:\n  - id: a\n    source:\n      title: "T\n\n       U"\n      url: x\n    rate: 5\n';
    assert.ok(assertSameAsLibrary(nested, 'nested'));
    const declined = [
      '"one\n    two"', '"one\n  two"', '"one\ntwo"', '"one\n    "', '"one\\\n      two"', '"one\\ \n      two"', '"one\n      \\x41"', '"one\n---\n      two"',
      '"one\n...\n      two"', '"one\n      two" junk', '"one\n      two"# no space', '"one\n      two"\n      three: 3', '"one\n      never closed', "'one\n      two'", 'one\n      two',
    ];
    for (const label of declined) assert.equal(plainEntries(fact(label)), undefined, JSON.stringify(label));
    assert.equal(plainEntries('facts:\n  - id: a\n    label: "open\n  - id: b\n    label: "\n'), undefined, 'a quote closed in the next entry');
    assert.equal(plainEntries('facts:\n  - id: a\n    label: "open\nversion: "1"\n'), undefined, 'a quote closed after the list');
  });

  test('reads an HTS-shaped import, and what yaml.stringify writes (tariff-lens import-hts)', () => {
    const text = factFileText(tariffLines(), 2000);
    assert.ok(assertSameAsLibrary(text, 'generated'), 'the generated import takes the fast path');
    const facts = parseFactFile(text, 'hts.tariff-facts.yaml').facts.slice(0, 300).map(({ origin, ...f }) => JSON.parse(JSON.stringify(f)));
    const stringified = `# imported\n${stringify({ version: 1, facts }, { lineWidth: 0 })}`;
    assert.ok(assertSameAsLibrary(stringified, 'stringified'), 'yaml.stringify output takes the fast path');
  });

  test('ends the list where the YAML library does: at the first key at the margin, past comments and blank lines', () => {
    const lists = [
      'facts:\n  - id: a\n    rate: 5\n# a comment at the margin\n\n  # and one indented\n  - id: b\n    rate: 6\nversion: 1\n',
      'facts:\n- id: a\n  rate: 5\n- id: b\n  effective: 2025-04-05\nversion: 1\n',
      'facts:\n  - id: a\n    rate: 5\n-x: 1\n',
      'facts:\r\n  - id: a\r\n    rate: 5\r\n\r\nversion: 1\r\n',
      'version: 1\nfacts:\n  - id: a\n    rate: 5\n',
    ];
    for (const text of lists) assert.ok(assertSameAsLibrary(text, JSON.stringify(text)), `${JSON.stringify(text)} takes the fast path`);
    assert.deepEqual(plainEntries(lists[0])?.map((e) => e.value.id), ['a', 'b'], 'a comment at the margin does not end the list');
    assert.equal(plainEntries('facts:\n  - id: a\n---\nfacts: []\n'), undefined, 'a second document is left to the YAML library');
  });

  test('keeps the lines of problems right when the list is cut out of the rest of the file', () => {
    const text = 'version: 1\nfacts:\n  - id: a\n    rate: 5\n    imposer: US\n    target: JP\n    effective: 2025-01-01\n    source: { title: T, url: https://x.test }\n  - id: b\n    rate: 5\n    imposer: US\n    target: JP\n    effective: 2025-13-01\n    source: { title: T, url: https://x.test }\nproducts: 7\nreviewd: 2025-01-01\n';
    assert.ok(plainEntries(text));
    const problems = parseFactFile(text, 'f.yaml').problems.map((p) => [p.line, p.severity]);
    assert.deepEqual(problems, [[16, 'warning'], [15, 'error'], [13, 'error']]);
    // The same as the YAML library reads it (a tab in a comment sends the file there).
    assert.deepEqual(parseFactFile(`${text}#\t\n`, 'f.yaml').problems, parseFactFile(text, 'f.yaml').problems);
  });

  test('leaves the whole file to the YAML library when it declines an entry further down', () => {
    const entry = (id: string, extra = '') => `  - id: ${id}\n    rate: 5\n    imposer: US\n    target: JP\n    effective: 2025-01-01\n    source: { title: T, url: https://x.test }\n${extra}`;
    const viaLibrary = (text: string) => parseFactFile(`${text}#\t\n`, 'f.yaml'); // a tab in a comment sends the file there
    const declinedLater = `version: 1\nfacts:\n${entry('a', '    status: maybe\n')}${entry('a')}${entry('b', '    label: &x anchored\n')}reviewd: 2025-01-01\n`;
    const brokenRestToo = `version: 1\nfacts:\n${entry('a')}${entry('b', '    label: a: b\n')}products: {a: [b]\n`; // the library's first error is in the list
    for (const text of [declinedLater, brokenRestToo]) {
      assert.ok(readPlainFactsBlock(text), 'declined only when the entry is read');
      assert.equal(plainEntries(text), undefined);
      assert.deepEqual(parseFactFile(text, 'f.yaml'), viaLibrary(text));
    }
    assert.deepEqual(parseFactFile(declinedLater, 'f.yaml').facts.map((f) => f.id), ['a', 'b']);
    assert.equal(parseFactFile(brokenRestToo, 'f.yaml').problems[0].line, 15);
  });

  test('keeps a no-break space in a flow list as part of the item, as the YAML library does', () => {
    const fact = (terms: string) => `facts:\n  - id: a\n    terms: ${terms}\n    rate: 5\n`;
    for (const terms of ['[\u00a0a, b]', '[a,\u00a0b]', '[a\u00a0, b]', '{ x: \u00a0a }']) assert.ok(assertSameAsLibrary(fact(terms), terms), `${JSON.stringify(terms)} declined`);
    assert.equal(plainEntries(fact('[a, b] \u00a0')), undefined, 'a no-break space after the list is not a comment');
  });

  test('declines what it cannot read exactly, leaving it to the YAML library', () => {
    const fact = (extra: string) => `facts:\n  - id: a\n    rate: 5\n${extra}`;
    const declined = [
      fact('    label: &x anchored\n'), fact('    label: *x\n'), fact('    note: |\n      block\n'), fact('    label: two\n      lines\n'),
      fact('\tlabel: tab\n'), fact('    rate: 6\n'), fact('     label: odd indent\n'), fact('    terms: [a, b,]\n'), fact('    label: a: b\n'),
      fact('    label: "unclosed\n'), fact('    rate: 0x1F\n'), fact('    rate: .inf\n'), fact('    label: !tag x\n'), fact('    source:\n      title:\n        deep: x\n'),
      'facts:\n', 'facts: []\n', 'facts:\n  - id: a\n---\nfacts: x\n', 'facts:\n  - id: a\nfacts:\n  - id: b\n', 'facts:\r  - id: a\r',
    ];
    for (const text of declined) assert.equal(plainEntries(text), undefined, JSON.stringify(text));
  });

  test('whatever it accepts of random fact files, it reads as the YAML library does', () => {
    const plainWord = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._/%()-]{0,12}[A-Za-z0-9)%]$/);
    const scalar = fc.oneof(
      plainWord, fc.integer({ min: -1000, max: 100000 }).map(String), fc.double({ min: 0, max: 500, noNaN: true }).map((n) => n.toFixed(2)),
      fc.constantFrom('true', 'False', 'null', '~', '2025-04-05', '25%', '+5', '1e3', '007', '-3.5', 'yes', 'a #b', "it's"),
      fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)), fc.string({ maxLength: 12 }).map((s) => `'${s.replace(/'/g, "''").replace(/[\r\n]/g, ' ')}'`),
    );
    // Double-quoted over several lines: words, spaces, escapes and blank lines, each line indented up to 7 spaces.
    const wrappedLine = fc.tuple(fc.nat(7), fc.array(fc.constantFrom('word', ' ', '#', '- ', 'x: ', '\\"', '\\n', '\\u00e9', '\\', '\u00a0', '---'), { maxLength: 5 }));
    const wrapped = fc.tuple(fc.string({ maxLength: 8 }), fc.array(wrappedLine, { minLength: 1, maxLength: 4 })).map(([first, lines]) =>
      `${JSON.stringify(first).slice(0, -1)}${lines.map(([indent, parts]) => `\n${' '.repeat(indent)}${parts.join('')}`).join('')}"`);
    const value = fc.oneof(
      { weight: 5, arbitrary: scalar },
      { weight: 2, arbitrary: wrapped },
      { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`) },
      { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom('title', 'url', 'date'), scalar), { maxLength: 3 }).map((kv) => `{ ${kv.map(([k, v]) => `${k}: ${v}`).join(', ')} }`) },
    );
    const key = fc.constantFrom('id', 'rate', 'imposer', 'target', 'products', 'label', 'note', 'terms', 'extra_field');
    const entry = fc.tuple(fc.uniqueArray(fc.tuple(key, value, fc.boolean()), { selector: ([k]) => k, minLength: 1, maxLength: 6 }), fc.boolean()).map(([fields, nested]) => {
      const lines = fields.map(([k, v, comment], i) => `${i ? '    ' : '  - '}${k}: ${v}${comment ? '  # note' : ''}`);
      if (nested) lines.push('    source:', '      title: A title', '      url: https://example.test/a');
      return lines.join('\n');
    });
    checkProperty(300, fc.array(entry, { minLength: 1, maxLength: 5 }), (entries) => {
      const text = `version: 1\nfacts:\n${entries.join('\n  # a comment\n')}\n`;
      let library: ReturnType<typeof libraryEntries> | undefined;
      try {
        library = libraryEntries(text);
      } catch {
        library = undefined; // not YAML (or not a list of facts): the fast path must not read it either
      }
      const plain = plainEntries(text);
      if (!library) return assert.equal(plain, undefined, 'the fast path reads nothing the library refuses');
      if (plain) assert.deepStrictEqual(plain, library);
    });
  });
});

describe('validating dates', () => {
  test('agrees with a Date round trip, leap years and year 0 included', () => {
    const byDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && (() => {
      const d = new Date(text + 'T00:00:00Z');
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
    })();
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (const y of [0, 4, 100, 400, 1900, 2000, 2024, 2025, 2100, 9999]) {
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        assert.equal(isValidIsoDate(text), byDate(text), text);
      }
    }
    for (const text of ['2025-01-01\n', '2025-1-01', ' 2025-01-01', '20250101', '2025/01/01', '']) assert.equal(isValidIsoDate(text), false, JSON.stringify(text));
  });
});
