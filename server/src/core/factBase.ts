// All loaded facts, merged from the built-in base and the user's files, indexed by
// partner so that a claim looks at the facts of its own scope only.
import type { ParsedFactFile } from './factFile';
import type { ClaimScope, Fact, FactBaseSnapshot, FactFileProblem, IsoDate, Vocabulary } from './types';
import { BUILTIN_MEASURES, BUILTIN_PRODUCTS, extendVocabulary, vocabularyOf } from './vocabulary';

export class FactBase implements FactBaseSnapshot {
  readonly facts: Fact[];
  readonly products: Vocabulary;
  readonly measures: Vocabulary;
  readonly problems: FactFileProblem[];
  readonly builtinReviewed?: IsoDate;
  private readonly byIdIndex = new Map<string, Fact>();
  private readonly byTarget = new Map<string, Fact[]>();

  private constructor(facts: Fact[], products: Vocabulary, measures: Vocabulary, problems: FactFileProblem[], builtinReviewed?: IsoDate) {
    this.facts = facts;
    this.products = products;
    this.measures = measures;
    this.problems = problems;
    this.builtinReviewed = builtinReviewed;
    for (const f of facts) {
      this.byIdIndex.set(f.id, f);
      const list = this.byTarget.get(f.target) ?? [];
      list.push(f);
      this.byTarget.set(f.target, list);
    }
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
    return new FactBase([...byId.values()], products, measures, problems, builtinReviewed);
  }

  static empty(): FactBase {
    return FactBase.build([]);
  }

  byId(id: string): Fact | undefined {
    return this.byIdIndex.get(id);
  }

  /** Facts for this partner and the every-partner facts; for `*`, the latter only. */
  factsForPartner(partner: string): Fact[] {
    const general = this.byTarget.get('*') ?? [];
    if (partner === '*') return general;
    return [...(this.byTarget.get(partner) ?? []), ...general];
  }

  /** The rate's history for a claim's scope: the facts that could apply to it, oldest first. */
  history(scope: ClaimScope): Fact[] {
    return this.factsForPartner(scope.partner)
      .filter((f) => (scope.imposer === undefined || f.imposer === scope.imposer) && coversProducts(f, scope.products))
      .sort((a, b) => a.effective.localeCompare(b.effective) || a.id.localeCompare(b.id));
  }
}

/** A fact covers a claim's products when it lists one of them or `all`; a claim naming none wants `all`. */
export function coversProducts(fact: Fact, products: string[]): boolean {
  if (fact.products.includes('all')) return true;
  return products.some((p) => fact.products.includes(p));
}

export function validOn(fact: Fact, date: IsoDate): boolean {
  return fact.effective <= date && (fact.expires === undefined || date < fact.expires);
}
