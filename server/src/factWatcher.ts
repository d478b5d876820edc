// The fact files of the workspace: finds them, asks the client to watch them, loads
// them into the FactBase every check uses, and shows each file's problems in it.
import { promises as fs, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType, uinteger,
  type Connection, type Diagnostic, type Disposable, type FileEvent, type FileSystemWatcher,
} from 'vscode-languageserver';
import { FactBase, isFactFileName, type Fact, type FactFileProblem } from './core';
import type { ParsedFactFileCache } from './factFileCache';
import { readFactFiles } from './factFiles';
import { DIAGNOSTIC_SOURCE } from './protocol';
import type { TariffLensSettings } from './settings';

const FACT_FILE_GLOB = '**/{tariff-facts,*.tariff-facts}.{yaml,yml,json,csv}';

// Folders never searched for fact files: dependencies, VCS data, hidden tool folders.
const SKIPPED_FOLDER = /^(node_modules|\..*)$/;
// Stops discovery from crawling a huge workspace forever; fact files live near the top.
const MAX_FOLDERS_SEARCHED = 5000;

export interface WatcherCapabilities {
  dynamicRegistration: boolean;
  relativePatterns: boolean;
}

export class FactWatcher {
  /** Undefined until the first load: documents wait for it rather than be checked against nothing. */
  private base: FactBase | undefined;
  /** Files found by name in the workspace folders (absolute paths). */
  private readonly discovered = new Set<string>();
  /** Files named in `tariffLens.factFiles`, resolved to absolute paths. */
  private configured: string[] = [];
  private useBuiltin = true;
  /** Fact files that currently show problems, so they can be cleared once fixed. */
  private urisWithProblems = new Set<string>();
  private registration: Disposable | undefined;
  /** Loads run one after another, so a slow discovery never overwrites a newer load. */
  private queue: Promise<void> = Promise.resolve();
  /** Files named in the settings that are not read: outside the workspace, which is not trusted. */
  ignored: string[] = [];

  /**
   * `trusted`: VS Code's workspace trust. Untrusted, a fact file outside the workspace
   * folders is never read, even when a setting names it (set it, then call configure).
   */
  constructor(
    private readonly connection: Connection,
    private readonly folders: string[],
    private readonly capabilities: WatcherCapabilities,
    private readonly onReload: () => void,
    /** Each file's parse, kept while its text is unchanged. */
    private readonly parsedFiles: ParsedFactFileCache,
    public trusted = true,
  ) {}

  get factBase(): FactBase | undefined {
    return this.base;
  }

  /** Applies the fact-related settings, then finds and loads every fact file. */
  configure(settings: TariffLensSettings): Promise<void> {
    return this.enqueue(async () => {
      const named = settings.factFiles.map((setting) => this.resolve(setting));
      const configured = this.trusted ? named : named.filter((file) => this.isInWorkspace(file));
      this.ignored = named.filter((file) => !configured.includes(file));
      for (const file of this.ignored) this.connection.console.warn(`Tariff Lens: not reading ${file}: it is outside the workspace, and the workspace is not trusted.`);
      const pathsChanged = configured.join('\n') !== this.configured.join('\n');
      this.configured = configured;
      this.useBuiltin = settings.useBuiltinFacts;
      if (pathsChanged || !this.registration) await this.registerWatchers();
      await this.discover();
      this.load();
    });
  }

  /** `tariffLens.reloadFacts`: searches the workspace again and reloads everything. */
  reloadAll(): Promise<void> {
    return this.enqueue(async () => {
      await this.discover();
      this.load();
    });
  }

  /** workspace/didChangeWatchedFiles: reloads when a fact file was created, changed or deleted. */
  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.enqueue(async () => {
      let relevant = false;
      for (const change of changes) {
        const file = filePathOf(change.uri);
        if (!file) continue;
        if (this.configured.includes(file)) relevant = true;
        // A client may report any path: only fact files inside the workspace are discovered.
        if (!isFactFileName(file) || this.isInSkippedFolder(file) || !this.isInWorkspace(file)) continue;
        relevant = true;
        if (change.type === FileChangeType.Deleted) this.discovered.delete(file);
        else this.discovered.add(file);
      }
      if (relevant) this.load();
    });
  }

  get errorCount(): number {
    return (this.base?.problems ?? []).filter((p) => p.severity === 'error').length;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error) => {
      this.connection.console.error(`Tariff Lens: loading fact files failed: ${String(error)}`);
    });
    return this.queue;
  }

  private load(): void {
    const paths = [...new Set([...this.discovered, ...this.configured])].sort();
    this.base = FactBase.build(readFactFiles(paths, { useBuiltin: this.useBuiltin, cache: this.parsedFiles }));
    this.publishProblems(this.base.problems);
    this.onReload();
  }

  private publishProblems(problems: FactFileProblem[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    for (const problem of problems) {
      const uri = pathToFileURL(problem.path).href;
      byUri.set(uri, [...(byUri.get(uri) ?? []), problemDiagnostic(problem)]);
    }
    for (const uri of this.urisWithProblems) {
      if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    for (const [uri, diagnostics] of byUri) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.urisWithProblems = new Set(byUri.keys());
  }

  private async registerWatchers(): Promise<void> {
    if (!this.capabilities.dynamicRegistration) return;
    this.registration?.dispose();
    this.registration = undefined;
    const watchers: FileSystemWatcher[] = [{ globPattern: FACT_FILE_GLOB }, ...this.configured.map((file) => this.watcherFor(file))];
    try {
      this.registration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (error) {
      // The facts still load; only their changes then need tariffLens.reloadFacts.
      this.connection.console.error(`Tariff Lens: the client refused to watch fact files: ${String(error)}`);
    }
  }

  private watcherFor(file: string): FileSystemWatcher {
    if (!this.capabilities.relativePatterns) return { globPattern: file.split(path.sep).join('/') };
    return { globPattern: { baseUri: pathToFileURL(path.dirname(file)).href, pattern: path.basename(file) } };
  }

  private async discover(): Promise<void> {
    this.discovered.clear();
    const pending = [...this.folders];
    for (let searched = 0; pending.length > 0 && searched < MAX_FOLDERS_SEARCHED; searched++) {
      const folder = pending.shift()!;
      const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && !SKIPPED_FOLDER.test(entry.name)) pending.push(full);
        else if (entry.isFile() && isFactFileName(entry.name)) this.discovered.add(full);
      }
    }
  }

  /** A setting's path, relative to the workspace folder that has it (the first one when none does). */
  private resolve(setting: string): string {
    if (path.isAbsolute(setting) || this.folders.length === 0) return path.resolve(setting);
    const candidates = this.folders.map((folder) => path.resolve(folder, setting));
    return candidates.find((candidate) => isFile(candidate)) ?? candidates[0];
  }

  /** Whether the file (after following links) lies inside a workspace folder. */
  private isInWorkspace(file: string): boolean {
    const real = (p: string) => {
      try {
        return realpathSync(p);
      } catch {
        return path.resolve(p);
      }
    };
    const target = real(file);
    return this.folders.some((folder) => {
      const relative = path.relative(real(folder), target);
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    });
  }

  /** Whether discovery would have skipped this file (judged below its workspace folder only). */
  private isInSkippedFolder(file: string): boolean {
    for (const folder of this.folders) {
      const relative = path.relative(folder, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      return relative.split(path.sep).slice(0, -1).some((part) => SKIPPED_FOLDER.test(part));
    }
    return false;
  }
}

/** The file and 0-based line where a fact is written. */
export function factLocation(fact: Fact): { uri: string; line: number } {
  return { uri: pathToFileURL(fact.origin.path).href, line: Math.max(0, fact.origin.line - 1) };
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function filePathOf(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function problemDiagnostic(problem: FactFileProblem): Diagnostic {
  const line = Math.max(0, problem.line - 1);
  const character = Math.max(0, (problem.column ?? 1) - 1);
  return {
    // LSP clamps a character past the line's end, so this underlines the rest of the line.
    range: { start: { line, character }, end: { line, character: uinteger.MAX_VALUE } },
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: 'fact-file',
    message: problem.message,
  };
}
