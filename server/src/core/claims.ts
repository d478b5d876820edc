// Reads claims: decides which percentage figures are tariff rates, and what each one
// is about (imposer, partner, products, measure) following contract §2: first the
// words that govern the figure, then the rest of the sentence, then the nearest earlier
// mention in the paragraph, then the document's subject.
import type { Figure } from './figures';
import { figuresIn } from './figures';
import { PhraseTrie, isWordCode } from './phraseTrie';
import { firstIndex } from './search';
import { detached } from './usedMap';
import { speaksOfThePast } from './temporal';
import { UNNAMED_PARTNER, type ClaimScope, type Vocabulary } from './types';
import { COMBINED_MEASURE, EFFECTIVE_RATE_PHRASES, RETALIATORY_MEASURE, SCOPE_CHANGING_MEASURES, SEPARATE_DUTIES, partnerNames } from './vocabulary';

/**
 * How a sentence frames a figure: as a rate now, a former rate, a threat, or a future one;
 * `reported`: someone else's figure, quoted or "claimed", which the memo reports rather than asserts.
 */
export type Framing = 'plain' | 'former' | 'conditional' | 'future' | 'reported';

export interface ReadClaim {
  figure: Figure; // offsets are the sentence's
  /** Each reading the words allow; a claim is a problem only when it is one under all. */
  readings: ClaimScope[];
  framing: Framing;
  /** The figure's governing words, offsets within the sentence. */
  governing: { start: number; end: number };
  /** Its governing words tie it to the present ("now", "still"). */
  presentTense: boolean;
  /** Its governing words tell of the past with nothing tying them to the present ("imposed … from April 3"). */
  pastTense: boolean;
  /** Its past tense tells only that the rate began ("took effect after the pause"), which runs on to the present unless a date ends it. */
  onlyStarted: boolean;
  /** Nothing in its paragraph names a partner (not even every partner), a product or a measure for it. */
  unanchored: boolean;
  /** It has no verb of its own and is joined by "and" (or by a comma before one) to the next figure, whose verb it shares: "The 10% baseline and the 50% on India ended in February". */
  subjectWithNext?: true;
}

const STARTED = /\b(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+(?:force|effect)|entered\s+into\s+force|kicked\s+in|began|started)\b/i;

export interface PartnerMention {
  code: string;
  start: number;
  end: number;
  role: 'imposer' | 'partner';
  /** "Steel is at 50%, except steel from the UK, which pays 25%": the partner of the figures after it only. */
  exceptedBeforeItsOwn?: true;
  /** Named by a city ("Seoul", "Kuala Lumpur"), which may instead be where something happened. */
  byPlace?: true;
  /** Named in the country's own language ("galing Pilipinas"): a text that does so is partly in that language, which is not read. */
  inOwnLanguage?: true;
}

/** What the reader knows beyond the sentence: vocabularies and the document's context. */
export interface ReadingContext {
  products: PhraseMatcher;
  measures: PhraseMatcher;
  /** Is the document about tariffs at all? Weak words ("price", "obligation") count only then. */
  documentAboutTariffs: boolean;
  /** The earlier sentences of the paragraph, for the nearest partners and products they name. */
  earlier: EarlierSentences;
  /**
   * The document's subject partners: those its title names, or the one most of its partner
   * mentions name; or every partner and the one it names far more than any other.
   */
  subjectPartners: string[];
  /** Whether the text is quoted from elsewhere (a block quote, an email's quoted reply) or records a rate someone used (see recordsWhatWasUsed). */
  quoted?: boolean;
  /** Whether a quotation the sentence opens closes only in a later one ('Paul writes: "I pay 39%. When does it end?"'). */
  quotationRunsOn?: boolean;
  /** Whether the figure stands in a table's column of former rates (see inFormerRatesColumn). */
  former?: boolean;
  /** Whether the next sentence asks if this one is true ("Is that right?"), denies it ("It isn't.") or corrects it ("Correction: …"). */
  questioned?: boolean;
  /** Whether the figure is one outcome of a scenario table ("| Scenario | China | …", "| Bear case | 145% | …") or an item of a plan ("Here's my plan:" over "- A 60% tariff on Chinese EVs"). */
  scenario?: boolean;
  /** The one partner a measure's facts name, for a measure only that partner's goods pay ("russian-oil" → India). */
  soleTargetOfMeasure?: ReadonlyMap<string, string>;
  /** Whether the sentence is a table cell under a column header that names only a time, goods or a measure ("New (from 2025-08-07)", "Kitchen cabinets"): see headsLevels. */
  cellOfLevels?: boolean;
  /** Whether the sentence is a table cell under a column header for a partner or every partner ("EU origin", "Most partners"): see headsPartnerLevels. */
  cellOfPartnerLevels?: boolean;
  /** Where a table row's notes start in the sentence made of its cell ("| India | 50% | oil penalty |" under "Notes"): a measure there may be one part of the figure. */
  notesFrom?: number;
}

/** "A: 39%.", "A. 15%", "**Answer:** …": an answer to the question before it. */
export const ANSWER_LEAD = /^[\W_]*(?:A|Ans|Answer)[*_]*\s*[:\u2014.][*_]*\s/;
/** The answer's lead and nothing else before the figure: "A: 39%". */
const ANSWER_ONLY_BEFORE = new RegExp(String.raw`${ANSWER_LEAD.source}\s*(?:about\s+|around\s+|roughly\s+)?$`);
/** A speaker's handle or name and its colon: "dev: ", "HOST: ". */
const SPEAKER_LEAD = String.raw`[\w.@-]{1,20}:\s+`;
/** A chat reply's handle and a word or two of assent before the figure: "dev: yeah 30%", "sam: it's about 30%", "A: Yes, it's a flat 15%". */
const REPLY_ONLY_BEFORE = new RegExp(String.raw`^[\W_]*${SPEAKER_LEAD}(?:(?:yeah|yes|yep|yup|ok|okay|so|well|it['’]?s|it\s+is|about|around|roughly|a|flat|still|now)[,\s]+){0,4}$`, 'i');
export const QUESTION_END = /\?[\s"'”’)\]*_]*$/;
const ASKS_FOR_A_RATE = /\b(?:rates?|pays?|paid|faces?|faced|charged)\b/i;
/** "HOST: Canada?", "Q. Vietnam?", "And Britain?", "What about Mexico?": a partner alone asked about, in a run of questions on rates. */
const PARTNER_ONLY_ASKED = new RegExp(String.raw`^[\W_]*(?:${SPEAKER_LEAD}|Q\d*[.:)]\s+)?(?:(?:and|so|ok(?:ay)?|now|what\s+about|how\s+about)[,\s]+){0,2}(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s*\?`);

/** "Is that right?", "Is this still the case?", "Is he right?", "Is 39% still the right rate?", "Is that live now?", "True?": a sentence that puts the one before it in question. */
const ASKS_WHETHER_TRUE = /^\W*(?:check\s+this(?:\s+one)?\s*,\s*(?:[\w-]+\s*,\s*)?)?(?:(?:is|isn['’]t|are|aren['’]t)\s+(?:that|this|it|they|those|these|he|she|the\s+[\w-]+|\d+(?:\.\d+)?\s?%)\s+(?:still\s+|really\s+|actually\s+)?(?:the\s+)?|still\s+(?:the\s+)?)?(?:right|true|correct|accurate|so|the\s+case|real|legit|live|in\s+(?:force|effect)|valid)(?:\s+(?:rate|figure|number))?(?:\s+(?:now|yet|already))?\s*(?:\?|\s+or\s+(?:is|are|was|did|does|do)\b)/i;
/** "Anyone know the real numbers?", "Can someone confirm?": a sentence that asks for the right figures after the one before. */
const ASKS_FOR_REAL_FIGURES = /^\W*(?:does\s+)?(?:any(?:one|body)|some(?:one|body))\s+(?:know|knows|have|has|got)\s+(?:the\s+)?(?:real|actual|right|correct|true|current)\s+(?:numbers?|rates?|figures?)\b|^\W*can\s+(?:any(?:one|body)|some(?:one|body))\s+(?:confirm|verify|check)\b/i;
/** "It isn't.", "That is not correct.", "They don't.", "Wrong.", "Nope, it was 15%.": a sentence that denies the one before it. */
const DENIES = /^\W*(?:(?:no|nope)(?=[.!]\s*(?:$|[^\d\s]))|nope(?=\s*[,\u2014\u2013-])|(?:it|that|this|they|those|these|which)\s+(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|is\s+not|are\s+not|was\s+not|were\s+not|do\s+not|does\s+not|did\s+not)(?:\s+(?:any\s?more|longer))?(?:\s+(?:right|true|correct|accurate|valid|so|the\s+case|how\s+(?:it|this|that|any\s+of\s+(?:it|this|that))\s+works))?|(?:is|are)\s+not\s+(?:any\s?more\s+|longer\s+)?(?:right|true|correct|accurate|valid)|(?:it|that|this)(?:['’]s|\s+is|\s+was)\s+(?:simply\s+|just\s+|plainly\s+|flat\s+)?(?:wrong|false|incorrect|untrue|misleading|not\s+(?:right|true|correct|accurate|so))|(?:I|we)\s+wish\s+(?:that|it|this)\s+(?:were|was)\s+(?:so|true|the\s+case)|wrong|false|untrue|not\s+(?:true|so))\s*(?:[.!;:,]|$)/i;

/**
 * "Correction: it is 10%, not 15%", "The Federation considers this incorrect", "CBO Mbeki corrected this:", "I have asked him to stop saying that",
 * "It has been 50% since June 4.", "The rate since August 7 is 20%.": a sentence that corrects the one before it.
 */
const CORRECTS = /^\W*(?:it|they|the\s+(?:actual\s+|real\s+|correct\s+)?rate)\s+(?:since\s+[^,.;]{1,30}?\s+)?(?:is|are|has\s+been|have\s+been)\s+(?:actually\s+|in\s+fact\s+|really\s+)?(?:only\s+)?(?:at\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per\s?cent\b)|^\W*(?:I|we)\s+(?:have\s+|had\s+)?(?:asked|told|reminded)\s+(?:him|her|them|people|everyone)\s+(?:to\s+stop|not\s+to)\s+(?:say(?:ing)?|repeat(?:ing)?|us(?:e|ing)|quot(?:e|ing)|cit(?:e|ing))\b|^\W*(?:correction|erratum|clarification)(?:\s+(?:from|by)\s+(?:the\s+|a\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*[:\u2014\u2013-]|^\W*(?:they|he|she|it|you)(?:['’]re|['’]s|\s+(?:are|is|were|was))\s+(?:still\s+)?(?:quoting|using|citing|applying)\s+(?:the\s+|an\s+)?(?:old|outdated|wrong|stale|previous|former)\b|^\W*(?:I\s+)?told\s+(?:him|her|them)\s+(?:that(?:['’]s|\s+is|\s+was)\s+)?(?:wrong|not\s+right|incorrect|outdated)\b|^\W*(?:these|those|the|both|all)\s+(?:[\w-]+\s+)?(?:numbers|figures|rates)\s+(?:are|were)\s+(?:all\s+|both\s+)?(?:outdated|out\s+of\s+date|wrong|incorrect|stale|obsolete)\b|^\W*see\s+(?:the\s+)?(?:correction|erratum)\s+(?:below|further\s+down|at\s+the\s+end)\b|^\W*the\s+(?:real|actual|correct|right)\s+(?:number|rate|figure|tariff)\s+(?:is|was)\b|^\W*(?:a\s+)?correction\s+(?:is|was)\s+(?:necessary|needed|required)\b|^[^.;:]{0,60}?\bcorrect(?:ed|s)\s+(?:this|that|him|her|them|it|me|us|the\s+(?:figure|rate|number))\b|^[^.;:]{0,60}?\b(?:considers?|considered|deems?|deemed|calls?|called|finds?|found|believes?)\s+(?:this|that|these|those|it|them)\s+(?:to\s+be\s+)?(?:incorrect|wrong|false|mistaken|inaccurate|outdated|out\s+of\s+date|misleading)\b/i;

/** "that answer has been withdrawn", "this figure was wrong": words that take back what was said before them. */
const RETRACTION = String.raw`(?:that|this|the|which)\s+(?:[\w-]+\s+)?(?:has\s+been|have\s+been|was|were|is|are)\s+(?:since\s+|now\s+|also\s+)?(?:withdrawn|retracted|corrected|wrong|incorrect|not\s+correct|(?:an\s+)?old|out\s+of\s+date|outdated|mistaken|a\s+mistake|an\s+error|a\s+typo|a\s+misprint)\b`;
/** "Sorry, no, scratch that.": a speaker taking back what they just said. */
const RETRACTS = new RegExp(String.raw`^\W*(?:${RETRACTION}|(?:sorry|wait|oops)\s*[,!.]?\s*(?:no|nope)\b|scratch\s+that\b)`, 'i');
/**
 * Words right after a figure that take it back or give it as someone else's, each alternative
 * bounded to the words near the figure:
 * - told: "Japan's rate is 24% they told me", "25%, I was told";
 * - rejected or called a slip: "a 15% 'EU tariff adjustment' on German hops, which we are
 *   disputing", "tells everyone Chinese gowns pay 54%, bless her, she's wrong", "The 32% on our
 *   PD line is a typo from the April sheet", "the 50% thing is a rumor from LinkedIn";
 * - taken back at once: "the nineteen percent on Vietnam no wait Vietnam was twenty";
 * - heard of by others: "the 15% EU reciprocal rate they read about";
 * - corrected or denied in brackets: "20% (it was cut to 10% on November 10)", "are 30% (they're not, it's fifteen percent)";
 * - retracted after a semicolon: "… still said they face 27.5%; that answer has been withdrawn";
 * - waved off: "dealers tell people they pay 27.5%, which, no"; "About the reciprocal 35%: no, it is twenty percent"; "the 145% rate is still live - it isnt";
 * - corrected after a semicolon: "filed at the 84% rate; corrected same day to 125%";
 * - corrected after a comma: "you have the grinder bits at 30% duty, should be 20%";
 * - a stale publication's: "Swiss goods still paid 39%, according to several trade newsletters that had not caught up";
 * - on a paper someone else sent: "EU cheeses still pay 15%, according to the price list one distributor sent its accounts";
 * - contradicted by a source: "say the rate is 31% in their planning; the annex says otherwise";
 * - left in a tool: "the reciprocal of 20% for European Union is still applied in the software of one broker";
 * - on others' stale papers or in others' accounts: "still carry the 10% Section 122 surcharge on some brokers' estimates",
 *   "still facing a 39 percent tariff in many trade-press summaries";
 * - said not to be what is collected: "still invoice a 25% duty, which no longer reflects what CBP collects";
 * - on a document to correct: "Japan is 24% is the information on some supplier's document, please correct it";
 * - said in brackets to be stale: "36%... (this was the April figure, now not valid)";
 * - said by others to be stale: "still pays 25%, operators told us, though brokers say that is no longer the case";
 * - spoken of as if still in force: "a 145% tariff on China as if it still applied";
 * - said to have ended after a semicolon: "still carry the 20% fentanyl tariff, a receipt suggested; in fact that duty ended";
 * - taken back as it is said: "twenty percent on top of the Section 301 duties, no, wait".
 */
const TAKEN_BACK_AFTER = new RegExp(
  [
    // Taken back as it is said: "twenty percent on top of the Section 301 duties, no, wait, sorry, scratch that".
    String.raw`^[^.;!?]{0,60}?[,\u2014\u2013]\s*(?:no|sorry|wait|scratch\s+that)\s*[,\u2014\u2013]`,
    String.raw`^[^.;!?]{0,30}?\b(?:(?:they|he|she|someone|somebody|people|the\s+[\w-]+)\s+(?:told|tell|tells)\s+(?:me|us)|(?:I|we)\s+(?:was|were)\s+told)\b`,
    String.raw`^[^.;]{0,60}?,\s*which\s+(?:we|I)\s+(?:are\s+|am\s+|have\s+)?(?:disput\w*|contest\w*|challeng\w*|reject\w*|refus\w*)\b`,
    String.raw`^[^.;]{0,60}?,\s*which\s+(?:doesn['’]t|does\s+not|didn['’]t|did\s+not)\s+match\b`,
    String.raw`^[^.;]{0,60}?\bas\s+(?:though|if)\s+(?:it|they)\s+(?:(?:were|was)\s+(?:still\s+)?(?:live|current|in\s+(?:force|effect)|the\s+rate|collected|charged|valid)|(?:still\s+)?(?:applied|applies|apply|held|holds|stood|existed|counted|mattered))\b`,
    String.raw`^[^.;]{0,60}?,\s*(?:but\s+)?(?:it|that|this)(?:['’]s|\s+is)\s+not\s+what\s+(?:you|we|they|importers|anyone)\s+(?:pay|paid|owe)\b`,
    String.raw`^[^.;]{0,60}?,\s*which\s+(?:we|I)\s+(?:consider|regard\s+as|call|think\s+is)\s+(?:to\s+be\s+)?(?:a\s+|an\s+|plainly\s+|simply\s+)?(?:misreading|misinterpretation|mistake|error|wrong|incorrect)\b`,
    String.raw`^[^.;]{0,40}?,\s*(?:a|an)\s+(?:claim|figure|number|assertion|statement)\s+(?:that\s+)?(?:I|we)\s+(?:could\s+not|couldn['’]t|cannot|can['’]t|was\s+unable\s+to|were\s+unable\s+to)\s+(?:square|verify|confirm|reconcile|match)\b`,
    String.raw`^\s+(?:[\w-]+\s+){0,2}?in\s+the\s+minds?\s+of\b`,
    String.raw`^[^.;!?]{0,40}?\b(?:is|was|are|were)\s+what\s+(?:[\w'’-]+\s+){1,4}?(?:(?:told|tells|gave|gives|quoted)\s+(?:us|me|them)|said|says)\b`,
    String.raw`^[^.;]{0,40}?\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:just\s+|simply\s+|plain\s+|dead\s+)?(?:wrong|mistaken)\b`,
    String.raw`^[^.;]{0,50}?\b(?:is|was|are|were)\s+(?:just\s+|simply\s+|only\s+)?(?:a|an)\s+(?:typo|misprint|slip|leftover|rumou?r|myth|hoax)\b`,
    String.raw`^[^.;()]{0,40}?\(\s*(?:they|it|that)(?:['’]re|['’]s|\s+are|\s+is)\s+not\b`,
    String.raw`^[^.;]{0,30}?\b(?:no\s+wait|wait\s+no|sorry|i\s+mean|scratch\s+that|i\s+misspoke|my\s+mistake)\b`,
    String.raw`^[^.;!?]{0,40}?[,;\u2014\u2013]\s*(?:it\s+|that\s+|which\s+)?should\s+(?:be|read|say)\s+(?:\d|(?:[a-z]+-)?[a-z]+\s+(?:percent|per\s?cent)\b)`,
    String.raw`^[^.;]{0,40}?(?:;\s*)?\b(?:then\s+)?(?:it\s+)?(?:was\s+)?(?:corrected|rectified)\s+(?:(?:the\s+)?(?:same|next)\s+day\s+|later\s+)?to\b`,
    String.raw`^[^.;()]{0,40}?\(\s*(?:it|that|this|the\s+rate)\s+(?:was|has\s+been|is|had\s+been)\s+(?:actually\s+|in\s+fact\s+|since\s+|now\s+)?(?:cut|lowered|raised|reduced|changed|\d)`,
    String.raw`^[\s\S]{0,100}?;\s*${RETRACTION}`,
    String.raw`^\s*,\s*(?:the|a)\s+(?:figure|number|rate)\s+(?:from|in|of)\s+(?:the\s+|an?\s+)?(?:first|earlier|old|older|original|previous|draft|uncorrected|superseded)(?:,?\s+(?:uncorrected|unrevised|draft|superseded))?\s+(?:version|draft|release|edition|list|annex|text)\b`,
    String.raw`^[\s\S]{0,100}?;\s*(?:but\s+)?in\s+(?:fact|reality|truth),?\s+(?:that|this|it|the)\s+(?:[\w-]+\s+)?(?:(?:has|had)\s+(?:since\s+|already\s+)?)?(?:ended|expired|lapsed|(?:was|were|been)\s+(?:lifted|removed|struck\s+down|scrapped|refunded))\b`,
    String.raw`^[^.]{0,120}?;\s*(?:but\s+)?(?:we|I)\s+(?:(?:read|see|interpret|understand)\s+(?:[\w'’-]+\s+){0,4}?differently|disagree|dispute\s+(?:that|this|it))\b`,
    String.raw`^[^.;]{0,60}?,\s*which,?\s*(?:no|nope)(?=\s*[.!,;]|\s*$)`,
    String.raw`^[^.;!?:]{0,40}?(?::|\s[\u2014\u2013-])\s*(?:no|nope|wrong|it\s+(?:isn['’]?t|is\s+not|ain['’]?t)|it['’]s\s+not)\s*[,.!;\u2014\u2013]`,
    String.raw`^[^.;]{0,40}?\b(?:they|he|she|you|people|customers|clients|buyers)\s+(?:(?:have|had)\s+)?(?:read|heard|saw|seen)\s+(?:about|of|online|somewhere|on\s+(?:social|LinkedIn|Facebook|X|Twitter|TikTok))\b`,
    String.raw`^[^.]{0,80}?\bplease\s+correct\s+(?:it|this|that|them)\b`,
    String.raw`^[^.;]{0,10}?\(\s*(?:this|that|it)\s+was\s+[^()]{0,40}?\b(?:now\s+)?(?:not|no\s+longer)\s+valid\b`,
    String.raw`^[^.;]{0,100}?,\s*(?:though|but|although|yet)\s+(?:[\w'’-]+\s+){0,4}?(?:that|this|it)(?:['’]s|\s+is)\s+no\s+longer\s+(?:the\s+case|true|so|right|correct)\b`,
    String.raw`^[^.;]{0,50}?\b(?:is|are)\s+still\s+(?:applied|used|loaded|set|coded|entered)\s+in\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:software|system|spreadsheet|sheet|template|calculator|erp|tool)\b`,
    String.raw`^[^.]{0,80}?;\s*(?:but\s+)?(?:the\s+|their\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:says|said|shows|showed)\s+otherwise\b`,
    String.raw`^\s+(?:(?:tariff|duty|rate)\s+)?(?:still\s+)?in\s+(?:the|our|their|your|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:portal|system|software|spreadsheet|template|erp|database|app|calculator)s?\b`,
    String.raw`^[^.;]{0,40}?\s(?:on|in)\s+(?:some|many|several|most|a\s+few|older|old|stale|outdated)\s+(?:[\w'’-]+\s+){0,2}?(?:estimates?|quotes?|quotations?|calculations?|worksheets?|summar(?:y|ies)|reports|accounts|headlines|articles|stories|write-?ups|round-?ups|explainers)\b`,
    String.raw`^[^.;]{0,60}?,\s*which\s+(?:no\s+longer|(?:does|do)\s+not|(?:does|do)n['’]t)\s+(?:reflects?|match(?:es)?)\s+what\b`,
    String.raw`^\s*,?\s*per\s+(?:one|a|an|some|several|many|these|those|our|my)\s+(?:[\w'’-]+\s+){0,2}?(?:summar(?:y|ies)|reports?|posts?|rumou?rs?|flyers?|newsletters?|threads?|headlines?|articles?)\b`,
    String.raw`^[^.;]{0,40}?,?\s*according\s+to\s+(?:one|a|an|some|this|that|my|our|several|many|a\s+few)\s+(?:of\s+(?:our|my|the|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:flyers?|leaflets?|newsletters?|posts?|tweets?|rumou?rs?|salesm[ae]n|reps?|guys?|friends?|videos?|tiktoks?|forum\s+posts?|chats?|customers|clients|shippers|importers|members|suppliers|notes?|memos?|estimates?)\b`,
    String.raw`^[^.;]{0,40}?,?\s*according\s+to\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:price\s+lists?|lists?|sheets?|quotes?|invoices?|flyers?|e-?mails?|spreadsheets?)\s+(?:that\s+)?(?:one|a|an|some|several|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?(?:sent|gave|circulated|e-?mailed|posted|shared|forwarded|handed)\b`,
    String.raw`^[^.;]{0,40}?,?\s*according\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:newsletters?|articles?|columns?|posts?|blogs?|websites?|tweets?|threads?|forums?|headlines?|flyers?|sheets?)\s+(?:that|which)\s+(?:had|have|has|did|do|does)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:caught\s+up|been\s+(?:updated|corrected)|kept\s+up)\b`,
  ].join('|'),
  'i',
);

/** Does the sentence say the writer's side bills a surcharge? "Effective April 14 we will add a 25% tariff surcharge": its dates are the seller's too. */
export function billsOwnSurcharge(sentence: string): boolean {
  return OWN_SURCHARGE_TOLD.test(sentence);
}

/** Does the sentence ask whether the one before it is true, deny it, correct it or take it back? */
export function putsPreviousInDoubt(sentence: string): boolean {
  return ASKS_WHETHER_TRUE.test(sentence) || DISMISSES.test(sentence) || IF_THEY_HOLD.test(sentence) || ASKS_FOR_REAL_FIGURES.test(sentence) || DENIES.test(sentence) || CORRECTS.test(sentence) || RETRACTS.test(sentence) || NEVER_IN_FORCE.test(sentence) || TRUE_ONLY_UNTIL.test(sentence);
}

/**
 * Does the sentence dispute what a person said in the one before? "Dave says EU tires pay 10% now. Tom disagreed, …",
 * "One panelist said … Another panelist disagreed."
 * (not the writer's own reading that a colleague disputes: "Our reading is that … (Lukas disagrees; see Risks.)").
 */
export function disputesWhatWasSaid(sentence: string, before: string): boolean {
  return DISAGREED.test(sentence) && NAMED_SPEAKER.test(before);
}
const DISAGREED = /^\W*(?:[A-Z][a-z]+|(?:Another|The\s+other)\s+[a-z]+)\s+(?:disagreed|disagrees|disputed\s+(?:it|that|this)|pushed\s+back|corrected\s+(?:him|her|them))\b/;
const NAMED_SPEAKER = /\b(?:[A-Z][a-z]+|[Oo]ne\s+[a-z]+)\s+(?:says|said|thinks|thought|claims|claimed|told\s+us)\b/;

/**
 * Does the sentence say the rate the one before gave has ended? "Brokers still key in the 35% Canada rate. It ended in February."
 * Said after a rate told in the past ("was raised to 15 percent. It lapsed on July 24"), it tells what came next, and doubts nothing.
 */
export function saysItEnded(sentence: string): boolean {
  return SAYS_IT_ENDED.test(sentence);
}
const SAYS_IT_ENDED = /^\W*(?:it|that|this|they|those|(?:that|this|the)\s+(?:rate|duty|tariff|figure|penalty|surcharge))\s+(?:has\s+|have\s+|had\s+)?(?:since\s+|already\s+|long\s+)?(?:ended|expired|lapsed|(?:been|was|were)\s+(?:lifted|removed|scrapped|revoked|struck\s+down|dropped|withdrawn|ended))(?=\s+(?:in|on|last|back|at|when|after|with|as\s+of|effective|months|weeks|a\s+while)\b|\s*[.;,:!]|\s*$)/i;

/**
 * "That's a threat from a press conference, not a rate.", "He has mixed it up with the Canada/Mexico figure.",
 * a seller's "It is NOT a duty rate, it's our price adjustment.": the figure before was only threatened or floated,
 * someone's muddle, or no duty at all.
 */
const DISMISSES = /^\W*(?:(?:it|that|this)(?:['’]s|\s+is|\s+was)\s+not\s+(?:a|an|the)\s+(?:duty|tariff|customs)\s+(?:rate|charge)\b|(?:it|that|this)(?:['’]s|\s+is|\s+was)\s+(?:just\s+|only\s+|merely\s+|still\s+)?(?:a|an)\s+(?:threat|rumou?r|trial\s+balloon|campaign\s+(?:number|promise|pledge|line)|talking\s+point|negotiating\s+(?:position|tactic|ploy))\b|(?:he|she|they|you)(?:['’]s|['’]ve|\s+(?:has|have|had|must\s+have|probably))?\s+(?:mixed|mixing|muddled|muddling|confused|confusing)\s+(?:it|that|this|them|those|the\s+(?:two|rates|figures|numbers))\s+(?:up\b|with\b))/i;
/** "If those stick, a $1,000 bike could be $1,300": the rates of the sentence before are still to come, maybe. */
const IF_THEY_HOLD = /^\W*if\s+(?:those|these|they|that|this|it)\s+(?:rates?\s+|numbers?\s+|figures?\s+|tariffs?\s+)?(?:really\s+|actually\s+)?(?:stick|sticks|hold|holds|happen|happens|go\s+through|goes\s+through|take\s+effect|takes\s+effect|come\s+in|comes\s+in|kick\s+in|kicks\s+in)\b/i;
/** "That was true until September 16", "That was true in April.": the sentence before gave a rate that has since changed. */
const TRUE_ONLY_UNTIL = /^\W*(?:that|this|it)\s+(?:was|used\s+to\s+be)\s+(?:true|right|correct|the\s+case|the\s+rate)\s+(?:until|before|up\s+to|in|for|back\s+in|last)\b/i;

/** "It was floated in February and never proclaimed": the rate the sentence before gave never applied. */
const NEVER_IN_FORCE = /^\W*(?:neither|none)(?:\s+of\s+(?:them|these|those|the\s+[\w-]+))?\s+(?:was|were|has\s+been|have\s+been|got)\s+(?:ever\s+)?(?:put\s+in\s+place|imposed|implemented|applied|collected|enacted|proclaimed)\b|^\W*(?:it|that|this|they|those)\s+(?:[\w'’-]+\s+){0,12}?(?:never|not\s+yet)\s+(?:actually\s+|really\s+)?(?:been\s+|got\s+|gotten\s+)?(?:proclaimed|imposed|implemented|took\s+effect|taken\s+effect|applied|collected|happened|came\s+into\s+force|notified|published|signed)\b|^\W*(?:it|that|this)\s+(?:was|has)\s+never\s+(?:been\s+)?the\s+(?:number|rate|figure|tariff)\b/i;

// ---------------------------------------------------------------------------------
// Phrase matching

/** Finds vocabulary phrases in text; longest phrase wins, whole words only. */
export class PhraseMatcher {
  private readonly trie: PhraseTrie;
  private readonly keysOf = new Map<string, string[]>();
  /** The phrase and keys of each spelling found so far: a document repeats its few spellings many times. */
  private readonly namedBy = new Map<string, { phrase: string; keys: string[] }>();

  constructor(entries: Iterable<[string, string[]]>, extraPhrases: Iterable<string> = []) {
    const add = (phrase: string, key: string | undefined) => {
      const p = phrase.toLowerCase().trim();
      if (!p) return;
      const keys = this.keysOf.get(p) ?? [];
      if (key && !keys.includes(key)) keys.push(key);
      this.keysOf.set(p, keys);
    };
    for (const [key, phrases] of entries) for (const p of [key, ...phrases]) if (key !== 'all') add(p, key);
    for (const p of extraPhrases) add(p, undefined);
    this.trie = new PhraseTrie(this.keysOf.keys(), {
      ignoreCase: true,
      flexibleSeparators: true,
      startsAfter: (code) => !isWordCode(code) && code !== HYPHEN,
      endsAt: (text, end, to) => end === to || !isWordCode(text.charCodeAt(end)),
    });
  }

  /** Matches in text: the phrase (lower case) and the keys it names. */
  find(text: string, from = 0, to = text.length): { phrase: string; keys: string[]; start: number; end: number }[] {
    return this.trie.matches(text, from, to).map(({ start, end }) => {
      const written = text.slice(start, end);
      let named = this.namedBy.get(written);
      if (!named) {
        // Kept for the matcher's life: copies, not cuts that would keep this document alive.
        const phrase = detached(written.toLowerCase().replace(/[\s-]+/g, (s) => (s.includes('-') ? '-' : ' ')));
        const keys = this.keysOf.get(phrase) ?? this.keysOf.get(phrase.replace(/-/g, ' ')) ?? this.keysOf.get(phrase.replace(/\s+/g, '-')) ?? [];
        if (this.namedBy.size >= 10_000) this.namedBy.clear(); // odd spellings typed over a long session cannot pile up
        this.namedBy.set(detached(written), (named = { phrase, keys }));
      }
      return { phrase: named.phrase, keys: named.keys, start, end };
    });
  }
}

/** Words over a list whose figures are prices, costs or changes, whatever tariff they follow: "Price rises since the tariffs:" (not "What did not change: …"). */
const PRICES_OR_CHANGES = /\b(?:prices?|pric(?:ed|ing)|costs?|costing|ris(?:e|es|ing)|rose|increases?|increased|hikes?|hiked|went\s+up)\b|(?<!\b(?:not|never|no)\s|n['’]t\s)\b(?:changes?|changed)\b/i;

/** A measure word that names one kind of duty, not a total, another kind of figure or a duty the facts leave out: what a later sentence may take. */
const namesAMeasureOnly = (m: PhraseMatch) => m.keys.every((k) => k !== COMBINED_MEASURE && !SCOPE_CHANGING_MEASURES.has(k) && !SEPARATE_DUTIES.has(k));

/** A sentence read before, with what it names once that is found. */
interface EarlierSentence {
  text: string;
  partners?: string[];
  products?: string[];
  measures?: string[];
  /** Whether it names a tariff and no other topic, or is a fragment of goods and their level after one that does (see namesTariffJustBefore). */
  tariffNamed?: boolean;
  /** Whether it is about another topic (OTHER_TOPIC) and names no tariff. */
  anotherTopic?: boolean;
  /** For a sentence that names none of these, the index of the nearest before it that does (-1: none), once a search has passed it. */
  namingBefore?: { partners?: number; products?: number; measures?: number };
}

/**
 * The sentences of a paragraph before the one being read. A claim falls back on the
 * nearest that names partners (or products) only when its own sentence names none, so
 * what an earlier sentence names is found when a claim asks, not for every sentence:
 * most sentences quote no figure, and searching them was a large part of a check.
 */
export class EarlierSentences {
  private readonly sentences: EarlierSentence[] = [];

  constructor(private readonly vocabulary: Pick<ReadingContext, 'measures' | 'products'>) {}

  /** Adds the sentence just read, with what it names when that was found already. */
  add(text: string, named?: SentenceMatches): void {
    this.sentences.push(named ? { text, partners: partnersNamed(partnerCodesOf(named.mentions), named.everyPartner.length > 0), products: named.productKeys } : { text });
  }

  /** The partners named by the nearest earlier sentence that names any ("every partner" names `*`). */
  nearestPartners(): string[] | undefined {
    return this.nearestNamingPartners()?.partners;
  }

  private nearestNamingPartners(): EarlierSentence | undefined {
    return this.nearestNaming('partners', (text) => partnersNamed(partnerCodesOf(partnersIn(text)), EVERY_PARTNER_IN.test(text)));
  }

  /**
   * The same, unless that sentence named them with other goods than `products`, the goods
   * the figure's own sentence names: "Japan negotiated 15% for its cars. In October new
   * tariffs hit furniture: 25% …" is not about Japanese furniture.
   */
  nearestPartnersOfGoods(products: string[]): string[] | undefined {
    const sentence = this.nearestNamingPartners();
    if (!sentence || !products.length) return sentence?.partners;
    const theirs = (sentence.products ??= this.productsIn(sentence.text));
    return theirs.length && !theirs.some((p) => products.includes(p)) ? undefined : sentence.partners;
  }

  private productsIn(text: string): string[] {
    const products = this.vocabulary.products.find(text);
    return phraseKeysOf(products.length ? productsOutside(text, products, this.vocabulary.measures.find(text)) : products);
  }

  /** The country other than the US that the sentence just before names as imposing a tariff, with that sentence. */
  imposerJustBefore(): { code: string; text: string } | undefined {
    const last = this.sentences[this.sentences.length - 1]?.text;
    const code = last === undefined ? undefined : withImposersOfTaxOnUs(last, partnersIn(last)).find((m) => m.role === 'imposer' && m.code !== 'US')?.code;
    return code === undefined ? undefined : { code, text: last! };
  }

  /** Whether the sentence just before gives a rate and no other topic's figure: "… they pay the EU rate of 15%. Before August 7 it was 10%." */
  givesARateJustBefore(): boolean {
    const last = this.sentences[this.sentences.length - 1]?.text;
    return last !== undefined && PERCENTAGE.test(last) && (STRONG_CUE.test(last) || RATES_WORD_ANY.test(last)) && !OTHER_TOPIC.test(last) && !PRICES_OR_CHANGES.test(last);
  }

  /** Whether the sentence just before says the writer's side puts a surcharge on its bills: "we added a separate tariff surcharge line to invoices". */
  ownSurchargeJustBefore(): boolean {
    const last = this.sentences[this.sentences.length - 1]?.text;
    return last !== undefined && billsOwnSurcharge(last);
  }

  /** Whether the sentence just before is about another topic and names no tariff (see readFigure), found once for it. */
  aboutAnotherTopicJustBefore(): boolean {
    const last = this.sentences[this.sentences.length - 1];
    return last !== undefined && (last.anotherTopic ??= OTHER_TOPIC.test(last.text) && !STRONG_CUE.test(last.text));
  }

  /** Whether the sentence just before asks about a rate: "What rate did Switzerland face from 7 August?" (its answer then gives one). */
  justAskedForARate(): boolean {
    const last = this.sentences[this.sentences.length - 1]?.text;
    return last !== undefined && QUESTION_END.test(last) && (STRONG_CUE.test(last) || ASKS_FOR_A_RATE.test(last) || (PARTNER_ONLY_ASKED.test(last) && namesPartner(last)));
  }

  /**
   * Whether the sentence just before (or the lead-in of a list item) names a tariff and no other topic: "The Section 232 tariffs stand as follows:".
   * Verbless fragments of goods and their levels in between go on from it: "… pays a 50 percent tariff. Copper, 50 percent. Lumber, 35 percent."
   */
  namesTariffJustBefore(): boolean {
    // Kept for each sentence once found: a speech may list thousands of fragments, and each asks.
    const last = this.sentences.length - 1;
    let i = last;
    while (i >= 0 && this.sentences[i].tariffNamed === undefined && GOODS_LEVEL_FRAGMENT.test(this.sentences[i].text)) i--;
    const from = this.sentences[i];
    const named = from === undefined ? false : (from.tariffNamed ??= STRONG_CUE.test(from.text) && !OTHER_TOPIC.test(from.text) && !PRICES_OR_CHANGES.test(from.text));
    for (let j = i + 1; j <= last; j++) this.sentences[j].tariffNamed = named;
    return named;
  }

  /** A duty the facts may leave out ("antidumping", "countervailing", the MFN duty) that the sentence just before names: a total after it may count it. */
  separateDutyJustBefore(): string | undefined {
    const last = this.sentences[this.sentences.length - 1];
    return last && separateDutyAmong(this.vocabulary.measures.find(last.text), true);
  }

  /** The measure words (see narrowingWords) of the nearest earlier sentence that names a measure: "… from Section 232. Canadian mills pay the same 50%". */
  nearestMeasures(): string[] | undefined {
    return this.nearestNaming('measures', (text) => narrowingWords(this.vocabulary.measures.find(text).filter(namesAMeasureOnly)))?.measures;
  }

  /** The products named by the nearest earlier sentence that names any. */
  nearestProducts(): string[] | undefined {
    return this.nearestNaming('products', (text) => this.productsIn(text))?.products;
  }

  /**
   * The nearest sentence that names any `names`, each sentence searched (with `find`) at most once.
   * The sentences a search passes remember where it ended, so the next search jumps over them:
   * a paragraph of thousands of claims that name no partner would otherwise walk back over all of them for each.
   */
  private nearestNaming(names: 'partners' | 'products' | 'measures', find: (text: string) => string[]): EarlierSentence | undefined {
    const passed: EarlierSentence[] = [];
    let i = this.sentences.length - 1;
    while (i >= 0) {
      const sentence = this.sentences[i];
      if ((sentence[names] ??= find(sentence.text)).length) break;
      const before = sentence.namingBefore?.[names];
      passed.push(sentence);
      i = before ?? i - 1;
      if (before !== undefined) break;
    }
    for (const sentence of passed) (sentence.namingBefore ??= {})[names] = i;
    return i >= 0 ? this.sentences[i] : undefined;
  }
}

/**
 * "Our beans face 13% at Chinese ports. Brazilian beans still pay just 3%": another country's
 * goods of the kind the sentence before had taxed by a country other than the US meet that country's tariff.
 */
function imposerOfSameGoodsBefore(sentence: string, mentions: PartnerMention[], matches: SentenceMatches, ctx: ReadingContext): string | undefined {
  if (matches.measures.length || mentions.some((m) => m.code === 'US')) return undefined;
  // The partners' goods first: most figures name none, and the sentence before is read for its imposer only when one does.
  const goodsOf = mentions.flatMap((m) => {
    const goods = m.role === 'partner' ? GOODS_NOUN_AFTER.exec(sentence.slice(m.end, m.end + 40))?.[1] : undefined;
    return goods === undefined ? [] : [{ code: m.code, goods }];
  });
  const before = goodsOf.length ? ctx.earlier.imposerJustBefore() : undefined;
  if (!before) return undefined;
  return goodsOf.some(({ code, goods }) => code !== before.code && new RegExp(String.raw`\b\w*${goods.replace(/s$/i, '')}s?\b`, 'i').test(before.text)) ? before.code : undefined;
}
const GOODS_NOUN_AFTER = /^\s+(?:[\w-]+\s+)?(beans|soybeans|corn|wheat|sorghum|pork|beef|poultry|chicken|cotton|wine|whiskey|whisky|bourbon|spirits|lobsters?|seafood|nuts|almonds|cars|autos|vehicles|steel|aluminum|aluminium)\b/i;

/** "paused for every partner except China" names every partner to a later sentence that names none. */
function partnersNamed(codes: string[], everyPartner: boolean): string[] {
  return codes.length || !everyPartner ? codes : ['*'];
}

let partnerTrie: PhraseTrie | undefined;
/** Partner codes by name, each space or hyphen in the name written as one space (see spacedName). */
const codeOfPhrase = new Map<string, string>();
/** A name as written, its separators as the keys of codeOfPhrase have them: prose wraps "South\nKorea" and writes "Guinea Bissau". */
// A line break with the next line's indent, or a hyphen before it, is one space: "South\n  Korea".
const spacedName = (written: string): string => (/[\s-]/.test(written) ? written.replace(/-?\r?\n[ \t]*|[\s-]/g, ' ') : written);
/** The phrases that are cities ("Tokyo", "Busan"): after "talks in" or before "meeting" they name where something happened. */
const placePhrases = new Set<string>();
/** The phrases that are also a person's name or a word ("Jordan", "Turkey"). */
const wordPhrases = new Set<string>();
/** The phrases that are a country's own name for itself. */
const ownLanguagePhrases = new Set<string>();

/** Partner names in text with the role each plays: imposing the tariff, or facing it. */
export function partnersIn(text: string): PartnerMention[] {
  if (!partnerTrie) {
    const names = partnerNames();
    for (const n of names) {
      // Headlines in capitals ("INDIA: 50% COMBINED TARIFF") name partners too; short codes stay as written.
      // (Not a country's own name for itself, which bilingual texts write as it is spelt.)
      for (const phrase of (n.phrase.length >= 4 && !n.inOwnLanguage ? [n.phrase, n.phrase.toUpperCase()] : [n.phrase]).map(spacedName)) {
        if (codeOfPhrase.has(phrase)) continue;
        codeOfPhrase.set(phrase, n.code);
        if (n.place) placePhrases.add(phrase);
        if (n.alsoAWord) wordPhrases.add(phrase);
        if (n.inOwnLanguage) ownLanguagePhrases.add(phrase);
      }
    }
    partnerTrie = new PhraseTrie(codeOfPhrase.keys(), {
      ignoreCase: false,
      flexibleSeparators: true,
      startsAfter: (code) => !isWordCode(code) && code !== DOT,
      // "U.S.A" is not "U.S" followed by more: a name never ends before a dot and a word character.
      endsAt: (t, end, to) => end === to || (!isWordCode(t.charCodeAt(end)) && !(t.charCodeAt(end) === DOT && end + 1 < to && isWordCode(t.charCodeAt(end + 1)))),
    });
  }
  const mentions: PartnerMention[] = [];
  let exceptedEnd = -1;
  let exceptedOwnEnd = -1;
  for (const { start, end } of partnerTrie.matches(text)) {
    // "the Russian-oil penalty", "25% Russian-oil", "purchases of Russian oil", "buying oil of Russia": a penalty on
    // India names the oil's origin, not a partner of the tariff. ("the rate on Moroccan crude oil" does.)
    if (OIL_PENALTY_AFTER.test(text.slice(end, end + 24)) || (text.charCodeAt(end) === HYPHEN && OIL_AFTER.test(text.slice(end, end + 12))) || (OIL_AFTER.test(text.slice(end, end + 12)) && PURCHASED_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && !TOPIC_OPENS_BEFORE.test(text.slice(0, start))) || OIL_BOUGHT_FROM_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "every partner except China", "articles, except of Russia": an exception is no partner of
    // the tariff, unless what follows is about it ("except the UK, whose steel pays 25%").
    // The rest of a list of them are exceptions too ("all except UK, Russia").
    // So is the next of a list whose items each have their own clause ("except Japan, which is capped at 15%, and the UK, capped at 10%").
    const excepted = EXCEPTED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || onlyOneSetApart(text, start, end) || EXCEPTED_AFTER.test(text.slice(end, end + 20)) || (exceptedEnd >= 0 && LIST_JOIN.test(text.slice(exceptedEnd, start))) || (exceptedOwnEnd >= 0 && AFTER_AN_EXCEPTION_OF_ITS_OWN.test(text.slice(exceptedOwnEnd, start)));
    if (excepted && !ABOUT_IT_AFTER.test(text.slice(end, end + 60)) && !ITS_GOODS_CLAUSE_AFTER.test(text.slice(end, end + 60))) {
      exceptedEnd = end;
      continue;
    }
    if (excepted) exceptedOwnEnd = end;

    const phrase = spacedName(text.slice(start, end));
    // "HOLLAND — Lakeshore Cabinetry is adding a shift": a dateline names where the story was filed.
    if (IN_CAPITALS.test(phrase) && DATELINE_AFTER.test(text.slice(end, end + 24)) && LINE_START_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // "the deal reached in Kuala Lumpur", "the Kuala Lumpur meeting": a venue; "shipped via Busan": a port passed through.
    // "Tokyo's offer", "officials in Hanoi" name a government, "chairs from Haiphong" an origin.
    if (placePhrases.has(phrase)) {
      const before = text.slice(Math.max(0, start - 40), start);
      if (VENUE_BEFORE.test(text.slice(Math.max(0, start - 80), start)) || TRANSIT_BEFORE.test(before) || EVENT_AT_PLACE_BEFORE.test(before) || VENUE_OF_EVENT.test(text.slice(end, end + 16)) || EVENT_AT_PLACE_ACTS.test(text.slice(end, end + 24))) continue;
    }
    if (wordPhrases.has(phrase) && !namesTheCountry(text, start, end)) continue;
    // "See UK note below", "the China section below": a pointer to another part of the text, not a partner of the figure here ("Mexico notes" as a title is about Mexico).
    const pointer = POINTER_AFTER.exec(text.slice(end, end + 30));
    if (pointer && (pointer[1] !== undefined || SEE_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) continue;
    // "CN 8703" and "CN code" are the EU's Combined Nomenclature, not China; "MX-5" is a car.
    if (phrase.length === 2 && CODE_OF_SOMETHING_ELSE_AFTER.test(text.slice(end, end + 8))) continue;
    // "non-Chinese suppliers" are any others; "a European country whose 39% rate was cut", "non-EU European
    // countries": Switzerland, Norway or the UK as well as the EU.
    if (NON_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    // "the European and Japanese buyers" of an exporter's goods: its customers, not a partner of the tariff.
    if (BUYERS_AFTER.test(text.slice(end, end + 40))) continue;
    // "Korean parts bought for the Mexico line": the buyer's own site the goods go to, not where they come from.
    if (FOR_A_SITE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && SITE_AFTER.test(text.slice(end, end + 24))) continue;
    // "the highest rate of all the European countries": the group a rate is compared within, not its partner.
    if (COMPARED_WITHIN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "glazes from England carry the same 20 percent as the EU", "unlike Japan": a partner compared with, not the figure's
    // ("the same day as Japan's 15%" still names the partner of a figure of its own).
    if (COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && !OWN_FIGURE_AFTER.test(text.slice(end, end + 12))) continue;
    if (/^european$/i.test(phrase) && (ONE_COUNTRY_AFTER.test(text.slice(end, end + 12)) || NON_EU_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) continue;
    const code = codeOfPhrase.get(phrase)!;
    const mention: PartnerMention = { code, start, end, role: roleOf(text, code, start, end) };
    if (excepted) mention.exceptedBeforeItsOwn = true;
    if (placePhrases.has(phrase)) mention.byPlace = true;
    if (ownLanguagePhrases.has(phrase)) mention.inOwnLanguage = true;
    mentions.push(mention);
  }
  return mentions;
}

/**
 * Is a name that is also a person's or a word ("Jordan", "Turkey") the country here? Not
 * in a full name ("Michael Jordan", "Jordan Ellis"), as a speaker ("Jordan: I think…"),
 * before what a person does ("Jordan said") or as food ("Turkey sandwiches").
 */
function namesTheCountry(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 24), start);
  return !(NAME_AFTER.test(after) || SPEAKER_AFTER.test(after) || PERSON_ACTS_AFTER.test(after) || FOOD_AFTER.test(after) || DISHES_AFTER.test(after) || DISHES_BEFORE.test(before) || (FIRST_NAME_BEFORE.test(before) && !WORD_BEFORE_A_COUNTRY.test(before)));
}

/** "fine china", "china dinnerware": the dishes, not the country. */
const DISHES_BEFORE = /\b(?:fine|bone|porcelain|wedding|good)\s+$/i;
const DISHES_AFTER = /^\s+(?:cabinets?|dinnerware|plates?|cups?|dish(?:es)?|tableware|ware|patterns?|hutch(?:es)?|sets?\s+(?:of|and|with))\b/i;

/** A surname and what follows a person's name: "Jordan Ellis, trade lead", "Jordan Ellis said" (not a table's header: "Jordan Present US tariff"). */
const NAME_AFTER = /^\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:,|\s*:|\s+(?:said|says|told|asked|wrote|writes|argued|noted|added|replied|thinks|of|from|at)\b)/;
const SPEAKER_AFTER = /^\s*(?:\([^)]*\)\s*)?:(?!\s*[\d.]+\s?(?:%|percent\b|per\s+cent\b))/i;
const PERSON_ACTS_AFTER = /^(?:['’]s\s+\w+\s+)?,?\s+(?:said|says|told|tells|asked|asks|wrote|writes|argued|argues|noted|notes|added|adds|replied|replies|thinks|thought|believes|explained|explains|suggested|suggests|mentioned|agreed|agrees|disagreed|emailed|posted|commented)\b/;
const FOOD_AFTER = /^\s+(?:breast|meat|legs?|sandwich\w*|dinner|burgers?|bacon|hunting|trot|day)\b/i;
const FIRST_NAME_BEFORE = /\b[A-Z][a-z]+\s+$/;
/** Capitalised words that stand before a country in headings, Title Case and a table's labels ("Apparel From Jordan", "Country Jordan"). */
const WORD_BEFORE_A_COUNTRY = /\b(?:From|To|On|In|And|For|Of|With|Like|Including|Except|Than|Versus|Via|Against|Between|Only|Both|Or|The|Country|Countries|Origin|Partner|Market|Source|Exporter|Supplier)\s$/;

/** "after Kuala Lumpur", "since Geneva": the place stands for what was agreed there. */
const EVENT_AT_PLACE_BEFORE = /\b(?:after|before|since|until|following|post|pre)[\s-]+$/i;
/** "Geneva took it to 30%, Kuala Lumpur to 20%": what was agreed at the place changed the rate. */
const EVENT_AT_PLACE_ACTS = /^\s+(?:(?:took|brought|cut|lowered|halved|reduced|moved|dropped|pushed|trimmed)\s+(?:it|them|the\s+\w+)\s+(?:down\s+)?to\b|to\s+\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b))/i;
const VENUE_OF_EVENT = /^\s+(?:meeting|talks|summit|arrangement|agreement|deal|truce|framework|round|accord|consensus|(?:reciprocal\s+)?(?:rate|level)\b(?!\s+(?:of|on|for)\b))\b/i;
const VENUE_BEFORE = /\b(?:reached|struck|signed|agreed|sealed|concluded|held|talks|meetings?|summit|negotiations|round)\s+(?:\w+\s+){0,10}?(?:in|at)\s+$|\b(?:agreement|deal|arrangement|accord|truce|consensus|talks|summit)\s+(?:of|in|at)\s+$/i;
const TRANSIT_BEFORE = /\b(?:via|through|thru|by\s+way\s+of|transit(?:s|ed|ing)?(?:\s+(?:in|at|through))?|transship(?:ped|ment|ments|ping)?\s+(?:in|at|through|via))\s+(?:the\s+port\s+of\s+)?$/i;
const IN_CAPITALS = /^[^a-z]+$/;
const DATELINE_AFTER = /^(?:,\s+[A-Z][A-Za-z.]+)?(?:\s+\([^)\n]{1,30}\))?\s+[\u2014\u2013-]{1,2}\s/;
/** At a line's start, or after a lead-in in capitals ("**CABINETS.** HOLLAND —"); not after a list's bullet ("  * CHINA - the reciprocal tariff …" names a partner). */
const LINE_START_BEFORE = /(?:^|\n)[ \t]*(?:[*_]{1,3}(?!\s))?(?:[A-Z][A-Z ]*[.:][*_]*\s+)?$/;
const ONE_COUNTRY_AFTER = /^\s+(?:country|nation|economy|state|ally|neighbou?r)\b/i;
const NON_BEFORE = /\bnon-$/i;
const NON_EU_BEFORE = /\bnon-?EU\s+$/i;
const BUYERS_AFTER = /^(?:\s*(?:,|,?\s+and|,?\s+or)\s+[A-Z][\w-]*)*\s+(?:buyers|customers|clients|consumers|purchasers|shoppers)\b/;
const COMPARED_WITH_BEFORE = /(?:\bsame\b[^.;:]{0,40}?\bas|\bunlike)\s+(?:the\s+)?$/i;
const OWN_FIGURE_AFTER = /^(?:['’]s?\b|\s*[(:]?\s*(?:at\s+)?\d)/;
const COMPARED_WITHIN_BEFORE = /\b(?:highest|lowest|largest|biggest|steepest|heaviest|harshest|toughest|worst|best|least)\s+(?:[\w-]+\s+)?(?:of|among|in)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?$/i;
const POINTER_AFTER = /^\s+(?:note|notes|footnote|row|rows|section|table|box|column|tab|sheet)\b(\s+(?:below|above|further\s+(?:down|up)))?/i;
const SEE_BEFORE = /\bsee\s+(?:the\s+)?$/i;
const CODE_OF_SOMETHING_ELSE_AFTER = /^(?:-\d|\s*(?:\d{4}|codes?\b|headings?\b))/i;
const OIL_AFTER = /^[\s-]+(?:oil|crude|petroleum)\b/i;
const OIL_PENALTY_AFTER = /^[\s-]+(?:oil|crude|petroleum)["'”’]?[\s-]+(?:wa{1,2}la\s+|vala\s+)?(?:penalt(?:y|ies)|punishments?|fines?|tariffs?|dut(?:y|ies)|levy|levies|sanctions?|surcharges?)\b/i;
/** Words that set the partner after them apart: "except steel from", "unless they come from", "other than", "25%, lower for EU/UK/Japan", a system's "ALL exc. CA MX" (codes it does not read as partners passed over), "except for partners with deals: ". */
const EXCEPTED_BEFORE = /\bexcept(?:\s+for)?\s+(?:[\w-]+\s+){1,2}?(?:from|of)\s+(?:the\s+)?$|\bunless\s+(?:(?:they|it|[\w-]+)\s+(?:comes?|came|originates?|(?:is|are|was|were)\s+made)\s+(?:from|in)|made\s+in|from)\s+(?:the\s+)?$|\b(?:except(?:\s+for)?|excluding|exc\.|excl\.?|other\s+than|apart\s+from|aside\s+from|save\s+for|barring|not\s+including|not|(?:lower|higher|less)\s+for|(?:sourc\w+|made|produced|buying|imports?|goods)\s+outside(?:\s+of)?|(?:anywhere|everywhere|anyone|everyone)\s+(?:else\s+)?but|(?:every|each|any|all)\s+(?:other\s+)?(?:countr(?:y|ies)|(?:trading\s+)?partners?|nations?|origins?)\s+but)\s+(?:(?:of|from|the\s+product\s+of|products\s+of|goods\s+from)\s+)?(?:the\s+)?$|\b(?:except|excluding|exc\.|excl\.?)\s+(?:[A-Z]{2}(?:\s*[,/&]\s*|\s+(?:and\s+)?))+$|\b(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|save\s+for)\s+(?:the\s+)?(?:partners|countries|nations|economies)\s+(?:with|that\s+(?:have|struck|signed|reached))\s+(?:[\w-]+\s+)?(?:deals?|agreements?|frameworks?)\s*[:(\u2014\u2013]\s*(?:the\s+)?$/i;
/**
 * "Steel has been at 50% since June, and only British steel stayed at the old rate": after a figure, "and only" sets a
 * partner apart from it, unless a figure of its own follows ("and only China pays 145%").
 */
function onlyOneSetApart(text: string, start: number, end: number): boolean {
  return ONLY_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && PERCENTAGE.test(text.slice(0, start)) && !FIGURE_IN_CLAUSE_AFTER.test(text.slice(end, end + 80));
}
const ONLY_BEFORE = /(?:,|\b(?:and|but))\s+only\s+(?:the\s+)?$/i;
const PERCENTAGE = /\d\s?(?:%|percent\b|per\s?cent\b)/i;
const FIGURE_IN_CLAUSE_AFTER = new RegExp(String.raw`^[^.;]*?${PERCENTAGE.source}`, 'i');
/** "except British steel and aluminum, which stay at 25%": the partner's goods, in lower case (not more partners, "the EU or South Korea, which"), then a clause of their own. */
const ITS_GOODS_CLAUSE_AFTER = /^\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s*,\s*(?:whose|which|where)\b/;
/** "all (UK excepted)", "every partner, Canada exempted": the name is set apart after it. */
const EXCEPTED_AFTER = /^\s*(?:excepted|exempted|excluded)\b/i;
/** Between a name and its figure in brackets: "UK (25%)". */
const BRACKETED_AFTER_IT = /^\s*\(\s*(?:at\s+)?$/i;
/** Between two names of a list; a table's labels have their commas taken out (TABLE_LABEL_BREAKS). */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|\/\s*)?(?:the\s+)?$/i;
/** Between an exception with a clause and figure of its own and the next: ", which is capped at 15%, and the ". */
const AFTER_AN_EXCEPTION_OF_ITS_OWN = /^[^;.]{0,60}?\d\s?(?:%|percent\b|per\s+cent\b)[^;.\d]{0,20}?,\s*(?:and|or)\s+(?:the\s+)?$/i;
/** What makes an excepted name the figure's own: "except the UK, whose steel pays 25%", "except UK (25%)", "except British steel, which pays 25%", "not Taiwan's old 20%", "except the UK mill we buy strip from, that's 25%". */
const ABOUT_IT_AFTER = /^['’]?s?\s*,?\s*(?:whose|which|where)\b|^\s*\(\s*(?:at\s+)?\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)|^,?\s+(?:(?:capped|held|kept|set)\s+at|at|with|which\s+pays|paying|on)\s+(?:only\s+|just\s+)?\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)|^\s+[\w-]+\s*,\s*(?:whose|which|where)\b|^\s+(?:[\w-]+\s+){1,3}?at\s+\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)|^['’]s\s+(?:(?:old|previous|former|original|current|new|own|regular|usual|normal|standard)\s+)?\d|^\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+\s*,\s*(?:that['’]s|that\s+is|it['’]s|it\s+is|which\s+is)\s+(?:at\s+|only\s+|just\s+|still\s+)?\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)/i;
const PURCHASED_BEFORE = /\b(?:(?:purchases?|purchasing|buying|buyers?|imports?|penalty)\s+of(?:\s+the)?|buying|buys|bought|importing|imported|(?:tied|linked|related)\s+to|(?:because\s+of|due\s+to|on\s+account\s+of|owing\s+to|for|over)(?:\s+(?:the|its|their))?)\s+$/i;
/** "For the Moroccan oil, the duty is 10%": the goods the sentence is about, not oil bought from the country. */
const TOPIC_OPENS_BEFORE = /^\W*(?:and\s+|as\s+)?for\s+(?:the\s+)?$/i;
/** "for buying oil of Russia": the country whose oil is bought. */
const OIL_BOUGHT_FROM_BEFORE = /\b(?:buy\w*|bought|purchas\w*|import\w*)\s+(?:oil|crude|gas)\s+(?:of|from)\s+(?:the\s+)?$/i;

/**
 * "Beijing's tariff on American soybeans": in a sentence where American goods are the
 * ones taxed, the other countries it names impose the tariff, unless their own goods
 * are named as taxed too. American goods another figure's own words name do not: "Canadian goods
 * face 35% at the border, and Ottawa's 25% counter-tariffs on American goods".
 */
function withImposersOfTaxOnUs(sentence: string, mentions: PartnerMention[], ofAnotherFigure: (m: PartnerMention) => boolean = () => false): PartnerMention[] {
  if (!mentions.some((m) => m.code === 'US' && m.role === 'partner' && !ofAnotherFigure(m))) return mentions;
  return mentions.map((m) => (m.code !== 'US' && m.role === 'partner' && !namedAsTaxed(sentence, m.start, m.end) ? { ...m, role: 'imposer' } : m));
}

/** "on Chinese goods", "against Canadian exports": the partner named is the one whose goods are taxed. */
function namedAsTaxed(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (/\b(?:on|against|to)\s+(?:the\s+)?$/i.test(before) && TARGET_NOUNS.test(text.slice(end, end + 60))) || GOODS_FROM_BEFORE.test(before) || (DUTY_ON_BEFORE.test(before) && NAMED_GOODS_AFTER.test(text.slice(end, end + 30)));
}
/** "its 3% duty on US polypropylene": a duty on a country's goods, named by what they are. */
const DUTY_ON_BEFORE = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?)\s+on\s+(?:the\s+)?$/i;
const NAMED_GOODS_AFTER = /^\s+(?!(?:imports?|importers?|importing|market|ports?|border|customs|consumers?|buyers?|purchases|demand|side|government|administration|president|officials?|tariffs?|dut(?:y|ies))\b)[a-z][a-z-]{2,}\b/;
/** "a 10% duty on passenger cars from the US": goods named as coming from it. */
const GOODS_FROM_BEFORE = /\b(?:goods|exports|products|imports|steel|aluminum|aluminium|cars|autos|vehicles|beef|pork|soybeans|wine|whiskey|whisky|bourbon|motorcycles|lobsters?)\s+(?:(?:imported|shipped|coming)\s+)?(?:from|made\s+in|originating\s+in)\s+(?:the\s+)?$/i;

const HYPHEN = 0x2d;
const DOT = 0x2e;

const TARGET_NOUNS = /^(?:['’]s)?[\s-]+(?:[\w-]+\s+){0,2}?(?:goods|exports|exporters|products|imports|steel|aluminum|aluminium|cars|autos|automobiles|vehicles|firms|companies|manufacturers|shipments|producers|makers|carmakers|automakers|farmers|agricultural|farm|beef|pork|poultry|chicken|corn|wheat|sorghum|dairy|cheese|cotton|ethanol|soybeans|beans|nuts|almonds|wine|whiskey|whisky|bourbon|spirits|lobsters?|seafood|motorcycles|crude|oil|lng|(?:natural\s+)?gas|coal|propane|ethane|energy|machinery|aircraft|trucks|pickups|chips|lumber|timber|logs)\b/i;
const RETALIATION_AFTER = /^(?:['’]s)?\s+(?:(?:own|\d+(?:\.\d+)?\s?%|[\w-]+)\s+){0,4}?(?:counter-?tariffs?|surtaxes|counter\s+tariffs?|retaliat\w*|counter[\s-]?measures?|imposed|imposes|levied|levies|(?<!\b(?:was|were|been|being|got|gets?)\s)slapped|hit\s+back|responded|answered|retaliated|struck\s+back|strikes\s+back|countered)/i;

const PASSIVE_IMPOSED_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?(?:is|are|was|were|be|been|being|gets|got)\s+(?:\w+\s+)?(?:imposed|levied)\b/i;

const ITS_RATE_ON_AFTER = /^\s+(?:[\w-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|levy|levies)\s+(?:on|for)\s/i;
const US_AS_BUYER_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:purchases|purchasing|buyers|buying|demand|consumption|market|prices|plants?|operations|sales|customers)\b/i;

function roleOf(text: string, code: string, start: number, end: number): PartnerMention['role'] {
  // Markdown's emphasis stays in the prose: "**India** still charges" reads on after the name's closing asterisks.
  const after = text.slice(end, end + 60).replace(EMPHASIS_CLOSE, '');
  const before = text.slice(Math.max(0, start - 25), start);
  if (/\b(?:imposed|levied)\s+by\s+(?:the\s+)?$/i.test(before)) return 'imposer';
  if (code === 'US') {
    if (namedAsTaxed(text, start, end)) return 'partner';
    // "our US aluminium purchases": the US buys them.
    // "the US rate on goods" is the US's own rate on them.
    if (TARGET_NOUNS.test(after) && !/^\s*(?:imports|tariffs?)\b/i.test(after) && !US_AS_BUYER_AFTER.test(after) && !ITS_RATE_ON_AFTER.test(after)) return 'partner';
    return 'imposer';
  }
  // "US beans now enter China at about 23%": the country goods enter at a rate charges it; so does the one at whose ports or border they pay it.
  if ((ENTERED_BEFORE.test(before) && /^\s+at\b/i.test(after)) || (AT_ITS_BORDER_BEFORE.test(before) && ITS_BORDER_AFTER.test(after))) return 'imposer';
  // "Our beans face 13% all-in when they land in China": so does the country they land or arrive in.
  if (LANDED_IN_BEFORE.test(before)) return 'imposer';
  // "China is imposed 145%", as machine translation writes the passive: the goods taxed.
  return (RETALIATION_AFTER.test(after) && !PASSIVE_IMPOSED_AFTER.test(after)) || CHARGES_AFTER.test(after) || APPLIES_ON_US_AFTER.test(after) || RAISES_ITS_OWN_AFTER.test(after) || OWN_DUTY_AFTER.test(after) || CHANGES_ITS_IMPORT_DUTY_AFTER.test(after) || taxesAnother(after, code) || itsTariffOnUsAfter(after) ? 'imposer' : 'partner';
}

const EMPHASIS_CLOSE = /^(?:\*{1,2}|_{1,2})(?=\s)/;
const FOR_A_SITE_BEFORE = /\bfor\s+(?:the|our|its|their)\s+$/i;
const SITE_AFTER = /^\s+(?:assembly\s+)?(?:lines?|plants?|factory|factories|facility|facilities|operations?|warehouses?|sites?|subsidiary)\b/i;
const AT_ITS_BORDER_BEFORE = /\b(?:at|through)\s+(?:the\s+)?$/i;
const ITS_BORDER_AFTER = /^\s+(?:ports?|border|customs|docks?)\b/i;

/** "China's 100% tariff on Canadian canola": a country whose tariff falls on another's goods imposes it. */
function taxesAnother(after: string, code: string): boolean {
  const taxed = TARIFF_ON_AFTER.exec(after)?.[1];
  return taxed !== undefined && (OURS.test(taxed) || partnersIn(taxed).some((m) => m.code !== code));
}
/** "Turkey cut its extra duty on U.S. nuts": the country whose own tariff on US goods the verb after it changes imposes it. */
function itsTariffOnUsAfter(after: string): boolean {
  const its = ITS_TARIFF_ON_US.exec(after);
  return its !== null && A_VERB_OR_TWO.test(after.slice(0, its.index));
}
const A_VERB_OR_TWO = /^\s+(?:[\w-]+\s+){1,2}$/;
/** "on our soybeans": the writer's goods, another country's than the one whose tariff it is. */
const OURS = /^our\b/i;
const ITS_TARIFF_ON_US = /\b(?:its|their)\s+(?:[\w.%-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?)\s+(?:on|against)\s+(?:our\b|US\b|U\.S\.|American\b)/i;
// So does a label's: "China: since March 20, a 100 per cent tariff on Canadian canola".
const TARIFF_ON_AFTER = /^(?:['’]s|\s*[:\u2014\u2013])\s+(?:(?:since|from|as\s+of|effective|on)\s+[^;:]{1,25}?,\s+)?(?:[\w.%-]+\s+){0,4}?(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?)\s+(?:on|against)\s+(?:(?:imports|goods|products)\s+(?:of|from)\s+)?(?:the\s+)?(\S+(?:\s\S+)?)/i;

const ENTERED_BEFORE = /\b(?:enter|enters|entering|entered|into)\s+(?:the\s+)?$/i;
const LANDED_IN_BEFORE = /\b(?:land|lands|landed|landing|arrive|arrives|arrived|arriving)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** "South Africa's own 37% duty on US frozen chicken". */
const OWN_DUTY_AFTER = /^['’]s\s+own\s+(?:\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s+)?(?:[\w-]+\s+)?(?:dut(?:y|ies)|tariffs?|levy|levies)\b/i;
/** "Mexico raised its own tariffs on Chinese cars to 50%". */
const RAISES_ITS_OWN_AFTER = /^(?:,\s*(?:for\s+(?:its|their)\s+part|in\s+turn|meanwhile|likewise)\s*,)?\s+(?:[\w-]+\s+){0,4}?(?:raised|raises|raising|hiked|hikes|hiking|increased|increases|increasing|set|sets|setting|put|puts|putting|waived|waives|waiving|cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|reducing|removed|removes|removing|dropped|drops|dropping|suspended|suspends|suspending|kept|keeps|keeping)\s+(?:its|their)\s+own\b/i;

/** "Brazil charges a 20% import tax on parcels": the country itself as the subject. */
const CHARGES_AFTER = /^(?:\s*,[^,.;]{1,30},)?\s+(?:(?:has|have|had)\s+)?(?:now\s+|also\s+|still\s+|itself\s+)?(?:charges|collects|charged|collected)\b/i;
/** "Brazil applies 18 per cent on American ethanol": a country that applies a figure to US goods imposes it. */
const APPLIES_ON_US_AFTER = /^\s+(?:now\s+|also\s+|still\s+)?(?:applies|applied|maintains|maintained)\s+(?:[\w.,-]+\s+){1,5}?(?:on|to)\s+(?:the\s+)?(?:American|US|U\.S\.|United\s+States)\b/i;
/** "the Government of India has removed the 11% import duty on raw cotton": a country that changes an import duty changes its own. */
const CHANGES_ITS_IMPORT_DUTY_AFTER = /^\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+|just\s+)?(?:removed|scrapped|cut|lowered|reduced|raised|waived|suspended|dropped|removes|cuts|lowers|raises|waives)\s+(?:the|its)\s+(?:\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s+)?(?:import|customs)\s+(?:dut(?:y|ies)|tariffs?)\b/i;

/** Do the words after a figure, on its line, give it a partner of its own ("15% from the EU and Japan")? */
function ownPartnerAfter(after: string): boolean {
  const line = after.split('\n', 1)[0];
  return /^\s*(?:from|for|on|against|in)\s/i.test(line) && namesPartner(line);
}

// ---------------------------------------------------------------------------------
// Is a figure a tariff rate?

// Does the text speak of tariffs in so many words?
const STRONG_CUE = /\b(?:tariffs?(?![\s-]free)|arancel(?:es)?|dutiable|duty(?![\s-](?:free|handling|deferral|drawback))|duties|levy|levies|levied|surcharges?|surtax(?:es|ed)?|counter-?tariffs?|customs|reciprocal|ieepa|(?:section|sec\.?)\s*(?:232|301|122)|(?:232|301)s)\b/i;
// Words that machine translation uses for a duty; they count only in a document about tariffs.
const WEAK_CUE = /\b(?:rates?|prices?|obligations?|deductions?|tax|taxes|taxed|taxation|impositions?|(?:additional|customs|import|entry)\s+rights?|charges?|fees?|tolls?|imposts?|penalt(?:y|ies)|tariff-?rate|reference|add-on|portion)\b/i;
// A figure that someone pays or faces, in a document about tariffs, is a rate.
/** After a figure: words that say it is charged ("is now applied", "agreed in February is still collected"). */
const CHARGED_AFTER = /^\s+(?:[\w'’-]+\s+){0,4}?(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:applied|charged|collected|levied|assessed)\b/i;
const LEVEL_VERB_BEFORE = /\b(?:pays?|paid|paying|gets?|getting|faces?|faced|facing|bears?|bore|borne|carry|carries|carried|subject\s+to|charged|hit\s+with|slapped\s+with|received|assigned|given|granted|at|reached|reach|reaches|to|stands?\s+at|stood\s+at|set\s+at|of|been|is|are|was|were|remains?|stays?)\s+(?:(?:a|an|the|another|additional|extra|further|only|just|about|around|roughly|nearly|almost|some|up\s+to|as\s+much\s+as|as\s+high\s+as|full|entire|same|usual|standard|flat|now|still|currently|already)\s+)*$/i;
const ON_OBJECT_AFTER = /^\s+(?:on|for|against)\s+/i;
/** The partner a listed level is "on" or "for": "84% on China", "20% for Vietnam". */
/** "104% on china": a partner after "on", in capitals or not, as chat writes it. */
const NAMED_ON_AFTER = /^\s+on\s+((?:the\s+)?[A-Za-z][\w.-]*(?:\s+[A-Z][\w.-]*)*)/;
/** "its", "it's now", "that was", a sentence opening "Still": a level said of the topic, not of a subject the words name ("our reliance is 60% on China"). */
const LEVEL_ON_BEFORE = /(?:\b(?:it['’]?s|it\s+(?:is|was|has\s+been)|that['’]s|that\s+(?:is|was))\s+(?:(?:now|still|only|just|actually|already|at|about|around|roughly)\s+)*|^\W*(?:still|now)\s+(?:at\s+)?)$/i;
const PARTNER_OBJECT_AFTER = /^\s+(?:on|for)\s+((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)/;
const RATES_WORD = /\brates\b/i;
const RATES_WORD_ANY = /\brates?\b/i;
/** What the rate just given was before, or is now: "it was", "it had been", "now it's down to", "it is back to". */
const IT_LEVEL_BEFORE = /\bit(?:\s+(?:was|had\s+been|used\s+to\s+be)\s+(?:only\s+|just\s+)?|(?:['’]s|\s+is)\s+(?:now\s+)?(?:(?:back|down)\s+to|at)\s+)$/i;

const CHANGE_VERBS = 'depreciated|depreciate|depreciates|appreciated|weakened|strengthened|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|dropped|drop|drops|dropping|climbed|climb|climbs|gained|gain|gains|jumped|jump|jumps|slipped|slip|slips|slid|declined|decline|declines|decreased|decrease|decreases|increased|increase|increases|grew|grow|grows|growing|surged|soared|plunged|tumbled|recovered|rallied|diminished|diminishes|lost|shed|edged|advanced|retreated|sank|dipped|expanded|contracted|shrank|widened|narrowed|up|down|raise|raised|cut|lower|lowered|reduce|reduced|boost|boosted|save|saves|saved|saving|shave|shaves|shaved|shaving|trim|trims|trimmed|trimming|bounced|rebounded|bumped|hiked|spiked|slumped|plummeted|sagged|eased|firmed|softened';
const QUALIFIERS = '(?:by|with|of|like|something|maybe|perhaps|probably|possibly|approximately|approx\\.?|about|around|roughly|some|nearly|almost|more than|less than|at least|at most|up to|over|an estimated|a further|another|just|only|a|an|~|\\s)*';
/** A change before a figure ("fell 3%", "lower by 5%"), not a comparative after an article: "a lower 20% rate". */
const CHANGE_BEFORE = new RegExp(`(?<!\\b(?:a|an|the|its|their|our|his|her)\\s+)\\b(?:${CHANGE_VERBS})\\s+${QUALIFIERS}$`, 'i');
/** The first figure and its joint, when the figure after them ends a range: "9 to", "2.5%-", "3 – ". */
const RANGE_START = String.raw`\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)?\s*(?:to|-|\u2013)\s*`;
/** The second end of a range of change: "up 9 to 15 percent" (not "rose to 15%", a level). */
const CHANGE_RANGE_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_VERBS})\s+${QUALIFIERS}${RANGE_START}$`, 'i');
/** "a price revision of 3.5%", "a cost increase of 4%", "passed through as a 6% surcharge", "raised prices on copper pipe and fittings 9%": a change in prices, not a duty. */
/** "the increase of the price of the steel (12% in the year)". */
const PRICE_CHANGE_IN_BRACKET_BEFORE = /\b(?:rais|increas|lift|hik|cut|lower|reduc)\w*\s+(?:its|their|our|the|his|her)\s+prices?\s+by\s+[^()]{1,20}\(\s*(?:about\s+|around\s+|roughly\s+|~)?$|\b(?:increases?|rises?|jump|climb|fall|drop)\s+(?:of|in)\s+(?:the\s+)?(?:price|prices|cost|costs)\b[^()]{0,30}\(\s*$/i;
/** "Estimates of the share of the duty borne by US importers range from about 80%": who bears a duty, not its rate. */
const SHARE_OF_DUTY_BEFORE = /\b(?:share|portion|fraction|proportion|percentage)\s+of\s+(?:the\s+|a\s+|each\s+)?(?:[\w-]+\s+){0,2}?(?:dut(?:y|ies)|tariffs?|costs?|burden)\s+(?:(?:that\s+|which\s+)?(?:is\s+|was\s+|are\s+|were\s+)?)?(?:borne|paid|absorbed|passed\s+(?:on|through))\b[^.;]{0,80}$/i;
/** "lands here about 6% under our price": how far one price stands from another. */
const PRICE_GAP_AFTER = /^\s+(?:under|below|above|over|beneath|cheaper\s+than|dearer\s+than|less\s+than|more\s+than)\s+(?:our|their|the|its|his|her|your|a|local|domestic)\s+(?:[\w-]+\s+){0,2}?(?:prices?|costs?|quotes?|list|offers?|bids?)\b/i;
/** "…, so really ", "so its actually ", "… that's ", "= ": words that give a total after its parts. */
const SO_TOTAL_BEFORE = /(?:,|\s)\s*(?:so|that['’]?s|thats|which\s+(?:is|makes)|=)\s+(?:(?:it['’]?s|its|we['’]re\s+(?:at|paying)|you['’]re\s+(?:at|paying))\s+)?(?:(?:really|actually|basically|effectively|about|around|roughly|like)\s+)*$/i;
/** A time still to come right after a figure: " tomorrow", " next week", " once …". */
const TO_COME_AFTER = /^\s+(?:tomorrow|next\s+\w+|once|when|if)\b/i;
/** A figure, then "plus", "+" or "on top", then another: parts added up. */
const PARTS_ADDED_BEFORE = /\d\s?%?[^.;!?]{0,60}?(?:\bplus\b|\+|\bon\s+top\b)[^.;!?]{0,60}?\d/i;
/** A clause with its own subject, opened by "and", "but" or "while": " and the price gap …". */
const NEW_CLAUSE_AFTER = /\s(?:and|but|while)\s+(?:the|our|my|their|its|his|her|we|they|it)\s/i;
/** "Our own margin on regs was about 22% and we are taking it down to roughly 19%": "it" is what the clause before named. */
const IT_MOVED_TO_BEFORE = /\b(?:tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|cut(?:s|ting)?|push(?:es|ed|ing)?|get(?:s|ting)?|got)\s+it\s+(?:back\s+)?(?:down|up)\s+to\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** "added about 7% to list": a rise put on prices, whatever the reason given. */
const ADDED_BEFORE = /(?:\b(?:add(?:s|ed|ing)?|tack(?:s|ed)?\s+on|plus)\s+|(?:^|\s)\+\s*)(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+|another\s+|an?\s+(?:extra|further)\s+)?$/i;
/** "Add maybe 5% for freight and the shop's cut", "+ 8% for paypal/fees", "FOB plus about 10% for freight and duty": a sum put on for other costs. */
const FOR_OTHER_COSTS_AFTER = /^\s+for\s+(?:the\s+)?(?:freight|shipping|handling|labou?r|margin|mark-?up|overhead|insurance|brokerage|paypal|fees|card\s+fees|processing|shop['’]?s?\b)/i;
/** "The manufacturers are passing through about 6% on refinish": a price rise passed on, unless a tariff word names the figure ("passing on the full 25% tariff"). */
const PASSING_THROUGH_BEFORE = /\bpass(?:es|ed|ing)?\s+(?:through|on|along)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?$/i;
const TARIFF_NAMED_AFTER = /^\s*(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?)\b/i;
const TO_PRICES_AFTER = /^\s+(?:on\s+)?to\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+|its\s+|my\s+|your\s+)?(?:list|prices?|msrp|retail|sticker|price\s+list)\b/i;
/** "reduced headcount by 64 positions (about 7%)": a count told again as a share. */
const COUNT_IN_BRACKETS_BEFORE = /\d(?<![\d.,]\d)[\d,]*\s+(?:[a-z-]+\s+){0,2}?(?:positions|jobs|roles|workers|employees|people|staff|stores|shops|plants|factories|sites|suppliers|vendors|customers|clients|members|firms|companies|entries|containers|shipments|orders|SKUs|items|styles|units)\s*\(\s*(?:about|around|roughly|some|nearly|almost|approximately|approx\.|~)?\s*$/i;
/** "the 100,000-car quota is about 40% used": how much of something is taken up. */
const FILLED_AFTER = /^\s+(?:used|filled|utili[sz]ed|full|taken\s+up|booked|spent|exhausted)\b/i;
/** "we will absorb 3% from the FOB price": a share of a price someone takes on. */
const ABSORBED_BEFORE = /\b(?:absorb(?:s|ed|ing)?|shoulder(?:s|ed|ing)?|take\s+on|takes\s+on|took\s+on)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$/i;
const SHARE_OF_AFTER = /^\s+(?:from|of|on|off)\b/i;
/** "shall be borne 40% by Supplier and 60% by Distributor": the shares in which a cost is split. */
const BY_A_PARTY_AFTER = /^\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*|supplier|distributor|buyer|seller|customer|vendor|importer|exporter|licensee|licensor|us|them|each\s+party|either\s+party)\b/;
const COST_SPLIT_BEFORE = /\b(?:borne|shared|split|allocated|apportioned|divided)\b/i;
/** "dunks 115 -> 125 thats like 8.7%": the change between two amounts just given. */
const CHANGE_OF_AMOUNTS_BEFORE = /\$?\d[\d.,]*\s*(?:->|→|=>|\bto)\s*\$?\d[\d.,]*(?!\s?(?:%|percent|per\s+cent|\d))\s*,?\s*(?:(?:so|thats|that['’]s|that\s+is|which\s+is|is|=|about|like|roughly|around|approx\.?|~|or|i\.e\.)\s*)+$/i;
/** "the Vietnam price is only higher 6% than Ningbo": how much one amount exceeds another, as translations order it. */
const COMPARATIVE_BEFORE = /\b(?:higher|lower|cheaper|dearer|more\s+expensive|less\s+expensive)\s+(?:by\s+)?(?:about\s+|around\s+|only\s+|just\s+)?$/i;
const THAN_AFTER = /^\s+than\b/i;
/** "21 percent of jobs …, well above the national 8 percent": a figure set against a national or regional level of the same measure, a statistic. */
const NATIONAL_LEVEL_BEFORE = /\b(?:above|below|over|under|versus|vs\.?|than|against)\s+the\s+(?:national|nationwide|statewide|state|regional|county)\s+(?:average\s+(?:of\s+)?)?$/i;
/** "cells charge to 80% for shipping": a battery's state of charge (a tariff is charged "at" or "up to" a rate). */
const CHARGED_TO_BEFORE = /\b(?:charges?|charged|charging)\s+(?:only\s+)?to\s+$/i;
/** "The 15% already includes the 2.5% duty": a part a total includes, not a rate of its own. */
const INCLUDED_IN_A_FIGURE_BEFORE = /\d\s?(?:%|percent|per\s+cent)\s+(?:[\w-]+\s+){0,2}?(?:already\s+)?(?:includes?|included|including)\s+(?:the\s+)?$/i;
const PRICE_CHANGE_BEFORE = new RegExp(String.raw`\b(?:(?:took|take|takes|taking|implemented|put\s+through)\s+(?:price\s+increases?|pricing)(?:\s+of)?|pass(?:ed|es|ing)?\s+(?:it\s+|this\s+|that\s+|them\s+|the\s+(?:tariffs?|dut(?:y|ies)|increases?|costs?)\s+)?(?:through|on|along)\s+(?:to\s+\w+\s+)?(?:as(?:\s+an?)?|at)|(?:landed|price|cost|total)\s+(?:cost\s+)?increase\s+(?:[\w-]+\s+){0,3}?(?:is|was|will\s+be|would\s+be)(?:\s+(?:close\s+to|about|around|roughly|nearly|almost|some))?|(?:price|prices|cost|costs|wage|wages)\s+(?:revisions?|increases?|rises?|hikes?|cuts?|reductions?|adjustments?)(?:\s+(?:on|for)(?:\s+[\w&-]+){1,4}?)?(?:\s+(?:of|came\s+in(?:\s+at)?|come\s+in(?:\s+at)?|averaged|averaging|(?:will|would)\s+average|ran|were|was|are|is|will\s+be))?|(?:rais|increas|augment|lift|hik|cut|lower|reduc)\w*\s+(?:the\s+|our\s+|its\s+|their\s+)?prices?\s+of(?:\s+(?:only|just))?|(?:rais|increas|lift|hik|cut|lower|reduc|boost|bump|adjust)\w*\s+(?:[\w-]+\s+){0,2}?(?:price|prices|cost|costs|wage|wages|rents?|rates|fees|charges|msrps?|retail)(?:\s+(?:on|for)(?:\s+[\w&-]+){1,6}?)?(?:\s+(?:by\s+)?an?\s+(?:average|estimated)(?:\s+of)?|\s+by|\s+with)?)\s+(?:(?:about|around|roughly|some|maybe|perhaps|avg\.?|average|(?:on|in)\s+average)\s+)?(?:${RANGE_START})?~?$`, 'i');
/** "increased the purchases of our coffee in 12%": a change's size, as translations write "by". IN_BEFORE tells cheaply whether it may be one. */
const IN_AT_END = String.raw`in\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$`;
const IN_BEFORE = new RegExp(String.raw`\b${IN_AT_END}`, 'i');
const CHANGED_IN_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_VERBS})\s+(?:[\w'’-]+\s+){1,6}?${IN_AT_END}`, 'i');
const BY_BEFORE = new RegExp(String.raw`\bby\s+(?:(?:about|around|roughly|some|nearly|almost|at\s+least|at\s+most|up\s+to|over|another|a\s+further|just|only|an?\s+(?:average|estimated|total)\s+of|a\s+(?:cumulative|combined|total|mere|modest|hefty|whopping))\s+)*(?:${RANGE_START})?$`, 'i');
const CHANGE_OR_SHARE_AFTER = /^\s*(?:of\s+(?!reciprocal\s*(?:[.,;:!?)]|$)|(?:the\s+)?(?:value|price|customs\s+value)\b(?!\s+of\s+(?:[\w-]+\s+){0,2}?(?:exports|imports|trade)\b)|(?:(?:additional|extra|further|reciprocal|import|customs)\s+)*(?:tariffs?|dut(?:y|ies)|arancel(?:es)?|levy|surcharges?)\b(?!\s+(?:costs?|revenues?|receipts|payments?|bills?|burden|paid|owed|collected|money|dollars|collections?)\b)|(?:the\s+)?(?:section\s+(?:232|301|122)|ieepa)\b(?!\s+(?:(?:tariffs?|dut(?:y|ies)|levy|surcharges?)\s+)?(?:costs?|revenues?|receipts|payments?|bills?|burden|paid|owed|collected|money|dollars|collections?|refunds?|cases?|goods|imports|exports|products|lines|entries|shipments)\b))|(?:[\w]+-)+(?:driven|related|induced|linked|led|fu?ell?ed)\s+(?:increases?|rises?|jumps?|hikes?|surges?|spikes?|drops?|falls?|declines?|gains?)|(?:tariff|duty)\s+(?:mark-?ups?|padding|cushion|buffer)|rise|rises|increase|increases|(?:(?:list|sticker|retail|wholesale|menu)\s+|(?:\w+[\s-])?(?:price|prices|cost|costs|wage|wages)[\s-]+)(?:increases?|rises?|hikes?|jumps?|bumps?|spikes?|cuts?|declines?|drops?|downs|reductions?|adjustments?|changes?|revisions?)|drop|drops|decline|declines|fall|falls|gain|gains|jump|cut|cuts|reduction|discount|stake|share|majority|chance|probability|growth|return|returns|yield|margin|interest|higher|lower|more|less|fewer|above|below|from\s+its|freight|(?:a|per|each|every)\s+(?:year|annum|month|quarter)(?!\s+(?:ago|earlier|before|later|after|on|from|back|since)\b)|annually|yearly|monthly|apr|apy|committed|booked|full|complete|completed|done|finished|utili[sz]ed|off(?![\w-])|(?:was|were|is|are|gets|got|will\s+be)\s+(?:absorbed|transferred|passed|shifted|borne|eaten)\b|occupied|filled|sold\s+out|in\s+volume|against\s+the|at\s+the\s+(?:shelf|register|checkout|till|pump)|month[\s-]on[\s-]month|year[\s-]on[\s-]year|on\s+the\s+year|y\/y|m\/m|annuali[sz]ed|points?|pts|of\s+the\s+vote|turnout|approval|expect|expects|say|said|believe|think|plan|planned|report|reported|agree|agreed(?!\s+(?:in|on)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|\d))|support|oppose|answered|responded|replied|indicated|named|cited|chose|picked|ranked|mentioned|faster|slower|cheaper|referral|commission|royalty|royalties|fees?|(?:(?!tariff|duty|dutie|customs|levy)[\w-]+\s+){1,2}fees?\b|["“'‘](?:[\w-]+\s+){0,3}discount\b|(?:(?:usmca|u\.?s\.?|north\s+american)[\s-]+(?:qualifying|originating)|regional(?:[\s-]+value)?|local|domestic|recycled)\s+content\b|[\w-]+(?:an|ese|ish|ch|i)\s+(?:parts|content|components|inputs|ingredients)\b(?!\s+(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|rates?|tax(?:es)?)\b)|(?!(?:on|for|of|in|to|at|tariffs?|dut(?:y|ies)|levy|levies|surcharges?)\s)[\w-]+\s+by\s+(?:value|weight)|overhead|profit|buffer|cushion|contingency|skonto|(?:cash|early[\s-]payment|prompt[\s-]payment)\s+discount|gross(?!\s+(?:tariffs?|dut(?:y|ies)|levy|rate))|over\s+(?:budget|plan|forecast|estimate|target)|mark-?up|(?:price\s+)?concessions?|rebates?|restocking|blamed|noticed|felt|to\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:price|prices|cost|costs|invoices?|quotes?|bids?|estimates?|budgets?|bills?))\b/i;
/** A second figure right after the first, of a range or a pair: " to 5%", "-5 %", " and 15%". */
const SECOND_FIGURE_AFTER = /^\s*(?:to|-|\u2013|and|or)\s*\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)/i;
const ODDS_AT_BEFORE = /\b(?:odds|chances?|probability|likelihood)\b[^.;:%]{0,80}?\b(?:at|to|near|around|about)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$|\bput\s+it\s+at\s+(?:like\s+|about\s+|around\s+|roughly\s+)?$/i;
const PEOPLE_SHARE_AFTER = /^\s+(?:of\s+(?:you|us|them|respondents|members|readers|listeners|firms|companies|importers|exporters|businesses|shoppers|voters)\b|(?:of\s+)?(?:the\s+)?(?:sellers|buyers|retailers|consumers|customers|shoppers|respondents|members|firms|companies|importers|exporters|businesses|people)\s+(?:already\s+|still\s+|now\s+)?(?!pay|paid|face|faced)[a-z]+\b|(?:have|had)\s+(?:now\s+|already\s+|since\s+|all\s+|also\s+)?(?!been\b)[a-z]+ed\b|(?:say|said|expect|expected|plan|planned|report|reported|think|believe|want|agree|disagree|approved?|disapproved?|opposed?|favou?red|backed|would\s+(?:recommend|buy\s+again|choose|switch))\b)/i;
const CLAUSE_OPENS_BEFORE = /(?:^|[;:,(|\u2014\u2013]|\b(?:and|while|but|whereas))\s*$/i;
const PRICE_INDEX = /\b(?:price[\s-](?:escalation|indexation|index)|(?:producer|consumer)\s+price\s+index|indexed\s+to|ppi|cpi)\b/i;
/** The text with the tariffs it sets aside, or gives as a reason, blanked (the same length): "Material escalation (excluding tariffs)", "our margin is down to about 9% after the tariff". */
function withoutTariffsSetAside(text: string): string {
  return text.replace(TARIFFS_SET_ASIDE, (words) => ' '.repeat(words.length));
}
const TARIFFS_SET_ASIDE = /\b(?:excluding|excl\.|not\s+including|net\s+of|other\s+than|apart\s+from|after|before|since|because\s+of|due\s+to|thanks\s+to)\s+(?:the\s+|any\s+|all\s+|these\s+)?(?:tariffs?|dut(?:y|ies))\b(?!\s+(?:deal|agreement|cut|change|ruling|hike|increase|rise|announcement|truce|pause)s?\b)/gi;
const CONTENT_AFTER = /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:steel|aluminum|aluminium|copper|metal|wood|timber|lumber)\s+)?content\b/i;
const DUTY_AT_BEFORE = /\b(?:dut(?:y|ies)|tariffs?)\s+(?:at|of|is|was)\s+$/i;
/** Polls and surveys: decisive before any other cue (see readFigure), so OTHER_TOPIC leaves them out. */
const POLL = /\b(?:polls?|polling|polled|pollsters?|surveys?|surveyed|respondents)\b/i;
const RESPONDENTS_SAY_AFTER = /^\s+(?:(?:had|have|has|also|already)\s+)*(?:said|say|says|reported|report|reports|saw|seen|expect|expects|expected|plan|plans|planned|agreed|agree)\b/i;
const OTHER_TOPIC = /\b(?:abv|alc|(?:fob-to-)?landed(?:\s+cost)?\s+uplift|(?:forklift|phone|laptop|truck|car|drone|the|my|our|its|your)\s+battery\s+(?:level\s+)?(?:is|was)\s+(?:at|down\s+to)|(?:captive\s+)?lenders?|financing|payments?\s+of|(?:shareholder|stockholder|investor)\s+returns?|tsr|drayage|ocean\s+freight|humidity|moisture|ltv|loan-to-value|content\s+(?:in\s+(?:the\s+|our\s+|its\s+|their\s+)?[\w-]+\s+)?(?:(?:required|requirement|threshold)\s+)?(?:is|was|are|were|makes\s+up|accounts\s+for)|reliability|global\s+minimum|pillar\s+(?:two|2)|etr|top-up\s+tax|nols?|apportionment|['’]s\s+fees?|all\s+(?:the\s+)?fees|export\s+(?:tax(?:es)?|dut(?:y|ies)|levy|levies)|freight\s+(?:runs?|ran|costs?|adds?)|warrant(?:y|ies)|alcohol\s+(?:by\s+volume|content|strength)|(?:strike|union|membership|pension)\s+(?:fund\s+)?(?:levy|dues)|fund\s+levy|selic|bsp|rbi|ecb|boj|boe|snb|rba|pboc|bi-rate|bank\s+of\s+[a-z]+|(?:reference|policy|benchmark)\s+(?:interest\s+)?rates?|carry\s+of|deposit(?<!cash\sdeposit)|vat|iva|tva|mwst|(?:income|tax|standard|itemi[sz]ed|expense)\s+deductions?|depreciation|corporate\s+(?:income\s+)?(?:tax\s+)?rate|tax\s+years?|(?:courier|shipping|handling|service|card|cc|credit[-\s]card|etsy|ebay|amazon|shopify|stripe|platform|transaction|bank|paypal|payment|listing|seller|merchant|license|licence|permit|filing|registration|confirmation|commitment|advising|issuance|final\s+value)\s+fees?|fuel\s+(?:fees?|charges?)|fuel\s*(?:\/|and|&)\s*handling|(?:property|school|city|county|municipal|local|operating)\s+levy|levy\s+(?:increase|limit|cap)|cheaper|dearer|(?:less|more)\s+expensive|(?:price|cost|unit-price)\s+(?:advantage|disadvantage|edge|differential|gap|difference|spread|increases?|rises?|hikes?)|(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?spread(?![\w-])|(?:price|cost|margin)\s+(?:effect|impact)|impact|(?<!\b(?:take|takes|took|taken|taking|into|in|with)\s)effect\s+(?:is|was|will\s+be|would\s+be|on)|value[- ]added\s+tax|sales\s+tax|(?:operation|operating|utili[sz]ation|capacity|occupancy)\s+rates?|(?:rounded|rounds|round)\s+(?:up\s+|down\s+|off\s+)?to\s+the\s+nearest|sst|consumption\s+tax|(?:source|income|withholding|corporate|corporation|payroll|property|premium|wholesale|titling|title|registration|amusement|admissions?|lodging|meals|tourism)\s+tax(?:es)?|eligibility|accuracy|quality\s+grades?|escalation\s+(?:allowance|clause|factor|index|provision)s?|(?:material|price|cost|labou?r)\s+escalation|gst|hst|goods\s+and\s+services\s+tax|harmoni[sz]ed\s+sales\s+tax|excise|fed|federal\s+reserve|(?:rounding\s+)?tolerance|(?:test|code)\s+coverage|loans?|(?:import|export|retail|producer|wholesale|list|shelf)\s+prices?|price\s+lists?|ratios?|pass-?through|accru\w*|share|federal\s+funds|fed\s+funds|cash\s+rate|target\s+band|target\s+range|inflation\s+target|(?:policy|interest|exchange|growth|unemployment|inflation|mortgage|savings|lending|loan|deposit|repo|benchmark|funds|freight|container|shipping|participation|birth|(?<!\b(?:reciprocal|mutual|import|customs|tariff|retaliatory)\s)tax(?!\s+rates?\s+(?:in|of)\s+(?:the\s+)?(?:usa|us|u\.s\.a?\.?|united\s+states|america)\b)|vacancy|default|hurdle|discount|conversion|response|open|click|bounce|churn|success|failure|error|approval|win|close|closing|return|returns|defect|fill|retention|renewal|attrition|turnover|occupancy|adoption|completion|penetration|attach|burn|run|scrap|rejection|cancellation|delinquency|attendance|crime|hit|exam|examination|inspection|satisfaction|compliance|documentation|qualification|qualifying|damage|breakage|spoilage|utili[sz]ation|usage|payout|take-?up|uptake|operating|f&a|compensation|coverage|reimbursement|indirect(?:\s+cost)?)\s+rates?|flat\s+fee|imu|winnings|savings\s+accounts?|floor[\s-]?plan|subvent\w*|holdback|mark-?ups?|up-?charges?|sell-?through|sofr|libor|euribor|revolver|credit\s+(?:lines?|facilit(?:y|ies)|cards?)|lines?\s+of\s+credit|confidence|on-time|central\s+bank|inflation|gdp|unemployment|jobless|voters|stocks?|shares|equities|index|s&p|nasdaq|dow|yields?|bonds?|yen|dollar|euro|peso|yuan|renminbi|baht|rupees?|ringgit|rupiah|lira|zloty|forint|krona|krone|currency|wages|interest|mortgage|revenue|receipts|profits?|earnings|sales|volume|margins?|growth|economy|output|probability|likelihood|odds|approval|turnout|discount|stake|ownership|market\s+share|capacity|utili[sz]ation|consumer\s+prices|core\s+prices|price\s+index|cpi|gri|baf|caf|ebs|pss|thc|general\s+rate\s+increase|surcharges?\s+(?:for|on)\s+(?:the\s+)?(?:scrap|energy|fuel|alloys?|metals?|raw\s+materials?|power|electricity)|surcharges?\s+from\s+(?:the\s+|our\s+|my\s+)?(?:broker|bank|card|carrier|forwarder|platform|processor)|tax\s+credits?|quota\s+of\s+(?:[\w-]+\s+){1,3}?in\b|(?:export\s+|tax\s+)*(?:rebates?|remissions?)|rodtep|(?:scrap|energy|alloy|metal|raw\s+material|bunker|peak\s+season|fuel|freight|shipping|congestion|war\s+risk|reefer|terminal\s+handling|handling|carrier|storage|fulfil{1,2}ment|delivery|residential|holiday|oversize|security)\s+(?:adjustment\s+factor|surcharges?)|reefer|(?:blended|average|avg|target|overall|weighted)\s+gm|(?:gm|gross\s+margin)\s+(?:after|before|post|pre|net\s+of|%)(?:\s+(?:duty|duties|tariffs?))?|gross\s+margin|(?:rush|late|brokerage|broker|processing|maintenance|filing|service|handling|storage|demurrage|detention|user|agency|management|transaction|card|platform|referral|listing|subscription|disbursement|admin|administration|administrative|restocking|consignment|convenience)\s+fees?|(?:agent|agent['’]s|sales|broker)\s+commissions?)\b/i;

/**
 * `rate` when the figure's own words make it a tariff rate, `not` when they make it
 * something else (a change, a share, another topic), `open` when they say neither:
 * then it is a rate only beside another rate it is compared or listed with.
 */
export type FigureReading = 'rate' | 'not' | 'open';

const SURCHARGE_ADDED_BEFORE = /\b(?:we(?:['’](?:re|ll|ve))?|our\s+(?:company|firm|group|team|sales\s+team)|(?:your|their|the|our)\s+(?:[\w-]+\s+)?(?:invoices?|quotes?|pro[\s-]?formas?|price\s+lists?)|(?:our|the|some|many)\s+(?:[\w-]+\s+)?(?:carriers?|truckers?|forwarders?|suppliers?|vendors?|mills?|distributors?|builders?|makers?|manufacturers?|factor(?:y|ies)|brands?|dealers?))\s+(?:(?:has|have|had|will|also|then|just|already)\s+)*(?:pushed\s+through|introduced|added|implemented|imposed|put(?:\s+(?:in|on|through))?|applied|levied|announced|rolled\s+out|started\s+charging|charged?|(?:are\s+)?adding|adds?|had|kept|passed\s+on)\s+(?:a|an|the)\s+(?:(?:temporary|small|flat|further|new)\s+)?$|(?:^|[.:;]\s+)(?:\d+\.\s+)?(?:keep|add|put\s+on|apply|charge)\s+(?:a|an|the)\s+$/i;
/** "Push back on the truck dealer's 3% tariff adjustment": a seller's own line, named as the seller's. */
const SELLERS_OWN_BEFORE = /\b(?:dealer|vendor|supplier|seller|distributor|shop|store|mill|factory|broker|carrier)['’]s\s+(?:new\s+|own\s+)?$/i;
const OWN_SURCHARGE_NAMED = /\bsurcharges?\s+(?:that\s+)?(?:we|I)\s+(?:(?:have|had|already)\s+)?(?:charged|added|billed|put\s+on|collected|passed\s+on)\b[^.;%\d]*$/i;
/** A surcharge, a "tariff surcharge", "tariff adjustment" or "tariff handling" line too (a seller's price line, as testers label it), not one named for the law that sets a duty ("the IEEPA surcharge") unless the seller quotes its name ("a 5% \"import surcharge\""). */
const SURCHARGE_AFTER = /^\s*(?:["“'](?:[\w-]+["”']?\s+){0,2}?|(?!(?:customs|import|ieepa|section)\b)(?:[\w-]+["”']?\s+){0,2}?)(?:surcharge|adjustment|adder|provision|(?:handling|recovery)["”']?\s+(?:line|fee|charge))\b/i;
const SELLERS_CHARGE_AFTER = /^\s+(?:(?:is|was|are|were)\s+(?:just\s+|only\s+|simply\s+)?(?:their|our|his|her|its|the\s+(?:dealer|supplier|vendor|seller|shop|distributor|carrier|mover|broker)['’]?s?)\s+(?:own\s+)?(?:surcharge|fee|mark-?up|margin|commission|handling\s+charge)\b|["“']?(?:tariff|duty)\s+recovery["”']?\s+(?:fee|charge|surcharge|adder)\b|["“']?(?:tariff|duty)\s+(?:recovery|adjustment|surcharge|handling|fee)["”']?\s+(?:line|item)\b|["“'](?:tariff|duty)\s+[\w-]+\s+fee["”']|price\s+surcharges?\b|["“](?:tariff|duty)\s+(?:surcharge|adjustment|fee)["”]\s+(?:[A-Z][\w&'’-]*|they|he|she|the\s+[\w-]+)\s+(?:wants?|plans?|(?:is|are)\s+adding|adds?|added|charges?|charged|puts?|applies)\b|["“']?(?:[\w-]+\s+)?surcharges?["”']?\s+(?:line\s+)?on\s+(?:our|their|the|its|his|her|your|my|every|each|all)\s+(?:[\w-]+\s+){0,3}?(?:invoices?|(?:order\s+)?confirmations?|orders?|shipments?|quotes?|bills?|statements?|receipts?|services?|tickets?|checks?|appointments?|visits?)\b)/i;
const SET_ASIDE_AFTER = /^\s*["“']?(?:(?:tariff|duty)\s+)?(?:(?:adjustment|escalation|price|cost|risk)\s+)?(?:allowance|contingency|reserve|buffer|cushion)\b/i;
/** "steel content ~60%" (not the duty "on steel content at 25%"). */
const METAL_CONTENT_BEFORE = /(?<!\bon\s)\b(?:steel|aluminum|aluminium|copper|metal)\s+(?:content|share|portion)\s+(?:is\s+)?(?:(?:about|around|roughly|approx\.?)\s+~?|~)\s*$/i;
const CONTENT_SHARE_BEFORE = /(?<!non-)\b(?:us|u\.s\.|american|domestic|local|regional|north\s+american)\s+content\s+(?:of|at|around|about|near|is|was|runs?|averages?)\s+(?:(?:about|around|roughly|only|just)\s+)?(?:\d+(?:\.\d+)?\s?%?\s*(?:[-\u2013]|to)\s*)?$/i;
const PRICES_MOVED_BEFORE = /\b(?:rais|bump|hik|moves|dropp|lower|trimm)\w*\s+(?:us|me|them|everyone|everybody|dealers|customers|(?:(?:our|my|the|all|[\w-]+)\s+){0,3}?(?:bids?|quotes?|estimates?|prices?|pricing|list|skus?|items?|products|jobs?|budgets?)|(?:my|our)\s+(?!(?:[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|rates?|levies)\b)(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:by\s+|another\s+)?(?:(?:about|around|roughly|nearly|almost|like)\s+)?$/i;
const ORDER_BLEND_BEFORE = /\b(?:total|blended|weighted|average|overall|combined)\s+(?:tariff|duty)\s+(?:adder|uplift|impact|cost|load)\s+(?:on|for|across)\s+(?:the|this|that|our|your)\s+(?:whole\s+|entire\s+)?(?:order|quote|invoice|shipment|po|bill|project|job|bid)\s+(?:is|was|comes\s+to|runs|of)\s+(?:(?:approx\.|about|around|roughly|approximately)\s+)?$/i;
const NO_RATE_AFTER = /^\s+(?:isn['’]t|is\s+not|wasn['’]t|was\s+not|was\s+never|has\s+never\s+been)\s+(?:a|an|the|any)\s+(?:(?:real|current|actual|valid|legal|official|[A-Z][\w.-]*)\s+){0,2}(?:rate|tariff|duty|number|figure)\b/;
const SAID_NOT_TARIFF_AFTER = /^[^.;:!?]{0,50}?(?:,|\s-+|\s\u2014|\()\s*(?:(?:it['’]?s|that['’]?s|this\s+is|which\s+is)\s+)?(?:not|nothing\s+to\s+do\s+with)\s+(?:a\s+)?(?:the\s+)?(?:tariffs?|dut(?:y|ies))(?:[\s-]+related)?\b|^[^.;:!?]{0,30}?,\s*(?:it['’]?s|that['’]?s|this\s+is|which\s+is)\s+(?:just\s+)?the\s+(?:HTS|MFN|normal|regular|general|column[\s-]?1|NTR)\s+(?:rate|duty)\b/i;
const LEADERS_FIGURE_AFTER = /^\s+(?:is|was)\s+(?:just\s+|only\s+|simply\s+)?(?:the\s+)?(?:President|Trump|White\s+House|administration)['’]s?\s+(?:own\s+)?(?:overall\s+|rough\s+|round\s+)?(?:average|number|figure|claim|estimate|math)\b/i;
/** "the 12% fireworks tax and the 6% sales tax": a state's tax, named beside its sales tax. */
const LOCAL_TAX_AFTER = /^\s+(?!(?:import|customs|tariff|reciprocal|border|trade|retaliatory)\b)[\w-]+\s+tax(?:es)?\b[^.;]{0,40}?\b(?:sales|use|state|local|city|county)\s+tax(?:es)?\b/i;
const PRICIER_AFTER = /^\s+(?:pricier|cheaper|dearer|costlier|more\s+expensive|less\s+expensive)\b/i;
/** "a separate \"tariff surcharge\" line of 12%", "a \"tariff recovery fee\" of 4%": a line of the seller's bill, as SELLERS_CHARGE_AFTER's recovery line. */
const SELLERS_LINE_BEFORE = /\b(?:tariff|duty)\s+(?:recovery|surcharge)["”']?\s+(?:line|item|fee|charge)["”']?\s+(?:of|at)\s+(?:(?:about|around|roughly)\s+)?$/i;
/**
 * A charge a seller puts on its own prices, whatever tariff it recovers, not a duty: "the tariff surcharge we
 * charged, it was 6%", "We pushed through a 4% surcharge", "Our carriers added a 3.5% equipment surcharge",
 * "we added a line-item tariff surcharge of 8%", "We cut the China surcharge from 4% to 2%", "the 9% is their surcharge, not the duty", "a \"tariff recovery
 * fee\" of 4%", "raised us twelve percent", "bumping metal roof bids 8%", "a 15% duty moves the whole job 3%", "Got them down to a 3% surcharge", "the tariff
 * surcharge … drops from 9% to 6%" after a sentence that says the writer added it, "the 7% \"tariff surcharge\" the maker wants to add".
 */
/** `after`: the 80 characters after the figure ("an 18% tariff surcharge on our private label invoices", "the 6% tariff surcharge on the prebook confirmation"). */
function sellersCharge(before: string, after: string, earlier: EarlierSentences): boolean {
  return OWN_SURCHARGE_NAMED.test(before) || OWN_SURCHARGE_CHANGED_BEFORE.test(before) || OWN_SURCHARGE_OF_BEFORE.test(before) || ((SURCHARGE_ADDED_BEFORE.test(before) || SELLERS_OWN_BEFORE.test(before)) && SURCHARGE_AFTER.test(after)) || SELLERS_CHARGE_AFTER.test(after) || SELLERS_LINE_BEFORE.test(before) || PRICES_MOVED_BEFORE.test(before) || HAGGLED_DOWN_TO_BEFORE.test(before) ||
    // "… we added a separate tariff surcharge line to invoices. … the tariff surcharge on Chinese-origin items drops from 9% to 6%": that surcharge again.
    (THE_SURCHARGE_BEFORE.test(before) && earlier.ownSurchargeJustBefore()) || OUR_SURCHARGE_LISTED_BEFORE.test(before);
}
/** "It's our pass-through surcharge, 6.5% on the Chinese lines and 4% on the shelving": our surcharge, then its levels listed. */
const OUR_SURCHARGE_LISTED_BEFORE = /\bour\s+(?:[\w-]+\s+){0,2}?surcharges?\s*[,:]\s*(?:\d+(?:\.\d+)?\s?%\s+(?:on|for)\s+[^.;%\d]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+))*$/i;
/** "We cut the China surcharge from 4% to 2%": the writer's side changing its own surcharge; a government is no "we". */
const OWN_SURCHARGE_CHANGED_BEFORE = /\b(?:we|I)\s+(?:(?:are|am|have|had|will|just|already|then)\s+)*(?:cut(?:ting)?|rais(?:e|ed|ing)|lower(?:ed|ing)?|drop(?:ped|ping)?|reduc(?:e|ed|ing)|trim(?:med|ming)?|halv(?:e|ed|ing)|increas(?:e|ed|ing)|mov(?:e|ed|ing)|took|taking)\s+(?:the|our|that|this)\s+(?:[\w-]+\s+){0,2}?surcharges?\s+(?:(?:down|up)\s+)?(?:from|to)\s+(?:\d+(?:\.\d+)?\s?%\s+to\s+)?$/i;
/** The writer's side putting something on its bills: "we added", "I charge", "we have put on". */
const OWN_BILLING = String.raw`\b(?:we|I)\s+(?:(?:have|had|will|also|then|just|already)\s+)*(?:added|add|charged?|put(?:\s+on)?|appl(?:y|ied)|introduced|imposed|levied|bill(?:ed)?)`;
/** "we added a separate tariff surcharge line to invoices": a sentence that says the writer's side bills a surcharge. */
const OWN_SURCHARGE_TOLD = new RegExp(String.raw`${OWN_BILLING}\b[^.;]{0,40}?\bsurcharges?\b`, 'i');
/** "the tariff surcharge on Chinese-origin items drops from 9% to": a surcharge named, then its level. */
const THE_SURCHARGE_BEFORE = /\b(?:the|that|this|our)\s+(?:[\w-]+\s+){0,2}?surcharges?\b[^.;%\d]{0,60}$/i;
/** "we added a line-item tariff surcharge of 8% to orders": a surcharge the writer's side put on its bills, named before its level. */
const OWN_SURCHARGE_OF_BEFORE = new RegExp(String.raw`${OWN_BILLING}\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?surcharge\s+(?:of|at)\s+(?:(?:about|around|roughly)\s+)?$`, 'i');
/** "Got them down to a 3% surcharge": a price haggled with a seller; no one haggles a duty down. */
const HAGGLED_DOWN_TO_BEFORE = /\b(?:got|talked|negotiated|haggled|knocked|bargained)\s+(?:them|him|her|(?:the|our|my)\s+(?:suppliers?|vendors?|sellers?|factor(?:y|ies)|mills?|distributors?|dealers?|reps?|brokers?|carriers?))\s+down\s+to\s+(?:(?:a|an)\s+)?(?:(?:about|around|only|just)\s+)?$/i;
const BRACKET_OPENS_BEFORE = /\(\s*$/;
/** The words of a clause before a bracket that opens with the figure, or a hedge or a place and other levels before it: "sales tax (about ", "VAT … (DE 19%, UK ". */
const BRACKETED_AFTER = /([^,;:.()]{1,60})\(\s*(?:(?:about|around|roughly|some|approximately|approx\.|nearly|almost|~|c\.|for\s+example|for\s+instance|e\.g\.,?|such\s+as)\s*)?(?:(?:[\w.'’-]+\s+){0,3}?[\w.-]+\s?(?:%|percent\b|per\s?cent\b),\s*(?:and\s+)?)*(?:[\w.'’-]+\s+){0,3}?$/i;
/** The same words before brackets that list levels by partner, for each level after the first: "the country rates (46% for Vietnam, 20% for the EU, …". */
const BRACKETED_LIST_AFTER = /([^,;:.()]{1,40})\(\s*(?:(?:for\s+example|for\s+instance|e\.g\.,?|such\s+as)\s*)?(?:[\w.-]+(?:[ -][\w-]+)?\s?(?:%|percent\b|per\s?cent\b)\s+(?:for|on)\s+[^,;()%]{1,30},\s*)+(?:and\s+)?$/i;
const WHOLLY_OF_AFTER = /^\s*(?:cotton|wool|silk|linen|polyester|nylon|cashmere|leather|recycled|organic|pure|natural|whole[\s-]grain|broken|virgin|fake|real|true|sure|legit|wrong|right|correct|certain|serious|accurate|honest|confident|guaranteed)\b/i;
const GRADE_AFTER = /^\s*grade\b/i;
const MADE_OF_AFTER = /^\s*(?:copper|steel|aluminum|aluminium|tin|zinc|nickel|brass|cotton|wool|polyester|nylon|silk|leather|plastic)\s*(?:[.,;!)]|$|\s+(?:and|by\s+(?:weight|value))\b)/i;
const MADE_OF_BEFORE = /\b(?:is|are|was|were|contains?|contained|made\s+(?:of|from)|mostly|largely)\s+(?:(?:about|around|roughly|nearly|almost|over|under|at\s+least)\s+)?$/i;
const OWN_RATE_AFTER_BRACKET = /^\s*\)\s*(?:\d|(?:at|is|pays?|faces?)\s+\d)/;
const SHARE_OF_VALUE_AFTER = /^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?value\b/i;
const PART_IS_BEFORE = /\b(?:is|are|was|were|makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for|represents?|comes?\s+to|(?:line|share|portion|part|slice|chunk)\s+at)\s+(?:(?:about|around|roughly|approximately|only|just|maybe|nearly|almost|some)\s+){0,2}~?$/i;
/** "about 1,900 a month, of which roughly 60% are Section 232 goods": a share of what the clause before counts. */
const OF_WHICH_BEFORE = /\bof\s+(?:which|whom|these|those|them)\s+(?:(?:about|around|roughly|approximately|only|just|some|nearly|almost|over|under|less\s+than|more\s+than)\s+)?$/i;
const ARE_AFTER = /^\s+(?:are|were|is|was|come|came|go|went)\b/i;
const WHOLLY_DONE_IN_AFTER = /^\s+(?:made\s+|done\s+|produced\s+|sourced\s+)?(?:in|from)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]/;

/** The words of the clause before "from 58% to" that ends `before`, if it ends so. */
function leadOfChangeTo(before: string): string | undefined {
  const change = CHANGED_FROM_FIGURE_BEFORE.exec(before);
  if (!change) return undefined;
  const lead = before.slice(0, change.index);
  return lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
}
/** A sentence that proposes a figure: "I was thinking 15% across the board", "maybe 8%?", "let's say 10%". */
const PROPOSAL_OPENS = /^\W*(?:(?:I|we)\s*(?:was|were|am|are|['’]m|['’]re)\s+thinking|maybe|how\s+about|what\s+about|let['’]?s\s+(?:do|go|say|make\s+it))\b/i;
const CHANGED_FROM_FIGURE_BEFORE = /\bfrom\s+(?:about\s+|around\s+)?\d+(?:\.\d+)?\s?(?:%|percent\b|per\s?cent\b)\s+(?:(?:down|up)\s+)?to\s+(?:about\s+|around\s+)?$/i;
const PRONOUN_COMES_TO_BEFORE = /\b(?:(?:it|that)\s+(?:now\s+|then\s+)?(?:comes?\s+out|works?\s+out|lands?|ends?\s+up|drops?|falls?|sits?|is|was)|(?:gets?|got|brings?|brought|puts?)\s+us\s+(?:back\s+)?(?:(?:up|down)\s+)?to)\s+(?:(?:at|to|around|about|roughly|near|closer\s+to|only|just)\s+)*$/i;
/** A clause that opens on a possessive and goes straight to its level: "; Japan's, 10%", "and the UK's at 20%". */
const ELIDED_NOUN_BEFORE = /^\W*(?:(?:and|while|but|whereas)\s+)?(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s*,?\s+(?:(?:is|was|stands|sits|remains|stays)\s+)?(?:at\s+)?(?:about\s+|around\s+|roughly\s+)?$/;

const EMPHASIS_END = /[*_]+$/;
const EMPHASIS_START = /^[*_]+/;

export function readFigure(sentence: string, figure: Figure, span: Match, ctx: ReadingContext, matchedMeasure: boolean, sentenceMentionsTariff: boolean): FigureReading {
  const governing = sentence.slice(span.start, span.end);
  // Emphasis around the figure ("are up **7.2 percent** over") is no word between it and the words that say what it is.
  const before = sentence.slice(Math.max(0, figure.start - 60), figure.start).replace(EMPHASIS_END, '');
  const after = sentence.slice(figure.end, figure.end + 40).replace(EMPHASIS_START, '');
  if ((CHANGE_BEFORE.test(before) && !/\b(?:to|at)\s+$/i.test(before)) || CHANGE_RANGE_BEFORE.test(before)) return 'not';
  if (BY_BEFORE.test(before) || CHARGED_TO_BEFORE.test(before) || (BY_A_PARTY_AFTER.test(after) && COST_SPLIT_BEFORE.test(sentence.slice(Math.max(0, figure.start - 200), figure.start))) || (COMPARATIVE_BEFORE.test(before) && THAN_AFTER.test(after)) || PRICE_CHANGE_BEFORE.test(before) || PRICE_CHANGE_IN_BRACKET_BEFORE.test(before) || INCLUDED_IN_A_FIGURE_BEFORE.test(before) || CHANGE_OF_AMOUNTS_BEFORE.test(before) || (ABSORBED_BEFORE.test(before) && SHARE_OF_AFTER.test(after)) || SHARE_OF_DUTY_BEFORE.test(sentence.slice(Math.max(0, figure.start - 160), figure.start)) || PRICE_GAP_AFTER.test(after) || COUNT_IN_BRACKETS_BEFORE.test(before) || (PART_IS_BEFORE.test(before) && FILLED_AFTER.test(after)) || (IN_BEFORE.test(before.slice(-16)) && CHANGED_IN_BEFORE.test(before))) return 'not';
  if (IT_MOVED_TO_BEFORE.test(before)) {
    const told = sentence.slice(0, figure.start);
    if (OTHER_TOPIC.test(told) && !STRONG_CUE.test(told)) return 'not';
  }
  if ((ADDED_BEFORE.test(before) && (TO_PRICES_AFTER.test(after) || FOR_OTHER_COSTS_AFTER.test(after))) || (PASSING_THROUGH_BEFORE.test(before) && !TARIFF_NAMED_AFTER.test(after))) return 'not';
  // "the 24% of Japan" is Japan's rate; "35% of Vietnam's exports", "60% of Indian volume" are shares.
  const ofPartner = /^\s*of\s+(?:the\s+)?([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)(?![\w'’-])(?!(?<=\.[A-Z])\.)(?!\s+(?!(?:and|or|but|is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|does|did|pays?|paid|faces?|faced|remains?|stays?|in|on|at|for|from|under|since|until|to|by|with|which|that|while|as|after|before|than|now|still)\b)[a-z])/.exec(after);
  const possessedByPartner = ofPartner !== null && partnersIn(ofPartner[1]).length > 0;
  // "3% to 5% more", "6.5% and 15% referral": the first of two figures shares the words after the second.
  const second = SECOND_FIGURE_AFTER.exec(after);
  // "puts the copper duty at 25% of the copper content": a duty charged on part of the goods' value, not a share.
  const dutyOnContent = CONTENT_AFTER.test(after) && DUTY_AT_BEFORE.test(before);
  if ((CHANGE_OR_SHARE_AFTER.test(after) || (second && CHANGE_OR_SHARE_AFTER.test(after.slice(second[0].length)))) && !possessedByPartner && !dutyOnContent) return 'not';
  // "Indonesia (21% of pairs) faces 32%, and Cambodia (7%) 36%": a figure in brackets before the partner's own is a share or an aside.
  if (BRACKET_OPENS_BEFORE.test(before) && OWN_RATE_AFTER_BRACKET.test(after)) return 'not';
  // "your state's sales tax (about 6% on average)": a figure in brackets is the level of what stands before them.
  // Most figures stand in no brackets. A list in brackets may open further back than `before` reaches.
  const listed = sentence.slice(Math.max(0, figure.start - 240), figure.start);
  const bracketed = listed.includes('(') ? (BRACKETED_AFTER.exec(listed) ?? BRACKETED_LIST_AFTER.exec(listed))?.[1] : undefined;
  if (bracketed !== undefined && OTHER_TOPIC.test(bracketed) && !STRONG_CUE.test(bracketed)) return 'not';
  // "100% cotton", "Hom Mali 100% grade B": what goods are wholly made of, or their grade.
  if ((figure.value === 100 && WHOLLY_OF_AFTER.test(after)) || GRADE_AFTER.test(after)) return 'not';
  // "B20 is 80% copper": what an alloy or a good is made of, not a duty on it.
  if (MADE_OF_AFTER.test(after) && MADE_OF_BEFORE.test(before)) return 'not';
  // "cutting, sewing and finishing is 100% in Cambodia": all of the work, where it is done.
  if (figure.value === 100 && WHOLLY_DONE_IN_AFTER.test(after)) return 'not';
  // "(steel is about 30% of value)": the part of the goods' value a material makes up, not a duty on it.
  if (SHARE_OF_VALUE_AFTER.test(after) && PART_IS_BEFORE.test(before) && !STRONG_CUE.test(before.slice(-40))) return 'not';
  if (OF_WHICH_BEFORE.test(before) && ARE_AFTER.test(after)) return 'not';
  if (NATIONAL_LEVEL_BEFORE.test(before)) return 'not';
  // A poll's share is never a rate, however near a tariff word stands: "a poll put the share who say tariffs hurt at 54%".
  if (POLL.test(governing)) return 'not';
  // "In our spring survey, 64% of members said …, and only 9% had seen a price decrease": the share of those asked, in a sentence about a poll.
  if (RESPONDENTS_SAY_AFTER.test(after) && POLL.test(sentence)) return 'not';
  // "puts the odds of the Court striking the tariffs at 70%": a probability, whatever it is of.
  if (ODDS_AT_BEFORE.test(before)) return 'not';
  if (sellersCharge(before, sentence.slice(figure.end, figure.end + 80), ctx.earlier)) return 'not';
  // "they're 40% pricier before duty": how prices compare, not a rate; "a 6% tariff adjustment allowance": a sum set aside in a budget or bid;
  // "with US content around 40–45%": how much of the goods was made where.
  // "steel content ~60%": how much of the goods is the metal a duty falls on.
  // "The 47% is the President's overall average for Chinese goods": a leader's round figure, no rate the writer gives.
  // "the 12% fireworks tax and the 6% sales tax": a state's own tax.
  if (PRICIER_AFTER.test(after) || LOCAL_TAX_AFTER.test(after) || SET_ASIDE_AFTER.test(after) || LEADERS_FIGURE_AFTER.test(after) || CONTENT_SHARE_BEFORE.test(before) || METAL_CONTENT_BEFORE.test(before)) return 'not';
  // "raising LED wall rental 7% for 2026, not tariff related": the writer says the figure is no tariff; "6.5% btw, thats the HTS rate": only the ordinary duty.
  if (SAID_NOT_TARIFF_AFTER.test(sentence.slice(figure.end, figure.end + 80))) return 'not';
  // "15% isn't a China rate anybody has set": a figure said to be no rate.
  if (NO_RATE_AFTER.test(after)) return 'not';
  // "Total tariff adder on the order is approx. 19.6%": a blend over goods of many rates, as a share of the order's value.
  if (ORDER_BLEND_BEFORE.test(before)) return 'not';
  // "; 64% have raised prices", "41% of you import": a share of people, the subject of what they do.
  if (PEOPLE_SHARE_AFTER.test(after) && CLAUSE_OPENS_BEFORE.test(before)) return 'not';
  // "Canadian VAT (the GST) is only 5 percent": a subject with an aside in brackets, cut off from the figure's words by them.
  const subjectInBrackets = ASIDE_THEN_LEVEL_BEFORE.test(before) ? before.slice(0, before.lastIndexOf(')') + 1) : '';
  // "UK steel is also at 50% now and the price gap is small": a clause "and" opens after the figure, with its own subject, tells of something else.
  const nextClause = NEW_CLAUSE_AFTER.exec(governing.slice(figure.end - span.start));
  const ownWords = nextClause ? governing.slice(0, figure.end - span.start + nextClause.index) : governing;
  const otherTopic = OTHER_TOPIC.test(ownWords) || (OTHER_TOPIC.test(subjectInBrackets) && !STRONG_CUE.test(withoutTariffsSetAside(subjectInBrackets)));
  // "France's VAT is 20%; Japan's, 10%": a possessive with its noun left out has the noun of the clause before.
  if (!otherTopic && ELIDED_NOUN_BEFORE.test(sentence.slice(span.start, figure.start))) {
    // The clause before, not a lead-in before a colon: "Not a tariff, but often confused with one: Switzerland's VAT is 8.1%, and Mexico's is 16%".
    const clauseBefore = /[^;:]*$/.exec(sentence.slice(0, span.start).replace(/[;,]\s*$/, ''))![0];
    if (OTHER_TOPIC.test(clauseBefore) && !STRONG_CUE.test(clauseBefore)) return 'not';
  }
  // "My margin on premium tech went from 58% to 52%": the level a change goes to is one of what the words before "from" name.
  const changeLead = leadOfChangeTo(sentence.slice(Math.max(0, figure.start - 120), figure.start));
  if (changeLead !== undefined && OTHER_TOPIC.test(changeLead) && !STRONG_CUE.test(changeLead)) return 'not';
  // "Margin … was 31% before any of this. With the China and steel duties it comes out around 29.5%": "it" is what the sentence before was about.
  if (PRONOUN_COMES_TO_BEFORE.test(before) && ctx.earlier.aboutAnotherTopicJustBefore()) return 'not';
  // "should I bump jewelry markup? I was thinking 15% across the board": a figure proposed for what was just asked about.
  if (PROPOSAL_OPENS.test(sentence) && !STRONG_CUE.test(sentence) && ctx.earlier.aboutAnotherTopicJustBefore()) return 'not';
  // "Economic growth in China, which you put at 5%": a relative clause's figure is a level of what it follows, unless a tariff word comes first.
  if (RELATIVE_OPENS.test(governing) && !STRONG_CUE.test(governing.slice(0, figure.start - span.start))) {
    const antecedent = antecedentOf(sentence, span.start);
    if (OTHER_TOPIC.test(antecedent) && !STRONG_CUE.test(antecedent)) return 'not';
  }
  // "the Section 232 duty on EU steel, still 25 %, is subject to a quota": a level set off by commas after the duty it is.
  if (!otherTopic && APPOSITIVE_LEVEL_BEFORE.test(before) && /^\s*,/.test(after)) return 'rate';
  if (STRONG_CUE.test(governing)) {
    // Both a tariff word and another topic ("GDP growth slowed to 1.2% as duties began"): the nearer one governs.
    if (!otherTopic) return 'rate';
    // Not a tariff word the figure's words set aside: "Material escalation (excluding tariffs) is capped at 6%".
    const figureAt = figure.start - span.start;
    return nearest(STRONG_CUE, withoutTariffsSetAside(governing), figureAt) < nearest(OTHER_TOPIC, governing, figureAt) ? 'rate' : 'not';
  }
  if (otherTopic) return 'not';
  // "pricing may be indexed to the producer price index for copper wire, subject to a ceiling of 8%": a cap on a price index, though "ceiling" names a deal's rate too.
  const around = sentence.slice(Math.max(0, figure.start - 200), figure.end + 100);
  if (PRICE_INDEX.test(around) && !STRONG_CUE.test(around)) return 'not';
  if (matchedMeasure) return 'rate';
  // "Share of order value by origin: China 31%, Vietnam 22%": the list's introduction names its topic.
  const intro = listIntro(sentence, figure.start);
  if (intro && (OTHER_TOPIC.test(intro) || POLL.test(intro)) && !STRONG_CUE.test(intro)) return 'not';
  if (!ctx.documentAboutTariffs) return 'open';
  // "Value-added tax is charged on every purchase. Rates run from 17% in Luxembourg to 27% in Hungary.": rates of the topic just before.
  if (WEAK_CUE.test(governing)) return RATES_OPEN_SENTENCE.test(sentence) && ctx.earlier.aboutAnotherTopicJustBefore() ? 'not' : 'rate';
  // "UK steel still enters at 25 percent", "Indian-made goods now come in at 18%": goods enter, or clear customs, at their duty, or are capped at it.
  if (!otherTopic && LEVEL_VERB_BEFORE.test(before) && /\b(?:pays?|paid|paying|faces?|faced|facing|bears?|bore|borne|carry|carries|carried|subject\s+to|charged|(?:hit|slapped)\s+with|received|(?:was|were|been|be)\s+(?:assigned|given|granted)|(?:enter|enters|entered|entering|clear|clears|cleared|clearing)\s+(?:customs\s+)?at|(?:come|comes|came|coming)\s+in\s+at|(?:is|are|was|were|been)\s+capped\s+at)\b/i.test(governing)) return 'rate';
  // "the 18% agreed in February is now applied", "the 25% is still collected at entry": a level said to be charged, in a document about tariffs.
  if (CHARGED_AFTER.test(after) && !OTHER_TOPIC.test(sentence.slice(Math.max(0, figure.start - 60), figure.end + 80))) return 'rate';
  // "Japan's 24%", "the 24% of Japan": a partner's own figure in a document about tariffs.
  if (possessedByPartner || /['’]s\s+(?:[\w-]+\s+){0,2}$/.test(before) && partnersIn(before.slice(before.search(/\S+['’]s\s+(?:[\w-]+\s+){0,2}$/))).length) return 'rate';
  if (sentenceMentionsTariff && !otherTopic && (ON_OBJECT_AFTER.test(after) || /^\s*(?:in\s+total|altogether|overall|all-in|combined)\b/i.test(after))) return 'rate';
  // "Country rates took effect: 84% on China, 20% on the EU": partners' levels listed under an intro that names their rates.
  const partnerAfter = PARTNER_OBJECT_AFTER.exec(after)?.[1];
  // So are those in brackets after such words: "the country rates announced on April 2 (for example 46% for Vietnam and 59% for Cambodia)".
  const namesRates = (words: string | undefined) => words !== undefined && (STRONG_CUE.test(words) || RATES_WORD.test(words));
  if ((namesRates(intro) || namesRates(bracketed)) && partnerAfter !== undefined && namesPartner(partnerAfter)) return 'rate';
  // So are goods "at" their levels: "Sector tariffs that survived: steel and aluminum at 50%, lumber at 25%".
  const listedGoods = LISTED_GOODS_AT_BEFORE.exec(before)?.[1];
  if (listedGoods !== undefined && namesRates(intro) && ctx.products.find(listedGoods).length > 0) return 'rate';
  // "The Philippines is at 20%", "Switzerland, at 39%,", "Cambodia: still 19%": a partner and its level.
  const level = PARTNER_LEVEL_BEFORE.exec(before) ?? (OWN_COMPLEMENT_AFTER.test(after) ? null : PARTNER_COMMA_BEFORE.exec(before));
  if (level && namesPartner(level[0])) return 'rate';
  // "MEXICO: non-USMCA goods stay at 30%": goods and their level, beside a partner.
  const line = lineBefore(sentence, figure.start);
  if (GOODS_LEVEL_BEFORE.test(before) && namesPartner(line)) return 'rate';
  // "the Swiss got a 15% deal too": a partner's deal, named by its rate.
  if (DEAL_AFTER.test(sentence.slice(figure.end, figure.end + 24)) && namesPartner(line)) return 'rate';
  // "Vietnam, where the sneakers are made, is stuck at 46%", "Swiss parts are at 39%", "Japanese cars are still 27.5%": a level now, of goods the words before name.
  // Not "for a steel watch it is around 3%": "it" names the level's goods no more than it names a tariff.
  if (LEVEL_NOW_BEFORE.test(before) && (namesPartner(line) || (ctx.products.find(line).length > 0 && !PRONOUN_LEVEL_BEFORE.test(before)))) return 'rate';
  const movedGoods = GOODS_MOVED_TO_BEFORE.exec(before)?.[1];
  if (movedGoods !== undefined && namesGoodsOnly(movedGoods, ctx)) return 'rate';
  // "no its 104% on china", "Pretty sure its still 25% on steel": a level on a partner or on goods.
  const namedOn = NAMED_ON_AFTER.exec(after)?.[1];
  if (namedOn !== undefined && LEVEL_ON_BEFORE.test(before) && (namesPartner(namedOn) || namesGoodsOnly(namedOn.replace(/\.$/, ''), ctx))) return 'rate';
  if ((ANSWER_ONLY_BEFORE.test(line) || REPLY_ONLY_BEFORE.test(line)) && ctx.earlier.justAskedForARate()) return 'rate';
  // "… the EU rate of 15%. Before August 7 it was 10%.": what the rate just given was before; "… was at 50% until February. Now it's down to 18%": what it is now.
  if (IT_LEVEL_BEFORE.test(before) && !OTHER_TOPIC.test(sentence) && ctx.earlier.givesARateJustBefore()) return 'rate';
  const label = LABEL_BEFORE.exec(line)?.[1];
  if (label && (namesPartner(label) || EVERY_PARTNER_IN.test(label))) return 'rate';
  // A speech's verbless fragment after a tariff, goods and their level: "… pays a 50 percent tariff. Copper, 50 percent."
  const fragmentGoods = GOODS_LEVEL_FRAGMENT.exec(sentence)?.[1];
  if (fragmentGoods && namesGoodsOnly(fragmentGoods, ctx) && ctx.earlier.namesTariffJustBefore()) return 'rate';
  // "## Sectoral tariffs (Section 232)" or "The Section 232 tariffs stand as follows:" over "- Heavy trucks: 25%": goods and their level, under words that name their tariff,
  // or beside them: "**Aluminum** — 25%, also under Section 232".
  // So are a list item's goods alone, their level "still" or "now" so, in a roundup about tariffs: "- *Copper:* still 25% on semis"
  // (not "- Steel: 12%" under "## Price rises since the tariffs").
  if (label && ctx.products.find(label).length > 0 && (sentenceMentionsTariff || ctx.earlier.namesTariffJustBefore() || (LIST_ITEM_LINE.test(line) && LEVEL_STILL_BEFORE.test(before) && namesGoodsOnly(label, ctx)))) return 'rate';
  // … or "still" so on the goods named after it: "- **Foils:** still at 25% for aluminum".
  const goodsAfter = GOODS_OBJECT_AFTER.exec(after)?.[1];
  if (goodsAfter !== undefined && LIST_ITEM_LINE.test(line) && LEVEL_STILL_BEFORE.test(before) && namesGoodsOnly(goodsAfter, ctx)) return 'rate';
  // So are goods after a partner's label, each with its level: "6. Canada: non-USMCA goods 35%, energy and potash 10%".
  const labelled = LABELLED_GOODS_BEFORE.exec(line);
  if (labelled && namesPartner(labelled[1]) && namesGoodsOnly(labelled[2], ctx)) return 'rate';
  // So are a list item's goods "at" their level: "- heavy trucks at 10 percent since November 1".
  // A chat message in a document about tariffs is such an item: its thread is about them ("[11:44] Priya: softwood lumber 15%, forgot that one").
  const tariffsTalkedOf = () => ctx.earlier.namesTariffJustBefore() || CHAT_MESSAGE_LINE.test(line);
  const itemGoods = ITEM_GOODS_AT_BEFORE.exec(line)?.[1];
  if (itemGoods && ctx.products.find(itemGoods).length > 0 && tariffsTalkedOf()) return 'rate';
  // … or right before it, under a lead-in that names their tariff: "- 232s unaffected:" over "  - trucks 25%, buses 10%".
  const itemGoodsBare = ITEM_GOODS_BARE_BEFORE.exec(line)?.[1];
  if (itemGoodsBare && namesGoodsOnly(itemGoodsBare, ctx) && tariffsTalkedOf()) return 'rate';
  // … or "also" or "still" their level: "- Wooden cabinets also 25%".
  const itemGoodsAlso = ITEM_GOODS_ALSO_BEFORE.exec(line)?.[1];
  if (itemGoodsAlso && namesGoodsOnly(itemGoodsAlso, ctx) && tariffsTalkedOf()) return 'rate';
  // "30% plus the 10% baseline, so really 40%": the total of the parts the sentence has added (not one still to come, "so 54% tomorrow": its parts are judged).
  if (SO_TOTAL_BEFORE.test(before) && !TO_COME_AFTER.test(after) && PARTS_ADDED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 160), figure.start))) return 'rate';
  // "||Country||Old (Apr 9)||New (from 2025-08-07)||" over "|Vietnam|VN|46%|20%|": a partner's row, in a table about tariffs.
  // A note in the row's last cell ("from May 14; was 145%") tells a former level, as "Vietnam: was 20%" does.
  if (ctx.cellOfLevels && !PAST_LEVEL_BEFORE.test(before) && namesPartner(before)) return 'rate';
  // So is a goods' row under a column of a time, in a table its lead-in says is of tariffs: "The Section 232 tariffs:" over "| Copper | 50% | 25% |".
  if (ctx.cellOfLevels && !PAST_LEVEL_BEFORE.test(before) && ctx.products.find(before).length > 0 && ctx.earlier.namesTariffJustBefore()) return 'rate';
  // "| Product | Most partners | EU origin |" over "| Softwood lumber | 10% | 10% |": goods' level for a partner, in a table about tariffs.
  if (ctx.cellOfPartnerLevels && !PAST_LEVEL_BEFORE.test(before) && ctx.products.find(before).length > 0) return 'rate';
  return 'open';
}

/**
 * Does a column header name only a time, goods or a measure ("New (from 2025-08-07)", "Apr 9",
 * "Kitchen cabinets", "Steel or aluminum goods", "Old (Apr 9 Annex I)", "What we paid in January")? Its cells are then
 * levels of the row's partner; any other word ("GM % new", "Share") may name another figure.
 */
export function headsLevels(header: string, vocabulary: Pick<ReadingContext, 'products' | 'measures'>): boolean {
  return onlyLevelWordsBeside(header, [...vocabulary.products.find(header), ...vocabulary.measures.find(header)]);
}
/**
 * A column header of "Other furniture" beside one of "Upholstered (Sec. 232)": goods set apart
 * from the same goods another column names, so its cells are not those goods' rates. The goods'
 * words are read as "goods" (padded to the same length, since a cell's words are placed by it).
 */
export function headerOfGoodsSetApart(header: string, headers: readonly string[], vocabulary: Pick<ReadingContext, 'products'>): string {
  const lead = OTHER_GOODS_HEADER.exec(header);
  if (!lead) return header;
  const named = vocabulary.products.find(header).filter((m) => m.start === lead[0].length);
  if (!named.length) return header;
  const keys = new Set(named.flatMap((m) => m.keys));
  const elsewhere = headers.some((h) => h !== header && vocabulary.products.find(h).some((m) => m.keys.some((k) => keys.has(k))));
  if (!elsewhere) return header;
  const end = Math.max(...named.map((m) => m.end));
  return `${header.slice(0, lead[0].length)}${'goods'.padEnd(end - lead[0].length)}${header.slice(end)}`;
}
const OTHER_GOODS_HEADER = /^\W*(?:all\s+)?(?:other|remaining)\s+/i;
/** Whether the words of a header outside `named` are only words of a time or a level (or, for a partner's column, `alsoAllowed`). */
function onlyLevelWordsBeside(header: string, named: Match[], alsoAllowed?: RegExp): boolean {
  const rest = header.split('');
  for (const m of named) rest.fill(' ', m.start, m.end);
  return (rest.join('').match(/[a-z]+/gi) ?? []).every((word) => LEVEL_HEADER_WORD.test(word) || alsoAllowed?.test(word) === true);
}
/**
 * Does a column header name another cost or quantity and no tariff ("Freight %", "Insurance %", "Margin")?
 * Its cells are that, whatever tariff the rest of the row names ("| 7% | 50% | Section 232 steel |").
 */
export function headsOtherQuantity(header: string, headers: readonly string[]): boolean {
  return OWN_CHARGE_HEADER.test(header) || PROGRESS_HEADER.test(header) || SHARE_OF_HEADER.test(header) || (!STRONG_CUE.test(header) && (OTHER_COST_HEADER.test(header) || OTHER_TOPIC.test(header))) || (SURCHARGE_ALONE.test(header) && headers.some((h) => h !== header && TARIFF_HEADER.test(h)));
}
/** "| Bucket | Duty | Share of duty $ |", "% of total duty": a part of a whole, even of the duty paid. */
const SHARE_OF_HEADER = /^\W*(?:share|portion|%|pct|percent(?:age)?)\s+of\b/i;
/** "| Workstream | Lead | Complete |": how far work has got, in a status table. */
const PROGRESS_HEADER = /^\W*(?:%\s*)?(?:complete|completed|completion|progress|done|percent\s+(?:complete|done))\W*$/i;
/** "| Total added tariff | Surcharge |", "| U.S. duty rate | Tariff surcharge |", "| Duty today | New surcharge |": a surcharge beside a column of the tariff is the seller's own. */
const SURCHARGE_ALONE = /^\W*(?:(?:new|current|revised|updated|proposed)\s+)?(?:price\s+|invoice\s+|tariff\s+)?surcharge\W*$/i;
const TARIFF_HEADER = /\b(?:tariffs?|dut(?:y|ies))\b/i;
const OTHER_COST_HEADER = /\b(?:freight|shipping|insurance|logistics|handling|fob|cif|mark-?up|commission|escalators?|gm|imu)\b/i;
/** "Our surcharge on invoice", "Price increase to you", "Tariff surcharge on list", "Surcharge on net price", "Our action" ("Surcharge 4%"): what a seller adds to its own prices, not the duty it pays. */
const OWN_CHARGE_HEADER = /\b(?:our|my)\s+(?:[\w-]+\s+)?(?:surcharge|price\s+(?:increase|rise)|increase|uplift|actions?|response)\b|\b(?:tariff|duty)\s+recovery\s+(?:fee|charge|surcharge|line)s?\b|\b(?:surcharge|increase|uplift)\s+(?:on|to)\s+(?:the\s+|your\s+)?(?:net\s+)?(?:invoices?|you|list(?:\s+prices?)?|prices?)\b/i;
const LEVEL_HEADER_WORD = /^(?:goods|products|items|imports|exports|most|all|other|others|and|or|the|for|a|an|old|new|actual|rate|rates|duty|duties|tariff|tariffs|what|we|paid|pay|paying|before|after|from|until|till|since|current|previous|prior|now|then|today|as|of|at|on|in|effective|was|is|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|q|h|fy|st|nd|rd|th)$/i;
/** Does a column header name a partner, or every partner, and nothing but a time or a level ("EU origin", "Most partners", "All other countries (now)")? */
export function headsPartnerLevels(header: string): boolean {
  const named: Match[] = partnersIn(header).filter((m) => m.role === 'partner');
  const every = EVERY_PARTNER_IN.exec(header);
  if (every) named.push({ start: every.index, end: every.index + every[0].length });
  return named.length > 0 && onlyLevelWordsBeside(header, named, PARTNER_HEADER_WORD);
}
const PARTNER_HEADER_WORD = /^(?:origin|origins|made|goods|from)$/i;
/** Only the present: "Vietnam: was 20%" told without a date is no claim about today. */
const PAST_LEVEL_BEFORE = /\b(?:was|were|had\s+been|used\s+to\s+be)\s+(?:at\s+)?$/i;
/** Words that tie what is said to the document's date: "now", "still", "the current shipment". */
export const PRESENT_WORDS = /\b(?:now|still|currently|current|today|at\s+present|nowadays)\b/i;
/** "when the 20% Vietnam rate still applied", "when Swiss goods were still paying": "still" told in the past is no word of the present. */
const STILL_THEN = /\bstill\s+(?:applied|was|were|had|paid|faced|stood|carried|held|ran)\b|\b(?:was|were)\s+still\b/gi;

/** Words that keep a level in the present: "still", "now", "already", "currently". */
const NOW_WORDS = 'still|now|only|also|already|currently';
const LEVEL_NOW = `(?:(?:${NOW_WORDS})\\s+)?`;
const LEVEL_VERB = '(?:is|are|was|were|stands|stood|sits|sat|remains|remained|stays|stayed|got|gets|came in|comes in|(?:came|comes) out(?:\\s+(?:worse|better|higher|lower))?|landed|lands|settled|ended up|(?:(?:is|are|was|were)\\s+(?:getting|being)|gets|got)\\s+(?:hit|smashed|hammered|slammed|clobbered))';
/** "Mexico went to 30% in August": a partner's move to a level. */
const MOVED_TO = String.raw`(?:went|rose|jumped|climbed|fell|dropped|moved|was\s+(?:raised|cut|lowered|hiked))\s+(?:up\s+|down\s+)?to`;
const PARTNER_LEVEL_BEFORE = new RegExp(String.raw`\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:\s+\([^()\n]{1,40}\))?(?::\s+${LEVEL_NOW}(?:at\s+)?|,\s+(?:${LEVEL_VERB}\s+)?${LEVEL_NOW}at\s+|\s+(?:${LEVEL_VERB}\s+)?${LEVEL_NOW}(?:at\s+)?|\s+${MOVED_TO}\s+)$`);
/** A level held now: "is at", "has been at", "stayed at", "are still stuck at", "aluminum's still at", "are still", "is", "are back at", "are back to", "is down to", "dropped back to", "keeps them at": the goods before it say whose. */
const LEVEL_NOW_BEFORE = new RegExp(String.raw`(?:\b(?:is|are|has\s+been|have\s+been|stays?|stayed|remains?|remained|sits?|stands?)|['’]s)\s+(?:(?:${NOW_WORDS}|stuck|steady|unchanged|back|down)\s+)*(?:at\s+|(?<=\b(?:back|down)\s+)to\s+)?(?:about\s+|around\s+|roughly\s+)?$|\b(?:dropped|fell|went|came|got|rose|climbed|jumped)\s+back\s+(?:down\s+|up\s+)?to\s+$|\b(?:keeps?|kept|holds?|held|leaves?|left)\s+(?:them|it|those|these)\s+at\s+$`, 'i');
/** "and steel went to 50% last month": goods moved to a level (the words before the verb are checked to end with goods). */
const GOODS_MOVED_TO_BEFORE = new RegExp(String.raw`((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+(?:(?:${NOW_WORDS})\s+)?${MOVED_TO}\s+(?:about\s+|around\s+)?$`, 'i');
const PRONOUN_LEVEL_BEFORE = /\b(?:it|this|that)\s+(?:is|has\s+been|stays|remains|sits|stands)\s+(?:[a-z]+\s+){0,3}$/i;
const DEAL_AFTER = /^\s+(?:trade\s+)?(?:deal|agreement)\b/i;
const GOODS_LEVEL_BEFORE = new RegExp(String.raw`\b(?:goods|imports|exports|products|shipments)\s+(?:(?:${NOW_WORDS}|remain|remains|stay|stays|are|is)\s+)*at\s+$`, 'i');
/** "Canada (35%), Mexico (": the next partner of a list whose levels stand in brackets. */
const NEXT_PARTNER_IN_BRACKETS_BEFORE = /\(\s*\d+(?:\.\d+)?\s?%[^()]{0,30}\)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s*\(\s*$/;
/** "HO-2300, teak table, Indonesia, 19%, reciprocal": a record's partner and its rate, unless the figure has words of its own ("Vietnam, 21% from China"). */
const PARTNER_COMMA_BEFORE = new RegExp(String.raw`\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*,\s+${LEVEL_NOW}$`);
const OWN_COMPLEMENT_AFTER = /^\s*(?:from|to|of|in|for|on|by)\b/i;
/** Words that open a relative clause: ", which you put at 5%". */
const RELATIVE_OPENS = /^[\s,]*(?:which|that)\s/i;
/** "Canadian aluminum, which pays 25%, and British sheet": the partners of the goods a figure's relative clause hangs on. */
function antecedentPartners(sentence: string, span: Match, figureStart: number, mentions: PartnerMention[]): string[] {
  if (!RELATIVE_OPENS.test(sentence.slice(span.start, figureStart))) return [];
  return partnerCodesOf(mentions, { start: span.start - antecedentOf(sentence, span.start).length, end: span.start });
}
/** The words a relative clause at `clauseStart` follows, back to the clause before them. */
function antecedentOf(sentence: string, clauseStart: number): string {
  const before = sentence.slice(Math.max(0, clauseStart - 80), clauseStart);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(',', before.length - 3)) + 1);
}
/** A rate card's line (or a sentence's start): a label naming a partner or every partner, then a colon or a spaced dash ("Garments from Cambodia: 49%", "**UK sofas**: 15%", "Cambodia - 20%"). */
const LABEL_BEFORE = new RegExp(String.raw`^[\W_]*([^:;.!?]{1,80}?)[*_]*(?::|\s+[\u2014\u2013]|\s+-(?=\s))[*_]*\s+${LEVEL_NOW}(?:at\s+)?$`);
/** The goods a level is on or for: "25% for aluminum, so …". */
const GOODS_OBJECT_AFTER = /^\s+(?:on|for)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)(?=\s*(?:[,.;:!?)]|$))/;
const LEVEL_STILL_BEFORE = /\b(?:still|now|currently)\s+(?:at\s+)?$/i;
/** A sentence of nothing but goods, a comma and their level: "Copper, 50 percent.", "Heavy trucks, still 25%." */
const GOODS_LEVEL_FRAGMENT = new RegExp(String.raw`^[\W_]*([A-Za-z][\w'’ -]{1,40}?),\s+${LEVEL_NOW}(?:about\s+|around\s+|roughly\s+)?[\w.-]+(?:[ -][\w-]+)?\s?(?:%|percent\b|per\s?cent\b)[\W_]*$`, 'i');
/** A list item's mark: "- ", "* ", "3. ". */
const LIST_ITEM_LINE = /^\s*(?:[-*+•]|\d{1,3}[.)])\s/;
/** An item of a list run on in a sentence, "at" its level: ": steel and aluminum at ", ", lumber at ". */
const LISTED_GOODS_AT_BEFORE = /[:,]\s*([^:;.!?,()]{1,60}?)\s+at\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** A label, then goods before their level, after any goods and level before them: "Canada: non-USMCA goods ", "Canada: … 35%, energy and potash ". */
const LABELLED_GOODS_BEFORE = new RegExp(String.raw`^[\W_]*([^:;.!?]{1,40}?)[*_]*:\s+(?:[^:;.!?]{0,80}?\d\s?(?:%|percent|per\s+cent),\s*(?:and\s+)?)?([^:;.!?,\d%()]{1,50}?)\s+(?:at\s+)?$`, 'i');
/** Generic goods ("goods", "other products", "everything else") a label's list may give levels of. */
const GENERIC_GOODS_END = /\b(?:goods|products|items|everything\s+else|the\s+rest)$/i;

/** Whether `words` name goods and end with them: "non-USMCA goods", "energy and potash", not "steel demand". */
function namesGoodsOnly(words: string, ctx: ReadingContext): boolean {
  if (GENERIC_GOODS_END.test(words)) return true;
  const products = ctx.products.find(words);
  return products.length > 0 && products[products.length - 1].end === words.length;
}

/** A chat message's time as a phone's export writes it: "4/12/25, 8:02 AM - ". */
export const PHONE_EXPORT_STAMP = String.raw`\d{1,2}/\d{1,2}/\d{2,4},\s\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s[-\u2013]\s`;
/** What opens a list item, or a chat message: "- ", "3. ", "[11:44] Priya: ", "8/12/25, 6:15 AM - Jen: " (whose messages are a thread's items). */
const CHAT_MESSAGE_HEAD = String.raw`(?:\[[^\]\n]{1,24}\][ \t]*|${PHONE_EXPORT_STAMP})[^:\n\[\]]{1,40}:[ \t]+`;
const ITEM_HEAD = String.raw`(?:[-*+•]|\d{1,2}[.)])\s+|${CHAT_MESSAGE_HEAD}`;
const CHAT_MESSAGE_LINE = new RegExp(String.raw`^\s*${CHAT_MESSAGE_HEAD}`);
/** A list item that opens with goods and gives their level after "at": "- copper wire at 50 percent". */
const ITEM_GOODS_AT_BEFORE = new RegExp(String.raw`^\s*(?:${ITEM_HEAD})([^:;.!?,()]{1,60}?)\s+at\s+(?:about\s+|around\s+|roughly\s+)?$`, 'i');
/** "- Wooden cabinets also 25%": a list item's goods and, with a word of how it stands, their level. */
/** A list item's goods right before their level, or the next goods after a level: "- trucks ", "- trucks 25%, buses ". */
const ITEM_GOODS_BARE_BEFORE = new RegExp(String.raw`(?:^\s*(?:${ITEM_HEAD})|\d\s?%\s*,\s*(?:and\s+)?)([^:;.!?,()%\d]{1,40}?)\s+$`, 'i');
const ITEM_GOODS_ALSO_BEFORE = new RegExp(String.raw`^\s*(?:${ITEM_HEAD})([^:;.!?,()]{1,60}?)\s+(?:also|still|now|only|too)\s+(?:at\s+)?$`, 'i');

/** Does the text name a partner whose goods are taxed (not only an imposer)? */
function namesPartner(text: string): boolean {
  return partnersIn(text).some((m) => m.role === 'partner');
}

/**
 * The text from the start of the line (or sentence) to `at`, if that is near: a label is short, and a long line must stay linear.
 * A line that goes on from a wrapped one ("… on Korean goods is\n15%") starts where that one does.
 */
function lineBefore(sentence: string, at: number): string {
  const from = Math.max(0, at - 120);
  const near = sentence.slice(from, at);
  const newline = near.lastIndexOf('\n');
  if (newline > 0 && WRAPPED_BEFORE.test(near.slice(0, newline)) && WRAP_GOES_ON.test(near.slice(newline + 1))) {
    const earlier = near.lastIndexOf('\n', newline - 1);
    return earlier >= 0 || from === 0 ? near.slice(earlier + 1).replace('\n', ' ') : '';
  }
  return newline >= 0 ? near.slice(newline + 1) : from === 0 ? near : '';
}
/** A line cut short in the middle of its words: it ends on a word, not on a label's colon or a cell's bar. */
const WRAPPED_BEFORE = /[\p{L}\d,)]$/u;
/** The next line goes on with the same words: a small letter or a figure, not a new item or row. */
const WRAP_GOES_ON = /^[ \t]*(?:[\p{Ll}\d]|$)/u;

/** Distance in characters from `at` to the nearest match of `re` in `text`. */
function nearest(re: RegExp, text: string, at: number): number {
  const global = new RegExp(re.source, 'gi');
  let best = Infinity;
  for (let m = global.exec(text); m; m = global.exec(text)) best = Math.min(best, Math.abs(m.index - at), Math.abs(m.index + m[0].length - at));
  return best;
}

// Words between two figures that compare or list them: the second is of the same kind.
// They count before the first full stop or semicolon between the figures.
/** An arrow from an old rate to a new one in a changelog or rate card: "84% → 125%". */
const ARROW = '(?:→|⟶|➔|➜|⇒|-+>|=>)';
const COMPARING_WORDS = String.raw`\b(?:rather\s+than|instead\s+of|than|versus|vs\.?|compared\s+(?:with|to)|or|and|plus|to|from|up\s+from|down\s+from|against|double|twice|triple|half)\b|\s\+\s|${ARROW}`;
/** The first comparing word or stop in some words: which comes first tells whether they compare. */
const COMPARING_WORD_OR_STOP = new RegExp(`${COMPARING_WORDS}|[.;]`, 'gi');
/** Longer than any comparing word: a search may resume this far back from where the words ended. */
const COMPARING_WORDS_REACH = 16;

/**
 * Do the words from the last claim's figure to the figure at hand compare the two? Asked
 * for each figure of a sentence in turn; while no figure becomes a claim the words only
 * grow at their end, so only the new end is searched (searching the words whole each time
 * was quadratic on a long run of figures that are not claims).
 */
class ComparedWithPrevious {
  private from = -1;
  /** Where in the words a search must start again: nothing before it is a word or stop. */
  private resumeAt = 0;
  /** The first comparing word or stop found in the words, and whether it stays first as they grow. */
  private found: { stop: boolean; lasts: boolean } | undefined;

  test(sentence: string, from: number, to: number): boolean {
    if (from !== this.from) {
      this.from = from;
      this.resumeAt = 0;
      this.found = undefined;
    }
    if (this.found?.lasts) return !this.found.stop;
    if (this.found) this.resumeAt = 0;
    const words = sentence.slice(from, to);
    COMPARING_WORD_OR_STOP.lastIndex = this.resumeAt;
    const m = COMPARING_WORD_OR_STOP.exec(words);
    if (!m) {
      this.found = undefined;
      this.resumeAt = Math.max(0, words.length - COMPARING_WORDS_REACH);
      return false;
    }
    // A stop stays first however the words grow; so does a word, unless it ended where they
    // did (their end made a word boundary that longer words may not have there).
    const stop = m[0] === '.' || m[0] === ';';
    this.found = { stop, lasts: stop || m.index + m[0].length < words.length };
    return !stop;
  }
}

// ---------------------------------------------------------------------------------
// Governing words

// Where one clause ends and another begins, for finding the words that govern a figure.
const CLAUSE_BREAK = /[,;:()\u2014\u2013]|\s-\s|(?<=\b(?:now|then|yet|already|anyway|though|tho|lol|today))\.(?=\s+[a-z])|\b(?:once|when|while|whereas|although|though|because|unless|if|rather\s+than|instead\s+of|compared\s+(?:with|to)|versus|vs\.?|but)\b/gi;
const TO_AT = /^to\b/i;
// Not the "to" of a bound after words, "duties of up to 25%" (a change's "from 10% up to 25%" still parts its figures).
const COORDINATION = /,|\s\+\s|\b(?:and|or|plus|on\s+top\s+of|from|to(?<![a-z]\s+up\s+to)|than|versus)\b/gi;

/** An aside between commas that leaves its clause whole: "That ended, for example, the 20% tariff". */
const ASIDE = /,\s*(?:for\s+example|for\s+instance|in\s+particular|notably|e\.g\.|in\s+turn|however|in\s+effect|in\s+practice|of\s+course|by\s+contrast|in\s+contrast|by\s+comparison|on\s+the\s+other\s+hand|meanwhile|likewise|though|for\s+now|so\s+far|at\s+present)\s*,/iy;

function clauseBreaks(sentence: string): number[] {
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    ASIDE.lastIndex = m.index;
    if (m[0] === ',' && ASIDE.test(sentence)) CLAUSE_BREAK.lastIndex = ASIDE.lastIndex;
    else if (m[0] !== ',' || !partsANameList(sentence, m.index)) breaks.push(m.index);
  }
  return breaks;
}
/** "cars from South Korea, Japan and the European Union pay 15%": a comma between two names of one list parts no clauses. */
function partsANameList(sentence: string, at: number): boolean {
  // The anchored test first: most commas are followed by no name.
  return NAME_AFTER_COMMA.test(sentence.slice(at + 1, at + 40)) && NAME_BEFORE_COMMA.test(sentence.slice(Math.max(0, at - 24), at));
}
const NAME_BEFORE_COMMA = /\b[A-Z][\w.-]*$/; // not a possessive: "below Vietnam's, and the Philippines, at 20%"
/** A name of one to three capitalised words: "Mexico", "South Korea", "the European Union" (after "the"). */
const CAPITALISED_NAME = String.raw`[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}`;
const NAME_AFTER_COMMA = new RegExp(String.raw`^\s*(?:and\s+|or\s+)?(?:the\s+)?${CAPITALISED_NAME}\s*(?:,|\band\b|\bor\b)`);

/** Where the last match of a global pattern in `text` starts, -1 if none. */
export function lastMatch(re: RegExp, text: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** The index of the first of the ascending `offsets` at or after `at` (their length when none is). */
function firstAtOrAfter(offsets: number[], at: number): number {
  return firstIndex(offsets, 0, offsets.length, (offset) => offset >= at);
}

/** Nothing but a list item's mark and emphasis before a figure at a line's start: "- **", "3. ", and an answer key's letter: "1. (c) ". */
const HEADS_ITEM_BEFORE = /^[\s>*_]*(?:(?:[-+•]|\d{1,3}[.)])[\s*_]*)?(?:\(?[a-eA-E]\)\s*)?$/;
/** Emphasis closed, then the colon or dash a figure heading its line is explained after: "**:", " —". */
const HEAD_MARK_AFTER = /^[*_]*\s*[:\u2014\u2013]$/;

/** A lead-in in bold or italics that opens a sentence: "**Partners without agreements.**", "*Vehicles.*". */
export const LEAD_IN_OPENING = /^[-*+•\d.)\s]*(?:\*\*|__|\*|_)[^*_\n]{1,60}[.:](?:\*\*|__|\*|_)/;

/** Where a lead-in in bold or italics before `at` ends ("**Section 301 tariffs.**"), or 0. */
function leadInEndBefore(sentence: string, at: number): number {
  const end = LEAD_IN_OPENING.exec(sentence)?.[0].length ?? 0;
  return end <= at ? end : 0;
}

/** The clause around the sentence's figure at `at`, cut short where a neighbouring figure's clause begins. */
function governingSpan(sentence: string, figures: Figure[], at: number, breaks: number[]): { start: number; end: number } {
  const figure = figures[at];
  // The breaks are in order: the nearest before and after the figure are found by halving,
  // not by a pass over all of them for every figure (quadratic on a long list of figures).
  const first = firstAtOrAfter(breaks, figure.start);
  let start = first > 0 ? breaks[first - 1] : 0;
  const following = firstAtOrAfter(breaks, figure.end);
  let end = following < breaks.length ? breaks[following] : sentence.length;
  // "**Partners without agreements.** Switzerland faces 39%": a lead-in is a label of its own, not the figure's clause.
  if (start === 0) start = leadInEndBefore(sentence, figure.start);
  // A figure standing alone between commas ("the rate, 34%, was …", "Section 301 duties, from 7.5% …") or after a spaced dash ("India - 25%") is governed by what precedes it,
  // unless the words after it name its partner ("…, 15% from the EU and Japan, and 10% from the UK").
  if (/^(?:from|of|at|between)?$/i.test(sentence.slice(start, figure.start).replace(/^\s*[,;:()\u2014\u2013-]/, '').trim()) && !ownPartnerAfter(sentence.slice(figure.end, end))) {
    start = first > 1 ? breaks[first - 2] : 0;
  }
  // "- **35 per cent**: the U.S. tariff on Canadian goods", a by-the-numbers list: a figure that heads its line is told by the words after its colon.
  if (end < sentence.length && HEADS_ITEM_BEFORE.test(sentence.slice(start, figure.start)) && HEAD_MARK_AFTER.test(sentence.slice(figure.end, end + 1))) {
    end = following + 1 < breaks.length ? breaks[following + 1] : sentence.length;
  }
  // Figures never overlap, so the neighbours that matter are the ones beside this one in the list
  // (searching the whole list for each figure is quadratic on a line of figures).
  const before = figures[at - 1];
  const after = figures[at + 1];
  const prev = before && before.end > start ? before : undefined;
  const next = after && after.start < end ? after : undefined;
  if (prev) {
    const between = sentence.slice(prev.end, figure.start);
    let cut = lastMatch(COORDINATION, between);
    // "sofas rise to 30% and kitchen cabinets to 50%": the item "and" opens runs on to its own "to".
    if (cut >= 0 && TO_AT.test(between.slice(cut))) {
      const item = between.search(NEXT_ITEM_OPENS);
      if (item >= 0 && item < cut) cut = item;
    }
    start = cut >= 0 ? prev.end + cut : prev.end;
  }
  if (next) {
    COORDINATION.lastIndex = 0;
    const cut = COORDINATION.exec(sentence.slice(figure.end, next.start));
    end = cut ? figure.end + cut.index : next.start;
  }
  return { start, end };
}

// ---------------------------------------------------------------------------------
// Framing

/** Does the text mark a rate as former (see FORMER: "no longer", "has ended", a chat's "so thats gone")? Its words may wrap across lines: "(it had\n  been 25% before that)". */
function marksFormer(text: string): boolean {
  const spaced = WIDE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
  // "the pause on China ended this week so the rate is back to 34%": the end of a reprieve brings a rate back, and ends none.
  return FORMER.test(spaced) && FORMER.test(spaced.replace(REPRIEVE_ENDED, ' '));
}
const WIDE_SPACE = /\s\s|[^\S ]/;
const FORMER = /\b(?:no\s+longer|(?:that|it|this)['’]?s\s+(?:now\s+|all\s+|long\s+)?(?:history|gone|dead)\b|(?:is|are|does|do)\s+not\s+(?:more|longer|anymore)\s+appl\w*|(?:is|are|was|were|has\s+been|have\s+been|had\s+been|had\s+already\s+been)\s+(?:both\s+|all\s+|now\s+|since\s+|long\s+)?(?:history|gone|dead|scrapped|dropped|removed|lifted|withdrawn|repealed|rescinded|revoked|abolished|eliminated|struck\s+down|over)|(?:has|have)\s+(?:\w+ly\s+|likewise\s+|also\s+|since\s+|now\s+|already\s+)?(?:ended|expired|lapsed)|ended(?!\s+up\b)|expired|lapsed|ran\s+out|died|stopped\s+(?:collecting|to\s+collect|being\s+(?:collected|charged|levied))|struck\s+down|came\s+off|stopped(?=\s+(?:on|in|from|after|when)\b|\s*[,.;]|\s*$)|ceased|refunds?\s+(?:claims?\s+)?(?:for|of|on)|refundable|(?:to\s+be|being|were|was|are|is)\s+refunded|money\s+back|(?:get|getting|got|claw|clawing)\s+back|had\s+(?:been|paid|faced|carried|borne|stood|charged|put|set|placed|pushed|kept|brought|left|applied)|gone\s+(?:is|are)|(?:before|prior\s+to)\s+(?:the|its|their)\s+(?:deal|agreement|framework|truce|arrangement)|(?:before|prior\s+to)\s+(?:the\s+)?(?:Geneva|Busan|Kuala\s+Lumpur|Turnberry|Stockholm)\b|gone\s+(?:since|from|as\s+of|after)|disappeared|vanished|went\s+away|gone\s+away|(?:is|are)\s+moot|previously|formerly|used\s+to|at\s+first(?!\s+(?:glance|sight|blush))|any\s?more|originally|initially|once\s+stood|peak(?:ed)?(?!\s+season)|(?:was|were)\s+(?:the|its|their)\s+(?:highest|lowest|steepest|top)|was\s+later|were\s+later|was\s+replaced|were\s+replaced|before\s+(?:it|they)\s+(?:was|were)|before\s+(?:this|that)\s+(?:date|day))\b/i;
const REPRIEVE_ENDED = /(?<!\b(?:before|until|till|when|after|once)\s+(?:the\s+|its\s+|their\s+|that\s+)?)\b(?:pause|suspension|truce|reprieve|exemption|exclusion|grace\s+period|deferral|delay|moratorium)s?\s+(?:(?:on|for|of)\s+(?:[\w-]+\s+){1,3}?)?(?:has\s+|have\s+|had\s+)?(?:ended|expired|lapsed|ran\s+out)\b/gi;
/** A list item lettered as an answer to choose after a question: "- B) Reciprocal duty only", "(c) None". */
export const LETTERED_OPTION = /^(?:[-*+•]\s+)?\(?[A-Ea-e][).]\s/;

/** "**BONUS: True or false?**" over a list: each item is a statement to judge, not the writer's. */
export function asksTrueOrFalse(sentence: string): boolean {
  return TRUE_OR_FALSE_ASKED.test(sentence);
}
/** How a quiz asks for a verdict, in a question that opens the statement or in the heading over a list of them. */
const TRUE_OR_FALSE_WORDS = String.raw`true\s+or\s+false|true\/false`;
// "True or false?", "TRUE OR FALSE:", a section title "PART A - TRUE OR FALSE (1 point each)" between rules.
const TRUE_OR_FALSE_ASKED = new RegExp(String.raw`\b(?:${TRUE_OR_FALSE_WORDS})\s*(?:[?:(]|[=\-_*]{3,}|$)`, 'i');

/** "The following IEEPA duties have ended:": a line that introduces a list of rates that no longer apply. */
export function introducesFormerRates(sentence: string): boolean {
  return INTRODUCES.test(sentence) && listOfEnded(sentence);
}
/** "Our landed-cost model, last refreshed in January, still shows:": the list under it gives a source's figures, not the writer's. */
export function introducesReportedRates(sentence: string): boolean {
  return INTRODUCES.test(sentence) && QUOTING.test(sentence);
}
/** "So here's my plan, and it's simple:", "We urge Congress to:", "If they take effect:": the list under it gives rates someone wants, or supposes, not ones in force. */
export function introducesProposedRates(sentence: string): boolean {
  return INTRODUCES.test(sentence) && (PROPOSES.test(sentence) || SUPPOSES_IT_STARTS.test(sentence));
}
/** "If they take effect:", "Should the rise go ahead:": the list under it tells what would follow. */
const SUPPOSES_IT_STARTS = /(?:^|[.;]\s+)\W*(?:if|should|once|in\s+case)\s+(?:they|it|these|those|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:do|does)\s+)?(?:take|takes|come|comes|go|goes)\s+(?:effect|into\s+(?:force|effect)|ahead|through)\b/i;
const INTRODUCES = /:[*_]*\s*(?:-{3,}|={3,})?\s*$/; // a ruled title's rule or emphasis may close it
const PROPOSES = /\b(?:(?:my|our)\s+(?:[\w-]+\s+)?(?:plan|proposals?|asks|demands|recommendations|agenda|platform|wish\s*list)|(?:we|I)\s+(?:(?:would\s+)?(?:propose|recommend|urge|ask\s+for|call\s+(?:for|on))|will\s+(?:push|fight)\s+for)|here['’]s\s+what\s+(?:I|we)(?:['’]d|['’]ll|\s+would|\s+will)\s+do)\b/i;
/**
 * A heading over rates that no longer apply: "Former IEEPA rates", "Old rates (refund work)",
 * "Duties no longer collected", "Tariffs that ended", "What ended". Not a title that tells of an end
 * ("… after the surcharge lapsed"), whose sections hold the rates that followed it.
 */
export const headsFormerRates = (heading: string) => FORMER_RATES_HEADING.test(heading);
const FORMER_RATES_HEADING = /\b(?:(?:former|previous|old|superseded|expired|invalidated|refunded)\s+(?:[\w-]+\s+){0,3}?(?:rates?|tariffs?|dut(?:y|ies)|levies)|(?:rates?|tariffs?|dut(?:y|ies)|levies)\s+(?:(?:that|which)\s+(?:have\s+)?)?(?:no\s+longer|ended|expired|lapsed|struck\s+down|refunded))\b|^\W*(?:(?:what|everything|all)\s+(?:was|were|got|has\s+been|have\s+been)\s+)?(?:struck\s+down|invalidated|voided)\b|^\W*no\s+longer\s+(?:collected|charged|in\s+(?:force|effect)|appl(?:y|ies|ied)|valid)\b|^\W*what\s+(?:has\s+|had\s+)?(?:ended|expired|lapsed|went\s+away|(?:is|has|['’]s)\s+gone)\W*$/i;
/** Someone asks about the figure: "asked whether it was true that some goods still face 145%", "Ask the mover what their 4% tariff surcharge is", or a written parliamentary question ("To ask the Secretary of State …, what assessment …"). */
const ASKED_WHETHER = /\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|question(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,6}?(?:whether|if|why)\b|\bask\s+(?:[\w'’-]+\s+){0,3}?what\b|\b(?:clarify|confirm|verify|determine|establish|check|find\s+out|look\s+into)(?:,?\s+[\w'’-]+){0,6}?,?\s+whether\b|\b(?:wants?|wanted|wanting)\s+to\s+know\b|^\W*To\s+ask\s+the\b/i;
/** A news dateline before a sentence's words: "BIEL, Switzerland -- ", "HANOI (Reuters) - ". */
const DATELINE = String.raw`(?:[A-Z][A-Z .'’-]{1,40}(?:,\s*[\w .'’-]{1,40})?\s*(?:\([^)]{0,40}\)\s*)?(?:--|\u2014|\u2013|-)\s*)?`;
/** "before the deal", "before the Economic Prosperity Deal", "before the Supreme Court ruling". */
const BEFORE_AN_EVENT = String.raw`before\s+the\s+(?:[\w'’.-]+\s+){0,3}?(?:deal|agreement|framework|truce|ruling|decision|pause|cut)`;
/**
 * "For three months, buyers paid 39%", "For a few weeks this spring, …", "For about five weeks the total was 145%": a span gone by, told in the simple past (bounded: only a lead is looked at);
 * not one whose dates follow ("For three months, from August to November, we paid 41%"): those date the figure.
 */
const SPAN_OF_TIME = String.raw`for\s+(?:(?:about\s+|nearly\s+|almost\s+|over\s+|just\s+|some\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|(?:those|these|the)\s+(?:few|several|first|last)|\d+)\s+(?:days?|weeks?|months?|years?)|(?:most|much)\s+of\s+(?:this|that|the|last)\s+(?:year|spring|summer|autumn|fall|winter))`;
const SPAN_GONE_BY = String.raw`${SPAN_OF_TIME}(?:\s+(?:this|last|that)\s+(?:spring|summer|autumn|fall|winter|year))?(?=\s*(?:,\s*)?(?![,\s])(?!(?:from|between|in|during)\s)(?![^.;]{0,200}?\b(?:has|have)\s+(?:been|paid|faced|carried))[^.;]{0,200}?\b(?:paid|faced|was|were|carried|stood|charged)\b)`;
/** "we paid the 25% on Mexican parts and the 10% baseline for ten months", "paid a combined 30% for most of this year": rates paid over a span gone by (not "have paid … for a year now", nor "which paid 39% for most of last year, are at 15%"). */
const PAID_FOR_A_SPAN = new RegExp(String.raw`\b(?:paid|faced|carried)\b(?<!\b(?:has|have)\s+\w+)[^.;:]{0,120}?\b${SPAN_OF_TIME}\b(?![^.;]*\b(?:now|so\s+far|and\s+counting|today|currently|still|(?:is|are)\s+at|pays?)\b)`, 'i');
/** A sentence that opens in the past: "Until then,", "Before the framework,", "Before the ruling the sofa carried …", "For three months, buyers paid 39%", "Until now we added a flat 8%". */
const PAST_LEAD = new RegExp(String.raw`^\W*(?:\d{1,3}[.)]\s*)?${DATELINE}(?:(?:until\s+(?:then|that|this)|before(?:\s+(?:then|that|this|these|those))?|${BEFORE_AN_EVENT}|at\s+the\s+time|back\s+then|${SPAN_GONE_BY})\s*,|${BEFORE_AN_EVENT}\s+(?=(?:the|a|an|our|its|their|we|they)\s)|until\s+now\s*,?\s+(?:[\w'’-]+\s+){1,3}?(?:added|charged|paid|applied|billed|collected|faced|carried)\b|when\s+(?:we|I|they)\s+(?:first\s+)?(?:issued|sent|signed|placed|quoted|priced|submitted|booked|ordered)\b[^,.;]{0,40}\.?[^,.;]{0,10},)`, 'i');
const TURNED_TO_NOW = /\b(?:now|today|currently|nowadays|these\s+days)\b/i;
/** A figure after a sentence's opening in the past is told of then, unless the sentence turns to now first ("Until now we added 8%, but now we pay 25%"). */
function toldAfterAPastLead(sentence: string, figure: Match, framing: SentenceFraming): boolean {
  return framing.pastLeadEnd !== undefined && !TURNED_TO_NOW.test(sentence.slice(framing.pastLeadEnd, figure.start));
}
/** "The old 27.5% was the 25% car tariff plus …": a subject named as former makes what the sentence equates it with former too, up to a turn in time. */
const FORMER_SUBJECT_LEAD = /^\W*(?:the|its|their|our)\s+(?:old|previous|former|earlier|original|pre-deal)\s+(?:[\w.-]+\s+){0,3}?(?:\d+(?:\.\d+)?\s?%|rates?|tariffs?|dut(?:y|ies)|levy|levies)\s+(?:[\w-]+\s+){0,2}?(?:was|were|had\s+been)\b/i;
/** Words that turn from one time to another: what stands after them is not dated or framed by what stands before. */
export const TURN_IN_TIME = /\b(?:but|while|whereas|although|though|now|since|until|then|later|today|currently)\b/i;
/** "either 120% of value or a flat $100 a parcel": a choice asserts neither. */
const EITHER_BEFORE = /\beither\s+(?:a\s+|an\s+|the\s+)?$/i;
const OR_AFTER = /^[^.;]{0,80}?\bor\b/i;
/** "the rate could theoretically climb back to 39%": a modal and any verb (machine translation coins some) up to the figure. */
/** "will stay at 10% and not rise to 25%": a rise denied. */
/** "Canadian maple syrup never paid the 35%", "Canadian goods are not subject to the 10% baseline". */
// "MEXICO SPARED 30% FOR NOW": a rate a partner escaped; "… to 25% under Section 232, not to 45%": a level denied; "we have not seen any proclamation for 15%".
const NEVER_PAID_BEFORE = /\bnever\s+(?:(?:paid|faced|owed|carried|been|reached|went\s+(?:up\s+)?to|got\s+to)\s+)?(?:the\s+|at\s+)?$|\b(?:not|never)\s+seen\s+(?:any|a|an)\s+(?:proclamation|order|notice|announcement)\s+(?:for|of|setting)\s+(?:the\s+|a\s+)?$|\b(?:spared|spares|escaped|escapes|dodged|dodges|avoided|avoids)\s+(?:the\s+|a\s+|an\s+)?$|,?\s+not\s+(?:up\s+|down\s+)?to\s+(?:the\s+|a\s+)?$|\bnot\s+(?:subject|liable)\s+to\s+(?:the\s+|a\s+|any\s+)?$/i;
/** "Nothing Japanese in your mix is at 25%", "None of our parts pays 25%": a rate the figure's words say applies to nothing. */
const NOTHING_PAYS_LEAD = /^\W*(?:nothing|none\s+of)\s+(?:[\w'’-]+\s+){0,5}?(?:is|are|was|were|pays?|paid|faces?|faced)\s+(?:at\s+|the\s+)?$/i;
const NOT_RISEN_TO_BEFORE = /\b(?:not|never|won['’]t|wouldn['’]t)\s+(?:rise|go|climb|increase|jump|move)(?:\s+up)?\s+to\s+$/i;
/** "a deal that would bring its rate down from 25% to something like 18%": the end of a change a modal before its start frames. */
function modalChange(sentence: string, figure: Figure, nearBefore: string): boolean {
  const end = CHANGE_END_BEFORE.exec(nearBefore);
  if (!end) return false;
  const changeStart = figure.start - end[0].length;
  return MODAL_BEFORE_CHANGE.test(sentence.slice(Math.max(0, changeStart - 80), changeStart));
}
const CHANGE_END_BEFORE = /\bfrom\s+[\d.,]+\s?(?:%|percent|per\s?cent)\s+(?:(?:down|up|back)\s+)?to\s+(?:something\s+like\s+|around\s+|about\s+|roughly\s+|maybe\s+)?$/i;
const MODAL_BEFORE_CHANGE = /\b(?:would|could|might)\s+(?:[\w'’-]+\s+){1,8}?$/i;
const MODAL_TO_BEFORE = /\b(?:would|could|might)\s+(?:[\w'’.-]+\s+){1,9}?to\s+(?:something\s+like\s+|around\s+|about\s+|roughly\s+|approximately\s+|maybe\s+)?$/i;
/** A rate spoken of as one that may come: "ahead of a possible 250% tariff" (not "a possible cut of the 14% tariff"). */
const POSSIBLE_BEFORE = /\b(?:possible|potential|looming|possibility\s+(?:to|of)\s+(?:impos\w+|levy\w*|rais\w+)(?:\s+(?:about|around|up\s+to))?)\s+(?:(?:new|further|additional|higher|extra)\s+)?$/i;
/** "TRUMP DELAYS 50% EU TARIFF", "postpones the planned 25% duty": a rate put off is not in force. */
const POSTPONED_BEFORE = /\b(?:delays?|delayed|delaying|postpones?|postponed|postponing|defers?|deferred|deferring|puts?\s+off|putting\s+off|shelves|shelved|shelving|holds?\s+off\s+on)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** "the EU 50% got pushed to July 9": a rate pushed back is not in force. */
const POSTPONED_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:got|was|were|has\s+been|have\s+been|had\s+been)\s+(?:pushed(?:\s+back)?|postponed|delayed|put\s+off|deferred)\s+(?:to|until|till)\b/i;
/** "Trump puts 50% tariff on EU goods on hold": a rate put on hold before it started (a paused rate the facts hold "is on hold" still). */
const PUT_BEFORE = /\b(?:puts?|putting|placed|places|placing)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}?$/i;
const ON_HOLD_AFTER = /^[^.;,]{0,50}?\bon\s+(?:hold|ice)\b/i;
/**
 * "stays ahead even at a 20% Vietnamese rate", "the review points to something closer to 20%", someone's costing ("the rep still costs them
 * with a 19% duty", "had been costing them at 31%"), someone's sum ("his math being 25% steel + 10% baseline"): a level supposed,
 * right before the figure (a clause after it may still give the rate).
 */
const SUPPOSED_LEVEL_BEFORE = /\beven\s+(?:at|with|under)\s+(?:a|an)\s+$|\bpoints?\s+to\s+(?:something\s+)?(?:closer\s+to|near|around|about)\s+$|\bcost(?:s|ed|ing)\s+(?:it|them|these|those|us|the\s+[\w-]+)\s+(?:out\s+)?(?:with|at)\s+(?:an?\s+|the\s+)?$|\b(?:his|her|their|the\s+[\w-]+['’]s)\s+(?:math|maths|arithmetic|calculation|reasoning)\s+(?:being|is|was)\s+(?:[\d.]+\s?%\s+[\w-]+\s*(?:\+|plus)\s*)?$/i;
const CONDITIONAL_BEFORE = /\b(?:(?:would|could|might|may|should|can)\s+(?:\w+\s+){0,3}?(?:face|pay|be|see|get|rise|reach|hit|exceed|top|surpass|impose|levy|raise|increase|jump|climb|go|apply|charge|slap|double|put|place|replace|set|carry|owe|attract|start|begin|land|settle|stand|end|fall|drop|move|come|bring|introduce|invoke|adopt)\b|(?:is|are|was|were)\s+(?:still\s+)?to\s+be\s+(?:reduced|cut|lowered|raised|increased|hiked|set|brought|capped|lifted)\b|(?:would|could|might|should)\s+have\s+(?:[a-z]+ed\s+(?:back\s+)?(?:to|at|towards?)|paid|faced|been|carried|owed|attracted)\b|(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|agree(?:s|d)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|offer(?:s|ed)?|plan(?:s|ned)?|intend(?:s|ed)?)\s+to\s+(?:bring|get|cut|lower|reduce|raise|lift|push|negotiate|secure|win|set|cap|limit)\b|(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?)\s+to\s+(?:impose|levy|put|slap|apply|add|introduce|charge|place)\b|hop(?:e|es|ed|ing)\s+for|(?:is|are|was|were|been|being)\s+promised|threat\w*|proposed?|propos\w+|recommend(?:s|ed|ing|ations?)?|float(?:s|ed|ing)|considering|weighing|mulling|warned|once\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:quota|cap|threshold|limit)\s+(?:is|gets|has\s+been|was)\s+(?:used\s+up|exhausted|filled|reached|hit|met|exceeded|full))\b/i;
/** Words that may stand between "from" and the figure: "down from the 39%", "up from about 38%", "down from an effective 50%". */
const AFTER_FROM = '(?:(?:the|a|an)\\s+)?(?:(?:about|around|roughly|nearly|almost|effective|combined|peak)\\s+)?';
/** From a figure to the next one's words: the next is a duty this one comes on top of ("40% emergency duty on top of the 10% reciprocal"), which shares its date. */
export const ADDED_ONTO_NEXT = /^[^.;%\d]{0,40}?\b(?:on\s+top\s+of|in\s+addition\s+to|over\s+and\s+above)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$/i;
/** Between a figure and a date that opens the next item of a list: ", and from ", ", and on ", ", and then ": the date is the next item's. */
export const NEXT_ITEM_DATED_BETWEEN = /^(?:\s+[\w'’-]+){0,3},\s+(?:and|but)\s+(?:then\s+(?:(?:from|since|on|in|after|as\s+of|starting|beginning|effective)\s+)?|(?:from|since|on|in|after|as\s+of|starting|beginning|effective)\s+)$/i;
/** The words before a figure a change starts from: "from 39%", "down from about 38%". */
export const FROM_BEFORE = new RegExp(`\\bfrom\\s+${AFTER_FROM}$`, 'i');
/** A percent sign, or the word for it: "20%", "20 percent", "20 per cent". */
const PERCENT_SIGN = '(?:\\s?%|\\s+(?:per\\s?cent|percent|pct)\\b)';
/**
 * The rate a change started from ("up from 25%", "doubled from 25%", "cuts the tariff to
 * 15% from 39%"): a former one, whether or not the new one follows.
 */
const CHANGED_FROM = new RegExp(`\\b(?:(?:${CHANGE_VERBS}|higher|doubled|tripled|halved|increase|decrease|reduction|hike)\\s+(?:[\\w,]+\\s+){0,4}?(?:to\\s+(?:the\\s+)?[\\d.]+${PERCENT_SIGN}\\s+)?|to\\s+(?:the\\s+)?[\\d.]+${PERCENT_SIGN}\\s+)from\\s+${AFTER_FROM}$`, 'i');
/** "while before Vietnam was charged 20%", "; before, Malaysia paid 24%": "before" as an adverb, a past told up to the figure. */
const BEFORE_AS_ADVERB = /(?:^\W*|[;:]\s*|\b(?:while|whereas|but|and)\s+)before\s*,?\s+(?:[\w'’-]+\s+){1,3}?(?:was|were|had\s+been|paid|faced|stood)\b[^;,]*$/i;
/**
 * "10% under Section 122, not Taiwan's old 20%", "There's no 35% rate in force": the figure is denied
 * ("not only", "not just" add to it).
 */
const NOT_THE_FIGURE_BEFORE = /\b(?:I|we)\s+(?:had|showed|listed)\s+(?:[\w'’-]+\s+){1,4}?at\s+$|(?:,|\band)\s*not\s+(?!only\b|just\b|merely\b|even\b)(?:(?:the|a|an|our|their|its|[A-Z][\w.-]*['\u2019]s)\s+)?(?:(?:old|previous|former|usual|full)\s+)?$|\bthere(?:['\u2019]s|\s+is|\s+was|\s+are)\s+no\s+(?:such\s+)?$|\b(?:better|worse)\s+than\s+(?:the\s+)?(?:old\s+|former\s+|previous\s+)?$/i;
/** The rate a new one replaces, an ended or an old one: "replaces the 10% baseline", "in place of the 10%", "the expiry of the 10% surcharge", "the old 39%". */
/** "replace the 20% EU rate in the budget template with 15%": the figure to be replaced is the old one. */
const REPLACE_BEFORE = /\breplace\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+)?$/i;
const WITH_AFTER = /^[^.;]*?\bwith\b/i;
/** "… down to 15%; both figures are history now": a clause after the figure that ends every figure before it. */
const ALL_HISTORY_AFTER = /^[^.;]{0,60}?;\s*(?:both|all|these|those|the)\s+(?:[\w-]+\s+)?(?:figures|rates|numbers|tariffs)\s+(?:are|were)\s+(?:now\s+|all\s+|both\s+)?(?:history|gone|over|obsolete|outdated|moot)\b/i;
/** "was 31 percent, and it was suspended after one day": the figure's clause goes on to end it. */
const AND_IT_ENDED_AFTER = /^[^.;]{0,40}?,?\s+and\s+(?:it|this|that)\s+(?:was|were)\s+(?:then\s+|soon\s+|quickly\s+)?(?:suspended|paused|lifted|withdrawn|revoked|rescinded|scrapped|dropped|replaced|struck\s+down)\b/i;
/** "The 39% tariff, the highest of any country, was replaced on 14 November by …": the figure's own verb, before the next figure, says it was replaced. */
const REPLACED_AFTER = /^[^.;:]{0,120}?\b(?:was|were|has\s+been|have\s+been|got)\s+(?:since\s+|later\s+|then\s+|now\s+)?(?:replaced|superseded)\b/i;
const REPLACED_BEFORE = /\b(?:(?:replac(?:es|ed|ing)|(?:is|are)\s+replace|supersed(?:es|ed|ing)|in\s+place\s+of|(?:end(?<!\b(?:at|by|until|till|before|towards?|near|from)\s+(?:the\s+)?end)(?:ing)?|expiry|expiration|lapse|lifting|removal|repeal|termination|scrapping|suspension)\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:[\w.-]+\s+){0,3}?(?:rate|tariff|duty|levy|surcharge)\s+of\s+)?|(?:^\W*|\b(?:the|its|their|our|[A-Z][\w.-]*['’]s)\s+)(?:old|previous|former|earlier|original)\s+(?:(?![\w.-]+\s+(?:of|at)\s)[\w.-]+\s+){0,3}?(?:(?:rates?|tariffs?|dut(?:y|ies)|levy|surcharges?|reciprocal|total|figure|level)\s+(?:of|at)\s+)?)$/i;
/** A figure the sentence denies or says never applied, or has "only on paper" or "only in his spreadsheet" (a question is read so too, in framingOf). */
const NOT_ASSERTED = /\b(?:not\s+aware\s+of\s+(?:any|an?)\b|(?:do|does|did)(?:\s+not|n['’]t)\s+(?:\w+ly\s+|even\s+|yet\s+|also\s+|still\s+)?(?:pay|face|carry|owe|apply|include|get(?=\s+(?:the|a|an|any)\b))|(?:has|have|had)(?:\s+not|n't)\s+(?:\w+ly\s+|yet\s+|ever\s+)?(?:paid|faced|carried|owed)|(?:(?:do|does)(?:\s+not|n't)|never)\s+(?:say|claim|state|suggest|imply|write)|(?:no\s+one|nobody|no\s+importer|no\s+company)\s+(?:(?:is|are|has|have|had|will)\s+)?(?:pays?|paid|paying|faces?|faced|facing|charges?|charged|charging|collects?|collected|collecting)|\bno\s+(?:[\w-]+\s+){0,2}?(?:rate|tariff|duty)\s+(?:has|have|had)\s+been\b|\bno\s+(?:extra|additional|further|separate)\s+(?=\d)|(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+(?:floated|mooted|mentioned|suggested|discussed)|(?:no\s+one|nobody)\s+(?:\w+\s+)?(?:expects?|predicts?|thinks?|believes?|sees?)\b|rather\s+than|instead\s+of|only\s+on\s+paper|on\s+paper\s+only|only\s+in\s+the\s+sense\s+that|only\s+in\s+(?:his|her|their|your|our|the|that|this|an?)\s+(?:[\w-]+\s+)?(?:spreadsheets?|head|mind|imagination|system|model|file|template|sheet)|(?:only\s+)?(?:partly|partially)\s+in\s+(?:force|effect))\b/i;
/** "the tariff letters", "Brazil's letter", "the White House letter", "letters went to", an "Aug 1 letter/deal rate" column: the rates the July 2025 letters set were threats, most never applied. */
const LETTER_WORD = /letter/i;
const LETTER = /(?:\b([Tt]ariff|[Tt]rade)|\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s)?)\s+letters?\b|\b([Ll]etters?\s+(?:\w+\s+)?(?:went|were\s+sent|was\s+sent|sent)\s+to|[Ll]etter(?:\s*\/\s*\w+)?\s+rates?)\b/g;

/** Where the text first names a tariff letter, or -1. */
function tariffLetterAt(text: string): number {
  if (!LETTER_WORD.test(text)) return -1; // most text names none: far cheaper to rule out
  LETTER.lastIndex = 0;
  for (let m = LETTER.exec(text); m; m = LETTER.exec(text)) if (m[1] || m[3] || partnersIn(m[2]).length) return m.index;
  return -1;
}

/**
 * A rumour or a guess, an assumption made for planning or in a model ("decks that assume India's 50%", "models were still running a 25% steel tariff"), a supposed change
 * ("were the duty raised to 25%") or an expected one ("expects the 15% auto rate to be backdated"), a guess ("the trade press is guessing 25%"): nothing asserted after it.
 */
const SUPPOSED = /\b(?:suppos(?:e|ing)|(?:is|are|was|were)\s+supposed\s+to\s+(?:cut|lower|reduce|raise|bring|take|drop|fall|go|rise|become)|imagine|simulat(?:e|es|ed|ing)|counterfactual|rumou?r(?:s|ed)?|unconfirmed|assum(?:e|es|ed|ing)\s+(?:that|an?|the|[\w-]+['’]s)\b|(?:models?|spreadsheets?|decks?|forecasts?|projections?)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:were|was|are|is)\s+)?(?:still\s+)?(?:running|plugging\s+in|baking\s+in|pencill?ing\s+in)|(?:we|i)\s+(?:assume|model)\b|budget(?:s|ed|ing)?\s+(?:for\s+)?an?\b|(?<!\bstill\s)budget(?:s|ed|ing)?\s+(?:for\s+)?the\b|for\s+planning|were\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:raised|cut|lowered|increased|reduced|doubled|halved|imposed)|expect(?:s|ed|ing)?\s+(?:the|a|an|its|their)\s+(?:[\w'’.%-]+\s+){1,5}?to\s+(?:be|apply|take|come|fall|drop|go|rise|stay|remain|start|kick|land|settle)|guess(?:es|ed|ing)?\s+(?:at\b|(?=\d))|speculat(?:es|ed|ing)\s+(?:about|on))\b/i;

/**
 * "steel is still 25% for the brackets, right?", "…, doesn't it?", "…, is that right?" (at the end, or before a chat message goes on): a tag asks only to have the figure
 * confirmed, so the speaker still states it (testers label these as claims), unless the sentence opens as a question or is a
 * reader's question put to a column ("Q (Dana, Tucson): …").
 */
function asksOnlyToConfirm(sentence: string, figureEnd: number): boolean {
  return CONFIRMATION_TAG_AFTER.test(sentence.slice(figureEnd)) && !QUESTION_OPENS.test(sentence) && !READERS_QUESTION_LEAD.test(sentence);
}
const CONFIRMATION_TAG_AFTER = /^[^.;!?]{0,100}?(?:,|\s)\s*(?:right|correct|(?:is\s+)?(?:that|this)\s+(?:right|correct)|(?:is|are|does|do|has|have)n['’]t\s+(?:it|they|that|she|he))(?:\s*\?|\s*[.!]*[\s"'”’)\]*_]*$)/i;
const READERS_QUESTION_LEAD = /^[\W_]*(?:Q\d*|Question)\b[^:]{0,40}:/;
/**
 * "The 50% doesn't stack on a finished car", "the 10% baseline doesn't hit Canadian steel", "15% is promised but not live yet"
 * (not "25% (Korea deal not yet in force)", where what waits is the deal that would lower it),
 * "a 15% surcharge, but no proclamation at that rate was ever published", "the 100% drug tariff everybody panicked about",
 * "the 30% tariff on Mexico has been postponed", "…, the raise to 30% being postponed": the figure is said not to apply, or only feared.
 */
const NOT_APPLIED_AFTER = /^[^.;,]{0,60}?\b(?:(?:has|have|had)\s+been|was|were|is|are|being|got)\s+(?:(?:again|now|once\s+again|since|also|just|further|indefinitely)\s+)?(?:postponed|delayed|deferred|put\s+off|pushed\s+back)\b|^\s+(?:[\w-]+\s+){0,3}?(?:postponed|deferred|put\s+off)\b|^[^.;]{0,60}?\b(?:(?<!\b(?:deal|agreement|framework|arrangement|cut|reduction|truce)\s+(?:is\s+|was\s+)?)not\s+yet\s+(?:in\s+(?:force|effect)|applied|collected|implemented|effective|live)|not\s+(?:in\s+(?:force|effect)|live)\s+yet|promised\s+but\s+not)\b|^\s*(?:[\w-]+\s+){0,2}?(?:(?:doesn['’]?t|does\s+not|didn['’]?t|did\s+not|won['’]t|will\s+not)\s+(?:stack|apply|count|cover|hit)|(?:is|are)\s+not\s+(?:add|added|applied|stacked|charged|collected)\s+(?:on|to)\b)|^[^.;]{0,40}?[,;]\s*(?:but\s+)?(?:no|not\s+a)\s+(?:such\s+)?(?:proclamation|measure|order)\s+(?:(?:at|for|of)\s+(?:that|this|the|it)\s+(?:rate\s+|level\s+)?)?(?:yet|so\s+far|(?:was|has\s+been|had\s+been)\s+(?:ever\s+)?(?:published|issued|signed|notified)|(?:has|have|had)\s+(?:yet\s+)?(?:appeared|followed|materiali[sz]ed|come(?:\s+out)?))\b|^\s*(?:only\s+)?(?:announced|proposed|threatened|floated)\s*(?:only\b\s*)?(?:,?\s*(?:but\s+)?(?:no|not)\b|[;)]|$)|^\s*(?:[\w-]+\s+){0,4}?(?:that\s+|which\s+)?(?:feared|dreaded|panicked\s+(?:about|over)|worried\s+about|fretted\s+(?:about|over))\b|^[^.;]{0,60}?;\s*(?:they|it|that|this|those|these)\s+(?:do|does|did|is|are|was|were)(?:\s+not|n['’]t)\s*(?:[.!]|$)/i;
/** "The deal supposedly makes it 15%", "also 15% for cars, reportedly": the writer passes on what others say, unvouched. */
const HEARSAY = /\b(?:supposedly|reportedly|allegedly|purportedly|rumou?redly|(?:is|was|are|were)\s+(?:only\s+|just\s+|pure\s+|mere\s+)?(?:speculation|a\s+rumou?r|guesswork))\b/i;

/**
 * "European goods pay twenty percent now, so isn't that bad for the wine shops?": a question of its own after a
 * statement asks about what follows from the figure, not whether it holds ("…, right?", "…, isn't it?",
 * "…, is that still the rate?" still ask that).
 */
function asksOfItsOwnAfter(sentence: string, figureEnd: number): boolean {
  const question = QUESTION_OF_ITS_OWN.exec(sentence.slice(figureEnd))?.[1];
  return question !== undefined && !QUESTION_OPENS.test(sentence) && !ASKS_ABOUT_THE_FIGURE.test(question);
}
const QUESTION_OF_ITS_OWN = /^[^?.;!]*?,\s*(?:so\s+|and\s+|but\s+|then\s+)?((?:how|what|why|who|where|when|isn['’]t|aren['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t|can|could|should|will|does|do|is|are)\s+(?:[\w'’-]+\s+){2,}[\w'’-]+)\s*\?[\s"'”’)\]*_]*$/i;
/** "why are we still paying 39% on the Swiss stuff??": asking why it is so tells that it is. */
const ASKS_WHY_STILL_BEFORE = /\bwhy\s+(?:are|is|am|do|does)\s+(?:we|you|they|I|it|(?:our|the|my)\s+[\w-]+)\s+still\s+(?:paying|charged|charging|getting\s+charged|being\s+charged|billed|billing|at)\s+(?:(?:about|around|only|just)\s+)?$/i;
/** A sentence that opens as a question asks about all of it: "Is it 20 percent now, or is it 15?" */
const QUESTION_OPENS = /^\W*(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|what|how|why|who|which|when|where|isn['’]t|aren['’]t|wasn['’]t|doesn['’]t|didn['’]t)\b/i;
/** A question about the figure itself: whether it is right, still so, or the rate. */
const ASKS_ABOUT_THE_FIGURE = /\b(?:rates?|figures?|numbers?|percent|per\s?cent|tariffs?|dut(?:y|ies)|levy|still|now|correct|right|true|accurate|sure|real|so|wrong|the\s+case|current|up\s+to\s+date|old|outdated|stale)\b|\d/i;

/** "shows 46% on our chairs?? the rep said 20%": a question mark ends the figure's clause, though no sentence ends there. */
function questionedAfter(sentence: string, from: number): boolean {
  const mark = sentence.indexOf('?', from);
  return mark >= 0 && !STOP_BEFORE_QUESTION.test(sentence.slice(from, mark));
}
const STOP_BEFORE_QUESTION = /[.!;\n]/;

/** A figure of a model's scenario or assumption, not of the world: "Scenario B: 50% on all partners". */
const SCENARIO = /\b(?:scenarios?|assumptions?|hypothetical(?:ly)?|illustrative|for\s+illustration|(?:downside|upside|base|bear|bull|worst|best)[\s-]case)\b/i;

/** "Downside case: a new tariff puts 46% on …": a label naming a scenario before the figure. */
function scenarioLabel(sentence: string, figureStart: number): boolean {
  const label = labelOf(sentence, figureStart);
  return (label !== undefined && (SCENARIO.test(label) || CASE_LABEL.test(label))) || THREATS_LABEL.test(sentence.slice(0, Math.min(60, figureStart)));
}
/** "[48:05] The threats file: a 100% tariff on chips …": what follows the label is threatened (a timestamp may come first, colon and all). */
const THREATS_LABEL = /\bthreats?(?:\s+[\w'’-]+){0,2}\s*:\s/i;
/** "* Downside (25%):", "Bull case:", "Possible replacement:": a case of a scenario, named alone ("Base rate:" is no case). */
const CASE_LABEL = /^\W*(?:downside|upside|base|bear|bull|worst|best)(?:[\s-]case)?\s*(?:\([^)]*\))?\s*$|^\W*(?:possible|potential|proposed|likely)\s+(?:[\w-]+\s+)?(?:replacement|successor|outcome|option|step|move|response|deal|rate|tariff)s?\s*$/i;

/** "MYTH: Americans pay a 145% tax": a label that says what follows is not so. */
function mythLabel(sentence: string, figureStart: number): boolean {
  const label = labelOf(sentence, figureStart);
  return label !== undefined && MYTH_LABEL.test(label);
}
const MYTH_LABEL = /^\W*(?:myths?|false|fiction|fake|misconceptions?|rumou?rs?|claims?)\W*$/i;

/** The label before a colon that opens the sentence, before the figure. */
function labelOf(sentence: string, figureStart: number): string | undefined {
  const colon = sentence.slice(0, Math.min(40, figureStart)).indexOf(':'); // bounded: a label opens the sentence
  return colon >= 0 ? sentence.slice(0, colon) : undefined;
}

/** Does a table's first column header say its rows are scenarios or assumptions? */
export function namesScenarios(header: string): boolean {
  return SCENARIO.test(header);
}
/**
 * "| Rate applied | Rate due (audit) |", "| Deck says | Actual |", "| Annex I rate | Collected today |": beside a column of the right
 * rate, a column of the rate someone used or gave records what was done or said, not what the
 * rate is. So does it when the row's later cells correct it ("| 30% | Overpaid; correct rate 20% |"),
 * and so does a column of another party's numbers, with or without the right rate beside it.
 */
export function recordsWhatWasUsed(columnHeader: string, headers: readonly string[], restOfRow: () => string): boolean {
  return (USED_RATE_HEADER.test(columnHeader) && !RIGHT_RATE_HEADER.test(columnHeader) && (headers.some((h) => RIGHT_RATE_HEADER.test(h)) || CORRECTED_IN_ROW.test(restOfRow()))) || SOMEONE_ELSES_NUMBERS_HEADER.test(columnHeader);
}
/** "| What their 2026 price file assumes |", "| Supplier's quote |": a column of another party's working numbers. */
const SOMEONE_ELSES_NUMBERS_HEADER = /\b(?:their|supplier['’]?s?|vendor['’]?s?|broker['’]?s?|customer['’]?s?)\s+(?:[\w-]+\s+){0,3}?(?:price\s+files?|price\s+lists?|quotes?|quotations?|invoices?)\b/i;
const CORRECTED_IN_ROW = /\b(?:over|under)(?:paid|billed|charged|declared)\b|\bcorrect(?:ed)?\s+(?:rate|duty|tariff)\b|\bshould\s+(?:have\s+)?be(?:en)?\b|\b(?:wrong|incorrect|error|mistaken?)\b/i;
/** A note that something ended: "fentanyl and reciprocal lines removed", "replaced by Section 122". */
export const tellsOfAnEnd = (note: string) => ENDED_NOTE.test(note);
const ENDED_NOTE = /\b(?:removed|dropped|lifted|ended|expired|lapsed|replaced|revoked|rescinded|scrapped|struck\s+down|no\s+longer)\b/i;

/**
 * "| Partner | Old | New |", "Surcharge (old)", "Rate before Aug 7", "Rate in 4.11.x" beside
 * "Rate in 4.12.0": a column of rates that have since changed.
 */
export function inFormerRatesColumn(columnHeader: string, headers: readonly string[]): boolean {
  return FORMER_COLUMN_HEADER.test(columnHeader) || supersededVersion(columnHeader, headers);
}
/** "Old rate", "Was", "Tariff we paid (2025 orders)": a column of rates that were ("Rate we paid" beside a "Period" column is dated by it). */
const FORMER_COLUMN_HEADER = /\b(?:old|previous|prior|former|before|was|earlier|original|initial|until|till|we\s+paid(?=.*\b(?:(?:19|20)\d\d|last|earlier|previous)\b))\b/i;

/** Is the header the same as another but for an earlier version ("v1.2", "4.11.x")? */
function supersededVersion(columnHeader: string, headers: readonly string[]): boolean {
  const version = VERSION.exec(columnHeader)?.[1];
  if (version === undefined) return false;
  const rest = columnHeader.replace(VERSION, '');
  return headers.some((h) => {
    const other = VERSION.exec(h)?.[1];
    return other !== undefined && h.replace(VERSION, '') === rest && laterVersion(other, version);
  });
}
const VERSION = /\bv?(\d+(?:\.(?:\d+|x))+)\b/i;
function laterVersion(a: string, b: string): boolean {
  const as = a.split('.'), bs = b.split('.');
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = Number.parseInt(as[i] ?? '0', 10) || 0, y = Number.parseInt(bs[i] ?? '0', 10) || 0;
    if (x !== y) return x > y;
  }
  return false;
}
const RIGHT_RATE_HEADER = /\b(?:due|correct|right|should\s+be|proper|per\s+audit|audited|actual|actually|collected\s+(?:today|now)|expect(?:s|ed)?)\b/i;
const USED_RATE_HEADER = /\b(?:annex\s+(?:I\s+|1\s+)?rate|announced|applied|filed|declared|entered|on\s+(?:the\s+)?entry|as\s+entered|used|billed|charged|invoiced|paid|paying|reported|quoted|says|said|shows|showed|lists|listed|claims|claimed|wrong|incorrect|in\s+(?:the\s+|our\s+)?(?:system|model|forecast|budget|plan|spreadsheet|sheet|template|tool)|in\s+v?\d+(?:\.(?:\d+|x))+)\b/i;

/** A statement put as a question: "4. True or false: British steel pays 50%.", "**Exercise 7.4.** True or false: …". */
const TRUE_OR_FALSE = new RegExp(String.raw`^[\W\d]*(?:(?:exercise|question|problem|item|quiz)\s*[\d.]*[\W_]*)?(?:${TRUE_OR_FALSE_WORDS}|t\/f)\b`, 'i');
/** Between a figure and the next one: an arrow from the old rate to the new ("84% → 125%"). */
const ARROW_TO_NEXT = new RegExp(String.raw`^\s*${ARROW}\s*$`);
/** Between a step of a chain of changes and the next: "jumped from 34% to 84% and then to 125%". */
const THEN_TO_NEXT = /^\s*,?\s*(?:and\s+)?then\s+(?:(?:[a-z]+ed|rose|fell|went|jumped)\s+)?(?:(?:up|down|back)\s+)?to\s*$/i;
/** "the 10% fentanyl duty has ended, and so has the 10% reciprocal duty", "Brazil's 50% rate is gone as well, along with the 40% add-on": the second has ended too. */
const SO_HAS_THE_NEXT_BEFORE = /\b(?:has|have)\s+(?:\w+\s+)?(?:ended|expired|lapsed|gone)\b[^.;]{0,40}?\band\s+so\s+(?:has|have)\s+(?:the\s+|its\s+|their\s+)?(?:\*\*)?$|\b(?:is|are|was|were|has|have)\s+(?:\w+\s+)?(?:ended|expired|lapsed|gone|lifted|removed|scrapped)\b[^.;]{0,30}?\balong\s+with\s+(?:the\s+|its\s+|their\s+)?$/i;
function soHasTheNext(before: string): boolean {
  return (before.includes('so ha') || before.includes('along with')) && SO_HAS_THE_NEXT_BEFORE.test(before);
}
/** Between a rate told in the past and the next figure: "was 25%, now 35%", "paid 46%; today 20%". */
const NOW_THE_NEXT = /^\s*(?:(?:rate|tariff|duty|levy)\s*)?[,;]\s*(?:but\s+)?(?:now|today|currently)\s*(?:(?:it|they)(?:['’]s|\s+is|\s+are)\s+|is\s+|are\s+|at\s+)?(?:(?:a|an|the)\s+)?$/i;
const PAST_VERB_BEFORE = /\b(?:was|were|paid|faced|had|stood)\s+(?:at\s+)?$/i;
/** A middle step told before "now": "India was 50% until Feb 7, then 25%, now 10%". */
const THEN_BEFORE = /\bthen\s+(?:at\s+)?(?:(?:a|an|the)\s+)?$/i;
/** A figure someone wishes for or proposes: "wants the surcharge at 15%", "called for a rate of 10%", "BIS should consider a 25% rate". */
const WISHED_BEFORE = /\b(?:(?:should|could|would|must|might)\s+(?:consider|adopt|set|impose|apply|use)\s+(?:a|an)\s+(?:[\w-]+\s+)?$|(?:want(?:s|ed)?|would\s+like|wish(?:es|ed)?|prefers?|ask(?:s|ed)?\s+for|push(?:es|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,8}?(?:at|to|of)\s+(?:the\s+|a\s+|an\s+)?|(?:want(?:s|ed)?|would\s+(?:like|love|prefer)|wish(?:es|ed)?|prefers?|support(?:s|ed)?|favou?r(?:s|ed)?|endorse[sd]?|(?:push|call|ask|lobby)\w*\s+for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?|\bwish(?:es|ed)?\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:were|was|would\s+be|could\s+be)\s+(?:at\s+)?)$/i;
/** A rate someone announced, not one in force: "the President announced a 100% tariff on branded drugs", "the announcement of 25 September of a 100% tariff", "the September 25 statement on a 100% tariff", "the President spoke of a 15% surcharge". */
const ANNOUNCED_BEFORE = /\b(?:(?:statement|remarks|post|speech|threat)\s+(?:on|of|about)|spok(?:e|en)\s+(?:of|about)|announc(?:e|es|ed|ing)(?:\s+(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?)?(?:\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:tariff|duty|levy|rate)\s+of)?|announcements?\s+(?:[\w,]+\s+){0,4}?of|talk(?:s|ed|ing)?\s+(?:(?:in|from|among|around)\s+(?:[\w.-]+\s+){1,2})?(?:about|of)|talk(?:s|ed|ing)?\s+(?:[\w.-]+\s+){0,3}?about\s+(?:lifting|raising|cutting|lowering|putting|setting|taking)\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to|float(?:s|ed|ing)|mull(?:s|ed|ing)|unveil(?:s|ed|ing)|slap(?:s|ped|ping))\s+(?:(?:a|an|its|their|the)\s+)?(?:new\s+|possible\s+|additional\s+|further\s+|extra\s+)?$/i;
/** A rate an entry was declared or billed at, a record of what was done: "one entry was declared at the 10% baseline rather than …". */
/** "drop what it called a 20 percent US tariff": a figure in another's words, which the writer keeps at a distance. */
/** "buying Japan autos on the 15% headline": a figure as news gave it, not a rate said to hold (unlike "the 15% headline rate"). */
const NEWS_HEADLINE_AFTER = /^\s+headlines?\b(?!\s+(?:rates?|tariffs?|dut(?:y|ies)|figures?|numbers?|levels?|levy|charges?|cuts?)\b)/i;
const SO_CALLED_BEFORE = /\bwhat\s+(?:it|they|he|she|the\s+[\w-]+)\s+(?:called|calls|termed|terms|dubbed|describe[sd]?\s+as)\s+(?:an?\s+|the\s+)?$/i;
/** "… as ", "… as about ": the word MISSTATED_AS_BEFORE ends with, looked for first in a few characters. */
const AS_RIGHT_BEFORE = /\bas\s+(?:about\s+|roughly\s+)?$/i;
/** "A caption misidentified the steel tariff as 50 percent", "The same dispatch gave Mexico's rate as 10 percent": a figure a correction says was printed wrong. */
const MISSTATED_AS_BEFORE = /\b(?:misidentified|misstated|misreported|misquoted|mislabell?ed|(?:incorrectly|wrongly|erroneously)\s+[a-z]+|(?:article|story|dispatch|caption|report|headline|graphic|chart|post|version|edition|piece)\s+(?:[\w'’-]+\s+){0,3}?(?:gave|put|listed|stated|showed|reported|described))\b[^.;]{0,80}?\bas\s+(?:about\s+|roughly\s+)?$/i;
const DECLARED_AT_BEFORE = /\b(?:was|were|been)\s+(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:declared|entered|filed|invoiced|billed|classified|liquidated)\s+(?:at|under)\s+(?:the\s+|a\s+|an\s+)?$/i;
/** A rate under negotiation: "talks on a rate near 18% continue", "negotiating a 15% deal", "to target a rate of 15%", "seeking a figure closer to 15 per cent". */
const NEGOTIATED_BEFORE = /\b(?:talks|negotiations?|negotiat(?:e|es|ed|ing)|bargain(?:s|ed|ing)?|target(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+(?:(?:on|about|over|for|toward|towards)\s+)?(?:a|an)\s+(?:(?:[\w-]+\s+){0,2}?(?:of|near|around|at|closer\s+to|below|under)\s+)?$|\bnegotiat(?:e|es|ed|ing)\s+for\s+(?:[\w-]+\s+){1,4}?with\s+(?:a\s+|an\s+)?$/i;
/** A figure others expect and plan for, not one the memo asserts: "clients are still pricing in a 10% surcharge", "pricing a return toward the 145%", "we pencil in a 20% rate". */
/** "We do not think 30% is in the price of European cyclicals", "a 25% rate is fully priced in": a figure markets weigh, said or denied. */
const PRICED_IN_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:not\s+)?(?:yet\s+|fully\s+|already\s+|largely\s+|partly\s+|mostly\s+)?(?:in\s+the\s+price|priced\s+in|in\s+(?:the\s+)?(?:prices?|valuations?|consensus|market\s+pricing))\b/i;
const PRICED_IN_BEFORE = /\bpencil(?:s|led|ed|ling|ing)?\s+in\s+(?:(?:a|an|the|another)\s+)?$|\bpric(?:e|es|ed|ing)\s+(?:in\s+(?:(?:a|an|the|another|further)\s+)?|(?:in\s+)?(?:a|an)\s+(?:return|move|slide|drift|jump|rise)\s+(?:back\s+)?(?:toward|towards|to)\s+(?:the\s+)?)$/i;
/** "If no deal is struck, Japan faces 25% on August 1": the sentence's every clause hangs on its condition. */
const CONDITION_FIRST = /^\W*(?:[a-z\d]{1,3}(?:\.[a-z\d]{1,3})*[.)]?\s+)?(?:[^:.;]{0,40}:\s*)?(?:(?:for\s+your\s+information|fyi|by\s+the\s+way|btw|please\s+note)\s*,\s*)?(?:(?:if|unless|in\s+case|should)\b|had\s+(?:the|it|they|its|their)\s+)[^,;:.]*,/i;
/** "With Section 232 at 25%, Korean coil would land at $850": the sentence up to a semicolon hangs on the condition "with" opens. */
const WITH_CONDITION_FIRST = /^\W*with\s+[^,;:.]*,[^;:.]*?\b(?:would|could|might)\b/i;
/**
 * An indefinite figure's noun phrase is the subject of a hypothesis: "a 15% surcharge would
 * cut GDP", "a tariff of 30% would …" ("the 20% portion could be cut" is in force).
 */
/** "it would have looked different had Vietnam's 46% taken effect": a rate in a condition told by inversion, which never applied. */
const COUNTERFACTUAL_LEAD = /\bhad\s+(?:(?:the|its|their|[A-Z][\w.-]*['’]s)\s+)?$/;
/** "Had Congress instead adopted the 15% tariff floated last spring, the burden would have been …": a choice not made. */
const CHOICE_NOT_MADE_LEAD = /^\W*had\s+(?:[\w.-]+\s+){1,3}?(?:instead\s+)?(?:adopted|imposed|chosen|picked|passed|gone\s+with)\s+(?:the\s+|a\s+|an\s+)?$/i;
const WOULD_HAVE_AFTER = /^[^.;]{0,80}?,\s*(?:[\w'’-]+\s+){1,3}?would\s+have\b/i;
const COUNTERFACTUAL_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:taken\s+effect|stuck|held|gone\s+through|come\s+into\s+force|been\s+(?:imposed|applied|collected|kept))\b/i;
const HYPOTHESIS_SUBJECT_LEAD = /\ban?\s+(?:[\w-]+\s+)?(?:of\s+)?$|\ban?\s+(?:[\w-]+\s+){1,3}?at\s+(?:the\s+)?(?:full\s+|maximum\s+|statutory\s+)?$/i;
const HYPOTHESIS_AFTER = /^\s*(?:[\w-]+\s+){0,5}?(?:would|could|might)\b/i;
/** "A return to the 34% 'Liberation Day' level would require …": a change supposed, the rate it would bring. */
const SUPPOSED_CHANGE_LEAD = /\b(?:a|any)\s+(?:return|reversion|snap-?back|move|rise|jump)\s+(?:back\s+)?to\s+(?:the\s+)?$/i;
const WOULD_AFTER = /^[^.;]{0,60}?\b(?:would|could|might)\b/i;
/** "the 15% the President said he would move the surcharge to": the figure is what someone said a rate would become. */
const PROMISED_TARGET_AFTER = /^\s+(?:that\s+|which\s+)?(?:[\w'’.-]+\s+){1,4}?(?:said|says|has\s+said|vowed|promised|pledged|threatened|wants|wanted|plans|planned|intends|intended)\s+(?:(?:he|she|they|it|we|I)\s+)?(?:would|will|wanted\s+to|wants\s+to|to)\s+(?:[\w-]+\s+){1,5}?(?:to|at)\b/i;
/** "still billing like it's 145%", "charging me like the China tariff is 145%": what things are as if, not what they are. */
const AS_IF_BEFORE = /\b(?:(?:like|as\s+if|as\s+though)\s+(?:it|they)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)|(?:as\s+if|as\s+though|(?:charg|pric|bill|invoic|quot)\w*\s+(?:(?:me|us|them|you|everyone|customers)\s+)?like)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:is|are|was|were))\s+(?:still\s+)?$/i;
/**
 * A condition or a bound right after the figure: "40% if CBP finds transshipment", "25% or more", "27% once the pause ends", "18% once the US side notifies it",
 * "a 25% tariff on chips, if imposed, …", "a 50% tariff on China, if Geneva unwinds, …", "pay the 20% fentanyl duty only if they entered before November 10".
 * ("25% unless they're USMCA" asserts the rate, with an exemption; so does "25% if anyone's doing display fixtures", which says for whom it matters.)
 */
const CONDITION_AFTER = /^[^.;,]{0,60},\s*(?:if|once|when)\s+(?:ever\s+|finally\s+)?(?:imposed|adopted|enacted|applied|implemented|approved|introduced|confirmed|finali[sz]ed|signed|passed|proclaimed)\s*,|^[^.;,]{0,40},\s*(?:if|should)\s+(?:[\w.'’-]+\s+){1,4}?(?:unwinds?|unravels?|collapses?|lapses?|ends?|expires?|fails?|breaks?\s+down|falls?\s+apart|(?:is|are)\s+(?:not\s+)?(?:extended|renewed|revoked|reversed|struck\s+down|upheld)|goes\s+ahead)\s*,|^\s+(?:[\w-]+\s+){0,4}?(?:is|are)\s+(?:possible|under\s+consideration|being\s+considered|on\s+the\s+table)\b|^\s*(?:if(?!\s+(?:you|anyone|anybody|someone|somebody)(?:['’](?:re|s)|\s+(?:are|is))?\s+(?:into|doing|buying|selling|importing|curious|wondering|interested|asking|shopping|sourcing)\b)|in\s+case|or\s+(?:more|higher|above)|and\s+(?:up|above|higher))\b|^\s*(?:[\w-]+\s+){0,3}?once\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:notifies|signs|approves|publishes|ratifies|finali[sz]es|confirms|(?:is|are)\s+(?:notified|signed|approved|published|ratified|finali[sz]ed|confirmed|implemented))\b|^\s*(?:[\w-]+\s+){0,3}?once\s+(?:implemented|in\s+(?:force|effect|place)|enacted|proclaimed)\b|^[^.;]{0,60}?,\s*once\s+(?:it['’]s|it\s+is|they['’]re|they\s+are)\s+(?:in|put\s+into)\s+(?:an?\s+)?(?:executive\s+order|proclamation|order|force|effect|the\s+federal\s+register)\b|^\s*(?:[\w-]+\s+){0,3}?(?:once|when|after)\s+(?:the\s+|its\s+|their\s+)?(?:pause|suspension|truce|reprieve|grace\s+period|(?:[\w-]+\s+)?quota)\s+(?:ends?|expires?|lapses?|runs\s+out|is\s+over|is\s+lifted|fills?|is\s+(?:filled|full|reached|exhausted|used\s+up))\b|^\s+(?:on|for)\s+(?:anything|goods|shipments?|cargo|entries|containers?|orders?)\s+(?:that|which)\s+(?:left|shipped|departed|sailed|cleared|(?:was|were)\s+(?:shipped|loaded|on\s+the\s+water))\b|^\s+(?:[\w-]+\s+){0,4}?(?:is|are|will\s+be|would\s+be|applies|apply|(?:is|are)\s+appl(?:y|ied))\s+(?:only\s+)?(?:if|in\s+case|unless)\b|^\s+(?:rate\s+|tariff\s+)?(?:that|which)\s+(?:[\w.'’-]+\s+){0,6}?(?:threatened|proposed|floated|mooted|demanded)\b|^\s+(?:[\w'’-]+\s+){1,5}?(?:that|which)\s+(?:[\w.'’-]+\s+){0,3}?(?:threatened|proposed|floated|mooted|demanded)\b|^\s+(?:[\w-]+\s+){0,3}?only\s+(?:if|when|where)\b/i;
/** A figure named as what someone announced or threatened (its noun phrase after the figure, or a relative clause: "the 100% tariff on medicines that was threatened last autumn", "the tariff of 100% that the President talks about", "the 50 percent tariff it threatened", "a tariff on medicines the president has floated", "the 25 per cent tariff the president keeps saying is coming"). */
const ANNOUNCED_AFTER = /^\s+(?:[\w'’-]+,?\s+){0,6}?(?:(?:(?:that|which)\s+)?(?:was|were|had\s+been|has\s+been|is|are)\s+)?(?:announced|threatened|proposed|floated|mooted|unveiled|pencill?ed\s+in)(?:\s+(?:by|on|in|last|back|at|from|against|for|but|yet|next)\b|\s*[,;.)]|\s*$)|^\s+(?:[\w-]+\s+){0,2}?(?:(?:that|which)\s+(?:[\w.'’-]+\s+){1,3}?|(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?)(?:talks?|talked|talking|speaks?|spoke|threatens?|threatened|proposes?|proposed|floats?|floated|promises?|promised)\b|^\s+(?:[\w-]+\s+){0,4}?(?:the\s+)?(?:president|white\s+house|administration|trump|commerce\s+department|ustr|officials)\s+(?:had\s+|has\s+|have\s+)?(?:threatened|proposed|floated|mooted|promised|keeps?\s+(?:saying|promising|threatening|talking\s+about))\b/i;
/** "**15%**: the figure the White House floated …": a number box's figure, and the words that say what it is. */
const FIGURE_EXPLAINED_AFTER = /^[*_]*\s*[:\u2014\u2013]\s*(?:the|a|an)\s+(?:figure|rate|number|level|percentage)\b/i;
/** …where the figure's noun phrase is the subject, of the sentence or of a clause someone reports ("says the 50% tariff it threatened is delayed"), or hangs on a preposition ("prepared for the 30% rate threatened in the letter", "in the week after the 50% rate was announced,"), not the object of a verb that asserts it ("pay the 46% rate announced in April"). */
const ANNOUNCED_NAMED_LEAD = /(?:^(?:\W*[\w-]+[.:][*_]*\s+)?|\b(?:of|from|about|over|against|on|to|with|by|for|above|below|than|says|said|confirms|confirmed|that|after|before|since|until|when)\s+)\W*(?:(?:the|a|an|this|that|its|their|[A-Z][\w.-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** A rate the words after it change: "The Swiss 39% was cut to 15%", "the 25% has been raised to 50%", "the 39% rate on Swiss goods came down to 15%", "Switzerland's 39% became 15%", "The 20% fentanyl duty drops to 10% on 10 November". */
const CHANGED_AFTER = /^[^;.]{0,40}?,\s*(?:cut|lowered|reduced|raised|increased|hiked|doubled|halved)\s+to\b|^[^;.]{0,80}?\s(?:is|are)\s+(?:now\s+|therefore\s+|hereby\s+|thus\s+)?(?:cut|lowered|reduced|raised|increased)(?:\s+to\b|\s*(?:[.;,]|$))|^\s+(?:[\w-]+\s+){0,2}?(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:later\s+|then\s+|since\s+)?(?:cut|lowered|reduced|raised|increased|lifted|hiked|doubled|halved|tripled|replaced|superseded|brought\s+down|pushed\s+up)\s+(?:to|by|with)\b|^\s+(?:had|has|have)\s+(?:already\s+|since\s+)?been\s+(?:halved|cut|lowered|reduced|lifted|removed|replaced|superseded|scrapped|ended)\b|^\s+(?:[\w'’-]+\s+){0,4}?(?:(?:(?:came|went|was\s+brought|were\s+brought)\s+(?:down|up|back)|fell|dropped|rose|climbed|jumped|eased|slid)\s+to|became)\b(?=\s*$|\s+(?:about\s+|around\s+|roughly\s+)?\d)|^\s+(?:[\w'’-]+\s+){0,6}?(?:(?:comes|come|goes|go)\s+(?:down|up)|falls|drops|rises|climbs|jumps|eases)\s+to(?=\s*$|\s+(?:about\s+|around\s+)?\d)/i;
/** "China's 10% fentanyl duty and its 10% reciprocal rate are gone too": the first of two subjects said to have ended together. */
const ENDED_WITH_THE_NEXT_AFTER = /^(?:\s+[\w'’.-]+){0,4}?\s+and\s+(?:its|their|the|our|his|her)\s+(?:[\w'’%.-]+\s+){0,4}?(?:are|were|have\s+been)\s+(?:(?:now|both|all|also)\s+)?(?:gone|history|dead|over|ended|lifted|scrapped|removed|struck\s+down)\b/i;
/** "That 20 percent is gone, and so is the 10 percent": ended as what the clause before says ended. */
const GONE_AND_SO_IS_BEFORE = /\b(?:is|are|was|were|(?:has|have)\s+been)\s+(?:now\s+)?(?:gone|over|history|dead|scrapped|lifted|removed|ended|finished|struck\s+down)\b[^.;]{0,40}?\b(?:and|but)\s+so\s+(?:is|are|was|were|has|have)\s+(?:the\s+|its\s+|their\s+|that\s+)?(?:[\w'’-]+\s+){0,2}$/i;
/** A rate a relative clause after it says has ended or tells in the past: "the 10 percent fentanyl duty on China are not to be declared", "the level 10% which was applied in the time of postponement", "the 125% reciprocal rate only lasted about a month", "the 10% baseline on everything, which is gone", "India's 25% penalty, which was lifted on February 7", "Vietnam's 20% was IEEPA too", "The 15% deal rate was an IEEPA rate" (struck down in 2026), "which no longer applies", "145 percent is a spring figure, no longer in force", "Vietnam's 20%, are no longer collected", "the 20% rate suspended after a single day", "at 47%, but both were suspended within a day", "gone since February 24", "10%: the Section 122 duty, now expired", "The Section 122 surcharge (10% on almost everything) ran out July 24" "The surcharge, 10% since February, lapsed …", "India's 25% penalty removed by executive order", "the 10% baseline, the country rates, gone", "The 10% baseline, which we paid on goods from 30 countries, is gone too", "versus 20% a year ago", "20% in the last holiday season"., "the 50% that our buyers were paying … is no more applicable", "we still add the 20% duty to our costs, even though it is gone", "the 20% IEEPA stack (fentanyl plus …) is gone", a headline's "CANADA'S 35% TARIFF GONE; MEXICO'S 25% FENTANYL LEVY ENDS TOO". */
const ENDED_AFTER = /^[^.;:,]{0,60},\s*(?:now\s+)?no\s+longer\s+in\s+(?:force|effect|place)\b|^[^.;:,]{0,60},\s*(?:which|that)\s+(?:is|are)\s+(?:now\s+)?(?:gone|history|dead|over)\b|^[^.;()]{0,40}\)\s*(?:(?:has|have|had)\s+)?(?:ran\s+out|run\s+out|ended|expired|lapsed|(?:was|were|has\s+been|have\s+been)\s+(?:struck\s+down|lifted|revoked|scrapped|removed))\b|^[^.;,(]{0,60}[,(]\s*(?:now|since|long)\s+(?:expired|lapsed|ended|gone|defunct|dead|void|struck\s+down|revoked)\b|^\s+(?:[\w-]+\s+){0,6}?(?:is|are)\s+(?:no\s+longer|not)\s+to\s+be\s+(?:declared|reported|collected|paid|charged|entered|deposited)\b|^[\s,)]*(?:(?:for|on|from)\s+(?:[\w-]+\s+){1,3}?)?(?:is|are|was|were)\s+no\s+(?:longer|more)\b|^[^.;]{0,100}?\b(?:such|this|that|the\s+said)\s+(?:measure|tariff|duty|rate|levy|surcharge)\s+(?:is\s+|has\s+)?no\s+longer\b|^[^.;:,]{0,60},\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:lifted|removed|revoked|rescinded|scrapped|struck\s+down|terminated)\s+(?:on|in|as\s+of|effective)\b|^[\s,]*(?:which|that)\s+(?:by\s+the\s+way\s+|incidentally\s+)?(?:was|were|had\s+been|has\s+been)\s+already\s+(?:cut|reduced|lowered|lifted|removed|ended)\b|^[^;:.]{0,40}?,\s*(?:this|that|the|which)\s+(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:only\s+)?valid\s+(?:from|until|till|to|between|in)\b|^[^.;]{0,60};\s*(?:we|I)\s+(?:tell|told|remind|reminded)\s+(?:them|him|her|people|clients|customers|members)\s+(?:that\s+)?(?:it|the\s+rate)\s+(?:ended|expired|lapsed|is\s+gone|was\s+struck\s+down|no\s+longer\s+applies)\b|^[\s,]*(?:(?:about|some|just|nearly)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|a\s+few|\d{1,2})\s+(?:years?|months?|weeks?|quarters?)\s+ago\b|^\s+(?:in|during|over)\s+the\s+(?:previous|prior|last)\s+(?:holiday(?:\s+season)?|season|quarter|round|cycle)\b|^\s+(?:[\w-]+\s+){0,3}?(?:had|has|have)\s+(?:already\s+)?(?:fallen|dropped|gone|ended|lapsed|expired)\s+(?:on|in|by|after|before|since|with)\b|^[^;:.]{0,60}?\b(?:which|that)\s+(?:was\s+the\s+rate|applied|ran)\s+(?:[\w-]+\s+){0,5}?(?:until|till|before|during|for)\b|^[\s,)]*(?:is|are)\s+(?:now\s+|also\s+|long\s+|fully\s+|totally\s+|completely\s+|really\s+)?(?:history|gone|dead)\b|^[\s,)]*(?:is|are|has\s+been|have\s+been)\s+not\s+(?:applied|collected|charged|in\s+(?:force|effect))\s+(?:since|from|after|as\s+of|any\s*more)\b|^[^;:.,]{0,60},\s*(?:lapsed|expired|ended|ceased|stopped\s+being\s+(?:collected|charged|levied)|(?:was|were)\s+(?:struck\s+down|lifted|revoked|rescinded|scrapped|terminated))\b|^\s+(?:[\w'’-]+\s+){0,6}?(?:removed|lifted|revoked|rescinded|scrapped|terminated|withdrawn)\s+(?:by|on|from|after|as\s+of|with\s+effect|(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))\b|^[\s,]*(?:(?:rate|level|duty|tariff|tax)\s+)?(?:which|that)\s+(?:was|were)\s+(?:applied|charged|collected|levied|paid|in\s+(?:force|effect))\s+(?:in|during|until|till|before|for)\b|^(?:\s+(?:[\w-]+\s+){0,2}?(?:rate|duty|tariff)\s+|[\s,)]*)(?:was|were)\s+(?:an?\s+|all\s+)?IEEPA\b|^\s*(?:[\w'’-]+(?:\s+|\s*,\s*)){0,3}?gone\s+(?:since|from|as\s+of|after)\b|^[^;:.]{0,160},\s*(?:all\s+)?gone\W*$|^[^;:.,]{0,40},[^;:.,]{1,80},\s*(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:gone|over)\b|^[^;:.]{0,80}?\b(?:has|have)\s+(?:\w+ly\s+|likewise\s+|also\s+|since\s+|now\s+|already\s+)?(?:ended|expired|lapsed|lost\s+(?:its|their)\s+(?:legal\s+)?(?:effect|force|validity))\b|^\s+(?:[\w-]+\s+){0,4}?(?:is|was)\s+the\s+(?:old|previous|former|outdated)\s+(?:rate|figure|number)\b|^\s+(?:got|was|were)\s+put\s+on\s+(?:pause|hold)\b|^\s+(?:\w[\w-]*\s+){0,3}?got\s+(?:paused|suspended)\b|^[^.;]{0,60}?,\s*but\s+(?:both|all|it|they|these|those)\s+(?:was|were|got)\s+(?:then\s+|quickly\s+|soon\s+)?(?:suspended|paused)\s+(?:after|within)\b|^[^;:]{0,40}?\b(?:(?:rate|duty|tariff)\s+(?:was\s+|were\s+)?(?:suspended|paused)\s+(?:after|within|on|in)\b|(?:which|that)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:lifted|removed|scrapped|dropped|revoked|rescinded|withdrawn|struck\s+down|terminated)|ended|expired|lapsed|no\s+longer\s+(?:applies|apply|is\s+collected|are\s+collected|is\s+in\s+(?:force|effect)|are\s+in\s+(?:force|effect))))\b|^\s+(?:that|which)\s[^.;,:\d%]{0,80}?\s(?:is|are)\s+no\s+(?:longer|more)\s+(?:applicable|valid|in\s+(?:force|effect)|payable|due)\b|^[^;:.]{0,80}?,?\s(?:even\s+though|although|though)\s+(?:it|they|that|this)\s+(?:is|are)\s+(?:now\s+|long\s+)?(?:gone|over|history)\b|^\s+(?:[\w-]+\s+){0,6}?\([^()]{0,120}\)\s*(?:is|are)\s+(?:now\s+|also\s+)?(?:gone|history|over)\b|^\s+(?:[\w'’-]+\s+){0,3}?(?:gone|ends|ended|lapses|lapsed|expires|expired|scrapped|axed|dead)(?:\s+(?:too|also|as\s+well|today|now))?\s*(?:[;:,.!\u2014\u2013]|\s-\s|$)|^\s+(?:[\w-]+\s+){0,3}?(?:only|just)\s+lasted\s+(?:(?:about|around|roughly|just|only|for)\s+)*(?:a|an|one|two|three|four|five|six|\d{1,2}|a\s+few|several)\s+(?:days?|weeks?|months?)\b/i;
/** "Brazil's 40% emergency tariff, which together with the 10% reciprocal rate came to 50%, ended", "… India's 25% penalty, both imposed under IEEPA, are no longer collected", "the fentanyl tariff of 10%, in place since November, ended", "the 50% on Indian goods (25% reciprocal plus the 25% oil penalty) ended", "The 20% China tariff (fentanyl + reciprocal) no longer applies": the verb after an aside, past other figures. */
const ENDED_AFTER_ASIDE = /^[^;:.,]{0,40},\s*(?:(?:which|that|both|all)\b[^;:.]{0,120}?|[^;:.,\d%]{1,80}),\s*(?:lapsed|expired|ended(?!\s+up\b)|ceased|(?:is|are|was|were)\s+no\s+(?:longer|more)|no\s+longer\s+(?:appl(?:y|ies)|exists?|holds?|stands?|in\s+(?:force|effect|place)))\b|^\s+(?:[\w-]+\s+){0,6}?\([^()]{0,120}\)\s*(?:(?:has\s+|have\s+)?(?:lapsed|expired|ended(?!\s+up\b)|ceased)|(?:is|are)\s+(?:now\s+)?(?:gone|history|dead)|(?:is|are)\s+no\s+(?:longer|more)|no\s+longer\s+(?:appl(?:y|ies)|in\s+(?:force|effect|place)))\b/i;
/** "27.5% (old Japanese cars row)": a bracket right after the figure calls it old. */
const OLD_IN_BRACKETS_AFTER = /^\s*\(\s*(?:the\s+)?(?:old|previous|former|earlier|original)\b/i;
/** A rate said to have been announced back then: "the 46% rate was announced in April but only collected for one day", "was announced and withdrawn the same day". */
const ANNOUNCED_THEN_AFTER = /^\s+(?:[\w'’-]+\s+){0,6}?(?:was|were)\s+(?:first\s+|originally\s+|initially\s+)?announced\s+(?:(?:back\s+)?(?:in|on|last)|and\s+(?:then\s+)?(?:withdrawn|rescinded|reversed|pulled|scrapped|dropped|revoked|cancell?ed))\b/i;
/**
 * A rate the sentence says never applied, anywhere after it up to the next figure: "was
 * announced at 34%, but that rate was never collected", "but has not been implemented", "agreed …, but it
 * was never notified". Not what a deal that would replace it has not done: "still pay 25%, since Seoul's deal has not been implemented".
 */
const NEVER_APPLIED = /(?<!\b(?:deal|agreement|framework|accord|pact|truce|cut|reduction)\s+)\b(?:never(?:\s+actually|\s+really)?|(?:has|have|had)\s+not(?:\s+yet)?)\s+(?:happened|took\s+effect|taken\s+effect|applied|came\s+into\s+force|come\s+into\s+force|(?:been\s+|was\s+|were\s+)?(?:proclaimed|imposed|applied|collected|implemented|enforced|notified|published|gazetted|signed|ratified|put\s+into\s+(?:effect|force|an?\s+(?:order|executive\s+order|proclamation))))\b/i;
/**
 * A rate whose coming into force is conditional, after it in its clause: "A 30% tariff
 * would apply … if the talks fail", "whether the 34% rate could come back", "a 100%
 * tariff remains a risk", "a framework bringing it down to 15% is being discussed". (In
 * "the 20% portion could be reduced" the 20% is asserted; only its change is not.)
 */
const CONDITIONAL_IN_CLAUSE = /\b(?:(?:would|could|might|may|can)\s+(?:then\s+|also\s+|only\s+|still\s+|soon\s+)?(?:apply|take\s+effect|kick\s+in|come\s+into\s+force|come\s+back|come\s+in|return|be\s+(?:imposed|applied|levied|charged|added|collected|restored|reinstated|announced|introduced|proclaimed))|(?:remains?|is|are)\s+(?:a|the)\s+(?:risk|possibility|threat)|(?:is|are)\s+being\s+(?:discussed|negotiated|considered|weighed|studied)|(?:has|have)\s+been\s+(?:floated|mooted|proposed|suggested|threatened)|under\s+(?:discussion|consideration|negotiation)|on\s+the\s+table)\b/i;
/**
 * The rate a possible, wished-for or announced change would bring: "could bring Swiss goods
 * back down to the 10% baseline", "lets the UK rate rise to 50%", "want the metals rate cut
 * back to 25%", "had announced to bring this surcharge to 15%", "expects the fentanyl portion to
 * drop to 10%", "a possible deal bringing the rate down to 15%".
 */
/** "The July 22 agreement takes Japanese cars to 15% all-in": the level a deal sets, which may not be in force yet. */
const DEAL_TARGET_BEFORE = /\b(?:agreement|deal|framework|accord)\s+(?:would\s+)?(?:takes?|brings?|cuts?|lowers?)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:a\s+|the\s+)?$/i;
const CONDITIONAL_TARGET = /\b(?:would|could|might|may|can|possible|potential|expect(?:s|ed)?|lets?|allows?|permits?|want(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)?\s+for|push(?:es|ed)?\s+for|announc(?:e|es|ed)|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|plan(?:s|ned)?|talk(?:s|ed|ing)?\s+(?:about|of)|consider(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,6}?(?:bring|bringing|brought|cut|cutting|lower|lowering|lowered|reduce|reducing|reduced|push|pushing|send|take|taking|return|revert|snap|raise|raising|raised|lift|lifting|rise|go|come|fall|drop|climb|increase)\s+(?:[\w'’-]+\s+){0,6}?to(?:wards?)?\s+(?:the\s+|a\s+)?$/i;
/** A ceiling the law sets, a bound or a figure denied, not a rate charged: "limits such a surcharge to 15%", "allows up to 50%", "more than ~25%", "not 145%", "No 15% yet", "has not been 145% since May". */
const LIMIT_BEFORE = /\b(?:cannot|can't|can\s+not|may\s+not|must\s+not|could\s+not|may\s+never|can\s+never)\s+(?:exceed|top|go\s+above|rise\s+above|be\s+more\s+than|be\s+higher\s+than)\s+$|(?<!\b(?:went|gone|rose|risen|climbed|reached|shot|been|was|were)\s)\bas\s+(?:high|much)\s+as\s+$|(?:(?<!\b(?:\w+ed|went|go|goes|going|gone|shot|been|is|are|was|were|rose|risen|grew)\s)(?<![\w-])up\s+to\s+$)|\b(?:(?<!\b(?:is|are|was|were|been)\s+(?:now\s+|still\s+|also\s+)?)(?:limit(?:s|ed|ing)?|cap(?:s|ped|ping)?)[*_]*\s+(?:[\w'’-]+\s+){0,8}?(?:to|at)|(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authori[sz](?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,5}?(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of|at\s+most)|(?:not|no)\s+(?:more|higher)\s+than|(?:more|less|fewer)\s+than|upwards\s+of|in\s+excess\s+of|(?:not|no|(?:is|was|are|were)n['’]t|ha(?:s|ve)n['’]t)(?:\s+been)?(?:\s+at)?)\s+(?:the\s+|a\s+)?~?$|\b(?:below|above|under|over|beneath|within|at\s+least|at\s+most|(?<!\bthe\s)past|beyond)\s+(?:about\s+|around\s+|roughly\s+)?~?$/i;
/** "Section 122 is capped at 15% by statute": the law's ceiling, not the rate charged (as "the EU is capped at 15%" is). */
const CAPPED_BEFORE = /\b(?:capped|limited)\s+(?:at|to)\s+$/i;
const BY_LAW_AFTER = /^\s+(?:by|under)\s+(?:the\s+)?(?:statute|law)\b/i;
/** "the rate is about to drop to 15%", "was to fall to 18%", "were set to rise to 30% and 50%": a level to come (or once planned), right before the figure. */
const ABOUT_TO_BEFORE = /\b(?:about|was|were|(?:is|are|was|were)\s+(?:set|due|scheduled))\s+to\s+(?:drop|fall|rise|climb|go|jump|be\s+(?:cut|raised|lowered|reduced|increased))\s+to\s+(?:\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s*(?:,\s*|\s+and\s+|\s+or\s+))*$/i;
const FUTURE_BEFORE = /\b(?:will\s+(?:\w+\s+){0,2}?(?:rise|increase|go\s+up|go|climb|jump|fall|drop|bring|cut|lower|reduce|push|raise|hike|lift|impose|be\s+raised|be\s+cut|be\s+lowered|be\s+reduced|take\s+effect|come\s+into\s+force|kick\s+in|reach|double|be\s+set|be|face|pay|carry|see)|(?:is|are)\s+(?:set|due|scheduled|expected|slated)\s+to|going\s+(?:up\s+|down\s+)?to)\b/i;
/** A rate of a time gone by: "in E4, when the rate was 145%". */
/** "Do not sign programmes with the 10% basic tariff", "stop using the 25%": a figure named as one not to use. */
/** "drop the 145% from the text", "delete the 25% in the table": an editor's figure to take out. */
const EDIT_OUT_BEFORE = /\b(?:drop|remove|delete|strike|cut|take\s+out)\s+(?:the|that|this|their|its|all)\s+(?:[\w-]+\s+){0,2}?$/i;
const OUT_OF_THE_TEXT_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:from|in|out\s+of)\s+(?:(?:the|this|that|your|our|their|its)\s+)?(?:[\w-]+\s+)?(?:text|draft|paper|copy|slides?|deck|manuscript|piece|article|story|charts?|abstract|introduction|section|footnotes?|tables?|appendix|list|summary|conclusions?)\b/i;
const NOT_TO_USE_BEFORE = /\b(?:do\s+not|don['’]t|never|stop|avoid)\s+(?:use|using|sign|signing|quote|quoting|report|reporting|cite|citing|repeat|repeating|apply|applying|calculate|calculating|budget|budgeting|plan|planning|price|pricing)\b[^.;:]{0,60}$/i;
/**
 * "continues to suspend the 24% part", "the 24% suspended portion": a part of a rate not collected. Not a column of
 * suspended rates, "| Annex I rate (suspended) |" (its brackets blanked): those are the paused rates themselves.
 */
const SUSPENDED_PART_BEFORE = /(?<!\b(?:rates?|tariffs?|dut(?:y|ies)|levels?)\s+)\bsuspend(?:s|ed|ing)?\s+(?:the\s+|its\s+|a\s+)?$/i;
const SUSPENDED_PART_AFTER = /^\s*(?:suspended|paused)\s+(?:part|portion|points?)\b|^\s+(?:part|portion|points?)\s+(?:[\w-]+\s+){0,3}?(?:suspended|paused)\b|^\s+(?:still\s+)?(?:remains?|stays?)\s+(?:suspended|paused|on\s+hold)\b|^\s+(?:[\w-]+\s+){0,2}?(?:rate|tariff|duty|level)\s+(?:still|now|currently)\s+(?:suspended|paused|on\s+hold)\b/i;
/** "During the period with 39% on Swiss watches", "in the months of the 145%": a past span named by its rate. */
const PERIOD_OF_THE_RATE_BEFORE = /\b(?:during|in|over|throughout)\s+the\s+(?:period|time|months?|weeks?|days|era|phase|stretch)\s+(?:with|of|at|under)\s+(?:the\s+)?$/i;
const WHEN_IT_WAS_BEFORE = /\bwhen\s+(?:(?:the|its|their|a)\s+)?(?:[\w'’-]+\s+){0,5}?(?:was|were|stood)\s+(?:at\s+)?$/i;
/** A rate a deal agrees to, in force only later: "Japan agrees to a 15% rate". */
// "agreed in February to a reciprocal rate of 18 percent": the time it agreed and the rate's name may stand between.
const AGREED_TO_BEFORE = /\bagree(?:s|d)?\s+(?:(?:in|on|last|this)\s+[\w.]+(?:\s+\d{1,4})?\s+)?to\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:rate|tariff|duty|ceiling|cap|level)\s+of\s+)?$/i;
/** "the 39% rate will return if …", "… could snap back": a rate said to come back is not today's. */
const RETURNS_AFTER = /^\s+(?:[\w'’-]+\s+){0,5}?(?:will|would|could|might|may|can)\s+(?:(?:likely|probably|then|easily|quickly)\s+)?(?:return|come\s+back|snap\s+back|go\s+back|be\s+(?:restored|reinstated|reimposed|re-imposed|back))\b/i;
/** A step the words after the figure put later: "the step-up to 30% is now slated for January", "sets China's rate at 34%, to start 9 April". */
const FUTURE_AFTER = /^\s+(?:[\w'’-]+\s+){0,3}?(?:is|are)\s+(?:now\s+)?(?:slated|scheduled|due)\s+(?:for|to)\b|^\s+(?:[\w'’-]+\s+){0,5}?(?:will|(?:is|are)\s+(?:set|expected|slated)\s+to)\s+(?:then\s+|only\s+|also\s+)?(?:apply|take\s+effect|kick\s+in|come\s+into\s+(?:force|effect)|start|begin|be\s+(?:imposed|applied|collected|levied|charged|extended))\b|^\s+to\s+be\s+(?:added|imposed|applied|introduced|levied)\b|^\s*,\s*(?:due\s+|set\s+)?to\s+(?:start|begin|take\s+effect|apply|kick\s+in)\b/i;

// Someone else's figure: attributed with a verb that distances the memo from it, or quoted by traders ("buyers quote landed duty costs near 30%").
const REPORTED = /\b(?:out\s+of\s+date|outdated|un\s+error|(?:is|are|was|were)\s+(?:confused|mixing\s+up|mixed\s+up)|está\s+mal|es\s+incorrect[oa]|(?:is|are|was)\s+(?:old|stale|obsolete)|(?:that|this|the)\s+(?:number|figure)\s+(?:is|was|has\s+been)\s+(?:long\s+)?dead|(?:is|are|was|were)\s+(?:also\s+|just\s+|simply\s+|plainly\s+|clearly\s+|all\s+)?wrong|inaccurate|incorrect|mistaken|an\s+error|a\s+mistake|in\s+error|erroneous|untrue|overstat(?:e|es|ed|ing)|understat(?:e|es|ed|ing)|exaggerat(?:e|es|ed|ing)|not\s+(?:been\s+)?(?:true|correct|right)|cite[sd]?|citing|claim(?:ed|ing|s\s+that)|alleg(?:e|es|ed|ing)|assert(?:s|ed)?|insist(?:s|ed)?|represent(?:s|ed)?(?=\s+(?:to\s+(?:[\w'’-]+\s+){1,4}?)?that\b)|swears?|swore|sworn|falsely|wrongly|mistakenly|incorrectly|erroneously|misunderst\w+|misinformation|misstat(?:e|es|ed)|purported(?:ly)?|argu(?:e|es|ed|ing)\s+that|(?:earlier|previous|original)\s+version|whoever\s+(?:said|says|claimed|claims|wrote|writes|told)|quot(?<=\b(?:buyers|importers|brokers|suppliers|vendors|traders|sellers|dealers|analysts|forwarders)\s+(?:now\s+|often\s+|still\s+|routinely\s+)?quot)(?:e|ed|ing)(?=\s+(?:[\w-]+\s+){0,4}?(?:near|around|about|roughly|close\s+to|up\s+to|as\s+much\s+as|\d)))\b/gi;
/**
 * Someone quoting a figure ("traders still quote a 30% rate", "anyone quoting them at
 * 15%", "a briefing described the penalty as 50%", "a bulletin put the rate at 25%", "I
 * was told", "a customer read that", "have called it a 15% surcharge", a publication's
 * words: "a Dec. 18 article said", "the August 12 version gave"): it makes the
 * figures after it someone else's, not one before it ("steel pays 25%, though some
 * traders quote the old figure" asserts the 25%). A verb
 * only: "price quotes" is not one. "Officials told us", like "said", reports a figure the
 * memo still stands behind, as the corpus labels it.
 */
/**
 * A document, outlet or letter that gives a figure: "the newsletter says", "an old flyer claims", "catalogues still warn", "the press is reporting", "it said",
 * "A graphic published Sept. 30 listed" (an abbreviated month's dot ends no clause), "Quotes for Swiss SKUs still come out with".
 * A nation's models are its cars, not a forecast's: "Japanese models still carry 27.5%".
 */
const SOURCE_REPORTS = [
  String.raw`(?:articles?|reports?\s+(?:of|in|from)\s+the\s+(?:press|media|news)|bulletins?|catalogu?es?|calculators?|newsletters?|circulars?|press|media|sheets?|spreadsheets?|(?<!\b[A-Z][a-z]+(?:an|ese|ish|ch)\s)models?|slides?|decks?|flyers?|brochures?|ads?(?!\s+valorem)|adverts?|advertisements?|commercials?|stor(?:y|ies)|graphics?|infographics?|screenshots?|screen\s?grabs?|memes?|charts?|headlines?(?!\s+(?:rates?|figures?|tariffs?|numbers?|dut(?:y|ies)))|captions?|editorials?|broadcasts?|segments?|letters?|guides?|quotes?|invoices?|podcasts?|videos?|episodes?|newscasts?|vlogs?|versions?|notes?|memos?|e-?mails?|messages?|POs?|purchase\s+orders?|posts?|tweets?|publications?|outlets?|websites?|FAQs?(?<!\b(?:our|my)\s+FAQs?)|blogs?|trackers?|one-pagers?|handouts?|briefs?|editions?|columns?|columnists?|(?<!\bon\s)(?:news)?papers?|(?:last|previous|earlier)\s+(?:issue|episode)|last\s+(?:week|month)['’]s\s+(?:issue|episode|edition|column|newsletter)|explainers?|(?:(?:news\s+)?items?|pieces?)(?<!\b(?:made|[\w]+-made|imported|origin|sourced)\s+(?:items?|pieces?))(?!\s+(?:made|from|of|produced|manufactured|imported|sourced|shipped)\b)|features?|interviews?)\b(?:[^.;:]|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.){0,60}?\b(?:said|says?|saying|stated|states?|reported|reports?|showed|shows?|gave|gives?|put|listed|lists?|mention(?:s|ed)?|cited|cites?|wrote|writes?|printed|prints?|claims?|claimed|labell?ed|labels?|tagged|speaks?\s+of|spoke\s+of|still\s+carr(?:y|ies)|warn(?:s|ed)?|tells?|told)\b`,
  String.raw`\b(?:are|is|were|was)\s+(?:still\s+)?reporting\b`,
  String.raw`\b(?:are|is|were|was)\s+(?:still\s+)?(?:reported|listed|shown|given|cited|quoted)\s+as\b`,
  String.raw`\bletters?\s+(?:[\w'’-]+\s+){0,6}?saying\b`,
  String.raw`\bit\s+(?:said|says|claimed|claims|stated)\b`,
  String.raw`\b(?:quotes?|quotations?|invoices?|estimates?|outputs?|results?|tool|system|calculator|app|erp|software|engine|model)\b[^.;:]{0,60}?\b(?:still\s+)?(?:come|comes|came|coming)\s+out\s+(?:with|at)\b`,
].join('|');
/** Words told or written to someone: "a client wrote to us that", "we were told", "told reporters", "emailed me a screenshot saying". */
const TOLD = [
  String.raw`\b(?:wrote|write|written|writes|writing)\s+(?:to\s+)?(?:us|me|you)\s+that\b`,
  String.raw`\b(?:was|were|(?:have|has|had)\s+been|got|gets)\s+told\b`,
  String.raw`\b(?:told|tells?|telling)\s+(?:to\s+)?(?:me|us|you|her|him|them)\b`,
  String.raw`\btell(?:s|ing)?\s+(?:[\w'’-]+\s+){0,2}?that\b`,
  String.raw`\btold\s+(?:(?:its|their|his|her|our|the|a|an|one|some|several|this|that)\s+)?(?:reporters?|journalists?|lawmakers?|investors?|readers?|clients?|customers?|members?|audience|viewers?|listeners?|subscribers?|followers?|buyers?|students?|class|network|station|channel|show|program|programme|paper|newspaper|magazine|podcast|committee|panel)\b`,
  String.raw`\binformed\s+(?:us\s+|me\s+)?that\b`,
  String.raw`\b(?:e-?mailed|messaged|texted|wrote|called|rang|DM['’]?e?d)\s+(?:me|us)\s+(?:saying|to\s+say|that)\b`,
  String.raw`\b(?:e-?mailed|messaged|texted|DMed|wrote\s+in|called\s+in)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|yesterday\s+|today\s+|this\s+(?:morning|afternoon|week)\s+|last\s+(?:night|week)\s+)?(?:saying|to\s+say)\b`,
  String.raw`\b(?:e-?mailed|messaged|texted|DM['’]?e?d)\s+(?:in\s+)?that\b`,
  String.raw`\b(?:e-?mailed|messaged|texted|sent|DMed|forwarded)\s+(?:me|us)\s+(?:(?:a|an|the|this|that|some)\s+)?(?:[\w'’-]+\s+){0,2}?(?:saying|that\s+says|claiming|showing)\b`,
  String.raw`\b(?:have|has|had)\s+written\s+(?:to\s+(?:us|me)\s+)?that\b`,
  String.raw`\b(?:is|are|was|were)\s+(?:still\s+)?written\s+that\b`,
  String.raw`\bstill\s+(?:is|are)\s+written\b`,
  String.raw`\bwr(?:ote|ites|iting)\s+in\s+(?:to\s+(?:us|me)\s+)?(?:that|saying|to\s+say)\b`,
  String.raw`\b(?:tell|tells|telling|told)\s+(?:people|customers|buyers|clients|everyone|everybody|folks|shoppers|readers)\b`,
  // "You wrote that the China tariff is \"only 10%\"": the reader's or another's words, given back (what "he said" is in OTHERS_BELIEVE).
  String.raw`\b(?:you\s+(?:wrote|said|mentioned|claimed)|(?:he|she|they)\s+(?:wrote|mentioned))\s+that\b`,
].join('|');
/** What the writer heard, read or saw elsewhere: "I heard", "we have seen threads", "read somewhere that", "keyed from a news headline". */
const HEARD_OR_SEEN = [
  String.raw`\b(?:I|we)\s+(?:still\s+|keep\s+|often\s+|sometimes\s+|also\s+)?(?:read|heard|hear|wrote|said)\b`,
  String.raw`\b(?:have|has|had|'ve|’ve)\s+(?:\w+\s+)?heard\b`,
  // "yeah thats the 232. heard EU cars drop to 15% soon": a chat's "(I) heard", its pronoun dropped.
  String.raw`heard(?<=(?:^|[,.;:!?]\s*|\b(?:and|but|so|also|just|yeah|ya)\s+)heard)\s+(?!(?:of|about|back|nothing)\b)`,
  // "You may have seen \"China 55%\" in the headlines": what readers met elsewhere.
  String.raw`\b(?:you|they|people|customers|readers|some\s+of\s+you)\s+(?:may|might|will|probably)\s+have\s+(?:seen|heard|read)\b`,
  // "she read tariffs on headstones are 25% now": what a customer read, told by the writer.
  String.raw`\b(?:he|she|they)\s+(?:also\s+|still\s+)?(?:read|heard|hears)\b`,
  String.raw`\b(?:saw|(?:have|has|had|'ve|’ve)\s+(?:all\s+)?seen)\s+(?:a|an|the|one|some|these|those|several|many)?\s*(?:[\w-]+\s+)?(?:threads?|screenshots?|memes?|comments?|headlines?|reports?|posts?|stor(?:y|ies)|tweets?|articles?|charts?|graphics?|claims?|videos?|clips?)\b`,
  // "read somewhere that", "I saw on the news that China is 55% now".
  String.raw`\b(?:(?:read|reading|heard|hearing|hears)\s+(?:somewhere\s+|online\s+|elsewhere\s+|from\s+(?:[\w'’-]+\s+){1,4}?)?|(?:saw|seen|read|heard)\s+(?:it\s+)?(?:on|in)\s+(?:the\s+)?(?:news|tv|radio|papers?|headlines|twitter|facebook|tiktok|reddit|youtube|socials|social\s+media)\s+)that\b`,
  String.raw`\b(?:keep|keeps|kept)\s+(?:reading|hearing|seeing)\b`,
  // "Line 5 was keyed from a news headline about a \"55% total\"": a figure taken from the news.
  String.raw`\b(?:keyed|taken|copied|lifted|pulled)\s+(?:in\s+)?from\s+(?:a|an|the|some|one)\s+(?:[\w-]+\s+)?(?:headlines?|articles?|posts?|stor(?:y|ies)|tweets?|news\s+(?:items?|reports?))\b`,
  String.raw`\b(?:have|has|had|'ve|’ve)\s+asked\s+(?:us\s+|me\s+)?(?:about|whether|if)\b`,
  // "Several accounts asked about a 15% global tariff reported the day after the ruling": the figure asked about.
  String.raw`\basked\s+(?:us\s+|me\s+)?about\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+)?\d)`,
].join('|');
/** Someone else's belief, claim or rumour: "the myth that", "one importer thinks", "some analysts say", "my broker said", "stated that". */
const OTHERS_BELIEVE = [
  String.raw`\b(?:myth|rumou?r|misconception)\s+(?:[\w-]+\s+){0,4}?that\b`,
  String.raw`believes?\s+(?:that\s+)?`,
  String.raw`believed\s+(?:that\s+)?`,
  String.raw`\b(?:he|she|they|I|we)\s+understood\b`,
  String.raw`\b(?:readers|people|customers|clients|buyers|importers|shoppers|many|some|several|others|they)\s+(?:still\s+|wrongly\s+|often\s+)?assumed?\b`,
  String.raw`\b(?:one|another)\s+(?:[\w-]+\s+){1,4}?(?:thinks|believes|insists|claims)\b`,
  String.raw`\b(?:one|another)\s+(?:[\w-]+\s+){0,2}?(?:partners?|customers?|clients?|importers?|suppliers?|distributors?|brokers?|buyers?|dealers?|compan(?:y|ies)|firms?|retailers?|vendors?)\s+(?:even\s+|still\s+|also\s+)?(?:used|uses|applied|applies)\b`,
  String.raw`\b(?:his|her|their)\s+understanding\s+(?:was|is)\b`,
  // "(industry expects 25%)", "analysts predict a 60% rate": a forecast others make.
  String.raw`\b(?:(?:the\s+)?industry|analysts?|economists?|(?:the\s+)?markets?|traders?|investors?|forecasters?|observers?|insiders?|strategists?|consensus|(?:wall\s+)?street)\s+(?:now\s+|still\s+|broadly\s+|widely\s+|generally\s+|largely\s+)?(?:expects?|expected|predicts?|predicted|forecasts?|anticipates?|anticipated|projects?|projected)\b`,
  String.raw`\b(?:dijo|dijeron|dice|dicen|afirmó|comentó)\s+que\b`,
  String.raw`\b(?:keep|keeps|kept|are|is|were|was|still)\s+(?:saying|posting|claiming|insisting|repeating)\b`,
  // "Sal thinks Chinese brake parts still pay 20%": someone's belief, told by the writer ("believes" is above).
  String.raw`\b(?:thinks|reckons)\b`,
  // "According to the bidder, Vietnam's 20% applies as well": a party to the deal's word, as "my broker said" is.
  String.raw`\baccording\s+to\s+(?:the|our|my|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:bidders?|brokers?|suppliers?|vendors?|reps?|distributors?|dealers?|sellers?|contractors?|customers?|clients?|factor(?:y|ies)|mills?)\b`,
  // "she thought Canada was still 35%": another's belief, told in the past (not the writer's "I thought"); a name's is personsWordAt's.
  String.raw`\b(?:he|she|they)\s+(?:still\s+)?thought\b`,
  String.raw`\b(?:people|folks|others|users|commenters|posters)\s+(?:(?:online|here|on\s+[\w-]+)\s+)?(?:saying|claiming|insisting|posting)\b`,
  // "the same mistake a lot of people made in April saying Japan was 34%".
  String.raw`\bsaying\b(?<=\b(?:people|folks|everyone|everybody|others)\s[^.;:]{0,30}saying)`,
  String.raw`\b(?:some|many|several|other)\s+(?:brokers|forwarders|suppliers|vendors|carriers|sellers|factories|mills)\b[^.;:]{0,40}?\b(?:bill|billed|charge|charged|invoice|invoiced|apply|applied)\b`,
  String.raw`\b(?:customers|clients|buyers|importers|brokers|some|others|people|they)\s+(?:have\s+|had\s+)?calculated\s+(?:[\w'’-]+\s+){0,3}?as\b`,
  String.raw`\b(?:the|his|her|their|['’]s)\s+(?:claims?|statements?|assertions?)\s+that\b`,
  String.raw`\bwho\s+(?:says|said|claims|claimed|argues|argued|insists|insisted)\b`,
  String.raw`\b(?:somebody|someone)\s+(?:[\w'’-]+\s+){0,6}?(?:said|says|claimed|claims|told|posted|posts|wrote|writes|shared|had|has|put|puts|pegged|pegs)\b`,
  String.raw`\b(?:retailers|importers|exporters|producers|makers|dealers|distributors|customers|clients|members|sellers|buyers|suppliers|brokers|growers|farmers|manufacturers|businesses|companies|folks|guys)(?:\s+(?:on|at|in|from)\s+(?:the\s+)?[\w-]+)?(?:,\s+who\s+[^,.;]{1,80},)?\s+(?:still\s+|now\s+|all\s+)?(?:say|tell\s+(?:me|us))\b`,
  String.raw`\b(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:shop|store|dealer|supplier|broker|retailer|vendor|importer|exporter|customer|client|agent|forwarder|distributor|wholesaler|manufacturer|maker|builder|fabricator|rep|brand|line|friend|neighbou?r|cousin|boss|guys?|buddy|pal|mentor|elmer|teacher|coach|colleague|co-?worker|sub|subcontractor|contractor|installer|accountant|landlord|brother|sister|uncle|aunt|nephew|niece|son|daughter|dad|mom|mum|mother|father|wife|husband)\s+(?:(?:in|at|from)\s+(?:[\w-]+\s+){1,5}?)?(?:\([^()]{1,80}\)\s+)?(?:(?:e-?mailed|called|texted|messaged|rang)\s+(?:me|us)\s+(?:[\w-]+\s+){0,3}?and\s+)?(?:also\s+|still\s+)?(?:said|says|say|told\s+(?:me|us))\b`,
  // "called the supplier, they say the 12% is right": what someone else says, by pronoun.
  String.raw`\b(?:they|he|she)\s+(?:say|says|said|claim|claims|claimed)\b(?!\s*[,.;:!?])`,
  // "rental co says thats the 25% steel tariff": a company's word, in a chat's short form.
  String.raw`\b(?:co|outfit)\s+(?:says|said|claims|claimed)\b`,
  // "the guy on youtube said chinese stuff is 47%", "Guy at work says chinese parts are paying 145%": someone met only in passing.
  String.raw`\b(?:(?:the|some|a|this|that)\s+(?:guy|dude|lady|woman|man|person|influencer|youtuber|tiktoker)\s+(?:(?:on|at|from|in)\s+(?:[\w'’-]+\s+){1,3}?)?|guy\s+(?:on|at|from|in)\s+(?:[\w'’-]+\s+){1,3}?)(?:also\s+|even\s+)?(?:said|says|claims|claimed|told\s+(?:me|us))\b`,
  // "my supplier for the gummed stuff is in India and claims India is at 27%": a claim the writer keeps at a distance ("and says he pays 25%" is only told).
  String.raw`\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:supplier|broker|vendor|dealer|distributor|agent|forwarder|rep|customer|client)\b[^.;:!?]{0,60}?\s(?:and|but|who)\s+(?:still\s+)?(?:claims|claimed|insists|insisted|swears|swore)\b`,
  // "trump said on the plane china is 47% now", "trump posting china is paying 55%": a leader's word on what a rate is; proclamations, not remarks, set rates ("…, Trump said so" and "…, the White House said, and" stay the writer's).
  String.raw`\b(?:Trump|(?:the\s+)?President|(?:the\s+)?White\s+House)\s+(?:said|says|posted|posts|posting|tweeted|tweets|tweeting)\b(?!\s*[,.;:]|\s+(?:so|it)\b)`,
  String.raw`\b(?:talk|chatter|gossip|commentary|speculation)\s+that\b`,
  // "Jo said something about a 54 percent tariff on China".
  String.raw`\b(?:said|says|mentioned|heard|read)\s+something\s+about\b`,
  // "the talk of a refined copper duty, 15% in 2027": what is talked of, not set.
  String.raw`talk\s+(?:of|about)\b(?<=\b(?:the|some|more|there['’]s|there\s+is)\s+talk\s+(?:of|about))`,
  // "Word at the last ATD meeting is the truck rate goes to 50%".
  String.raw`\bword\s+(?:(?:at|on|in|from|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?)?(?:is|was|has\s+it)\b`,
  // "Some reports have suggested that Japanese cars again face 27.5 percent".
  String.raw`\b(?:some|several|many|recent|earlier|press|news|media)\s+reports\s+(?:have\s+|had\s+)?(?:suggested|claimed|said|stated)\b`,
  // "a customer said his dealership pays 35%", "Hartwell reported their sofas were charged 25%": someone telling of their own case, hearsay to the writer.
  String.raw`\b(?:said|says|told\s+(?:me|us))\s+(?:that\s+)?(?:his|her)\s+`,
  String.raw`\b(?:reported|reports|mentioned|mentions|complained|complains)\s+(?:that\s+)?(?:his|her|their)\s+`,
  String.raw`\b(?:chatter|gossip|speculation|rumou?rs?)\s+about\b`,
  String.raw`(?<!\b(?:our|my)\s+(?:[\w-]+\s+){1,2})\b(?:said|stated|claimed|asserted|contended|maintained|insisted)\s+(?:(?:last|this)\s+(?:week|month|year)\s+|yesterday\s+|today\s+|earlier\s+|recently\s+|again\s+|publicly\s+|for\s+the\s+record\s+|(?:back\s+)?(?:on|in)\s+[A-Z]\w+\s+)?that\b(?!['’])`,
  String.raw`\b(?:people|buyers?|sellers?|customers?|clients?|importers?|members?|distributors?|dealers?|retailers?|suppliers?|some|many|others|they|folks|team|staff|colleagues|office|department|accountants|analysts|lawyers)\s+(?:(?:are|were|is|was)\s+)?(?:still\s+)?(?:think|thinks|thinking|believe|believes|believing|understand|understands)\b`,
  String.raw`\b(?:some|many|several|other|others|another)\s+(?:[\w.-]+\s+){0,2}?(?:have\s+)?(?:even\s+|also\s+)?(?:say|said|argue|argued|claim|claimed|insist|insisted|expect|expected|predict|predicted|forecast)\b`,
  String.raw`\b(?:one|a\s+few|a\s+couple|some|many|several|most)\s+of\s+(?:you|us|them|(?:our|the|your)\s+[\w-]+)\b[^.;:]{0,40}?\b(?:have\s+|has\s+)?(?:said|say|says|claimed|claim|wrote|written|posted|commented|told)\b`,
].join('|');
/** Quoting or naming a figure: "quoting", "traders quote a 30% rate", "described the penalty as", "called it a 15% surcharge", "they list it as 45%". */
const QUOTES_OR_NAMES = [
  String.raw`quoting`,
  // Not a price quoted for work: "I already quoted the Kessler job with the drivers at the Taiwan rate".
  String.raw`quoted(?!\s+(?:the|a|an|our|my|this|that|their)\s+(?:[\w'’-]+\s+){0,2}?(?:jobs?|customers?|clients?|bids?|projects?|orders?|installs?|builds?)\b)`,
  String.raw`quotes?(?=\s+(?:us|me|a|an|the|its|their|his|her|that|\d+|[A-Z]\w*['’]s)\b|\s+(?:[\w-]+\s+){1,3}?at\b)`,
  String.raw`describ(?:e|es|ed|ing)`,
  String.raw`call(?:s|ed|ing)?\s+it(?=\s+(?:a|an|the)\b)`,
  // "broker sheet says Taiwan 20% plus the 25% parts duty. they list it as 45% combined."
  String.raw`list(?:s|ed|ing)?\s+(?:it|them)\s+as\b`,
].join('|');
/** Papers that keep working numbers. */
const WORKING_PAPERS = String.raw`(?:models?|spreadsheets?|sheets?|quotes?|invoices?|budgets?|forecasts?|plans?)`;
/** A figure kept in someone's working numbers: a sheet that "still shows" it, a quote that "assumed" it, a system "still loaded at" it, "priced it at". */
const KEPT_IN_WORKING_NUMBERS = [
  String.raw`still\s+(?:says|say|lists|list|listing|shows|show|showing|reads|read|states|state|mentions?)\b`,
  String.raw`still\s+(?:has|have)(?=\s+(?:[\w-]+\s+){1,3}?at\b)`,
  String.raw`\b(?:is|are)\s+still\s+using\b`,
  // "we still see models with", "we still see on some vendor quotes".
  String.raw`\b(?:I|we)\s+(?:still\s+)?(?:see|saw|find|found)\s+(?:(?:[\w-]+\s+){0,2}?${WORKING_PAPERS}\s+(?:with|that|using|still)\b|(?:in|on)\s+(?:[\w-]+\s+){0,2}?(?:${WORKING_PAPERS}|price\s+lists?)\b)`,
  String.raw`\b(?:is|are)\s+still\s+(?:loaded|set\s+up|coded|entered|booked|configured|keyed)\s+(?:in\s+(?:the\s+)?[\w-]+\s+)?(?=at\b)`,
  String.raw`\b(?:is|are)\s+still\s+(?:recorded|listed|shown)\s+(?:in|on|by)\s+(?:[\w-]+\s+){1,3}?(?=at\b)`,
  String.raw`\b(?:API|system|software|tool|calculator|ERP|portal|platform|plug-?in|app|checkout|template|spreadsheet|engine|database)s?\s+(?:is|are|was|were)\s+still\s+[a-z]+ing\b`,
  String.raw`still\s+(?:carries|carry|coding|billing|invoicing|costing|entering)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:at|as)\b)`,
  // "our table guy is still invoicing 20% reciprocal": a seller's bill, not the rate charged at the border.
  String.raw`\b(?:is|are)\s+still\s+(?:invoicing|billing|charging)(?:\s+(?:us|me|them|you))?(?=\s+(?:a\s+|the\s+)?\d+(?:\.\d+)?\s?(?:%|percent\b))`,
  String.raw`still\s+(?:write|writes|wrote|refers?\s+to)\b`,
  String.raw`\b(?:continues|continue|keeps|keep)\s+(?:applying|charging|coding|billing)\b`,
  String.raw`\b(?:invoices?|bills?|statements?|quotes?)\s+(?:[\w-]+\s+){0,2}?still\s+(?:applying|charging|using|adds?|includes?|applies|charges)\b`,
  String.raw`\bstill\s+(?:apply|applies|use|uses|carry|carries)\s+in\s+(?:their|its|the|our|his|her)\s+(?:[\w-]+\s+){0,2}?(?:sheets?|spreadsheets?|software|systems?|calculations?|quotes?|price\s+lists?)\b`,
  String.raw`\b(?:carried|priced|costed|figured|calculated|bid)\s+(?:it|them)\s+at\b`,
  String.raw`\b(?:declared|filed|coded|booked)\s+(?:[\w'’-]+\s+){0,4}?at\b`,
  String.raw`\b(?:has|have|had)\s+(?:calculated|costed|priced|figured|estimated|budgeted)\s+(?:[\w'’-]+\s+){0,6}?at\b`,
  // "My old price sheet from the 7th has Japan at 34%", as one that "shows" it; "the quote still has a 30% duty line", "the model still has 10% on fabric".
  String.raw`\b${WORKING_PAPERS}\s+(?:[\w'’-]+\s+){0,4}?(?:has|had)(?=\s+(?:[\w'’-]+\s+){1,3}?at\b|\s+(?:an?\s+)?~?\d+(?:\.\d+)?\s?%\s+(?:(?:["“]?[\w-]+(?:\s+[\w-]+)?["”]?\s+)?(?:line|charge|row|entry)|on|for)\b)`,
  String.raw`\bpremised\s+on\b`,
  String.raw`\b(?:had|has|have)\s+(?:considered|assumed)\s+that\b`,
  String.raw`\b(?:your|their|his|her)\s+(?:[\w-]+\s+)?(?:had|has|have)\s+assumed\b`,
  // "Jen's math had the old China tariff stacked on top, 45% total", "Our broker's costing template STILL adds a 10% Section 122 line":
  // another's working numbers or tool ("our bid template still adds" is the writer's).
  String.raw`\b(?:[A-Z][\w-]*['’]s|his|her|their|your)\s+(?:[\w-]+\s+)?(?:math|maths|calculations?|numbers|spreadsheet|sheet|estimate|template|software|calculator|erp|portal)\s+(?:still\s+)?(?:had|has|gave|gives|showed|shows|used|uses|adds|applies|loads)\b`,
  String.raw`\b(?:plan|budget|model|forecast|scenario|quote|bid|offer|estimate|proposal|pricing|sheet|list)s?\s+(?:(?:that|which)\s+(?:still\s+)?(?:assume|assumes|assumed)|assumed|assumes|used)\b`,
  // "our Vietnamese casegoods vendor is still adding \"20% duty\" to invoices", "members report paint suppliers still adding a 15% \"EU tariff\" line".
  String.raw`\b(?:vendors?|suppliers?|sellers?|brokers?|factor(?:y|ies)|distributors?|forwarders?|mills?|competitors?|dealers?|retailers?|they)(?:\s+(?:in|from|at)\s+[\w'’-]+)?\s+(?:(?:is|are)\s+)?still\s+(?:adding|charging|applying|billing|putting|using)\b`,
  String.raw`put(?:s|ting)?(?=\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?at\b)`,
  String.raw`model(?:s|led|ed|ling|ing)?(?=\s+(?:[\w'’-]+\s+){1,4}?at\b)`,
  String.raw`(?:still|continues?\s+to)\s+(?:modell?(?:ing|s)?|assum(?:e|es|ing))\b`,
  String.raw`show(?:s|ed|ing)?(?=\s+(?:[\w-]+\s+){1,3}?at\b)`,
].join('|');
const QUOTING = new RegExp(String.raw`\b(?:${[SOURCE_REPORTS, TOLD, HEARD_OR_SEEN, OTHERS_BELIEVE, QUOTES_OR_NAMES, KEPT_IN_WORKING_NUMBERS].join('|')})`, 'i');
/**
 * "Bryan at Tristate says it's 15%", "Greta from Benco said": a named person at a firm, whose word on a rate the writer passes on;
 * "Theo thought Canada was still 35%", "Jules heard it comes back at 15%", "Pat mentioned Japan is at 24%": a person's belief or hearsay. (A name saying alone is not enough: "Reimer said U.S. tariffs still
 * total 55%" is labelled the writer's claim as often as not.) Not a partner's ("Beijing says") nor an office's or a role's.
 */
const PERSONS_WORD = /(?:^|[-•*:;,(]\s*|\b(?:and|but|so)\s+)([A-Z][a-z]{2,11})(?:\s+(?:at|from)\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?\s+(?:says|said)\b(?!\s*[,.;:!?]|\s+(?:so|it)\b)|\s+(?:still\s+)?(?:thought|heard|mentioned)\b)/g;
const NOT_A_PERSON = new Set(['The', 'This', 'That', 'She', 'They', 'You', 'Who', 'We', 'It', 'Everybody', 'Nobody', 'What', 'Nothing', 'Someone', 'Everyone', 'Also', 'Mine', 'Several', 'Trump', 'President', 'House', 'Court', 'Congress', 'Commerce', 'Treasury', 'Customs', 'Department', 'Ministry', 'Government', 'Embassy', 'Washington', 'Legal', 'General', 'Broker', 'Supplier', 'Dealer', 'Distributor', 'Rep', 'Vendor', 'Factory', 'Seller', 'Buyer', 'Customer', 'Owner', 'Memo', 'Letter', 'Notice', 'Sticker', 'Invoice', 'Label', 'Point', 'Lab']);
const DAY_OR_MONTH = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
function personsWordAt(sentence: string): number {
  if (!WORD_VERB.test(sentence)) return -1; // most sentences have none of these words
  for (const m of sentence.matchAll(PERSONS_WORD)) {
    const name = m[1];
    if (!NOT_A_PERSON.has(name) && !DAY_OR_MONTH.test(name) && !partnersIn(name).length) return m.index + m[0].indexOf(name);
  }
  return -1;
}
const WORD_VERB = /\b(?:says|said|thought|heard|mentioned)\b/;
/** Where the first words that make what follows someone else's start, or -1. */
function quotingStart(sentence: string): number {
  const quoting = sentence.search(QUOTING);
  const person = personsWordAt(sentence);
  return quoting < 0 || (person >= 0 && person < quoting) ? person : quoting;
}
const QUOTED = /["“”]/g;
const HAS_QUOTATION_MARK = /["“”]/;

/**
 * Which sentences of a paragraph start inside a quotation that an earlier one opened:
 * '"Coffee is up 20% since spring. And families are paying a 60% tax," said the senator.'
 * Asked of each sentence in order. A paragraph whose marks do not pair up (inch marks, a
 * stray quote) is read as having none across sentences.
 */
export class QuotationAcrossSentences {
  private open = false;
  private readonly paired: boolean;

  constructor(paragraph: string) {
    // Most paragraphs quote nobody: a native search rules them out before any count.
    if (!HAS_QUOTATION_MARK.test(paragraph)) {
      this.paired = false;
      return;
    }
    let straight = 0;
    let curly = 0;
    for (let i = 0; i < paragraph.length; i++) {
      const c = paragraph.charCodeAt(i);
      if (c === 0x22) straight++;
      else if (c === 0x201c) curly++;
      else if (c === 0x201d) curly--;
    }
    this.paired = straight % 2 === 0 && curly === 0;
  }

  /** Whether the last sentence asked about ends inside a quotation. */
  get endsInside(): boolean {
    return this.paired && this.open;
  }

  /** Does this sentence, the next of the paragraph, start inside a quotation? */
  opensInside(sentence: string): boolean {
    if (!this.paired) return false;
    const inside = this.open;
    for (let i = 0; i < sentence.length; i++) {
      const c = sentence.charCodeAt(i);
      if (c === 0x22) this.open = !this.open;
      else if (c === 0x201c) this.open = true;
      else if (c === 0x201d) this.open = false;
    }
    return inside;
  }
}

/** Where the first match of a pattern in the text ends, or Infinity. */
function endOfFirst(pattern: RegExp, text: string): number {
  const m = pattern.exec(text);
  return m ? m.index + m[0].length : Infinity;
}

/** What frames the figures of a sentence, found once for all of them. */
interface SentenceFraming {
  /** Where its quotation marks are. */
  quotationMarks: Match[];
  /** Whether its last mark opens a quotation that closes in a later sentence. */
  quotationRunsOn: boolean;
  /** Where it attributes what it says to someone else. */
  reportingWords: Match[];
  /** Where it first says someone quotes a figure, or -1. */
  quotingAt: number;
  /** The governing words of each figure. */
  spans: Match[];
  /** Where it first says a rumour is told or a rate supposed ("Rumor:", "we assume that"), or -1. */
  supposedAt: number;
  /** Where it first names a tariff letter ("Brazil's letter", "letters went to"), or -1. */
  tariffLetterAt: number;
  /** Where the first words that ask whether something is so end ("asked … whether"), or Infinity. */
  askedWhetherEnd: number;
  /** Where its opening in the past ("Until then, …") ends, 0 when it tells of rates paid over a span gone by; undefined when neither. */
  pastLeadEnd: number | undefined;
  /** Whether it ends as a question. */
  asksAQuestion: boolean;
  /** How many options of a multiple-choice question it gives ("a) 39%"), counted when a figure follows one. */
  answerOptions?: number;
  /** Where its semicolons stand, whether a condition opens it, and where a chat message's header line ends (see conditionOpensItsPart), once asked. */
  semicolons?: number[];
  opensWithCondition?: boolean;
  messageHeaderAt?: number;
}

/**
 * Is the figure someone else's? A reporting word before it, or in its own words, makes
 * it so; one after it in another figure's words belongs to that figure alone: "Steel
 * pays a 25% tariff, not the 60% the senator claimed" is the memo's own 25%. A quoting
 * verb counts only before it.
 */
function reportedFigure(figure: Figure, governing: Match, framing: SentenceFraming): boolean {
  return (
    (framing.quotingAt >= 0 && framing.quotingAt < figure.start) ||
    framing.reportingWords.some((w) => w.start < figure.start || within(w, governing) || !framing.spans.some((span) => span !== governing && within(w, span)))
  );
}

/**
 * Is the figure inside a quotation of several words (not a single quoted term like “reciprocal”),
 * or quoted alone, a number mentioned rather than used ('You may have seen "245%" in a headline')?
 * `runsOn`: the sentence's last mark opens a quotation that closes in a later sentence.
 */
function insideQuotation(sentence: string, figure: Figure, marks: Match[], runsOn: boolean): boolean {
  const several = (open: number, close: number) => sentence.slice(open, close).trim().split(/\s+/).length >= 3;
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const [open, close] = [marks[i].start, marks[i + 1].start];
    if (open < figure.start && figure.end <= close && (several(open, close) || sentence.slice(open + 1, close).trim() === sentence.slice(figure.start, figure.end))) return true;
  }
  const last = marks[marks.length - 1];
  return runsOn && marks.length % 2 === 1 && last.start < figure.start && several(last.start, sentence.length) && (SPEAKER_BEFORE_QUOTATION.test(sentence.slice(Math.max(0, last.start - 80), last.start)) || QUOTATION_OPENS_MESSAGE.test(sentence.slice(0, last.start)));
}

/** Who speaks the quotation that follows: 'Paul in Ashland writes: "', 'Here's an email from Paul: "', 'Forwarded: "', 'made the following statement: "', a fact-check's '**The claim:** "'. */
const SPEAKER_BEFORE_QUOTATION = /\b(?:writes|wrote|says|said|asks|asked|adds|added|tells|told|replies|replied|answers?|answered|e-?mails?|e-?mailed|messages?|letters?|texts?|texted|comments?|posts?|posted|tweets?|tweeted|callers?|listeners?|readers?|forward(?:s|ed)?|fwd|evaluation|statement|assessment|remarks|claim(?:s|ed)?|quote[sd]?|quotation)\b[^"“”]{0,60}$/i;
/** A quotation that opens its sentence, or a chat message after its sender's name ('Dan K: "'), is the sender's or someone's they pass on. */
const QUOTATION_OPENS_MESSAGE = /^\W*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}:\s*)?$/;

/** "from 10% to 50%" is a change, unless the words before it range ("rates ranging from 11 percent to 50 percent", "rates that had run from 10% to 41%"). */
function rangeNotChange(beforeStart: string): boolean {
  return !FROM_BEFORE.test(beforeStart) || RANGING_FROM_BEFORE.test(beforeStart);
}
// "at rates from 7.5% to 100%" too.
const RANGING_FROM_BEFORE = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann?(?:s|ed|ing)?|(?:had\s+|have\s+)?(?:run|runs|ran|running)|at\s+(?:various\s+|different\s+)?rates)\s+from\s+(?:about\s+|roughly\s+)?$/i;

/** A verb between two figures makes the second no range's end: "the 20% duty plus the rest came to 145%". */
const VERB_BETWEEN_RANGE_ENDS = /\b(?:came|comes|come|went|goes|rose|rises|fell|falls|climbed|climbs|jumped|jumps|made|makes|make|brought|brings|took|takes|added|adds|amounted|amounts|totall?ed|totals)\b/i;
/** Between the two ends of a range, nothing but the word or dash that joins them ("10% to 50%", "10-50%"). */
const RANGE_GAP = /^\s*(?:to|or|and|-|\u2013)\s*$/i;
/** "somewhere between 25% and 100%": the two ends of a range. */
function betweenTwo(sentence: string, first: Figure, second: Figure): boolean {
  return /^\s*and\s*$/i.test(sentence.slice(first.end, second.start)) && /\bbetween\s+(?:about\s+|roughly\s+)?$/i.test(sentence.slice(Math.max(0, first.start - 24), first.start));
}
/** Words after a figure that open the next item of a list rather than run on to the end of a range. */
const NEXT_ITEM_OPENS = /\b(?:and|or)\s+\S/i;
const RANGE_END_LEAD = new RegExp(String.raw`^\s*(?:to|or|through|-|\u2013|${ARROW})\s*$`, 'i');
const JOINED_TO_PREVIOUS = /^[\s,)]*(?:and|or|then|and\s+then|plus)\s+(?:(?:even|also|only|just|again)\s+|[\w'’-]+\s+(?:(?:even|also|only|just|again)\s+)?){0,3}\(?$|^[^().;:]{0,60}\($/i;
const JOINED_TO_NEXT = /^(?=[^.;:!?]{0,60}$)[^.;:!?]*\b(?:and|or)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+){0,2}?$/i;
const JOINED_BY_COMMA = /^(?=[^.;:!?]{0,40}$)[^.;:!?,]*,\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w-]*['’]s\s+)?$/i;
const VERB = /\b(?:pays?|paid|faces?|faced|is|are|was|were|be|been|has|have|had|stands?|stood|remains?|remained|stays?|stayed|rose|fell|will|would|could|may(?<!\b(?:in|since|until|from|by|of|early|late|mid|before|after|through)\s+may)(?!\s+\d)|might|charges?|charged)\b/i;

/** Words before a figure that add it to the one before, verb and date shared: "…, and", "for a total of", "bringing the combined rate on China to", "which with the", "leaving most Chinese goods at". */
const ADDS_TO_PREVIOUS = /^[\s,]*(?:(?:and|or|plus)\s+(?:also\s+)?|[+&]\s*|so\s+|(?:which|that)\s+with\s+|leaving\s+(?:[\w'’-]+\s+){1,4}?(?:at|on)\s+|(?:for|bringing|taking|lifting|raising|pushing|making)\s+(?:(?:it|them|the\s+total|the\s+combined\s+rate|a\s+total)(?:\s+on\s+[\w'’-]+(?:\s+goods)?)?\s+)?(?:of\s+|to\s+|at\s+)?)?(?:the\s+|a\s+|an\s+)?$/i;

/** Do the words before a figure add it to the one before, so that it shares that one's date? */
export function addsToPrevious(lead: string): boolean {
  return ADDS_TO_PREVIOUS.test(lead) || SUMS_UP_BEFORE.test(lead) || MOVES_LIKE_PREVIOUS.test(lead) || PART_OF_PREVIOUS.test(lead);
}
/** "27.5% in total: the 25% Section 232 tariff plus the 2.5% MFN duty": after a total and a colon or dash, its parts. */
/** Between a total's words and the first part of its breakdown: " (", ": ", " — ". */
const BREAKDOWN_OPENS_AFTER = /^\s*(?:\(|:|\u2014|\u2013|\s-\s)\s*(?:the\s+|a\s+)?$/;
const PART_OF_TOTAL_BEFORE = /\b(?:in\s+total|total|combined|all-in|altogether|overall)\s*(?::|\u2014|\u2013|\s-\s)[^.;:!?]{0,80}$/i;
/** "50% combined with the 10% reciprocal rate": a part named after the total it is counted in, at the total's time. */
const PART_OF_PREVIOUS = /^\s*(?:combined\s+with|together\s+with|plus|on\s+top\s+of|including|counting)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$/i;
/** "rises to 30% on January 1 and the cabinet rate climbs to 50%": a second move told after the first, at its time. */
const MOVES_LIKE_PREVIOUS = /^[\s,]*(?:and\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}?(?:rises|climbs|goes\s+up|moves|jumps|increases|doubles|falls|drops|decreases)\s+to\s+$/i;

/** Verbs that sum up the figures before them: the date's (SUMS_UP_BEFORE) and the measures' (SUMMED_BEFORE). */
const SUMMING_VERBS = String.raw`gives?|gave|giving|adds?\s+up\s+to|added\s+up\s+to|comes?\s+to|came\s+to`;
/** The total of the figures before it: "… which with the 20% fentanyl duty gives 145%". */
const SUMS_UP_BEFORE = new RegExp(String.raw`\b(?:${SUMMING_VERBS}|totall?(?:ed|ing|s)?)\s+(?:a\s+total\s+of\s+)?$`, 'i');

const LISTING_WORDS = /^[^.;:!?]{0,60}$/;
const LISTED = /,|\b(?:and|or|to|through)\b|[-\u2013]/i;

/** Do the words between two figures list the second after the first, with no verb? */
function listedWithPrevious(sentence: string, previous: Figure, figure: Figure): boolean {
  const between = sentence.slice(previous.end, figure.start);
  return (LISTING_WORDS.test(between) && LISTED.test(between) && !VERB.test(between)) || THE_SAME_FOR_ANOTHER.test(between) || ELIDED_ITEM_BEFORE.test(between);
}
/** "Vietnam took 31% of the trade diverted from China; Mexico 18%": after a semicolon, only a name, the verb and words of the item before left out. */
const ELIDED_ITEM_BEFORE = new RegExp(String.raw`;\s*(?:and\s+)?${CAPITALISED_NAME}\s+$`);
/** "the content required is 75%, and for principal parts is 70%": the same subject and verb, for other goods. */
const THE_SAME_FOR_ANOTHER = /^,?\s+and\s+for\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:is|are)\s+$/i;

/** The words between two figures of one list, with no verb or turn in time of their own: " Canada duty, the Brazil ". */
function listedAfter(between: string): boolean {
  return LISTED_AFTER.test(between) && !VERB.test(between) && !TURN_IN_TIME.test(between);
}
const LISTED_AFTER = /^(?:[^.;:!?(),]{0,40},\s+){1,3}(?:and\s+)?(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/** Between a figure and a later step of the same rate: "15% for 2027, rising to 30%", "10% at first, then to 25%". */
const STEP_AFTER_PREVIOUS = /^[^.;:!?%]{0,80},\s*(?:(?:and|then)\s+)?(?:rising|climbing|increasing|stepping\s+up|going\s+up|then)\s+(?:again\s+|later\s+)?to\s+$/i;

/** Between a figure and the next level of its rate: "went to 84%, then 125% the next day". */
const THEN_NEXT_LEVEL = /^\s*,?\s*(?:and\s+)?then\s+$/i;

/** Do the words before a figure ("and Cambodia ", "plus ", "… since November (") join it to the figure before, with no verb of their own? */
function sharesVerbWithPrevious(lead: string): boolean {
  return JOINED_TO_PREVIOUS.test(lead) && !VERB.test(lead);
}

const LIST_MARK = /:|\bincluding\b|\bi\.e\.|\bnamely\b|\bamong\s+(?:others|them|other\s+things)\b/gi;
/** The list mark a list starts with, taken off before the list is searched for a verb. */
const LEADING_LIST_MARK = new RegExp(`^(?:${LIST_MARK.source})`, 'i');
/** How far before a figure the start of its list is looked for. */
const LIST_REACH = 240;

/** An intro over a list of rates that ended: "The following IEEPA duties have ended:", "It killed the IEEPA ones:", "That removed, among others:". */
export function listOfEnded(intro: string): boolean {
  return marksFormer(intro) || KILLED.test(intro) || ENDS_WHAT_FOLLOWS.test(intro) || END_OF_WHAT_FOLLOWS.test(intro);
}
/** "That was the end of:" over a list. */
const END_OF_WHAT_FOLLOWS = /\b(?:that|this|it|which)\s+(?:was|is|marked|meant|spelled|spelt)\s+the\s+end\s+of\s*:?[*_]*\s*$/i;
const KILLED = /\b(?:killed|struck\s+down|invalidated|voided|threw\s+out|thrown\s+out|removed|scrapped|abolished|eliminated|repealed|revoked|rescinded|wiped\s+out|swept\s+away|sweeps\s+away)\b/i;

/**
 * The clause that introduces the list a figure stands in, "" when it stands in none:
 * "Every IEEPA rate has ended: the 10% baseline, … and the 40% Brazil tariff",
 * "CBP stopped collecting the duties, including the 10% baseline", "No longer apply: the 10% baseline; the 20% on Vietnam".
 */
function listIntro(sentence: string, at: number): string {
  const before = sentence.slice(Math.max(0, at - LIST_REACH), at); // bounded: a long line of figures must stay linear
  const mark = lastMatch(LIST_MARK, before);
  if (mark < 0) return '';
  const list = before.slice(mark);
  if (CLAUSE_AFTER_SEMICOLON.test(list) || VERB.test(list.replace(LEADING_LIST_MARK, ''))) return '';
  const intro = before.slice(0, mark).replace(/[\s,]+$/, '');
  // A short intro is one clause with its aside ("What went away, in our book:"); a long one's last clause introduces the list,
  // unless it only says the one before holds for it too ("… no longer applies, and neither do the country rates:").
  if (intro.length <= SHORT_INTRO) return intro;
  const lastClause = intro.slice(Math.max(intro.lastIndexOf(','), intro.lastIndexOf(';')) + 1);
  return LIKEWISE.test(lastClause) ? intro : lastClause;
}
/** A semicolon in a list may part its items ("the 10% baseline; the 20% on Vietnam; and the 25% …"), or else end it. */
const CLAUSE_AFTER_SEMICOLON = /;(?!\s*(?:and\s+|or\s+)?(?:the|an?)\s)/i;
/** A clause that says the one before it holds for it too: "and neither do the country rates", "so are Vietnam's", "Same for the 35% on Canada". */
const LIKEWISE = /^\W*(?:and\s+|but\s+)?(?:(?:neither|nor|so)\s+(?:do|does|did|is|are|was|were|has|have|had)\b|(?:the\s+)?same\s+(?:goes\s+|is\s+true\s+)?for\b)/i;

/** "… is history. So are the country rates: the EU's 15%, …": a sentence that says the end the one before it tells of holds for its rates too. */
export function endedAsTheOneBefore(sentence: string, before: string): boolean {
  return (LIKEWISE.test(sentence) && (marksFormer(before) || KILLED.test(before))) || (COVERED_BY_THE_ONE_BEFORE.test(sentence) && REFUNDED.test(before));
}
/** "Importers can seek refunds. That includes the 145% charged …", a newsletter's "Covers the fentanyl duties and Brazil's 40%", "Biggest chunks: the 20% …": what the sentence before refunds. */
const COVERED_BY_THE_ONE_BEFORE = /^\W*(?:(?:[Tt]hat|[Tt]his|[Tt]hese|[Ii]t|[Tt]hey)\s+(?:also\s+)?(?:includes?|covers?|applies\s+to|extends\s+to)|(?:Covers|Includes|Applies\s+to|Extends\s+to)|(?:[Tt]he\s+)?(?:[Bb]iggest|[Ll]argest|[Mm]ain)\s+(?:chunks?|items?|amounts?|ones?)\s*(?::|\b(?:are|were|is|was)\b))/;
const REFUNDED = /\brefund(?:s|ed|able)?\b/i;
const SHORT_INTRO = 40;

function beforeAsAdverb(sentence: string, figure: Figure): boolean {
  const lead = sentence.slice(Math.max(0, figure.start - 100), figure.start); // bounded: the adverb stands just before
  return /before/i.test(lead) && (BEFORE_AS_ADVERB.test(lead) || BEFORE_THE_EVENT_LEAD.test(lead));
}
/** "so China is interesting before the ruling Chinese goods were paying twenty percent": an event gone by, then the past. */
const BEFORE_THE_EVENT_LEAD = new RegExp(String.raw`\b${BEFORE_AN_EVENT}\s*,?\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|had\s+been|paid|faced|stood)\b[^;,]*$`, 'i');

/** "That ended the 10% baseline tariff, the 35% duty on …, and China's 20% combined rate": a list the words before it end. */
function listEndedBefore(sentence: string, figure: Figure): boolean {
  const before = sentence.slice(Math.max(0, figure.start - 240), figure.start); // bounded: a list's items are near
  if (!/\b(?:end|remov|scrap|elimin|abolish|wipe|kill|struck|swe)/i.test(before)) return false; // most sentences end nothing
  const at = lastMatch(ENDS_A_LIST, before);
  if (at < 0) return false;
  const list = before.slice(at).replace(ENDS_A_LIST_AT, '');
  // Nor past a new action: "The ruling killed the 10% baseline and the White House then put a 25% surcharge …".
  return !VERB_IN_LIST.test(list) && !NEW_ACTION.test(list);
}
// "That removed, at a stroke, the reciprocal rates (…), China's 20% stack, …" ends a list as "that ended" does.
const LIST_ENDING_VERB = String.raw`(?:end(?:s|ed)|remov(?:es|ed)|scrap(?:s|ped)|eliminat(?:es|ed)|abolish(?:es|ed)|wipe[sd]\s+out|kill(?:s|ed)|struck\s+down|sweeps\s+away|swept\s+away)`;
// Its subject a pronoun or a ruling: "The decision sweeps away the 10% baseline and the country rates …".
const SUBJECT_ENDS = String.raw`\b(?:that|this|which|it|the\s+(?:decision|ruling|judgment|judgement|court|order))\s+(?:also\s+)?${LIST_ENDING_VERB}`;
const ENDS_A_LIST = new RegExp(String.raw`${SUBJECT_ENDS}[\s,]`, 'gi');
// "For our members this ends:" over a list: what it ends is the list.
// "That ends, among others:": what follows is some of what it ends.
const ENDS_WHAT_FOLLOWS = new RegExp(String.raw`${SUBJECT_ENDS}(?:,?\s+(?:among\s+others|among\s+other\s+things|in\s+particular|notably|for\s+example))?,?\s*(?::[*_]*\s*)?$`, 'i');
const ENDS_A_LIST_AT = new RegExp(String.raw`^(?:the\s+)?\w+\s+(?:also\s+)?${LIST_ENDING_VERB}[\s,]`, 'i');
/** Between "that ended" and a figure: a stop or a verb of its own ends the list. */
const VERB_IN_LIST = /[.;:!?]|\b(?:is|are|was|were|pays?|paid|faces?|faced|carr(?:y|ies|ied)|remains?|stays?|now|still)\b/i;

/** "the 10% baseline and the country rates of up to 41%, all of which ceased …": a list the words after it end. */
function listEndedAfter(sentence: string, figure: Figure): boolean {
  const after = sentence.slice(figure.end, figure.end + 200); // bounded: the list ends near its figures
  return /which|th(?:ose|ese|em)/i.test(after) && ALL_OF_WHICH_ENDED.test(after);
}
// So does "…, the thirty-five percent on Canada, all of those stopped being collected".
const ALL_OF_WHICH_ENDED = /^[^;.]*?,\s*(?:\[\^?\w+\]\s*)?(?:all|both|each|none)\s+of\s+(?:which|those|these|them)\s+(?:have\s+|has\s+|had\s+)?(?:ceased|ended|expired|lapsed|stopped\s+being\s+(?:collected|charged|applied)|(?:were|was|have\s+been|has\s+been)\s+(?:lifted|removed|revoked|rescinded|struck\s+down|terminated|suspended))\b/i;

/**
 * A figure in brackets after words that end what the brackets list: "That ended the 10%
 * baseline and the country rates (Vietnam's 20%, India's 25%)", "Annex I (Lesotho 50%,
 * Madagascar 47%), suspended from 10 April".
 */
function bracketedUnderFormer(sentence: string, figure: Figure): boolean {
  // Bounded: a bracket opens and closes near its figures.
  const before = sentence.slice(Math.max(0, figure.start - 200), figure.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open)) return false;
  const head = before.slice(Math.max(0, open - 100), open);
  const headClause = head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf(';')) + 1);
  const close = sentence.slice(figure.end, figure.end + 200).indexOf(')');
  const tail = close < 0 ? '' : sentence.slice(figure.end + close + 1, figure.end + close + 200);
  return marksFormer(headClause) || endedAsObject(headClause) || LIST_ENDED_AFTER.test(tail) || ENDED_AFTER.test(tail) || SUBJECT_LIST_ENDED_AFTER.test(tail);
}
/** "The duties on Canada (35%), Mexico (25%) and China (10%) also ended": the other items of the list, then a verb that ends them all. */
const SUBJECT_LIST_ENDED_AFTER = /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)[^(),.;:]{1,40}\([^()]{1,60}\))*\s+(?:(?:also|all|both|have|has|then|likewise)\s+)*(?:ended|expired|lapsed|ceased|(?:were|was|have\s+been|has\s+been)\s+(?:struck\s+down|revoked|rescinded|terminated|lifted|scrapped|dropped|removed)|(?:are|is)\s+no\s+longer)\b/i;
const LIST_ENDED_AFTER = /^[\s,]*(?:(?:was|were|all|both|since|later)\s+)*(?:(?:suspended|paused|revoked|lifted|removed|rescinded|withdrawn|terminated|ended|stopped|ceased|expired|lapsed|scrapped|struck\s+down)\s+(?:from|on|since|after|in|by|as\s+of)\b|(?:ceased|stopped)\s+(?:to\s+be|being)\s+(?:collected|charged|applied|levied)\b|(?:were|was|have\s+been|has\s+been)\s+(?:struck\s+down|revoked|rescinded|terminated|lifted|scrapped)\b)/i;

/**
 * A condition that opens the figure's part of the sentence: "The truce runs to November 10;
 * if it lapses, the 34% rate comes back", "With Section 232 at 25%, coil would land at $850".
 */
function conditionOpensItsPart(sentence: string, figureStart: number, framing: SentenceFraming): boolean {
  // What the whole sentence holds is found once: a sentence of thousands of figures asks for each.
  const semicolons = (framing.semicolons ??= allMatches(/;/g, sentence).map((m) => m.start));
  const semicolon = semicolons[firstAtOrAfter(semicolons, figureStart) - 1] ?? -1;
  if ((semicolon > 0 && CONDITION_FIRST.test(sentence.slice(semicolon + 1, figureStart))) || (semicolon < 0 && (framing.opensWithCondition ??= WITH_CONDITION_FIRST.test(sentence))) || CONDITION_AFTER_AND.test(sentence.slice(Math.max(0, figureStart - 160), figureStart))) return true;
  // A chat message under its header line ("[16.05.2025 08:30] Li Wei | Ningbo Houseware Factory:"): the condition opens the message.
  const header = (framing.messageHeaderAt ??= sentence.indexOf(':\n'));
  return header > 0 && header < figureStart && CONDITION_FIRST.test(sentence.slice(header + 2, figureStart));
}
/** "…, and if the Supreme Court upholds the lower courts, the 15 percent …": a condition that opens the clause after "and". */
const CONDITION_AFTER_AND = /,\s*(?:and|but|or|so)\s+(?:if|unless)\s+[^,;:.]*,\s*[^,;:.]*$/i;

/**
 * Is the figure an object of what did away with it, or one of a list of them: "That killed the 10% baseline, the 15% deal rates
 * … and Canada's 35%"? Not a figure after a verb of its own ("… and then put a 15% surcharge in its place").
 */
function endedAsObject(lead: string): boolean {
  const killed = lastMatch(KILLED_ALL, lead);
  if (killed < 0) return false;
  const objects = lead.slice(killed).replace(KILLED, '');
  return !VERB.test(objects) && !NEW_ACTION.test(objects);
}
const KILLED_ALL = new RegExp(KILLED.source, 'gi');
const NEW_ACTION = /\b(?:then|put|puts|set|sets|imposed?|imposes|added|adds|introduced?|introduces|brought|brings|replaced|replaces|raised|raises|cut|cuts|lowered|kept|keeps|left|leaves)\b/i;
/** "Before that it was 27.5%, that is … the 25% of Section 232 were added": every clause tells of the time before the one just told. */
const OPENS_BEFORE_THAT = /^\W*(?:before|prior\s+to)\s+(?:that|then|this)\b(?!\s+(?:date|day|week|month|year)\b)/i;

function formerBySubject(sentence: string, figure: Figure): boolean {
  // Bounded: the subject opens the sentence, or the clause after its colon ("… a bigger jump: the old levy on it
  // was ten percent"), so only the first figures after it can be equated with it.
  if (figure.start > 400) return false;
  const colon = sentence.lastIndexOf(':', figure.start);
  const from = FORMER_SUBJECT_LEAD.test(sentence) ? 0 : colon >= 0 && FORMER_SUBJECT_LEAD.test(sentence.slice(colon + 1, figure.start)) ? colon + 1 : -1;
  if (from < 0) return false;
  const before = sentence.slice(from, figure.start);
  return !before.includes(';') && !TURN_IN_TIME.test(before);
}

/** "Exporters that paid the 25% rate on those entries may request refunds": what was paid and is now to be refunded held then, not now. */
const PAID_BEFORE = /\bpaid\s+(?:the\s+|a\s+|an\s+)?$/i;
const REFUND_SOUGHT_AFTER = /^[^.;]*?\b(?:request|claim|seek|apply\s+for|file\s+for|(?:are|is|be)\s+(?:now\s+)?(?:due|owed|entitled\s+to)|get|receive|obtain)\s+(?:a\s+|their\s+|full\s+|partial\s+)?refunds?\b/i;
/** "from 27.5% to", "from 25% all-in down to", a script's "FROM TWENTY-FIVE PERCENT ... TO": a change's start. */
// So is "from a 20% stack to the 10% surcharge", the figure's tariff noun between.
const FROM_TO_AFTER = /^\s*(?:\.{3}|…)?\s+(?:(?:all-in|combined|overall|in\s+total)\s+)?(?:(?:[\w-]+\s+)?(?:stack|rate|tariff|duty|levy|level|charge|surcharge|load|burden|total|baseline)\s+)?(?:(?:down|up|back)\s+)?to\s+/i;

/**
 * The words that lead to a figure: its own, or, for an item whose verb is left out ("is set to go to 50% on
 * January 1 and the furniture rate to 30%"), those of the move told before it, whose verb it shares.
 */
function leadOfMove(sentence: string, start: number, figureStart: number): string {
  const own = sentence.slice(start, figureStart);
  if (!GAPPED_MOVE.test(own)) return own;
  const earlier = sentence.slice(Math.max(0, start - 120), start);
  const move = lastMatch(MOVE_TO_A_FIGURE, earlier);
  return move < 0 ? own : sentence.slice(Math.max(0, start - 120) + lastClauseStart(earlier.slice(0, move)), figureStart);
}
/** "and the furniture rate to", "while sofas to": an item that names its goods and a level, not its verb. */
const GAPPED_MOVE = /^\W*(?:and|while|but|whereas)\s+(?:the\s+|its\s+|their\s+)?(?:(?!(?:is|are|was|were|will|would|be|been|has|have|had|go|goes|went|gone|rose|rises|fell|falls|up|down|back|cut|raised|lowered|reduced|increased|from)\b)[\w'’-]+\s+){1,3}to\s+(?:about\s+|around\s+|roughly\s+)?$/i;
const MOVE_TO_A_FIGURE = /\bto\s+(?:about\s+|around\s+|roughly\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per\s?cent\b)/gi;
/** Where the clause that ends a text starts: after its last semicolon, colon or full stop. */
function lastClauseStart(text: string): number {
  return Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf('. ')) + 1;
}

/** How the sentence frames the figure; `nextFigureStart`: where the figure after it starts, else the sentence's end. */
function framingOf(sentence: string, figure: Figure, governing: { start: number; end: number }, nextFigureStart: number, framing: SentenceFraming): Framing {
  const clause = sentence.slice(governing.start, governing.end);
  const lead = leadOfMove(sentence, governing.start, figure.start);
  if (reportedFigure(figure, governing, framing) || insideQuotation(sentence, figure, framing.quotationMarks, framing.quotationRunsOn) || mythLabel(sentence, figure.start) || DECLARED_AT_BEFORE.test(sentence.slice(Math.max(0, figure.start - 60), figure.start)) || (AS_RIGHT_BEFORE.test(sentence.slice(Math.max(0, figure.start - 12), figure.start)) && MISSTATED_AS_BEFORE.test(sentence.slice(Math.max(0, figure.start - 160), figure.start))) || SO_CALLED_BEFORE.test(sentence.slice(Math.max(0, figure.start - 40), figure.start)) || NEWS_HEADLINE_AFTER.test(sentence.slice(figure.end, figure.end + 40)) || TAKEN_BACK_AFTER.test(sentence.slice(figure.end, figure.end + 200))) return 'reported';
  const beforeFigure = sentence.slice(Math.max(0, figure.start - 30), figure.start);
  // Short patterns that end at the figure are tried on the words near it only, not on all its governing words.
  const nearBefore = sentence.slice(Math.max(0, figure.start - 60), figure.start);
  // "was doubled on March 4 from the 10%": the change and its date may stand further back than the words right before.
  if (FROM_BEFORE.test(beforeFigure) && !RANGING_FROM_BEFORE.test(beforeFigure) && (FROM_TO_AFTER.test(sentence.slice(figure.end, figure.end + 24)) || CHANGED_FROM.test(nearBefore))) return 'former';
  // The words after the figure, up to the next one.
  const after = sentence.slice(figure.end, nextFigureStart);
  if (ARROW_TO_NEXT.test(after) || THEN_TO_NEXT.test(after) || (NOW_THE_NEXT.test(after) && (PAST_VERB_BEFORE.test(lead) || THEN_BEFORE.test(beforeFigure))) || soHasTheNext(sentence.slice(Math.max(0, figure.start - 120), figure.start))) return 'former';
  // The clause that introduces the list the figure stands in, if any: it may say the list's rates ended, or threaten them.
  const intro = listIntro(sentence, figure.start);
  if (marksFormer(clause) || endedAsObject(lead) || (OPENS_BEFORE_THAT.test(sentence) && !PRESENT_WORDS.test(clause)) || REPLACED_BEFORE.test(lead) || REPLACED_AFTER.test(after) || AND_IT_ENDED_AFTER.test(after) || ALL_HISTORY_AFTER.test(after) || (REPLACE_BEFORE.test(lead) && WITH_AFTER.test(after)) || WHEN_IT_WAS_BEFORE.test(lead) || PERIOD_OF_THE_RATE_BEFORE.test(sentence.slice(Math.max(0, figure.start - 40), figure.start)) || listOfEnded(intro) || ENDED_AFTER.test(after) || GONE_AND_SO_IS_BEFORE.test(sentence.slice(Math.max(0, figure.start - 120), figure.start)) || ENDED_AFTER_ASIDE.test(sentence.slice(figure.end, figure.end + 200)) || ENDED_WITH_THE_NEXT_AFTER.test(sentence.slice(figure.end, figure.end + 120)) || OLD_IN_BRACKETS_AFTER.test(after) || ANNOUNCED_THEN_AFTER.test(after) || CHANGED_AFTER.test(after) || toldAfterAPastLead(sentence, figure, framing) || formerBySubject(sentence, figure) || beforeAsAdverb(sentence, figure) || bracketedUnderFormer(sentence, figure) || listEndedAfter(sentence, figure) || listEndedBefore(sentence, figure) || (PAID_BEFORE.test(beforeFigure) && REFUND_SOUGHT_AFTER.test(sentence.slice(figure.end, figure.end + 160)))) return 'former';
  // The figure's words and those after it, up to the next figure.
  const toNextFigure = sentence.slice(governing.start, nextFigureStart);
  if (/^\W*(?:if|unless)\b/i.test(clause) || IN_CASE_BEFORE.test(nearBefore) || CONDITION_FIRST.test(sentence) || conditionOpensItsPart(sentence, figure.start, framing) || CONDITIONAL_BEFORE.test(lead) || SUPPOSED_LEVEL_BEFORE.test(nearBefore) || POSTPONED_BEFORE.test(lead) || POSTPONED_AFTER.test(after) || (PUT_BEFORE.test(lead) && ON_HOLD_AFTER.test(after)) || MODAL_TO_BEFORE.test(lead) || modalChange(sentence, figure, nearBefore) || NOT_RISEN_TO_BEFORE.test(beforeFigure) || NEVER_PAID_BEFORE.test(beforeFigure) || NOTHING_PAYS_LEAD.test(lead) || (EITHER_BEFORE.test(lead) && OR_AFTER.test(after)) || POSSIBLE_BEFORE.test(lead) || CONDITIONAL_TARGET.test(lead) || DEAL_TARGET_BEFORE.test(lead) || LIMIT_BEFORE.test(lead) || (CAPPED_BEFORE.test(lead) && BY_LAW_AFTER.test(after)) || SUSPENDED_PART_BEFORE.test(beforeFigure) || NOT_TO_USE_BEFORE.test(sentence.slice(Math.max(0, figure.start - 110), figure.start)) || (EDIT_OUT_BEFORE.test(lead) && OUT_OF_THE_TEXT_AFTER.test(after)) || SUSPENDED_PART_AFTER.test(after) || RETURNS_AFTER.test(after) || WISHED_BEFORE.test(lead) || NEGOTIATED_BEFORE.test(lead) || ANNOUNCED_BEFORE.test(lead) || PRICED_IN_BEFORE.test(lead) || PRICED_IN_AFTER.test(after) || (HYPOTHESIS_AFTER.test(after) && HYPOTHESIS_SUBJECT_LEAD.test(lead)) || (COUNTERFACTUAL_LEAD.test(lead) && COUNTERFACTUAL_AFTER.test(after)) || (CHOICE_NOT_MADE_LEAD.test(lead) && WOULD_HAVE_AFTER.test(after)) || (SUPPOSED_CHANGE_LEAD.test(lead) && WOULD_AFTER.test(sentence.slice(figure.end, figure.end + 80))) || PROMISED_TARGET_AFTER.test(after) || AS_IF_BEFORE.test(lead) || CONDITIONAL_IN_CLAUSE.test(clause) || CONDITION_AFTER.test(after) || (ANNOUNCED_AFTER.test(after) && ANNOUNCED_NAMED_LEAD.test(lead)) || (FIGURE_EXPLAINED_AFTER.test(after) && ANNOUNCED_AFTER.test(after.replace(FIGURE_EXPLAINED_AFTER, ' '))) || framing.askedWhetherEnd <= figure.start || NOT_ASSERTED.test(clause) || NOT_THE_FIGURE_BEFORE.test(sentence.slice(Math.max(0, figure.start - 40), figure.start)) || NEVER_APPLIED.test(toNextFigure) || HEARSAY.test(toNextFigure) || NOT_APPLIED_AFTER.test(after) || ((framing.asksAQuestion || questionedAfter(sentence, figure.end)) && !asksOfItsOwnAfter(sentence, figure.end) && !asksOnlyToConfirm(sentence, figure.end) && !ASKS_WHY_STILL_BEFORE.test(nearBefore)) || answerOption(sentence, figure, framing) || TRUE_OR_FALSE.test(sentence) || SCENARIO.test(clause) || scenarioLabel(sentence, figure.start) || (framing.supposedAt >= 0 && framing.supposedAt < figure.start) || (framing.tariffLetterAt >= 0 && framing.tariffLetterAt < figure.start)) return 'conditional';
  // "The Section 232 part of that figure falls to 12.5%", "Of that 15%, the Section 232 share is 12.5%": a part worked out of a total, which no fact records.
  if (PART_WORKED_OUT_BEFORE.test(sentence.slice(Math.max(0, figure.start - 100), figure.start))) return 'conditional';
  // "A 5% duty on a consignment valued at $20,000 comes to $1,000": an illustration.
  if (INDEFINITE_LEAD.test(lead) && ILLUSTRATION_AFTER.test(after)) return 'conditional';
  // "letters threaten new rates, including 30% on the EU and 25% on Japan": what a list's intro threatens or proposes.
  if (CONDITIONAL_BEFORE.test(intro)) return 'conditional';
  if (FUTURE_BEFORE.test(lead) || AGREED_TO_BEFORE.test(lead) || ABOUT_TO_BEFORE.test(nearBefore) || FUTURE_AFTER.test(after)) return 'future';
  return 'plain';
}
const INDEFINITE_LEAD = /^\W*(?:(?:e\.g\.|for\s+example|say),?\s+)?an?\s+$/i;
const ILLUSTRATION_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:duty|tariff|rate)\s+on\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:consignment|shipment|order|entry|invoice|item|product|car|container|pallet|parcel|package)\s+(?:valued|worth|priced|costing)\s+at\b/i;
const PART_WORKED_OUT_BEFORE = /\b(?:part|share|portion|component|slice)\s+of\s+(?:that|this|the|which)\s+(?:\d+(?:\.\d+)?\s?%\s+)?(?:all-in\s+|combined\s+|total\s+)?(?:figure|rate|total|number|charge)\b[^.;]{0,60}$|^\W*of\s+(?:that|this|the)\s+\d+(?:\.\d+)?\s?%\s*,[^.;]{0,60}$/i;

/** "Q3. Reciprocal rate?   a) 39%   b) 31%   c) 15%": an option of a multiple-choice question, one of several, none of them asserted. */
function answerOption(sentence: string, figure: Figure, framing: SentenceFraming): boolean {
  return OPTION_BEFORE.test(sentence.slice(Math.max(0, figure.start - 8), figure.start)) && (framing.answerOptions ??= sentence.match(OPTIONS)?.length ?? 0) >= 2;
}
/** An option's letter, maybe with an article before its figure: "a) 46%", "(b) the 10% baseline". */
const OPTION_BEFORE = /(?:^|[\s(])[a-eA-E]\)\s*(?:(?:the|a|an)\s+)?$/;
const OPTIONS = /(?:^|[\s(])[a-eA-E]\)\s*(?:(?:the|a|an)\s+)?\d/g;

// ---------------------------------------------------------------------------------
// Scope

/**
 * Words that name every partner ("all countries", "the rest of the world", "everyone except China"); not a comparison with them
 * ("the highest of any major partner", "higher than that of almost every country in our region").
 */
const EVERY_PARTNER = /\b(?=(?:all|every|each|any)\s)(?<!\b(?:highest|lowest|largest|biggest|steepest|heaviest|harshest|toughest|worst|best|most|least)\s+(?:[\w-]+\s+)?(?:of|among|for)\s+)(?<!\bthan\s+(?:(?:that|those)\s+(?:of|for)\s+)?(?:almost\s+|nearly\s+|virtually\s+)?)(?:all|every|each|any)\s+(?:(?:of\s+(?:its|the|our)\s+)|(?:the\s+)|(?:(?!(?:member|registered|our|local|domestic|small|american|us)\b)[\w-]+\s+)?)?(?:countries|country|partners|partner|nations|nation|economies|trading\s+partners|trade\s+partners|exporters|suppliers|origins|origin(?!\s+[A-Z]))\b|(?<!\b(?:some|one|an|a|another|any)\s+)\b(?:other|most)\s+(?:(?:of\s+(?:its|the|our)\s+)|(?:the\s+)|(?:[\w-]+\s+)?)?(?:countries|partners|nations|economies|trading\s+partners|trade\s+partners|exporters|suppliers|origins|places)\b|\b(?:countries|partners|nations)\s+(?:without|with\s+no|that\s+(?:have|had|got|get)\s+no|that\s+(?:never|did\s+not|didn['’]?t|do\s+not|don['’]?t|have\s+not|haven['’]?t)\s+(?:got|get|gotten|have|had|struck|signed|reached)|lacking)\s+(?:a\s+|any\s+|their\s+own\s+)?(?:deal|agreement|arrangement|framework|(?:country-specific\s+|specific\s+|own\s+)?rate)s?\b|\b(?:most|all|any)\s+(?:new\s+|other\s+)?import(?:ed\s+[a-z-]+|s)\b(?!\s+(?:from|of|by|in)\s+(?!elsewhere\b|abroad\b|overseas\b))|\b(?:universal|across-the-board|(?<!\b(?:highest|lowest|largest|biggest|steepest|heaviest|harshest|toughest|worst|best|most|least)\s+(?:[\w-]+\s+){0,2})(?:global(?:ly)?|worldwide)|everyone\s+else|everybody\s+else|everywhere\s+else|(?:built|made|produced|manufactured|assembled|grown|sourced|originating|from)\s+elsewhere|(?:everyone|everybody)(?=\s+(?:but|except|apart\s+from|other\s+than)\s+[A-Z])|(?:the\s+)?rest\s+of\s+the\s+world|foreign(?=\s+(?:goods|products|imports|cars|vehicles|autos|steel|aluminum|aluminium|parts|brands|wine|furniture|suppliers|makers)\b)|imported(?=\s+(?:goods|products|cars|vehicles|autos|steel|aluminum|aluminium|parts|wine|furniture)\b(?!\s+(?:from|of|by|in|made)\b)))\b/gi;
const PARTNER_NOUN = String.raw`(?:country|nation|economy|trading\s+partner|trade\s+partner)\b`;
/** "the hardest-hit", "the most exposed" (not "the Midwest"). */
const THE_SUPERLATIVE = String.raw`the\s+(?:(?!(?:mid)?west\b)\w{2,}est(?:-\w+)?|most\s+[\w-]+)\s+(?:[\w-]+\s+)?`;
/** "a European country whose 39% rate was cut", "another trading partner", "the hardest-hit country": one, not said which ("a country-specific rate" is not one). */
const ONE_UNNAMED_PARTNER = new RegExp(String.raw`\b(?:(?:a|an|one|another|some|a\s+certain)\s+(?:[\w-]+\s+){0,2}?|${THE_SUPERLATIVE})${PARTNER_NOUN}(?!-)`, 'i');
const COUNTRY_NOUN = /countr|nation|econom|partner/i;
/** "to 41% on the highest-rated country": the figure is one partner's, not said which, whatever "most partners" before it says. */
const SUPERLATIVE_PARTNER_AFTER = new RegExp(String.raw`^\S+(?:\s+(?:percent|per\s+cent|pct))?\s+(?:on|for|against)\s+(?:goods\s+from\s+)?${THE_SUPERLATIVE}${PARTNER_NOUN}`, 'i');
/** "paid the 10% baseline like everybody else", "25%, same as everyone else": a comparison with every partner, which makes none of them the figure's. */
const COMPARED_BEFORE = /\b(?:like|unlike|(?:the\s+)?same\s+as|as\s+for)\s+$/i;
/** "kept 25% when everyone else doubled": the rest set against the figure's partner. */
const CONTRASTED_BEFORE = /\b(?:when|while|whilst|whereas)\s+$/i;
const THE_REST = /\b(?:else|rest)\b/i;
const OUR = /\bour\s/i;
/** The same, tested once. */
const EVERY_PARTNER_IN = new RegExp(EVERY_PARTNER.source, 'i');
/** `text` with its words for every partner ("most countries", "all partners") blanked, each character a space. */
export function withoutEveryPartner(text: string): string {
  return text.replace(EVERY_PARTNER, (words) => ' '.repeat(words.length));
}

// Reading a claim's scope runs for every figure; these lists hold a few names, so they
// are built in plain loops, a scan standing in for a Set.

/** The partners the mentions name (as partners), each once, in order of first mention; with `span`, only those within it. */
export function partnerCodesOf(mentions: PartnerMention[], span?: Match): string[] {
  const codes: string[] = [];
  for (const m of mentions) if (m.role === 'partner' && (!span || within(m, span))) addNew(codes, m.code);
  return codes;
}

/**
 * "🇮🇩 Indonesia (Bali silver) 32%" over "🇨🇦 Canada (Ammolite) 35%": when the governing words run on to
 * the next line, the partners on the figure's own line are its partners: those of its governing words there, else the
 * nearest before it (undefined when the line names none).
 */
function onFigureLine(sentence: string, span: Match, figureStart: number, mentions: PartnerMention[]): string[] | undefined {
  const after = sentence.slice(figureStart, span.end);
  const newline = after.indexOf('\n');
  if (newline < 0) return undefined;
  // A sentence wrapped onto the next line mid-phrase ("84 percent tariffs\non American goods") is read as if on one line.
  if (wrapsOn(sentence, figureStart + newline)) return undefined;
  const inSpan = partnerCodesOf(mentions, { start: span.start, end: figureStart + newline });
  if (inSpan.length) return inSpan;
  // Else the partner nearest before it on its line, as "Indonesia" before "(Bali silver)".
  const lineStart = figureStart - lineBefore(sentence, figureStart).length;
  const nearest = mentions.filter((m) => m.role === 'partner' && m.start >= lineStart && m.end <= figureStart).pop();
  return nearest ? [nearest.code] : undefined;
}

/**
 * "Goods that don't qualify pay 25%, except Canadian energy and potash at 10%": each partner left out of the figure
 * is named with goods the figure's own words do not name, so the exception takes those goods out, not that partner
 * (unlike "Steel pays 50%, except British steel at 25%"), and the figure's partner is lent as if none were named.
 */
function exceptsOnlyOtherGoods(mentions: PartnerMention[], ownMentions: PartnerMention[], products: PhraseMatch[], span: Match, figureStart: number): boolean {
  const ownGoods = products.filter((p) => within(p, span) && p.end <= figureStart).flatMap((p) => p.keys);
  return mentions.every((m) => ownMentions.includes(m) || products.some((p) => p.start >= m.end && p.start - m.end <= 1 && !p.keys.some((k) => ownGoods.includes(k))));
}

/** Whether every partner the sentence names stands in the governing words of a figure other than the one of `span`. */
function namedOnlyForOthers(sentence: string, mentions: PartnerMention[], span: Match, figureSpans: Match[]): boolean {
  const partners = mentions.filter((m) => m.role === 'partner');
  const holders = figuresHolding('partners', partners, figureSpans);
  // The rest of a list that goes on from a held partner are held with it: "25% for the UK, Canada and Japan".
  let previous: Holder | undefined;
  return partners.every((m, i) => {
    const holder = holders.get(m) ?? (i > 0 && LIST_JOIN.test(sentence.slice(partners[i - 1].end, m.start)) ? previous : undefined);
    previous = holder;
    return heldByAnother(holder, span);
  });
}

/** Every partner but some: "other countries", "everyone else", "the rest of the world". */
const THE_OTHERS = /\b(?:other|others|else|rest)\b/i;
/** Before every partner a figure is set against: "well above the rate ", "higher than ", "compared with ". */
/** "like ", "just like the ", "same as ": a partner the figure is likened to. */
/** A sentence that opens on bare rates, going on with the topic before it: "Rates run from 17% …", "The standard rate is 20%". */
const RATES_OPEN_SENTENCE = /^\W*(?:the\s+)?(?:(?:standard|reduced|usual|top|lower|higher)\s+)?rates?\b/i;
const APPOSITIVE_LEVEL_BEFORE = /\b(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?)\b(?:\s+(?:on|for|of)\s+[^,;:.()]{1,40})?,\s*(?:(?:still|now|currently|today|at|about|around|roughly|only|just|already)\s+)?$/i;
/** Where buyers turn instead: "looking at ", "switching to ", "sourcing from ". */
const TURNED_TO_BEFORE = /\b(?:look(?:s|ing)?\s+at|switch(?:es|ed|ing)?\s+to|mov(?:e|es|ed|ing)\s+(?:orders\s+|production\s+)?to|shift(?:s|ed|ing)?\s+(?:orders\s+|production\s+)?to|turn(?:s|ed|ing)?\s+to|sourc(?:e|es|ed|ing)\s+from)\s+$/i;
const LIKENED_TO_BEFORE = /\b(?:like|same\s+as|as\s+(?:for|with)|along\s+with)\s+(?:the\s+)?$/i;
const FIGURE_COMPARED_BEFORE = /\b(?:above|below|than|compared\s+(?:with|to)|relative\s+to|versus|vs\.?|unlike)\s+(?:[\w'’-]+\s+){0,6}?$/i;

/** Is every "every partner" match held by the words of a figure other than the one of `span`? */
function everyPartnerHeldOnlyByOthers(matches: Match[], span: Match, figureSpans: Match[]): boolean {
  const holders = figuresHolding('everyPartner', matches, figureSpans);
  return matches.every((m) => heldByAnother(holders.get(m), span));
}

/** Several figures' own words hold a match. */
const SEVERAL = Symbol('several figures');
type Holder = Match | typeof SEVERAL;
/** Is a match held by (the words of) a figure other than the one of `span`? */
const heldByAnother = (holder: Holder | undefined, span: Match) => holder !== undefined && holder !== span;

/**
 * Which figures' own words hold each of a sentence's partners, goods or measures: the one
 * figure whose words do, or several (a match none holds is left out). Found once a sentence
 * by one sweep over both in order: asked for each figure, of every match against every
 * figure, a sentence of 8,000 figures, some naming no partner, took over two minutes.
 */
function figuresHolding(kind: 'partners' | 'everyPartner' | 'products' | 'measures', matches: readonly Match[], figureSpans: Match[]): ReadonlyMap<Match, Holder> {
  let ofSentence = HOLDERS.get(figureSpans);
  if (!ofSentence) HOLDERS.set(figureSpans, (ofSentence = new Map()));
  let holders = ofSentence.get(kind);
  if (holders) return holders;
  holders = new Map();
  const spans = [...figureSpans].sort((a, b) => a.start - b.start);
  let next = 0;
  // Of the spans that start at or before the match: the one that reaches furthest, and how far the next furthest reaches.
  let furthest: Match | undefined;
  let secondReach = -1;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    for (; next < spans.length && spans[next].start <= m.start; next++) {
      const s = spans[next];
      if (!furthest || s.end > furthest.end) [secondReach, furthest] = [furthest?.end ?? -1, s];
      else secondReach = Math.max(secondReach, s.end);
    }
    if (furthest && furthest.end >= m.end) holders.set(m, secondReach >= m.end ? SEVERAL : furthest);
  }
  ofSentence.set(kind, holders);
  return holders;
}
const HOLDERS = new WeakMap<Match[], Map<string, Map<Match, Holder>>>();

function namedOnlyInAsides(sentence: string, mentions: PartnerMention[], figureStart: number): boolean {
  return mentions.every((m) => m.role !== 'partner' || inAsideWithout(sentence, m, figureStart));
}

/**
 * "Cars pay the 25% duty, but Japanese ones have paid 15% … under the U.S.–Japan agreement", "Autos: 25% — but EU and Japanese cars pay 15%":
 * every partner is named past a contrast after the figure.
 */
function namedOnlyPastContrast(sentence: string, mentions: PartnerMention[], figureStart: number): boolean {
  const contrast = sentence.slice(figureStart).search(CONTRAST_AFTER);
  return contrast >= 0 && mentions.every((m) => m.role !== 'partner' || m.start > figureStart + contrast);
}
const CONTRAST_AFTER = /(?:[,;\u2014\u2013]|\s-)\s*(?:but|whereas)\s/i;

/** Is the match inside brackets that do not hold the figure? */
function inAsideWithout(sentence: string, m: Match, figureStart: number): boolean {
  const open = sentence.lastIndexOf('(', m.start);
  if (open < 0 || sentence.lastIndexOf(')', m.start) > open) return false;
  const close = sentence.indexOf(')', m.end);
  return close >= 0 && (figureStart < open || figureStart > close);
}

function addNew<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

/** Does some match (of matches in order of their start) lie within the span (`inside`), or some outside it? */
function someWhere(ms: Match[], span: Match, inside: boolean): boolean {
  if (inside) return matchesWithin(ms, span).length > 0;
  for (const m of ms) if (!within(m, span)) return true;
  return false;
}

/**
 * The matches (in order of their start) that lie within the span, found by halving:
 * each figure of a sentence of thousands asks for those of its own words.
 */
function matchesWithin<T extends Match>(ms: T[], span: Match): T[] {
  const from = firstIndex(ms, 0, ms.length, (m) => m.start >= span.start);
  const to = firstIndex(ms, from, ms.length, (m) => m.start >= span.end);
  return ms.slice(from, to).filter((m) => m.end <= span.end);
}

/** The keys the phrases (in order of their start) name, each once, in order; with `span`, only those of the phrases within it (`inside`) or outside it. */
export function phraseKeysOf(ms: PhraseMatch[], span?: Match, inside = true): string[] {
  const keys: string[] = [];
  for (const m of span && inside ? matchesWithin(ms, span) : ms) if (!span || inside || !within(m, span)) for (const k of m.keys) addNew(keys, k);
  return keys;
}

/** Goods named in a figure's own words after it: "to 50% on steel". */
/** "go from 20% reciprocal to 25% under Section 232": a measure the figure is put under makes it no range's end but a rate of its own. */
function ownMeasureAfter(sentence: string, measures: PhraseMatch[], figure: Figure, span: Match): boolean {
  return measures.some((m) => m.start >= figure.end && within(m, span) && UNDER_MEASURE_BETWEEN.test(sentence.slice(figure.end, m.start)));
}
const UNDER_MEASURE_BETWEEN = /^\s*(?:under|per|by)\s+(?:the\s+|a\s+)?$/i;
function ownGoodsAfter(products: PhraseMatch[], figure: Figure, span: Match): boolean {
  return products.some((m) => m.start >= figure.end && within(m, span));
}

/** Goods named without saying which: "non-USMCA goods", "everything else". */
const OWN_GOODS = /\b(?:goods|products|merchandise|everything|items)\b/i;

/** The words that narrow a claim to some measures: the keys that do not change its scope, and the phrases themselves. */
function narrowingWords(ms: PhraseMatch[]): string[] {
  const words: string[] = [];
  for (const m of ms) {
    for (const k of m.keys) if (!SCOPE_CHANGING_MEASURES.has(k)) addNew(words, k);
    addNew(words, m.phrase);
  }
  return words;
}

/** Reads every tariff claim in one sentence. */
type Match = { start: number; end: number };
type PhraseMatch = ReturnType<PhraseMatcher['find']>[number];

/** Everything a sentence names, found once: searching it again per figure is quadratic on a long line. */
export interface SentenceMatches {
  mentions: PartnerMention[];
  measures: PhraseMatch[];
  products: PhraseMatch[];
  /** The keys the products name (phraseKeysOf), found once: each figure of a long sentence asks. */
  productKeys: string[];
  everyPartner: Match[];
  /** "an Asian country", "another trading partner": one partner, not named. */
  namesOneUnnamed: boolean;
  /** Where "our steel", "our exporters" first stands (see OUR_GOODS), else -1. */
  ourGoodsAt: number;
  /** Whether a tariff line's number outside chapter 99 stands in it ("7616.99.5190"; see onTariffScheduleLine). */
  namesTariffLine: boolean;
  effectiveRate: Match[];
  mentionsTariff: boolean;
  /** Measures added to another: "reciprocal + fentanyl", "the reciprocal rate plus the fentanyl duty". */
  addedTogether: PhraseMatch[];
  /** Measures said to be added: "the Russian-oil penalty added", "the fentanyl duty on top". */
  saidAdded: PhraseMatch[];
}

// A phrase may break across lines, as wrapped text does ("the effective tariff\nrate").
const EFFECTIVE_RATE = new RegExp(EFFECTIVE_RATE_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|'), 'gi');

function allMatches(global: RegExp, text: string): Match[] {
  const out: Match[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** What a sentence names: partners, measures, products and the words that widen or qualify a scope. */
export function matchesIn(sentence: string, ctx: Pick<ReadingContext, 'measures' | 'products'>): SentenceMatches {
  const measures = notDenied(sentence, ctx.measures.find(sentence));
  const products = productsOutside(sentence, ctx.products.find(sentence), measures);
  return {
    mentions: partnersIn(sentence),
    measures,
    products,
    productKeys: phraseKeysOf(products),
    everyPartner: allMatches(EVERY_PARTNER, sentence).filter((m) => !COMPARED_BEFORE.test(sentence.slice(Math.max(0, m.start - 12), m.start)) && !(CONTRASTED_BEFORE.test(sentence.slice(Math.max(0, m.start - 8), m.start)) && THE_REST.test(sentence.slice(m.start, m.end)))),
    // Each looked for only where its noun or "our" stands: most sentences have neither.
    namesOneUnnamed: COUNTRY_NOUN.test(sentence) && ONE_UNNAMED_PARTNER.test(sentence),
    ourGoodsAt: OUR.test(sentence) ? sentence.search(OUR_GOODS) : -1,
    namesTariffLine: SCHEDULE_LINE_NUMBER.test(sentence),
    effectiveRate: allMatches(EFFECTIVE_RATE, sentence),
    mentionsTariff: namesTariff(sentence),
    ...measuresAdded(sentence, measures),
  };
}

/** "not subject to any Section 232 or Section 301 action", "no fentanyl duty": a measure the sentence denies is none of its figures'. */
function notDenied(sentence: string, measures: PhraseMatch[]): PhraseMatch[] {
  if (!measures.length || !DENIAL_WORD.test(sentence)) return measures;
  let deniedEnd = -1;
  return measures.filter((m) => {
    const denied = DENIED_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start)) || (deniedEnd >= 0 && LIST_JOIN.test(sentence.slice(deniedEnd, m.start)));
    if (denied) deniedEnd = m.end;
    return !denied;
  });
}
const DENIAL_WORD = /\b(?:not|no|without|nor|outside)\b/i;
/** "not subject to any Section 232 duty", "goods outside Section 232", "not covered by Section 232". */
const DENIED_BEFORE = /\b(?:not\s+(?:subject\s+to\s+|covered\s+by\s+)?(?:any|a|an|the)?|no|without(?:\s+any)?|nor(?:\s+any)?|outside(?:\s+(?:of\s+)?(?:the|any))?)\s+$/i;

/** The measures of a sentence added to another or said to be added; most sentences have no "+", "plus", "added" or "on top". */
function measuresAdded(sentence: string, measures: PhraseMatch[]): Pick<SentenceMatches, 'addedTogether' | 'saidAdded'> {
  const addedTogether: PhraseMatch[] = [];
  const saidAdded: PhraseMatch[] = [];
  if (measures.length && ADDING_WORD.test(sentence)) {
    measures.forEach((m, i) => {
      if (ADDED_AFTER.test(sentence.slice(m.end, m.end + 32))) saidAdded.push(m);
      // Measures are in order of their start; the next one after this one ends, and any starting with it.
      let next = i + 1;
      while (next < measures.length && measures[next].start < m.end) next++;
      if (next === measures.length || !ADDED_TO.test(sentence.slice(m.end, measures[next].start))) return;
      addNew(addedTogether, m);
      for (let j = next; j < measures.length && measures[j].start === measures[next].start; j++) addNew(addedTogether, measures[j]);
    });
  }
  return { addedTogether, saidAdded };
}

const ADDING_WORD = /\+|\bplus\b|\badded\b|\bon\s+top\b/i;

/**
 * Product phrases that are not part of a measure's name ("the penalty for buying Russian oil" taxes no oil),
 * nor goods the sentence sets its goods apart from ("steel … that falls outside the auto proclamation").
 */
function productsOutside(sentence: string, products: PhraseMatch[], measures: PhraseMatch[]): PhraseMatch[] {
  if (!products.length) return products;
  return products.filter((p) => {
    // A phrase that is both, a fact's term and its goods ("energy resources"), still names the goods.
    if (measures.some((m) => m.start <= p.start && p.end <= m.end && (m.start < p.start || p.end < m.end))) return false;
    const before = sentence.slice(Math.max(0, p.start - 60), p.start);
    return !OUTSIDE_BEFORE.test(before) && !setApartWithoutFigure(sentence, p, before);
  });
}
const OUTSIDE_BEFORE = /\b(?:outside(?:\s+of)?|beyond|not\s+covered\s+by|excluded\s+from)\s+(?:the\s+|any\s+)?$/i;
/**
 * Goods set apart with no figure of their own: "paid 25 percent, except energy", "…, with Canadian
 * energy at a lower rate", "paid 25 percent, except energy, potash or fertiliser" (each of a list).
 * (Goods set apart with their figure, "except energy at 10%", are that figure's.)
 */
function setApartWithoutFigure(sentence: string, goods: Match, before: string): boolean {
  // "shop equipment that is not truck parts pays 20%": goods a relative clause says the subject is not are never its goods.
  if (GOODS_DENIED_BEFORE.test(before)) return true;
  const excepted = GOODS_EXCEPTED_BEFORE.test(before);
  if (!excepted && BUT_BEFORE.test(before)) return GOODS_SPARED_AFTER.test(sentence.slice(goods.end, goods.end + 60));
  if (!excepted && !WITH_BEFORE.test(before)) return false;
  const after = sentence.slice(goods.end, goods.end + 50);
  return excepted ? CLAUSE_ENDS_WITHOUT_FIGURE.test(after) : AT_ANOTHER_RATE_AFTER.test(after);
}
/** The words before goods that set them apart, and the goods listed before them in the same list: "except steel, ", "other than ". */
const GOODS_LIST_SO_FAR = String.raw`\s+(?:the\s+|[A-Z][\w-]*\s+)?(?:[\w-]+(?:\s+[\w-]+)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$`;
const GOODS_EXCEPTED_BEFORE = new RegExp(String.raw`\b(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|save\s+for)` + GOODS_LIST_SO_FAR, 'i');
const GOODS_DENIED_BEFORE = new RegExp(String.raw`\b(?:that|which)\s+(?:aren['’]t|are\s+not|isn['’]t|is\s+not)` + GOODS_LIST_SO_FAR, 'i');
const CLAUSE_ENDS_WITHOUT_FIGURE = /^[^\d.;]*(?:[.;]|$)/;
const WITH_BEFORE = /\bwith\s+(?:[A-Z][\w-]*\s+)?$/;
/** "…, but the refiner's oil qualifies under USMCA", "but our crude is exempt": goods a clause after "but" spares, with no figure of their own. */
const BUT_BEFORE = /\bbut\s+(?:(?:the|our|their|its|this|that|these|those|my|your)\s+)?(?:[\w'’-]+\s+){0,2}?$/i;
const GOODS_SPARED_AFTER = /^[^\d.;]{0,30}?\b(?:qualif(?:y|ies|ied)|(?:is|are|was|were)\s+(?:exempt|excluded|spared|duty[-\s]free|not\s+covered)|(?:clears?|comes?\s+in|enters?)\s+duty[-\s]free)\b[^\d.;]*(?:[.;]|$)/i;
const AT_ANOTHER_RATE_AFTER = /^\s+(?:products\s+|goods\s+|imports\s+)?(?:at|paying|on)\s+(?:a|an)\s+(?:lower|higher|reduced|different|separate|lesser)\s+(?:rate|duty|tariff)\b/i;

/** Does the text use a word that only tariffs are spoken of with ("duty", "Section 232")? */
export function namesTariff(text: string): boolean {
  return STRONG_CUE.test(text);
}

const within = (m: Match, span: Match) => m.start >= span.start && m.end <= span.end;

/** A sentence's tariff claims, and the governing words of every figure in it, claim or not. */
export interface SentenceClaims {
  claims: ReadClaim[];
  figureSpans: Match[];
  /** Where its first figure starts: what comes before it ("On April 10, …") speaks for the whole sentence. */
  firstFigureStart: number;
}

const NO_CLAIMS: SentenceClaims = Object.freeze({ claims: [], figureSpans: [], firstFigureStart: 0 });

/**
 * Reads every tariff claim in one sentence. `named` gives what it names, for a caller
 * that keeps that; it is asked only when the sentence holds a figure.
 */
export function claimsInSentence(sentence: string, ctx: ReadingContext, named?: () => SentenceMatches): SentenceClaims {
  const figures = figuresIn(sentence);
  if (!figures.length) return NO_CLAIMS;
  const breaks = clauseBreaks(sentence);
  const matches = named ? named() : matchesIn(sentence, ctx);
  const out: ReadClaim[] = [];
  const spans = figures.map((_, i) => governingSpan(sentence, figures, i, breaks));
  const inTurn = figures.length > 1 ? partnersInTurn(sentence, figures, matches.mentions) : undefined;
  let framing: SentenceFraming | undefined;
  const compared = new ComparedWithPrevious();
  let previousReading: FigureReading | undefined;
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i];
    const span = spans[i];
    const names = someWhere(matches.measures, span, true) || someWhere(matches.effectiveRate, span, true);
    let reading = readFigure(sentence, figure, span, ctx, names, matches.mentionsTariff);
    // "prices are up 11%, and menu prices 4%", "a margin of 7% to 8%": listed after a figure that is no rate, without a verb or tariff word of its own.
    if (previousReading === 'not' && reading !== 'not' && listedWithPrevious(sentence, figures[i - 1], figure) && !STRONG_CUE.test(sentence.slice(span.start, span.end))) reading = 'not';
    previousReading = reading;
    const previous = out[out.length - 1];
    // Not when words of another topic stand between: "a 25% duty would raise the COMEX-LME spread to around 12%".
    const comparedWithRate = previous !== undefined && compared.test(sentence, previous.figure.end, figure.start) && !(reading === 'open' && OTHER_TOPIC.test(sentence.slice(previous.figure.end, figure.start)));
    // "went to 84%, then 125% the next day": the rate's next level, told without a verb of its own.
    const nextLevel = previous !== undefined && previous.figure === figures[i - 1] && THEN_NEXT_LEVEL.test(sentence.slice(previous.figure.end, figure.start));
    // "duties on Canada (35%), Mexico (25%) and China (10%)": the next partner of a list whose figure before is a rate, its level in brackets as that one's.
    const nextInBrackets = reading === 'open' && previous !== undefined && previous.figure === figures[i - 1] && namesPartner(NEXT_PARTNER_IN_BRACKETS_BEFORE.exec(sentence.slice(Math.max(0, figure.start - 80), figure.start))?.[1] ?? '');
    // "Vietnam, Cambodia and Laos pay 20%, 19% and 40%": the next of a list of levels in turn with partners, after one that is a rate.
    const nextInTurn = reading === 'open' && inTurn?.has(figure.start) === true && previous !== undefined && previous.figure === figures[i - 1] && inTurn.has(previous.figure.start);
    if (reading === 'not' || (reading === 'open' && !comparedWithRate && !nextLevel && !nextInBrackets && !nextInTurn)) continue;
    // "paid 34% on those entries and can now seek its return": a verb joined on after the figure tells of something else, not when the figure held.
    const joinedVerb = JOINED_VERB_AFTER.exec(sentence.slice(figure.end, span.end));
    const words = sentence.slice(span.start, joinedVerb ? figure.end + joinedVerb.index : span.end);
    const presentTense = PRESENT_WORDS.test(words) && PRESENT_WORDS.test(words.replace(STILL_THEN, ''));
    let framed = framingOf(sentence, figure, span, figures[i + 1]?.start ?? sentence.length, (framing ??= { quotationMarks: allMatches(QUOTED, sentence), quotationRunsOn: ctx.quotationRunsOn === true, reportingWords: allMatches(REPORTED, sentence), quotingAt: quotingStart(sentence), spans, supposedAt: sentence.search(SUPPOSED), tariffLetterAt: tariffLetterAt(sentence), askedWhetherEnd: endOfFirst(ASKED_WHETHER, sentence), pastLeadEnd: PAST_LEAD.exec(sentence)?.[0].length ?? (PAID_FOR_A_SPAN.test(sentence) ? 0 : undefined), asksAQuestion: QUESTION_END.test(sentence) }));
    // "may face 15% from 2027 and 30% from 2028": a figure joined to the one before without a verb of its own shares its framing.
    // So does one listed after it: "refunds on the old 35% Canada duty, the Brazil 40% and India's 50%".
    // And a later step of it: "has been floated at 15% for 2027, rising to 30% in 2028".
    if (framed === 'plain' && previous && previous.framing !== 'plain' && (sharesVerbWithPrevious(sentence.slice(span.start, figure.start)) || listedAfter(sentence.slice(previous.figure.end, figure.start)) || STEP_AFTER_PREVIOUS.test(sentence.slice(previous.figure.end, figure.start)))) framed = previous.framing;
    // The end of a range ("Section 301 duties of 7.5% to 25%", "7.5% or 25%") has the scope of its start,
    // unless it names a partner of its own ("from 10% for the UK to 41% for Syria", "to 25% for everyone else", "to 41% on the highest-rated country")
    // or goods of its own after it ("from 10% on softwood lumber to 50% on steel").
    // Not after words joined by "and": "sofas will rise to 30% and kitchen cabinets to 50%" lists two rises.
    const endsRange = previous !== undefined && previous.figure === figures[i - 1] && ((RANGE_END_LEAD.test(sentence.slice(span.start, figure.start)) && !NEXT_ITEM_OPENS.test(sentence.slice(previous.figure.end, span.start))) || betweenTwo(sentence, previous.figure, figure)) && !VERB_BETWEEN_RANGE_ENDS.test(sentence.slice(previous.figure.end, span.start));
    const rangeEnd = endsRange && !partnerCodesOf(matches.mentions, span).length && !someWhere(matches.everyPartner, span, true) && !SUPERLATIVE_PARTNER_AFTER.test(sentence.slice(figure.start, span.end)) && !ownGoodsAfter(matches.products, figure, span) && !ownMeasureAfter(sentence, matches.measures, figure, span);
    // "duties of 10% to 50% depending on origin", "7.5% or 25%": a range or a choice spans several rates and asserts none of them (a change "from 10% to 50%" is read above).
    // Its end is framed as its start is: "ranging from 11 percent to 50 percent" after "imposed".
    if (endsRange && framed === 'plain' && RANGE_GAP.test(sentence.slice(previous.figure.end, figure.start)) && rangeNotChange(sentence.slice(Math.max(0, previous.figure.start - 30), previous.figure.start))) {
      if (previous.framing === 'plain') previous.framing = 'conditional';
      framed = previous.framing;
    }
    // Not the end of a doubling by another duty, a total: "India's 25% reciprocal rate was doubled to 50% by the Russian-oil penalty".
    const doubledByAnother = rangeEnd && matches.measures.some((m) => whyItDoubledTo(sentence, figure.start, m));
    const readings = rangeEnd && !doubledByAnother ? previous.readings : readingsOf(sentence, span, figure.start, matches, ctx, spans, inTurn?.get(figure.start));
    const clause = clauseOf(sentence, breaks, span, figure);
    // "Switzerland paid 39% after its deal; Vietnam 20%", "Japan paid the same after its deal; Vietnam 20%": a clause
    // without a verb of its own is told as the claim before it on its line, or as the words before it there.
    // "aluminum stayed at 25%", told without a date, says the rate is so to this day.
    const pastTense = (speaksOfThePast(clause) && !STAYED_AT_BEFORE.test(sentence.slice(Math.max(0, figure.start - 24), figure.start))) || PAID_IN_A_RELATIVE_BEFORE.test(sentence.slice(Math.max(0, figure.start - 60), figure.start)) || (!VERB.test(clause) && !PRESENT_WORDS.test(clause) && toldInThePastBefore(sentence, span.end - clause.length, figure, previous));
    out.push({ figure, readings, framing: framed, governing: span, presentTense, pastTense, onlyStarted: pastTense && STARTED.test(clause), unanchored: namesNothing(readings, matches, ctx) });
  }
  // "The 35% on Canadian goods and the 25% on Mexican goods have ended": a figure with no verb before it, joined to the next by
  // "and", is a subject of the next one's verb, and shares its framing (and its time, see check.ts).
  for (let i = out.length - 2; i >= 0; i--) {
    const [first, next] = [out[i], out[i + 1]];
    const between = sentence.slice(first.figure.end, next.figure.start);
    // A comma joins it to a next one that "and" joins on: "the 10% baseline, Canada's 35% and India's 50% all ended".
    if (VERB.test(sentence.slice(first.governing.start, first.figure.start)) || !(JOINED_TO_NEXT.test(between) || (next.subjectWithNext && JOINED_BY_COMMA.test(between))) || VERB.test(between)) continue;
    first.subjectWithNext = true;
    if (first.framing === 'plain') first.framing = next.framing;
  }
  // A figure in a quotation is someone else's, as one in quotation marks is.
  if (ctx.quoted) for (const c of out) if (c.framing === 'plain') c.framing = 'reported';
  if (ctx.former) for (const c of out) if (c.framing === 'plain') c.framing = 'former';
  // A figure the next sentence asks about is put in question, as one in a question is.
  if (ctx.questioned || ctx.scenario) for (const c of out) if (c.framing === 'plain') c.framing = 'conditional';
  return { claims: out, figureSpans: spans, firstFigureStart: figures[0].start };
}

/**
 * Do the readings hold no partner, product or measure, every partner only because nothing
 * named one ("48% would cut prices, 27% would hold prices")? Such a figure is judged
 * against nothing in particular: no tester's memo had a wrong figure of this kind, and
 * every one flagged was a share, a fee or a score.
 */
function namesNothing(readings: ClaimScope[], matches: SentenceMatches, ctx: ReadingContext): boolean {
  // A partner read beside every partner only because the document names it most is not named either.
  const unnamed = (partner: string) => partner === '*' || (ctx.subjectPartners[0] === '*' && ctx.subjectPartners.includes(partner) && !matches.mentions.some((m) => m.code === partner));
  const bare = readings.every((r) => unnamed(r.partner) && r.imposer === undefined && !r.products.length && !r.measures.length && r.measureChange === undefined);
  return bare && !matches.everyPartner.length && ctx.earlier.nearestPartners() === undefined;
}

/**
 * Is what stands before a figure's clause on the figure's line told in the past: the claim
 * before it there, or else the words (a few, so that a line of many figures is read in linear time)?
 */
function toldInThePastBefore(sentence: string, clauseStart: number, figure: Figure, previous: ReadClaim | undefined): boolean {
  if (previous && lastNewLine(sentence, previous.figure.end, figure.start) < 0) return previous.pastTense;
  if (lastNewLine(sentence, clauseStart, figure.start) >= 0) return false;
  const wordsFrom = Math.max(0, clauseStart - 200);
  const newline = lastNewLine(sentence, wordsFrom, clauseStart);
  return speaksOfThePast(sentence.slice(newline < 0 ? wordsFrom : newline + 1, clauseStart));
}

/**
 * Whether the line break at `at` only wraps a sentence: the next line goes on in lower case
 * ("April 2025,\n  then the 10% baseline"), the line broke off after a preposition or an
 * article ("46% for\n  Vietnam"), or a long line of prose broke off with no stop before a
 * capital ("… and the 25%\n  Mexican rate"), as a short row of a list ("Vietnam 46%") does not.
 */
function wrapsOn(text: string, at: number): boolean {
  const next = text.slice(at + 1, at + 40);
  if (/^[ \t]*[a-z]/.test(next) || ENDS_MID_PHRASE.test(text.slice(Math.max(0, at - 12), at))) return true;
  return at - text.lastIndexOf('\n', at - 1) > WRAPPED_LINE && /^[ \t]*[A-Z][a-z]/.test(next) && !ENDS_WITH_A_STOP.test(text.slice(Math.max(0, at - 4), at));
}
/** A line longer than this is wrapped prose, not a row of a list. */
const WRAPPED_LINE = 60;
const ENDS_WITH_A_STOP = /[.:;!?)\]|*]\s*$/;
const ENDS_MID_PHRASE = /\b(?:for|on|to|of|from|with|at|in|by|the|a|an|and|or|most|all|every|each|other|some|many|its|their|our)[ \t]*$/i;

/** The last line break in text[from, to) that starts a new line rather than wrapping a sentence, or -1. */
function lastNewLine(text: string, from: number, to: number): number {
  for (let at = text.lastIndexOf('\n', to - 1); at >= from; at = text.lastIndexOf('\n', at - 1)) if (!wrapsOn(text, at)) return at;
  return -1;
}

/**
 * The figure's clause: its governing words, and the words before them back to the clause's
 * break, which a figure after another leaves out ("The Swiss 39% was cut to 15%": "was cut"
 * tells the tense of the 15% too). Its words before the governing ones go back a few lines
 * at most: a list of thousands of figures without a break is read in linear time.
 */
function clauseOf(sentence: string, breaks: number[], span: Match, figure: Figure): string {
  const before = firstAtOrAfter(breaks, figure.start);
  const clauseStart = Math.max(before > 0 ? breaks[before - 1] : 0, span.start - CLAUSE_REACH);
  return sentence.slice(Math.min(span.start, clauseStart), span.end);
}
const CLAUSE_REACH = 400;

/** The readings of a stretch of a sentence that is not a figure's clause (a date, a pause). */
/**
 * The readings of a whole sentence, for a date or a length of time it gives with no figure ("Tariffs on Chinese goods took effect April 9"),
 * and whether it names no partner, product or measure, as "The new tariff takes effect May 1" does.
 */
export function readingsOfSentence(sentence: string, ctx: ReadingContext): { readings: ClaimScope[]; unanchored: boolean } {
  const matches = matchesIn(sentence, ctx);
  const whole = { start: 0, end: sentence.length };
  const readings = readingsOf(sentence, whole, whole.end, matches, ctx);
  return { readings, unanchored: namesNothing(readings, matches, ctx) };
}

/**
 * "Vietnam, Cambodia and Laos pay 20%, 19% and 40% (respectively)": a list of partners and,
 * after a few words with no figure, a list of as many figures, paired in turn:
 * the partner at each figure's start.
 */
function partnersInTurn(sentence: string, figures: Figure[], mentions: PartnerMention[]): Map<number, string> | undefined {
  const partners = mentions.filter((m) => m.role === 'partner');
  if (partners.length < 2) return undefined;
  for (let p = 0; p < partners.length - 1; p++) {
    let q = p;
    while (q + 1 < partners.length && LISTED_BETWEEN.test(sentence.slice(partners[q].end, partners[q + 1].start))) q++;
    const count = q - p + 1;
    if (count < 2) continue;
    const first = figures.findIndex((f) => f.start >= partners[q].end);
    if (first < 0 || first + count > figures.length || !LEAD_TO_LEVELS.test(sentence.slice(partners[q].end, figures[first].start))) return undefined;
    for (let k = first; k < first + count - 1; k++) if (!LISTED_BETWEEN.test(sentence.slice(figures[k].end, figures[k + 1].start))) return undefined;
    // Not a longer list of figures, whose first ones would be paired with the wrong partners,
    // nor one paired with a list of goods after it: "Japan and Korea face 25% and 50% on cars and steel".
    const last = figures[first + count - 1];
    if (first + count < figures.length && LISTED_BETWEEN.test(sentence.slice(last.end, figures[first + count].start))) return undefined;
    if (GOODS_LIST_AFTER.test(sentence.slice(last.end, last.end + 80))) return undefined;
    const paired = new Map<number, string>();
    for (let k = 0; k < count; k++) paired.set(figures[first + k].start, partners[p + k].code);
    return paired;
  }
  return undefined;
}
/** Between two items of a list: ", ", " and ", ", and ". */
const LISTED_BETWEEN = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?$/i;
const GOODS_LIST_AFTER = /^\s*(?:on|for|to)\s+[^.;:]*?\b(?:and|or)\b/i;
/** From a list of partners to their levels: a few words, no figure or stop ("pay", "face duties of", "'s goods are charged"). */
const LEAD_TO_LEVELS = /^[^.;:!?%\d()]{1,60}$/;

/** `figureSpans`: the governing words of the sentence's figures, this one's among them. */
function readingsOf(sentence: string, span: Match, figureStart: number, matches: SentenceMatches, ctx: ReadingContext, figureSpans: Match[] = [], inTurn?: string): ClaimScope[] {
  // The figure's own clause names its imposer first: "the EU cut its tariffs on US goods to 0%, while the US applies a 15% ceiling to EU goods".
  // A tax on US goods elsewhere in the sentence then makes no other mention of its imposer one.
  const ownImposers = matches.mentions.filter((m) => m.role === 'imposer' && within(m, span));
  // Not one in another figure's own words: "Canadian goods face 35% at the border, and Ottawa's 25% counter-tariffs on American goods".
  const ofAnotherFigure = (m: Match) => !within(m, span) && figureSpans.some((other) => other !== span && within(m, other));
  const mentions = ownImposers.length ? matches.mentions : withImposersOfTaxOnUs(sentence, matches.mentions, ofAnotherFigure);
  const imposers = ownImposers.length ? ownImposers : mentions.filter((m) => m.role === 'imposer');

  // Partner: governing words, then the sentence, then the paragraph (named with the same goods, if any), then the subject.
  const imposerMention = imposers.find((m) => m.code !== 'US') ?? imposers[0];
  // "China hasn't bought US beans. Its tariff on our soybeans is 23%": the country named just before imposes it.
  const imposer = imposerMention?.code ?? (ITS_TARIFF_ON_US.test(sentence.slice(span.start, figureStart)) ? ctx.earlier.nearestPartners()?.find((code) => code !== 'US' && code !== '*') : undefined) ?? imposerOfSameGoodsBefore(sentence, mentions, matches, ctx);

  let partners: string[];
  // "Japanese goods pay 15%; cars from Japan pay the Section 232 rate": a clause of its own after a semicolon lends no partners, goods or measure.
  const ownClauseAfter = clauseOfItsOwnAfter(sentence, span.end);
  // A partner excepted before a clause of its own ("except steel from the UK, which pays 25%") is not the partner of figures before it.
  // Nor is one the figure is likened to after it, beside a partner before it: "Sri Lanka is 19% like Pakistan".
  const partnerBeforeFigure = mentions.some((m) => m.role === 'partner' && m.end <= figureStart && within(m, span));
  const likenedTo = (m: Match) => m.start > figureStart && LIKENED_TO_BEFORE.test(sentence.slice(Math.max(figureStart, m.start - 16), m.start));
  const likenedAfter = (m: Match) => partnerBeforeFigure && likenedTo(m);
  // Nor one named after it as where to buy instead: "the 50% combined hit makes this PO unviable and merchandising is looking at Bangladesh".
  const turnedToAfter = (m: Match) => m.start > figureStart && TURNED_TO_BEFORE.test(sentence.slice(Math.max(figureStart, m.start - 24), m.start));
  // So is the same partner named again after its exception: "25% unless they come from Japan, the EU or South Korea, which pay 15%, Korea only since December".
  // Asked of every mention after every figure: the few excepted ones are looked through, not all mentions (a long list of partners was cubic).
  const exceptedAfterFigure = mentions.filter((e) => e.exceptedBeforeItsOwn && e.start > figureStart);
  const exceptedAgain = (m: PartnerMention) => m.start > figureStart && exceptedAfterFigure.some((e) => e.code === m.code && e.start < m.start);
  const ownMentions = mentions.filter((m) => !(m.exceptedBeforeItsOwn && m.start > figureStart) && !exceptedAgain(m) && !likenedAfter(m) && !turnedToAfter(m));
  const governingPartners = onFigureLine(sentence, span, figureStart, ownMentions) ?? partnerCodesOf(ownMentions, span);
  // "The EU's 20% is suspended like everyone else's": the partner whose figure it is comes first.
  const owner = mentions.find((m) => m.role === 'partner' && m.end <= figureStart && figureStart - m.end < 40 && POSSESSIVE_BEFORE_FIGURE.test(sentence.slice(m.end, figureStart)));
  // "L3: CHINA TARIFF NOW 125% / FOR EVERYONE ELSE …": every partner named only after the figure, one partner before it: the figure is that one's.
  const partnerBefore = ownMentions.some((m) => m.role === 'partner' && m.end <= figureStart && within(m, span));
  const ofAntecedent = governingPartners.length ? [] : antecedentPartners(sentence, span, figureStart, ownMentions);
  if (inTurn) partners = [inTurn];
  else if (owner) partners = [owner.code];
  else if (SUPERLATIVE_PARTNER_AFTER.test(sentence.slice(figureStart, span.end))) partners = [UNNAMED_PARTNER];
  // "all partners except UK (25%)": the exception the figure is bracketed after is whose it is.
  // "Its 18% rate is suspended along with everyone else's": every partner it is likened to after it is not.
  else if (matches.everyPartner.some((m) => within(m, span) && (m.start < figureStart || (!partnerBefore && !likenedTo(m)))) && !ownMentions.some((m) => m.exceptedBeforeItsOwn && m.end <= figureStart && BRACKETED_AFTER_IT.test(sentence.slice(m.end, figureStart)))) partners = ['*'];
  else if (governingPartners.length) partners = governingPartners;
  else if (ofAntecedent.length) partners = ofAntecedent;
  else if (matches.namesOneUnnamed && !mentions.some((m) => m.role === 'partner') && !matches.everyPartner.length) partners = [UNNAMED_PARTNER];
  else {
    // Not the imposer's own goods, named again as the one who speaks: "India's own import duty on US-made kits, 7.5%, …, New Delhi says".
    // Nor one named in a clause of its own after a semicolon: "Passenger cars: 25%; Japanese, EU and Korean cars pay 15%".
    const sentencePartners = partnerCodesOf(ownMentions.filter((m) => m.start < ownClauseAfter)).filter((code) => code !== imposer);
    const everyInRest = someWhere(matches.everyPartner, span, false);
    const beyondSentence = () => ctx.earlier.nearestPartnersOfGoods(matches.productKeys) ?? (ctx.subjectPartners.length ? ctx.subjectPartners : ['*']);
    if (sentencePartners.length) partners = everyInRest ? [...sentencePartners, '*'] : sentencePartners;
    // "Steel pays 50%, except the UK, which pays 25%": every partner but the one excepted after it;
    // but "for their cans 25% instead of the 50% for other countries", every partner another figure's words name,
    // ("other countries", "everyone else", not "all partners": "50% from all partners, double the 25% before" is theirs too)
    // may set this figure apart from them: the partners it is lent, and every partner.
    else if (everyInRest || (mentions.length > ownMentions.length && !exceptsOnlyOtherGoods(mentions, ownMentions, matches.products, span, figureStart))) {
      // So may every partner the figure is compared with: "50%, well above the rate other partners pay".
      const comparedWith = (m: Match) => m.start > figureStart && FIGURE_COMPARED_BEFORE.test(sentence.slice(Math.max(figureStart, m.start - 60), m.start));
      const setApart = everyInRest && ((everyPartnerHeldOnlyByOthers(matches.everyPartner, span, figureSpans) && matches.everyPartner.every((m) => within(m, span) || THE_OTHERS.test(sentence.slice(m.start, m.end)))) || matches.everyPartner.every(comparedWith));
      partners = setApart ? [...new Set([...beyondSentence().filter((code) => code !== imposer), '*'])] : ['*'];
    }
    else {
      // "South Africa's own 37% duty on US frozen chicken", in a memo about South Africa: the imposer is not the partner its goods lend.
      const lent = beyondSentence().filter((code) => code !== imposer);
      partners = lent.length ? lent : ['*'];
      // "4. 50% (25% reciprocal plus 25% Russian-oil duty)", with no partner named: a duty only one partner pays names it, as a reading beside every partner's.
      if (partners.length === 1 && partners[0] === '*') for (const m of matches.measures) for (const key of m.keys) { const sole = ctx.soleTargetOfMeasure?.get(key); if (sole) addNew(partners, sole); }
    }
    // Partners named only in other figures' own words may not be this one's ("steel pays 50%, and British metal 25%"),
    // nor those named only in an aside ("(the brass is Chinese origin), so it pays the 25%"), or past a "but" after it:
    // the readings without them too, and every partner's, which such a contrast usually means.
    // Not in the breakdown of a total, whose parts are its partners' ("EU cars pay 27.5% in total: the 25% Section 232 tariff plus …"),
    // nor at the end of a change, whose start names its partner too ("China went from 145% to 10% total").
    if (sentencePartners.length && !everyInRest && !PART_OF_TOTAL_BEFORE.test(sentence.slice(Math.max(0, figureStart - 100), figureStart)) && !CHANGED_FROM_FIGURE_BEFORE.test(sentence.slice(Math.max(0, figureStart - 40), figureStart)) && (namedOnlyForOthers(sentence, mentions, span, figureSpans) || namedOnlyInAsides(sentence, mentions, figureStart) || namedOnlyPastContrast(sentence, mentions, figureStart))) {
      partners = [...partners];
      for (const code of [...beyondSentence(), '*']) if (code !== imposer) addNew(partners, code);
    }
    // "Our steel and aluminium pay 25 per cent", in a British minister's statement: the goods
    // of the country the document is about, when that is not the US.
    if (matches.ourGoodsAt >= 0 && matches.ourGoodsAt < figureStart) {
      const own = ctx.subjectPartners.filter((code) => code !== '*' && code !== 'US' && code !== imposer);
      if (own.length) partners = [...partners, ...own.filter((code) => !partners.includes(code))];
    }
  }

  let products = phraseKeysOf(matches.products, span, true);
  const goodsInOwnWords = products.length > 0;
  // "Steel and aluminium products, which currently face a 25% duty, are dropped, as are autos": a relative clause's goods are those it hangs on.
  if (!products.length && RELATIVE_OPENS.test(sentence.slice(span.start, figureStart))) {
    const antecedent = antecedentOf(sentence, span.start);
    products = phraseKeysOf(matches.products, { start: span.start - antecedent.length, end: span.start }, true);
  }
  const beforeOwnClause = (m: Match) => m.start < ownClauseAfter;
  // "energy products have carried a 10% duty, while most other Canadian goods pay 25%": goods the figure's own words set apart from those named elsewhere.
  if (!products.length && !OTHER_GOODS.test(sentence.slice(span.start, span.end))) {
    // Goods named in a later figure's own words are that figure's when this one's own words name goods of their own,
    // "non-USMCA goods pay 25%, Canadian energy and potash 10%", or after a semicolon, "They pay 10 percent; the 25 percent
    // rate applies to trucks". (Goods in this figure's own words are left out by phraseKeysOf already, so "some figure's words" is "another's".)
    const othersFrom = OWN_GOODS.test(sentence.slice(span.start, span.end)) ? figureStart : sentence.indexOf(';', figureStart);
    const inFigureWords = othersFrom >= 0 ? figuresHolding('products', matches.products, figureSpans) : undefined;
    products = phraseKeysOf(matches.products.filter((m) => beforeOwnClause(m) && !(inFigureWords && m.start > othersFrom && inFigureWords.has(m))), span, false);
  }
  // "Energy entries paid 10%. Other Canadian goods paid 35%": goods said to be other than those before are not theirs;
  // nor are goods the figure's own words name, "Potash pays 10%. Canadian goods outside USMCA pay 25%", "Mexican farm machinery pays 30%".
  if (!products.length && !OTHER_GOODS.test(sentence.slice(0, span.end)) && !GOODS_OF_THEIR_OWN.test(sentence.slice(0, span.end))) products = ctx.earlier.nearestProducts() ?? [];

  // "104% counting the fentanyl duty", "with the fentanyl duty its goods paid 145%": a measure
  // the figure counts in is one part of a total, and may not be the figure's own.
  // So is one the words before the figure sum up: "… plus the 20% fentanyl tariff came to 145%".
  // One added to another ("reciprocal + fentanyl") or said to be added ("the penalty added")
  // makes the figure, first of all, the combined rate.
  // One the figure's own words call added may still be its kind: "a 25% Section 301 duty on top".
  const added = (m: PhraseMatch) => matches.addedTogether.includes(m) || (!within(m, span) && matches.saidAdded.includes(m));
  const sum = matches.addedTogether.length > 0 || matches.saidAdded.length > 0;
  // "50% on top of the MFN duty", "| Tariff now (additional to MFN) |": a measure the figure is added to is another duty, not the figure's kind,
  // unless it names the figure: in brackets after it ("on top of the ordinary duty (about 6%)") or right before it ("on top of the MFN rate of 3.4%").
  // So is one after another figure there, "in addition to the 20 percent fentanyl duty" (the figure's own words if the figure is this one).
  const under = (m: PhraseMatch) => addedToBefore(sentence, m.start, figureStart) && (m.start >= figureStart || !givenAfter(sentence, m, figureStart)) && !(m.end <= figureStart && ITS_RATE_OF_BEFORE.test(sentence.slice(m.end, figureStart)));
  // A measure right before the figure names it, even after "including": "15% including the MFN 2.5%",
  // "already includes the normal MFN duty (about 2.5% on most plastic frames)".
  // So does one before the goods it is set "at" the figure for: "went out with section 232 aluminum at 10%".
  const bracketsFigure = (m: PhraseMatch) => m.end <= figureStart && BRACKET_RIGHT_BEFORE_FIGURE.test(sentence.slice(m.end, figureStart));
  const namesFigure = (m: PhraseMatch) => m.end <= figureStart && (RIGHT_BEFORE_FIGURE.test(sentence.slice(m.end, figureStart)) || bracketsFigure(m) || (GOODS_AT_BEFORE_FIGURE.test(sentence.slice(m.end, figureStart)) && ctx.products.find(sentence.slice(m.end, figureStart)).length > 0));
  // "50% until the oil penalty goes": a measure in an event after the figure may not be the figure's kind.
  const inAnEventAfter = (m: PhraseMatch) => m.start > figureStart && EVENT_LEAD_BEFORE.test(sentence.slice(Math.max(0, m.start - 32), m.start));
  // "After the fentanyl cut on November 10 it was 20%": a measure that names an event before the figure (not "the fentanyl cut to 10%").
  const namesAnEventBefore = (m: PhraseMatch) => m.end <= figureStart && MEASURE_EVENT_AFTER.test(sentence.slice(m.end, m.end + 40)) && (EVENT_LEAD_BEFORE.test(sentence.slice(Math.max(0, m.start - 32), m.start)) || CONSEQUENCE_BETWEEN.test(sentence.slice(m.end, figureStart)));
  // "The 20% is half fentanyl, half reciprocal": the parts a total is made of.
  const halvesAfter = (m: PhraseMatch) => m.start > figureStart && HALVES_BEFORE.test(sentence.slice(figureStart, m.start));
  const whyItDoubled = (m: PhraseMatch) => whyItDoubledTo(sentence, figureStart, m);
  // "| Brazil | 10% | Plus the separate Brazil order |": a measure added after "plus" may be another duty than the figure's.
  const plusAfter = (m: PhraseMatch) => m.start > figureStart && PLUS_ANOTHER_AFTER.test(sentence.slice(figureStart, m.start));
  // "so with the twenty percent fentanyl tariff you're at a hundred forty-five": a measure given its own rate, before the figure, is a part of it.
  const partWithItsRate = (m: PhraseMatch) => m.end <= figureStart && PART_WITH_ITS_RATE_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start));
  // "50% in total (25% plus the 25% Russian-oil penalty)", "in total: 25% plus …": the first part, right after the total's words open its breakdown.
  const breakdownOpened = (m: PhraseMatch) => m.end <= figureStart && m.keys.includes(COMBINED_MEASURE) && BREAKDOWN_OPENS_AFTER.test(sentence.slice(m.end, figureStart));
  const partOf = (m: PhraseMatch) => (countedIn(sentence, m) && !namesFigure(m)) || breakdownOpened(m) || partWithItsRate(m) || inAnEventAfter(m) || namesAnEventBefore(m) || halvesAfter(m) || whyItDoubled(m) || (m.end <= figureStart && SUMMED_BEFORE.test(sentence.slice(m.end, figureStart))) || added(m) || under(m) || plusAfter(m);
  // "Chinese EVs are 100% anyway because of the Section 301 tariff": a separate duty the figure is owed to, right after its clause
  // (not "India's rate doubled to 50% because of the Russian-oil penalty", a total).
  const owedTo = (m: PhraseMatch) => m.start >= span.end && m.start - span.end < 40 && m.keys.some((k) => SEPARATE_DUTIES.has(k)) && OWED_TO_BEFORE.test(sentence.slice(span.end, m.start));
  // "7.5% (301)", "25% (Section 232)": a measure in brackets right after the figure names its kind.
  const bracketedAfter = (m: PhraseMatch) => m.start > figureStart && m.start - figureStart < 40 && BRACKETED_MEASURE_BEFORE.test(sentence.slice(figureStart, m.start));
  const inNotes = (m: PhraseMatch) => ctx.notesFrom !== undefined && m.start >= ctx.notesFrom;
  const governingMeasures = matches.measures.filter((m) => (within(m, span) || owedTo(m) || bracketedAfter(m) || bracketsFigure(m)) && !partOf(m) && !inNotes(m));
  const outsideMeasures = matches.measures.filter((m) => !governingMeasures.includes(m) && beforeOwnClause(m));
  // A part the figure says it includes ("15% inclusive of MFN") never makes the figure that part's kind.
  // One a later figure's own words hold, added after this one, is that figure's kind, not this one's: "30%, plus the MFN rate of 3.4%"
  // (not a part the figure is broken into, "27.5% (25% Section 232 plus 2.5% MFN)", nor one summed up by a figure after it).
  // Nor is a counter-tariff another figure's own words name, wherever it stands: "35% at the border, and Ottawa's 25% counter-tariffs".
  const heldElsewhere = (m: PhraseMatch) => heldByAnother(figuresHolding('measures', matches.measures, figureSpans).get(m), span);
  const anothersKind = (m: PhraseMatch) => (plusAfter(m) || m.keys.includes(RETALIATORY_MEASURE)) && heldElsewhere(m);
  const change = changingMeasure(someWhere(matches.effectiveRate, span, true), governingMeasures, true)
    ?? (governingMeasures.length ? undefined : changingMeasure(someWhere(matches.effectiveRate, span, false), outsideMeasures.filter((m) => !includedIn(sentence, m) && !under(m) && !plusAfter(m) && !anothersKind(m)), false)
      // "**Section 301 tariffs.** Mostly on China; most listed goods pay 25%": a glossary's bold lead-in names what its entry is about.
      ?? separateDutyAmong(outsideMeasures.filter((m) => m.end <= leadInEndBefore(sentence, figureStart))))
    ?? (matches.namesTariffLine && onTariffScheduleLine(sentence, figureStart, matches.measures) ? 'mfn' : undefined)
    ?? (REGULAR_BEFORE.test(sentence.slice(Math.max(0, figureStart - 12), figureStart)) && (DUTY_FIGURE_AT.test(sentence.slice(figureStart, figureStart + 30)) || ADDED_AS_REGULAR_BEFORE.test(sentence.slice(Math.max(0, figureStart - 30), figureStart))) ? 'mfn' : undefined);
  const fixedMeasures = narrowingWords(governingMeasures);
  // A figure whose own words name its measure or its goods does not take a measure from another figure's own words:
  // "pay 25% under Section 232, and on top of that the 25% border tariff", "24% reciprocal + 25% autos".
  const namesOwnKind = governingMeasures.length > 0 || someWhere(matches.products, span, true);
  // A duty the figure comes on top of, or before, is never its kind: "26%, before any Section 232 duty".
  const optionalMeasures = narrowingWords(outsideMeasures.filter((m) => !under(m) && !(namesOwnKind && heldElsewhere(m))));

  // Words outside the governing phrase may or may not belong to this figure: both readings.
  // A sentence that names no measure may take one from the nearest earlier sentence of its paragraph that does, as a reading beside its own.
  const earlierMeasures = matches.measures.length || change !== undefined || sum ? [] : ctx.earlier.nearestMeasures() ?? [];
  // A total its own words name ("25% in total") is not one of the duties named outside them.
  const measureReadings = optionalMeasures.length && !fixedMeasures.includes(COMBINED_MEASURE) ? [[...fixedMeasures, ...optionalMeasures], fixedMeasures] : earlierMeasures.length ? [fixedMeasures, earlierMeasures] : [fixedMeasures];
  if (sum) measureReadings.unshift([...fixedMeasures, COMBINED_MEASURE]);
  // So does a duty that doubled it, and the measure doubled is only a part: "India's 25% reciprocal rate was doubled to 50% by the Russian-oil penalty".
  else if (matches.measures.some(whyItDoubled)) measureReadings.unshift([COMBINED_MEASURE]);
  // "Section 301 duties … range from 7.5% to 25%; the 2024 review raised them to 100%": words for the duties named before make the figure theirs, as a reading.
  const separateInTotal = change === undefined ? separateDutyCounted(sentence, matches.measures, outsideMeasures, sum || fixedMeasures.includes(COMBINED_MEASURE), figureStart, ctx.earlier)
    ?? (REFERS_BACK_BEFORE.test(sentence.slice(Math.max(0, figureStart - 120), figureStart)) ? separateDutyAmong(matches.measures.filter((m) => m.end <= figureStart)) : undefined) : undefined;
  const readings: ClaimScope[] = [];
  const goods = goodsInOwnWords ? { products, goodsInOwnWords: true as const } : { products };
  for (const partner of partners) {
    for (const measures of measureReadings) readings.push({ imposer: partner === imposer ? undefined : imposer, partner, ...goods, measures, measureChange: change });
    if (separateInTotal) readings.push({ imposer: partner === imposer ? undefined : imposer, partner, ...goods, measures: [], measureChange: separateInTotal });
  }
  return readings;
}

/**
 * Is the figure the general duty of a tariff line in a customs listing ("002  7616.99.5190
 * Aluminum ladder rails  VN  $31,600.00  2.5%")? On its line before it: a heading outside
 * chapter 99, no chapter 99 heading or measure word, and the gaps of columns.
 */
function onTariffScheduleLine(sentence: string, figureStart: number, measures: PhraseMatch[]): boolean {
  // Bounded: a long line of figures must stay linear.
  const from = Math.max(0, figureStart - 240);
  const lineStart = from + sentence.slice(from, figureStart).lastIndexOf('\n') + 1;
  const line = sentence.slice(lineStart, figureStart);
  if (!SCHEDULE_LINE_NUMBER.test(line) || CHAPTER_99_NUMBER.test(line) || !COLUMN_GAPS.test(line)) return false;
  for (const m of measures) if (m.start >= lineStart && m.end <= figureStart) return false;
  return true;
}
const SCHEDULE_LINE_NUMBER = /\b(?!99)\d{4}\.\d{2}\.\d{2}(?:\d{2})?\b/;
const CHAPTER_99_NUMBER = /\b99\d{2}\.\d{2}\.\d{2}\b/;
const COLUMN_GAPS = /\S(?:\s{2,}|\t)\S.*\S(?:\s{2,}|\t)\S/;

/**
 * Where a clause with a subject and verb of its own starts after a semicolon past the figure's words ("; cars from Japan pay …"),
 * or the sentence's end. One that opens with a word for what went before ("; it covers steel", "; that is …") goes on about the figure.
 */
function clauseOfItsOwnAfter(sentence: string, from: number): number {
  const semicolon = sentence.indexOf(';', from);
  return semicolon >= 0 && CLAUSE_OF_ITS_OWN.test(sentence.slice(semicolon, semicolon + 80)) ? semicolon : sentence.length;
}
const CLAUSE_OF_ITS_OWN = /^;\s*(?!(?:it|its|this|that|they|these|those|which|both|each|all|same|plus|including|under|with)\b)(?:[\w'’-]+,?\s+){1,6}?(?:pays?|paid|faces?|faced|is|are|was|were|gets?|got|carr(?:y|ies)|carried|owes?|owed)\b/i;

/**
 * A duty the facts may leave out that the figure may count, and so be that duty's kind of figure too:
 * - before a total its own words call one: "… antidumping … countervailing …, for a combined cash deposit of 35.19%";
 * - named before the figure in its clause: "Transshipped goods (Chinese product, Vietnamese label) face 40%";
 * - named in the sentence before a total of all duties: "… antidumping and countervailing rights. In total about 45%, all rights included.";
 * - one the figure says it includes: "the President's figure of 47% includes the Section 301 duties".
 */
function separateDutyCounted(sentence: string, measures: PhraseMatch[], outsideMeasures: PhraseMatch[], total: boolean, figureStart: number, earlier: EarlierSentences): string | undefined {
  const before = total
    ? separateDutyNamedBefore(measures, sentence.lastIndexOf(';', figureStart), figureStart) ?? (ALL_DUTIES_INCLUDED.test(sentence) ? earlier.separateDutyJustBefore() : undefined)
    : separateDutyInClauseBefore(sentence, measures, figureStart);
  return before ?? separateDutyAmong(outsideMeasures.filter((m) => includedIn(sentence, m) || (total && (inBreakdownAfter(sentence, m, figureStart) || addedToAfter(sentence, m, figureStart)))));
}

/**
 * A part the total is said to stack on: "a combined 45% when the 10% Section 232 duty is added to the antidumping duties",
 * "a combined 45% once antidumping and countervailing duties are added".
 */
function addedToAfter(sentence: string, m: Match, figureStart: number): boolean {
  return m.start > figureStart && (ADDED_TO_BEFORE.test(sentence.slice(Math.max(figureStart, m.start - 32), m.start)) || IS_ADDED_AFTER.test(sentence.slice(m.end, m.end + 48)));
}
const ADDED_TO_BEFORE = /\badded\s+to\s+(?:the\s+|its\s+|their\s+)?$/i;
const IS_ADDED_AFTER = /^[^,;:.!?]{0,40}?\b(?:is|are|gets?)\s+(?:added|included|counted|stacked|layered)\b/i;

/** "75 percent in combined duties (50 percent under Section 232 and 25 percent under Section 301)": a part the bracket after a total names. */
function inBreakdownAfter(sentence: string, m: Match, figureStart: number): boolean {
  return m.start > figureStart && m.start - figureStart <= BRACKET_REACH && OPEN_BRACKET_LEFT.test(sentence.slice(figureStart, m.start));
}

/** "in case switzerland stays at 39% into next year": a rate supposed, in a clause "in case" opens. */
const IN_CASE_BEFORE = /\bin\s+case\s+(?:[\w'’-]+\s+){0,4}?$/i;
const STAYED_AT_BEFORE = /\b(?:stayed|remained)\s+(?:at\s+)?(?:(?:about|around|only|just)\s+)?(?:a\s+|an\s+|the\s+)?$/i;
/** "as are those who paid the 145% combined rate": what someone paid, told in a relative clause, is told in the past whatever the main verb's tense. */
const PAID_IN_A_RELATIVE_BEFORE = /\b(?:who|that|which)\s+(?:had\s+)?(?:paid|faced|owed|bore|(?:was|were)\s+(?:charged|hit\s+with))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/i;

/** A change of duties told by words for those named before, and the figures listed after it: "raised them to 100% on … and 50% on …". */
const REFERS_BACK_BEFORE = /\b(?:raised|lifted|increased|hiked|cut|lowered|reduced|set|put|took|brought|doubled|tripled|quadrupled)\s+(?:them|those|these|it|the\s+(?:rates?|duties|tariffs?))\s+(?:[\w-]+\s+)?(?:to|at)\s+[^.;:]*$/i;

/** The first duty the facts may leave out (SEPARATE_DUTIES) that the measures name. */
function separateDutyAmong(measures: readonly PhraseMatch[], orMfn = false): string | undefined {
  for (const m of measures) for (const k of m.keys) if (SEPARATE_DUTIES.has(k) || (orMfn && k === 'mfn')) return k;
  return undefined;
}

function separateDutyInClauseBefore(sentence: string, measures: PhraseMatch[], at: number): string | undefined {
  // The last measure before the figure, if nothing but words of its clause stand between ("Section 301 25% + Section 122 15%": Section 122).
  let last: PhraseMatch | undefined;
  for (const m of measures) if (m.end <= at && (!last || m.start > last.start)) last = m;
  if (!last) return undefined;
  const between = sentence.slice(last.end, at);
  if (CLAUSE_PUNCTUATION.test(between) && !SAME_SUBJECT_GOES_ON.test(between)) return undefined;
  return separateDutyAmong([last]);
}
/** Ends a clause; a bracket does not: "transshipped product (Chinese shrimp repacked in Vietnam) pays 40%". */
const CLAUSE_PUNCTUATION = /[,;:.!?]/;
/**
 * "the postal duty on small parcels, it was 120% until May 14 and is now 54%": the clause after the comma goes on about it;
 * so does a figure that opens it, "the old Section 301 tariffs are still there, 25% on most tools";
 * and each item of a list after a colon or a comma, "Section 301 duties stay on top: 100% on syringes and 50% on medical gloves",
 * "25% on List 3 chemicals, and 100% on syringes".
 */
const SAME_SUBJECT_GOES_ON = /^[^,;:.!?]*,\s*(?:(?:it|which)\s[^,;:.!?]*|(?:about\s+|around\s+|roughly\s+|mostly\s+)?)$|^[^,;:.!?]*:\s*[^;:.!?]*$|^[^;:.!?]*,\s*and\s+$/i;

/** The first separate duty (or the MFN duty) named between `from` and `at`: past a semicolon before a total, another item's ("(a) … 10% including ordinary duty; (b) … 27.5% in total"). */
function separateDutyNamedBefore(measures: PhraseMatch[], from: number, at: number): string | undefined {
  return separateDutyAmong(measures.filter((m) => m.start > from && m.end <= at), true);
}

/** "the regular 2.5% duty", "the ordinary 11% duty", "the normal 2.5 percent car duty": the MFN duty, its figure between the words that name it. */
const REGULAR_BEFORE = /\b(?:regular|ordinary|normal|standard|usual)\s+$/i;
/** "the 25 percent Section 232 car tariff plus the usual 2.5 percent": the usual duty added on is MFN's too. */
const ADDED_AS_REGULAR_BEFORE = /\b(?:plus|and|on\s+top\s+of)\s+(?:the\s+)?(?:regular|ordinary|normal|standard|usual)\s+$/i;
const DUTY_FIGURE_AT = /^\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)\s*(?:[\w-]+\s+)?dut(?:y|ies)\b/i;

/** A total said to count every duty: "all rights included", "everything included", "all duties combined". */
const ALL_DUTIES_INCLUDED = /\ball\s+(?:the\s+)?(?:duties|rights|tariffs|charges|levies)\s+(?:included|combined|together)\b|\btotal\s+(?:duty|duties)\b|\b(?:everything|all)\s+included\b|\bincluding\s+(?:all\s+(?:the\s+)?(?:duties|rights|tariffs|charges)|everything)\b/i;

/** Goods of the writer's own country: "our steel", "our exporters", "our aerospace parts". */
const OUR_GOODS = /\bour\s+(?:[\w-]+\s+){0,2}?(?:goods|exports|exporters|products|industry|industries|steel|aluminium|aluminum|cars|vehicles|manufacturers|producers|makers|steelmakers|carmakers|firms|companies|shipments|parts|engines)\b/i;

/** Between a partner and its own figure: "the EU's 20%", "Japan’s 15%". */
const POSSESSIVE_BEFORE_FIGURE = /^['’]s\s+(?:(?:old|previous|former|original|current|new|own)\s+)?$/;

/** Words that make the figure after them the sum of what comes before. */
const SUMMED_BEFORE = new RegExp(String.raw`\b(?:made|makes|make|making|${SUMMING_VERBS}|totall?(?:ed|ing)|for\s+a\s+total\s+of|brings?\s+(?:it|them|the\s+total)\s+to|brought\s+(?:it|them|the\s+total)\s+to|(?:doubles?|doubled|raises?|raised|lifts?|lifted|takes?|took|pushes|pushed)\s+(?:its|their)\s+(?:total\s+|overall\s+|combined\s+)?(?:rate|tariff|duty)\s+to)\b|=`, 'i');

/** A verb phrase joined on after a figure: " and can now seek", " but will". */
const JOINED_VERB_AFTER = /\s(?:and|but)\s+(?:can|could|may|might|will|would|should|must|now)\b/i;

/** Goods other than those named before: "other non-USMCA goods", "all other imports", "everything else". */
/** Goods named in words that no product of the facts holds, not as the ones before ("those goods"): what the figure is of, when its own words name them. */
const GOODS_OF_THEIR_OWN = /(?<!\b(?:these|those|such|same|its|their)\s+(?:[\w-]+\s+)?)\b(?:goods|products|merchandise|everything|items|machinery|equipment|apparel|clothing|garments|textiles|toys|electronics|footwear|shoes|chemicals|fertili[sz]ers?)\b/i;
const OTHER_GOODS = /\b(?:other|remaining)\s+(?:[\w-]+\s+){0,3}?(?:goods|imports|products|exports|entries|shipments|items|merchandise)\b|\beverything\s+else\b/i;

/** Between two measures summed: "reciprocal + fentanyl", "the reciprocal rate plus the fentanyl duty". */
const ADDED_TO = /^\s*(?:(?:rate|duty|tariff|charge|levy|surcharge)\s+)?(?:\+|plus)\s*(?:the\s+|an?\s+)?(?:separate\s+|additional\s+|extra\s+)?$/i;
/**
 * After a measure added to the figure: "the Russian-oil penalty added", "with the fentanyl duty on top"
 * (not one on top of another named next, "the 20% fentanyl tariff on top of its 10% reciprocal rate", a part).
 */
const ADDED_AFTER = /^\s*(?:(?:rate|duty|tariff|charge|levy|surcharge)\s+)?(?:(?:has|have|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?)?(?:added|on\s+top\b(?!\s+of\b))\b/i;

// "with the fentanyl duty its goods paid 145%", "104% counting the fentanyl duty", "15% inclusive of MFN", "50% with penalty of Russian oil", "50%, half of it is the oil penalty".
const PART_NAMED_BEFORE = /\b(with|counting|including|includes?|included|inclusive(?:\s+of)?|incl\.|add|adds|adding|(?:half|part|most)\s+of\s+(?:it|which)\s+(?:is|being|comes\s+from))\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[a-z-]+\s+|(?:penalty|duty|surcharge|tariff)\s+(?:of|for|on)\s+(?:the\s+)?|(?:[a-z-]+\s+){1,2}\()?$/i;

/** "with the 20 percent ", "counting its twenty-five per cent ": a part word and the rate of the measure after it. */
const PART_WITH_ITS_RATE_BEFORE = /\b(?:with|counting|including|adding|plus)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:\d{1,3}(?:\.\d+)?\s?|(?:[a-z]+[\s-]+){1,4}?)(?:%|percent|per\s?cent)\s+$/i;

/** The word before a measure that names it as a part of the figure ("counting", "with"), if any. */
function partWordBefore(sentence: string, measure: Match): string | undefined {
  return PART_NAMED_BEFORE.exec(sentence.slice(Math.max(0, measure.start - 32), measure.start))?.[1].toLowerCase();
}

/**
 * Is the figure a total the measure raised it to? "that doubles to 50% over India's purchases of Russian oil" (the measure after it),
 * "the Russian-oil order takes India to 50%" (the measure before it).
 */
function whyItDoubledTo(sentence: string, figureStart: number, m: Match): boolean {
  if (m.end <= figureStart) return TAKES_IT_TO_BETWEEN.test(sentence.slice(m.end, figureStart));
  return m.start > figureStart && DOUBLED_TO_BEFORE.test(sentence.slice(Math.max(0, figureStart - 24), figureStart));
}
/** Right before a doubled total: "that doubles to", "doubled it to". */
const DOUBLED_TO_BEFORE = /\bdoubl(?:e|es|ed|ing)\s+(?:it\s+|that\s+|them\s+)?to\s+$/i;
/** From a measure to the total it takes a partner to: " order takes India to ", " penalty will bring Indian goods to ". */
const TAKES_IT_TO_BETWEEN = /^[^.;%\d]{0,24}?\b(?:takes|took|will\s+take|brings|brought|will\s+bring|lifts|lifted|will\s+lift)\s+(?:it|them|(?:[A-Z][\w'’.-]*\s+){1,2}(?:goods\s+|exports\s+|imports\s+)?|[\w-]+\s+(?:goods|exports|imports)\s+)(?:up\s+)?to\s+$/;

/** Between a figure's clause and the measure it is owed to: " because of the ", ", due to its ". */
const OWED_TO_BEFORE = /^[\s,]*(?:because\s+of|due\s+to|thanks\s+to)\s+(?:the\s+|its\s+|their\s+)?$/i;

/** Before a measure named in an event: "until the oil penalty goes", "once the Section 122 surcharge lapses", "for as long as the penalty stays". */
const EVENT_LEAD_BEFORE = /\b(?:until|till|once|when|after|while|(?:for\s+)?as\s+long\s+as)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$/i;
/** The event a measure names: "the fentanyl cut", "the Section 122 hike" (not the change's own rate: "the fentanyl cut to 10%"). */
const MEASURE_EVENT_AFTER = /^\s+(?:(?:duty|tariff|rate|part|portion|piece)\s+)?(?:(?:got|was|were|has\s+been|had\s+been)\s+)?(?:cut|hike|hiked|increase|increased|reduction|reduced|rollback|halving|halved|doubling|doubled)\b(?!\s+(?:to|by|of|from)\b)/i;
/** From a figure to the measures that split it: "20% is half fentanyl, half ". */
const HALVES_BEFORE = /^\S+(?:\s+(?:percent|per\s+cent))?\s+(?:is|was|=|being)\s+half\s+(?:[\w-]+\s*,?\s*(?:and\s+)?half\s+)?$/i;
/** Between such an event and the figure it led to: "the fentanyl part got cut in half last week so Chinese stuff is 20% now". */
const CONSEQUENCE_BETWEEN = /\b(?:so|which\s+means|meaning|hence|thus)\b/i;

/** From a figure to the measure of another added after it: "30%, plus the " (MFN rate of 3.4%). */
const PLUS_ANOTHER_AFTER = /^\S*[^()\d]{0,16}?\bplus\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/i;
/** "the MFN rate of 3.4%": the measure's own figure, told as its rate. */
const ITS_RATE_OF_BEFORE = /^\s+(?:rate|duty|tariff)\s+(?:of|at)\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** Between a measure and the figure it names: "the MFN 2.5%", "MFN of 2.5%", "MFN: 2.5%". */
const RIGHT_BEFORE_FIGURE = /^\s*(?:(?:rate|duty)\s+)?(?:of\s+|at\s+|:\s*)?$/i;
/** Between a measure and the figure in brackets right after it: "the normal MFN duty (about 2.5%". */
const BRACKET_RIGHT_BEFORE_FIGURE = /^\s*(?:(?:rate|duty|tariff)s?\s*)?\(\s*(?:(?:about|around|roughly|approximately|approx\.|~)\s*)?$/i;
const GOODS_AT_BEFORE_FIGURE = /^\s+(?:[\w-]+\s+){1,3}?at\s+(?:about\s+|around\s+)?$/i;

/**
 * Is the figure given as the match's own, in a bracket opened after it ("the ordinary duty (about 6%")
 * or in a clause that says what it is ("the normal duty of your HTS line, which is 5.5%")?
 * Looked for near the match only: asked of every match before every figure, a search back
 * through a long sentence made one of thousands of figures take minutes.
 */
function givenAfter(sentence: string, m: Match, figureStart: number): boolean {
  if (figureStart - m.end > BRACKET_REACH) return false;
  const between = sentence.slice(m.end, figureStart);
  return OPEN_BRACKET_LEFT.test(between) || ITS_OWN_CLAUSE_LEFT.test(between);
}
/** "the normal duty of your HTS line, which is 5.5% for adult models and 11% for …": a clause that gives the measure's own figures. */
const ITS_OWN_CLAUSE_LEFT = /^(?:\s+(?:of|for|on)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,\s*(?:which|that)\s+(?:is|are|was|were)\s+(?:about\s+|around\s+|only\s+|usually\s+|typically\s+|generally\s+)?(?:\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)[^.;%\d]{0,60}?(?:,\s*|\s+)(?:and|or)\s+(?:about\s+)?)?$/i;
const BRACKET_REACH = 200;
/** Words that leave a bracket open: what follows is inside it. */
const OPEN_BRACKET_LEFT = /\([^()]*$/;
/** Before a duty the figure comes on top of or leaves out: "on top of the MFN duty", "on top of MFN and any 301", "before any Section 232 duty", "excluded from the reciprocal duty", "in addition to the 20 percent fentanyl duty". */
/** Do words before `at` name a duty another figure comes on top of (not the figure at `figureStart`, whose own words they are)? */
function addedToBefore(sentence: string, at: number, figureStart: number): boolean {
  const from = Math.max(0, at - 44);
  const lead = ON_TOP_OF_BEFORE.exec(sentence.slice(from, at));
  return lead !== null && !(figureStart >= from + lead.index && figureStart < at);
}
const ON_TOP_OF_BEFORE = /\b(?:on\s+top\s+of|besides|aside\s+from|apart\s+from|before\s+any|in\s+addition\s+to|additional\s+to|over\s+and\s+above|excluding|exclusive\s+of|not\s+counting|excluded\s+from|exempt(?:ed)?\s+from)\s+(?:(?:the\s+)?[\w-]+\s+(?:and|or)\s+)?(?:whatever\s+|any\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?(?:\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s?cent)[\s-]*)?$/i;

/** Is the measure named as one the figure counts in ("counting the fentanyl duty", "with the fentanyl duty", "once the regular duty is counted")? */
function countedIn(sentence: string, measure: Match): boolean {
  return partWordBefore(sentence, measure) !== undefined || countedOnce(sentence, measure);
}

/**
 * Is the measure a part the figure says it includes ("inclusive of MFN", "counting the
 * fentanyl duty")? "with" may also name the figure's own kind ("a pump with MFN-rate of 2.5%").
 */
function includedIn(sentence: string, measure: Match): boolean {
  const word = partWordBefore(sentence, measure);
  return (word !== undefined && (word !== 'with' || FIGURE_WITH_BEFORE.test(sentence.slice(Math.max(0, measure.start - 24), measure.start)))) || countedOnce(sentence, measure);
}
/** "10% with the MFN duty": "with" right after a figure adds the part in (before it, "a pump with MFN-rate of 2.5%", it names the figure's kind). */
const FIGURE_WITH_BEFORE = /(?:%|percent|per\s?cent)\s+with\s+(?:the\s+|its\s+|their\s+)?$/i;

/** "27.5 percent once the regular duty is counted": a part a clause after the figure adds in. */
function countedOnce(sentence: string, measure: Match): boolean {
  return COUNTED_AFTER.test(sentence.slice(measure.end, measure.end + 30)) && COUNTED_WHEN_BEFORE.test(sentence.slice(Math.max(0, measure.start - 16), measure.start));
}
const COUNTED_WHEN_BEFORE = /\b(?:once|when|if|after)\s+(?:the\s+|its\s+|their\s+)?$/i;
const COUNTED_AFTER = /^\s+(?:is|are)\s+(?:also\s+)?(?:counted|included|added(?:\s+in)?|factored\s+in)\b/i;

/** "… (the GST) is only ": an aside in brackets, then the verb and the figure's level. */
// A place may come between ("Value added tax (VAT) in Korea is 10 %").
const ASIDE_THEN_LEVEL_BEFORE = /\)\s+(?:(?:in|for)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+)?(?:is|are|was|were|stands\s+at|runs\s+at)\s+(?:(?:capped|limited|held|fixed)\s+at\s+)?(?:only\s+|just\s+|about\s+|around\s+)?$/i;
/** A figure and the opening bracket after it, with nothing else between: "7.5% (", "25 percent (under ". */
const BRACKETED_MEASURE_BEFORE = /^[\w.,-]+(?:\s+[\w-]+){0,3}?\s?(?:%|percent|per\s?cent)\s*\(\s*(?:under\s+|per\s+|the\s+)?$/i;

/** The measure that changes the scope; a separate duty does so only from the figure's own words (`governing`). */
function changingMeasure(namesEffectiveRate: boolean, measures: PhraseMatch[], governing: boolean): string | undefined {
  if (namesEffectiveRate) return 'effective-rate';
  for (const m of measures) for (const k of m.keys) if (SCOPE_CHANGING_MEASURES.has(k) || (governing && SEPARATE_DUTIES.has(k))) return k;
  return undefined;
}
