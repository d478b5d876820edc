// Parsed fact files kept while their text is unchanged. A big HTS import (100,000 facts
// take about two seconds to parse) is then parsed once per server, not again each time
// a small fact file beside it is saved; and, given a folder to keep snapshots in (the
// VS Code client gives its global storage), once per text rather than at every start.
// A file is known by the digest of its bytes, never by its time stamp: a stale fact
// would judge claims wrongly.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DamagedSnapshot, parsedFromSnapshot, snapshotOf, type ParsedFactFile } from './core';

/** Smaller files parse in tens of milliseconds: reading a snapshot would save nothing. */
export const SNAPSHOT_MIN_BYTES = 1024 * 1024;
/** Snapshots kept in the folder; the ones written longest ago go first. */
const MAX_SNAPSHOTS = 20;
/** Bumped when the snapshot's layout changes. */
const SNAPSHOT_FORMAT = 1;
/** A cold load has just blocked for seconds: the snapshot is written once the first checks have run. */
const WRITE_DELAY_MS = 1500;
const WRITE_PIECE = 1024 * 1024;

interface SnapshotHeader {
  format: number;
  build: string;
  path: string;
  builtin: boolean;
  digest: string;
}

export class ParsedFactFileCache {
  private readonly kept = new Map<string, { digest: string; file: ParsedFactFile }>();

  /** `snapshotFolder`: where snapshots are read and written; without it, files are kept in memory only. */
  constructor(private readonly snapshotFolder?: string, private readonly log: (message: string) => void = () => {}) {}

  /**
   * The file parsed from the bytes `read` gives: the last parse of the same bytes at the
   * same path, when there is one, else a snapshot of it, else `parse` of their text.
   */
  parsed(path: string, builtin: boolean, read: () => Buffer, parse: (text: string) => ParsedFactFile): ParsedFactFile {
    const key = keyOf(path, builtin);
    let bytes: Buffer | undefined = read();
    let digest = digestOf(bytes);
    const kept = this.kept.get(key);
    if (kept?.digest === digest) return kept.file;
    const header = (): SnapshotHeader => ({ format: SNAPSHOT_FORMAT, build: buildFingerprint(), path, builtin, digest });
    const snapshotPath = this.snapshotFolder && bytes.length >= SNAPSHOT_MIN_BYTES ? join(this.snapshotFolder, `${digestOf(key)}.json`) : undefined;
    // The bytes are let go as soon as they are not needed: 40 MB still held when the
    // load ends would keep the server's memory high until V8 next collects.
    if (snapshotPath && existsSync(snapshotPath)) {
      bytes = undefined;
      const file = this.readSnapshot(snapshotPath, header());
      if (file) {
        this.log(`Tariff Lens: ${path} is unchanged since its snapshot: ${file.facts.length} facts read from ${snapshotPath}.`);
        this.kept.set(key, { digest, file });
        return file;
      }
      bytes = read(); // the snapshot was of other bytes: these are read again, and known by their own digest
      digest = digestOf(bytes);
    }
    const text = bytes.toString('utf8');
    bytes = undefined;
    const file = parse(text);
    if (snapshotPath) this.writeSnapshotLater(snapshotPath, header(), file);
    this.kept.set(key, { digest, file });
    return file;
  }

  /** Forgets files no longer loaded, so that their facts can be collected. */
  keepOnly(paths: { path: string; builtin: boolean }[]): void {
    const wanted = new Set(paths.map(({ path, builtin }) => keyOf(path, builtin)));
    for (const key of this.kept.keys()) if (!wanted.has(key)) this.kept.delete(key);
  }

  private readSnapshot(snapshotPath: string, header: SnapshotHeader): ParsedFactFile | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(snapshotPath);
    } catch {
      return undefined; // none yet
    }
    try {
      const newline = bytes.indexOf(10);
      if (newline < 0) throw new DamagedSnapshot('no header line');
      const written = JSON.parse(bytes.toString('utf8', 0, newline)) as SnapshotHeader;
      if (JSON.stringify(written) !== JSON.stringify(header)) return undefined; // another text, or another build of the server
      return parsedFromSnapshot(JSON.parse(bytes.toString('utf8', newline + 1)), header.path, header.builtin);
    } catch (e) {
      this.log(`Tariff Lens: the snapshot ${snapshotPath} of ${header.path} cannot be read (${(e as Error).message}); reading the fact file itself.`);
      return undefined;
    }
  }

  private writeSnapshotLater(snapshotPath: string, header: SnapshotHeader, file: ParsedFactFile): void {
    setTimeout(() => {
      if (this.kept.get(keyOf(header.path, header.builtin))?.file !== file) return; // replaced or forgotten since
      this.writeSnapshot(snapshotPath, header, file);
    }, WRITE_DELAY_MS).unref(); // a server that is leaving does not wait to write
  }

  private writeSnapshot(snapshotPath: string, header: SnapshotHeader, file: ParsedFactFile): void {
    const folder = this.snapshotFolder!;
    // Written aside and renamed: a reader never sees half a snapshot.
    const partial = `${snapshotPath}.${process.pid}.partial`;
    try {
      makeFolder(folder);
      const fd = openSync(partial, 'w');
      try {
        writeSync(fd, `${JSON.stringify(header)}\n`);
        // A megabyte at a time: the whole text at once would be copied twice more (16 MB each for 100,000 facts).
        const json = JSON.stringify(snapshotOf(file));
        for (let at = 0; at < json.length; at += WRITE_PIECE) writeSync(fd, json.slice(at, at + WRITE_PIECE));
      } finally {
        closeSync(fd);
      }
      renameSync(partial, snapshotPath);
      pruneSnapshots(folder);
    } catch (e) {
      try {
        rmSync(partial, { force: true });
      } catch {
        // never read as a snapshot: at worst it stays
      }
      this.log(`Tariff Lens: could not keep a snapshot of ${header.path} in ${folder} (${(e as Error).message}); it will be parsed again at the next start.`);
    }
  }
}

/**
 * Makes the folder and its missing parents, one mkdir each. Node's recursive mkdir never
 * returns where mkdir says a folder's parent is missing though it exists (under /proc,
 * for one): it would freeze the server at full CPU.
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let dir = folder; !existsSync(dir) && dirname(dir) !== dir; dir = dirname(dir)) missing.push(dir);
  for (const dir of missing.reverse()) mkdirSync(dir);
}

/** Deletes the least recently written snapshots beyond MAX_SNAPSHOTS. */
function pruneSnapshots(folder: string): void {
  const snapshots = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: join(folder, name), mtime: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of snapshots.slice(MAX_SNAPSHOTS)) rmSync(old.path, { force: true });
}

let fingerprint: string | undefined;

/**
 * The code that parsed a snapshot's file: every module the server had loaded when it
 * first read a fact file (all it loads at start), by path, size and time stamp. A
 * snapshot made by any other build (an update, a rebuilt checkout) is not used: its
 * parse may differ.
 */
function buildFingerprint(): string {
  if (fingerprint === undefined) {
    const hash = createHash('sha1');
    for (const module of Object.keys(require.cache).sort()) {
      try {
        const { size, mtimeMs } = statSync(module);
        hash.update(`${module}\0${size}\0${mtimeMs}\n`);
      } catch {
        hash.update(`${module}\n`);
      }
    }
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

/** A file's place among those kept: the built-in base apart from a user's file at the same path. */
function keyOf(path: string, builtin: boolean): string {
  return `${builtin ? 'builtin:' : ''}${path}`;
}

/**
 * SHA-1: this tells a file's versions apart and guards against nobody, and over a 40 MB
 * import it takes a quarter of SHA-256's time (on the bench machine, 27 ms against 106).
 */
function digestOf(bytes: Buffer | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}
