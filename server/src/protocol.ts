// What the language server and the VS Code client agree on beyond standard LSP.
// Plain names and shapes, no imports, so that the client can share this file as is.

/** `Diagnostic.source` of everything the server reports. */
export const DIAGNOSTIC_SOURCE = 'tariff-lens';

/** Code action kind that fixes every problem in a file (also run on save by `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.tariffLens';

/** workspace/executeCommand: reload every fact file and re-check open documents. */
export const RELOAD_FACTS_COMMAND = 'tariffLens.reloadFacts';

/** Notification server → client, sent after fact files (re)load and after each check. */
export const STATUS_NOTIFICATION = 'tariffLens/status';

export interface DocumentStatus {
  /**
   * The version of the document its last check read. The server publishes diagnostics
   * only when they change, so after an edit that changed none this is how a client
   * knows that those it has are the new version's.
   */
  version?: number;
  asOf: string;
  /** Where the as-of date came from: front-matter, header, directive, option or today. */
  asOfSource: string;
  claims: number;
  /** Claims that are contradicted or outdated. */
  problems: number;
  /** Set when the document is over tariffLens.maxDocumentSize: only its first `checked` of `total` characters were checked. */
  truncated?: { checked: number; total: number; limit: number };
  /** Set when the check of this version ran past tariffLens.checkTimeLimit and was abandoned: no claims are known. */
  timedOut?: { limitMs: number };
}

export interface StatusParams {
  factCount: number;
  factFileErrors: number;
  builtinReviewed?: string;
  /** Keyed by document URI; only open, checked documents. */
  documents: { [uri: string]: DocumentStatus };
  /** Fact files named in tariffLens.factFiles that were not read: outside the workspace, which is not trusted. */
  ignoredFactFiles?: string[];
}

/** What a client may send as initializationOptions; every field may be left out. */
export interface InitializationOptions {
  /** The `tariffLens` settings, for clients that answer no workspace/configuration. */
  settings?: unknown;
  /** See WORKSPACE_TRUST_NOTIFICATION. */
  trusted?: boolean;
  /**
   * A folder the server may write to (VS Code gives the extension's global storage).
   * Snapshots of big fact files' parses are kept there, so that a new server reads an
   * unchanged HTS import in a fraction of the time. Without it, nothing is written.
   */
  storagePath?: string;
}

/**
 * Notification client → server, and initializationOptions.trusted: whether the workspace
 * is trusted (VS Code workspace trust). Untrusted, the server reads no fact file outside
 * the workspace folders, whatever the settings say. Clients without the notion: trusted.
 */
export const WORKSPACE_TRUST_NOTIFICATION = 'tariffLens/workspaceTrust';

export interface WorkspaceTrustParams {
  trusted: boolean;
}

/** Request client → server: the fact behind the claim under the cursor. */
export const FACT_AT_REQUEST = 'tariffLens/factAt';

export interface FactAtParams {
  uri: string;
  position: { line: number; character: number };
}

export interface FactAtResult {
  factId: string;
  /** The file the fact is written in (the built-in fact file for built-in facts). */
  uri?: string;
  /** 0-based line of the fact's entry in that file. */
  line?: number;
  /** The fact's source URL. */
  url?: string;
}

export interface FigureFixData {
  value?: number;
  /** The text that replaces the claimed figure, e.g. `50%`. */
  replacement: string;
  factId: string;
}

export interface CitationData {
  /** The fact whose source this is (names the footnote a citation inserts). */
  factId: string;
  title: string;
  url?: string;
  date?: string;
}

/** `Diagnostic.data` of a claim diagnostic: everything a quick fix needs without re-checking. */
export interface ClaimDiagnosticData {
  verdict: string;
  value?: number;
  /** The claimed figure as written; a fix applies only while the range still holds it. */
  text: string;
  /** Best first. */
  fixes: FigureFixData[];
  factIds: string[];
  citation?: CitationData;
}
