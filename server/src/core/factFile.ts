// Reads one fact file (contract §1) from its text. Each entry is validated on its
// own against the JSON Schema, so one bad fact is reported at its line and never
// stops the others from loading; a file that cannot be parsed at all is one problem.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { isValidIsoDate } from './dates';
import { NotPlainYaml, readPlainFactsBlock, type PlainFactsBlock } from './factsBlock';
import { readJsonFacts, type JsonFacts } from './factsJson';
import { validateFact } from './generated/factValidator';
import { lineOfKeyPath } from './yamlKeyPath';
import { firstIndex } from './search';
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

const FACT_FIELDS = ['id', 'rate', 'imposer', 'target', 'exceptTargets', 'products', 'exceptProducts', 'measure', 'effective', 'expires', 'status', 'label', 'terms', 'note', 'pauseEnds', 'source'];
const FACT_FIELD_SET = new Set(FACT_FIELDS);
const TOP_LEVEL_FIELDS = ['version', 'reviewed', 'facts', 'products', 'measures'];

// Guards against hand-edited or hostile files: alias bombs and runaway sizes.
const MAX_ALIAS_COUNT = 1000;
/** Values the YAML library may build for one file (about 40,000 facts): more takes many seconds and gigabytes. */
const MAX_LIBRARY_VALUES = 400_000;
/** Rows of one CSV file, facts of one JSON file. */
const MAX_ENTRIES = 200_000;
/** Problems reported per file; past them one line says how many more there are. */
const MAX_PROBLEMS = 1000;

/** The schema's `fact` definition, compiled ahead of time by Ajv (scripts/generate-fact-validator.mjs). */
const validateFactEntry = validateFact as ValidateFunction;

/** An entry as read from the file, with a way to find the line of each of its fields. */
interface RawEntry {
  value: unknown;
  line: number;
  lineOfField(path: string): number;
  /** Why the entry cannot be read at all (an alias bomb, a key given twice), and where. */
  unreadable?: { line: number; message: string };
}

/** A top-level value that could not be read: readTopLevel reports it at its key. */
class UnreadableValue {
  constructor(readonly message: string) {}
}

interface RawFile {
  /** Read once, in order (the plain YAML reader reads each entry as it is taken). */
  entries: Iterable<RawEntry>;
  top: Record<string, unknown>;
  lineOfTop(key: string): number;
}

export function parseFactFile(text: string, path: string, options: { builtin?: boolean } = {}): ParsedFactFile {
  const builtin = options.builtin ?? false;
  const format = factFileFormat(path);
  const json = format === 'json' ? readJsonFacts(text, MAX_ENTRIES) : undefined;
  if (json) return factsOf(() => fromJson(json), path, builtin);
  const block = format === 'yaml' ? readPlainFactsBlock(text) : undefined;
  if (block) {
    try {
      return factsOf(() => readPlainYaml(block), path, builtin);
    } catch (e) {
      if (!(e instanceof NotPlainYaml)) throw e; // an entry further down is not plain: the YAML library reads the file
    }
  }
  return factsOf(() => readWithLibrary(text, path, format), path, builtin);
}

/** The facts and problems of the file `read` reads. */
function factsOf(read: () => RawFile, path: string, builtin: boolean): ParsedFactFile {
  const result: ParsedFactFile = { path, builtin, facts: [], problems: [], products: new Map(), measures: new Map() };
  let unreported = 0;
  const problem = (line: number, message: string, severity: FactFileProblem['severity'] = 'error') => {
    if (result.problems.length < MAX_PROBLEMS) result.problems.push({ path, line, message, severity });
    else unreported++;
  };

  let raw: RawFile;
  try {
    raw = read();
  } catch (e) {
    if (e instanceof NotPlainYaml) throw e; // parseFactFile reads the file with the YAML library instead
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
  warnOfOverlaps(result.facts, problem);
  if (unreported) result.problems.push({ path, line: result.problems[MAX_PROBLEMS - 1].line, severity: 'error', message: `${unreported} more problems in this file are not shown: fix the ones above first.` });
  return result;
}

/**
 * Two facts of one file with the same scope and status that apply on the same days at
 * different rates: usually a replaced rate whose `expires` was not set. A warning at the
 * later one; both still load. Facts whose `terms` differ are told apart by the text.
 */
function warnOfOverlaps(facts: Fact[], problem: (line: number, message: string, severity?: 'error' | 'warning') => void) {
  // Found by partner, terms and products in nested maps, then among the few facts there by
  // imposer, measure and status: a key written out for every fact cost a tenth of a big
  // import's parse.
  const scopes = new Map<string, Map<string, Map<string, Fact[][]>>>();
  const groups: Fact[][] = []; // in the order of their first facts, as the warnings are given
  for (const f of facts) {
    let byTerms = scopes.get(f.target);
    if (!byTerms) scopes.set(f.target, (byTerms = new Map()));
    const terms = sortedJoin(f.terms);
    let byProducts = byTerms.get(terms);
    if (!byProducts) byTerms.set(terms, (byProducts = new Map()));
    const products = sortedJoin(f.products);
    let same = byProducts.get(products);
    if (!same) byProducts.set(products, (same = []));
    const group = same.find(([first]) => first.imposer === f.imposer && first.measure === f.measure && first.status === f.status);
    if (group) group.push(f);
    else {
      const started = [f];
      same.push(started);
      groups.push(started);
    }
  }
  const until = (f: Fact) => f.expires ?? '9999-12-31';
  for (const group of groups) {
    group.sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : a.origin.line - b.origin.line)); // ISO dates sort as text
    let open: Fact | undefined; // the earlier fact that runs the longest
    for (const f of group) {
      if (open && until(open) > f.effective && open.rate !== f.rate) {
        problem(f.origin.line, `fact "${f.id}" (${f.rate}% from ${f.effective}) overlaps fact "${open.id}" (${open.rate}% from ${open.effective}${open.expires ? ` until ${open.expires}` : ''}) for the same imposer, target, products, measure and status: set \`expires\` of "${open.id}" to ${f.effective} if this rate replaced it, or add \`terms\` that tell them apart.`, 'warning');
      }
      if (!open || until(f) > until(open)) open = f;
    }
  }
}

/** A list's items sorted and joined with "+" (the list is not copied when it has one item). */
function sortedJoin(list: string[]): string {
  return list.length === 1 ? list[0] : [...list].sort().join('+');
}

function readTopLevel(raw: RawFile, into: ParsedFactFile, problem: (line: number, message: string, severity?: 'error' | 'warning') => void) {
  const { top } = raw;
  for (const [key, value] of Object.entries(top)) {
    if (!(value instanceof UnreadableValue)) continue;
    problem(raw.lineOfTop(key), `\`${key}\` ${value.message}`);
    delete top[key];
  }
  if ('version' in top && top.version !== 1) {
    problem(raw.lineOfTop('version'), `version ${JSON.stringify(top.version)} is not known: this reader understands version: 1.`, 'warning');
  }
  if ('reviewed' in top) {
    if (typeof top.reviewed === 'string' && isValidIsoDate(top.reviewed)) into.reviewed = top.reviewed;
    else problem(raw.lineOfTop('reviewed'), '`reviewed` is not a date: write it as YYYY-MM-DD, e.g. reviewed: 2026-11-01.');
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
      problem(raw.lineOfTop(key), `\`${key}:\` is not a mapping: write each key with a list of phrases, e.g. ${key}:\\n  buses: [bus, buses, motor coaches]`);
      continue;
    }
    for (const [k, phrases] of Object.entries(value as Record<string, unknown>)) {
      const list = Array.isArray(phrases) ? phrases : typeof phrases === 'string' ? [phrases] : undefined;
      if (!list || !list.every((p) => typeof p === 'string' && p.trim())) {
        problem(raw.lineOfTop(key), `\`${key}.${k}\` is not a list of phrases: write it as a list, e.g. ${k}: [${k}]`);
        continue;
      }
      vocab.set(k, list.map((p) => (p as string).trim()));
    }
  }
}

function factFromEntry(entry: RawEntry, file: ParsedFactFile, problem: (line: number, message: string, severity?: 'error' | 'warning') => void): Fact | undefined {
  const v = entry.value as Record<string, unknown>;
  // Written only when a problem needs it: most facts of a big import have none.
  const nameOf = () => (v && typeof v === 'object' && typeof v.id === 'string' ? `fact "${v.id}"` : 'this fact');
  if (entry.unreadable) {
    problem(entry.unreadable.line, `${nameOf()} ${entry.unreadable.message}`);
    return undefined;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    problem(entry.line, 'this entry under `facts:` is not a mapping: write each fact with id, rate, imposer, target, effective and source.');
    return undefined;
  }
  if (!validateFactEntry(v)) {
    for (const message of explainSchemaErrors(validateFactEntry.errors ?? [], nameOf())) problem(entry.lineOfField(message.field), message.text);
    return undefined;
  }
  for (const key in v) {
    if (!FACT_FIELD_SET.has(key)) {
      const near = FACT_FIELDS.find((f) => Math.abs(f.length - key.length) <= 2 && editDistance(f, key) <= 2);
      problem(entry.lineOfField(key), `${nameOf()}: unknown field "${key}" is ignored${near ? ` (did you mean "${near}"?)` : ''}.`, 'warning');
    }
  }
  const effective = v.effective as string;
  const expires = v.expires as string | undefined;
  const source = v.source as { title: string; url?: string; date?: string };
  const badDate = !isValidIsoDate(effective) ? 'effective' : expires !== undefined && !isValidIsoDate(expires) ? 'expires' : source.date !== undefined && !isValidIsoDate(source.date) ? 'source.date' : undefined;
  if (badDate) {
    const date = badDate === 'effective' ? effective : badDate === 'expires' ? expires : source.date;
    problem(entry.lineOfField(badDate), `${nameOf()}: \`${badDate}\` ${date} is not a calendar date: write a real day as YYYY-MM-DD.`);
    return undefined;
  }
  if (expires !== undefined && expires <= effective) {
    problem(entry.lineOfField('expires'), `${nameOf()}: \`expires\` (${expires}) must be after \`effective\` (${effective}): set it to the first day the rate no longer applies.`);
    return undefined;
  }
  const rate = typeof v.rate === 'number' ? v.rate : parseFloat(String(v.rate));
  if (!Number.isFinite(rate)) {
    problem(entry.lineOfField('rate'), `${nameOf()}: \`rate\` ${String(v.rate)} is not a finite number: write the rate in percent, e.g. rate: 25.`);
    return undefined;
  }
  const previous = file.facts[file.facts.length - 1]; // often another dated version of the same line
  const fact: Fact = {
    id: v.id as string,
    rate,
    imposer: v.imposer as string,
    target: v.target as string,
    products: sameAs(listOf(v.products) ?? ALL_PRODUCTS, previous?.products),
    measure: v.measure as string | undefined,
    effective,
    expires,
    status: (v.status as FactStatus | undefined) ?? 'in-effect',
    label: v.label as string | undefined,
    terms: sameAs(listOf(v.terms) ?? NO_TERMS, previous?.terms),
    note: v.note as string | undefined,
    source: { title: source.title, url: source.url, date: source.date },
    origin: { path: file.path, line: entry.line, builtin: file.builtin },
  };
  let exceptTargets = listOf(v.exceptTargets);
  if (exceptTargets && fact.target !== '*') {
    problem(entry.lineOfField('exceptTargets'), `${nameOf()}: \`exceptTargets\` is ignored, as only a fact for every partner (target: "*") leaves partners out: remove it, or set target to "*".`, 'warning');
    exceptTargets = undefined;
  }
  let exceptProducts = listOf(v.exceptProducts);
  if (exceptProducts && !fact.products.includes('all')) {
    problem(entry.lineOfField('exceptProducts'), `${nameOf()}: \`exceptProducts\` is ignored, as only a fact on all goods (products: [all]) leaves goods out: remove it, or set products to [all].`, 'warning');
    exceptProducts = undefined;
  }
  return exceptTargets || exceptProducts || v.pauseEnds ? withRarerFields(fact, { exceptTargets, exceptProducts, pauseEnds: v.pauseEnds as Fact['pauseEnds'] }) : fact;
}

/**
 * The fact with the fields few facts have (partners and goods left out, announced pause ends),
 * before `source`, where the CLI's JSON has always listed pause ends. A separate step:
 * a spread in the fact's literal made every fact slower to build.
 */
export function withRarerFields(fact: Fact, { exceptTargets, exceptProducts, pauseEnds }: Pick<Fact, 'exceptTargets' | 'exceptProducts' | 'pauseEnds'>): Fact {
  const { source, origin, ...before } = fact;
  return { ...before, ...(exceptTargets && { exceptTargets }), ...(exceptProducts && { exceptProducts }), ...(pauseEnds && { pauseEnds }), source, origin };
}

/** `earlier` when it holds the same items as `list`: facts share lists they only read. */
function sameAs(list: string[], earlier: string[] | undefined): string[] {
  if (!earlier || list === earlier) return earlier ?? list;
  if (list.length !== earlier.length) return list;
  for (let i = 0; i < list.length; i++) if (list[i] !== earlier[i]) return list;
  return earlier;
}

/** Facts share these: no fact's lists are ever changed. */
const ALL_PRODUCTS = ['all'];
const NO_TERMS: string[] = [];

function listOf(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  // A list of trimmed phrases, as readers give it, is kept: copying it for every fact of a big base costs time and memory.
  if (Array.isArray(value) && value.every((s) => typeof s === 'string' && s !== '' && s.trim() === s)) return value as string[];
  const items = (Array.isArray(value) ? value : String(value).split(';')).map((s) => String(s).trim());
  // filter() leaves room for 17 items in every list it makes: megabytes over a big base.
  return items.includes('') ? items.filter(Boolean) : items;
}

// What to change, field by field, phrased for the person editing the file.
const FIELD_HINTS: Record<string, string> = {
  id: 'an id of letters, digits, dots and dashes, e.g. id: us-jp-reciprocal-2025-08',
  rate: 'the rate in percent as a number, e.g. rate: 25 (or "25%")',
  imposer: 'a two-letter ISO country code or EU, e.g. imposer: US',
  target: 'a two-letter ISO country code, EU, or "*" for every partner, e.g. target: JP',
  exceptTargets: 'a list of two-letter ISO country codes or EU, e.g. exceptTargets: [CA, MX]',
  products: 'a list of product keys, e.g. products: [steel, aluminum]',
  exceptProducts: 'a list of product keys, e.g. exceptProducts: [autos, steel]',
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

function readWithLibrary(text: string, path: string, format: FactFileFormat | undefined): RawFile {
  if (format === 'csv') return readCsv(text);
  if (format) return readYamlOrJson(text, format);
  throw fileError(`"${path}" is not a fact file: name it *.yaml, *.yml, *.json or *.csv.`);
}

// YAML and JSON share one reader: JSON is YAML, and the YAML parser keeps positions.
function readYamlOrJson(text: string, format: 'yaml' | 'json'): RawFile {
  // Every line, comma or bracket can be a value: refuse before the library builds millions of them.
  let values = 0;
  for (let i = text.indexOf('\n'); i >= 0 && values <= MAX_LIBRARY_VALUES; i = text.indexOf('\n', i + 1)) values++;
  if (values <= MAX_LIBRARY_VALUES) values += (text.match(/[,[{]/g)?.length ?? 0);
  if (values > MAX_LIBRARY_VALUES) {
    throw fileError(`the file is too big to read as a fact file (over ${MAX_LIBRARY_VALUES.toLocaleString('en')} lines and values, ${(text.length / 1048576).toFixed(1)} MB): split it into smaller files.`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  // A key given twice inside one fact refuses that fact only (below); anywhere else it is the file's problem.
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
  const factRanges = (() => {
    const facts = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'facts')?.value : undefined;
    return isSeq(facts) ? facts.items.map((item) => (item as YamlNode | null)?.range).filter((r): r is [number, number, number] => !!r) : [];
  })();
  const inFact = (offset: number) => factRanges.some(([start, end]) => offset >= start && offset < end);
  const fatal = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY' || !inFact(e.pos[0]));
  if (fatal) {
    const what = format === 'json' ? 'JSON' : 'YAML';
    const why = fatal.code === 'DUPLICATE_KEY' ? `${keyAt(text, fatal.pos[0])} is given twice in the same mapping: keep one of them.`
      : /call stack/i.test(fatal.message) ? 'it nests lists or mappings too deep to be read: a fact file needs only a few levels, so remove the deep nesting.'
      : `${fatal.message.split('\n')[0]} Fix the syntax at this line.`;
    throw fileError(`the file is not valid ${what} and none of its facts could be read: ${why}`, lineAt(fatal.pos[0]));
  }
  const root = doc.contents;
  if (!isMap(root)) throw fileError('the file is not a mapping with a `facts:` list: write it as, e.g.\nversion: 1\nfacts:\n  - id: …');
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
    try { top[key] = toJs(pair.value); } catch (e) { top[key] = new UnreadableValue(unreadableBecause(e)); }
  }
  const lineOfTop = (key: string) => pairLine(root.items, key) ?? 1;
  if (factsNode === undefined || factsNode === null) throw fileError('there is no `facts:` list: add `facts:` followed by a list of facts.', lineOfTop('facts'));
  if (!isSeq(factsNode)) throw fileError('`facts:` is not a list: write each fact as a list item starting with "- id: …".', lineOfTop('facts'));
  const entries: RawEntry[] = factsNode.items.map((item) => {
    const line = lineAt((item as YamlNode | null)?.range?.[0]);
    const range = (item as YamlNode | null)?.range;
    const duplicate = range && duplicates.find((offset) => offset >= range[0] && offset < range[1]);
    let value: unknown;
    let unreadable: RawEntry['unreadable'];
    if (duplicate !== undefined && duplicate !== null) unreadable = { line: lineAt(duplicate), message: `gives ${keyAt(text, duplicate)} twice: keep one of them.` };
    try { value = toJs(item); } catch (e) { unreadable ??= { line, message: unreadableBecause(e) }; }
    return {
      value,
      line,
      unreadable,
      lineOfField: (path: string) => lineOfKeyPath(item, path, lineAt, line),
    };
  });
  return { entries, top, lineOfTop };
}

function readCsv(text: string): RawFile {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= MAX_ENTRIES; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > MAX_ENTRIES) throw fileError(`the file has over ${MAX_ENTRIES.toLocaleString('en')} rows, more than a fact file may have: split it into smaller files.`);
  let rows: { record: string[]; info: { bytes: number } }[];
  try {
    rows = parseCsv(text, { info: true, skip_empty_lines: true, relax_column_count: true, trim: true, bom: true, record_delimiter: ['\r\n', '\n', '\r'] });
  } catch (e) {
    const err = e as Error & { lines?: number };
    // csv-parse counts a CRLF inside quotes as two lines: never point past the file's end.
    const line = err.lines === undefined ? undefined : Math.min(err.lines, text.split(/\r\n|\r|\n/).length);
    throw fileError(`the file is not valid CSV and none of its facts could be read: ${err.message} Fix the quoting at this line.`, line);
  }
  // A record's line is where it starts (csv-parse counts where it ends, and counts a CRLF
  // inside quotes twice): found from the bytes read before it.
  const bytes = Buffer.from(text, 'utf8');
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  // 1-based: the number of lines starting at or before the offset.
  const lineAt = (offset: number) => firstIndex(starts, 1, starts.length, (start) => start > offset);
  let byte = 0, char = 0;
  const located = rows.map(({ record, info }) => {
    const end = char + bytes.subarray(byte, info.bytes).toString('utf8').length;
    let at = char;
    while (at < end && /[\s\uFEFF]/.test(text[at])) at++;
    [byte, char] = [info.bytes, end];
    return { record, line: lineAt(at) };
  });
  const [header, ...body] = located;
  const columns = header ? header.record.map((c) => c.trim()) : [];
  const entries: RawEntry[] = body.map(({ record, line }) => {
    const value: Record<string, unknown> = {};
    for (const [i, column] of columns.entries()) {
      const cell = record[i];
      if (cell === '' || cell === undefined) continue;
      const [head, sub] = column.split('.');
      if (sub) value[head] = { ...(value[head] as object), [sub]: cell };
      else if (column === 'rate' && /^\s*\d+(\.\d+)?\s*$/.test(cell)) value.rate = Number(cell);
      else value[column] = cell;
    }
    return { value, line, lineOfField: () => line };
  });
  return { entries, top: {}, lineOfTop: () => 1 };
}

/**
 * A big YAML file in the plain block style: the `facts:` list read line by line (see
 * factsBlock.ts), the rest of the file by the YAML library.
 */
function readPlainYaml(block: PlainFactsBlock): RawFile {
  // The rest has the list cut out: its lines after `facts: []` are further down in the file.
  const fileLine = (line: number) => (line > block.cutAfterLine ? line + block.cutLines : line);
  let rest: RawFile;
  try {
    rest = readYamlOrJson(block.rest, 'yaml');
  } catch (e) {
    // The error is the file's only if the list is plain too: reading it throws NotPlainYaml
    // at an entry that is not, and the YAML library then reads the whole file.
    for (const entry of block.entries) void entry;
    const err = e as Error & { line?: number };
    if (err.line !== undefined) err.line = fileLine(err.line);
    throw err;
  }
  return { entries: block.entries, top: rest.top, lineOfTop: (key) => fileLine(rest.lineOfTop(key)) };
}

/** A JSON file read by JSON.parse (see factsJson.ts). */
function fromJson({ count, entries, top, topLines }: JsonFacts): RawFile {
  if (count > MAX_ENTRIES) throw fileError(`the file has ${count.toLocaleString('en')} facts, more than the ${MAX_ENTRIES.toLocaleString('en')} a fact file may have: split it into smaller files.`);
  return {
    entries: entries.map(({ value, line, duplicate, lineOfField }) => ({
      value,
      line,
      lineOfField,
      unreadable: duplicate && { line: duplicate.line, message: `gives \`${duplicate.key}\` twice: keep one of them.` },
    })),
    top,
    lineOfTop: (key) => topLines.get(key) ?? 1,
  };
}

/** The key written at `offset`, for messages: `rate`. */
function keyAt(text: string, offset: number): string {
  const key = /^["']?([^"':\n]{1,40})/.exec(text.slice(offset, offset + 42))?.[1]?.trim();
  return key ? `\`${key}\`` : 'a key';
}

/** Why a value could not be turned into data, and what to do about it. */
function unreadableBecause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(message)) return `repeats aliases (*name) too often to be read (over ${MAX_ALIAS_COUNT} copies): write the values out instead.`;
  if (/call stack/i.test(message)) return 'nests lists or mappings too deep to be read: remove the deep nesting.';
  return `could not be read (${message.split('\n')[0]}): fix or remove it.`;
}
