// Reads one fact file (contract §1) from its text. Each entry is validated on its
// own against the JSON Schema, so one bad fact is reported at its line and never
// stops the others from loading; a file that cannot be parsed at all is one problem.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import schema from '../../schema/tariff-facts.schema.json';
import { isValidIsoDate } from './dates';
import type { Fact, FactFileProblem, FactStatus, IsoDate, Vocabulary } from './types';

export interface ParsedFactFile {
  path: string;
  builtin: boolean;
  facts: Fact[];
  problems: FactFileProblem[];
  products: Vocabulary;
  measures: Vocabulary;
  reviewed?: IsoDate;
}

export type FactFileFormat = 'yaml' | 'json' | 'csv';

export function factFileFormat(path: string): FactFileFormat | undefined {
  const ext = path.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  return undefined;
}

/** `tariff-facts.yaml`, `team.tariff-facts.csv`, …: the names the editor discovers. */
export function isFactFileName(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? '';
  return /^(.+\.)?tariff-facts\.(ya?ml|json|csv)$/i.test(base);
}

const FACT_FIELDS = ['id', 'rate', 'imposer', 'target', 'products', 'measure', 'effective', 'expires', 'status', 'label', 'terms', 'note', 'pauseEnds', 'source'];
const TOP_LEVEL_FIELDS = ['version', 'reviewed', 'facts', 'products', 'measures'];

// Guards against hand-edited or hostile files: alias bombs and runaway sizes.
const MAX_ALIAS_COUNT = 1000;

let validateFactEntry: ValidateFunction | undefined;
function factValidator(): ValidateFunction {
  if (!validateFactEntry) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(schema, 'facts');
    validateFactEntry = ajv.getSchema('facts#/definitions/fact')!;
  }
  return validateFactEntry;
}

/** An entry as read from the file, with a way to find the line of each of its fields. */
interface RawEntry {
  value: unknown;
  line: number;
  lineOfField(path: string): number;
}

interface RawFile {
  entries: RawEntry[];
  top: Record<string, unknown>;
  lineOfTop(key: string): number;
}

export function parseFactFile(text: string, path: string, options: { builtin?: boolean } = {}): ParsedFactFile {
  const result: ParsedFactFile = {
    path, builtin: options.builtin ?? false, facts: [], problems: [], products: new Map(), measures: new Map(),
  };
  const problem = (line: number, message: string, severity: FactFileProblem['severity'] = 'error') =>
    result.problems.push({ path, line, message, severity });

  const format = factFileFormat(path);
  if (!format) {
    problem(1, `"${path}" is not a fact file: name it *.yaml, *.yml, *.json or *.csv.`);
    return result;
  }
  let raw: RawFile;
  try {
    raw = format === 'csv' ? readCsv(text) : readYamlOrJson(text, format);
  } catch (e) {
    const err = e as Error & { line?: number };
    problem(err.line ?? 1, err.message);
    return result;
  }

  readTopLevel(raw, result, problem);
  const seen = new Set<string>();
  for (const entry of raw.entries) {
    const fact = factFromEntry(entry, result, problem);
    if (!fact) continue;
    if (seen.has(fact.id)) {
      problem(entry.line, `fact id "${fact.id}" is used twice in this file: give this fact its own id (the first one is kept).`);
      continue;
    }
    seen.add(fact.id);
    result.facts.push(fact);
  }
  return result;
}

function readTopLevel(raw: RawFile, into: ParsedFactFile, problem: (line: number, message: string, severity?: 'error' | 'warning') => void) {
  const { top } = raw;
  if ('version' in top && top.version !== 1) {
    problem(raw.lineOfTop('version'), `version ${JSON.stringify(top.version)} is not known: this reader understands version: 1.`, 'warning');
  }
  if ('reviewed' in top) {
    if (typeof top.reviewed === 'string' && isValidIsoDate(top.reviewed)) into.reviewed = top.reviewed;
    else problem(raw.lineOfTop('reviewed'), '`reviewed` must be a date written YYYY-MM-DD, e.g. reviewed: 2026-11-01.');
  }
  for (const key of Object.keys(top)) {
    if (!TOP_LEVEL_FIELDS.includes(key)) {
      problem(raw.lineOfTop(key), `unknown top-level field "${key}" is ignored: a fact file has ${TOP_LEVEL_FIELDS.join(', ')}.`, 'warning');
    }
  }
  for (const [key, vocab] of [['products', into.products], ['measures', into.measures]] as const) {
    const value = top[key];
    if (value === undefined) continue;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problem(raw.lineOfTop(key), `\`${key}:\` must map each key to a list of phrases, e.g. ${key}:\\n  buses: [bus, buses, motor coaches]`);
      continue;
    }
    for (const [k, phrases] of Object.entries(value as Record<string, unknown>)) {
      const list = Array.isArray(phrases) ? phrases : typeof phrases === 'string' ? [phrases] : undefined;
      if (!list || !list.every((p) => typeof p === 'string' && p.trim())) {
        problem(raw.lineOfTop(key), `\`${key}.${k}\` must be a list of phrases, e.g. ${k}: [${k}]`);
        continue;
      }
      vocab.set(k, list.map((p) => (p as string).trim()));
    }
  }
}

function factFromEntry(entry: RawEntry, file: ParsedFactFile, problem: (line: number, message: string, severity?: 'error' | 'warning') => void): Fact | undefined {
  const v = entry.value as Record<string, unknown>;
  const name = v && typeof v === 'object' && typeof v.id === 'string' ? `fact "${v.id}"` : 'this fact';
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    problem(entry.line, 'each entry under `facts:` must be a mapping with id, rate, imposer, target, effective and source.');
    return undefined;
  }
  const validate = factValidator();
  if (!validate(v)) {
    for (const message of explainSchemaErrors(validate.errors ?? [], name)) problem(entry.lineOfField(message.field), message.text);
    return undefined;
  }
  for (const key of Object.keys(v)) {
    if (!FACT_FIELDS.includes(key)) {
      const near = FACT_FIELDS.find((f) => editDistance(f, key) <= 2);
      problem(entry.lineOfField(key), `${name}: unknown field "${key}" is ignored${near ? ` (did you mean "${near}"?)` : ''}.`, 'warning');
    }
  }
  const effective = v.effective as string;
  const expires = v.expires as string | undefined;
  for (const [field, date] of [['effective', effective], ['expires', expires], ['source.date', (v.source as { date?: string }).date]] as const) {
    if (date !== undefined && !isValidIsoDate(date)) {
      problem(entry.lineOfField(field), `${name}: \`${field}\` ${date} is not a calendar date: write a real day as YYYY-MM-DD.`);
      return undefined;
    }
  }
  if (expires !== undefined && expires <= effective) {
    problem(entry.lineOfField('expires'), `${name}: \`expires\` (${expires}) must be after \`effective\` (${effective}): expires is the first day the rate no longer applies.`);
    return undefined;
  }
  const source = v.source as { title: string; url?: string; date?: string };
  return {
    id: v.id as string,
    rate: typeof v.rate === 'number' ? v.rate : parseFloat(String(v.rate)),
    imposer: v.imposer as string,
    target: v.target as string,
    products: listOf(v.products) ?? ['all'],
    measure: v.measure as string | undefined,
    effective,
    expires,
    status: (v.status as FactStatus | undefined) ?? 'in-effect',
    label: v.label as string | undefined,
    terms: listOf(v.terms) ?? [],
    note: v.note as string | undefined,
    ...(v.pauseEnds ? { pauseEnds: v.pauseEnds as { until: string; announced: string }[] } : {}),
    source: { title: source.title, url: source.url, date: source.date },
    origin: { path: file.path, line: entry.line, builtin: file.builtin },
  };
}

function listOf(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? value : String(value).split(';');
  return items.map((s) => String(s).trim()).filter(Boolean);
}

// What to change, field by field, phrased for the person editing the file.
const FIELD_HINTS: Record<string, string> = {
  id: 'an id of letters, digits, dots and dashes, e.g. id: us-jp-reciprocal-2025-08',
  rate: 'the rate in percent as a number, e.g. rate: 25 (or "25%")',
  imposer: 'a two-letter ISO country code or EU, e.g. imposer: US',
  target: 'a two-letter ISO country code, EU, or "*" for every partner, e.g. target: JP',
  products: 'a list of product keys, e.g. products: [steel, aluminum]',
  measure: 'a measure key, e.g. measure: section-232',
  effective: 'the first day the rate applies, written YYYY-MM-DD, e.g. effective: 2025-04-05',
  expires: 'the first day the rate no longer applies, written YYYY-MM-DD',
  status: 'one of in-effect, paused, announced, struck-down',
  label: 'a short display name (text)',
  terms: 'a list of phrases, e.g. terms: [deal rate]',
  note: 'text',
  pauseEnds: 'a list of announced ends, e.g. pauseEnds: [{ until: 2025-07-09, announced: 2025-04-09 }]',
  source: 'a mapping with title and url or date, e.g. source: { title: Executive Order 14257, url: https://www.federalregister.gov/d/2025-06063 }',
  'source.title': 'the title of the document the figure comes from',
  'source.url': 'a link starting with http:// or https://',
  'source.date': 'the publication date of the source, written YYYY-MM-DD',
};

function explainSchemaErrors(errors: ErrorObject[], name: string): { field: string; text: string }[] {
  const out = new Map<string, string>();
  for (const e of errors) {
    let field = e.instancePath.replace(/^\//, '').replace(/\/\d+$/, '').replace(/\//g, '.');
    if (e.keyword === 'required') {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      field = field ? `${field}.${missing}` : missing;
      if (field === 'source.url' || field === 'source.date') {
        out.set('source', `${name}: \`source\` needs a \`url\` or a \`date\`: add the link to the document, its publication date, or both.`);
        continue;
      }
      out.set(field, `${name} has no \`${field}\`: add ${FIELD_HINTS[field] ?? field}.`);
      continue;
    }
    if (e.keyword === 'anyOf' && field === 'source') continue; // explained by the `required` errors beneath it
    if (out.has(field)) continue;
    out.set(field, `${name}: \`${field}\` is not valid: write ${FIELD_HINTS[field] ?? 'a valid value'}.`);
  }
  return [...out].map(([field, text]) => ({ field, text }));
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

function fileError(message: string, line?: number): Error & { line?: number } {
  return Object.assign(new Error(message), { line });
}

// YAML and JSON share one reader: JSON is YAML, and the YAML parser keeps positions.
function readYamlOrJson(text: string, format: 'yaml' | 'json'): RawFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const fatal = doc.errors[0];
  if (fatal) {
    const what = format === 'json' ? 'JSON' : 'YAML';
    throw fileError(`the file is not valid ${what} and none of its facts could be read: ${fatal.message.split('\n')[0]} Fix the syntax at this line.`, lineAt(fatal.pos[0]));
  }
  const root = doc.contents;
  if (!isMap(root)) throw fileError('a fact file must be a mapping with a `facts:` list, e.g.\nversion: 1\nfacts:\n  - id: …');
  const toJs = (node: unknown) => (node && typeof node === 'object' && 'toJSON' in node
    ? (node as YamlNode).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT })
    : node);
  const pairLine = (pairs: Pair[], key: string) => {
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === key);
    return pair && isScalar(pair.key) ? lineAt(pair.key.range?.[0]) : undefined;
  };
  const top: Record<string, unknown> = {};
  let factsNode: unknown;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (key === 'facts') { factsNode = pair.value; continue; }
    try { top[key] = toJs(pair.value); } catch (e) { throw fileError(`\`${key}\` could not be read: ${(e as Error).message}`, pairLine(root.items, key)); }
  }
  const lineOfTop = (key: string) => pairLine(root.items, key) ?? 1;
  if (factsNode === undefined || factsNode === null) throw fileError('there is no `facts:` list: add `facts:` followed by a list of facts.', lineOfTop('facts'));
  if (!isSeq(factsNode)) throw fileError('`facts:` must be a list (each fact starts with "- id: …").', lineOfTop('facts'));
  const entries: RawEntry[] = factsNode.items.map((item) => {
    const line = lineAt((item as YamlNode | null)?.range?.[0]);
    let value: unknown;
    try { value = toJs(item); } catch (e) { value = Symbol.for(`unreadable: ${(e as Error).message}`); }
    return {
      value,
      line,
      lineOfField(path: string) {
        let node: unknown = item;
        let found = line;
        for (const part of path.split('.')) {
          if (!isMap(node)) break;
          const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
          if (!pair) break;
          if (isScalar(pair.key)) found = lineAt(pair.key.range?.[0]);
          node = pair.value;
        }
        return found;
      },
    };
  });
  return { entries, top, lineOfTop };
}

function readCsv(text: string): RawFile {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, { columns: (h: string[]) => h.map((c) => c.trim()), info: true, skip_empty_lines: true, relax_column_count: true, trim: true, bom: true });
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw fileError(`the file is not valid CSV and none of its facts could be read: ${err.message} Fix the quoting at this line.`, err.lines);
  }
  const entries: RawEntry[] = records.map(({ record, info }) => {
    const value: Record<string, unknown> = {};
    for (const [column, cell] of Object.entries(record)) {
      if (cell === '' || cell === undefined) continue;
      const [head, sub] = column.split('.');
      if (sub) value[head] = { ...(value[head] as object), [sub]: cell };
      else if (column === 'rate' && /^\s*\d+(\.\d+)?\s*$/.test(cell)) value.rate = Number(cell);
      else value[column] = cell;
    }
    return { value, line: info.lines, lineOfField: () => info.lines };
  });
  return { entries, top: {}, lineOfTop: () => 1 };
}
