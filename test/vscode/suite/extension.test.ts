// Tariff Lens in a real VS Code: what a user sees when they open the fixture memos in
// test/fixtures/vscode-workspace (facts from its tariff-facts.yaml only; the built-in
// base is off in its .vscode/settings.json). The launchers open a copy of that folder,
// so edits and new files never touch the repository.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TariffLensApi } from '../../../client/src/extension';
import { hoverInWorkbench } from './workbench';

const EXTENSION_ID = 'tariff-lens.tariff-lens';
const SOURCE = 'tariff-lens';
/** Diagnostics count as settled once unchanged for this long (the server debounces checks by 200 ms). */
const STABLE_MS = 500;
const WAIT_MS = 15_000;
const FACTS_IN_FIXTURE = 5;

let api: TariffLensApi;

describe('Tariff Lens in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<TariffLensApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    api = await extension.activate();
  });

  afterEach(revertAndCloseAll);

  it('opens .memo files as trade-memo and checks them', async () => {
    const editor = await open('memos/copper.memo');
    assert.equal(editor.document.languageId, 'trade-memo');
    const [diagnostic] = await diagnosticsOf(editor.document.uri, (d) => d.length > 0, 'a diagnostic on the memo');
    assert.equal(textAt(editor, diagnostic.range), '25%');
    assert.equal(codeOf(diagnostic), 'outdated');
    assert.equal(diagnostic.range.start.line, 7);
  });

  it('flags an outdated figure as a warning', async () => {
    const editor = await open('memos/steel.md');
    const diagnostics = await diagnosticsOf(editor.document.uri, (d) => d.length > 0, 'the outdated steel claim');
    assert.equal(diagnostics.length, 1, listed(diagnostics));
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.source, SOURCE);
    assert.equal(codeOf(diagnostic), 'outdated');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(textAt(editor, diagnostic.range), '25%');
    assert.match(diagnostic.message, /50/);
  });

  it('flags a contradicted figure as an error', async () => {
    const editor = await open('memos/aluminum.md');
    const diagnostics = await diagnosticsOf(editor.document.uri, (d) => d.length > 0, 'the contradicted aluminum claim');
    assert.equal(diagnostics.length, 1, listed(diagnostics));
    assert.equal(codeOf(diagnostics[0]), 'contradicted');
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(textAt(editor, diagnostics[0].range), '35%');
  });

  it('shows the verdict, the right figure and its source in the hover', async () => {
    const editor = await open('memos/aluminum.md');
    const [diagnostic] = await diagnosticsOf(editor.document.uri, (d) => d.length > 0, 'the contradicted aluminum claim');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', editor.document.uri, diagnostic.range.start.translate(0, 1));
    const text = hovers.flatMap((hover) => hover.contents.map(markdownOf)).join('\n');
    assert.match(text, /contradicted/);
    assert.match(text, /35%/);
    assert.match(text, /50%/);
    assert.match(text, /Fixture proclamation doubling the aluminum duty/);
  });

  it('shows the hover card in the workbench', async function () {
    // Only under run-offline.mjs, which gives the DevTools port of the browser showing the workbench.
    if (!process.env.TARIFF_LENS_CDP_PORT) this.skip();
    const editor = await open('memos/aluminum.md');
    const [diagnostic] = await diagnosticsOf(editor.document.uri, (d) => d.length > 0, 'the contradicted aluminum claim');
    const at = diagnostic.range.start.translate(0, 1);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    const seen = await hoverInWorkbench(
      () => vscode.commands.executeCommand('editor.action.showHover'),
      /Tariff Lens: contradicted/,
      process.env.TARIFF_LENS_SCREENSHOT,
    );
    assert.match(seen, /50%/);
  });

  it('fixes a figure with the preferred quick fix', async () => {
    const editor = await open('memos/steel.md');
    const [diagnostic] = await diagnosticsOf(editor.document.uri, (d) => d.length > 0, 'the outdated steel claim');
    const actions = await codeActionsAt(editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const preferred = actions.filter((action) => action.isPreferred);
    assert.equal(preferred.length, 1, `preferred actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(preferred[0].title, /50%/);

    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!));
    assert.equal(lineOf(editor, diagnostic.range.start.line), 'Steel imports from every partner pay a 50% tariff.');
    await diagnosticsOf(editor.document.uri, (d) => d.length === 0, 'the diagnostic to go after the fix');
  });

  it('fixes every figure in a file with source.fixAll.tariffLens', async () => {
    const editor = await open('memos/roundup.md');
    const before = await diagnosticsOf(editor.document.uri, (d) => d.length >= 2, 'both roundup problems');
    assert.deepEqual(before.map(codeOf).sort(), ['contradicted', 'outdated'], listed(before));

    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await codeActionsAt(editor.document.uri, whole, vscode.CodeActionKind.SourceFixAll.append('tariffLens'));
    assert.equal(actions.length, 1, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));

    const text = editor.document.getText();
    assert.match(text, /Steel imports from every partner pay a 50% tariff\./);
    assert.match(text, /Aluminum shipments from all partners now face a 50% tariff\./);
    assert.match(text, /Semi-finished copper from every partner carries a 50% tariff\./);
    await diagnosticsOf(editor.document.uri, (d) => d.length === 0, 'every diagnostic to go after fix-all');
  });

  it('ignores a claim in plain text with a directive', async () => {
    const editor = await open('memos/notes.txt');
    assert.equal(editor.document.languageId, 'plaintext');
    const [diagnostic] = await diagnosticsOf(editor.document.uri, (d) => d.length > 0, 'the claim in plain text');
    assert.equal(codeOf(diagnostic), 'contradicted');
    const actions = await codeActionsAt(editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const ignore = actions.find((action) => /ignore/i.test(action.title));
    assert.ok(ignore, `no ignore action among: ${actions.map((a) => a.title).join(' | ')}`);

    const line = diagnostic.range.start.line;
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    assert.match(lineOf(editor, line), /tariff-lens-disable-next-line/);
    assert.equal(lineOf(editor, line + 1), 'Aluminum shipments from all partners now face a 35% tariff.');
    await diagnosticsOf(editor.document.uri, (d) => d.length === 0, 'the ignored claim to go');
  });

  it('shows facts, the as-of date and where it came from in the language status', async () => {
    const editor = await open('memos/steel.md');
    await diagnosticsOf(editor.document.uri, (d) => d.length > 0, 'the outdated steel claim');
    let status = await statusWhere((s) => s.text.includes('as of'), 'the steel memo in the status');
    assert.equal(status.text, `${FACTS_IN_FIXTURE} facts · as of 2025-11-03`);
    assert.match(status.detail, /date from the front matter/);
    assert.match(status.detail, /1 claim, 1 problem/);
    assert.equal(status.severity, 'information');

    await open('memos/copper.memo');
    status = await statusWhere((s) => s.detail.includes('memo header'), 'the memo header in the status');
    assert.match(status.detail, /2 claims, 1 problem/);
  });

  it('loads the built-in fact base when the setting turns it on', async () => {
    await open('memos/steel.md');
    const settings = vscode.workspace.getConfiguration('tariffLens');
    await settings.update('useBuiltinFacts', true, vscode.ConfigurationTarget.Workspace);
    try {
      const status = await statusWhere((s) => /built-in facts reviewed \d{4}-\d{2}-\d{2}/.test(s.detail), 'the built-in facts in the status');
      const count = Number(/^(\d+) facts/.exec(status.text)?.[1]);
      assert.ok(count > FACTS_IN_FIXTURE, status.text);
    } finally {
      await settings.update('useBuiltinFacts', false, vscode.ConfigurationTarget.Workspace);
    }
    await statusWhere((s) => s.text.startsWith(`${FACTS_IN_FIXTURE} facts`), 'the built-in facts to unload');
  });

  it('reports fact-file errors in the language status after reloading facts', async () => {
    const broken = vscode.Uri.joinPath(workspaceRoot(), 'broken.tariff-facts.yaml');
    await open('memos/steel.md');
    await vscode.workspace.fs.writeFile(broken, Buffer.from(
      'version: 1\nfacts:\n  - id: fixture-no-rate\n    imposer: US\n    target: "*"\n    effective: 2025-01-01\n    source: { title: Nowhere, date: 2025-01-01 }\n'));
    try {
      await vscode.commands.executeCommand('tariffLens.reloadFacts');
      const status = await statusWhere((s) => s.severity === 'error', 'a fact-file error in the status');
      assert.match(status.text, /1 fact-file error/);
      assert.match(status.text, new RegExp(`^${FACTS_IN_FIXTURE} facts · 1 fact-file error`));
      const problems = await diagnosticsOf(broken, (d) => d.length > 0, 'the problem shown in the broken fact file');
      assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await vscode.workspace.fs.delete(broken);
    }
    await vscode.commands.executeCommand('tariffLens.reloadFacts');
    await statusWhere((s) => s.severity === 'information', 'the error to leave the status');
  });

  it('keeps a snapshot of a big fact file in its global storage for the next start', async () => {
    const userData = process.env.TARIFF_LENS_USER_DATA;
    assert.ok(userData, 'the launcher names the user data folder in TARIFF_LENS_USER_DATA');
    // One more fact, padded with comments past the size from which a snapshot is kept (1 MB).
    const big = vscode.Uri.joinPath(workspaceRoot(), 'import.tariff-facts.yaml');
    const fact = 'version: 1\nfacts:\n  - id: fixture-import-wine\n    rate: 5\n    imposer: US\n    target: NZ\n    products: [wine]\n'
      + '    effective: 2025-01-01\n    source: { title: Fixture schedule, date: 2025-01-01 }\n';
    await vscode.workspace.fs.writeFile(big, Buffer.from(fact + `# ${'an imported schedule would go on here '.repeat(3)}\n`.repeat(9000)));
    try {
      await vscode.commands.executeCommand('tariffLens.reloadFacts');
      await statusWhere((s) => s.text.startsWith(`${FACTS_IN_FIXTURE + 1} facts`), 'the imported fact in the status');
      const deadline = Date.now() + WAIT_MS;
      while (snapshotsUnder(userData).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(snapshotsUnder(userData).length, 1, `one snapshot under ${userData}`);
    } finally {
      await vscode.workspace.fs.delete(big);
    }
    await vscode.commands.executeCommand('tariffLens.reloadFacts');
    await statusWhere((s) => s.text.startsWith(`${FACTS_IN_FIXTURE} facts`), 'the imported fact to leave the status');
  });

  it('opens the fact behind the claim under the cursor', async () => {
    const editor = await open('memos/steel.md');
    const [diagnostic] = await diagnosticsOf(editor.document.uri, (d) => d.length > 0, 'the outdated steel claim');
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    await vscode.commands.executeCommand('tariffLens.openFact');
    const factEditor = vscode.window.activeTextEditor!;
    assert.match(factEditor.document.uri.path, /\/tariff-facts\.yaml$/);
    // Either fact behind the outdated claim: the one that had 25% or the one that has 50% now.
    assert.match(lineOf(factEditor, factEditor.selection.active.line), /^ {2}- id: fixture-steel-232-(25|50)$/);

    // Where there is no claim, nothing opens.
    const memo = await open('memos/steel.md');
    memo.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('tariffLens.openFact');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), memo.document.uri.toString());
  });
});

// --- helpers -------------------------------------------------------------------

/** The snapshot files in a `fact-snapshots` folder anywhere under `folder`. */
function snapshotsUnder(folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (path.basename(dir) === 'fact-snapshots' && entry.name.endsWith('.json')) found.push(full);
    }
  };
  if (fs.existsSync(folder)) visit(folder);
  return found;
}

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri;
}

async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relative));
  return vscode.window.showTextDocument(document);
}

async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Waits until the extension's diagnostics for `uri` satisfy `until` and have stopped changing. */
async function diagnosticsOf(uri: vscode.Uri, until: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + WAIT_MS;
  let last = '';
  let unchangedSince = Date.now();
  for (;;) {
    const diagnostics = ours(uri);
    const key = listed(diagnostics);
    if (key !== last) {
      last = key;
      unchangedSince = Date.now();
    }
    if (until(diagnostics) && Date.now() - unchangedSince >= STABLE_MS) return diagnostics;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; diagnostics now: ${key || 'none'}`);
    await nextChangeOr(100);
  }
}

/** Resolves on the next diagnostics change, or after `ms` (to re-test stability). */
function nextChangeOr(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const listener = vscode.languages.onDidChangeDiagnostics(done);
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

async function statusWhere(until: (s: ReturnType<TariffLensApi['languageStatus']>) => boolean, what: string) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const status = api.languageStatus();
    if (until(status)) return status;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; status now: ${JSON.stringify(status)}`);
    await nextChangeOr(100);
  }
}

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const found = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, kind.value);
  return found.filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

function textAt(editor: vscode.TextEditor, range: vscode.Range): string {
  return editor.document.getText(range);
}

function lineOf(editor: vscode.TextEditor, line: number): string {
  return editor.document.lineAt(line).text;
}

function markdownOf(content: vscode.MarkdownString | vscode.MarkedString): string {
  return typeof content === 'string' ? content : content.value;
}

function listed(diagnostics: vscode.Diagnostic[]): string {
  return diagnostics
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1} ${codeOf(d)} ${d.severity} ${d.message}`)
    .join('; ');
}
