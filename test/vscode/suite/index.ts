// The tests module VS Code loads (extensionTestsPath): runs the mocha suite inside the
// extension host. Both launchers use it: run-electron.mjs (@vscode/test-electron) and
// run-offline.mjs (code-server in headless Chromium). The extension host's exit code
// says nothing in code-server, so the outcome is written to the file named by
// TARIFF_LENS_VSCODE_RESULT, which the launchers read.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface SuiteResult {
  passed: number;
  failed: number;
  tests: { title: string; state: 'passed' | 'failed'; durationMs?: number }[];
  failures: { title: string; message: string }[];
  vscodeVersion?: string;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  const result: SuiteResult = { passed: 0, failed: 0, tests: [], failures: [] };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    result.vscodeVersion = (require('vscode') as typeof import('vscode')).version;
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        result.passed++;
        result.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
      });
      runner.on('fail', (test, error: Error) => {
        result.failed++;
        result.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration });
        result.failures.push({ title: test.fullTitle(), message: error?.stack ?? error?.message ?? String(error) });
      });
    });
  } catch (error) {
    result.failed++;
    result.failures.push({ title: 'running the suite', message: String((error as Error)?.stack ?? error) });
  }
  const out = process.env.TARIFF_LENS_VSCODE_RESULT;
  if (out) {
    // Written whole and then renamed, so a launcher polling for it never reads half of it.
    fs.writeFileSync(`${out}.partial`, JSON.stringify(result, null, 2));
    fs.renameSync(`${out}.partial`, out);
  }
  if (result.failed > 0) throw new Error(`${result.failed} editor test(s) failed`);
}
