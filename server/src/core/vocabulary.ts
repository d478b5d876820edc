// The words that name products, measures and partners. Product and measure keys are
// the contract's (§1); fact files extend them. Country names, demonyms and capitals
// come from the world-countries data set rather than a table of our own.
import countries from 'world-countries/countries.json';
import type { Vocabulary } from './types';

export const BUILTIN_PRODUCTS: ReadonlyArray<[string, string[]]> = [
  ['all', []],
  ['steel', ['steel', 'steel products', 'steelmakers', 'metals', 'metal', 'hrc', 'hot-rolled coil', 'hot-rolled', 'cold-rolled', 'coated coil', 'galvanized coil', 'rebar', 'wire rod', 'stainless']],
  ['aluminum', ['aluminum', 'aluminium', 'alu', 'alum', 'metals', 'metal']],
  ['autos', ['autos', 'auto', 'cars', 'car', 'passenger cars', 'automobiles', 'automobile', 'vehicles', 'vehicle', 'motor vehicles', 'carmakers', 'automakers', 'light trucks', 'light truck', 'pickup truck', 'suv', 'suvs', 'sport utility vehicles', 'pickup trucks', 'pickups', 'pickup', 'minivans', 'minivan', 'sedans', 'sedan', 'hatchbacks', 'hatchback', 'station wagons',
    // Makes and models that name cars alone ("Our Japanese brands (Toyota, Nissan)"); none that is also a word or a maker of much else (Honda and BMW make motorcycles).
    'toyota', 'toyotas', 'nissan', 'nissans', 'mazda', 'mazdas', 'subaru', 'subarus', 'lexus', 'hyundai', 'hyundais', 'kia', 'kias', 'mercedes', 'mercedes-benz', 'volkswagen', 'volkswagens', 'vw', 'audi', 'audis', 'porsche', 'porsches', 'range rover', 'range rovers', 'land rover', 'land rovers', 'ferrari', 'ferraris', 'lamborghini', 'jeep', 'jeeps']],
  ['auto-parts', ['auto parts', 'auto-parts', 'car parts', 'parts duty', 'parts duties', 'parts tariff', 'parts tariffs', 'automobile parts', 'automotive parts', 'auto components', 'automobile components', 'automotive components', 'vehicle parts', 'engines', 'engine', 'transmissions', 'powertrain parts', 'aftermarket parts', 'oem parts', 'oe parts', 'brake rotors', 'brake pads']],
  ['copper', ['copper', 'metals', 'metal']],
  ['lumber', ['lumber', 'timber', 'softwood lumber', 'softwood', 'wood', 'wood products', 'deck boards', 'decking', 'cedar', 'red cedar', 'spf']],
  ['trucks', ['trucks', 'truck', 'box truck', 'box trucks', 'heavy trucks', 'heavy truck', 'heavy-duty truck', 'heavy-duty trucks', 'medium-duty truck', 'medium-duty trucks', 'medium and heavy-duty trucks', 'lorries', 'cab-overs', 'cab-over trucks', 'semi trucks', 'tractor-trailers']],
  ['pharmaceuticals', ['pharmaceuticals', 'pharmaceutical', 'pharma', 'drugs', 'medicines']],
  ['semiconductors', ['semiconductors', 'semiconductor', 'chips', 'microchips']],
  ['energy', ['energy', 'energy products', 'oil', 'crude', 'natural gas', 'energy resources']],
];

/** Goods whose names hold a product's word but are not that product ("canola oil" is no energy product, a rail car no car, a mover's furniture pad no furniture, "non-alum" content no aluminum), and orders named for it ("the oil order" on Russian-oil buyers): found as phrases of no product. */
export const NOT_THE_PRODUCT_PHRASES = ['non-alum', 'non-aluminum', 'non-aluminium', 'non-steel', 'non-metal', 'rail car', 'rail cars', 'railcar', 'railcars', 'tank car', 'tank cars', 'hopper car', 'hopper cars', 'box car', 'box cars', 'car seat', 'car seats', 'canola oil', 'palm oil', 'olive oil', 'vegetable oil', 'vegetable oils', 'soybean oil', 'soy oil', 'sunflower oil', 'cooking oil', 'coconut oil', 'rapeseed oil', 'corn oil', 'fish oil', 'edible oil', 'edible oils', 'essential oils', 'oil paint', 'oil paints', 'oil order', 'oil orders', 'furniture pad', 'furniture pads', 'furniture blanket', 'furniture blankets', 'furniture dolly', 'furniture dollies', 'furniture slider', 'furniture sliders', 'furniture polish', 'furniture cover', 'furniture covers', 'olive wood', 'olivewood', 'cutting board', 'cutting boards', 'cheese board', 'cheese boards', 'charcuterie board', 'charcuterie boards', 'serving board', 'serving boards'];

/** The measure of a fact that sums a partner's stacked duties (the built-in base's "China: 84% reciprocal plus 20% fentanyl"). */
export const COMBINED_MEASURE = 'combined';
/** The measure of another country's tariff on US goods: it makes the US the partner. */
export const RETALIATORY_MEASURE = 'retaliatory';

export const BUILTIN_MEASURES: ReadonlyArray<[string, string[]]> = [
  ['reciprocal', ['reciprocal', 'reciprocal tariff', 'reciprocal rate', 'recip', 'liberation day']],
  ['baseline', ['baseline', 'base tariff', 'base tax', 'universal tariff']],
  ['section-232', ['section 232', 'sec. 232', '232', '232s', 'section 232s', 'national security tariff', 'sectoral']],
  ['section-301', ['section 301', 'sec. 301', '301', '301s', 'section 301s', 'list 1', 'list 2', 'list 3', 'list 4a', 'list 4b', 'lists 1-3', 'lists 1 to 3', 'lists 1 through 3']],
  ['section-122', ['section 122', 'sec. 122', 'balance-of-payments', 'temporary surcharge', 'import surcharge']],
  ['fentanyl', ['fentanyl', 'fentanyl-related', 'synthetic opioid', 'opioid', 'border emergency', 'drug']],
  ['mfn', ['mfn', 'base duty', 'base duties', 'most-favoured-nation', 'most-favored-nation', 'most favoured nation', 'most favored nation', 'normal trade relations', 'column 1', 'column one', 'regular duty', 'regular duties', 'regular tariff', 'normal duty', 'ordinary duty', 'ordinary duties', 'ordinary customs duty', 'standard duty', 'standard duties']],
  [RETALIATORY_MEASURE, ['retaliatory', 'retaliation', 'retaliate with', 'retaliates with', 'retaliated with', 'retaliating with', 'counter-tariff', 'counter-tariffs', 'countermeasure', 'countermeasures', 'counter measure', 'counter measures', 'counter tariffs']],
  ['transshipment', ['transshipment', 'transshipped', 'transhipment', 'transhipped', 'trans-shipment', 'trans-shipped', 'shipped through', 'routed through', 'rerouted through']],
  ['antidumping', ['antidumping', 'anti-dumping', 'dumping duty', 'dumping duties', 'dumping margin', 'ad/cvd', 'ad-cvd', 'countrywide rate', 'all-others rate', 'all others rate', 'cash deposit rate', 'cash deposit', 'cash deposits', 'ad duty', 'ad duties', 'ad rate', 'ad margin', 'ad order', 'ad orders']],
  ['countervailing', ['countervailing', 'countervailing duty', 'countervailing duties', 'anti-subsidy', 'cvd']],
  ['postal-duty', ['postal duty', 'postal duties', 'postal tariff', 'postal rate', 'de minimis duty', 'de minimis rate', 'postal shipments', 'postal packages', 'postal parcels', 'postal items', 'international mail']],
  ['safeguard', ['safeguard', 'safeguards', 'safeguard duty', 'safeguard tariff', 'section 201', 'sec. 201']],
];

/**
 * Measures that name another kind of figure than the tariff a fact records: a text
 * that ties a figure to one of them is about that figure, not about the facts of
 * other measures (contract §2, "words that change the scope").
 */
export const SCOPE_CHANGING_MEASURES: ReadonlySet<string> = new Set(['mfn', RETALIATORY_MEASURE, 'effective-rate']);

/**
 * Duties stacked on the others that a fact base may leave out (the built-in one does).
 * A figure whose own words name one is about that duty, judged only against its facts;
 * a figure that names none may still be any tariff, one of these included.
 */
export const SEPARATE_DUTIES: ReadonlySet<string> = new Set(['section-301', 'transshipment', 'antidumping', 'countervailing', 'postal-duty', 'safeguard']);

/**
 * Duties on all goods that goods under a sectoral duty (Section 232) do not pay: the
 * reciprocal tariffs left them out (EO 14257 §3(b)), as did the Section 122 surcharge, and a
 * partner's recorded total is of its other goods. A sectoral duty's goods pay it instead.
 */
export const NOT_ON_SECTORAL_GOODS: ReadonlySet<string> = new Set(['reciprocal', 'baseline', 'section-122', COMBINED_MEASURE]);

/**
 * Goods the duties on all goods above leave out by name, with or without a sectoral duty of
 * their own in the fact base: EO 14257's Annex II lists pharmaceuticals, semiconductors and
 * energy, and the Section 122 surcharge exempted them too. "Swiss medicines pay 39%" is no
 * claim about Switzerland's reciprocal rate.
 */
export const LEFT_OUT_BY_NAME: ReadonlySet<string> = new Set(['pharmaceuticals', 'semiconductors', 'energy']);

/** Terms of the duties on all goods that say only that a rate is everyone's ("general rate", "global"), not which duty it is. */
export const EVERYONES_RATE_WORDS: ReadonlySet<string> = new Set(['general rate', 'general tariff', 'general duty', 'global', 'universal', 'across-the-board']);

/** Goods whose sectoral duty is charged on their metal content only: the rest of their value still pays the duties on all goods ("steel frames pay 20% plus 50% on the steel"). */
export const CHARGED_ON_CONTENT: ReadonlySet<string> = new Set(['steel', 'aluminum', 'copper']);

/** Phrases that make a figure an average or effective rate, which no fact records. */
/** A prefix is enough: "effective tariff" holds "effective tariff rate" and "effective tariff burden". */
export const EFFECTIVE_RATE_PHRASES = ['effective tariff', 'effective US tariff', 'effective U.S. tariff', 'effective duty', 'effective rate', 'average tariff', 'average rate', 'average effective', 'average applied', 'applied average', 'simple average', 'trade-weighted', 'blended duty', 'blended rate', 'blended tariff', 'average duty', 'weighted average', 'weighted-average', 'averaging', 'averaged', 'average of'];

export function vocabularyOf(entries: ReadonlyArray<[string, string[]]>): Vocabulary {
  return new Map(entries.map(([k, v]) => [k, [...v]]));
}

/** Adds a fact file's `products:` or `measures:` to a vocabulary (the key itself names it too). */
export function extendVocabulary(into: Vocabulary, extra: Vocabulary): void {
  for (const [key, phrases] of extra) {
    const known = into.get(key) ?? [];
    for (const p of [key, ...phrases]) if (!known.includes(p)) known.push(p);
    into.set(key, known);
  }
}

export interface PartnerName {
  phrase: string;
  code: string;
  /**
   * A city: a capital used for its government ("Tokyo", "Washington"), or a port or
   * factory town goods come from ("Ningbo", "Monterrey"). Either may instead name where
   * something happened ("talks in Kuala Lumpur", "the Busan meeting") or a port goods
   * pass through ("shipped via Busan").
   */
  place: boolean;
  /** Also a person's name or an everyday word ("Jordan said", "Turkey sandwiches"): a partner only where the words around it allow. */
  alsoAWord?: boolean;
  /** The country's own name for itself ("Pilipinas", "Schweiz"), which bilingual and translated texts write. */
  inOwnLanguage?: boolean;
}

interface CountryRecord {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string } | undefined> };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  independent?: boolean;
}

/** The European Union's member states: US tariffs on their goods are the EU's (target `EU`). */
export const EU_MEMBERS: ReadonlySet<string> = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

// Names that the data set words differently from news prose, and the EU, which it lacks.
const EXTRA_PARTNER_NAMES: ReadonlyArray<[string, string, boolean?]> = [
  ['U.S.', 'US'], ['U.S', 'US'], ['US', 'US'], ['USA', 'US'], ['America', 'US'], ['American', 'US'], ['Americans', 'US'],
  ['United States', 'US'], ['the States', 'US'], ['Washington', 'US', true], ['White House', 'US', true],
  // US states named like partners: "an importer in New Jersey" names no Channel Island, "New Mexico" not Mexico.
  ['New Jersey', 'US', true], ['Jersey City', 'US', true], ['New Mexico', 'US', true],
  // Hom Mali is Thailand's jasmine rice, not goods of Mali; East London is a South African port city.
  ['Hom Mali', 'TH'], ['East London', 'ZA', true],
  ['UK', 'GB'], ['U.K.', 'GB'], ['Britain', 'GB'], ['British', 'GB'], ['Brits', 'GB'], ['Great Britain', 'GB'],
  // The UK's nations; "New England" is a US region and New South Wales an Australian state.
  ['England', 'GB', true], ['Scotland', 'GB', true], ['Scottish', 'GB'], ['Wales', 'GB', true], ['Welsh', 'GB'], ['New England', 'US', true], ['New South Wales', 'AU', true],
  ['EU', 'EU'], ['E.U.', 'EU'], ['E-U', 'EU'], ['European Union', 'EU'], ['the bloc', 'EU'], ['European', 'EU'], ['Europe', 'EU'], ['Brussels', 'EU', true],
  ['South Korea', 'KR'], ['Korea', 'KR'], ['Korean', 'KR'], ['Seoul', 'KR', true],
  ['Taiwan', 'TW'], ['Taiwanese', 'TW'], ['Taipei', 'TW', true],
  ['Vietnam', 'VN'], ['Viet Nam', 'VN'], ['Vietnamese', 'VN'], ['Hanoi', 'VN', true],
  ['Beijing', 'CN', true], ['Chinese', 'CN'], ['PRC', 'CN'],
  // US duties on China cover goods of Hong Kong and Macau (see the China facts' notes).
  ['Hong Kong', 'CN', true], ['Macau', 'CN', true], ['Macao', 'CN', true],
  ['Russia', 'RU'], ['Russian', 'RU'], ['Moscow', 'RU', true],
  ['Swiss', 'CH'], ['Switzerland', 'CH'], ['Bern', 'CH', true],
  ['Ottawa', 'CA', true], ['Mexico City', 'MX', true], ['New Delhi', 'IN', true], ['Delhi', 'IN', true], ['Brasília', 'BR', true], ['Brasilia', 'BR', true],
  // Adjectives the data set gives no demonym for ("Filipino" is there, "Philippine goods" not).
  // Codes that writers use for partners in notes and posts ("CN 30% total"); two-letter codes
  // that are also words or other abbreviations in capitals (IN, CA, MY, ID, IT, DE, GB, BR) are left out.
  ['CN', 'CN'], ['VN', 'VN'], ['JP', 'JP'], ['KR', 'KR'], ['MX', 'MX'], ['TW', 'TW'], ['KH', 'KH'], ['TH', 'TH'], ['BD', 'BD'], ['PH', 'PH'], ['NZ', 'NZ'],
  // Goods that only one partner may make and name: tequila and mezcal are Mexico's, Scotch the UK's, Cognac and Champagne the EU's.
  ['Tequila', 'MX'], ['tequila', 'MX'], ['Mezcal', 'MX'], ['mezcal', 'MX'], ['Scotch', 'GB'], ['Cognac', 'EU'], ['cognac', 'EU'], ['Champagne', 'EU'],
  ['Philippine', 'PH'], ['Kazakh', 'KZ'], ['Bosnian', 'BA'], ['Icelandic', 'IS'], ['Lao', 'LA'], ['Botswanan', 'BW'], ['Argentinian', 'AR'],
  ['Ecuadorian', 'EC'], ['Vanuatuan', 'VU'], ['Kyrgyz', 'KG'], ['Tajik', 'TJ'], ['Uzbek', 'UZ'], ['Nepali', 'NP'], ['Maldivian', 'MV'],
  // Chat and speech-to-text write names in lower case ("swiss 39% ouch"): only names that are
  // no English word or other sense ("china", "turkey", "french", "indian" are).
  ['swiss', 'CH'], ['switzerland', 'CH'], ['vietnam', 'VN'], ['vietnamese', 'VN'], ['japan', 'JP'], ['japanese', 'JP'],
  ['mexico', 'MX'], ['mexican', 'MX'], ['canada', 'CA'], ['canadian', 'CA'], ['brazil', 'BR'], ['brazilian', 'BR'],
  ['korea', 'KR'], ['korean', 'KR'], ['taiwan', 'TW'], ['taiwanese', 'TW'], ['india', 'IN'], ['chinese', 'CN'],
  ['germany', 'DE'], ['german', 'DE'], ['thailand', 'TH'], ['thai', 'TH'], ['malaysian', 'MY'], ['indonesian', 'ID'], ['cambodian', 'KH'], ['bangladeshi', 'BD'], ['malaysia', 'MY'], ['indonesia', 'ID'], ['cambodia', 'KH'],
  ['bangladesh', 'BD'], ['philippines', 'PH'], ['britain', 'GB'], ['british', 'GB'], ['uk', 'GB'], ['italy', 'IT'],
];

// Ports and factory towns that memos and shipping notes name goods by; no capitals
// (the data set has them), none that is a common word, a surname or a US place too
// ("Santos", "Hamilton", "Ontario"), and not Geneva or Basel, named for talks and banking rules.
const ORIGIN_CITIES: Readonly<Record<string, string[]>> = {
  CN: ['Shanghai', 'Shenzhen', 'Ningbo', 'Guangzhou', 'Qingdao', 'Tianjin', 'Xiamen', 'Dongguan', 'Yiwu', 'Foshan', 'Suzhou', 'Hangzhou', 'Wuhan', 'Chongqing', 'Chengdu', 'Dalian', 'Zhongshan', 'Wenzhou', 'Fuzhou', 'Guangdong', 'Zhejiang', 'Jiangsu', 'Fujian', 'Shandong'],
  VN: ['Haiphong', 'Hai Phong', 'Ho Chi Minh City', 'Saigon', 'Da Nang', 'Binh Duong', 'Dong Nai', 'Bac Ninh'],
  MX: ['Monterrey', 'Tijuana', 'Ciudad Juárez', 'Ciudad Juarez', 'Guadalajara', 'Manzanillo', 'Saltillo', 'Querétaro', 'Queretaro', 'Nuevo León', 'Nuevo Leon', 'Reynosa', 'Matamoros', 'Lázaro Cárdenas', 'Veracruz'],
  IN: ['Mumbai', 'Chennai', 'Bangalore', 'Bengaluru', 'Kolkata', 'Tiruppur', 'Surat', 'Ludhiana', 'Jaipur', 'Nhava Sheva', 'Mundra', 'Moradabad', 'Panipat', 'Ahmedabad'],
  JP: ['Osaka', 'Yokohama', 'Nagoya', 'Kobe'],
  KR: ['Busan', 'Pusan', 'Incheon', 'Ulsan'],
  TW: ['Kaohsiung', 'Taichung', 'Hsinchu', 'Tainan'],
  TH: ['Laem Chabang'],
  MY: ['Penang', 'Port Klang', 'Johor'],
  ID: ['Surabaya', 'Batam', 'Semarang'],
  BD: ['Chittagong', 'Chattogram'],
  PK: ['Karachi', 'Lahore', 'Sialkot'],
  KH: ['Sihanoukville'],
  LK: ['Colombo'],
  CA: ['Toronto', 'Montreal', 'Montréal', 'Vancouver', 'Calgary', 'Edmonton', 'Winnipeg', 'Quebec', 'Québec', 'Alberta', 'British Columbia', 'Ontario', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick'],
  BR: ['São Paulo', 'Sao Paulo', 'Manaus'],
  DE: ['Hamburg', 'Stuttgart', 'Munich'],
  IT: ['Milan', 'Milano', 'Turin'],
  NL: ['Rotterdam'],
  BE: ['Antwerp'],
  TR: ['Istanbul', 'Izmir'],
  CH: ['Zurich', 'Zürich', 'Neuchâtel', 'Neuchatel', 'La Chaux-de-Fonds', 'Lausanne', 'Lugano', 'Schaffhausen'],
};

// Capitals and short names that are also everyday words or people's names; they are
// not read as partners ("Victoria", "Male", "Maurice", "Lima beans", "Georgia" the state). Jordan and
// Turkey are read where the words around them allow (PARTNER_NAMES_ALSO_WORDS).
const AMBIGUOUS_NAMES = new Set(['Victoria', 'Male', 'Maurice', 'Moris', 'Mannin', 'Georgia', 'Chad', 'Niger', 'Guinea', 'Kingston', 'Georgetown', 'Hamilton', 'Santiago', 'Lima', 'Nassau', 'Roseau', 'Praia', 'Castries', 'Basseterre', 'Apia', 'Palikir', 'Majuro', 'Funafuti', 'Avarua', 'Alofi', 'Yaren', 'Saint', 'Mariana', 'Panama', 'Monaco', 'Andorra', 'San Marino', 'Vatican City', 'Adamstown', 'Plymouth', 'Jamestown', 'Douglas', 'Stanley', 'Tórshavn', 'Nuuk', 'Ankara', 'The Valley', 'Road Town', 'Cockburn Town', 'Charlotte Amalie', 'George Town', 'Philipsburg', 'Gustavia', 'Marigot', 'Oranjestad', 'Willemstad', 'Kralendijk', 'Hagåtña', 'Pago Pago', 'Saipan', 'West Island', 'Flying Fish Cove', 'King Edward Point', 'Port-aux-Français', 'Mata-Utu', 'Papeetē', 'Nouméa', 'Kingston', 'Longyearbyen', 'Jamestown', 'Saint-Pierre', 'Cayenne', 'Fort-de-France', 'Basse-Terre', 'Saint-Denis', 'Mamoudzou']);

// Countries whose short name is also a first name or a word, but which trade prose names
// often ("Apparel from Jordan under the QIZ route", "| Turkey | 15% |", chat's "china is 30%").
const PARTNER_NAMES_ALSO_WORDS: ReadonlyArray<[string, string]> = [['Jordan', 'JO'], ['Turkey', 'TR'], ['china', 'CN']];

/** A name in Latin letters only: a native name in another script is not written in English prose. */
const LATIN_SCRIPT = /^[\p{Script=Latin}\s'’.-]+$/u;

let partnerNamesCache: PartnerName[] | undefined;

/** Every phrase that names a partner, longest first so that "South Korea" wins over "Korea". */
export function partnerNames(): PartnerName[] {
  if (partnerNamesCache) return partnerNamesCache;
  const byPhrase = new Map<string, PartnerName>();
  const add = (phrase: string, code: string, place = false) => {
    if (phrase.length < 2 || byPhrase.has(phrase)) return;
    byPhrase.set(phrase, { phrase, code, place });
  };
  for (const [phrase, code, place] of EXTRA_PARTNER_NAMES) add(phrase, code, place ?? false);
  for (const [code, cities] of Object.entries(ORIGIN_CITIES)) for (const city of cities) add(city, code, true);
  // A name a country shares with a territory is the country's: "French" is France's, not the French Southern Lands'.
  for (const c of [...(countries as CountryRecord[])].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false))) {
    const keep = (s: string | undefined): s is string => !!s && !AMBIGUOUS_NAMES.has(s) && /^[A-Z]/.test(s) && s.length > 3;
    for (const n of [c.name.common, c.name.official]) if (keep(n)) add(n, c.cca2);
    for (const n of Object.values(c.name.native ?? {})) if (keep(n?.common) && LATIN_SCRIPT.test(n.common) && !byPhrase.has(n.common)) byPhrase.set(n.common, { phrase: n.common, code: c.cca2, place: false, inOwnLanguage: true });
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (keep(d)) add(d, c.cca2);
    for (const cap of c.capital ?? []) if (keep(cap)) add(cap, c.cca2, true);
    for (const alt of c.altSpellings ?? []) if (keep(alt) && !/[,()]/.test(alt) && alt.split(' ').length <= 4) add(alt, c.cca2);
    // Customs paperwork and translated circulars: "Machines of GB-origin", "CN-origin goods".
    add(`${c.cca2}-origin`, c.cca2);
    // Chat exports write a flag as its shortcode: ":flag-ch: CH + LI reciprocal → 15%".
    add(`:flag-${c.cca2.toLowerCase()}:`, c.cca2);
  }
  for (const [phrase, code] of PARTNER_NAMES_ALSO_WORDS) byPhrase.set(phrase, { phrase, code, place: false, alsoAWord: true });
  add('EU-origin', 'EU');
  add(':flag-eu:', 'EU');
  add('UK-origin', 'GB');
  partnerNamesCache = [...byPhrase.values()].sort((a, b) => b.phrase.length - a.phrase.length);
  return partnerNamesCache;
}
