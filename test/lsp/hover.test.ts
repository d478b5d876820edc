// Hover cards on claims of every verdict, and tariffLens/factAt.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { lineOf, rangeOf } from '../support/fixtures';
import { startSession, type Session } from '../support/lspClient';

describe('hover', () => {
  let session: Session;
  let uri: string;
  let text: string;
  before(async () => {
    session = await startSession(['tariff-facts.yaml', 'partners.facts.yaml', 'memo.md'], ['partners.facts.yaml']);
    ({ uri, text } = await session.open('memo.md'));
    await session.client.diagnosticsOfCurrentVersion(uri);
  });
  after(() => session.end());

  it('shows what an outdated claim says, what the facts say, the source, the status and the history', async () => {
    const figure = rangeOf(text, '25%');
    const hover = await session.client.hover(uri, { line: figure.start.line, character: figure.start.character + 1 });
    assert.ok(hover);
    assert.deepEqual(hover.range, figure);
    const card = (hover.contents as MarkupContent).value;
    for (const expected of [
      '**Tariff Lens: outdated**',
      'The text claims **25%**; the facts say **50%** on 2025-11-03.',
      '**50%** · Steel duty, raised rate · US on every partner · steel · section-232',
      'In effect · effective 2025-06-04 · no end date',
      'Source: [Steel duty notice two](https://example.test/steel-two), published 2025-06-03',
      "Judged on 2025-11-03, the document's as-of date (from its as-of directive).",
      '- 2025-03-12 → 2025-06-04: 25% (in effect)',
      '- 2025-06-04 → now: **50%** (in effect)',
    ]) {
      assert.ok(card.includes(expected), `card has "${expected}":\n${card}`);
    }
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
  });

  it('shows a card on a supported claim too, without a problem line', async () => {
    const figure = rangeOf(text, '50%');
    const hover = await session.client.hover(uri, figure.end);
    const card = (hover?.contents as MarkupContent).value;
    assert.ok(card.startsWith('**Tariff Lens: supported**'), card);
    assert.ok(!card.includes('The text claims'), card);
    assert.ok(card.includes('**50%** · Steel duty, raised rate'), card);
  });

  it('shows nothing away from claims', async () => {
    assert.equal(await session.client.hover(uri, { line: 0, character: 3 }), null);
  });

  it('answers tariffLens/factAt with the fact file, line and source of the fact behind the claim', async () => {
    const facts = session.workspace.read('tariff-facts.yaml');
    assert.deepEqual(await session.client.factAt(uri, rangeOf(text, '25%').start), {
      factId: 'steel-raised',
      uri: session.workspace.uri('tariff-facts.yaml'),
      line: lineOf(facts, 'id: steel-raised'),
      url: 'https://example.test/steel-two',
    });
    assert.equal(await session.client.factAt(uri, { line: 0, character: 0 }), null);
  });
});

describe('hover with the built-in facts', () => {
  let session: Session;
  before(async () => {
    session = await startSession(['tariff-facts.yaml'], [], { settings: { useBuiltinFacts: true } });
  });
  after(() => session.end());

  it('notes when the document is dated after the built-in facts were last reviewed', async () => {
    const { client, workspace } = session;
    const uri = workspace.uri('future.md');
    const text = '<!-- tariff-lens as-of: 2099-01-01 -->\n\nSteel imports from every partner pay a 25% tariff.\n';
    await client.open(uri, text);
    await client.diagnosticsOfCurrentVersion(uri);
    const status = await client.waitFor('a status with the memo', () => client.statuses.filter((s) => s.documents[uri]).at(-1));
    assert.match(status.builtinReviewed ?? '', /^\d{4}-\d{2}-\d{2}$/);
    const hover = await client.hover(uri, rangeOf(text, '25%').start);
    const card = (hover?.contents as MarkupContent).value;
    assert.ok(card.includes(`_The built-in facts were last reviewed on ${status.builtinReviewed}; later changes may be missing._`), card);
  });
});
