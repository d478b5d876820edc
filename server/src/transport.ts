// The server's connection. Over stdio (how editors other than VS Code start it) its
// messages are written with an encoder that serialises each diagnostic once: every
// publishDiagnostics carries all of a document's diagnostics, an edit changes few of
// them, and serialising the rest again was most of the time an edit took.
import { format } from 'node:util';
import { PublishDiagnosticsNotification, StreamMessageWriter, createConnection, type Connection, type Diagnostic, type Message, type MessageReader, type PublishDiagnosticsParams } from 'vscode-languageserver/node';

export function createServerConnection(): Connection {
  const transport = process.argv.slice(2).find((arg) => /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/.test(arg));
  if (transport !== '--stdio') return createConnection();
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: { name: 'application/json', encode } });
  // Given stdin as a stream, the library exits when it closes, as with --stdio; its types
  // pair a stream only with a stream, its code takes each side as it comes.
  const connection = createConnection(process.stdin as unknown as MessageReader, writer);
  // As the library does over stdio: stdout carries the protocol, so console output goes to the client's log.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}

/** The JSON of diagnostics already sent: the server hands unchanged diagnostics on as the same objects. */
const serialised = new WeakMap<Diagnostic, Buffer>();
const COMMA = Buffer.from(',');

/** A message as UTF-8 JSON; publishDiagnostics assembled from each diagnostic's JSON. */
function encode(message: Message): Promise<Uint8Array> {
  try {
    if (!isPublishDiagnostics(message)) return Promise.resolve(Buffer.from(JSON.stringify(message), 'utf8'));
    const { params: { diagnostics, ...params }, ...envelope } = message;
    const head = JSON.stringify({ ...envelope, params }).slice(0, -2); // params last, without its closing "}}"
    const parts: Buffer[] = [Buffer.from(`${head},"diagnostics":[`, 'utf8')];
    for (const diagnostic of diagnostics) {
      let json = serialised.get(diagnostic);
      if (!json) serialised.set(diagnostic, (json = Buffer.from(JSON.stringify(diagnostic), 'utf8')));
      if (parts.length > 1) parts.push(COMMA);
      parts.push(json);
    }
    parts.push(Buffer.from(']}}'));
    return Promise.resolve(Buffer.concat(parts));
  } catch (error) {
    return Promise.reject(error);
  }
}

function isPublishDiagnostics(message: Message): message is Message & { method: string; params: PublishDiagnosticsParams } {
  const { method, params } = message as { method?: unknown; params?: { diagnostics?: unknown } };
  return method === PublishDiagnosticsNotification.method && Array.isArray(params?.diagnostics);
}
