// The commands that let a reviewer audit a fact base, and the HTS importer.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FactBase, parseFactFile } from 'tariff-lens';
import { repoRoot, sampleFactsPath } from '../support/engine';

const cli = join(repoRoot, 'bin', 'tariff-lens.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const sample = ['--no-builtin-facts', '--facts', sampleFactsPath];

describe('tariff-lens facts', () => {
  test('lists the facts that could apply to a partner on a date', () => {
    const r = run('facts', ...sample, '--partner', 'VN', '--on', '2025-09-01', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).map((f: { id: string }) => f.id).sort(), ['base-10', 'copper-50', 'steel-50', 'vn-20']);
  });

  test('filters by product and measure, as a table', () => {
    const r = run('facts', ...sample, '--product', 'steel', '--measure', 'section-232');
    assert.match(r.stdout, /^id\s+rate\s+partner/m);
    assert.match(r.stdout, /steel-25\s+25%\s+\*/);
    assert.match(r.stdout, /3 of 14 facts\./);
  });

  test('shows one fact with the history of its scope', () => {
    const r = run('facts', ...sample, 'show', 'vn-20');
    assert.match(r.stdout, /^vn-20: 20%/);
    assert.match(r.stdout, /2025-04-10 → 2025-08-07\s+46%\s+paused\s+vn-46-paused/);
    assert.match(r.stdout, /\* 2025-08-07 → 2026-02-24\s+20%/);
  });

  test('reports coverage partner by partner', () => {
    const r = run('facts', ...sample, 'report', '--format', 'json');
    const report = JSON.parse(r.stdout);
    assert.equal(report.facts, 14);
    assert.deepEqual(report.partners.find((p: { partner: string }) => p.partner === 'VN'), {
      partner: 'VN', facts: 3, measures: 'reciprocal', from: '2025-04-09', lastChange: '2026-02-24', primarySources: 0,
    });
  });

  test('a partner a fact on every partner leaves out is not listed with it, and the fact says whom it leaves out', () => {
    const onCanada = run('facts', '--partner', 'CA', '--on', '2025-09-10', '--format', 'json');
    const ids = JSON.parse(onCanada.stdout).map((f: { id: string }) => f.id);
    assert.ok(ids.includes('us-ca-fentanyl-2025-08'), onCanada.stderr);
    assert.ok(!ids.includes('us-baseline-2025'));
    assert.match(run('facts', 'show', 'us-baseline-2025').stdout, /US on every partner but CA, MX;/);
  });

  test('an unknown fact id is a usage error that says how to find one', () => {
    const r = run('facts', ...sample, 'show', 'no-such-fact');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no fact with id "no-such-fact": list them with tariff-lens facts/);
  });
});

describe('tariff-lens import-hts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-lens-hts-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'hts.tariff-facts.yaml');
  const r = run('import-hts', join(repoRoot, 'test', 'fixtures', 'hts', 'chapter99-sample.json'), '--effective', '2025-08-07', '--edition', '2025 Revision 19', '--out', out);

  test('Chapter 99 headings with a rate become facts; the others are skipped with a reason', () => {
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /skipped 9903\.01\.26: no rate in its general or column 2 text/);
    assert.match(r.stderr, /5 facts imported, 1 headings skipped\./);
  });

  test('the written file is a valid fact file with partners, products and measures read from the headings', () => {
    const parsed = parseFactFile(readFileSync(out, 'utf8'), out);
    assert.deepEqual(parsed.problems, []);
    const base = FactBase.build([parsed]);
    const summary = base.facts.map((f) => [f.id, f.rate, f.target, f.products.join('+'), f.measure]);
    assert.deepEqual(summary, [
      ['hts-9903-01-25', 10, '*', 'all', 'reciprocal'],
      ['hts-9903-01-63', 125, 'CN', 'all', 'reciprocal'],
      ['hts-9903-81-87', 25, 'GB', 'steel', 'section-232'],
      ['hts-9903-85-02', 50, '*', 'aluminum', 'section-232'],
      ['hts-9903-94-05', 25, '*', 'auto-parts', 'section-232'],
    ]);
    assert.match(base.byId('hts-9903-01-25')!.source.title, /2025 Revision 19, heading 9903\.01\.25/);
  });
});
