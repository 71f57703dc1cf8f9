/** W3C Web Annotation TextQuoteSelector + TextPositionSelector of a quote in a stored text. */
export interface QuoteLocation {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

const CONTEXT = 32;

/** Where `quote` occurs exactly in `text` (its first occurrence), or null when it does not. */
export function locateQuote(text: string, quote: string): QuoteLocation | null {
  const start = text.indexOf(quote);
  if (start < 0) return null;
  const end = start + quote.length;
  return {
    start,
    end,
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}
