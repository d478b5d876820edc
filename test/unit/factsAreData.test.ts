// Fact files are data (issue #7): reading and using them runs nothing from them and
// never touches the network. Checked twice: at run time, with every way out of the
// process blocked while fact files full of links and tags are read and used; and in
// the source, where nothing in the engine, the server or the CLI may load a network or
// process module or evaluate code.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDocument, FactBase, parseFactFile } from 'tariff-lens';
import { repoRoot } from '../support/engine';

// The modules themselves (not import wrappers), so that blocking a function blocks it for everyone.
const [childProcess, dns, http, https, net] = ['child_process', 'dns', 'http', 'https', 'net'].map((name) => require(`node:${name}`));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('fact files are data', () => {
  test('reading and using fact files opens no connection and starts no process', () => {
    const attempts: string[] = [];
    const block = <T extends object>(owner: T, name: keyof T) => {
      const original = owner[name];
      (owner as Record<keyof T, unknown>)[name] = (...args: unknown[]) => {
        attempts.push(`${String(name)} ${JSON.stringify(args[0])?.slice(0, 80)}`);
        throw new Error('network and processes are blocked in this test');
      };
      return () => { (owner as Record<keyof T, unknown>)[name] = original; };
    };
    const restore = [
      block(net.Socket.prototype, 'connect'), block(dns, 'lookup'), block(http, 'request'), block(http, 'get'),
      block(https, 'request'), block(https, 'get'), block(childProcess, 'spawn'), block(childProcess, 'exec'),
      block(globalThis, 'fetch'),
    ];
    try {
      const yaml = `version: 1
facts:
  - id: linked
    rate: 25
    imposer: US
    target: "*"
    products: [steel]
    effective: 2025-03-12
    source: { title: "Notice <script>fetch('https://evil.test')</script>", url: "https://example.test/notice?callback=x" }
  - id: tagged
    rate: !!js/function "function () { require('child_process').exec('touch /tmp/pwned') }"
    imposer: US
    target: "*"
    effective: 2025-03-12
    source: { title: !!js/regexp /x/, url: "http://127.0.0.1:9/" }
`;
      const json = JSON.stringify({ facts: [{ id: 'json-linked', rate: 10, imposer: 'US', target: 'JP', effective: '2025-04-05', source: { title: 'T', url: 'https://example.test/' } }] });
      const csv = 'id,rate,imposer,target,effective,source.title,source.url\ncsv-linked,15,US,EU,2025-08-07,T,https://example.test/\n';
      const base = FactBase.build([
        parseFactFile(yaml, 'links.tariff-facts.yaml'), parseFactFile(json, 'links.tariff-facts.json'), parseFactFile(csv, 'links.tariff-facts.csv'),
      ]);
      assert.deepEqual(base.facts.map((f) => f.id).sort(), ['csv-linked', 'json-linked', 'linked']);
      const result = checkDocument('Steel imports from every partner pay a 25% tariff. See https://example.test/more.', base, { kind: 'markdown', asOf: '2025-09-01' });
      assert.equal(result.claims[0]?.verdict, 'supported');
    } finally {
      for (const undo of restore) undo();
    }
    assert.deepEqual(attempts, []);
  });

  test('no engine, server or CLI source loads a network or process module, or evaluates code', () => {
    const forbidden = /from ['"](?:node:)?(?:net|http|https|http2|dns|tls|dgram|child_process|cluster|vm|worker_threads)['"]|require\(['"](?:node:)?(?:net|http|https|dns|child_process|vm)['"]\)|\beval\(|new Function\(|\bfetch\(/;
    const offenders = sourceFiles(join(repoRoot, 'server', 'src')).filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders.map((file) => relative(repoRoot, file)), []);
  });
});
