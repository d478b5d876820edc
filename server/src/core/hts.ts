// Turns a USITC Harmonized Tariff Schedule JSON export into fact-file entries. Only
// Chapter 99 headings carry the additional duties memos talk about; a heading becomes
// a fact when its text states a rate ("+ 25%", "25%"), and is listed as skipped
// otherwise, with the reason, so nothing disappears silently.
import { partnersIn } from './claims';
import type { IsoDate } from './types';

/** One record of the export (the fields the importer reads; the export has more). */
export interface HtsRecord {
  htsno?: string;
  description?: string;
  general?: string;
  special?: string;
  other?: string;
  footnotes?: { value?: string }[];
}

export interface HtsImportOptions {
  /** First day the imported rates apply: the export itself carries no dates. */
  effective: IsoDate;
  /** The HTS edition, for the source title, e.g. "2025 Revision 19". */
  edition: string;
  imposer?: string;
}

export interface HtsImport {
  facts: Record<string, unknown>[];
  skipped: { htsno: string; reason: string }[];
}

// The Chapter 99 ranges whose programs Tariff Lens knows by name (from the HTS notes).
const MEASURES_BY_HEADING: ReadonlyArray<[RegExp, string]> = [
  [/^9903\.01\.(?:0[1-9]|1\d|2[0-4])/, 'fentanyl'],
  [/^9903\.01\.(?:2[5-9]|[3-7]\d)/, 'reciprocal'],
  [/^9903\.02\./, 'reciprocal'],
  [/^9903\.03\./, 'section-122'],
  [/^9903\.8[0-5]\./, 'section-232'],
  [/^9903\.88\./, 'section-301'],
  [/^9903\.9[0-9]\./, 'section-232'],
  [/^9903\.7[0-9]\./, 'section-232'],
];

const PRODUCT_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bsteel\b/i, 'steel'],
  [/\balumin(?:i)?um\b/i, 'aluminum'],
  [/\bautomobile parts\b|\bauto parts\b|\bparts of (?:passenger )?vehicles\b/i, 'auto-parts'],
  [/\bpassenger vehicles\b|\bautomobiles\b|\blight trucks\b/i, 'autos'],
  [/\bcopper\b/i, 'copper'],
  [/\bmedium- and heavy-duty trucks\b|\bheavy trucks\b/i, 'trucks'],
  [/\blumber\b|\btimber\b/i, 'lumber'],
];

// "+ 25%", "The duty provided in the applicable subheading + 25%", "25%": the additional rate.
const RATE_IN_TEXT = /(?:\+\s*)?(\d{1,3}(?:\.\d+)?)\s*%/;

export function factsFromHts(records: HtsRecord[], options: HtsImportOptions): HtsImport {
  const out: HtsImport = { facts: [], skipped: [] };
  const seen = new Set<string>();
  for (const record of records) {
    const htsno = (record.htsno ?? '').trim();
    if (!/^9903\.\d{2}\.\d{2}/.test(htsno)) continue; // not a Chapter 99 heading
    const text = [record.general, record.other].find((t) => t && RATE_IN_TEXT.test(t));
    const rate = text ? Number(RATE_IN_TEXT.exec(text)![1]) : undefined;
    if (rate === undefined) {
      out.skipped.push({ htsno, reason: 'no rate in its general or column 2 text' });
      continue;
    }
    const id = `hts-${htsno.replace(/\./g, '-')}`;
    if (seen.has(id)) {
      out.skipped.push({ htsno, reason: 'heading listed twice in the export' });
      continue;
    }
    seen.add(id);
    const description = (record.description ?? '').replace(/\s+/g, ' ').trim();
    // partnersIn leaves out a partner named as an exception ("Aluminum articles, except of Russia").
    const partners = [...new Set(partnersIn(description).filter((m) => m.role === 'partner' && m.code !== 'US').map((m) => m.code))];
    const named = PRODUCT_WORDS.filter(([re]) => re.test(description)).map(([, key]) => key);
    // "Parts of passenger vehicles" are parts, not vehicles.
    const products = named.includes('auto-parts') ? named.filter((k) => k !== 'autos') : named;
    const measure = MEASURES_BY_HEADING.find(([re]) => re.test(htsno))?.[1];
    const notes = (record.footnotes ?? []).map((f) => f.value?.trim()).filter(Boolean);
    out.facts.push({
      id,
      rate,
      imposer: options.imposer ?? 'US',
      target: partners.length === 1 ? partners[0] : '*',
      products: products.length ? products : ['all'],
      ...(measure ? { measure } : {}),
      effective: options.effective,
      label: `HTS ${htsno}: ${description.slice(0, 120)}${description.length > 120 ? '…' : ''}`,
      ...(notes.length || partners.length > 1 ? { note: [partners.length > 1 ? `Names several partners (${partners.join(', ')}); imported for every partner.` : '', ...notes].filter(Boolean).join(' ') } : {}),
      source: {
        title: `Harmonized Tariff Schedule of the United States, ${options.edition}, heading ${htsno}`,
        url: `https://hts.usitc.gov/search?query=${encodeURIComponent(htsno)}`,
        date: options.effective,
      },
    });
  }
  return out;
}
