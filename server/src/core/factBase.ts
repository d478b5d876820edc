// All loaded facts, merged from the built-in base and the user's files, indexed by
// partner and product so that a claim looks at the facts of its own scope only (an HTS
// import holds tens of thousands of facts for every partner).
import type { ParsedFactFile } from './factFile';
import type { ClaimScope, Fact, FactBaseSnapshot, FactFileProblem, IsoDate, Vocabulary } from './types';
import { BUILTIN_MEASURES, BUILTIN_PRODUCTS, EU_MEMBERS, SCOPE_CHANGING_MEASURES, SEPARATE_DUTIES, extendVocabulary, vocabularyOf } from './vocabulary';

export class FactBase implements FactBaseSnapshot {
  readonly facts: Fact[];
  readonly products: Vocabulary;
  readonly measures: Vocabulary;
  readonly problems: FactFileProblem[];
  readonly builtinReviewed?: IsoDate;
  private readonly byIdIndex: Map<string, Fact>;
  /** Places in `facts` by target, then by product key (a fact is listed under each of its products), in file order. */
  private readonly byTargetProduct = new Map<string, Map<string, number[]>>();
  // Lists already drawn, by scope: claims ask for the same few again and again. The
  // unfiltered lists behind them are not kept: over an HTS import each holds thousands.
  private readonly forScope = new Map<string, Fact[]>();

  /** `byId`: the facts, in order. */
  private constructor(byId: Map<string, Fact>, products: Vocabulary, measures: Vocabulary, problems: FactFileProblem[], builtinReviewed?: IsoDate) {
    this.byIdIndex = byId;
    this.facts = [...byId.values()];
    this.products = products;
    this.measures = measures;
    this.problems = problems;
    this.builtinReviewed = builtinReviewed;
    this.facts.forEach((f, i) => {
      const byProduct = this.byTargetProduct.get(f.target) ?? new Map<string, number[]>();
      f.products.forEach((p, j) => {
        if (f.products.indexOf(p) === j) byProduct.set(p, pushed(byProduct.get(p), i)); // once per product
      });
      this.byTargetProduct.set(f.target, byProduct);
    });
  }

  /**
   * Merges parsed files in order. A user's fact replaces a built-in one with the same
   * id (contract §1); the same id twice among the user's files is reported and the
   * first one kept.
   */
  static build(files: ParsedFactFile[]): FactBase {
    const products = vocabularyOf(BUILTIN_PRODUCTS);
    const measures = vocabularyOf(BUILTIN_MEASURES);
    const problems: FactFileProblem[] = [];
    const byId = new Map<string, Fact>();
    let builtinReviewed: IsoDate | undefined;
    const ordered = [...files.filter((f) => f.builtin), ...files.filter((f) => !f.builtin)];
    for (const file of ordered) {
      problems.push(...file.problems);
      extendVocabulary(products, file.products);
      extendVocabulary(measures, file.measures);
      if (file.builtin && file.reviewed) builtinReviewed = file.reviewed;
      for (const fact of file.facts) {
        const earlier = byId.get(fact.id);
        if (earlier && !earlier.origin.builtin) {
          problems.push({
            path: fact.origin.path, line: fact.origin.line, severity: 'error',
            message: `fact id "${fact.id}" is already defined in ${earlier.origin.path}:${earlier.origin.line}: give this fact its own id (the first one is kept).`,
          });
          continue;
        }
        byId.set(fact.id, fact);
      }
    }
    return new FactBase(byId, products, measures, problems, builtinReviewed);
  }

  static empty(): FactBase {
    return FactBase.build([]);
  }

  byId(id: string): Fact | undefined {
    return this.byIdIndex.get(id);
  }

  /**
   * The facts for a partner that cover the products (that list one of them or `all`;
   * for no products, those that list `all`): the partner's own facts (a member state's
   * include the EU's), then the every-partner ones of other imposers that do not leave
   * it out, each in file order.
   */
  factsForProducts(partner: string, products: string[]): Fact[] {
    const list: Fact[] = [];
    for (const target of partner === '*' ? ['*'] : EU_MEMBERS.has(partner) ? [partner, 'EU', '*'] : [partner, '*']) {
      const byProduct = this.byTargetProduct.get(target);
      if (!byProduct) continue;
      // Each list is in file order; a fact listed under two of the products is taken once.
      const places = [byProduct.get('all') ?? [], ...products.map((p) => byProduct.get(p) ?? [])].flat().sort((a, b) => a - b);
      for (let i = 0; i < places.length; i++) {
        if (places[i] === places[i - 1]) continue;
        const fact = this.facts[places[i]];
        // An imposer's duty on every partner is never on its own goods: US facts for "*" say nothing of US goods.
        if (target === '*' && (fact.imposer === partner || (fact.exceptTargets && leavesOut(fact.exceptTargets, partner)))) continue;
        list.push(fact);
      }
    }
    return list;
  }

  /**
   * The products of each measure no fact on all goods carries (the Section 232 duties, each
   * on its own goods): named with no goods, such a measure may be about any of them. Not a
   * measure that changes the scope or stands apart (the MFN duty, antidumping), nor one on
   * more than a few goods: an HTS import's schedule of duties is no sectoral duty.
   */
  productsOfGoodsOnlyMeasures(): ReadonlyMap<string, string[]> {
    if (!this.goodsOnlyMeasures) {
      const products = new Map<string, Set<string>>();
      const onAllGoods = new Set<string>();
      for (const f of this.facts) {
        if (f.measure === undefined) continue;
        if (f.products.includes('all')) onAllGoods.add(f.measure);
        else for (const p of f.products) products.set(f.measure, (products.get(f.measure) ?? new Set()).add(p));
      }
      const sectoral = ([m, set]: [string, Set<string>]) => !onAllGoods.has(m) && !SCOPE_CHANGING_MEASURES.has(m) && !SEPARATE_DUTIES.has(m) && set.size <= MOST_GOODS_OF_A_SECTORAL_DUTY;
      this.goodsOnlyMeasures = new Map([...products].filter(sectoral).map(([m, set]) => [m, [...set]]));
    }
    return this.goodsOnlyMeasures;
  }
  private goodsOnlyMeasures?: Map<string, string[]>;

  /** Measures, and proper-noun fact terms, no every-partner fact has ("fentanyl", "Geneva"): named without a partner, they name none of the every-partner facts. */
  measuresOfSomePartnersOnly(): ReadonlySet<string> {
    if (!this.partnerOnlyMeasures) {
      // A fact's proper-noun terms name its measure as its key does ("Geneva" for China's truce
      // rate, "Annex I"); its common words ("headline", "deal") are said of any partner's rates.
      const wordsOf = (f: Fact) => [...(f.measure !== undefined ? [f.measure] : []), ...f.terms.filter((t) => /^\p{Lu}/u.test(t)).map((t) => t.toLowerCase())];
      const everyPartners = new Set(this.facts.filter((f) => f.target === '*').flatMap(wordsOf));
      this.partnerOnlyMeasures = new Set(this.facts.flatMap(wordsOf).filter((w) => !everyPartners.has(w)));
    }
    return this.partnerOnlyMeasures;
  }
  private partnerOnlyMeasures?: Set<string>;

  /**
   * The facts in a claim's scope whatever the imposer: its partner's and the
   * every-partner facts that cover its products, under its measure rule (only the facts
   * of a measure that changes the scope when it names one, else none of those). The same
   * facts, in the same order, as factsForProducts; shared: do not change it.
   */
  inScope(scope: Pick<ClaimScope, 'partner' | 'products' | 'measureChange'>): Fact[] {
    const key = `${scope.partner}\u0000${scope.products.join('\u0000')}\u0001${scope.measureChange ?? ''}`;
    let list = this.forScope.get(key);
    if (!list) {
      const change = scope.measureChange;
      list = this.factsForProducts(scope.partner, scope.products).filter((f) => (change ? f.measure === change : !SCOPE_CHANGING_MEASURES.has(f.measure ?? '')));
      remember(this.forScope, key, list);
    }
    return list;
  }

  /** The rate's history for a claim's scope: the facts that could apply to it, oldest first. */
  history(scope: ClaimScope): Fact[] {
    return this.factsForProducts(scope.partner, scope.products)
      .filter((f) => scope.imposer === undefined || f.imposer === scope.imposer)
      .sort((a, b) => a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id));
  }
}

/** The Section 232 duties cover eleven kinds of goods in the built-in base. */
const MOST_GOODS_OF_A_SECTORAL_DUTY = 20;

/** Appends to a list in place (the index is built once, fact by fact). */
function pushed(list: number[] | undefined, place: number): number[] {
  if (!list) return [place];
  list.push(place);
  return list;
}

/** Keeps a drawn list, forgetting them all now and then so that odd scopes cannot pile up. */
function remember(lists: Map<string, Fact[]>, key: string, list: Fact[]): Fact[] {
  if (lists.size >= 10_000) lists.clear();
  lists.set(key, list);
  return list;
}

/** A fact covers a claim's products when it lists one of them or `all`; a claim naming none wants `all`. */
export function coversProducts(fact: Fact, products: string[]): boolean {
  if (fact.products.includes('all')) return true;
  return products.some((p) => fact.products.includes(p));
}

export function validOn(fact: Fact, date: IsoDate): boolean {
  return fact.effective <= date && (fact.expires === undefined || date < fact.expires);
}

/** Whether a list of partners left out names the partner, or the EU it belongs to. */
export function leavesOut(exceptTargets: string[], partner: string): boolean {
  return exceptTargets.includes(partner) || (EU_MEMBERS.has(partner) && exceptTargets.includes('EU'));
}

/** Whether a fact on all goods leaves out every one of the goods named (Canada's border duty leaves out cars). */
export function leavesOutGoods(fact: Fact, products: string[]): boolean {
  const left = fact.exceptProducts;
  return left !== undefined && products.length > 0 && products.every((p) => left.includes(p));
}

/** Which goods the fact is on, for people: its product keys, or "all products" with those it leaves out. */
export function productsWords(f: Fact): string {
  if (!f.products.includes('all')) return f.products.join(', ');
  return f.exceptProducts?.length ? `all products but ${f.exceptProducts.join(', ')}` : 'all products';
}

/** Whose goods the fact is on, for people: a code, or "every partner" with those it leaves out. */
export function partnersWords(f: Fact): string {
  if (f.target !== '*') return f.target;
  return f.exceptTargets?.length ? `every partner but ${f.exceptTargets.join(', ')}` : 'every partner';
}
