/**
 * What a claimant is: a person, an organisation, an office or a publication. A source noun stands for its author
 * ("figures from the United Nations" is the United Nations, "a 2018 report by the Regional Cooperation Council" is
 * the Council, "A UN Security Council report" is the Security Council); a source noun with no author ("estimates",
 * "official figures") names nobody; a generic plural ("officials", "experts", "sources") is weaker than a name.
 */

/** Nouns for a body of figures whose author, not the noun, is the claimant. */
const FIGURES_NOUN = '(?:estimates?|figures|data|statistics|numbers|counts?|tally|tallies|records|list|calculations?)';
/** Nouns for a publication: a claimant of its own when nobody wrote it ("the report said"). */
const PUBLICATION_NOUN = '(?:reports?|study|studies|survey|surveys|analysis|assessment|review|paper|brief|bulletin)';
/** Words before a source noun that say nothing about who is its author. */
const SOURCE_ADJ =
  '(?:latest|new|newest|recent|official|previous|earlier|updated|current|preliminary|final|annual|own|its|their|available|published|unofficial|\\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?)';
const DET = '(?:(?:the|a|an|these|those|such)\\s+)?';
const VERB_OF_MAKING =
  '(?:(?:issued|published|released|compiled|produced|provided|gathered|collected|prepared|drawn\\s+up|cited|presented|submitted)\\s+)?';

const BY_AUTHOR = new RegExp(
  `^${DET}(?:${SOURCE_ADJ}\\s+){0,3}(?:${FIGURES_NOUN}|${PUBLICATION_NOUN})\\s+${VERB_OF_MAKING}(?:by|from|of)\\s+(?:the\\s+)?(.+)$`,
  'iu',
);
const AUTHOR_FIRST = new RegExp(
  `^${DET}(?:${SOURCE_ADJ}\\s+){0,3}(.+?)(?:[’']s)?\\s+(?:${SOURCE_ADJ}\\s+)?(?:${FIGURES_NOUN}|${PUBLICATION_NOUN})$`,
  'iu',
);
const NO_AUTHOR = new RegExp(
  `^${DET}(?:(?:${SOURCE_ADJ}|media|press)\\s+){0,3}${FIGURES_NOUN}(?:\\s+(?:released|published|issued|compiled|seen|obtained|cited|available|made\\s+public))?$`,
  'iu',
);
/** A body or office named by a lowercase noun: "government data", "police figures". */
const BODY_NOUN =
  /^(government|police|ministry|army|military|authorities|prosecutors?|courts?|intelligence|security services?|coalition|agency)$/i;

/**
 * The claimant a mention stands for: the author of a source noun, null for a source noun with no author, or the
 * mention itself (without its article) when it is no source noun.
 */
export function claimantOf(mention: string): string | null {
  // "The report, published by the Combating Terrorism Center, found": the participle names the author
  const bare = mention
    .trim()
    .replace(/^(?:(?:published|issued|released|compiled|produced|prepared|commissioned)\s+)?by\s+(?:the\s+)?/i, '');
  let m = BY_AUTHOR.exec(bare);
  if (
    m &&
    (/^[\p{Lu}]/u.test(m[1]) ||
      /\b(agenc|ministr|service|office|government|police|authorit|department|commission|council|committee)/i.test(m[1]))
  )
    return m[1].trim();
  if (NO_AUTHOR.test(bare)) return null;
  m = AUTHOR_FIRST.exec(bare);
  if (m && (/^[\p{Lu}]/u.test(m[1]) || BODY_NOUN.test(m[1])) && !/^(?:the|a|an|one|another|this|that|its|their|his|her)$/i.test(m[1]))
    return m[1].trim();
  return bare.replace(/^(the|a|an)\s+/i, '');
}

/** "Officials", "Western security sources", "experts": a claimant named by its kind, whom a named source outranks. */
const GENERIC =
  /^(?:(?:the|some|other|many|several|most|few)\s+)?(?:[\p{L}-]+\s+){0,2}(officials|experts|sources|analysts|authorities|researchers|observers|diplomats|activists|monitors|witnesses|residents|estimates|reports|people|critics|specialists|scholars|commentators)$/iu;

export function isGeneric(mention: string): boolean {
  return GENERIC.test(mention.trim());
}
