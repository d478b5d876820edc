// How both launchers report the suite's result file (written by suite/index.ts):
// one line per test, each failure's message, and last the summary line
// `vscode: N passed, N failed`. Returns the exit code.
import * as fs from 'node:fs';

/** The suite's result, or undefined when there is no (complete) result file. */
export function readResult(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function report(result, { host, seconds, problem }) {
  let passed = 0;
  let failed = 1; // no result: VS Code did not start, or did not run the suite to the end
  if (result) {
    ({ passed, failed } = result);
    console.log(`VS Code ${result.vscodeVersion ?? '?'} (${host}), ${seconds.toFixed(1)} s`);
    for (const test of result.tests) console.log(`  ${test.state === 'passed' ? 'ok  ' : 'FAIL'} ${test.title}`);
    for (const failure of result.failures) console.log(`\n${failure.title}\n${indent(failure.message)}`);
  } else {
    console.log(`no result after ${seconds.toFixed(1)} s: ${problem ?? 'the suite wrote no result file'}`);
  }
  console.log(`vscode: ${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

function indent(text) {
  return String(text).split('\n').map((line) => `    ${line}`).join('\n');
}
