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
