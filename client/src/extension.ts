// The VS Code side of Tariff Lens: starts the language server (dist/server.js), keeps
// its settings in sync, shows its status and offers two commands. Everything else
// (diagnostics, hovers, quick fixes) is the server's, over standard LSP.
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  FACT_AT_REQUEST,
  RELOAD_FACTS_COMMAND,
  STATUS_NOTIFICATION,
  WORKSPACE_TRUST_NOTIFICATION,
  type FactAtParams,
  type FactAtResult,
  type InitializationOptions,
  type StatusParams,
  type WorkspaceTrustParams,
} from '../../server/src/protocol';
import { FactStatus, STATUS_SELECTOR, type StatusView } from './status';

const OPEN_FACT_COMMAND = 'tariffLens.openFact';

/** What `activate` returns: read by the editor tests (test/vscode). */
export interface TariffLensApi {
  /** The language status item as the user sees it. */
  languageStatus(): StatusView;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<TariffLensApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  // Over stdio the server writes each diagnostic's JSON once, however many publishes
  // carry it (server/src/transport.ts); over IPC every publish is serialised whole.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const documentSelector = (STATUS_SELECTOR as vscode.DocumentFilter[]).flatMap((filter) =>
    ['file', 'untitled'].map((scheme) => ({ scheme, language: filter.language! })));

  const clientOptions: LanguageClientOptions = {
    documentSelector,
    // The server registers its own watcher for fact files (workspace/didChangeWatchedFiles).
    synchronize: { configurationSection: 'tariffLens' },
    // Untrusted, the server reads no fact file outside the workspace, whatever the settings say.
    // Its global storage keeps snapshots of big fact files' parses for the next start.
    initializationOptions: (): InitializationOptions => ({
      settings: vscode.workspace.getConfiguration('tariffLens'),
      trusted: vscode.workspace.isTrusted,
      storagePath: context.globalStorageUri.fsPath,
    }),
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      // The language client registers `tariffLens.reloadFacts` itself from the server's
      // executeCommand capability; this only acknowledges it, quietly.
      executeCommand: async (command, args, next) => {
        const result = await next(command, args);
        if (command === RELOAD_FACTS_COMMAND) vscode.window.setStatusBarMessage('Tariff Lens: facts reloaded', 3000);
        return result;
      },
    },
  };

  client = new LanguageClient('tariffLens', 'Tariff Lens', serverOptions, clientOptions);
  const started = client;
  const status = new FactStatus((uri) => started.code2ProtocolConverter.asUri(uri));
  context.subscriptions.push(status, started);
  context.subscriptions.push(started.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params)));
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_FACT_COMMAND, () => openFact(started)));

  await started.start();
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => {
    const params: WorkspaceTrustParams = { trusted: true };
    void started.sendNotification(WORKSPACE_TRUST_NOTIFICATION, params);
  }));

  // Should a server not advertise the command, offer it anyway.
  const advertised = started.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  if (!advertised.includes(RELOAD_FACTS_COMMAND)) {
    context.subscriptions.push(vscode.commands.registerCommand(RELOAD_FACTS_COMMAND, () =>
      started.sendRequest(ExecuteCommandRequest.type, { command: RELOAD_FACTS_COMMAND, arguments: [] })));
  }

  return { languageStatus: () => status.view() };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Opens the fact behind the claim under the cursor: its entry in a fact file, else its source URL. */
async function openFact(lc: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    vscode.window.setStatusBarMessage('Tariff Lens: no tariff claim at the cursor', 3000);
    return;
  }
  const params: FactAtParams = {
    uri: lc.code2ProtocolConverter.asUri(editor.document.uri),
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  };
  const fact = await lc.sendRequest<FactAtResult | null>(FACT_AT_REQUEST, params);
  if (!fact) {
    vscode.window.setStatusBarMessage('Tariff Lens: no tariff claim at the cursor', 3000);
  } else if (fact.uri) {
    const line = Math.max(0, fact.line ?? 0);
    const position = new vscode.Position(line, 0);
    await vscode.window.showTextDocument(lc.protocol2CodeConverter.asUri(fact.uri), {
      selection: new vscode.Range(position, position),
    });
  } else if (fact.url) {
    await vscode.env.openExternal(vscode.Uri.parse(fact.url));
  } else {
    vscode.window.setStatusBarMessage(`Tariff Lens: fact ${fact.factId} has no file or source link`, 3000);
  }
}
