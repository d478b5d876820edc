// What is under the cursor: the hover card of a claim and the fact behind it
// (tariffLens/factAt). Both read the document's last check; neither re-checks.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { OpenDocument } from './documents';
import { claimAt, partnersWords, productsWords, PROBLEM_VERDICTS, type AsOfSource, type Claim, type Fact, type FactBase } from './core';
import { backingFact, type CheckedDocument } from './diagnostics';
import { factLocation } from './factWatcher';
import type { FactAtResult } from './protocol';

/** Enough of the timeline to see the last few changes without a wall of text. */
const HISTORY_ROWS = 6;

const STATUS_WORDS: Record<Fact['status'], string> = {
  'in-effect': 'in effect',
  paused: 'paused',
  announced: 'announced',
  'struck-down': 'struck down',
};

const AS_OF_SOURCE_WORDS: Record<AsOfSource, string> = {
  'front-matter': 'from its front matter',
  header: 'from its header',
  dateline: 'from its dateline',
  directive: 'from its as-of directive',
  option: 'from the tariffLens.asOf setting',
  today: 'none given, so today',
};

export function claimHover(document: OpenDocument, checked: CheckedDocument, position: Position, factBase: FactBase): Hover | null {
  const claim = claimAt(checked.check, document.offsetAt(position));
  if (!claim) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hoverCard(claim, checked, factBase) },
    range: { start: document.positionAt(claim.start), end: document.positionAt(claim.end) },
  };
}

export function factAt(document: OpenDocument, checked: CheckedDocument, position: Position, factBase: FactBase): FactAtResult | null {
  const claim = claimAt(checked.check, document.offsetAt(position));
  const fact = claim && backingFact(claim, factBase);
  if (!fact) return null;
  return { factId: fact.id, ...factLocation(fact), url: fact.source.url };
}

function hoverCard(claim: Claim, checked: CheckedDocument, factBase: FactBase): string {
  const { judged } = claim;
  const backing = backingFact(claim, factBase);
  // The fact the verdict rests on first, then the others the engine names (e.g. the old rate).
  const others = claim.factIds.map((id) => factBase.byId(id)).filter((fact): fact is Fact => fact !== undefined && fact !== backing);
  const facts = backing ? [backing, ...others] : others;
  const sections = [`**Tariff Lens: ${claim.verdict}** · ${escape(claim.text)}`];

  if (PROBLEM_VERDICTS.has(claim.verdict)) {
    sections.push(`The text claims **${claimedWords(claim)}**; the facts say **${expectedWords(claim).join(' or ')}** on ${judged.date}.`);
  } else if (facts.length === 0) {
    sections.push(`No fact in the base applies to this claim on ${judged.date}.`);
  }
  sections.push(...facts.map(factBlock));

  const { asOf, asOfSource } = checked.check;
  if (judged.because) {
    const when = judged.period ? `for ${judged.period.from} to ${judged.period.to}` : `on ${judged.date}`;
    sections.push(`Judged ${when} because the text says “${escape(judged.because)}”.`);
  } else {
    sections.push(`Judged on ${judged.date}${judged.date === asOf ? `, the document's as-of date (${AS_OF_SOURCE_WORDS[asOfSource]})` : ''}.`);
  }

  const history = factBase.history(claim.scope);
  if (history.length > 0) sections.push(historyBlock(history, backing));

  if (factBase.builtinReviewed && asOf > factBase.builtinReviewed) {
    sections.push(`_The built-in facts were last reviewed on ${factBase.builtinReviewed}; later changes may be missing._`);
  }
  return sections.join('\n\n');
}

function factBlock(fact: Fact): string {
  const title = fact.source.url ? `[${escape(fact.source.title)}](${fact.source.url})` : escape(fact.source.title);
  const lines = [
    `**${percent(fact.rate)}** · ${fact.label ? `${escape(fact.label)} · ` : ''}${escape(scopeWords(fact))}`,
    `${capitalized(STATUS_WORDS[fact.status])} · effective ${fact.effective} · ${fact.expires ? `until ${fact.expires}` : 'no end date'}`,
    `Source: ${title}${fact.source.date ? `, published ${fact.source.date}` : ''}`,
  ];
  if (fact.note) lines.push(`_${escape(fact.note)}_`);
  return lines.join('  \n');
}

function historyBlock(history: Fact[], backing: Fact | undefined): string {
  const shown = history.slice(-HISTORY_ROWS);
  const rows = shown.map((fact) => {
    const rate = fact === backing ? `**${percent(fact.rate)}**` : percent(fact.rate);
    return `- ${fact.effective} → ${fact.expires ?? 'now'}: ${rate} (${STATUS_WORDS[fact.status]})`;
  });
  const earlier = history.length - shown.length;
  return [`History${earlier > 0 ? ` (latest ${shown.length} of ${history.length})` : ''}:`, ...rows].join('\n');
}

function scopeWords(fact: Fact): string {
  return [`${fact.imposer} on ${partnersWords(fact)}`, productsWords(fact), fact.measure].filter(Boolean).join(' · ');
}

/** What the claim says, in its kind's terms: a rate, a date, or a number of days. */
function claimedWords(claim: Claim): string {
  if (claim.kind === 'rate' && claim.value !== undefined) return percent(claim.value);
  return escape(claim.text);
}

function expectedWords(claim: Claim): string[] {
  if (claim.kind === 'rate') return claim.expected.map(percent);
  if (claim.kind === 'duration' && claim.value !== undefined) return claim.expected.map((days) => `${days} days`);
  return claim.expectedDates ?? [];
}

function percent(rate: number): string {
  return `${rate}%`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Keeps titles and quotes from the text from being read as Markdown. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}
