#!/usr/bin/env node
// Scores the command line, with the built-in facts, on the labelled sets in test/accuracy/
// (documents our testers wrote in genres the engine had not met, each labelled by hand),
// with the shared scorer, and fails when a set has more false warnings or fewer right ones
// than test/accuracy/floors.json allows: a change that makes the engine cry wolf on prose it
// read well before does not land unnoticed.
//
//   node scripts/score-sets.mjs [--scorer ../shared/eval/score.mjs]
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const scorerAt = args.indexOf('--scorer');
const scorer = resolve(root, scorerAt >= 0 ? args[scorerAt + 1] : '../shared/eval/score.mjs');
if (!existsSync(scorer)) {
  console.error(`The shared scorer is not at ${scorer}: check out ../shared beside this repository, or pass --scorer <path to score.mjs>.`);
  process.exit(2);
}
const setsDir = join(root, 'test', 'accuracy');
const floors = JSON.parse(readFileSync(join(setsDir, 'floors.json'), 'utf8'));
const sets = readdirSync(setsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** The scorer's output on one set; sets are scored a core each, and reported in order. */
function score(set) {
  return new Promise((done) => {
    execFile(process.execPath, [scorer, '--corpus', join(setsDir, set), '--builtin', '--cmd', `${process.execPath} ${join(root, 'bin', 'tariff-lens.js')}`], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }, (error, stdout, stderr) => done({ status: error?.code ?? 0, stdout, stderr }));
  });
}
const runs = new Array(sets.length);
let next = 0;
async function worker() {
  while (next < sets.length) {
    const i = next++;
    runs[i] = await score(sets[i]);
  }
}
await Promise.all(Array.from({ length: Math.min(availableParallelism(), sets.length) }, worker));

let failed = false;
console.log('set   false warnings  right  missed  (allowed: false at most, right at least)');
for (const [i, set] of sets.entries()) {
  const run = runs[i];
  const counts = /problems: tp (\d+) fp (\d+) fn (\d+)/.exec(run.stdout);
  if (!counts) {
    console.error(`${set}: the scorer gave no counts (status ${run.status}):\n${run.stderr || run.stdout}`);
    failed = true;
    continue;
  }
  const [right, falseWarnings, missed] = counts.slice(1).map(Number);
  const floor = floors[set];
  const short = !floor ? 'no floor in floors.json' : falseWarnings > floor.maxFalse ? `more false warnings than ${floor.maxFalse}` : right < floor.minRight ? `fewer right warnings than ${floor.minRight}` : '';
  if (short) failed = true;
  console.log(`${set.padEnd(6)}${String(falseWarnings).padStart(14)}${String(right).padStart(7)}${String(missed).padStart(8)}  ${floor ? `(${floor.maxFalse}, ${floor.minRight})` : ''}${short ? `  FAILS: ${short}` : ''}`);
}
process.exit(failed ? 1 : 0);
