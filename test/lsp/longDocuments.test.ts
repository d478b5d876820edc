// A long document is read a slice at a time: its first part's diagnostics come before
// the rest is read, and requests and edits are taken between slices rather than after
// the whole check.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { rangeOf } from '../support/fixtures';
import { startSession, type Session } from '../support/lspClient';

/** A memo of `count` distinct paragraphs, each with an outdated steel rate (25%, raised to 50% in June 2025). */
function longMemo(count: number): string {
  const paragraphs = ['<!-- tariff-lens as-of: 2025-11-03 -->'];
  for (let i = 1; i <= count; i++) {
    paragraphs.push(`Shipment ${i} left the port on schedule, and the broker filed entry ${i * 7} the same week. Steel imports from every partner pay a 25% tariff.`);
  }
  return paragraphs.join('\n\n') + '\n';
}

// Long enough that its check takes many slices after the first publish, on a fast machine too.
const COUNT = 10_000;
const MEMO = longMemo(COUNT);

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${d.code}`;

describe('long documents', () => {
  let session: Session;
  before(async () => {
    // These tests are about slicing, not the time limit: a loaded host can take longer than
    // the default 2 s to read 10,000 paragraphs, and would then see the one time-limit diagnostic.
    session = await startSession(['tariff-facts.yaml', 'memo.md'], [], { settings: { checkTimeLimit: 120_000 } });
  });
  after(() => session.end());

  /** Opens the long memo and resolves with its first publish, sent while the rest is still being read. */
  async function openLong(name: string): Promise<{ uri: string; first: PublishDiagnosticsParams }> {
    const { client, workspace } = session;
    const uri = workspace.uri(name);
    await client.open(uri, MEMO);
    const first = await client.waitFor('the first publish', () => client.published.find((p) => p.uri === uri));
    return { uri, first };
  }

  it('publishes the diagnostics of the first part of a long document before the rest, then all of them', async () => {
    const { client } = session;
    const { uri, first } = await openLong('long-first.md');
    const all = await client.diagnosticsOfVersion(uri, 1);
    assert.equal(all.length, COUNT, 'every paragraph’s claim in the end');
    assert.equal(first.version, 1);
    assert.ok(first.diagnostics.length > 0 && first.diagnostics.length < all.length, `first ${first.diagnostics.length} of ${all.length}`);
    // The first part, not a sample: the diagnostics of the top of the document, as they are in the end.
    assert.deepEqual(first.diagnostics.map(key), all.slice(0, first.diagnostics.length).map(key));
    const status = client.statuses.at(-1)!.documents[uri];
    assert.equal(status.problems, COUNT);
  });

  it('answers a hover on another document while a long one is read', async () => {
    const { client } = session;
    const memo = await session.open('memo.md');
    await client.diagnosticsOfCurrentVersion(memo.uri);
    const { uri } = await openLong('long-other.md');
    const card = await client.hover(memo.uri, { ...rangeOf(memo.text, '25%').start, character: rangeOf(memo.text, '25%').start.character + 1 });
    const longCheckedBefore = client.statuses.some((s) => s.documents[uri]?.version === 1);
    assert.ok(card, 'a hover card for the short memo');
    assert.ok(!longCheckedBefore, 'answered before the long document was checked whole');
    await client.diagnosticsOfVersion(uri, 1);
  });

  it('answers a hover on a long document being read once its check ends, with the card', async () => {
    const { client } = session;
    const { uri } = await openLong('long-hover.md');
    const last = rangeOf(MEMO, '25%', COUNT).start;
    const card = await client.hover(uri, { line: last.line, character: last.character + 1 });
    assert.ok(card, 'not an empty answer while the check was under way');
    assert.match(JSON.stringify(card.contents), /50%/);
  });

  it('stops checking a long document closed while it is read, and clears its diagnostics', async () => {
    const { client } = session;
    const { uri } = await openLong('long-closed.md');
    await client.close(uri);
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    const cleared = client.published.length;
    // The same memo checked whole after it: had the closed one's check gone on, it would have ended first.
    const { uri: again } = await openLong('long-reopened.md');
    await client.diagnosticsOfVersion(again, 1);
    assert.deepEqual(client.published.slice(cleared).filter((p) => p.uri === uri), [], 'nothing published for it after the close');
    assert.ok(!client.statuses.some((s) => s.documents[uri]), 'never reported checked');
  });

  it('drops the check of a version an edit replaces, and checks the new one', async () => {
    const { client } = session;
    const { uri } = await openLong('long-edit.md');
    const first = rangeOf(MEMO, '25%', 1);
    const version = await client.change(uri, [{ range: { start: first.start, end: { line: first.start.line, character: first.start.character + 2 } }, text: '50' }]);
    const diagnostics = await client.diagnosticsOfVersion(uri, version);
    assert.equal(diagnostics.length, COUNT - 1, 'the claim set right is no longer flagged');
    assert.ok(!client.statuses.some((s) => s.documents[uri]?.version === 1), 'the replaced version was never reported checked');
  });
});
