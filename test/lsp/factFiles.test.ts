// Fact files in the workspace: watcher registration, re-checks when a file changes,
// is created or deleted, problems shown in the fact file itself, the reload command;
// snapshots of a big file's parse kept for the next server, and never used once stale.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { Workspace, isolatedSettings, lineOf, readFixture } from '../support/fixtures';
import { LspClient, startSession, type Session } from '../support/lspClient';

const fixesOf = (diagnostics: Diagnostic[], code: string) =>
  (diagnostics.find((d) => d.code === code)?.data as { fixes: { value: number }[] } | undefined)?.fixes.map((f) => f.value);

describe('fact files', () => {
  let session: Session;
  let memo: string;
  before(async () => {
    session = await startSession(['tariff-facts.yaml', 'partners.facts.yaml', 'memo.md', 'copper.md'], ['partners.facts.yaml']);
    ({ uri: memo } = await session.open('memo.md'));
    await session.client.diagnosticsOfCurrentVersion(memo);
  });
  after(() => session.end());

  it('asks the client to watch fact file names and the configured paths', () => {
    const registration = session.client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(registration?.registerOptions, {
      watchers: [
        { globPattern: '**/{tariff-facts,*.tariff-facts}.{yaml,yml,json,csv}' },
        { globPattern: { baseUri: pathToFileURL(session.workspace.dir).href, pattern: 'partners.facts.yaml' } },
      ],
    });
  });

  it('re-checks open memos when a discovered fact file changes on disk', async () => {
    const { workspace, client } = session;
    workspace.write('tariff-facts.yaml', workspace.read('tariff-facts.yaml').replace('rate: 50', 'rate: 40'));
    await client.watchedFilesChanged([{ uri: workspace.uri('tariff-facts.yaml'), type: FileChangeType.Changed }]);
    const diagnostics = await client.diagnostics(memo, (p) => fixesOf(p.diagnostics, 'outdated')?.[0] === 40);
    assert.deepEqual(fixesOf(diagnostics, 'outdated'), [40]);
  });

  it('re-checks when a fact file named in the settings changes', async () => {
    const { workspace, client } = session;
    workspace.write('partners.facts.yaml', workspace.read('partners.facts.yaml').replace('rate: 15', 'rate: 24'));
    await client.watchedFilesChanged([{ uri: workspace.uri('partners.facts.yaml'), type: FileChangeType.Changed }]);
    await client.diagnostics(memo, (p) => !p.diagnostics.some((d) => (d.data as { value: number }).value === 24));
  });

  it('reloads everything on tariffLens.reloadFacts', async () => {
    const { workspace, client } = session;
    workspace.write('tariff-facts.yaml', workspace.read('tariff-facts.yaml').replace('rate: 40', 'rate: 45'));
    await client.executeCommand('tariffLens.reloadFacts');
    await client.diagnostics(memo, (p) => fixesOf(p.diagnostics, 'outdated')?.[0] === 45);
  });

  it('shows a malformed fact file\'s problems at the right line while its valid facts still check the memo', async () => {
    const { workspace, client } = session;
    const { uri: copper } = await session.open('copper.md');
    assert.deepEqual(await client.diagnosticsOfCurrentVersion(copper), [], 'no copper facts yet');

    const broken = 'broken.tariff-facts.yaml';
    workspace.write(broken, readFixture(broken));
    await client.watchedFilesChanged([{ uri: workspace.uri(broken), type: FileChangeType.Created }]);

    const problems = await client.diagnostics(workspace.uri(broken));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0].range.start.line, lineOf(workspace.read(broken), 'id: copper-no-rate'));
    assert.equal(problems[0].severity, DiagnosticSeverity.Error);
    assert.equal(problems[0].source, 'tariff-lens');
    const claims = await client.diagnostics(copper, (p) => p.diagnostics.length > 0);
    assert.deepEqual(fixesOf(claims, 'contradicted'), [50]);
    const status = await client.waitFor('a status with the fact file error', () => client.statuses.filter((s) => s.factFileErrors === 1).at(-1));
    assert.equal(status.factCount, 4);
  });

  it('clears a deleted fact file\'s problems and stops using its facts', async () => {
    const { workspace, client } = session;
    const broken = 'broken.tariff-facts.yaml';
    unlinkSync(workspace.path(broken));
    await client.watchedFilesChanged([{ uri: workspace.uri(broken), type: FileChangeType.Deleted }]);
    await client.diagnostics(workspace.uri(broken), (p) => p.diagnostics.length === 0);
    await client.diagnostics(workspace.uri('copper.md'), (p) => p.diagnostics.length === 0);
  });
});

describe('snapshots of a big fact file, given a storage folder', () => {
  const storagePath = mkdtempSync(join(tmpdir(), 'tariff-lens-storage-'));
  const workspace = new Workspace(['memo.md']);
  const servers: LspClient[] = [];
  after(async () => {
    for (const server of servers) await server.stop(); // the ones a failed assertion left running
    workspace.remove();
    rmSync(storagePath, { recursive: true, force: true });
  });
  // The test facts, padded with comments past the size from which a snapshot is kept (1 MB).
  const bigFacts = readFixture('tariff-facts.yaml') + `# ${'an imported schedule would go on here '.repeat(3)}\n`.repeat(9000);
  workspace.write('tariff-facts.yaml', bigFacts);
  const snapshots = () => {
    try {
      return readdirSync(join(storagePath, 'fact-snapshots')).filter((name) => name.endsWith('.json'));
    } catch {
      return [];
    }
  };

  /** A new server in the workspace: the fixes offered for outdated figures in the memo, and what it logged. */
  async function serve(): Promise<{ client: LspClient; fixes: number[] | undefined; logs: string }> {
    const client = await LspClient.start({ workspaceFolder: workspace.dir, settings: isolatedSettings(), initializationOptions: { storagePath } });
    servers.push(client);
    const uri = workspace.uri('memo.md');
    await client.open(uri, workspace.read('memo.md'), 'markdown');
    const diagnostics = await client.diagnosticsOfCurrentVersion(uri);
    return { client, fixes: fixesOf(diagnostics, 'outdated'), logs: client.logs.join('\n') };
  }

  it('a new server reads an unchanged file from the snapshot and flags the same claims; a changed file is parsed', async () => {
    const first = await serve();
    assert.doesNotMatch(first.logs, /unchanged since its snapshot/);
    for (let waited = 0; snapshots().length === 0 && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(snapshots().length, 1);
    await first.client.stop();

    const again = await serve();
    assert.match(again.logs, /tariff-facts\.yaml is unchanged since its snapshot: 2 facts read/);
    assert.deepEqual(again.fixes, first.fixes);
    await again.client.stop();

    // The rate changed in place: the same size, and the time stamp put back.
    const { atime, mtime } = statSync(workspace.path('tariff-facts.yaml'));
    workspace.write('tariff-facts.yaml', bigFacts.replace('rate: 50', 'rate: 40'));
    utimesSync(workspace.path('tariff-facts.yaml'), atime, mtime);
    const changed = await serve();
    assert.doesNotMatch(changed.logs, /unchanged since its snapshot/);
    assert.deepEqual(changed.fixes, [40]);
    await changed.client.stop();
  });
});
