/**
 * Why a number is not a count of people: years, dates, times, durations, ages, percentages, money, distances, ratios,
 * footnote markers, labels (resolutions, articles, paragraphs, telephone numbers), populations, hypothetical victims.
 */
import { FigureContext, nounAfter } from './figureContext';
import { nounKind } from './nouns';
import { gluedFootnote, NumberMention } from './numbers';
import { WIRE_SLUG } from './subjects';
import type { Sentence } from './text';
import { columnHeading, lineStart as startOfLine } from './tableColumns';
import { nounMetric, statusesIn } from './metric';

const MONTHS =
  /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?$/i;
/** A source noun right after a year: "2024 study", "2019 census", "2023 annual report". */
const YEAR_OF_SOURCE =
  /^\s*(?:[\p{Ll}-]+\s+){0,2}(?:reports?|study|studies|survey|assessment|review|census|figures|data|statistics|estimates?|count|tally|yearbook|bulletin|budget|plan|strategy|elections?)\b/u;
/** What money is given or taken as, after an amount whose currency is left out: "12 in cash", "2 million in funding". */
const MONEY_AFTER =
  /^\s+in\s+(?:cash|funds|funding|donations|aid|ransoms?|damages|compensation|fines|bail|assets|revenues?|payments|bribes|financing|contributions|grants|loans)\b/i;
/** Verbs whose object is an amount of money: "spent 2.4 million", "paid about 5,000", "laundered over 3 million". */
const MONEY_VERB_BEFORE =
  /\b(?:spent|spends|spend|spending|paid|pays|paying|costs?|costing|budgeted|allocated|allocates|donated|laundered|embezzled|raised)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|roughly|an\s+estimated|up\s+to|at\s+least|less\s+than)\s+)?$/i;
/**
 * The rest of a range of days after its first day: a dash or "to"/"and"/"until", the last day and its month, capitalised
 * ("-13 November", " and 9 October"; "between 12 and 15 may be freed" is no date).
 */
const DAY_RANGE_AFTER =
  /^\s*(?:-|–|—|to|and|until|till|through)\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December)\b/;
const DURATION_UNITS = /^(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|decades?|centuries|century|nights?)$/i;
const DISTANCE_UNITS = /^(mph|kph|knots|km|kms|kilometres?|kilometers?|miles?|mi|metres?|meters?|m|feet|ft|yards?|hectares?|acres?|sq)$/i;
const MONEY_WORDS =
  /^(dollars?|euros?|pounds?|rubles?|roubles?|tenge|rupees?|dinars?|riyals?|liras?|yuan|yen|francs?|usd|eur|gbp|bucks|pesos?|naira|shillings?|dirhams?|manats?|somoni|som|taka|rupiah|ringgit|baht|hryvnias?|leks?|denars?|dinara|afghanis?|cfa)$/i;
const LABEL_WORDS =
  /^(resolution|resolutions|article|articles|paragraph|section|chapter|question|answer|recommendation|figure|fig|table|page|pages|p|pp|no|nos|number|vol|volume|edition|issue|version|annex|item|step|phase|stage|level|grade|class|category|flight|route|highway|road|room|law|act|code|verse|surah|sura|line|row|column|wave|round|season|episode|part|session|amendment|protocol|platform|gate|channel|box|exhibit|footnote|note|ref|appendix|unit|division|district|precinct|block|apartment|building|floor|km|kilometre|mile|brief|report|decree|order|bill|case|para|paras|paragraphs|sections|chapters|annexes|sec|art|arts|unscr|scr|res|clause|rule|regulation|directive|badge|flat|ward|bed|bunk|berth|seat|lot|plot|bus|tram|train|tent|sector|zone|checkpoint|wing|pavilion|hangar|bay|pier|dock|exit|junction|marker|hut|barrack|barracks|cellblock|locker|schedule|memo|memorandum|docket|dossier|circular|bulletin|folio|recital|recitals|considerant|hall|courtroom|scene|submission|submissions)$/i;
/** What follows a street address's number: a name and a kind of street, or a kind of street that comes first. */
const STREET_AFTER =
  /^[\s\u00a0]*(?:[A-Z][\p{L}'’-]*\.?\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Square|Sq|Place|Pl|Terrace|Crescent|Close|Way|Highway|Prospekt|Prospect|Strasse|Straße|Gasse|Weg|Platz|Laan|Straat|Gade|Gatan|Vej)\b|^[\s\u00a0]*(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]alle|[Aa]venida|[Vv]iale|[Pp]iazza|[Jj]alan|[Jj]l\.|[Uu]litsa|[Uu]l\.|[Rr]ua|[Ss]okak|[Cc]addesi)\s/u;
/** People a proceeding or a study refers to by a number: "Defendant 5", "Suspect 3", "Interviewee 14". */
const NUMBERED_ROLES =
  '(?:defendants?|accused|suspects?|witness|witnesses|respondents?|interviewees?|participants?|applicants?|appellants?|complainants?|informants?|detainees?|prisoners?|inmates?|patients?)';
const NUMBERED_ROLE = new RegExp(`^${NUMBERED_ROLES}$`, 'i');
/** The further numbers of such a list or range: the 4 of "defendants 1 to 4", the 5 and 9 of "suspects 2, 5 and 9". */
const NUMBERED_ROLE_LIST = new RegExp(`\\b${NUMBERED_ROLES}\\s+\\d+(?:\\s*(?:,|and|or|to|-|–)\\s*\\d+)*\\s*(?:,|and|or|to|-|–)\\s*$`, 'i');
const AGE_CONTEXT = /^(aged|age|ages|ageing)$/i;
const PEOPLE_BEFORE_AGE =
  /^(men|women|boys|girls|people|children|youths|teenagers|kids|persons|individuals|man|woman|boy|girl|child|minors|orphans|adults|juveniles|teens|students|pupils|one|anyone|anybody|someone|somebody|everyone|everybody|nobody|no-one|noone|those|citizens|nationals|detainees|prisoners|inmates|suspects|offenders)$/i;
/** The further ages of a list: "aged 19, 22 and 31", "aged nine and 15". */
const AGE =
  '(?:\\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty)(?:-\\w+)?)';
const LISTED_AGE = new RegExp(`\\baged\\s+${AGE}(?:\\s*(?:,|and)\\s*${AGE})*\\s*(?:,|and|, and)\\s*$`, 'i');
const REACH_QUALIFIER = String.raw`(?:up\s+to\s+|at\s+least\s+|as\s+many\s+as\s+|more\s+than\s+|some\s+|about\s+|around\s+|between\s+|an\s+estimated\s+|another\s+|a\s+further\s+)?`;
/** A conditional's verb right before the number: "would apply to ", "could affect up to ", "might reach some ". */
const WOULD_REACH = new RegExp(
  String.raw`\b(?:would|could|might)\s+(?:(?:only|still|then|also|potentially|likely)\s+)?(?:apply\s+to|reach|benefit|target|help|allow\s+\p{L}+\s+to\s+\p{L}+)\s+${REACH_QUALIFIER}$`,
  'iu',
);
/** Bringing people home: a plan of it counts people awaiting repatriation. */
const REPATRIATE_WORDS = /\b(?:repatriat\p{L}*|bring\s+(?:back|home)|return)\b/iu;
/** A plan's or a programme's verb of the people it will reach: "will work with ", "aims to train ", "plans to recruit ". */
const PLANNED_REACH = new RegExp(
  String.raw`\b(?:will|shall|is\s+to|are\s+to|aims?\s+to|aiming\s+to|plans?\s+to|planning\s+to|intends?\s+to|seeks?\s+to|hopes?\s+to|hoped\s+to|wants?\s+to)\s+(?:(?:also|then|eventually)\s+)?(?:work\s+with|reach|train|enrol|enroll|serve|assist|benefit|recruit|hire|employ|mentor)\s+${REACH_QUALIFIER}$`,
  'iu',
);
/** A target's line, up to its number: "Target (2027): ", "Goal for 2026: ", "Objective: ". */
const TARGET_LINE =
  /(?:^|\n)[ \t•*-]*(?:target|goal|objective|aim)s?\b[^.\n:;]{0,20}:\s*(?:fewer\s+than\s+|less\s+than\s+|at\s+least\s+|up\s+to\s+|over\s+|more\s+than\s+)?$/i;
/** The capitalised noun that heads a name a number opens: "300 Club", "17 Brigade", "8 Movement". */
const NAME_HEAD_AFTER =
  /^["”]?\s(?:Club|Group|Network|Movement|Brigade|Battalion|Regiment|Division|Squad|Unit|Front|Society|Initiative|Project|Programme|Program|Plan|Agenda|Committee|Commission|Crew|Cell|Circle|Collective|Alliance|Coalition|Forum|Campaign|Manifesto)\b/;
/**
 * The number right before a conditional's verb, "of them" or one word between at most: "of them would enter", "300
 * could be released", "fighters could be freed" ("The 300 detainees held at the base could be freed if…" counts
 * detainees who are held now: its verb is too far from the number, and a definite article before it names them).
 */
const CONDITIONAL_AFTER = /^\s*(?:of\s+(?:them|those|whom)\s+|[\p{L}-]+\s+)?(?:would|could|might)\s+(?!have\b)\p{L}/u;
/** A definite word before a number: the people it counts are there ("the 1,100 fighters", "its 40 detainees"). */
const DEFINITE_BEFORE = /\b(?:the|its|their|those|these)\s+$/i;
/** A condition in the sentence: "if", "unless", "should they", "were they". */
const CONDITION = /\b(?:if|unless|should\s+(?:they|it|the)|were\s+(?:they|it))\b/i;
/** The first number of a range or a list and its noun, up to the next number: "20 and ", "300 ex-combatants and ". */
const FIRST_OF_LIST = /[\d][\d,.]*(?:\s+[\p{L}-]+){0,3}\s*(?:,|and|or|to|-|–)\s*$/u;
/** A single one picked out of a count after it: "one of the", "one of them", "one of 12", "one of five". */
const ONE_OF =
  /^\s+of\s+(?:the\s+|them\b|those\b|these\b|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|dozens|hundreds)\b)/iu;
/** What "in/at/on one" makes an idiom of: "case", "point", "occasion", "instance", "stage", "moment". */
const ONE_CIRCUMSTANCE = /^\s+(?:case|point|occasion|instance|stage|moment|time|respect|sense|example)\b/i;
/** One person and the verb of what they said, after "one": "one resident said", "one senior official told". */
const ONE_WHO_SPEAKS =
  /^\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}\s+(?:said|says|told|tells|recalled|recalls|added|adds|explained|explains|wrote|writes|claimed|claims|insisted|insists|complained|warned|warns|admitted|admits|confirmed|confirms|remembered|remembers|described|describes)\b(?!\s+to\b)/u;
/** The decades of an age before another, up to it: "in their 20s and ", "in their late teens to early ". */
const DECADES_BEFORE =
  /\bin\s+(?:their|his|her)\s+(?:(?:early|mid|late)[-\s]?)?(?:\d0s|teens|twenties|thirties|forties|fifties|sixties)(?:\s*,\s*(?:(?:early|mid|late)[-\s]?)?\d0s)*\s*(?:,|and|or|to|-|–)\s*(?:(?:early|mid|late)[-\s]?)?$/i;
const SMALL_NUMBER_WORD = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/** People said to live or be held in camps: "… people live in the camps", "… are held in camps across the north". */
const IN_CAMPS =
  /^[^.;:]{0,60}?\b(?:live|lives|living|lived|are|were|remain|remained|held|housed|sheltering|sheltered|stay|stayed|staying)\s+(?:\w+\s+){0,2}?in\s+(?:the\s+|these\s+|those\s+|displacement\s+|refugee\s+)*camps?\b/i;

/** A camp named in a sentence: its residents are people in camps, not a town's population. */
const NAMES_A_CAMP = /\b(?:camps?|(?:al[-\s]?)?(?:hol|hawl)|roj)\b/i;

function before(text: string, s: Sentence, at: number, chars = 60): string {
  return text.slice(Math.max(s.start, at - chars), at);
}

/** Words that may stand capitalised before a count: qualifiers and small words opening a clause. */
const OPENERS =
  /^(?:about|around|some|over|nearly|almost|approximately|roughly|only|just|another|estimated|total|of|and|but|in|on|at|by|to|for|from|with|the|a|an|all|these|those|while|when|after|before|since|until|than|least|most|under|below|above|up|as|no|more|fewer|less|whereas|including|among|between|or|exactly|precisely|perhaps|maybe|possibly|probably|reportedly|allegedly|further|additional|barely|merely|fully|still|also|then|now|again|today|yesterday|so|thus|here|there|this|that|such|many|few|several|both|each|every|other|upwards|circa|ca|however|meanwhile|overall|altogether|last|first|next|latest|earlier|later)$/i;

/**
 * A place of custody, care or service named after a small number, within two words: "1 rehabilitation centre", "2
 * camp" — not the people of such a place ("15 camp guards", "40 prison inmates").
 */
const FACILITY_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:centres?|centers?|camps?|prisons?|facility|facilities|base|bases|hospital|clinic|school|station|complex|annex|compound|site|wing|ward|block|sector|zone)\b(?!\s+(?:residents|guards|inmates|detainees|prisoners|staff|workers|officials|children|women|men|people|patients|pupils|students))/u;

/**
 * What follows a sentence's first word and a number that are a name: its verb, an adverb before it, or "of" what it is
 * part of ("Densus 88 arrested…", "Court 3 heard…", "Site 7 now hosts…", "Case 12 of the operation concerns…"). A verb
 * in the present takes -s, as a plural noun does: a word in -s followed by a verb is the number's plural noun, the
 * subject of that verb ("Elsewhere 40 suspects were held", "Nationwide 300 arrests were made").
 */
const NAME_THEN_VERB =
  /^\s+(?:(?:now|also|still|then|later|currently|again|alone|itself|has|have|had)\s+)?(?:\p{Ll}+ed|\p{Ll}{2,}s(?!\s+(?:were|are|was|is|have|has|had|will|would|could|can|may|might|must|should|remain|remained|\p{Ll}+ed)\b)|said|says|has|have|had|was|is|will|heard|held|found|saw|took|gave|met|sat|ran|began|became|of)\b/u;

/** An adverb by its ending, never a name's word: "Nationwide 300…", "Elsewhere 40…", "Afterwards 12…", "Regionally 60…". */
const ADVERB_SHAPE = /^\p{Lu}\p{Ll}+(?:ly|wards?|where|wide|wise)$/u;

/** A capitalised word right before the number: "Densus 88". (Made once: docs/extractor.md#perf50.) */
const CAPITALISED_WORD_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}\d-]*) $/u;
/**
 * The number of a name: "Densus 88", "Detachment 88", "Unit 8200", "Camp 4" — a number right after a capitalised
 * word inside a sentence, where the word is no place or group of the vocabularies ("in Syria 150 Kazakhs…"), no month
 * and no opening word. Title-case lines (headlines) capitalise every word, so they say nothing: a sentence needs
 * lower-case words, a third of its words at least.
 */
function namedNumber(ctx: FigureContext, n: NumberMention, s: Sentence, prev: string): boolean {
  const m = CAPITALISED_WORD_BEFORE.exec(prev);
  if (!m) return false;
  const wordEnd = n.start - 1;
  const wordStart = wordEnd - m[1].length;
  // a sentence's first word and a number are a name when a verb follows them: "Densus 88 arrested 142 suspects" (not a
  // list's item, "Kazakhstan 150, Russia 300", whose places are known names)
  const opening = wordStart <= s.start;
  if (opening && !NAME_THEN_VERB.test(ctx.text.slice(n.end, n.end + 24))) return false;
  if (
    s.headline ||
    MONTHS.test(m[1]) ||
    OPENERS.test(m[1]) ||
    ADVERB_SHAPE.test(m[1]) ||
    (!opening && /[.!?:;"“”]\s*$/.test(ctx.text.slice(s.start, wordStart)))
  )
    return false;
  // a known place before the number opens a clause ("in Syria 150 Kazakhs…"), unless a place of custody or care follows
  // the number, whose name it ends: "the Jeddah 1 rehabilitation centre", "Roj 2 camp"
  if (
    ctx.names.some((nm) => nm.end === wordEnd) &&
    !(/^\d{1,2}$/.test(ctx.text.slice(n.start, n.end)) && FACILITY_AFTER.test(ctx.text.slice(n.end, n.end + 60)))
  )
    return false;
  // the outlet told, not a label: "a hospital source told AFP 52 people had died"
  if (/\b(?:told|tells|tell|informed|informs)\s+$/i.test(ctx.text.slice(s.start, wordStart))) return false;
  const words = (ctx.text.slice(s.start, s.end).match(/\p{L}{4,}/gu) ?? []).slice(1);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower >= 2 && lower * 3 >= words.length;
}

/**
 * Whether the capitalised word and the number before which a headline sets it ("Densus 88", "Camp 6") are read as a name
 * where the text says them again outside a headline. Asked of a headline's numbers only, after such a word.
 */
function namedInText(ctx: FigureContext, n: NumberMention, s: Sentence, prev: string): boolean {
  const m = CAPITALISED_WORD_BEFORE.exec(prev);
  if (!m) return false;
  const key = `${m[1]} ${ctx.text.slice(n.start, n.end)}`;
  const numberAt = m[1].length + 1;
  for (let i = ctx.text.indexOf(key), seen = 0; i >= 0 && seen < 20; i = ctx.text.indexOf(key, i + key.length), seen++) {
    if (i + numberAt === n.start || /[\p{L}\d]/u.test(ctx.text.charAt(i - 1)) || /\d/.test(ctx.text.charAt(i + key.length))) continue;
    const start = i + numberAt;
    const other = ctx.sentenceOf(start);
    if (other.headline) continue;
    if (namedNumber(ctx, { ...n, start, end: start + (n.end - n.start) }, other, before(ctx.text, other, start, 40))) return true;
  }
  return false;
}

/**
 * A postal code before its town, on an address's line: "PO Box 4471, 1211 Geneva", "75007 Paris, France" — four or
 * five digits opening the line or after another number and a comma, then a town's name, of the vocabularies or one or
 * two capitalised words that are no nationals and no people, that ends the line or is set apart by a comma.
 */
function postcode(ctx: FigureContext, n: NumberMention, prev: string): boolean {
  if (!/^\d{4,5}$/.test(ctx.text.slice(n.start, n.end)) || !/(?:^|\n|\d\w*,)[ \t]*$/.test(prev)) return false;
  const town = /^ (\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)[ \t]*(?:,|\r?\n|$)/u.exec(ctx.text.slice(n.end, n.end + 40));
  if (!town) return false;
  const known = ctx.names.find((nm) => nm.start === n.end + 1);
  if (known) return known.type === 'place' && known.form === 'name';
  return town[1].split(/[ -]/).every((w) => nounKind(w.toLowerCase()) === null);
}

/**
 * The number of a numbered paragraph or point, opening its line: in brackets ("(4) Kazakhstan has repatriated…"),
 * before a full stop or a bracket ("1. Repatriate…" under a line that ends with a colon, so in its sentence), or
 * bare before the capitalised first word of a sentence in running text ("12 The Monitoring Team notes…", as reports
 * number their paragraphs), where that word is neither a name of the vocabularies nor a noun of people ("12 Belgians
 * were killed", "300 Islamic State fighters" still count). A headline's title case says nothing: "12 Dead In Attack".
 */
function paragraphNumber(ctx: FigureContext, n: NumberMention, s: Sentence, next: string): boolean {
  const { text } = ctx;
  const lineStart = startOfLine(text, n.start);
  const lead = text.slice(lineStart, n.start);
  if (/^[ \t]*\($/.test(lead)) return /^\)[ \t]+\S/.test(next);
  // "1. Repatriate the children" under "Recommendations:", whose colon ends no sentence
  // (read past the sentence: "1." may end one; a line before it that runs on, "…rose to\n12. Police said", is a
  // sentence wrapped, not a list's lead or item: it is long, ends on no colon or stop and is no numbered item)
  if (/^[ \t]*$/.test(lead) && /^[.)][ \t]+\S/.test(text.slice(n.end, n.end + 8))) {
    const above = text.slice(text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1, Math.max(0, lineStart - 1)).trim();
    return above.length <= 60 || /[:.!?)]["'”’]?$/.test(above) || /^\(?\d{1,3}[.)]\s/.test(above);
  }
  if (!/^[ \t]*$/.test(lead) || s.headline || !n.plain || (n.value ?? 0) >= 1000) return false;
  const word = /^[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(next);
  if (!word) return false;
  const at = n.end + word[0].length - word[1].length;
  if (ctx.names.some((nm) => nm.start === at) || nounKind(word[1].toLowerCase()) === 'people') return false;
  // "40 Uyghur fighters", "12 Hazara men": a people noun right after a word the vocabularies do not know is counted
  const then = /^[ \t]+([\p{L}-]+)/u.exec(text.slice(at + word[1].length, at + word[1].length + 30));
  if (then && nounKind(then[1].toLowerCase()) === 'people') return false;
  // running text: lower-case words after it, as a sentence has
  return (text.slice(at, s.end).match(/(?<![\p{L}])\p{Ll}{3,}/gu) ?? []).length >= 3;
}

/** The longest run of digits, blanks, brackets and dashes around a number that may still be a telephone number. */
const PHONE_RUN_MAX = 32;
const inRun = (c: string | undefined) => c !== undefined && c !== '\n' && /[\d\s()+-]/.test(c);

/**
 * Whether the number is a group of a telephone number: a run of digit groups joined by spaces, hyphens or brackets
 * that opens with a trunk prefix or "+" ("011-24368800", "(02) 6277 7860", "0300 123 3535") and holds 7 digits or more.
 */
function inPhoneNumber(text: string, s: Sentence, n: NumberMention): boolean {
  // A telephone number is at most 15 digits with their separators: a longer run of digits and blanks ("1 1 1 1 …", a
  // table's row) is not one, and reading it out for every number in it made a text of 20,000 such characters take
  // seconds (each number read the whole run).
  const floor = Math.max(s.start, n.start - PHONE_RUN_MAX);
  const ceiling = Math.min(s.end, n.end + PHONE_RUN_MAX);
  let a = n.start;
  let b = n.end;
  while (a > floor && inRun(text[a - 1])) a--;
  while (b < ceiling && inRun(text[b])) b++;
  if ((a === floor && a > s.start && inRun(text[a - 1])) || (b === ceiling && b < s.end && inRun(text[b]))) return false;
  const run = text.slice(a, b).trim();
  const digits = (run.match(/\d/g) ?? []).length;
  if (/^\(?[+0]/.test(run) && /\d[\s()-]+\d/.test(run) && digits >= 7) return true;
  // a local number with no prefix, written in groups joined by one blank or hyphen: "944 15 77 20", "555-123-4567" (not
  // a row of a table, nor a run with a year in it)
  return (
    /^\d{3,4}(?:[ -]\d{2,4}){2,}$/.test(run) && digits >= 9 && !/(?:^|\D)(?:19|20)\d\d(?:\D|$)/.test(run) && !columnHeading(text, n.start)
  );
}

/** One person named by a noun, before an age between commas: "His brother, 19,", "the suspect, 24,". */
const ONE_PERSON_BEFORE =
  /\b(?:the|a|an|his|her|their|its|one|another)\s+(?:[\p{L}-]+\s+)?(?:man|woman|boy|girl|son|daughter|brother|sister|father|mother|husband|wife|widow|cousin|nephew|niece|suspect|accused|defendant|victim|driver|student|teenager|youth|convert|recruit|returnee|fighter|militant|bomber|attacker|gunman|preacher|imam|cleric|leader|commander|officer|soldier|policeman|resident|farmer|teacher)\s*,\s(?:(?:now|then|aged)\s)?$/iu;

/** People by a plural noun, before a comma and the list of their ages: "Two teenagers, ", "the brothers, ". */
const PLURAL_PERSONS =
  '(?:men|women|boys|girls|brothers|sisters|sons|daughters|cousins|friends|teenagers|youths|suspects|defendants|accused|students|siblings|twins)';
const PEOPLE_BEFORE_AGES = new RegExp(String.raw`\b${PLURAL_PERSONS}\s*,\s$`, 'i');
/** …and the ages before the number: "Two teenagers, 16 and ", "the brothers, 19, 23 and ". */
const PEOPLE_AGES_BEFORE = new RegExp(String.raw`\b${PLURAL_PERSONS}\s*,\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|,?\s+and)\s+$`, 'i');

/** What follows a clock time written as four digits: a time zone, local time, military hours. */
const TIME_ZONE_AFTER =
  /^\s*(?:GMT|UTC|gmt|utc|Z|BST|CET|CEST|EET|EEST|WAT|CAT|EAT|IST|PKT|AST|EST|EDT|CST|CDT|PST|PDT|local\s+time|hrs|hours\s*(?:GMT|UTC|local|[:,;.]|$))(?![\p{L}])/u;

/** Words that make the people before a copula its subject, whose age the number after it tells. */
const AGE_SUBJECT =
  /(?:\b(?:he|she|i|you|they|we|who|them|whom|most|many|some|all|several|none|both|each|either|neither|the\s+(?:youngest|oldest))|\p{Ll}+s\s+of\s+(?:them|whom|those|these)|(?<![\p{L}])(?:man|woman|boy|girl|son|daughter|brother|sister|father|mother|husband|wife|child|baby|suspect|victim|accused|defendant|teenager|youth|men|women|boys|girls|sons|daughters|children|minors|suspects|victims|defendants|teenagers|youths|recruits|detainees|casualties|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+teen|twelve|eleven|twenty|thirty|forty|fifty))\s+$/iu;
/**
 * A span of ages said of people, up to its first or second number: "range in age from ", "ranging in age between 19 and
 * ", "(suspects), ranging from ", "(men), aged from 19 to ".
 */
const AGE_SPAN =
  /(?:\brang(?:e|es|ed|ing)\s+in\s+age|\b(?:people|persons|men|women|boys|girls|children|minors|suspects|defendants|detainees|victims|teenagers|youths|recruits|fighters|returnees|accused|convicts|them|whom)\s*,\s*(?:who\s+)?(?:rang(?:e|es|ed|ing)))\s+(?:from\s+|between\s+)?(?:\d{1,2}\s*(?:to|and|-|–)\s*)?$/i;
/** A count of people as a copula's subject, right before it: "Three were ", "and two were ", "12 of them are ". */
const COUNT_COPULA =
  /(?:^|[,;:]\s*|\b(?:and|while|whereas)\s+)(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|others)\s+(?:of\s+(?:them|whom|these|those)\s+)?(?:were|are)\s+(?:(?:already|now|only|just|barely|then)\s+)?$/i;
/** People named by a partitive before the copula, however far: "a third of the people we assisted", "seven of the children". */
const PEOPLE_PARTITIVE =
  /\b(?:of|among)\s+(?:the|these|those|our|their|its|his|her)\s+(?:[\p{L}-]+\s+)?(?:people|persons|children|minors|men|women|boys|girls|detainees|prisoners|inmates|returnees|recruits|suspects|victims|defendants|fighters|youths|teenagers|students|pupils|members|refugees)\b/iu;
/** A count of people as a partitive opening its clause, whatever names them: "Four of the convicted", "12 of those held". */
const COUNT_PARTITIVE =
  /^\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s+of\s+(?:the|those|these|them|whom)\b/i;
/** People by a plural pronoun or quantifier before a copula: "they were", "Most of them were now". */
const PLURAL_COPULA_SUBJECT = String.raw`\b(?:they|of\s+them|of\s+whom|both|most|many|some)\s+(?:are|were)\s+`;
/** The adverbs an age may take after its copula: "were already 17", "are barely 16". */
const AGE_ADVERB = String.raw`(?:already|now|only|just|barely|nearly|almost|still)\s+`;
const PLURAL_COPULA_WORDS = `${PLURAL_COPULA_SUBJECT}(?:${AGE_ADVERB})?`;
const PLURAL_COPULA = new RegExp(`${PLURAL_COPULA_WORDS}$`, 'i');
/** …with its adverb, an age alone: "they were now 17", "most were barely 16 or ". */
const PLURAL_COPULA_AGE = new RegExp(String.raw`${PLURAL_COPULA_SUBJECT}${AGE_ADVERB}(?:\d{1,2}\s+or\s+)?$`, 'i');
/** …and the first of two ages after it: "were 16 or ". */
const PLURAL_COPULA_FIRST_AGE = new RegExp(String.raw`${PLURAL_COPULA_WORDS}\d{1,2}\s+or\s+$`, 'i');
/** A count's own noun before the copula: "the death toll was over 50", "the number of fighters is under 1,000". */
const COUNT_SUBJECT =
  /\b(?:toll|number|total|figure|count|tally|strength|estimate|population|share|proportion|percentage|rate|average|median)\b/i;
/** A count in the clause before a copula: its people are counted there, and a number after the copula is no other count. */
const COUNTED_BEFORE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|both)\b)/i;

/** "a boy of ", "a girl of ". (Made once: docs/extractor.md#perf50.) */
const CHILD_OF = /\b(?:a|one|the)\s+(?:\p{L}+\s+)?(?:boy|girl|child|baby|son|daughter|man|woman|teenager|youth)\s+of\s+$/iu;
/** A capitalised name and its comma: "Ahmed, ". (Made once: docs/extractor.md#perf50.) */
const NAME_THEN_COMMA = /\p{Lu}[\p{L}'’-]+,\s$/u;
/** Initials and their comma: "E.H., ". (Made once: docs/extractor.md#perf50.) */
const INITIALS_THEN_COMMA = /(?:^|[\s(])(?:\p{Lu}\.){1,3},\s$/u;
/** An alias in quotation marks and its comma: '"Abu Hafsa", '. (Made once: docs/extractor.md#perf50.) */
const ALIAS_THEN_COMMA = /\p{Lu}[\p{L}'’ -]*["”’],\s$/u;
/**
 * Whether the number is an age, in every way English gives one: after "aged", "age(s) of", "as young as"; before
 * "-year-old", "years old", "or younger"; "in their 20s"; one person's "a boy of four"; the youngest's or the average;
 * set between commas after a person's name, initials or alias, or one person's noun ("Ahmed, 27, and his brother, 31,",
 * "E.H., 51,", "Abu Hafsa", 34"), or in brackets after a name as the Benelux press gives it ("Yassine B. (34)"); after a
 * verb of becoming ("since they turned 14", "once they turn 18"); an age bracket of people ("children under 12", "46 of
 * them under 18", "Most were under 35"); what people are, after a copula ("He was 45.", "Some of them are already 17
 * or 18"). A count of people of an age stays a figure: in "12 children under five" only the five is an age.
 */
function ageOf(ctx: FigureContext, n: NumberMention, s: Sentence, prev: string, next: string): boolean {
  const { text } = ctx;
  const small = n.value !== null && n.value < 120;
  if (!small || n.kind === 'vague' || n.kind === 'fraction') return false;
  // the value of a label that states an age bracket itself is the count of its people: "Over 70 years of age: 6",
  // "Aged 18 to 25: 40" ("Age: 23", with no number in its label, stays an age)
  const label = text.slice(text.lastIndexOf('\n', n.start - 1) + 1, n.start);
  if (/:\s*$/.test(label) && /\d/.test(label) && /\b(?:age|ages|aged|years)\b/i.test(label)) return false;
  const prevWords = prev.match(/[\p{L}\p{N}$€£]+[.]?/gu) ?? [];
  const lastWord = (prevWords[prevWords.length - 1] ?? '').toLowerCase();
  const noNoun = () => !nounAfter(ctx, n.end, s);
  // (the people of the sentence before the copula, read back to the clause's start)
  const clause =
    text
      .slice(s.start, n.start)
      .split(/[,;:(]\s|\b(?:and|but|while|when)\s/)
      .pop() ?? '';
  if (/^-?\s*(year|month|week|day)s?[-\s]old/i.test(next) || /^-year/i.test(next) || /^\s*years?\s+old/i.test(next)) return true;
  // "in their 20s", "in his late 30s"
  if (/^s\b/.test(next) && /\bin\s+(?:their|his|her|its)\s+(?:early\s+|mid[-\s]?|late\s+)?$/i.test(prev)) return true;
  // …and the later decades of such a list or span: the 30 of "in their 20s and 30s", "in their late teens to early 20s"
  if (/^s\b/.test(next) && DECADES_BEFORE.test(prev)) return true;
  if (/\bas (?:young|old) as\s+$/i.test(prev)) return true;
  // "children younger than five", "no older than 15": a bound of an age, never of a count
  if (/\b(?:younger|older)\s+than\s+$/i.test(prev) && noNoun()) return true;
  if (
    AGE_CONTEXT.test(lastWord) ||
    /\b(age|ages) of\s+$/i.test(prev) ||
    /\baged\s+(?:up\s+to|under|over|between|from|about|around|roughly|approximately|nearly|almost|just|only|at\s+least)\s+$/i.test(prev)
  )
    return true;
  // the other ages of a list: "aged 19, 22 and 31", "aged nine and 15", "aged between 18 and 25", "between the ages of
  // 19 and 24"
  if (LISTED_AGE.test(prev) && noNoun()) return true;
  if (/\b(?:aged|ages(?:\s+of)?)\s+(?:between|from)?\s*\d+\s*(?:and|to|-|–)\s*$/i.test(prev)) return true;
  // "were 25 or younger", "aged 15 or under"
  if (/^\s+or\s+(?:younger|older|under|over|below|above)\b/i.test(next) && noNoun()) return true;
  // "a boy of four", "a girl of 15"
  if (CHILD_OF.test(prev)) return true;
  // "the median age at departure was 27", "the youngest was 13", "the youngest of the 31 convicted was 19", "the youngest
  // of them 14", "the youngest, 15,"
  // (read back past the 40 characters of prev: "The youngest recruit known to the agency was 13", "the oldest of whom is now 17")
  const lead = text.slice(Math.max(s.start, n.start - 80), n.start);
  if (
    /\b(?:ages?|youngest|oldest|eldest)\b[^.;:\d]{0,60}?\b(?:was|is|were|are|of|at|being|stood at)\s+(?:now\s+|then\s+|still\s+)?(?:about\s+|around\s+|just\s+|only\s+)?$/i.test(
      lead,
    ) ||
    /\b(?:youngest|oldest)\s+(?:of|among)\s+[^.;:]{0,40}?\b(?:was|is|being|aged)\s+(?:about\s+|around\s+|just\s+)?$/i.test(prev) ||
    /\b(?:youngest|oldest)(?:\s+(?:of|among)\s+(?:them|whom|these|those))?\s*,?\s+(?:(?:just|only|barely|aged)\s+)?$/i.test(prev)
  )
    return true;
  // the span of people's ages: "who range in age from 19 to 34", "The 14 suspects, ranging from 16 to 41," (a span said of
  // people set off by a comma, or "in age"; the span of a count keeps its noun or its figure: "estimates range from 300
  // to 500 fighters")
  if (AGE_SPAN.test(lead) && noNoun()) return true;
  // becoming an age: "since they turned 14", "once they turn 18", "children who turn 18"
  if (/\b(?:turn|turns|turned|turning)\s+$/i.test(prev) && noNoun()) return true;
  // an age bracket of people: "children under 12", "46 of them under 18", "several of them under five", "Most were under
  // 35", "are now over 18" — not a count's bound ("the death toll was over 50"), nor a count of people after it
  if (/^(under|over|below|above)$/.test(lastWord) && n.value! < 100 && noNoun()) {
    const before = prevWords[prevWords.length - 2] ?? '';
    const head = prev.slice(0, prev.toLowerCase().lastIndexOf(lastWord));
    if (PEOPLE_BEFORE_AGE.test(before) || /\bof\s+(?:them|whom|those|these)\s+$/i.test(head)) return true;
    const copula = /\b(?:is|are|was|were|be|been|being)\s+(?:now\s+|already\s+|all\s+|still\s+|mostly\s+|mainly\s+)?$/i.exec(head);
    const subject = copula ? clause.slice(0, clause.length - (prev.length - head.length) - copula[0].length) : '';
    // (the people may stand further back, a relative clause between them and the copula: "a third of the people we
    // assisted were under 25", "seven of the children she follows are now over 18")
    // (or a count of them already given, however they are named: "Four of the convicted were under 18", "two of those
    // arrested are over 60": the bound after the copula is their age, not a second count)
    const counted = AGE_SUBJECT.test(subject) || PEOPLE_PARTITIVE.test(subject) || COUNT_PARTITIVE.test(subject);
    if (copula && !COUNT_SUBJECT.test(clause) && counted) return true;
  }
  // what a person is, after a copula: "He was 45.", "Our son was 19," "Some of them are already 17 or 18" (a number
  // between 10 and 99 ending its clause, or before "or" and another; not "They were 300", nor "the total was 45")
  if (
    n.value! >= 1 &&
    n.value! < 100 &&
    /^\s*(?:[.,;!?"”]|or\s+\d|$|when\b|at\s+the\s+time)/i.test(next) &&
    noNoun() &&
    !COUNT_SUBJECT.test(clause)
  ) {
    const singular =
      /\b(?:he|she|i|(?:his|her|their|our|my|the)\s+(?:\p{L}+\s+)?(?:son|daughter|brother|sister|father|mother|husband|wife|widow|cousin|nephew|niece|child|baby|man|woman|boy|girl|suspect|victim|accused|defendant|attacker|bomber|gunman|driver|student|teenager|youth|convert|recruit|returnee|fighter|militant|preacher|imam|cleric|leader|commander|officer|soldier|policeman|resident|farmer|teacher))\s+(?:is|was|had\s+been|has\s+been)\s+(?:only\s+|just\s+|barely\s+)?(?:\d{1,2}\s+or\s+)?$/iu;
    // one person by a pronoun: "One was 14.", "one elder, who is 71." (one person is no count of 14)
    const one = /(?:^|[,;:]\s*|\band\s+)(?:one|who)\s+(?:is|was)\s+(?:only\s+|just\s+|barely\s+|now\s+)?$/i;
    // people's ages, two of them: "Most of them were 16 or 17 when they left", "They were 15 or 16"
    const eitherAge = (/^\s+or\s+\d{1,2}\b/.test(next) && PLURAL_COPULA.test(prev)) || PLURAL_COPULA_FIRST_AGE.test(prev);
    // …and one person addressed or named: "Hussain, you are 31." (a court's sentencing remarks), "Hussain is 31 and
    // unemployed" (a name of one to three words opening the clause)
    const addressed = /\byou\s+are\s+(?:now\s+|only\s+|just\s+)?$/i.test(prev);
    // (not a pronoun nor a determiner opening the clause: "It is 81, and 19 of those 81…" is a count)
    const named =
      /^\s*(?!(?:It|This|That|There|These|Those|Which|What|Who|The|Its|Our|Their|His|Her|He|She|They|We|One|Each|All|Total)\s)(?:\p{Lu}[\p{Ll}’'-]+\s+){1,3}(?:is|was)\s+(?:now\s+|only\s+|just\s+)?$/u.test(
        clause,
      );
    if (singular.test(prev) || PLURAL_COPULA_AGE.test(prev) || one.test(prev) || eitherAge || addressed || named) return true;
  }
  // an age held at a time the sentence tells, after a copula: "was 17 when he joined", "were only 15 at the time" (not a
  // count's: "the toll was 40 when the report came out", nor that of people a status names and nothing counts before it,
  // "the dead were 12 at the time", "arrests were 40 when the report came out": review49; "the two detainees were 16
  // when…" have their count)
  const copula = /\b(?:(was|is)|were|are)\s+(?:just\s+|only\s+|barely\s+|still\s+)?$/i.exec(prev);
  if (
    n.value! < 100 &&
    copula &&
    /^\s+(?:when|at\s+the\s+time)\b/i.test(next) &&
    noNoun() &&
    !COUNT_SUBJECT.test(clause) &&
    (copula[1] !== undefined || COUNTED_BEFORE.test(clause) || statusesIn(text, n.start - clause.length, n.start).length === 0)
  )
    return true;
  // …and one that holds now or held then, set apart by commas or a bracket: "The accused, now 23, was…", "(then 19)", "he
  // was then 19,"
  if (n.value! < 100 && /(?:[,(]\s*|\b(?:is|was|are|were)\s+)(?:now|then)\s+(?:aged\s+)?$/i.test(prev) && /^\s*[,)]/.test(next) && noNoun())
    return true;
  // a count of people as the copula's subject, the number after it their age, however the list goes on: "Three were 15,
  // four were 16 and two were 17" (a count is not another count)
  if (n.value! < 100 && COUNT_COPULA.test(prev) && noNoun() && /^\s*(?:[.,;!?"”)]|(?:and|or|when)\b|$)/i.test(next)) return true;
  if (n.kind !== 'digits' || n.value! < 10 || n.value! >= 100) return false;
  // the ages of people listed between commas after their plural noun: "Two teenagers, 16 and 17, were charged", "the
  // brothers, 19, 23 and 27, were held" (each number of the list, which a comma closes)
  if (
    (PEOPLE_BEFORE_AGES.test(prev) && /^\s*(?:,\s*\d{1,2}\s*)*,?\s+and\s+\d{1,2}\s*,/.test(next)) ||
    (PEOPLE_AGES_BEFORE.test(prev) && /^\s*(?:,|\s+and\s+\d{1,2}\s*,)/.test(next))
  )
    return true;
  // set between commas after a person's name, initials or alias, or one person's noun: "Ahmed, 17, was arrested", "His
  // brother, 19,", "E.H., 51,", "also known as "Abu Hafsa", 34" (not a place's: "Belgium, 12, …"); a list item may end on it
  const nameBefore =
    ONE_PERSON_BEFORE.test(prev) ||
    (NAME_THEN_COMMA.test(prev) && !ctx.names.some((nm) => nm.end === n.start - 2)) ||
    INITIALS_THEN_COMMA.test(prev) ||
    ALIAS_THEN_COMMA.test(prev);
  if (nameBefore && noNoun() && (/^,/.test(next) || (/^\s*(?:\n|$)/.test(text.slice(n.end, n.end + 2)) && !NAME_THEN_COMMA.test(prev))))
    return true;
  // in brackets after a person's name: "Yassine B. (34)", "Mohammed El A. (27)" (not "Women (12)", "Belgium (40)")
  const bracketed =
    /(?:^|[\s,])(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Lu}\.?\s*\($|(?:^|[\s,])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\s*\($/u.exec(prev);
  if (bracketed && /^\s*\)/.test(next)) {
    const words = [bracketed[1], bracketed[2], bracketed[3]].filter(Boolean).map((w) => w.toLowerCase());
    const at = n.start - prev.length + bracketed.index;
    if (!words.some((w) => nounKind(w) !== null) && !ctx.names.some((nm) => nm.end > at && nm.start < n.start) && !ctx.demonymAt(at + 1))
      return true;
  }
  return false;
}

const ABOUT =
  '(?:about|around|some|nearly|roughly|approximately|more\\s+than|over|almost|just\\s+over|up\\s+to|an\\s+estimated|at\\s+least)?\\s*';
/** A place's people, after the number. */
const RESIDENTS = /^\s+(?:registered\s+|permanent\s+)?(?:residents|inhabitants)\b/i;
/** The place whose they are, before it: "the district's 300,000", "the city's some 2 million". */
const POSSESSOR = new RegExp(`(\\p{L}+)['’]s\\s+${ABOUT}$`, 'iu');
const HOME_TO = new RegExp(
  `\\b(?:home\\s+to|population\\s+of|crowds?\\s+of|audience\\s+of|turnout\\s+of|attendance\\s+of|(?:attended|watched|visited)\\s+by|(?:displaced|displacing|displaces|uprooted|uprooting))\\s+${ABOUT}$`,
  'i',
);
/** What a gathering does: "5,000 people attended the funeral", "thousands marched", "2,000 took part in the vigil". */
const GATHERED =
  /^\s+(?:(?:people|persons|residents|mourners|protesters|demonstrators|worshippers|supporters|spectators|fans|guests|visitors|relatives|families|participants|attendees|pilgrims|students|pupils|villagers|locals|citizens|activists|delegates)\s+(?:(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+)?)?(?:attended|gathered|marched|rallied|assembled|demonstrated|protested|watched|queued|turned\s+out|took\s+part\s+in\s+(?:a|the)\s+(?:\p{L}+\s+)?(?:march|rally|protest|demonstration|funeral|vigil|ceremony|prayers?|procession|concert|match))\b/iu;
/** Where people are driven from: "their homes", "his village" (not a place troops drive fighters out of: "the district"). */
const HOMES = '(?:(?:their|his|her|the)\\s+)?(?:homes?|houses?|villages?)\\b';
/** The people driven out, before those words: "people", "Muslim villagers", "families" (not "militants"). */
const UPROOTED_PEOPLE =
  '(?:[\\p{L}-]+\\s+)?(?:people|persons|civilians|residents|villagers|families|individuals|others|households|inhabitants|men|women|children)\\s+';
/**
 * People driven from their homes, however it is told after the number: "3,400 people newly displaced", "1,200 families
 * were displaced", "800 displaced persons", "600,000 internally displaced", "12,000 IDPs", "600,000 people have been
 * forced from their homes", "2,000 had fled their villages", "900 people fled the fighting", "300 were made homeless".
 */
const DISPLACED = new RegExp(
  `^\\s+(?:(?:people|persons|civilians|residents|villagers|families|individuals|others|households|inhabitants)\\s+)?(?:(?:were|are|have\\s+been|had\\s+been|was|remain|remained|being|now|have|had)\\s+)*(?:(?:newly|internally|forcibly|recently|now|already)\\s+)*(?:displaced\\b|IDPs?\\b|(?:forced|driven|chased|pushed|uprooted)\\s+(?:(?:from|out\\s+of)\\s+${HOMES}|to\\s+flee\\b)|fled\\s+(?:${HOMES}|(?:the\\s+)?(?:fighting|violence|attacks?|insurgency|conflict|clashes)\\b)|(?:made\\s+)?homeless\\b)`,
  'i',
);
/** A verb that drives people out, before the number: "forced more than 600,000 people from their homes", "made 300 homeless". */
const DRIVES_OUT = new RegExp(
  `\\b(?:forced|forces|forcing|force|drove|driven|drives|driving|chased|pushed|made|left|leaving)\\s+${ABOUT}$`,
  'i',
);
/** …and where to after the number: "(people) from their homes", "(residents) to flee", "(people) homeless". */
const FROM_HOMES = new RegExp(`^\\s+(?:${UPROOTED_PEOPLE})?(?:(?:from|out\\s+of)\\s+${HOMES}|to\\s+flee\\b|homeless\\b)`, 'iu');
/** A verb or a relative clause after a place's people: what they did makes them counted ("40 residents of Molenbeek travelled…"). */
const PEOPLE_DID =
  /\b(?:who|which|that|were|was|are|is|have|has|had|will|would|could|can|may|might|did|do|does|went|left|fled|joined|returned|remain|remained|live|lived|died|travel|travels|fight|fights|leave|leaves|go|goes|join|joins|stay|stays|support|supports)\b|(?<!\b(?:the|a|an|its|their|these|those)\s)\b\p{Ll}{3,}ed\b/u;

/** A body that debates, votes or judges, whose size the number after it gives. */
const DELIBERATIVE_BODY = new RegExp(
  `\\b(?:senate|parliament|assembly|chamber|congress|council|committee|commission|jury|cabinet|quorum)(?:['’]s\\s+|\\s+of\\s+)${ABOUT}$`,
  'i',
);
/**
 * A board or a panel, or a vote's majority, is a body's size only when the people after the number are none or its
 * members ("a panel of 3 judges", "a majority of 80"): "a panel of 12 former fighters", "a majority of 60 detainees"
 * count people the text is about. (A delegation is people who travel, not a body: "a delegation of 12 women".)
 */
const BOARD_OR_MAJORITY = new RegExp(`\\b(board|panel|majority)(?:['’]s\\s+|\\s+of\\s+)${ABOUT}$`, 'i');
/** A vote's margin, whatever follows: "passed by a majority of 12", "carried with a majority of 30 deputies". */
const MAJORITY_OF_VOTE = new RegExp(`\\b(?:by|with)\\s+(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+)?majority\\s+of\\s+${ABOUT}$`, 'iu');
/** The people who sit on a body: a number of them after "a board of" or "a panel of" is the body's size (not after
 * "a majority of", where "members" may be anybody's: "a majority of 40 members of the cell"). */
const BODY_MEMBERS =
  /^\s+(?:[\p{L}-]+\s+)?(?:members|judges|jurors|directors|trustees|governors|commissioners|experts|specialists|deputies|senators|lawmakers|legislators|representatives|delegates|MPs|councillors|councilors|magistrates|assessors|arbiters|advisers|advisors|scholars)\b/iu;
/**
 * People told by their vote right after the number: "voted against", "of its members abstained", and an electorate:
 * "people were registered to vote", "voters cast their ballots", "are eligible to vote", "went to the polls".
 */
const VOTED =
  /^\s+(?:of\s+(?:its|their|the|his|her)\s+(?:[\p{L}-]+\s+)?)?(?:[\p{L}-]+\s+)?(?:voted|abstained|(?:(?:are|were|had\s+been|have\s+been|was|is)\s+)?(?:registered|eligible|entitled)\s+to\s+vote|cast\s+(?:their\s+)?(?:ballots?|votes?)|went\s+to\s+the\s+polls|turned\s+out\s+to\s+vote)\b/iu;

/** What makes a number one for each of several, after it: "7 from each chamber", "two men apiece", "3 per village". */
const DISTRIBUTIVE_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:(?:from|for|in|of|on)\s+(?:each|every)\s+\p{L}|apiece\b)/iu;
/** A share of every so many, always a ratio: "three of every four victims", "two in every ten". */
const EVERY_SO_MANY =
  /^\s+(?:[\p{L}-]+\s+)?(?:of|in|out\s+of)\s+(?:each|every)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b)/iu;
/** Where the number's own clause ends after it, and where it opens before it (as figures.ts's personnel rule reads them). */
const OWN_CLAUSE_ENDS = /[;:]|\b(?:when|while|whereas|after|before|because|where|until|as\s+(?!well\b))\b/i;
const OWN_CLAUSE_OPENS = /[;:]|\b(?:which|who|whom|whose|where|when|while|whereas|because|but)\b/gi;

/**
 * Whether a status the ledger reads (metric.ts's STATUS: arrested, killed, convicted…; strong ones only unless weakToo) is
 * said in the number's own clause: a count for each of several with one is still a count the text states ("Police arrested 5 men in each of
 * the three raids", "Four soldiers from every unit were arrested").
 */
function statusInOwnClause(text: string, s: Sentence, n: NumberMention, weakToo = false): boolean {
  const after = text.slice(n.end, Math.min(s.end, n.end + 100));
  const own = after.slice(0, OWN_CLAUSE_ENDS.exec(after)?.index ?? after.length);
  const lead = text.slice(s.start, n.start);
  const opens = [...lead.matchAll(OWN_CLAUSE_OPENS)].pop();
  const from = opens ? s.start + opens.index! : s.start;
  const stated = (a: number, b: number) => statusesIn(text, a, b).some((h) => h.strong || weakToo);
  return stated(from, n.start) || stated(n.end, n.end + own.length);
}
/** …or before it: "each carrying two men", "every unit with 12 officers". */
const DISTRIBUTIVE_BEFORE = /\b(?:each|every)\s+(?:\p{Ll}+ing|with)\s+$/iu;

/** A count, number, total or tally of something, then the verb that gives it, right before the number. */
const COUNT_OF_NOUNS = new RegExp(
  String.raw`\b(?:count|number|total|tally)\s+of\s+([^.;:\d]{1,50}?(?:\s(?:in|since|during)\s+(?:19|20)\d\d)?)\s+(?:was|is|were|are|stood\s+at|stands\s+at|reached|rose\s+to|fell\s+to|came\s+to|totalled|totaled)\s+${ABOUT}$`,
  'iu',
);

/** The people of a group's strength after a number: "2.4m followers", "a million members", "1.2 million armed supporters". */
const GROUP_STRENGTH_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:members|followers|supporters|adherents|sympathi[sz]ers|loyalists|cadres|operatives|affiliates|fighters|militants|jihadists|recruits)\b/iu;

/** Nothing before the number in its line but a qualifier. */
const OPENS_ON_NUMBER = new RegExp(`^${ABOUT}$`, 'i');

/** A place's or a people's whole by its kind, before "of" and the number: "a district of 97,000", "a community of 30,000". */
const PLACE_OF = new RegExp(
  String.raw`\b(?:district|neighbou?rhood|village|municipality|county|commune|suburb|borough|settlement|valley|oasis|enclave|archipelago|(?<!\b(?:in|of)\s+the\s+)area|metropolis|community|minority|diaspora)\s+of\s+(?:just\s+|only\s+|barely\s+|some\s+|about\s+|around\s+|nearly\s+|roughly\s+|approximately\s+|more\s+than\s+|over\s+|almost\s+|just\s+over\s+|under\s+|an\s+estimated\s+|close\s+to\s+)?$`,
  'i',
);
/** …and the same kinds of place as the possessor of its people: "the area's 25,000 people", "the island's 6,000 souls". */
const PLACE_NOUN =
  /^(?:country|nation|city|town|capital|state|region|province|republic|territory|island|district|neighbou?rhood|village|municipality|county|commune|suburb|borough|settlement|valley|area|community|enclave)$/i;
/** A place's whole people after the number: people, residents, inhabitants, souls, population. */
const WHOLE_PEOPLE = /^\s+(?:registered\s+|permanent\s+|local\s+)?(?:people|residents|inhabitants|souls|population)\b/i;
/** "whose" and a qualifier before the number: "the island, whose 6,000 inhabitants". */
const WHOSE = new RegExp(String.raw`\bwhose\s+${ABOUT}$`, 'i');
/** A people's size told by "-strong" and a community: "the 12,000-strong Chechen community", "a 150,000-strong diaspora". */
const STRONG_COMMUNITY = /^\s*-?\s*strong\s+(?:[\p{L}-]+\s+){0,3}?(?:community|communities|diaspora|minority|population|congregation)\b/iu;
/** A community set before the number by a comma: "the largest Somali community in the US, about 80,000 people". */
const COMMUNITY_BEFORE = new RegExp(String.raw`\b(?:community|diaspora|minority)\b[^.;:\d]{0,50},\s+${ABOUT}$`, 'i');
/**
 * People of no status who live somewhere, after the number: "Some 4,000 people live in the village", "About 2,500 ethnic
 * Uzbeks live in the valley", "Around 70,000 people lived in Manbij before the war", "9,000 residents call the town home".
 */
const LIVE_THERE =
  /^\s+(?:(?:people|persons|residents|inhabitants|civilians|villagers|households)|ethnic\s+[\p{L}-]+)\s+(?:(?:now|currently|once|still|then)\s+)?(?:live|lived|living|reside|resided|residing|call\s+(?:the|this|that|it)\b)/iu;

/** People of no status, the usual nouns: what aid, a survey or a need counts. */
const PLAIN_PEOPLE = String.raw`(?:people|persons|individuals|civilians|residents|villagers|households|families|beneficiaries|respondents)`;
/**
 * What aid, a need or daily life says of plain people after them: "4.1 million people need humanitarian assistance", "some
 * 45,000 people received cash assistance", "nearly 20,000 people have been affected by the violence", "600 people took
 * part in the forum", "3,000 people depend on the well", "15,000 people cross the border every day".
 */
const AIDED_AFTER = new RegExp(
  String.raw`^\s+${PLAIN_PEOPLE}\s+(?:(?:are|were|is|was|have|has|had|will|would|who|still|now|currently|also|already|each|every|daily)\s+)*(?:been\s+)?(?:need|needs|needed|needing|in\s+(?:urgent\s+|acute\s+)?need|require|required|receive|received|receiving|benefit(?:ed|ted|s)?|affected|vaccinated|took\s+part|take\s+part|sought\s+(?:shelter|refuge)|depend|depends|depended|rely|relied|relies|cross|crossed|work|worked|dependent|eligible|enrolled|surveyed|interviewed|polled)\b`,
  'i',
);
/** …or before them, aid, a survey or a poll as the verb or the whole: "reached 120,000 people", "a poll of 2,000 people". */
const AIDED_BEFORE = new RegExp(
  String.raw`\b(?:(?:reached|reaching|reaches|assisted|assisting|assists|helped|helping|helps|supported|supporting|served|serving|serves|interviewed|interviewing|surveyed|surveying|polled|polling|vaccinated|fed|feeding|feeds)\s+|(?:poll|survey|sample|questionnaire)\s+of\s+)${ABOUT}$`,
  'i',
);
const PLAIN_PEOPLE_AFTER = new RegExp(String.raw`^\s+${PLAIN_PEOPLE}\b`, 'i');
/** A survey's or a poll's sample, whoever was asked: "a survey of 1,200 Dutch adults", "a poll of 800 voters". */
const SAMPLE_BEFORE = new RegExp(String.raw`\b(?:poll|survey|sample|questionnaire)\s+of\s+${ABOUT}$`, 'i');
/** People helped to do something are not aid's: "helped at least 20 people travel to Syria", "helped 12 men to leave". */
const HELPED_TO_ACT = new RegExp(
  String.raw`^\s+${PLAIN_PEOPLE}\s+(?:to\s+)?(?:travel|leave|go|get|reach|join|cross|flee|escape|return|move|enter|obtain|fight)\b`,
  'i',
);

function placePopulation(ctx: FigureContext, n: NumberMention, s: Sentence, prev: string, next: string): boolean {
  const { text } = ctx;
  if (n.kind === 'vague' || n.kind === 'fraction') return false;
  const sentence = text.slice(s.start, s.end);
  if (NAMES_A_CAMP.test(sentence)) return false;
  if (HOME_TO.test(prev)) return true;
  const people = RESIDENTS.exec(next);
  const owner = POSSESSOR.exec(prev);
  // the people of a place, with no status or deed of their own: "the district's 300,000 residents", "the area's 25,000
  // people depend on farming", "the island, whose 6,000 inhabitants are mostly fishermen" (residents and inhabitants after
  // any possessor that is no people, people and souls after a kind of place; "the district's 40 residents who joined IS"
  // and "the town's 300 people were detained" are counted)
  const whole = WHOLE_PEOPLE.exec(next);
  if (
    whole &&
    ((owner && (people ? nounKind(owner[1].toLowerCase()) !== 'people' : PLACE_NOUN.test(owner[1]))) || WHOSE.test(prev)) &&
    !statusInOwnClause(text, s, n) &&
    !/\b(?:who|joined|left|travell?ed|fled|returned|went|fought)\b/i.test(text.slice(n.end + whole[0].length, s.end))
  )
    return true;
  // a place's or a community's size: "a district of 97,000 people", "in a town of just 12,000 people", "a community of
  // 30,000", "the 12,000-strong Chechen community", "the Somali community in the US, about 80,000 people" (not a people
  // noun of a status after it: "a community of 30 returnees")
  if (STRONG_COMMUNITY.test(next) && !statusInOwnClause(text, s, n)) return true;
  if (PLACE_OF.test(prev) || COMMUNITY_BEFORE.test(prev)) {
    const noun = nounAfter(ctx, n.end, s);
    if (!noun || noun.kind !== 'people' || /^(?:people|persons|residents|inhabitants|souls|families|households)$/.test(noun.word.lower))
      return true;
  }
  if (LIVE_THERE.test(next) && !statusInOwnClause(text, s, n)) return true;
  // plain people aid reaches, a need or a survey counts, with no status of their own ("Over 12,000 people have returned to
  // their villages", "the agency helped 40 people who were released from prison" are read as before)
  if (
    (AIDED_AFTER.test(next) || (AIDED_BEFORE.test(prev) && PLAIN_PEOPLE_AFTER.test(next) && !HELPED_TO_ACT.test(next))) &&
    !statusInOwnClause(text, s, n, true)
  )
    return true;
  // a survey's sample, whoever was asked, unless its own words up to the comma give them a status or a metric's noun
  // ("a survey of 1,200 Dutch adults commissioned by this newspaper, 61 percent said …"; not "a survey of 300 returnees
  // found …", "a survey of 200 Norwegian relatives")
  if (SAMPLE_BEFORE.test(prev)) {
    const phrase = /^[^,;:.]*/.exec(next)![0];
    const head = phrase.replace(/^\s*(?:\p{Lu}[\p{L}-]*\s+)*/u, '');
    if (!statusesIn(text, n.end, n.end + phrase.length).length && !nounMetric(head)) return true;
  }
  if (GATHERED.test(next) || DISPLACED.test(next) || (DRIVES_OUT.test(prev) && FROM_HOMES.test(next))) return true;
  // (a line that opens on the number, before a qualifier at most: a list's item or a heading's line, no clause's object
  // whose verb may stand in the present, "has seen 15 residents travel to Syria")
  const opens = OPENS_ON_NUMBER.test(text.slice(s.start, n.start));
  if (people && opens && !PEOPLE_DID.test(text.slice(n.end + people[0].length, s.end))) return true;
  return false;
}

/**
 * Whether a conjunction in the words from a number to its noun is followed by a verb, another clause's: a participle
 * ("and arrested", "and then charged") or a verb of the past not right before the noun, which would make it the noun's
 * modifier ("foreign and armed fighters").
 */
function verbAfterConjunction(words: string): boolean {
  const m =
    /\b(?:and|or|but)\s+(?:(?:also|then|later|subsequently)\s+)?(\p{L}+ed|took|held|sent|brought|caught|led|shot|freed|saw|made|gave|put|found|left|had|has|have|was|were|is|are|will|would)\b/iu.exec(
      words,
    );
  if (!m) return false;
  // an "-ed" word with one word after it, the noun, is the noun's modifier
  const rest = words.slice(m.index + m[0].length).trim();
  return !/ed$/i.test(m[1]) || rest === '' || /\s/.test(rest);
}

/** What a place can hold, before the number: "can hold", "could accommodate", "room for", "beds for", "places for". */
const CAN_HOLD =
  /\b(?:(?:can|could)\s+(?:hold|house|accommodate|take\s+in|sleep|seat|shelter)|(?:room|space|places|beds|capacity)\s+for)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;

/** A site named before the number as what it is for: "a new centre for", "the camp for some". */
const SITE_FOR =
  /\b(?:a|an|one|another|the)\s+(?:(new|second|further|temporary|planned|proposed|future|additional)\s+)?(?:site|shelter|camp|centre|center|facility|settlement|(extension))\s+for\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?$/i;
/** A site's planning or building, said before it: "is building a camp for", "plans to open a centre for". */
const BUILDING_BEFORE =
  /\b(?:build(?:s|ing)?|construct(?:s|ing)?|set(?:s|ting)?\s+up|establish(?:es|ing)?|open(?:s|ing)?|plans?|planning)\s+(?:a|an|one|another)\s+[^.;:]{0,30}$/i;
/** …or after the people it is for: "is being built", "will be set up", "under construction", "will house". */
const BUILDING_AFTER =
  /\b(?:(?:is|are|was|were|will\s+be|would\s+be|to\s+be|has\s+been|have\s+been)\s+(?:being\s+)?(?:built|planned|constructed|set\s+up|erected|established|opened|prepared)|under\s+construction|(?:will|would|is\s+to|are\s+to)\s+(?:house|hold|accommodate|open)|to\s+be\s+built)\b/i;
/** The people counted are held or living there: the site exists and they are in it. */
const HELD_THERE =
  /^(?:(?!\b(?:where|while|whereas|but|near|beside|next\s+to)\b)[^.;:\d]){0,60}?\b(?:held|detained|interned|imprisoned|jailed|guarded|confined|living|who\s+live|who\s+lived|stranded|trapped)\b/i;

/**
 * The people a site is for while it is planned or built are its capacity, no count of people: a planning word before
 * the site (new, planned, temporary, an extension, "building a camp for") or after the number ("is being built",
 * "under construction", "will house"), and the people not said to be held or living there.
 */
function plannedSiteFor(text: string, n: NumberMention, s: Sentence, prev: string): boolean {
  const site = SITE_FOR.exec(prev);
  if (!site) return false;
  const rest = text.slice(n.end, s.end);
  if (HELD_THERE.test(rest)) return false;
  if (/^(?:new|temporary|planned|proposed|future)$/i.test(site[1] ?? '') || site[2]) return true;
  // (the building said of the site's own clause, before another figure: "a camp for 800 people where 40 new homes were built" is not it)
  return BUILDING_BEFORE.test(before(text, s, n.start, 80)) || BUILDING_AFTER.test(/^[^\d;:]{0,80}/.exec(rest)![0]);
}

/**
 * A label's number: digits with their letters and brackets ("12", "3.1", "401(1)(b)", "7a"), or a letter or a roman
 * numeral alone or in brackets ("(a)", "(iv)", "b") — not a word: "the figure rose to 400" is no "figures 12 to 14".
 */
const LABEL_NUMBER = String.raw`(?:[\d()a-z.]*\d[\d()a-z.]*|\([a-z]{1,4}\)|[a-z]\.?)`;
/** The further numbers of a list of labels, up to the number: "paragraphs 12 and ", "Articles 2, 3 and ", "§§ 14 and ". */
const LABEL_LIST = new RegExp(
  String.raw`(?:\b(?:articles?|paragraphs?|paras?\.?|sections?|resolutions?|annex(?:es)?|chapters?|tables?|figures?|pages?|pp\.?)|§§?)\s*${LABEL_NUMBER}(?:\s*(?:,|and|or|to|-|–)\s*${LABEL_NUMBER})*\s*(?:,|and|or|to|-|–)\s*$`,
  'i',
);

/** The number's noun is cases, a word or two before it at most: "43 cases", "12 terrorism cases", "9 new criminal cases". */
const DOCKET_CASES = /^\s+(?:[\p{L}-]+\s+){0,2}?cases\b/iu;
/** What a docket says of its cases after them: "cases pending", "cases on the docket", "cases were heard", "cases listed". */
const DOCKET_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}?cases\s+(?:(?:are|were|remain|remained|have\s+been|had\s+been|still)\s+)?(?:pending|outstanding|awaiting\s+(?:trial|hearing|judgment|judgement|decision)|on\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:docket|list|roll|calendar)|listed|heard|adjourned|filed|lodged|disposed|dismissed|decided|before\s+(?:the|a)\s+(?:court|courts|tribunal|judge|bench))\b/iu;
/** …or before them, a court's work or a study's sample: "heard 12", "filed some 9", "a backlog of 300", "n = 46". */
const DOCKET_BEFORE =
  /(?:\b(?:heard|hears|hearing|filed|files|lodged|listed|adjourned|disposed\s+of|dismissed|decided|tried|backlog\s+of|docket\s+of|caseload\s+of|(?:court|courts|tribunal|judge|bench)\s+(?:has|had|have|handled|handles|received|receives))|\bn\s*=)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|at\s+least\s+|only\s+|just\s+)?$/i;
/**
 * The people cases are brought against or are of, in the number's clause: "cases against 40 returnees", "cases against
 * them", "600 cases of young people at risk of radicalisation", "cases involving minors".
 */
const CASES_AGAINST =
  /^[^.;:]*?\bcases\b[^.;:]{0,60}?\b(?:against\b|(?:of|involving|concerning)\s+(?:[\p{L}-]+\s+){0,3}?(?:people|persons|individuals|children|minors|men|women|boys|girls|youths?|teenagers|adults|returnees|fighters|suspects|nationals|citizens)\b)/iu;

/** A capitalised word and the word after it: "Turkish lira". (Made once: docs/extractor.md#perf50.) */
const COUNTRY_THEN_WORD = /^\s+\p{Lu}[\p{L}]+\s+([\p{L}]+)/u;
/** "18 EU member states". (Made once: docs/extractor.md#perf50.) */
const MEMBER_STATES_AFTER = /^\s+(?:\p{Lu}{2,}\s+)?member\s+states?\b/iu;
/** "the threat level stands at ". (Made once: docs/extractor.md#perf50.) */
const LEVEL_AT =
  /\b(?:level|grade|rating|score|index)\s+(?:\p{L}+\s+){0,2}?(?:stands?|stood|is|was|remains?|remained|(?:was\s+|has\s+been\s+)?(?:raised|lowered|set|kept))\s+(?:at|to)\s+$/iu;
/** A point before the scale it is out of: "four out of ", "3 out of a possible ". */
const OUT_OF_BEFORE = /(?:\d+|\p{L}+)\s+out\s+of\s+(?:a\s+(?:possible|maximum)\s+)?$/iu;
/** "whether it is ", "be it the figure was ". (Made once: docs/extractor.md#perf50.) */
const WHETHER_BEFORE =
  /\b(?:whether|be\s+it)\s+(?:(?:it|that|this)\s+(?:is|was|be)\s+|it['’]s\s+|the\s+(?:\p{L}+\s+)?(?:figure|number|total|count)\s+(?:is|was)\s+|there\s+(?:are|were)\s+|they\s+(?:are|were|number)\s+)?(?:about\s+|around\s+|some\s+|just\s+|only\s+)?$/iu;
/** Why a number is not a count of people, or null when it may be one. */
export function distractorKind(ctx: FigureContext, n: NumberMention, s: Sentence): string | null {
  const { text } = ctx;
  const prev = before(text, s, n.start, 40);
  // what follows a footnote marker glued to a number ending its sentence ("exceeds 150.46 The attack"), as numbers.ts
  // reads it
  const nextAt = n.end + (n.kind === 'digits' ? gluedFootnote(text, n.start, n.end) : 0);
  const next = text.slice(nextAt, Math.min(s.end + 1, nextAt + 40));
  const prevWords = prev.match(/[\p{L}\p{N}$€£]+[.]?/gu) ?? [];
  const lastWord = (prevWords[prevWords.length - 1] ?? '').toLowerCase();
  const nextWordM = /^[\s\u00a0]*([\p{L}%]+)/u.exec(next);
  const nextWord = nextWordM?.[1] ?? '';
  if (n.kind === 'digits') {
    if (/^[:./]\d/.test(next) || /\d[:/]$/.test(prev)) return 'date_or_time';
    if (
      /\d{4}-\d{1,2}-$/.test(prev) ||
      (/\d{4}-$/.test(prev) && /^-\d/.test(next)) ||
      /^-\d{1,2}-\d{4}/.test(next) ||
      (/\d{1,2}-$/.test(prev) && /^-\d{4}/.test(next))
    )
      return 'date';
    if (/^\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu.test(next)) return 'time_of_day';
    // a clock time of four digits before a time zone or "hours": "1002 GMT:", "0630 local time", "1500 hrs"
    if (/^\d{4}$/.test(text.slice(n.start, n.end)) && n.value! % 100 < 60 && n.value! < 2400 && TIME_ZONE_AFTER.test(next))
      return 'time_of_day';
    if (inPhoneNumber(text, s, n)) return 'label';
    // the version in a news agency's slug: "UPDATE 3-Death toll rises…", "WRAPUP 1-Police arrest…"
    const line = startOfLine(text, n.start);
    const slug = WIRE_SLUG.exec(text.slice(line, n.end + 3));
    if (slug && line + slug[0].length > n.end) return 'label';
    if (/^[\p{L}]/u.test(next) && !/^(s|st|nd|rd|th)?\b/.test(next)) return 'label';
    if (/^(st|nd|rd|th)\b/i.test(next)) return 'ordinal';
    if (
      /^-?\d{4}-\d{2}/.test(text.slice(n.start, n.start + 10)) ||
      /\d{4}-$/.test(prev) ||
      (/^-\d/.test(next) && /\d{4}/.test(text.slice(n.start, n.end)) && n.plain && n.value! >= 1000)
    )
      return 'date';
    if (/\[\s*$/.test(prev) && /^\s*\]/.test(next)) return 'footnote_marker';
    if (/\d\s$/.test(prev) && /^\s*\)/.test(next)) return 'footnote_marker';
    // a bracketed number glued to the punctuation that ends a sentence or a clause: "12,000 fighters.(14)"
    if (/[.,;:]\($/.test(prev) && /^\)/.test(next)) return 'footnote_marker';
    if (/^[.,;]?\d/.test(next)) return 'label';
    // a web address or an outlet's name with a dot: "24.kg", "7sur7.be"
    if (/^\.\p{Ll}{2,}(?![\p{L}\d])/u.test(next) && /(?:^|\s)[\p{L}\d]*$/u.test(prev)) return 'label';
    // the last group of a reference of three or more ("Sessional Paper No. 8555-451-2417")
    if (/\d+[-/]\d+[-/]$/.test(prev)) return 'label';
    // telephone numbers and codes: "+44 20 7946 0958", "Tel: 0800 123 456", a leading zero ("007", "0958")
    // (not a count of people after the word: "elders reached by phone, 30 people were killed")
    if (
      /(?:\+|\b(?:tel|phone|telephone|fax|hotline|helpline|call|dial|whatsapp|mobile)(?:\s+(?:number|no\.?|line))?\.?[:,]?(?:\s+(?:is|was|on|at))?)[\s\d()+.-]*$/i.test(
        prev,
      ) &&
      nounAfter(ctx, n.end, s)?.kind !== 'people'
    )
      return 'label';
    // a paragraph or list number opening a sentence: "8. Of the 32, …", "3) Police …"
    if (n.start === s.start && /^[.)]\s/.test(next)) return 'label';
    if (paragraphNumber(ctx, n, s, next)) return 'label';
    if (/^0\d/.test(text.slice(n.start, n.end))) return 'label';
    // ("US" before a count of people is the country's name: "In the US 40 people were charged")
    if (
      /[$€£¥₽₱₹₦₺₩₸]\s*$/.test(prev) ||
      /(?:USD|EUR|GBP|Rs)\s*$/.test(prev) ||
      (/US\s*$/.test(prev) && (/^\s+(?:per|a|each|for)\b/i.test(next) || nounAfter(ctx, n.end, s)?.kind !== 'people'))
    )
      return 'money';
    if (n.value !== null && (!Number.isInteger(n.value) || n.value > 1e10)) return 'not_a_count';
    if (/[#№/]\s*$/.test(prev) || /^\//.test(next)) return 'label';
    // a rating: "puts the threat level at 4 on a scale of 5", "scored 7 out of a possible 10"
    if (/^\s+(?:on\s+a\s+scale\b|out\s+of\s+a\s+(?:possible|maximum)\b)/i.test(next)) return 'label';
    if (namedNumber(ctx, n, s, prev)) return 'label';
    // a headline's title case says nothing of a name, but the same name read as one in the text does: "Densus 88 Arrests
    // 59 Suspects" over "…, Densus 88 has arrested 142"
    if (s.headline && namedInText(ctx, n, s, prev)) return 'label';
    if (postcode(ctx, n, prev)) return 'label';
    // the number a name opens, before the capitalised noun that heads it: "the 300 Club", "the so-called 17 Brigade"
    if (/\b(?:the|so-called)\s+["“]?$/i.test(prev) && NAME_HEAD_AFTER.test(next)) return 'label';
    // a sub-clause of a law or paragraph: "Article 401(1)", "section 13(1)(b)"
    if (/[\p{L}\d]\)?\($/u.test(prev) && /^\)/.test(next)) return 'label';
  }
  if (/^\s*(%|percent\b|per\s*cent\b|pct\b|percentage)/i.test(next)) return 'percentage';
  // a footnote marker set against a word or its punctuation with no space: "were arrested.12 The", "fighters,3 and" (a
  // quotation mark opening the sentence or set after a blank opens a quotation: said: "300 young men have joined")
  if (
    n.kind === 'digits' &&
    /[\p{L}”"’)][.,;:]?$/u.test(prev) &&
    /[.,;:”"’)]$/u.test(prev) &&
    !/(?:^|\s)["”’]$/u.test(prev) &&
    /^\d{1,3}$/.test(text.slice(n.start, n.end)) &&
    /^(?:\s|$|[.,;])/.test(next)
  )
    return 'footnote_marker';
  if (ageOf(ctx, n, s, prev, next)) return 'age';
  // "January 14", "14 January": a month and a day with nothing but a space (or "of") between; "Since 2 January, 14
  // Iraqis" counts people after the comma
  if (
    n.value !== null &&
    n.value <= 31 &&
    ((MONTHS.test(lastWord) && /[\p{L}.]\s+$/u.test(prev)) || (MONTHS.test(nextWord) && /^\s+(?:of\s+)?[\p{L}]/u.test(next)))
  )
    return 'date';
  // the first day of a range of days before its month: the 12 of "12-13 November", "between 4 and 9 October", "on 16 and
  // 17 November", "(17 to 28 November)"
  if (n.kind === 'digits' && n.value !== null && n.value >= 1 && n.value <= 31 && DAY_RANGE_AFTER.test(next)) return 'date';
  if (n.plain && n.value !== null && n.value >= 1000 && n.value <= 2100) {
    const noun = nounAfter(ctx, n.end, s);
    // (another number before the noun counts it: "2019 saw the return of 120 women"; a comma ends the phrase: "In 2025
    // alone, insurgents killed 117")
    // (nor is it counted when a source noun comes first: "Europol's 2024 study puts the number of returnees at…")
    const between = noun ? ctx.text.slice(n.end, noun.word.start) : '';
    // (nor across a conjunction a verb follows, a participle of people after it another clause's: "in 2025 and charged
    // 35 people"; a conjunction of modifiers is the noun's own: "Some 2000 foreign and local fighters")
    // (nor is a singular national, which no year counts: "its judgment of 2021 and the case-law of the European Court")
    const counted =
      noun?.kind === 'people' &&
      noun.via !== 'national' &&
      noun.word.start - n.end < 30 &&
      !/[\d,;]/.test(between) &&
      !verbAfterConjunction(ctx.text.slice(n.end, noun.word.end)) &&
      !YEAR_OF_SOURCE.test(between);
    // a month or a season before it makes it a year whatever follows: "the intervention of January 2013 killed several
    // hundred", "In early 2015 officials said…"
    // (and a year of this century or the last after a preposition of time is one whatever follows: "In 2019 police
    // arrested 40 people", "During 2021 security forces detained…" — a count that large is written "2,019")
    // (…and so is the second year of a span of years: "Between 1992 and 1995 several hundred foreign mujahideen fought")
    const timePreposition =
      n.value >= 1900 &&
      (/^(?:in|since|until|till|during|before|after|through|throughout)$/i.test(lastWord) ||
        /\b(?:between|from)\s+(?:19|20)\d\d\s*(?:and|to|-|–|until|till)\s*$/i.test(prev));
    if (
      (!counted || timePreposition || MONTHS.test(lastWord) || /^(?:spring|summer|fall|autumn|winter|early|mid|late)$/i.test(lastWord)) &&
      (n.value >= 1800 ||
        MONTHS.test(lastWord) ||
        /^(spring|summer|fall|autumn|winter|early|mid|late|since|until|till|by|in|of|from|between|during|before|after|year|years|circa|through|throughout|to|and|the|s)$/i.test(
          lastWord,
        ))
    )
      return 'year';
  }
  // the second year of a financial or parliamentary year: the 24 of "2023–24", the 20 of "2019/20"
  if (n.plain && /^\d\d$/.test(text.slice(n.start, n.end)) && /\b(?:19|20)\d\d\s*[-–/]\s*$/.test(prev)) return 'year';
  if (DURATION_UNITS.test(nextWord) || /^-(day|week|month|year|hour|minute)/i.test(next)) return 'duration';
  if (DISTANCE_UNITS.test(nextWord) && !/^m\b/.test(nextWord)) return 'distance';
  if (MONEY_WORDS.test(nextWord)) return 'money';
  // money whose currency is left out: "seized 12 in cash", "spent 2.4 million on the programme", "paid 5,000 to a
  // smuggler" (not "paid 12 informants")
  if ((MONEY_AFTER.test(next) || MONEY_VERB_BEFORE.test(prev)) && nounAfter(ctx, n.end, s)?.kind !== 'people') return 'money';
  // a currency named with its country: "212,000 Turkish lira", "5 million Kenyan shillings"
  const currency = COUNTRY_THEN_WORD.exec(next);
  if (currency && MONEY_WORDS.test(currency[1])) return 'money';
  if (/^\s+(?:US|U\.S\.|American|Australian|Canadian|Hong Kong|Singapore)\s+dollars\b/.test(next)) return 'money';
  if (/^\s*times\b/i.test(next)) return 'ratio';
  // a number for each of several: "7 from each chamber", "two men apiece", "each carrying two men"
  // (a share of every so many always; a count for each of several only with no status of its own: "Police arrested 5
  // men in each of the three raids" is a count the text states)
  if (EVERY_SO_MANY.test(next) || DISTRIBUTIVE_BEFORE.test(prev)) return 'ratio';
  if (DISTRIBUTIVE_AFTER.test(next) && !statusInOwnClause(text, s, n)) return 'ratio';
  // cases told by their subject or their stage are files, not persons: "46 cases relating to ISIS activities", "64
  // terrorism cases involving 112 accused", "brought only 12 cases to trial" (the README's one case per person is a
  // count of people "against" whom cases are opened or investigated: "650 criminal cases … against Russians")
  if (
    /^\s+(?:[\p{L}-]+\s+)?cases\s+(?:relating|related|involving|concerning|linked|connected|pertaining|to\s+(?:trial|court))\b/iu.test(next)
  )
    return 'count_not_people';
  // …and cases a court or a prosecution handles, told by its docket's words: "43 cases pending", "240 cases on the
  // docket", "heard 12 cases", "filed 9 cases", "a backlog of 300 cases", "n = 46 cases" (not the people "against" whom
  // they are brought: "filed 12 cases against returnees")
  if (DOCKET_CASES.test(next) && (DOCKET_AFTER.test(next) || DOCKET_BEFORE.test(prev)) && !CASES_AGAINST.test(next))
    return 'count_not_people';
  // a count of things said to be the number: "our count of far-right attacks in 2025 was 64", "the number of raids
  // carried out rose to 212" (the last noun the vocabularies know, before the verb, names what is counted)
  const lead = before(text, s, n.start, 100);
  const countOf = /\b(?:count|number|total|tally)\s+of\s/i.test(lead) ? COUNT_OF_NOUNS.exec(lead) : null;
  if (countOf) {
    const kinds = (countOf[1].match(/[\p{L}-]+/gu) ?? []).map((w) => nounKind(w.toLowerCase())).filter((k) => k !== null);
    if (kinds.length && kinds[kinds.length - 1] === 'thing' && !kinds.includes('people')) return 'count_not_people';
  }
  // "One Member State", "18 EU member states": states, not people (though "member" alone would be)
  if (MEMBER_STATES_AFTER.test(next)) return 'count_not_people';
  if (/^\s*in\s+(every\s+)?[\d,]+/i.test(next) && n.value === 1) return 'ratio';
  // "two in three Germans", "3 in 10": a small number in another is a share ("12 in 2019" is a year, "705 out of
  // 791" a part of a count)
  const inAnother =
    /^\s+in\s+(?:every\s+)?([\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)\b(?![.,]\d)/i.exec(next);
  if (inAnother && SMALL_NUMBER_WORD.test(text.slice(n.start, n.end)) && !/^(1[89]|20)\d\d$/.test(inAnother[1])) return 'ratio';
  if (
    /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?:every\s+)?$/i.test(prev) &&
    !(n.plain && n.value! >= 1800 && n.value! <= 2100)
  )
    return 'ratio';
  if (/\b(?:one|1)\s+(?:in|out\s+of)\s+(every\s+)?$/i.test(prev)) return 'ratio';
  // …and the whole of a share of every so many: the four of "three of every four victims"
  if (/\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|out\s+of)\s+(?:each|every)\s+$/i.test(prev)) return 'ratio';
  // "one doctor for every 5,000 residents", "per 100,000 inhabitants", "by a factor of two"
  if (/\b(?:for|to)\s+every\s+$|\bper\s+$|\bfactor\s+of\s+$/i.test(prev)) return 'ratio';
  if (
    /\b(country|nation|city|town|capital|state|(?<!\b(?:in|of)\s+the\s+)region|province|(?<!\bcamps?['’]?s?\s)population|republic|territory|island)\s+of\s+(?:about|around|some|nearly|roughly|approximately|more than|over|almost|just over|under|just|only|barely|an estimated|close to)?\s*$/i.test(
      prev,
    )
  )
    return 'population';
  // ("not one woman has been prosecuted" says none was)
  if (n.kind === 'words' && n.value === 1 && /\b(every|each|any|no|not|some|single)\s+$/i.test(prev)) return 'number_word_not_count';
  // one person's children by their number: "a father of three", "the mother of five" (not "the mothers of 40 children")
  if (/\b(?:father|mother|parent)\s+of\s+$/i.test(prev) && !nounAfter(ctx, n.end, s)) return 'count_not_people';
  // what a place was built for or can hold, not who is in it: "built for 600 people", "a capacity of 2,000", "can hold
  // 1,500 people", "room for 2,000", "beds for 300" (a place that holds them now, "houses 1,340", is told as it is)
  if (
    /\b(?:built|designed|meant|intended|planned|equipped)\s+(?:to\s+(?:hold|house|accommodate|take)|for)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?$|\bcapacity\s+(?:of|for)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?$/i.test(
      prev,
    ) ||
    CAN_HOLD.test(prev)
  )
    return 'capacity';
  // …and the people a site is for while it is planned or being built: "a new centre for 500 returnees", "a camp for
  // 1,000 people will be built" (a site that exists is for the people it holds: "Roj is the camp for 2,600 women
  // and children held by the SDF")
  if (plannedSiteFor(text, n, s, prev)) return 'capacity';
  // a point on a scale: "level 4 on a scale of 5", "a score of 3.4 out of 10", "the threat level stands at 3"
  if (/\bscale\s+of\s+(?:\d+\s+to\s+)?$|\d\.\d+\s+out\s+of\s+$/i.test(prev)) return 'ratio';
  if (LEVEL_AT.test(prev)) return 'label';
  // …and the top of the scale that point is given out of: "the threat level remains at four out of five"
  const outOf = OUT_OF_BEFORE.exec(prev);
  if (outOf && LEVEL_AT.test(prev.slice(0, outOf.index))) return 'label';
  // numbers put as alternatives that do not matter: "Whether it is 1,900 or 3,000, the number is too high", "be it 50 or 500"
  if (
    (WHETHER_BEFORE.test(prev) &&
      /^\s*(?:[\p{L}-]+\s+){0,2}?or\s+(?:about\s+|around\s+|some\s+|even\s+|more\s+than\s+)?(?:\d|[\p{L}]+\s+(?:hundred|thousand))/iu.test(
        next,
      )) ||
    /\b(?:whether|be\s+it)\s+[^.;:?!]{0,50}?\d[^.;:?!]{0,20}?\s+or\s+(?:about\s+|around\s+|some\s+|even\s+|more\s+than\s+)?$/iu.test(prev)
  )
    return 'counterfactual';
  // a number set against the one the text holds: "dozens, not hundreds", "rather than 300"
  if (/(?:,|\band)\s+not\s+$|\brather\s+than\s+$|\binstead\s+of\s+$/i.test(prev)) return 'counterfactual';
  // glued to a word by a hyphen or an underscore: "AK-47", a user's handle "chaco_norte_88"
  if (n.kind === 'digits' && /[\p{L}]-$|[\p{L}\d]_$/u.test(prev)) return 'label';
  // a section sign, single or doubled, right before the number: "(§ 12 of the submissions)", "§§ 259-263", "§4"
  if (/§\s*$/.test(prev)) return 'label';
  // a label word right before the number ("Article 9", "No. 4"), not one a comma sets apart ("the report, 1,200 …")
  if (LABEL_WORDS.test(lastWord.replace(/\.$/, '')) && !/^(no|number|case|unit)$/.test(lastWord) && /[\p{L}.]\s*$/u.test(prev))
    return 'label';
  if (/(?:\bNo\.?|\bNos\.?|\bNumber|#)\s*$/.test(prev) && n.kind === 'digits') return 'label';
  // …in lower case with a colon, or "number" set apart by a comma or a bracket: "Case no.: 5", "the communiqué, number 47"
  if (/(?:\b[Nn]os?\.\s*:?|(?:[,(]\s*|\b[Nn]o\s*)[Nn]umber\s*:?|\b[Nn]o\s*:)\s*$/.test(prev) && n.kind === 'digits') return 'label';
  // …and "Case 14:", "Unit 3:" opening what the label names (not "in case 14 people…")
  if (/^(case|unit)$/i.test(lastWord) && /[\p{L}]\s*$/u.test(prev) && /^\s*:/.test(next) && n.kind === 'digits') return 'label';
  // the later part of a label's number: the 117 of "Memo 24-117", the 14 of "Decree 3/14"
  // (each pattern below ends the text before the number: its last characters are asked first, a cheap test)
  const labelled = /[-–/.]$/.test(prev) ? /(\p{L}+)\.?\s+\d+[-–/.]$/u.exec(prev) : null;
  if (n.kind === 'digits' && labelled && LABEL_WORDS.test(labelled[1])) return 'label';
  // the count a label's number is one of: the 86 of "Page 3 of 86", the 4 of "level 2 of 4"
  const oneOf = /of\s+$/.test(prev) ? /(\p{L}+)\.?\s+\d+\s+of\s+$/u.exec(prev) : null;
  if (n.kind === 'digits' && oneOf && LABEL_WORDS.test(oneOf[1]) && !nounAfter(ctx, n.end, s)) return 'label';
  // a label's number in brackets: "Recital (7)", "Article (3)" ("Women (12)" counts them)
  const bracketed = /\($/.test(prev) ? /(\p{L}+)\s*\($/u.exec(prev) : null;
  if (n.kind === 'digits' && bracketed && LABEL_WORDS.test(bracketed[1]) && /^\)/.test(next)) return 'label';
  // "prisoner number 4471", "badge number 2231": "number" after the noun it numbers (not "the number", "a number", a
  // total's adjective), and the later parts of a numbered reference ("Case No. 1-45", "No. 12/3")
  if (
    n.kind === 'digits' &&
    ((/number\s*$/i.test(prev) &&
      /(?<![\p{L}])(?!(?:the|a|an|that|this|its|their|his|her|our|total|same|any|overall|exact|real|true|official|final|record|whole|large|small|high|low|great|huge|growing|rising|falling|would|could|should|may|might|must|will|shall|can|to|now|still|they|we|who|which)\s)\p{L}*[^\P{L}s]\s+number\s*$/iu.test(
        prev,
      )) ||
      /(?:\b[Nn]o\.?|\b[Nn]os\.?|\bNumber|#):?\s*[\dA-Za-z]+[-/.]$/.test(prev))
  )
    return 'label';
  // a street address: "22 Baker Street", "at 14 rue de la Paix", "7 Jalan Sudirman"
  if (n.kind === 'digits' && STREET_AFTER.test(next)) return 'label';
  // the number a proceeding or a study gives a person: "Defendant 5 was acquitted", "suspect 3, a 24-year-old",
  // "Witnesses 2 and 4", "defendants 1 to 4": a role noun right before it, a singular one always, a plural one when
  // the number opens a list or range of such numbers ("Defendants 12" would be a table's count)
  if (n.kind === 'digits' && NUMBERED_ROLE.test(lastWord) && /\p{L}\s+$/u.test(prev)) {
    const plural = /s$/.test(lastWord) && !/^(?:accused|witness)$/.test(lastWord);
    if (!plural || /^\s*(?:,|and|or|to|-|–)\s*\d/.test(next)) return 'label';
  }
  if (n.kind === 'digits' && NUMBERED_ROLE_LIST.test(prev)) return 'label';
  // a count of an indictment: "convicted on count 3", "guilty on counts 2 and 4"
  if (/\b(?:on|of|under)\s+counts?\s+(?:\d+\s*(?:,|and|or)\s*)*$/i.test(prev) && n.kind === 'digits') return 'label';
  // the further numbers of a list of labels: "paragraphs 12 and 14", "Articles 2, 3 and 7", "resolutions 2178 and 2396"
  if (LABEL_LIST.test(prev) && nounAfter(ctx, n.end, s)?.kind !== 'people') return 'label';
  // (a camp's population is the people held in it: "a camp population of about 37,000")
  if (/(?<!\bcamps?['’]?s?\s)\bpopulation (of|is|was|stands at|stood at|at)\s+(\S+\s+){0,2}$/i.test(prev)) return 'population';
  // a workforce is a population too: "we employ 3,400 people", "a workforce of 2,100"
  if (
    /\b(?:employ(?:s|ed|ing)?|workforce\s+(?:of|is|was|stands\s+at|numbers)|headcount\s+(?:of|is|was)|staff\s+of)\s+(?:about|around|some|nearly|roughly|approximately|more than|over|almost|close to)?\s*$/i.test(
      prev,
    )
  )
    return 'population';
  // …as is the staff an institution has: "the hospital has 420 beds and 1,150 staff", "with some 300 employees"
  if (
    /\b(?:has|have|had|with|and)\s+(?:about|around|some|nearly|roughly|approximately|more than|over|almost)?\s*$/i.test(prev) &&
    /^\s+(?:staff|employees|workers)\b(?!\s+(?:were|was|have been|had been)\s+(?:killed|wounded|injured|kidnapped|abducted|arrested|detained))/i.test(
      next,
    )
  )
    return 'population';
  // a place's residents are its population, whatever their number: "The county has 866,820 residents", "a town of 40,000
  // inhabitants", "the town now hosts an estimated 11,500 residents" — unless a clause says what they did ("212
  // residents of Ingushetia have left…"); a camp's residents are people in camps
  if (
    /^\s*(?:registered\s+|permanent\s+)?(?:residents|inhabitants)\b(?![^.;:]{0,60}?\b(?:who|which|that|were|was|are|have|has|had|left|joined|fled)\b)/i.test(
      next,
    ) &&
    /\b(?:(?:has|had|have|with|counts?|counted|numbers?|numbered|hosts|hosted|houses|housed)|(?:town|city|village|county|district|province|region|municipality|island)\s+of)\s+(?:about|around|some|nearly|roughly|approximately|more than|over|almost|just over|under|an estimated)?\s*$/i.test(
      prev,
    ) &&
    !NAMES_A_CAMP.test(text.slice(s.start, s.end))
  )
    return 'population';
  // people a place holds, gathers or has driven out are its population, not a count of anybody's doing (a camp's are
  // people in camps): "home to 40,000 people", "the district's 300,000 residents", "a crowd of 2,000", "5,000 people
  // attended the funeral", "3,400 people newly displaced", and residents or inhabitants in a line with no verb ("Some
  // 61,000 inhabitants of the rural areas")
  if (placePopulation(ctx, n, s, prev, next)) return 'population';
  // the size of a body that debates, votes or judges, not a count of anybody's doing: "the Senate's 348 members", "a
  // committee of 14 members", "a majority of 12", "the jury of 12" (a group's members are its strength: "the cell's 40
  // members")
  if (DELIBERATIVE_BODY.test(prev) || MAJORITY_OF_VOTE.test(prev)) return 'count_not_people';
  const body = BOARD_OR_MAJORITY.exec(prev);
  if (body) {
    if ((!/^majority$/i.test(body[1]) && BODY_MEMBERS.test(next)) || nounAfter(ctx, n.end, s)?.kind !== 'people') return 'count_not_people';
  }
  // …and its members told by their vote: "14 of its members voted against the bill", "61 deputies abstained"
  if (VOTED.test(next)) return 'count_not_people';
  // millions of citizens, inhabitants or Muslims are a population, not a count of anybody's doing (those a camp holds
  // are people in camps: "Nearly 1.2 million people live in the camps")
  if (
    n.value !== null &&
    n.value >= 1e6 &&
    !IN_CAMPS.test(text.slice(n.end, s.end)) &&
    /^\s*(?:million\s+|billion\s+)?(?:\p{L}+\s+)?(?:citizens|inhabitants|residents|people|population|Muslims|believers|voters|users|speakers|nationals)\b/iu.test(
      next,
    )
  )
    return 'population';
  // …and so is a count of a million or more that no status is said of in its own clause, or an amount: no count of the
  // ledger's reaches a million with nothing happening to the people ("CHF 2.4 million keeps the programme running", "a
  // region of 3.5 million", "1.2 billion has been disbursed")
  // (a group's strength may be told in millions with no status: "The group had 2.4m followers")
  if (n.value !== null && n.value >= 1e6 && !statusInOwnClause(text, s, n, true) && !GROUP_STRENGTH_AFTER.test(next)) return 'population';
  if (n.kind === 'words' && n.value === 1 && /\bno[-\s]$/i.test(prev)) return 'number_word_not_count';
  if (
    n.kind === 'words' &&
    n.value === 1 &&
    /^\s*(another|of\s+(the|its|his|her|their|our)\s+(most|best|worst|main|few|many|largest|biggest|key))/i.test(next)
  )
    return 'number_word_not_count';
  // "one of 12 detainees": a single person picked out of a count, not a count
  // (however the count is written: "one of five young men", "one of the dozens arrested")
  if (n.kind === 'words' && n.value === 1 && ONE_OF.test(next)) return 'number_word_not_count';
  // an idiom of a circumstance: "in one case", "at one point", "on one occasion", "in one instance"
  if (n.kind === 'words' && n.value === 1 && /\b(?:in|at|on)\s+$/i.test(prev) && ONE_CIRCUMSTANCE.test(next))
    return 'number_word_not_count';
  // one person in a sentence that says nothing happened to anybody is somebody picked out, not a count: "€35 buys a winter
  // kit for one child", "one European in the audience asked" ("one more person left" says what one did)
  if (n.kind === 'words' && n.value === 1 && /^one$/i.test(text.slice(n.start, n.end)) && statusesIn(text, s.start, s.end).length === 0)
    return 'number_word_not_count';
  // one person who speaks is a source, not a count: "one resident said", "one senior official told Reuters"
  if (n.kind === 'words' && n.value === 1 && ONE_WHO_SPEAKS.test(next)) return 'number_word_not_count';
  // people an attacker meant or threatened to harm: a hypothetical number
  if (
    /\b(?:plan(?:ned|ning|s)?|plott(?:ed|ing)|intend(?:ed|ing|s)?|envisag(?:ed|ing|es)|aim(?:ed|ing|s)?|want(?:ed|ing|s)?|hop(?:ed|ing|es)|threaten(?:ed|ing|s)?|sought|seeking|seeks|tried|trying|tries|could\s+have|would\s+have|might\s+have)\s+(?:to\s+)?(?:kill|killing|killed|murder|murdering|harm|harming|attack|attacking|target|targeting|injure|injuring)\s+(?:up\s+to\s+|at\s+least\s+|as\s+many\s+as\s+|more\s+than\s+|some\s+|about\s+|around\s+|hundreds\s+of\s+|thousands\s+of\s+)?$/i.test(
      prev,
    )
  )
    return 'counterfactual';
  // people a plan, a programme's target or a condition would reach, who are not there yet: "the project will work with 300
  // ex-combatants", "aims to recruit 50 more", "the offence would apply to 20 to 40 persons a year", "Target (2027):
  // fewer than 150 suspects" (a government's plan to bring people home counts them: awaiting repatriation)
  // (and the further numbers of its range or list: the 40 of "would apply to between 20 and 40", the 1,200 of "will work
  // with 300 ex-combatants and 1,200 community members")
  const reachLead = /(?:,|\band|\bor|\bto|-|–)\s*$/.test(prev) ? before(text, s, n.start, 100).replace(FIRST_OF_LIST, '') : prev;
  // …and people a condition's clause says would do something: "some 10 of them would enter the wings if they were
  // returned", "if the deal holds, 300 could be released"
  if (CONDITIONAL_AFTER.test(next) && !DEFINITE_BEFORE.test(prev) && CONDITION.test(text.slice(s.start, s.end))) return 'counterfactual';
  for (const lead of reachLead === prev ? [prev] : [prev, reachLead]) {
    if (WOULD_REACH.test(lead) && !REPATRIATE_WORDS.test(lead)) return 'counterfactual';
    if (PLANNED_REACH.test(lead)) return 'counterfactual';
    if (TARGET_LINE.test(lead)) return 'counterfactual';
  }
  if (/^\s*(another|or\s+(two|other|another)|by\s+one|on\s+one|to\s+one|-on-)/i.test(next) && n.kind === 'words')
    return 'number_word_not_count';
  // A line that is nothing but the number (map markers, scales, chart axes), unless it is a row of a table whose column
  // the heading above names ("2016    37    29" under "Year    Returned    Convicted")
  const line = text.slice(s.start, s.end).trim();
  if (s.headline && /^[\d,.\s]+(km|mi|miles)?$/i.test(line) && !columnHeading(text, n.start)) return 'label';
  return null;
}
