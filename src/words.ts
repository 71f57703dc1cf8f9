/** "Iraq and Syria", "Iraq, Syria and Turkey": a list as a sentence names it. */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
