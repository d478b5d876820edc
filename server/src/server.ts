// The Tariff Lens language server: `node server/out/server.js --stdio`. Creates the
// connection and wires one module per feature to it; the checking is the engine's.
import './regexpTiering';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, CodeActionRequest, DidChangeConfigurationNotification, ExecuteCommandRequest, HoverRequest, TextDocumentSyncKind,
  type CodeActionParams, type HoverParams,
} from 'vscode-languageserver';
import { codeActions } from './codeActions';
import { DocumentChecks } from './diagnostics';
import { openDocuments } from './documents';
import { ParsedFactFileCache } from './factFileCache';
import { FactWatcher } from './factWatcher';
import { codeActionParams, executeCommandParams, guardedDocumentSync, textDocumentPosition, uriPosition } from './guards';
import { claimHover, factAt } from './hover';
import {
  FACT_AT_REQUEST, FIX_ALL_KIND, RELOAD_FACTS_COMMAND, STATUS_NOTIFICATION, WORKSPACE_TRUST_NOTIFICATION,
  type FactAtParams, type InitializationOptions, type StatusParams, type WorkspaceTrustParams,
} from './protocol';
import { SETTINGS_SECTION, SettingsSource, settingsFrom, type TariffLensSettings } from './settings';
import { createServerConnection } from './transport';

const connection = createServerConnection();
const documents = openDocuments();
let settings: TariffLensSettings = settingsFrom(undefined);
let settingsSource: SettingsSource;
let facts: FactWatcher;
/** Whether to ask the client for didChangeConfiguration (it sends none otherwise). */
let watchSettings = false;

const checks = new DocumentChecks({
  connection,
  documents,
  factBase: () => facts?.factBase,
  settings: () => settings,
  onChecked: sendStatus,
});

connection.onInitialize((params) => {
  const { workspace } = params.capabilities;
  const options: InitializationOptions = params.initializationOptions ?? {};
  settingsSource = new SettingsSource(connection, workspace?.configuration === true, options.settings);
  const folderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  // VS Code says whether the workspace is trusted; other editors have no such notion: trusted.
  const trusted = options.trusted !== false;
  const parsedFiles = new ParsedFactFileCache(
    typeof options.storagePath === 'string' && options.storagePath ? join(options.storagePath, 'fact-snapshots') : undefined,
    (message) => connection.console.log(message),
  );
  facts = new FactWatcher(
    connection,
    folderUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri)),
    {
      dynamicRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      relativePatterns: workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    },
    () => {
      checks.scheduleAll();
      sendStatus();
    },
    parsedFiles,
    trusted,
  );
  watchSettings = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [RELOAD_FACTS_COMMAND] },
    },
  };
});

connection.onInitialized(() => {
  if (watchSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  void applySettings();
});

connection.onDidChangeConfiguration((params) => {
  settingsSource.push(params.settings);
  void applySettings();
});

async function applySettings(): Promise<void> {
  settings = await settingsSource.current();
  await facts.configure(settings); // reloads the facts, which re-checks every open document
}

documents.onDidChangeContent(({ document }) => checks.schedule(document.uri));
documents.onDidClose(({ document }) => {
  checks.forget(document.uri);
  sendStatus();
});

connection.onDidChangeWatchedFiles(({ changes }) => facts.filesChanged(Array.isArray(changes) ? changes : []));

// Granted trust reads the fact files the settings name outside the workspace.
connection.onNotification(WORKSPACE_TRUST_NOTIFICATION, (params: WorkspaceTrustParams) => {
  if (typeof params?.trusted !== 'boolean' || params.trusted === facts.trusted) return;
  facts.trusted = params.trusted;
  void applySettings();
});

// Registered by method name, not with onHover & co., whose wrappers read params before they are checked.
connection.onRequest(ExecuteCommandRequest.method, async (params: unknown) => {
  const { command } = executeCommandParams<{ command: string }>('workspace/executeCommand', params, [RELOAD_FACTS_COMMAND]);
  if (command === RELOAD_FACTS_COMMAND) await facts.reloadAll();
});

// Malformed params get InvalidParams; documents never opened (or closed) get null or [].
// Each waits for a check of its document that is under way (see DocumentChecks.settled).
connection.onRequest(HoverRequest.method, async (params: unknown) => {
  const { textDocument, position } = textDocumentPosition<HoverParams>('textDocument/hover', params);
  await checks.settled(textDocument.uri);
  const document = documents.get(textDocument.uri);
  const checked = document && checks.latest(document);
  const factBase = facts.factBase;
  return document && checked && factBase ? claimHover(document, checked, position, factBase) : null;
});

connection.onRequest(FACT_AT_REQUEST, async (params: FactAtParams) => {
  const { uri, position } = uriPosition<FactAtParams>(FACT_AT_REQUEST, params);
  await checks.settled(uri);
  const document = documents.get(uri);
  const checked = document && checks.latest(document);
  const factBase = facts.factBase;
  return document && checked && factBase ? factAt(document, checked, position, factBase) : null;
});

connection.onRequest(CodeActionRequest.method, async (raw: unknown) => {
  const params = codeActionParams<CodeActionParams>('textDocument/codeAction', raw);
  await checks.settled(params.textDocument.uri);
  const document = documents.get(params.textDocument.uri);
  return document ? codeActions(params, document, checks.latest(document)) : [];
});

function sendStatus(): void {
  const factBase = facts?.factBase;
  if (!factBase) return;
  const status: StatusParams = {
    factCount: factBase.facts.length,
    factFileErrors: facts.errorCount,
    builtinReviewed: factBase.builtinReviewed,
    documents: checks.statuses(),
    ...(facts.ignored.length ? { ignoredFactFiles: facts.ignored } : {}),
  };
  void connection.sendNotification(STATUS_NOTIFICATION, status);
}

documents.listen(guardedDocumentSync(connection, documents));
connection.listen();
