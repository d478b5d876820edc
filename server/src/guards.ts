// What the server accepts from a client that misbehaves: requests with malformed params
// are answered with a JSON-RPC InvalidParams error (never a crash, never a guess), and
// document notifications that cannot be applied (malformed, or a version older than
// the one the server has) are ignored and logged, so the open documents stay as the
// last good version and checking goes on.
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { OpenDocument } from './documents';

type Params = Record<string, unknown>;

const isObject = (value: unknown): value is Params => typeof value === 'object' && value !== null && !Array.isArray(value);
const isWhole = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isUri = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isPosition = (value: unknown) => isObject(value) && isWhole(value.line) && isWhole(value.character);
const isRange = (value: unknown) => isObject(value) && isPosition(value.start) && isPosition(value.end);

function invalid(method: string, what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `${method}: ${what}`);
}

const POSITION = 'a position { line, character } of whole numbers from 0';

/** Params of hover and the like: `{ textDocument: { uri }, position }`. */
export function textDocumentPosition<T>(method: string, params: unknown): T {
  if (!isObject(params) || !isObject(params.textDocument) || !isUri(params.textDocument.uri)) throw invalid(method, 'params.textDocument.uri must be a document URI');
  if (!isPosition(params.position)) throw invalid(method, `params.position must be ${POSITION}`);
  return params as T;
}

/** Params of tariffLens/factAt: `{ uri, position }`. */
export function uriPosition<T>(method: string, params: unknown): T {
  if (!isObject(params) || !isUri(params.uri)) throw invalid(method, 'params.uri must be a document URI');
  if (!isPosition(params.position)) throw invalid(method, `params.position must be ${POSITION}`);
  return params as T;
}

export function codeActionParams<T>(method: string, params: unknown): T {
  if (!isObject(params) || !isObject(params.textDocument) || !isUri(params.textDocument.uri)) throw invalid(method, 'params.textDocument.uri must be a document URI');
  if (!isRange(params.range)) throw invalid(method, 'params.range must be a range { start, end } of positions');
  const context = params.context;
  if (!isObject(context) || !Array.isArray(context.diagnostics) || !context.diagnostics.every((d) => isObject(d) && isRange(d.range))) {
    throw invalid(method, 'params.context.diagnostics must be a list of diagnostics with ranges');
  }
  if (context.only !== undefined && !(Array.isArray(context.only) && context.only.every((k) => typeof k === 'string'))) throw invalid(method, 'params.context.only must be a list of code action kinds');
  return params as T;
}

export function executeCommandParams<T>(method: string, params: unknown, known: string[]): T {
  if (!isObject(params) || typeof params.command !== 'string') throw invalid(method, 'params.command must be a command name');
  if (!known.includes(params.command)) throw invalid(method, `unknown command "${params.command}": this server runs ${known.join(', ')}`);
  return params as T;
}

/** Why a document notification cannot be applied, or undefined when it can. */
function openProblem(params: unknown): string | undefined {
  const td = isObject(params) ? params.textDocument : undefined;
  if (!isObject(td) || !isUri(td.uri)) return 'no textDocument.uri';
  if (typeof td.text !== 'string' || typeof td.languageId !== 'string' || !Number.isInteger(td.version)) return `${td.uri} without text, languageId and version`;
  return undefined;
}

function changeProblem(params: unknown, documents: TextDocuments<OpenDocument>): string | undefined {
  const td = isObject(params) ? params.textDocument : undefined;
  if (!isObject(td) || !isUri(td.uri)) return 'no textDocument.uri';
  const changes = isObject(params) ? params.contentChanges : undefined;
  if (!Number.isInteger(td.version)) return `${td.uri} without a version`;
  if (!Array.isArray(changes) || !changes.every((c) => isObject(c) && typeof c.text === 'string' && (c.range === undefined || isRange(c.range)))) {
    return `${td.uri} version ${td.version}: contentChanges must be a list of { range?, text }`;
  }
  const current = documents.get(td.uri)?.version;
  if (current === undefined) return `${td.uri}, which is not open`;
  if ((td.version as number) <= current) return `${td.uri} version ${td.version}: the server has version ${current}, and versions must increase`;
  return undefined;
}

function closeProblem(params: unknown): string | undefined {
  const td = isObject(params) ? params.textDocument : undefined;
  return isObject(td) && isUri(td.uri) ? undefined : 'no textDocument.uri';
}

/**
 * The connection as `documents.listen` should see it: open, change and close
 * notifications that cannot be applied never reach the document store.
 */
export function guardedDocumentSync(connection: Connection, documents: TextDocuments<OpenDocument>): Connection {
  const ignored = (what: string, why: string) => connection.console.warn(`Tariff Lens: ignored ${what} for ${why}.`);
  const guard = <P>(what: string, subscribe: (handler: (params: P) => void) => unknown, problem: (params: unknown) => string | undefined) =>
    (handler: (params: P) => void) => subscribe((params: P) => {
      const why = problem(params);
      if (why) ignored(what, why);
      else handler(params);
    });
  return new Proxy(connection, {
    get(target, property, receiver) {
      if (property === 'onDidOpenTextDocument') return guard('didOpen', target.onDidOpenTextDocument, openProblem);
      if (property === 'onDidChangeTextDocument') return guard('didChange', target.onDidChangeTextDocument, (p) => changeProblem(p, documents));
      if (property === 'onDidCloseTextDocument') return guard('didClose', target.onDidCloseTextDocument, closeProblem);
      return Reflect.get(target, property, receiver);
    },
  });
}
