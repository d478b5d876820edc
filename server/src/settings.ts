// The `tariffLens` settings: their defaults, and reading them from whatever the client
// sends (a hand-edited settings.json may hold anything, so each field is checked).
import type { Connection } from 'vscode-languageserver';
import type { Verdict } from './core';

export type SeverityLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface TariffLensSettings {
  enable: boolean;
  /** Extra fact files, relative to the workspace folder (or absolute). */
  factFiles: string[];
  useBuiltinFacts: boolean;
  /** `YYYY-MM-DD`, or empty: the date for documents that give none. */
  asOf: string;
  /** Documents longer than this many characters are checked up to a paragraph boundary before it. */
  maxDocumentSize: number;
  /** A check that runs longer than this many milliseconds is abandoned for that version. */
  checkTimeLimit: number;
  severity: Record<Verdict, SeverityLevel>;
  /** How long the server waits after a change before it checks the document, in milliseconds. */
  debounceMs: number;
}

export const SETTINGS_SECTION = 'tariffLens';

export const DEFAULT_SETTINGS: Readonly<TariffLensSettings> = {
  enable: true,
  factFiles: [],
  useBuiltinFacts: true,
  asOf: '',
  // About a 600-page memo, checked in well under the time limit.
  maxDocumentSize: 2_000_000,
  checkTimeLimit: 2000,
  severity: { contradicted: 'error', outdated: 'warning', announced: 'off', unverifiable: 'off', supported: 'off' },
  // Long enough to skip the keystrokes of a word, short enough to feel live.
  debounceMs: 200,
};

/** A debounce longer than this would feel broken rather than calm. */
const MAX_DEBOUNCE_MS = 5000;

const SEVERITY_LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Settings from a raw `tariffLens` object: unknown or ill-typed fields fall back to their defaults. */
export function settingsFrom(raw: unknown): TariffLensSettings {
  const given = isObject(raw) ? raw : {};
  const givenSeverity = isObject(given.severity) ? given.severity : {};
  const severity = { ...DEFAULT_SETTINGS.severity };
  for (const verdict of Object.keys(severity) as Verdict[]) {
    const level = givenSeverity[verdict];
    if (typeof level === 'string' && SEVERITY_LEVELS.has(level)) severity[verdict] = level as SeverityLevel;
  }
  return {
    enable: typeof given.enable === 'boolean' ? given.enable : DEFAULT_SETTINGS.enable,
    factFiles: Array.isArray(given.factFiles) ? given.factFiles.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    useBuiltinFacts: typeof given.useBuiltinFacts === 'boolean' ? given.useBuiltinFacts : DEFAULT_SETTINGS.useBuiltinFacts,
    asOf: typeof given.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(given.asOf.trim()) ? given.asOf.trim() : '',
    maxDocumentSize: wholeIn(given.maxDocumentSize, 1000, 100_000_000) ?? DEFAULT_SETTINGS.maxDocumentSize,
    checkTimeLimit: wholeIn(given.checkTimeLimit, 1, 600_000) ?? DEFAULT_SETTINGS.checkTimeLimit,
    severity,
    debounceMs: wholeIn(given.debounceMs, 0, MAX_DEBOUNCE_MS) ?? DEFAULT_SETTINGS.debounceMs,
  };
}

/**
 * Reads the settings: pulled with workspace/configuration when the client supports it,
 * otherwise the last pushed ones (initializationOptions.settings or didChangeConfiguration).
 */
export class SettingsSource {
  private pushed: TariffLensSettings;

  constructor(private readonly connection: Connection, private readonly canPull: boolean, initial: unknown) {
    this.pushed = settingsFrom(initial);
  }

  /** Called with didChangeConfiguration's `settings` (the push model of older clients). */
  push(allSettings: unknown): void {
    if (!this.canPull && isObject(allSettings)) this.pushed = settingsFrom(allSettings[SETTINGS_SECTION]);
  }

  async current(): Promise<TariffLensSettings> {
    if (!this.canPull) return this.pushed;
    try {
      return settingsFrom(await this.connection.workspace.getConfiguration(SETTINGS_SECTION));
    } catch (error) {
      this.connection.console.error(`Tariff Lens: could not read settings, using defaults: ${String(error)}`);
      return settingsFrom(undefined);
    }
  }
}

/** A whole number within [min, max], or undefined. */
function wholeIn(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
