// `tariff-lens facts`: lets a reviewer audit the fact base without reading YAML. Lists
// facts (filtered by partner, product, measure, date), shows one with the history of its
// scope, and reports coverage partner by partner.
import { coversProducts, leavesOut, leavesOutGoods, partnersWords, productsWords, validOn } from '../core/factBase';
import type { Fact, FactBase } from '../core';
import { choiceOption, dateOption, FACT_OPTIONS, loadFacts, parseOptions, UsageError } from './options';

type Out = NodeJS.WritableStream;

export function runFacts(argv: string[], out: Out, err: Out): number {
  const o = parseOptions(argv, {
    values: [...FACT_OPTIONS.values, '--partner', '--product', '--measure', '--on', '--format'],
    repeatable: FACT_OPTIONS.repeatable,
    flags: FACT_OPTIONS.flags,
  });
  const base = loadFacts(o.values.get('--facts') ?? [], !o.flags.has('--no-builtin-facts'));
  for (const p of base.problems) err.write(`${p.path}:${p.line}: ${p.severity}: ${p.message}\n`);
  const format = choiceOption(o, '--format', ['text', 'json'] as const, 'text');
  const [sub, id] = o.positionals;
  if (sub === 'show') return showFact(base, id, format, out);
  if (sub === 'report') return report(base, format, out);
  if (sub !== undefined) throw new UsageError(`unknown facts command "${sub}": use show ID or report, or no command to list`);

  const partner = o.values.get('--partner')?.[0]?.toUpperCase();
  const product = o.values.get('--product')?.[0];
  const measure = o.values.get('--measure')?.[0];
  const on = dateOption(o, '--on');
  const listed = base.facts.filter((f) =>
    (partner === undefined || f.target === partner || (partner !== '*' && f.target === '*' && !(f.exceptTargets && leavesOut(f.exceptTargets, partner)))) &&
    (product === undefined || (coversProducts(f, [product]) && !leavesOutGoods(f, [product]))) &&
    (measure === undefined || f.measure === measure) &&
    (on === undefined || validOn(f, on)));
  listed.sort((a, b) => a.target.localeCompare(b.target) || a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id));
  if (format === 'json') out.write(JSON.stringify(listed.map(plain), null, 2) + '\n');
  else out.write(table(listed) + `${listed.length} of ${base.facts.length} facts.\n`);
  return 0;
}

function plain(f: Fact) {
  const { origin, ...rest } = f;
  return { ...rest, file: origin.path, line: origin.line };
}

function period(f: Fact): string {
  return `${f.effective} → ${f.expires ?? 'open'}`;
}

function table(facts: Fact[]): string {
  const rows = facts.map((f) => [f.id, `${f.rate}%`, f.target, f.products.join('+'), f.measure ?? '', period(f), f.status]);
  const header = ['id', 'rate', 'partner', 'products', 'measure', 'valid', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd() + '\n';
  return line(header) + line(widths.map((w) => '-'.repeat(w))) + rows.map(line).join('');
}

function showFact(base: FactBase, id: string | undefined, format: 'text' | 'json', out: Out): number {
  if (!id) throw new UsageError('facts show needs a fact id, e.g. tariff-lens facts show us-baseline-2025');
  const fact = base.byId(id);
  if (!fact) throw new UsageError(`no fact with id "${id}": list them with tariff-lens facts`);
  const history = base.history({ imposer: fact.imposer, partner: fact.target, products: fact.products.filter((p) => p !== 'all'), measures: [] })
    .filter((f) => f.measure === fact.measure);
  if (format === 'json') {
    out.write(JSON.stringify({ fact: plain(fact), history: history.map(plain) }, null, 2) + '\n');
    return 0;
  }
  const lines = [
    `${fact.id}: ${fact.rate}%${fact.label ? ` — ${fact.label}` : ''}`,
    `  ${fact.imposer} on ${partnersWords(fact)}; ${productsWords(fact)}; measure ${fact.measure ?? '(none)'}`,
    `  valid ${period(fact)} (${fact.status})`,
    ...(fact.terms.length ? [`  terms: ${fact.terms.join(', ')}`] : []),
    ...(fact.note ? [`  note: ${fact.note}`] : []),
    ...(fact.pauseEnds ?? []).map((e) => `  pause to end ${e.until}, announced ${e.announced}`),
    `  source: ${fact.source.title}${fact.source.date ? ` (${fact.source.date})` : ''}${fact.source.url ? `\n          ${fact.source.url}` : ''}`,
    `  defined at ${fact.origin.path}:${fact.origin.line}`,
    '',
    `History of this scope (${fact.measure ?? 'any measure'}):`,
    ...history.map((f) => `  ${f === fact ? '*' : ' '} ${period(f).padEnd(27)} ${`${f.rate}%`.padStart(6)}  ${f.status.padEnd(11)} ${f.id}`),
  ];
  out.write(lines.join('\n') + '\n');
  return 0;
}

const PRIMARY = /federalregister\.gov|govinfo\.gov/;

function report(base: FactBase, format: 'text' | 'json', out: Out): number {
  const byPartner = new Map<string, Fact[]>();
  for (const f of base.facts) byPartner.set(f.target, [...(byPartner.get(f.target) ?? []), f]);
  const rows = [...byPartner].sort(([a], [b]) => (a === '*' ? -1 : b === '*' ? 1 : a.localeCompare(b))).map(([partner, facts]) => ({
    partner,
    facts: facts.length,
    measures: [...new Set(facts.map((f) => f.measure ?? '-'))].sort().join(', '),
    from: facts.map((f) => f.effective).sort()[0],
    lastChange: facts.flatMap((f) => [f.effective, f.expires ?? '']).sort().pop()!,
    primarySources: facts.filter((f) => f.source.url && PRIMARY.test(f.source.url)).length,
  }));
  const primary = rows.reduce((n, r) => n + r.primarySources, 0);
  if (format === 'json') {
    out.write(JSON.stringify({ reviewed: base.builtinReviewed, facts: base.facts.length, primarySources: primary, partners: rows }, null, 2) + '\n');
    return 0;
  }
  const header = ['partner', 'facts', 'from', 'last change', 'primary sources', 'measures'];
  const cells = rows.map((r) => [r.partner, String(r.facts), r.from, r.lastChange, `${r.primarySources}/${r.facts}`, r.measures]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  out.write([
    `Fact base: ${base.facts.length} facts, ${byPartner.size} partners (* = every partner)${base.builtinReviewed ? `; built-in facts reviewed ${base.builtinReviewed}` : ''}.`,
    `Primary sources (Federal Register / govinfo): ${primary} of ${base.facts.length}.`,
    '',
    line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line),
  ].join('\n') + '\n');
  return 0;
}
