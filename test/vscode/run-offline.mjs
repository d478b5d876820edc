#!/usr/bin/env node
// Runs the editor test suite (test/vscode/suite) in a real VS Code on machines that
// cannot download one: code-server 4.100.3 (VS Code 1.100.3's workbench and extension
// host, installed from npm by .ci/vscode-deps.sh into .cache/code-server) shown in
// headless Chromium (how and why: test/vscode/README.md).
//
//   npm run test:vscode                      (builds first)
//   node test/vscode/run-offline.mjs         (expects dist/ and test/vscode/out/ built)
//
// Environment:
//   TARIFF_LENS_SCREENSHOT=docs/hover.png    save a screenshot of the hover card there
//   TARIFF_LENS_VSCODE_TIMEOUT_MS=300000     time limit for the whole suite
//   TARIFF_LENS_KEEP=1                       keep the temporary folder (logs, workspace)
//   TARIFF_LENS_VSIX=tariff-lens-0.1.0.vsix  test that package instead of the repository
//
// Prints `vscode: N passed, N failed` on its own line and exits non-zero when a test
// fails or VS Code does not start or does not report.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readResult, report } from './report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cache = process.env.TARIFF_LENS_CODE_SERVER_CACHE ?? path.join(root, '.cache/code-server');
const codeServerEntry = path.join(cache, 'node_modules/code-server/out/node/entry.js');
const testsIndex = path.join(root, 'test/vscode/out/suite/index.js');
const fixtureWorkspace = path.join(root, 'test/fixtures/vscode-workspace');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const suiteLimitMs = Number(process.env.TARIFF_LENS_VSCODE_TIMEOUT_MS ?? 300_000);
const startLimitMs = 60_000;

const started = Date.now();
const children = [];
let work;

process.on('SIGINT', () => { stopAll(); process.exit(130); });
process.on('SIGTERM', () => { stopAll(); process.exit(143); });

process.exitCode = await main().catch((error) => finish(undefined, error.message));

async function main() {
  const deps = spawnSync('bash', [path.join(root, '.ci/vscode-deps.sh')], { stdio: 'inherit' });
  if (deps.status !== 0) throw new Error('.ci/vscode-deps.sh failed');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tariff-lens-vscode-'));
  const extensionRoot = process.env.TARIFF_LENS_VSIX ? unpack(path.resolve(process.env.TARIFF_LENS_VSIX)) : root;
  for (const file of [path.join(extensionRoot, 'dist/extension.js'), path.join(extensionRoot, 'dist/server.js'), testsIndex]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  const workspace = path.join(work, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  const resultFile = path.join(work, 'result.json');
  const [port, cdpPort] = [await freePort(), await freePort()];

  const userData = path.join(work, 'user-data');
  // The suite looks for what the extension keeps in its storage under the user data folder.
  const env = { ...process.env, TARIFF_LENS_VSCODE_RESULT: resultFile, TARIFF_LENS_CDP_PORT: String(cdpPort), TARIFF_LENS_USER_DATA: userData };
  if (process.env.TARIFF_LENS_SCREENSHOT) env.TARIFF_LENS_SCREENSHOT = path.resolve(process.env.TARIFF_LENS_SCREENSHOT);
  const server = start('code-server', process.execPath, [
    codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', path.join(work, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace,
  ], env);
  await waitFor(() => healthy(port), startLimitMs, () => server.exited, 'code-server did not start');

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(extensionRoot)], ['extensionTestsPath', remote(testsIndex)]]);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
  const browser = start('chromium', chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${path.join(work, 'chromium')}`, '--window-size=1280,900', '--hide-scrollbars',
    '--remote-debugging-address=127.0.0.1', `--remote-debugging-port=${cdpPort}`, url,
  ], process.env);

  await waitFor(() => fs.existsSync(resultFile), suiteLimitMs, () => server.exited || browser.exited,
    'VS Code did not report a result (it did not start, or the suite hung)');
  return finish(readResult(resultFile), 'the result file is unreadable');
}

/** Stops the processes, prints the outcome and returns the exit code. */
function finish(result, problem) {
  stopAll();
  if (!result) showLogTail();
  const code = report(result, { host: 'code-server', seconds: (Date.now() - started) / 1000, problem });
  if (code !== 0 && work) console.log(`logs and workspace kept in ${work}`);
  else if (work && !process.env.TARIFF_LENS_KEEP) fs.rmSync(work, { recursive: true, force: true });
  return code;
}

/** Unzips a .vsix into the work folder; returns the extension's folder in it. */
function unpack(vsix) {
  const into = path.join(work, 'vsix');
  const unzip = spawnSync('unzip', ['-q', vsix, 'extension/*', '-d', into], { stdio: 'inherit' });
  if (unzip.status !== 0) throw new Error(`cannot unzip ${vsix}`);
  return path.join(into, 'extension');
}

function start(name, command, args, env) {
  const log = fs.openSync(path.join(work, `${name}.log`), 'a');
  const child = spawn(command, args, { env, stdio: ['ignore', log, log], detached: true });
  const entry = { name, child, exited: false };
  child.on('exit', () => { entry.exited = true; });
  child.on('error', (error) => { entry.exited = true; fs.appendFileSync(path.join(work, `${name}.log`), `${error}\n`); });
  children.push(entry);
  return entry;
}

/** Stops Chromium, then code-server: each by its process id (its process group, so its helpers go too). */
function stopAll() {
  for (const entry of children.reverse()) {
    if (entry.exited || !entry.child.pid) continue;
    try {
      process.kill(-entry.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 5000;
  for (const entry of children) {
    while (!entry.exited && entry.child.pid && alive(entry.child.pid) && Date.now() < deadline) sleepSync(50);
    if (entry.child.pid && alive(entry.child.pid)) {
      try { process.kill(-entry.child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
  }
  children.length = 0;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

async function waitFor(ready, limitMs, gaveUp, message) {
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (await ready()) return;
    if (gaveUp()) throw new Error(`${message} (a process exited)`);
    if (Date.now() > deadline) throw new Error(`${message} within ${limitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function healthy(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => { request.destroy(); resolve(false); });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function showLogTail() {
  if (!work) return;
  for (const name of ['code-server', 'chromium']) {
    const file = path.join(work, `${name}.log`);
    if (!fs.existsSync(file)) continue;
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-25);
    console.log(`--- last lines of ${name}.log\n${lines.join('\n')}`);
  }
}
