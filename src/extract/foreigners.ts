/** Whether a figure's own words say the people it counts are foreigners, of several nationalities. */
import { clauseOpening, type Work } from './work';

/**
 * People named as foreigners: "foreigners", "foreign nationals", "third-country nationals", "non-Syrian, non-Iraqi
 * foreigners", and people denied a nationality ("are not French citizens", "were not nationals").
 */
const FOREIGN_PEOPLE = String.raw`(?:(?:non-[\p{L}]+,?\s+)*(?:foreigners|foreign\b|non-?nationals|non-?citizens|third[- ]country nationals)|not\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:citizens|nationals)\b)`;
/**
 * "30 were foreigners", "14 non-nationals", "41 people of foreign nationality", "6,300 residents of al-Hol are
 * third-country nationals", "Eight of those convicted in 2025 were foreign nationals", "a third of them foreigners": the
 * people counted are foreigners, whatever words (and years) stand between the figure and the predicate in its clause.
 */
const FOREIGN_AFTER = new RegExp(
  String.raw`^["”’']?\s+(?:(?:[\p{L}-]+\s+){0,2}(?:non-?nationals|non-?citizens|third[- ]country nationals|of foreign (?:nationality|origin|citizenship))|(?:(?:[\p{L}-]+|(?:1[89]|20)\d\d)\s+){0,6}(?:were|are|was|is)\s+(?:all\s+|mostly\s+)?${FOREIGN_PEOPLE}|of\s+(?:them|whom)\s+(?:(?:were|are)\s+)?${FOREIGN_PEOPLE})`,
  'iu',
);

/**
 * Foreigners named as the subject that opens a figure's clause (or the clause after "that"), right before it: set beside
 * it ("The foreign women and their children, some 6,500 people, …") or before a verb of number ("foreign terrorist
 * fighters now make up nearly half of", "Foreigners account for 300 of the inmates", "third-country nationals number
 * about 8,000"). The phrase must end where the verb or the comma is: an origin named between ("foreign fighters from
 * France, some 300") is not of foreigners; nor is a phrase after a preposition the subject ("Besides foreigners, 40
 * people", "Of the foreign fighters, 40").
 */
const FOREIGN_SUBJECT = new RegExp(
  String.raw`(?:^\s*|\bthat\s+)["“]?(?:(?:but|and|while|whereas|meanwhile|however|today|now),?\s+)?(?:(?:the|these|those|its|their)\s+)?(?:(?!(?:besides|apart|except|excluding|including|unlike|like|among|amongst|of|with|than|beyond|plus|without|from|for|to|in|on|by|against|as)\b)[\p{L}'’-]+\s+){0,2}?(?:foreigners|foreign\s+(?:[\p{L}-]+\s+){0,2}?(?:nationals|citizens|fighters|terrorists|militants|jihadists|recruits|detainees|inmates|prisoners|residents|women|children|men|wives|families)|third[- ]country\s+nationals|non-?nationals|non-?citizens)(?:\s+and\s+(?:their|the)\s+(?:children|families|wives))?(?:\s*[,–—]\s*|\s+-\s+|\s+(?:(?:now|still|together|alone|currently|reportedly)\s+)?(?:make|makes|made|account|accounts|accounted|number|numbers|numbered|total|totals|totalled|totaled|comprise|comprises|comprised|represent|represents|represented)(?:\s+up|\s+for)?\s+)$`,
  'iu',
);
/**
 * "nine of other nationalities", "the remaining 16 held eleven other nationalities", "40 from other countries": people set
 * apart from the nationalities named beside them, of no one nationality the text names.
 */
const OTHER_NATIONALITIES =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:were|are|was|is)\s+)?(?:of|held|hold|holding|had|have|having|with|from|came\s+from|come\s+from)\s+(?:(?:some|about|around|at\s+least|more\s+than|over)\s+)?(?:[\p{L}\d-]+\s+)?(?:other|neighbou?ring|foreign)\s+(?:nationalities|countries|states)\b/iu;
/** "of the non-Syrian fighters", "non-Iraqis": a nationality denied (not a faith: "non-Muslims"). */
const DENIED_NATIONALITY = /^\s+(?:of\s+(?:the|these|those)\s+)?(?:[\p{L}-]+\s+)?non-(?!(?:Muslim|Christian|Jewish|Arab|Kurdish)\b)\p{Lu}/u;

/** "foreign (terrorist) fighters from Western Europe". (Made once: docs/extractor.md#perf50.) */
const FOREIGN_FIGHTERS_FROM = /^\s+foreign\s+(?:terrorist\s+)?fighters\s+(?:from|of)\s+(?:the\s+)?\p{Lu}/u;
/** "nine foreign domestic workers from Indonesia". (Made once: docs/extractor.md#perf50.) */
const FOREIGN_NOUN_FROM = /^\s+foreign\s+(?:[\p{Ll}-]+\s+){1,2}from\s+(?:the\s+)?\p{Lu}/u;
/** "300 of them French": a nationality the figure's own words name. (Made once: docs/extractor.md#perf50.) */
const NATIONALITY_AFTER = /^\s+(?:of\s+(?:them|whom)\s+)?(?:(?:are|were)\s+)?\p{Lu}/u;
/** Whether the figure's own words say the people it counts are foreign nationals of several countries. */
export function saysForeign(text: string, w: Work, work: Work[] = []): boolean {
  const { fig } = w;
  const np = text.slice(fig.end, Math.max(fig.noun ? fig.noun.end : fig.end, fig.end));
  const after = predicateOf(text, w, work);
  // (the patterns of foreigners are long and tried at many places: asked only of words with a foreign word in them)
  const foreignAfter = FOREIGN_WORD.test(after);
  // "foreign (terrorist) fighters from Western Europe": the term for travellers, whose origin the text names
  // and so is any foreign noun whose origin follows ("nine foreign domestic workers from Indonesia")
  const originNamed = () =>
    FOREIGN_FIGHTERS_FROM.test(text.slice(fig.end, fig.end + 60)) || FOREIGN_NOUN_FROM.test(text.slice(fig.end, fig.end + 60));
  // "estimates the number of third-country nationals in the camps at roughly 9,500": foreigners named as what a figure
  // is the number of, with no other figure between
  const lead = text.slice(fig.sentence.start, fig.start);
  const clause = text.slice(clauseStart(text, w), fig.start);
  return (
    (/\bforeign(ers)?\b/i.test(np) && !originNamed()) ||
    (FOREIGN_WORD.test(lead) && NUMBER_OF_FOREIGNERS.test(lead)) ||
    /\bother nationals\b/i.test(after) ||
    OTHER_NATIONALITIES.test(after) ||
    (foreignAfter && FOREIGN_AFTER.test(after)) ||
    // "roughly 2,000 from countries other than Syria and Iraq", "300 non-Iraqi fighters": of no nationality named but others
    /^[^.;]*?\bfrom\s+(?:countries|states|nations)\s+other\s+than\b/i.test(after) ||
    DENIED_NATIONALITY.test(text.slice(fig.end, fig.end + 50)) ||
    // (…nor a figure whose own words name a nationality: "Foreign fighters, 300 of them French")
    (FOREIGN_WORD.test(clause) && FOREIGN_SUBJECT.test(clause) && !NATIONALITY_AFTER.test(text.slice(fig.end, fig.end + 40))) ||
    /\b(?:come|came|arrived|travell?ed)\s+from\s+(overseas|abroad)\b/i.test(after) ||
    // "92 expulsions", "a quarter of those expelled": a state expels or deports only people who are not its nationals
    /^(?:expulsions|deportations|deportees|expellees)$/i.test(fig.noun?.lower ?? '') ||
    /^\s+of\s+(?:those|the people|the persons|the individuals)\s+(?:it\s+|they\s+)?(?:expelled|deported)\b/i.test(after) ||
    // "730 infants born to foreign parents", "children of foreign fighters": the children of foreigners are foreigners
    (foreignAfter && BORN_TO_FOREIGNERS.test(after)) ||
    // "handed over 61 children to their countries of origin": sent home to several countries, so foreigners
    /^[^.;]*?\bto\s+their\s+(?:home\s+|own\s+|respective\s+)?countries(?:\s+of\s+origin)?\b/i.test(
      text.slice(w.fig.end, w.fig.sentence.end),
    )
  );
}

/**
 * A word every pattern of foreigners above holds ("foreigners", "foreign", "non-nationals", "third-country nationals",
 * "not citizens"), with their flags: words without one are not asked the patterns.
 */
const FOREIGN_WORD = /foreign|national|citizen/iu;
/** "the number of third-country nationals in the camps at": foreigners named as what the figure after is the number of. */
const NUMBER_OF_FOREIGNERS =
  /\b(?:number|count|total)\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:foreigners|foreign (?:nationals|citizens)|non-?nationals|non-?citizens|third[- ]country nationals)\b[^\d]*$/iu;
/** "730 infants born to foreign parents", "children of foreign fighters". */
const BORN_TO_FOREIGNERS =
  /^\s+(?:[\p{L}-]+\s+){0,6}?(?:born\s+to|of|with)\s+(?:(?:one\s+or\s+two|two|both)\s+)?foreign\s+(?:(?:terrorist\s+)?fighters|parents?|fathers?|mothers?|families)\b/iu;

/** Where the figure's clause opens: its sentence's start, or the last semicolon before it. */
function clauseStart(text: string, w: Work): number {
  return clauseOpening(text, w.fig.sentence.start, w.fig.start);
}

/**
 * The words after a figure that tell of its people. In "11 of the 38 were foreign nationals" the verb after the whole
 * (38) tells of the part set before it (11), the subject: the part reads it, and the whole reads nothing after it.
 */
function predicateOf(text: string, w: Work, work: Work[]): string {
  const i = work.indexOf(w);
  const ofWhole = (part: Work | undefined, whole: Work | undefined) =>
    part !== undefined &&
    whole !== undefined &&
    part.partOf === work.indexOf(whole) &&
    /^\s+of\s+(?:the\s+)?$/i.test(text.slice(part.fig.end, whole.fig.start));
  if (i >= 0 && ofWhole(w, work[i + 1])) return text.slice(work[i + 1].fig.end, work[i + 1].rightEnd);
  if (i > 0 && ofWhole(work[i - 1], w)) return '';
  return text.slice(w.fig.end, w.rightEnd);
}
