/**
 * The subject of a cue: the noun phrase before "said", "estimates", "told" that can be a claimant (not a quantifier,
 * a clause or a list of places), with a role or an appositive chained to a name ("The UN's coordinator, Panos
 * Moumtzis", "The Soufan Group, a New York-based consultancy").
 */
import { PUBLICATION_NUMBER, SOURCE_KINDS, SOURCE_QUANTIFIER, withoutTrailingWords } from './claimants';
import { findNumbers } from './numbers';
import { CITING_PARTICIPLE, HONORIFICS, personName, ROLE_WORDS } from './persons';
import { addressDot, type Sentence } from './text';
import { DESCRIBED_THINGS } from './writerVoice';
import { capitalised, MEASURE_OF_TIME, MONTH_NAMES, SEASON_NAMES, WEEKDAY_NAME } from './wordLists';

/** A rank or an honorific opening a phrase: "Dr. Yusuf", "Col Sall". */
const HONORIFIC_FIRST = new RegExp(`^(?:${HONORIFICS})\\.?\\s`);

export const CONNECTOR =
  /^(?:so\s+far|to\s+date|and|but|while|whereas|although|though|however|yet|so|also|meanwhile|moreover|furthermore|earlier|later|(?:late|early)(?=\s+(?:on|in|last|this|that)\s)|in\s+\w+(?:\s+\d{4})?|on\s+\w+|last\s+\w+|(?:in|at|during)\s+(?:his|her|their|its|a|an|the|this)\s+(?:[\w-]+\s+){0,2}(?:report|statement|testimony|evidence|remarks|speech|interview|letter|submission|paper|study|book|assessment|briefing|address|reply|answer|article|post|column|findings))\s*,?\s+/i;

/**
 * A point's or a paragraph's number opening a line before its subject: "(1) The Team estimates", "4. The ministry", "12
 * The Team", and a numbered thread's post ("2/ AIVD says", "3/12 Prosecutors say").
 */
const POINT_NUMBER = /^\s*(?:\(\d{1,3}\)|\d{1,3}[.)]|\d{1,3}\/\d{0,3}|\d{1,3}(?=\s+(?:The|A|An)\s))\s+/;

/**
 * A news agency's slug before a headline's subject: "UPDATE 2-Ghana says…", "EXCLUSIVE-Niger's army…", "REFILE-…",
 * "WRAPUP 1-…" (the agency's label for the story's version or kind, in capitals, joined to the headline by a hyphen).
 */
export const WIRE_SLUG =
  /^\s*(?:UPDATE|REFILE|CORRECTED|WRAPUP|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER|RPT)(?:\s+\d{1,2})?\s?-(?=\p{Lu})/u;

/** A list's last two conjuncts, each a capitalised word ("Cameroonian and Nigerien forces", "Belgium and the Netherlands"). */
const LAST_CONJUNCTS = /^\s*(?:the\s+)?\p{Lu}[\p{L}’'-]*\s+and\s+(?:the\s+)?\p{Lu}/u;
/** A list's middle items after its first, capitalised words after commas: ", Chadian", ", France, Belgium". */
const LIST_ITEMS = /(?:,\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*)*$/u;

/**
 * Where the noun phrase opens whose list ends in the conjuncts after a comma ("Nigerian, Chadian, Cameroonian and Nigerien
 * forces", "Estimates from security agencies in Indonesia, Malaysia and the Philippines"): its first item ends in a
 * capitalised word and the phrase opens its clause; null when the phrase after the comma is no list's end.
 */
function listOpening(before: string, np: string): number | null {
  if (!LAST_CONJUNCTS.test(np)) return null;
  const head = before.slice(0, before.length - (LIST_ITEMS.exec(before)?.[0].length ?? 0));
  if (!/\p{Lu}[\p{L}’'-]*$/u.test(head)) return null;
  const open =
    Math.max(
      head.lastIndexOf(','),
      head.lastIndexOf(';'),
      head.lastIndexOf(':'),
      head.lastIndexOf('“'),
      head.lastIndexOf('”'),
      head.lastIndexOf('"'),
      head.lastIndexOf('('),
      afterThat(head),
      lastStop(head),
    ) + 1;
  const first = head.slice(open);
  const at = open + first.length - first.trimStart().length;
  return first.trim().split(/\s+/).length <= 8 && plausibleSubject(trimNp(first)) ? at : null;
}

/** A title in quotation marks after a noun, ending the phrase. (Made once: docs/extractor.md#perf50.) */
const QUOTED_TITLE_AFTER = /(?<=\p{Ll})\s+['‘"“][^'’"”]{2,80}['’"”]\s*$/u;
export function trimNp(np: string): string {
  // list bullets ("• Police say…"), a point's number ("(1) The Team estimates…") and a wire's slug ("UPDATE 2-Ghana
  // says…") are no part of a name, nor a title in quotation marks after a noun ("Your article 'The jihadists Morocco forgot'")
  return np
    .replace(POINT_NUMBER, '')
    .replace(WIRE_SLUG, '')
    .replace(QUOTED_TITLE_AFTER, '')
    .replace(/^[\s,;:“”"‘’'–—•·▪‣◦●■►*-]+|[\s,;:“”"‘’'–—•·▪‣◦●■►*-]+$/g, '')
    .replace(/\s+/g, ' ');
}

const BAD_SUBJECT =
  /^(that|which|who|there|this|these|those|an?|the|some|most|many|all|none|each|both|several|few|nearly|almost|only|just|another|other|one|any|and|but|or|yet|so|while|although|though|whereas)$/i;
/**
 * The text's own earlier version, as a correction names it: "An earlier version of this story said 72" is the publisher
 * correcting itself, no source.
 */
const OWN_EARLIER_VERSION =
  /^(?:an?|the)\s+(?:earlier|previous|original|first|older)\s+(?:version|draft|edition)\s+of\s+(?:this|the)\s+(?:story|article|report|piece|post|page|text)$/i;
/**
 * A time, not who speaks: "(…, said) last month that…", "(said) on Monday", "earlier this year", "yesterday" (an inverted
 * tag's words after its verb when the speaker stands before it).
 */
const TIME_PHRASE = new RegExp(
  `^(?:(?:earlier|later)\\s+)?(?:(?:last|this|next|that|the\\s+(?:previous|same|following))\\s+(?:year|month|week|weekend|decade|${SEASON_NAMES}|morning|evening|night|${WEEKDAY_NAME}|${MONTH_NAMES})|` +
    `(?:on\\s+)?${WEEKDAY_NAME}(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|recently|earlier|later|` +
    `(?:in|on|since|by)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:${MONTH_NAMES}|(?:19|20)\\d\\d)\\b.*)$`,
  'i',
);
/** Whom a speaker addresses, opening their words: "My Lords, …", "Mr President, …", "Madam Chair, …". */
const VOCATIVE =
  /^(?:my\s+lords?|mr\.?\s+(?:deputy\s+)?(?:speaker|president|chairman|chair)|madam\s+(?:deputy\s+)?(?:speaker|president|chair(?:man|woman)?)|ladies\s+and\s+gentlemen|excellencies|colleagues)$/i;
/**
 * "That report", "those officials": a demonstrative and its noun, not a that-clause ("that the ministry…"), nor a thing
 * the writer describes ("That footage showed…" is the writer's account).
 */
const DEMONSTRATIVE_NP = new RegExp(
  `^(?:that|those|these)\\s+(?!(?:the|a|an|this|that|its|their|his|her|our|it|they|he|she|we|there|${DESCRIBED_THINGS})\\b)[\\p{L}-]+$`,
  'iu',
);
const QUANTIFIER_START =
  /^(most|many|some|all|none|each|both|several|few|nearly|almost|the overall|the majority|a number|a large number|another(?=\s+(?:of|few|dozen|hundreds?|thousands?|couple|\d)\b|\s*$)|more|fewer)\b/i;

/**
 * Sources of a kind, some of them, speak as the kind does: "Several Member States noted…", "Some Western officials say…",
 * "Most analysts believe…" (a quantifier before other people counts them: "Most returnees said…" is no source).
 */
const QUANTIFIED_SOURCES = new RegExp(
  String.raw`^${SOURCE_QUANTIFIER}\s+(?:[\p{L}-]+\s+){0,2}(?:${SOURCE_KINDS}|states|governments|agencies|services)$`,
  'iu',
);

/** Prepositions opening a phrase of place, time or means ("on Monday", "in a report released on Tuesday"): no subject, no role. */
export const PLACE_TIME_MEANS = 'on|in|at|during|after|before|since|from|with|for|through|via|within|under|among|of';
/**
 * A noun phrase opened by one ("into", "over", "throughout" too) is no subject, nor one opened by a preposition of place
 * or circumstance before its article ("Outside the court", "Following the raids"; "Outside experts" is a subject).
 */
const ADVERBIAL_NP = new RegExp(
  `^(?:(?:${PLACE_TIME_MEANS}|into|over|throughout)\\s|(?:outside|inside|near|beyond|across|amid|despite|following)\\s+(?:the|a|an|its|their|his|her)\\s)`,
  'i',
);
/** Words before a name opened by one ("by" too), or by a participle of citing, are no role of it nor a name chained to it. */
const ADVERBIAL_LEAD = new RegExp(`^\\s*(?:${PLACE_TIME_MEANS}|by|${CITING_PARTICIPLE})\\s`, 'i');

/** A phrase of place or time opening a clause, up to the last article that no preposition governs (`subjectBefore`). */
const FRONTED_PHRASE = new RegExp(
  `^\\s*(?:${PLACE_TIME_MEANS}|between|until|to)\\s.*\\s(?<!\\b(?:${PLACE_TIME_MEANS}|to|by|and|or|between)\\s)(?=(?:the|an?)\\s+\\S)`,
  'iu',
);

/**
 * People who give figures, named as a bare plural with no article: the subject of a clause of time as "the ministry" is
 * ("in 2019, when officials counted 320 travellers", "after police said 12 had died").
 */
const BARE_SOURCE =
  '(?:officials|police|authorities|prosecutors|investigators|researchers|experts|analysts|monitors|officers|diplomats|observers|activists)';
/**
 * A clause of time up to its subject's article: a conjunction of time, after a measure or alone ("a day after the defence
 * ministry had put the toll at 25", "Hours after the police said", "once the ministry confirmed", "until a court", "in
 * 2019, when the ministry put the number at 20"). The one spelling of it: a subject is read after it (`subjectBefore`),
 * and a clause with a source of its own opens with it after a comma (`clauses.ts`).
 */
export const TIME_CLAUSE = `(?:${MEASURE_OF_TIME}\\s+)?(?:after|before|once|until|when)\\s+(?=(?:the|an?)\\s|${BARE_SOURCE}\\b)`;
/** A measure of time opening a phrase of "after" or "before", however the phrase goes on: "Hours after Monday's blast". */
const TIME_MEASURE = new RegExp(`^\\s*${MEASURE_OF_TIME}\\s+(?=(?:after|before)\\s)`, 'i');
const TIME_CLAUSE_OPENING = new RegExp(`^\\s*${TIME_CLAUSE}`, 'i');

/** A body's long name: capitalised words joined by lowercase particles only. */
export const LONG_NAME = /^(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:(?:of|for|and|on|in|the|to|against)\s+)*\p{Lu}[\p{L}’'.&-]*)*$/u;

/**
 * The relative clause of an unnamed source, which says why it is not named and is no clause of its own: "a senior official
 * who asked not to be named", "a diplomat who spoke on condition of anonymity", "an officer who was not authorised to speak".
 */
const WHY_UNNAMED = String.raw`who\s+(?:(?:asked|requested|declined|refused|did\s+not\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment))\b`;
const ANONYMITY = new RegExp(String.raw`\s+${WHY_UNNAMED}[^,;:]*$`, 'i');
/** The same clause set off by commas after the source: "A senior official, who asked not to be named, said …". */
const ANONYMITY_AFTER = new RegExp(String.raw`^\s*,\s*${WHY_UNNAMED}[^,;:]*,`, 'i');

/** Whether the words right after a source say, between commas, why it is not named (`ANONYMITY_AFTER`). */
export const unnamedAfter = (after: string): boolean => ANONYMITY_AFTER.test(after);

/**
 * A person or a group of people and a defining relative clause after it, with no comma: "a lawyer who represents several
 * of the families", "journalists who cover the north", "residents who fled the town"; its verb a present or a past tense
 * of an ordinary verb (not "is", "said" or a verb of saying, which make it a clause with a cue of its own).
 */
const DEFINING_RELATIVE =
  /^((?:(?:a|an|the|some|several|many|most|two|three|other)\s+)?(?:[\p{L}-]+\s+){0,3}(?:lawyer|lawyers|attorney|doctor|doctors|official|officials|officer|officers|researcher|researchers|journalist|journalists|resident|residents|activist|activists|relatives?|families|family|worker|workers|analyst|analysts|expert|experts|source|sources|volunteers?|monitors?|elders?|leaders?|people|man|woman|men|women|parents?|mothers?|fathers?))\s+who\s+(?!(?:is|are|was|were|has|have|had|said|says|say|told|tells|asked|spoke|declined|requested)\b)\p{Ll}{3,}\b(?:\s+[\p{L}-]+){0,6}$/iu;

/** Whether a noun phrase is people and the defining relative clause that says which (`DEFINING_RELATIVE`). */
export const isDefinedByRelative = (np: string): boolean => DEFINING_RELATIVE.test(np.trim());

/** An unnamed source's noun phrase without the relative clause that says why it is not named, or null (`ANONYMITY`). */
export function unnamedSource(np: string): string | null {
  return ANONYMITY.test(np) ? np.replace(ANONYMITY, '') : null;
}

/** The qualifiers a figure opens with: "roughly a third", "about half", "more than 40", "an estimated 300". */
const FIGURE_QUALIFIERS =
  /^(?:(?:about|around|roughly|nearly|almost|approximately|some|only|just|over|under|below|above|well\s+over|well\s+under|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|up\s+to|as\s+many\s+as|close\s+to|an\s+estimated|perhaps|possibly|fully|exactly|barely|slightly\s+(?:more|less|fewer)\s+than)\s+)+/i;

/**
 * Whether words open with a figure, after its qualifiers: a share ("roughly a third of the 400 fighters", "about half",
 * "nearly two-thirds"), a vague quantity ("dozens of them") or a number standing alone or as a part ("forty of the 400").
 * Such words are what was said, never who said it; a number before its noun counts the speakers, who speak ("two
 * officials", "one elder"; a count with a verb after it, "forty fighters were recruited", is no noun phrase anyway).
 */
export function opensWithFigure(words: string): boolean {
  const rest = words.trimStart().replace(FIGURE_QUALIFIERS, '');
  const first = findNumbers(rest)[0];
  if (!first || first.start !== 0) return false;
  return first.kind === 'fraction' || first.kind === 'vague' || /^(?:\s+of\b|\s*$)/i.test(rest.slice(first.end));
}

/** An outlet's name of digits, a dot and letters: "24.kg". (Made once: docs/extractor.md#perf50.) */
const OUTLET_WITH_DIGITS = /(?<![\p{L}\d])\d+\.\p{Ll}{2,}(?![\p{L}\d])/gu;
/** The count opening bodies named in capitals: the "11" of "11 Member States". (Made once: docs/extractor.md#perf50.) */
const COUNT_OF_BODIES =
  /^\d{1,3}\s+(?=(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:States|Governments|Parties|Agencies|Ministries|Members|Nations|Authorities)$)/u;
/**
 * The year of a source after its determiner or possessor: "A 2015 UN report", "Europol's 2024 report". (Made once:
 * docs/extractor.md#perf50.)
 */
const YEAR_OF_SOURCE = /(?:\b(?:a|an|the|its|their|this|his|her)|(?<=\p{L})[’']s)\s+(?:19|20)\d\d\s+(?=\p{L})/giu;
/** The year a publication's title ends with: "the Global Terrorism Index 2024". (Made once: docs/extractor.md#perf50.) */
const YEAR_ENDING_TITLE =
  /\s+(?:19|20)\d\d(?:[/–-]\d{2,4})?$(?<=(?:\p{Lu}[\p{L}-]*|\b[Rr]eport|\b[Aa]ssessment|\b[Rr]eview|\b[Ss]urvey|\b[Ii]ndex|\b[Yy]earbook|\b[Ee]dition|\b[Uu]pdate|\b[Ss]tudy|\b[Bb]ulletin|\b[Ss]tatistics)\s+(?:19|20)\d\d(?:[/–-]\d{2,4})?)/u;
/** "Two of them", "some of whom". (Made once: docs/extractor.md#perf50.) */
const SOME_OF_THEM = /^\p{L}+\s+of\s+(them|whom|these|those)\b/iu;
/** Whether a noun phrase can be a claimant: no figure, no clause of its own, not a list of places. */
export function plausibleSubject(np: string): boolean {
  if (ANONYMITY.test(np)) return plausibleSubject(np.replace(ANONYMITY, ''));
  // a relative clause that says which people speak is part of who speaks: "A lawyer who represents several families",
  // "Journalists who cover the north" (its verb in the present or the past, a clause of its own no longer than a few words)
  const restricted = DEFINING_RELATIVE.exec(np);
  if (restricted) return plausibleSubject(restricted[1]);
  if (!np || BAD_SUBJECT.test(np) || VOCATIVE.test(np) || TIME_PHRASE.test(np) || OWN_EARLIER_VERSION.test(np)) return false;
  // a long phrase is no subject, unless it is a body's long name ("The Office of the United Nations High Commissioner
  // for Human Rights in Geneva"): capitalised words joined by of, for, and, on, in, the
  const length = np.split(/\s+/).length;
  if (length > 12 && !(length <= 18 && LONG_NAME.test(np))) return false;
  // a figure in it ("300 fighters", "40 of them") makes it no claimant; digits in a name ("the 6ID", "G7 ministers") do
  // not, nor does the year of a source ("A 2015 UN report", "its 2023 assessment", "Europol's 2024 report") or a unit's
  // number ("Sector 3")
  const undated = np
    // an outlet's name with digits and a dot is a name: "24.kg"
    .replace(OUTLET_WITH_DIGITS, '')
    // a count of bodies named in capitals, as "Eleven Member States" is read: "11 Member States reported that…"
    .replace(COUNT_OF_BODIES, '')
    .replace(YEAR_OF_SOURCE, '')
    // …nor the year a publication's title ends with: "Europol's TE-SAT 2025", "the Global Terrorism Index 2024", "the
    // ministry's annual report 2023" (a capitalised title or a source noun, then the year, ending the phrase)
    .replace(YEAR_ENDING_TITLE, '')
    // …nor a publication's issue, number or version in brackets after its name: "the group's weekly newsletter (issue
    // 571)", "the bulletin (No. 12)"
    .replace(PUBLICATION_NUMBER, '')
    .replace(
      /\b(?:Sector|Unit|Division|Brigade|Battalion|Regiment|Corps|Zone|Region|District|Team|Squad|Section|Branch|Detachment|Command|Directorate|Group)\s+\d{1,4}\b/gu,
      '',
    );
  if (/(?<![\p{L}\d])\d[\d,.]*(?![\p{L}\d])/u.test(undated) || (QUANTIFIER_START.test(np) && !QUANTIFIED_SOURCES.test(np))) return false;
  // "they wanted to return": a pronoun with words after it is a clause, not who speaks
  if (/^(?:he|she|they|we|it|i)\s+\S/i.test(np)) return false;
  if (/\b(is|are|was|were|has|have|had|will|would|could|can|may|might|who|which|whom)\b/i.test(np)) return false;
  // "and that the Force's own [estimate]": a clause's opening, or a possessor whose noun is the cue word read as a verb
  if (/^(?:and|but|or)\s+that\b/i.test(np) || /[’']s(?:\s+(?:own|latest|new|best))?$/i.test(np)) return false;
  if (
    // (a demonstrative before its noun is a subject: "That report counted…", "Those officials said…")
    (/^(that|which|while|when|if|as|because|according|what|how|why|where|whatever)\b/i.test(np) && !DEMONSTRATIVE_NP.test(np)) ||
    /\b(to|of|by|from|for|with|in|on|at)$/i.test(np)
  )
    return false;
  // a phrase of place, time or means ("on Monday", "at a round table", "through its radio") is no subject, nor a sentence
  // opened by "By" ("By UN estimates, …"; "The report, by the International Crisis Group, estimates" keeps its author)
  if (ADVERBIAL_NP.test(np) || /^By\s/.test(np)) return false;
  // "the threat remained high", "the number rose": a clause of its own (lowercase, so that "Rose" or "Falls" in a name is
  // still a name)
  if (
    /\b(?:remain(?:s|ed)?|stay(?:s|ed)|seem(?:s|ed)|appear(?:s|ed)|bec(?:a|o)mes?|grew|grows|rose|rises|fell|falls|stood|stands|continu(?:es|ed)|increas(?:es|ed)|decreas(?:es|ed)|doubled|tripled|exceed(?:s|ed))\b/.test(
      np,
    )
  )
    return false;
  // "It should be recalled", "Two of them were found": no claimant
  if (/\b(be|been|being)\b/i.test(np) || SOME_OF_THEM.test(np)) return false;
  // "Finland and Sweden noted": countries reporting are not the claimant of a text's figures
  if (/^[\p{Lu}][\p{L}]+(?:,\s*[\p{Lu}][\p{L}]+)*\s+and\s+[\p{Lu}][\p{L}]+$/u.test(np)) return false;
  return true;
}

/**
 * An aside of a participle and its complement before the cue: ", built from court records, obituaries and posts", ",
 * dated June 2026,", the other name a body is known by (", known as ATMIS,"), its members (", made up of troops from
 * Chad and Niger,", ", comprising…"; a relative clause naming them is `LISTED_RELATIVE`'s).
 */
const PARTICIPLE_ASIDE =
  /,\s*(?:(?:[a-z]{3,}ed|built|made|drawn|written|taken|given|based|known|seen)\s+(?:by|from|on|in|with|through|for|at|into)|(?:published|released|issued|presented|updated|launched|submitted|tabled)\s+(?:last|this|earlier|yesterday|today|recently)|(?:also\s+)?known\s+as|dated|(?:made\s+up|composed|consisting)\s+of|comprising)\b(?:(?!\b(?:is|are|was|were|has|have|had|which|who)\b)[^;:“”".])*$/;

/**
 * The cue's own subject after a comma that ends what looked like an aside: "A plane carrying 34 citizens, mostly
 * children, landed in Tashkent, the ministry said" (", landed in Tashkent" is the sentence's verb, not an aside; an
 * aside's own list has its "and": ", built from court records, obituaries and posts").
 */
const SUBJECT_AFTER_ASIDE = /,\s*(?:the|a|an|its|their|his|her|our|this|that)\s+(?:(?!\band\b)[^,])*$/i;

/**
 * An aside between a subject and its cue that a relative, a preposition or a present participle opens: "Hedi Majdoub, who
 * spoke…, said", "the journalist Faisal al-Harbi, writing in the 1990s, claimed", "The ministry, having revised its
 * figures, said", "The army, citing…, said". A participle other than "speaking" has its preposition or its object's
 * determiner right after it: a noun in -ing before a noun opens the subject ("After the raid, housing officials said").
 */
const ASIDE_OPENING = new RegExp(
  `^\\s*(?:who|which|where|whose|through|via|in|on|at|during|of|from|version|edition|issue|${CITING_PARTICIPLE}|speaking|having\\s+[a-z]+(?:ed|en|wn)|(?!(?:(?:some|no|any|every)?thing|morning|evening|spring|king|building|meeting|briefing|hearing|ruling|finding|funding|training|bombing|shooting|killing|fighting)\\b)[a-z]{2,}ing(?=\\s+(?:in|on|at|to|from|for|with|about|before|after|under|during|since|as|the|an?|its|their|his|her|our|this|that|these|those|reporters|journalists)\\b))\\b[^,;:“”"]*$`,
  'i',
);

/**
 * The last full stop that ends something: not the dots of "U.N.", "U.S." or an initial ("Alex P. Schmid"), nor the dot
 * between the digits of a decimal or of a numbered paragraph ("4.2 ASIO told the Committee…").
 */
function lastStop(body: string): number {
  for (let i = body.lastIndexOf('.'); i >= 0; i = body.lastIndexOf('.', i - 1)) {
    if (/\d/.test(body[i - 1] ?? '') && /\d/.test(body[i + 1] ?? '')) continue;
    // nor the dot of a web address or an outlet's name ("24.kg")
    if (addressDot(body, i)) continue;
    if (!/(?:^|[^\p{L}])(?:\p{Lu}\.)*\p{Lu}$/u.test(body.slice(Math.max(0, i - 12), i))) return i;
  }
  return -1;
}

/** A relative clause ending in a list of names, with the list's commas: ", which draws troops from Nigeria, Niger and Chad". */
const LISTED_RELATIVE = /,\s*(?:who|which|whose)\s[^,;:“”"]*(?:,\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*)+\s+and\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*$/u;

/** "That" or "Whereas" opening a recital of a decree or a resolution, before its subject (`subjectBefore`). */
const RECITAL = /^\s*(?:That|Whereas)\s+(?=(?:the|a|an)\s)/;

/** A subject read as it stands, trimmed, when it can be a claimant. */
function subjectAt(text: string, s: Sentence, from: number, raw: string): { np: string; start: number } | null {
  const bare = raw.replace(CONNECTOR, '');
  const np = trimNp(from === s.start ? bare.replace(RECITAL, '') : bare);
  if (!plausibleSubject(np)) return null;
  const offset = text.indexOf(np, from);
  return offset >= 0 && offset < s.end ? { np, start: offset } : null;
}

/**
 * A word or phrase of time or connection alone before the comma, no name an indefinite description could describe:
 * "Earlier, a police source said", "Still, a senior official said", "Two days later, an army spokesman said", "On Monday,
 * a senior official told…".
 */
const SENTENCE_ADVERB = new RegExp(
  '^(?:so\\s+far|to\\s+date|however|meanwhile|moreover|furthermore|earlier|later|elsewhere|overall|yesterday|today|afterwards|since\\s+then|' +
    'still|nevertheless|nonetheless|instead|now|then|again|also|besides|likewise|indeed|thus|hence|therefore|' +
    `in\\s+\\w+(?:\\s+\\d{4})?|on\\s+\\w+|last\\s+\\w+|${MEASURE_OF_TIME}\\s+(?:later|earlier|ago|before|after))$`,
  'i',
);

/**
 * A participle and its preposition before the comma, a phrase the subject after it does or undergoes, no name:
 * "Speaking on condition of anonymity, a police officer said", "Asked about the figures, a spokesman said", "Writing in
 * the report, an analyst estimated" (a name before a preposition would be "Ahmed of the ministry", which is left).
 */
const FRONTED_PARTICIPLE =
  /^\p{Lu}\p{Ll}+(?:ing|ed)\s+(?:on|to|about|in|at|after|before|from|with|by|during|under|as|outside|through|for|over)\s/u;

/** A conjunction opening a clause after a comma: what follows is the clause's own subject, no apposition to the name before. */
const CLAUSE_CONJUNCTION = /^\s*(?:and|but|while|whereas|although|though|yet|so)\s/i;

/** A finite verb after its subject, with an auxiliary or an adverb: "welcomed", "has brought", "also gave". */
const FINITE_VERB =
  '(?:(?:also|then|first|has|have|had)\\s+)?(?:\\p{Ll}{3,}(?:ed|es)|told|gave|took|met|made|held|went|came|wrote|saw|sent|kept|led|left|spoke|became|began|brought|put|found|caught)';
/** A subject, its verb and what follows up to "and" or "but" before a second verb: "Human Rights Watch welcomed the move but". */
const COORDINATED_VERB = new RegExp(`^(\\s*\\S.*?)\\s+${FINITE_VERB}\\s.*\\s(?:and|but)(?:\\s+(?:also|then|later|now))?$`, 'u');
/** A second verb's conjunction alone after a comma: "Albania has brought home 11, all women and children, and says…". */
const SECOND_PREDICATE = /^\s*(?:and|but)(?:\s+(?:also|then|later|now))?$/i;
/** A clause's subject up to its first verb: "Albania has brought home 11, all women and children, and" → "Albania". */
const SUBJECT_BEFORE_VERB = new RegExp(`^(\\s*\\S[^,;:]*?)\\s+${FINITE_VERB}\\s`, 'u');

/** "that" as the determiner of a time, no conjunction: "(troops withdrew) that August", "that year", "that summer". */
const THAT_TIME = new RegExp(
  `^\\s+(?:${capitalised(MONTH_NAMES)}|year|month|week|day|morning|afternoon|evening|night|${SEASON_NAMES}|time|decade)\\b`,
);

/** Where a that-clause opens, as a cut before its first word ("…added that the ministry" → "the ministry"), or -1. */
function afterThat(text: string): number {
  const at = text.lastIndexOf(' that ');
  // a relative "that" with its verb right after it opens no clause with a subject: "a group that has documented the camps",
  // "a UN working group that visited in 2015"; nor does "that" before a time ("…withdrew from Mali that August,
  // estimated": the month is no speaker)
  const rest = text.slice(at + ' that'.length);
  if (at >= 0 && (/^\s+(?:has|have|had|is|are|was|were)\s/.test(rest) || THAT_TIME.test(rest) || relativeThat(text, at))) return -1;
  return at < 0 ? -1 : at + ' that'.length;
}

/**
 * A verb in the past right after "that": "(a panel) that visited", "(the mission) that met"; or a body's own work in
 * the present, "(a UN panel) that monitors sanctions", "(an agency) that tracks returnees" (review50: these had named
 * the claimant "monitors sanctions").
 */
const PAST_AFTER_THAT =
  /^\s+(?:[a-z]{3,}ed|met|spoke|went|saw|found|led|took|made|wrote|held|sent|brought|ran|fled|fought|came|began|heard|read|monitors|tracks|oversees|investigates|coordinates|represents|advises|compiles|runs|leads|studies)(?:\s|$)/;
/** A noun's last word before "that", no verb whose that-clause follows: "group", "panel", "mission" (not "said", "warns"). */
const NOUN_BEFORE_THAT =
  /(?:^|\s)(?!(?:[a-z]+ed|[a-z]+ly|said|told|says|thought|knew|found|showed|shows|means|suggests|warns|notes|adds|argues|claims|states|believes|estimates|reports|fears|insists|admits)\s*$)\p{Ll}[\p{Ll}-]+\s*$/u;
/** Whether the "that" at `at` opens a relative clause of the noun before it, its verb in the past right after it. */
function relativeThat(text: string, at: number): boolean {
  return PAST_AFTER_THAT.test(text.slice(at + ' that'.length)) && NOUN_BEFORE_THAT.test(text.slice(0, at));
}

/**
 * An adverb or aside between a subject and its cue: "Residents, however, said", "Police initially reported". (Made once:
 * docs/extractor.md#perf50.)
 */
const ASIDE_BEFORE_CUE =
  /(?<!,\s*(?:[a-z]{3,}ed|made|built|written|taken|given|seen|drawn))[,\s]+(?:(?:has|have|had)\s+(?=(?:\p{Ll}+ly|long)$))?(?:on\s+\w+day|yesterday|today|last\s+\w+|earlier|also|later|however|though|meanwhile|instead|in\s+turn|for\s+(?:its|their|his|her)\s+part|initially|originally|previously|subsequently|separately|repeatedly|recently|publicly|officially|reportedly|independently|consistently|now|still|already|again|once|first|alone|jointly|formally|finally|privately|long|always|often|usually|generally|typically|commonly|routinely|regularly|frequently|sometimes|broadly|widely|openly)$/iu;
/** A publication, with its article and up to three words in lower case, before a relative pronoun ending the words. */
const RELATIVE_PUBLICATION =
  /(?:^|[\s,;:(])((?:a|an|the|one|another|this|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:report|study|survey|assessment|analysis|review|paper))\s+(?:that|which)$/u;
/** The noun phrase that ends just before `at`: back to the clause start (a comma, a quote, "that", or the sentence start). */
export function subjectBefore(text: string, s: Sentence, at: number): { np: string; start: number } | null {
  const head = text.slice(s.start, at);
  // skip a trailing comma directly before the cue: "…, Nurtai Abykaev, said"
  const body = head
    .replace(/[,\s]+$/, '')
    // an adverb or aside between the subject and its cue: "Residents, however, said", "The ministry, for its part, said",
    // "Police initially reported", "Federal authorities previously put"
    // (not the time of a participle's aside: "The commission's report, published on Monday, says")
    .replace(ASIDE_BEFORE_CUE, '')
    .replace(/[,\s]+$/, '')
    // a description in brackets after the name, with clauses or quotations of its own: "Mr Serge Audibert (opposition,
    // "Lunel Autrement") said" ("Dr Siti Rahmawati (Universitas Indonesia) said" and "(SDF)" keep theirs)
    .replace(/\s*\((?=[^()]*[,"“”])[^()]*\)$/, '');
  // "(rejected) a recent foreign report that put the strength at 2,500": a publication before a relative "that" or
  // "which" whose verb is the cue is the cue's subject, whatever clause it stands in
  const publication = RELATIVE_PUBLICATION.exec(body);
  if (publication) return { np: publication[1], start: s.start + publication.index + publication[0].indexOf(publication[1]) };
  let cut = Math.max(
    body.lastIndexOf(','),
    body.lastIndexOf('“'),
    body.lastIndexOf('”'),
    body.lastIndexOf('"'),
    body.lastIndexOf(':'),
    body.lastIndexOf(';'),
    afterThat(body),
    // a dash between spaces, as datelines and timelines print it ("MOSCOW (Reuters) - ", "December 2015 - Russia's FSB says")
    body.lastIndexOf(' - '),
    body.lastIndexOf(' – '),
    body.lastIndexOf(' — '),
    // …or two hyphens, as wires without a dash print it ("DUSHANBE -- Tajikistan's Interior Ministry says")
    body.lastIndexOf(' -- ') < 0 ? -1 : body.lastIndexOf(' -- ') + 2,
    // a table's cell border ("| Djibo, Burkina Faso | JNIM said…"): the cell before is no part of the subject
    body.lastIndexOf('|'),
    lastStop(body),
  );
  // "Albania has brought home only 11, all women and children, and says 53…": a second verb after a comma and its
  // conjunction has the subject of the clause the first verb opens (the sentence's or a clause's after a stop, a
  // semicolon, a colon or a dash; not a that-clause's, whose verb is no coordinate of the cue: "X said that the army
  // had killed 40, and added…")
  if (cut > 0 && body[cut] === ',' && SECOND_PREDICATE.test(body.slice(cut + 1))) {
    const before = body.slice(0, cut);
    const open =
      Math.max(
        before.lastIndexOf(';'),
        before.lastIndexOf(':'),
        before.lastIndexOf(' - '),
        before.lastIndexOf(' – '),
        before.lastIndexOf(' — '),
        lastStop(before),
      ) + 1;
    const shared = SUBJECT_BEFORE_VERB.exec(before.slice(open));
    return shared ? subjectAt(text, s, s.start + open, shared[1]) : null;
  }
  // "Amnesty International, which puts the toll at 80": a relative pronoun's subject is the name it follows
  if (cut > 0 && body[cut] === ',' && /^\s*which\s*$/i.test(body.slice(cut + 1))) {
    const antecedent =
      /((?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:of|for|and|on|the)?\s*\p{Lu}[\p{L}’'.&-]*)*(?:\s+\([^()]{2,12}\))?)\s*$/u.exec(
        body.slice(0, cut),
      );
    if (antecedent && plausibleSubject(antecedent[1]) && !/^The$/.test(antecedent[1])) {
      return { np: antecedent[1], start: s.start + antecedent.index };
    }
    // "The paper cites the national anti-terrorism prosecutor's office (PNAT), which says 47…": a body named in lower
    // case is the noun phrase its article opens, not the clause it is the object of
    const described = /(?<=\s)((?:the|an?)\s+(?:[^\s,;:()]+\s+){0,5}[^\s,;:()]+(?:\s+\([^()]{2,12}\))?)\s*$/u.exec(body.slice(0, cut));
    if (described && plausibleSubject(described[1])) return { np: described[1], start: s.start + described.index };
  }
  // a relative clause or an aside between the subject and its cue: "Hedi Majdoub, who spoke to parliament on Friday,
  // said", "Al-Shabaab, through its radio station, claimed"; a participle's aside may hold a list: "Our own count, built
  // from court records, obituaries and posts, identifies", "The group's claim, carried by its agency, put"
  // (one naming an author, "The report, published by the Combating Terrorism Center, found", is the claimant: kept)
  // …a relative clause whose commas are those of a list of names it ends with: "The Multinational Joint Task Force, which
  // draws troops from Nigeria, Niger, Chad, Cameroon and Benin, reported"
  const listedRelative = cut > 0 && body[cut] === ',' ? LISTED_RELATIVE.exec(body) : null;
  if (listedRelative) cut = listedRelative.index;
  const aside = cut > 0 && body[cut] === ',' ? PARTICIPLE_ASIDE.exec(body) : null;
  const participleAside =
    aside &&
    !/^,\s*(?:published|issued|released|compiled|produced|prepared|commissioned|written)\s+by\b/.test(aside[0]) &&
    !SUBJECT_AFTER_ASIDE.test(aside[0])
      ? aside
      : null;
  if (participleAside || listedRelative || (cut > 0 && body[cut] === ',' && ASIDE_OPENING.test(body.slice(cut + 1)))) {
    const before = body.slice(0, participleAside ? participleAside.index : cut);
    cut = Math.max(
      before.lastIndexOf(','),
      before.lastIndexOf('“'),
      before.lastIndexOf('”'),
      before.lastIndexOf('"'),
      before.lastIndexOf(':'),
      before.lastIndexOf(';'),
      afterThat(before),
      lastStop(before),
    );
    return subjectAt(text, s, s.start + cut + 1, before.slice(cut + 1));
  }
  let np = body.slice(cut + 1);
  let start = s.start + cut + 1;
  // "Nigerian, Chadian, Cameroonian and Nigerien forces reported…", "Germany, France, Belgium and the Netherlands
  // reported…": the comma before a list's last two conjuncts is the list's, not the subject's edge
  const listed = body[cut] === ',' ? listOpening(body.slice(0, cut), np) : null;
  if (listed !== null) {
    np = body.slice(listed);
    start = s.start + listed;
  }
  // a phrase of place or time fronted with no comma ends where the subject's article opens: "In a speech on Monday the
  // minister spoke of…", "In the twelve months to 30 September 2026 the PSNI recorded…" (an article after a preposition
  // is the phrase's own: "In a speech to the nation the president")
  // a measure of time before "after" or "before" belongs to that phrase: "Hours after the blast the police said"
  const measure = TIME_MEASURE.exec(np);
  if (measure) {
    np = np.slice(measure[0].length);
    start += measure[0].length;
  }
  const fronted = FRONTED_PHRASE.exec(np);
  if (fronted) {
    np = np.slice(fronted[0].length);
    start += fronted[0].length;
  }
  // …and "after" or "before" right before the cue's subject opens a clause of time whose subject it is: "…, a day after
  // the defence ministry had put the toll at 25", "Two days after the army said 40 had died"
  const when = fronted ? null : TIME_CLAUSE_OPENING.exec(np);
  if (when) {
    np = np.slice(when[0].length);
    start += when[0].length;
  }
  const lead = CONNECTOR.exec(np.trimStart());
  if (lead) {
    const skip = np.length - np.trimStart().length + lead[0].length;
    np = np.slice(skip);
    start += skip;
    // …and a phrase of place or time after the connector: "Earlier on Monday the regional police said"
    const frontedAfter = fronted ? null : FRONTED_PHRASE.exec(np);
    if (frontedAfter) {
      np = np.slice(frontedAfter[0].length);
      start += frontedAfter[0].length;
    }
  }
  // a recital of a decree or a resolution opens with "That" or "Whereas" before its subject: "That the Ombudsman's Office,
  // in its report of 14 October 2026, stated that…", "Whereas the Ministry reports that…"
  const recital = cut < 0 ? RECITAL.exec(np) : null;
  if (recital) {
    np = np.slice(recital[0].length);
    start += recital[0].length;
  }
  // a date line or stray token before the subject: " date 2019-12-01 Security services"
  const stray = /^\s*(?:(?:date|posted|updated|published)\s+)?(?:\S*\d[-/:.]\d\S*\s+|(?:19|20)\d\d\s+)+/i.exec(np);
  if (stray) {
    np = np.slice(stray[0].length);
    start += stray[0].length;
  }
  // "Human Rights Watch welcomed the move but said…", "Police raided the flat and later said…": the second of two verbs
  // joined by "and" or "but" has the first one's subject
  const coordinated = COORDINATED_VERB.exec(np);
  if (coordinated && plausibleSubject(trimNp(coordinated[1]))) np = coordinated[1];
  np = withoutTrailingWords(trimNp(np));
  // "In this report we estimate", "In the 2023 version of this post I wrote": words of place or time before the
  // first-person pronoun that is the subject ("World War I", "Phase I" end with no pronoun)
  // "A Pakistani intelligence officer I interviewed in Peshawar put…": the writer's meeting describes the subject
  const met = /^(.+?)\s+(?:I|we)\s+(?:interviewed|met|spoke\s+(?:to|with)|talked\s+to|reached|contacted|asked|visited)\b/.exec(np);
  if (met && plausibleSubject(met[1])) np = met[1];
  const framed = /\s(we|We|I)$/.exec(np);
  if (framed && (framed[1] !== 'I' || /\p{Ll}\s+I$/u.test(np))) {
    start = text.indexOf(np, start) + np.length - framed[1].length;
    np = framed[1];
  }
  // "19 youths, whom he said were part of…", "the eight Britons it says were transferred": the pronoun after the
  // relative, written or left out, is the subject
  const relative = /^(?:whom|who|which|.+\s)(he|she|they|we|it)$/.exec(np);
  if (relative) {
    const at = text.indexOf(relative[0], start);
    if (at >= 0) start = at + relative[0].length - relative[1].length;
    np = relative[1];
  }
  // "whose armed wing the army puts at…", "a figure the army denied": the relative's object comes first, the subject
  // after it
  const whose = /^(?:whose\s+(?:[\p{L}-]+\s+){1,3}?|(?:a|the)\s+(?:figure|number|toll|estimate|claim|count)\s+)((?:the|a|an)\s+.+)$/iu.exec(
    np,
  );
  if (whose) {
    const at = text.indexOf(whose[1], start);
    if (at >= 0) start = at;
    np = whose[1];
  }
  // an indefinite description after a name describes it: "The Soufan Group, a New York-based consultancy, estimates",
  // however long it is and whatever clause it holds ("Stein, a reporter who spent six years in the camps, estimates");
  // after a conjunction it opens a clause of its own ("Police declined to comment, but a force spokeswoman said")
  if (/^an?\s/i.test(np) && cut >= 0 && body[cut] === ',' && !CLAUSE_CONJUNCTION.test(body.slice(cut + 1))) {
    const before = body.slice(0, cut);
    const named = trimNp(
      before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('“'), before.lastIndexOf('"')) + 1).replace(CONNECTOR, ''),
    );
    // (a sentence adverb or a participle's phrase before it is no name: "Separately, an army spokesman said")
    if (
      /^(?:the\s+)?[\p{Lu}]/u.test(named) &&
      !/^\p{Lu}\p{Ll}+ly$/u.test(named) &&
      !SENTENCE_ADVERB.test(named) &&
      !FRONTED_PARTICIPLE.test(named) &&
      plausibleSubject(named) &&
      named.split(/\s+/).length <= 12
    ) {
      const offset = text.indexOf(named, s.start);
      return { np: named, start: offset >= 0 ? offset : start };
    }
  }
  // a relative clause that describes the subject is no part of its name: "a UN working group that visited in 2015 (spoke
  // of…)" is the working group
  const that = np.lastIndexOf(' that ');
  if (that > 0 && relativeThat(np, that) && plausibleSubject(np.slice(0, that))) np = np.slice(0, that);
  if (!plausibleSubject(np)) return null;
  // a role before the name: "The UN’s humanitarian coordinator for Syria, Panos Moumtzis, …"
  if (personName(np) && cut >= 0) {
    const before = body.slice(0, cut);
    // (a transcript's speaker label or a heading ends at its colon: "CORRESPONDENT (Pemba): The army's commander, Col X")
    const written = before.slice(
      Math.max(
        before.lastIndexOf(','),
        before.lastIndexOf('“'),
        before.lastIndexOf('"'),
        before.lastIndexOf(':'),
        before.lastIndexOf(';'),
      ) + 1,
    );
    const role = trimNp(written.replace(CONNECTOR, ''));
    // a phrase of place, time or means before the name is no role of it: "In a report released on Tuesday, the UN
    // Monitoring Team said" (its role noun "report" made the chain "report released on Tuesday, the UN Monitoring Team")
    const adverbial = ADVERBIAL_LEAD.test(written);
    if (
      role &&
      !adverbial &&
      ROLE_WORDS.test(role) &&
      role.split(/\s+/).length <= 10 &&
      plausibleSubject(role) &&
      !personName(role)?.includes(' ')
    ) {
      const chain = `${role}, ${np}`;
      const offset = text.indexOf(chain, s.start);
      if (offset >= 0) return { np: chain, start: offset };
    }
  }
  // an appositive before a role: "Ayob Khan Mydin Pitchay, head of counterterrorism at Special Branch, …, said" (a
  // colon before the subject ends what came before: "Legislation, Law Enforcement: The Service reported")
  // (…and a speaker's label before its colon is no appositive of the subject after it: "Mr. Ronan Keogh: On the consular
  // side, the Department is aware of…", nor is a name a pronoun's: "Q: Mr Kamara, you told the investigators…" is a
  // vocative)
  if (!personName(np) && !/^(?:you|he|she|we|they|i|it)$/i.test(np) && cut >= 0 && body[cut] === ',') {
    const segments = body.slice(body.lastIndexOf(':', cut) + 1, cut).split(',');
    for (let k = 0; k < segments.length && k < 4; k++) {
      const seg = trimNp(segments[k].replace(/^.*[“”"]/, ''));
      const whole = trimNp(body.slice(0, cut)).split(/\s+/).length;
      if (whole > 30) break;
      const person = personName(seg);
      if (person && (person.includes(' ') || HONORIFIC_FIRST.test(seg)) && plausibleSubject(seg) && seg.split(/\s+/).length <= 8) {
        // the mention runs from the chain's start to the name: "The head of the security service, Mahamat Idriss"
        const chain = trimNp(
          segments
            .slice(0, k + 1)
            .join(',')
            .replace(/^.*[“”"]/, '')
            .replace(CONNECTOR, ''),
        );
        // (a clause before the name is no part of it: "Some 320 are in custody, John Doe, the interior minister, said")
        const np = chain.split(/\s+/).length <= 14 && k <= 1 && plausibleSubject(chain) ? chain : seg;
        const offset = text.indexOf(np, s.start);
        return { np, start: offset >= 0 ? offset : start };
      }
    }
  }
  const offset = text.indexOf(np, start);
  return { np, start: offset >= 0 ? offset : start };
}
