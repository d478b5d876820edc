// Halving search, shared by everything that looks a position up in an ordered list.

/**
 * The first index in [from, to) at which `holds` is true, for a `holds` that once true
 * stays true along the list (`to` when it never is).
 */
export function firstIndex<T>(items: readonly T[], from: number, to: number, holds: (item: T) => boolean): number {
  while (from < to) {
    const middle = (from + to) >>> 1;
    if (holds(items[middle])) to = middle;
    else from = middle + 1;
  }
  return from;
}
