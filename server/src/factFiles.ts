// Reading fact files from disk, for the command line and the language server. The
// engine itself never touches the file system.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFactFile, type ParsedFactFile } from './core';
import type { ParsedFactFileCache } from './factFileCache';

const BUILTIN_FILE = 'builtin.tariff-facts.yaml';
/** Fact files larger than this are refused rather than read: they are not hand-written facts. */
export const MAX_FACT_FILE_BYTES = 64 * 1024 * 1024;

/** The built-in fact base: beside the compiled server (server/out → server/facts) or the bundle (dist → server/facts). */
export function builtinFactsPath(): string {
  const candidates = [join(__dirname, '..', 'facts', BUILTIN_FILE), join(__dirname, '..', 'server', 'facts', BUILTIN_FILE), join(__dirname, '..', '..', 'facts', BUILTIN_FILE)];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

/** `cache`: the language server's, which keeps each file's parse while its text is unchanged. */
export function readFactFile(path: string, builtin = false, cache?: ParsedFactFileCache): ParsedFactFile {
  try {
    const size = statSync(path).size;
    if (size > MAX_FACT_FILE_BYTES) {
      return unreadable(path, builtin, `the file is ${Math.round(size / 1048576)} MB, over the ${MAX_FACT_FILE_BYTES / 1048576} MB limit for a fact file: split it into smaller files.`);
    }
    // Decoded from a Buffer: Node 20's readFileSync(path, 'utf8') takes half as long again for a 40 MB file.
    const parse = (text: string) => parseFactFile(text, path, { builtin });
    return cache ? cache.parsed(path, builtin, () => readFileSync(path), parse) : parse(readFileSync(path).toString('utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file: check the path' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return unreadable(path, builtin, `cannot read the fact file: ${why}.`);
  }
}

function unreadable(path: string, builtin: boolean, message: string): ParsedFactFile {
  return { path, builtin, facts: [], problems: [{ path, line: 1, message, severity: 'error' }], products: new Map(), measures: new Map() };
}

/** The built-in base (unless switched off) and then the given files, in order. */
export function readFactFiles(paths: string[], options: { useBuiltin: boolean; cache?: ParsedFactFileCache }): ParsedFactFile[] {
  const { useBuiltin, cache } = options;
  const files = useBuiltin ? [readFactFile(builtinFactsPath(), true, cache)] : [];
  for (const p of paths) files.push(readFactFile(p, false, cache));
  cache?.keepOnly(files);
  return files;
}
