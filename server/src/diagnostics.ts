// Checks open documents (debounced, one version at a time), keeps the last result of
// each for hovers and code actions, and publishes claims as diagnostics. A check reads
// a slice of chunks at a time, so that requests and edits are answered between slices
// of a long document rather than after the whole.
import { isDeepStrictEqual } from 'node:util';
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { OpenDocument } from './documents';
import { CheckCache, CheckStopped, DocumentCheckRun, PROBLEM_VERDICTS, documentKindOf, type ChunkClaims, type Claim, type DocumentCheck, type DocumentKind, type Fact, type FactBase } from './core';
import { factLocation } from './factWatcher';
import { checkedLength, sizeLimitDiagnostic, timeLimitDiagnostic } from './limits';
import { DIAGNOSTIC_SOURCE, type ClaimDiagnosticData, type DocumentStatus } from './protocol';
import type { SeverityLevel, TariffLensSettings } from './settings';

/** The check of one version of a document, and the diagnostics published for it. */
export interface CheckedDocument {
  version: number;
  check: DocumentCheck;
  diagnostics: Diagnostic[];
}

export interface CheckContext {
  connection: Connection;
  documents: TextDocuments<OpenDocument>;
  /** Undefined while the fact files have not loaded yet; their load re-checks everything. */
  factBase(): FactBase | undefined;
  settings(): TariffLensSettings;
  /** Called after each published check. */
  onChecked(): void;
}

export class DocumentChecks {
  /** What each open document's last check can lend its next: an edit re-reads the paragraphs it touched. */
  private readonly caches = new Map<string, CheckCache>();
  private readonly results = new Map<string, CheckedDocument>();
  /** Cancels each document's pending check. */
  private readonly pending = new Map<string, () => void>();
  /** Documents whose last check hit a limit (size or time): the status item says so. */
  private readonly limited = new Map<string, Pick<DocumentStatus, 'truncated' | 'timedOut'>>();
  /** What was last published for each document, and the version its last check read. */
  private readonly published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  /** Each document's check under way, if one is. */
  private readonly running = new Map<string, CheckJob>();

  constructor(private readonly context: CheckContext) {}

  /**
   * Checks the document after a pause. Every change restarts the wait, and the check
   * reads the document as it is when it runs, so a superseded version is never checked
   * and its results are never published.
   */
  schedule(uri: string, delay = this.context.settings().debounceMs): void {
    this.pending.get(uri)?.();
    // No debounce means the next turn of the event loop: a timer would wait at least a millisecond.
    if (delay > 0) {
      const timer = setTimeout(() => this.run(uri), delay);
      this.pending.set(uri, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(() => this.run(uri));
      this.pending.set(uri, () => clearImmediate(immediate));
    }
  }

  /** After facts or settings change: re-checks every open document. */
  scheduleAll(): void {
    for (const document of this.context.documents.all()) this.schedule(document.uri, 0);
  }

  forget(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
    this.caches.delete(uri);
    this.results.delete(uri);
    this.limited.delete(uri);
    this.published.delete(uri);
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The last check of the document, only if it was made on the version now open. */
  latest(document: OpenDocument): CheckedDocument | undefined {
    const result = this.results.get(document.uri);
    return result?.version === document.version ? result : undefined;
  }

  statuses(): { [uri: string]: DocumentStatus } {
    const statuses: { [uri: string]: DocumentStatus } = {};
    for (const [uri, { check }] of this.results) {
      let claims = 0, problems = 0;
      for (const chunk of check.claimsByChunk) {
        claims += chunk.claims.length;
        for (const claim of chunk.claims) if (PROBLEM_VERDICTS.has(claim.verdict)) problems++;
      }
      statuses[uri] = {
        version: this.published.get(uri)?.version,
        asOf: check.asOf,
        asOfSource: check.asOfSource,
        claims,
        problems,
        ...this.limited.get(uri),
      };
    }
    for (const [uri, limit] of this.limited) {
      if (!statuses[uri]) statuses[uri] = { version: this.published.get(uri)?.version, asOf: '', asOfSource: 'unknown', claims: 0, problems: 0, ...limit };
    }
    return statuses;
  }

  /**
   * Resolves once no check of the document is under way: a request about it (a hover,
   * a code action) is answered from the check of the version it asks about, not from
   * none while that check is read slice by slice.
   */
  settled(uri: string): Promise<void> {
    const running = this.running.get(uri);
    return running ? new Promise((resolve) => running.waiters.push(resolve)) : Promise.resolve();
  }

  private run(uri: string): void {
    this.pending.delete(uri);
    const document = this.context.documents.get(uri);
    const factBase = this.context.factBase();
    if (!document || !factBase) return;
    this.results.delete(uri);
    this.limited.delete(uri);
    const settings = this.context.settings();
    if (!settings.enable) {
      this.publish(document, []);
      return;
    }
    const startedAt = performance.now();
    const { text } = document;
    const length = checkedLength(text, settings.maxDocumentSize);
    const job: CheckJob = {
      document, factBase, checkedLength: length, spentMs: 0, stopAt: 0,
      // Partial diagnostics only until the document has a complete set: after that, a
      // partial one would take away, for a while, the ones further down.
      showsFirstPart: !this.published.has(uri) && length >= FIRST_PART_MIN_LENGTH,
      waiters: [],
    };
    this.running.set(uri, job);
    this.attempt(job, () => {
      // Over the size limit: the first part, up to a paragraph boundary. Over the time
      // limit: the check stops between sentences or steps, and this version gets no claims.
      job.run = new DocumentCheckRun(length < text.length ? text.slice(0, length) : text, factBase, {
        kind: kindOf(document), asOf: settings.asOf || undefined, shouldStop: () => performance.now() > job.stopAt,
      }, this.cacheOf(uri));
    });
    this.readSlice(job, startedAt);
  }

  /** Runs the check's steps for a slice of time, then lets the event loop answer what waits, and goes on. */
  private readSlice(job: CheckJob, sliceStart: number): void {
    const { run } = job;
    if (!run) return;
    const uri = job.document.uri;
    job.stopAt = sliceStart + this.context.settings().checkTimeLimit - job.spentMs;
    this.attempt(job, () => {
      do run.step();
      while (!run.done && performance.now() - sliceStart < SLICE_MS);
      // The engine asks between sentences; laying out and the steps between are timed here.
      if (!run.done && performance.now() > job.stopAt) throw new CheckStopped();
    });
    if (this.running.get(uri) !== job) return; // stopped or failed, and said so
    const now = performance.now();
    job.spentMs += now - sliceStart;
    if (run.done) {
      this.finish(job, this.diagnosticsOf(job, run.result()!));
      return;
    }
    // What the first chunks say, once: more partial sets would cost a long document's
    // check more than they show (each is sent, and parsed by the client, whole). The
    // check goes on once the set is written: the pipe takes a big one a buffer at a
    // time, a buffer each turn of the event loop, which slices would make seconds.
    let written: Promise<void> | undefined;
    const soFar = job.showsFirstPart ? run.result() : undefined;
    if (soFar) {
      const partial = documentDiagnostics(job.document, soFar, job.factBase, this.context.settings());
      if (partial.length) {
        written = this.context.connection.sendDiagnostics({ uri, version: job.document.version, diagnostics: partial });
        job.showsFirstPart = false;
      }
    }
    const next = () => afterTurns(TURNS_BETWEEN_SLICES, () => {
      if (this.running.get(uri) !== job) return; // an edit, a close or new facts stopped it
      this.readSlice(job, performance.now());
    });
    if (written) written.then(next, next);
    else next();
    this.pending.set(uri, () => this.stopRunning(job));
  }

  /** Runs a step of the job's check; a check the engine stops or chokes on ends with one diagnostic saying so. */
  private attempt(job: CheckJob, step: () => void): void {
    if (this.running.get(job.document.uri) !== job) return;
    try {
      step();
    } catch (error) {
      const { document } = job;
      if (error instanceof CheckStopped) {
        const limitMs = this.context.settings().checkTimeLimit;
        this.context.connection.console.warn(`Tariff Lens: checking ${document.uri} (version ${document.version}) took over ${limitMs} ms and was abandoned.`);
        this.limited.set(document.uri, { timedOut: { limitMs } });
        this.finish(job, [timeLimitDiagnostic(limitMs)]);
        return;
      }
      const reason = error instanceof Error ? error.message : String(error);
      this.context.connection.console.error(`Tariff Lens: checking ${document.uri} failed: ${error instanceof Error ? error.stack : reason}`);
      this.finish(job, [{
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        code: 'internal-error',
        message: `Tariff Lens could not check this document: ${reason}`,
      }]);
    }
  }

  /** The diagnostics of a finished check, the size limit's among them, kept as the document's result. */
  private diagnosticsOf(job: CheckJob, check: DocumentCheck): Diagnostic[] {
    const { document, factBase, checkedLength: length } = job;
    const settings = this.context.settings();
    const diagnostics = documentDiagnostics(document, check, factBase, settings);
    const total = document.text.length;
    if (length < total) {
      diagnostics.push(sizeLimitDiagnostic(document, length, total, settings.maxDocumentSize));
      this.limited.set(document.uri, { truncated: { checked: length, total, limit: settings.maxDocumentSize } });
    }
    this.results.set(document.uri, { version: document.version, check, diagnostics });
    return diagnostics;
  }

  private finish(job: CheckJob, diagnostics: Diagnostic[]): void {
    this.stopRunning(job);
    this.publish(job.document, diagnostics);
  }

  private stopRunning(job: CheckJob): void {
    if (this.running.get(job.document.uri) === job) this.running.delete(job.document.uri);
    for (const resolve of job.waiters.splice(0)) resolve();
  }

  private publish(document: OpenDocument, diagnostics: Diagnostic[]): void {
    const { uri } = document;
    // An edit that moved no diagnostic and changed none (typing after the last one on a
    // line, say) leaves the client's set right as it is: sending all of them again would
    // cost the client a parse of every one. The status that follows names the version checked.
    const last = this.published.get(uri);
    if (!last || !sameDiagnostics(last.diagnostics, diagnostics)) void this.context.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    this.published.set(uri, { version: document.version, diagnostics });
    this.context.onChecked();
  }

  private cacheOf(uri: string): CheckCache {
    let cache = this.caches.get(uri);
    if (!cache) this.caches.set(uri, (cache = new CheckCache()));
    return cache;
  }
}

/**
 * How long a check reads before it lets the server answer requests and take edits: a
 * hover on another document, or typing, waits for about this long.
 */
const SLICE_MS = 5;

/**
 * Turns of the event loop left to the connection between slices. The protocol library
 * reads a request, dispatches it and writes the answer each on a turn of its own (a
 * hover takes four): with a slice on every turn, a hover during a long check waited
 * four slices, not one.
 */
const TURNS_BETWEEN_SLICES = 4;

/** Runs `run` once the event loop has turned `turns` times, letting what is queued before it go first. */
function afterTurns(turns: number, run: () => void): void {
  setImmediate(() => (turns > 1 ? afterTurns(turns - 1, run) : run()));
}

/**
 * Documents this long (a check of a few hundred milliseconds and more) show the
 * diagnostics of their first chunks before the whole is read, when opened.
 */
const FIRST_PART_MIN_LENGTH = 100_000;

/** A check of one version of a document, read a slice at a time. */
interface CheckJob {
  document: OpenDocument;
  factBase: FactBase;
  run?: DocumentCheckRun;
  /** How much of the document is checked: less than all of it over the size limit. */
  checkedLength: number;
  /** Time spent reading, summed over the slices: what the time limit counts. */
  spentMs: number;
  /** When the current slice must stop reading (the time limit, less what earlier slices spent); set as each slice begins. */
  stopAt: number;
  /** Whether the diagnostics of the chunks read in the first slice are still to be published on their own. */
  showsFirstPart: boolean;
  /** Requests waiting for the check to end (see DocumentChecks.settled). */
  waiters: (() => void)[];
}

/**
 * Whether two publishes would carry the same diagnostics. Most are the same objects (see
 * reusedDiagnostic); those of a paragraph read again are compared field by field. An
 * empty set is always sent, as the answer to its version.
 */
function sameDiagnostics(last: Diagnostic[], next: Diagnostic[]): boolean {
  return next.length > 0 && last.length === next.length && next.every((diagnostic, i) => diagnostic === last[i] || isDeepStrictEqual(diagnostic, last[i]));
}

/** How the engine should read the document (the client decides which languages it sends). */
export function kindOf(document: OpenDocument): DocumentKind {
  return documentKindOf(document.languageId);
}

function documentDiagnostics(document: OpenDocument, check: DocumentCheck, factBase: FactBase, settings: TariffLensSettings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const chunk of check.claimsByChunk) {
    for (const diagnostic of chunkDiagnostics(document, chunk, factBase, settings)) diagnostics.push(diagnostic);
  }
  for (const problem of check.directiveProblems) {
    diagnostics.push({
      range: { start: document.positionAt(problem.start), end: document.positionAt(problem.end) },
      severity: DiagnosticSeverity.Warning,
      source: DIAGNOSTIC_SOURCE,
      code: 'directive',
      message: problem.message,
    });
  }
  return diagnostics;
}

const LSP_SEVERITY: Record<SeverityLevel, DiagnosticSeverity | undefined> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
  off: undefined,
};

/**
 * The diagnostics made for a chunk's claims, by its list of them: the engine hands back
 * the same list for a chunk an edit did not touch. A chunk starts a line, so while it
 * starts the same line its diagnostics stand where they stood, and are reused whole.
 */
const madeForChunk = new WeakMap<Claim[], { line: number; severities: TariffLensSettings['severity']; factBase: FactBase; diagnostics: Diagnostic[] }>();

function chunkDiagnostics(document: OpenDocument, chunk: ChunkClaims, factBase: FactBase, settings: TariffLensSettings): Diagnostic[] {
  const line = document.positionAt(chunk.start).line;
  const made = madeForChunk.get(chunk.claims);
  if (made && made.line === line && made.severities === settings.severity && made.factBase === factBase) return made.diagnostics;
  const diagnostics: Diagnostic[] = [];
  for (const claim of chunk.claims) {
    const severity = LSP_SEVERITY[settings.severity[claim.verdict]];
    if (severity) diagnostics.push(reusedDiagnostic(document, claim, chunk.start, severity, factBase));
  }
  madeForChunk.set(chunk.claims, { line, severities: settings.severity, factBase, diagnostics });
  return diagnostics;
}

/**
 * Diagnostics made for the claims of earlier checks: a chunk moved to another line, or
 * read again around a paragraph it kept, keeps its claims' diagnostics with their ranges
 * brought up to date.
 */
const madeFor = new WeakMap<Claim, { severity: DiagnosticSeverity; factBase: FactBase; diagnostic: Diagnostic }>();

function reusedDiagnostic(document: OpenDocument, claim: Claim, chunkStart: number, severity: DiagnosticSeverity, factBase: FactBase): Diagnostic {
  const start = document.positionAt(chunkStart + claim.start), end = document.positionAt(chunkStart + claim.end);
  const made = madeFor.get(claim);
  if (!made || made.severity !== severity || made.factBase !== factBase) {
    const diagnostic = claimDiagnostic(claim, { start, end }, severity, factBase);
    madeFor.set(claim, { severity, factBase, diagnostic });
    return diagnostic;
  }
  const { range } = made.diagnostic;
  if (range.start.line === start.line && range.start.character === start.character && range.end.line === end.line && range.end.character === end.character) return made.diagnostic;
  made.diagnostic = { ...made.diagnostic, range: { start, end } };
  return made.diagnostic;
}

/**
 * The fact a claim rests on: for a problem, the one behind its best fix (what the text
 * should say and where that is sourced); otherwise the first the engine names.
 */
export function backingFact(claim: Claim, factBase: FactBase): Fact | undefined {
  const id = claim.fixes[0]?.factId ?? claim.factIds[0];
  return id === undefined ? undefined : factBase.byId(id);
}

function claimDiagnostic(claim: Claim, range: Diagnostic['range'], severity: DiagnosticSeverity, factBase: FactBase): Diagnostic {
  const backing = backingFact(claim, factBase);
  const data: ClaimDiagnosticData = {
    verdict: claim.verdict,
    value: claim.value,
    text: claim.text,
    fixes: claim.fixes,
    factIds: claim.factIds,
    citation: backing && { factId: backing.id, ...backing.source },
  };
  const diagnostic: Diagnostic = {
    range,
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: claim.verdict,
    message: claim.message,
    data,
  };
  if (backing?.source.url) diagnostic.codeDescription = { href: backing.source.url };
  // Workspace facts can be opened from the diagnostic; built-in ones are reached with factAt.
  const workspaceFacts = claim.factIds.map((id) => factBase.byId(id)).filter((fact): fact is Fact => fact !== undefined && !fact.origin.builtin);
  const related = workspaceFacts.map((fact) => {
    const { uri, line } = factLocation(fact);
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    return { location: { uri, range }, message: `${fact.id}: ${fact.rate}% from ${fact.effective}` };
  });
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}
