// A minimal LSP client for protocol-level tests: spawns the real server over stdio and
// speaks JSON-RPC to it, answering the requests a VS Code client would answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest, ExitNotification, HoverRequest,
  InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
  Message, StreamMessageReader, type MessageReader, StreamMessageWriter, UnregistrationRequest, createProtocolConnection, type ResponseMessage,
  type CodeAction, type CodeActionContext, type Diagnostic, type FileEvent, type Hover, type Position, type ProtocolConnection,
  type PublishDiagnosticsParams, type Range, type Registration, type ServerCapabilities, type TextDocumentContentChangeEvent, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import type { FactAtResult, StatusParams } from '../../server/src/protocol';
import { SERVER_PATH, Workspace, applyEdits, isolatedSettings } from './fixtures';

/** How long a test waits for something the server should send before it fails. */
const WAIT_MS = 5000;

export interface StartOptions {
  workspaceFolder: string;
  /** The `tariffLens` section: returned to workspace/configuration, and sent as initializationOptions.settings. */
  settings: Record<string, unknown>;
  /** False: a client without workspace/configuration, so the server must use what is pushed. */
  pullSettings?: boolean;
  /** More initializationOptions beside `settings`, e.g. `{ trusted: false }`. */
  initializationOptions?: Record<string, unknown>;
}

interface Waiter<T> {
  accept(value: T): boolean;
}

/**
 * The server's stdout read once: each message is handed to the connection, then
 * recorded. (A second reader on the stream parsed every message twice, and the
 * benchmark counted the client's second parse of each 1 MB publish as the server's.)
 */
function recordingReader(reader: StreamMessageReader, record: (message: Message) => void): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: (callback) => reader.listen((message) => {
      callback(message);
      record(message);
    }),
    dispose: () => reader.dispose(),
  };
}

export class LspClient {
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every tariffLens/status received, in order. */
  readonly statuses: StatusParams[] = [];
  readonly registrations: Registration[] = [];
  /** The text of every window/logMessage (the output channel's lines), in order. */
  readonly logs: string[] = [];
  /** Every message the server wrote, as read off its stdout (also answers to raw requests). */
  readonly received: Message[] = [];
  /** What the server answered to initialize. */
  capabilities: ServerCapabilities = {};
  /** Change the settings, then call `settingsChanged()`. */
  settings: Record<string, unknown>;
  private readonly waiters = new Set<Waiter<unknown>>();
  private readonly versions = new Map<string, number>();

  private constructor(private readonly process: ChildProcess, private readonly connection: ProtocolConnection, settings: Record<string, unknown>) {
    this.settings = settings;
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let client: LspClient | undefined;
    const reader = recordingReader(new StreamMessageReader(child.stdout!), (message) => {
      client!.received.push(message);
      client!.notify();
    });
    const connection = createProtocolConnection(reader, new StreamMessageWriter(child.stdin!));
    client = new LspClient(child, connection, options.settings);
    client.listen();
    connection.listen();
    const folderUri = pathToFileURL(options.workspaceFolder).href;
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'workspace' }],
      initializationOptions: { settings: options.settings, ...options.initializationOptions },
      capabilities: {
        workspace: {
          configuration: options.pullSettings ?? true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        },
      },
    });
    client.capabilities = result.capabilities;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.notify();
    });
    this.connection.onRequest(UnregistrationRequest.type, () => undefined);
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.notify();
    });
    this.connection.onNotification('tariffLens/status', (params: StatusParams) => {
      this.statuses.push(params);
      this.notify();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.notify();
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) if (waiter.accept(undefined)) this.waiters.delete(waiter);
  }

  /** The server process's id (the benchmark reads its memory use). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Resolves with the first value `probe` returns that is not undefined, re-probing on each message. */
  waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Timed out waiting for ${what}`));
      }, timeoutMs);
      const waiter: Waiter<unknown> = {
        accept: () => {
          const value = probe();
          if (value === undefined) return false;
          clearTimeout(timer);
          resolve(value);
          return true;
        },
      };
      if (!waiter.accept(undefined)) this.waiters.add(waiter);
    });
  }

  /** The latest diagnostics published for `uri`, once they satisfy `accept`. */
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of ${uri}`, () => {
      const latest = this.published.filter((params) => params.uri === uri).at(-1);
      return latest && accept(latest) ? latest.diagnostics : undefined;
    });
  }

  /** The diagnostics of the document's current version. */
  diagnosticsOfCurrentVersion(uri: string): Promise<Diagnostic[]> {
    return this.diagnosticsOfVersion(uri, this.versions.get(uri));
  }

  /**
   * The diagnostics of a version of the document, once a status says the server has
   * checked it: the last published (the server sends them only when they change, and
   * while it reads a long document for the first time it sends those of its first part).
   */
  diagnosticsOfVersion(uri: string, version: number | undefined, timeoutMs = WAIT_MS): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of version ${version} of ${uri}`, () => {
      if (this.statuses.at(-1)?.documents[uri]?.version !== version) return undefined;
      return this.published.filter((params) => params.uri === uri).at(-1)?.diagnostics;
    }, timeoutMs);
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, contentChanges: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return version;
  }

  /**
   * Applies a code action's edits the way an editor would: as incremental changes,
   * last first so that each range still holds. Returns the new text.
   */
  async edit(uri: string, text: string, edits: TextEdit[]): Promise<string> {
    const lastFirst = [...edits].sort((a, b) => compare(b.range.start, a.range.start));
    await this.change(uri, lastFirst.map(({ range, newText }) => ({ range, text: newText })));
    return applyEdits(text, edits);
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async codeActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[]> {
    const actions = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context });
    return (actions ?? []) as CodeAction[];
  }

  factAt(uri: string, position: Position): Promise<FactAtResult | null> {
    return this.connection.sendRequest('tariffLens/factAt', { uri, position });
  }

  /** Any request or notification, as a misbehaving client might send it. */
  request(method: string, params?: unknown): Promise<unknown> {
    return this.connection.sendRequest(method, params);
  }

  sendNotification(method: string, params?: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Bytes straight onto the server's stdin: `framed` adds a correct Content-Length header. */
  writeRaw(body: string, framed = true): void {
    this.process.stdin!.write(framed ? `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}` : body);
  }

  /** The server's answer to a raw request with this id. */
  answerTo(id: string | number): Promise<ResponseMessage> {
    return this.waitFor(`the answer to request ${id}`, () => this.received.find((m): m is ResponseMessage => Message.isResponse(m) && m.id === id));
  }

  /** Whether the server process is still running. */
  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  executeCommand(command: string): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [] });
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async settingsChanged(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { tariffLens: this.settings } });
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return; // stopped already
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      const killer = setTimeout(() => this.process.kill(), 2000);
      await exited;
      clearTimeout(killer);
      this.connection.dispose();
    }
  }
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** A server running in a fresh copy of some fixtures, with only the facts the test names. */
export interface Session {
  workspace: Workspace;
  client: LspClient;
  /** Opens a fixture and returns its URI and text. */
  open(name: string, languageId?: string): Promise<{ uri: string; text: string }>;
  end(): Promise<void>;
}

export interface SessionOptions {
  pullSettings?: boolean;
  /** Settings on top of the isolated ones. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
}

export async function startSession(fixtures: string[], factFiles: string[] = [], options: SessionOptions = {}): Promise<Session> {
  const workspace = new Workspace(fixtures);
  const settings = isolatedSettings(factFiles, options.settings);
  const client = await LspClient.start({ workspaceFolder: workspace.dir, settings, pullSettings: options.pullSettings, initializationOptions: options.initializationOptions });
  return {
    workspace,
    client,
    async open(name, languageId = name.endsWith('.md') ? 'markdown' : 'plaintext') {
      const uri = workspace.uri(name);
      const text = workspace.read(name);
      await client.open(uri, text, languageId);
      return { uri, text };
    },
    async end() {
      await client.stop();
      workspace.remove();
    },
  };
}
