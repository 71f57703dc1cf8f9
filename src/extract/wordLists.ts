/**
 * Word lists the extractor reads text by and the vocabularies' writers check words against (src/vocab/wordRules.ts):
 * month names, number words, the function words that end a figure's noun phrase, cue verbs. Data only, no rule of
 * reading: the modules that read text with them import them from here, so that the server's own thread (which checks a
 * place's or a group's new word) loads the lists without the extractor's rules (scripts/main-thread-modules.json).
 */

/** A month's name, written out or shortened, by its number. */
export const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Number words (numbers.ts). */
export const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/**
 * The words of time, as regular-expression sources, shared by every reading of a time phrase: each reading keeps its own
 * frame (a subject that is only a time, subjects.ts TIME_PHRASE; "that" before a time, THAT_TIME; a time after a
 * number, figureContext.ts TIME_ADVERBIAL; a bracket's date, attribution.ts MONTH_OR_TIME; the time before a
 * claimant, claimants.ts TIME_LEAD; dates.ts's patterns) and takes its words from here.
 */
export const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
export const SEASON_NAMES = 'spring|summer|autumn|fall|winter';
export const WEEKDAY_NAME = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** A unit of time a count measures: "two months", "a few weeks". */
export const TIME_UNIT = '(?:minutes?|hours?|days?|weeks?|months?|years?)';
/** The count of a measure of time: "a", "two", "Eighteen", "twenty-four", "several", "a few", "18". */
export const COUNT_OF_TIME = `(?:a|an|several|a\\s+few|few|\\d{1,3}|(?:${Object.keys(TENS).join('|')})(?:-(?:${Object.keys(UNITS)
  .filter((u) => UNITS[u] > 0 && UNITS[u] < 10)
  .join('|')}))?|${Object.keys(UNITS).join('|')})`;
/** A measure of time, its count optional: "two months", "Eighteen months", "days". */
export const MEASURE_OF_TIME = `(?:${COUNT_OF_TIME}\\s+)?${TIME_UNIT}`;
/** The words capitalised, for a reading that asks a capital: "January|February|…". */
export const capitalised = (words: string): string =>
  words.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => bar + c.toUpperCase());
/** Verbal shares: 0.5 for half. */
export const SHARES: Record<string, number> = {
  half: 0.5,
  third: 1 / 3,
  thirds: 2 / 3,
  quarter: 0.25,
  quarters: 0.75,
  fifth: 0.2,
  fifths: 0.4,
};

/** Words after "of" that say whose: "of the", "of whom" (figureContext.ts). */
export const OF_WORDS = new Set([
  'the',
  'these',
  'those',
  'them',
  'whom',
  'which',
  'its',
  'their',
  'his',
  'her',
  'our',
  'all',
  'this',
  'that',
  'us',
]);

// Words that end the noun phrase after a number.
export const STOP = new Set([
  'are',
  'were',
  'is',
  'was',
  'have',
  'has',
  'had',
  'be',
  'been',
  'being',
  'will',
  'would',
  'could',
  'may',
  'might',
  'who',
  'which',
  'that',
  'in',
  'at',
  'on',
  'from',
  'to',
  'for',
  'with',
  'by',
  'but',
  'as',
  'into',
  'since',
  'than',
  'after',
  'before',
  'during',
  'while',
  'when',
  'where',
  'within',
  'over',
  'under',
  'about',
  'across',
  'through',
  'against',
  'without',
  'among',
  'between',
  'via',
  'inside',
  'outside',
  'near',
  'toward',
  'towards',
  'upon',
  'off',
  'out',
  'up',
  'down',
  'so',
  'then',
  'if',
  'because',
  'had',
  'did',
  'do',
  'does',
  'said',
  'say',
  'says',
  'there',
  'they',
  'he',
  'she',
  'we',
  'it',
  'a',
  'an',
  'per',
  'each',
  'remain',
  'remained',
  'still',
  'now',
  'also',
  'already',
  'reportedly',
  'allegedly',
  'believed',
  'thought',
]);

/**
 * "count" as a verb ("Researchers count 167 departures", "Officials count some 300"): only before what the verb takes, a
 * figure, qualified or not, or a that-clause; "Their count of 40", "its own count … is 46", "a head count by" are nouns.
 */
const COUNT_VERB =
  // (and a body classing people by what they are: "The DSN classified 19 persons as potential attackers", "police classify
  // 472 people as dangerous", a figure of its own count)
  '(?:count|classif(?:y|ies|ied))(?=\\s+(?:that\\s|(?:(?:at\\s+least|some|about|only|nearly|almost|around|roughly|over|more\\s+than|fewer\\s+than|up\\s+to|as\\s+many\\s+as|just|a\\s+total\\s+of)\\s+)?(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\\b)))';

export const CUE_VERBS =
  'said|says|say|told|tells|tell|added|adds|stated|states|estimated|estimates|estimate|believes|believe|believed|reported|reports|report(?=\\s+that\\b)|' +
  // the plural present before its "that" of verbs whose bare form the list lacks: "Its authors write that…", "Analysts note that…"
  '(?:write|note|explain)(?=\\s+that\\b)|' +
  'noted|notes|warned|warns|confirmed|confirms|claimed|claims|announced|announces|revealed|reveals|explained|explains|disclosed|discloses|' +
  'wrote|writes|replied|replies|answered|responded|show|shows|showed|indicated|indicates|suggested|suggests|put|puts|puts the number at|counted|counts|' +
  `${COUNT_VERB}|recorded|records|` +
  'disputed|disputes|rejected|denied|questioned|understands|understood|learned|learnt|acknowledged|admitted|insisted|argued|asserted|appealed(?!\\s+(?:against|the\\s+(?:acquittal|verdict|ruling|sentence|sentences|conviction|decision|judgment|judgement)))|declared|testified|informed|calculated|calculates|found|finds|find|concluded|concludes|conclude|cited|' +
  'assess|assesses|assessed|reckon|reckons|reckoned|observed|highlighted|confirm|documented|documents|verified|verifies|tallied|' +
  'identified|identifies|know\\s+of|knows\\s+of|knew\\s+of|speaks\\s+of|spoke\\s+of|speak\\s+of|spoken\\s+of|talks\\s+of|talked\\s+of|refers\\s+to|referred\\s+to|' +
  'thinks|fears|feared|tweeted|claim|' +
  // an accusation and a description that carry a figure: "Prosecutors accused the cell of killing 37", "the ministry described
  // the cell as having more than 60 members"
  "(?:accused|accuses|accuse)(?=\\s+(?:the|a|an|him|her|them|his|their|its|this|these|those)(?:\\s+[\\w’'-]+){0,3}?\\s+of\\b)|(?:described|describes|describe)(?=\\s+(?:the|a|an|him|her|them|his|their|its|this|these|those)(?:\\s+[\\w’'-]+){0,4}?\\s+as\\b)|" +
  // a bare verb of counting after a modal: "The Commission was able to identify 23,969", "the audit team could trace 900"
  '(?:identify|verify|document|trace|record|confirm|count)(?<=\\b(?:to|could|can)\\s+(?:identify|verify|document|trace|record|confirm|count))|' +
  '(?:is|was|are|were)\\s+aware\\s+of';
/** Cue verbs in the progressive, after a form of "be": "the government was claiming that…", "police are saying 40…". */
export const PROGRESSIVE_CUES = 'saying|claiming|estimating|reporting|stating|insisting|arguing|warning|suggesting|telling';

/** Bodies a claimant is named by ("the police", "the ministry"): persons.ts. */
export const ORG_WORDS =
  /\b(agency|ministry|committee|service|services|government|police|army|military|office|department|council|court|coalition|authorities|institute|centre|center|bureau|commission|nations|union|news|times|post|press|network|europol|interpol|front|forces|organisation|organization|group|foundation|university|parliament|assembly|directorate|unit|branch|security|intelligence|report|international|watch|amnesty|crisis|observatory|project|initiative|institution|trust|fund|society|league|federation|alliance|monitor|monitoring|rights|team|mission|panel|board|tribunal|taskforce)\b/i;

/** Capitalised words that open a sentence or headline before a place's name without being part of it. */
export const OPENING_WORD =
  /^(?:in|at|from|to|for|of|on|near|across|outside|inside|around|throughout|within|into|across|between|and|or|but|the|both|only|since|like|unlike|neighbouring|neighboring|northern|southern|eastern|western|central|north|south|east|west|greater|rural|urban|coastal)$/i;

/**
 * A lower-case word that names the institution a body belongs to, or a ministry's portfolio ("its justice ministry" is
 * not the interior ministry): its stem, as a body's name would have it.
 */
const OTHER_INSTITUTION =
  /^(parliament|senat|congress|legislat|municipal|provincial|cantonal|opposition|justice|interior|defen[cs]e|foreign|finance|health|education)(?:ary|ial|e|ive|ure)?(?:['’]s)?$/u;

/**
 * The institutions a description's words in lower case name ("parliament's security committee", "the parliamentary
 * committee": parliament), as stems: such a description is no body named before whose name lacks them (the State
 * Committee for National Security). One rule for a role noun's referent (persons.ts) and a described body (organisations.ts).
 */
export function institutionsNamed(np: string): string[] {
  return np
    .trim()
    .split(/\s+/)
    .slice(0, -1)
    .map((w) => OTHER_INSTITUTION.exec(w)?.[1])
    .filter((stem): stem is string => stem !== undefined);
}

/**
 * The people of a body before its name, in the plural: "Officers of the State Committee for National Security (GKNB)",
 * "Members of …", "Staff at the …": no part of the body's name (bracketedNames, organisationsIn).
 */
export const PEOPLE_OF_THE_BODY =
  /^(?:(?:Senior|Security|Police|Border|Intelligence)\s+)?(?:Officers|Officials|Members|Agents|Staff|Employees|Investigators|Operatives|Personnel|Servicemen|Troops|Spokesmen|Representatives)\s+(?:of|from|at)\s+(?=(?:the\s+)?\p{Lu})/u;
