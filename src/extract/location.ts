/**
 * Where the counted people are, when the text places them: the claim's `location` (the README's "where the people are
 * when the text places them or counts by place"), never whose nationals they are (that is `country`, countries.ts).
 * A place is read where the figure's sentence puts people in it: after a preposition of place ("in Syria and Iraq",
 * "travelled to Syria", "left for Syria", "across northern Mozambique"), or as the state whose places of detention
 * hold them ("Iraqi prisons", "Turkey's jails", "Syrian camps").
 */
import type { Candidate } from './candidate';
import type { Lexicon, NameMention } from './lexicon';
import { authorityCountry, CASE_METRICS } from './countryFrames';
import { lowerBound } from './sorted';
import { namesWithin, type Work } from './work';

/** A preposition that puts people in a place, with a region's compass point: "in", "to", "across northern", "left for". */
const INTO_PLACE =
  /(?:\b(?:in|into|inside|to|across|throughout|within|at)|\b(?:left|leave|leaving|headed|heading|bound|departed)\s+for)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)\s+)?$/i;

/** Places that hold people, after a state's adjective or possessive: "Iraqi prisons", "Turkey's jails", "Syrian camps". */
const HOLDING_PLACE =
  /^(?:[’']s)?\s+(?:(?:[\p{Ll}-]+|Kurdish-run|Kurdish-held)\s+)?(?:prisons?|jails?|gaols?|penitentiar(?:y|ies)|camps?|detention\s+(?:centres?|centers?|facilities|camps?)|custody|soil|territory)\b/u;

/**
 * People counted where they are or were, killed, held or living, whom the text goes on placing where it last put people
 * ("Some 150 of them have been killed", "around 300 remain in camps"): not travellers, returnees or people at a stage of
 * a prosecution, whom a later sentence counts at home or on their way.
 */
const STAY_PUT = new Set([
  'killed',
  'members',
  'members_and_family_members',
  'in_camps',
  'still_in_conflict_zone',
  'children',
  'women_and_children',
  'family_members',
  'deaths',
  'sentenced_to_death',
  'victims_killed',
  'victims_injured',
  'transferred',
]);

/** A list's joints between places: "Iraq and Syria", "Syria, Iraq, or Libya". */
const JOINT = /^\s*(?:,|and|or|,\s*(?:and|or))\s*(?:the\s+)?$/i;

/**
 * A run of places the text puts people in ("in Iraq and Syria"): its codes (a province or a city as its country's: "in
 * Deir ez-Zor" is SY, as the corpora's gold has it), its span and words; `carried` when a figure takes it from elsewhere,
 * `words` then saying from where.
 */
type Located = { refs: string[]; from: number; to: number; words: string; carried?: boolean };

/**
 * "to" that names the people's home, not where they are: "returned to Austria", "repatriated to Indonesia", "a link
 * to Sweden", "native to Morocco".
 */
const HOME_TO =
  /\b(?:return(?:ed|s|ing)?|repatriat\w*|deport\w*|sent|brought|flown|flew|back|home|links?|linked|connections?|connected|ties|tied|native|belonging|loyal(?:ty)?)\s+(?:home\s+|back\s+)?to\s+(?:the\s+)?$/i;
/** Where somebody spoke, not where the people are: "told reporters in Dushanbe", "said in Geneva", "a news conference in Rabat". */
const PLACE_OF_SPEAKING =
  /\b(?:told\s+(?:\w+\s+){0,2}|said|says|saying|speaking|spoke|briefing|statement|conference|interview|address(?:ed)?|remarks)\s+(?:on\s+\w+\s+)?(?:in|at)\s+(?:the\s+)?$/i;

/**
 * Each figure's location: the placed run of names in its sentence nearest to it (after it first, in its own clause);
 * else its whole's, for people held, killed or prosecuted; else the state whose authorities count their own cases; else,
 * for people who stay where they are (killed, held, still there), the place the text last put people in; else none.
 */
export function placeLocations(text: string, work: Work[], names: NameMention[], lexicon: Lexicon): Map<Work, Located | null> {
  const places = names.filter((n) => n.type === 'place' && lexicon.place(n.ref) !== undefined);
  const out = new Map<Work, Located | null>();
  const bySentence = new Map<Work['fig']['sentence'], Located[]>();
  let last: Located | null = null;
  for (const w of work) {
    const sentence = w.fig.sentence;
    let placed = bySentence.get(sentence);
    if (!placed) {
      placed = placedIn(text, namesWithin(places, sentence.start, sentence.end));
      bySentence.set(sentence, placed);
    }
    let own = nearest(text, placed, w.fig.start, w.fig.end);
    // a part of a whole counted before is where its whole is ("Nine of those detained" in Spain)
    // (…a case count only of a case count's whole: travellers' place is not where their cases are counted)
    const of = w.partOf !== null ? work[w.partOf] : null;
    const whole =
      of && (STAY_PUT.has(w.metric ?? '') || (CASE_METRICS.has(w.metric ?? '') && CASE_METRICS.has(of.metric ?? '')))
        ? out.get(of)
        : undefined;
    if (!own && whole)
      own = {
        ...whole,
        words: `as its whole ("${text.slice(of!.fig.start, of!.fig.end)}")`,
        carried: true,
      };
    // a state's police, prosecutors or courts count their own cases at home ("Spanish police arrested 14 people")
    const authority = !own ? authorityCountry(text, w, places, lexicon) : null;
    if (authority && typeof authority.country === 'string')
      own = {
        refs: [authority.country],
        from: w.fig.start,
        to: w.fig.start,
        words: `${authority.reason} at home`,
        carried: true,
      };
    if (own && !own.carried) last = own;
    out.set(
      w,
      own ??
        (STAY_PUT.has(w.metric ?? '') && last ? { ...last, carried: true, words: `carried from "${last.words.trim()}" before` } : null),
    );
  }
  return out;
}

/** The runs of places a sentence puts people in, in text order. */
function placedIn(text: string, inSentence: NameMention[]): Located[] {
  const runs: Located[] = [];
  for (let k = 0; k < inSentence.length; k++) {
    const n = inSentence[k];
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const prev = runs[runs.length - 1];
    // "in Iraq and Syria": a name joined to a placed one is placed with it
    if (prev && prev.to === inSentence[k - 1]?.end && n.form === 'name' && JOINT.test(text.slice(prev.to, n.start))) {
      if (!prev.refs.includes(n.ref)) prev.refs.push(n.ref);
      prev.to = n.end;
      prev.words = text.slice(prev.from, n.end);
      continue;
    }
    const holding = HOLDING_PLACE.test(text.slice(n.end, n.end + 40));
    if ((n.form === 'name' && INTO_PLACE.test(before) && !HOME_TO.test(before) && !PLACE_OF_SPEAKING.test(before)) || holding) {
      const opener = holding ? '' : (INTO_PLACE.exec(before)?.[0] ?? '');
      runs.push({ refs: [n.ref], from: n.start - opener.length, to: n.end, words: text.slice(n.start - opener.length, n.end) });
    }
  }
  return runs;
}

/** Where a clause with a subject of its own begins: "…; about 100 are…", "…, and about 100 are still in Syria". */
const NEW_CLAUSE = /;|,\s+(?:and|but|while|whereas)\s/;

/** The placed run nearest the figure in its clause: after it before any new clause, else before it before any ";". */
function nearest(text: string, placed: Located[], start: number, end: number): Located | null {
  const after = placed.find((p) => p.from >= end && !NEW_CLAUSE.test(text.slice(end, p.from)));
  if (after) return after;
  const k = lowerBound(placed, (p) => p.to, start + 1) - 1;
  const before = placed[k];
  return before && !/;/.test(text.slice(before.to, start)) ? before : null;
}

/** A candidate's location field and its reason. */
export function locationField(located: Located | null): { location: Candidate['location']; reason: string | null } {
  if (!located) return { location: null, reason: null };
  return {
    location: located.refs.length === 1 ? located.refs[0] : located.refs,
    reason: located.carried ? located.words : `"${located.words.trim()}": where the sentence places the people counted`,
  };
}
