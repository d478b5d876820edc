// The language server's cache of parsed fact files (server/src/factFileCache.ts): a file
// is parsed again only when its bytes change, and a snapshot kept on disk spares a new
// server the parse of an unchanged big file but is never trusted past its text or build.
// The server over stdio is in test/lsp/factFiles.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFactFile } from 'tariff-lens';
import type * as FactFileCache from '../../server/src/factFileCache';
import { repoRoot, sampleFactsPath } from '../support/engine';

const { ParsedFactFileCache, SNAPSHOT_MIN_BYTES } = require(join(repoRoot, 'server', 'out', 'factFileCache.js')) as typeof FactFileCache;

/** The sample facts, padded with comments past the size from which snapshots are kept. */
function bigFactFile(): Buffer {
  const text = readFileSync(sampleFactsPath, 'utf8');
  const padding = `# ${'padding '.repeat(15)}\n`.repeat(Math.ceil(SNAPSHOT_MIN_BYTES / 120) + 1);
  return Buffer.from(text + padding);
}

/** A parse that counts its calls. */
function countingParse(path: string) {
  const parse = (text: string) => {
    parse.calls++;
    return parseFactFile(text, path);
  };
  parse.calls = 0;
  return parse;
}

async function snapshotWritten(folder: string): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const names = (() => {
      try {
        return readdirSync(folder).filter((name) => name.endsWith('.json'));
      } catch {
        return [];
      }
    })();
    if (names.length) return join(folder, names[0]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no snapshot was written to ${folder}`);
}

describe('parsed fact files kept while unchanged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-lens-cache-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'hts.tariff-facts.yaml');

  test('the same bytes are parsed once; changed bytes, or a file let go, are parsed again', () => {
    const cache = new ParsedFactFileCache();
    const parse = countingParse(path);
    const bytes = Buffer.from(readFileSync(sampleFactsPath));
    const first = cache.parsed(path, false, () => bytes, parse);
    assert.equal(cache.parsed(path, false, () => Buffer.from(bytes), parse), first);
    assert.equal(parse.calls, 1);
    // One digit changed, the length the same: still a new text.
    const changed = Buffer.from(bytes.toString('utf8').replace('rate: 46', 'rate: 47'));
    assert.equal(changed.length, bytes.length);
    const second = cache.parsed(path, false, () => changed, parse);
    assert.equal(parse.calls, 2);
    assert.ok(second.facts.some((f) => f.rate === 47));
    cache.keepOnly([]);
    cache.parsed(path, false, () => changed, parse);
    assert.equal(parse.calls, 3);
  });

  test('a new cache on the same folder reads an unchanged big file from its snapshot', async () => {
    const folder = join(dir, 'snapshots');
    const bytes = bigFactFile();
    const parsedFirst = new ParsedFactFileCache(folder).parsed(path, false, () => bytes, countingParse(path));
    await snapshotWritten(folder);

    const parse = countingParse(path);
    const logs: string[] = [];
    const fromSnapshot = new ParsedFactFileCache(folder, (m) => logs.push(m)).parsed(path, false, () => bytes, parse);
    assert.equal(parse.calls, 0);
    assert.deepStrictEqual(fromSnapshot, parsedFirst);
    assert.match(logs.join('\n'), /unchanged since its snapshot: \d+ facts read/);

    // Another text at the same path, or the same text at another path, is parsed.
    const edited = Buffer.from(bytes.toString('utf8').replace('rate: 46', 'rate: 47'));
    new ParsedFactFileCache(folder).parsed(path, false, () => edited, parse);
    new ParsedFactFileCache(folder).parsed(join(dir, 'copy.tariff-facts.yaml'), false, () => bytes, parse);
    assert.equal(parse.calls, 2);
  });

  test('a snapshot that is damaged, or made by another build, is passed over and the file parsed', async () => {
    const folder = join(dir, 'damaged');
    const bytes = bigFactFile();
    new ParsedFactFileCache(folder).parsed(path, false, () => bytes, countingParse(path));
    const snapshot = await snapshotWritten(folder);
    const [header, body] = readFileSync(snapshot, 'utf8').split('\n');

    const parse = countingParse(path);
    const logs: string[] = [];
    writeFileSync(snapshot, `${header}\n${body.slice(0, body.length / 2)}`);
    const file = new ParsedFactFileCache(folder, (m) => logs.push(m)).parsed(path, false, () => bytes, parse);
    assert.equal(parse.calls, 1);
    assert.deepStrictEqual(file, parseFactFile(bytes.toString('utf8'), path));
    assert.match(logs.join('\n'), /cannot be read .*reading the fact file itself/);

    writeFileSync(snapshot, `${header.replace(/"build":"\w+"/, '"build":"another"')}\n${body}`);
    new ParsedFactFileCache(folder).parsed(path, false, () => bytes, parse);
    assert.equal(parse.calls, 2);
  });

  test('a storage folder that cannot be made is reported, and never freezes the server', { skip: process.platform !== 'linux' && 'needs /proc' }, () => {
    // Under /proc, mkdir says the parent is missing though it exists: Node's recursive mkdir retries forever.
    const big = join(dir, 'proc.tariff-facts.yaml');
    writeFileSync(big, bigFactFile());
    const script = `
      const { ParsedFactFileCache } = require(${JSON.stringify(join(repoRoot, 'server', 'out', 'factFileCache.js'))});
      const { parseFactFile } = require(${JSON.stringify(join(repoRoot, 'server', 'out', 'core', 'index.js'))});
      const cache = new ParsedFactFileCache('/proc/tariff-lens-test/fact-snapshots', (m) => console.log(m));
      const path = ${JSON.stringify(big)};
      const file = cache.parsed(path, false, () => require('node:fs').readFileSync(path), (t) => parseFactFile(t, path));
      console.log(file.facts.length + ' facts');
      setTimeout(() => {}, 2500);`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.signal, null, 'the process had to be killed');
    assert.match(run.stdout, /^\d+ facts$/m);
    assert.match(run.stdout, /could not keep a snapshot of .*proc\.tariff-facts\.yaml in \/proc\/tariff-lens-test\/fact-snapshots/);
  });

  test('small files are kept in memory only', async () => {
    const folder = join(dir, 'small');
    const cache = new ParsedFactFileCache(folder);
    cache.parsed(path, false, () => readFileSync(sampleFactsPath), countingParse(path)); // first: its snapshot would be written first
    const big = join(dir, 'big.tariff-facts.yaml');
    cache.parsed(big, false, bigFactFile, countingParse(big));
    await snapshotWritten(folder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(readdirSync(folder).length, 1);
  });
});
