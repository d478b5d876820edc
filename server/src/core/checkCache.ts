// What one check of a document can hand to the next, so that an edit costs the
// paragraphs it touched rather than the whole document. A paragraph's claims depend on
// its own text and on a little document-wide context: the as-of date, the subject
// partners, whether the document is about tariffs, and the fact base. The cache keeps
// claims per paragraph (and per table cell) for one context and forgets them all when
// the context changes; it keeps the chunk layouts of the last layout, and what each
// chunk tells of the whole document (ChunkMentions), from which that context is made.
//
// A cache belongs to one document: the language server keeps one per open document.
// Paragraphs are known by their identity in the layout (the layout cache keeps it for
// unchanged text), so an unchanged paragraph costs a lookup, not a re-read or a hash of
// its text; what no layout holds any more is garbage-collected with it. Claims are kept
// at offsets from their chunk's start, where a paragraph of the same chunk text always
// stands: an edit before them moves the chunk, not its claims.
//
// Most edits leave every chunk before and after them as it was. The last complete
// check is kept whole (LastCheck), so those chunks' claims and mentions are taken over
// by position, without a lookup per paragraph: on a long document the lookups alone
// were most of what an edit cost.
import { lendAlike, LayoutCache, type Heading, type LayoutChunk, type LentBySection, type Sections } from './document';
import { detached } from './usedMap';
import type { FactBase } from './factBase';
import type { Claim } from './types';

/** What one chunk's text tells of the whole document: whether it is about tariffs, and which partners it names. */
export interface ChunkMentions {
  /** Whether the chunk's prose has a tariff word. */
  aboutTariffs: boolean;
  /** The partners its paragraphs name (as partners, not imposers), with how often. */
  partners: [string, number][];
  /** Its section headings, in order: the chunks after it stand under them. */
  headings: Heading[];
  /** Numeric dates only one order reads: day first ("14/10/2025"), month first ("10/14/2025"). */
  dayFirstDates: number;
  monthFirstDates: number;
  /** Chat messages' dates that either order reads ("[09/03/2026, 08:47]"), as "day first|month first" ISO dates, with how often. */
  stampDates: [string, number][];
  /** The years its prose writes out, with how often. */
  years: [number, number][];
}

/** The partners a document names and whether it is about tariffs, counted over its chunks. */
export interface MentionTotals {
  /** Chunks with a tariff word. */
  chunksAboutTariffs: number;
  /** Mentions of each partner, in order of first count. A partner no chunk names any more is removed. */
  partners: Map<string, number>;
  /** Numeric dates that only day first, or only month first, reads. */
  dayFirstDates: number;
  monthFirstDates: number;
  /** Chat messages' dates that either order reads, as "day first|month first" ISO dates. A date no chunk writes any more is removed. */
  stampDates: Map<string, number>;
  /** Mentions of each year written out. A year no chunk writes any more is removed. */
  years: Map<number, number>;
}

/** A complete check, as the next one can take it over chunk by chunk. */
export interface LastCheck {
  textLength: number;
  /** The context (see CheckCache.begin) its claims were read in. */
  context: number;
  chunks: LayoutChunk[];
  /** Per chunk, as `chunks`. */
  mentions: ChunkMentions[];
  totals: MentionTotals;
  /** Per chunk, as `chunks`: its claims at offsets from the chunk's start. */
  claims: Claim[][];
  /** Per chunk, as `chunks`: the sections it starts in. */
  sectionsBefore: Sections[];
}

/** A paragraph's or table cell's claims, at offsets from its chunk's start. */
interface ClaimsEntry {
  /** The check context they were read in. */
  context: number;
  /** What the section they were read in lent them. */
  lent: LentBySection;
  claims: Claim[];
}

export class CheckCache {
  /** Chunk layouts of the document (see document.ts). */
  readonly layout = new LayoutCache();
  private facts: FactBase | undefined;
  private context = '';
  /** Counts context changes: an entry read in an older context is not used. */
  private contextId = 0;
  // Paragraphs and table cells are keyed by their objects in their chunk (see LayoutChunk).
  private readonly claims = new WeakMap<object, ClaimsEntry>();
  /** Keyed by a chunk's LayoutChunk.origin. */
  private readonly chunkMentions = new WeakMap<object, ChunkMentions>();
  /** Set when a check completes: a stopped one leaves the one before. */
  last: LastCheck | undefined;

  /**
   * Starts a check whose document-wide context is `context` (a string that changes
   * whenever anything a paragraph's claims depend on beyond its text changes), and
   * returns its number: claims read under the same number may be taken over.
   */
  begin(facts: FactBase, context: string): number {
    if (facts !== this.facts || context !== this.context) this.contextId++;
    this.facts = facts;
    this.context = context;
    return this.contextId;
  }

  /** The claims of a paragraph or table cell (`identity`: its object in its LayoutChunk), if read in this context and a section that lends alike. */
  claimsOf(identity: object, lent: LentBySection): Claim[] | undefined {
    const entry = this.claims.get(identity);
    return entry?.context === this.contextId && lendAlike(entry.lent, lent) ? entry.claims : undefined;
  }

  /**
   * Keeps the claims just read from a paragraph or cell and returns them as kept:
   * copies that hold no substring of this version of the document, which the cache
   * would otherwise keep alive.
   */
  keepClaims(identity: object, lent: LentBySection, claims: Claim[]): Claim[] {
    const kept = claims.map(detached);
    this.claims.set(identity, { context: this.contextId, lent, claims: kept });
    return kept;
  }

  /** What a chunk (`identity`: its LayoutChunk.origin) tells of the whole document. */
  mentions(identity: object): ChunkMentions | undefined {
    return this.chunkMentions.get(identity);
  }

  keepMentions(identity: object, mentions: ChunkMentions): void {
    this.chunkMentions.set(identity, mentions);
  }
}
