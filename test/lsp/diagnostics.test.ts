// Claims become diagnostics: ranges, severities, code, source link, related fact line,
// fix data; the status notification; directives; settings pulled again on change.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { isolatedSettings, lineOf, rangeOf } from '../support/fixtures';
import { startSession, type Session } from '../support/lspClient';

describe('diagnostics', () => {
  let session: Session;
  before(async () => {
    session = await startSession(['tariff-facts.yaml', 'partners.facts.yaml', 'memo.md'], ['partners.facts.yaml']);
  });
  after(() => session.end());

  it('reports the outdated steel rate with its range, code, source link, fact line and fix data', async () => {
    const { uri, text } = await session.open('memo.md');
    const diagnostics = await session.client.diagnosticsOfCurrentVersion(uri);
    const outdated = only(diagnostics, 'outdated');
    assert.deepEqual(outdated.range, rangeOf(text, '25%'));
    assert.equal(outdated.severity, DiagnosticSeverity.Warning);
    assert.equal(outdated.source, 'tariff-lens');
    assert.deepEqual(outdated.codeDescription, { href: 'https://example.test/steel-two' });
    const { factIds, ...data } = outdated.data as { factIds: string[] };
    assert.ok(factIds.includes('steel-raised'), `factIds ${factIds}`);
    assert.deepEqual(data, {
      verdict: 'outdated',
      value: 25,
      text: '25%',
      fixes: [{ value: 50, replacement: '50%', factId: 'steel-raised' }],
      citation: { factId: 'steel-raised', title: 'Steel duty notice two', url: 'https://example.test/steel-two', date: '2025-06-03' },
    });
    const factLine = lineOf(session.workspace.read('tariff-facts.yaml'), 'id: steel-raised');
    assert.ok(
      outdated.relatedInformation?.some((r) => r.location.uri === session.workspace.uri('tariff-facts.yaml') && r.location.range.start.line === factLine),
      JSON.stringify(outdated.relatedInformation),
    );
  });

  it('reports the contradicted partner rate as an error, backed by the configured fact file', async () => {
    const uri = session.workspace.uri('memo.md');
    const text = session.workspace.read('memo.md');
    const contradicted = only(await session.client.diagnosticsOfCurrentVersion(uri), 'contradicted');
    assert.deepEqual(contradicted.range, rangeOf(text, '24%'));
    assert.equal(contradicted.severity, DiagnosticSeverity.Error);
    assert.deepEqual(contradicted.codeDescription, { href: 'https://example.test/japan-deal' });
    assert.deepEqual((contradicted.data as { fixes: unknown[] }).fixes, [{ value: 15, replacement: '15%', factId: 'japan-deal' }]);
    assert.equal(contradicted.relatedInformation?.[0].location.uri, session.workspace.uri('partners.facts.yaml'));
  });

  it('leaves supported claims out by default', async () => {
    const diagnostics = await session.client.diagnosticsOfCurrentVersion(session.workspace.uri('memo.md'));
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['contradicted', 'outdated']);
  });

  it('sends tariffLens/status with the facts and a summary of each checked document', async () => {
    const uri = session.workspace.uri('memo.md');
    const status = await session.client.waitFor('a status with the memo', () => session.client.statuses.filter((s) => s.documents[uri]).at(-1));
    assert.equal(status.factCount, 3);
    assert.equal(status.factFileErrors, 0);
    assert.equal(status.builtinReviewed, undefined);
    assert.deepEqual(status.documents[uri], { version: 1, asOf: '2025-11-03', asOfSource: 'directive', claims: 3, problems: 2 });
  });

  it('sends the diagnostics again only when an edit changes them; the status names each version checked', async () => {
    const { client, workspace } = session;
    const uri = workspace.uri('edited.md');
    const text = '<!-- tariff-lens as-of: 2025-11-03 -->\n\nImports from Japan pay a 24% reciprocal tariff, we hear.\n\nMore to come.\n';
    await client.open(uri, text);
    const opened = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(opened.map((d) => d.code), ['contradicted']);
    const publishes = () => client.published.filter((p) => p.uri === uri).length;
    const before = publishes();
    // Typing after the figure, then in another paragraph: every range stays as it was.
    const line = 2, end = text.split('\n')[line].length;
    await client.change(uri, [{ range: { start: { line, character: end }, end: { line, character: end } }, text: ' Really.' }]);
    await client.change(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'Much ' }]);
    assert.deepEqual(await client.diagnosticsOfCurrentVersion(uri), opened);
    assert.equal(client.statuses.at(-1)?.documents[uri]?.version, 3);
    assert.equal(publishes(), before, 'no diagnostics sent again');
    // Typing before the figure moves it: the moved range is sent, for this version.
    await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'All ' }]);
    const moved = await client.diagnosticsOfCurrentVersion(uri);
    assert.equal(publishes(), before + 1);
    assert.equal(client.published.at(-1)?.version, 4);
    assert.deepEqual(moved[0].range.start, { line, character: opened[0].range.start.character + 4 });
    await client.close(uri);
  });

  it('reports unknown directives and honours disable-next-line', async () => {
    const uri = session.workspace.uri('directives.md');
    const text = [
      '<!-- tariff-lens as-of: 2025-11-03 -->',
      '<!-- tariff-lens-frobnicate -->',
      '',
      '<!-- tariff-lens-disable-next-line -->',
      'Steel imports from every partner pay a 25% tariff.',
      '',
    ].join('\n');
    await session.client.open(uri, text);
    const diagnostics = await session.client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(diagnostics.map((d) => d.code), ['directive']);
    assert.equal(diagnostics[0].range.start.line, 1);
  });

  it('pulls the settings again on didChangeConfiguration: severities and enable', async () => {
    const { client, workspace } = session;
    const uri = workspace.uri('memo.md');
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'), 'asks for configuration changes');

    client.settings = isolatedSettings(['partners.facts.yaml'], { severity: { outdated: 'off', supported: 'hint' } });
    await client.settingsChanged();
    const codes = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'supported'));
    assert.deepEqual(codes.map((d) => [d.code, d.severity]).sort(), [['contradicted', DiagnosticSeverity.Error], ['supported', DiagnosticSeverity.Hint]]);

    client.settings = isolatedSettings(['partners.facts.yaml'], { enable: false });
    await client.settingsChanged();
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);

    client.settings = isolatedSettings(['partners.facts.yaml']);
    await client.settingsChanged();
    await client.diagnostics(uri, (p) => p.diagnostics.length === 2);
  });
});

describe('settings without workspace/configuration', () => {
  let session: Session;
  before(async () => {
    session = await startSession(['tariff-facts.yaml', 'partners.facts.yaml', 'memo.md'], ['partners.facts.yaml'], { pullSettings: false });
  });
  after(() => session.end());

  it('uses initializationOptions.settings, then the settings pushed with didChangeConfiguration', async () => {
    const { client } = session;
    const { uri } = await session.open('memo.md');
    const first = await client.diagnosticsOfCurrentVersion(uri);
    assert.deepEqual(first.map((d) => d.code).sort(), ['contradicted', 'outdated'], 'the configured fact file was read');

    client.settings = isolatedSettings(['partners.facts.yaml'], { severity: { contradicted: 'off' } });
    await client.settingsChanged();
    await client.diagnostics(uri, (p) => p.diagnostics.length === 1 && p.diagnostics[0].code === 'outdated');
  });
});

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const matching = diagnostics.filter((d) => d.code === code);
  assert.equal(matching.length, 1, `one ${code} diagnostic in ${JSON.stringify(diagnostics)}`);
  return matching[0];
}
