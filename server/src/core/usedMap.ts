// Caching helpers for what one check of a document hands to the next (see checkCache.ts).

/**
 * A map whose entries live while checks use them: each check stamps what it reads,
 * and entries no check has used for a while are swept out.
 */
export class UsedMap<V> {
  private readonly entries = new Map<string, { value: V; used: number }>();
  private check = 0;
  private usedThisCheck = 0;

  /** Starts a check; sweeps entries unused by the last two when they have piled up. */
  next(): void {
    if (this.entries.size > 2 * this.usedThisCheck + 1000) {
      for (const [key, entry] of this.entries) if (entry.used < this.check - 1) this.entries.delete(key);
    }
    this.check++;
    this.usedThisCheck = 0;
  }

  clear(): void {
    this.entries.clear();
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.used !== this.check) this.usedThisCheck++;
    entry.used = this.check;
    return entry.value;
  }

  /** Keys are often cut from a document: the map keeps a copy, not the whole document. */
  set(key: string, value: V): void {
    this.usedThisCheck++;
    this.entries.set(detached(key), { value, used: this.check });
  }
}

/**
 * A copy of `value` whose strings hold no reference to a larger string. V8 keeps the
 * string a substring was cut from alive while the substring lives, so what a cache
 * keeps from one version of a document would otherwise keep that whole version.
 */
export function detached<T>(value: T): T {
  // Shorter strings are always copies. Joining makes a new string, and cutting the join
  // copies it flat first: the result holds its own characters, not the original's parent.
  if (typeof value === 'string') return (value.length < 13 ? value : (' ' + value).slice(1)) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = detached(value[i]);
    return out as T;
  }
  // Plain records inherit no enumerable keys: for-in walks their own, without a list of them.
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = detached((value as Record<string, unknown>)[k]);
  return out as T;
}
