// Option parsing shared by the subcommands: `--name value`, `--name=value`, flags, and
// the positional arguments. Mistakes are usage errors (exit 2) that say what to write.
import { FactBase } from '../core';
import { isValidIsoDate } from '../core/dates';
import { readFactFiles } from '../factFiles';

export class UsageError extends Error {}

export interface OptionSpec {
  /** Options that take a value; those listed in `repeatable` may be given more than once. */
  values: string[];
  repeatable?: string[];
  flags: string[];
}

export interface ParsedOptions {
  values: Map<string, string[]>;
  flags: Set<string>;
  positionals: string[];
}

export function parseOptions(argv: string[], spec: OptionSpec): ParsedOptions {
  const parsed: ParsedOptions = { values: new Map(), flags: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (spec.flags.includes(name)) parsed.flags.add(name);
    else if (spec.values.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      const list = parsed.values.get(name) ?? [];
      if (list.length && !spec.repeatable?.includes(name)) throw new UsageError(`${name} is given twice: give it once`);
      parsed.values.set(name, [...list, v]);
    } else if (name.startsWith('-') && name !== '-') throw new UsageError(`unknown option ${name}`);
    else parsed.positionals.push(a);
  }
  return parsed;
}

export function dateOption(options: ParsedOptions, name: string): string | undefined {
  const d = options.values.get(name)?.[0];
  if (d !== undefined && !isValidIsoDate(d)) throw new UsageError(`${name} "${d}" is not a date: write it as YYYY-MM-DD, e.g. ${name} 2025-05-05`);
  return d;
}

export function choiceOption<T extends string>(options: ParsedOptions, name: string, choices: readonly T[], fallback: T): T {
  const v = options.values.get(name)?.[0];
  if (v === undefined) return fallback;
  if (!choices.includes(v as T)) throw new UsageError(`${name} "${v}" is not known: use ${choices.join(', ')}`);
  return v as T;
}

/** --facts FILE... and --no-builtin-facts, read the same way by every subcommand. */
export const FACT_OPTIONS = { values: ['--facts'], repeatable: ['--facts'], flags: ['--no-builtin-facts'] };

/** The fact base the options name; a fact file that cannot be read at all is a usage error. */
export function loadFacts(paths: string[], useBuiltin: boolean): FactBase {
  const files = readFactFiles(paths, { useBuiltin });
  const unreadable = files.find((f) => !f.builtin && f.facts.length === 0 && f.problems.some((p) => p.message.startsWith('cannot read')));
  if (unreadable) throw new UsageError(`${unreadable.path}: ${unreadable.problems[0].message}`);
  return FactBase.build(files);
}
