// The real server over stdio against a client that misbehaves (issue #7): requests for
// documents never opened or already closed, malformed params, garbage on the wire,
// out-of-order and malformed document changes. Every request gets a proper JSON-RPC
// answer, and the server keeps checking afterwards. Then the limits a user can see
// (document size, check time) and workspace trust for fact files outside the workspace.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ErrorCodes, FileChangeType } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOf, readFixture } from '../support/fixtures';
import { FUZZ_SEED, hostileProse, lineEnds, withLineEnds } from '../support/fuzz';
import { startSession, type Session } from '../support/lspClient';

const STEEL_FACTS = readFixture('tariff-facts.yaml');

/** The JSON-RPC error code a request is rejected with, or 'ok' when it is answered. */
async function outcome(request: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await request;
    return 'ok';
  } catch (error) {
    return (error as { code: number }).code;
  }
}

describe('a misbehaving client', () => {
  let session: Session;
  before(async () => {
    session = await startSession(['tariff-facts.yaml', 'memo.md']);
  });
  after(() => session.end());

  /** The server still checks: a fresh document gets its outdated claim. */
  async function stillChecks(name: string): Promise<void> {
    const { client, workspace } = session;
    const uri = workspace.uri(name);
    await client.open(uri, readFixture('memo.md'));
    const diagnostics = await client.diagnosticsOfCurrentVersion(uri);
    assert.ok(diagnostics.some((d) => d.code === 'outdated'), JSON.stringify(diagnostics));
    assert.ok(client.running);
  }

  it('answers requests for documents never opened, or closed, with empty results', async () => {
    const { client, workspace } = session;
    const never = workspace.uri('never-opened.md');
    const position = { line: 0, character: 0 };
    assert.equal(await client.hover(never, position), null);
    assert.equal(await client.factAt(never, position), null);
    assert.deepEqual(await client.codeActions(never, { start: position, end: position }, { diagnostics: [] }), []);

    const { uri, text } = await session.open('memo.md');
    await client.diagnosticsOfCurrentVersion(uri);
    await client.close(uri);
    assert.equal(await client.hover(uri, rangeOf(text, '25%').start), null);
    assert.deepEqual(await client.codeActions(uri, rangeOf(text, '25%'), { diagnostics: [] }), []);
  });

  it('answers malformed params with InvalidParams, and unknown methods with MethodNotFound', async () => {
    const { client } = session;
    const uri = session.workspace.uri('memo.md');
    const position = { line: 0, character: 0 };
    const cases: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: {}, position }],
      ['textDocument/hover', { textDocument: { uri: 42 }, position }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0 } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 0.5, character: 'x' } }],
      ['textDocument/hover', [1, 2, 3]],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: {}, context: { diagnostics: [] } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [{}] } }],
      ['tariffLens/factAt', { position }],
      ['tariffLens/factAt', { uri, position: null }],
      ['workspace/executeCommand', { command: 'rm -rf /' }],
      ['workspace/executeCommand', {}],
    ];
    for (const [method, params] of cases) {
      assert.equal(await outcome(client.request(method, params)), ErrorCodes.InvalidParams, `${method} ${JSON.stringify(params)}`);
    }
    assert.equal(await outcome(client.request('textDocument/definitely-not-a-method', {})), ErrorCodes.MethodNotFound);
    await stillChecks('after-params.md');
  });

  it('answers raw requests whose params are not even objects, and survives garbage on the wire', async () => {
    const { client } = session;
    client.writeRaw(JSON.stringify({ jsonrpc: '2.0', id: 'raw-1', method: 'textDocument/hover', params: 5 }));
    assert.equal((await client.answerTo('raw-1')).error?.code, ErrorCodes.InvalidParams);
    client.writeRaw(JSON.stringify({ jsonrpc: '2.0', id: 'raw-2', method: 'textDocument/hover', params: null }));
    assert.equal((await client.answerTo('raw-2')).error?.code, ErrorCodes.InvalidParams);
    client.writeRaw('{"jsonrpc": "2.0", "id": "raw-3", "method": "textDocument/hov'); // a body that is not JSON
    client.writeRaw(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: 'not an object' }));
    client.writeRaw(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 5 } } }));
    client.writeRaw(JSON.stringify([1, 2, 3]));
    client.writeRaw(JSON.stringify({ jsonrpc: '2.0', id: 'raw-4', method: 'tariffLens/factAt', params: { uri: session.workspace.uri('memo.md'), position: { line: 0, character: 0 } } }));
    assert.deepEqual((await client.answerTo('raw-4')).result, null, 'the server reads the messages after the garbage');
    await stillChecks('after-garbage.md');
  });

  it('ignores stale, unknown and malformed document changes, and keeps checking the last good version', async () => {
    const { client, workspace } = session;
    const uri = workspace.uri('versions.md');
    const text = readFixture('memo.md');
    await client.open(uri, text);
    await client.diagnosticsOfCurrentVersion(uri);
    const figure = rangeOf(text, '25%');

    // Version 5, then a stale version 3 that would change the figure again: the server keeps version 5.
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ range: figure, text: '50%' }] });
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: figure, text: '99%' }] });
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ range: figure, text: '98%' }] });
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [{ range: { start: { line: -4 } }, text: 'x' }] });
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: 'all new text' });
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: workspace.uri('never.md'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: workspace.uri('no-text.md'), languageId: 'markdown', version: 1 } });
    await client.sendNotification('textDocument/didClose', {});
    const published = await client.diagnostics(uri, (p) => p.version === 5);
    assert.ok(!published.some((d) => d.code === 'outdated'), 'version 5 says 50%, which is right');
    assert.equal(await client.hover(uri, figure.start).then((h) => JSON.stringify(h).includes('99%')), false);

    // A later version applies on top of version 5.
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: [{ range: figure, text: '25%' }] });
    const again = await client.diagnostics(uri, (p) => p.version === 8);
    assert.deepEqual(again.find((d) => d.code === 'outdated')?.range, figure);
    await stillChecks('after-versions.md');
  });
});

describe('hostile documents over stdio', () => {
  let session: Session;
  before(async () => {
    session = await startSession(['tariff-facts.yaml']);
  });
  after(() => session.end());

  it('every diagnostic range covers its claim text in UTF-16 units, whatever surrounds it', async () => {
    const claim = 'Steel imports from every partner pay a 25% tariff.';
    const documents = fc.sample(fc.tuple(hostileProse, hostileProse, lineEnds), { seed: FUZZ_SEED, numRuns: 25 })
      .map(([before, after, ends]) => withLineEnds(`<!-- tariff-lens as-of: 2025-11-03 -->\n\n${before} ${claim} ${after}\n\n${claim}\n`, ends));
    const { client, workspace } = session;
    let claimsSeen = 0;
    for (const [i, text] of documents.entries()) {
      const uri = workspace.uri(`hostile-${i}.md`);
      await client.open(uri, text);
      const lsp = TextDocument.create(uri, 'markdown', 1, text);
      for (const d of await client.diagnosticsOfCurrentVersion(uri)) {
        const data = d.data as { text?: string } | undefined;
        if (data?.text === undefined) continue;
        claimsSeen++;
        assert.equal(lsp.getText(d.range), data.text, `document ${i}: ${JSON.stringify(d.range)}`);
      }
      await client.close(uri);
    }
    assert.ok(claimsSeen >= documents.length, `${claimsSeen} claims in ${documents.length} documents`);
    assert.ok(client.running);
  });
});

describe('limits the user can see', () => {
  let session: Session;
  before(async () => {
    session = await startSession(['tariff-facts.yaml'], [], { settings: { maxDocumentSize: 1000 } });
  });
  after(() => session.end());

  it('checks a document over tariffLens.maxDocumentSize up to a paragraph boundary, and says so', async () => {
    const { client, workspace } = session;
    const uri = workspace.uri('long.md');
    const claim = 'Steel imports from every partner pay a 25% tariff.';
    const filler = 'The committee reviewed shipping schedules and warehouse space for the year ahead.';
    const paragraphs = ['<!-- tariff-lens as-of: 2025-11-03 -->', claim, ...Array(12).fill(filler), claim];
    const text = paragraphs.join('\n\n') + '\n';
    assert.ok(text.length > 1000);
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'outdated').map((d) => d.range), [rangeOf(text, '25%', 1)], 'only the claim before the cut');
    const note = diagnostics.find((d) => d.code === 'size-limit');
    assert.ok(note, JSON.stringify(diagnostics));
    assert.match(note.message, new RegExp(`checked the first [\\d,]+ of ${text.length.toLocaleString('en')} characters`));
    assert.equal(note.range.start.character, 0, 'the cut is at the start of a paragraph');
    const status = await client.waitFor('a status with the cut', () => client.statuses.map((s) => s.documents[uri]).filter((d) => d?.truncated).at(-1));
    assert.equal(status.truncated?.total, text.length);
    assert.ok(status.truncated!.checked <= 1000);
  });

  it('abandons a check that runs past tariffLens.checkTimeLimit, says so, and checks again on the next edit', async () => {
    const { client, workspace } = session;
    client.settings = { ...client.settings, maxDocumentSize: 10_000_000, checkTimeLimit: 1 };
    await client.settingsChanged();
    const uri = workspace.uri('slow.md');
    const text = '<!-- tariff-lens as-of: 2025-11-03 -->\n\n' + 'Steel imports from every partner pay a 25% tariff. '.repeat(2000);
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(diagnostics.map((d) => d.code), ['time-limit']);
    assert.match(diagnostics[0].message, /stopped checking this version after 1 ms \(tariffLens\.checkTimeLimit\)/);
    await client.waitFor('a status with the time-out', () => client.statuses.map((s) => s.documents[uri]).find((d) => d?.timedOut?.limitMs === 1));

    client.settings = { ...client.settings, checkTimeLimit: 60_000 };
    await client.settingsChanged();
    const version = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const checked = await client.diagnostics(uri, (p) => p.version === version && p.diagnostics.some((d) => d.code === 'outdated'));
    assert.ok(!checked.some((d) => d.code === 'time-limit'));
  });
});

describe('fact files and workspace trust', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'tariff-lens-outside-'));
  const outsideFacts = path.join(outside, 'elsewhere.tariff-facts.yaml');
  writeFileSync(outsideFacts, STEEL_FACTS.replace(/steel-(first|raised)/g, 'outside-$1').replace('rate: 50', 'rate: 40'));
  after(() => rmSync(outside, { recursive: true, force: true }));

  it('in an untrusted workspace reads the workspace fact files but not a setting that points outside', async () => {
    const session = await startSession(['tariff-facts.yaml', 'memo.md'], [outsideFacts], { initializationOptions: { trusted: false } });
    try {
      const { client } = session;
      const status = await client.waitFor('a status naming the ignored file', () => client.statuses.find((s) => s.ignoredFactFiles?.length));
      assert.deepEqual(status.ignoredFactFiles, [outsideFacts]);
      assert.equal(status.factCount, 2, 'only the workspace facts');

      await client.sendNotification('tariffLens/workspaceTrust', { trusted: true });
      const trusted = await client.waitFor('a status with the outside facts', () => client.statuses.find((s) => s.factCount === 4));
      assert.equal(trusted.ignoredFactFiles, undefined);
    } finally {
      await session.end();
    }
  });

  it('a trusted workspace reads a fact file that a setting names outside it', async () => {
    const session = await startSession(['tariff-facts.yaml'], [outsideFacts]);
    try {
      await session.client.waitFor('a status with the outside facts', () => session.client.statuses.find((s) => s.factCount === 4));
    } finally {
      await session.end();
    }
  });

  it('never reads a fact file outside the workspace because a client reported it changed', async () => {
    const session = await startSession(['tariff-facts.yaml']);
    try {
      const { client } = session;
      await client.waitFor('the first status', () => client.statuses.find((s) => s.factCount === 2));
      const before = client.statuses.length;
      // With a change inside the workspace in the same event, so that the server reloads and says what it loaded.
      await client.watchedFilesChanged([
        { uri: pathToFileURL(outsideFacts).href, type: FileChangeType.Created },
        { uri: session.workspace.uri('tariff-facts.yaml'), type: FileChangeType.Changed },
      ]);
      const reloaded = await client.waitFor('the status after the reload', () => client.statuses.slice(before).find((s) => s.factCount > 0));
      assert.equal(reloaded.factCount, 2);
      assert.ok(!client.published.some((p) => p.uri === pathToFileURL(outsideFacts).href));
    } finally {
      await session.end();
    }
  });
});
