// Checks a whole document: lays it out, reads the claims sentence by sentence with
// the context contract §2 asks for, and judges each at the time it speaks about.
import type { CheckCache, ChunkMentions, LastCheck, MentionTotals } from './checkCache';
import { addsToPrevious, ADDED_ONTO_NEXT, ANSWER_LEAD, asksTrueOrFalse, disputesWhatWasSaid, LETTERED_OPTION, NEXT_ITEM_DATED_BETWEEN, endedAsTheOneBefore, QUESTION_END, introducesFormerRates, introducesProposedRates, introducesReportedRates, listOfEnded, lastMatch, putsPreviousInDoubt, saysItEnded, TURN_IN_TIME, claimsInSentence, recordsWhatWasUsed, EarlierSentences, inFormerRatesColumn, tellsOfAnEnd, headsLevels, headsPartnerLevels, headsOtherQuantity, headerOfGoodsSetApart, withoutEveryPartner, PRESENT_WORDS, QuotationAcrossSentences, matchesIn, namesScenarios, namesTariff, partnersIn, PhraseMatcher, type ReadClaim, type ReadingContext, type SentenceMatches } from './claims';
import { todayIso } from './dates';
import { ambiguousStampDates, chatStampEnd, chunkHolding, layingOut, lentBySection, sameSections, sectionHeadOf, sectionsAfter, type DocumentLayout, type LentBySection, type LayoutChunk, type Paragraph, type Sections, type Span } from './document';
import { DocumentText } from './documentText';
import { firstIndex } from './search';
import type { FactBase } from './factBase';
import { formatFigure } from './figures';
import { claimPeriod, MONTH_NAME_FORMS, periodYearsLater, ParagraphDates, PRESENT_CUES, speaksOfThePast, START_WORDS_BEFORE, tellsOfThePastInPart, timeExpressionsIn, underADatedEvent, yearLentBySection, type TimeExpression } from './temporal';
import { A_PERCENTAGE, judgeTimeClaim, mayDateATimeClaim, timeClaimsInSentence, type ReadTimeClaim } from './timeClaims';
import type { AsOfSource, ChunkClaims, CheckOptions, Claim, DocumentCheck, DocumentKind, IsoDate, JudgedTime } from './types';
import { NOT_THE_PRODUCT_PHRASES } from './vocabulary';
import { PROBLEM_VERDICTS, UNNAMED_PARTNER } from './types';
import { judge } from './verdicts';

/** `memo.md` or the `markdown` language id → how to read the document. */
export function documentKindOf(pathOrLanguageId: string): DocumentKind {
  const s = pathOrLanguageId.toLowerCase();
  if (s === 'markdown' || /\.(md|markdown|mdx)$/.test(s)) return 'markdown';
  if (s === 'trade-memo' || s.endsWith('.memo')) return 'memo';
  return 'plaintext';
}

const matchersByFacts = new WeakMap<FactBase, { products: PhraseMatcher; measures: PhraseMatcher; soleTargetOfMeasure: ReadonlyMap<string, string> }>();

function matchersFor(facts: FactBase) {
  let m = matchersByFacts.get(facts);
  if (!m) {
    const terms = new Set(facts.facts.flatMap((f) => f.terms));
    m = { products: new PhraseMatcher(facts.products, NOT_THE_PRODUCT_PHRASES), measures: new PhraseMatcher(facts.measures, terms), soleTargetOfMeasure: soleTargetsOfMeasures(facts) };
    matchersByFacts.set(facts, m);
  }
  return m;
}

/** The measures of the US's facts that name one partner only, and never every partner: "russian-oil" → "IN". */
function soleTargetsOfMeasures(facts: FactBase): ReadonlyMap<string, string> {
  const targets = new Map<string, Set<string>>();
  for (const f of facts.facts) {
    if (f.imposer !== 'US' || f.measure === undefined) continue;
    let of = targets.get(f.measure);
    if (!of) targets.set(f.measure, (of = new Set()));
    of.add(f.target);
  }
  return new Map([...targets].filter(([, of]) => of.size === 1 && !of.has('*')).map(([measure, of]) => [measure, [...of][0]]));
}

const TARIFF_WORDS = /\b(?:tariffs?|duty|duties|levy|levies|surcharges?|customs|reciprocal)\b/i;

/** Thrown by checkDocument when `shouldStop` asks it to stop: the check has no result. */
export class CheckStopped extends Error {
  constructor() {
    super('the check was stopped before it finished');
    this.name = 'CheckStopped';
  }
}

/**
 * Checks a document. With a `cache` (one per document, kept between its checks) only
 * the paragraphs and chunks whose text changed since the last check are read again.
 */
export function checkDocument(text: string | DocumentText, facts: FactBase, options: CheckOptions, cache?: CheckCache): DocumentCheck {
  const run = new DocumentCheckRun(text, facts, options, cache);
  while (!run.done) run.step();
  return run.result()!;
}

/**
 * A check made a step at a time, so that the language server can answer requests and
 * take edits between the steps of a long document, and show what the first chunks say
 * before the last are read. The steps lay the document out chunk by chunk, then read
 * what each chunk tells of the whole (ChunkMentions), then each chunk's claims.
 */
export class DocumentCheckRun {
  private readonly laying: Generator<void, DocumentLayout>;
  private layout: DocumentLayout | undefined;
  private readonly last: LastCheck | undefined;
  /** Chunks an edit left alone, at either end: they keep what the last check found in them. */
  private kept = { before: 0, after: 0 };
  private readonly mentions: ChunkMentions[] = [];
  /** Once every chunk's mentions are read: what reading claims needs beyond a chunk. */
  private reading: DocumentReading | undefined;
  private readonly claimsByChunk: Claim[][] = [];

  private readonly text: DocumentText;

  /** `text`: a string, or the pieces an editor's edits left (see DocumentText), of which an edit's check reads only what changed. */
  constructor(text: string | DocumentText, private readonly facts: FactBase, private readonly options: CheckOptions, private readonly cache?: CheckCache) {
    this.text = typeof text === 'string' ? DocumentText.of(text) : text;
    this.laying = layingOut(this.text, options.kind, cache?.layout);
    this.last = cache?.last;
  }

  /** Whether every chunk's claims have been read. */
  get done(): boolean {
    return this.reading !== undefined && this.claimsByChunk.length === this.layout!.chunks.length;
  }

  /** Lays out the next chunk, or reads the next chunk's mentions, or its claims; after the last, the cache keeps the whole check for the next. */
  step(): void {
    if (!this.layout) {
      const laid = this.laying.next();
      if (laid.done) {
        this.layout = laid.value;
        if (this.last) this.kept = keptEnds(this.last, laid.value.chunks, this.text.length);
      }
      return;
    }
    const { chunks } = this.layout;
    const last = this.last;
    // A chunk is read in a step of its own; the chunks an edit left alone lend theirs, a run of them in one step.
    if (!this.reading) {
      const i = this.mentions.length;
      if (i === chunks.length) this.reading = this.documentReading(this.layout);
      else if (this.fromLast(i) < 0) this.mentions.push(mentionsIn(chunks[i], this.text, this.cache));
      else for (let k = i, j = this.fromLast(k); j >= 0; j = this.fromLast(++k)) this.mentions.push(last!.mentions[j]);
      return;
    }
    const { read, takeOver, totals, context, sectionsBefore } = this.reading;
    const i = this.claimsByChunk.length;
    if (i === chunks.length) return;
    // A chunk left alone is read again when an edit put it under other headings.
    const lent = (k: number) => {
      const j = takeOver ? this.fromLast(k) : -1;
      return j >= 0 && sameSections(last!.sectionsBefore[j], sectionsBefore[k]) ? j : -1;
    };
    if (lent(i) < 0) this.claimsByChunk.push(claimsInChunk(chunks[i], read, sectionsBefore[i]));
    else for (let k = i, j = lent(k); j >= 0; j = lent(++k)) this.claimsByChunk.push(last!.claims[j]); // at offsets from their chunk's start: moved with it
    if (this.done && this.cache && context !== undefined) {
      this.cache.last = { textLength: this.text.length, context, chunks, mentions: this.mentions, totals, claims: this.claimsByChunk, sectionsBefore };
    }
  }

  /**
   * The claims of the chunks read so far (the whole document's once done); undefined
   * until the layout and every chunk's mentions are read, which the as-of date and the
   * context of every claim depend on.
   */
  result(): DocumentCheck | undefined {
    if (!this.reading) return undefined;
    const { chunks, disabled, directiveProblems } = this.layout!;
    const claimsByChunk: ChunkClaims[] = this.claimsByChunk.map((claims, i) => ({ start: chunks[i].start, claims }));
    // Disable directives hide claims whatever their paragraphs say, so they apply last.
    const shown = disabled.length ? claimsByChunk.map((chunk) => withoutDisabled(chunk, disabled)) : claimsByChunk;
    let claims: Claim[] | undefined;
    return {
      asOf: this.reading.read.asOf,
      asOfSource: this.reading.asOfSource,
      get claims() {
        return (claims ??= atDocumentOffsets(shown));
      },
      claimsByChunk: shown,
      directiveProblems,
    };
  }

  /** The as-of date and the document-wide context, from the layout and the mentions of every chunk. */
  private documentReading(layout: DocumentLayout): DocumentReading {
    const { options, cache, last } = this;
    const asOf = layout.declaredAsOf?.date ?? options.asOf ?? options.today ?? todayIso();
    const asOfSource = layout.declaredAsOf?.source ?? (options.asOf ? 'option' : 'today');
    const matchers = matchersFor(this.facts);
    const totals = last ? totalsAfterEdit(last, this.mentions, this.kept) : totalsOf(this.mentions);
    const base: DocumentContext = {
      products: matchers.products,
      measures: matchers.measures,
      documentAboutTariffs: totals.chunksAboutTariffs > 0,
      subjectPartners: subjectPartnersOf(layout, totals),
      soleTargetOfMeasure: matchers.soleTargetOfMeasure,
    };
    // Chat messages' stamps, written before the chat was exported, may tell: "[09/03/2026, 08:47]" in a chat exported on 9 March cannot be
    // 3 September, nor "[3/9/26, 8:06 AM]" in one exported on 11 March 3 September. Else "7/8/2025" is 7 August in a text that elsewhere
    // writes "14/10/2025", and no date only month first reads.
    const dayFirst = stampsReadDayFirst(totals.stampDates, asOf) ?? (totals.dayFirstDates > 0 && totals.monthFirstDates === 0);
    // The years before the as-of year that the text writes: a date whose year was guessed may be in one of them (see judgedClaim).
    const asOfYear = +asOf.slice(0, 4);
    const yearsLookedBackTo = [asOfYear - 1, asOfYear - 2].filter((year) => totals.years.has(year));
    // Beyond its own text, a paragraph's claims depend on this context only.
    const context = cache?.begin(this.facts, JSON.stringify([asOf, base.documentAboutTariffs, base.subjectPartners, dayFirst, yearsLookedBackTo]));
    return {
      asOfSource, totals, context, sectionsBefore: sectionsBeforeEach(this.mentions, last, this.kept),
      takeOver: last !== undefined && last.context === context,
      read: { text: this.text, base, asOf, dayFirst, yearsLookedBackTo, facts: this.facts, options, cache },
    };
  }

  /** The index in the last check of the chunk at `i`, if it is one an edit left alone, else -1. */
  private fromLast(i: number): number {
    const { before, after } = this.kept;
    const count = this.layout!.chunks.length;
    if (i >= count) return -1;
    return i < before ? i : i >= count - after ? i - count + this.last!.chunks.length : -1;
  }
}

/** What a run knows once the layout and every chunk's mentions are read. */
interface DocumentReading {
  asOfSource: AsOfSource;
  totals: MentionTotals;
  /** The cache's number for the context (see CheckCache.begin). */
  context: number | undefined;
  /** Whether the last check's claims can be taken over, chunk by chunk. */
  takeOver: boolean;
  /** Per chunk: the sections it starts in. */
  sectionsBefore: Sections[];
  read: ChunkReading;
}

/** What reading a chunk's claims needs beyond the chunk. */
interface ChunkReading {
  text: DocumentText;
  base: DocumentContext;
  asOf: IsoDate;
  /** Whether numeric dates are written day first (see documentReading). */
  dayFirst: boolean;
  /** The years before the as-of year the text writes out (see documentReading). */
  yearsLookedBackTo: number[];
  facts: FactBase;
  options: CheckOptions;
  cache?: CheckCache;
}

/** The claims of a chunk's paragraphs and table cells, at offsets from the chunk's start; the cache lends those of unchanged paragraphs. */
function claimsInChunk(chunk: LayoutChunk, { text, base, asOf, dayFirst, yearsLookedBackTo, facts, options, cache }: ChunkReading, sectionsBefore: Sections): Claim[] {
  const claims: Claim[] = [];
  // A date whose year only the as-of date chose, in a text that writes out the year before it, may be in that year.
  const mayBeYearBefore = (yearGuessed: boolean | undefined, from: IsoDate | undefined) => yearGuessed === true && from !== undefined && yearsLookedBackTo.includes(+from.slice(0, 4) - 1);
  /** `narrated`: in running prose, whose tense tells of the past; a table's headers do not ("| Rate applied |"). */
  const add = (claimsRead: ReadClaim[], offset: number, times: SentenceTimes, narrated = true) => {
    const timed = claimsRead.map((r) => times.for(r));
    // "The 10% baseline and the 50% on India ended in February": a subject of the next figure's verb is told at its time.
    for (let i = claimsRead.length - 2; i >= 0; i--) {
      if (claimsRead[i].subjectWithNext && !timed[i].time && timed[i + 1].time) timed[i] = { time: timed[i + 1].time, pastTense: timed[i].pastTense || timed[i + 1].pastTense };
    }
    claimsRead.forEach((r, i) => claims.push(judgedClaim(r, offset, timed[i], asOf, facts, narrated, mayBeYearBefore(timed[i].time?.yearGuessed, timed[i].time?.from))));
  };
  const addTimeClaim = (read: ReadTimeClaim, offset: number) => {
    const j = judgeTimeClaim(facts, read, asOf, mayBeYearBefore(read.yearGuessed, read.period?.from));
    if (!j) return;
    claims.push({
      kind: read.kind, start: offset + read.start, end: offset + read.end, text: read.text,
      ...(read.days !== undefined ? { value: read.days } : {}), ...(read.period ? { claimedPeriod: read.period } : {}),
      verdict: j.verdict, expected: j.expected, expectedDates: j.expectedDates, factIds: j.factIds, message: j.message,
      scope: j.scope, judged: { date: asOf }, fixes: j.fixes, // its own date is what it claims, not when it is judged
    });
  };
  const takeKnown = (known: Claim[]) => {
    for (const claim of known) claims.push(claim);
  };

  let sections = sectionsBefore;
  // "The following IEEPA duties have ended:" makes the rates of the list under it former ones.
  let formerRatesIntroduced = false;
  // What a list item stands under: the paragraph of prose before its list (indent -1), then the items it is nested in.
  let parents: { indent: number; sentence: string; reportsRates: boolean; proposesRates: boolean }[] = [];
  // "**BONUS: True or false?**" makes each item of the list under it a statement put in question.
  let questionsIntroduced = false;
  // "Which describes the duty? - A) … - B) Reciprocal duty only, at 34%": a question's lettered options assert none of their figures.
  let optionsAsked = false;
  // A timeline's items are told in sequence: one that opens with a year lends it to the items after it ("- May 2025: …", "- November: …").
  let listYear: number | undefined;
  // "The cases come from China, and pay:" names the partner of the list items under it that name none.
  let leadIn: string | undefined;
  // "Can we talk about Switzerland? …" over "Yes. The fifteen percent includes the MFN duty.": the question an answer takes its partner from.
  let asked: string | undefined;
  for (const paragraph of chunk.paragraphs) {
    const head = sectionHeadOf(paragraph);
    if (head) sections = sectionsAfter(sections, head);
    // An item's own opening year dates it too: "- **Early 2025:** … from February 4".
    listYear = paragraph.listItem ? yearOpening(chunk.prose.slice(paragraph.start, paragraph.start + 40)) ?? listYear : undefined;
    const section = lentBySection(sections);
    const lent = listYear === undefined ? section : { ...section, year: listYear };
    const year = lent.year;
    const underFormerRates = formerRatesIntroduced && paragraph.listItem === true;
    const lastSentence = lastSentenceOf(chunk.prose, paragraph);
    const indent = paragraph.listItem ? paragraph.start - chunk.prose.lastIndexOf('\n', paragraph.start - 1) - 1 : -1;
    if (!paragraph.listItem) parents = [];
    while (parents.length && parents[parents.length - 1].indent >= indent) parents.pop();
    // "Our landed-cost model still shows:" makes the figures of the list under it the model's, nested or not.
    const underReportedRates = parents.some((p) => p.reportsRates);
    // "So here's my plan:" makes them rates someone wants.
    const underProposedRates = parents.some((p) => p.proposesRates);
    // "- IEEPA duties are no longer collected" over "  - this covers the 10% baseline …": an item nested under one that tells of an end tells of ended rates.
    const parentItem = parents.length && parents[parents.length - 1].indent >= 0 ? parents[parents.length - 1].sentence : undefined;
    const underEndedItem = parentItem !== undefined && listOfEnded(parentItem);
    parents.push({ indent, sentence: lastSentence, reportsRates: introducesReportedRates(lastSentence), proposesRates: introducesProposedRates(lastSentence) });
    const putInQuestion = paragraph.listItem === true && (questionsIntroduced || (optionsAsked && LETTERED_OPTION.test(chunk.prose.slice(paragraph.start, paragraph.start + 8))));
    // "## Former IEEPA rates (refund work)": the rates under it no longer apply, unless a sentence says "still" or "now".
    const formerSection = lent.former;
    const answered = paragraph.listItem ? undefined : asked;
    if (!paragraph.listItem) {
      asked = paragraph.heading || !(QUESTION_END.test(lastSentence) || LEFT_FOR_AN_ANSWER.test(lastSentence)) ? undefined : chunk.prose.slice(paragraph.start, paragraph.end);
      formerRatesIntroduced = introducesFormerRates(lastSentence);
      // So does a heading that asks it: "## Part B: True or false? Correct the false ones."
      const asking = paragraph.heading ? paragraph.sentences : paragraph.sentences.slice(-1);
      questionsIntroduced = asking.some((s) => asksTrueOrFalse(chunk.prose.slice(s.start, s.end)));
      optionsAsked = QUESTION_END.test(lastSentence);
      leadIn = leadInOf(paragraph, lastSentence);
    }
    const known = cache?.claimsOf(paragraph, lent); // the list's intro is in the paragraph's chunk: the same paragraph, the same intro
    if (known) {
      takeKnown(known);
      continue;
    }
    const first = claims.length;
    const earlier = new EarlierSentences(base);
    // A nested item's lead is the item it is nested in ("- **Section 232 duties are unaffected**" over "  - steel and aluminum: 50%").
    const lead = parentItem ?? leadIn;
    if (paragraph.listItem && lead) earlier.add(lead);
    if (answered) earlier.add(answered);
    const dates = new ParagraphDates(daysCountedFrom(lent, asOf), year, dayFirst);
    const quotation = new QuotationAcrossSentences(chunk.prose.slice(paragraph.start, paragraph.end));
    // "- **February 24, 2026**: CBP stops collecting … A 10% surcharge replaces them": an entry
    // that opens with its date is told at that date, in the present as in the past.
    // So is a quoted source's card ("Bown, PIIE, 4/15/2025. Chinese imports now face 145%"), whose "now" is its own date's.
    const citedSource = CITATION_LEAD.test(chunk.prose.slice(paragraph.start, paragraph.start + 200));
    const entryOfADate = citedSource || DATE_LEAD.test(chunk.prose.slice(paragraph.start, paragraph.start + 40));
    const footnote = FOOTNOTE_DEFINITION.test(chunk.prose.slice(paragraph.start, paragraph.start + 28));
    paragraph.sentences.forEach((s, k) => {
      if (options.shouldStop?.()) throw new CheckStopped();
      const sentence = lineBreaksFirst(chunk.prose.slice(s.start, s.end));
      const next = paragraph.sentences[k + 1];
      const nextText = next === undefined ? undefined : chunk.prose.slice(next.start, next.end);
      const stampEnd = chatStampEnd(sentence);
      if (k > 0 && stampEnd) dates.newMessage();
      const before = paragraph.sentences[k - 1];
      const former = underFormerRates || ((formerSection || underEndedItem) && !PRESENT_WORDS.test(sentence)) || (before !== undefined && endedAsTheOneBefore(sentence, chunk.prose.slice(before.start, before.end)));
      const ctx = readingContext(base, earlier, {
        quoted: paragraph.quoted || underReportedRates || quotation.opensInside(sentence),
        quotationRunsOn: quotation.endsInside,
        questioned: putInQuestion || (nextText !== undefined && (putsPreviousInDoubt(nextText) || disputesWhatWasSaid(nextText, sentence) || (saysItEnded(nextText) && !speaksOfThePast(sentence)))),
        former,
        footnote,
        scenario: underProposedRates,
        sectionPartners: lent.partners,
      });
      let named: SentenceMatches | undefined;
      const { claims: read, figureSpans, firstFigureStart } = claimsInSentence(sentence, ctx, () => (named ??= matchesIn(sentence, ctx)));
      const aboutTariffs = named ? named.mentionsTariff : namesTariff(sentence);
      if (read.length || aboutTariffs) {
        const timesWanted = mayDateATimeClaim(sentence, read);
        if (!timesWanted) dates.readLater(sentence);
        // A message's stamp (with its time of day: a bare date opening a log's line is its entry's) is when it was written:
        // told in the past, even in part ("we were paying 20% and now it's 10%"), the message speaks of a time before that day.
        const writtenAt = stampEnd && TIME_OF_DAY.test(sentence.slice(0, stampEnd)) && tellsOfThePastInPart(sentence);
        const times = timesWanted ? dates.read(writtenAt ? ' '.repeat(stampEnd) + sentence.slice(stampEnd) : sentence) : [];
        // "Q4. What rate did Switzerland face from 7 August? A: 39%.": an answer is told at its question's date.
        const question = read.length > 0 && !times.length && k > 0 && ANSWER_LEAD.test(sentence) && !PRESENT_WORDS.test(sentence) ? chunk.prose.slice(paragraph.sentences[k - 1].start, paragraph.sentences[k - 1].end) : undefined;
        const asked = question !== undefined && QUESTION_END.test(question) ? dates.read(question) : [];
        // A claim told in the past, in a sentence with no date of its own, continues the paragraph's latest.
        // Not one that moves on from it or names its own time ("During the pause that followed, …"): that one is told in the past, undated.
        const latest = asked.length ? asked[asked.length - 1] : read.length > 0 && !times.length && !NOT_ON_THE_LATEST_DATE.test(sentence) && (speaksOfThePast(sentence) || (entryOfADate && k > 0 && (citedSource || !PRESENT_WORDS.test(sentence)))) ? dates.timeToContinue() : undefined;
        const continued = latest ? [{ ...latest, start: CONTINUED, end: CONTINUED }] : [];
        const timing = new SentenceTimes(sentence, figureSpans, firstFigureStart, times.length ? times : continued, read.length ? read[read.length - 1].figure.end : Infinity, question !== undefined && asked.length > 0 && speaksOfThePast(question));
        add(read, s.start, timing);
        for (const t of timeClaimsInSentence(sentence, times, read, ctx, aboutTariffs)) addTimeClaim(t, s.start);
      } else if (entryOfADate && k === 0) {
        dates.readLater(sentence); // the date the entry opens with: "- August 7: new rates. EU 15%, …"
      } else {
        dates.readLaterForItsYear(sentence);
      }
      earlier.add(sentence, named);
    });
    if (cache) takeKnown(cache.keepClaims(paragraph, lent, claims.splice(first)));
  }

  // The paragraph just before a cell's table, and what of it leads in to the table (read when the table starts).
  let before = -1;
  let tableLeadIn: string | undefined;
  for (const cell of chunk.tableCells) {
    const lastBefore = before;
    while (before + 1 < chunk.paragraphs.length && chunk.paragraphs[before + 1].end <= cell.start) before++;
    if (before !== lastBefore) tableLeadIn = tableLeadInOf(chunk, chunk.paragraphs[before], cell.start);
    const lent = lentBySection(sectionsAt(chunk, cell.start, sectionsBefore));
    const { year, former: formerSection } = lent;
    const known = cache?.claimsOf(cell, lent);
    if (known) {
      takeKnown(known);
      continue;
    }
    if (options.shouldStop?.()) throw new CheckStopped();
    // "| Freight % | Duty |": a column of another cost holds no claims, though its row names a tariff.
    if (headsOtherQuantity(asLabelWords(cell.columnHeader), cell.headers)) {
      if (cache) cache.keepClaims(cell, lent, []);
      continue;
    }
    // The row and column headers give a cell its scope; they are read as words before it, and
    // the row's labels after it ("9 April 2025 only") as words after it. Punctuation in them
    // ("Rate (Aug 7)") must not cut the cell off from them. A total of the row's figures is
    // read after the duties it adds, as prose names them: "MFN, reciprocal and fentanyl duties total 33.4%".
    const cellText = text.sliceWithLineFeeds(chunk.start + cell.start, chunk.start + cell.end);
    // The row's labels and the column's header stand apart, as a row's labels do: "| Brazil |" under "Emergency-law tariff" names no "Brazil emergency" duty.
    // The first column's header may name the partner of every row: "| Product (Brazilian origin) | US tariff now |".
    const stubPartner = cell.stubHeader && partnersIn(cell.stubHeader).some((m) => m.role === 'partner') ? `${cell.stubHeader} / ` : '';
    // Goods a label column's header names are the row's when its labels name none: "| Germany | ATE and Textar pads |" under "Auto parts we buy there".
    const headedGoods = base.products.find(cell.rowHeader).length ? [] : base.products.find(cell.labelHeaders);
    const goodsOfColumns = headedGoods.map((m) => `${cell.labelHeaders.slice(m.start, m.end)} / `).join('');
    const labels = asLabelWords(`${stubPartner}${goodsOfColumns}${cell.rowHeader}${cell.rowHeader ? ' / ' : ''}${cell.partsAddedUp ? `${cell.partsAddedUp} in total: ` : ''}${yearAsPeriod(headerOfGoodsSetApart(cell.columnHeader, cell.headers, base))} `);
    // "| Steel (most countries) | 50% | UK at 25% |": a partner the cell names outranks every partner its row's labels name.
    const prefix = partnersIn(cellText).some((m) => m.role === 'partner') ? withoutEveryPartner(labels) : labels;
    const formerColumn = inFormerRatesColumn(cell.columnHeader, cell.headers);
    // "| China | 20% | 10% | fentanyl lines removed |": beside a column of old rates, a note of what ended is about the old rate, not the new one.
    const endAboutOldRate = !formerColumn && tellsOfAnEnd(`${cell.rowTrailer} ${cell.rowNotes}`) && cell.headers.some((h) => inFormerRatesColumn(h, cell.headers));
    // "| China | 30% | 10 reciprocal + 20 fentanyl |": parts written as a sum make the cell's figure their total, not one of them.
    // "| 20% until Feb 24 | Section 122 surcharge |" under "Duty history" and "Duty now": a cell that ends its own rate is not about the columns of now after it.
    const endsBeforeNow = UNTIL_IN_CELL.test(cellText) && cell.headers.slice(cell.headers.indexOf(cell.columnHeader) + 1).some((h) => NOW_HEADER.test(h));
    const [trailer, notes] = endAboutOldRate || endsBeforeNow ? ['', ''] : [asLabelWords(cell.rowTrailer), asLabelWords(cell.rowNotes)].map((words) => (SUM_OF_PARTS.test(words) ? 'in total' : words));
    let sentence = `${prefix}${cellText} ${trailer}${trailer && notes ? ' / ' : ''}${notes}`;
    const first = claims.length;
    const earlier = new EarlierSentences(base);
    if (tableLeadIn) earlier.add(tableLeadIn);
    const ctx = readingContext(base, earlier, {
      quoted: recordsWhatWasUsed(cell.columnHeader, cell.headers, () => restOfLine(text, chunk.start + cell.end)),
      // "| Hypothetical duty on Swiss lines | Cost |", or a scenario named in the first column's header.
      scenario: namesScenarios(cell.stubHeader) || namesScenarios(cell.columnHeader),
      former: formerSection || formerColumn,
      cellOfLevels: headsLevels(cell.columnHeader, base),
      cellOfPartnerLevels: headsPartnerLevels(cell.columnHeader),
      notesFrom: notes ? sentence.length - notes.length : undefined,
      sectionPartners: lent.partners,
    });
    const allTimes = timeExpressionsIn(sentence, daysCountedFrom(lent, asOf), undefined, () => yearLentBySection(year, asOf), dayFirst, year);
    // A date in the cell or the row after it ("Cut to 10% Nov. 10, 2025", "| 9 April 2025 only |") is its figure's, not the row's
    // "Effective" date before it; a time in its column's header ("Rate in April") outranks the row's, though, unless the cell tells its own.
    const ownTimes = allTimes.filter((t) => t.start >= prefix.length);
    const headerStart = prefix.length - 1 - cell.columnHeader.length;
    const inCell = (t: TimeExpression) => t.end <= prefix.length + cellText.length;
    const columnTimes = ownTimes.some(inCell) ? [] : allTimes.filter((t) => t.start >= headerStart && t.end < prefix.length);
    const times = columnTimes.length ? columnTimes : ownTimes.length ? ownTimes : allTimes;
    // So is "10% (in April)" under "Duty now": the header's "now" is blanked, as the cell tells its own time.
    if (ownTimes.length) sentence = prefix.replace(PRESENT_WORDS_ALL, (w) => ' '.repeat(w.length)) + sentence.slice(prefix.length);
    const { claims: read, figureSpans, firstFigureStart } = claimsInSentence(sentence, ctx);
    const timing = new SentenceTimes(sentence, figureSpans, firstFigureStart, times);
    // A cell is told as now, unless its own words tell of the past ("| 30% | was 145% |"), or the row's words after it,
    // when they name what it is and give no figure of their own: "| **20%** | the combined rate Chinese goods paid until the ruling |"
    // (not "| 50% | deal signed |", which tells of something else).
    const toldInThePast = speaksOfThePast(cellText) || (NAMES_THE_FIGURE.test(trailer) && !A_PERCENTAGE.test(trailer) && speaksOfThePast(trailer));
    add(read.filter((r) => r.figure.start >= prefix.length), cell.start - prefix.length, timing, toldInThePast);
    if (cache) takeKnown(cache.keepClaims(cell, lent, claims.splice(first)));
  }
  return claims.sort(byStart);
}

const byStart = (a: Claim, b: Claim) => a.start - b.start;
const TIME_OF_DAY = /\d:\d\d/;

/**
 * The sentence with each line's trailing spaces and CR moved after its line feed ("25% \r\nfor" reads as "25%\n  for"):
 * the same length, so every offset holds, and a sentence reads alike whatever its line ends and trailing blanks.
 */
function lineBreaksFirst(sentence: string): string {
  return TRAILING_BLANKS.test(sentence) ? sentence.replace(TRAILING_BLANKS_ALL, (blanks) => '\n' + ' '.repeat(blanks.length - 1)) : sentence;
}
const TRAILING_BLANKS = /[ \t\r]\n/;
const TRAILING_BLANKS_ALL = /[ \t\r]+\n/g;
/** Words that add up parts: "10 reciprocal + 20 fentanyl", "10% reciprocal plus 20% fentanyl", "IEEPA, EO 14326 + Brazil order". */
const SUM_OF_PARTS = /^\W*\d+(?:[.,]\d+)?\s?%?\s+[\w-]+(?:\s+[\w-]+)?\s*(?:\+|\bplus\b)\s*\d|^\W*\w[^+]{0,60}?\s\+\s+\w/i;
/** Row words after a figure that name what it is: "the combined rate …", "what British steel pays". */
const NAMES_THE_FIGURE = /^\W*(?:the|what|which)\s/i;

/** The last sentence of a paragraph ("" for none). */
function lastSentenceOf(prose: string, paragraph: Paragraph): string {
  const last = paragraph.sentences[paragraph.sentences.length - 1];
  return last ? prose.slice(last.start, last.end) : '';
}

/**
 * A paragraph's last sentence, `sentence`, when the paragraph is prose that leads in to what follows with a colon ("The cases come from China, and pay:"),
 * or a heading that names a tariff ("## Sectoral tariffs (Section 232)"), which a layout keeps with the block under it.
 */
function leadInOf(paragraph: Paragraph, sentence: string): string | undefined {
  if (paragraph.listItem) return undefined;
  return (paragraph.heading ? namesTariff(sentence) : LEADS_IN.test(sentence) || (paragraph.sentences.length === 1 && BOLD_LABEL.test(sentence))) ? sentence : undefined;
}
const LEADS_IN = /:\s*$/;
/** "**B2.** Japanese cars.": a short line that opens with a bold label and holds no figure, as an answer key or slide heads its points. */
const BOLD_LABEL = /^\s*(?:\*\*|__)[^*_\n]{1,30}(?:\*\*|__)[^%\n]{0,60}$/;

/**
 * What leads in to a table from the paragraph before it: a lead-in, or a caption or heading right
 * above it, with no blank line between, that gives no figure ("Line B - steel cases, origin China").
 */
function tableLeadInOf(chunk: LayoutChunk, paragraph: Paragraph, tableStart: number): string | undefined {
  const caption = lastSentenceOf(chunk.prose, paragraph);
  const leadIn = leadInOf(paragraph, caption);
  if (leadIn || paragraph.listItem || BLANK_LINE.test(chunk.prose.slice(paragraph.end, tableStart))) return leadIn;
  return caption && !A_PERCENTAGE.test(caption) ? caption : undefined;
}
const BLANK_LINE = /\n[ \t]*\r?\n/;
const PRESENT_WORDS_ALL = new RegExp(PRESENT_WORDS.source, 'gi');

/** The text from `at` to the end of its line: a table cell's later cells, figures and all (the prose blanks table rows). */
function restOfLine(text: DocumentText, at: number): string {
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return text.slice(at, end);
}

const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** "And China is at — say it slowly": a sentence broken off where the rate would come, for the next speaker to answer. */
const LEFT_FOR_AN_ANSWER = /\b(?:is|are|was|were|at|pays?|paid|faces?|faced)\s*[\u2014\u2013]/i;
/** A Markdown footnote's text: "[^3]: 125% reciprocal plus 20% fentanyl duties." */
const FOOTNOTE_DEFINITION = /^\s*\[\^[^\]\s]{1,20}\]:/;
/** A date that opens a paragraph as its label: "- **February 24, 2026**:", "14 May 2025 —", "2025-08-07:". */
const DATE_LEAD = new RegExp(String.raw`^[-*+•\d.)\s]*[*_]{0,2}(?:${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_NAME}(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})[*_]{0,2}\s*[:.\u2014\u2013-]`, 'i');

/** The year of the date a list item opens with ("- May 2025:", "2. April 2, 2025 —", "* 2025-04-02", "- **Early 2025:**"), if any. */
function yearOpening(item: string): number | undefined {
  const year = YEAR_OF_DATE_LEAD.exec(item)?.[1];
  return year === undefined ? undefined : +year;
}
const YEAR_OF_DATE_LEAD = new RegExp(String.raw`^[-*+•\d.)\s]*[*_]{0,2}(?:${MONTH_NAME}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+|\d{1,2}\s+${MONTH_NAME}\s+|(?:early|mid|late|spring|summer|fall|autumn|winter)[\s-]+)?((?:19|20)\d\d)\b`, 'i');

/** A source cited before its words, as debate cards and reading notes give it (under a bold tag line, maybe): "Bown, PIIE, 4/15/2025." */
const CITATION_LEAD = new RegExp(String.raw`^(?:[*_]{2}[^\n]{0,80}[*_]{2}[ \t]*\n)?[-*+•\s]*(?:[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4},\s+){1,3}(?:\d{1,2}\/\d{1,2}\/(?:19|20)?\d\d|${MONTH_NAME}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH_NAME}\s+\d{4}|\d{4}-\d{2}-\d{2})\s*[.:]`, 'i');

/** The day a place's "today" and "yesterday" count from: the day its e-mail message was sent, when before the as-of date. */
function daysCountedFrom(lent: LentBySection, asOf: IsoDate): IsoDate {
  return lent.writtenOn !== undefined && lent.writtenOn < asOf ? lent.writtenOn : asOf;
}

/** The sections at `offset` in a chunk that starts in `sectionsBefore`. */
function sectionsAt(chunk: LayoutChunk, offset: number, sectionsBefore: Sections): Sections {
  let sections = sectionsBefore;
  for (const p of chunk.paragraphs) {
    const head = sectionHeadOf(p);
    if (head && p.start < offset) sections = sectionsAfter(sections, head);
  }
  return sections;
}

/**
 * The sections each chunk starts in, from the headings of those before it. After an edit
 * the last check's are taken over before the edit, and after it once they agree again:
 * working them out afresh for every chunk was a cost per keystroke that grew with the document.
 */
function sectionsBeforeEach(mentions: ChunkMentions[], last: LastCheck | undefined, kept: { before: number; after: number }): Sections[] {
  const out: Sections[] = [];
  const taken = last?.sectionsBefore ?? [];
  const from = Math.min(kept.before, taken.length);
  for (let i = 0; i < from; i++) out.push(taken[i]);
  let sections: Sections = from > 0 ? headingsApplied(out[from - 1], mentions[from - 1]) : [];
  for (let i = from; i < mentions.length; i++) {
    const j = i - mentions.length + taken.length; // the same chunk in the last check, for those the edit left alone after it
    if (i >= mentions.length - kept.after && sameSections(sections, taken[j])) {
      for (; i < mentions.length; i++) out.push(taken[i - mentions.length + taken.length]);
      break;
    }
    out.push(sections);
    sections = headingsApplied(sections, mentions[i]);
  }
  return out;
}

function headingsApplied(sections: Sections, mentions: ChunkMentions): Sections {
  for (const heading of mentions.headings) sections = sectionsAfter(sections, heading);
  return sections;
}

/** A claim of a chunk at `chunkStart`, at document offsets. */
function atDocumentOffset(claim: Claim, chunkStart: number): Claim {
  return chunkStart ? { ...claim, start: claim.start + chunkStart, end: claim.end + chunkStart } : claim;
}

/**
 * Every claim at document offsets, in order. Each chunk's claims are in order and lie
 * within it, so joined they are in order too: sorting is left for the case that breaks
 * that. A loop, not push(...list): spreading a long list as arguments overflows the stack.
 */
function atDocumentOffsets(claimsByChunk: ChunkClaims[]): Claim[] {
  const claims: Claim[] = [];
  let inOrder = true;
  for (const { start, claims: inChunk } of claimsByChunk) {
    for (const claim of inChunk) {
      const placed = atDocumentOffset(claim, start);
      if (claims.length && placed.start < claims[claims.length - 1].start) inOrder = false;
      claims.push(placed);
    }
  }
  return inOrder ? claims : claims.sort(byStart);
}

/** The chunk's claims without those a disable directive hides (the same record when it hides none). */
function withoutDisabled(chunk: ChunkClaims, disabled: Span[]): ChunkClaims {
  const isShown = (claim: Claim) => !disabled.some((d) => chunk.start + claim.start >= d.start && chunk.start + claim.start < d.end);
  return chunk.claims.every(isShown) ? chunk : { start: chunk.start, claims: chunk.claims.filter(isShown) };
}

/** The claim whose figure holds `offset` (or ends there), at document offsets. */
export function claimAt(check: DocumentCheck, offset: number): Claim | undefined {
  const chunks = check.claimsByChunk;
  const chunk = chunks[firstIndex(chunks, 0, chunks.length, (c) => c.start > offset) - 1];
  const claim = chunk?.claims.find((c) => c.start <= offset - chunk.start && offset - chunk.start <= c.end);
  return claim && atDocumentOffset(claim, chunk.start);
}

/**
 * How many chunks at the start of `chunks` stand where they stood in the last check,
 * and how many at the end stand where they stood moved by the change in length.
 */
function keptEnds(last: LastCheck, chunks: LayoutChunk[], textLength: number): { before: number; after: number } {
  const old = last.chunks;
  const most = Math.min(old.length, chunks.length);
  const delta = textLength - last.textLength;
  let before = 0;
  while (before < most && chunks[before].origin === old[before].origin && chunks[before].start === old[before].start) before++;
  let after = 0;
  while (after < most - before) {
    const now = chunks[chunks.length - 1 - after], then = old[old.length - 1 - after];
    if (now.origin !== then.origin || now.start !== then.start + delta) break;
    after++;
  }
  return { before, after };
}

/** What the document mentions, counted afresh. */
function totalsOf(mentions: ChunkMentions[]): MentionTotals {
  const totals: MentionTotals = { chunksAboutTariffs: 0, partners: new Map(), dayFirstDates: 0, monthFirstDates: 0, stampDates: new Map(), years: new Map() };
  for (const m of mentions) count(totals, m, 1);
  return totals;
}

/** The last check's totals with the chunks between the kept ends taken out and the new ones counted in. */
function totalsAfterEdit(last: LastCheck, mentions: ChunkMentions[], kept: { before: number; after: number }): MentionTotals {
  const totals: MentionTotals = { chunksAboutTariffs: last.totals.chunksAboutTariffs, partners: new Map(last.totals.partners), dayFirstDates: last.totals.dayFirstDates, monthFirstDates: last.totals.monthFirstDates, stampDates: new Map(last.totals.stampDates), years: new Map(last.totals.years) };
  for (let i = kept.before; i < last.mentions.length - kept.after; i++) count(totals, last.mentions[i], -1);
  for (let i = kept.before; i < mentions.length - kept.after; i++) count(totals, mentions[i], 1);
  return totals;
}

function count(totals: MentionTotals, mentions: ChunkMentions, sign: 1 | -1): void {
  if (mentions.aboutTariffs) totals.chunksAboutTariffs += sign;
  totals.dayFirstDates += sign * mentions.dayFirstDates;
  totals.monthFirstDates += sign * mentions.monthFirstDates;
  addCounts(totals.partners, mentions.partners, sign);
  addCounts(totals.years, mentions.years, sign);
  addCounts(totals.stampDates, mentions.stampDates, sign);
}

function addCounts<K>(totals: Map<K, number>, counts: [K, number][], sign: 1 | -1): void {
  for (const [key, n] of counts) {
    const now = (totals.get(key) ?? 0) + sign * n;
    if (now) totals.set(key, now);
    else totals.delete(key);
  }
}

type DocumentContext = Pick<ReadingContext, 'products' | 'measures' | 'documentAboutTariffs' | 'subjectPartners' | 'soleTargetOfMeasure'>;
/**
 * How a sentence or cell is framed where it stands (quoted, questioned by the next sentence, …);
 * `footnote`: it is a footnote's text, which explains a sentence elsewhere.
 */
type Standing = Pick<ReadingContext, 'quoted' | 'quotationRunsOn' | 'questioned' | 'scenario' | 'former' | 'cellOfLevels' | 'cellOfPartnerLevels' | 'notesFrom'> & {
  footnote?: boolean;
  /** The partners its section's heading names, which stand in for the document's subject. */
  sectionPartners?: string[];
};

// Written out field by field, every field always present: spreading the document's context
// into each sentence's was a slow generic copy, a tenth of a whole check.
function readingContext(base: DocumentContext, earlier: EarlierSentences, standing: Standing): ReadingContext {
  return {
    products: base.products,
    measures: base.measures,
    documentAboutTariffs: base.documentAboutTariffs,
    // The partner of a footnote's figure is the one of the sentence its mark stands in, which the footnote does not say: unless it names one, it is not judged.
    subjectPartners: standing.footnote ? [UNNAMED_PARTNER] : standing.sectionPartners ?? base.subjectPartners,
    soleTargetOfMeasure: base.soleTargetOfMeasure,
    earlier,
    quoted: standing.quoted === true,
    quotationRunsOn: standing.quotationRunsOn === true,
    questioned: standing.questioned === true,
    scenario: standing.scenario === true,
    former: standing.former === true,
    cellOfLevels: standing.cellOfLevels === true,
    cellOfPartnerLevels: standing.cellOfPartnerLevels === true,
    notesFrom: standing.notesFrom,
  };
}

/** What a chunk tells of the whole document (see ChunkMentions), kept by the cache while the chunk's text stands. */
function mentionsIn(chunk: LayoutChunk, text: DocumentText, cache?: CheckCache): ChunkMentions {
  let mentions = cache?.mentions(chunk.origin);
  if (!mentions) {
    const partners = new Map<string, number>();
    for (const p of chunk.paragraphs) countPartnersNamedIn(chunk.prose.slice(p.start, p.end), partners);
    // A table's rows name partners as its prose does (its prose has the table blanked out):
    // a table of three partners' rates is not about a fourth named twice below it.
    for (const cell of chunk.tableCells) countPartnersNamedIn(text.sliceWithLineFeeds(chunk.start + cell.start, chunk.start + cell.end), partners);
    // A tariff word never runs across chunks: each ends on a blank line.
    const headings = chunk.paragraphs.flatMap((p) => sectionHeadOf(p) ?? []);
    mentions = { aboutTariffs: TARIFF_WORDS.test(chunk.prose), partners: [...partners], headings, ...numericDateOrders(chunk.prose), years: yearsWrittenIn(chunk.prose) };
    cache?.keepMentions(chunk.origin, mentions);
  }
  return mentions;
}

/** The years the prose writes out ("in 2025", "April 2, 2025"), with how often. */
function yearsWrittenIn(prose: string): [number, number][] {
  const years = new Map<number, number>();
  for (const year of prose.match(YEARS_WRITTEN) ?? []) years.set(+year, (years.get(+year) ?? 0) + 1);
  return [...years];
}
const YEARS_WRITTEN = /\b20\d\d\b/g;

/**
 * How many numeric dates of the prose only day first reads ("14/10/2025"), and how many only month first, and its chat stamps that either reads.
 * A date written with dots ("07.08.2025") is day first wherever it is written that way, as in India's or Germany's circulars.
 */
function numericDateOrders(prose: string): Pick<ChunkMentions, 'dayFirstDates' | 'monthFirstDates' | 'stampDates'> {
  const orders = { dayFirstDates: 0, monthFirstDates: 0, stampDates: [] as [string, number][] };
  if (!prose.includes('/') && !prose.includes('.')) return orders;
  orders.stampDates = ambiguousStampDates(prose);
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(prose); m; m = NUMERIC_DATE.exec(prose)) {
    const dotted = m[4] === '.';
    const [first, second] = [+m[1], +(dotted ? m[5] : m[3])];
    if (dotted ? first >= 1 && first <= 31 && second >= 1 && second <= 12 : first > 12 && first <= 31 && second >= 1 && second <= 12) orders.dayFirstDates++;
    else if (!dotted && second > 12 && second <= 31 && first >= 1 && first <= 12) orders.monthFirstDates++;
  }
  return orders;
}

/**
 * Are the stamps day first? Messages are written before the chat is exported: a stamp that one order would put later than the text's
 * date, and the other not, says which. Failing that, a stamp that only one order puts on the text's date ("[03/12/25, …]" in a chat
 * dated 3 December 2025) does. `undefined` when none does, or stamps say both.
 */
function stampsReadDayFirst(stampDates: ReadonlyMap<string, number>, asOf: IsoDate): boolean | undefined {
  let onlyDayFirstFits = false;
  let onlyMonthFirstFits = false;
  let dayFirstOnTheDate = false;
  let monthFirstOnTheDate = false;
  for (const key of stampDates.keys()) {
    const [dayFirst, monthFirst] = key.split('|');
    if (dayFirst > asOf && monthFirst <= asOf) onlyMonthFirstFits = true;
    if (monthFirst > asOf && dayFirst <= asOf) onlyDayFirstFits = true;
    if (dayFirst === asOf) dayFirstOnTheDate = true;
    if (monthFirst === asOf) monthFirstOnTheDate = true;
  }
  if (onlyDayFirstFits !== onlyMonthFirstFits) return onlyDayFirstFits;
  return dayFirstOnTheDate === monthFirstOnTheDate ? undefined : dayFirstOnTheDate;
}

// With dots only a four-digit year: "v2.10.12" is a version.
const NUMERIC_DATE = /\b(\d{1,2})(?:(\/)(\d{1,2})\/(?:\d{4}|\d{2})|(\.)(\d{1,2})\.\d{4})\b(?!\.\d)/g;

/** Partners the title names, or else the one the document names more than all others together. */
function subjectPartnersOf(layout: DocumentLayout, totals: MentionTotals): string[] {
  const title = layout.title;
  if (title) {
    const chunk = chunkHolding(layout.chunks, title.start);
    const mostNamed = Math.max(0, ...totals.partners.values());
    const timesNamed = (code: string) => totals.partners.get(code) ?? 0;
    // "What Seoul gave away": a city may be where talks were held, so it names its country only where the prose names that country as often as any other.
    const named = partnersIn(chunk.prose.slice(title.start - chunk.start, title.end - chunk.start)).filter(
      (m) => m.role === 'partner' && m.code !== 'US' && (!m.byPlace || timesNamed(m.code) >= mostNamed),
    );
    const inTitle = [...new Set(named.map((m) => m.code))];
    if (inTitle.length) return inTitle;
  }
  let total = 0;
  let top: [string, number] | undefined;
  let second = 0;
  for (const entry of totals.partners) {
    total += entry[1];
    if (!top || entry[1] > top[1]) {
      second = top?.[1] ?? 0;
      top = entry;
    } else second = Math.max(second, entry[1]);
  }
  if (!top) return [];
  // Named once in passing ("Japanese-built models"), a partner is one reading of the figures that name none, not their only one.
  if (top[1] * 2 > total) return top[1] > 1 ? [top[0]] : ['*', top[0]];
  // A press release of a Swiss federation names "Swiss goods" seven times and ten other
  // partners once or twice each: a figure naming none may be Switzerland's or everyone's.
  return top[1] >= 3 && top[1] >= 2 * second ? ['*', top[0]] : [];
}

/**
 * Adds to `counts` the partners other than the US a paragraph or cell names, in English. A partner
 * imposing a duty of its own counts too: an Indian supplier's letter that says "the Government of
 * India has waived its own 11% duty" is still about India. Roles are read within the paragraph, so
 * its count depends on its own text only and a cache can keep it.
 */
function countPartnersNamedIn(words: string, counts: Map<string, number>): void {
  // A name in the country's own language ("México" in a Spanish bulletin) counts for the figure beside it, not for the
  // document's subject: lent to sentences in that language, which are not read, it would judge figures they do not claim.
  for (const m of partnersIn(words)) if (m.code !== 'US' && !m.inOwnLanguage) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
}

/**
 * The time expression that bears on a figure: the nearest in its governing words; else,
 * for a figure added to the one before ("on April 9: 20% for the EU and 24% for Japan",
 * "halved to 10% from November 10, bringing the total to 20%"), that one's; else the
 * nearest before the sentence's first figure or that no figure's governing words hold,
 * whether that figure is a claim or not ("the rate remains 35%; it was 25% until July":
 * July is the 25%'s). Asked for each claim of a sentence in order: the free expressions
 * are found once for all of them (found again for each claim, a long sentence of dated
 * rates was cubic in its claims).
 */
class SentenceTimes {
  /** The expressions that no figure's governing words hold. */
  private free: TimeExpression[] | undefined;
  /** The time of the claim asked for last, and where its figure ends. */
  private previous: ClaimTime | undefined;
  private previousFigureEnd = 0;
  /** See earliestFigureWordsEnd. */
  private earliestWordsEnd: number | undefined;
  /** Per date, the governing words of the figure in whose brackets it stands (see bracketedWith); false when the sentence has no brackets. */
  private owners: Map<TimeExpression, Span | undefined> | false | undefined;
  /** Per date, whether it dates other things than the figures (see datesOtherThings), and whether it follows a figure's words (see followsAFigure). */
  private readonly otherThings = new Map<TimeExpression, boolean>();
  private readonly afterAFigure = new Map<TimeExpression, boolean>();
  /** Where the sentence's turns and exceptions stand, once asked (see matchWithin). */
  private readonly betweenWords: Partial<Record<keyof typeof BETWEEN_WORDS, Span[]>> = {};

  /**
   * `figureSpans`: the governing words of every figure of the sentence; `firstFigureStart`: where the first figure starts; `lastFigureEnd`: where the last claim's ends;
   * `askedInThePast`: the sentence answers a question told in the past ("What rate did Switzerland face from 7 August? A: 39%.").
   */
  constructor(private readonly sentence: string, private readonly figureSpans: Span[], private readonly firstFigureStart: number, private readonly times: TimeExpression[], private readonly lastFigureEnd = Infinity, private readonly askedInThePast = false) {}

  for(read: ReadClaim): ClaimTime {
    // A figure between the last claim and this one that is no claim stands between them: "was 84%; on April 10 it became 125%, or 145% with …".
    // The text between two claims is searched once, whatever the number of figures: a scan of every figure's words would make a long sentence quadratic.
    const previous = this.previous && !A_PERCENTAGE.test(this.sentence.slice(this.previousFigureEnd, read.figure.start)) ? this.previous : undefined;
    this.previous = this.timeOf(read, previous);
    this.previousFigureEnd = read.figure.end;
    return this.previous;
  }

  private timeOf(read: ReadClaim, previous: ClaimTime | undefined): ClaimTime {
    if (this.askedInThePast) read = { ...read, pastTense: true };
    const own = { time: undefined, pastTense: read.pastTense };
    if (!this.times.length) return own;
    // "that were paying 145% in April now pay 30%": a date before a "now" that stands before the figure is not its own.
    const nowAt = read.presentTense ? lastMatch(NOW_BEFORE, this.sentence.slice(read.governing.start, read.figure.start)) : -1;
    const candidates = this.times.filter((t) => within(t, read.governing) && (nowAt < 0 || t.start >= read.governing.start + nowAt) && !this.toldWhenImposed(read, t) && !this.inOwnClauseAfter(read, t) && !this.possessiveOfAnother(read, t) && !this.datesOtherThings(t));
    // "still", "now" in the figure's own words tie it to the present, whatever dates stand beside it.
    if (!candidates.length && read.presentTense) return own;
    // "and has paid 50% since", "and 50% thereafter": from the date before until now, so judged now.
    if (!candidates.length && SINCE_THEN_AFTER.test(this.sentence.slice(read.figure.end, read.figure.end + 16))) return own;
    // "paid 35% from August 1, 2025 until February 23, and before that 25%": before the time of the figure before.
    if (!candidates.length && previous?.time && BEFORE_THAT_BEFORE.test(this.sentence.slice(Math.max(read.governing.start, read.figure.start - 24), read.figure.start))) {
      const start = previous.time.from;
      return { time: { start: read.figure.start, end: read.figure.start, text: 'before that', relation: 'before', from: start, to: start }, pastTense: true };
    }
    // "… and 50% effective June 4, 2025": a date the figure's next words introduce is its own, even
    // past a date of its words that tells when the rate was set ("On 31 July the rate was set at 39%, effective 7 August").
    const introduced = this.introducedRightAfter(read.figure.end) ?? (candidates.length ? undefined : this.times.find((t) => this.introducedAfter(read.governing.end, t)));
    if (introduced) return { time: introduced, pastTense: read.pastTense || this.startOnly(read, introduced) };
    // "paid 17% in April 2025 and 15% under the August 2025 order": a figure its own dated action follows is of that action's time,
    // which tells no day a rate applied (contract §2), and so takes no other figure's date.
    if (!candidates.length && underADatedEvent(this.sentence.slice(read.figure.end, read.figure.end + 60))) return own;
    // "40% emergency duty on top of the 10% reciprocal (effective 2025-08-06)": the date after the duty it comes on top of is its own too.
    const baseDuty = candidates.length ? undefined : this.figureSpans[firstIndex(this.figureSpans, 0, this.figureSpans.length, (span) => span.start >= read.figure.end)];
    const baseFigure = baseDuty ? baseDuty.start + Math.max(0, this.sentence.slice(baseDuty.start, baseDuty.end).search(/\d/)) : -1;
    const onTopOf = baseDuty && ADDED_ONTO_NEXT.test(this.sentence.slice(read.figure.end, baseFigure)) ? this.times.find((t) => this.introducedAfter(baseDuty.end, t)) : undefined;
    if (onTopOf) return { time: onTopOf, pastTense: read.pastTense || this.startOnly(read, onTopOf) };
    // "raised it to 18% in August, when the tariff on Vietnamese goods went to 20 percent": a clause "when" opens right after a date is told at it.
    const whenClauseOf = candidates.length ? undefined : this.times.find((t) => t.end <= read.figure.start && read.figure.start - t.end <= WHEN_CLAUSE_REACH && WHEN_RIGHT_AFTER_DATE.test(this.sentence.slice(t.end, read.figure.start)));
    if (whenClauseOf) return { time: whenClauseOf, pastTense: read.pastTense || this.startOnly(read, whenClauseOf) };
    // Its tense too: "from April 10 the rates were 46% for Vietnam and 145% for China".
    // Not past a date of another item between them: "a 10% baseline from 5 April, country rates from 7 August, a 50% rate on Brazil".
    if (!candidates.length && previous && addsToPrevious(this.sentence.slice(read.governing.start, read.figure.start)) && !this.times.some((t) => t !== previous.time && t.start >= this.previousFigureEnd && t.end <= read.figure.start)) return previous;
    // "Counting the 20% fentanyl duty, importers paid 145% in mid-April": a part named before the total, in words that open the sentence, is told at the total's time.
    if (!candidates.length && PART_OPENS_SENTENCE.test(this.sentence.slice(0, read.figure.start))) {
      const total = this.figureSpans.find((span) => span.start >= read.governing.end);
      const time = total && this.times.find((t) => within(t, total));
      if (time) return { time, pastTense: read.pastTense || this.startOnly(read, time) };
    }
    // With none in its own words, those no other figure's words hold are those no figure's words hold.
    // A date before the sentence's first figure ("**10 April.** It reaches 125%, and goods face 145%") is the whole sentence's.
    // A date in brackets after another figure ("to 20% (August 7)") is that one's.
    // So is one in the brackets of another figure: "pays 50% (the rate was 25% until June 3, 2025)".
    const free = (this.free ??= this.times.filter((t) => t.end <= this.firstFigureStart || !this.figureSpans.some((span) => within(t, span) || this.introducedAfter(span.end, t))));
    const pool = candidates.length ? candidates : free.filter((t) => (this.bracketedWith(t) ?? read.governing) === read.governing && !this.datesOtherThings(t) && !this.endsItemBefore(t, read) && !this.toldWhenImposed(read, t) && !this.inOwnClauseAfter(read, t) && !this.possessiveOfAnother(read, t));
    // The nearest; of those as near, the first. One on the figure's side of a semicolon comes
    // before any beyond it: "Effective April 9 it rose to 84%; on April 10 to 125%".
    const from = this.sentence.lastIndexOf(';', read.figure.start) + 1;
    const semicolonAfter = this.sentence.indexOf(';', read.figure.end);
    const to = semicolonAfter < 0 ? this.sentence.length : semicolonAfter;
    const beyond = (t: TimeExpression) => (t.end <= from || t.start >= to ? 1 : 0);
    const gap = (t: TimeExpression) => Math.abs(t.end <= read.figure.start ? read.figure.start - t.end : t.start - read.figure.end);
    // "was 84% on April 9 and 125% from April 10 to May 13": a date right before "and" and the figure is the item before's.
    const ofAnotherItem = (t: TimeExpression) => (t.end <= read.figure.start && NEXT_ITEM_BETWEEN.test(this.sentence.slice(t.end, read.figure.start)) ? 1 : 0);
    // "Bangladesh is 20%; the deal cut it on Jul 31", a chat's "taiwan is 20%. was 32 back in april": a figure said in the present
    // is not dated by a clause or lower-case sentence after it, nor by a clause before it ("That was the April number; the EU deal rate is 15%").
    const presentBeforeFigure = PRESENT_VERB_BEFORE.test(this.sentence.slice(Math.max(from, read.figure.start - 30), read.figure.start));
    // A date that opens the sentence, as a timeline's entry does ("**April 10, 2025.** … reaches 125%; … the total is 145%"), dates all of it;
    // so does the entry's date the sentence continues.
    const undatedAcross = (t: TimeExpression) => presentBeforeFigure && ((semicolonAfter >= 0 && t.start >= to) || (t.start > read.figure.end && LOWER_CASE_SENTENCE_BETWEEN.test(this.sentence.slice(read.figure.end, t.start))) || (from > 0 && t.end <= from && t.start !== CONTINUED && !NOTHING_BEFORE.test(this.sentence.slice(0, t.start))));
    let nearest: TimeExpression | undefined;
    // "In July we got the letter with 36%, but after negotiation the final rate became 19%": a turn after the date leaves the figure undated.
    const turnedSince = (t: TimeExpression) => t.end <= read.figure.start && this.matchWithin('turns', t.end, read.figure.start);
    // "paid 30%, and from November 10 … 20%": a date that opens the next item after the figure is that item's alone.
    const opensNextItem = (t: TimeExpression) => t.start >= read.figure.end && NEXT_ITEM_DATED_BETWEEN.test(this.sentence.slice(read.figure.end, t.start));
    // "20%, then 10% from Nov 10, 2025": a date after the figure the rate went to "then" is that figure's.
    const ofFigureThen = (t: TimeExpression) => t.start >= read.figure.end && THEN_ANOTHER_FIGURE.test(this.sentence.slice(read.figure.end, t.start));
    // "were assessed the ten percent baseline duty, except for three entries made on April 9, which were assessed 46 percent": the exception's date.
    const ofAnException = (t: TimeExpression) => t.start >= read.figure.end && this.matchWithin('exceptions', read.figure.end, t.start);
    for (const t of pool) {
      if (undatedAcross(t) || turnedSince(t) || opensNextItem(t) || ofFigureThen(t) || ofAnException(t)) continue;
      if (!nearest || (beyond(t) - beyond(nearest) || ofAnotherItem(t) - ofAnotherItem(nearest) || gap(t) - gap(nearest)) < 0) nearest = t;
    }
    // "CBP stopped collecting them on February 24. Those duties had included the 10% baseline": told in the past perfect, before the date the paragraph goes on from.
    if (nearest?.start === CONTINUED && PAST_PERFECT_BEFORE.test(this.sentence.slice(read.governing.start, read.figure.start))) return { time: { ...nearest, relation: 'before', to: nearest.from }, pastTense: true };
    // "That rate started on 14 November; before that, Swiss goods paid 39%", "… on June 4th. It was 25% before that.": before the date the words before the figure give.
    if (nearest && nearest.end <= read.figure.start && (BEFORE_THAT_BEFORE.test(this.sentence.slice(Math.max(nearest.end, read.figure.start - 60), read.figure.start)) || BEFORE_THAT_AFTER.test(this.sentence.slice(read.figure.end, read.figure.end + 24)))) {
      return { time: { ...nearest, relation: 'before', to: nearest.from }, pastTense: true };
    }
    // "On April 10 the 84% rate on Chinese goods was raised to 125%": the level a change at the date ended, so before it.
    if (nearest && nearest.end <= read.figure.start && CHANGED_AFTER.test(this.sentence.slice(read.figure.end, read.figure.end + 80))) return { time: { ...nearest, relation: 'before', to: nearest.from }, pastTense: true };
    // "On April 2 the US announced 34%, afterwards it was raised to 84% and then to 125%": after the date, told in the past, undated.
    if (nearest && nearest.end <= read.figure.start && AFTERWARDS_BETWEEN.test(this.sentence.slice(nearest.end, read.figure.start))) return { time: undefined, pastTense: true };
    if (nearest) return { time: nearest, pastTense: read.pastTense || this.startOnly(read, nearest) };
    return { time: read.pastTense ? this.dateOfTheList(read) : undefined, pastTense: read.pastTense };
  }

  /**
   * Is a turn ("…, but after negotiation") or an exception ("except") wholly between `from` and `to`? Each is searched for once per sentence:
   * searched between every figure and every date, a long run of dated rates was cubic.
   */
  private matchWithin(kind: keyof typeof BETWEEN_WORDS, from: number, to: number): boolean {
    const found = (this.betweenWords[kind] ??= [...this.sentence.matchAll(BETWEEN_WORDS[kind])].map((m) => ({ start: m.index, end: m.index + m[0].length })));
    return found.some((m) => m.start >= from && m.end <= to);
  }

  /** "from last April's 145 percent … to the 50 percent steel tariff": a date in the possessive is the figure's right after it, no other's. */
  private possessiveOfAnother(read: ReadClaim, t: TimeExpression): boolean {
    if (t.start < 0 || t.ownerAt === undefined) return false; // a date continued from a sentence before owns nothing here
    const owner = FIGURE_OWNS_DATE.exec(this.sentence.slice(t.ownerAt, t.ownerAt + 20));
    return owner !== null && t.ownerAt + owner[0].length !== read.figure.start;
  }

  /** The governing words of a figure that start inside the brackets that hold the date, if any (asked once a date). */
  private bracketedWith(t: TimeExpression): Span | undefined {
    this.owners ??= this.sentence.includes('(') ? new Map() : false;
    if (!this.owners) return undefined;
    if (!this.owners.has(t)) {
      // Brackets are short: only the text near the date is searched.
      const from = Math.max(0, t.start - 200);
      const open = from + this.sentence.slice(from, t.start).lastIndexOf('(');
      const inBrackets = open >= from && !this.sentence.slice(open, t.start).includes(')') && this.sentence.slice(t.end, t.end + 200).includes(')');
      const i = !inBrackets ? -1 : firstIndex(this.figureSpans, 0, this.figureSpans.length, (span) => span.start >= open);
      this.owners.set(t, i >= 0 && i < this.figureSpans.length && this.figureSpans[i].start < t.start ? this.figureSpans[i] : undefined);
    }
    return this.owners.get(t);
  }

  /**
   * Does the date end the item of a figure before it, with more words of the next item before
   * this figure: "the 10% baseline, which had applied since April 5, 2025, and the country
   * rates that had replaced it, such as the 15% deal rate"? (Right before the figure, ", and
   * 125%", it may be the figure's too: ofAnotherItem only ranks it last.)
   */
  private endsItemBefore(t: TimeExpression, read: ReadClaim): boolean {
    if (t.end > read.figure.start || this.earliestFigureWordsEnd() > t.start) return false;
    const after = this.sentence.slice(t.end, t.end + 8);
    const itemEnds = ITEM_ENDS_AFTER.test(after) || (COMMA_AFTER.test(after) && this.followsAFigure(t)) || (AND_AFTER.test(after) && !OWN_VERB_BEFORE_FIGURE.test(this.sentence.slice(t.end, read.figure.start)));
    return itemEnds && !NEXT_ITEM_BETWEEN.test(this.sentence.slice(t.end, read.figure.start));
  }

  /**
   * Dates of other things than the sentence's figures, asked once a date: the rates a list replaced ("Since August 7,
   * the new rates replaced the suspended April rates: 15 percent …"), changes named without their figures ("…, with
   * further increases scheduled for January 2026").
   */
  private datesOtherThings(t: TimeExpression): boolean {
    let known = this.otherThings.get(t);
    if (known === undefined) {
      const before = t.start < 0 ? '' : this.sentence.slice(Math.max(0, t.start - 50), t.start); // a date continued from a sentence before stands nowhere here
      known = (REPLACED_THING_BEFORE.test(before) && RATES_AFTER_DATE.test(this.sentence.slice(t.end, t.end + 20))) || PLANNED_CHANGE_BEFORE.test(before) || OLD_LEVEL_IN_BRACKETS_BEFORE.test(before);
      this.otherThings.set(t, known);
    }
    return known;
  }

  /** Whether the date stands right after a figure's words, in their item: "a 10% baseline from 5 April" (not "…; on April 10, 2025, it became"). Asked once a date. */
  private followsAFigure(t: TimeExpression): boolean {
    let known = this.afterAFigure.get(t);
    if (known === undefined) {
      known = this.figureSpans.some((span) => span.end <= t.start && t.start - span.end <= 24 && !/[,;:]/.test(this.sentence.slice(span.end, t.start)));
      this.afterAFigure.set(t, known);
    }
    return known;
  }

  /** Where the earliest-ending governing words of any figure end (found once: asked for each date of each claim, a search would make a long sentence cubic). */
  private earliestFigureWordsEnd(): number {
    return (this.earliestWordsEnd ??= this.figureSpans.reduce((earliest, span) => Math.min(earliest, span.end), Infinity));
  }

  /**
   * "Swiss exporters still face the 39% rate imposed last August": a date that tells when the
   * rate was imposed, after a figure told in the present, is the rate's start, not the claim's time.
   */
  private toldWhenImposed(read: ReadClaim, t: TimeExpression): boolean {
    if (t.start < read.figure.end || !IMPOSED_AT_BEFORE_DATE.test(this.sentence.slice(read.figure.end, t.start))) return false;
    // Told in the past by its words before it, not only by the participle after it ("stacked on the 20% tariff imposed in February").
    if (read.pastTense && speaksOfThePast(this.sentence.slice(read.governing.start, read.figure.start))) return false;
    // The present may come after an aside that holds the date: "Japan's rate of 24%, set that day, still applies today";
    // or before the figure's own words, in the clause they hang on: "now stands at 125%, stacked on the 20% fentanyl tariff imposed in February".
    return PRESENT_CUES.test(this.sentence.slice(Math.min(read.governing.start, Math.max(this.sentence.lastIndexOf(';', read.figure.start) + 1, read.figure.start - 150)), read.figure.start)) || PRESENT_CUES.test(this.sentence.slice(t.end, Math.max(read.governing.end, t.end + 40)));
  }

  /**
   * "Steel pays fifty per cent, double what they paid in the spring", "is 25%, same as it was in 2018": a date after a figure
   * said in the present, in a clause of its own told in the past, is that clause's time; so is one in a clause of another
   * subject: "China's tariff is 10% and Canada/Mexico is on hold until tomorrow".
   */
  private inOwnClauseAfter(read: ReadClaim, t: TimeExpression): boolean {
    const between = t.start >= read.figure.end && t.start - read.figure.end < 160 ? this.sentence.slice(read.figure.end, t.start) : undefined;
    return between !== undefined && (PAST_CLAUSE_BETWEEN.test(between) || ANOTHER_SUBJECT_BETWEEN.test(between)) && PRESENT_VERB_BEFORE.test(this.sentence.slice(Math.max(0, read.figure.start - 30), read.figure.start));
  }

  /** The date the words right after `end` introduce, if any: only the first date after it can be. */
  private introducedRightAfter(end: number): TimeExpression | undefined {
    const next = this.times.find((t) => t.start >= end);
    return next && this.introducedAfter(end, next) ? next : undefined;
  }

  /** Do the words from `end` to the date introduce it as the date of what ends there ("… 50% effective June 4", "… 20% (August 7)")? */
  private introducedAfter(end: number, t: TimeExpression): boolean {
    if (t.start < end) return false;
    const between = this.sentence.slice(end, t.start);
    if (!DATE_OF_FIGURE_AFTER.test(between)) return false;
    // "20% (in April it was announced as 46%)": a bracket that goes on to a figure of its own dates that one.
    if (!between.includes('(')) return true;
    const bracket = this.sentence.slice(t.end, t.end + 200); // bounded: brackets are short, and this is asked for each figure
    const close = bracket.indexOf(')');
    return !A_PERCENTAGE.test(close < 0 ? bracket.slice(0, 80) : bracket.slice(0, close));
  }

  /**
   * "the 10% baseline from April 5, 2025": an asserted figure with no verb of its own, dated
   * by a word that starts it (not "since"), tells when it began, as one told in the past
   * does; "pays 20% from August 7" and "20% since August 7" run to the present.
   */
  private startOnly(read: ReadClaim, t: TimeExpression): boolean {
    const starts = t.relation === 'after' || (t.relation === 'since' && START_WORDS_BEFORE.test(this.sentence.slice(Math.max(0, t.start - 24), t.start)));
    return read.framing === 'plain' && starts && !PRESENT_CUES.test(this.sentence.slice(read.governing.start, read.governing.end));
  }

  /**
   * "Indian goods paid a 25% reciprocal duty and a 25% penalty, 50% in total in September
   * 2025": a date after the last figure of a sentence told in the past dates the figures
   * listed before it, with no stop or contrast between.
   */
  private dateOfTheList(read: ReadClaim): TimeExpression | undefined {
    const last = this.times[this.times.length - 1];
    if (!last || last.start < this.lastFigureEnd || last.relation !== 'in' || this.toldWhenImposed(read, last)) return undefined;
    // A date in the words of a figure after the list that is no claim ("well above the 31% it was given in April") is that figure's.
    if (this.figureSpans.some((span) => span.start >= read.figure.end && within(last, span))) return undefined;
    const between = this.sentence.slice(read.figure.end, last.start);
    return LISTED_UP_TO.test(between) && !TURN_IN_TIME.test(between) ? last : undefined;
  }
}

/** The time expression that bears on a claim, and whether its words speak of the past. */
interface ClaimTime {
  time: TimeExpression | undefined;
  pastTense: boolean;
}

/** Where a date a sentence goes on from (the paragraph's latest) stands: before the sentence's start. */
const CONTINUED = -1;
/**
 * "During the pause that followed", "Afterwards", "In the months after that": a sentence told after the paragraph's
 * latest date, not on it; "during the pause", "before the Supreme Court ruling": one told in a time of its own;
 * "which once faced 39%": one told at some time.
 */
const NOT_ON_THE_LATEST_DATE = /\b(?:that|which)\s+followed\b|\bafter\s+(?:that|this|it)\b|\bafterwards?\b|\bsubsequently\b|\bin\s+the\s+(?:days|weeks|months)\s+(?:that\s+followed|after)\b|\bduring\s+the\s+(?:[\w-]+\s+)?pause\b|\b(?:before|prior\s+to|ahead\s+of|until)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ruling|decision|judgment|deal|agreement|truce|ceasefire|election|proclamation|letters?)\b|\bonce\s+(?:faced|paid|had|was|were|stood|carried|bore)\b/i;
/** Nothing but marks before a date: it opens its sentence. */
const NOTHING_BEFORE = /^[\W_]*$/;
const PAST_PERFECT_BEFORE = /\bhad\s+(?:(?:already|previously|earlier|long|also|all|just|still|only|once)\s+)?(?:been|[a-z]{3,}ed|paid|risen|fallen|borne|made|taken|put|set|hit|kept|gone|grown|stood)\b/i;

/** Between a figure and a date: the words that say when its rate was imposed (" rate imposed ", " duty that was introduced in "). */
const IMPOSED_AT_BEFORE_DATE = /^[\s,]*(?:[\w-]+,?\s+){0,3}?(?:(?:that|which)\s+(?:was|were|had\s+been)\s+(?:first\s+)?)?(?:imposed|introduced|levied|adopted|enacted|put\s+in\s+place|set)\s+(?:back\s+)?(?:in\s+|on\s+|last\s+)?$/i;

const NOW_BEFORE = /\b(?:now|today|currently)\b/gi;

/** Between a figure and the date its next words give it: " effective ", " as of ", " (", ", which only applied from ", " from ", " framework rate from ". */
const DATE_OF_FIGURE_AFTER = /^\s*(?:,?\s*(?:effective|eff\.|as\s+of|starting|beginning)\s+(?:on\s+|from\s+)?|\s(?:[\w-]+\s+){0,6}?(?:from|between)\s+|\(\s*(?:(?:from|since|on|in|effective|eff\.|as\s+of)\s+)?|,?\s*(?:which|that)\s+(?:only\s+|briefly\s+)?(?:applied|was\s+(?:applied|collected|in\s+(?:force|effect))|ran|lasted)\s+(?:from|between|in|on|until|till|through)\s+)$/i;


/** A clause of another subject after the figure: "… and Canada/Mexico is on hold". */
const ANOTHER_SUBJECT_BETWEEN = /^[^.;]*?\s(?:and|but|while|whereas)\s+(?:the\s+)?[A-Z][\w./-]*(?:\s+[A-Z][\w./-]*)?\s+(?:is|are|was|were|stays?|remains?)\b/;
/** A clause with its own subject, told in the past: "what they paid", "the China numbers we were looking at". */
const PAST_CLAUSE_BETWEEN = /\b(?:what|which|that|than|as)\s+(?:[\w'’-]+\s+){0,8}?(?:we|they|I|you|he|she|importers|buyers|customers|companies|people)\s+(?:(?:were|was)\s+[a-z]+ing|had|paid|faced|saw|used|looked|got|expected|feared|budgeted|planned|quoted)\b|\b(?:same\s+as|as|like)\s+(?:it|they)\s+(?:was|were|did)\b/i;
/** A figure said in the present, or to be used now: "Bangladesh is 20%", "steel pays 50%", "use 30% all-in for China". */
const PRESENT_VERB_BEFORE = /\b(?:is|are|pays?|faces?|use|apply|assume|budget)\s+(?:(?:now|still|currently|only|just|at)\s+)*$/i;

/** After a date: "'s " and what stands before the figure it is the time of ("'s ", "’s new "). */
/** After a date's possessive: the figure it is the time of ("last April's 145 percent", "August's new 50%"). */
const FIGURE_OWNS_DATE = /^\s+(?:(?:new|old|higher|lower|initial|first|top)\s+)?(?=\d)/;
/** From a date to a figure in the clause "when" opens right after it, with no other figure or break between: ", when the tariff went to ". */
const WHEN_RIGHT_AFTER_DATE = /^,?\s*when\s+[^,;.\d%]{0,120}$/i;
/** The longest text WHEN_RIGHT_AFTER_DATE can match: longer ones are not cut out to be tried (each claim asks of each date). */
const WHEN_CLAUSE_REACH = 130;
/** "30% (was 145 in April)": the date of the old level in brackets, not of the figure before them. */
const OLD_LEVEL_IN_BRACKETS_BEFORE = /\(\s*(?:was|were|from|down\s+from|up\s+from)\s+\d+(?:\.\d+)?\s?%?\s+(?:in|on|until|till|through|back\s+in)\s+$/i;
/** A sentence the splitter left joined, as chats write them: "20%, no deal yet. was 32". */
const LOWER_CASE_SENTENCE_BETWEEN = /[.!]\s+[a-z]/;
/** Between a date and a figure that starts the next item of a list or sequence: ", and ", " and ", ", then ". */
const NEXT_ITEM_BETWEEN = /^,?\s+(?:(?:and\s+)?then|and|or)\s+$/i;
/** From a figure to a date: another figure the rate went to "then", right before the date ("20%, then 10% from Nov 10"), whose date it is. */
const THEN_ANOTHER_FIGURE = /^\s*,?\s*(?:and\s+)?(?:then|later|afterwards|→|->)\s+(?:to\s+)?\d+(?:\.\d+)?\s?(?:%|percent\b|per\s?cent\b)\s*(?:[\w-]+\s+){0,2}$/i;
/** "…, with further increases scheduled for January 2026": the date of changes the sentence names without their figures. */
const PLANNED_CHANGE_BEFORE = /\b(?:increases?|rises?|hikes?|changes?|cuts?|reductions?|steps?)\s+(?:(?:are|is|were|was)\s+)?(?:scheduled|due|set|planned|slated|expected)\s+(?:for|in|on|from)\s+$/i;
const REPLACED_THING_BEFORE = /\b(?:replac(?:ed|es|ing)|supersed(?:ed|es|ing)|in\s+place\s+of|instead\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i;
const RATES_AFTER_DATE = /^\s+(?:[\w-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|levels?|lists?|schedules?)\b/i;
/** After a date: a comma and "and", which start the next item of a list. */
const ITEM_ENDS_AFTER = /^,\s+and\s/i;
/** After a date: "and" alone, before an item named without a verb of its own ("a 10% baseline from 5 April and Section 232 duties of 50%", not "rises to 30% on January 1 and the cabinet rate climbs to 50%"). */
const AND_AFTER = /^\s+and\s(?!then\b|since\b|until\b|through\b)/i;
const OWN_VERB_BEFORE_FIGURE = /\b(?:to|by)\s+(?:about\s+|around\s+)?$|\b(?:is|are|was|were|pays?|paid|faces?|faced|gets?|got)\b/i;
/** After a date: a comma, which ends the item of a figure the date follows ("a 10% baseline from 5 April, a 50% rate on Brazil"). */
const COMMA_AFTER = /^,\s/;

/** From a figure to a date after the list it is in: no stop, no contrast, no other verb of time. */
const LISTED_UP_TO = /^[^;:.!?]*$/;

/** Words between a date and a figure that keep the date from the figure: a turn after the date, an exception before it (see SentenceTimes.timeOf). */
const BETWEEN_WORDS = {
  turns: /,\s*but\s+(?:after|then|later|finally|eventually|in\s+the\s+end|as\s+of\s+(?:this|today|now|writing))\b/gi,
  exceptions: /\b(?:except|excluding|other\s+than|apart\s+from)\b/gi,
};
const SINCE_THEN_AFTER = /^\s*(?:(?:ever\s+)?since(?:\s+then|\s+the\s+\d{1,2}(?:st|nd|rd|th))?|thereafter|after\s+that|afterwards|from\s+then\s+on)\s*(?:[.;,!)]|$)/i;
/** "Counting the", "Including a", "With the": words that open a sentence with a part of the total it goes on to give. */
const PART_OPENS_SENTENCE = /^\W*(?:counting|including|with|adding|plus)\s+(?:the\s+|a\s+|an\s+)?$/i;
const AFTERWARDS_BETWEEN = /\b(?:afterwards?|subsequently|thereafter|after\s+that)\b/i;
const BEFORE_THAT_AFTER = /^\s*(?:before|prior\s+to)\s+(?:that|then)\s*(?:[.;,!)]|$)/i;
const UNTIL_IN_CELL = /\b(?:until|till|thru|through)\s+\w/i;
const NOW_HEADER = /\b(?:now|current|currently|today)\b/i;
const CHANGED_AFTER = /^[^.;,%\d]{0,60}?\b(?:was|were|got|had\s+been)\s+(?:then\s+)?(?:raised|cut|lowered|reduced|increased|hiked|halved|doubled|dropped|trimmed|slashed|bumped)\s+(?:down\s+|up\s+|back\s+)?to\b/i;
/** Right before a figure: "before that", "prior to that", "before then". */
const BEFORE_THAT_BEFORE = /\b(?:before|prior\s+to)\s+(?:that|then)\s*,?\s*(?:(?:it\s+was|they\s+paid|it\s+paid|(?:[\w'’-]+\s+){1,4}?(?:paid|faced|carried|were|was)(?:\s+(?:at|a|an|the))?)\s+)?$/i;

const within = (t: TimeExpression, g: { start: number; end: number }) => t.start >= g.start && t.end <= g.end;

/**
 * A table's labels as words read around a cell: their punctuation must not cut the cell off from them,
 * but a dash between dates still makes a range ("Mar 4 – Nov 9, 2025", whose year is both ends').
 */
function asLabelWords(label: string): string {
  return label.replace(DATE_RANGE_DASH, ' to ').replace(MAY_IN_BRACKETS, ' in May ').replace(TABLE_LABEL_BREAKS, ' ');
}
/** "| Duty paid 2025 |": a year alone in a column's header is the period of its figures, as "in 2025" is. */
function yearAsPeriod(header: string): string {
  return header.replace(BARE_YEAR, ' in $1');
}
/** Not a year of a date ("Jan 2026", "March 4, 2025", "spring 2025") nor one a word already relates ("since 2025", "FY 2025"). */
const BARE_YEAR = new RegExp(String.raw`(?<!\b(?:in|since|from|until|till|through|of|by|to|before|after|fy|[qh][1-4]|spring|summer|autumn|fall|winter|${MONTH_NAME_FORMS})\.?[\s,-]*|\d[\s,/.-]*)\b(20\d\d)\b(?![-/.]\d)`, 'gi');
const DATE_RANGE_DASH = /(?<=\d)\s*[\u2013\u2014]\s*(?=[A-Z][a-z]{2}|\d)/g;
const TABLE_LABEL_BREAKS = /[(),;:\u2014\u2013]/g;
/** "Spring tariff (May)": alone in brackets, "May" is the month, which chrono reads only as "in May" (bare, it is as often a verb). */
const MAY_IN_BRACKETS = /\(May\)/g;

/** `mayBeYearBefore`: the claim's date, its year guessed, may be a year earlier, a second reading (contract §2: a problem only under all). */
function judgedClaim(read: ReadClaim, offset: number, { time, pastTense }: ClaimTime, asOf: IsoDate, facts: FactBase, narrated: boolean, mayBeYearBefore: boolean): Claim {
  const startsAtTime = time !== undefined && (time.relation === 'since' || time.relation === 'after');
  // "imposed … from April 3" tells when it began; "has paid … since" runs to the present.
  const period = !time ? 'as-of' : startsAtTime && pastTense ? { from: time.from, to: time.to } : claimPeriod(time, asOf, pastTense);
  // Written out: spreading a record made only to be copied cost an allocation and a generic copy per claim.
  let judged: JudgedTime = period !== 'as-of' ? { date: period.to, period, because: time!.text } : time ? { date: asOf, because: time.text } : { date: asOf };
  const figure = read.figure;
  // "customs of 25% on heavy trucks from 1 October", written in September: a rate still to come.
  const framing = read.framing === 'plain' && startsAtTime && time.from > asOf ? 'future' : read.framing;
  const request = { value: figure.value, text: figure.text, readings: read.readings, framing, date: judged.date, period: judged.period, unanchored: read.unanchored, toldInThePast: narrated && !time && pastTense && !read.onlyStarted };
  let j = judge(facts, request);
  // "By April 10 we were paying 145%", in a 2026 look back at 2025: taken when the figure held then.
  if (PROBLEM_VERDICTS.has(j.verdict) && mayBeYearBefore && period !== 'as-of') {
    const earlier = periodYearsLater(period, -1);
    const then = judge(facts, { ...request, date: earlier.to, period: earlier });
    if (then.verdict === 'supported') {
      j = then;
      judged = { date: earlier.to, period: earlier, because: judged.because };
    }
  }
  const problem = PROBLEM_VERDICTS.has(j.verdict);
  const ids = j.factIds;
  return {
    kind: 'rate',
    start: offset + figure.start,
    end: offset + figure.end,
    text: figure.text,
    value: figure.value,
    verdict: j.verdict,
    expected: j.expected,
    factIds: ids,
    message: j.message,
    scope: j.scope,
    judged,
    fixes: problem
      ? j.expected.map((value) => ({ value, replacement: formatFigure(value, figure), factId: ids.find((id) => facts.byId(id)?.rate === value) ?? ids[0] }))
      : [],
  };
}
