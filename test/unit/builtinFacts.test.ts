// Audits the built-in fact base: it loads cleanly, every fact is sourced, dates are in
// order, and no two facts for the same scope disagree on overlapping days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument, FactBase, parseFactFile, type Fact } from 'tariff-lens';
import { builtinFactFile } from '../support/engine';

const file = builtinFactFile();

test('the built-in base loads without a problem and states its review date', () => {
  assert.deepEqual(file.problems, []);
  assert.ok(file.facts.length > 100);
  assert.match(file.reviewed ?? '', /^\d{4}-\d{2}-\d{2}$/);
});

test('every fact has a source with a title and a link or a date', () => {
  const unsourced = file.facts.filter((f) => !f.source.title || (!f.source.url && !f.source.date)).map((f) => f.id);
  assert.deepEqual(unsourced, []);
});

test('dates are in order: effective before expires, sources published by the review date', () => {
  const wrong = file.facts.filter((f) => (f.expires !== undefined && f.expires <= f.effective) || (f.source.date !== undefined && f.source.date > file.reviewed!));
  assert.deepEqual(wrong.map((f) => f.id), []);
});

test('no two facts for the same scope disagree on a day both apply', () => {
  // Paused and announced facts sit beside the rate that is collected, and facts told
  // apart by their terms (a decomposition such as "country-specific") are other figures.
  const collected = file.facts.filter((f) => f.status !== 'paused' && f.status !== 'announced');
  const scopeOf = (f: Fact) => [f.imposer, f.target, [...f.products].sort().join('+'), f.measure, [...f.terms].sort().join('+')].join('|');
  const clashes: string[] = [];
  for (let i = 0; i < collected.length; i++) {
    for (let j = i + 1; j < collected.length; j++) {
      const a = collected[i], b = collected[j];
      if (scopeOf(a) !== scopeOf(b) || a.rate === b.rate) continue;
      const overlap = a.effective < (b.expires ?? '9999-12-31') && b.effective < (a.expires ?? '9999-12-31');
      if (overlap) clashes.push(`${a.id} (${a.rate}%) and ${b.id} (${b.rate}%)`);
    }
  }
  assert.deepEqual(clashes, []);
});

test('the words of the 2025 baseline name the surcharge that replaced it in 2026', () => {
  // A "general" 10% duty after February 24, 2026 is the Section 122 surcharge; "general"
  // named the expired baseline only, and a right figure was flagged as outdated.
  const base = FactBase.build([file]);
  for (const word of ['general', 'global', 'universal', 'across-the-board']) {
    const [claim] = checkDocument(`Imports from every partner pay a 10% ${word} duty.`, base, { kind: 'plaintext', asOf: '2026-03-15' }).claims;
    assert.deepEqual([claim.verdict, claim.factIds], ['supported', ['us-section-122-2026']], word);
  }
});

test('Canada and Mexico stood outside the 2025 baseline: their goods paid their own border duties instead', () => {
  const base = FactBase.build([file]);
  const judged = (sentence: string) => checkDocument(sentence, base, { kind: 'plaintext', asOf: '2025-09-10' }).claims.filter((c) => c.kind === 'rate').map((c) => [c.text, c.verdict, c.expected]);
  assert.deepEqual(judged('For goods from Canada, the general tariff rate is now 35%.'), [['35%', 'supported', [35]]]);
  assert.deepEqual(judged('Mexican cement imports pay a 10% tariff.'), [['10%', 'contradicted', [25]]]);
  // Everyone else still pays it.
  assert.deepEqual(judged('Goods from Peru pay the 10% general tariff.'), [['10%', 'supported', [10]]]);
});

test('wood products under Section 232: lumber, upholstered furniture, cabinets and vanities, and the deal partners\' caps', () => {
  const base = FactBase.build([file]);
  const verdictOf = (sentence: string) => checkDocument(sentence, base, { kind: 'plaintext', asOf: '2026-06-15' }).claims.filter((c) => c.kind === 'rate').map((c) => [c.text, c.verdict]);
  assert.deepEqual(verdictOf('Softwood lumber has carried a 10% Section 232 duty since October 14, 2025.'), [['10%', 'supported']]);
  assert.deepEqual(verdictOf('Kitchen cabinets and bathroom vanities pay a 25% tariff.'), [['25%', 'supported']]);
  assert.deepEqual(verdictOf('Upholstered furniture from Japan pays a 15% tariff.'), [['15%', 'supported']]);
  // The caps are caps: named so, they still hold after the IEEPA deal rates were struck down.
  assert.deepEqual(verdictOf('Italian sofas pay the 15% tariff cap under the EU deal.'), [['15%', 'supported']]);
  assert.deepEqual(verdictOf('British kitchen cabinets pay a tariff capped at 10%.'), [['10%', 'supported']]);
  // A stack of duties the facts record one by one is their sum; a bath vanity is a vanity.
  assert.deepEqual(verdictOf('Vietnamese sofas: Section 122 10%, Section 232 25%, stack 35%.'), [['10%', 'supported'], ['25%', 'supported'], ['35%', 'supported']]);
  assert.deepEqual(verdictOf('A Mexican bath vanity pays 10% plus 25%, 40% in total.').at(-1), ['40%', 'contradicted']);
  // "The furniture tariff" is the duty on upholstered furniture.
  assert.deepEqual(verdictOf('Our Vietnamese goods cost more because of the 25% furniture tariff.'), [['25%', 'supported']]);
  // Furniture named plainly is read as the furniture the duty covers, not as the lumber of the sentence before.
  assert.deepEqual(verdictOf('Softwood lumber pays a 10% Section 232 duty. Vietnamese furniture is at 25% under Section 232.'), [['10%', 'supported'], ['25%', 'supported']]);
  // One of them, as a price list names it.
  assert.deepEqual(verdictOf('The upholstered lounge chair from Mexico pays a 25% tariff.'), [['25%', 'supported']]);
  assert.deepEqual(verdictOf('An outdoor kitchen cabinet from China pays a 25% tariff.'), [['25%', 'supported']]);
  // The rises were put off to 2027: announced, not yet in force.
  assert.deepEqual(verdictOf('Kitchen cabinets now pay a 50% tariff.'), [['50%', 'announced']]);
  assert.deepEqual(verdictOf('Sofas pay a 25% tariff, rising to 30% on January 1, 2027.'), [['25%', 'supported'], ['30%', 'supported']]);
  assert.deepEqual(verdictOf('Sofas pay a 25% tariff, rising to 35% on January 1, 2027.'), [['25%', 'supported'], ['35%', 'contradicted']]);
});

test('"general" names the baseline or the surcharge only beside a tariff word: "general equipment" names no duty', () => {
  const base = FactBase.build([file]);
  const [claim] = checkDocument('Japanese general equipment pays a 15% tariff.', base, { kind: 'plaintext', asOf: '2025-12-01' }).claims;
  assert.equal(claim.verdict, 'supported');
});

test('oil named in a penalty for buying it is no product of the tariff: the next sentence takes no product from it', () => {
  // "buying Russian oil" made energy the product of both sentences, and the Brazilian 10%
  // was judged against energy facts, which the baseline does not cover: outdated.
  const base = FactBase.build([file]);
  const text = 'Indian textiles pay a 50% tariff in total, of which the penalty for buying Russian oil is 25%. Brazilian coffee carries a 40% surcharge on top of the 10% base rate.';
  const claims = checkDocument(text, base, { kind: 'plaintext', asOf: '2025-10-06' }).claims.filter((c) => c.kind === 'rate');
  assert.deepEqual(claims.map((c) => [c.text, c.verdict, c.scope.products]), [['50%', 'supported', []], ['25%', 'supported', []], ['40%', 'supported', []], ['10%', 'supported', []]]);
});

test('a Section 232 figure with no goods named is judged against the duties of each of its goods, not the rate on all goods', () => {
  const base = FactBase.build([file]);
  const claimOf = (sentence: string) => checkDocument(sentence, base, { kind: 'plaintext', asOf: '2025-09-01' }).claims.filter((c) => c.kind === 'rate')[0];
  // 50% is the steel, aluminium and copper duty; 35% no Section 232 duty has; goods "outside Section 232" are not its goods.
  assert.equal(claimOf('Import parity with the 50% Section 232 duty is about $980.').verdict, 'supported');
  assert.equal(claimOf('Importers now pay the 35% Section 232 duty.').verdict, 'contradicted');
  assert.deepEqual(claimOf('Japanese goods outside Section 232 still pay 15%.').scope.measures, []);
  // A duty of each tariff line, as an HTS import's MFN rates are, is no sectoral duty: named with no goods, it is not checked.
  const schedule = 'facts:\n  - { id: mfn-bolts, rate: 8.5, imposer: US, target: "*", products: [bolts], measure: mfn, effective: 2025-01-01, source: { title: HTS, date: 2025-01-01 } }\n  - { id: mfn-chairs, rate: 4, imposer: US, target: "*", products: [chairs], measure: mfn, effective: 2025-01-01, source: { title: HTS, date: 2025-01-01 } }\n';
  const withSchedule = FactBase.build([file, parseFactFile(schedule, '/work/hts.tariff-facts.yaml')]);
  const mfn = checkDocument('Chinese goods pay the 6% MFN duty.', withSchedule, { kind: 'plaintext', asOf: '2025-09-01' }).claims[0];
  assert.equal(mfn.verdict, 'unverifiable');
});

test('the country whose oil a penalty is for is no partner: "25% for buying oil of Russia"', () => {
  const base = FactBase.build([file]);
  const claims = checkDocument('- India: 50 percent (25 percent reciprocal and 25 percent for buying oil of Russia)', base, { kind: 'plaintext', asOf: '2025-10-06' }).claims;
  assert.deepEqual(claims.map((c) => [c.text, c.scope.partner, c.verdict]), [['50 percent', 'IN', 'supported'], ['25 percent', 'IN', 'supported'], ['25 percent', 'IN', 'supported']]);
  // A hyphened compound names the penalty itself, with no penalty word after it.
  const compound = checkDocument('- India: 50 percent (25 percent reciprocal plus 25 percent Russian-oil)', base, { kind: 'plaintext', asOf: '2025-10-06' }).claims;
  assert.deepEqual(compound.map((c) => [c.scope.partner, c.verdict]), [['IN', 'supported'], ['IN', 'supported'], ['IN', 'supported']]);
});

test('a measure named in an event after the figure may not be its kind: "50% until the oil penalty goes"', () => {
  const base = FactBase.build([file]);
  const verdictOf = (sentence: string) => checkDocument(sentence, base, { kind: 'plaintext', asOf: '2025-10-20' }).claims[0].verdict;
  assert.equal(verdictOf('Indian goods pay 50% until the oil penalty goes.'), 'supported');
  assert.equal(verdictOf('Indian goods pay 35% until the oil penalty goes.'), 'contradicted');
});

test('a duty named right before a figure is its own, though a separate duty stands before it in the clause', () => {
  const base = FactBase.build([file]);
  const claims = checkDocument('Stacking example (Chinese origin): Section 301 25% + Section 122 15% = 40% all-in', base, { kind: 'plaintext', asOf: '2026-04-22' }).claims;
  assert.deepEqual(claims.filter((c) => c.text === '15%').map((c) => [c.verdict, c.expected]), [['contradicted', [10]]]);
});

test('a clause after a comma that goes on about a separate duty ("…, it was 120% until May 14 and is now 54%") is about it too', () => {
  const base = FactBase.build([file]);
  const claims = checkDocument('The 54% thing is probably the postal duty on small parcels from China, it was 120% until May 14 and is now 54%.', base, { kind: 'plaintext', asOf: '2025-05-20' }).claims;
  assert.deepEqual(claims.map((c) => [c.text, c.verdict]), [['54%', 'unverifiable'], ['120%', 'unverifiable'], ['54%', 'unverifiable']]);
});

test('a figure with no verb of its own "after" a date, in a list told in the past, tells when it began', () => {
  const base = FactBase.build([file]);
  const claims = checkDocument('Chinese suppliers bore a combined 145% in April and 20% after November 10.', base, { kind: 'plaintext', asOf: '2026-02-27' }).claims;
  assert.deepEqual(claims.map((c) => [c.text, c.verdict]), [['145%', 'supported'], ['20%', 'supported']]);
});

test('a rice grade is a quality, not a tax: "5% broken", "100% B"', () => {
  const base = FactBase.build([file]);
  const claims = checkDocument('Thai goods pay the reciprocal tax of 19%. Remind: grade "Thai White Rice 5% broken" and "100% B" is quality grade, not tax rate.', base, { kind: 'plaintext', asOf: '2025-08-20' }).claims;
  assert.deepEqual(claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'outdated'), []);
});

test('a partner\'s own rate under the baseline\'s measure is what "the base rate" names for that partner', () => {
  // Brazil's Annex I rate is the 10% its goods pay; "base rate" named only the every-partner
  // baseline, which Brazil's own rate replaces, so a right figure was outdated.
  const base = FactBase.build([file]);
  const claimOf = (sentence: string, figure: string) => checkDocument(sentence, base, { kind: 'plaintext', asOf: '2025-10-06' }).claims.find((c) => c.text === figure)!;
  const brazil = claimOf('Brazilian goods pay the 10% base rate and a 40% emergency duty.', '10%');
  assert.deepEqual([brazil.verdict, brazil.factIds], ['supported', ['us-br-reciprocal-2025-08']]);
  assert.equal(claimOf('British goods pay the 10% baseline.', '10%').verdict, 'supported');
  const vietnam = claimOf('Vietnamese goods still pay only the 10% baseline.', '10%');
  assert.deepEqual([vietnam.verdict, vietnam.expected], ['outdated', [20]]);
});

test('a date after the last figure of a list told in the past dates every figure of the list', () => {
  // The date stood in the total's words only, so the two parts were judged in 2026, after
  // both had ended: outdated.
  const base = FactBase.build([file]);
  const text = 'Indian goods paid a 25% reciprocal duty and a 25% penalty for buying Russian oil, 50% in total in September 2025.';
  const claims = checkDocument(text, base, { kind: 'plaintext', asOf: '2026-06-15' }).claims.filter((c) => c.kind === 'rate');
  assert.deepEqual(claims.map((c) => [c.text, c.verdict]), [['25%', 'supported'], ['25%', 'supported'], ['50%', 'supported']]);
  // A contrast keeps the date to its own clause.
  const contrast = checkDocument('Steel imports paid a 25% duty, but paid 50% in September 2025.', base, { kind: 'plaintext', asOf: '2026-06-15' }).claims;
  assert.deepEqual(contrast.find((c) => c.text === '25%')?.judged, { date: '2026-06-15' });
});

test('a partner named before its figure owns it, though "all countries" follows; "Before," opens a sentence in the past', () => {
  // The partner was every partner, whose 10% baseline still applied; named as Cambodia, in the present it was outdated.
  const base = FactBase.build([file]);
  const text = 'Tariff notes. Before, during the pause, the goods of Cambodia paid only the base rate of 10% which is applied to all countries.';
  const claim = checkDocument(text, base, { kind: 'plaintext', asOf: '2025-12-01' }).claims.find((c) => c.text === '10%')!;
  assert.deepEqual([claim.scope.partner, claim.verdict], ['KH', 'supported']);
});

test('beside a column of old rates, a note of what ended is the old rate\'s, not the new one\'s', () => {
  // The note's measures narrowed the new 10% to the fentanyl and reciprocal duties, both ended: outdated.
  const base = FactBase.build([file]);
  const table = 'Tariff table changes.\n\n| Partner | Rate in 7.3.x | Rate in 7.4.0 | Note |\n|---|---|---|---|\n| China | 20% | 10% | fentanyl and reciprocal lines removed |\n';
  const claims = checkDocument(table, base, { kind: 'markdown', asOf: '2026-03-02' }).claims;
  assert.deepEqual(claims.map((c) => [c.text, c.verdict]), [['20%', 'supported'], ['10%', 'supported']]);
  // A status column that says a rate ended is still that rate's.
  const status = 'Tariff actions.\n\n| Action | Rate | Status |\n|---|---|---|\n| China fentanyl duty | 20% | ended |\n';
  assert.equal(checkDocument(status, base, { kind: 'markdown', asOf: '2026-03-02' }).claims[0].verdict, 'supported');
});

test('China\'s 24 suspended points of the 34% rate are a paused rate, and their suspension has its announced ends', () => {
  const base = FactBase.build([file]);
  const verdictsOf = (text: string, asOf: string) => checkDocument(text, base, { kind: 'plaintext', asOf }).claims.map((c) => [c.kind, c.text, c.verdict]);
  // The 24 points held back are what the truce set, beside the 10% collected.
  assert.deepEqual(verdictsOf('Beijing says the extra 24% reciprocal tariff on its goods stays suspended for another year.', '2025-11-12'), [['rate', '24%', 'supported']]);
  assert.deepEqual(verdictsOf('Chinese goods pay a 10% reciprocal tariff.', '2025-11-12'), [['rate', '10%', 'supported']]);
  assert.deepEqual(verdictsOf('The 24% tariff on Chinese goods stays suspended until November 10, 2026.', '2025-11-12'), [['rate', '24%', 'supported'], ['duration', 'November 10, 2026', 'supported']]);
  assert.deepEqual(verdictsOf('The 24% tariff on Chinese goods stays suspended until November 10, 2025.', '2025-11-12'), [['rate', '24%', 'supported'], ['duration', 'November 10, 2025', 'contradicted']]);
  // Once the IEEPA duties were struck down, nothing of it is left to suspend: the figure is outdated.
  assert.deepEqual(verdictsOf('The 24% reciprocal tariff on Chinese goods stays suspended.', '2026-06-01'), [['rate', '24%', 'outdated']]);
});

test('EU and Korean cars pay 15% under Section 232 as their deals set it, after the IEEPA rates were struck down as before', () => {
  const base = FactBase.build([file]);
  const verdictOf = (sentence: string, asOf: string) => checkDocument(sentence, base, { kind: 'plaintext', asOf }).claims.filter((c) => c.kind === 'rate').map((c) => [c.text, c.verdict]);
  assert.deepEqual(verdictOf('European cars pay a 15% tariff.', '2026-06-01'), [['15%', 'supported']]);
  assert.deepEqual(verdictOf('Korean cars pay a 15% tariff.', '2026-06-01'), [['15%', 'supported']]);
  // Other partners' cars still pay the 25% duty.
  assert.deepEqual(verdictOf('Brazilian cars pay a 15% tariff.', '2026-06-01').map(([, verdict]) => verdict), ['contradicted']);
});

test('European cars paid 27.5% all-in (the MFN duty and Section 232) until their deal rate of 15% all-in was set', () => {
  const base = FactBase.build([file]);
  const verdictOf = (sentence: string, asOf: string) => checkDocument(sentence, base, { kind: 'plaintext', asOf }).claims.filter((c) => c.kind === 'rate').map((c) => [c.text, c.verdict]);
  assert.deepEqual(verdictOf('German cars pay 27.5% all-in.', '2025-06-15'), [['27.5%', 'supported']]);
  assert.deepEqual(verdictOf('German cars pay 27.5% all-in.', '2025-10-15'), [['27.5%', 'outdated']]);
  assert.deepEqual(verdictOf('German cars pay 15% all-in.', '2025-10-15'), [['15%', 'supported']]);
});
