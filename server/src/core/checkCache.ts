// What one check of a document can hand to the next, so that an edit costs the
// paragraphs it touched rather than the whole document. A paragraph's claims depend on
// its own text and on a little document-wide context: the as-of date, the subject
// partners, whether the document is about tariffs, and the fact base. The cache keeps
// claims per paragraph (and per table cell) for one context and forgets them all when
// the context changes; it keeps the chunk layouts of the last layout, and the partner
// mentions of each paragraph (with the few characters around it that decide a
// mention's role) from which the subject partners are counted.
//
// A cache belongs to one document: the language server keeps one per open document.
// Paragraphs are known by their identity in the layout (the layout cache keeps it for
// unchanged text), so an unchanged paragraph costs a lookup, not a re-read or a hash of
// its text; what no layout holds any more is garbage-collected with it.
import { LayoutCache } from './document';
import { detached } from './usedMap';
import type { FactBase } from './factBase';
import type { Claim } from './types';

/** A paragraph's claims with offsets from its start, and the last copy made at a document offset. */
interface ClaimsEntry {
  /** The check context they were read in. */
  context: number;
  relative: Claim[];
  offset: number;
  absolute: Claim[];
}

/** The partners a paragraph names, and the characters around it that decided their roles. */
interface MentionsEntry {
  before: string;
  after: string;
  counts: [string, number][];
}

export class CheckCache {
  /** Chunk layouts of the document (see document.ts). */
  readonly layout = new LayoutCache();
  private facts: FactBase | undefined;
  private context = '';
  /** Counts context changes: an entry read in an older context is not used. */
  private contextId = 0;
  // Paragraphs and table cells are keyed by their layout identity (their `origin`).
  private readonly claims = new WeakMap<object, ClaimsEntry>();
  private readonly mentions = new WeakMap<object, MentionsEntry>();

  /**
   * Starts a check whose document-wide context is `context` (a string that changes
   * whenever anything a paragraph's claims depend on beyond its text changes).
   */
  begin(facts: FactBase, context: string): void {
    if (facts !== this.facts || context !== this.context) this.contextId++;
    this.facts = facts;
    this.context = context;
  }

  /** The claims of a paragraph or table cell (`identity`: its `origin`), moved to `offset`. */
  claimsAt(identity: object, offset: number): Claim[] | undefined {
    const entry = this.claims.get(identity);
    if (!entry || entry.context !== this.contextId) return undefined;
    if (entry.offset !== offset) {
      entry.offset = offset;
      entry.absolute = entry.relative.map((c) => ({ ...c, start: c.start + offset, end: c.end + offset }));
    }
    return entry.absolute;
  }

  /** Keeps the claims just read from a paragraph or cell at `offset` (their offsets are the document's). */
  keepClaims(identity: object, offset: number, claims: Claim[]): void {
    const entry: ClaimsEntry = { context: this.contextId, relative: claims.map((c) => detached({ ...c, start: c.start - offset, end: c.end - offset })), offset, absolute: claims };
    this.claims.set(identity, entry);
  }

  /**
   * Partners counted in the paragraph prose[start, end) (`identity`: its Paragraph.origin),
   * unless its `margin` characters before or after (which decide the roles) changed.
   */
  partnerCounts(identity: object, prose: string, start: number, end: number, margin: { before: number; after: number }): [string, number][] | undefined {
    const known = this.mentions.get(identity);
    const from = Math.max(0, start - margin.before);
    if (!known || known.before.length !== start - from || !prose.startsWith(known.before, from) || !prose.startsWith(known.after, end)) return undefined;
    return known.after.length === margin.after || end + known.after.length === prose.length ? known.counts : undefined;
  }

  keepPartnerCounts(identity: object, prose: string, start: number, end: number, margin: { before: number; after: number }, counts: [string, number][]): void {
    this.mentions.set(identity, { before: detached(prose.slice(Math.max(0, start - margin.before), start)), after: detached(prose.slice(end, end + margin.after)), counts });
  }
}
