// `tariff-lens check` (contract §3): checks memos against the facts and prints the
// claims as compiler-style text, JSON or SARIF. Exit 0: no problems; 1: problems;
// 2: bad usage or unreadable input.
import { readFileSync } from 'node:fs';
import { checkDocument, documentKindOf, FactBase, PROBLEM_VERDICTS, type DocumentCheck } from '../core';
import { isValidIsoDate } from '../core/dates';
import { readFactFiles } from '../factFiles';
import { formatJson, formatSarif, formatText, type CheckedFile } from './output';

const USAGE = `usage: tariff-lens check [--facts FILE]... [--no-builtin-facts] [--as-of YYYY-MM-DD]
                         [--format text|json|sarif] FILE...`;

class UsageError extends Error {}

interface CheckArgs {
  facts: string[];
  useBuiltin: boolean;
  asOf?: string;
  format: 'text' | 'json' | 'sarif';
  files: string[];
}

function parseCheckArgs(argv: string[]): CheckArgs {
  const args: CheckArgs = { facts: [], useBuiltin: true, format: 'text', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--facts') args.facts.push(value());
    else if (flag === '--no-builtin-facts') args.useBuiltin = false;
    else if (flag === '--as-of') {
      const d = value();
      if (!isValidIsoDate(d)) throw new UsageError(`--as-of "${d}" is not a date: write it as YYYY-MM-DD, e.g. --as-of 2025-05-05`);
      args.asOf = d;
    } else if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format "${f}" is not known: use text, json or sarif`);
      args.format = f;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new UsageError('no file to check: name one or more memos');
  return args;
}

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return runCheck(parseCheckArgs(rest), out, err);
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
  const factFiles = readFactFiles(args.facts, { useBuiltin: args.useBuiltin });
  const facts = FactBase.build(factFiles);
  const missingFactFile = factFiles.find((f) => !f.builtin && f.facts.length === 0 && f.problems.some((p) => p.message.startsWith('cannot read')));
  if (missingFactFile) {
    err.write(`tariff-lens: ${missingFactFile.path}: ${missingFactFile.problems[0].message}\n`);
    return 2;
  }
  const checked: CheckedFile[] = texts.map(({ path, text }) => ({
    path, text, result: checkDocument(text, facts, { kind: documentKindOf(path), asOf: args.asOf }) as DocumentCheck,
  }));
  const format = args.format === 'json' ? formatJson : args.format === 'sarif' ? formatSarif : formatText;
  out.write(format(checked, facts.problems));
  const problems = checked.some((f) => f.result.claims.some((c) => PROBLEM_VERDICTS.has(c.verdict)));
  return problems ? 1 : 0;
}
