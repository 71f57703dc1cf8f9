/** Whose nationals each figure counts: a demonym or origin near it, a named set, the world, its whole's, the text's. */
import {
  afterBreakdownItem,
  carryStops,
  MORE_OF_THEM,
  ownCases,
  PARTITIVE,
  personsOnlyCases,
  TRAVEL_VERBS,
  TRAVELLED,
} from './countryCarry';
import { saysForeign } from './foreigners';
import { groupStrength } from './groupStrength';
import { authorityCountry, CASE_METRICS, ITEM_LABEL, listItemCountry, sectionCountry, STATE_ACTS, STORY_DATELINE } from './countryFrames';
import { type TextCountries, WHERE } from './countryReadings';
import { SUBDIVISION_CODE } from '../subdivisionCode';
import { listLead } from './layoutCounts';
import type { Lexicon, NameMention } from './lexicon';
import { nounKind } from './nouns';
import type { Sentence } from './text';
import { withoutTimeCode, words } from './text';
import { countedMost, lowerBound } from './sorted';
import { clauseOpening, FIGHTER_NOUNS, namesWithin, predicateEnd, type CountryRule, type Work } from './work';

/** The characters of the blanks and the bracket between a nationality and its count: "Tunisian (19)". */
const BRACKET_OR_BLANK = /[\s(]/;
/** The characters of the blanks and of "of the" between a figure and a country's name: "… and 32 of Tajikistan". */
const OF_THE_OR_BLANK = /[\softhe]/i;
/** How many characters right before `at` are each one `char` matches. */
function runBefore(text: string, at: number, char: RegExp): number {
  let k = at;
  while (k > 0 && char.test(text[k - 1])) k--;
  return at - k;
}
/** How many characters from `at` on are each one `char` matches. */
function runAfter(text: string, at: number, char: RegExp): number {
  let k = at;
  while (k < text.length && char.test(text[k])) k++;
  return k - at;
}

/**
 * People of many countries, none named: "from 110 countries", "from some 60 other countries", "from dozens of
 * countries" (not "from the other countries", a set named before), "of 80 countries", "worldwide".
 */
const WORLDWIDE =
  /^[^.;]*?(?:\b(?:from|returned\s+to|gone\s+home\s+to)\s+(?:more than |over |some |about |around |nearly |almost )?(?:(?:dozens|scores|hundreds)\s+of|a\s+dozen|(?!(?:the|these|those)\s)\S+\s+other|\d[\d,]*|many|several|various|numerous|multiple|[a-z]+(?:teen|ty|ty-[a-z]+)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+hundred|one\s+hundred)\s+(?:different\s+)?countries\b|\bof\s+(?:more than |over |some |about |around |nearly |almost )?(?:\d[\d,]*|[a-z]+ty(?:-[a-z]+)?|dozens)\s+(?:different\s+)?countries\b|\b(?:worldwide|from around the world|from across the world|globally)\b)/i;

export function placeCountries(
  text: string,
  work: Work[],
  names: NameMention[],
  lexicon: Lexicon,
  sentenceOf: (offset: number) => Sentence,
  sents: Sentence[],
  sentenceIndex: (s: Sentence) => number,
): TextCountries {
  const places = names.filter((n) => n.type === 'place');
  const countryNames = places.filter((p) => p.form === 'name' && !p.within && lexicon.place(p.ref)?.kind === 'country');
  // what may label a list's item or a table's row: a country's name or its nationals' adjective ("Tajik | 84 | 212"), a
  // region's or grouping's name ("the Former Soviet Union some 2,000")
  const itemLabels = places.filter(
    (p) =>
      !p.within &&
      (lexicon.place(p.ref)?.kind === 'country' || (p.form === 'name' && /^(region|grouping)$/.test(lexicon.place(p.ref)?.kind ?? ''))),
  );
  const groupList = names.filter((n) => n.type === 'group');
  const groupsIn = (from: number, to: number) => namesWithin(groupList, from, to);
  // a demonym names whose nationals are counted when it is a plural ("Kazakhs") or qualifies people ("Kazakh
  // militants", "Belgian IS fighters"), not a thing ("the Syrian warzone", "a Syrian doctor")
  const demonymOfPeople = (n: NameMention) => {
    if (/s$/i.test(n.text) && !/(ss|sh|ch)$/i.test(n.text)) return true;
    // "are of Tanzanian nationality", "two women are Austrian": the nationality stated of the people counted
    // (…and "people who hold Belgian passports", "with Dutch and Moroccan passports")
    if (/^\s+(?:nationality|citizenship|origin|descent|passports?)\b/i.test(text.slice(n.end, n.end + 16))) return true;
    if (/\b(?:are|were|is|was)\s+(?:all\s+|also\s+|both\s+)?$/i.test(text.slice(Math.max(0, n.start - 16), n.start))) return true;
    // "Of the French, around 300 …", "among the Dutch,": the nationals named by their adjective alone, a whole fronted
    if (/\b(?:of|among)\s+the\s+$/i.test(text.slice(Math.max(0, n.start - 12), n.start)) && /^\s*,/.test(text.slice(n.end, n.end + 3)))
      return true;
    // "12 men, all Moroccan,", "200 fighters, all of them Tunisian": a nationality set beside the people counted
    if (
      APPOSED.test(text.slice(Math.max(0, n.start - 30), n.start)) &&
      /^(?:\s*[,.;:)]|\s+(?:and|or)\b|\s*$)/.test(text.slice(n.end, n.end + 5))
    )
      return true;
    // "boys from European families", "a parent from a European country": an origin told by a demonym
    if (
      /\bfrom\s+(?:an?\s+|the\s+)?$/i.test(text.slice(Math.max(0, n.start - 12), n.start)) &&
      /^\s+(?:countr(?:y|ies)|famil(?:y|ies)|parents?|backgrounds?|households?|homes?)\b/i.test(text.slice(n.end, n.end + 16))
    )
      return true;
    // "people from the five Central Asian republics", "citizens of the Central Asian member states": the states a
    // region's demonym qualifies are the people's origin
    if (
      ORIGIN_OF_STATES.test(text.slice(Math.max(0, n.start - 40), n.start)) &&
      /^\s+(?:member\s+)?(?:countries|states|republics|nations)\b/i.test(text.slice(n.end, n.end + 24))
    )
      return true;
    const after = words(text, n.end, Math.min(text.length, n.end + 60)).slice(0, 4);
    for (const w of after) {
      if (/[.,;:!?]/.test(text.slice(n.end, w.start))) return false;
      const kind = nounKind(w.lower);
      if (kind) {
        // "Syrian refugee camps": the last noun of a compound decides
        const next = words(text, w.end, Math.min(text.length, w.end + 30))[0];
        const head = next && /^\s+$/.test(text.slice(w.end, next.start)) ? nounKind(next.lower) : null;
        return (head ?? kind) === 'people';
      }
      if (
        !/^[\p{Lu}]/u.test(w.text) &&
        !/^(and|or|former|foreign|young|male|female|other|suspected|alleged|radical|islamist|jihadist|extremist)$/i.test(w.lower)
      )
        return false;
    }
    return false;
  };
  const within = (from: number, to: number) => namesWithin(places, from, to);
  // whether the line at `line` is a list item labelled by a place it names ("- Dagestan: some 1,200 …")
  const placeLabelled = (line: number): boolean => {
    const label = ITEM_LABEL.exec(text.slice(line, line + 120));
    return label !== null && within(line, line + label[0].length).length > 0;
  };
  // the places that start in [from, to], in the text's order: a rule that reads only the words right beside a figure looks
  // among these, not over the text's every place for each figure (perf50)
  const longestPlace = places.reduce((most, p) => Math.max(most, p.end - p.start), 0);
  const placesStarting = (from: number, to: number): NameMention[] => {
    const out: NameMention[] = [];
    for (let k = lowerBound(places, (p) => p.start, from); k < places.length && places[k].start <= to; k++) out.push(places[k]);
    return out;
  };
  const linkedProxy = (n: NameMention) => LINKED.test(text.slice(n.end, n.end + 8)) && !LINKED_PEOPLE.test(text.slice(n.end, n.end + 40));
  // "in Iraq", "in northeastern Syria", "in Iraq and the Syrian Arab Republic": a place where, not whose
  const afterPlacePreposition = (n: NameMention): boolean => {
    const before = text.slice(Math.max(0, n.start - 60), n.start);
    if (PLACE_PREPOSITION.test(before)) return true;
    const k = lowerBound(places, (p) => p.start, n.start) - 1;
    const prev = places[k];
    return (
      prev !== undefined &&
      prev.form === 'name' &&
      /^\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(prev.end, n.start)) &&
      afterPlacePreposition(prev)
    );
  };
  // "…, and for Algeria fewer than 300": a country opening a clause with "for" is the frame of the figures after it
  const opensForClause = (n: NameMention) =>
    /(?:^\s*|[,;:]\s*(?:and\s+|but\s+|while\s+)?)for\s+(?:the\s+)?$/i.test(text.slice(sentenceOf(n.start).start, n.start));
  const readAsNationals = (n: NameMention): boolean => {
    // "Mozambican officials", "Morocco's security services", "the Australian Federal Police": the state that speaks or
    // acts, not whose nationals are counted
    // (…but a state's government giving its own count, "the German government's figure of 1,150", "the Belgian
    // authorities' estimate", counts its nationals, as "Germany's figure" does)
    if (!n.within && STATE_OWN_COUNT.test(text.slice(n.end, n.end + 80))) return true;
    if (qualifiesSpeaker(text, n.end) || FORCES_FROM.test(text.slice(Math.max(0, n.start - 160), n.start))) return false;
    if (LINKED.test(text.slice(n.end, n.end + 8))) return !linkedProxy(n);
    if (n.form === 'demonym') return demonymOfPeople(n);
    // "two of the defendants, both U.S. citizens", "all of whom are UK nationals": a country's name before a noun of
    // nationals states their nationality, as its adjective does ("both American citizens")
    if (!n.within && NAME_OF_NATIONALS.test(text.slice(n.end, n.end + 24))) return true;
    // (a lower-case noun of a subdivision's kind between the two is no more than the place's own: "from the Russian
    // republic of Dagestan", "natives of the province of Anbar", "from the Kasaragod district of Kerala" read as "from
    // Dagestan", "natives of Anbar", "from Kerala")
    const preceding = text.slice(Math.max(0, n.start - 100), n.start);
    const before = (KIND_OF_PLACE_END.test(preceding) ? preceding.replace(KIND_OF_PLACE, '') : preceding).slice(-40);
    const after = text.slice(n.end, n.end + 24);
    // "militants from the Russian Federation", "were from Indonesia", "travelled from Germany to Syria", "travelled from
    // Denmark since 2012": an origin;
    // "brought back from Syria": a place
    // (…and "from the whole Western Balkans", "from across the Sahel", "came from the States of the former Soviet Union")
    // (the patterns anchored at the mention ask first for the word they cannot match without)
    const origin = /from/i.test(before) ? FROM_ORIGIN.exec(before) : null;
    if (origin) {
      // (a quotation closing on the people counted stays outside the head: "'around 300 people' from Serbia")
      const head = origin[1]?.toLowerCase() ?? '';
      // people come back "from" a place came back from it: "150 returnees from Syria" (not "120 of the 900 fighters from
      // Morocco" among returnees)
      if (BROUGHT_BACK_NOUN.test(head)) return false;
      // the verb of bringing back must be in the origin's own clause: in "500 people from Kyrgyzstan (44 have returned
      // home)" the return is another clause's
      const s = sentenceOf(n.start);
      const lead = text.slice(s.start, n.start);
      // (a number's thousands separator, "1,125", ends no clause)
      const clauseStart = s.start + Math.max(-1, ...[...lead.matchAll(/[;()]|,(?!\d)/g)].map((m) => m.index!)) + 1;
      const rest = text.slice(n.end, s.end);
      const clauseEnd = n.end + (/[,;()]/.exec(rest)?.index ?? rest.length);
      // (…unless the verb of bringing back has a "from" of its own after the origin: in "120 people from Kenya have
      // returned from Somalia" Kenya is where the people are from, Somalia where they came back from; a conflict zone is
      // where they were, "children from Syria returned home from the camps")
      const clause = text.slice(clauseStart, clauseEnd);
      const brought = BROUGHT_BACK_VERB.exec(clause);
      const ownPlace =
        brought !== null &&
        brought.index > n.end - clauseStart &&
        !CONFLICT_ZONES.has(n.ref) &&
        PLACE_RETURNED_FROM.test(clause.slice(brought.index + brought[0].length));
      // "Around 300 fighters from Tunisia have returned home": people named by a noun, then their origin, then the verb
      // of coming back with no place of its own: the origin is theirs ("150 returnees from Syria" stays the place, and
      // a conflict zone is where people were: "fighters from Syria were repatriated")
      const originBeforeReturn =
        brought !== null &&
        !n.within &&
        !CONFLICT_ZONES.has(n.ref) &&
        nounKind(head) === 'people' &&
        ORIGIN_THEN_RETURN.test(clause.slice(n.end - clauseStart, brought.index)) &&
        !PLACE_RETURNED_TO.test(clause.slice(brought.index + brought[0].length));
      if (brought && !ownPlace && !originBeforeReturn) return false;
      // a place inside a country is an origin only for people said to be from it ("natives from Mindanao"), not
      // where someone came from ("fighters who came from Raqqa"); the people counted said to be from it ("of whom 2,390
      // are from Dagestan", "the figure of 4,000 from the North Caucasus") are of it
      // "12 men, all from Bosnia", "jihadists, mostly from Belgium", "fighters, most of them from Tunisia": an origin set
      // beside the people counted
      // (not of foreigners: "11 were foreign nationals, mostly from Lebanon" names only some of them)
      // (…and one set off in brackets or dashes: "45 people (from France, Belgium and Germany)", "returned from Syria -
      // from France, …")
      const apposed =
        (APPOSED_HEAD.test(head) ||
          /\bof\s+(?:them|whom)\s+from\s+(?:the\s+)?$/i.test(before) ||
          /(?:\(|\s[–—-])\s*from\s+(?:the\s+)?$/.test(before)) &&
        !/\bforeign(?:ers)?\b/i.test(before);
      if (n.within)
        return (
          apposed ||
          ORIGIN_PEOPLE.test(head) ||
          /^(originally|hail|hailed|hailing|originating|are|were|\d[\d,.]*)$/.test(head) ||
          // (people who "came from" a region or a town outside a conflict zone are of it: "Another 20 came from Sughd",
          // "90 of those who left came from the province"; "fighters who came from Raqqa" were there)
          (/^(come|came|comes)$/.test(head) && !CONFLICT_ZONES.has(n.ref))
        );
      return (
        apposed ||
        nounKind(head) === 'people' ||
        /^(\d[\d,.]*|hundreds|thousands|dozens|scores|several|many|some|most)$/.test(head) ||
        /^(are|were|is|was|come|came|hail|hailed|hailing|originate|originated|originating|originally|departed|left|travell?ed|went|gone|emigrated|migrated|fled)$/.test(
          head,
        ) ||
        /^\s+(to|for)\b/.test(after)
      );
    }
    // "Their count for Tunisia, 2,850, …", "For Morocco they find 1,640, and for Algeria fewer than 300": a count given
    // for a country, the clause opened by "for" it, counts its nationals ("left for Syria" names a destination)
    if (!n.within && (opensForClause(n) || /\b(?:counts?|figures?|numbers?|estimates?|totals?|tally)\s+for\s+(?:the\s+)?$/i.test(before)))
      return true;
    // "nationals of Morocco", "native to Morocco": the country is theirs ("born in" is not: children born in Syria)
    // (…and "nationals of countries of the Western Balkans", "citizens of States in Central Asia": of the region's states)
    if (
      /\b(?:(?:citizens|nationals|natives|residents)\s+of(?:\s+(?:the\s+)?(?:countries|states|member\s+states|nations)\s+(?:of|in|from))?|natives?\s+to)\s+(the\s+)?$/i.test(
        before,
      )
    )
      return true;
    // "40 women and children with a link to Belgium", "people with connections to Norway": the country the people are
    // linked to is theirs, not all of them its citizens (held-out 36–39's reading)
    if (/\b(?:links?|connections?)\s+to\s+(?:the\s+)?$/i.test(before)) return true;
    // "1,150 people left Germany for Syria": the country they left is theirs
    // (…and a region or a town they left, outside a conflict zone: "150 people have left Hesse for Syria" DE-HE, "left
    // Lunel" FR; "left Raqqa" is where they were)
    if (/\b(?:left|leave|leaves|leaving|departed|departing)\s+(the\s+)?$/i.test(before) && (!n.within || !CONFLICT_ZONES.has(n.ref)))
      return true;
    // "Styria, the second state after Vienna in departures, had 47 residents who left": a region or a town that has people
    // who left or travelled is where they left from, their origin (outside a conflict zone: "Raqqa had 3,000 fighters who
    // joined" were there)
    if (n.within && !CONFLICT_ZONES.has(n.ref) && HAD_PEOPLE_WHO_LEFT.test(text.slice(n.end, n.end + 200))) return true;
    // a place inside a country names nationals only as an origin ("from Mindanao", not "Mindanao's" or "Raqqa has"), or
    // as a capital giving its state's own count: "Dushanbe's figure", "Tashkent's own count"
    if (n.within) return STATE_COUNT_OF_CITY.test(after);
    // "six men from Tripoli in northern Lebanon", "recruits from Mombasa, Kenya": the country of the town the people counted
    // are from, whether or not the town is known (not a conflict zone's: "fighters from Raqqa in Syria" were there)
    const farBefore = text.slice(Math.max(0, n.start - 80), n.start);
    const town = farBefore.includes('from') ? TOWN_IN_COUNTRY.exec(farBefore) : null;
    if (town && !CONFLICT_ZONES.has(n.ref)) {
      const head = town[1].toLowerCase();
      if (!BROUGHT_BACK_NOUN.test(head) && (nounKind(head) === 'people' || /^\d[\d,.]*$/.test(head))) return true;
    }
    // "flown back to Kazakhstan", "repatriated to Tajikistan": people brought home are its nationals
    if (/\b(?:back|home|repatriated|deported|extradited|returned|returning)\s+to\s+(the\s+)?$/i.test(before)) return true;
    // "handed over … to a joint delegation of the Federal Republic of Germany": people handed to a state's envoys are its own
    if (
      /\bto\s+(?:an?\s+|the\s+)?(?:joint\s+)?(?:delegations?|representatives?|envoys?|consular\s+officials?)\s+(?:of|from)\s+(?:the\s+)?$/i.test(
        before,
      )
    )
      return true;
    // "Kosovo comes next with 403", "Bosnia follows with 240": a ranking's item counts its nationals
    if (RANKED_WITH.test(text.slice(n.end, n.end + 40))) return true;
    // "Kazakhstan's citizens" are its nationals; "held in Iraq's prisons", "sentenced by Iraq's courts" name a place
    // (…nor do "Indonesia's prisons hold 270 inmates", "Syria's camps": a state's places of detention hold whoever is there)
    if (/^[’']s\b/.test(after))
      return !/\b(?:in|into|to|at|inside|across|throughout|within|near|by)\s+$/i.test(before) && !DETENTION_PLACES.test(after);
    // the state acting on its own nationals: "Kosovo brought back 110 of its citizens", "Tajikistan has repatriated…"
    if (afterPlacePreposition(n)) return false;
    // "Egypt has sentenced 1,000 people", "Jordan arrested 40": the state's own cases (countryFrames.ts)
    if (STATE_ACTS.test(after)) return false;
    // "When North Macedonia flew seven men home", "Kazakhstan airlifted 40 women back": a state flying people home
    if (/^\s+(?:(?:has|have|had)\s+)?(?:flew|flies|flown|airlifted)\b[^.;]{0,80}?\b(?:home|back)\b/i.test(text.slice(n.end, n.end + 100)))
      return true;
    if (
      // "Iraq alone brought back 1,700", "Kosovo itself has repatriated": the state, however stressed
      /^\s+(?:(?:alone|itself|by itself|on its own),?\s+)?(has|have|had|is|was|says|said|brings|brought|bringing|took|takes|repatriated|repatriates|returned|received|accepted|accepts|recently|also|already|will|now|estimates|estimated|counts|counted|sent|sends|supplied|contributed|produced|exported|lost|accounted|accounts|indicted|charged|prosecuted)\b/.test(
        after,
      )
    )
      return true;
    return false;
  };
  // (a mention is read once: every figure near it asks again)
  const nationals = new Map<NameMention, boolean>();
  const asNationals = (n: NameMention): boolean => {
    let read = nationals.get(n);
    if (read === undefined) nationals.set(n, (read = readAsNationals(n)));
    return read;
  };
  // the nationality the text is mostly about: the fallback for figures that name none
  const counts = new Map<string, number>();
  for (const p of places) {
    if (!p.within && lexicon.place(p.ref)?.kind === 'country' && asNationals(p)) counts.set(p.ref, (counts.get(p.ref) ?? 0) + 1);
  }
  // only a clear majority: a text about several nationalities has no default
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // the country heading the list item of a police's or court's cases taken as of no nationality: their other reading
  const listItems = new Map<Work, { country: string | string[]; reason: string }>();
  const dominant = ranked.length && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1]) ? ranked[0][0] : null;
  const named = new Map<string, number>();
  // where people went or are ("left for Syria", "in Iraq") names no citizens of it
  const destination = (p: NameMention) => WHERE.test(text.slice(Math.max(0, p.start - 12), p.start));
  for (const p of places)
    if (!p.within && lexicon.place(p.ref)?.kind === 'country' && !destination(p)) named.set(p.ref, (named.get(p.ref) ?? 0) + 1);
  const mostNamed = countedMost(named);
  // …and counting its towns and regions as its own ("Tunis", "Sfax"), within the story a figure is in (a wire story's
  // dateline opens another): the home the text's people come back to; not a place people went to or are in, nor one
  // they came back from ("returnees from Syria", "brought back 12 young men from Somalia"), nor a conflict zone
  const cameFrom = (p: NameMention) => /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 10), p.start));
  const stories = [0, ...[...text.matchAll(new RegExp(STORY_DATELINE.source, 'gu'))].map((m) => m.index! + 1)];
  // people back in a region or a grouping the figure's own words name ("1,500 returnees are now back in the European
  // Union", "returnees across Europe") are of no one country, whichever the text names most (review50: they had been
  // Belgium's in a text about Belgium)
  const regionalHome = (w: Work) =>
    places.some(
      (p) =>
        p.start >= w.fig.end &&
        p.end <= w.rightEnd &&
        p.form === 'name' &&
        !p.within &&
        /^(region|grouping)$/.test(lexicon.place(p.ref)?.kind ?? '') &&
        !CONFLICT_ZONES.has(p.ref) &&
        !cameFrom(p),
    );
  // (counted once a story, however many of its figures ask)
  const homes = new Map<number, string | null>();
  const homeCountry = (at: number): string | null => {
    const from = stories.filter((x) => x <= at).pop() ?? 0;
    if (homes.has(from)) return homes.get(from)!;
    const to = stories.find((x) => x > at) ?? text.length;
    const counted = new Map<string, number>();
    for (const p of places)
      if (
        p.start >= from &&
        p.end <= to &&
        lexicon.place(p.ref)?.kind === 'country' &&
        !CONFLICT_ZONES.has(p.ref) &&
        !afterPlacePreposition(p) &&
        !destination(p) &&
        !cameFrom(p)
      )
        counted.set(p.ref, (counted.get(p.ref) ?? 0) + 1);
    homes.set(from, countedMost(counted));
    return homes.get(from)!;
  };
  // a subdivision the ledger holds as a place of its own (RU-CE) is counted by its ISO 3166-2 code where the text
  // treats it as the origin of the people counted; any other place within (a city, an island, an unlisted region) by
  // its country, the code a claim can take
  const own = (p: NameMention) => (p.subdivision && lexicon.place(p.subdivision)?.kind === 'subdivision' ? p.subdivision : null);
  // the README's "ISO 3166-2 code for a sub-national region that the text treats as the origin", for any first-level
  // subdivision (the gazetteer's, held by the ledger or not: "young people from Ceuta" ES-CE, "families from Adıyaman"
  // TR-02), unless the figure's people are given a nationality of its country, in its sentence or in the whole it is a
  // part of ("245 of them [Moroccans] are from Tanger-Tétouan-Al Hoceïma" MA, the region then a narrowing of them). A
  // place within that is no first-level subdivision (a city, an island) gives its country.
  // (…the nationality the text is mostly about is not one stated for them: a text about Tunisians that counts "11 from
  // Kairouan" counts them by the region it gives as their origin)
  const origin = (p: NameMention, w: Work) => {
    // (a capital giving its state's own count, "Dushanbe's figure", names the state, not the city's own subdivision)
    if (p.within && STATE_COUNT_OF_CITY.test(text.slice(p.end, p.end + 40))) return null;
    const held = own(p);
    if (held || !p.subdivision) return held;
    const { sentence } = w.fig;
    const whole = w.partOf !== null ? work[w.partOf] : null;
    // (a nationality is stated by a demonym or its words, "Kyrgyz citizens", "citizens of Kyrgyzstan"; a country named in
    // the sentence only as who counts them or where people left or came from, "India's count includes the 21 people who
    // left Kerala", gives none, and the region is their origin)
    const statesNationality = (q: NameMention) => q.form === 'demonym' || NATIONALS_OF.test(text.slice(Math.max(0, q.start - 30), q.start));
    const nationalityStated =
      (whole !== null && [whole.country].flat().includes(p.ref)) ||
      places.some(
        (q) => q.start >= sentence.start && q.end <= sentence.end && !q.within && q.ref === p.ref && asNationals(q) && statesNationality(q),
      );
    return nationalityStated ? null : p.subdivision;
  };
  // "…of the 214 from Kabardino-Balkaria, 64 were killed and 23 had returned to Russia": the country people went back to
  // says no more of them than the subdivision of it that the figure before in their sentence counts them by
  const keptSubdivision = (i: number): { code: string; name: string } | null => {
    const before = work[i - 1];
    if (before?.fig.sentence !== work[i].fig.sentence || typeof before.country !== 'string') return null;
    const counted = lexicon.place(before.country);
    if (counted) return counted.kind === 'subdivision' && counted.within === work[i].country ? counted : null;
    // (a subdivision the ledger does not hold yet, given by its ISO 3166-2 code as the origin: within the country its code
    // names — "at least 14 young men from Ceuta … three returned to Spain")
    const code = before.country;
    return SUBDIVISION_CODE.test(code) && code.slice(0, 2) === work[i].country ? { code, name: code } : null;
  };
  // (people are what its sentence says came from the region, named before it: "48 young men were recruited from
  // Kairouan", not "Aid trucks left from Sfax", "The minister flew in from Kairouan": review49)
  const peopleBefore = (p: NameMention) =>
    words(text.slice(sentenceOf(p.start).start, p.start)).some((w) => nounKind(w.lower) === 'people');
  // "…men recruited from Kairouan … three returned to Tunisia": people who went back to the country of the one region the
  // text has named as where people come from ("from Kairouan") are of that region, whose people they are (not a
  // region "from" which a route starts, "From Khartoum to Sirte", nor one of several named together, "from Kwale and
  // Mombasa counties", whose people no one region's code counts)
  const originRegion = (i: number): { code: string; name: string; how: string } | null => {
    const country = work[i].country;
    const named = places
      .filter(
        (p) =>
          p.end <= work[i].fig.start &&
          p.subdivision !== undefined &&
          p.ref === country &&
          /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 12), p.start)) &&
          !/^\s+to\s+\p{Lu}/u.test(text.slice(p.end, p.end + 6)) &&
          peopleBefore(p) &&
          !places.some(
            (q) => q !== p && q.within && JOINED.test(q.end <= p.start ? text.slice(q.end, p.start) : text.slice(p.end, q.start)),
          ),
      )
      .pop();
    return named
      ? { code: named.subdivision!, name: named.within ?? named.subdivision!, how: 'the region the text says people came from' }
      : null;
  };
  const wentBackTo = (i: number) => keptSubdivision(i) ?? originRegion(i);
  const keep = (w: Work, counted: { code: string; name: string; how?: string }, returnedTo: string) => {
    w.country = counted.code;
    w.countryReason = `"${returnedTo}", the country they went back to: of ${counted.name}, ${counted.how ?? 'as the figure before'} (${counted.code})`;
  };
  // the last figure before the i-th whose origin its own words name, when that origin is a sub-national region (named, or
  // referred to by its kind: "from the region")
  const textRegion = (i: number): Work | null => {
    for (let j = i - 1; j >= 0; j--) {
      const o = work[j];
      // (a figure set in a wider scope between them ends the region's thread: "Across Europe, some 1,500 have returned")
      if (WIDER_SCOPE.test(text.slice(o.fig.sentence.start, o.fig.sentence.end))) return null;
      if ((o.countryRule !== 'named' && o.countryRule !== 'subdivision-anaphor') || o.country === null) continue;
      return typeof o.country === 'string' && SUBDIVISION_CODE.test(o.country) ? o : null;
    }
    return null;
  };
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const { fig } = w;
    const nounEnd = fig.noun ? fig.noun.end : fig.end;
    const worldwide = WORLDWIDE.exec(text.slice(fig.end, Math.min(w.rightEnd, fig.end + 90)));
    // "thousands of family members – Syrians, Iraqis, and people from around the world", "56,000 people: Syrians, Iraqis
    // and people of 50 other countries": nationalities named in one list with the world's are a mix, of no one
    // nationality, neither foreigners nor the world
    if (worldwide && namedBesideTheWorld(text, places, fig.end, fig.end + worldwide[0].length)) {
      w.countryRule = 'carry-stopped';
      w.countryReason = 'people of several nationalities, some named: no one nationality stated';
      continue;
    }
    if (worldwide && lexicon.place('001')) {
      // "40,000 foreign fighters from 110 countries": an aggregate over the world; "2,600 women and children from some 50
      // countries" held in a camp, or deported, are foreign nationals where they are
      const world = wentOfTheirOwnAccord(text, w);
      w.foreign = !world;
      w.country = world ? '001' : null;
      w.countryRule = world ? 'world' : 'foreign';
      w.countryReason = world ? 'people from many countries: the world' : 'foreign nationals of several countries';
      continue;
    }
    // "went from the region": the region named last before the figure ("Western Balkan foreign fighters … roughly 1,000
    // people went from the region")
    if (FROM_THE_REGION.test(text.slice(fig.end, fig.sentence.end))) {
      // (a region named by its demonym only where it qualifies people: not "European governments")
      const region = places
        .filter(
          (p) =>
            p.end <= fig.start &&
            !p.within &&
            /^(region|grouping)$/.test(lexicon.place(p.ref)?.kind ?? '') &&
            (p.form === 'name' || asNationals(p)),
        )
        .pop();
      if (region) {
        w.country = region.ref;
        w.countryRule = 'region-named-before';
        w.countryReason = `"the region": "${region.text}", named before`;
        continue;
      }
    }
    // "from the four countries", "from these countries": the set of countries named before it in the sentence
    if (
      /^[^.;]{0,60}?\bfrom\s+(?:the|these|those|all)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:countries|states|nations)\b/i.test(
        text.slice(fig.end, w.rightEnd),
      )
    ) {
      const run = lastCountryList(
        text,
        places.filter((p) => !p.within && p.start >= fig.sentence.start && p.end <= fig.start && lexicon.place(p.ref)?.kind === 'country'),
      );
      if (run.length >= 2) {
        w.country = run.map((p) => p.ref);
        w.countryRule = 'set-referred-back';
        w.countryReason = `"${text.slice(run[0].start, run[run.length - 1].end)}": the countries it refers back to`;
        continue;
      }
    }
    if (saysForeign(text, w, work)) {
      // tens of thousands of foreigners who joined a group are its worldwide total: no one country sends so many; and
      // travellers who went home, each to their own country ("7,366 had returned to their home countries"), are counted
      // over the world, as those a state sends back are not
      const many = (fig.value_high ?? fig.value ?? fig.value_low ?? 0) >= 10_000;
      const wentHome = w.metric === 'returnees' && WENT_HOME.test(text.slice(fig.end, w.rightEnd));
      const worldwide = (many || wentHome) && lexicon.place('001') !== undefined && wentOfTheirOwnAccord(text, w);
      w.foreign = !worldwide;
      w.country = worldwide ? '001' : null;
      w.countryRule = worldwide ? 'world' : 'foreign';
      w.countryReason = !worldwide
        ? 'foreign nationals of several countries'
        : many
          ? 'tens of thousands of foreigners: the world'
          : 'travellers gone home to their countries: the world';
      continue;
    }
    let rightEnd = predicateEnd(text, work, i);
    // a part set before its whole ("400 of the 3,417 fighters from Russia") is of the people its whole counts
    const ofWhole = w.partOf === i + 1 && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(fig.end, work[i + 1].fig.start));
    if (w.partOf === i + 1) rightEnd = ofWhole ? predicateEnd(text, work, i + 1) : work[i + 1].fig.start;
    // "fewer than 1,000 Islamic State fighters remain": a group's strength, whoever its members are
    const groupFighters =
      fig.noun &&
      FIGHTER_NOUNS.test(fig.noun.lower) &&
      groupsIn(fig.end, fig.noun.start).length > 0 &&
      !within(fig.end, rightEnd).some((p) => asNationals(p));
    if (groupFighters) {
      w.country = null;
      w.countryRule = 'group-fighters';
      w.countryReason = "the group's fighters, of any nationality";
      w.metric = w.status && w.status.metric !== 'still_in_conflict_zone' && w.status.metric !== 'foreign_fighters' ? w.metric : 'members';
      continue;
    }
    // the country heading its list item wins over anything else: "the Russian Federation 142", "France: 41"
    const item = listItemCountry(text, w, itemLabels);
    // …unless the list's lead names the people's nationality: then the items say where they are ("Tajik nationals
    // arrested abroad: Russia 31, Türkiye 12")
    const lead = item && !fig.noun ? listLead(text, fig.start, fig.sentence)?.lead : null;
    const ledBy = lead
      ? [
          ...new Set(
            within(lead.start, lead.end)
              .filter((p) => p.form === 'demonym' && !p.within && lexicon.place(p.ref)?.kind === 'country' && asNationals(p))
              .map((p) => p.ref),
          ),
        ]
      : [];
    if (ledBy.length === 1) {
      w.country = ledBy[0];
      w.countryRule = 'list-lead';
      w.countryReason = "the nationality its list's lead names";
      continue;
    }
    // (…and a police's or court's own cases listed by the country that made them, "• Paraguay: 17 arrests", are of
    // whatever nationality those arrested were, as the README's EU table of arrests by country; not so an item that
    // counts people of a kind, "• Netherlands: 12 women were arrested on arrival", "Three more returnees convicted",
    // which a factbox of nationalities lists as the country's own)
    if (item?.rule === 'list-item' && POLICE_OR_COURT_CASES.test(w.metric ?? '') && (!fig.noun || CASES_NOUN.test(fig.noun.lower))) {
      w.countryRule = 'list-item-cases';
      w.countryReason = `a police's or court's cases, ${item.reason}: no nationality stated`;
      listItems.set(w, { country: item.country, reason: item.reason });
      continue;
    }
    if (item) {
      w.country = item.country;
      w.countryRule = item.rule;
      w.countryReason = item.reason;
      const kept = item.rule === 'list-destination' ? wentBackTo(i) : null;
      if (kept) keep(w, kept, /"([^"]+)"/.exec(item.reason)?.[1] ?? String(item.country));
      continue;
    }
    // "1,188 residents of the republic", "40 women and children from the region", "people who left the province": the
    // first-level subdivision the text has named most so far (the first of those named as often) is their origin, by its
    // ISO 3166-2 code (unless a nationality of its country is stated for them: `origin`)
    const ofKind =
      fig.noun !== null && ORIGIN_PEOPLE.test(fig.noun.lower)
        ? SUBDIVISION_ANAPHOR.exec(text.slice(fig.noun.end, fig.noun.end + 40))
        : null;
    const byKind = ofKind ? `${fig.noun!.text}${ofKind[0]}` : FROM_THE_SUBDIVISION.exec(text.slice(fig.end, rightEnd))?.[1];
    // (a subdivision named in the figure's own sentence is the one it refers back to: "The Civil Guard, which runs an
    // investigation in Ceuta, said it had identified a dozen residents of the city", after a text on Melilla)
    const namedBefore = byKind ? places.filter((p) => p.end <= fig.start && p.subdivision !== undefined) : [];
    const inSentence = namedBefore.filter((p) => p.start >= fig.sentence.start);
    const anaphor = byKind ? mostNamedSubdivision(inSentence.length > 0 ? inSentence : namedBefore) : undefined;
    const anaphorCode = anaphor ? origin(anaphor, w) : null;
    if (anaphor && anaphorCode) {
      w.country = anaphorCode;
      w.countryRule = 'subdivision-anaphor';
      w.countryReason = `"${byKind}": the subdivision named before, "${anaphor.text}" (${anaphorCode})`;
      continue;
    }
    // "20 young men from the town" after "Lunel", "people from the city" after "Zenica": a town named before, of no
    // first-level subdivision, is the people's origin, and its country theirs (held-out 34's "residents of the city of
    // Zenica" BA, 36's "the Aarhus area" DK)
    const townKind = FROM_THE_TOWN.exec(text.slice(fig.end, rightEnd))?.[1];
    const town = townKind
      ? places.filter((p) => p.end <= fig.start && p.within !== undefined && p.subdivision === undefined).pop()
      : undefined;
    if (townKind && town && lexicon.place(town.ref)?.kind === 'country') {
      w.country = town.ref;
      w.countryRule = 'named';
      w.countryReason = `"${townKind}": the town named before, "${town.text}", in ${town.ref}`;
      continue;
    }
    // "Kabardino-Balkaria residents", "Dagestan natives": such a subdivision's name before the people counted is their origin
    // (…and "Dagestan-born men", "Sughd natives": any first-level subdivision so named, born there or of its descent)
    const namesOwnPeople = (p: NameMention) =>
      (own(p) ?? p.subdivision ?? null) !== null &&
      fig.noun !== null &&
      ORIGIN_PEOPLE.test(fig.noun.lower) &&
      /^(?:-(?:born|origin))?\s+$/.test(text.slice(p.end, fig.noun.start));
    const headsLaterConjunct = (p: NameMention) =>
      CONJUNCT_OPENING.test(text.slice(fig.end, p.start)) &&
      work.some((o, j) => j > i && o.fig.sentence === fig.sentence && o.fig.start >= p.end);
    const inNp = within(fig.end, Math.max(nounEnd, fig.end) + 1).find(
      (p) => (!p.within || p.form === 'demonym' || namesOwnPeople(p)) && !headsLaterConjunct(p) && !linkedProxy(p),
    );
    // "three women and eight children are German citizens": figures coordinated by "and" share the predicate after the last
    const next = work[i + 1];
    // …and "At least 58 and up to 66 Australians", "three or four Britons": a figure with no noun of its own, joined to
    // the next, counts the people that figure's noun names
    // (…as a part does the whole it is taken from right after it: "151 dead among the 426 Belgians", "40 of the 300 Kenyans")
    const sharesNoun =
      next !== undefined &&
      next.fig.sentence === fig.sentence &&
      next.fig.noun !== null &&
      ((!fig.noun && /^\s*(?:and|or|to|,)\s+$/.test(text.slice(fig.end, next.fig.start))) ||
        /^\s+(?:[\p{L}-]+\s+)?(?:among|of)\s+(?:the|these|those)\s+$/u.test(text.slice(fig.end, next.fig.start)));
    const shared =
      next && next.fig.sentence === fig.sentence && /^\s+[\p{L}-]+\s+and\s+$/u.test(text.slice(fig.end, next.fig.start))
        ? within(next.fig.noun ? next.fig.noun.end : next.fig.end, Math.min(next.rightEnd, next.fig.end + 90)).find((p) => asNationals(p))
        : sharesNoun
          ? within(next.fig.end, next.fig.noun!.end).find((p) => asNationals(p))
          : undefined;
    // "Niger says its army killed 47 militants", "Egypt said courts had sentenced 300": a state that only speaks of
    // people killed or of its police's or courts' cases gives the source, not their nationality (as its police would)
    const speaksOnly = (p: NameMention) =>
      p.form === 'name' && frameSaysNothingOf(w.metric) && STATE_SPEAKS.test(text.slice(p.end, p.end + 24));
    // (a country opening a later clause with "for" frames that clause's figures, not this one; nor does a nationality, or a
    // state acting on its nationals, that heads a later conjunct with a figure of its own: "Russians number about 120 and
    // Azerbaijanis 95", "France repatriated 35 children, and Germany took back 12")
    // a nationality in a later figure's own words counts that figure's people: in "12 people, among them two Kenyan
    // nationals" the 12 are of no stated nationality
    const laterNoun = (p: NameMention) =>
      work.some(
        (o, j) => j > i && o.fig.sentence === fig.sentence && o.fig.noun !== null && p.start >= o.fig.end && p.end <= o.fig.noun.end,
      );
    // "Of the 300 returnees, Morocco accounts for 120 and Tunisia for 80": a whole set before the clause that breaks it
    // down by country is of no one of them; what follows its comma tells of the parts
    const opening = FRONTED_WHOLE.test(text.slice(fig.sentence.start, fig.start)) ? text.indexOf(',', nounEnd) : -1;
    const rightStop = opening >= 0 && opening < rightEnd ? opening : rightEnd;
    // a nationality qualifying the object of a preposition after the people counted is that other noun phrase's: in
    // "sentenced three men … for sending money to Italian and Tunisian fighters", "killed by Somali militants" the
    // people counted are of no stated nationality
    // (…as is a country's name before a noun of nationals: "for sending money to U.S. citizens")
    const othersPhrase = (p: NameMention) =>
      (p.form === 'demonym' || (!p.within && NAME_OF_NATIONALS.test(text.slice(p.end, p.end + 24)))) &&
      p.start > nounEnd &&
      ANOTHER_PHRASE.test(text.slice(nounEnd, p.start));
    const right =
      within(fig.end, Math.min(rightStop, fig.end + 90)).find(
        (p) =>
          asNationals(p) &&
          !speaksOnly(p) &&
          !opensForClause(p) &&
          !headsLaterConjunct(p) &&
          !laterNoun(p) &&
          !SHARE_STATED.test(text.slice(fig.end, p.start)) &&
          !ACTED_ON.test(text.slice(fig.end, p.start)) &&
          !othersPhrase(p),
      ) ?? shared;
    // a semicolon ends the clause that tells of the figure before: "…fighters from Russia; 760 of the 3,244…"
    const clauseStart = clauseOpening(text, w.leftStart, fig.start);
    // a nationality that is another figure's noun counts that figure's people: in "9 Nigerians were among 40 militants" the
    // 40 are of no stated nationality
    const othersNoun = (p: NameMention) =>
      !MORE_OF_THEM.test(text.slice(fig.end, fig.end + 12)) &&
      work.some(
        (o, j) =>
          j < i &&
          o.fig.sentence === fig.sentence &&
          o.fig.noun !== null &&
          p.start >= o.fig.end &&
          p.end <= o.fig.noun.end &&
          // (a noun read past "and" to the nationality heading this figure's conjunct is this figure's: "about 120 and
          // Azerbaijanis 95")
          !CONJUNCT_OPENING.test(text.slice(o.fig.end, p.start)),
      );
    // …nor does one an earlier figure of the sentence took from its own predicate: in "nine of the men arrested are Afghan
    // nationals, while the bombing left 63 people dead" the 63 are of no stated nationality (the same quantity at another
    // time, "14 residents of Lunel, against 19 in 2022", counts the same people)
    const othersPredicate = (p: NameMention) => {
      // (the figures before it in its own sentence only, walked back: the text's other figures are never read)
      for (let j = i - 1; j >= 0 && work[j].fig.sentence === fig.sentence; j--) {
        const o = work[j];
        const by = o.countryRule === 'named' ? o.countryNamedBy : null;
        if (by && by.start <= p.start && p.end <= by.end && p.start > (o.fig.noun?.end ?? o.fig.end) && !sameQuantity(o, j)) return true;
      }
      return false;
    };
    const sameQuantity = (o: Work, j: number) =>
      o.relations.some((r) => r.type === 'supersedes' && r.target === i) ||
      w.relations.some((r) => r.type === 'supersedes' && r.target === j) ||
      (!fig.noun && ANOTHER_TIME.test(text.slice(o.fig.end, fig.start)));
    const left = within(clauseStart, fig.start)
      .filter((p) => asNationals(p) && !othersNoun(p) && !othersPredicate(p) && !speaksOnly(p))
      .pop();
    // "chiefly Tunisian (19), Moroccan (14) and Egyptian (8)", "Pakistanis (12)": a nationality with its count in brackets
    // after it counts its people (a country's name so is a place as often: "killed in Syria (19) and Iraq (21)")
    // (looked for among the places that end in the blanks and bracket right before the figure, not the text's every place)
    const labelled = placesStarting(fig.start - runBefore(text, fig.start, BRACKET_OR_BLANK) - longestPlace, fig.start).find(
      (p) =>
        p.form === 'demonym' && (!p.within || own(p) !== null) && p.end <= fig.start && /^\s*\(\s*$/.test(text.slice(p.end, fig.start)),
    );
    // "45 citizens of Kyrgyzstan and 32 of Tajikistan": a figure whose noun the text leaves out, then "of" and a country's
    // name (not "of Syria's prisons"), counts that country's citizens
    // (…among the places that start within the blanks and letters of "of the" right after it)
    const elided = fig.noun
      ? undefined
      : placesStarting(fig.end, fig.end + runAfter(text, fig.end, OF_THE_OR_BLANK)).find(
          (p) =>
            p.form === 'name' &&
            !p.within &&
            lexicon.place(p.ref)?.kind === 'country' &&
            /^\s+of\s+(?:the\s+)?$/i.test(text.slice(fig.end, p.start)) &&
            !/^[’']s\b/.test(text.slice(p.end, p.end + 3)),
        );
    // "Two of the Dutch suspects are Tajik nationals": the nationality its predicate states is theirs, not the one of the
    // whole they are taken from
    const predicated = inNp
      ? within(nounEnd, Math.min(rightEnd, fig.end + 90)).find(
          (p) => asNationals(p) && STATES_NATIONALITY.test(text.slice(nounEnd, p.start)) && !laterNoun(p),
        )
      : undefined;
    const hit = labelled ?? predicated ?? inNp ?? elided ?? right ?? left ?? null;
    if (hit) {
      // a named set: "Dutch and Belgian fighters", "Tunisians, Moroccans and Algerians"
      const set = [hit];
      for (let k = lowerBound(places, (p) => p.start, hit.start) + 1; k < places.length && places[k].form === hit.form; k++) {
        if (!/^\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/.test(text.slice(set[set.length - 1].end, places[k].start))) break;
        set.push(places[k]);
      }
      // the README's RU-CE for Chechens: a subdivision named as the origin counts by its own code when the ledger holds it
      let codes = [...new Set(set.map((p) => origin(p, w) ?? p.ref))];
      // (an origin spanning a region counted by its code and a place only its country's, "from Kwale and Mombasa
      // counties", is of that country: no list holds a country beside a region of it)
      const spanning = codes.some((c) => SUBDIVISION_CODE.test(c) && codes.includes(c.slice(0, 2)));
      if (spanning) codes = [...new Set(codes.map((c) => c.slice(0, 2)))];
      w.country = codes.length > 1 ? codes : codes[0];
      w.countryRule = 'named';
      w.countryNamedBy = { start: hit.start, end: set[set.length - 1].end };
      const code = origin(hit, w);
      const where = spanning
        ? `: places of ${hit.ref} named together, not all counted apart`
        : !code
          ? `: in ${hit.ref}`
          : own(hit)
            ? `: ${hit.within}, a subdivision of ${hit.ref} the ledger counts apart (${code})`
            : `: ${hit.within}, a subdivision of ${hit.ref} (${code}), the origin the text gives them, no nationality stated`;
      w.countryReason = `"${text.slice(hit.start, set[set.length - 1].end)}"${hit.within ? where : ''}`;
      const kept =
        hit.form === 'name' && /\bto\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, hit.start - 8), hit.start)) ? wentBackTo(i) : null;
      if (kept) keep(w, kept, hit.text);
      continue;
    }

    const whole = w.partOf !== null ? work[w.partOf] : null;
    // a named set's figure ("1,200 from Indonesia, Malaysia and Singapore") says of none of its parts or its sequels
    // which of the set they are from: no one nationality stated
    const setOf = (o: Work | null | undefined) => Array.isArray(o?.country);
    if (whole && (whole.country || whole.foreign) && w.partOf! < i && !setOf(whole)) {
      w.country = whole.country;
      w.foreign = whole.foreign;
      w.countryRule = 'part-of';
      // a part of foreign nationals is of foreign nationals too, and says so as its whole does
      w.countryReason = whole.foreign
        ? 'foreign nationals of several countries, as the figure it is part of'
        : 'as the figure it is part of';
      continue;
    }
    // a part of a camp's whole population, of no one nationality, is of none either, not of the nationality the text is
    // about: "the camp held about 40,000 people, roughly half of them children"
    if (whole && w.partOf! < i && whole.countryRule === 'carry-stopped' && whole.metric === 'in_camps') {
      w.countryRule = 'part-of';
      w.countryReason = "as the figure it is part of, a camp's whole population: no nationality stated";
      continue;
    }
    // "2 of the 14 were minors", "three of the 150": a part taken from a figure named by its number is of that figure's
    // people, whatever they are ("Belgian prosecutors say 14 people have been detained … 2 of the 14 were minors": of no
    // nationality stated, not the one of the figure between)
    const numbered = w.partOf === null || w.partOf > i ? numberedWhole(text, work, i) : null;
    if (numbered) {
      ofPeopleCountedBefore(w, numbered, `the ${numbered.fig.value}`);
      continue;
    }
    // "two of the citizens were killed" after "11 Bulgarian citizens and 4 long-term residents": a part taken from people
    // counted before by the same noun is of them, whatever figure stands between
    const referred = w.partOf === null ? referredBack(text, work, i) : null;
    if (referred) {
      ofPeopleCountedBefore(w, referred, `the "${referred.fig.noun!.text}"`, false);
      continue;
    }
    // "These six defendants were prepared to fight" after "Six men … were charged": a figure "these", "those" or "the"
    // opens, with the number of people counted before, restates them, whatever its noun (not a number of other things)
    const again = w.partOf === null ? restatedByNumber(text, work, i) : null;
    if (again) {
      ofPeopleCountedBefore(w, again, `the ${again.fig.value}`);
      continue;
    }
    const prev = work[i - 1];
    // a section headed by a country's name, then the state whose police, prosecutors or courts count their own cases
    // (a section heading says where the news is, as the text's main country says what it is about: neither names the
    // nationality of a police's or court's cases, nor of the people killed there)
    const headed = sectionCountry(text, sents, sentenceIndex(fig.sentence), countryNames, lexicon);
    // (…nor of a state's cases its words count as persons only: "41 persons were convicted")
    const framesNothing = frameSaysNothingOf(w.metric) || personsOnlyCases(text, w);
    const section = headed && framesNothing ? null : headed;
    const authority = prev?.fig.sentence === fig.sentence && prev.country ? null : authorityCountry(text, w, places, lexicon);
    // "Tajik courts have convicted 150 returnees": people come or brought back home are the state's own nationals,
    // whichever of its authorities counts their cases (held-out 27's reading of returnees)
    if (!section && authority && fig.noun && BROUGHT_BACK_NOUN.test(fig.noun.lower)) {
      w.country = authority.country;
      w.countryRule = 'brought-home';
      w.countryReason = `"${fig.noun.text}" of the state whose authorities count their cases: its own nationals`;
      continue;
    }
    // …and so are people the figure's own words say came back ("sentenced more than 100 returned women", "19 returning
    // women had been detained on arrival", "detained 12 women who had returned from Syria")
    const cameBack = !section && authority ? cameBackPeople(text, fig.end, fig.noun?.end ?? null) : null;
    if (cameBack && authority) {
      w.country = authority.country;
      w.countryRule = 'brought-home';
      w.countryReason = `"${cameBack}" of the state whose authorities count their cases: its own nationals`;
      continue;
    }
    // "Tanzania's police said 41 of its nationals had been arrested in Mozambique": the text gives the people as the
    // state's own, wherever they are held
    if (!section && authority && OWN_NATIONALS.test(text.slice(fig.end, fig.end + 40))) {
      w.country = authority.country;
      w.countryRule = 'named';
      w.countryReason = `"${OWN_NATIONALS.exec(text.slice(fig.end, fig.end + 40))![1]}" of the state whose authorities count them (${authority.country})`;
      continue;
    }
    const framed = section ?? (authority ? ownCases(authority) : null);
    if (framed) {
      w.country = framed.country;
      w.countryRule = framed.rule;
      w.countryReason = framed.reason;
      continue;
    }
    // the state named by the source of this sentence ("Niger's army", "Togo's government")
    const a = w.attribution;
    // (a state whose speaker opens the figure's own clause after a semicolon is its source, not the one the sentence
    // opened with: "Albania's police reported 15 returnees; North Macedonia's authorities gave 27 returnees")
    const clauseOpen = clauseOpening(text, fig.sentence.start, fig.start);
    const clauseState =
      clauseOpen > fig.sentence.start
        ? within(clauseOpen, fig.start).find((p) => !p.within && lexicon.place(p.ref)?.kind === 'country' && qualifiesSpeaker(text, p.end))
        : undefined;
    const statedBy =
      clauseState ??
      (a && !a.carried
        ? within(a.at, a.at + a.mention.length).find((p) => !p.within && lexicon.place(p.ref)?.kind === 'country')
        : undefined);
    // "Niger's army said 19 soldiers were killed", "The Chadian army … lost three soldiers": a state's forces counting
    // their own dead or wounded count its soldiers
    if (statedBy && fig.noun && SECURITY_PERSONNEL.test(fig.noun.lower)) {
      w.country = statedBy.ref;
      w.countryRule = 'forces-of-source';
      w.countryReason = `"${fig.noun.text}" of "${statedBy.text}", whose source gives it`;
      continue;
    }
    // a state's soldiers, gendarmes or police killed or wounded are its own, as above, when the sentence names the state's
    // forces or authorities ("Ivorian security forces detained 27 people after an attack that killed four gendarmes",
    // "Niger's army said 19 soldiers were killed and 14 wounded"); a country heading the section, named where they fell or
    // named most in the text is no more than where it happened (the sets give those null as often as the country)
    const forces =
      /^victims_/.test(w.metric ?? '') && countsForces(text, work, i)
        ? within(fig.sentence.start, fig.sentence.end).find(
            (p) => !p.within && lexicon.place(p.ref)?.kind === 'country' && qualifiesSpeaker(text, p.end),
          )
        : undefined;
    if (forces) {
      w.country = forces.ref;
      w.countryRule = 'state-forces';
      w.countryReason = `a state's forces killed or wounded: "${forces.text}"`;
      continue;
    }
    const stop = carryStops(text, work, i, groupsIn(fig.sentence.start, fig.sentence.end), placeLabelled);
    if (stop) {
      w.countryRule = 'carry-stopped';
      w.countryReason = stop.reason;
      continue;
    }
    // a state that says in this sentence that people came home speaks of its own nationals, whatever the figure before
    // counted: "North Macedonia's government said that four men had returned"
    if (statedBy && /^(returnees|transferred)$/.test(w.metric ?? '')) {
      w.country = statedBy.ref;
      w.countryRule = 'brought-home';
      w.countryReason = `brought home by "${statedBy.text}", whose source gives it`;
      continue;
    }
    // a state's authorities that repatriate people bring home their own nationals: "French authorities have repatriated
    // 57 women and children", "Germany's government brought back 12" (not those it deports: they are foreigners); and a
    // subdivision the ledger counts apart its own people, by its ISO 3166-2 code: "the Dagestani government has brought
    // back 40 children" (RU-DA)
    const bringer =
      w.metric === 'returnees'
        ? within(fig.sentence.start, fig.start)
            .filter(
              (p) =>
                ((!p.within && lexicon.place(p.ref)?.kind === 'country') || own(p) !== null) &&
                (qualifiesSpeaker(text, p.end) || speakerOf(text, p.start)),
            )
            .filter((p) => BRINGS_HOME.test(text.slice(p.end, fig.start)) && !ANOTHER_BRINGER.test(text.slice(p.end, fig.start)))
            .pop()
        : undefined;
    if (bringer) {
      const code = own(bringer);
      w.country = code ?? bringer.ref;
      w.countryRule = 'brought-home';
      w.countryReason = code
        ? `brought home by the authorities of "${bringer.text}": ${bringer.within}, a subdivision of ${bringer.ref} the ledger counts apart (${code}), its own people`
        : `brought home by the "${bringer.text}" state: its own nationals`;
      continue;
    }
    // a sentence that opens with a country as its subject or frame tells of that country's people, whatever the figure
    // before counted: "Albania, with some 140 nationals in the zone, …", "Kazakhstan, which has repatriated 700 of its
    // nationals, …", "In Kosovo, police counted 117 returnees"
    const opener = openingCountry(text, fig.sentence, fig.start, countryNames);
    // (a state that owns the sentence's speaker is who speaks, not whose people are counted: "Germany's domestic
    // intelligence agency counts about 27,000 Islamists in the country"; its source's own count is read above)
    if (
      opener &&
      !qualifiesSpeaker(text, opener.end) &&
      prev?.country !== opener.ref &&
      prev?.fig.sentence !== fig.sentence &&
      /^(returnees|still_in_conflict_zone|foreign_fighters|in_camps|foreign_fighters_and_family_members)$/.test(w.metric ?? '')
    ) {
      // countries coordinated as the subject are a named set: "Serbia and Montenegro together account for fewer than 100"
      const set = [opener];
      for (let k = countryNames.indexOf(opener) + 1; k < countryNames.length && countryNames[k].end <= fig.start; k++) {
        if (!/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(text.slice(set[set.length - 1].end, countryNames[k].start))) break;
        set.push(countryNames[k]);
      }
      const codes = [...new Set(set.map((p) => p.ref))];
      w.country = codes.length > 1 ? codes : codes[0];
      w.countryRule = 'opens-sentence';
      w.countryReason = `"${text.slice(opener.start, set[set.length - 1].end)}" opens its sentence`;
      continue;
    }
    // the answer to a question of how many people of a nationality ("How many Tunisians went to fight?") counts them,
    // as an interview or a hearing gives its figures after the question that names whom they count, whatever the figure
    // before counted
    const asked = askedNationality(text, sents, sentenceIndex(fig.sentence), places, asNationals);
    if (asked) {
      w.country = asked.ref;
      w.countryRule = 'asked';
      w.countryReason = `"${asked.text}", whom the question before it asks about`;
      continue;
    }
    // a state brings back its own nationals: "Authorities in Uzbekistan said 300 people had been brought back"; "citizens"
    // with no country named are the speaker's
    const citizens = fig.noun !== null && NATIONALS_NOUN.test(fig.noun.lower);
    // "Kazakhstan led the way. Its five operations brought back 754 citizens": citizens in a sentence that opens with "its"
    // are those of the state that opens the sentence before (not the country the text names most; "their" may stand for
    // several states named before)
    const possessor = citizens ? possessiveOpener(text, sents, sentenceIndex(fig.sentence), fig.start, countryNames) : null;
    if (possessor) {
      w.country = possessor.ref;
      w.countryRule = 'opens-sentence';
      w.countryReason = `"${possessor.text}", whose "its" opens the sentence`;
      continue;
    }
    // "Iraq has tried 600 of its citizens": the state that opens the sentence counts its own
    const subject = citizens ? ownSubjectState(text, w, countryNames) : null;
    if (subject) {
      w.country = subject.ref;
      w.countryRule = 'opens-sentence';
      w.countryReason = `"${subject.text}", whose own "${fig.noun!.text}" they are`;
      continue;
    }
    // …as a state's agency counts its own travellers and prosecutions: "Danish intelligence estimates 160 people left" (not
    // its arrests, convictions or death sentences, a police's or court's own cases, as below)
    const ownCount =
      !(
        fig.noun &&
        FIGHTER_NOUNS.test(fig.noun.lower) &&
        /^(foreign_fighters|still_in_conflict_zone)$/.test(w.metric ?? '') &&
        !TRAVELLED.test(text.slice(fig.end, w.rightEnd))
      ) &&
      !/^(killed|deaths|members|members_and_family_members|in_camps|victims_killed|victims_injured)$/.test(w.metric ?? '') &&
      !POLICE_OR_COURT_CASES.test(w.metric ?? '') &&
      !personsOnlyCases(text, w);
    if ((citizens || ownCount) && statedBy) {
      w.country = statedBy.ref;
      w.countryRule = 'brought-home';
      w.countryReason = `brought home by "${statedBy.text}", whose source gives it`;
      continue;
    }
    const close = prev && (text.slice(prev.fig.end, fig.start).match(/[.!?](\s|$)/g) ?? []).length <= 3;
    // the nationality of a part is not its whole's: "12 Belgians of the 300 men held there", "9 Nigerians were among 40
    // militants captured"
    const wholeAfter =
      prev !== undefined && prev.fig.sentence === fig.sentence && /\bamong\s+(?:the\s+)?$/i.test(text.slice(prev.fig.end, fig.start));
    // (a whole that restates people counted before is still theirs: "About 150 Kenyans went … The court convicted three of
    // the 150")
    const restated = () => work.slice(0, i - 1).some((o) => o.country && o.fig.value !== null && o.fig.value === fig.value);
    const partsOwn = prev !== undefined && (prev.partOf === i || wholeAfter) && !restated();
    // a state's cases, or people killed, told after the text turns to a place of another country, and of none of the
    // carried one ("… 40 Kenyans returned. In Uganda, police arrested 12"), are of no stated nationality, not the carried one
    const turnedAway = (from: Work, country: string | string[]) => {
      // (a subdivision carried, RU-CE, is of its country: Chechnya named between is no turn)
      const carried = (Array.isArray(country) ? country : [country]).map((c) => c.split('-')[0]);
      // (a conflict zone named between them is where the people went or are held, no turn of the text)
      const between = within(from.fig.noun?.end ?? from.fig.end, fig.start).filter(
        (p) => /^[A-Z]{2}$/.test(p.ref) && !CONFLICT_ZONES.has(p.ref),
      );
      return between.length > 0 && between.every((p) => !carried.includes(p.ref));
    };
    // (a figure whose noun the sentence leaves out after "and" counts the people of the figure before it, wherever they
    // are: "9 citizens detained in Türkiye and 4 in Germany")
    const elidedAfter = (from: Work) =>
      from.fig.sentence === fig.sentence && !fig.noun && /^[^.;]*(?:,\s*|\s)and\s+$/.test(text.slice(from.fig.end, fig.start));
    if (
      prev &&
      close &&
      prev.country &&
      !partsOwn &&
      (CASE_METRICS.has(w.metric ?? '') || w.metric === 'killed') &&
      !elidedAfter(prev) &&
      turnedAway(prev, prev.country)
    ) {
      w.countryRule = 'turned-away';
      w.countryReason = `${w.metric === 'killed' ? 'people killed' : "a state's cases"} where the text has turned to another country: no nationality stated`;
      continue;
    }
    // a list item's country is the item's: the sentence after the list ("France reported 35, Germany 22 and Belgium 9.
    // Europol said 449 …") counts no one item's people
    const itemOnly = prev !== undefined && prev.fig.sentence !== fig.sentence && prev.countryRule === 'list-item';
    // a wire story's dateline between them opens another story, whose people the figure before does not count ("…
    // returnees from Syria.\n\nBOGOTA, Colombia (AP) — About 2,500 dissidents remain under arms")
    const newStory = prev !== undefined && STORY_DATELINE.test(text.slice(prev.fig.end, fig.start));
    // people under investigation are an authority's own cases, as its arrests are: the figure before does not say whose
    // ("… 40 Kenyans returned. Some 25 people are under investigation"), unless they are taken from its people ("25 of them")
    const investigated = w.metric === 'under_investigation' && !PARTITIVE.test(text.slice(fig.end, fig.end + 12));
    const breakdown = prev !== undefined && close && afterBreakdownItem(work, i);
    // a figure its sentence sets in a wider scope counts more than the people before it: "… 21 from Kerala left. Across
    // Europe, some 1,500 people have returned" (and is of no one region of the text either, below)
    const wider = WIDER_SCOPE.test(text.slice(fig.sentence.start, fig.sentence.end));
    // (a country the text's default gave people come home says nothing of the people after them: below)
    const homeOnly = prev?.countryRule === 'came-home';
    // (…nor a state's case count, its arrests or charges, to travellers a new paragraph counts by a noun of their own: "…
    // police arrested 12 Tunisians.\n\nSome 300 young men left for Syria" — the paragraph opens its own people)
    const casesThenTravellers =
      prev !== undefined &&
      CASE_METRICS.has(prev.metric ?? '') &&
      fig.noun !== null &&
      TRAVELLERS.test(w.metric ?? '') &&
      /\n/.test(text.slice(prev.fig.end, fig.start));
    if (
      prev &&
      close &&
      prev.country &&
      !partsOwn &&
      !itemOnly &&
      !newStory &&
      !investigated &&
      !setOf(prev) &&
      !breakdown &&
      !wider &&
      !homeOnly &&
      !casesThenTravellers
    ) {
      w.country = prev.country;
      w.countryRule = 'carried';
      w.countryReason = 'as the figure before it';
      continue;
    }
    // "police detained 40 foreigners in the raids and deported 25": foreign nationals counted just before in the figure's
    // own sentence are its people too, as a country carries (not past their sentence,
    // where the text turns back to its own people as often; nor after foreigners set out as a part, "312 detained, among
    // them 86 foreign nationals; 19 more were killed", whose sentence goes on about the whole)
    if (
      prev &&
      prev.foreign &&
      prev.fig.sentence === fig.sentence &&
      prev.partOf === null &&
      !partsOwn &&
      !itemOnly &&
      !newStory &&
      !investigated &&
      !breakdown &&
      !wider
    ) {
      w.foreign = true;
      w.countryRule = 'carried';
      w.countryReason = 'foreign nationals of several countries, as the figure before it';
      continue;
    }
    // "93 citizens" in a text that names one country more than any other: that country's
    if (citizens && !dominant && mostNamed) {
      w.country = mostNamed;
      w.countryRule = 'most-named';
      w.countryReason = 'citizens of the country the text names most';
      continue;
    }
    // arrests, convictions and death sentences are a police's or court's own cases: whoever the text is about, they are
    // of whatever nationality those arrested were (the README's rule for a state's own case counts); and people killed
    // are of whatever nationality they were where they died (the README's "all militants killed in a city")
    // (…but "9 citizens detained in Türkiye": people the text counts as citizens are the nationals it is about, whoever
    // holds them)
    // (…and the nationality the text is about says no more of any other case count of a state — its charges,
    // investigations, people on probation —, unless its sentence tells of travel: "12 individuals have been charged in
    // Canada with terrorism travel offences")
    const untravelledCases = CASE_METRICS.has(w.metric ?? '') && !TOLD_OF_TRAVEL.test(text.slice(fig.sentence.start, fig.sentence.end));
    if (dominant && (framesNothing || untravelledCases) && !citizens) {
      w.countryRule = 'cases-not-framed';
      w.countryReason =
        w.metric === 'killed' || w.metric === 'victims_killed'
          ? 'people killed: no nationality stated'
          : "a police's or court's cases: no nationality stated";
      continue;
    }
    // "the agency now follows some 420 persons on its watch list", "about 3,000 Salafists live in the country": people
    // counted as fighters or members in a sentence that tells of no going abroad or coming back are counted where they
    // are, of whatever nationality; the nationality the text is about is that of its travellers, not of everyone a state
    // counts at home (a figure with no noun of its own counts people the text named before: "Roughly 350 are active in
    // the country" after sentences about them keeps their nationality)
    if (
      dominant &&
      !citizens &&
      fig.noun !== null &&
      /^(foreign_fighters|members)$/.test(w.metric ?? '') &&
      !TOLD_OF_TRAVEL.test(text.slice(fig.sentence.start, fig.sentence.end))
    ) {
      w.countryRule = 'cases-not-framed';
      w.countryReason = 'fighters or members with no travel told: no nationality stated';
      continue;
    }
    if (dominant) {
      w.country = dominant;
      w.countryRule = 'text-nationality';
      w.countryReason = 'the nationality the text is about';
      continue;
    }
    // the region the text's people are from: in a text about no one nationality, travellers, returnees and people held in
    // the camps of no stated origin are of the sub-national region named as the origin of the figure before them that
    // had one ("…21 people from Kasaragod left … Of them, 4 were killed"; "Two women from Ceuta … 14 children are
    // still held in the camps")
    // (fighters whose sentence tells of no going abroad may be a group's strength where they are, of any origin)
    const travelled =
      !/^(?:foreign_fighters|still_in_conflict_zone)$/.test(w.metric ?? '') ||
      TOLD_OF_TRAVEL.test(text.slice(fig.sentence.start, fig.sentence.end));
    // (…and a part of people its text gives no nationality, "1,350 fighters were killed, including some 70 children", is
    // of none either)
    const partOfNone = w.partOf !== null && work[w.partOf].country === null;
    const region = !citizens && travelled && !wider && !partOfNone && TRAVELLERS.test(w.metric ?? '') ? textRegion(i) : null;
    if (region) {
      w.country = region.country;
      w.countryRule = 'text-region';
      w.countryReason = `the region the text's people are from, as named for the figure "${text.slice(region.fig.start, region.fig.end)}" before it (${region.country})`;
      continue;
    }
    // people come or brought back home whom nothing else places are of the country the text names most, the home they
    // came back to ("Forty-one children have been repatriated since 2020" in a text about Tunisia and Tunis); the
    // figures after them take it only by rules of their own
    const home = cameHome(text, w, work, i) && !regionalHome(w) ? homeCountry(fig.start) : null;
    if (home) {
      w.country = home;
      w.countryRule = 'came-home';
      w.countryReason = 'people come back home: of the country the text names most';
      continue;
    }
    // (the carry stopped after one item of a breakdown by nationality: the editor is offered it as a reading)
    if (breakdown) {
      w.countryRule = 'carry-stopped';
      w.countryReason = 'after one of several nationalities counted before it: no one nationality stated';
    }
  }
  // a whole its own sentence breaks down at once by nationality, the parts adding up to it, counts that named set,
  // whoever counts it and whatever the figure before counted: "nine of the accused: seven Iranian nationals and two
  // Lebanese nationals", "killed 20 hostages, nine Italians, seven Japanese, three Bangladeshis and an Indian"
  for (const [i, w] of work.entries()) {
    // (people its own words call foreigners stay so, as held-out 7 reads "nine foreign nationals – five citizens of
    // Tajikistan, two of Pakistan and two of Uzbekistan")
    if ((w.countryRule !== null && LIST_RULES.has(w.countryRule)) || w.foreign) continue;
    const set = brokenDown(text, work, i, places, lexicon);
    if (!set) continue;
    w.country = set;
    w.countryRule = 'broken-down';
    w.countryReason = `broken down right after it by nationality, the parts adding up to it: ${set.join(', ')}`;
  }
  // a headline's figure that no rule gave a country is the figure the body restates with the same value and metric and
  // names the people of: "German intelligence: over 1,150 Islamists left for Syria" before "more than 1,150 Islamists
  // have travelled from Germany" (the first line only, and no small number, which a body repeats for other people:
  // "nine suspects were arrested: four in Poland …" and later "four Polish nationals")
  const headlineEnd = text.search(/\n|$/);
  for (const [i, w] of work.entries()) {
    if (w.countryRule !== null || w.fig.value === null || w.fig.value < 10 || w.fig.end > headlineEnd) continue;
    const restatement = work.find(
      (o, j) =>
        j > i && o.countryRule === 'named' && o.metric === w.metric && o.fig.value === w.fig.value && o.fig.sentence !== w.fig.sentence,
    );
    if (!restatement) continue;
    w.country = restatement.country;
    w.countryRule = 'named';
    w.countryReason = 'as the same figure restated later, whose people the text names';
  }
  groupStrength(text, work, names);
  // a group's strength is of members of any nationality: neither the country of a figure in an earlier sentence, nor the
  // one the text is about, nor its section's, nor the state of its source says whose they are (a nationality stated in
  // its own sentence does: "The Dutch movement consists of 1,350 people, with a few thousand sympathisers")
  const noStrength = new Set<CountryRule | null>(['strength', 'after-strength', 'group-fighters-untravelled']);
  for (const [i, w] of work.entries()) {
    const prev = work[i - 1];
    // a figure that took its country from a strength taken back takes none either: "…has no more than 40 armed members
    // left, after 11 were killed"
    if (w.countryRule === 'carried' && noStrength.has(prev.countryRule)) {
      w.country = null;
      w.countryRule = 'after-strength';
      w.countryReason = "as the figure before it, a group's strength: no nationality stated";
      continue;
    }
    // …nor does a part of a strength taken back, nor the figures carried from it: "The group numbers some 1,200
    // fighters, about 200 of them women. 40 of the fighters were killed"
    if (w.countryRule === 'part-of' && w.partOf !== null && noStrength.has(work[w.partOf].countryRule)) {
      w.country = null;
      w.countryRule = 'after-strength';
      w.countryReason = "as the figure it is part of, a group's strength: no nationality stated";
      continue;
    }
    if (!/^members(_and_family_members)?$/.test(w.metric ?? '')) continue;
    const carried = w.countryRule === 'carried' && (prev.fig.sentence !== w.fig.sentence || prev.countryRule === 'strength');
    if (!carried && !STRENGTH_FRAMES.has(w.countryRule)) continue;
    w.country = null;
    w.countryRule = 'strength';
    w.countryReason = "a group's strength: no nationality stated";
  }
  return { textNationality: dominant, listItems };
}

/** Fighters who gave up at home rather than came back from abroad: "surrendered", "defectors", "came out of the jungle". */
const GAVE_UP_AT_HOME =
  /\b(?:surrender\w*|defect(?:ed|ors?|ions?|ing)|ex-combatants?|came\s+out\s+of|laid\s+down|(?:the|to\s+the)\s+(?:bush|jungle|forests?|mountains))\b/i;

/**
 * People come or brought back home, counted as returnees: not fighters who gave up at home ("1,134 former extremists have
 * surrendered", "defectors", "came out of the jungle"), nor a part of people of no stated nationality ("3,412 former
 * associates have surrendered … Of these, some 1,900 are women and children"), nor people gone home each to their own
 * country or counted where they now live ("302 returned to their country of origin", "11 returnees living in Mataram").
 */
function cameHome(text: string, w: Work, work: Work[], i: number): boolean {
  const whole = w.partOf !== null && w.partOf < i ? work[w.partOf] : null;
  return (
    w.metric === 'returnees' &&
    !GAVE_UP_AT_HOME.test(text.slice(w.fig.sentence.start, w.fig.sentence.end)) &&
    !(whole && whole.country === null && !whole.foreign) &&
    !ELSEWHERE_HOME.test(text.slice(w.fig.end, w.rightEnd))
  );
}
/** "returned to their countries of origin", "returnees living in Mataram": no one home, or where they live now. */
const ELSEWHERE_HOME = /^[^.;]*?\b(?:their\s+(?:own\s+)?(?:home\s+)?countr(?:y|ies)|(?:living|live|lives|residing|reside|settled)\s+in)\b/i;

/** A state named as the one who speaks, right after its name: "says", "has announced", "reported". */
const STATE_SPEAKS =
  /^\s+(?:(?:has|have|had)\s+)?(?:says|said|estimates|estimated|counts|counted|reports|reported|announces|announced|claims|claimed)\b/;

/** Words that give the same quantity at another time or place, right before a figure with no noun: "against 19", "up from 11". */
const ANOTHER_TIME = /\b(?:against|from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i;

/** Rules that read a figure's nationality or named set from its own words or its list: a breakdown after it says no more. */
const LIST_RULES = new Set<CountryRule>([
  'named',
  'list-item',
  'list-lead',
  'list-destination',
  'set-referred-back',
  'region-named-before',
]);
/**
 * Words between a whole and the first of its parts that open a breakdown: "nine of the accused: ", "20 hostages, ",
 * "31 people, among them ", "(", " — including ".
 */
const OPENS_BREAKDOWN = /^[^.;\d]{0,60}?(?::|,|—|–|\(|\bincluding|\bamong\s+(?:them|whom)|\bof\s+whom)\s*$/i;
/** Words between two parts of a breakdown: " Iranian nationals and ", " Italians, ", ", and ". */
const NEXT_PART = /^[^.;:\d]{0,60}?(?:,|\band\b)\s*$/i;

/**
 * The named set a whole counts when the figures right after it in its sentence break it down by nationality, each part
 * named by its own words (with "an Indian", "one Briton" after them counting one each), into two or more nationalities
 * adding up to the whole; null when they do not (a breakdown with people of no nationality stated, "5 stateless", or of
 * only some of them, "30 of them British", leaves the whole as it was).
 */
function brokenDown(text: string, work: Work[], i: number, places: NameMention[], lexicon: Lexicon): string[] | null {
  const w = work[i];
  const total = w.fig.value;
  const first = work[i + 1];
  if (total === null || w.fig.value_low !== null || w.fig.value_high !== null || !first || first.fig.sentence !== w.fig.sentence)
    return null;
  if (!OPENS_BREAKDOWN.test(text.slice(w.fig.end, first.fig.start))) return null;
  const codes: string[] = [];
  let sum = 0;
  let last = w;
  for (let j = i + 1; j < work.length && work[j].fig.sentence === w.fig.sentence; j++) {
    const p = work[j];
    if (j > i + 1 && !NEXT_PART.test(text.slice(last.fig.noun?.end ?? last.fig.end, p.fig.start))) break;
    if (p.countryRule !== 'named' || typeof p.country !== 'string' || p.fig.value === null || p.fig.value_low !== null) return null;
    codes.push(p.country);
    sum += p.fig.value;
    last = p;
  }
  // "… and an Indian": single nationals named after the counted parts
  let end = last.fig.noun?.end ?? last.fig.end;
  for (const p of places) {
    if (p.start < end || p.end > w.fig.sentence.end) continue;
    if (p.form !== 'demonym' || p.within || lexicon.place(p.ref)?.kind !== 'country') break;
    if (!/^[^.;:\d]{0,60}?(?:,|\band\b)\s*(?:an?|one)\s+$/i.test(text.slice(end, p.start))) break;
    codes.push(p.ref);
    sum += 1;
    end = p.end;
  }
  return codes.length >= 2 && new Set(codes).size === codes.length && sum === total ? codes : null;
}

/** "of the citizens", "of these recruits": a part's whole named by its noun alone, the head of up to three words. */
const OF_THE_NOUN = /^\s+of\s+(?:the|these|those)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;

/**
 * The figure a part refers back to by its noun ("two of the citizens"): the nearest one before it, within three
 * sentences, that counted people by that noun and was given a nationality.
 */
/**
 * A figure of people counted before (a part of them, or them again) has their country, or their lack of one; foreign
 * nationals say so, as a part of them does. `sayNone`: the reason says when no nationality was stated.
 */
function ofPeopleCountedBefore(w: Work, before: Work, named: string, sayNone = true): void {
  w.country = before.country;
  w.foreign = before.foreign;
  w.countryRule = 'part-of';
  const none = sayNone && before.country === null && !before.foreign ? ': no nationality stated' : '';
  w.countryReason = `${before.foreign ? 'foreign nationals of several countries, ' : ''}as ${named} counted before${none}`;
}

function referredBack(text: string, work: Work[], i: number): Work | null {
  const { fig } = work[i];
  const words = OF_THE_NOUN.exec(text.slice(fig.end, fig.end + 60))?.[1]
    .toLowerCase()
    .split(/\s+/);
  if (!words) return null;
  for (let j = i - 1; j >= 0; j--) {
    const o = work[j];
    if ((text.slice(o.fig.end, fig.start).match(/[.!?](\s|$)/g) ?? []).length > 3) return null;
    if (o.fig.noun && words.includes(o.fig.noun.lower) && nounKind(o.fig.noun.lower) === 'people')
      return o.country !== null || o.foreign ? o : null;
  }
  return null;
}

/** "of the 14", "of these 150": a part's whole named by its number alone. */
const OF_THE_NUMBER = /^\s+of\s+(?:the|these|those)\s+(\d[\d,]*)(?![\d,.]*\s*(?:%|per\s*cent|percent))\b/i;

/**
 * The figure a part refers back to by its number ("2 of the 14"): the nearest one before it with that value, within
 * ten sentences (a number names its figure more surely than a noun does: a live blog's entries may stand between).
 */
function numberedWhole(text: string, work: Work[], i: number): Work | null {
  const { fig } = work[i];
  const m = OF_THE_NUMBER.exec(text.slice(fig.end, fig.end + 30));
  if (!m) return null;
  return figureOfValueBefore(text, work, i, Number(m[1].replace(/,/g, '')), false);
}

/**
 * The nearest figure before the i-th with this value (and a noun of its own, when `withNoun`), within ten sentences:
 * what a number names when it refers back (`numberedWhole`, `restatedByNumber`); null when none is near.
 */
function figureOfValueBefore(text: string, work: Work[], i: number, value: number, withNoun: boolean): Work | null {
  const { fig } = work[i];
  for (let j = i - 1; j >= 0; j--) {
    const o = work[j];
    if ((text.slice(o.fig.end, fig.start).match(/[.!?](\s|$)/g) ?? []).length > 10) return null;
    if (o.fig.value === value && (!withNoun || o.fig.noun)) return o;
  }
  return null;
}

/** "these ", "the ": a demonstrative or the definite article right before a figure, pointing back to people counted before. */
const DEFINITE_BEFORE = /(?<![\p{L}-])(?:these|those|the)\s+$/iu;

/**
 * The figure a definite figure restates ("These six defendants", "the 14 suspects" after "Six men were charged", "14
 * people were arrested"), when its own noun is one of people: the nearest figure before it with the same value and a noun
 * of its own, within ten sentences (as `numberedWhole`), whether or not it was given a nationality (the restated people
 * are of none then, not of a figure between); null when none is near.
 */
function restatedByNumber(text: string, work: Work[], i: number): Work | null {
  const { fig } = work[i];
  if (fig.value === null || !fig.noun || nounKind(fig.noun.lower) !== 'people') return null;
  if (!DEFINITE_BEFORE.test(text.slice(Math.max(0, fig.start - 8), fig.start))) return null;
  return figureOfValueBefore(text, work, i, fig.value, true);
}

/** The frames a group's strength takes no country from: the text's nationality, its section's, a state's source's. */
const STRENGTH_FRAMES = new Set<CountryRule | null>(['text-nationality', 'section', 'brought-home']);

/** A question of how many, which a figure after it answers: "How many Tunisians went to fight in Syria?". */
const HOW_MANY = /\bhow\s+many\b/i;

/**
 * The nationality a question asks the number of, when the figure's sentence answers it: the question is among the three
 * sentences before, with no other question between (a later question asks about other people).
 */
function askedNationality(
  text: string,
  sents: Sentence[],
  k: number,
  places: NameMention[],
  asNationals: (p: NameMention) => boolean,
): NameMention | null {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const q = sents[j];
    if (!/\?\s*$/.test(text.slice(q.start, q.end))) continue;
    if (!HOW_MANY.test(text.slice(q.start, q.end))) return null;
    const named = places.filter((p) => p.start >= q.start && p.end <= q.end && !p.within && asNationals(p));
    return named.length === 1 ? named[0] : null;
  }
  return null;
}

/**
 * "from" before a place, with the word before it (the head: the people, a number, a verb of going): "fighters from the
 * ", "came from the whole ", "from across the ", "came from the States of the ", "from countries of the ".
 * (The head is tried only where a word starts, no letter, digit, comma or point before it: the leftmost match is the
 * same, and a pattern anchored at the end no longer tries each position inside each word: perf50.)
 */
const FROM_ORIGIN =
  /(?:(?<![\p{L}\p{N},.])([\p{L}\p{N},.]+)["'”’]?\s+)?\bfrom\s+(?:across\s+)?(?:the\s+)?(?:(?:whole|entire|wider)\s+)?(?:(?:[\p{L}\d]+\s+)?(?:countries|states|member\s+states|republics|nations)\s+(?:of|in)\s+(?:the\s+)?)?$/iu;
/**
 * "the Russian republic of ", "the province of ", "the Kasaragod district of ": a lower-case noun of a subdivision's kind
 * (with its qualifiers, capitalised) opening the place's name, which says no more of whose people are counted than the
 * place does ("the Islamic State of" is no such noun: its noun is capitalised).
 */
const KIND_OF_PLACE =
  /\b(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:autonomous\s+)?(?:republic|province|region|state|district|governorate|county|oblast|krai|prefecture|department|municipality)\s+of\s+(?:the\s+)?$/u;
/** How KIND_OF_PLACE ends, asked first: a short pattern, where the whole is tried at every word of the 100 characters. */
const KIND_OF_PLACE_END = /\sof\s+(?:the\s+)?$/u;
/** "people from the five ", "citizens of the ": what stands before the states a region's demonym qualifies as an origin. */
const ORIGIN_OF_STATES =
  /\b(?:from|(?:citizens|nationals|natives|residents|people)\s+of)\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|other|various)\s+)?$/i;

/** Words that set a nationality beside the people counted: "12 men, all ", "200 fighters, all of them ", ", mostly ". */
const APPOSED =
  /,\s*(?:all|both|mostly|mainly|largely|chiefly|predominantly|primarily|overwhelmingly|(?:all|both|most|many)\s+of\s+(?:them|whom))\s+$/i;
/** The word before "from" that sets an origin beside the people counted: "12 men, all from Bosnia", "mostly from Belgium". */
const APPOSED_HEAD = /^(all|both|mostly|mainly|largely|chiefly|predominantly|primarily|overwhelmingly)$/i;
/**
 * A place that has people who left: ", the second state in departures, had 47 residents who left", " has some 30 young
 * people who travelled" (after an apposition set off by commas, up to the figure, its noun of people and "who" or "that"
 * with a verb of travel).
 */
const HAD_PEOPLE_WHO_LEFT = new RegExp(
  `^(?:\\s*,[^,.;]{1,90},)?\\s+(?:has|had|have|counts|counted|recorded|registered)\\s+(?:(?:some|about|around|nearly|almost|over|more\\s+than|at\\s+least|an\\s+estimated)\\s+)?(?:\\d[\\d,.]*|[a-z]+(?:-[a-z]+)?)\\s+(?:(?:young|of\\s+its|of\\s+their)\\s+)?(?:residents|inhabitants|citizens|nationals|natives|people|persons|individuals|men|women)\\s+(?:who|that)\\s+(?:(?:have|had|has)\\s+)?(?:${TRAVEL_VERBS})\\b`,
  'i',
);

/**
 * After a state's name or demonym, its government's or agency's own count: "'s interior ministry's figure", " government's
 * estimate", " security services' own count" (up to three words before the speaker's noun, its possessive, the count).
 */
const STATE_OWN_COUNT =
  /^(?:[’']s)?(?:\s+[\p{L}-]+){0,3}?\s+(?:government|authorities|ministry|agency|police|intelligence|services|directorate|department)[’']s?\s+(?:own\s+|official\s+|latest\s+)*(?:figures?|counts?|estimates?|tally)\b/iu;

/** A noun of nationals right after a country's name: "U.S. citizens", "UK nationals", "Indonesian passport holders". */
const NAME_OF_NATIONALS = /^\.?\s+(?:citizens|nationals|passport[\s-]holders)\b/i;

/** "citizens of ", "nationals of the ": the words before a country's name that state its people's nationality. */
const NATIONALS_OF = /\b(?:citizens|nationals|natives|subjects)\s+of\s+(?:the\s+)?$/i;

/** A city's own count, as its state's government gives it: "'s figure", "'s own count", "'s latest tally". */
const STATE_COUNT_OF_CITY = /^[’']s\s+(?:own\s+|official\s+|latest\s+)*(?:figures?|counts?|estimates?|tally|numbers|data|statistics)\b/i;

/**
 * The people counted, "from" and a town, then its country after "in" or a comma: "men from Tripoli in northern ",
 * "recruits from Mombasa, ", "people from Kasaragod district in ". (Its head word tried only where a word starts, as in
 * `FROM_ORIGIN`.)
 */
const TOWN_IN_COUNTRY =
  /(?<![\p{L}\p{N},.])([\p{L}\p{N},.]+)\s+from\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:district|province|region|governorate|town|city|village|area))?(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?)$/u;

/** A place's name or adjective joined to "-linked": "UK-linked", "British-linked", "Iran-linked". */
const LINKED = /^-linked\b/i;
/**
 * "UK-linked individuals", "British-linked women and children": people a state counts as linked to it, its nationals
 * and residents, are its own; "Iran-linked militias", "Russia-linked fighters" are a state's proxies, of no nationality
 * said.
 */
const LINKED_PEOPLE =
  /^-linked\s+(?:individuals|people|persons|nationals|citizens|residents|adults|men|women|children|minors|families|returnees|travell?ers)\b/i;

/** "from the region", "from this region", after the people counted. */
const FROM_THE_REGION = /^[^.;]{0,80}?\bfrom\s+(?:the|this|that)\s+region\b/i;

/** The words that open a coordinated conjunct of a sentence before its subject: " and", "; while", "whereas the". */
const CONJUNCT_OPENING = /(?:;|\b(?:and|while|whereas|but)\b)\s*(?:the\s+)?$/i;
/**
 * A nationality told of a share of the people counted, not of them all: "28,000 children, of whom about 60 per cent are
 * Iraqi", "some 3,000 detainees, most of them Iraqis", "more than half of whom are Syrian".
 */
const SHARE_STATED =
  /\b(?:(?:of|among)\s+(?:whom|them|these|those)\b[^.;]*?\b(?:per\s*cent|percent|%|half|most|majority|minority|third|quarter|two-thirds|three-quarters|many|some|few)\b|(?:per\s*cent|percent|%|half|most|majority|two-thirds|three-quarters)\s+of\s+(?:whom|them)\b)/i;
/** A sentence opened by the whole a later clause breaks down: "Of the ", "Of these ", "Of about ". */
const FRONTED_WHOLE = /^\s*of\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** The words between the people counted and the nationality their verb states: " are ", " held in Raqqa were all ". */
const STATES_NATIONALITY = /^[^.;,\d]*?\b(?:are|were|is|was)\s+(?:all\s+|both\s+|also\s+|in\s+fact\s+)?$/i;
/**
 * The words before a nationality that make it the object of a preposition (and of the people's nationalities joined to
 * it): "to Italian and Tunisian fighters", "by Somali militants", "for Kenyan recruiters". Not "against" (cases against
 * Russians count them) nor "of", "from", "with" (an origin, a nationality or passports of the people counted).
 */
const ANOTHER_PHRASE =
  /\s(?:to|for|by|alongside|towards?)\s+(?:(?:the|their|his|her|other|fellow|foreign|armed|young)\s+)*(?:\p{Lu}[\p{L}-]*(?:\s*,\s*|\s+and\s+|\s+or\s+|,\s+and\s+))*$/u;
/**
 * A verb whose object is other people than those counted: "Seven convicted of recruiting Albanians", "12 people detained
 * for recruiting Kazakh citizens" (the nationality is of those recruited; not "were recruited from Tajikistan", whose
 * people are those counted).
 */
const ACTED_ON = /\b(?:recruit(?:ing|s)?|recruited(?=\s+(?:young|fellow|other|more|new)\b))\s+(?:(?:young|fellow|other|more|new)\s+)?$/i;

/** Metrics of a police's or court's own cases: whoever the text is about, of whatever nationality those counted were. */
const POLICE_OR_COURT_CASES = /^(arrested|convicted|sentenced_to_death)$/;

/**
 * Nouns of people come or brought back home (returnees, deportees, evacuees, repatriates): a state's own nationals,
 * whichever of its authorities counts them, and no nationals of the place they came back from ("150 returnees from
 * Syria").
 */
const BROUGHT_BACK_NOUN = /^(returnees?|deportees?|evacuees?|repatriates)$/i;
/** People the figure counts, named as having come back: "100 returned women", "19 returning fighters". */
const CAME_BACK_BEFORE =
  /^\s+(?:[\p{L}-]+\s+)?(?:returned|returning|repatriated)\s+(?:[\p{L}-]+\s+)?(?:women|men|children|minors|fighters|jihadists|militants|people|persons|individuals|nationals|citizens|wives|mothers|families)\b/iu;
/** A clause or participle after the figure's noun that says its people came back: "women who had returned from Syria". */
const CAME_BACK_AFTER =
  /^,?\s+(?:(?:who|that)\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?(?:since\s+|recently\s+|already\s+)?(?:returned|come\s+back|came\s+back|repatriated|brought\s+(?:back|home))|(?:recently\s+)?(?:returning|returned|repatriated)\s+(?:home\s+)?from)\b/iu;
/**
 * The words of a figure's own noun phrase saying its people came back, or null: "returned" before its noun, a relative
 * clause or participle after it. People come back to a state are its own nationals (held-out 27's reading of returnees).
 */
function cameBackPeople(text: string, figEnd: number, nounEnd: number | null): string | null {
  const before = CAME_BACK_BEFORE.exec(text.slice(figEnd, figEnd + 60));
  if (before) return before[0].trim();
  if (nounEnd === null) return null;
  const after = CAME_BACK_AFTER.exec(text.slice(nounEnd, nounEnd + 60));
  return after ? text.slice(figEnd, nounEnd + after[0].length).trim() : null;
}

/** Nouns of a state's own people: "93 citizens", "41 of its nationals". */
const NATIONALS_NOUN = /^(citizens|nationals|compatriots)$/i;

/** Nouns that count a state's cases rather than people of a kind: "17 arrests", "61 convictions". */
const CASES_NOUN = /^(arrests|detentions|convictions|indictments|prosecutions|charges|cases|death\s+sentences)$/i;

/** What stands between places named together as one set: "Kwale and Mombasa", "Fès-Meknès, Casablanca-Settat". */
const JOINED = /^\s*(?:,|and|or|,\s*and)\s*$/i;

/** Words that set a figure in a wider scope than one place: a continent, the world, a whole country or all of a count. */
const WIDER_SCOPE =
  /\b(?:[Aa]cross|[Tt]hroughout|[Aa]ll\s+over)\s+(?:the\s+)?\p{Lu}|\b(?:[Ww]orldwide|[Gg]lobally|[Ww]orld-wide|[Nn]ationwide|[Cc]ontinent-wide|EU-wide|[Ii]n\s+all\s+of|[Aa]cross\s+the\s+(?:country|continent|world|globe|region|bloc))\b/u;

/** A sentence that tells of people who went abroad to fight or came back: its case counts are of the text's travellers. */
const TOLD_OF_TRAVEL = new RegExp(`\\b(?:${TRAVEL_VERBS}|travell?ers?|returnees?|repatriated)\\b`, 'i');

/**
 * Whether a frame (the country heading a section, the nationality the text is about) says nothing of whose the people
 * counted are: a police's or court's own cases, and people killed, counted where they were arrested, tried or died.
 */
const frameSaysNothingOf = (metric: string | null) =>
  POLICE_OR_COURT_CASES.test(metric ?? '') || metric === 'killed' || metric === 'victims_killed' || metric === 'victims_injured';

/** Nouns for a state's own forces. */
/** A verb of bringing or coming back: "repatriated", "brought home", "returned", "deported". */
const BROUGHT_BACK_VERB =
  /\b(repatriat\w*|(?:brought|brings?|bringing|took|taken|takes|flown|flew) (?:back|home)|returned|returning|deported|evacuated|rescued|flown)\b/i;

/** The place a verb of coming back names, right after it: "returned from Somalia", "brought back home from Syria's camps". */
const PLACE_RETURNED_FROM = /^\s+(?:(?:home|back)\s+)?from\b/i;

/** A place a verb of coming back names after it, whence or whither: "returned from Somalia", "were repatriated to Iraq". */
const PLACE_RETURNED_TO = /^\s+(?:(?:home|back)\s+)?(?:from|to|in)\s+(?:the\s+)?\p{Lu}/u;

/** Metrics of people who went abroad, died there or are held there, whose origin a text about a region gives them. */
const TRAVELLERS = /^(?:foreign_fighters|returnees|in_camps|children|still_in_conflict_zone|killed)$/;

/** Between an origin and a verb of coming back, only its auxiliaries: " have", " who had since", " were". */
const ORIGIN_THEN_RETURN =
  /^\s+(?:who\s+|that\s+)?(?:(?:have|has|had|were|was|are|is|been|being|now|since|already|recently|also|reportedly)\s+)*$/i;

const SECURITY_PERSONNEL =
  /^(soldiers|troops|servicemen|servicewomen|policemen|policewomen|officers|gendarmes|personnel|guards|border guards)$/;

/** A state's forces, after the figure: "four gendarmes", "16 of them police officers", "two of our soldiers". */
const FORCES_COUNTED =
  /^\s+(?:of\s+(?:them|whom|our|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:soldiers|troops|servicemen|gendarmes|policemen|police\s+officers|police|officers|border\s+guards|guards|personnel)\b/iu;

/**
 * Whether a figure counts a state's forces: its own words ("four gendarmes"), or, with no noun of its own but a status,
 * the forces counted by the figure before it in its sentence ("19 soldiers were killed and 14 wounded").
 */
function countsForces(text: string, work: Work[], i: number): boolean {
  const { fig } = work[i];
  if (FORCES_COUNTED.test(text.slice(fig.end, fig.end + 40))) return true;
  const prev = work[i - 1];
  return (
    (!fig.noun || /^(?:wounded|injured|dead)$/.test(fig.noun.lower)) &&
    prev !== undefined &&
    prev.fig.sentence === fig.sentence &&
    /^victims_/.test(prev.metric ?? '') &&
    FORCES_COUNTED.test(text.slice(prev.fig.end, prev.fig.end + 40))
  );
}

/** "of the republic", "of the region": a subdivision named before, by its kind. */
/**
 * People said to come from a subdivision named before by its kind: "from the region", "who left the province", "natives
 * of the state", "people of the city".
 */
const FROM_THE_SUBDIVISION =
  /^[^.;]{0,80}?\b((?:from|left|leaving|leave|natives\s+of|residents\s+of|people\s+of)\s+(?:the|this|that)\s+(?:same\s+)?(?:region|province|republic|oblast|krai|governorate|county|canton|territory|state|city))\b/i;
/** People said to come from a town named before by its kind: "from the town", "who left the city", "natives of the village". */
const FROM_THE_TOWN =
  /^[^.;]{0,80}?\b((?:from|left|leaving|leave|natives\s+of|residents\s+of|people\s+of)\s+(?:the|this|that)\s+(?:same\s+)?(?:city|town|village|municipality|neighbou?rhood))\b/i;
const SUBDIVISION_ANAPHOR = /^\s+of\s+(?:the|this|that)\s+(?:republic|region|province|oblast|krai|territory|autonomous\s+region)\b/i;

/** Of the subdivisions named, the one named most (the first of those named as often: a text names its subject early). */
function mostNamedSubdivision(named: NameMention[]): NameMention | undefined {
  const times = new Map<string, number>();
  for (const p of named) times.set(p.subdivision!, (times.get(p.subdivision!) ?? 0) + 1);
  let best: NameMention | undefined;
  for (const p of named) if (!best || times.get(p.subdivision!)! > times.get(best.subdivision!)!) best = p;
  return best;
}

/**
 * Nouns for people said to be from a place inside a country: "natives from Mindanao", "Dagestan residents", "two brothers
 * from Luton" (kin are from where their family lives, not from where they fought).
 */
const ORIGIN_PEOPLE =
  /^(natives?|nationals?|citizens?|residents?|people|men|women|youths?|families|brothers|sisters|siblings|sons|daughters|cousins)$/;

/** "have returned home", "had returned to their home countries": people who went home of their own accord. */
const WENT_HOME =
  /^[^.;]*?\b(?:returned|come back|came back|gone back|went back|went home)\s+(?:home|to\s+their\s+(?:home\s+|own\s+|respective\s+)?countries)\b/i;

/** Metrics of what people did of their own accord: travelled, joined, fought, died there or came home. */
const OWN_ACCORD = /^(foreign_fighters|foreign_fighters_and_family_members|members|still_in_conflict_zone|killed|returnees)$/;
/** A country's place in a ranking, then its count: " comes next with ", " follows with ", " is second with ". */
const RANKED_WITH =
  /^\s+(?:comes|came|follows|followed|ranks|ranked|stands|stood|is|was)\s+(?:(?:next|second|third|fourth|fifth|sixth|last|first|top|closely|close\s+behind)\s+)?with\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|an\s+estimated)\s+)?\d/i;

/**
 * Verbs of what a state does to foreigners it holds: deports, expels, hands over, detains, returns them ("only 118 were
 * returned to their countries of origin": sent back, not gone home of their own accord).
 */
const HELD_BY_A_STATE =
  /\b(?:deport\w*|expel\w*|extradit\w*|handed over|hands? over|sent back|(?:were|was|been|being|be)\s+returned|detain\w*|held|holds?|housed|interned)\b/i;

/**
 * Whether people of many countries are counted as those who went, joined or came home (an aggregate over the world)
 * rather than as foreigners a state or a camp holds, deports or hands over (foreign nationals where they are).
 */
function wentOfTheirOwnAccord(text: string, w: Work): boolean {
  return OWN_ACCORD.test(w.metric ?? '') && !HELD_BY_A_STATE.test(text.slice(w.leftStart, w.rightEnd));
}

/** People the text gives as a state's own: "41 of its nationals", "12 of their own citizens". */
const OWN_NATIONALS = /^\s+(?:of\s+)?((?:its|their)\s+(?:own\s+)?(?:nationals|citizens))\b/i;

/** Where travellers go to fight: a sentence opening "In Syria, …" tells where people are, not whose they are. */
const CONFLICT_ZONES = new Set(['SY', 'IQ', 'AF', 'SO', 'LY', 'YE', 'ML']);

/** The country that opens a sentence as its subject or frame ("Albania, …", "In Kosovo, …", "Neighbouring Kyrgyzstan said"). */
function openingCountry(text: string, sentence: Sentence, before: number, countryNames: NameMention[]): NameMention | null {
  // (after the time code that opens a line of show notes: "(27:05) Kazakhstan as the benchmark: …")
  const s = withoutTimeCode(text, sentence);
  const first = countryNames.find((p) => p.start >= s.start && p.end <= before);
  if (
    !first ||
    !/^\s*(?:["“]\s*)?(?:(?:in|neighbouring|neighboring|meanwhile,?|separately,?)\s+)?(?:the\s+)?$/i.test(text.slice(s.start, first.start))
  )
    return null;
  // (a conflict zone opening the sentence is where, not whose: "In Syria, 300 Belgians …")
  return CONFLICT_ZONES.has(first.ref) ? null : first;
}

/**
 * The state a sentence's opening "its" stands for: the country that opens the sentence before ("Kazakhstan led
 * the way. Its five operations brought back 754 citizens").
 */
function possessiveOpener(text: string, sents: Sentence[], k: number, before: number, countryNames: NameMention[]): NameMention | null {
  if (k <= 0 || !/^\s*(?:["“]\s*)?its\s/i.test(text.slice(sents[k].start, before))) return null;
  return openingCountry(text, sents[k - 1], sents[k - 1].end, countryNames);
}

/**
 * The state that opens the figure's own sentence as its subject, when the figure counts "its" citizens or nationals:
 * "Iraq has tried 600 of its citizens", "Tajikistan says 300 of its nationals remain in Syria".
 */
function ownSubjectState(text: string, w: Work, countryNames: NameMention[]): NameMention | null {
  const { fig } = w;
  if (fig.noun === null || !/^\s+of\s+its\s+(?:own\s+)?$/i.test(text.slice(fig.end, fig.noun.start))) return null;
  const s = withoutTimeCode(text, fig.sentence);
  const first = countryNames.find((p) => p.start >= s.start && p.end <= fig.start);
  // (the sentence's subject, not a frame of place: "In Iraq, 600 of its citizens…" has no state for "its")
  return first && /^\s*(?:["“]\s*)?(?:the\s+)?$/i.test(text.slice(s.start, first.start)) ? first : null;
}

/** A preposition of place before a name, with the compass point of a region: "in", "across northern", "in north-east". */
const PLACE_PREPOSITION =
  /\b(?:in|into|to|from|at|on|across|for|of|with|by|near|inside|throughout|within|toward|towards)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)\s+)?$/i;

/**
 * Nouns for those who speak or act for a state: its officials, forces and authorities ("Colombian troops killed 12
 * rebels", "Rwanda's defence force said", "Pakistan's Counter Terrorism Department arrested 30": the nationality of
 * those who act, not of the people counted).
 */
const SPEAKER =
  /^(?:officials?|leaders?|governors?|officers?|commanders?|forces?|troops|soldiers|army|military|navy|department|directorate|command|government|authorities|diplomats?|sources|spokes(?:man|woman|person)|ministers?|ministry|agency|headquarters|services?|police|prosecutors?|prosecution|courts?|judges?|judiciary|intelligence|gendarmerie|investigators?)$/i;
/**
 * The states whose forces make up a body: "a task force, which includes troops from Chad, Cameroon, Niger and Nigeria",
 * "soldiers from Kenya and Uganda" (who act, not who is counted).
 */
const FORCES_FROM =
  /\b(?:troops|forces|soldiers|officers|personnel|contingents?|policemen|police\s+officers|peacekeepers)\s+from\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*(?:,|and|,\s*and)\s*(?:the\s+)?)*$/u;
/** Words that may stand between a nationality and such a noun: "State Security", "federal", "domestic", "counter-terrorism". */
const SPEAKER_QUALIFIER =
  /^(?:state|federal|national|interior|domestic|internal|security|intelligence|military|defen[cs]e|local|senior|government|counter-?terrorism|anti-?terror\w*|law|enforcement|border|special|top|news)$/i;
/** A state's places of detention after its possessive: "'s prisons", "'s overcrowded jails", "'s detention centres". */
const DETENTION_PLACES =
  /^[’']s\s+(?:[\p{Ll}-]+\s+)?(?:prisons?|jails?|gaols?|penitentiar(?:y|ies)|camps?|detention|correctional|prison\s+system)\b/u;

/** Words of a state bringing its people home (not deporting others): "repatriated", "brought back", "returned 340". */
const BRINGS_HOME =
  /\b(?:repatriat\w*|(?:brought|brings?|bringing|took|taken|takes|taking|flew|flown|flies|flying)\s+(?:back|home)|return(?:ed|s|ing)?\s+(?:(?:some|about|around|more\s+than|over|nearly|almost|at\s+least)\s+)?$)/i;

/**
 * Another body that brings people home after a clause's turn, between a nationality and the figure: "held in prisons run
 * by the Kurdish-led Syrian Democratic Forces, and urged the government to bring back all 34 men" — the government
 * brings them, not the Syrian forces.
 */
const ANOTHER_BRINGER =
  /(?:[,;]|\b(?:and|but|while|urged|asked|called\s+on)\b).*\b(?:the|its|their)\s+(?:government|authorities|state)\b/is;

/** The nationalities read last (by where they end) and whether a speaker follows them, for the text they were read in. */
let speakers = { text: '', after: new Map<number, boolean>() };

/** Whether the words after a nationality (`end`) name a state's speaker or authority: "officials", "'s State Security Service". */
function qualifiesSpeaker(text: string, end: number): boolean {
  // (asked for the same mention by every figure near it)
  if (speakers.text !== text) speakers = { text, after: new Map() };
  let speaks = speakers.after.get(end);
  if (speaks === undefined) speakers.after.set(end, (speaks = speakerAfter(text, end)));
  return speaks;
}

function speakerAfter(text: string, end: number): boolean {
  let from = end;
  const possessive = /^[’']s\b/.exec(text.slice(end, end + 3));
  if (possessive) from += possessive[0].length;
  for (const w of words(text, from, Math.min(text.length, from + 60)).slice(0, 4)) {
    if (!/^\s+$/.test(text.slice(from, w.start))) return false;
    if (SPEAKER.test(w.lower)) return true;
    if (!SPEAKER_QUALIFIER.test(w.lower) && !/^(?:and|or)$/.test(w.lower) && !/^\p{Lu}/u.test(w.text)) return false;
    from = w.end;
  }
  return false;
}

/** Whether a state's name ends its speaker's or authority's name: "the Government of Kazakhstan", "the authorities of Iraq". */
function speakerOf(text: string, start: number): boolean {
  const of = /\b([\p{L}-]+)\s+(?:of|in)\s+(?:the\s+)?$/iu.exec(text.slice(Math.max(0, start - 40), start));
  return of !== null && SPEAKER.test(of[1]);
}

/** The last run of country names joined by commas and "and" ("Indonesia, Malaysia, Singapore and the Philippines"). */
function lastCountryList(text: string, places: NameMention[]): NameMention[] {
  let run: NameMention[] = [];
  for (const p of places) {
    const prev = run[run.length - 1];
    if (prev && /^\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/.test(text.slice(prev.end, p.start))) run.push(p);
    else run = [p];
  }
  return [...new Map(run.map((p) => [p.ref, p])).values()];
}

/**
 * Whether the people a figure counts are listed as nationals of one or more countries named by their demonym and then
 * people of many countries, all in one list between `from` and `to` (the words up to the world's phrase): "Syrians,
 * Iraqis, and people from around the world", "Iraqis and others from 50 countries".
 */
function namedBesideTheWorld(text: string, places: NameMention[], from: number, to: number): boolean {
  const named = places.filter((p) => p.start >= from && p.end <= to && p.form === 'demonym' && !p.within);
  const last = named[named.length - 1];
  if (!last) return false;
  return /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:other\s+)?(?:people|persons|individuals|others|nationals|citizens|those)\s+)?(?:from|of)\b[^.;]*$/i.test(
    text.slice(last.end, to),
  );
}
