/** "Iraq and Syria", "Iraq, Syria and Turkey": a list as a sentence names it. */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 claimant", "3 claimants": a count with its noun in the number the count takes. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
