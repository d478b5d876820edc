// Quick fixes read from Diagnostic.data: replace the figure, cite the source, ignore
// the claim, fix everything; each edit is applied and the diagnostic must go.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { rangeOf } from '../support/fixtures';
import { startSession, type Session } from '../support/lspClient';

describe('code actions', () => {
  let session: Session;
  before(async () => {
    session = await startSession(['tariff-facts.yaml', 'partners.facts.yaml', 'memo.md', 'memo.txt'], ['partners.facts.yaml']);
  });
  after(() => session.end());

  /** Opens a fresh copy of a fixture under its own name and waits for its diagnostics. */
  async function openCopy(fixture: string, name: string, languageId = 'markdown') {
    const uri = session.workspace.uri(name);
    const text = session.workspace.read(fixture);
    await session.client.open(uri, text, languageId);
    return { uri, text, diagnostics: await session.client.diagnosticsOfCurrentVersion(uri) };
  }

  async function quickFixes(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return session.client.codeActions(uri, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] });
  }

  function byCode(diagnostics: Diagnostic[], code: string): Diagnostic {
    const found = diagnostics.find((d) => d.code === code);
    assert.ok(found, `a ${code} diagnostic in ${JSON.stringify(diagnostics)}`);
    return found;
  }

  it('offers the expected figure (preferred), a citation and an ignore for a Markdown claim', async () => {
    const { uri, diagnostics } = await openCopy('memo.md', 'list.md');
    const actions = await quickFixes(uri, byCode(diagnostics, 'outdated'));
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['Change 25% to 50%', 'quickfix', true],
      ['Change 25% to 50% and cite the source', 'quickfix', false],
      ['Ignore this claim', 'quickfix', false],
    ]);
  });

  it('replaces the figure and the diagnostic goes', async () => {
    const { uri, text, diagnostics } = await openCopy('memo.md', 'replace.md');
    const [preferred] = await quickFixes(uri, byCode(diagnostics, 'outdated'));
    const fixed = await session.client.edit(uri, text, preferred.edit!.changes![uri]);
    assert.ok(fixed.includes('pay a 50% tariff.'));
    const after = await session.client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(after.map((d) => d.code), ['contradicted']);
  });

  it('fixes every problem in the file with source.fixAll.tariffLens', async () => {
    const { uri, text } = await openCopy('memo.md', 'fix-all.md');
    const actions = await session.client.codeActions(uri, rangeOf(text, '# Duty check'), { diagnostics: [], only: ['source.fixAll'] });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.tariffLens']);
    const fixed = await session.client.edit(uri, text, actions[0].edit!.changes![uri]);
    assert.ok(fixed.includes('pay a 50% tariff.') && fixed.includes('pay a 15% reciprocal tariff.'), fixed);
    assert.deepEqual(await session.client.diagnosticsOfCurrentVersion(uri), []);
  });

  it('cites the source as a Markdown footnote along with the fix', async () => {
    const { uri, text, diagnostics } = await openCopy('memo.md', 'cite.md');
    const cite = (await quickFixes(uri, byCode(diagnostics, 'outdated'))).find((a) => a.title.includes('cite'));
    const cited = await session.client.edit(uri, text, cite!.edit!.changes![uri]);
    assert.ok(cited.includes('pay a 50%[^steel-raised] tariff.'), cited);
    assert.ok(cited.endsWith('\n\n[^steel-raised]: [Steel duty notice two](https://example.test/steel-two), 2025-06-03.\n'), cited);
    const after = await session.client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(after.map((d) => d.code), ['contradicted']);
  });

  it('ignores a Markdown claim with an HTML comment directive', async () => {
    const { uri, text, diagnostics } = await openCopy('memo.md', 'ignore.md');
    const ignore = (await quickFixes(uri, byCode(diagnostics, 'contradicted'))).find((a) => a.title === 'Ignore this claim');
    const ignored = await session.client.edit(uri, text, ignore!.edit!.changes![uri]);
    assert.ok(ignored.includes('<!-- tariff-lens-disable-next-line -->\nImports from Japan pay a 24% reciprocal tariff.'), ignored);
    const after = await session.client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(after.map((d) => d.code), ['outdated']);
  });

  it('ignores a plain-text claim with a comment line, and offers no citation there', async () => {
    const { uri, text, diagnostics } = await openCopy('memo.txt', 'ignore.txt', 'plaintext');
    const actions = await quickFixes(uri, byCode(diagnostics, 'outdated'));
    assert.deepEqual(actions.map((a) => a.title), ['Change 25% to 50%', 'Ignore this claim']);
    const ignored = await session.client.edit(uri, text, actions[1].edit!.changes![uri]);
    assert.ok(ignored.includes('// tariff-lens-disable-next-line\nSteel imports'), ignored);
    assert.deepEqual(await session.client.diagnosticsOfCurrentVersion(uri), []);
  });

  it('offers nothing for a diagnostic whose figure has since been edited', async () => {
    const { uri, text, diagnostics } = await openCopy('memo.md', 'edited.md');
    const outdated = byCode(diagnostics, 'outdated');
    await session.client.edit(uri, text, [{ range: outdated.range, newText: '26%' }]);
    assert.deepEqual(await quickFixes(uri, outdated), []);
  });
});
