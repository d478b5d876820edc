// Checks open documents (debounced, one version at a time), keeps the last result of
// each for hovers and code actions, and publishes claims as diagnostics.
import { isDeepStrictEqual } from 'node:util';
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckStopped, PROBLEM_VERDICTS, checkDocument, documentKindOf, type Claim, type DocumentCheck, type DocumentKind, type Fact, type FactBase } from './core';
import { CheckCache, claimIdentity } from './core';
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
  documents: TextDocuments<TextDocument>;
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
  latest(document: TextDocument): CheckedDocument | undefined {
    const result = this.results.get(document.uri);
    return result?.version === document.version ? result : undefined;
  }

  statuses(): { [uri: string]: DocumentStatus } {
    const statuses: { [uri: string]: DocumentStatus } = {};
    for (const [uri, { check }] of this.results) {
      statuses[uri] = {
        version: this.published.get(uri)?.version,
        asOf: check.asOf,
        asOfSource: check.asOfSource,
        claims: check.claims.length,
        problems: check.claims.filter((claim) => PROBLEM_VERDICTS.has(claim.verdict)).length,
        ...this.limited.get(uri),
      };
    }
    for (const [uri, limit] of this.limited) {
      if (!statuses[uri]) statuses[uri] = { version: this.published.get(uri)?.version, asOf: '', asOfSource: 'unknown', claims: 0, problems: 0, ...limit };
    }
    return statuses;
  }

  private run(uri: string): void {
    this.pending.delete(uri);
    const document = this.context.documents.get(uri);
    const factBase = this.context.factBase();
    if (!document || !factBase) return;
    this.results.delete(uri);
    this.limited.delete(uri);
    const diagnostics = this.context.settings().enable ? this.check(document, factBase) : [];
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

  /** Checks the document and keeps the result; a document the engine chokes on gets one diagnostic saying so. */
  private check(document: TextDocument, factBase: FactBase): Diagnostic[] {
    const settings = this.context.settings();
    try {
      // Over the size limit: the first part, up to a paragraph boundary. Over the time
      // limit: the engine stops between sentences, and this version gets no claims.
      const text = document.getText();
      const length = checkedLength(text, settings.maxDocumentSize);
      const deadline = Date.now() + settings.checkTimeLimit;
      const check = checkDocument(length < text.length ? text.slice(0, length) : text, factBase, {
        kind: kindOf(document), asOf: settings.asOf || undefined, shouldStop: () => Date.now() > deadline,
      }, this.cacheOf(document.uri));
      const diagnostics = documentDiagnostics(document, check, factBase, settings);
      if (length < text.length) {
        diagnostics.push(sizeLimitDiagnostic(document, length, text.length, settings.maxDocumentSize));
        this.limited.set(document.uri, { truncated: { checked: length, total: text.length, limit: settings.maxDocumentSize } });
      }
      this.results.set(document.uri, { version: document.version, check, diagnostics });
      return diagnostics;
    } catch (error) {
      if (error instanceof CheckStopped) {
        this.context.connection.console.warn(`Tariff Lens: checking ${document.uri} (version ${document.version}) took over ${settings.checkTimeLimit} ms and was abandoned.`);
        this.limited.set(document.uri, { timedOut: { limitMs: settings.checkTimeLimit } });
        return [timeLimitDiagnostic(settings.checkTimeLimit)];
      }
      const reason = error instanceof Error ? error.message : String(error);
      this.context.connection.console.error(`Tariff Lens: checking ${document.uri} failed: ${error instanceof Error ? error.stack : reason}`);
      return [{
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        code: 'internal-error',
        message: `Tariff Lens could not check this document: ${reason}`,
      }];
    }
  }
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
export function kindOf(document: TextDocument): DocumentKind {
  return documentKindOf(document.languageId);
}

function documentDiagnostics(document: TextDocument, check: DocumentCheck, factBase: FactBase, settings: TariffLensSettings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const claim of check.claims) {
    const severity = LSP_SEVERITY[settings.severity[claim.verdict]];
    if (severity) diagnostics.push(reusedDiagnostic(document, claim, severity, factBase));
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
 * Diagnostics made for the claims of earlier checks. The engine hands back the same
 * claim (or a copy moved by an edit before it) for a paragraph an edit did not touch,
 * so its diagnostic is reused, with its range brought up to date.
 */
const madeFor = new WeakMap<object, { severity: DiagnosticSeverity; factBase: FactBase; diagnostic: Diagnostic }>();

function reusedDiagnostic(document: TextDocument, claim: Claim, severity: DiagnosticSeverity, factBase: FactBase): Diagnostic {
  const made = madeFor.get(claimIdentity(claim));
  if (!made || made.severity !== severity || made.factBase !== factBase) {
    const diagnostic = claimDiagnostic(document, claim, severity, factBase);
    madeFor.set(claimIdentity(claim), { severity, factBase, diagnostic });
    return diagnostic;
  }
  const start = document.positionAt(claim.start), end = document.positionAt(claim.end);
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

function claimDiagnostic(document: TextDocument, claim: Claim, severity: DiagnosticSeverity, factBase: FactBase): Diagnostic {
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
    range: { start: document.positionAt(claim.start), end: document.positionAt(claim.end) },
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
