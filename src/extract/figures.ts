/**
 * From numbers to figures: the qualifier that bounds a number ("over 300" → more_than), ranges ("400-500",
 * "between 20 and 30", "two or three"), and the rules that turn away numbers that do not count people (years,
 * dates, times, durations, ages, percentages, money, distances, ratios, footnote markers, labels, things).
 */
import { APPROXIMATION_RULES } from '../claims/approximation';
import type { CandidateApproximation } from './candidate';
import { nounKind, pluralOfPerson, sharesThings } from './nouns';
import { topicBefore } from './topic';
import { columnCounts, listItemCounts } from './layoutCounts';
import { numberWord, type NumberMention, SCALES } from './numbers';
import { distractorKind } from './distractors';
import { thingNoun } from './thingNouns';
import { objectComplement, type StatusHit, statusesIn } from './metric';
import { Figure, FigureContext, nounAfter } from './figureContext';
import type { Sentence, Word } from './text';
import { STOP } from './wordLists';

export interface Rejection {
  number: NumberMention;
  kind: string;
}

// Qualifier → approximation, longest wording first; matched against the words just before the number.
const QUALIFIERS: [RegExp, CandidateApproximation][] = [
  [/(?:^|[^\p{L}])((?:well|just|slightly|far|a little) (?:over|above|more than|in excess of))\s+$/iu, 'more_than'],
  [/(?:^|[^\p{L}])((?:just|slightly|a little) (?:under|below|fewer than|less than))\s+$/iu, 'less_than'],
  [/(?:^|[^\p{L}])(no (?:fewer|less) than|at least|a minimum of|not less than|not fewer than)\s+$/iu, 'at_least'],
  [
    /(?:^|[^\p{L}])(no more than|not more than|up to|as many as|as high as|as much as|at most|a maximum of|at the (?:very )?most)\s+$/iu,
    'at_most',
  ],
  // ("handed over 142 persons", "took over 30 …": the particle of a verb, not a bound)
  [
    /(?:^|[^\p{L}])(more than|upwards? of|(?<!\b(?:hand|hands|handed|handing|turn|turns|turned|turning|took|taken|takes|taking|pass|passed|passes|passing|sign|signed|signs|signing|won|brought)\s)over|above|in excess of|topped|exceeded|exceeds|exceeding|surpassed|north of)\s+$/iu,
    'more_than',
  ],
  [/(?:^|[^\p{L}])(fewer than|less than|under|below|short of)\s+$/iu, 'less_than'],
  [
    /(?:^|[^\p{L}])(an estimated|estimated|about|around|some|approximately|roughly|nearly|almost|close to|closer to|nearer to|nearer|circa|ca\.|approx\.|more or less|an approximate|approximate|something like|in the region of|in the order of|on the order of|of the order of|the best part of)\s+$/iu,
    'approximately',
  ],
  // a sign for "about" set against the number: "~300", "≈ 450", "c. 200"
  [/(?:^|[\s(])([~≈∼]|\bc\.)\s*$/u, 'approximately'],
];
/** A qualifier set after the number: "8,500+", "300 plus", "300-plus", "40-odd", "a dozen or so", "30 or more", "ten or fewer". */
const SUFFIX_QUALIFIER = /^(?:\+|(?:\s+|-)plus\b|-odd\b|\s+or\s+(?:so|more|fewer|less)\b)/i;
const HEDGES = /(?:^|[^\p{L}])(just|only|merely|a mere|even|still|another|a further|an additional|a total of|in total)\s+$/iu;
const CHANGE_VERBS =
  /\b(rose|risen|rise|rising|grew|grown|grow|increased|increase|jumped|jump|climbed|fell|fallen|dropped|declined|decreased|doubled|tripled|went|gone|going|surged|soared|swelled|shrank|shrunk|reduced|expanded|exploded|up|down|revised)\b/i;

const PEOPLE_PREDICATE =
  /^[^.;:()]{0,80}?\b((?:were|(?:have|had|has)\s+(?:since\s+|already\s+|now\s+|also\s+|all\s+)?been|was|are|is|remain|remains|remained)\s+(?:all\s+|also\s+|since\s+|still\s+|later\s+|now\s+|reportedly\s+|being\s+)?(?:repatriated|fighting\s+(?:in|for|with|alongside)\b|returned|arrested|detained|killed|charged|indicted|convicted|sentenced|deported|extradited|transferred|handed\s+over|brought\s+(?:back|home)|abducted|kidnapped|held|freed|rescued|released|wounded|injured|executed|jailed|imprisoned|captured|recruited|evacuated|missing|in\s+custody|in\s+detention|behind\s+bars|at\s+large|(?:women|children|men|minors|girls|boys|foreigners|foreign\s+nationals)(?![\p{L}'’])))/iu;
/**
 * What only people do, told right after a bare number as its verb: "250 have returned since 2019", "Some 120 have left
 * for Syria", "About 90 surrendered to the army", "More than 400 had travelled to Iraq".
 */
const PEOPLE_DEED =
  /^\s+((?:(?:have|has|had)\s+(?:(?:since|already|now|also|reportedly|so\s+far|all|subsequently)\s+)?)?(?:returned|died|left|travell?ed|fled|joined|surrendered|defected|deserted|absconded|escaped|come\s+(?:back|home)|(?:gone|went)\s+(?:to|abroad|back|home)|been\s+radicali[sz]ed))\b/i;
/**
 * Where only people stay, told right after a bare number: "37 remain in Roj and al-Hol", "12 remained in Syria", "40
 * still remain in the camps" — a named place (capitalised) or a place of custody after "remain".
 */
const REMAIN_IN_PLACE = /^\s+((?:still\s+)?remain(?:s|ed)?\s+(?:in|at)\s+(?:the\s+)?(?:\p{Lu}|camps?\b|prisons?\b|jails?\b))/u;
/**
 * A relative clause right after a bare number: "who" is said of people only ("identified 120 who left for Iraq", "Of the
 * 300 who travelled, …", "monitoring 85 who came back").
 */
const WHO_AFTER = /^\s+(who|whom)\b/i;
/**
 * Where only people are held, or the terms they are held on, right after a bare number with no verb: "43 in custody and
 * 12 on bail", "nine behind bars", "14 still at large", "three under house arrest" (a list's verbless clauses).
 */
const HELD_AFTER =
  /^\s+((?:still\s+|now\s+)?(?:in\s+(?:police\s+|pre-?trial\s+)?custody|in\s+(?:pre-?trial\s+)?detention|behind\s+bars|on\s+(?:bail|remand|parole|death\s+row)|at\s+large|under\s+(?:house\s+arrest|(?:administrative|judicial)\s+(?:control|supervision)|(?:a\s+)?control\s+orders?)|in\s+(?:prison|jail)s?)\b)/i;
/**
 * What a share standing as a subject says of people: "half have returned", "a third were women", "half are believed dead",
 * "roughly a third were killed", "Around half came from Uzbekistan", "half were from Tajikistan".
 */
const SHARE_PREDICATE =
  /^\s+((?:have|has|had|were|are|was|is)\s+(?:since\s+|already\s+|now\s+|also\s+|all\s+|reportedly\s+|later\s+|subsequently\s+)?(?:returned|died|come\s+(?:back|home)|been\s+(?:killed|arrested|repatriated|detained|convicted|charged|released|freed|deported|extradited)|(?:killed|arrested|detained|charged|convicted|sentenced|repatriated|jailed|imprisoned|deported|extradited|executed|wounded|injured|released|freed|prosecuted)\b(?!\s+by\s+\d)|from\s+\p{Lu}|believed\s+(?:dead|killed|to\s+have)|thought\s+to\s+have|women|children|men|minors|girls|boys|under\s+the\s+age|foreign(?:ers)?\b|nationals|dead|still\s+(?:in|at\s+large|fighting|held))|returned|died|came\s+from|fled|travell?ed|left\s+for|joined)\b/iu;
/**
 * The verb a bare number is the subject of, right after it (adverbs and a hedge at most between): "150 are believed to
 * remain in the camps", "Nine came back in 2024", "a further 23 are awaiting trial", "14 still at large". What the
 * verb's own clause says of them is read with the ledger's statuses (metric.ts), one list: a strong status there makes
 * the number a count of people (statusOfBareSubject).
 */
const BARE_SUBJECT_VERB =
  /^\s+(?:(?:still|also|now|later|reportedly|since|already|all|so\s+far|subsequently|currently|each|then|too)\s+)*(?:(?:are|were|is|was|have|has|had|remain(?:s|ed)?|came|come|stay(?:s|ed)?|face[sd]?|await(?:s|ed)?|serve[sd]?)\b|still\b)/i;
/** Where the subject's own clause ends: a stop, a comma, or a word that opens another clause. */
const OWN_CLAUSE_END = /[.;:!?,()\n]|\s(?:and|but|while|whereas|when|after|before|because|although|though|than|as\s+(?!well\b))\s/i;
/** A capitalised plural right after a number, no name's first word before another capitalised one: " Kazakhs". */
const UNNAMED_PEOPLE = /^\s+(\p{Lu}\p{Ll}+s)(?=\s+\p{Ll}|,)/u;
/**
 * A breakdown of the people a bare number counts, set after it by a comma or a dash: ", most of them women", ", including
 * 30 foreigners", " — among them 90 children", ", of whom 12 are minors". The word it ends on is what is counted.
 */
const APPOSITIVE_BREAKDOWN =
  /^\s*[,—–]\s*(?:including\s+|among\s+(?:them|whom)\s+|of\s+whom\s+|(?:most|many|some|all|half|nearly\s+all|almost\s+all|the\s+majority|a\s+majority|a\s+third|two[-\s]thirds|a\s+quarter|about\s+half|around\s+half|more\s+than\s+half|\d[\d,.]*)\s+of\s+(?:them|whom)\s+(?:(?:are|were|being)\s+)?)(?:(?:about|some|around|nearly|more\s+than|at\s+least|over)\s+)?(?:\d[\d,.]*\s+)?([\p{L}-]+)/iu;
const PART_QUALIFIER = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|at\s+least|fewer\s+than|less\s+than|up\s+to|only|just|another|a\s+further)\s+)?`;
/** "of whom", "among whom": a part of people named before; "of them", "among them", "of these": when people were. */
const PART_OF_PRONOUN = new RegExp(String.raw`\b(?:of|among)\s+(whom|them|these|those)\s*,?\s*${PART_QUALIFIER}$`, 'i');
/** The rest of people counted before: "the remaining 16", "the other 28" (not "the last six", the latest of them). */
export const REMAINDER = /\bthe\s+(remaining|other)\s+$/i;
/** A clause opened by the whole it is a part of: "Of the 28 women, …", "Of those charged, …", "Among the returnees, …". */
const PART_OF_WHOLE = new RegExp(
  String.raw`(?:^|[;:\n]\s*|\b(?:and|but|while)\s+)(?:of|among)\s+(?:the|these|those|all|its|their)?\s*(?:[\d,.]+\s+)?((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s*,\s*${PART_QUALIFIER}$`,
  'iu',
);

/**
 * The whole of people a bare number is a part of, when the words just before it say so: "of whom"; "among them" after a
 * figure counted in its sentence or the one before; a clause opened by "Of the 28 women," or "Of those sentenced,".
 */
function partOfPeopleBefore(ctx: FigureContext, s: Sentence, at: number): string | null {
  const lead = ctx.text.slice(s.start, at);
  const pronoun = PART_OF_PRONOUN.exec(lead) ?? REMAINDER.exec(lead);
  if (pronoun) {
    if (pronoun[1].toLowerCase() === 'whom') return pronoun[0].trim();
    const floor = ctx.sentences[Math.max(0, ctx.sentenceIndex(s) - 1)].start;
    const before = ctx.accepted.some((f) => f.start >= floor && f.end <= at);
    return before ? pronoun[0].trim() : null;
  }
  const whole = PART_OF_WHOLE.exec(lead);
  if (!whole) return null;
  // the whole is people when a word of it is a people noun or a plural demonym ("Of the 28 women who enrolled", "Of
  // the Tajiks,"), or "those" a status makes people ("Of those sentenced,")
  const from = s.start + whole.index + whole[0].indexOf(whole[1]);
  for (let i = ctx.wordIndexAt(from); i < ctx.words.length && ctx.words[i].end <= from + whole[1].length; i++) {
    const w = ctx.words[i];
    const demonym = ctx.demonymAt(w.start);
    if (nounKind(w.lower) === 'people' || (demonym && /s$/.test(demonym.text))) return whole[0].trim();
  }
  return /^(?:of|among)\s+those\s+(?:[\p{L}-]+\s+)?(?:sentenced|indicted|tried|jailed|imprisoned|released|extradited|prosecuted|convicted|charged|arrested|detained|returned|repatriated|deported|killed|wounded|injured)\b/iu.test(
    whole[0].replace(/^[^\p{L}]*(?:(?:and|but|while)\s+)?/iu, ''),
  )
    ? whole[0].trim()
    : null;
}

/** A coordinated count whose verb and noun are left out: ", and" before it, a complement of place, time or law after. */
const GAP_BEFORE = new RegExp(String.raw`(?:,|;|\band|\bwhile|\bwhereas|\bbut)\s+${PART_QUALIFIER}$`, 'i');
const GAP_AFTER = /^\s+(?:under|in|on|at|from|during|since|last|this|earlier|later)\b/i;

/**
 * A number whose verb and people a coordinated clause leaves out, as they are the figure's before it in the sentence: "11
 * have been convicted under section 136 a and one under section 147 d", "two have been convicted, one in 2021 and one
 * last year" (a bare number of people before it, which gives no noun to read). The number follows a comma or a
 * conjunction and is followed by a complement of law, place or time, after a figure of people of its own sentence.
 */
function gappedCount(ctx: FigureContext, s: Sentence, start: number, end: number): { noun: null; reason: string } | null {
  if (!GAP_BEFORE.test(ctx.text.slice(s.start, start))) return null;
  const before = ctx.accepted.filter((f) => f.sentence === s && f.end <= start).pop();
  if (!before) return null;
  // the complement repeats the preposition of the clause before, whose verb it leaves out: "30 were convicted of
  // terrorist offences and 20 of extremist offences", "12 were sentenced to life and three to ten years"
  const parallel = /^\s+(of|to|for|with)\s/i.exec(ctx.text.slice(end, s.end));
  const repeated = parallel && new RegExp(String.raw`\s${parallel[1]}\s`, 'i').test(ctx.text.slice(before.end, start));
  if (!repeated && !GAP_AFTER.test(ctx.text.slice(end, s.end))) return null;
  return { noun: null, reason: `the people of "${ctx.text.slice(before.start, before.end)}" before it, its verb left out` };
}

/**
 * People who serve: security forces, stewards, staff. Counted on duty, deployed or employed they are a force's or an
 * institution's size, not a claim; only what was done to them or what they did against the law makes them counted
 * ("12 soldiers were killed", "three officers arrested for leaking files").
 */
const PERSONNEL =
  /^(?:officers|policemen|policewomen|police|soldiers|troops|servicemen|guards|stewards|staff|personnel|employees|workers|doctors|nurses|teachers|gendarmes|peacekeepers|analysts|firefighters|paramedics|rescuers|marshals|wardens|officials|diplomats|envoys|delegates|negotiators|inspectors|caseworkers|social\s+workers)$/;
/** The forces among them: troops and police, whom a state deploys and withdraws. */
const FORCES = /^(?:officers|policemen|policewomen|police|soldiers|troops|servicemen|gendarmes|peacekeepers|personnel)$/;
/**
 * People an institution or an event serves: its pupils, voters, visitors, worshippers, the people a programme reaches.
 * Counted as such they are a population, not a claim, as people who serve are a staff ("some 2,100 pupils are back at
 * school", "a market visited by 5,000 visitors a day", "the programme reached 300 participants"); the same statuses
 * make them counted ("12 pupils were killed", "40 students travelled to Syria"). (Not residents or patients: "14
 * residents of Lunel are registered in the file", "Of the 57 patients treated" are claims whose status the rules miss.)
 */
const SERVED =
  /^(?:pupils|students|voters|electors|visitors|spectators|tourists|passengers|worshippers|congregants|parishioners|beneficiaries|participants|attendees|tenants|shoppers|commuters|witnesses)$/;
/**
 * People on the move whom no metric counts as such: migrants, refugees, asylum seekers, immigrants. Counted with no
 * status they are a population ("the region hosts 4,000 asylum seekers", "some 1,200 migrants crossed last month"); the
 * same statuses make them counted ("12 migrants were arrested", "40 refugees were killed in the strike").
 */
const MIGRANTS = /^(?:migrants|refugees|asylum|immigrants|emigrants|expatriates|idps|evacuees)$/;
/**
 * The same people told by their predicate: a people noun or a demonym said to be refugees, asylum seekers, migrants or
 * displaced ("some 420,000 Malians are refugees in neighbouring states", "2,000 Afghans were now asylum seekers",
 * "40,000 villagers remain displaced"): a population as MIGRANTS's nouns are, unless a status makes them counted.
 */
const MIGRANTS_PREDICATE =
  /^\s+(?:are|were|remain|remained|live\s+as|lived\s+as|have\s+become|had\s+become|became)\s+(?:(?:now|still|currently|registered|officially|internally)\s+){0,2}(?:migrants|refugees|asylum[\s-]seekers|immigrants|emigrants|displaced|idps|evacuees)\b/i;
/**
 * A status that makes such people counted: harm, capture, justice, desertion; anywhere in the sentence before the number,
 * or in its own clause after it.
 */
const PERSONNEL_STATUS =
  /\b(?:kill(?:ed|ing|s)?|dead|died|die|deaths?|wound(?:ed|ing|s)?|injur(?:ed|ing|ies|es)|hurt|kidnapp(?:ed|ing)|abduct(?:ed|ing)|captur(?:ed|ing)|hostages?|missing|arrest(?:ed|ing|s)?|detain(?:ed|ing)|charg(?:ed|ing)|convict(?:ed|ing)|sentenc(?:ed|ing)|jailed|suspended|dismissed|sacked|fired|accused|investigat(?:ed|ion)|prosecuted|defected|deserted|joined|radicali[sz]ed|murder(?:ed|ing)|execut(?:ed|ing)|behead(?:ed|ing)|ambush(?:ed|ing)|attack(?:ed|ing)|targeted|shot|stabbed|lost|martyred|slain|fatalit(?:y|ies)|casualt(?:y|ies)|victims?|toll|(?:supreme|ultimate)\s+(?:price|sacrifice)|lives|perished|fallen|captives?|freed|rescued|surrendered)\b/i;

/**
 * Such people named as a group's own right after their noun, which counts them too: "identified 15 workers as supporters
 * of the group", "40 staff as suspected members" ("as" opens no clause of its own here).
 */
const NAMED_AS =
  /^\s*(?:[\p{L}-]+\s+){0,2}?as\s+(?:(?:suspected|possible|potential|known|active|likely|alleged)\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:supporters|members|sympathi[sz]ers|militants|extremists|jihadists|recruits|fighters|radicals|affiliates|operatives)\b/iu;

/** A verb's object figure: after "back"/"home" and a qualifier at most, a number ("brought back some 20", "arrested one"). */
const FIGURE_AFTER_VERB = String.raw`(?:back\s+|home\s+|in\s+|out\s+)?(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|at\s+least|another|a\s+further)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\b)`;

/**
 * Such people as the subject of a verb whose object is other people counted, before any "be" of their own and before a
 * relative word: the agents of what was done, not its subject ("a delegation of 6 officials flew in and brought back 20
 * children", "8 officers arrested 30 suspects"; not "12 soldiers were killed and 30 wounded", nor the object of a verb
 * before them: "an ambush killed 15 soldiers and wounded 23", nor the people before a relative clause whose verb is
 * another subject's: "Three officers injured in the attack that killed five civilians").
 */
const AGENTS_OF_FIGURE = new RegExp(
  String.raw`^(?:(?!\b(?:is|are|was|were|been|being|be|that|which|who|whom|whose)\b)[^,;:.])*?\s(?:\p{L}+ed|brought|took|caught|held|freed|shot|led|sent|flew|fought|won|drove|escort(?:ed)?)\s+${FIGURE_AFTER_VERB}`,
  'iu',
);

/** A verb's object right after it: a number, after "back"/"home" and a qualifier at most ("arrested 30", "brought back some 20"). */
const TAKES_FIGURE = new RegExp(String.raw`^\s+${FIGURE_AFTER_VERB}`, 'i');

/**
 * A status the ledger reads (metric.ts's, one list) right after the people's noun, as what was done to them: "Three
 * officers injured in the attack", "four soldiers wounded"; not when the word is their own verb with a figure for its
 * object ("8 officers arrested 30 suspects").
 */
function statusOfNoun(text: string, noun: Word, s: Sentence): boolean {
  return statusesIn(text, noun.end, s.end).some(
    (h) => /^\s+$/.test(text.slice(noun.end, h.start)) && !TAKES_FIGURE.test(text.slice(h.end, s.end)),
  );
}

/** A verb right before the number, whose object the people are: "killed ", "shot at least ". */
const OBJECT_OF_VERB =
  /(?:\p{L}{2,}ed|\b(?:shot|hit|took|held|caught|freed|brought|sent|led|left))\s+(?:(?:some|about|around|nearly|almost|roughly|at\s+least|more\s+than|over)\s+)?$/iu;
/** Such people as the source of what follows: "Two officials said 300 fighters had returned" counts the fighters only. */
const SPEAKING =
  /^\s+(?:(?:also|later|then|have|has|had)\s+)?(?:said|say|says|told|tell|tells|confirmed|confirm|estimated|estimate|estimates|believe|believed|reported|added|warned|stated|explained|noted)\b/i;

/** Where a clause after the number begins: a subordinating word or a semicolon. */
const CLAUSE_AFTER = /[;:]|\b(?:when|while|whereas|after|before|because|where|until|as\s+(?!well\b))\b/i;

/** Where the number's own clause may open before it: a relative or subordinating word, or a semicolon. */
const CLAUSE_BEFORE = /[;:]|\b(?:which|who|whom|whose|where|when|while|whereas|because|but)\b/gi;

/**
 * Whether a count of personnel ("120 police officers were on duty") or of people served ("treated 1,150 patients") has
 * no status that would make it a claim.
 */
function personnelOnly(ctx: FigureContext, s: Sentence, start: number, end: number, noun: Word): boolean {
  const migrants = MIGRANTS.test(noun.lower) || MIGRANTS_PREDICATE.test(ctx.text.slice(noun.end, s.end));
  if (!PERSONNEL.test(noun.lower) && !SERVED.test(noun.lower) && !migrants) return false;
  // after the number, its own clause only: "120 officers were on duty when the attacker wounded four fans"
  const after = ctx.text.slice(end, Math.min(s.end, end + 100));
  if (NAMED_AS.test(ctx.text.slice(noun.end, s.end))) return false;
  const object = OBJECT_OF_VERB.test(ctx.text.slice(Math.max(s.start, start - 40), start));
  const agents = !object && !statusOfNoun(ctx.text, noun, s) && AGENTS_OF_FIGURE.test(ctx.text.slice(noun.end, s.end));
  if (agents || SPEAKING.test(ctx.text.slice(noun.end, s.end))) return true;
  const own = after.slice(0, CLAUSE_AFTER.exec(after)?.index ?? after.length);
  // before it, from where its own clause opens: "a fight after which 3 were charged, in which 8 officers were called"
  const lead = ctx.text.slice(s.start, start);
  const opens = [...lead.matchAll(CLAUSE_BEFORE)].pop();
  const from = opens ? s.start + opens.index! : s.start;
  // (any status the ledger reads, metric.ts's STATUS, weak ones too, counts them: "massacred", "in custody", "the remains
  // of", "travelled to Syria", "recruited", "left to join")
  // (troops or police who travel or leave are deployed or withdrawn, not travellers: "About 1,000 U.S. soldiers left
  // the country in 2024"; joining a group or fighting for it counts them, and other staff who went are travellers:
  // "12 doctors were among those who went to Syria")
  const deployed = (h: StatusHit) =>
    FORCES.test(noun.lower) && h.metric === 'foreign_fighters' && /^(?:travel|went|gone|left|headed)/i.test(h.words);
  const stated = (a: number, b: number) => statusesIn(ctx.text, a, b).some((h) => !deployed(h));
  if (stated(from, start) || stated(end, end + own.length)) return false;
  return !PERSONNEL_STATUS.test(opens ? lead.slice(opens.index) : lead) && !PERSONNEL_STATUS.test(own);
}

/** A number set against another before it, with no noun of its own: "31 attacks this year, against 19 last year". */
const COMPARED =
  /\b(?:against|compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?$/i;

/**
 * Whether a number set against an earlier one of its sentence, with no noun of its own, compares a count of things or
 * a population: it counts what that number counts ("62 burglaries this year, against 48 last year", "2,100 employees on
 * site, against 2,900 before the attack"). Only when the sentence counts things or a population before it and no people
 * at all: with people before ("2,318 residents in 641 households, down from 2,455") the number may be set against
 * either, so it is read as before.
 */
function comparedWithThings(ctx: FigureContext, numbers: NumberMention[], k: number, rejected: Rejection[], s: Sentence): boolean {
  const n = numbers[k];
  if (!COMPARED.test(ctx.text.slice(Math.max(s.start, n.start - 30), n.start))) return false;
  if (nounAfter(ctx, n.end, s)) return false;
  let things = false;
  for (let j = k - 1; j >= 0; j--) {
    const m = numbers[j];
    if (ctx.accepted.some((f) => f.number === m || f.upper === m)) return false;
    if (rejected.some((x) => x.number === m && (x.kind === 'count_not_people' || x.kind === 'population'))) things = true;
  }
  return things;
}

/**
 * Whether "them" after the number ("24 of them", "two of them involving explosive devices") stands for a count of things:
 * a count before it in its sentence counted a thing noun ("4 access incidents"), and nothing there may be its people:
 * no figure of people, no people noun ("Most of the returnees came in 3 convoys; 14 of them are minors", "9,871
 * fighters from 102 countries, 1,108 of them").
 */
function partOfThings(ctx: FigureContext, n: NumberMention, s: Sentence, end: number, rejected: Rejection[]): boolean {
  if (nounAfter(ctx, end, s)?.via !== 'them') return false;
  const floor = s.start;
  const things = rejected.filter((r) => r.kind === 'count_not_people' && r.number.start >= floor && r.number.end <= n.start).pop();
  if (!things || nounAfter(ctx, things.number.end, s)?.kind !== 'thing') return false;
  if (ctx.accepted.some((f) => f.start >= floor && f.end <= n.start)) return false;
  for (let i = ctx.wordIndexAt(floor); i < ctx.words.length && ctx.words[i].end <= n.start; i++)
    if (nounKind(ctx.words[i].lower) === 'people') return false;
  return true;
}

/** Whether the number, with its qualifier if any, stands alone between quotation marks: "more than 300", “about 800”. */
function quotedWhole(text: string, s: Sentence, start: number, end: number): boolean {
  const close = /^["”'’](?![\p{L}\d])/u.exec(text.slice(end, end + 2))?.[0];
  if (!close) return false;
  const from = qualifierOf(text, s, start)?.start ?? start;
  // (single marks pair with single marks, an opening one after a space: not an apostrophe)
  const open = close === '"' || close === '”' ? /["“]$/ : /(?:^|[\s(])['‘]$/;
  return open.test(text.slice(Math.max(s.start, from - 2), from));
}

/** A count of prison or death sentences told as passed on people: "11 life sentences were handed down". */
const SENTENCES_PASSED =
  /^\s+(?:life|death|prison|jail|custodial)\s+sentences\s+(?:were|have\s+been|had\s+been)\s+(?:handed\s+down|imposed|passed|pronounced|issued|given|delivered|meted\s+out)\b/i;

/** …and passed in the active voice: "The court handed down 11 life sentences", "a judge imposed 3 death sentences". */
const SENTENCES_AFTER = /^\s+(?:life|death|prison|jail|custodial)\s+sentences\b/i;
const PASSED_BEFORE =
  /\b(?:handed\s+down|hands\s+down|handing\s+down|imposed|imposes|passed|passes|pronounced|pronounces|delivered|meted\s+out|issued)\s+(?:a\s+total\s+of\s+|about\s+|around\s+|some\s+|more\s+than\s+|at\s+least\s+)?$/i;

/**
 * Whether the words before a number count things and name no people: "60 convoys left the city; half were stopped at
 * checkpoints" (its sentence, else the sentence before when its own names nothing before the number).
 */
function thingsCountedBefore(ctx: FigureContext, s: Sentence, at: number): boolean {
  const counts = (from: number, to: number): 'people' | 'thing' | null => {
    let things = false;
    for (let i = ctx.wordIndexAt(from); i < ctx.words.length && ctx.words[i].end <= to; i++) {
      const w = ctx.words[i];
      const demonym = ctx.demonymAt(w.start);
      const kind = nounKind(w.lower);
      if (kind === 'people' || (demonym && /s$/.test(demonym.text))) return 'people';
      const before = ctx.words.slice(Math.max(0, i - 2), i).filter((b) => b.start >= from);
      if (kind === 'thing' && before.some((b) => /^\d[\d,.]*$/.test(b.lower) || numberWord(b.lower) !== null)) things = true;
    }
    return things ? 'thing' : null;
  };
  const own = counts(s.start, at);
  if (own) return own === 'thing';
  const idx = ctx.sentenceIndex(s);
  const previous = idx > 0 ? ctx.sentences[idx - 1] : null;
  return !!previous && previous.block === s.block && counts(previous.start, previous.end) === 'thing';
}

/**
 * The verb right before a bare number, its particle and a qualifier at most between: "jailed 43 for", "extradited 17 to
 * France", "rounded up another 19" (objectOfStatus).
 */
const VERB_BEFORE = new RegExp(String.raw`(?:^|\s)(\p{L}+(?:\s+(?:up|over|back|home|down))?)\s+${PART_QUALIFIER}$`, 'iu');

/** The strong status (metric.ts) the verb a bare number is the object of says, if any (VERB_BEFORE). */
function objectOfStatus(ctx: FigureContext, s: Sentence, start: number): string | null {
  const verb = VERB_BEFORE.exec(ctx.text.slice(Math.max(s.start, start - 60), start));
  if (!verb) return null;
  const from = Math.max(s.start, start - 60) + verb.index + verb[0].indexOf(verb[1]);
  const status = statusesIn(ctx.text, from, from + verb[1].length).find((h) => h.strong && !GIVES_THINGS_TOO.test(h.words))?.words ?? null;
  return status && !thingsCountedBefore(ctx, s, start) ? status : null;
}
/** Verbs of a status that take money or goods as readily as people: "transferred 400 to the account", "held 12". */
const GIVES_THINGS_TOO = /^(?:transferred|handed\s+over|returned|held)$/i;

/** The strong status (metric.ts) of the clause a bare number is the subject of, if any (BARE_SUBJECT_VERB). */
function statusOfBareSubject(ctx: FigureContext, s: Sentence, start: number, end: number): string | null {
  const { text } = ctx;
  const after = text.slice(end, Math.min(s.end, end + 120));
  const verb = BARE_SUBJECT_VERB.exec(after);
  if (!verb) return null;
  const rest = after.slice(verb[0].length);
  const own = verb[0].length + (OWN_CLAUSE_END.exec(rest)?.index ?? rest.length);
  const status = statusesIn(text, end, end + own).find((h) => h.strong)?.words ?? null;
  return status && !thingsCountedBefore(ctx, s, start) ? status : null;
}

/** "with" before "one", a qualifier at most between: what somebody has, not a count ("with at least one parent"). */
const WITH_ONE = /\bwith\s+(?:at\s+least\s+|only\s+|just\s+|exactly\s+)?$/i;

/** Where a clause opens before "one": its sentence's start, a comma, a semicolon, a colon or a conjunction. */
const ONE_OPENS = /(?:^[^\p{L}\d]*|[,;:]\s*|\b(?:and|but|while|whereas)\s+)$/iu;

/** A person named in the singular after "one" (nouns.ts, pluralOfPerson), up to two modifiers before it and no stop word. */
function singlePersonAfter(ctx: FigureContext, s: Sentence, end: number): Word | null {
  const first = ctx.wordIndexAt(end);
  for (let i = first; i < Math.min(ctx.words.length, first + 3); i++) {
    const w = ctx.words[i];
    if (w.start >= s.end || /[^\s-]/.test(ctx.text.slice(i === first ? end : ctx.words[i - 1].end, w.start))) return null;
    if (pluralOfPerson(w.lower)) return w;
    if (STOP.has(w.lower) || nounKind(w.lower)) return null;
  }
  return null;
}

/**
 * A bare number as the subject of what is believed or said of people, or of people nobody can find: "At least 200 are
 * believed to have travelled to Iraq", "some 70 are thought to be fighting in Syria", "40 are believed to be in Syria",
 * "12 remain unaccounted for". The belief's clause says what people do or where they are: a status the ledger reads,
 * weak ones too (metric.ts), or being in a named place.
 */
const BELIEVED_SUBJECT =
  /^\s+(?:(?:still|also|now)\s+)?(?:(?:are|were|is|was)\s+(?:(?:also|now|still|widely|generally)\s+)?(?:believed|thought|said|estimated|reported|known|understood|presumed|feared|suspected|assumed)\s+to\s+|(?:are|were|remain(?:s|ed)?)\s+(?:still\s+)?unaccounted\s+for\b)/i;
const IN_NAMED_PLACE = /^\s*(?:(?:still|now)\s+)?(?:be|remain|stay|live)\s+(?:(?:still|now)\s+)?in\s+(?:the\s+)?\p{Lu}/u;

function believedOfPeople(ctx: FigureContext, s: Sentence, start: number, end: number): string | null {
  const after = ctx.text.slice(end, Math.min(s.end, end + 120));
  const verb = BELIEVED_SUBJECT.exec(after);
  if (!verb || thingsCountedBefore(ctx, s, start)) return null;
  if (!/\bto\s+$/.test(verb[0])) return verb[0].trim();
  const rest = after.slice(verb[0].length);
  const own = rest.slice(0, OWN_CLAUSE_END.exec(rest)?.index ?? rest.length);
  const from = end + verb[0].length;
  return statusesIn(ctx.text, from, from + own.length).length > 0 || IN_NAMED_PLACE.test(own) ? `${verb[0].trim()} ${own.trim()}` : null;
}

/**
 * People a bare number is said to be, modifiers at most between: "Of the 300, 40 were Belgian nationals", "12 are
 * foreign women" (the noun a plural people noun of the lists or a plural demonym, the head of its phrase; not after
 * things counted before: "Of the 40 schools, 12 are girls’ schools").
 */
const SAID_TO_BE_PEOPLE = /^\s+(?:are|were)\s+(?:(?:all|also|mostly|mainly|largely|reportedly)\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;

function peopleItIsSaid(ctx: FigureContext, s: Sentence, end: number): Word | null {
  const first = ctx.wordIndexAt(end);
  for (let i = first + 1; i < Math.min(ctx.words.length, first + 6); i++) {
    const w = ctx.words[i];
    if (w.start >= s.end || !SAID_TO_BE_PEOPLE.test(ctx.text.slice(end, w.start))) return null;
    const demonym = ctx.demonymAt(w.start);
    const people = (nounKind(w.lower) === 'people' && /(?:s|men|children|people)$/.test(w.lower)) || (demonym && /s$/.test(demonym.text));
    if (!people) continue;
    // (a possessor or a modifier is not what it is said to be: "12 are girls’ schools", "40 were migrants boats")
    const next = ctx.words[i + 1];
    const modifier =
      /^['’]/.test(ctx.text.slice(w.end, w.end + 1)) ||
      (next &&
        next.start < s.end &&
        /^\s+$/.test(ctx.text.slice(w.end, next.start)) &&
        (nounKind(next.lower) === 'thing' || thingNoun(next.lower)));
    return modifier || thingsCountedBefore(ctx, s, end) ? null : w;
  }
  return null;
}

/** Whether the number counts people, and why; null when it counts things or nothing is known. */
function countsPeople(
  ctx: FigureContext,
  n: NumberMention,
  s: Sentence,
  end: number,
): { noun: Word | null; reason: string; topic?: { start: number; end: number } } | null {
  const noun = nounAfter(ctx, end, s);
  if (noun?.kind === 'thing' && ctx.wordIndexAt(noun.word.start) > ctx.wordIndexAt(end)) {
    // a part of people named before it, the subject of its own verb: "40 returnees, of whom 11 received prison
    // sentences", "Of the 28 women, 24 completed the courses": the thing after the verb is no noun of the number (a
    // thing right after it is: "of whom 11 percent")
    const whole = partOfPeopleBefore(ctx, s, n.start);
    if (whole) return { noun: null, reason: `a part of the people before it ("${whole}")` };
    const gapped = gappedCount(ctx, s, n.start, end);
    if (gapped) return gapped;
  }
  // "11 life sentences were handed down", "seven death sentences were passed": a sentence passed is a person sentenced
  if (
    noun?.kind === 'thing' &&
    (SENTENCES_PASSED.test(ctx.text.slice(end, s.end)) ||
      (SENTENCES_AFTER.test(ctx.text.slice(end, s.end)) && PASSED_BEFORE.test(ctx.text.slice(Math.max(s.start, n.start - 40), n.start))))
  )
    return { noun: noun.word, reason: 'sentences passed: one per person sentenced' };
  if (noun?.kind === 'people' && personnelOnly(ctx, s, n.start, end, noun.word)) {
    // people who serve found past a comma are another clause's, the number's own words before it are read as a bare
    // number's: "Some 50 Kazakhs left, officials said" (with no vocabulary, "Kazakhs" names nobody the lexicon knows)
    if (!/,/.test(ctx.text.slice(end, noun.word.start))) return null;
  } else if (noun) return noun.kind === 'people' ? { noun: noun.word, reason: `counts ${noun.via}` } : null;
  // a table's cell counts what its column's heading names: "Country | Persons sought | Red notices"
  const column = columnCounts(ctx, n.start);
  if (column) return column.kind === 'people' ? { noun: null, reason: `counts what ${column.via} names` } : null;
  // "one" is a count only with a people noun after it ("one of the most worrying aspects", "one report"), or as the
  // last part of people counted before it in its sentence: "eight of them were repatriated and one remains in custody"
  if (n.kind === 'words' && n.value === 1) {
    const lastPart =
      /(?:,|\band|\bwhile|\bbut)\s+$/i.test(ctx.text.slice(s.start, n.start)) &&
      /^\s+(?:is|was|remains|remained|has|had|died|returned|escaped|fled|stays|stayed)\b/i.test(ctx.text.slice(end, s.end)) &&
      ctx.accepted.some((f) => f.sentence === s && f.end <= n.start);
    if (lastPart) return { noun: null, reason: 'the last of the people counted before it' };
    // "of the 17 persons arrested, only one had been released": a single person of people counted before it in its
    // sentence, told by what was done to them
    const onlyOne =
      /\b(?:only|just)\s+$/i.test(ctx.text.slice(s.start, n.start)) &&
      ctx.accepted.some((f) => f.sentence === s && f.end <= n.start) &&
      (PEOPLE_PREDICATE.exec(ctx.text.slice(end, s.end)) ?? PEOPLE_DEED.exec(ctx.text.slice(end, s.end)));
    if (onlyOne) return { noun: null, reason: `a single one of the people counted before it, "${onlyOne[1]}"` };
    // "one police officer was injured", "one teenager": a person named in the singular, adjectives at most between
    // (people who serve or are served, with no status, are a staff or a population as their plural is: "one witness was
    // heard"; a person somebody is "with" describes them: "children with at least one parent from Europe")
    const single = WITH_ONE.test(ctx.text.slice(s.start, n.start)) ? null : singlePersonAfter(ctx, s, end);
    const plural = single && pluralOfPerson(single.lower);
    if (single && plural && !personnelOnly(ctx, s, n.start, end, { ...single, lower: plural }))
      return { noun: single, reason: `one ${single.lower}` };
    // "Two men were arrested. One was later released", "…; one died in hospital": one of the people counted just
    // before, opening its sentence or clause, as the subject of what people do or have done to them
    if (ONE_OPENS.test(ctx.text.slice(s.start, n.start)) && !thingsCountedBefore(ctx, s, n.start)) {
      const floor = ctx.sentences[Math.max(0, ctx.sentenceIndex(s) - 1)].start;
      const deed = PEOPLE_DEED.exec(ctx.text.slice(end, s.end))?.[1] ?? statusOfBareSubject(ctx, s, n.start, end);
      if (deed && ctx.accepted.some((f) => f.start >= floor && f.end <= n.start))
        return { noun: null, reason: `one of the people counted before it, "${deed}"` };
    }
    return gappedCount(ctx, s, n.start, end);
  }
  if (n.kind === 'fraction') {
    // (a possessive is not the head: "two thirds of the camps' residents" is a share of residents)
    const of = /^\s+of\s+(whom|those|them|these|the|its|their|all)\b(?:\s+(?:[\p{L}-]+(?:['’]s?)\s+)?([\p{L}-]+)(?!['’]))?/iu.exec(
      ctx.text.slice(end, end + 50),
    );
    // "half of the budget", "a third of the country": a share of things counts no people
    if (of && of[2] && sharesThings(of[2].toLowerCase())) return null;
    if (of) return { noun: null, reason: `a share "of ${of[1]}"` };
    // "…, of whom roughly half are believed dead": the share of the people just counted
    const ofBefore = /\bof\s+(whom|them)\s*,?\s*(?:[\p{L}]+\s+){0,2}$/iu.exec(ctx.text.slice(Math.max(s.start, n.start - 30), n.start));
    if (ofBefore) return { noun: null, reason: `a share "of ${ofBefore[1]}" before it` };
    // "more than half have returned", "about half were women": a share as the subject of what people are or did
    const subject = SHARE_PREDICATE.exec(ctx.text.slice(end, s.end));
    if (subject) return { noun: null, reason: `a share of people who "${subject[1]}"` };
    // …or of what the ledger reads as a status, in the clause it is the subject of: "a quarter were later released
    // under supervision", "nearly a third remain under investigation" (statusOfBareSubject, as for a bare number)
    const status = statusOfBareSubject(ctx, s, n.start, end);
    if (status) return { noun: null, reason: `a share of people of whom "${status}" is said` };
    // "half the returnees": half with no "of", of people the noun after it names
    const halfThe = /^half$/i.test(ctx.text.slice(n.start, end).split(/\s+/).pop() ?? '')
      ? /^\s+(?:the|its|their|these|those|all)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu.exec(ctx.text.slice(end, end + 50))
      : null;
    const [first, second] = [halfThe?.[1]?.toLowerCase(), halfThe?.[2]?.toLowerCase()].map((w) => (w ? nounKind(w) : null));
    return halfThe && (first === 'people' || (first === null && second === 'people'))
      ? { noun: null, reason: `a share "${halfThe[0].trim()}"` }
      : null;
  }
  // a breakdown of people in brackets after it: "handed over 142 (27 women and 115 children)"
  const breakdown = /^\s*[([]\s*(?:including\s+|of\s+whom\s+|among\s+them\s+)?\d[\d,.]*\s+([\p{L}-]+)/iu.exec(
    ctx.text.slice(end, end + 60),
  );
  if (breakdown && nounKind(breakdown[1].toLowerCase()) === 'people')
    return { noun: null, reason: `a breakdown of ${breakdown[1]} after it` };
  // …or after a comma or a dash: "the two camps hold 43,000, most of them women and children", "detained 120, including
  // 30 foreigners", "returned 300 — among them 90 women"
  const apposition = APPOSITIVE_BREAKDOWN.exec(ctx.text.slice(end, end + 80));
  if (apposition && nounKind(apposition[1].toLowerCase()) === 'people') return { noun: null, reason: `"${apposition[0].trim()}" after it` };
  // a bare list item whose predicate is a people status: "Tajikistan 84, Kyrgyzstan 59 and Kazakhstan 37 were repatriated"
  const predicate =
    PEOPLE_PREDICATE.exec(ctx.text.slice(end, s.end)) ??
    PEOPLE_DEED.exec(ctx.text.slice(end, s.end)) ??
    REMAIN_IN_PLACE.exec(ctx.text.slice(end, s.end)) ??
    HELD_AFTER.exec(ctx.text.slice(end, s.end)) ??
    WHO_AFTER.exec(ctx.text.slice(end, s.end));
  if (predicate) return { noun: null, reason: `no noun after it; "${predicate[1]}" says it counts people` };
  const status = statusOfBareSubject(ctx, s, n.start, end);
  if (status) return { noun: null, reason: `no noun after it; its verb's "${status}" says it counts people` };
  const believed = believedOfPeople(ctx, s, n.start, end);
  if (believed) return { noun: null, reason: `no noun after it; "${believed}" says it counts people` };
  const object = objectOfStatus(ctx, s, n.start) ?? objectComplement(ctx.text, n.start, end, s.end)?.words ?? null;
  if (object) return { noun: null, reason: `no noun after it; the object of "${object}"` };
  const whole = partOfPeopleBefore(ctx, s, n.start);
  if (whole) return { noun: null, reason: `a part of the people before it ("${whole}")` };
  const gapped = gappedCount(ctx, s, n.start, end);
  if (gapped) return gapped;
  // a figure quoted whole, qualifier and all, is somebody's count: the ministry spoke of "more than 300"
  if (quotedWhole(ctx.text, s, n.start, end)) return { noun: null, reason: 'a figure quoted whole' };
  // an item of a list or a table: its label, else its list's lead ("Detentions\n- Tashkent region: 44")
  const item = listItemCounts(ctx, n.start, s);
  if (item?.kind === 'people') return { noun: null, reason: `no noun after it; ${item.via}`, topic: item.lead };
  // a small number reads its people in its own paragraph only (topicBefore), unless it is a number word opening its
  // sentence, as prose spells out a count under ten: "Three were later freed" goes on from the paragraph before
  const opening = n.kind === 'words' && /^[^\p{L}\d]*$/u.test(ctx.text.slice(s.start, n.start));
  const topic = topicBefore(ctx, n.start, end, s, opening ? null : n.value);
  if (topic?.kind === 'people') return { noun: null, reason: `no noun after it; the ${topic.via} before it`, topic: topic.span };
  // (last, when nothing else read it) a capitalised plural no vocabulary knows, then what only people do or have done to
  // them: a nationality or a people the ledger has no word for ("Some 50 Kazakhs left for Syria" read with no
  // vocabulary, "90 Circassians left", "30 Pashtuns joined the group")
  const unnamed = UNNAMED_PEOPLE.exec(ctx.text.slice(end, s.end));
  if (unnamed && nounKind(unnamed[1].toLowerCase()) === null && !thingNoun(unnamed[1].toLowerCase())) {
    const at = end + unnamed[0].length;
    const deed = unnamedPeopleDeed(ctx.text.slice(at, s.end)) ?? statusOfBareSubject(ctx, s, n.start, at);
    if (deed) return { noun: null, reason: `"${unnamed[1]}", then "${deed}", which says it counts people` };
  }
  // (last too) people it is said to be: "Of the 300, 40 were Belgian nationals"
  const named = peopleItIsSaid(ctx, s, end);
  if (named) return { noun: null, reason: `no noun after it; said to be ${named.lower}` };
  return null;
}

/**
 * What only people do, after a capitalised plural no vocabulary knows: a deed only people do ("defected", "have been
 * radicalised"), or a going that names where or nothing ("left for Syria", "joined Islamic State", "returned home",
 * "left, officials said"). Machines go too: "About 40 Bayraktars joined the operation", "15 Chinooks fled the storm" (review46).
 */
function unnamedPeopleDeed(after: string): string | null {
  const deed = PEOPLE_DEED.exec(after);
  if (!deed) return null;
  if (/(?:surrendered|defected|deserted|absconded|radicali[sz]ed)$/i.test(deed[1])) return deed[1];
  const where = /^\s+(?:(?:for|to|from|into|in)\s+)?(?:(?:the\s+)?\p{Lu}|home\b|abroad\b|back\s+home\b)|^\s*(?:[,.;:]|$)/u.test(
    after.slice(deed[0].length),
  );
  return where || /(?:come\s+(?:back|home)|gone\s+abroad)$/i.test(deed[1]) ? deed[1] : null;
}

function qualifierOf(text: string, s: Sentence, at: number): { q: string; approx: CandidateApproximation; start: number } | null {
  const prev = text.slice(Math.max(s.start, at - 40), at);
  for (const [re, approx] of QUALIFIERS) {
    const m = re.exec(prev);
    if (m) {
      const start = at - prev.length + m.index + m[0].indexOf(m[1]);
      return { q: m[1], approx, start };
    }
  }
  return null;
}

/** Finds the figures of one sentence among the numbers in it. */
export function figuresIn(ctx: FigureContext, numbers: NumberMention[], s: Sentence, rejected: Rejection[]): Figure[] {
  const { text } = ctx;
  const out: Figure[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k];
    const kind = distractorKind(ctx, n, s);
    if (kind) {
      rejected.push({ number: n, kind });
      continue;
    }
    let upper: NumberMention | null = null;
    let rangeLow: number | null = n.value;
    let end = n.end;
    let approximation: CandidateApproximation = n.kind === 'vague' ? 'vague' : 'exact';
    let qualifier: string | null = null;
    let start = n.start;
    // ranges: "400-500", "20 to 100", "between 20 and 30", "two or three"
    const nextN = numbers[k + 1];
    if (nextN && n.kind !== 'vague' && n.kind !== 'fraction' && nextN.kind !== 'vague' && nextN.kind !== 'fraction') {
      const gap = text.slice(n.end, nextN.start);
      const between = /\bbetween\s+$/i.test(text.slice(Math.max(s.start, n.start - 10), n.start));
      const from = /\bfrom\s+$/i.test(text.slice(Math.max(s.start, n.start - 8), n.start));
      const changed = from && CHANGE_VERBS.test(text.slice(Math.max(s.start, n.start - 50), n.start));
      const joined = /^\s*[-–—]\s*$/.test(gap) || (/^\s+to\s+$/i.test(gap) && !changed) || (between && /^\s+and\s+$/i.test(gap));
      const bothWords = n.kind === 'words' && nextN.kind === 'words';
      // two numbers of one form joined by "or" are a range: "two or three", "30 or 40"
      const orWords = /^\s+or\s+$/i.test(gap) && (bothWords || (n.kind === 'digits' && nextN.kind === 'digits'));
      // a range as spoken: "sixty, seventy", "five, six" (the next ten or the next unit; not a list going on)
      const spoken =
        /^,\s+$/.test(gap) &&
        bothWords &&
        [1, 10].includes((nextN.value ?? 0) - (n.value ?? 0)) &&
        !/^\s*(?:,|and\b|or\b)/i.test(text.slice(nextN.end, nextN.end + 6));
      const upperKind = joined || orWords || spoken ? distractorKind(ctx, nextN, s) : null;
      // "from eight to 14 years", "between 5 and 10 per cent", "15 or 20 per cent": the unit after the upper bound is the
      // lower bound's too
      // "sentenced four to life and two to fifteen years": a count after "and" with the sentence's own "to" before a term
      // is the people of a left-out "sentenced", not a range of years
      const sentencedTo =
        /^\s+to\s+$/i.test(gap) &&
        upperKind === 'duration' &&
        /(?:,|\band)\s+$/i.test(text.slice(s.start, n.start)) &&
        /\b(?:sentenced|jailed|condemned|imprisoned)\b[^;]*?\sto\s/i.test(text.slice(s.start, n.start));
      // (a sentenced count is read as a bare number below: the upper bound stays a duration)
      if (!sentencedTo && (joined || orWords) && upperKind && /^(duration|money|percentage|distance|age|ratio)$/.test(upperKind)) {
        rejected.push({ number: n, kind: upperKind });
        continue;
      }
      const isRange =
        !sentencedTo && (joined || orWords || spoken) && nextN.value !== null && n.value !== null && nextN.value > n.value && !upperKind;
      if (isRange) {
        upper = nextN;
        // the scale after the upper bound is the lower bound's too: "two or three hundred", "20 to 30 thousand"
        const scale = /\b(hundred|thousand|million)$/i.exec(text.slice(nextN.start, nextN.end));
        const factor = scale ? SCALES[scale[1].toLowerCase()] : 1;
        if (!/\b(hundred|thousand|million)\b/i.test(text.slice(n.start, n.end)) && n.value! * factor <= nextN.value!)
          rangeLow = n.value! * factor;
        end = nextN.end;
        approximation = 'range';
        k++;
        if (between) {
          start = n.start - /between\s+$/i.exec(text.slice(Math.max(s.start, n.start - 10), n.start))![0].length;
          qualifier = 'between';
        }
      }
    }
    // (what follows a qualifier set after the number is read past it: "a hundred or so have returned", "40-odd left")
    const tail = SUFFIX_QUALIFIER.exec(text.slice(end, end + 12))?.[0].length ?? 0;
    const people =
      comparedWithThings(ctx, numbers, k, rejected, s) || partOfThings(ctx, n, s, end, rejected)
        ? null
        : countsPeople(ctx, n, s, end + tail);
    if (!people) {
      rejected.push({ number: n, kind: 'count_not_people' });
      continue;
    }
    let hedge: string | null = null;
    if (approximation !== 'range' || qualifier === null) {
      const q = qualifierOf(text, s, start);
      if (q) {
        if (approximation === 'range') hedge = q.q;
        else {
          approximation = q.approx;
          qualifier = q.q;
        }
        start = q.start;
      }
    }
    // "8,500+", "300 plus", "300 or more"
    const after = text.slice(end, end + 12);
    if (approximation === 'exact' && /^\+/.test(after)) {
      approximation = 'more_than';
      qualifier = '+';
      end += 1;
    } else if (approximation === 'exact' && /^(?:\s+|-)plus\b/i.test(after)) {
      // "300 plus", "300-plus"
      approximation = 'more_than';
      qualifier = 'plus';
      end += /^(?:\s+|-)plus/i.exec(after)![0].length;
    } else if (approximation === 'exact' && /^\s+or\s+more\b/i.test(after)) {
      approximation = 'at_least';
      qualifier = 'or more';
      end += /^\s+or\s+more/i.exec(after)![0].length;
    } else if (approximation === 'exact' && /^-odd\b/i.test(after)) {
      // "40-odd", "sixty-odd": some more than the number, how many not known
      approximation = 'approximately';
      qualifier = '-odd';
      end += 4;
    } else if (approximation === 'exact' && /^\s+or\s+so\b/i.test(after)) {
      // "a dozen or so fighters": about a dozen
      approximation = 'approximately';
      qualifier = 'or so';
      end += /^\s+or\s+so/i.exec(after)![0].length;
    } else if (approximation === 'exact' && /^\s+or\s+(fewer|less)\b/i.test(after)) {
      approximation = 'at_most';
      qualifier = 'or fewer';
      end += /^\s+or\s+(fewer|less)/i.exec(after)![0].length;
    }
    const h = HEDGES.exec(text.slice(Math.max(s.start, start - 20), start));
    if (h) hedge = hedge ? `${h[1]} ${hedge}` : h[1];
    if (/^(a total of|in total|another|a further|an additional)$/i.test(h?.[1] ?? '') && hedge === h?.[1]) hedge = null;
    let value: number | null = null;
    let low: number | null = null;
    let high: number | null = null;
    if (n.kind === 'vague') {
      approximation = 'vague';
      qualifier = null;
      start = n.start;
      end = n.end;
    } else if (approximation === 'range') {
      low = rangeLow;
      high = upper!.value;
    } else if (n.kind !== 'fraction') {
      value = n.value;
      const bound = APPROXIMATION_RULES[approximation].bound;
      if (bound === 'lower') low = value;
      if (bound === 'upper') high = value;
    }
    ctx.accepted.push({
      start,
      end,
      number: n,
      upper,
      approximation,
      value,
      value_low: low,
      value_high: high,
      fraction: n.fraction,
      qualifier,
      hedge,
      noun: people.noun,
      peopleReason: people.reason,
      topic: people.topic ?? null,
      sentence: s,
    });
    out.push(ctx.accepted[ctx.accepted.length - 1]);
  }
  return out;
}
