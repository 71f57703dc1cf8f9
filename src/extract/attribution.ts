/**
 * Who states a figure: the subject of a cue verb ("X said that…"), a closing tag ("…, X told RFE/RL"),
 * "according to X", "X quoted Y as saying"; pronouns and role nouns ("he", "the minister", "the agency")
 * resolved to the last matching name; carried into following sentences that have no cue of their own.
 */
import { boundedMention, claimantOf, ENDS_IN_SOURCE_NOUN, isGeneric, OFFICIAL_SOURCE, PUBLICATION_NOUN } from './claimants';
import { canDate, datesIn } from './dates';
import { bodyNamedBefore, CITING_PARTICIPLE, ORG_WORDS, personName, PRONOUNS, Referents, ROLE_WORDS, withoutDeterminer } from './persons';
import {
  isDefinedByRelative,
  LONG_NAME,
  opensWithFigure,
  PLACE_TIME_MEANS,
  plausibleSubject,
  subjectBefore,
  trimNp,
  unnamedSource,
  unnamedAfter,
} from './subjects';
import { maskAbbreviations, type Sentence, withoutTimeCode } from './text';
import { capitalised, CUE_VERBS, MONTH_NAMES, PROGRESSIVE_CUES, SEASON_NAMES } from './wordLists';

export { Referents };

export interface Attribution {
  /** The normalised name: a person's full name when one is known, else the words as written without "the". */
  name: string;
  /** The words at the attribution point, exactly as written. */
  mention: string;
  cue: string;
  relayed_by: string | null;
  /** True when carried over from an earlier sentence. */
  carried: boolean;
  /** Offset of the mention in the text. */
  at: number;
  /** A tag after a quotation ("…,” he said"): it attributes the quotation, not the sentences that follow. */
  quoteTag: boolean;
  /** When it was said, when the words around the cue fix it ("said on Thursday", "In November 2015, X said"). */
  stated_on: string | null;
  stated_text: string | null;
  /** The name as first read, when it was resolved to a named organisation of the text. */
  resolvedFrom?: string;
  /** Lent by a later restatement of the same figure ("the latest estimate by X that 300 …"). */
  restated?: boolean;
  /** Attributes its own sentence only: a verb read as a cue by its that-clause alone is not carried further. */
  local?: boolean;
  /** A source that names nobody ("according to estimates"): the figure is the publisher's, nothing is carried. */
  unnamed?: boolean;
}

/** An attribution with no relayer, no date of its own and no quotation it tags: the fields given, the rest empty. */
export function plainAttribution(fields: Pick<Attribution, 'name' | 'mention' | 'cue' | 'at'> & Partial<Attribution>): Attribution {
  return { relayed_by: null, carried: false, quoteTag: false, stated_on: null, stated_text: null, ...fields };
}

/** A month's name, written out or shortened ("Nov.", "Sept"). */
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
/**
 * When a statement was made, between its subject and its verb: "on Tuesday", "on 28 November", "on Nov. 28, 2025",
 * "yesterday", "this afternoon", "earlier this month" ("earlier" and "last week" are words of AUX of their own).
 */
const WHEN_SAID =
  `on\\s+\\w+day|on\\s+\\d{1,2}\\s+${MONTH_NAME}(?:\\s+\\d{4})?|on\\s+${MONTH_NAME}\\s+\\d{1,2}(?:,\\s+\\d{4})?|yesterday|today|tonight|` +
  'this\\s+(?:week|month|year|morning|afternoon|evening)';
const AUX = `(?:(?:has|have|had|was|were|is|are|will|would|could|can|able\\s+to|managed\\s+to|also|earlier|previously|recently|already|now|then|${WHEN_SAID}|last\\s+\\w+|so\\s+far|in\\s+a\\s+statement)\\s+){0,3}`;
/**
 * A verb of giving whose object is a figure: "gave this committee a figure of 78", "cited an estimate of 2,000", "gives a
 * slightly different figure", "give a total of 3,102".
 */
const GIVING_A_FIGURE =
  "(?:gave|gives|give|offered|offers|cited|cites|quoted|quotes)(?=(?:\\s+[\\w’']+){0,3}?\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:figure|estimate|number|toll|count|tally|total\\s+of)\\b)";
/** A verb of giving with a bare figure as its object: "a parliamentary reply gave 131"; said only of a source document. */
const GIVING_A_NUMBER =
  '(?:gave|gives|give)(?=\\s+(?:(?:about|around|some|nearly|almost|roughly|only|just|over|more\\s+than|at\\s+least|fewer\\s+than|a\\s+total\\s+of)\\s+)?\\d)';
/** A verb of revising a figure of one's own: "PET has revised its count of travellers", "the army later raised the toll to 31". */
const REVISING_A_FIGURE =
  '(?:revised|revises|raised|raises|lowered|lowers|updated|updates|corrected|corrects|adjusted|adjusts)(?=\\s+(?:(?:up|down|upwards?|downwards?)\\s+)?(?:its|their|his|her|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:count|toll|estimate|figure|tally|number)\\b)';
/**
 * A verb of telling with a pronoun as its object before a that-clause: "the commander briefed us that…", "officials
 * assured them that…" (a noun object is read by `TELLING_BEFORE`; "told", "warned", "informed" are cues of their own).
 */
const TELLING_A_PRONOUN =
  '(?:assured|assures|reassured|reassures|briefed|briefs|reminded|reminds|advised|advises|notified|notifies|promised|promises|convinced|convinces)(?=\\s+(?:us|me|them|him|her|you)\\s+that\\b)';
/** GIVING_A_NUMBER where a text starts. */
const GIVES_A_NUMBER = new RegExp(`^${GIVING_A_NUMBER}`, 'i');
/**
 * A bare figure given, its noun at most, then the clause's end: "gives 1,293, revised from…", "gave 27 returnees, of
 * whom…", "gave 46 for 2024" (not "gave 131 families a house", whose figure is the receiver).
 */
const FIGURE_GIVEN =
  /^\s+(?:(?:about|around|some|nearly|almost|roughly|only|just|over|more\s+than|at\s+least|fewer\s+than|a\s+total\s+of)\s+)?\d[\d,.]*(?:\s+[\p{L}-]+){0,2}?\s*(?:[,;.:)]|$|\s+(?:for|in|as|at|by)\s)/u;
/** A source document as the subject of a verb of giving: "the army's statement", "a parliamentary reply in 2024". */
const DOCUMENT_SUBJECT =
  /\b(?:reply|replies|answers?|statements?|reports?|figures|data|census|surveys?|counts?|tally|estimates?|study|studies|assessments?|records|register|letters?|responses?|releases?|bulletins?|briefings?)\b(?:\s+(?:in|of|on|from)\s+[^,;]{1,30})?$/i;
/**
 * A cue verb, or any verb that opens a that-clause ("the ministry specified that…", "X maintains that…") or a list
 * after a colon ("He summarised the threat as:").
 */
// (every path starts on a letter, asked first; and a progressive's lookbehind is read after its word: a lookbehind
// opening an alternative ran at every word of every sentence)
const CUE = new RegExp(
  `\\b(?=[a-z])${AUX}(${CUE_VERBS}|(?:${PROGRESSIVE_CUES})(?<=\\b(?:is|are|was|were|been)\\s+(?:${PROGRESSIVE_CUES}))|${GIVING_A_FIGURE}|${GIVING_A_NUMBER}|${TELLING_A_PRONOUN}|${REVISING_A_FIGURE}|[a-z]{3,}(?:ed|s)(?=\\s+that\\b)|[a-z]{3,}ed(?=[^.;:“”"]*:\\s*$))\\b`,
  'gi',
);
/** CUE for a test, without the global flag's state. */
const CUE_ONCE = new RegExp(CUE.source, 'i');
/** A verb of saying right after a word, with its auxiliaries: the word before it is a noun ("states estimate"). */
const VERB_AFTER_NOUN = new RegExp(`^\\s+(?:(?:have|has|had|are|were|will|would|also|now|still)\\s+){0,2}(?:${CUE_VERBS})\\b`, 'i');
const KNOWN_CUE = new RegExp(`^(?:${CUE_VERBS}|${PROGRESSIVE_CUES})$`, 'i');
/** Whether a word is one of the verbs of saying the rules read as a cue (for the aggregate error classes). */
export const isCueVerb = (word: string): boolean => KNOWN_CUE.test(word);
/**
 * Verbs with a that-clause that say nothing: "this means that…", "the risk remains that…"; nor does one that tells a
 * thing came to light, which names no speaker ("it emerged that…", "it transpired that…"), nor one that orders or asks
 * for what shall be ("a federal judge ordered that ten accused persons be tried in absentia", "urged that…").
 */
const NOT_SAYING =
  /^(?:means|meant|remains|remained|seems|seemed|appears|appeared|ensures|ensured|requires|required|provided|happens|happened|matters|implies|implied|follows|assumed|assumes|emerged|emerges|transpired|transpires|ordered|orders|demanded|demands|requested|requests|urged|urges|recommended|recommends|proposed|proposes|decided|decides|decreed|decrees|directed|directs)$/i;
/**
 * Words before a cue word that make it a noun or an adjective: a determiner or a possessive ("all states", "its most recent
 * estimate", "a declared area", "including reports on…", "in the disputed territories").
 */
const DETERMINER_BEFORE =
  /\b(?:the|a|an|all|its|their|his|her|our|my|your|this|these|those|such|including|whose|(?:most\s+)?recent|latest|working)\s+$/i;
/** The start of a relative clause right before a verb: "…, which announced", "…, who has said". */
const RELATIVE_BEFORE = /,\s*(?:which|who)\s+(?:(?:also|later|earlier|previously|has|have|had)\s+){0,2}$/i;
const QUOTE_TAG = new RegExp(`[,.!?…]?\\s*["”’]\\s*,?\\s+((?:the\\s+|a\\s+)?[^,.;:“”"]{1,80}?)\\s+${AUX}(${CUE_VERBS})\\b`, 'g');
const INVERTED_TAG =
  /(?:["”’]\s*,?\s+(said|says|added|told|wrote|explained)|,\s+(said|says|added|wrote|explained|stated|noted))\s+((?:the\s+|a\s+)?[^,.;:“”"]{2,120}?)\s*(?:[,;]|[.!?]?["”’]?$)/;
/** What is found as a thing, not a finding: "(found) the bodies of", "(discovered) a mass grave", "(found) the remains of". */
const PHYSICAL_FIND =
  /^\s+(?:(?:the|a|an|two|three|several|more|dozens\s+of|\d+)\s+)?(?:(?:mass|shallow|more)\s+)?(?:bod(?:y|ies)|corpses?|remains|graves?|skeletons?|weapons|arms|explosives)\b/i;
/**
 * A verdict, not a finding: "(found) three of the four accused guilty", "(found) him not guilty of", "(finds) the
 * defendants liable": a court finds people guilty, it states no figure of them.
 */
const VERDICT_FOUND = /^\s+[^,;:.“”"]{1,60}?\s+(?:(?:not|also)\s+)?(?:guilty|innocent|liable)\b/i;
const thingFound = (cue: string, after: string): boolean =>
  /^(?:found|finds|find|discovered|discovers|uncovered)$/i.test(cue) &&
  (PHYSICAL_FIND.test(after) || (/^f/i.test(cue) && VERDICT_FOUND.test(after)));
/** A source noun a pronoun owns, opening the words after "said": "her own count", "his estimate", "their latest figures". */
const OWNED_SOURCE = new RegExp(
  `^(?:his|her|their|its|our|my)\\s+(?:own\\s+|latest\\s+|new\\s+){0,2}(?:counts?|estimates?|figures?|tally|numbers|data|records|calculations?|research|analysis|study|survey|reports?)\\b`,
  'i',
);
/**
 * An inverted tag with a verb that also describes ("declared dead", "confirmed killed"): only before a name or a body —
 * "…, say officials in Niamey", "…have surrendered, declares State", "…, confirmed the Interior Ministry".
 */
const NAMED_INVERTED_TAG =
  /,\s+()(say|declares|declared|confirms|confirmed|announced|announces|claims|claimed)\s+((?:the\s+|a\s+)?(?:\p{Lu}|officials\b|police\b|authorities\b|sources\b|officers\b)[^,.;:“”"]{0,80}?)\s*(?:[,;]|[.!?]?["”’]?$)/u;
/**
 * A citation in brackets: a name of one to four capitalised words, at most two lowercase words of its publication, and a
 * year, with a page or paragraph after a comma: "(NWPI 2026)", "(SSG annual report 2025, p. 14)", "(Europol 2024)".
 */
const BRACKETED_CITATION =
  /\(\s*((?:\p{Lu}[\p{L}&.’'-]*\s+){0,3}\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Ll}+){0,2}(?:\s+et\s+al\.?)?(?:,\s*|\s+)(?:19|20)\d\d)[a-z]?(?:[,:]\s*(?:(?:pp?\.|para\.?|§)\s*)?\d+(?:[-–]\d+)?)?\s*\)/u;
/** A bracket's date, not its author: "(June 2025)", "(Since 2014)". */
const MONTH_OR_TIME = new RegExp(
  `^(?:${capitalised(MONTH_NAMES)}|${capitalised(SEASON_NAMES)}|Since|In|From|Until|Before|After|By|As\\s+of|End|Mid|Early|Late)\\b`,
);
const OPENING = new RegExp(`^((?:[\\p{Lu}][\\p{L}’'.-]*\\s+){1,4}?)${AUX}(${CUE_VERBS})\\b`, 'u');
/** The words of AUX, for a line in capitals. */
const AUX_WORD =
  /^(?:has|have|had|was|were|is|are|will|would|could|can|also|earlier|previously|recently|already|now|then|so|far|in|a|statement|on|last)$/i;
/**
 * A line in capitals ("KAZAKHSTAN SAYS 1,100 FIGHTERS LEFT FOR SYRIA", a headline as some sites print it) read with its
 * verbs of saying and their auxiliaries in lower case, so that OPENING finds its subject and cue: same length, same
 * offsets; a line with any lower-case letter is returned as it is.
 */
function inCapitals(body: string): string {
  if (/\p{Ll}/u.test(body) || !/\p{Lu}{3}/u.test(body)) return body;
  return body.replace(/\p{Lu}+/gu, (w) => (KNOWN_CUE.test(w) || AUX_WORD.test(w) ? w.toLowerCase() : w));
}

/**
 * A that-clause opening with a source and a cue of its own: "(reports) that the Federal Intelligence Service now tracks",
 * "(said) that the FSB counts"; a body tracking or monitoring people gives their number as a count.
 */
/**
 * What a participle names its noun as: "the organisations identified as terrorist", "persons recorded as missing" describe
 * their noun, no verb of saying ("identified as many as 40" is one).
 */
const NAMED_AS = '\\s+as\\s+(?!(?:many|much|few|high|low|recently|early|late|of|part)\\b)';
const NAMED_AS_AFTER = new RegExp(`^${NAMED_AS}`, 'i');
const RELAYED_SOURCE = new RegExp(
  `^\\s+that\\s+((?:the\\s+)?[^,;:“”"\\d]{2,80}?)\\s+(?:(?:now|still|also|currently|has|have|had)\\s+)*(${CUE_VERBS}|tracks|monitors)\\b(?!${NAMED_AS})`,
  'u',
);
/**
 * A verb of telling somebody that…, ending the text before its object: "told reporters that", "assured residents that",
 * with up to three words before the object's noun ("told aid workers that", "told visiting parliamentary delegations that").
 */
const TELLING_BEFORE =
  /\b(?:told|tells|tell|informed|informs|assured|assures|reassured|reassures|reminded|reminds|warned|warns|notified|notifies|advised|advises|briefed|briefs|promised|promises|convinced|convinces|persuaded|persuades)\s+(?:[\p{Ll}-]+\s+){0,3}$/iu;

/** Whom a claimant told: a listener ("reporters", "the court", "parliament") or an outlet, which relays the figure. */
const TOLD_WHOM =
  /^\s+((?:the\s+)?[A-Z][\w.’'/-]*?(?:\s+[A-Z][\w.’'/-]*?){0,3}|reporters|journalists|the\s+(?:paper|court|tribunal|judge|jury|hearing|committee|inquiry|parliament|senate|lawmakers|media|press)|a\s+(?:court|hearing|news\s+conference|press\s+conference)|lawmakers|parliament|legislators|MPs)(?=[.,;:]?(?:\s|$))/;
/**
 * A short phrase of time or place between whom a teller told and the that-clause: "(told parliament) on Tuesday",
 * "in March", "in Astana", "earlier this month", "at a news conference in the capital" (up to 40 characters; `WHEN_SAID`
 * or a word of time, or a preposition of place, time or means, opens it). A phrase with a clause of its own (a pronoun,
 * an auxiliary or a relative word: "when he returned", "who had asked") or a quotation is none.
 */
const TOLD_ASIDE = new RegExp(
  `^,?\\s+((?:${WHEN_SAID}|(?:last|earlier|later|late|recently)\\b|(?:${PLACE_TIME_MEANS})\\s)` +
    `(?:(?!\\b(?:that|he|she|it|they|we|i|you|who|whom|which|whose|when|where|while|because|if|as|had|has|have|was|were|is|are|be|been|will|would|could|did|does|do)\\b)[^,;:“”"])*?),?(?=\\s+that\\b)`,
  'iu',
);
const LISTENER = /^(?:reporters|journalists|lawmakers|legislators|MPs|parliament|congress|the\s+\w+|a\s+.+)$/i;
const OUTLET_NOT = /^(?:the\s+)?(?:Parliament|Congress|Senate|Assembly|Duma|House|Court|Committee|Council)\b/;

function toldWhom(verb: string, after: string): { whom: string; relayed: string | null } | null {
  if (!/^(told|tells|tell|telling|informed)$/i.test(verb)) return null;
  const m = TOLD_WHOM.exec(after);
  if (!m) return null;
  const whom = m[1];
  const relayed = (LISTENER.test(whom) && !/^the\s+[A-Z]/.test(whom)) || OUTLET_NOT.test(whom) ? null : whom.replace(/^the\s+/i, '');
  return { whom, relayed };
}

/** The determiner and words of time before a source noun: "A 2024 study", "the latest figures", "new official data". */
const SOURCE_LEAD =
  /(?:\b(?:a|an|the|this|these|its|their|new|newest|latest|recent|most\s+recent|official|previous|earlier|updated|annual|final|preliminary|(?:19|20)\d\d)\s+)+$/i;

/**
 * An estimate a sentence opens with, its owner a possessive pronoun: "His headline estimate is that…", "Her best guess is
 * 300", "Their own count puts…" (the pronoun and the noun: the mention and the cue).
 */
const PRONOUN_ESTIMATE =
  /(?:^\s*|[,;]\s+(?:and|but|while|whereas)\s+|;\s+)(His|Her|Its|Their|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(estimates?|guess|reckoning|count|tally|calculations?|assessment)\s+(?:is|was|puts?|stands?|stood)\b/u;
/** A source's own figure: "Supo's figure", "the UN's latest estimates", "the army's own count" (a body, not "the country's"). */
const POSSESSED_FIGURE =
  /(?:(?:the\s+)?(?!(?:By|In|Per|For|From|With|Of)\s)\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,5}|[Tt]he\s+(?:government|police|ministry|army|military|authorities|prosecutors?|prosecution|defen[cs]e|courts?|intelligence|security\s+services?|agency))(?:['’]s|(?<=s)['’])\s+(?:(?:own|latest|most\s+recent|official|new|current|working|revised|best)\s+)*(?:figures?|estimates?|count|tally|assessments?|guess|reckoning)\b/u;
/** A predicate disputing a figure: "was contradicted", "has since been disputed". */
const DISPUTING =
  /\b(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:(?:later|since|soon|also|sharply|flatly|strongly|publicly|immediately|then)\s+)?(?:contradicted|disputed|challenged|questioned|rejected|denied|contested|refuted)\b/;
/** A cue saying a figure: "said", "put", "estimated". */
const SAYING = /\b(?:said|says|say|stated|told|estimated|estimates|put|puts|counted|gave|reported)\b/;

/**
 * Whether the words after a possessed figure dispute it, with a cue after, before the clause's full stop or semicolon:
 * "(Dagestan's figure) … was contradicted by …, which said". The first dispute is the one to ask (a cue after a later one
 * is after it too), so the words are read once: one pattern with a lazy run before the dispute and a greedy run after it
 * read a run of 200,000 characters of disputes without a cue in seconds.
 */
export function disputedAfter(words: string): boolean {
  const clause = words.slice(0, words.search(/[.;]|$/));
  const dispute = DISPUTING.exec(clause);
  return dispute !== null && SAYING.test(clause.slice(dispute.index + dispute[0].length));
}

/**
 * A figure's noun before its source: "by the count of X", "in the assessment of X", "according to the estimate of X" (the
 * source ends at a clause's punctuation or a verb).
 */
const NOUN_OF_SOURCE =
  /\b(?:[Bb]y|[Ii]n|[Aa]ccording\s+to)\s+the\s+(?:(?:latest|most\s+recent|own|official|best)\s+)?(?:count|estimate|estimates|tally|reckoning|assessment|calculations?|figures|view|records)\s+of\s+((?:the\s+|its\s+|their\s+)?\p{Lu}[^,.;:()“”"]{1,80}?|(?:the\s+)?(?:[\p{Ll}’'-]+\s+){0,3}(?:officials|authorities|services|police|ministry|ministries|governments?|army|military|groups|organi[sz]ations|agencies|experts|researchers|investigators|prosecutors|monitors))(?=\s*(?:[,.;:()“”"]|$))/u;

/**
 * "By police count", "by UN estimates", "by government figures": a name or a body (no possessive: "by the army's count"
 * is POSSESSED_FIGURE's) before a figure's noun after "by"; "by some estimates", "by one count" name nobody.
 */
const BY_BODY_COUNT =
  /(?<![\p{L}])[Bb]y\s+((?:the\s+)?(?:\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4}|(?:(?:defen[cs]e|interior|foreign|justice|home|federal|state|national|local|regional|border|provincial)\s+)?(?:government|police|army|military|ministry|authorities|prosecutors?|intelligence|coalition|agency)))\s+(?:(?:own|latest|official|most\s+recent|new|current|internal)\s+)*(?:count|counts|estimates?|tally|tallies|reckoning|figures|calculations?|records|data|statistics)\b/u;
/**
 * A plural verb after a singular common noun is no verb of that noun: "a late-night talk show" is a noun ("Speaking on a
 * late-night talk show, the senator said…" named "Speaking on a late-night talk"), as "an estimate", "a head count", "a
 * record"; "figures show", "the data show", "police estimate", "they count" agree.
 */
function pluralVerbOfSingular(verb: string, np: string): boolean {
  if (!/^(?:show|estimate|count|record|find)$/i.test(verb)) return false;
  const head = np.trim().split(/\s+/).pop() ?? '';
  // a body's noun takes a plural verb in British English: "the government estimate", "the committee find"
  return (
    /^\p{Ll}[\p{Ll}-]*$/u.test(head) &&
    !/s$/.test(head) &&
    !/^(?:data|police|people|media|staff|personnel|military|public|i|we|you|they|government|ministry|army|team|committee|council|group|force|service|agency|court|panel|mission|office|authority|coalition|navy|prosecution|defence|defense|family|parliament)$/i.test(
      head,
    )
  );
}

/**
 * The rest of a list a source's name ends the first item of: "officials in Kenya" + ", Uganda and Tanzania", "security
 * agencies in Indonesia" + ", Malaysia, Singapore and the Philippines" (the source stopped at the list's first comma).
 */
function listTail(source: string, after: string): string {
  if (!/\p{Lu}[\p{L}’'-]*$/u.test(source)) return '';
  return (
    /^(?:,\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*)*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?=\s*(?:[,.;:()“”"]|$|\s+\p{Ll}))/u.exec(after)?.[0] ??
    ''
  );
}

/** A source noun with up to three words before it, ending the text before "according to which": "media reports". */
const SOURCE_BEFORE_WHICH =
  /((?:(?:the|a|an|these|those)\s+(?:[\p{L}’'-]+\s+){0,2}|(?:(?![\p{L}’'-]*ed\s)[\p{L}’'-]+\s+)?)(?:reports?|estimates?|figures|data|statistics|study|survey|sources?|information|assessment|documents?|records|findings|decision|judgment|judgement|indictment|statement))\s*,?\s*$/u;

/** "estimates from X", "reports by X": the cue word is a noun naming a source, not a verb of saying. */
function sourceNoun(body: string, cueEnd: number, cue: string): boolean {
  return (
    /^(estimates|counts|records|reports|claims|figures|notes|finds)$/i.test(cue) &&
    /^\s+(?:(?:issued|published|released|compiled|produced|provided|gathered|collected)\s+)?(?:from|by|of|for)\b/i.test(body.slice(cueEnd))
  );
}

/**
 * A relative clause right after a source noun, its verb one of giving a figure: "a recent foreign report that put the
 * group's strength at 2,500" (the noun is no verb of saying: "Officials report that 40 died" has no verb after "that").
 */
const RELATIVE_OF_SOURCE_NOUN =
  '(?:that|which)\\s+(?:(?:also|first|later|had|has|have)\\s+)?(?:put|puts|said|says|showed|shows|found|gave|gives|counted|cited|estimated|suggested|suggests|stated|states|listed)\\b';
/** What follows a source noun that is a subject: its verb, a participle or a relative clause ("estimates suggest", ", which"). */
const SOURCE_NOUN_THEN_VERB = new RegExp(
  `^\\s*(?:,\\s*(?:which|that)\\b|(?:(?:also|now|still|have|has|had)\\s+)?(?:${CUE_VERBS}|is|are|was|were|suggest|give|gives|gave|speaking|putting|showing|suggesting|indicating|citing)\\b|${RELATIVE_OF_SOURCE_NOUN})`,
  'i',
);

/**
 * A source noun read as a cue that has a verb of its own after it is that verb's subject, no verb itself: "independent
 * estimates suggest that…", "Media reports speaking of…", "One widely used estimate is that…".
 */
function sourceNounSubject(cue: string, after: string): boolean {
  return /^(?:estimates?|reports?|figures?|counts?|claims?|records?)$/i.test(cue) && SOURCE_NOUN_THEN_VERB.test(after);
}

/** The writers' own count: "by our count", "by my own count", "by the count of our parishes". */
const WRITERS_COUNT =
  /\b[Bb]y\s+(?:((?:our|my)\s+(?:own\s+)?(?:count|estimate|tally|reckoning|calculations?|figures|records))|the\s+(?:count|tally|reckoning|records)\s+of\s+((?:our|my)\s+[\p{Ll}-]+))\b/u;

/** Whether an attribution is the writers' own count (`WRITERS_COUNT`), which is the document's author's. */
export const isWritersCount = (a: Attribution): boolean => a.cue === 'by' && /^(?:our|my)\s/i.test(a.mention);

/**
 * A passive of belief or assessment with its agent before an infinitive: "is thought by the armed forces to number between
 * 60 and 150", "were assessed by the Nigerian military to be fighters": the agent holds the figure.
 */
const BELIEVED_BY =
  /\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:(?:also|now|still|widely|generally)\s+)?(thought|believed|assessed|considered|estimated|understood|judged|reckoned|known)\s+by\s+((?:the\s+)?[^,.;:()“”"]{2,80}?)\s+to\s+(?:be|number|have|total|include|comprise|hold)\b/;

/**
 * A clause of manner naming who counted or told a figure, fronted or after the main clause: "As counted by the Syrian
 * Observatory, 48 fighters were killed", "…were detained, as reported by the state news agency": its agent is the source.
 */
const AS_DONE_BY =
  /(?:^\s*|[,;(]\s*)[Aa]s\s+(?:(?:first|also|earlier|previously|last)\s+)?(counted|recorded|reported|documented|registered|estimated|tallied|compiled|confirmed|noted|published|announced|stated|logged|listed)\s+by\s+((?:the\s+)?[^,.;:()“”"]{2,80}?)(?=\s*(?:[,.;:()“”"]|$|\s+(?:in|on|at|during|last|this|after|before)\b))/;

/**
 * A clause of manner whose subject says or counts, opening the sentence or set off by commas, its verb closing it: "As the
 * minister said, …", "As officials put it, …", "…, as police told reporters, …", "As Europol has noted, …" (not "as
 * reported by", AS_DONE_BY, nor "as he said this", whose verb has an object).
 */
const AS_SAID =
  /((?:^\s*(?:[-–—]\s+)?|\s[-–—]\s+)(?:(?:But|And|Yet|So|Still|Indeed|Now|Then)\s*,?\s+)?(?:[Jj]ust\s+)?|,\s*(?:just\s+)?)[Aa]s\s+((?:the\s+)?[^,.;:()“”"]{2,80}?)\s+((?:(?:has|have|had|also|once|rightly|recently|previously|earlier|first)\s+){0,2}(?:said|says|put\s+it|puts\s+it|noted|notes|told\s+(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}|(?:the\s+)?\p{Ll}[\p{L}-]*)|stated|explained|observed|pointed\s+out|estimated|estimates|reported|reports|acknowledged|admitted|warned|confirmed|testified|wrote|writes|claimed|claims|announced))(?:\s+(?:on\s+\p{L}+day|yesterday|today|last\s+\p{L}+|this\s+(?:week|month|year)|earlier|in\s+(?:\p{Lu}\p{L}+\s+)?(?:19|20)\d\d|in\s+\p{Lu}\p{L}+))?(?=\s*,)/u;

/** A participle with an infinitive describes, it does not say: "armed men believed to belong to Boko Haram". */
function describing(cue: string, after: string): boolean {
  return (
    /^(?:believed|said|reported|estimated|understood|alleged)$/i.test(cue) &&
    /^\s+to\s+(?!(?:the|a|an|his|her|their|its|reporters|journalists|parliament|lawmakers|police)\b)\p{Ll}+/u.test(after)
  );
}

/** A fronted phrase that answers or sets aside what it names, up to its comma: "Responding to a report by X, …". */
const ANSWERING_LEAD =
  /^\s*(?:Responding|Replying|Reacting|Referring|Commenting|Asked|Questioned|In\s+(?:response|reply|reaction)|Contrary|Unlike|Despite|Disputing|Rejecting|Challenging|Dismissing|Denying)\b[^,;:]*,?\s*$/;
/**
 * A source named in a fronted phrase that answers or sets it aside, before a clause with a cue of its own: "Responding to
 * a report by Amnesty International, it said only 40…", "Unlike figures from the UN, the ministry counts 300": the
 * clause's subject states the figure, not the source it answers.
 */
function answeredSource(body: string, at: number): boolean {
  if (!ANSWERING_LEAD.test(body.slice(0, at))) return false;
  const clause = /,\s+(.*)$/s.exec(body.slice(at));
  return clause !== null && CUE_ONCE.test(clause[1]);
}

/** After a cleft's verb ("What I can tell you"): "is that" and a clause with a cue of its own. */
function cleftWithSource(after: string): boolean {
  const that = /^\s+(?:[\p{L}-]+\s+){0,2}?is\s+that\s+/iu.exec(after);
  if (!that) return false;
  return CUE_ONCE.test(after.slice(that[0].length));
}

/**
 * A passive ("were reported by nine EU Member States") names no claimant in its subject, nor does one of telling: "The
 * minister was told that 45…", "Parliament was told…" name who heard it (its agent, "told by officials", is read apart).
 */
function passiveCue(aux: string, verb: string): boolean {
  // (an adverb between: "Two minors were also questioned and released", "were later found")
  return (
    /\b(was|were|is|are|been|be)\s+(?:(?:also|later|then|since|subsequently|first|still|all|both|each|never|not|\p{L}+ly)\s+)?$/iu.test(
      aux,
    ) && /(ed|said|put|found|shown|told)$/.test(verb)
  );
}

/**
 * "claimed responsibility", "claimed the lives of 12", "claimed the attack", "claimed Friday's bombing": a claim of a deed
 * or a toll taken, not a statement of a figure ("claimed that the attack killed 40" is one).
 */
const CLAIMED_DEED = new RegExp(
  '^\\s+(?!that\\b)(?:(?:the|its|their)\\s+)?(?:responsibility|credit|lives|life|victims?)\\b|' +
    // a deed after its article or its possessor ("claimed killing 40" is a figure's claim)
    "^\\s+(?:the|its|their|a|an|this|both|several|[\\p{L}-]+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:attacks?|bombings?|blasts?|assaults?|raids?|ambush(?:es)?|kidnappings?|abductions?|explosions?|massacres?|shootings?)\\b",
  'iu',
);
/** A figure after a claim of a deed: the claimer's account of it ("claimed the attack, saying it killed 40"). */
const FIGURE_AFTER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands|scores)\b/i;
function claimingNoStatement(cue: string, after: string): boolean {
  if (!/^claim(?:s|ed)?$/i.test(cue)) return false;
  if (/^\s+(?:the\s+|its\s+|their\s+)?(?:responsibility|credit|lives|life|victims?)\b/i.test(after)) return true;
  return CLAIMED_DEED.test(after) && !FIGURE_AFTER.test(after);
}

/**
 * The source a relative clause right after a figure names for that figure alone: "the 2,930 that the Tunisian interior
 * ministry gave in 2018", "the 105 that the Ministry of National Security gave Parliament". A sentence comparing figures
 * names each one's source there, whatever the sentence's own source is. (A participle's agent is none: "some 2,500
 * children identified by UNICEF", "only two were verified by a Syrian doctor" are the speaker's figures.)
 */
const SOURCE_VERBS =
  'gave|gives|cited|cites|reported|reports|counted|counts|recorded|records|estimated|estimates|published|publishes|registered|' +
  'registers|documented|documents|tallied|confirmed|confirms|announced|announces|released|put\\s+forward|acknowledged|claimed|claims';
/**
 * The same clause without "that": "the 4,000 to 6,000 the UN was citing", "the 2,930 the Tunisian interior ministry gave"
 * (a definite source right after the figure's noun, no preposition or clause opener between: "30 arrests since the
 * ministry announced…" is a clause of time; a verb in the past, a present in -s being a noun as often: "through the
 * reintegration registers").
 */
const GAVE_WITHOUT_THAT =
  '(?:\\s+(?!(?:and|or|but|of|in|who|which|that|the|since|until|till|after|before|when|whenever|while|as|because|once|where|' +
  'though|although|if|unless|to|for|from|with|by|on|at|than|through|into|via|over|under|across|during|per)\\b)[\\p{L}-]+){0,2}?' +
  '\\s+(the\\s+[^,;:()“”"\\d]{2,60}?)\\s+(?:(?:has|had|have)\\s+)?(?:gave|cited|reported|counted|recorded|estimated|published|' +
  'registered|documented|tallied|confirmed|announced|released|put\\s+forward|acknowledged|claimed|' +
  '(?:was|were)\\s+(?:citing|giving|reporting|counting|quoting))';
const RELATIVE_SOURCE = new RegExp(
  `^(?:(?:\\s+(?!(?:and|or|but|of|in|who|which|that)\\b)[\\p{L}-]+){0,3}?\\s+(?:that|which)\\s+((?:the\\s+)?[^,;:()“”"]{2,80}?)\\s+(?:(?:has|had|have)\\s+)?(?:${SOURCE_VERBS})|${GAVE_WITHOUT_THAT})\\b`,
  'u',
);

/**
 * Words that open a clause of time, cause or condition: a source named inside one is not the figure's ("30 arrests since
 * the ministry announced its crackdown").
 */
const OPENS_A_CLAUSE = 'since|until|till|after|before|when|whenever|while|as|because|once|where|though|although|if|unless';

/**
 * The same source, named without "that" or by a participle of publishing: "the 900 the military announced in June", "an
 * earlier count of 600 published by the intelligence service", "the 1,100 reported by the security committee in 2016"
 * (a participle of finding or checking, "identified by", "verified by", names no source: see above).
 */
const CONTACT_SOURCE = new RegExp(
  `^(?:\\s+(?!(?:and|or|but|of|in|who|which|that|the|its|their|was|were|is|are|has|have|had|${OPENS_A_CLAUSE})\\b)\\p{Ll}[\\p{L}-]*){0,2}?\\s+((?:the|its|their)\\s+[^,;:()“”"\\d]{2,60}?)\\s+(?:(?:has|had|have)\\s+)?(?:(?:first|previously|earlier|originally)\\s+)?(?:announced|reported|gave|published|released|cited|put\\s+forward)\\b`,
  'u',
);
const PUBLISHED_BY = new RegExp(
  `^(?:\\s+(?!(?:and|or|but|of|in|who|which|that|${OPENS_A_CLAUSE})\\b)[\\p{L}-]+){0,2}?\\s+(?:(?:first|previously|earlier|originally)\\s+)?(?:reported|published|released|announced|given|issued|cited|put\\s+forward)\\s+by\\s+((?:the\\s+)?[^,;:()“”"\\d]{2,80}?)(?=\\s*(?:[,;:.()“”"]|$|\\s+(?:in|on|at|during|last|this|after|before|who|which|and|that|to|was|were|is|are)\\b))`,
  'u',
);

/** A figure named as such right before its number: "the figure of 947", "an estimate of \"around 36\"". */
const FIGURE_OF = /\b(?:figure|estimate|number|total|toll|count|tally)\s+of\s+["“]?[^,;:()“”"]{0,25}$/i;
/** A document's noun: a publication, or a note or release of one. */
const DOCUMENT_NOUN = `${PUBLICATION_NOUN}|notes?|memo|newsletter|release|document|dossier|submission|factsheet|communiqu[eé]`;
/**
 * The document a figure was given in, named right after it by a participle: "the figure of 947 given in the 2025
 * assessment", "up from the 31 cited in the agency's annual report" (the document is the source, as "published by" names
 * its author; the words as written are its mention). An indefinite one names nobody unless a name follows ("a UN report").
 */
const GIVEN_IN = new RegExp(
  `^(?:\\s+(?!(?:and|or|but|of|in|who|which|that)\\b)[\\p{L}-]+){0,2}?["”]?\\s+(?:(?:first|previously|earlier|originally)\\s+)?(?:given|cited|published|reported|quoted|stated|put\\s+forward)\\s+in\\s+((?:the|its|their|an?(?=\\s+(?:(?:19|20)\\d\\d\\s+)?\\p{Lu})|(?:the\\s+)?\\p{Lu}[\\p{L}.&-]*['’]s)\\s+(?:[^,;:()“”"\\d]{1,60}?\\s+)?(?:(?:19|20)\\d\\d\\s+)?(?:[^,;:()“”"\\d]{1,40}?\\s+)?(?:${DOCUMENT_NOUN}))(?=\\s*(?:[,;:.()“”"]|$|\\s+(?:of|on|in|at|from|for|to|has|have|had|is|are|was|were|be|and|which|that)\\b))`,
  'u',
);

/**
 * A figure's noun, then the clause of whoever gave it: "the figure the army gave in early 2024", "the last estimate that
 * the interior ministry published" (a determiner opens the noun; the source is a noun phrase with its own determiner).
 */
const FIGURE_SOURCE_GAVE =
  /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:figure|estimate|number|toll|count|tally|total)\s+(?:that\s+|which\s+)?((?:the|its|their)\s+[^,;:()“”"\d]{2,60}?)\s+(?:(?:has|had|have)\s+)?(?:(?:first|last|previously|earlier|originally)\s+)?(gave|gives|published|publishes|released|cited|cites|issued|put\s+out|put\s+forward)\b/u;

/** What follows a figure's noun and its giver when the sentence says what the figure was: "… was 48", "… put it at 300". */
const FIGURE_WAS =
  /^[^.;]{0,60}?\b(?:was|is|were|are|stood\s+at|stands\s+at|reached|came\s+to|rose\s+to|fell\s+to|put\s+(?:it|the\s+\p{L}+)\s+at|counted|showed|shows)\b/u;

export function sourceAfterFigure(
  text: string,
  sentence: Sentence,
  figureEnd: number,
  refs: Referents,
  published: string | null = null,
): Attribution | null {
  // most figures have no such clause: the sentence is read (masked, its maker built) only for one that has (the pattern
  // reads the text as written as it reads it masked: a dot and its leader are alike to it)
  const rest = text.slice(figureEnd, sentence.end);
  const pattern = [RELATIVE_SOURCE, PUBLISHED_BY, CONTACT_SOURCE, GIVEN_IN].find((p) => p.test(rest));
  if (!pattern) return null;
  // ("given in" tells of a figure as such, "the figure of 947 given in…": people "given in" a list or a ruling are no
  // figure given)
  if (pattern === GIVEN_IN && /\bgiven\s+in\s/.test(GIVEN_IN.exec(rest)![0]) && !FIGURE_OF.test(text.slice(sentence.start, figureEnd)))
    return null;
  const { masked, written, make } = attributionMaker(text, sentence, refs, published, false);
  const relative = pattern.exec(masked.slice(figureEnd - sentence.start));
  // (the source of a relative clause without "that" is its second group: "the 4,000 to 6,000 the UN was citing")
  const source = relative && (relative[1] ?? relative[2]);
  if (!relative || !source || !plausibleSubject(trimNp(source))) return null;
  const npAt = figureEnd - sentence.start + relative[0].lastIndexOf(source);
  // the cue is the verb after the source ("…that the ministry gave"), or the participle and its "by" before it
  const cue =
    pattern === PUBLISHED_BY || pattern === GIVEN_IN
      ? /\S+\s+(?:by|in)\s*$/.exec(relative[0].slice(0, relative[0].lastIndexOf(source)))![0].trim()
      : relative[0].slice(relative[0].lastIndexOf(source) + source.length).trim();
  return make(written(npAt, source), sentence.start + npAt, cue, null);
}

/**
 * What follows a possessed figure that says its number: "(Supo's figure) stays at over 80", "(Tashkent's own count) is
 * 594", "(PET's most recent assessment) is that at least 160", "(Dushanbe's figure) for citizens who joined groups abroad
 * stays at 1,899" (a number within a few words of the verb; not "are lower than", "was inflated").
 */
const GIVES_ITS_NUMBER =
  /^\s*(?:for\s+[^,;.]{1,60}?\s*)?(?:,[^,;.]{1,120},\s*)?(?:(?:now|still|also|currently|officially)\s+)?(?:is|was|are|were|stands?|stood|stays?|stayed|remains?|remained|puts?|put|shows?|showed|gives?|gave|reached|reaches|came|has\s+been|had\s+been)\b(?!\s+(?:lower|higher|smaller|larger|greater|bigger|too|not|wrong|inflated|exaggerated|disputed)\b)[^,;.\d]{0,40}?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|several|half|a\s+third|a\s+quarter)\b)/iu;
/** A possessed figure's noun and "of" right before a figure: "the prosecution's figure of", "Supo's latest estimate of". */
const POSSESSED_FIGURE_OF = new RegExp(`(?:${POSSESSED_FIGURE.source})\\s+of\\s+["“]?$`, 'u');

/**
 * The possessor of a figure named as its figure: "the prosecution's figure of 11 fighters was inflated", in a defence
 * lawyer's sentence, is the prosecution's 11, whoever says the sentence (as "Supo's figure stays at 80" is Supo's); the
 * sentence's other figures stay its speaker's.
 */
export function possessorOfFigure(
  text: string,
  sentence: Sentence,
  figureStart: number,
  refs: Referents,
  published: string | null = null,
): Attribution | null {
  const before = text.slice(Math.max(sentence.start, figureStart - 120), figureStart);
  if (!/\bof\s+["“]?$/.test(before)) return null;
  const m = POSSESSED_FIGURE_OF.exec(before);
  if (!m) return null;
  const { make } = attributionMaker(text, sentence, refs, published, false);
  const noun = m[0].replace(/\s+of\s+["“]?$/, '');
  return make(noun, figureStart - before.length + m.index, '', null);
}

/**
 * A second subject whose verb the sentence leaves out, right before its figure: "Denmark's PET counts about 160 and
 * Norway's PST about 100", "The Kazakh delegation reported that 94 were convicted, and the Kyrgyz delegation 57" (the
 * cue's verb is understood again: the second subject is the second figure's source). A body's name only: a possessor's,
 * an acronym, a definite name with a capital ("the Kyrgyz delegation") or a body's noun, not a bare place or a quantity
 * ("and Syria 20", "and at least 30").
 */
const GAPPED_SUBJECT =
  /(?:,\s*|\s)and\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*|\p{Ll}[\p{L}-]*)(?:\s+(?:of\s+(?:the\s+)?)?(?!(?:and|or|which|who|that|were|was|had|have|has)\b)[\p{L}’'.&-]+){0,4}?)(?<!ed)\s+["“]?$/u;
export function gappedSource(
  text: string,
  sentence: Sentence,
  figureStart: number,
  attribution: Attribution | null,
  refs: Referents,
  published: string | null = null,
): Attribution | null {
  // (the sentence's own source, a subject and its verb of saying or counting before the figure: "according to", "by"
  // and a closing tag name no verb to leave out)
  if (!attribution || attribution.carried || attribution.quoteTag || attribution.at >= figureStart) return null;
  if (!attribution.cue || /^(?:according|per|by|in|source|citing|quoting)\b|\sby$/i.test(attribution.cue)) return null;
  const before = text.slice(attribution.at + attribution.mention.length, figureStart);
  const m = GAPPED_SUBJECT.exec(before);
  if (!m) return null;
  const np = m[1];
  // (the first clause's figure before "and": the verb left out is the cue's, with its own object)
  if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b/i.test(before.slice(0, m.index)))
    return null;
  if (!(/['’]s\s/.test(np) || /\b\p{Lu}{2,}\b/u.test(np) || /^the\s+\p{Lu}/u.test(np) || ORG_WORDS.test(np))) return null;
  if (!plausibleSubject(trimNp(np))) return null;
  const { make } = attributionMaker(text, sentence, refs, published, false);
  return make(np, attribution.at + attribution.mention.length + m.index + m[0].indexOf(np), attribution.cue, null);
}

/**
 * The attribution of a sentence. A generic subject ("Officials said …") gives way to a named source in the same
 * sentence ("… according to the Interior Ministry").
 */
export function attributionIn(text: string, sentence: Sentence, refs: Referents, published: string | null = null): Attribution | null {
  // "(03:40) Timur says…": a time code opening the line stands before the subject, no part of it
  const s = withoutTimeCode(text, sentence);
  const first = attributionOf(text, s, refs, published, false);
  const chosen = (() => {
    if (!first || !isGeneric(first.mention)) return first;
    const named = attributionOf(text, s, refs, published, true);
    return named && !isGeneric(named.mention) ? named : first;
  })();
  return (chosen && citedThrough(text, s, refs, published, chosen)) ?? chosen;
}

/**
 * A participle of citing set off from its clause: "Citing the police, the minister said…", "The agency, quoting the
 * army, said…", "…said, citing the security service, that…", "…,” the minister said, citing the police."; the source
 * cited may stand in quotation marks ('Citing "a diplomatic source", the paper counts…').
 */
const CITING_PHRASE = new RegExp(
  `(?:^|,\\s*)(?:${CITING_PARTICIPLE})\\s+["“]?((?:the\\s+|an?\\s+)?[^,.;:()“”"\\d]{2,80}?)["”]?\\s*(?=,|[.;]?\\s*$)`,
  'iu',
);
/** What is cited as a reason or an authority, no source of the figure: "citing security concerns", "citing Article 5". */
const CITED_REASON =
  /\b(?:concerns?|reasons?|threats?|fears?|risks?|grounds|lack|absence|evidence|need|law|act|article|section|clause|rules?|regulations?|policy|precedent|example|cases?|resolution|decision|ruling|verdict|order|decree)$/i;

/** "…, Reuters reported, citing police sources", "…, the state news agency INA reported, quoting the ministry". */
const OUTLET_CITING = new RegExp(
  `(?:^(?:\\s*(?:Just\\s+)?[Aa]s\\s+)?|,\\s*(?:(?:just\\s+)?as\\s+)?)((?:the\\s+)?(?:\\p{Ll}+\\s+){0,3}\\p{Lu}[\\p{L}.'’/-]*(?:\\s+\\p{Lu}[\\p{L}.'’/-]*){0,3})\\s+(?:reported|reports|said|says|wrote|writes)` +
    `(?:\\s+on\\s+\\w+day|\\s+(?:yesterday|today|last\\s+\\w+)|\\s+in\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:19|20)\\d\\d)?,?\\s+(?:${CITING_PARTICIPLE})\\s+` +
    `((?:an?\\s+|the\\s+)?[^,.;:()“”"]{2,80}?)\\s*(?=[,.;:]|$)`,
  'u',
);

/**
 * Whether what a participle of citing names is a source of the figure: a body, a role or a person, a body's known name
 * (`ORG_WORDS`: "Interpol", "Europol"), an acronym or a capitalised name ("NATO", "the Soufan Group"), not a reason or an
 * authority (`CITED_REASON`). A body of figures or a publication names its source by what precedes it ("NATO figures",
 * "police data", "a UN report": `claimantOf`'s author) or is none ("intelligence estimates", "official statistics", "a
 * report": the subject keeps its figure).
 */
function citesSource(phrase: string): boolean {
  // (the phrase as its mention is bounded: "a defence ministry statement read on its evening bulletin")
  const cited = boundedMention(phrase, phrase, 0).mention;
  if (CITED_REASON.test(cited)) return false;
  const author = claimantOf(cited);
  // (official figures with no author are the authorities', whom a speaker citing them speaks for)
  if (author === null || author.endsWith(OFFICIAL_SOURCE)) return false;
  if (ENDS_IN_SOURCE_NOUN.test(cited) && author === withoutDeterminer(cited)) return false;
  return (
    ROLE_WORDS.test(author) ||
    ORG_WORDS.test(author) ||
    personName(author) !== null ||
    /\b\p{Lu}{2,}\b/u.test(author) ||
    LONG_NAME.test(author)
  );
}

/**
 * A cue's subject that cites a source in a participle of its own relays that source's figure: the source cited is the
 * claimant, the subject its relayer (the README's "the minister relaying the security services"; "X reported, citing Y"
 * closing the clause is read with the outlet in `attributionOf`).
 */
function citedThrough(text: string, s: Sentence, refs: Referents, published: string | null, by: Attribution): Attribution | null {
  if (by.relayed_by || by.carried || by.unnamed || !by.cue.split(/\s+/).some((w) => KNOWN_CUE.test(w))) return null;
  const { masked, written, make } = attributionMaker(text, s, refs, published, false);
  const m = CITING_PHRASE.exec(masked);
  if (!m) return null;
  const cited = trimNp(m[1]);
  if (!plausibleSubject(cited) || !citesSource(cited)) return null;
  const citedAt = m.index + m[0].indexOf(m[1]);
  const made = make(written(citedAt, m[1]), s.start + citedAt, /^,?\s*quoting/i.test(m[0]) ? 'quoting' : 'citing', by.name);
  return made && made.name !== by.name ? made : null;
}

/** A phrase that opens a sentence before its subject: a preposition or a participle, not a clause of its own. */
const OPENING_PHRASE =
  /^\s*["“]?(?:In|At|On|During|After|Before|Following|Since|Through|Throughout|By|From|With|Under|Upon|Speaking|Addressing|Writing|Responding|Asked|Answering|Presenting|Briefing)\b/;
/** Kinds of body a text describes a named one as, to call it that later ("Child Focus, a Belgian charity. The charity…"). */
const DESCRIBED_BODY =
  'charity|think[- ]tank|NGO|non-governmental\\s+organi[sz]ation|watchdog|monitor|foundation|research\\s+group|rights\\s+group|campaign\\s+group|advocacy\\s+group';
/** A description set after a name between commas, ending in a role: ", the army spokesman,", ", a senior police officer,". */
const APPOSITIVE_ROLE = new RegExp(
  `^,\\s+(?:the|a|an)\\s+((?:[\\p{L}’'-]+\\s+){0,3}(?:${ROLE_WORDS.source.slice(3, -3)}|${DESCRIBED_BODY}))(?=[,.;\\s])`,
  'iu',
);

/**
 * What turns a noun phrase and its cue into a sentence's attribution (the claimant's name and mention, a referent noted,
 * the date it was stated), shared by every reading of the sentence: `attributionOf` and `sourceAfterFigure`.
 */
function attributionMaker(text: string, s: Sentence, refs: Referents, published: string | null, namedOnly: boolean) {
  const body = text.slice(s.start, s.end);
  // patterns that stop a name at a full stop read the body with its abbreviations masked ("a U.N. monitoring report");
  // the name itself is taken from the body as written
  const masked = maskAbbreviations(body);
  const written = (at: number, words: string): string => body.slice(at, at + words.length);
  const statedAt = (from: number, to: number): { value: string; text: string } | null => {
    // a date between the clause start and just after the cue: "In November 2015, Kadyrov said", "said on Thursday"
    const dates = datesIn(text, Math.max(s.start, from), Math.min(s.end, to), published).filter(canDate);
    const d = dates[dates.length - 1];
    return d ? { value: d.value, text: d.text } : null;
  };
  const make = (np: string, npAt: number, cue: string, relayed: string | null, quoteTag = false, local = false): Attribution | null => {
    const { mention, at } = boundedMention(text, trimNp(np), npAt);
    if (namedOnly && isGeneric(mention)) return null;
    // "figures from the United Nations" is the United Nations; "estimates" alone name nobody
    const author = claimantOf(mention);
    if (author === null) {
      // "The figures, published on the ministry's website, show…": figures referred back to are the named source's before
      const referred = refs.resolve(mention);
      return referred
        ? plainAttribution({ name: referred, mention, cue: cue.trim(), at, quoteTag })
        : plainAttribution({ name: '', mention, cue: cue.trim(), at, quoteTag, unnamed: true });
    }
    const person = personName(author);
    // "a senior official who asked not to be named" is "senior official (unnamed)", as the README writes an unnamed source
    // (or set off by commas after it: "A senior official, who asked not to be named, said")
    const unnamed = unnamedSource(mention) ?? (unnamedAfter(text.slice(at + mention.length, at + mention.length + 160)) ? mention : null);
    let name = unnamed !== null ? `${claimantOf(unnamed) ?? unnamed} (unnamed)` : (person ?? author);
    // "Secretary Amina Odhiambo presented 25 youths, whom she said…": a titled name earlier in the sentence is a referent
    if (/^(he|she)$/i.test(mention) && at > s.start) refs.noteTitled(text.slice(s.start, at));
    // "I asked the Prison Service how many…; it said 9": a body named before "it" in its sentence is what it stands for
    // (not a body the fronted phrase answers: "Responding to a report by Amnesty International, it said" is the body before)
    if (/^it$/i.test(mention) && at > s.start && !ANSWERING_LEAD.test(text.slice(s.start, at))) refs.noteBodies(text.slice(s.start, at));
    if (unnamed === null && (PRONOUNS.test(mention) || !person || !person.includes(' '))) {
      const resolved = refs.resolve(person ?? (author === mention.replace(/^(the|a|an)\s+/i, '') ? mention : author));
      if (resolved) name = resolved;
      else name = bodyNamedBefore(text, at, mention) ?? name;
    }
    // the possessive stays in the words as written, not in a body's name: "its justice ministry", "its State Investigation
    // and Protection Agency" (whose it is, the sentence says; the name is the body's; "Its most recent" names no body)
    if (/^(?:its|their)\s/i.test(name) && ORG_WORDS.test(name)) name = name.replace(/^(?:its|their)\s+/i, '');
    // "a report produced by X": a later "the report" is X's
    // "Brig. Gen. Musa Danladi, the army spokesman, said": the description in apposition is his for a later role noun
    const described = APPOSITIVE_ROLE.exec(text.slice(at + mention.length, at + mention.length + 80))?.[1] ?? '';
    refs.note(name, /\b(?:reports?|study|survey|estimates?|figures|data)\b/i.test(cue) ? `${cue} ${mention}` : mention, described);
    const cueAt = cue ? body.indexOf(cue.split(' ')[0], Math.max(0, at - s.start)) : -1;
    // (a long clause before a closing tag's comma is the figure's own, and so are its dates: "Nine people suspected of
    // recruiting between 2014 and 2016 were arrested, prosecutors said" was not said in 2016)
    const comma = text.lastIndexOf(',', at - 2);
    // (…unless it is a phrase that opens the sentence: "In a statement released on 3 March 2024 about the raids, police said")
    const clauseStart =
      comma <= s.start
        ? s.start
        : at - comma > 40
          ? at - 30
          : comma - s.start > 40 && !OPENING_PHRASE.test(text.slice(s.start, comma))
            ? comma
            : s.start;
    const stated = cueAt >= 0 ? statedAt(quoteTag ? at : Math.min(clauseStart, at), s.start + cueAt + cue.length + 30) : null;
    return {
      name,
      mention,
      cue: cue.trim().replace(/\s+/g, ' '),
      relayed_by: relayed,
      carried: false,
      at,
      quoteTag,
      stated_on: stated?.value ?? null,
      stated_text: stated?.text ?? null,
      ...(local ? { local } : {}),
    };
  };
  return { body, masked, written, make };
}

/**
 * Whether the rest of a clause, after its subject's verb, names a source with "according to": "Italy counts 146 foreign
 * fighters …, according to the Interior Ministry's latest annual report" is the ministry's count, as "Police arrested 40,
 * according to the ministry" is (the verb's subject is what the source counts, not who says it). Not a generic source
 * ("according to estimates": the subject keeps its figure), nor one set right after the verb ("Kadyrov said, according
 * to RIA Novosti, that…": the outlet tells of the saying), nor one past a semicolon (its own clause).
 */
function namedAccordingTo(rest: string): boolean {
  const clause = rest.slice(0, rest.search(/;|$/));
  const m = /\b[Aa]ccording\s+to\s+((?:[Tt]he\s+)?[^,.;:()“”"]{2,100}?)(?=\s*(?:[,.;:()“”"]|$))/.exec(clause);
  if (!m || /^\s*,?\s*$/.test(clause.slice(0, m.index))) return false;
  const source = trimNp(m[1]);
  return !PRONOUNS.test(source) && !/^(?:him|her|them|us|me)$/i.test(source) && !isGeneric(source);
}

/** The last body whose cues were read, and its cues: a generic source's sentence is read twice, for any source and for a named one. */
let read: { body: string; cues: RegExpExecArray[] } = { body: '', cues: [] };
const cuesIn = (body: string): RegExpExecArray[] => {
  if (body !== read.body) read = { body, cues: [...body.matchAll(CUE)] };
  return read.cues;
};

function attributionOf(text: string, s: Sentence, refs: Referents, published: string | null, namedOnly: boolean): Attribution | null {
  const { body, masked, written, make } = attributionMaker(text, s, refs, published, namedOnly);
  // "Le Temps reports that the Federal Intelligence Service now tracks 24…", "Kadyrov said that the FSB counts 500": a
  // source whose that-clause (from `from`, after its cue) has a source and cue of its own relays that source's figure
  // (the README's relayer)
  const throughRelayer = (from: number, relayer: string): Attribution | null => {
    // (past whom the relayer told and a phrase of time or place: "told parliament in March that the security agency had
    // identified 140")
    const listener = TOLD_WHOM.exec(body.slice(from));
    const aside = listener && TOLD_ASIDE.exec(body.slice(from + listener[0].length));
    const past = listener ? listener[0].length + (aside && aside[1].length <= 40 ? aside[0].length : 0) : 0;
    if (listener && /^\s+that\b/.test(body.slice(from + past))) from += past;
    const inner = RELAYED_SOURCE.exec(body.slice(from));
    if (!inner || !plausibleSubject(trimNp(inner[1]))) return null;
    const innerAt = from + inner[0].indexOf(inner[1], inner[0].indexOf('that') + 4);
    return make(written(innerAt, inner[1]), s.start + innerAt, inner[2], relayer.replace(/^the\s+/i, ''));
  };
  const relayedAfter = (from: number): string | null => {
    const m =
      /,\s*((?:the\s+)?[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*){0,3})\s+(?:reported|reports|said|says)\b[^,]*$/.exec(body.slice(from)) ??
      // "Police said 40 were arrested, as reported by Reuters": the outlet a clause of manner names relays the source
      /,\s*as\s+(?:(?:first|also|earlier|previously|later)\s+)?(?:reported|relayed|quoted|carried)\s+by\s+((?:the\s+)?[^,.;:()“”"]{2,60}?)(?=\s*(?:[,.;:()“”"]|$|\s+(?:in|on|at|during|last|this|after|before|yesterday|today)\b))/.exec(
        body.slice(from),
      );
    return m ? m[1].replace(/^the\s+/i, '') : null;
  };
  // "X quoted Y as saying"
  let m = body.includes(' as saying') ? /\b([A-Z][\w\s.'’-]{0,60}?)\s+(?:report\s+)?quoted\s+(.{2,80}?)\s+as\s+saying\b/.exec(body) : null;
  if (m) {
    const relayer = m[1].replace(/^(A|An|The)\s+/, '').replace(/\s+report$/i, '');
    {
      const made = make(m[2], s.start + m.index + m[0].indexOf(m[2]), 'as saying', relayer);
      if (made) return made;
    }
  }
  // "…, Reuters reported, citing police sources", "…, the state news agency INA reported, quoting the ministry": the source
  // cited is the claimant, the outlet relays it
  m = OUTLET_CITING.exec(masked);
  // (what is cited must be a source: "…, Reuters reported, citing security concerns" is Reuters' own report)
  if (m && citesSource(trimNp(m[2]))) {
    const citedAt = m.index + m[0].lastIndexOf(m[2]);
    const made = make(
      written(citedAt, m[2]),
      s.start + citedAt,
      /,?\s+quoting\s+[^,]*$/.test(m[0]) ? 'quoting' : 'citing',
      written(m.index + m[0].indexOf(m[1]), m[1]).replace(/^the\s+/i, ''),
    );
    // the outlet is no named source outranking the generic one it cites
    if (made || namedOnly) return made;
  }
  // a passive with its agent: "The figure of 1,500 was given by Interior Secretary Joseph Nkaissery", or a participle
  // that puts a figure on what it follows: "The attackers, estimated by the army at about 40, fled"
  // (a clause of manner after a main clause with its own cue is how the figure reached the writer, not its source:
  // "The ministry said 48 were killed, as first reported by the state news agency" is the ministry's)
  const asDoneBy = AS_DONE_BY.exec(masked);
  const asDone = asDoneBy && !CUE_ONCE.test(masked.slice(0, asDoneBy.index)) ? asDoneBy : null;
  m =
    asDone ??
    /,\s*(estimated|put|counted|numbered|reckoned|assessed)\s+by\s+((?:the\s+)?[^,.;:()“”"]{2,80}?)\s+at\s/.exec(masked) ??
    /\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:(?:first|also|later|earlier)\s+)?(given|provided|released|announced|reported|confirmed|cited|published|disclosed|revealed|quoted|put\s+forward|estimated|counted|recorded|told|informed|briefed|assured)\s+by\s+((?:the\s+)?[^,.;:()“”"]{2,80}?)(?=\s*(?:[,.;:()“”"]|$|\s+(?:in|on|at|during|last|this|after|before|who|which|and|that)\b))/.exec(
      masked,
    ) ??
    BELIEVED_BY.exec(masked);
  if (m) {
    const agentAt = m.index + m[0].lastIndexOf(m[2]);
    // (a clause of manner keeps its words as written: "as first reported by")
    const cue = m === asDone ? masked.slice(m.index + m[0].search(/[Aa]s\s/), agentAt).trim() : `${m[1]} by`;
    const made = make(written(agentAt, m[2]), s.start + agentAt, cue, null);
    if (made) return made;
  }
  // a clause of manner with a subject of its own, the figure's clause after it: "As the minister said, 40…", "As officials
  // put it, some 300…", "…, as Interior Minister Karl Berg told parliament": its subject is the source
  m = AS_SAID.exec(masked);
  // (after a main clause with its own cue, the main clause's source speaks: "X said 40 were killed, as Y noted"; and a
  // source the sentence names with "according to" is the figure's: the clause of manner tells how it was said)
  if (m && plausibleSubject(trimNp(m[2])) && !CUE_ONCE.test(masked.slice(0, m.index)) && !/\b[Aa]ccording\s+to\b/.test(masked)) {
    const subjectAt = m.index + m[0].indexOf(m[2], m[0].search(/[Aa]s\s/) + 3);
    const made = make(written(subjectAt, m[2]), s.start + subjectAt, m[3].trim(), null);
    if (made) return made;
  }
  // the main clause's subject and cue when the sentence opens with them: "Kadyrov added that…", "Lorenzana said…"
  const opening = OPENING.exec(inCapitals(body));
  if (
    opening &&
    plausibleSubject(trimNp(opening[1])) &&
    !/^(the|a|an|this|that|it|there|they|we|i)\s/i.test(opening[1]) &&
    !sourceNoun(body, opening[0].length, opening[2]) &&
    !sourceNounSubject(opening[2], body.slice(opening[0].length)) &&
    !describing(opening[2], body.slice(opening[0].length)) &&
    !claimingNoStatement(opening[2], body.slice(opening[0].length)) &&
    !thingFound(opening[2], body.slice(opening[0].length)) &&
    !passiveCue(body.slice(opening[1].length, opening[0].length - opening[2].length), opening[2]) &&
    !(/s$/i.test(opening[2]) && VERB_AFTER_NOUN.test(body.slice(opening[0].length))) &&
    // "She stated that, according to the prefecture, 14…": she relays the source her clause names
    !/^\s+(?:that\s*)?,?\s*according\s+to\b/i.test(body.slice(opening[0].length)) &&
    !namedAccordingTo(body.slice(opening[0].length))
  ) {
    let cue = body.slice(opening[1].length, opening[0].length).trim();
    let relayed = relayedAfter(opening[0].length);
    {
      const relayedSource = throughRelayer(opening[0].length, opening[1].trim());
      if (relayedSource) return relayedSource;
    }
    const told = toldWhom(opening[2], body.slice(opening[0].length));
    if (told) {
      cue = `${cue} ${told.whom}`;
      relayed = told.relayed ?? relayed;
    }
    {
      const made = make(opening[1], s.start, cue, relayed);
      if (made) return made;
    }
  }
  // a closing tag after a quotation: "…,” he said", "…,” the US-led coalition told Reuters", "…,” said Malaysia’s counter-terrorism chief"
  // (a quotation's closing mark first: most sentences hold none)
  for (const t of /["”’]/.test(body) ? maskAbbreviations(body).matchAll(QUOTE_TAG) : []) {
    const speakerAt = t.index! + t[0].indexOf(t[1]);
    // the speaker's words as written, with the full stops of their abbreviations
    const speaker = body.slice(speakerAt, speakerAt + t[1].length);
    // '"between 300 and 350" fighters hiding in the disputed territories': a quotation inside the sentence, its "cue" an
    // adjective after a determiner, is no closing tag
    if (!plausibleSubject(trimNp(speaker)) || DETERMINER_BEFORE.test(`${speaker} `)) continue;
    const after = body.slice(t.index! + t[0].length);
    let cue = t[0].slice(t[0].lastIndexOf(t[1]) + t[1].length).trim();
    let relayed = relayedAfter(t.index! + t[0].length);
    const told = toldWhom(t[2], after);
    if (told) {
      cue = `${cue} ${told.whom}`;
      relayed = told.relayed ?? relayed;
    }
    {
      const made = make(speaker, s.start + speakerAt, cue, relayed, true);
      if (made) return made;
    }
  }
  // read on the masked text: '…," said Brig. Gen. Ahmad Nurwakhid' keeps its speaker past the ranks' full stops
  m = INVERTED_TAG.exec(masked) ?? NAMED_INVERTED_TAG.exec(masked);
  if (m) {
    const speakerAt = m.index + m[0].lastIndexOf(m[3]);
    // "…, said officials who asked not to be named": the speaker without the relative clause that describes them
    // ("…, said a lawyer who represents several of the families": a relative clause that says which people keeps them)
    let speaker = body.slice(speakerAt, speakerAt + m[3].length);
    if (!isDefinedByRelative(speaker)) speaker = speaker.replace(/\s+(?:who|whom|which|that)\s.*$/i, '');
    // "…," said Ilir Rexhepi of the office of the National Coordinator for Countering Violent Extremism': a speaker too
    // long to be a subject is named without the body they speak for
    if (!plausibleSubject(trimNp(speaker))) speaker = speaker.replace(/\s+(?:of|from|at)\s+the\s.*$/i, '');
    // "…, said her own count put the number at 800": a source noun a pronoun owns opens what was said, it speaks for nobody;
    // nor do words that open with a share or a number: "Tomás Queface, said roughly a third of the 400 fighters…",
    // "…, said forty of them…" (the subject before the cue speaks)
    if (plausibleSubject(trimNp(speaker)) && !OWNED_SOURCE.test(speaker) && !opensWithFigure(m[3])) {
      const made = make(speaker, s.start + speakerAt, m[1] || m[2], null, true);
      if (made) return made;
    }
  }
  // "(source: Ministry of Internal Affairs)", a line's "Source: UNHCR": the source a text names for its figures or its table
  m = /(?:^|[([])\s*[Ss]ources?\s*:\s*([^()[\]\n;:]{2,100}?)\s*(?=[)\]]|\.?\s*$|\n)/u.exec(body);
  if (m) {
    const sourceAt = m.index + m[0].lastIndexOf(m[1]);
    const made = make(written(sourceAt, m[1]), s.start + sourceAt, 'source', null);
    if (made) return made;
  }
  // "according to X", and its informal "per X" ("…, per the South Asia Terrorism Portal"), a name after it ("per cent" is none)
  m = !/ccording|\bper\s/i.test(body)
    ? null
    : /\b(?:[Aa]ccording\s+to|[Pp]er(?=\s+(?:the\s+)?\p{Lu}|\s+the\s+(?!(?:year|month|week|day|head|capita)\b)\p{Ll}))\s+((?:[Tt]he\s+)?[^,.;:()“”"]{2,100}?)(?=\s*(?:[,.;:()“”"]|$|\s+(?:who|which|that|in\s+a|on\s+\w+day)\b))/u.exec(
        masked,
      );
  // "cited media reports according to which 20…", "the indictment, according to which…": the relative's source is its
  // antecedent
  if (m && /^which\b/i.test(m[1])) {
    const antecedent = SOURCE_BEFORE_WHICH.exec(masked.slice(0, m.index));
    m = null;
    if (antecedent) {
      const made = make(written(antecedent.index, antecedent[1]), s.start + antecedent.index, 'according to', null);
      if (made) return made;
    }
  }
  // "according to a lawyer who represents several of the families": a relative clause that says which people is theirs;
  // "according to officials who asked not to be named": one that says why they are not named makes them unnamed
  if (m && /^\s+who\s/.test(masked.slice(m.index + m[0].length))) {
    const defined = /^[^,.;:()“”"]+/.exec(masked.slice(m.index + m[0].length))![0];
    if (isDefinedByRelative(m[1] + defined) || unnamedSource(m[1] + defined) !== null) {
      m[0] += defined;
      m[1] += defined;
    }
  }
  if (m) {
    const sourceAt = m.index + m[0].indexOf(m[1]);
    // "according to Pakistan's military media wing, ISPR, …": an acronym in apposition is part of the source's mention
    const apposed =
      /^,\s+(?:the\s+)?\p{Lu}{2,8},/u.exec(masked.slice(m.index + m[0].length))?.[0].slice(0, -1) ??
      listTail(m[1], masked.slice(m.index + m[0].length));
    const made = make(
      written(sourceAt, m[1] + apposed),
      s.start + sourceAt,
      m[0].slice(0, m[0].indexOf(m[1])).trim(),
      relayedAfter(m.index),
    );
    // …and the acronym is its name
    if (made && apposed && !apposed.includes(' and ')) return { ...made, name: apposed.replace(/^,\s+(?:the\s+)?/, '') };
    if (made) return made;
  }
  // "Supo's figure stays at over 80", "by the army's own count": a possessor's figure is the possessor's claim
  // (asked only of a body with an apostrophe and a figure's noun, the words it cannot match without)
  m = /['’]/.test(body) && /figure|estimate|count|tally|assessment|guess|reckoning/.test(body) ? POSSESSED_FIGURE.exec(body) : null;
  // ("Dagestan's figure … was contradicted by the FSB, which said that no more than 900…": a figure disputed is the
  // subject of the dispute, and the figure the sentence gives is whoever disputes it, the cue's)
  if (m && disputedAfter(body.slice(m.index + m[0].length))) m = null;
  // (…and only a figure that says its number, or one a phrase opens: "the ministry's figure leaves out 'at least eleven
  // women'", "The Minister's figures are lower than those of X, which says 11" speak of the figure, and the sentence's
  // numbers are whoever speaks; its own number "of" it is read figure by figure, `possessorOfFigure`)
  if (
    m &&
    !/\b(?:[Bb]y|[Ii]n|[Oo]n|[Uu]s(?:e|es|ed|ing)|[Cc]it(?:e|es|ed|ing)|[Tt]ak(?:e|es|ing))\s+$/.test(body.slice(0, m.index)) &&
    !GIVES_ITS_NUMBER.test(body.slice(m.index + m[0].length))
  )
    m = null;
  if (m) {
    const made = make(m[0], s.start + m.index, '', null);
    if (made) return made;
  }
  // "…, by her count", "by their own estimate": the figure is the person's or body's a pronoun points back to; and so is
  // the estimate a sentence opens with ("His headline estimate is that some 240…", "Her best guess is 300"), mentioned
  // by its pronoun
  m =
    /\bby\s+(her|his|their|its)\s+(?:own\s+)?(?:count|estimate|tally|reckoning|calculations?|figures)\b/i.exec(body) ??
    PRONOUN_ESTIMATE.exec(body);
  if (m) {
    const pronoun = { her: 'she', his: 'he', their: 'they', its: 'it' }[m[1].toLowerCase() as 'her' | 'his' | 'their' | 'its'];
    const opening = !/^by\s/i.test(m[0]);
    // ("…, and its latest estimate is that…", after a clause: a body named earlier in the sentence is what "its" stands
    // for, and a pronoun nothing named before resolves names nobody; resolved before the mention is noted)
    const afterClause = opening && !/^\s*(?:His|Her|Its|Their)\s/.test(m[0]);
    if (afterClause && /^(?:it|they)$/.test(pronoun)) refs.noteBodies(body.slice(0, m.index));
    const before = afterClause ? refs.resolve(pronoun) : null;
    const made = opening
      ? make(m[1], s.start + m.index + m[0].indexOf(m[1]), m[2], null)
      : make(m[0].replace(/^by\s+/i, ''), s.start + m.index + m[0].indexOf(m[1]), 'by', null);
    if (made && afterClause) return before ? { ...made, name: before, unnamed: undefined } : { ...made, unnamed: true };
    const resolved = refs.resolve(pronoun);
    // ("its own count" reads as a source noun with no author until its pronoun is resolved)
    if (made) return resolved ? { ...made, name: resolved, unnamed: undefined } : made;
  }
  // "By our count, 2,960…", "by my own count from court records": the writers' own count (whose it is, the document's
  // author, the pipeline knows: `writersCount`)
  m = WRITERS_COUNT.exec(body);
  if (m) {
    const mention = m[1] ?? m[2];
    return plainAttribution({ name: mention, mention, cue: 'by', at: s.start + m.index + m[0].lastIndexOf(mention) });
  }
  // "By police count, 40 …", "by UN estimates", "by government figures": a body or a name before the figure's noun is
  // its source, no subject of a verb ("By UN estimates" read "By UN" as the subject of "estimates")
  // ("By some estimates, …", "By other accounts, …" opening a sentence name nobody: the figure is the publisher's, nothing
  // carried into it)
  m = /^\s*By\s+(?:some|other|most|many|several|one|independent|unofficial)\s+(?:estimates?|counts?|accounts?|tall(?:y|ies))\b/u.exec(body);
  if (m) {
    const mention = m[0].replace(/^\s*By\s+/, '');
    return plainAttribution({ name: '', mention, cue: 'by', at: s.start + m[0].length - mention.length, unnamed: true });
  }
  m = BY_BODY_COUNT.exec(body);
  if (m) {
    const made = make(m[1], s.start + m.index + m[0].indexOf(m[1]), 'by', null);
    if (made) return made;
  }
  // "by the count of its State Investigation and Protection Agency", "in the assessment of the NCTV": a source told by the
  // noun of its figure, whose author follows "of"
  m = NOUN_OF_SOURCE.exec(masked);
  if (m) {
    const made = make(
      written(m.index + m[0].indexOf(m[1]), m[1]),
      s.start + m.index + m[0].indexOf(m[1]),
      m[0].slice(0, m[0].indexOf(m[1])).trim(),
      null,
    );
    if (made) return made;
  }
  // "the latest estimate by X", "figures from X", "a report issued by X", "is revealed in a report produced by X"
  m =
    /\b(?:estimates?|figures?|data|statistics|numbers|count|tally|report|study|survey)\s+(?:(?:obtained|received)\s+by\s+[^,.;:]{1,40}?\s+from|(?:\w+\s+)?(?:by|from|issued by|published by|released by|produced by|compiled by|provided by))\s+((?:the\s+)?(?:[\p{Lu}]|(?<=by\s+(?:the\s+)?)[\p{Ll}]|(?:security|intelligence|government|police|law[- ]enforcement|local|national|regional|state)\s)[^,.;:()“”"]{1,80}?)(?=\s*(?:[,.;:()“”"]|$|\s+(?:provides?|shows?|showed|says|said|suggests?|suggested|indicates?|indicated|estimates?|estimated|found|finds|puts?|counted|counts|concluded|calculated|reported|recorded|documented|identified|stated|noted|gave|gives|has|have|had|that|who|which|on|in(?!\s+[\p{Lu}])|is|are|was|were)\b))/u.exec(
      body,
    );
  if (m && !/^(the\s+)?(conflict|war|year|month)/i.test(m[1]) && !answeredSource(body, m.index)) {
    // "X in Kenya" and "Centre for Peace Studies" are names; "X for the year", "X in recent years" are not
    const author = m[1].replace(/\s+(?:in|for)\s+.*$/, (x) => (/^\s+(?:in|for)\s+[\p{Lu}]/u.test(x) ? x : ''));
    const np = author === m[1] ? author + listTail(author, body.slice(m.index + m[0].length)) : author;
    {
      // the mention keeps its source noun, as an editor quotes it: "A 2018 study by the Orient Policy Centre"
      const lead = SOURCE_LEAD.exec(body.slice(0, m.index))?.[0] ?? '';
      const from = m.index - lead.length;
      const mention = body.slice(from, m.index + m[0].indexOf(m[1])) + np;
      const made = make(mention, s.start + from, m[0].slice(0, m[0].indexOf(m[1])).trim(), null);
      if (made) return made;
    }
  }
  // the subject of a cue verb: "Security services estimate that 151…", "Lorenzana said 95…", "…, Kadyrov said"
  const cues = cuesIn(body);
  // the text before a cue's verb (its auxiliaries left out)
  const beforeVerb = (c: RegExpMatchArray): string => body.slice(0, c.index! + c[0].length - c[1].length);
  /**
   * A verb in a relative clause or an aside that the sentence's own cue follows tells of the antecedent, not the
   * figure: "98 were linked to Jemaah Islamiyah, which announced its dissolution in 2024, police spokesman X said" (a
   * later cue outside a relative clause), "Europol, which gathers data from all 27 member states, said" (a word
   * closing the aside right before the next cue ends a noun phrase), "Human Rights Watch, a group that has documented
   * the camps, says" (a relative clause's verb inside the aside).
   */
  const tellsOfAntecedent = (i: number): boolean => {
    const c = cues[i];
    if (RELATIVE_BEFORE.test(beforeVerb(c)) && cues.slice(i + 1).some((later) => !RELATIVE_BEFORE.test(beforeVerb(later)))) return true;
    const toNext = cues[i + 1] ? body.slice(c.index! + c[0].length, cues[i + 1].index) : null;
    return (
      toNext !== null &&
      /^[^,;:“”"]*,\s*$/.test(toNext) &&
      (/^\s*,\s*$/.test(toNext) || /,[^,;:“”"]*\b(?:who|which|that)\s+[^,;:“”"]*$/.test(body.slice(0, c.index)))
    );
  };
  for (const [i, c] of cues.entries()) {
    const cueStart = c.index!;
    if (NOT_SAYING.test(c[1]) || tellsOfAntecedent(i)) continue;
    // "Member states estimate that…", "Gulf states have said…": a word in -s with a verb of saying after it is a plural
    // noun, its subject's head, and the verb after it the cue
    if (/s$/i.test(c[1]) && VERB_AFTER_NOUN.test(body.slice(cueStart + c[0].length))) continue;
    // a title's noun ("Fighter Estimates: Conceptual…") is no verb
    if (/^[\p{Lu}]/u.test(c[1])) continue;
    // nor is a note opening a bracket ("| ISSP (claimed) |", "40 (reported)"): no verb of the words before it
    if (/\(\s*$/.test(beforeVerb(c))) continue;
    if (DETERMINER_BEFORE.test(beforeVerb(c))) continue;
    // "our best estimate is that…", "their latest count shows": a possessive's noun, the words between adjectives
    if (
      /^(?:estimates?|counts?|records?|reports?|claims?)$/i.test(c[1]) &&
      /\b(?:our|their|its|my|his|her|your)\s+(?:[\p{Ll}-]+\s+){1,2}$/u.test(beforeVerb(c)) &&
      // ("In her report she estimates that…": a pronoun right before it is the verb's subject)
      !/\b(?:he|she|they|we|i|it)\s+$/i.test(beforeVerb(c))
    )
      continue;
    if (passiveCue(c[0].slice(0, c[0].length - c[1].length), c[1])) continue;
    // "the organisations identified as terrorist have…": a participle naming what its noun is counted as
    if (/ed$/i.test(c[1]) && NAMED_AS_AFTER.test(body.slice(cueStart + c[0].length))) continue;
    if (/^estimated$/i.test(c[1]) && /\b(an|the|of|were|are|is|was|be)\s+$/i.test(beforeVerb(c))) continue;
    if (sourceNoun(body, cueStart + c[0].length, c[1])) continue;
    // "independent estimates suggest that…", "Media reports speaking of…", "One widely used estimate is that…": a source
    // noun with a verb of its own after it is that verb's subject, no verb itself
    if (sourceNounSubject(c[1], body.slice(cueStart + c[0].length))) continue;
    // "One commonly cited estimate is that…": a participle before a source noun describes it
    if (
      /ed$/i.test(c[1]) &&
      /^\s+(?:estimates?|figures?|reports?|counts?|numbers?|tall(?:y|ies))\b/i.test(body.slice(cueStart + c[0].length))
    )
      continue;
    // "The broadcaster did not say which group…", "police declined to confirm": a cue denied states nothing
    if (/\b(?:not|n[’']t|never|declined\s+to|refused\s+to)\s+$/i.test(beforeVerb(c))) continue;
    // "What I can tell you is that the Office estimates…": the cleft's verb frames a that-clause with a source of its own
    if (/\bwhat\s+(?:[\p{L}-]+\s+){1,3}$/iu.test(body.slice(0, cueStart)) && cleftWithSource(body.slice(cueStart + c[0].length))) continue;
    if (describing(c[1], body.slice(cueStart + c[0].length)) || claimingNoStatement(c[1], body.slice(cueStart + c[0].length))) continue;
    // a noun of a list or at a clause's end is no verb: "court records, obituaries and posts", "the latest reports."
    // (", the study finds." closing the sentence is a tag, its verb the cue)
    if (
      /^(?:records|reports|estimates|counts|claims|notes|finds|shows|figures)$/i.test(c[1]) &&
      /^(?:\s*[,.;)]|\s+(?:and|or)\s)/.test(body.slice(cueStart + c[0].length)) &&
      !(
        /^\s*[.!]?\s*$/.test(body.slice(cueStart + c[0].length)) &&
        /,\s+(?:the|its|their|this|that)\s+(?:[\p{L}-]+\s+){1,3}$/iu.test(beforeVerb(c))
      )
    )
      continue;
    // "officials told reporters that…", "the governor assured residents that…": a plural noun read as the verb of a
    // that-clause is the object of the verb of telling before it; that verb and its object are the cue
    const tellingVerb = KNOWN_CUE.test(c[1]) ? null : TELLING_BEFORE.exec(beforeVerb(c));
    const subj = subjectBefore(text, s, s.start + (tellingVerb ? tellingVerb.index : cueStart));
    if (!subj || pluralVerbOfSingular(c[1], subj.np)) continue;
    // "the state gave 131 families a house" names no source: only a document gives a bare figure
    // (a figure given as such, with nothing given to it, is given by anyone: "the agency now gives 1,293, revised from…",
    // "the authorities gave 27 returnees, of whom…")
    if (
      GIVES_A_NUMBER.test(body.slice(cueStart + c[0].length - c[1].length)) &&
      !DOCUMENT_SUBJECT.test(subj.np) &&
      !FIGURE_GIVEN.test(body.slice(cueStart + c[0].length))
    )
      continue;
    // "Soldiers found the bodies of 18 militants", "troops discovered the remains of…": a thing found, no finding stated
    if (thingFound(c[1], body.slice(cueStart + c[0].length))) continue;
    if (
      /^(estimates?|figures?|show|shows|showed|found|finds|put|puts|counted|counts?|records?|recorded)$/i.test(c[1]) &&
      !/^(?:[\p{Lu}]|the\b|other|officials|experts|researchers|analysts|authorities|sources|(?:he|she|they|we|i)$)/iu.test(subj.np)
    )
      continue;
    {
      const relayedSource = throughRelayer(cueStart + c[0].length, subj.np);
      if (relayedSource) return relayedSource;
    }
    let cue = tellingVerb ? body.slice(tellingVerb.index, cueStart + c[0].length) : c[0];
    let relayed: string | null = relayedAfter(cueStart + c[0].length);
    const told = toldWhom(c[1], body.slice(cueStart + c[0].length));
    if (told) {
      cue = `${c[0]} ${told.whom}`;
      relayed = told.relayed ?? relayed;
    }
    {
      // a verb known only by its that-clause attributes that clause, not the sentences after it
      const made = make(subj.np, subj.start, cue, relayed, false, !KNOWN_CUE.test(c[1]));
      if (made) return made;
    }
  }
  // "the figure the army gave in early 2024 was 48", "the last estimate the ministry published": a figure's noun with a
  // clause of giving after it names who gave the figure
  m = FIGURE_SOURCE_GAVE.exec(masked);
  // (…when the sentence goes on to say what the figure was: not "the toll the government released did not include the 40")
  if (m && plausibleSubject(trimNp(m[1])) && FIGURE_WAS.test(masked.slice(m.index + m[0].length))) {
    const sourceAt = m.index + m[0].lastIndexOf(m[1]);
    const made = make(written(sourceAt, m[1]), s.start + sourceAt, m[2], null);
    if (made) return made;
  }
  // "(NWPI 2026)", "(SSG annual report 2025, p. 14)", when nothing else in the sentence names a source: a bracketed
  // citation of an author or a body's publication and its year
  m = BRACKETED_CITATION.exec(body);
  if (m && !MONTH_OR_TIME.test(m[1])) {
    // (its own sentence's source: carried no further); an author and a year cited as such ("UNICEF, 2025", "Smith et al.,
    // 2020") are mentioned by the author, a publication by its title ("SSG annual report 2025")
    const cited = /^(.+?),\s*(?:19|20)\d\d$/.exec(m[1])?.[1] ?? m[1];
    const made = make(cited, s.start + m.index + m[0].indexOf(m[1]), '', null, false, true);
    // …named without its year and publication ("SSG annual report 2025" is the SSG's)
    if (made)
      return {
        ...made,
        name: claimantOf(cited.replace(/\s+(?:19|20)\d\d$/, '').replace(/\s+et\s+al\.?$/, '')) ?? made.name,
      };
  }
  // a headline ending with the speaker: "Jakarta tracking at least 100 citizens…: Spy chief", "… – Lorenzana"
  if (s.headline) {
    m = /(?::|\s[–—-])\s*([A-Z][\w\s.'’-]{1,40})$/.exec(body);
    // a speaker is a role or a name, not the rest of a title ("Estimates: Conceptual and Data Issues")
    if (
      m &&
      m[1].split(/\s+/).length <= 4 &&
      !/\b(and|or|of|in|on|for|the|to)\b/i.test(m[1]) &&
      (ROLE_WORDS.test(m[1]) || personName(m[1]) === m[1].trim())
    ) {
      // (its own sentence's source: carried no further)
      const made = make(m[1], s.start + m.index + m[0].indexOf(m[1]), '', null, false, true);
      if (made) return made;
    }
  }
  return null;
}
