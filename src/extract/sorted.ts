/**
 * The index of the first of `items` (sorted by `key`, ascending) whose key is `at` or more; items.length when none is:
 * a search by halving, for offsets into a text (figures, names, line breaks).
 */
export function lowerBound<T>(items: T[], key: (t: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The key counted strictly more times than any other, or null when none is (no key, or a tie for the most). */
export function countedMost<K>(counts: ReadonlyMap<K, number>): K | null {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}
