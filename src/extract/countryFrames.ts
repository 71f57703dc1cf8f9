/**
 * Countries a figure takes from how the text is laid out rather than from a nationality word next to it: the country
 * of its list item ("Iraq 1,905 persons; the Russian Federation 142", "France: 41", "Sweden and Denmark together 11",
 * "the remaining three to Canada, Austria and Finland"), the country heading its section ("Finland. Supo's figure…"),
 * and the country of the police, prosecutor or court whose own case counts it is ("Kenyan police arrested 14").
 */
import type { Lexicon, NameMention } from './lexicon';
import type { Sentence } from './text';
import { ITEM_MARK, lineStart } from './tableColumns';
import { lowerBound } from './sorted';
import { CountryRule, Work } from './work';

/** Metrics that count a state's own cases: its police's arrests, its prosecutors' charges, its courts' verdicts. */
export const CASE_METRICS = new Set([
  'arrested',
  'charged',
  'convicted',
  'sentenced_to_death',
  'awaiting_trial',
  'under_investigation',
  'wanted',
  'arrest_warrants',
  'released_under_restrictions',
  'classified_threat',
  'prevented_from_travelling',
]);
const JOIN = /^\s*(?:,|and|&|or|,\s*and)\s*(?:the\s+)?$/i;
/**
 * The stretch of a line or list item before the country that heads it: nothing, a list item's mark ("*", "•", "-", "3.",
 * "(a)") or a table row's opening bar ("| Serbia | 49 |"), then "the".
 */
const OPENS_ITEM = new RegExp(`^\\s*(?:${ITEM_MARK}\\s*|\\|\\s*)?(?:the\\s+)?$`, 'i');
/** A list item opened by a mark and a capitalised label before a colon: "- Chechnya: …", "3. Kosovo: …". */
export const ITEM_LABEL = new RegExp(`^\\s*${ITEM_MARK}\\s*(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3}\\s*:\\s`, 'u');

/**
 * What may stand between the country heading a list item and its figure: nothing, a label's mark ("France: 41",
 * "Belgium — 17", "(190)"), a word of the item ("together 11", "only two"), the "for" or "with" of a clause whose verb
 * the list leaves out ("Bosnia accounts for 118, Serbia for 57", "Russia topped the list with 3,417, Jordan with 2,089")
 * and a quotation mark opening a quoted figure ("Lebanon "around 900"").
 */
const ITEM_GAP = /^\s*(?:[:—–|-]|\(|together|combined|alone|each|only|just|for|with)?\s*["“‘']?$/i;

/** What opens the first of a total's main sources, each with its figure in brackets: "with", "led by", "including". */
const SOURCES_OPENING = String.raw`(?:with|led\s+by|headed\s+by|followed\s+by|including|among\s+them|notably|chiefly|mainly|mostly)\s+(?:the\s+)?$`;
/** The item's words before such a first source: the opening alone. */
const OPENS_SOURCES = new RegExp(String.raw`^\s*${SOURCES_OPENING}`, 'i');
/** The words before it after its total: "about 5,000, with ", "9,000 fighters, led by ". */
const TOTAL_THEN_SOURCES = new RegExp(String.raw`\d[^()]*?\b${SOURCES_OPENING}`, 'i');

/** A dateline's place in capitals before the comma that opens the country: "BOGOTA,", "DERA ISMAIL KHAN,". */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]{2,},\s*$/u;

/**
 * A wire story's whole dateline opening a line: its place in capitals, the country, the agency in brackets, the dash
 * ("BOGOTA, Colombia (AP) — ", "MANILA, Philippines - "): another story starts there.
 */
export const STORY_DATELINE = /\n\s*\p{Lu}[\p{Lu}\s.'’-]{2,},\s*[^\n,()—–]{2,40}?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]\s/u;

export interface Found {
  country: string | string[];
  rule: Extract<CountryRule, 'list-item' | 'list-destination' | 'section'>;
  reason: string;
}

const codesOf = (run: NameMention[]) => {
  const codes = [...new Set(run.map((p) => p.ref))];
  return codes.length > 1 ? codes : codes[0];
};

/** A run of country names joined by commas and "and", starting at places[k]. */
function runFrom(text: string, places: NameMention[], k: number, end: number): NameMention[] {
  const run = [places[k]];
  for (let j = k + 1; j < places.length && places[j].end <= end; j++) {
    if (!JOIN.test(text.slice(run[run.length - 1].end, places[j].start))) break;
    run.push(places[j]);
  }
  return run;
}

/**
 * The country of the figure's list item: an item is the stretch between separators (";", ",", a line break, a colon
 * opening the list) holding the figure; a country name standing alone before the figure in it ("the Russian Federation
 * 142", "France: 41", "Belgium — 17") or after it as the destination of people brought back ("three to Canada,
 * Austria and Finland") is theirs.
 */
export function listItemCountry(text: string, w: Work, countries: NameMention[]): Found | null {
  // (countries: their names, the adjectives of their nationals that label a table's rows, and regions' names)
  const { fig } = w;
  const s = fig.sentence;
  const head = text.slice(s.start, fig.start);
  // a figure alone in brackets after its country ("Turkey (190), Tunisia (120)") belongs to the item the bracket is in
  const bracketed = /\(\s*$/.test(head);
  // a colon right before the figure labels it ("Serbia: 49"); one further back opens the list ("Returnees: Serbia 49")
  const opened = head.replace(/:\s*$/, '');
  const cut = Math.max(
    head.lastIndexOf(';'),
    head.lastIndexOf('\n'),
    head.lastIndexOf(','),
    opened.lastIndexOf(':'),
    bracketed ? head.slice(0, -1).lastIndexOf('(') : head.lastIndexOf('('),
  );
  const itemStart = s.start + cut + 1;
  // a wire story's dateline ("BOGOTA, Colombia - Around 2,500…", "MANILA, Philippines (Reuters) —") says where the story
  // was filed, not whose the figures are
  if (DATELINE.test(text.slice(lineStart(text, itemStart), itemStart))) return null;
  const before = countries.filter((p) => p.start >= itemStart && p.end <= fig.start);
  if (before.length) {
    // the run of names that ends nearest the figure: "Kyrgyzstan 59 and Kazakhstan 37" → Kazakhstan
    let k = countries.indexOf(before[before.length - 1]);
    while (k > 0 && countries[k - 1].start >= itemStart && JOIN.test(text.slice(countries[k - 1].end, countries[k].start))) k--;
    const run = runFrom(text, countries, k, fig.start);
    const lead = text.slice(itemStart, run[0].start);
    const gap = text.slice(run[run.length - 1].end, fig.start);
    // "the Russian Federation 142", "France: 41", "- Pakistan: 812", "Belgium — 17", a table's row "Peru | 8 | 1",
    // "Sweden and Denmark together 11", "… 59 and Kazakhstan 37", "… 30 children and Germany 91"
    // "…, followed by Saudi Arabia with 2,275" (a ranking's next item)
    if (
      (!bracketed || bracketedOrigins(text, countries, k, CASE_METRICS.has(w.metric ?? ''))) &&
      (OPENS_ITEM.test(lead) ||
        /^\s*(?:and\s+|followed\s+by\s+|.*\d\)?(?:\s+\p{L}+){0,2}\s+and\s+)(?:the\s+)?$/iu.test(lead) ||
        (bracketed && OPENS_SOURCES.test(lead))) &&
      ITEM_GAP.test(gap) &&
      // a nationality's adjective labels a row or an item only as a label does, before a cell's bar, a colon or a dash
      // ("Tajik | 84 | 212", "Uzbek: 45"): "the Syrian 12" is no item's label
      (run.every((p) => p.form === 'name') || /^\s*[:—–|\t-]\s*$|^ {2,}$/.test(gap))
    )
      return {
        country: codesOf(run),
        rule: 'list-item',
        reason: `"${text.slice(run[0].start, run[run.length - 1].end)}" heads its list item`,
      };
  }
  const rest = text.slice(fig.end, s.end);
  const stop = /[;\n]/.exec(rest);
  const itemEnd = fig.end + (stop ? stop.index : rest.length);
  const to = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:went\s+|were\s+sent\s+|returned\s+|repatriated\s+)?to\s+(?:the\s+)?$/iu;
  // (where people travelled to fight is no destination they were brought to: "four had travelled to Syria and returned")
  const travelledTo = /\b(?:travell?ed|gone|fled|headed|left\s+for|moved)\s+(?:back\s+)?to\s+(?:the\s+)?$/i;
  const after = countries.find(
    (p) =>
      p.form === 'name' &&
      p.start >= fig.end &&
      p.end <= itemEnd &&
      to.test(text.slice(fig.end, p.start)) &&
      !travelledTo.test(text.slice(fig.end, p.start)),
  );
  if (after && /^(returnees|transferred)$/.test(w.metric ?? '')) {
    const run = runFrom(text, countries, countries.indexOf(after), itemEnd);
    return {
      country: codesOf(run),
      rule: 'list-destination',
      reason: `brought to "${text.slice(run[0].start, run[run.length - 1].end)}" in its list item`,
    };
  }
  return null;
}

/**
 * Whether the enumeration of bracketed figures that countries[k] belongs to ("come from Russia (340), Turkey (190) and
 * France (91)") lists origins: its first country follows "from" or a breakdown "by country:". Counted by place
 * ("arrests in France (411), Spain (91)"), the figures are no nationality's.
 */
function bracketedOrigins(text: string, countries: NameMention[], k: number, cases: boolean): boolean {
  let first = k;
  while (
    first > 0 &&
    /^\s*\([^()]*\)\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(countries[first - 1].end, countries[first].start))
  )
    first--;
  // "come from Russia (340), …", "Returnees by country: Kazakhstan (757), …" (a breakdown by nationality)
  const lead = text.slice(Math.max(0, countries[first].start - 40), countries[first].start);
  return (
    /\bfrom\s+(?:the\s+)?$|\bby\s+(?:country(?:\s+of\s+origin)?|nationality|citizenship)\s*:\s*(?:the\s+)?$/i.test(lead) ||
    // the main sources a total of people names after it ("Western Europe supplied about 5,000, with France (1,700),
    // Germany (760) …", "9,000, led by Tunisia (6,000)"); a state's cases so broken down are counted by place
    (!cases && TOTAL_THEN_SOURCES.test(lead))
  );
}

/** A paragraph opened by a country's name alone ("Finland. Supo's figure…", "France: …"), or a heading that is one. */
export function sectionCountry(text: string, sents: Sentence[], at: number, countries: NameMention[], lexicon: Lexicon): Found | null {
  // the first name of the sentence: countries are in text order, so found by halving (a search from the text's first
  // country, for each sentence of a paragraph walked back over, for each figure, had made a text pasted as one
  // paragraph of thousands of figures take minutes)
  const firstIn = (s: Sentence): NameMention | undefined => {
    const p = countries[lowerBound(countries, (c) => c.start, s.start)];
    return p !== undefined && p.end <= s.end ? p : undefined;
  };
  // a line opened by a country's label opens a section of its own inside a paragraph: "KENYA: …\nSYRIA: …"; so does a
  // list item's label the gazetteer does not know ("- Chechnya: 600 to 700 …" is no part of "- Kazakhstan: …" before it)
  const labelled = (j: number) => {
    const s = sents[j];
    if (s.start !== 0 && text[s.start - 1] !== '\n') return false;
    const p = firstIn(s);
    if (p !== undefined && OPENS_ITEM.test(text.slice(s.start, p.start)) && /^\s*[:—–]\s/.test(text.slice(p.end, s.end))) return true;
    return ITEM_LABEL.test(text.slice(s.start, s.end));
  };
  // the section's first sentence, remembered for the sentences after it (each figure's walk back had been its own)
  let firsts = SECTION_FIRSTS.get(sents);
  if (!firsts || firsts.countries !== countries) SECTION_FIRSTS.set(sents, (firsts = { countries, at: new Map() }));
  const known = firsts.at;
  const sectionStart = (from: number): number => {
    let k = from;
    const walked: number[] = [];
    while (k > 0 && !known.has(k) && sents[k - 1].block === sents[k].block && !sents[k - 1].headline && !labelled(k)) {
      walked.push(k);
      k--;
    }
    const first = known.get(k) ?? k;
    known.set(k, first);
    for (const j of walked) known.set(j, first);
    return first;
  };
  const k = sectionStart(at);
  const first = sents[k];
  // a heading governs the paragraphs under it, up to the next heading
  let h = k - 1;
  while (h >= 0 && !sents[h].headline) h--;
  const heading = h >= 0 ? sents[h] : null;
  for (const s of heading ? [first, heading] : [first]) {
    const p = firstIn(s);
    if (!p || p.form === 'demonym' || p.within || lexicon.place(p.ref)?.kind !== 'country') continue;
    // after a number or a bullet: "3. France: …", "* KAZAKHSTAN: The government says…"
    if (!OPENS_ITEM.test(text.slice(s.start, p.start))) continue;
    const tail = text.slice(p.end, s.end);
    // the name alone ("Finland.", a heading "France") or followed by a colon or dash opening the paragraph ("France: …")
    // (…and a title opened by a country and a colon, "Kenya: Families of missing young men demand answers", frames the
    // whole text under it, as its heading alone would)
    if (/^\s*[.:]?\s*$/.test(tail) || ((s === first || (s === heading && h === 0)) && /^\s*[:—–]\s/.test(tail)))
      return { country: p.ref, rule: 'section', reason: `"${p.text}" heads its section` };
  }
  return null;
}

/** Where each sentence's section starts, by the text's sentences and countries (one text's reading at a time). */
const SECTION_FIRSTS = new WeakMap<Sentence[], { countries: NameMention[]; at: Map<number, number> }>();

const AUTHORITY =
  "(?:police|policemen|prosecutors?|prosecution|prosecutor's office|public prosecutor|courts?|tribunals?|judges?|judiciary|authorities|" +
  'ministry|interior ministry|security services?|security forces|intelligence|gendarmerie|counter-?terrorism|anti-?terror\\w*|investigators?)';
/** "Kenyan police", "Turkish authorities", "Morocco's prosecutors", "the police in Uganda", "In Uganda, the police". */
const NEAR_AUTHORITY = new RegExp(`^(?:[’']s)?\\s+(?:[\\p{L}-]+\\s+){0,3}?${AUTHORITY}\\b`, 'iu');
const AUTHORITY_IN = new RegExp(`\\b${AUTHORITY}\\s+(?:office\\s+)?(?:in|of)\\s+(?:the\\s+)?$`, 'i');
/**
 * A state named as the subject of its own arrests, trials or verdicts: "Egypt has sentenced 1,000 people", "Jordan
 * arrested 40", "Iraq has tried more than 20,000" (its own cases, as its courts' or police's are; a state that indicts or
 * prosecutes its returnees still names them: the corpora's annotators differ there).
 */
export const STATE_ACTS =
  /^\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|since|now)\s+)?(?:convicted|sentenced|arrested|detained|jailed|tried)\b/;

/**
 * A state's own case counts: a police, prosecutor or court figure (arrests, charges, convictions…) counts people of
 * the country whose authority acts ("Kenyan police arrested 14", "In Uganda, the police arrested 40", "the
 * prosecution office of North Macedonia charged seven"), when the text gives no other nationality. A place inside a
 * country ("Police in Bavaria") says where, not whose.
 */
export function authorityCountry(
  text: string,
  w: Work,
  places: NameMention[],
  lexicon: Lexicon,
): { country: string; reason: string } | null {
  if (!CASE_METRICS.has(w.metric ?? '')) return null;
  const s = w.fig.sentence;
  for (const p of places) {
    if (p.start < s.start || p.end > s.end || p.within || lexicon.place(p.ref)?.kind !== 'country') continue;
    const after = text.slice(p.end, Math.min(s.end, p.end + 60));
    const before = text.slice(Math.max(s.start, p.start - 50), p.start);
    const opening = /^\s*in\s+(?:the\s+)?$/i.test(text.slice(s.start, p.start)) && /^\s*,/.test(after);
    if (NEAR_AUTHORITY.test(after) || AUTHORITY_IN.test(before) || opening || STATE_ACTS.test(after))
      return { country: p.ref, reason: `"${p.text}": the state whose authorities count their own cases` };
  }
  return null;
}
