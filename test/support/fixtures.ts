// Paths of the server and the fixtures, throwaway workspaces to run the server in, and
// text helpers that turn a phrase of a fixture into the LSP range it should get.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';

// Compiled to test/out/support/, so the repository is three levels up.
const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_PATH = path.join(REPO_ROOT, 'server/out/server.js');
const LSP_FIXTURES = path.join(REPO_ROOT, 'test/fixtures/lsp');

export function readFixture(name: string): string {
  return readFileSync(path.join(LSP_FIXTURES, name), 'utf8');
}

/** A temporary copy of some fixtures, so tests can change files on disk. */
export class Workspace {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'tariff-lens-lsp-'));

  constructor(fixtures: string[]) {
    for (const name of fixtures) cpSync(path.join(LSP_FIXTURES, name), this.path(name));
  }

  path(name: string): string {
    return path.join(this.dir, name);
  }

  uri(name: string): string {
    return pathToFileURL(this.path(name)).href;
  }

  read(name: string): string {
    return readFileSync(this.path(name), 'utf8');
  }

  write(name: string, text: string): void {
    writeFileSync(this.path(name), text);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Settings that keep the built-in fact base out, so tests see only their fixtures. */
export function isolatedSettings(factFiles: string[] = [], more: Record<string, unknown> = {}): Record<string, unknown> {
  return { enable: true, useBuiltinFacts: false, factFiles, asOf: '', ...more };
}

/** The range of the `occurrence`-th `needle` in `text`, in UTF-16 code units as LSP counts. */
export function rangeOf(text: string, needle: string, occurrence = 1): Range {
  let offset = -1;
  for (let found = 0; found < occurrence; found++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  return { start: positionAt(text, offset), end: positionAt(text, offset + needle.length) };
}

/** 0-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((candidate) => candidate.includes(needle));
  if (line < 0) throw new Error(`no line contains "${needle}"`);
  return line;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), edits);
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
