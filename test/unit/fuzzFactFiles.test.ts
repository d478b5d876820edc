// Fuzz and property tests of fact files (issue #7). Generated files mix valid facts
// with entries broken in one known way each (a missing field, a wrong type, a date
// that is not a date or comes before the start, a duplicate id), in YAML, JSON and
// CSV. For every file: reading never throws; every valid fact loads, with the line it
// starts on; every broken entry is reported at one of its own lines, with a message
// that says what to change. Then text-level mutations of real fact files, and the
// hostile cases by hand: alias bombs, 10 MB files, deep nesting, tags, __proto__.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseFactFile, type ParsedFactFile } from 'tariff-lens';
import { builtinFactFile, repoRoot, sampleFactsPath } from '../support/engine';
import { checkProperty, STRUCTURE_NOISE, UNICODE_NOISE } from '../support/fuzz';

type Format = 'yaml' | 'json' | 'csv';

/** A fact entry as a flat record (`source.title` style keys), and what reading it should give. */
interface Entry {
  fields: Record<string, string | number | boolean | string[]>;
  /** Why it must be refused; undefined for a valid fact. */
  broken?: string;
}

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const validFields = fc.record({
  rate: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom(2.5, 27.5, 0.1), fc.integer({ min: 0, max: 99 }).map((n) => `${n}%`)),
  imposer: fc.constantFrom('US', 'EU', 'CA', 'CN'),
  target: fc.constantFrom('JP', 'CN', '*', 'EU', 'GB', 'VN'),
  start: fc.integer({ min: 0, max: 1400 }),
  length: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
  products: fc.option(fc.subarray(['steel', 'aluminum', 'autos', 'copper'], { minLength: 1 }), { nil: undefined }),
  measure: fc.option(fc.constantFrom('reciprocal', 'section-232', 'fentanyl'), { nil: undefined }),
  status: fc.option(fc.constantFrom('in-effect', 'paused', 'announced', 'struck-down'), { nil: undefined }),
  note: fc.option(fc.constantFrom('A note: with a colon', 'Ünïcödé 🚢 note', 'quote " and \' marks'), { nil: undefined }),
  url: fc.boolean(),
}).map((f) => {
  const fields: Entry['fields'] = { rate: f.rate, imposer: f.imposer, target: f.target, effective: day(f.start), 'source.title': 'Notice' };
  if (f.length !== undefined) fields.expires = day(f.start + f.length);
  if (f.products) fields.products = f.products;
  if (f.measure) fields.measure = f.measure;
  if (f.status) fields.status = f.status;
  if (f.note) fields.note = f.note;
  if (f.url) fields['source.url'] = 'https://example.org/notice';
  else fields['source.date'] = day(f.start);
  return fields;
});

/** Ways to break an entry, each sure to be refused in the formats it names. */
const BREAKS: { name: string; formats: Format[]; apply(fields: Entry['fields']): void }[] = [
  ...['rate', 'imposer', 'target', 'effective', 'source.title'].map((field) => ({
    name: `no ${field}`, formats: ['yaml', 'json', 'csv'] as Format[], apply: (f: Entry['fields']) => { delete f[field]; },
  })),
  { name: 'no source url or date', formats: ['yaml', 'json', 'csv'], apply: (f) => { delete f['source.url']; delete f['source.date']; } },
  { name: 'rate is a word', formats: ['yaml', 'json', 'csv'], apply: (f) => { f.rate = 'twenty'; } },
  { name: 'negative rate', formats: ['yaml', 'json'], apply: (f) => { f.rate = -5; } },
  { name: 'rate is a boolean', formats: ['yaml', 'json'], apply: (f) => { f.rate = true; } },
  { name: 'imposer is not a code', formats: ['yaml', 'json', 'csv'], apply: (f) => { f.imposer = 'usa'; } },
  { name: 'target is three letters', formats: ['yaml', 'json', 'csv'], apply: (f) => { f.target = 'JPN'; } },
  { name: 'effective is not a date', formats: ['yaml', 'json', 'csv'], apply: (f) => { f.effective = 'April 9'; } },
  { name: 'effective is not a calendar day', formats: ['yaml', 'json', 'csv'], apply: (f) => { f.effective = '2025-02-30'; } },
  { name: 'effective is a number', formats: ['yaml', 'json'], apply: (f) => { f.effective = 20250401; } },
  { name: 'expires before effective', formats: ['yaml', 'json', 'csv'], apply: (f) => { f.expires = day(-30); } },
  { name: 'expires on the effective day', formats: ['yaml', 'json', 'csv'], apply: (f) => { f.expires = f.effective as string; } },
  { name: 'status unknown', formats: ['yaml', 'json', 'csv'], apply: (f) => { f.status = 'maybe'; } },
  { name: 'products is a number', formats: ['yaml', 'json'], apply: (f) => { f.products = 5 as unknown as string[]; } },
  { name: 'source url is not a link', formats: ['yaml', 'json', 'csv'], apply: (f) => { f['source.url'] = 'example.org'; } },
];

interface Model {
  format: Format;
  entries: (Entry & { id: string })[];
}

const model = (format: Format) => fc.array(fc.tuple(validFields, fc.option(fc.nat(BREAKS.length - 1), { nil: undefined, freq: 3 }), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 12 })
  .map((rows): Model => {
    const entries: Model['entries'] = [];
    rows.forEach(([fields, breakIndex, duplicate, typo], i) => {
      const firstValid = entries.find((e) => !e.broken);
      const id = duplicate && firstValid ? firstValid.id : `fact-${i}`;
      const entry: Model['entries'][number] = { id, fields: { ...fields } };
      const breaking = breakIndex === undefined ? undefined : BREAKS[breakIndex];
      if (breaking && breaking.formats.includes(format)) {
        breaking.apply(entry.fields);
        entry.broken = breaking.name;
      } else if (id !== `fact-${i}`) {
        entry.broken = 'duplicate id';
      }
      if (typo && format !== 'csv') entry.fields.rat = 1; // an unknown field: a warning, never a refusal
      entries.push(entry);
    });
    return { format, entries };
  });

/** The file's text, and the first and last line (1-based) of each entry. */
function serialize({ format, entries }: Model): { text: string; lines: [number, number][] } {
  const out: string[] = [];
  const lines: [number, number][] = [];
  const nested = (fields: Entry['fields']) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields)) {
      const [head, sub] = k.split('.');
      if (sub) o[head] = { ...(o[head] as object), [sub]: v };
      else o[head] = v;
    }
    return o;
  };
  if (format === 'csv') {
    const columns = ['id', ...new Set(entries.flatMap((e) => Object.keys(e.fields)))];
    const cell = (v: unknown) => {
      const s = v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
      return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    out.push(columns.join(','));
    for (const e of entries) {
      out.push(columns.map((c) => cell(c === 'id' ? e.id : e.fields[c])).join(','));
      lines.push([out.length, out.length]);
    }
    return { text: out.join('\n') + '\n', lines };
  }
  if (format === 'json') {
    out.push('{', '  "version": 1,', '  "facts": [');
    entries.forEach((e, i) => {
      const body = JSON.stringify({ id: e.id, ...nested(e.fields) }, null, 2).split('\n').map((l) => '    ' + l);
      if (i < entries.length - 1) body[body.length - 1] += ',';
      lines.push([out.length + 1, out.length + body.length]);
      out.push(...body);
    });
    out.push('  ]', '}');
    return { text: out.join('\n') + '\n', lines };
  }
  out.push('version: 1', 'facts:');
  for (const e of entries) {
    const first = out.length + 1;
    out.push(`  - id: ${e.id}`);
    for (const [k, v] of Object.entries(nested(e.fields))) {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        out.push(`    ${k}:`);
        for (const [sk, sv] of Object.entries(v)) out.push(`      ${sk}: ${JSON.stringify(sv)}`);
      } else out.push(`    ${k}: ${JSON.stringify(v)}`);
    }
    lines.push([first, out.length]);
  }
  return { text: out.join('\n') + '\n', lines };
}

const pathFor = (format: Format) => `fuzz.tariff-facts.${format}`;
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** What must hold for whatever text was read. */
function assertSane(text: string, parsed: ParsedFactFile): void {
  for (const p of parsed.problems) {
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lineCount(text), `problem line ${p.line} inside 1-${lineCount(text)}: ${p.message}`);
    assert.ok(p.message.length > 10, 'a message');
    if (p.severity === 'error') {
      assert.match(p.message, /\b(?:write|add|give|remove|fix|split|use|keep|name|set|merge|check|change|spell|put)\b/i, `an error says what to change: ${p.message}`);
    }
  }
  for (const f of parsed.facts) {
    assert.ok(Number.isFinite(f.rate) && f.rate >= 0, `rate of ${f.id}`);
    assert.match(f.effective, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(f.expires === undefined || f.expires > f.effective, `${f.id} expires after it takes effect`);
    assert.ok(f.origin.line >= 1 && f.origin.line <= lineCount(text), `${f.id} has a line in the file`);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
}

describe('generated fact files: valid facts load, broken ones are reported at their lines', () => {
  for (const format of ['yaml', 'json', 'csv'] as const) {
    test(format, () => {
      checkProperty(120, model(format), (m) => {
        const { text, lines } = serialize(m);
        const parsed = parseFactFile(text, pathFor(format));
        assertSane(text, parsed);
        const errors = parsed.problems.filter((p) => p.severity === 'error');
        m.entries.forEach((e, i) => {
          const [first, last] = lines[i];
          if (e.broken) {
            assert.ok(errors.some((p) => p.line >= first && p.line <= last), `entry ${i} (${e.broken}) reported within lines ${first}-${last}: ${JSON.stringify(errors)}`);
          } else {
            const fact = parsed.facts.find((f) => f.id === e.id);
            assert.ok(fact, `valid entry ${i} (${e.id}) loads; problems: ${JSON.stringify(parsed.problems)}`);
            assert.equal(fact.origin.line, first, `${e.id} starts at line ${first}`);
            assert.equal(fact.rate, typeof e.fields.rate === 'number' ? e.fields.rate : parseFloat(String(e.fields.rate)));
            assert.deepEqual([fact.imposer, fact.target, fact.effective, fact.expires], [e.fields.imposer, e.fields.target, e.fields.effective, e.fields.expires]);
          }
        });
        assert.equal(parsed.facts.length, m.entries.filter((e) => !e.broken).length, 'no broken entry loads');
        assert.equal(errors.filter((p) => !lines.some(([a, b]) => p.line >= a && p.line <= b)).length, 0, 'no error outside the entries');
        assert.deepEqual(parseFactFile(text, pathFor(format)), parsed, 'the same text reads the same');
      });
    });
  }
});

describe('mutated real fact files never break reading', () => {
  const sources = [
    { path: 'sample.tariff-facts.yaml', text: readFileSync(sampleFactsPath, 'utf8') },
    { path: 'team.tariff-facts.yaml', text: readFileSync(join(repoRoot, 'examples', 'team.tariff-facts.yaml'), 'utf8') },
    { path: 'broken.tariff-facts.yaml', text: readFileSync(join(repoRoot, 'test', 'fixtures', 'lsp', 'broken.tariff-facts.yaml'), 'utf8') },
  ];
  const asJson = (text: string) => JSON.stringify(parseFactFileAsData(text), null, 2);
  const parseFactFileAsData = (text: string) => require('yaml').parse(text);
  const asCsv = (text: string) => {
    const facts = parseFactFileAsData(text).facts as Record<string, unknown>[];
    const rows = facts.map((f) => ({ id: f.id, rate: f.rate, imposer: f.imposer, target: f.target, effective: f.effective, expires: f.expires ?? '', 'source.title': (f.source as { title: string }).title }));
    return ['id,rate,imposer,target,effective,expires,source.title', ...rows.map((r) => Object.values(r).map((v) => `"${String(v).replace(/"/g, '""')}"`).join(','))].join('\n');
  };
  const variants = sources.flatMap((s) => [
    { path: s.path, text: s.text },
    { path: s.path.replace('.yaml', '.json'), text: asJson(s.text) },
    { path: s.path.replace('.yaml', '.csv'), text: asCsv(s.text) },
  ]);

  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom(...UNICODE_NOISE, ...STRUCTURE_NOISE, ':', '- ', '&a ', '*a', '!!js/function ', '"', "'", '{', '}', '[', ']', ',', '\t', '  ', '#', '__proto__: {polluted: 1}\n', '<<: *a\n', 'null', '~', '1e999', '-1') }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(40) }),
  );
  const apply = (text: string, m: fc.Arbitrary<unknown> extends never ? never : { kind: string; at: number; other?: number; what?: string; length?: number }) => {
    const lines = text.split('\n');
    const i = m.at % lines.length;
    switch (m.kind) {
      case 'delete-line': lines.splice(i, 1); return lines.join('\n');
      case 'duplicate-line': lines.splice(i, 0, lines[i]); return lines.join('\n');
      case 'swap-lines': { const j = m.other! % lines.length; [lines[i], lines[j]] = [lines[j], lines[i]]; return lines.join('\n'); }
      case 'insert': { const at = m.at % (text.length + 1); return text.slice(0, at) + m.what + text.slice(at); }
      default: { const at = m.at % (text.length + 1); return text.slice(0, at) + text.slice(at + m.length!); }
    }
  };

  test('line and character mutations of YAML, JSON and CSV', () => {
    checkProperty(400, fc.nat(variants.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), (which, mutations) => {
      const source = variants[which];
      const text = mutations.reduce((t, m) => apply(t, m), source.text);
      const started = Date.now();
      const parsed = parseFactFile(text, source.path);
      assert.ok(Date.now() - started < 2000, 'reading a small file is quick');
      assertSane(text, parsed);
    });
  });
});

describe('hostile fact files', () => {
  const fact = (id: string, extra = '') => `  - id: ${id}\n    rate: 25\n    imposer: US\n    target: JP\n    effective: 2025-04-05\n    source: { title: Notice, date: 2025-04-01 }\n${extra}`;
  const read = (text: string, path = 'hostile.tariff-facts.yaml') => {
    const started = Date.now();
    const parsed = parseFactFile(text, path);
    return { parsed, ms: Date.now() - started };
  };

  test('an alias bomb at the top level is reported at its line; the facts still load', () => {
    let bomb = 'version: 1\nlol0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) bomb += `lol${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const { parsed, ms } = read(bomb + 'facts:\n' + fact('ok-1') + fact('ok-2'));
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.deepEqual(parsed.facts.map((f) => f.id), ['ok-1', 'ok-2']);
    const alias = parsed.problems.find((p) => /alias/i.test(p.message));
    assert.ok(alias, JSON.stringify(parsed.problems));
    assert.ok(alias.line >= 2 && alias.line <= 13);
  });

  test('an alias bomb inside one fact refuses that fact only', () => {
    let anchors = 'version: 1\nx0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i <= 10; i++) anchors += `x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const text = anchors + 'facts:\n' + fact('ok-1') + fact('bomb', '    note: *a10\n') + fact('ok-2');
    const { parsed, ms } = read(text);
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.deepEqual(parsed.facts.map((f) => f.id), ['ok-1', 'ok-2']);
    const line = text.split('\n').indexOf('  - id: bomb') + 1;
    const problem = parsed.problems.find((p) => p.line === line);
    assert.ok(problem && /alias/i.test(problem.message), JSON.stringify(parsed.problems));
  });

  test('a key given twice refuses that fact only, at the second key', () => {
    const text = 'version: 1\nfacts:\n' + fact('ok-1') + '  - id: twice\n    rate: 25\n    rate: 30\n    imposer: US\n    target: JP\n    effective: 2025-04-05\n    source: { title: Notice, date: 2025-04-01 }\n' + fact('ok-2');
    const { parsed } = read(text);
    assert.deepEqual(parsed.facts.map((f) => f.id), ['ok-1', 'ok-2']);
    const problem = parsed.problems.find((p) => p.severity === 'error');
    assert.equal(problem?.line, text.split('\n').indexOf('    rate: 30') + 1);
    assert.match(problem!.message, /`rate`.*twice.*keep one/);
  });

  test('a key given twice in JSON', () => {
    const text = '{"version": 1, "facts": [\n{"id": "a", "rate": 1, "imposer": "US", "target": "JP", "effective": "2025-04-05", "source": {"title": "T", "date": "2025-04-01"}},\n{"id": "b", "id": "c", "rate": 1, "imposer": "US", "target": "JP", "effective": "2025-04-05", "source": {"title": "T", "date": "2025-04-01"}}\n]}';
    const { parsed } = read(text, 'hostile.tariff-facts.json');
    assert.deepEqual(parsed.facts.map((f) => f.id), ['a']);
    assert.equal(parsed.problems.find((p) => p.severity === 'error')?.line, 3);
  });

  for (const format of ['yaml', 'json', 'csv'] as const) {
    // One problem, not one per entry: the file is refused as a whole (how fast is the bench's to say).
    test(`a 10 MB ${format} file is refused as a whole with the limit`, () => {
      const filler = format === 'csv' ? 'id,rate\n' + 'x,1\n'.repeat(2_700_000) : format === 'json' ? `{"facts": [${'1,'.repeat(5_300_000)}1]}` : 'facts:\n' + '  - 1\n'.repeat(1_800_000);
      assert.ok(filler.length > 10_000_000);
      const { parsed } = read(filler, `big.tariff-facts.${format}`);
      assert.equal(parsed.problems.length, 1);
      assert.match(parsed.problems[0].message, /split it into smaller files/);
    });
  }

  test('nesting too deep to read is one problem that says so', () => {
    for (const [text, path] of [['facts:\n  - note: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n', 'deep.tariff-facts.yaml'], ['{"facts":[{"note":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}]}', 'deep.tariff-facts.json']]) {
      const { parsed } = read(text, path);
      assert.equal(parsed.problems.length, 1, JSON.stringify(parsed.problems));
      assert.match(parsed.problems[0].message, /too deep/);
    }
  });

  test('tags are data: nothing is executed, unknown tags are plain values', () => {
    const text = 'version: 1\nfacts:\n' + fact('ok-1') + '  - id: !!js/function "function () { globalThis.ran = true }"\n    rate: !!python/object:os.system 1\n    imposer: US\n    target: JP\n    effective: 2025-04-05\n    source: { title: T, date: 2025-04-01 }\n';
    const { parsed } = read(text);
    assert.equal((globalThis as Record<string, unknown>).ran, undefined);
    assert.deepEqual(parsed.facts.map((f) => f.id), ['ok-1']);
  });

  test('__proto__ keys pollute nothing', () => {
    const text = 'version: 1\n__proto__: { polluted: yes }\nfacts:\n' + fact('ok-1', '    __proto__: { polluted: yes }\n');
    read(text);
    read('id,rate,imposer,target,effective,source.title,source.date,__proto__.polluted,__proto__\nx,1,US,JP,2025-04-05,T,2025-04-01,yes,z\n', 'p.tariff-facts.csv');
    read('{"__proto__": {"polluted": 1}, "facts": [{"__proto__": {"polluted": 1}, "id": "a"}]}', 'p.tariff-facts.json');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('a CSV quoting error after a CRLF inside quotes points inside the file', () => {
    // Found by the mutations: csv-parse counted the CRLF twice and named line 5 of 4.
    const text = 'id,rate,imposer\n"\r\ncopper",1,US\n"x"c,2,US';
    const { parsed } = read(text, 'q.tariff-facts.csv');
    assert.equal(parsed.problems.length, 1);
    assert.ok(parsed.problems[0].line <= 4, `line ${parsed.problems[0].line}`);
  });

  test('a field name of a million characters is refused quickly', () => {
    const { parsed, ms } = read(`id,rate,imposer,target,effective,source.title,source.date,${'x'.repeat(1_000_000)}\nok-1,25,US,JP,2025-04-05,Notice,2025-04-01,1\n`, 'long.tariff-facts.csv');
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.deepEqual(parsed.facts.map((f) => f.id), ['ok-1']);
  });
});

describe('overlapping facts that disagree', () => {
  const entry = (id: string, rate: number, effective: string, expires?: string, extra = '') =>
    `  - id: ${id}\n    rate: ${rate}\n    imposer: US\n    target: JP\n    products: [steel]\n    effective: ${effective}\n${expires ? `    expires: ${expires}\n` : ''}    source: { title: T, date: 2025-01-01 }\n${extra}`;

  test('two rates for the same scope on the same days: a warning at the later one; both load', () => {
    const text = 'facts:\n' + entry('a', 25, '2025-03-12') + entry('b', 50, '2025-06-04');
    const parsed = parseFactFile(text, 'o.tariff-facts.yaml');
    assert.equal(parsed.facts.length, 2);
    const [warning] = parsed.problems;
    assert.equal(warning?.severity, 'warning');
    assert.equal(warning.line, text.split('\n').indexOf('  - id: b') + 1);
    assert.match(warning.message, /overlaps fact "a".*set `expires` of "a" to 2025-06-04/);
  });

  test('no warning when one ends as the other starts, or terms tell them apart, or the rate is the same', () => {
    for (const text of [
      'facts:\n' + entry('a', 25, '2025-03-12', '2025-06-04') + entry('b', 50, '2025-06-04'),
      'facts:\n' + entry('a', 25, '2025-03-12', undefined, '    terms: [quota]\n') + entry('b', 50, '2025-03-12', undefined, '    terms: [over quota]\n'),
      'facts:\n' + entry('a', 25, '2025-03-12') + entry('b', 25, '2025-06-04'),
    ]) assert.deepEqual(parseFactFile(text, 'o.tariff-facts.yaml').problems, []);
  });

  test('products listed in another order are the same scope; another imposer, measure or status is not', () => {
    // Two facts on overlapping days at different rates, each entry's text changed by `a` and `b`.
    const warnings = (a: (entry: string) => string, b: (entry: string) => string) =>
      parseFactFile('facts:\n' + a(entry('a', 25, '2025-03-12')) + b(entry('b', 50, '2025-06-04')), 'o.tariff-facts.yaml').problems.map((p) => p.severity);
    const same = (e: string) => e;
    const products = (list: string) => (e: string) => e.replace('[steel]', list);
    assert.deepEqual(warnings(products('[steel, aluminum]'), products('[aluminum, steel]')), ['warning']);
    assert.deepEqual(warnings(same, (e) => e.replace('imposer: US', 'imposer: CA')), []);
    assert.deepEqual(warnings(same, (e) => `${e}    measure: section-232\n`), []);
    assert.deepEqual(warnings(same, (e) => `${e}    status: paused\n`), []);
  });

  test('the built-in base has no such overlap', () => {
    assert.deepEqual(builtinFactFile().problems.filter((p) => /overlaps/.test(p.message)), []);
  });
});
