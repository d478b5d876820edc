// `npm run bench`: generates memos (10 KB – 10 MB) and HTS-shaped fact bases (100 –
// 100,000 facts), measures the engine and the language server on them, prints a
// table and writes the figures as JSON to bench/results/.
//
//   node test/out/bench/run.js [--quick] [--no-server] [--no-engine] [--label NAME]
//
// --quick runs each measurement fewer times (for a first look, not for the README).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseFactFile } from 'tariff-lens';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { measureEngineEdits, measureFactLoad, measureStructureEdits, measureThroughput, type FactLoad, type Throughput } from './engine';
import { factFileText, jsonFactFileText } from './factBase';
import { generateMemo } from './memo';
import { BenchServer, measureEdits, measureHoverWhileChecking, measureRequests, measureSnapshotLoads, memoUri, type EditResult, type SnapshotLoads } from './server';
import { measureStartup, type Startup } from './startup';
import { round, summarize, type Summary } from './stats';
import { linesForFacts, tariffLines } from './world';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const label = args.includes('--label') ? args[args.indexOf('--label') + 1] : quick ? 'quick' : 'full';

const KB = 1024;
const MB = 1024 * 1024;
const MEMO_SIZES: [string, number][] = [['10 KB', 10 * KB], ['100 KB', 100 * KB], ['1 MB', MB], ['10 MB', 10 * MB]];
const FACT_COUNTS = [100, 10_000, 100_000];
/** The fact base the throughput and latency figures use. */
const MAIN_FACTS = 10_000;

const runs = (full: number) => (quick ? Math.max(1, Math.ceil(full / 4)) : full);

interface Results {
  label: string;
  date: string;
  commit: string;
  machine: Record<string, unknown>;
  engine?: {
    throughput: Record<string, Throughput>;
    /** 1 MB memo against each fact base. */
    throughputByFacts: Record<string, Throughput>;
    factLoad: Record<string, FactLoad>;
    /** One-character edits checked again with a CheckCache (1 MB and 10 MB memos). */
    edits: Record<string, Summary>;
    /** Markdown structure marks typed anywhere in the 1 MB memo and deleted again, checked with a CheckCache. */
    structureEdits: Summary;
    /** Median time of the 10 MB memo over that of the 1 MB memo. */
    growth10to1: number;
  };
  server?: {
    /** Open → the status that names the version checked: all its diagnostics. */
    open: Record<string, Summary>;
    /** Open → the first publish: a long document's first part is published before the rest is read. */
    openFirst: Record<string, Summary>;
    edit: Record<string, EditResult>;
    /** The same edits with every verdict's severity off: the check without the diagnostics' transport. */
    editNothingPublished: EditResult;
    editWithDefaultDebounce: Summary;
    debounceMs: number;
    hover: Summary;
    codeAction: Summary;
    /** Hover on the checked 1 MB memo while the 10 MB memo is opened and read. */
    hoverWhileChecking: Summary;
    /**
     * Per fact base: load times; resident memory right after loading, once settled, and
     * with the 1 MB memo open and checked (settled), and the peak.
     */
    factBases: Record<string, { factsReadyMs: Summary; startedMs: Summary; rssLoadedMb: number; rssIdleMb: number; rssWithMemoMb: number; peakMb?: number }>;
    /** The biggest fact base with a snapshot folder: see measureSnapshotLoads. */
    snapshotLoads?: SnapshotLoads & { facts: number };
    growth: { open10to1: number; edit10to1: number };
  };
  startup?: Startup;
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim(),
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return 'unknown';
  }
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  const results: Results = { label, date: new Date().toISOString(), commit: commit(), machine: machine() };
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tariff-lens-bench-'));
  try {
    log('generating memos and fact bases');
    const lines = tariffLines();
    // The memos quote lines of the main fact base (the 100,000-fact base holds them too).
    const quoted = linesForFacts(lines, MAIN_FACTS);
    const memos = new Map(MEMO_SIZES.map(([name, bytes]) => [name, generateMemo(quoted, bytes).text]));
    const factFiles = new Map<number, { dir: string; file: string; text: string }>();
    for (const count of FACT_COUNTS) {
      const dir = path.join(tmp, `facts-${count}`);
      mkdirSync(dir);
      const file = path.join(dir, `hts-${count}.tariff-facts.yaml`);
      const text = factFileText(lines, count);
      writeFileSync(file, text);
      factFiles.set(count, { dir, file, text });
    }

    if (!args.includes('--no-engine')) {
      log('engine: fact files');
      const factLoad: Record<string, FactLoad> = {};
      const bases = new Map<number, ReturnType<typeof measureFactLoad>['base']>();
      for (const [count, { file, text }] of factFiles) {
        const { load, base } = measureFactLoad(text, file, runs(count >= 100_000 ? 3 : 5));
        factLoad[count] = load;
        bases.set(count, base);
      }
      // The biggest base again as JSON, indented and on one line (read by JSON.parse, not by the YAML reader).
      const biggest = factFiles.get(FACT_COUNTS[FACT_COUNTS.length - 1])!;
      const readBiggest = parseFactFile(biggest.text, biggest.file);
      for (const layout of ['indented', 'one line'] as const) {
        factLoad[`${readBiggest.facts.length}, JSON ${layout}`] = measureFactLoad(jsonFactFileText(readBiggest, layout), path.join(biggest.dir, 'hts.tariff-facts.json'), runs(3)).load;
      }
      log('engine: throughput');
      const throughput: Record<string, Throughput> = {};
      for (const [name, text] of memos) {
        const bytes = Buffer.byteLength(text);
        throughput[name] = measureThroughput(text, bases.get(MAIN_FACTS)!, runs(bytes >= 10 * MB ? 3 : bytes >= MB ? 5 : 20));
        log(`  ${name}: ${throughput[name].mbPerSecond} MB/s`);
      }
      const throughputByFacts: Record<string, Throughput> = {};
      for (const count of FACT_COUNTS) throughputByFacts[count] = measureThroughput(memos.get('1 MB')!, bases.get(count)!, runs(count >= 100_000 ? 2 : 5));
      log('engine: edits with a cache');
      const edits: Record<string, Summary> = {};
      for (const name of ['1 MB', '10 MB']) edits[name] = measureEngineEdits(memos.get(name)!, bases.get(MAIN_FACTS)!, runs(name === '1 MB' ? 100 : 40));
      log('engine: structure marks typed anywhere');
      const structureEdits = measureStructureEdits(memos.get('1 MB')!, bases.get(MAIN_FACTS)!, runs(60));
      results.engine = { throughput, throughputByFacts, factLoad, edits, structureEdits, growth10to1: round(throughput['10 MB'].ms.median / throughput['1 MB'].ms.median) };
    }

    if (!args.includes('--no-server')) {
      results.server = await serverBench(memos, factFiles);
      log('start-up: a tariff-lens check, and a new server\'s first document');
      const firstMemos = ['10 KB', '100 KB'].map((name): [string, string] => [name, memos.get(name)!]);
      results.startup = await measureStartup(REPO_ROOT, factFiles.get(MAIN_FACTS)!.dir, MAIN_FACTS, firstMemos, runs(7));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const dir = path.join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(results, null, 2) + '\n';
  const stamp = results.date.replace(/[:]/g, '').replace(/\..*$/, '');
  writeFileSync(path.join(dir, `${stamp}-${label}.json`), json);
  writeFileSync(path.join(dir, 'latest.json'), json);
  process.stdout.write(table(results));
  log(`wrote bench/results/${stamp}-${label}.json and bench/results/latest.json`);
}

async function serverBench(memos: Map<string, string>, factFiles: Map<number, { dir: string; file: string; text: string }>): Promise<NonNullable<Results['server']>> {
  const factBases: NonNullable<Results['server']>['factBases'] = {};
  for (const [count, { dir }] of factFiles) {
    log(`server: ${count} facts`);
    const ready: number[] = [];
    const started: number[] = [];
    let rssLoadedMb = 0, rssIdleMb = 0, rssWithMemoMb = 0, peakMb: number | undefined;
    for (let i = 0; i < runs(3); i++) {
      const server = await BenchServer.start(dir, count);
      ready.push(server.factsReadyMs);
      started.push(server.startedMs);
      if (i === 0) {
        rssLoadedMb = server.memory().rss;
        rssIdleMb = await server.settledMemory();
        await server.open(memoUri(dir, 'memo-1mb.md'), memos.get('1 MB')!);
        rssWithMemoMb = await server.settledMemory();
        peakMb = server.memory().peak;
      }
      await server.stop();
    }
    factBases[count] = { factsReadyMs: summarize(ready), startedMs: summarize(started), rssLoadedMb: round(rssLoadedMb, 0), rssIdleMb: round(rssIdleMb, 0), rssWithMemoMb: round(rssWithMemoMb, 0), peakMb: peakMb && round(peakMb, 0) };
  }

  const biggest = Math.max(...factFiles.keys());
  log(`server: ${biggest} facts, read from a snapshot; a small fact file saved beside them`);
  const snapshotLoads = { facts: biggest, ...await measureSnapshotLoads(factFiles.get(biggest)!.dir, biggest, runs(5)) };

  const { dir } = factFiles.get(MAIN_FACTS)!;
  const server = await BenchServer.start(dir, MAIN_FACTS);
  try {
    log('server: open → diagnostics');
    await server.open(memoUri(dir, 'warm-up.md'), memos.get('100 KB')!); // JIT warm-up
    await server.close(memoUri(dir, 'warm-up.md'));
    const open: Record<string, Summary> = {};
    const openFirst: Record<string, Summary> = {};
    for (const [name, text] of memos) {
      const all: number[] = [], first: number[] = [];
      for (let i = 0; i < runs(text.length >= 10 * MB ? 3 : 7); i++) {
        const uri = memoUri(dir, `open-${name.replace(' ', '')}-${i}.md`);
        const opened = await server.open(uri, text);
        all.push(opened.ms);
        first.push(opened.firstMs);
        await server.close(uri);
      }
      open[name] = summarize(all);
      openFirst[name] = summarize(first);
      log(`  ${name}: median ${openFirst[name].median} ms to the first, ${open[name].median} ms to all`);
    }

    log('server: edits, hover and code actions');
    const edit: Record<string, EditResult> = {};
    let hover: Summary | undefined, codeAction: Summary | undefined, hoverWhileChecking: Summary | undefined;
    for (const name of ['1 MB', '10 MB']) {
      const text = memos.get(name)!;
      const uri = memoUri(dir, `edit-${name.replace(' ', '')}.md`);
      const { diagnostics } = await server.open(uri, text);
      const doc = TextDocument.create(uri, 'markdown', 1, text);
      edit[name] = await measureEdits(server, doc, diagnostics, name === '1 MB' ? runs(100) : runs(40));
      log(`  edit ${name}: median ${edit[name].all.median} ms, p95 ${edit[name].all.p95} ms`);
      if (name === '1 MB') {
        ({ hover, codeAction } = await measureRequests(server, doc, diagnostics, runs(40)));
        const longUri = memoUri(dir, 'long-10mb.md');
        hoverWhileChecking = await measureHoverWhileChecking(server, doc, diagnostics, longUri, memos.get('10 MB')!);
        log(`  hover while the 10 MB memo is read: median ${hoverWhileChecking.median} ms, max ${hoverWhileChecking.max} ms`);
        await server.close(longUri);
      }
      await server.close(uri);
    }

    const text = memos.get('1 MB')!;
    const settings = server.client.settings;
    /** Applies settings (the server reloads its facts) and edits a fresh copy of the 1 MB memo. */
    const editsWith = async (changed: Record<string, unknown>, name: string, count: number) => {
      server.client.settings = { ...settings, ...changed };
      const statuses = server.client.statuses.length;
      await server.client.settingsChanged();
      await server.client.waitFor('facts reloaded', () => (server.client.statuses.length > statuses ? true : undefined), 60_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const uri = memoUri(dir, name);
      const { diagnostics } = await server.open(uri, text);
      const result = await measureEdits(server, TextDocument.create(uri, 'markdown', 1, text), diagnostics, count, 11);
      await server.close(uri);
      return result;
    };
    log('server: edits with nothing to publish');
    const off = { contradicted: 'off', outdated: 'off', announced: 'off', unverifiable: 'off', supported: 'off' };
    const nothingPublished = await editsWith({ severity: off }, 'quiet-1mb.md', runs(60));
    log('server: edits with the default debounce');
    const withDebounce = (await editsWith({ debounceMs: 200 }, 'debounce-1mb.md', runs(20))).all;
    return {
      open, openFirst, edit, hover: hover!, codeAction: codeAction!, hoverWhileChecking: hoverWhileChecking!, factBases, snapshotLoads,
      editNothingPublished: nothingPublished,
      editWithDefaultDebounce: withDebounce,
      debounceMs: 200,
      growth: { open10to1: round(open['10 MB'].median / open['1 MB'].median), edit10to1: round(edit['10 MB'].all.median / edit['1 MB'].all.median) },
    };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------
// The table

const TARGETS = {
  engineMbPerSecond: 20,
  editMedianMs: 15,
  editP95Ms: 40,
  openMs: 150,
  requestMs: 10,
  loadMs: 1500,
  rssMb: 250,
};

function table(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Tariff Lens benchmark (${r.label}) — ${r.date.slice(0, 16)}Z, commit ${r.commit}`);
  out.push(`${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}`, '');
  const row = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  if (r.engine) {
    const e = r.engine;
    const w = [22, 10, 8, 10, 10, 8];
    out.push(`Engine, in process, ${MAIN_FACTS.toLocaleString('en-US')} facts`);
    out.push(row(['memo', 'bytes', 'claims', 'median ms', 'p95 ms', 'MB/s'], w));
    for (const [name, t] of Object.entries(e.throughput)) out.push(row([name, t.bytes, t.claims, t.ms.median, t.ms.p95, t.mbPerSecond], w));
    out.push(`10 MB / 1 MB time: ${e.growth10to1} (near 10 is linear)`, '');
    out.push('Engine, one-character edit checked again with a CheckCache');
    out.push(row(['memo', '', '', 'median ms', 'p95 ms', 'runs'], w));
    for (const [name, t] of Object.entries(e.edits)) out.push(row([name, '', '', t.median, t.p95, t.runs], w));
    out.push(`10 MB / 1 MB edit: ${round(e.edits['10 MB'].median / e.edits['1 MB'].median)} (near 1 is incremental)`);
    const se = e.structureEdits;
    if (se) out.push(`1 MB, a Markdown mark typed anywhere (fences, tables, front matter too) and deleted: median ${se.median} ms, p95 ${se.p95} ms, max ${se.max} ms (${se.runs} runs)`);
    out.push('');
    out.push('Engine, 1 MB memo, by fact base');
    out.push(row(['facts', '', 'claims', 'median ms', 'p95 ms', 'MB/s'], w));
    for (const [count, t] of Object.entries(e.throughputByFacts)) out.push(row([count, '', t.claims, t.ms.median, t.ms.p95, t.mbPerSecond], w));
    out.push('');
    out.push('Fact files, in process (parse + build)');
    out.push(row(['facts', 'MB', '', 'parse ms', 'build ms', ''], w));
    for (const [count, l] of Object.entries(e.factLoad)) out.push(row([count, round(l.bytes / MB, 1), '', l.parseMs.median, l.buildMs.median, ''], w));
    out.push('');
  }
  if (r.server) {
    const s = r.server;
    const w = [44, 10, 10, 8];
    out.push(`Language server over stdio, ${MAIN_FACTS.toLocaleString('en-US')} facts, debounce 0`);
    out.push(row(['', 'median ms', 'p95 ms', 'runs'], w));
    for (const [name, t] of Object.entries(s.open)) {
      const first = s.openFirst?.[name];
      if (first) out.push(row([`open → first diagnostics, ${name}`, first.median, first.p95, first.runs], w));
      out.push(row([`open → all diagnostics, ${name}`, t.median, t.p95, t.runs], w));
    }
    for (const [name, t] of Object.entries(s.edit)) {
      out.push(row([`edit → diagnostics, ${name} (all)`, t.all.median, t.all.p95, t.all.runs], w));
      out.push(row([`  typing in prose`, t.typing.median, t.typing.p95, t.typing.runs], w));
      out.push(row([`  changing a flagged figure`, t.figure.median, t.figure.p95, t.figure.runs], w));
      if (t.publishing) out.push(row([`  those after which diagnostics changed`, t.publishing.median, t.publishing.p95, t.publishing.runs], w));
      out.push(`  (each publish: ${t.diagnostics} diagnostics, ${round(t.publishedBytes / MB, 2)} MB of JSON)`);
    }
    const q = s.editNothingPublished.all;
    out.push(row(['edit → diagnostics, 1 MB, severities off', q.median, q.p95, q.runs], w));
    out.push(row(['hover, 1 MB', s.hover.median, s.hover.p95, s.hover.runs], w));
    out.push(row(['code action, 1 MB', s.codeAction.median, s.codeAction.p95, s.codeAction.runs], w));
    if (s.hoverWhileChecking) {
      out.push(row(['hover, 1 MB, while the 10 MB memo is read', s.hoverWhileChecking.median, s.hoverWhileChecking.p95, s.hoverWhileChecking.runs], w));
      out.push(`  (longest: ${s.hoverWhileChecking.max} ms, behind the 10 MB memo's publishes, each built and sent whole)`);
    }
    out.push(row([`edit → diagnostics, 1 MB, debounce ${s.debounceMs} ms`, s.editWithDefaultDebounce.median, s.editWithDefaultDebounce.p95, s.editWithDefaultDebounce.runs], w));
    out.push(`10 MB / 1 MB: open ${s.growth.open10to1} (near 10 is linear), edit ${s.growth.edit10to1} (near 1 is incremental)`, '');
    const wf = [10, 16, 14, 14, 14, 14, 8];
    out.push('Language server by fact base (resident memory in MB: just loaded, settled, settled with the 1 MB memo checked, peak)');
    out.push(row(['facts', 'loaded ms (init)', 'from spawn ms', 'RSS loaded', 'RSS settled', 'RSS + memo', 'peak'], wf));
    for (const [count, f] of Object.entries(s.factBases)) out.push(row([count, f.factsReadyMs.median, f.startedMs.median, f.rssLoadedMb, f.rssIdleMb, f.rssWithMemoMb, f.peakMb ?? ''], wf));
    const snap = s.snapshotLoads;
    if (snap) {
      out.push(`${snap.facts} facts unchanged since their snapshot: loaded in ${snap.factsReadyMs.median} ms (init), ${snap.startedMs.median} ms from spawn, RSS settled ${snap.rssIdleMb} MB (medians of ${snap.factsReadyMs.runs} new servers)`);
      out.push(`${snap.facts} facts, a small fact file saved beside them → facts reloaded: median ${snap.reloadBesideMs.median} ms, p95 ${snap.reloadBesideMs.p95} ms (${snap.reloadBesideMs.runs} saves)`);
    }
    out.push('');
  }
  if (r.startup) {
    const w = [52, 10, 10, 8];
    out.push('Start-up: new processes (no target)');
    out.push(row(['', 'median ms', 'p95 ms', 'runs'], w));
    const c = r.startup.cliCheck;
    out.push(row(['tariff-lens check examples/briefing.md, start to end', c.median, c.p95, c.runs], w));
    for (const [name, t] of Object.entries(r.startup.firstOpen)) out.push(row([`new server, first open → all diagnostics, ${name}`, t.median, t.p95, t.runs], w));
    out.push('');
  }
  out.push('Targets');
  if (r.engine) out.push(`  engine ≥ ${TARGETS.engineMbPerSecond} MB/s on 1 MB with 10,000 facts: ${r.engine.throughput['1 MB'].mbPerSecond} — ${check(r.engine.throughput['1 MB'].mbPerSecond >= TARGETS.engineMbPerSecond)}`);
  if (r.server) {
    const s = r.server;
    const e = s.edit['1 MB'].all;
    const big = s.factBases['100000'];
    out.push(`  edit 1 MB median ≤ ${TARGETS.editMedianMs} ms, p95 ≤ ${TARGETS.editP95Ms} ms: ${e.median} / ${e.p95} — ${check(e.median <= TARGETS.editMedianMs && e.p95 <= TARGETS.editP95Ms)} (${s.edit['1 MB'].diagnostics} diagnostics a publish)`);
    const q = s.editNothingPublished.all;
    out.push(`    the same with nothing to publish: ${q.median} / ${q.p95} — ${check(q.median <= TARGETS.editMedianMs && q.p95 <= TARGETS.editP95Ms)}`);
    out.push(`  open 1 MB ≤ ${TARGETS.openMs} ms, to all diagnostics: ${s.open['1 MB'].median} — ${check(s.open['1 MB'].median <= TARGETS.openMs)}${s.openFirst ? ` (to the first: ${s.openFirst['1 MB'].median})` : ''}`);
    out.push(`  hover and code action ≤ ${TARGETS.requestMs} ms: ${s.hover.median} / ${s.codeAction.median} — ${check(s.hover.median <= TARGETS.requestMs && s.codeAction.median <= TARGETS.requestMs)}`);
    if (big) {
      const fromSnapshot = s.snapshotLoads ? ` (the file unchanged since its snapshot: ${s.snapshotLoads.factsReadyMs.median})` : '';
      out.push(`  100,000 facts load ≤ ${TARGETS.loadMs} ms, a new file: ${big.factsReadyMs.median} — ${check(big.factsReadyMs.median <= TARGETS.loadMs)}${fromSnapshot}`);
      out.push(`  server RSS ≤ ${TARGETS.rssMb} MB with 100,000 facts, settled: ${big.rssIdleMb} — ${check(big.rssIdleMb <= TARGETS.rssMb)}; with the 1 MB memo ${big.rssWithMemoMb} — ${check(big.rssWithMemoMb <= TARGETS.rssMb)}; just loaded ${big.rssLoadedMb}, peak ${big.peakMb}`);
    }
  }
  return out.join('\n') + '\n';
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
