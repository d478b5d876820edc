// `tariff-lens import-hts`: writes a fact file from a USITC HTS JSON export, and says
// which Chapter 99 headings it could not turn into facts and why.
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { factsFromHts, type HtsRecord } from '../core/hts';
import { dateOption, parseOptions, UsageError } from './options';

type Out = NodeJS.WritableStream;

export function runImportHts(argv: string[], out: Out, err: Out): number {
  const o = parseOptions(argv, { values: ['--effective', '--edition', '--out', '--imposer'], flags: [] });
  const [path] = o.positionals;
  if (!path) throw new UsageError('import-hts needs the export file, e.g. tariff-lens import-hts hts_2025_revision_19.json --effective 2025-08-07 --edition "2025 Revision 19"');
  const effective = dateOption(o, '--effective');
  if (!effective) throw new UsageError('import-hts needs --effective YYYY-MM-DD: the export carries no dates, so say from when its rates apply');
  const edition = o.values.get('--edition')?.[0];
  if (!edition) throw new UsageError('import-hts needs --edition, the HTS edition the export is, e.g. --edition "2025 Revision 19"');
  let records: unknown;
  try {
    records = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ${path} as JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(records)) throw new UsageError(`${path} is not an HTS export: expected a JSON list of records with htsno, description, general, …`);
  const result = factsFromHts(records as HtsRecord[], { effective, edition, imposer: o.values.get('--imposer')?.[0] });
  const yaml = `# Imported from ${path} (HTS ${edition}) by tariff-lens import-hts.\n` + stringify({ version: 1, facts: result.facts }, { lineWidth: 0 });
  const target = o.values.get('--out')?.[0];
  if (target) writeFileSync(target, yaml);
  else out.write(yaml);
  for (const s of result.skipped) err.write(`skipped ${s.htsno}: ${s.reason}\n`);
  err.write(`${result.facts.length} facts imported, ${result.skipped.length} headings skipped.\n`);
  return 0;
}
