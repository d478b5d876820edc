// The made-up tariff world that the benchmark's fact bases and memos share: trading
// partners, products (with HTS chapters), measures, and "tariff lines" — one HTS
// heading (or trade-remedy case) for one partner, product and measure, with its rate's
// timeline. A fact base of N facts is the first lines of one fixed order; memos quote
// the same lines, so their claims meet facts (right, outdated or wrong figures).
import { Random } from './random';

export interface Partner {
  code: string;
  name: string;
  /** "Japanese" in "Japanese steel"; the name itself where English has no adjective. */
  adjective: string;
}

export const PARTNERS: readonly Partner[] = [
  ['JP', 'Japan', 'Japanese'], ['CN', 'China', 'Chinese'], ['CA', 'Canada', 'Canadian'], ['MX', 'Mexico', 'Mexican'],
  ['KR', 'South Korea', 'Korean'], ['VN', 'Vietnam', 'Vietnamese'], ['IN', 'India', 'Indian'], ['BR', 'Brazil', 'Brazilian'],
  ['GB', 'the United Kingdom', 'British'], ['CH', 'Switzerland', 'Swiss'], ['TW', 'Taiwan', 'Taiwanese'], ['TH', 'Thailand', 'Thai'],
  ['MY', 'Malaysia', 'Malaysian'], ['ID', 'Indonesia', 'Indonesian'], ['PH', 'the Philippines', 'Filipino'], ['AU', 'Australia', 'Australian'],
  ['ZA', 'South Africa', 'South African'], ['AR', 'Argentina', 'Argentine'], ['CL', 'Chile', 'Chilean'], ['CO', 'Colombia', 'Colombian'],
  ['PE', 'Peru', 'Peruvian'], ['EU', 'the European Union', 'European'], ['NO', 'Norway', 'Norwegian'], ['IL', 'Israel', 'Israeli'],
  ['EG', 'Egypt', 'Egyptian'], ['SA', 'Saudi Arabia', 'Saudi'], ['SG', 'Singapore', 'Singaporean'], ['NZ', 'New Zealand', 'New Zealand'],
  ['BD', 'Bangladesh', 'Bangladeshi'], ['PK', 'Pakistan', 'Pakistani'], ['KH', 'Cambodia', 'Cambodian'], ['LK', 'Sri Lanka', 'Sri Lankan'],
  ['NG', 'Nigeria', 'Nigerian'], ['KE', 'Kenya', 'Kenyan'], ['MA', 'Morocco', 'Moroccan'], ['EC', 'Ecuador', 'Ecuador'],
  ['GT', 'Guatemala', 'Guatemalan'], ['CR', 'Costa Rica', 'Costa Rican'], ['LA', 'Laos', 'Laos'], ['MM', 'Myanmar', 'Myanmar'],
  ['KZ', 'Kazakhstan', 'Kazakhstan'], ['UA', 'Ukraine', 'Ukrainian'], ['IS', 'Iceland', 'Iceland'], ['TN', 'Tunisia', 'Tunisian'],
  ['DZ', 'Algeria', 'Algerian'], ['IQ', 'Iraq', 'Iraqi'], ['RS', 'Serbia', 'Serbian'], ['BW', 'Botswana', 'Botswana'],
  ['MG', 'Madagascar', 'Madagascar'], ['MU', 'Mauritius', 'Mauritius'], ['NI', 'Nicaragua', 'Nicaragua'], ['FJ', 'Fiji', 'Fiji'],
  ['BN', 'Brunei', 'Brunei'], ['MD', 'Moldova', 'Moldova'], ['MK', 'North Macedonia', 'North Macedonia'], ['ZW', 'Zimbabwe', 'Zimbabwe'],
  ['UY', 'Uruguay', 'Uruguay'], ['PY', 'Paraguay', 'Paraguay'], ['BO', 'Bolivia', 'Bolivia'], ['DO', 'the Dominican Republic', 'Dominican Republic'],
].map(([code, name, adjective]) => ({ code, name, adjective }));

export interface Product {
  key: string;
  /** Built-in product keys need no `products:` entry in the fact file. */
  builtin: boolean;
  /** Phrases for the fact file's `products:` vocabulary. */
  phrases: string[];
  /** How prose names it, as a plural noun phrase. */
  nouns: string[];
  /** HTS chapters (2 digits) its column-1 lines live in. */
  chapters: string[];
}

const product = (key: string, builtin: boolean, nouns: string[], chapters: string[], phrases: string[] = nouns): Product => ({ key, builtin, phrases, nouns, chapters });

export const PRODUCTS: readonly Product[] = [
  product('steel', true, ['steel', 'steel products'], ['72', '73']),
  product('aluminum', true, ['aluminum', 'aluminum extrusions'], ['76']),
  product('autos', true, ['cars', 'passenger cars', 'automobiles'], ['87']),
  product('auto-parts', true, ['auto parts', 'car parts', 'engines'], ['84', '87']),
  product('copper', true, ['copper', 'copper wire'], ['74']),
  product('lumber', true, ['lumber', 'softwood lumber'], ['44']),
  product('trucks', true, ['heavy trucks', 'trucks'], ['87']),
  product('pharmaceuticals', true, ['pharmaceuticals', 'medicines'], ['29', '30']),
  product('semiconductors', true, ['semiconductors', 'chips'], ['85']),
  product('energy', true, ['crude oil', 'natural gas'], ['27']),
  product('furniture', false, ['furniture', 'upholstered furniture', 'kitchen cabinets'], ['94']),
  product('apparel', false, ['apparel', 'garments', 'knitwear'], ['61', '62']),
  product('footwear', false, ['footwear', 'shoes', 'sneakers'], ['64']),
  product('toys', false, ['toys', 'board games'], ['95']),
  product('solar-panels', false, ['solar panels', 'solar cells', 'solar modules'], ['85']),
  product('batteries', false, ['batteries', 'lithium-ion batteries'], ['85']),
  product('machinery', false, ['machinery', 'machine tools', 'industrial machinery'], ['84']),
  product('seafood', false, ['seafood', 'shrimp', 'frozen fish'], ['03', '16']),
  product('wine', false, ['wine', 'sparkling wine'], ['22']),
  product('ceramics', false, ['ceramic tile', 'tableware', 'ceramics'], ['69']),
  product('glassware', false, ['glassware', 'float glass'], ['70']),
  product('paper', false, ['paper', 'coated paper', 'paperboard'], ['48']),
  product('tires', false, ['tires', 'truck tires'], ['40']),
  product('plastics', false, ['plastics', 'plastic film', 'resins'], ['39']),
  product('chemicals', false, ['chemicals', 'organic chemicals'], ['28', '29', '38']),
  product('fertilizer', false, ['fertilizer', 'potash', 'urea'], ['31']),
  product('cement', false, ['cement', 'clinker'], ['25']),
  product('hand-tools', false, ['hand tools', 'wrenches'], ['82']),
  product('bicycles', false, ['bicycles', 'e-bikes'], ['87']),
  product('appliances', false, ['appliances', 'washing machines', 'refrigerators'], ['84', '85']),
  product('cheese', false, ['cheese', 'hard cheese'], ['04']),
  product('rice', false, ['rice', 'basmati rice'], ['10']),
  product('coffee', false, ['coffee', 'roasted coffee'], ['09']),
  product('beef', false, ['beef', 'frozen beef'], ['02']),
  product('sugar', false, ['sugar', 'cane sugar'], ['17']),
  product('cotton', false, ['cotton', 'cotton yarn'], ['52']),
  product('leather-goods', false, ['leather goods', 'handbags'], ['42']),
  product('watches', false, ['watches', 'clocks'], ['91']),
  product('medical-devices', false, ['medical devices', 'syringes'], ['90']),
  product('olive-oil', false, ['olive oil'], ['15']),
];

export interface Measure {
  key: string;
  builtin: boolean;
  /** Phrases for the fact file's `measures:` vocabulary (custom measures only). */
  phrases: string[];
  /** How prose names the duty: "the {adjective} tariff". */
  adjectives: string[];
}

export const MEASURES: readonly Measure[] = [
  { key: 'reciprocal', builtin: true, phrases: [], adjectives: ['reciprocal'] },
  { key: 'baseline', builtin: true, phrases: [], adjectives: ['baseline'] },
  { key: 'section-232', builtin: true, phrases: [], adjectives: ['Section 232', 'national security'] },
  { key: 'section-301', builtin: true, phrases: [], adjectives: ['Section 301'] },
  { key: 'section-122', builtin: true, phrases: [], adjectives: ['Section 122'] },
  { key: 'fentanyl', builtin: true, phrases: [], adjectives: ['fentanyl', 'fentanyl-related'] },
  { key: 'mfn', builtin: true, phrases: [], adjectives: ['MFN', 'most-favored-nation'] },
  { key: 'retaliatory', builtin: true, phrases: [], adjectives: ['retaliatory'] },
  { key: 'antidumping', builtin: false, phrases: ['anti-dumping', 'antidumping', 'anti-dumping duty', 'dumping margin'], adjectives: ['anti-dumping'] },
  { key: 'countervailing', builtin: false, phrases: ['countervailing', 'countervailing duty', 'anti-subsidy'], adjectives: ['countervailing', 'anti-subsidy'] },
  { key: 'safeguard', builtin: false, phrases: ['safeguard', 'section 201', 'safeguard duty'], adjectives: ['safeguard', 'Section 201'] },
];

export type FactStatus = 'in-effect' | 'paused' | 'announced';

export interface Interval {
  rate: number;
  effective: string;
  expires?: string;
  status: FactStatus;
  /** When the source was published (announced facts: before they take effect). */
  published: string;
}

export interface TariffLine {
  /** The fact id of the line's first interval; later intervals add -r2, -r3, … */
  id: string;
  /** The HTS heading or case number, as written in labels and terms. */
  heading: string;
  imposer: string;
  target: string;
  products: string[];
  measure: string;
  label: string;
  /** The HTS number or case: memos quote it ("under heading 9903.01.25"), and it tells apart lines of one scope. */
  terms: string[];
  sourceTitle: string;
  sourceUrl: string;
  intervals: Interval[];
  /** Lines that memos talk about most. */
  prominent: boolean;
}

/** The date memos are written at (their front matter says so). */
export const MEMO_AS_OF = '2025-10-15';

const CHAPTER_99_RATES = [10, 15, 20, 24, 25, 30, 34, 35, 40, 46, 49, 50];
const MFN_RATES = [0, 1.5, 2.5, 2.9, 3.4, 4, 4.4, 5, 6.5, 8, 10, 12.5, 15, 20, 25];
const REMEDY_RATES = [8.5, 12.3, 20.6, 33.5, 47.1, 63.4, 93.9, 112.6, 145.3, 206];

export function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function timeline(random: Random, rates: readonly number[], count: number, start: string, options: { pauses?: boolean; announced?: boolean; inForce?: boolean } = {}): Interval[] {
  const out: Interval[] = [];
  let effective = start;
  let rate = random.pick(rates);
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    const length = random.int(35, 190);
    // A line memos talk about is in force at their date: its last rate runs on.
    const expires = last && (random.chance(0.7) || (options.inForce && addDays(effective, length) <= MEMO_AS_OF)) ? undefined : addDays(effective, length);
    const status: FactStatus = options.pauses && !last && random.chance(0.15) ? 'paused' : 'in-effect';
    out.push({ rate, effective, expires, status, published: addDays(effective, -random.int(3, 20)) });
    if (!expires) break;
    effective = expires;
    let next = random.pick(rates);
    while (next === rate && rates.length > 1) next = random.pick(rates);
    rate = next;
  }
  // Now and then a rate that is announced but not in effect yet at the memos' date.
  const end = out[out.length - 1];
  if (options.announced && random.chance(0.25)) {
    const effectiveLater = addDays(MEMO_AS_OF, random.int(10, 90));
    if (!end.expires && end.effective < effectiveLater) {
      end.expires = effectiveLater;
      out.push({ rate: random.pick(rates), effective: end.expires, status: 'announced', published: addDays(MEMO_AS_OF, -random.int(5, 40)) });
    }
  }
  return out;
}

/** Every tariff line of the world, in the order fact bases take them. */
export function tariffLines(): TariffLine[] {
  const random = new Random(0x7a51ff);
  const prominent: TariffLine[] = [];
  const rest: TariffLine[] = [];
  const usedHeadings = new Set<string>();
  let chapter99 = 0;
  const nextChapter99 = () => {
    chapter99++;
    return `9903.${String(Math.floor(chapter99 / 99) + 1).padStart(2, '0')}.${String((chapter99 % 99) + 1).padStart(2, '0')}`;
  };
  const line = (heading: string, fields: Omit<TariffLine, 'id' | 'heading' | 'label' | 'terms' | 'sourceTitle' | 'sourceUrl' | 'prominent'>, label: string, isProminent: boolean, kind: 'hts' | 'case' | 'counter') => {
    usedHeadings.add(heading);
    const l: TariffLine = {
      id: { hts: 'hts-', case: 'adcvd-', counter: 'counter-' }[kind] + heading.toLowerCase().replace(/\./g, '-'),
      heading,
      label,
      // The HTS number or case names the line, and tells apart the lines of one product and measure.
      terms: kind === 'counter' ? [] : [heading],
      sourceTitle: {
        hts: `Harmonized Tariff Schedule of the United States (2025 Revision ${random.int(1, 24)}), heading ${heading}`,
        case: `Antidumping and countervailing duty order, case ${heading}`,
        counter: `Notice of countermeasures on imports from the United States (${fields.imposer})`,
      }[kind],
      sourceUrl: kind === 'hts' ? `https://hts.usitc.gov/search?query=${heading}` : `https://trade.example.org/notices/${heading.toLowerCase()}`,
      prominent: isProminent,
      ...fields,
    };
    (isProminent ? prominent : rest).push(l);
  };
  const partnerProducts = (p: Partner) => (p.code === 'EU' ? 'the European Union' : p.name.replace(/^the /, ''));

  // Chapter 99: the country rates, the baseline, the fentanyl duties, Section 232 and 122.
  line(nextChapter99(), { imposer: 'US', target: '*', products: ['all'], measure: 'baseline', intervals: timeline(random, [10], 2, '2025-04-05', { inForce: true }) }, 'US baseline tariff on all partners', true, 'hts');
  for (const p of PARTNERS) {
    line(nextChapter99(), { imposer: 'US', target: p.code, products: ['all'], measure: 'reciprocal', intervals: timeline(random, CHAPTER_99_RATES, random.int(2, 5), '2025-04-09', { pauses: true, announced: true , inForce: true }) }, `US reciprocal tariff on products of ${partnerProducts(p)}`, true, 'hts');
  }
  for (const code of ['CN', 'CA', 'MX', 'BR', 'IN']) {
    const p = PARTNERS.find((x) => x.code === code)!;
    line(nextChapter99(), { imposer: 'US', target: code, products: ['all'], measure: 'fentanyl', intervals: timeline(random, [10, 20, 25, 35, 40], random.int(2, 4), '2025-02-04', { announced: true , inForce: true }) }, `US additional duty on products of ${partnerProducts(p)} (border emergency)`, true, 'hts');
  }
  for (const key of ['steel', 'aluminum', 'autos', 'auto-parts', 'copper', 'lumber', 'trucks', 'pharmaceuticals', 'semiconductors', 'furniture']) {
    line(nextChapter99(), { imposer: 'US', target: '*', products: [key], measure: 'section-232', intervals: timeline(random, [10, 25, 50], random.int(1, 3), '2025-03-12', { announced: true , inForce: true }) }, `US Section 232 tariff on ${key}`, true, 'hts');
    for (const code of ['GB', 'JP', 'EU', 'KR']) {
      if (random.chance(0.5)) line(nextChapter99(), { imposer: 'US', target: code, products: [key], measure: 'section-232', intervals: timeline(random, [10, 15, 25], random.int(1, 3), '2025-06-04', { inForce: true }) }, `US Section 232 tariff on ${key} from ${code} (agreement rate)`, true, 'hts');
    }
  }
  line(nextChapter99(), { imposer: 'US', target: '*', products: ['all'], measure: 'section-122', intervals: timeline(random, [10, 15], 1, '2026-02-24') }, 'US Section 122 import surcharge', true, 'hts');
  for (const prod of PRODUCTS) {
    line(nextChapter99(), { imposer: 'US', target: 'CN', products: [prod.key], measure: 'section-301', intervals: timeline(random, [7.5, 25, 50, 100], random.int(1, 3), '2024-09-27') }, `US Section 301 tariff on ${prod.key} from China`, random.chance(0.3), 'hts');
  }
  // Partners' counter-tariffs on US goods.
  for (const imposer of ['CA', 'CN', 'EU', 'IN', 'MX', 'BR']) {
    for (const prod of PRODUCTS) {
      if (random.chance(0.4)) line(`${imposer}-${prod.key}`, { imposer, target: 'US', products: [prod.key], measure: 'retaliatory', intervals: timeline(random, [10, 15, 25, 34, 84, 125], random.int(1, 3), '2025-03-13') }, `${imposer} counter-tariff on ${prod.key} from the United States`, false, 'counter');
    }
  }
  // Trade-remedy cases: one to three per partner and product.
  let caseNumber = 100;
  for (const p of PARTNERS) {
    for (const prod of PRODUCTS) {
      const cases = random.int(0, 3);
      for (let c = 0; c < cases; c++) {
        const measure = random.chance(0.65) ? 'antidumping' : 'countervailing';
        const heading = `${measure === 'antidumping' ? 'A' : 'C'}-${p.code}-${String(caseNumber++).padStart(3, '0')}`;
        line(heading, { imposer: 'US', target: p.code, products: [prod.key], measure, intervals: timeline(random, REMEDY_RATES, random.int(2, 6), addDays('2024-06-01', random.int(0, 400))) }, `US ${measure} duty on ${prod.key} from ${partnerProducts(p)}`, false, 'case');
      }
    }
  }
  for (const key of ['solar-panels', 'appliances']) {
    line(nextChapter99(), { imposer: 'US', target: '*', products: [key], measure: 'safeguard', intervals: timeline(random, [14, 15, 18, 20], random.int(2, 4), '2024-02-07') }, `US safeguard duty on ${key}`, false, 'hts');
  }
  // Column 1 (MFN) rates, one line per HTS subheading, revised now and then: the bulk of a schedule.
  let facts = [...prominent, ...rest].reduce((n, l) => n + l.intervals.length, 0);
  while (facts < 120_000) {
    const prod = random.pick(PRODUCTS);
    const chapter = random.pick(prod.chapters);
    let heading: string;
    do heading = `${chapter}${String(random.int(1, 99)).padStart(2, '0')}.${String(random.int(10, 99))}.${String(random.int(0, 99)).padStart(2, '0')}`;
    while (usedHeadings.has(heading));
    const intervals = timeline(random, MFN_RATES, random.int(1, 5), addDays('2022-01-01', random.int(0, 900)));
    line(heading, { imposer: 'US', target: '*', products: [prod.key], measure: 'mfn', intervals }, `US MFN duty, HTS ${heading} (${prod.key})`, false, 'hts');
    facts += intervals.length;
  }
  return [...prominent, ...random.shuffle(rest)];
}

/** The first lines of the world that hold `count` facts (the last line is cut short if need be). */
export function linesForFacts(lines: TariffLine[], count: number): TariffLine[] {
  const out: TariffLine[] = [];
  let n = 0;
  for (const l of lines) {
    if (n >= count) break;
    const take = Math.min(l.intervals.length, count - n);
    out.push(take === l.intervals.length ? l : { ...l, intervals: l.intervals.slice(0, take) });
    n += take;
  }
  return out;
}

/** The interval of a line that is in effect at `date`, if any. */
export function intervalAt(l: TariffLine, date: string): Interval | undefined {
  return l.intervals.find((i) => i.effective <= date && (!i.expires || date < i.expires) && i.status !== 'announced');
}
