// Fact files in each format; each kind of bad entry reported at its line while the
// rest still load; whole-file failures; ids that override the built-in base; the
// validator compiled ahead of time kept in step with the schema.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FactBase, isFactFileName, parseFactFile } from 'tariff-lens';
import { repoRoot } from '../support/engine';

const goodYaml = `version: 1
products:
  buses: [bus, buses, motor coaches]
facts:
  - id: bus-10
    rate: "10%"
    imposer: US
    target: "*"
    products: [buses]
    measure: section-232
    effective: 2025-11-01
    source:
      title: Proclamation on trucks and buses
      date: 2025-10-22
`;

describe('reading each format', () => {
  test('YAML, with a rate written "10%" and a products vocabulary', () => {
    const f = parseFactFile(goodYaml, 'team.tariff-facts.yaml');
    assert.deepEqual(f.problems, []);
    assert.equal(f.facts[0].rate, 10);
    assert.equal(f.facts[0].origin.line, 5);
    assert.deepEqual(f.products.get('buses'), ['bus', 'buses', 'motor coaches']);
  });

  test('JSON, with lines', () => {
    const json = JSON.stringify({ version: 1, facts: [{ id: 'a', rate: 5, imposer: 'US', target: 'KR', effective: '2025-01-01', source: { title: 'T', url: 'https://example.org/a' } }] }, null, 2);
    const f = parseFactFile(json, 'tariff-facts.json');
    assert.deepEqual(f.problems, []);
    assert.equal(f.facts[0].origin.line, 4);
    assert.deepEqual(f.facts[0].products, ['all']);
    assert.equal(f.facts[0].status, 'in-effect');
  });

  test('CSV: one fact a row, list fields split on ";"', () => {
    const csv = 'id,rate,imposer,target,products,effective,expires,source.title,source.date\n' +
      'steel-a,25,US,*,steel;aluminum,2025-03-12,2025-06-04,Proclamation 10896,2025-02-18\n' +
      'steel-b,50,US,*,steel;aluminum,2025-06-04,,Proclamation 10947,2025-06-09\n';
    const f = parseFactFile(csv, 'metals.tariff-facts.csv');
    assert.deepEqual(f.problems, []);
    assert.deepEqual(f.facts.map((x) => [x.id, x.rate, x.products.join('+'), x.expires ?? null, x.origin.line]), [
      ['steel-a', 25, 'steel+aluminum', '2025-06-04', 2],
      ['steel-b', 50, 'steel+aluminum', null, 3],
    ]);
  });

  test('a fact for every partner can leave partners out, in each format, and no partner it leaves out gets it', () => {
    const yaml = `facts:
  - id: everyone-but-two
    rate: 10
    imposer: US
    target: "*"
    exceptTargets: [CA, EU]
    effective: 2025-04-05
    source: { title: Order, date: 2025-04-02 }
`;
    const csv = 'id,rate,imposer,target,exceptTargets,effective,source.title,source.date\n' +
      'everyone-but-two,10,US,*,CA; EU,2025-04-05,Order,2025-04-02\n';
    const json = JSON.stringify({ facts: [{ id: 'everyone-but-two', rate: 10, imposer: 'US', target: '*', exceptTargets: ['CA', 'EU'], effective: '2025-04-05', source: { title: 'Order', date: '2025-04-02' } }] });
    for (const [text, name] of [[yaml, 'a.tariff-facts.yaml'], [csv, 'a.tariff-facts.csv'], [json, 'a.tariff-facts.json']]) {
      const file = parseFactFile(text, name);
      assert.deepEqual(file.problems, [], name);
      assert.deepEqual(file.facts[0].exceptTargets, ['CA', 'EU'], name);
      const base = FactBase.build([file]);
      const idsFor = (partner: string) => base.factsForProducts(partner, []).map((f) => f.id);
      assert.deepEqual(idsFor('JP'), ['everyone-but-two'], name);
      assert.deepEqual(idsFor('CA'), [], name);
      assert.deepEqual(idsFor('FR'), [], `${name}: an EU member is left out with the EU`);
    }
  });

  test('partners left out of a fact on one partner are a warning, and the fact loads without them', () => {
    const f = parseFactFile(goodYaml.replace('target: "*"', 'target: JP\n    exceptTargets: [CA]'), 'team.tariff-facts.yaml');
    assert.equal(f.facts.length, 1);
    assert.equal(f.facts[0].exceptTargets, undefined);
    assert.equal(f.problems[0]?.severity, 'warning');
    assert.equal(f.problems[0]?.line, 9);
    assert.match(f.problems[0].message, /`exceptTargets` is ignored.*set target to "\*"/);
  });

  test('a fact on all goods can leave goods out, in each format; on some goods the field is a warning (stop 56)', () => {
    const yaml = `facts:
  - id: border-duty
    rate: 25
    imposer: US
    target: MX
    exceptProducts: [autos, steel]
    effective: 2025-03-04
    source: { title: Order, date: 2025-03-02 }
`;
    const csv = 'id,rate,imposer,target,exceptProducts,effective,source.title,source.date\n' +
      'border-duty,25,US,MX,autos; steel,2025-03-04,Order,2025-03-02\n';
    const json = JSON.stringify({ facts: [{ id: 'border-duty', rate: 25, imposer: 'US', target: 'MX', exceptProducts: ['autos', 'steel'], effective: '2025-03-04', source: { title: 'Order', date: '2025-03-02' } }] });
    for (const [text, name] of [[yaml, 'a.tariff-facts.yaml'], [csv, 'a.tariff-facts.csv'], [json, 'a.tariff-facts.json']]) {
      const file = parseFactFile(text, name);
      assert.deepEqual(file.problems, [], name);
      assert.deepEqual(file.facts[0].exceptProducts, ['autos', 'steel'], name);
    }
    const onSteel = parseFactFile(yaml.replace('target: MX', 'target: MX\n    products: [steel]'), 'b.tariff-facts.yaml');
    assert.equal(onSteel.facts[0].exceptProducts, undefined);
    assert.match(onSteel.problems[0]?.message ?? '', /`exceptProducts` is ignored.*products to \[all\]/);
  });

  test('discovery names', () => {
    assert.ok(isFactFileName('tariff-facts.yaml'));
    assert.ok(isFactFileName('docs/team.tariff-facts.csv'));
    assert.ok(!isFactFileName('tariff-facts.txt'));
    assert.ok(!isFactFileName('my-tariff-facts.yaml'));
  });
});

describe('bad entries are reported at their line; the rest load', () => {
  const yaml = `version: 1
facts:
  - id: ok-1
    rate: 10
    imposer: US
    target: "*"
    effective: 2025-04-05
    source: { title: EO 14257, date: 2025-04-07 }
  - id: no-rate
    imposer: US
    target: JP
    effective: 2025-04-09
    source: { title: Annex I, date: 2025-04-07 }
  - id: bad-date
    rate: 24
    imposer: US
    target: JP
    effective: April 9
    source: { title: Annex I, date: 2025-04-07 }
  - id: backwards
    rate: 24
    imposer: US
    target: JP
    effective: 2025-08-07
    expires: 2025-04-09
    source: { title: Annex I, date: 2025-04-07 }
  - id: no-source-link
    rate: 24
    imposer: US
    target: JP
    effective: 2025-04-09
    source: { title: Annex I }
  - id: bad-partner
    rate: 24
    imposer: USA
    target: JP
    effective: 2025-04-09
    source: { title: Annex I, date: 2025-04-07 }
  - id: ok-1
    rate: 11
    imposer: US
    target: "*"
    effective: 2025-04-05
    source: { title: EO 14257, date: 2025-04-07 }
  - id: typo
    rate: 15
    imposer: US
    target: JP
    efective: 2025-08-07
    effective: 2025-08-07
    source: { title: EO 14345, date: 2025-09-09 }
`;
  const f = parseFactFile(yaml, 'facts.yaml');
  const at = (line: number) => f.problems.filter((p) => p.line === line).map((p) => p.message).join(' | ');

  test('the valid facts load', () => assert.deepEqual(f.facts.map((x) => x.id), ['ok-1', 'typo']));
  test('a missing field, with what to add', () => assert.match(at(9), /no `rate`: add the rate in percent/));
  test('a date that is not YYYY-MM-DD, at the field\'s line', () => assert.match(at(18), /`effective` is not valid: write .*YYYY-MM-DD/));
  test('dates out of order', () => assert.match(at(25), /`expires` \(2025-04-09\) must be after `effective`/));
  test('a source with neither url nor date', () => assert.match(at(32), /needs a `url` or a `date`/));
  test('an imposer that is not a code', () => assert.match(at(35), /`imposer` is not valid: write a two-letter ISO country code/));
  test('a duplicate id', () => assert.match(at(39), /used twice/));
  test('an unknown field is a warning with a suggestion, and the fact still loads', () => {
    const p = f.problems.find((x) => x.line === 49);
    assert.equal(p?.severity, 'warning');
    assert.match(p!.message, /did you mean "effective"/);
  });
});

describe('files that cannot be read at all', () => {
  test('YAML syntax error: one problem at its line, no facts', () => {
    const f = parseFactFile('version: 1\nfacts:\n  - id: a\n    rate: [10\n', 'broken.yaml');
    assert.equal(f.facts.length, 0);
    assert.equal(f.problems.length, 1);
    assert.match(f.problems[0].message, /not valid YAML/);
  });

  test('JSON syntax error', () => {
    const f = parseFactFile('{"facts": [ {"id": "a",, } ]}', 'broken.json');
    assert.match(f.problems[0].message, /not valid JSON/);
  });

  test('no facts list', () => {
    assert.match(parseFactFile('version: 1\n', 'empty.yaml').problems[0].message, /no `facts:` list/);
  });

  test('an alias bomb is refused instead of expanding', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    bomb.push('facts:\n  - *l');
    const f = parseFactFile(bomb.join('\n'), 'bomb.yaml');
    assert.equal(f.facts.length, 0);
    assert.ok(f.problems.length >= 1);
  });

  test('one broken file does not stop another from loading', () => {
    const base = FactBase.build([parseFactFile('facts: [', 'a.yaml'), parseFactFile(goodYaml, 'b.yaml')]);
    assert.deepEqual(base.facts.map((x) => x.id), ['bus-10']);
    assert.equal(base.problems.length, 1);
  });
});

describe('merging', () => {
  test('a workspace fact with a built-in id replaces it; the same id in two user files is reported', () => {
    const builtin = parseFactFile(goodYaml, 'builtin.yaml', { builtin: true });
    const mine = parseFactFile(goodYaml.replace('"10%"', '12'), 'mine.yaml');
    const theirs = parseFactFile(goodYaml, 'theirs.yaml');
    const base = FactBase.build([mine, builtin, theirs]);
    assert.equal(base.byId('bus-10')?.rate, 12);
    assert.equal(base.problems.length, 1);
    assert.match(base.problems[0].message, /already defined in mine\.yaml/);
  });

  test('products and measures declared in a file extend the vocabulary', () => {
    const base = FactBase.build([parseFactFile(goodYaml, 'b.yaml')]);
    assert.ok(base.products.get('buses')?.includes('motor coaches'));
    assert.ok(base.products.get('steel')?.includes('steel'));
  });
});

describe('the schema', () => {
  test('the validator compiled ahead of time is the one the schema gives', () => {
    const check = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'generate-fact-validator.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
});
