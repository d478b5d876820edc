// The YAML library's reading of a fact file, the reference the fast readers of big files
// (factsBlock.ts for YAML, factsJson.ts for JSON) are held to.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { repoRoot } from './engine';

/** The YAML library's reading of each entry under `facts:`: its value and the line of each key (and of each key one level down). */
export function libraryEntries(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  assert.equal(doc.errors.length, 0, 'the library reads the file');
  const facts = isMap(doc.contents) ? doc.contents.get('facts', true) : undefined;
  assert.ok(isSeq(facts));
  const lineAt = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line;
  return facts.items.map((item) => {
    const keyLines: Record<string, number> = {};
    const walk = (node: unknown, prefix: string) => {
      if (!isMap(node)) return;
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        keyLines[prefix + String(pair.key.value)] = lineAt(pair.key.range?.[0]);
        if (!prefix) walk(pair.value, `${String(pair.key.value)}.`);
      }
    };
    walk(item, '');
    return { value: (item as YamlNode).toJS(doc), line: lineAt((item as YamlNode).range?.[0]), keyLines };
  });
}

/** The repository's YAML fact files: fixtures, examples and the built-in facts. */
export function factFilesInRepo(): string[] {
  const dirs = ['test/fixtures/unit', 'test/fixtures/lsp', 'test/fixtures/vscode-workspace', 'examples', 'server/facts'];
  return dirs.flatMap((d) => readdirSync(join(repoRoot, d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(repoRoot, d, f)));
}
