// The command line as CI pipelines call it (contract §3): formats and exit codes.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, sampleFactsPath } from '../support/engine';

const cli = join(repoRoot, 'bin', 'tariff-lens.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'tariff-lens-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const memo = join(dir, 'metals.md');
writeFileSync(memo, '---\ndate: 2025-09-01\n---\n# Metals\n\nSteel imports still pay a 25% tariff.\nBritish steel pays 25%. Vietnamese steel pays 50%.\n');
const clean = join(dir, 'clean.txt');
writeFileSync(clean, 'Steel imports now pay a 50% tariff.\n');
const facts = ['--no-builtin-facts', '--facts', sampleFactsPath];

describe('tariff-lens check', () => {
  test('text output reads like a compiler\'s, exit 1 on problems', () => {
    const r = run('check', ...facts, memo);
    assert.equal(r.status, 1);
    assert.match(r.stdout, new RegExp(`^${memo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6:27: outdated: 25% is outdated`, 'm'));
    assert.match(r.stdout, /1 file checked: 3 tariff claims, 1 problem\./);
  });

  test('exit 0 when there is no problem', () => {
    const r = run('check', ...facts, '--as-of', '2025-09-01', clean);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  test('JSON lists every claim with 1-based positions and the contract fields', () => {
    const r = run('check', ...facts, '--format', 'json', memo);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    const [file] = out.files;
    assert.deepEqual([file.asOf, file.asOfSource], ['2025-09-01', 'front-matter']);
    const [first, second] = file.claims;
    assert.deepEqual(
      { kind: first.kind, line: first.line, column: first.column, endLine: first.endLine, endColumn: first.endColumn, text: first.text, value: first.value, verdict: first.verdict },
      { kind: 'rate', line: 6, column: 27, endLine: 6, endColumn: 30, text: '25%', value: 25, verdict: 'outdated' },
    );
    assert.equal(first.expected[0], 50);
    assert.ok(first.factIds.includes('steel-25'));
    assert.equal(second.verdict, 'supported');
    assert.deepEqual(out.errors, []);
  });

  test('SARIF carries the problems as results', () => {
    const out = JSON.parse(run('check', ...facts, '--format', 'sarif', memo).stdout);
    assert.equal(out.version, '2.1.0');
    assert.deepEqual(out.runs[0].results.map((r: { ruleId: string }) => r.ruleId), ['outdated']);
  });

  test('fact-file problems are listed and the valid facts still used', () => {
    const bad = join(dir, 'bad.tariff-facts.yaml');
    writeFileSync(bad, 'facts:\n  - id: x\n    rate: ten\n    imposer: US\n    target: "*"\n    effective: 2025-01-01\n    source: { title: T, date: 2025-01-01 }\n');
    const r = run('check', ...facts, '--facts', bad, '--format', 'json', memo);
    const out = JSON.parse(r.stdout);
    assert.equal(out.errors.length, 1);
    assert.equal(out.errors[0].line, 3);
    assert.equal(out.files[0].claims[0].verdict, 'outdated');
  });

  test('exit 2 with a clear message on bad usage and unreadable input', () => {
    const missing = run('check', join(dir, 'nope.md'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*nope\.md: no such file/);
    const badDate = run('check', '--as-of', '2025-13-01', memo);
    assert.equal(badDate.status, 2);
    assert.match(badDate.stderr, /--as-of "2025-13-01" is not a date: write it as YYYY-MM-DD/);
    const folder = run('check', dir);
    assert.equal(folder.status, 2);
    const noFacts = run('check', '--facts', join(dir, 'none.yaml'), memo);
    assert.equal(noFacts.status, 2);
    assert.match(noFacts.stderr, /no such file/);
    assert.equal(run('check').status, 2);
    assert.equal(run('frobnicate').status, 2);
  });
});
