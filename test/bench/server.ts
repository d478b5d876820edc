// The language server over real stdio, timed from the protocol messages: didOpen →
// the first publishDiagnostics of the document, didChange → the publishDiagnostics of
// the new version (or, when its diagnostics are unchanged and so not sent again, the
// status notification that names the version checked), hover and code-action round trips, and fact files → the status
// notification that reports them loaded. The check's debounce is set to 0 through the
// `tariffLens.debounceMs` setting so that these figures are the work itself; the
// debounce is measured separately with the default setting.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { Random } from './random';
import { summarize, type Summary } from './stats';

/** Generous: before optimisation a 10 MB memo or 100,000 facts took minutes. */
const LONG_WAIT_MS = 30 * 60 * 1000;

/**
 * The server's settings for the benchmark: only the generated facts, no debounce, and
 * limits high enough that the 10 MB memo is checked whole (by default the server checks
 * the first 2,000,000 characters and gives up on a check after 2 s).
 */
export function serverSettings(debounceMs: number): Record<string, unknown> {
  return { enable: true, useBuiltinFacts: false, factFiles: [], asOf: '', debounceMs, maxDocumentSize: 100_000_000, checkTimeLimit: 600_000 };
}

/** Resident memory of a process in MB (Linux /proc, else ps). */
export function residentMb(pid: number): { rss: number; peak?: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024 };
  }
}

export class BenchServer {
  private constructor(readonly client: LspClient, readonly startedMs: number, readonly factsReadyMs: number) {}

  /**
   * Starts a server in `workspace` (which holds the fact file) and waits until it
   * reports `factCount` facts loaded. `factsReadyMs`: from the initialized
   * notification to that status; `startedMs`: from spawning the process to it.
   * `storagePath`: the folder for snapshots of big fact files (none by default: every
   * start parses its files, as the first start with a new file does).
   */
  static async start(workspace: string, factCount: number, debounceMs = 0, storagePath?: string): Promise<BenchServer> {
    const t0 = performance.now();
    const client = await LspClient.start({ workspaceFolder: workspace, settings: serverSettings(debounceMs), initializationOptions: { storagePath } });
    const t1 = performance.now();
    await client.waitFor(`${factCount} facts loaded`, () => client.statuses.find((s) => s.factCount === factCount), LONG_WAIT_MS);
    const t2 = performance.now();
    return new BenchServer(client, t2 - t0, t2 - t1);
  }

  memory(): { rss: number; peak?: number } {
    return residentMb(this.client.pid!);
  }

  /**
   * Resident memory once it has settled: V8 gives memory back to the system some
   * seconds after a burst of work (its memory reducer runs when the process has idled
   * for a while, 10-20 s), so this waits `minMs`, then polls until it holds still.
   */
  async settledMemory(minMs = 25_000, maxMs = 60_000): Promise<number> {
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, minMs));
    let last = this.memory().rss, still = 0;
    while (performance.now() - started < maxMs && still < 4) {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const now = this.memory().rss;
      still = Math.abs(now - last) < 2 ? still + 1 : 0;
      last = now;
    }
    return last;
  }

  /**
   * Opens `text` and returns the time to its first diagnostics (a long document's first
   * part is published before the rest is read) and to all of them (the status that
   * names the version checked), and them.
   */
  async open(uri: string, text: string): Promise<{ firstMs: number; ms: number; diagnostics: Diagnostic[] }> {
    this.client.published.length = 0;
    this.client.statuses.length = 0;
    const t0 = performance.now();
    await this.client.open(uri, text, 'markdown');
    await this.client.waitFor(`diagnostics of ${uri}`, () => this.client.published.find((p) => p.uri === uri), LONG_WAIT_MS);
    const firstMs = performance.now() - t0;
    const diagnostics = await this.client.diagnosticsOfVersion(uri, 1, LONG_WAIT_MS);
    return { firstMs, ms: performance.now() - t0, diagnostics };
  }

  async close(uri: string): Promise<void> {
    await this.client.close(uri);
    await this.client.waitFor('diagnostics cleared', () => this.client.published.find((p) => p.uri === uri && p.diagnostics.length === 0 && p.version === undefined), LONG_WAIT_MS);
  }

  /**
   * Applies one change and returns the time until the client has the diagnostics of the
   * new version: their publish or, when they did not change, the status naming the version.
   */
  async change(doc: TextDocument, offset: number, deleteCount: number, insert: string): Promise<{ ms: number; diagnostics: Diagnostic[]; published: boolean }> {
    const range = { start: doc.positionAt(offset), end: doc.positionAt(offset + deleteCount) };
    TextDocument.update(doc, [{ range, text: insert }], doc.version + 1);
    // Only the latest publish is needed to tell whether the next is sent; a 1 MB memo's are large.
    this.client.published.splice(0, this.client.published.length - 1);
    this.client.statuses.splice(0, this.client.statuses.length - 1);
    const t0 = performance.now();
    const version = await this.client.change(doc.uri, [{ range, text: insert }]);
    const diagnostics = await this.client.diagnosticsOfVersion(doc.uri, version, LONG_WAIT_MS);
    const ms = performance.now() - t0;
    return { ms, diagnostics, published: this.client.published.at(-1)?.version === version };
  }

  async stop(): Promise<void> {
    await this.client.stop();
  }
}

/** Offsets of prose lines (not headings, tables, lists, quotes, code or front matter) where typing happens. */
function proseLineStarts(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let inFence = false;
  let inFrontMatter = text.startsWith('---');
  let offset = 0;
  for (const [i, line] of text.split('\n').entries()) {
    if (inFrontMatter && i > 0 && line === '---') inFrontMatter = false;
    else if (line.startsWith('```')) inFence = !inFence;
    else if (!inFrontMatter && !inFence && line.length > 80 && /^[A-Z]/.test(line)) out.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return out;
}

export interface EditResult {
  /** One character typed in prose, then deleted again: each change timed. */
  typing: Summary;
  /** A digit of a flagged figure changed, then changed back. */
  figure: Summary;
  all: Summary;
  /** The edits after which the diagnostics changed, so the server sent them all again. */
  publishing: Summary;
  /** What each publishDiagnostics carried: how many diagnostics, and the JSON size. */
  diagnostics: number;
  publishedBytes: number;
}

/**
 * One-character edits spread over the document: typing a letter into a prose line
 * and deleting it again, and changing a digit of a flagged figure and back.
 */
export async function measureEdits(server: BenchServer, doc: TextDocument, diagnostics: Diagnostic[], count: number, seed = 7): Promise<EditResult> {
  const random = new Random(seed);
  const lines = proseLineStarts(doc.getText());
  const typing: number[] = [];
  const figure: number[] = [];
  const publishing: number[] = [];
  let last: Diagnostic[] = diagnostics;
  const timed = <T extends { ms: number; published: boolean }>(into: number[], change: T): T => {
    into.push(change.ms);
    if (change.published) publishing.push(change.ms);
    return change;
  };
  const figures = diagnostics.filter((d) => /^\d/.test(String((d.data as { text?: string } | undefined)?.text ?? '')));
  for (let i = 0; i < count; i += 2) {
    if (i % 10 === 8 && figures.length) {
      const d = random.pick(figures);
      const at = doc.offsetAt(d.range.start);
      const old = doc.getText().charAt(at);
      const digit = old === '9' ? '8' : String(Number(old) + 1);
      timed(figure, await server.change(doc, at, 1, digit));
      last = timed(figure, await server.change(doc, at, 1, old)).diagnostics;
    } else {
      const line = random.pick(lines);
      const at = line.start + random.int(10, line.end - line.start - 10);
      timed(typing, await server.change(doc, at, 0, 'e'));
      last = timed(typing, await server.change(doc, at, 1, '')).diagnostics;
    }
  }
  return {
    typing: summarize(typing), figure: summarize(figure.length ? figure : [NaN]), all: summarize([...typing, ...figure]),
    publishing: summarize(publishing.length ? publishing : [NaN]),
    diagnostics: last.length, publishedBytes: Buffer.byteLength(JSON.stringify(last)),
  };
}

/** Hover and code-action round trips on flagged claims spread over the document. */
export async function measureRequests(server: BenchServer, doc: TextDocument, diagnostics: Diagnostic[], count: number): Promise<{ hover: Summary; codeAction: Summary }> {
  const hover: number[] = [];
  const codeAction: number[] = [];
  const step = Math.max(1, Math.floor(diagnostics.length / count));
  for (let i = 0; i < diagnostics.length && hover.length < count; i += step) {
    const d = diagnostics[i];
    const position = { line: d.range.start.line, character: d.range.start.character + 1 };
    let t0 = performance.now();
    const card = await server.client.hover(doc.uri, position);
    hover.push(performance.now() - t0);
    if (!card) throw new Error(`no hover at ${JSON.stringify(position)}`);
    t0 = performance.now();
    const actions = await server.client.codeActions(doc.uri, d.range, { diagnostics: [d] });
    codeAction.push(performance.now() - t0);
    if (!actions.length) throw new Error(`no code action for ${d.message}`);
  }
  return { hover: summarize(hover), codeAction: summarize(codeAction) };
}

/**
 * Hover round trips on a checked document while a long one is opened and read: each
 * waits at most for the slice of the long check under way.
 */
export async function measureHoverWhileChecking(server: BenchServer, checked: TextDocument, diagnostics: Diagnostic[], longUri: string, longText: string): Promise<Summary> {
  const position = { line: diagnostics[0].range.start.line, character: diagnostics[0].range.start.character + 1 };
  server.client.statuses.length = 0;
  const longChecked = () => server.client.statuses.some((s) => s.documents[longUri]?.version === 1);
  await server.client.open(longUri, longText, 'markdown');
  const hover: number[] = [];
  while (!longChecked()) {
    const t0 = performance.now();
    const card = await server.client.hover(checked.uri, position);
    hover.push(performance.now() - t0);
    if (!card) throw new Error(`no hover at ${JSON.stringify(position)}`);
  }
  return summarize(hover);
}

export function memoUri(workspace: string, name: string): string {
  return pathToFileURL(`${workspace}/${name}`).href;
}

export interface SnapshotLoads {
  /** New servers whose big fact file is unchanged since the snapshot a first server wrote. */
  factsReadyMs: Summary;
  startedMs: Summary;
  rssIdleMb: number;
  /** A small fact file saved beside the big one → the status reporting the facts reloaded. */
  reloadBesideMs: Summary;
}

/**
 * A big fact base with a snapshot folder, as VS Code runs the server: the first start
 * parses the file and writes its snapshot (not counted); later starts read it. Then a
 * small fact file is saved beside the big one, again and again: each save reloads the
 * facts, and the big file's parse is kept, as its text is unchanged.
 */
export async function measureSnapshotLoads(dir: string, factCount: number, runs: number): Promise<SnapshotLoads> {
  const storage = mkdtempSync(join(tmpdir(), 'tariff-lens-bench-storage-'));
  const small = join(dir, 'team.tariff-facts.yaml');
  try {
    const first = await BenchServer.start(dir, factCount, 0, storage);
    const snapshots = join(storage, 'fact-snapshots');
    for (let waited = 0; !existsSync(snapshots) || !readdirSync(snapshots).some((name) => name.endsWith('.json')); waited += 100) {
      if (waited > LONG_WAIT_MS) throw new Error('the server wrote no snapshot');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await first.stop();
    const ready: number[] = [], started: number[] = [];
    let rssIdleMb = 0;
    for (let i = 0; i < runs; i++) {
      const server = await BenchServer.start(dir, factCount, 0, storage);
      ready.push(server.factsReadyMs);
      started.push(server.startedMs);
      if (i === 0) rssIdleMb = await server.settledMemory();
      await server.stop();
    }

    const server = await BenchServer.start(dir, factCount, 0, storage);
    const reload: number[] = [];
    for (let i = 0; i < runs; i++) {
      const added = (i % 2) + 1; // one fact, then two: the count in the status tells the reload apart
      writeFileSync(small, smallFactFile(added));
      server.client.statuses.length = 0;
      const t0 = performance.now();
      await server.client.watchedFilesChanged([{ uri: pathToFileURL(small).href, type: i === 0 ? FileChangeType.Created : FileChangeType.Changed }]);
      await server.client.waitFor('facts reloaded', () => server.client.statuses.find((s) => s.factCount === factCount + added), LONG_WAIT_MS);
      reload.push(performance.now() - t0);
    }
    await server.stop();
    return { factsReadyMs: summarize(ready), startedMs: summarize(started), rssIdleMb: Math.round(rssIdleMb), reloadBesideMs: summarize(reload) };
  } finally {
    rmSync(small, { force: true });
    rmSync(storage, { recursive: true, force: true });
  }
}

/** A team's own fact file of `count` facts. */
function smallFactFile(count: number): string {
  const facts = Array.from({ length: count }, (_, i) => `  - id: team-wine-${i + 1}
    rate: ${10 + i}
    imposer: US
    target: NZ
    products: [wine]
    effective: 2026-0${i + 1}-01
    terms: [team note ${i + 1}]
    source: { title: Team note ${i + 1}, date: 2026-01-01 }`);
  return `version: 1\nfacts:\n${facts.join('\n')}\n`;
}
