// What a new process costs before it is warm, as a user meets it: a `tariff-lens check`
// run in CI from start to end, and the first document a new language server checks
// (its regular expressions, date parser and code not yet compiled).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { BenchServer, memoUri } from './server';
import { summarize, type Summary } from './stats';

export interface Startup {
  /** `tariff-lens check examples/briefing.md` with the built-in facts, spawn to exit. */
  cliCheck: Summary;
  /** Per memo: a new server's first open → all its diagnostics. */
  firstOpen: Record<string, Summary>;
}

export async function measureStartup(repoRoot: string, workspace: string, factCount: number, memos: [string, string][], runs: number): Promise<Startup> {
  const cli = path.join(repoRoot, 'bin', 'tariff-lens.js');
  const example = path.join(repoRoot, 'examples', 'briefing.md');
  const cliTimes: number[] = [];
  const openTimes = new Map<string, number[]>(memos.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [cli, 'check', example], { stdio: 'ignore' });
    // Exit 1 means problems found (the example has one); 2 means it could not check.
    if (run.status !== 0 && run.status !== 1) throw new Error(`tariff-lens check exited with ${run.status}`);
    cliTimes.push(performance.now() - started);
    for (const [name, text] of memos) {
      const server = await BenchServer.start(workspace, factCount);
      openTimes.get(name)!.push((await server.open(memoUri(workspace, 'first.md'), text)).ms);
      await server.stop();
    }
  }
  return { cliCheck: summarize(cliTimes), firstOpen: Object.fromEntries([...openTimes].map(([name, times]) => [name, summarize(times)])) };
}
