// Document sync: UTF-16 ranges after emoji and CJK, incremental changes, stale versions
// never published or served, closing, and documents the engine cannot make sense of.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rangeOf } from '../support/fixtures';
import { startSession, type Session } from '../support/lspClient';

describe('documents', () => {
  let session: Session;
  before(async () => {
    session = await startSession(['tariff-facts.yaml', 'memo.md', 'unicode.md']);
  });
  after(() => session.end());

  it('counts positions in UTF-16 code units when emoji and CJK come before a claim', async () => {
    const { uri, text } = await session.open('unicode.md');
    const [diagnostic] = await session.client.diagnosticsOfCurrentVersion(uri);
    const expected = rangeOf(text, '25%');
    assert.deepEqual(diagnostic.range, expected);
    // The fixture is only a test if code points and UTF-16 units disagree before the figure.
    const lineBefore = text.split('\n')[expected.start.line].slice(0, expected.start.character);
    assert.notEqual([...lineBefore].length, expected.start.character);
  });

  it('moves the range when an incremental change inserts emoji before the claim', async () => {
    const uri = session.workspace.uri('unicode.md');
    const text = session.workspace.read('unicode.md');
    const line = rangeOf(text, '🚢🚢').start.line;
    const changed = await session.client.edit(uri, text, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '🇯🇵 ' }]);
    const [diagnostic] = await session.client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(diagnostic.range, rangeOf(changed, '25%'));
    assert.equal(diagnostic.range.start.character, rangeOf(text, '25%').start.character + 5);
  });

  it('moves the lines of later claims when an edit of the same length joins two lines', async () => {
    // The later paragraph keeps its offsets, so its claim and diagnostic are reused: only the line changes.
    const uri = session.workspace.uri('joined.md');
    const text = '# Notes\n\n<!-- tariff-lens as-of: 2025-11-03 -->\n\nThe first line of prose\ngoes on here.\n\nSteel imports from every partner pay a 25% tariff.\n';
    await session.client.open(uri, text);
    const [before] = await session.client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(before.range, rangeOf(text, '25%'));
    const line = rangeOf(text, 'goes on').start.line;
    const joined = await session.client.edit(uri, text, [{ range: { start: { line: line - 1, character: 'The first line of prose'.length }, end: { line, character: 0 } }, newText: ' ' }]);
    assert.equal(joined.length, text.length);
    const [after] = await session.client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(after.range, rangeOf(joined, '25%'));
    assert.equal(after.range.start.line, before.range.start.line - 1);
  });

  it('checks only the latest of quick changes, and serves no hover while a check is due', async () => {
    const { client, workspace } = session;
    const uri = workspace.uri('stale.md');
    const text = workspace.read('memo.md');
    await client.open(uri, text);
    let latest = 1;
    for (const figure of ['26%', '27%', '25%']) latest = await client.change(uri, [{ range: rangeOf(text, '25%'), text: figure }]);
    await client.diagnosticsOfCurrentVersion(uri);
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [latest], 'only the last version was checked and published');

    const figure = rangeOf(text, '25%');
    assert.ok(await client.hover(uri, figure.start), 'hover works on the checked version');
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    assert.equal(await client.hover(uri, figure.start), null, 'no hover from the check of an older version');
    await client.diagnosticsOfCurrentVersion(uri);
    assert.ok(await client.hover(uri, { line: figure.start.line + 1, character: figure.start.character }));
  });

  it('clears diagnostics and the status entry when a document closes', async () => {
    const { client, workspace } = session;
    const uri = workspace.uri('memo.md');
    await session.open('memo.md');
    await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.close(uri);
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.waitFor('a status without the memo', () => {
      const status = client.statuses.at(-1);
      return status && !(uri in status.documents) ? status : undefined;
    });
  });

  it('survives documents that make no sense and keeps serving the others', async () => {
    const { client, workspace } = session;
    const uri = workspace.uri('garbage.md');
    const garbage = '---\ndate: [unclosed\n---\n\u0000\uD800 %%% 100%% of 9999999999999999999999% 25%%\n<!-- tariff-lens as-of: 2025-13-45 -->\n' + '%'.repeat(5000);
    await client.open(uri, garbage);
    await client.diagnosticsOfCurrentVersion(uri);
    const other = workspace.uri('after-garbage.md');
    await client.open(other, workspace.read('memo.md'));
    assert.ok((await client.diagnosticsOfCurrentVersion(other)).length > 0);
  });
});
