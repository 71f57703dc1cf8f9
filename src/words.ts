/** "Iraq and Syria", "Iraq, Syria and Turkey": a list as a sentence names it. */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 claimant", "3 claimants": a count with its noun in the number the count takes. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * A name as the ledger writes it: its runs of white space one space each, none at either end. The API stores actors'
 * names so (a name sent as "Nurtai  Abykaev " is taken, not refused: nobody means the spaces); citations print names
 * and titles so, for rows stored before, whose text is left as it was.
 */
export const spacedName = (name: string): string => name.replace(/\s+/g, ' ').trim();

const FIGURE_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * "1,234.5": a figure's number as the ledger writes it in words (pages, citations), up to six decimals. The formatter
 * is built once: `toLocaleString` with options builds a new one on every call (~19 µs a number against ~0.5).
 */
export const figureNumber = (n: number): string => FIGURE_NUMBER.format(n);
