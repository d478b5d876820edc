// Fact files in the workspace: watcher registration, re-checks when a file changes,
// is created or deleted, problems shown in the fact file itself, the reload command.
import assert from 'node:assert/strict';
import { unlinkSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { lineOf, readFixture } from '../support/fixtures';
import { startSession, type Session } from '../support/lspClient';

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
