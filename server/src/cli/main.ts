// `tariff-lens check` (contract §3): checks memos against the facts and prints the
// claims as compiler-style text, JSON or SARIF. Exit 0: no problems; 1: problems;
// 2: bad usage, unreadable input, or a file the checker failed on.
import '../regexpTiering';
import { readFileSync } from 'node:fs';
import { checkDocument, documentKindOf, PROBLEM_VERDICTS, type DocumentCheck } from '../core';
import { runFacts } from './facts';
import { runImportHts } from './importHts';
import { choiceOption, dateOption, FACT_OPTIONS, loadFacts, parseOptions, UsageError } from './options';
import { formatJson, formatSarif, formatText, type CheckedFile } from './output';

const USAGE = `usage: tariff-lens check [--facts FILE]... [--no-builtin-facts] [--as-of YYYY-MM-DD]
                         [--format text|json|sarif] FILE...
       tariff-lens facts [--facts FILE]... [--no-builtin-facts] [--partner CODE] [--product KEY]
                         [--measure KEY] [--on YYYY-MM-DD] [--format text|json]
       tariff-lens facts show ID          one fact and the history of its scope
       tariff-lens facts report           what the fact base covers, partner by partner
       tariff-lens import-hts EXPORT.json --effective YYYY-MM-DD --edition NAME [--out FILE]`;

interface CheckArgs {
  facts: string[];
  useBuiltin: boolean;
  asOf?: string;
  format: 'text' | 'json' | 'sarif';
  files: string[];
}

function parseCheckArgs(argv: string[]): CheckArgs {
  const o = parseOptions(argv, { values: [...FACT_OPTIONS.values, '--as-of', '--format'], repeatable: FACT_OPTIONS.repeatable, flags: FACT_OPTIONS.flags });
  if (!o.positionals.length) throw new UsageError('no file to check: name one or more memos');
  return {
    facts: o.values.get('--facts') ?? [],
    useBuiltin: !o.flags.has('--no-builtin-facts'),
    asOf: dateOption(o, '--as-of'),
    format: choiceOption(o, '--format', ['text', 'json', 'sarif'] as const, 'text'),
    files: o.positionals,
  };
}

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return runCheck(parseCheckArgs(rest), out, err);
    if (command === 'facts') return runFacts(rest, out, err);
    if (command === 'import-hts') return runImportHts(rest, out, err);
    if (command === '--help' || command === '-h' || command === 'help') { out.write(USAGE + '\n'); return 0; }
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`tariff-lens: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

function runCheck(args: CheckArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const texts: { path: string; text: string }[] = [];
  const unreadable: string[] = [];
  for (const path of args.files) {
    try {
      texts.push({ path, text: readFileSync(path, 'utf8') });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      unreadable.push(`tariff-lens: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
    }
  }
  if (unreadable.length) {
    err.write(unreadable.join('\n') + '\n');
    return 2;
  }
  const facts = loadFacts(args.facts, args.useBuiltin);
  const checked: CheckedFile[] = [];
  // A file the checker fails on is named and left out; the others are still reported, and a script sees exit 2, not "problems found".
  const failed: string[] = [];
  for (const { path, text } of texts) {
    try {
      checked.push({ path, text, result: checkDocument(text, facts, { kind: documentKindOf(path), asOf: args.asOf }) as DocumentCheck });
    } catch (e) {
      failed.push(`tariff-lens: could not check ${path}: ${(e as Error).message}. This is a fault in Tariff Lens: please report it with the file.`);
    }
  }
  const format = args.format === 'json' ? formatJson : args.format === 'sarif' ? formatSarif : formatText;
  out.write(format(checked, facts.problems));
  if (failed.length) {
    err.write(failed.join('\n') + '\n');
    return 2;
  }
  const problems = checked.some((f) => f.result.claims.some((c) => PROBLEM_VERDICTS.has(c.verdict)));
  return problems ? 1 : 0;
}

