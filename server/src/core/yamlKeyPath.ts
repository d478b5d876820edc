// Where a field is written, from the YAML library's nodes: for a fact's problems, which
// are reported at the line of the field they are about.
import { isMap, isScalar } from 'yaml';

/**
 * The line of the key at `path` (`source.title`) under `node`, else of the nearest key on
 * its way, else `fallback`; `lineAt` turns a key's offset into its line.
 */
export function lineOfKeyPath(node: unknown, path: string, lineAt: (offset: number | undefined) => number, fallback: number): number {
  let found = fallback;
  for (const part of path.split('.')) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
    if (!pair) break;
    if (isScalar(pair.key)) found = lineAt(pair.key.range?.[0]);
    node = pair.value;
  }
  return found;
}
