/**
 * A source cited in brackets at the end of a sentence, as reports, papers and encyclopedias cite theirs: "At least
 * 1,460 children remain in north-east Syria (UNICEF, 2025).", "… remain active (Crisis Group 2025).", "(see Europol
 * 2024: 12)". The sentence's figures are that source's, though no verb of saying is written; the citation holds for its
 * own sentence only.
 */
import { type Attribution, plainAttribution } from './attribution';
import { MONTH } from './dates';
import type { NameMention } from './lexicon';
import type { Sentence } from './text';

/** "(UNICEF, 2025)", "(Crisis Group 2025)", "(Smith et al., 2020: 14)", "(see Europol 2024, pp. 12-13)" closing a sentence. */
const CITATION =
  /\((?:see\s+|cf\.\s+|source:\s+)?(\p{Lu}[\p{L}\p{M}&'’.\- ]{1,60}?)(?:,\s*|\s+)(?:19|20)\d{2}[a-z]?(?:\s*[,:;]\s*(?:pp?\.\s*)?\d+(?:\s*[–-]\s*\d+)?)?\)[\s"”]*[.;]?[\s"”]*$/u;
/** Words that a bracket with a year names but no source: the kind of thing cited, not who wrote it. */
const NOT_A_SOURCE =
  /^(?:interviews?|figures?|tables?|charts?|maps?|photos?|annex|appendix|notes?|ibid|op\.? cit|file|archives?|census|estimates?|data|est|approx|as of|since|until|in|from|to|by|circa|ca)\b/i;

/** The source a bracketed citation at the end of a sentence names, or null. A place and a year is where and when. */
export function citedSource(text: string, s: Sentence, names: NameMention[]): Attribution | null {
  const m = CITATION.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const mention = m[1].trim();
  if (NOT_A_SOURCE.test(mention) || new RegExp(`^${MONTH}$`, 'i').test(mention)) return null;
  const at = s.start + m.index + m[0].indexOf(m[1]);
  if (names.some((n) => n.type === 'place' && n.start <= at && n.end >= at + mention.length)) return null;
  return plainAttribution({ name: mention.replace(/,?\s+et\s+al\.?$/, ''), mention, cue: '', at, local: true });
}
