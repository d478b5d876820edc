// Bundles the extension for VS Code: the client (client/src/extension.ts) and the
// language server (server/src/server.ts) into dist/, one CommonJS file each, so that the
// .vsix needs no node_modules. Run by `npm run build` after `tsc -b` has type-checked.
//   node scripts/bundle.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify,
  logLevel: 'warning',
};
// The server finds its built-in fact file from dist/ as it does from server/out/:
// server/src/factFiles.ts looks in ../server/facts too, so nothing is copied.

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('bundle: watching client and server sources');
} else {
  const started = Date.now();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`bundle: dist/extension.js, dist/server.js (${Date.now() - started} ms)`);
}
