import { writtenForms } from '../canonicalText';
import type { FieldError } from '../errors';
import type { QuoteLocation, SourceToSave } from './model';

const CONTEXT = 32;

/**
 * A quote as `text` writes it (see writtenForms: the text may compose an accent the quote decomposes, or the other
 * way round), with where it occurs exactly, or null when it occurs in no form.
 */
export function findQuote(text: string, quote: string): { quote: string; location: QuoteLocation } | null {
  for (const form of writtenForms(quote)) {
    const location = locateQuote(text, form);
    if (location) return { quote: form, location };
  }
  return null;
}

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

/**
 * Each source with where its quote stands in its document's stored text (null when no text is stored).
 * A repeated source, a document that `texts` does not know, or a quote that is not in the text exactly, is an
 * error naming the field.
 */
export function locateSources(
  sources: { document_id: number; quote: string }[],
  texts: Map<number, string | null>,
  errors: FieldError[],
): SourceToSave[] {
  const seen = new Set<string>();
  return sources.map((s, i) => {
    const key = `${s.document_id}\u0000${s.quote}`;
    if (seen.has(key)) errors.push({ field: `/sources/${i}`, message: 'repeats an earlier source' });
    seen.add(key);
    if (!texts.has(s.document_id)) {
      errors.push({ field: `/sources/${i}/document_id`, message: `document ${s.document_id} does not exist` });
      return { ...s, location: null };
    }
    const text = texts.get(s.document_id);
    if (text == null) return { ...s, location: null };
    const found = findQuote(text, s.quote);
    if (!found)
      errors.push({ field: `/sources/${i}/quote`, message: `does not occur exactly in the stored text of document ${s.document_id}` });
    return { ...s, quote: found?.quote ?? s.quote, location: found?.location ?? null };
  });
}
