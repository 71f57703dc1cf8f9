/**
 * What a claimant is: a person, an organisation, an office or a publication. A source noun stands for its author
 * ("figures from the United Nations" is the United Nations, "a 2018 report by the Regional Cooperation Council" is
 * the Council, "A UN Security Council report" is the Security Council); a source noun with no author ("estimates",
 * "official figures") names nobody; a generic plural ("officials", "experts", "sources") is weaker than a name.
 */

import { MONTH } from './dates';
import { ACRONYM } from './names';
import { withoutDeterminer } from './persons';
import { bracketedMatches } from './text';
import { COUNT_OF_TIME, PEOPLE_OF_THE_BODY, SEASON_NAMES, TIME_UNIT, WEEKDAY_NAME } from './wordLists';

/** Nouns for a body of figures whose author, not the noun, is the claimant. */
const FIGURES_NOUN =
  '(?:estimates?|figures?|data|statistics|numbers|counts?|tally|tallies|records|list|calculations?|guess|guesses|reckoning)';
/** Nouns for a publication: a claimant of its own when nobody wrote it ("the report said"). */
export const PUBLICATION_NOUN =
  '(?:reports?|study|studies|survey|surveys|analysis|assessment|review|paper|brief|briefing|bulletin|statement|reply|answer|response|letter)';
/** Words before a source noun that say nothing about who is its author. */
const SOURCE_ADJ =
  '(?:latest|new|newest|(?:most\\s+)?recent|official|independent|contemporary|(?:widely|commonly)\\s+(?:used|cited|quoted)|previous|earlier|updated|current|preliminary|final|annual|own|its|their|available|published|unofficial|\\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?)';
const DET = '(?:(?:the|a|an|these|those|such)\\s+)?';
/** A source noun closing a noun phrase, a body of figures or a publication: "intelligence estimates", "a UN report". */
export const ENDS_IN_SOURCE_NOUN = new RegExp(`\\b(?:${FIGURES_NOUN}|${PUBLICATION_NOUN})$`, 'i');
/**
 * Figures someone obtained from a source are the source's: "figures obtained by this newspaper from the police", "figures
 * the authors obtained from Tunisia's Ministry of Justice", "data received from the ministry" (who obtained them relays).
 */
const OBTAINED_FROM = "(?:(?:the\\s+)?[\\p{L}’']+\\s+){0,2}?(?:obtained|received)(?:\\s+by\\s+[^,]{1,40}?)?\\s+(?=from\\s)";
const VERB_OF_MAKING = `(?:(?:issued|published|released|compiled|produced|provided|gathered|collected|prepared|given|supplied|put\\s+forward|drawn\\s+up|cited|shared|presented|submitted|kept|maintained|made|run|conducted|carried\\s+out|recorded|registered|logged|counted|tallied|documented)\\s+|${OBTAINED_FROM})?`;

const BY_AUTHOR = new RegExp(
  `^${DET}(?:${SOURCE_ADJ}\\s+){0,3}(?:${FIGURES_NOUN}|${PUBLICATION_NOUN})\\s+${VERB_OF_MAKING}(?:by|from|of)\\s+(?:the\\s+)?(.+)$`,
  'iu',
);
const AUTHOR_FIRST = new RegExp(
  `^${DET}(?:${SOURCE_ADJ}\\s+){0,3}(.+?)(?:[’']s|(?<=s)[’'])?\\s+(?:${SOURCE_ADJ}\\s+){0,2}(?:${FIGURES_NOUN}|${PUBLICATION_NOUN})$`,
  'iu',
);
/**
 * A possessor before its source noun, with words that say what kind of publication it is: "Europol's 2024 trend report",
 * "the agency's quarterly threat assessment" (not a body's own noun: "Kazakhstan's interior ministry report").
 */
const POSSESSOR_FIRST = new RegExp(
  `^${DET}(.+?)(?:[’']s|(?<=s)[’'])\\s+(?:(?:${SOURCE_ADJ}|(?!(?:ministry|police|army|government|agency|services?|office|department|intelligence|military|authorities|committee|commission)\\b)\\p{Ll}[\\p{Ll}-]*)\\s+){1,3}(?:${FIGURES_NOUN}|${PUBLICATION_NOUN})$`,
  'u',
);
/** A possessor, then a publication's capitalised title ending with its year: "Europol's TE-SAT 2025". */
const POSSESSOR_TITLE_YEAR = /^(?:the\s+)?(.+?)[’']s\s+(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:19|20)\d\d$/u;
/** A body's name whose last word is a publication noun: "Coordination Unit for Threat Analysis", "Institute for Security Studies". */
const NAME_ENDING_IN_PUBLICATION_NOUN =
  /^(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:for|of|on)\s+(?:(?:and\s+)?\p{Lu}[\p{L}-]*\s+)*(?:Analysis|Assessments?|Reviews?|Stud(?:y|ies)|Surveys?|Reports?|Briefings?|Bulletins?)$/u;
/** Nouns for an inquiry, whose finding is its investigators', named elsewhere if at all ("Investigations revealed…"). */
const INQUIRY_NOUN = '(?:investigations?|inquiry|inquiries|enquiries|probes?)';
/** A nationality's adjective before a source noun names no one body: "Algerian estimates", "Iraqi figures", "Western data". */
const NATIONALITY_ADJ = '(?:\\p{Lu}\\p{Ll}+(?:an|ian|ese|i|ish|ic|ern))';
const NO_AUTHOR = new RegExp(
  `^${DET}(?:(?:${SOURCE_ADJ}|media|press|${NATIONALITY_ADJ})\\s+){0,3}(?:${FIGURES_NOUN}|${INQUIRY_NOUN})(?:\\s+(?:released|published|issued|compiled|seen|obtained|cited|available|made\\s+public))?$`,
  'iu',
);
/**
 * A body or office named by its kind, a lowercase noun: "the government", "the interior ministry", "police figures";
 * intelligence is a body only with the kind of it ("military intelligence"): alone it is what is known ("intelligence
 * estimates" name no author).
 */
const BODY_KIND = '(?:defen[cs]e|interior|foreign|justice|home|federal|state|national|local|regional|military|border|provincial)';
export const BODY_NOUN = new RegExp(
  `^(?:(?:${BODY_KIND}\\s+)?(government|police|ministry|army|military|authorities|prosecutors?|prosecution|defen[cs]e|courts?|security services?|coalition|agency)|${BODY_KIND}\\s+intelligence)$`,
  'i',
);

/**
 * Figures the text calls official, with no author named ("Official figures show…", "the latest official data"): the
 * state's, whose office the text does not say; a named source in the sentence outranks them (`isGeneric`).
 */
const OFFICIAL_FIGURES = new RegExp(
  `^${DET}(?:(?:latest|new|most\\s+recent|recent|available|published)\\s+)*official\\s+${FIGURES_NOUN}$`,
  'i',
);
/**
 * Official figures whose state the text names by its people's adjective, before or after "official" ("Official Iraqi
 * figures show…", "the latest Bosnian official data"): that state's authorities, "Iraqi authorities (official figures)",
 * one claimant per state, not one for every state's (a capitalised word ending as a nationality does: -an, -i, -ese,
 * -ish, -ch; not an office's name, "official Home Office figures", nor a body's, "official Europol figures").
 */
const NATIONALITY = '(\\p{L}+(?:an|i|ese|ish|ch))';
const STATE_OFFICIAL_FIGURES = new RegExp(
  `^${DET}(?:(?:latest|new|most\\s+recent|recent|available|published)\\s+)*(?:official\\s+${NATIONALITY}|${NATIONALITY}\\s+official)\\s+${FIGURES_NOUN}$`,
  'iu',
);
/**
 * The claimant of official figures with no author: the authorities, named by their kind in lower case as an unnamed
 * source is ("police officer"): words, no actor's name, so that no one actor stands for every state's official figures
 * (accept-all leaves it to the editor, as it does words: acceptAll.ts's notAName; review49).
 */
export const OFFICIAL_SOURCE = 'authorities (official figures)';

/** A capital opening a name, after "the" maybe. (Made once: docs/extractor.md#perf50.) */
const CAPITALISED_NAME = /^(?:the\s+)?\p{Lu}/u;
/**
 * The claimant a mention stands for: the author of a source noun, null for a source noun with no author, or the
 * mention itself (without its article) when it is no source noun.
 */
export function claimantOf(mention: string): string | null {
  // "The report, published by the Combating Terrorism Center, found": the participle names the author
  const bare = mention
    .trim()
    // an emphasis after the subject is no part of its name: "The army itself says…"
    .replace(/[\s,]+(?:itself|themselves|himself|herself)$/i, '')
    .replace(/^(?:(?:published|issued|released|compiled|produced|prepared|commissioned)\s+)?by\s+(?:the\s+)?/i, '');
  let m = BY_AUTHOR.exec(bare);
  if (
    m &&
    (/^[\p{Lu}]/u.test(m[1]) ||
      /\b(agenc|ministr|service|office|government|police|authorit|department|commission|council|committee|newspaper|paper|magazine|broadcaster|outlet|website|institute|cent(?:re|er)|researchers|project|monitor)/i.test(
        m[1],
      ))
  )
    // "figures shared by the ministry with Reuters": whom it was shared with is no part of the author
    return (/\bshared\s+by\b/i.test(bare) ? m[1].replace(/\s+with\s+.*$/, '') : m[1]).trim();
  if (OFFICIAL_FIGURES.test(bare)) return OFFICIAL_SOURCE;
  const whose = STATE_OFFICIAL_FIGURES.exec(bare);
  const nationality = whose ? (whose[1] ?? whose[2]) : '';
  if (/^\p{Lu}\p{Ll}+$/u.test(nationality)) return `${nationality} ${OFFICIAL_SOURCE}`;
  if (NO_AUTHOR.test(bare)) return null;
  // "the Office for National Statistics", "the Committee on Legal Statistics": a capitalised source noun ends a name, as
  // does a capitalised publication noun after "for", "of" or "on" in one ("the Coordination Unit for Threat Analysis")
  m =
    (/\s(?:Statistics|Data|Figures|Records)$/.test(bare) && CAPITALISED_NAME.test(bare)) || NAME_ENDING_IN_PUBLICATION_NOUN.test(bare)
      ? null
      : (POSSESSOR_FIRST.exec(bare.replace(/^(?:The|A|An|These|Those|Such)\s/, (det) => det.toLowerCase())) ?? AUTHOR_FIRST.exec(bare));
  if (m && (/^[\p{Lu}]/u.test(m[1]) || BODY_NOUN.test(m[1])) && !/^(?:the|a|an|one|another|this|that|its|their|his|her)$/i.test(m[1]))
    return m[1].trim();
  // "Europol's TE-SAT 2025", "the ministry's Annual Report 2023": a possessor's publication by its title and year is the
  // possessor's
  m = POSSESSOR_TITLE_YEAR.exec(bare);
  if (m && (/^[\p{Lu}]/u.test(m[1]) || BODY_NOUN.test(m[1]))) return m[1].trim();
  // "Several Member States", "Some Western officials": how many of them spoke is no part of the source's name
  return withoutDeterminer(bare).replace(SOME_OF_A_KIND, '');
}

/** How many of a kind of source spoke: "Several (Member States)", "Some (Western officials)" (subjects.ts lets them speak). */
export const SOURCE_QUANTIFIER = String.raw`(?:some|several|many|most|few|a\s+few|a\s+number\s+of)`;
const SOME_OF_A_KIND = new RegExp(`^${SOURCE_QUANTIFIER}\\s+(?=\\S)`, 'i');

/**
 * Kinds of people who speak as sources without a name ("officials", "analysts"): the generic sources below, and (in
 * subjects.ts) the sources of a kind a quantifier may open ("Several Member States", "Most analysts").
 */
export const SOURCE_KINDS = 'officials|experts|sources|analysts|researchers|observers|diplomats|monitors';
/** "Officials", "Western security sources", "experts": a claimant named by its kind, whom a named source outranks. */
const GENERIC = new RegExp(
  String.raw`^(?:(?:the|some|other|many|several|most|few)\s+)?(?:[\p{L}-]+\s+){0,2}(${SOURCE_KINDS}|authorities|activists|witnesses|residents|estimates|reports|people|critics|specialists|scholars|commentators)$`,
  'iu',
);

export function isGeneric(mention: string): boolean {
  // "figures provided by the authorities" is as generic as its author
  const author = claimantOf(mention);
  return GENERIC.test(mention.trim()) || !!author?.endsWith(OFFICIAL_SOURCE) || (author !== null && GENERIC.test(author.trim()));
}

/** A capitalised name and its acronym in brackets, on one line: "the Syrian Democratic Forces (SDF)". */
const NAME_WITH_ACRONYM =
  /(\p{Lu}[\p{L}’'.&-]*(?:[^\S\n]+(?:(?:of|for|and|on|the|in|against|to|de|du|des|la|le|al)[^\S\n]+)*[\p{Lu}][\p{L}’'.&-]*){0,9})[^\S\n]+\(([^()\s]{2,12})\)/gu;

/**
 * Words that describe a named body before its name, no part of it: "the Kurdish-led Syrian Democratic Forces", "the
 * London-based Syrian Observatory for Human Rights", "the so-called Islamic State". Only before a capitalised name: in
 * "Iran-aligned militias" or "the Saudi-led coalition" the description is all there is.
 */
const DESCRIPTOR_BEFORE_NAME =
  /^(?:(?:[\p{L}.]+-)+(?:led|backed|aligned|affiliated|allied|linked|funded|run|owned|sponsored|based|controlled|supported)|so-called|self-styled|self-proclaimed)\s+(?=\p{Lu})/u;

/**
 * The names a text writes with their acronym in brackets, each as "Full Name (ACR)", looked up by its full name and by
 * its acronym (lowercase). A possessor before the name ("Indonesia's") is not part of it; an acronym bracketed after
 * two different names is left out: it is then ambiguous.
 */
export function bracketedNames(text: string): Map<string, string> {
  const out = new Map<string, string | null>();
  for (const m of bracketedMatches(text, NAME_WITH_ACRONYM, /[^()\s]{2,12}\)/y, /^(?:[\p{L}’'.&-]|[^\S\n])$/u)) {
    const acronym = m[2];
    if (!ACRONYM.test(acronym)) continue;
    // a preposition opening the sentence is no part of the name: "According to the Norwegian Police Security Service (PST)"
    // …nor are the people of the body before it: "Officers of the State Committee for National Security (GKNB)"
    const full = m[1]
      .replace(/^.*[’']s\s+/u, '')
      .replace(/^(?:According\s+to|In|On|At|For|From|By|With|As|After|Under|Citing|Per|To|Of|And|But)\s+/, '')
      .replace(PEOPLE_OF_THE_BODY, '')
      .replace(/^(?:the|The|A|An)\s+/, '')
      .replace(DESCRIPTOR_BEFORE_NAME, '');
    if (!/\s/.test(full) || full === acronym) continue;
    const named = `${full} (${acronym})`;
    for (const key of [full.toLowerCase(), acronym.toLowerCase()]) {
      const seen = out.get(key);
      out.set(key, seen === undefined || seen === named ? named : null);
    }
  }
  return new Map([...out].filter((e): e is [string, string] => e[1] !== null));
}

/** What the text says of a body: whether its name names a place, and the state it belongs to (or null). */
export interface BodyFacts {
  namesPlace(name: string): boolean;
  stateOf(name: string): string | null;
}

/** A state's own body: its ministries, agencies, services, police, prosecutors, army. */
const NATIONAL_BODY =
  /\b(?:ministry|agency|service|services|police|committee|directorate|bureau|office|department|intelligence|security|army|guard|gendarmerie|prosecutor|prosecution)\b/i;
const INTERNATIONAL_BODY =
  /\b(?:united nations|european|international|global|coalition|world|regional|african union|red cross|red crescent|interpol|europol|frontex|unicef|unhcr|unodc|unocha)\b/i;
/** Research and civil bodies, no state's whatever their subject: "Institute for Security Studies", "Security Studies Group". */
const RESEARCH_BODY = /\b(?:institute|university|foundation|studies|observatory|academy|think[- ]tank|watch)\b/i;
/** International bodies by their acronyms, in capitals: "the UN children's agency", "a U.N. panel", "NATO's mission". */
const INTERNATIONAL_ACRONYM = /(?<![\p{L}])(?:U\.N\.|UN|NATO|EU|OSCE|ASEAN|IOM|ICRC|OHCHR|WHO|WFP|UNDP)(?![\p{L}])/u;

/**
 * A claimant's name in one normal form: no article ("the Ministry" → "Ministry"); a body the text names with its
 * acronym in brackets as "Full Name (ACR)", whichever of the two the claimant was named by ("the SDF", "the Syrian
 * Democratic Forces" → "Syrian Democratic Forces (SDF)"); and a state's body named by a name that does not say whose
 * it is followed by its state, as the corpus writes it ("the Ministry of the Interior" → "Ministry of the Interior
 * (Morocco)", "Indonesia's BIN" → "National Intelligence Agency (BIN), Indonesia"); a description stays as written.
 * A name that says whose it is ("Kazakh National Security Committee", "Syrian Democratic Forces") takes no state but
 * keeps the acronym the text brackets after it, whichever it was named by ("the KNB" → "Kazakh National Security
 * Committee (KNB)"), as the README and every annotated corpus write such a body ("Norwegian Police Security Service
 * (PST)"). The ledger names its actors without the acronym (an alias): namesOf gives the name and the acronym apart,
 * and the service and the workspace match an actor by either.
 */
export function normalisedClaimant(name: string, bracketed: Map<string, string>, body: BodyFacts): string {
  const written = name
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    // the people of a body are no part of its name: "Investigators from the National Police's …"
    .replace(PEOPLE_OF_THE_BODY, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(DESCRIPTOR_BEFORE_NAME, '')
    .replace(/[’']s$/u, '');
  // a name written with its acronym ("Syrian Observatory for Human Rights (SOHR)") is looked up by the name
  const withAcronym = /^(.+?)\s+\(([^()\s]{2,12})\)$/u.exec(written);
  const bare = withAcronym && ACRONYM.test(withAcronym[2]) ? withAcronym[1] : written;
  // "Indonesia's National Counter-Terrorism Agency": the possessor says whose body, it is no part of the name
  const possessed = bare.replace(/^\p{Lu}[\p{L}.-]*[’']s\s+/u, '');
  const full = bracketed.get(bare.toLowerCase()) ?? bracketed.get(possessed.toLowerCase());
  const base = full ? full.replace(/\s+\([^()]*\)$/, '') : possessed;
  if (body.namesPlace(base)) return full ?? bare;
  const named = full ?? bare;
  const state =
    NATIONAL_BODY.test(named) &&
    !INTERNATIONAL_BODY.test(named) &&
    !INTERNATIONAL_ACRONYM.test(named) &&
    !RESEARCH_BODY.test(named) &&
    !isDescription(named)
      ? body.stateOf(named)
      : null;
  if (!state || named.includes(state)) return named;
  // "Ministry of the Interior (Morocco)"; with an acronym already bracketed, "National Intelligence Agency (BIN), Indonesia"
  return full ? `${full}, ${state}` : `${bare} (${state})`;
}

/**
 * Whether a claimant is known only by a description ("security officials", "Police", "the ministry"), not by a name
 * ("Hedi Majdoub", "Europol", "UN monitors"): no capital after its first letter, and more than one word or a common noun.
 */
export function isDescription(name: string): boolean {
  const bare = name.trim();
  if (/[\p{Lu}\d]/u.test(bare.slice(1))) return false;
  return /\s/.test(bare) || /^\p{Ll}/u.test(bare) || BODY_NOUN.test(bare) || GENERIC.test(bare);
}

/** Words before a claimant that say when, not who: "A month ago", "Last year", "On Monday", "Today", "So far". */
const TIME_LEAD = new RegExp(
  `^(?:${COUNT_OF_TIME}\\s+${TIME_UNIT}\\s+(?:ago|earlier|later)|(?:last|this)\\s+(?:week|month|year|${SEASON_NAMES})|on\\s+${WEEKDAY_NAME}|` +
    `today|yesterday|tonight|now|currently|meanwhile|so\\s+far|to\\s+date)\\s*,?\\s+`,
  'i',
);
/** A list item's marker: "(d)", "b)", "(iv)". */
const LIST_MARKER = /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+/i;
/** Adverbs after a subject that are no part of it: "Säpo still says", "the AIVD now counts". */
const TRAILING_ADVERB =
  /\s+(?:still|also|now|already|recently|previously|earlier|reportedly|again|currently|today|yesterday|meanwhile|then|similarly|likewise|once|together|jointly)$/i;
/**
 * Words of time after a source's name: "The ministry on Monday said", "a reply in 2024 gave", "a U.N. report in July",
 * the date of its report ("the report of the Joint Command of 2 November 2026", "the statement dated March 3, 2025").
 */
const TRAILING_TIME = new RegExp(
  `\\s+(?:on\\s+\\w+day|last\\s+\\w+|later|in\\s+(?:(?:early|mid|late)[\\s-]+)?(?:${MONTH}(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d)|` +
    `(?:of|on|dated)\\s+(?:\\d{1,2}\\s+${MONTH}(?:\\s+(?:19|20)\\d\\d)?|${MONTH}\\s+\\d{1,2}(?:,\\s+(?:19|20)\\d\\d)?))$`,
  'i',
);

/**
 * A publication's issue, number or version in brackets after its name, which tells which copy, not whose it is: "the
 * group's weekly newsletter (issue 571)", "the bulletin (No. 12)", "the guidance (version 3.0)".
 */
export const PUBLICATION_NUMBER = /\s+\((?:issue|no\.?|number|vol\.?|volume|edition|version)\s*\d[\d.]*\)/giu;

/**
 * A source's name without the adverbs and words of time after it ("the AIVD now", "the ministry on Monday"), nor the
 * issue in brackets after a publication's name ("the newsletter (issue 571)").
 */
export function withoutTrailingWords(np: string): string {
  return np.replace(PUBLICATION_NUMBER, '').replace(TRAILING_TIME, '').replace(TRAILING_ADVERB, '');
}

/**
 * A participle after a claimant that tells how it was reached or when its words appeared, not who it is: "local elders
 * reached by phone", "a UN report published in July", "camp figures shared with an NGO", "a UN report seen by AFP" (who
 * saw it is no author). One naming an author ("published by the Combating Terrorism Center") is kept: the author is the
 * claimant, as is the source figures were obtained from ("figures obtained by this newspaper from the police").
 */
const TRAILING_PARTICIPLE =
  /\s+(?!(?:obtained|received)\s+(?:by\s+[^,]{1,40}?\s+)?from\s+(?:the\s+)?\p{Lu})(?:(?:seen|obtained|reviewed)\s+by\b|(?:reached|contacted|interviewed|shared|seen|obtained|published|released|issued|presented|dated|quoted|speaking|given|read)\b(?![^,]*\bby\s+(?:the\s+)?(?:\p{Ll}+['’]s\s+)?(?:\p{Lu}|(?:\p{Ll}+\s+){0,2}(?:government|police|ministry|army|military|authorities|prosecutors?|intelligence|security\s+services?|agency)\b))).*$/u;
/**
 * A body of figures said to be someone's: "the data of X", "the latest figures of X", "information available to X"; and
 * a sworn statement, the person's who swore it: "the affidavit of an investigating officer", "the testimony of X"; and
 * "estimates by local aid groups", "information from the consulate". The author of "figures from X" or "figures provided
 * by X" is quoted with its source noun, as the corpora write it, and so is "data of X" without an article ("according to
 * data of the Ministry of Justice"); with one ("the data of the security services") the noun is X's figures, and X the
 * mention.
 */
const FIGURES_OF = new RegExp(
  `^(?:(?:the|these|those|such)\\s+(?:${SOURCE_ADJ}\\s+|most\\s+){0,3}(?:data|figures|statistics|numbers)\\s+of|${DET}(?:${SOURCE_ADJ}\\s+|most\\s+){0,3}(?:information\\s+of|(?:data|figures|information|statistics|numbers)\\s+(?:available|known)\\s+to|(?:sworn\\s+)?(?:affidavits?|testimony|depositions?|evidence)\\s+of|estimates\\s+by|information\\s+from))\\s+((?:the\\s+)?[\\p{Lu}].*|(?:the|a|an)\\s+.+)$`,
  'iu',
);

/**
 * The words of a claimant mention as an editor would quote them, and where they start: without a list marker, a time
 * before it or an adverb after it, without a participle telling how it was reached, the body itself for "the data of
 * the body", and with the acronym the text brackets right after it ("the Syrian Observatory for Human Rights (SOHR)").
 */
export function boundedMention(text: string, mention: string, at: number): { mention: string; at: number } {
  const start = text.indexOf(mention, at);
  let from = start >= 0 ? start : at;
  let words = mention;
  const skip = (re: RegExp) => {
    const m = re.exec(words);
    if (m && m[0].length < words.length) {
      from += m[0].length;
      words = words.slice(m[0].length);
    }
  };
  skip(LIST_MARKER);
  skip(TIME_LEAD);
  words = withoutTrailingWords(words.replace(TRAILING_PARTICIPLE, ''));
  const of = FIGURES_OF.exec(words);
  if (of) {
    const body = words.lastIndexOf(of[1]);
    from += body;
    words = of[1];
  }
  if (start >= 0 && text.startsWith(words, from)) {
    const acronym = /^\s*\(([^()\s]{2,12})\)/.exec(text.slice(from + words.length));
    if (acronym && ACRONYM.test(acronym[1])) words = text.slice(from, from + words.length + acronym[0].length);
  }
  return { mention: words, at: from };
}
