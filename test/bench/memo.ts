// Generates trade memos of a given size: a desk briefing in Markdown with front
// matter, headings, paragraphs of varied prose, tables, lists and quotes. About one
// sentence in three quotes a tariff rate from the benchmark's world (mostly right;
// some outdated, wrong, past, former or threatened); other sentences carry numbers that are not
// tariff rates (growth, freight, shares, prices, counts) or none at all.
import { Random } from './random';
import { MEASURES, MEMO_AS_OF, PARTNERS, PRODUCTS, intervalAt, type Partner, type TariffLine } from './world';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PORTS = ['Long Beach', 'Savannah', 'Houston', 'Newark', 'Seattle', 'Oakland', 'Charleston', 'Norfolk', 'Laredo', 'Detroit'];
const FOREIGN_PORTS = ['Shanghai', 'Busan', 'Rotterdam', 'Yokohama', 'Ho Chi Minh City', 'Manzanillo', 'Antwerp', 'Singapore'];
const CURRENCIES = ['yen', 'euro', 'peso', 'won', 'yuan', 'rupee', 'real'];
const COMPANIES = ['a large furniture retailer', 'one of our auto-parts clients', 'a Midwest toolmaker', 'a regional grocer', 'an electronics distributor', 'a footwear brand', 'a contract manufacturer in Ohio', 'a specialty chemicals group'];
const REGIONS = ['the Inland Empire', 'northern New Jersey', 'the Dallas area', 'central Pennsylvania', 'the Chicago suburbs', 'greater Atlanta'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const SPELLED: Record<number, string> = { 10: 'ten', 15: 'fifteen', 20: 'twenty', 25: 'twenty-five', 30: 'thirty', 35: 'thirty-five', 40: 'forty', 50: 'fifty' };

export interface GeneratedMemo {
  text: string;
  claims: number;
}

type Phrase = (r: Random) => string;

/** Sentences without a tariff figure: the connective tissue of a briefing. */
const PLAIN: Phrase[] = [
  (r) => `${pickPartner(r).adjective} GDP grew ${r.int(1, 39) / 10}% in the ${r.pick(['first', 'second', 'third'])} quarter, a little faster than most forecasters expected.`,
  (r) => `Container volumes through ${r.pick(PORTS)} rose ${r.int(2, 14)}% on the month, the strongest reading since the spring.`,
  (r) => `The ${r.pick(CURRENCIES)} slipped ${r.int(3, 29) / 10}% against the dollar over the week, which takes some of the sting out of the duty for buyers.`,
  (r) => `About ${r.int(20, 70)}% of the importers in our survey say they will move some sourcing out of ${pickPartner(r).name} within two years.`,
  (r) => `Spot freight from ${r.pick(FOREIGN_PORTS)} to ${r.pick(PORTS)} cost $${r.int(18, 62) * 100} per forty-foot container last week, against $${r.int(18, 62) * 100} a month earlier.`,
  (r) => `${cap(r.pick(COMPANIES))} told us its margins narrowed to ${r.int(3, 19)}% in the quarter as landed costs climbed.`,
  (r) => `Warehouse vacancy in ${r.pick(REGIONS)} is down to ${r.int(2, 9)}%, according to a broker survey published on ${r.pick(WEEKDAYS)}.`,
  (r) => `Inflation in ${pickPartner(r).name} eased to ${r.int(12, 48) / 10}% in ${r.pick(MONTHS)}, giving its central bank room to cut.`,
  (r) => `Clearance at ${r.pick(PORTS)} now takes ${r.int(2, 9)} days on average, down from ${r.int(10, 16)} at the peak of the backlog.`,
  (r) => `Our clients shipped ${r.int(120, 4800).toLocaleString('en-US')} containers of ${r.pick(PRODUCTS).nouns[0]} in ${r.pick(MONTHS)}, roughly ${r.int(3, 30)}% more than a year earlier.`,
  () => 'Several retailers pulled orders forward to get ahead of the holiday season, and the inventory build is now visible in the trade data.',
  () => 'Lawyers we spoke to expect a ruling on the challenge before the end of the year, though nobody would put money on the date.',
  (r) => `The working group meets again on ${r.pick(WEEKDAYS)}; minutes will go out the same afternoon.`,
  () => 'None of this changes our standing advice: keep certificates of origin and mill certificates on file for every entry.',
  () => 'Rules of origin remain the main source of disputes at the border, and the paperwork burden falls hardest on smaller firms.',
  (r) => `Shares of the big importers fell ${r.int(1, 9)}% on the news before recovering most of the loss by the close.`,
  (r) => `${cap(r.pick(COMPANIES))} has hired ${r.int(2, 40)} customs specialists since ${r.pick(MONTHS)} to handle the extra filings.`,
  () => 'Brokers report that classification questions, not the rates themselves, now take up most of their time.',
  (r) => `The order book at ${r.pick(COMPANIES)} is ${r.int(4, 11)} months long, so price changes will reach shelves slowly.`,
  () => 'We would treat the headline numbers with care until the revised monthly series comes out.',
  (r) => `Consumer prices for ${r.pick(PRODUCTS).nouns[0]} were up ${r.int(2, 12)}% year on year in the latest release.`,
  () => 'A few clients asked whether drawback claims are still worth the effort; for most of them the answer is yes.',
  (r) => `The ${r.pick(['Senate', 'House'])} hearing on ${r.pick(WEEKDAYS)} produced more questions than answers.`,
  () => 'Foreign suppliers have so far absorbed part of the cost, but that cushion is thinning as contracts roll over.',
  (r) => `Bonded warehouse space near ${r.pick(PORTS)} is fully booked through ${r.pick(MONTHS)}, according to two operators we called.`,
  () => 'Our view has not changed since the last note: expect more carve-outs and more paperwork, not fewer.',
];

const SUBJECTS = ['Buyers', 'Our clients', 'Procurement teams', 'Customs brokers', 'Freight forwarders', 'Retail importers', 'Component suppliers', 'Trade lawyers'];
const VERBS = ['are still working through', 'have started to plan around', 'keep asking about', 'are bracing for', 'have largely priced in', 'remain unsure about'];
const OBJECTS = ['the new filing requirements', 'the stacking rules', 'the product exclusions process', 'the end of de minimis treatment', 'the origin checks at the border', 'the quarterly rate reviews'];
const CODAS = ['', ', and few expect clarity soon', ' ahead of the next review', ', according to several calls this week', ' as the deadline approaches'];

function plainSentence(r: Random): string {
  if (r.chance(0.35)) return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}${r.pick(CODAS)}.`;
  return r.pick(PLAIN)(r);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function pickPartner(r: Random): Partner {
  return r.pick(PARTNERS.slice(0, 30));
}

const partnerOf = (code: string) => PARTNERS.find((p) => p.code === code);
const productOf = (key: string) => PRODUCTS.find((p) => p.key === key);
const measureOf = (key: string) => MEASURES.find((m) => m.key === key)!;

/** A rate as memos write it: mostly `25%`, sometimes `25 percent`, `25 per cent` or spelled out. */
function rateText(r: Random, value: number): string {
  const roll = r.next();
  if (roll < 0.78) return `${value}%`;
  if (roll < 0.88) return `${value} percent`;
  if (roll < 0.94) return `${value} per cent`;
  return SPELLED[value] ? `${SPELLED[value]} percent` : `${value}%`;
}

function dayOf(date: string): string {
  return `${MONTHS[+date.slice(5, 7) - 1]} ${+date.slice(8, 10)}`;
}

/**
 * The figure a memo quotes for a line. Memos are mostly right: three figures in four are
 * the current rate, one in ten an old one, one in twenty a coming one, the rest wrong.
 */
function valueFor(r: Random, line: TariffLine): { value: number; kind: 'current' | 'old' | 'wrong' | 'coming' } {
  const now = intervalAt(line, MEMO_AS_OF);
  const roll = r.next();
  const old = line.intervals.filter((i) => i.expires && i.expires <= MEMO_AS_OF);
  const coming = line.intervals.filter((i) => i.effective > MEMO_AS_OF);
  if (now && roll < 0.75) return { value: now.rate, kind: 'current' };
  if (old.length && roll < 0.85) return { value: r.pick(old).rate, kind: 'old' };
  if (coming.length && roll < 0.9) return { value: r.pick(coming).rate, kind: 'coming' };
  return { value: r.pick([10, 12, 15, 18, 20, 22, 25, 30, 35, 40, 45, 50, 60]), kind: 'wrong' };
}

interface Scope {
  partner?: Partner;
  /** "Japanese", or "" for every partner. */
  adjective: string;
  from: string;
  noun: string;
  measure: string;
}

function scopeOf(r: Random, line: TariffLine): Scope {
  const partner = line.target === '*' || line.target === 'US' ? undefined : partnerOf(line.target);
  const prod = line.products[0] === 'all' ? undefined : productOf(line.products[0]);
  const noun = prod ? r.pick(prod.nouns) : r.pick(['goods', 'exports', 'shipments']);
  return {
    partner,
    adjective: partner ? partner.adjective : '',
    from: partner ? `from ${partner.name}` : r.pick(['from every trading partner', 'from all countries', 'from all partners']),
    noun,
    measure: r.pick(measureOf(line.measure).adjectives),
  };
}

/** One sentence quoting a rate of `line`; returns the sentence and how many figures it quotes. */
function claimSentence(r: Random, line: TariffLine, other: TariffLine): [string, number] {
  const s = scopeOf(r, line);
  const { value } = valueFor(r, line);
  // "Since …" gives the day the quoted rate took effect (the line's start when none had it).
  const since = (line.intervals.find((i) => i.rate === value && i.status !== 'announced') ?? line.intervals[0]).effective;
  const R = rateText(r, value);
  const A = s.adjective ? `${s.adjective} ` : '';
  if (line.measure === 'retaliatory') {
    const imposer = partnerOf(line.imposer)!;
    return [`${cap(imposer.name)} answered with ${R} counter-tariffs on American ${s.noun}, and officials there say the list could grow.`, 1];
  }
  if (line.measure === 'antidumping' || line.measure === 'countervailing') {
    return r.pick<() => [string, number]>([
      () => [`Commerce set an ${s.measure} duty of ${R} on ${s.noun} ${s.from} in case ${line.heading}.`, 1],
      () => [`Imports of ${s.noun} ${s.from} now carry a ${R} ${s.measure} duty, on top of whatever else applies.`, 1],
      () => [`The ${s.measure} rate on ${A}${s.noun} stands at ${R} after the latest administrative review.`, 1],
    ])();
  }
  const templates: (() => [string, number])[] = [
    () => [`${A}${s.noun} ${s.partner ? '' : s.from + ' '}now pay a ${R} ${s.measure} tariff at the border.`, 1],
    () => [`The ${s.measure} duty on ${s.noun} ${s.from} stands at ${R}.`, 1],
    () => [`Importers of ${A}${s.noun} tell us they are paying ${R} under the ${s.measure} tariff.`, 1],
    () => [`Since ${dayOf(since)}, ${A}${s.noun} have carried a ${R} ${s.measure} duty.`, 1],
    () => [`In ${MONTHS[r.int(3, 8)]}, ${A}${s.noun} paid ${R} under the ${s.measure} tariff.`, 1],
    () => [`The duty on ${A}${s.noun} had been ${R} before the latest change.`, 1],
    () => [`${s.partner ? cap(s.partner.name) : 'Every partner'} could face a ${s.measure} tariff of ${R} if the talks stall.`, 1],
    () => [`A ${R} ${s.measure} duty applies to ${A}${s.noun}, according to the customs notice we reviewed.`, 1],
    () => [`Customs brokers confirm that the ${R} ${s.measure} levy on ${s.noun} ${s.from} is being collected.`, 1],
    () => {
      const o = scopeOf(r, other);
      const R2 = rateText(r, valueFor(r, other).value);
      return [`${A}${s.noun} pay ${R} under the ${s.measure} tariff, compared with ${R2} for ${o.adjective ? o.adjective + ' ' : ''}${o.noun}.`, 2];
    },
  ];
  if (line.heading.startsWith('9903.')) templates.push(() => [`Under heading ${line.heading}, ${A}${s.noun} pay ${R}.`, 1]);
  if (s.partner && line.products[0] === 'all') templates.push(() => [`${cap(s.partner!.name)}'s ${R} ${s.measure} rate still applies to most of its goods.`, 1]);
  const [sentence, n] = r.pick(templates)();
  return [cap(sentence), n];
}

function sectionHeading(r: Random, line: TariffLine): string {
  const p = partnerOf(line.target);
  const prod = productOf(line.products[0]);
  return r.pick([
    () => (p ? `${cap(p.name)}: where things stand` : 'Duties on every partner'),
    () => (prod ? `${cap(prod.nouns[0])}` : 'Country rates'),
    () => 'What brokers are telling us',
    () => 'Trade remedies',
    () => 'Outlook',
    () => `Notes from the ${r.pick(WEEKDAYS)} call`,
  ])();
}

/** A memo of about `bytes` characters quoting the given lines (those of the fact base it is checked against). */
export function generateMemo(lines: TariffLine[], bytes: number, seed = 1): GeneratedMemo {
  const r = new Random(seed);
  const quotable = lines.filter((l) => l.prominent);
  const remedies = lines.filter((l) => !l.prominent && l.measure !== 'mfn').slice(0, 600);
  const reciprocal = quotable.filter((l) => l.measure === 'reciprocal');
  const pickLine = () => (r.chance(0.8) ? r.pick(quotable) : r.pick(remedies));
  let claims = 0;
  const parts: string[] = [
    '---',
    'title: Tariff desk weekly',
    `date: ${MEMO_AS_OF}`,
    'author: Trade policy desk',
    '---',
    '',
    '# Tariff desk weekly: what importers are paying this autumn',
    '',
    'This briefing collects what our clients, their brokers and the published notices say about the duties now collected at the border, with our reading of each. Figures are ad valorem unless we say otherwise.',
    '',
  ];
  let size = parts.join('\n').length;
  const push = (block: string) => {
    parts.push(block, '');
    size += block.length + 2;
  };
  while (size < bytes) {
    const topic = pickLine();
    push(`## ${sectionHeading(r, topic)}`);
    const paragraphs = r.int(2, 5);
    for (let p = 0; p < paragraphs && size < bytes; p++) {
      const sentences: string[] = [];
      const count = r.int(3, 7);
      for (let s = 0; s < count; s++) {
        if (r.chance(0.34)) {
          const [sentence, n] = claimSentence(r, r.chance(0.5) ? topic : pickLine(), pickLine());
          sentences.push(sentence);
          claims += n;
        } else sentences.push(plainSentence(r));
      }
      if (r.chance(0.08)) sentences.push(`The notice is [on the Federal Register](https://www.federalregister.gov/d/2025-${r.int(10000, 24999)}).`);
      push(sentences.join(' '));
    }
    const extra = r.next();
    if (extra < 0.15) {
      // Country rates side by side: a table's cells take their scope from the row's first cell and the column's header.
      const rows = Array.from({ length: r.int(3, 6) }, () => {
        const l = r.pick(reciprocal);
        const p = partnerOf(l.target)!;
        claims++;
        return `| ${cap(p.name)} | ${valueFor(r, l).value}% | ${r.pick(['deal signed', 'in talks', 'no deal', 'letter sent'])} |`;
      });
      push(['| Partner | Reciprocal tariff | Status |', '| --- | --- | --- |', ...rows].join('\n'));
    } else if (extra < 0.3) {
      const items = Array.from({ length: r.int(2, 5) }, () => {
        if (r.chance(0.5)) return `- ${plainSentence(r)}`;
        const [sentence, n] = claimSentence(r, pickLine(), pickLine());
        claims += n;
        return `- ${sentence}`;
      });
      push(items.join('\n'));
    } else if (extra < 0.36) {
      push(`> "${plainSentence(r)}" — ${cap(r.pick(COMPANIES))}`);
    } else if (extra < 0.38) {
      push(['```csv', 'entry,hts,value_usd,duty_usd', ...Array.from({ length: 4 }, () => `${r.int(100000, 999999)},${r.int(7200, 9999)}.${r.int(10, 99)}.${r.int(10, 99)},${r.int(1000, 90000)},${r.int(100, 9000)}`), '```'].join('\n'));
    }
  }
  return { text: parts.join('\n'), claims };
}
