#!/usr/bin/env node
// Runs the editor test suite (test/vscode/suite) with @vscode/test-electron, on machines
// that can download VS Code (it fetches a build into .cache/vscode-test). On machines
// that cannot, use run-offline.mjs: same suite, same report.
//
//   npm run test:vscode:electron
//   TARIFF_LENS_VSCODE_VERSION=1.100.3 node test/vscode/run-electron.mjs   (default: stable)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { readResult, report } from './report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tariff-lens-vscode-'));
const workspace = path.join(work, 'workspace');
const resultFile = path.join(work, 'result.json');
fs.cpSync(path.join(root, 'test/fixtures/vscode-workspace'), workspace, { recursive: true });

let problem;
try {
  await runTests({
    version: process.env.TARIFF_LENS_VSCODE_VERSION ?? 'stable',
    cachePath: path.join(root, '.cache/vscode-test'),
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'test/vscode/out/suite/index.js'),
    // The suite looks for what the extension keeps in its storage under the user data folder.
    extensionTestsEnv: { TARIFF_LENS_VSCODE_RESULT: resultFile, TARIFF_LENS_USER_DATA: path.join(work, 'user-data') },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      `--user-data-dir=${path.join(work, 'user-data')}`],
  });
} catch (error) {
  // A failing suite rejects too; its result file says what failed.
  problem = `VS Code did not run the suite: ${error?.message ?? error}`;
}

const result = readResult(resultFile);
process.exitCode = report(result, { host: 'test-electron', seconds: (Date.now() - started) / 1000, problem });
if (process.exitCode === 0) fs.rmSync(work, { recursive: true, force: true });
else console.log(`workspace kept in ${work}`);
