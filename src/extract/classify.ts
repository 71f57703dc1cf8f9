/** The metric of each figure: the status stated near it, the noun it counts, its whole's, or the figure's before it. */
import { ACQUITTED, ACQUITTED_READING, gaveUpFight, nounMetric, objectComplement, statusesIn, StatusHit, UNDER_AMNESTY } from './metric';
import { topicStatus } from './layoutCounts';
import { columnHeading, rowLabel } from './tableColumns';
import { REMAINDER } from './figures';
import { FIGHTER_NOUNS, listedBefore, predicateEnd, setAgainst, Work } from './work';

function nearestStatus(hits: StatusHit[], anchor: number, preferStrong: boolean): StatusHit | null {
  const sorted = [...hits].sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor));
  if (preferStrong) return sorted.find((h) => h.strong) ?? sorted[0] ?? null;
  return sorted[0] ?? null;
}

/** The metrics that say who the people are (women, children), not what happened to them. */
const PEOPLE_GROUPS = /^(?:women|children|women_and_children)$/;

/** Nouns of belonging to a group, not of travelling: a count of them is the group's strength unless a status is stated. */
const MEMBERSHIP_NOUNS = /^(members|supporters|followers|adherents|sympathi[sz]ers|loyalists|cadres|operatives|affiliates|partisans)$/i;

/** Words right after a count of travellers that put their women and children in it. */
const WITH_FAMILIES =
  /^\s+(?:[\p{L}-]+\s+){0,2}?men,?\s+women\s+and\s+children\b|^[^.;:]{0,40}?,?\s+including\s+(?:many\s+|some\s+|their\s+)?(?:women|wives)\s+and\s+(?:children|minors)\b/iu;

/** Of those, the words that say only that fighters gave up (not that they left their group for good: defected, an amnesty). */
const GAVE_UP = /^(?:surrender|(?:laid|lay|laying)\s+down|(?:gave|give|giving|turned|handed)\s+themselves)/i;

/**
 * Fighters who surrendered are back only when the text calls them former members ("48 former radicals who had
 * surrendered", "people formerly associated with the group … have surrendered"); a group's fighters surrendering in an
 * operation ("54 fighters have laid down their arms") are counted as its strength, as the group's other losses are.
 */
function surrenderedBack(text: string, fig: Work['fig'], h: StatusHit): boolean {
  if (!gaveUpFight(h) || !GAVE_UP.test(h.words)) return true;
  // (a surrender under an amnesty is leaving the group for good: "87 fighters had surrendered under the amnesty")
  if (UNDER_AMNESTY.test(text.slice(h.end, fig.sentence.end))) return true;
  // (nor is a surrender that only dates what is said of them: "61 were under 18 when they laid down their arms")
  if (/\b(?:when|after|before|since|until|once)\s+(?:they|he|she|we)\s+(?:had\s+)?$/i.test(text.slice(Math.max(0, h.start - 30), h.start)))
    return false;
  return /\b(?:former(?:ly)?|ex-)/i.test(text.slice(fig.sentence.start, Math.max(h.start, fig.noun?.end ?? fig.end)));
}

/** The words of bodies or remains before a figure (metric.ts reads them as victims killed). */
const REMAINS = /^(?:bodies|corpses|remains|skeletons)\s+of$/i;

/** A handover that sends people home rather than into another state's custody. */
const HOMEWARD =
  /\bto\s+(?:their|its)\s+(?:respective\s+|home\s+|own\s+|native\s+)?(?:countr(?:y|ies)|homelands?|states?)\b|\bdelegations?\b|\bfrom\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}camps?\b|\brepatriat/iu;

/** A table row's label that puts its people where they went: "In Syria or Iraq", "Still in the conflict zone", "Remaining in Iraq". */
const ROW_IN_ZONE =
  /^(?:(?:[Ss]till|[Rr]emaining|[Cc]urrently|[Bb]elieved to be|[Pp]resumed to be)\s+)?[Ii]n\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*|conflict zones?|war zones?|combat zones?)(?:\s+(?:or|and|\/)\s+\p{Lu}[\p{L}-]*)?$/u;

/** Words of a terrorist attack: the people it killed are its victims. */
const ATTACK_WORDS =
  /\b(?:attacks?|attackers?|assailants?|gunm[ae]n|bombings?|bomber|blasts?|explosions?|massacres?|ambush(?:es|ed)?|stormed|shootings?|car bombs?|IEDs?)\b/i;
/** The counted are the attackers or fighters: "20 militants were killed", "12 of the attackers". */
const NOT_VICTIMS = /^(?:attackers?|assailants?|gunm[ae]n|bombers?|suicide|raiders)$/i;

/**
 * People killed in a sentence that tells of a terrorist attack (a bombing, a blast, gunmen, a massacre) are its victims
 * (the README's victims_killed), unless what the figure counts is fighters or the attackers themselves.
 */
function attackVictims(text: string, fig: Work['fig'], noun: string, sentenceText: string): boolean {
  if (!ATTACK_WORDS.test(sentenceText)) return false;
  if (noun && (FIGHTER_NOUNS.test(noun) || NOT_VICTIMS.test(noun))) return false;
  // "12 of the attackers", "20 of them militants"
  if (
    /^\s+of\s+(?:the\s+|them\s+)?(?:[\p{L}-]+\s+)?(?:attackers|assailants|gunmen|bombers|militants|fighters|insurgents|jihadists|terrorists)\b/iu.test(
      text.slice(fig.end, fig.end + 50),
    )
  )
    return false;
  return true;
}

/** The members of a state's forces, as a count of its losses names them. */
const FORCE_NOUNS =
  /^(?:soldiers|personnel|troops|servicemen|servicewomen|officers|policemen|policewomen|police|guards|commandos|rangers|peacekeepers|comrades|men)$/i;

/**
 * A verb after the figure whose own object is a later figure of the sentence tells of that one: "killing 12 civilians,
 * four of them children, and wounding 9" (the 9 are wounded, the four killed).
 */
function governsAnother(text: string, work: Work[], i: number, h: StatusHit): boolean {
  if (!/ing$/.test(h.words)) return false;
  const { fig } = work[i];
  return work.some(
    (o, k) =>
      k > i &&
      o.fig.sentence === fig.sentence &&
      o.fig.start >= h.end &&
      /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(h.end, o.fig.start)) &&
      !/\b(?:and|or|but|of|while|to|by|than|from)\s/.test(text.slice(h.end, o.fig.start)),
  );
}

/** "lost 312 personnel", "lost two of our soldiers": the figure is the object of "lost" and counts a force's members (or fighters). */
function forceLosses(text: string, fig: Work['fig']): StatusHit | null {
  const verb = /\b(?:lost|losing|loses|lose)\s+$/i.exec(text.slice(Math.max(fig.sentence.start, fig.start - 12), fig.start));
  if (!verb) return null;
  const ofOurs = /^\s+of\s+(?:our|its|their|his|her)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/iu.exec(text.slice(fig.end, fig.end + 50));
  const noun = fig.noun?.text ?? ofOurs?.[1] ?? '';
  // (a group's fighters lost are its own killed: "the rebels lost 40 fighters"; members lost may have left it)
  const metric = FORCE_NOUNS.test(noun) ? 'victims_killed' : FIGHTER_NOUNS.test(noun) && !/^members?$/i.test(noun) ? 'killed' : null;
  if (!metric) return null;
  const start = fig.start - verb[0].length;
  return { metric, start, end: start + verb[0].trimEnd().length, words: verb[0].trim(), strong: true };
}

/**
 * A row of a table of statuses is its own category: its label is words, as the row before's is, whose status was its
 * label's ("Presumed dead | 136" then "Unknown | 57"); a row labelled by a place in a table of places goes on from the
 * row before ("Banadir | 40" then "Jubaland | 25").
 */
function ownCategory(text: string, fig: Work['fig'], prev: Work): boolean {
  const label = rowLabel(text, fig.start);
  const prevLabel = rowLabel(text, prev.fig.start);
  return !!label && !!prevLabel && !!prev.status && prev.status.start >= prevLabel.start && prev.status.end <= prevLabel.end;
}

/**
 * Whether a bare number is the value of a population its sentence names before it ("The camp's population peaked at
 * 73,000", "a population of 2,400"): what it counts is said, and it is no figure before it going on ("The court
 * acquitted two. The camp's population peaked at 73,000" had read 73,000 charged).
 */
function populationOf(text: string, fig: Work['fig']): boolean {
  return /\bpopulations?\b/i.test(text.slice(fig.sentence.start, fig.start));
}

/**
 * The statuses a figure opened by "the remaining", "the other" must not take: those told of the figures before it after
 * them, the parts the rest is not ("Nine were charged; the remaining 16 …"). Empty for any other figure.
 */
function restOfWhole(text: string, work: Work[], i: number): Set<number> {
  const { fig } = work[i];
  if (!REMAINDER.test(text.slice(fig.sentence.start, fig.start))) return new Set();
  return new Set(work.filter((o, k) => k < i && o.status && o.status.start >= o.fig.end).map((o) => o.status!.start));
}

/**
 * Whether a status after the figure is another figure's, which opens a clause of its own between them with a verb before
 * the status: in "About 60 so far, and 12 are in prison" the prison is the 12's, not the 60's (a list's status after its
 * items, "Iraq 1,905; Russia 142 were repatriated", has no clause of its own before the last item).
 */
function ownClauseOf(text: string, work: Work[], i: number, h: StatusHit): boolean {
  const { fig } = work[i];
  if (h.start <= fig.end) return false;
  return work.some(
    (o, k) =>
      k !== i &&
      o.fig.sentence === fig.sentence &&
      o.fig.start >= fig.end &&
      o.fig.end <= h.start &&
      OWN_CLAUSE_BREAK.test(text.slice(fig.end, o.fig.start)) &&
      /^\s+(?:[\p{L}-]+\s+){0,2}?(?:are|were|is|was|remain|remained|have|has|had|sit|sits)\b/iu.test(text.slice(o.fig.end, h.start)),
  );
}
/** A break before a clause with a subject of its own: ", and", ", but", ", while", a semicolon. */
const OWN_CLAUSE_BREAK = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * The status a question of how many asks, when a bare figure answers it: "LQ: And how many have come back?" then "MJ: A
 * little under a thousand", "How many are still detained in Iraq?" then "Around 30." The question is among the two
 * sentences before the figure's, with no other question after it.
 */
function askedStatus(text: string, fig: Work['fig']): StatusHit | null {
  const before = text.slice(Math.max(0, fig.sentence.start - 400), fig.sentence.start);
  const mark = before.lastIndexOf('?');
  if (mark < 0) return null;
  // (at most one sentence between the question and the answer: "Q: …? A: …" or a speaker's label line)
  if ((before.slice(mark + 1).match(/[.!](?:\s|$)/g) ?? []).length > 1) return null;
  const opens = Math.max(before.lastIndexOf('\n', mark), ...['. ', '! ', '? '].map((end) => before.lastIndexOf(end, mark - 1) + 1));
  const question = before.slice(opens + 1, mark + 1);
  if (!/\bhow\s+many\b/i.test(question)) return null;
  const from = fig.sentence.start - before.length + opens + 1;
  const hits = statusesIn(text, from, from + question.length).filter((h) => h.strong);
  return hits.length === 1 ? hits[0] : null;
}

export function classifyMetric(text: string, work: Work[]): void {
  const isWhole = new Set(work.map((w) => w.partOf).filter((p): p is number => p !== null));
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const { fig } = w;
    let rightEnd = w.rightEnd;
    // "151 of the 426 … have been killed": the part's verb comes after its whole
    if (w.partOf === i + 1) rightEnd = work[i + 1].rightEnd;
    rightEnd = Math.max(rightEnd, predicateEnd(text, work, i));
    // (the rest of a whole takes no verb told of the part before it: "Nine were charged; the remaining 16 …")
    const owned = restOfWhole(text, work, i);
    // (the noun of the whole a part is taken from counts the whole, the part has the whole's status: "has convicted 48
    // returnees since 2016, including nine women" are nine women convicted)
    const ofWhole = w.partOf !== null && w.partOf < i ? work[w.partOf] : null;
    // (only when the whole has a status of its own besides its noun: "40 Uzbek returnees, of whom 11 joined …" are
    // returnees by the noun)
    const wholeNoun =
      ofWhole?.fig.noun && ofWhole.status && (ofWhole.status.start < ofWhole.fig.noun.start || ofWhole.status.end > ofWhole.fig.noun.end)
        ? ofWhole.fig.noun
        : null;
    const left = statusesIn(text, w.leftStart, fig.start).filter(
      (h) =>
        fig.start - h.end < 120 &&
        !owned.has(h.start) &&
        surrenderedBack(text, fig, h) &&
        !(wholeNoun && h.start >= wholeNoun.start && h.end <= wholeNoun.end),
    );
    // the verb that takes the figure as its object ("has prosecuted 25 returnees and issued warrants for 40") governs
    // it up to the next coordinated clause, in scare quotes too ("its forces "neutralised" 312 terrorists")
    const governing = left.find(
      (h) =>
        h.strong &&
        /^["”’']?\s*(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(h.end, fig.start)) &&
        !/\b(?:and|or|but|of|while)\s/.test(text.slice(h.end, fig.start)),
    );
    if (governing) {
      const from = fig.noun ? fig.noun.end : fig.end;
      const stop = /,\s|\s(?:and|but|while|whereas|or)\s/.exec(text.slice(from, rightEnd));
      if (stop) rightEnd = from + stop.index;
    }
    // the counted noun is not its own status ("returnees had been convicted"), its modifiers are ("250 imprisoned fighters"),
    // with the noun when they make one term with it (around 40 "risk persons")
    const inNoun = fig.noun && fig.noun.end <= rightEnd ? fig.noun : null;
    let right = (
      inNoun
        ? [...statusesIn(text, fig.end, inNoun.end).filter((h) => h.start < inNoun.start), ...statusesIn(text, inNoun.end, rightEnd)]
        : statusesIn(text, fig.end, rightEnd)
    )
      // (a noun of status with its "of" tells of the figure after it, not of one before: "nine men accused …; the
      // conviction of seven of them")
      .filter(
        (h) =>
          h.start - fig.end < 90 &&
          !/^(?:arrest|detention|convictions?)\s+of$/i.test(h.words) &&
          surrenderedBack(text, fig, h) &&
          !governsAnother(text, work, i, h),
      );
    // …unless the noun is itself a participle of status: "12 wounded", "40 dead"
    // (…or when only a weak word follows: "371 of the convicted were tried for jihadist terrorism")
    if (
      !right.some((h) => h.strong) &&
      inNoun &&
      /^(?:wounded|injured|killed|dead|arrested|detained|missing|deported|repatriated|returned|convicted|charged)$/i.test(inNoun.text)
    )
      right = [...statusesIn(text, inNoun.start, inNoun.end), ...right];
    const whole = isWhole.has(i) && work.some((o, k) => o.partOf === i && k === i - 1);
    // the predicate ("… were under investigation") outranks a description of the whole ("of the women brought back")
    const predicate = right.filter(
      (h) => /\b(are|were|is|was|been|be|have|has|had)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, h.start - 20), h.start)) && h.strong,
    );
    let hit = whole
      ? nearestStatus(
          right.filter((h) => !predicate.includes(h)),
          fig.end,
          false,
        )
      : predicate.length
        ? nearestStatus(predicate, fig.end, true)
        : // the verb whose object the figure is outranks a description after it: "sentenced 11 men to ten years in prison"
          ((governing && /(?:ed|^held)$/.test(governing.words) ? governing : null) ?? nearestStatus(right, fig.end, true));
    // an army's or a force's losses are the victims of those who killed them: "lost 312 personnel", "We lost two of our
    // soldiers" (the verb whose object they are outranks a status after them: "… and four were wounded")
    const lost = forceLosses(text, fig);
    if (lost) hit = lost;
    // the verb whose object the figure is, with its complement after the object: "referred 312 suspected members to the
    // courts", "found 12 of the defendants not guilty" (metric.ts, objectComplement)
    const complement = objectComplement(text, fig.start, fig.end, fig.sentence.end);
    if (complement) hit = complement;
    if (!hit || (!hit.strong && !whole)) {
      const l = nearestStatus(left, fig.start, true);
      if (l && (!hit || l.strong)) hit = l;
    }
    // a figure in a table's cell with no status of its own: its column's heading ("Returned", "Prosecuted")
    if (!hit) {
      const heading = columnHeading(text, fig.start);
      const said = heading ? topicStatus(text, heading) : null;
      if (said) hit = { ...said, strong: true };
    }
    // a row labelled with where its people are, in a table of statuses: "In Syria or Iraq | 92", "Still in Syria | 140"
    if (!hit) {
      const label = rowLabel(text, fig.start);
      const zone = label && ROW_IN_ZONE.exec(text.slice(label.start, label.end));
      if (zone) hit = { metric: 'still_in_conflict_zone', start: label.start, end: label.end, words: zone[0], strong: true };
    }
    // "sentenced 12 men to death", a headline's "sentences 8 to death": the sentence's words run past the figure
    if (hit?.metric === 'convicted' && /^(?:sentenc|condemn)/i.test(hit.words) && hit.end <= fig.start) {
      const to = /^[^.;:]{0,40}?\bto death\b/i.exec(text.slice(fig.noun?.end ?? fig.end, fig.sentence.end));
      if (to)
        hit = { ...hit, metric: 'sentenced_to_death', words: `${hit.words} … to death`, end: (fig.noun?.end ?? fig.end) + to[0].length };
    }
    // the bodies or remains counted are the dead whatever is then done with them: "the bodies of 31 victims have been
    // returned to their families"
    const remains = left.find((h) => h.metric === 'victims_killed' && REMAINS.test(h.words) && /^\s*$/.test(text.slice(h.end, fig.start)));
    if (remains) hit = remains;
    // people who surrendered into custody are held, not back: "312 insurgents have surrendered … and are being held"
    if (gaveUpFight(hit)) {
      const custody = [...right, ...left].find((h) => h.metric === 'arrested');
      if (custody) hit = custody;
    }
    // handed over to their own countries, or from a camp to a delegation, people come home: "handed over 61 children to
    // their countries of origin", "handed over five women and 14 children from Roj camp"
    if (hit?.metric === 'transferred' && HOMEWARD.test(text.slice(fig.sentence.start, fig.sentence.end)))
      hit = { ...hit, metric: 'returnees' };
    w.status = hit;
  }
  for (let i = 1; i < work.length; i++) {
    const w = work[i];
    const prev = work[i - 1];
    // "about 9,000 people last December and more than 60,000 today": a list continues its first item's status
    if (!w.status && prev.fig.sentence === w.fig.sentence && prev.status && w.partOf === null) {
      const gap = text.slice(prev.fig.end, w.fig.start);
      if (/^[^.;:]{0,50}$/.test(gap) && /(,|\band\b|\bor\b|\bthen\b|\bto\b)/.test(gap) && !/\b(are|were|is|was|have|has|had)\b/.test(gap))
        w.status = prev.status;
    }
  }
  for (let i = work.length - 1; i >= 0; i--) {
    const w = work[i];
    const next = work[i + 1];
    // "Forty-one children and 18 women were repatriated": a list shares the verb of its last item
    if (!w.status && next && next.fig.sentence === w.fig.sentence && next.status && next.status.start > next.fig.end && next.partOf !== i) {
      const gap = text.slice(w.fig.end, next.fig.start);
      if (
        /^[^.;:]{0,40}$/.test(gap) &&
        /(,|\band\b|\bor\b)/.test(gap) &&
        !/\b(are|were|is|was|have|has|had)\b/.test(gap) &&
        !ownClauseOf(text, work, i, next.status)
      )
        w.status = next.status;
    }
  }
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const { fig } = w;
    // "around half of whom are women": the share's noun comes after "of whom are"
    const ofWhom = /^\s+of\s+(?:whom|them|those|these)\s+(?:are|were|is|was)\s+([\p{L} ,]{3,40})/u.exec(text.slice(fig.end, fig.end + 60));
    const np = ofWhom ? ofWhom[1] : fig.noun ? text.slice(fig.noun.start, Math.min(fig.sentence.end, fig.noun.start + 40)) : '';
    const nounBased = np ? nounMetric(np) : null;
    const whole = w.partOf !== null && w.partOf < i ? work[w.partOf] : null;
    if (
      whole?.status?.strong &&
      (!w.status || !w.status.strong) &&
      (!nounBased || /^(women|children|women_and_children)$/.test(nounBased))
    ) {
      // "The group included 98 children": a part of the returnees is returnees (children is its subgroup)
      w.metric = whole.metric;
      w.status = whole.status;
      w.metricReason = `as the figure it is part of ("${whole.status.words}")`;
    } else if (w.status && (w.status.strong || !nounBased)) {
      w.metric = w.status.metric;
      w.metricReason = `"${w.status.words}" near the figure${ACQUITTED.test(w.status.words) ? ACQUITTED_READING : ''}`;
    } else if (fig.topic && !nounBased && topicStatus(text, fig.topic)) {
      const t = topicStatus(text, fig.topic)!;
      w.metric = t.metric;
      w.status = t;
      w.metricReason = `"${t.words}" in "${text.slice(fig.topic.start, fig.topic.end)}"`;
    } else if (
      nounBased &&
      PEOPLE_GROUPS.test(nounBased) &&
      whole?.metric &&
      !/^(?:women|children|foreign_fighters|members)/.test(whole.metric)
    ) {
      // "Of the 214 returnees, 168 are men and 46 women", "Russia 142 (27 women and 115 children)": women and children
      // counted in a whole of a status are what it is, their being women or children is their group (the women and
      // children among travellers or a group's members are the figure's point: the README's women, children)
      w.metric = whole.metric;
      w.metricReason = `as the figure it is part of (counts "${fig.noun ? fig.noun.text : np.trim()}", its group)`;
    } else if (nounBased) {
      w.metric = nounBased;
      // (a share's noun after "of those are" when the figure has none: "Around 40 of those are orphans")
      w.metricReason = `counts "${fig.noun ? fig.noun.text : np.trim()}"`;
    } else if (w.partOf !== null && work[w.partOf].metric && w.partOf < i) {
      w.metric = work[w.partOf].metric;
      w.metricReason = 'as the figure it is part of';
    } else {
      // a list goes on from the figure before it, not from that figure's breakdown: "Russia 142 (27 women and 115
      // children); Kyrgyzstan 97" continues 142's metric
      // a status its sentence states further off, before a list's items or after them: "Iraq 1,905; Russia 142 …
      // were repatriated in 2019"
      const owned = restOfWhole(text, work, i);
      const inSentence = statusesIn(text, fig.sentence.start, fig.sentence.end).filter(
        (h) => h.strong && !owned.has(h.start) && surrenderedBack(text, fig, h) && !ownClauseOf(text, work, i, h),
      );
      // (a bare number only: a noun of its own says what it counts)
      const bare = !fig.noun && !fig.topic;
      const far = bare ? nearestStatus(inSentence, fig.start, true) : null;
      const prev = listedBefore(work, i);
      const close = prev && (text.slice(prev.fig.end, fig.start).match(/[.!?](\s|$)/g) ?? []).length <= 2;
      const asked = !far && bare ? askedStatus(text, fig) : null;
      const population = bare && populationOf(text, fig);
      if (prev && prev.metric && prev.fig.sentence === fig.sentence && setAgainst(text, prev, w)) {
        // "arrested 61 persons …, against 48 in the whole of 2025, and 23 … killed": the number set against it counts
        // what it counts, whatever status comes after
        w.metric = prev.metric;
        w.status = prev.status;
        w.metricReason = 'set against the figure before it';
      } else if (far) {
        w.metric = far.metric;
        w.status = far;
        w.metricReason = `"${far.words}" in its sentence`;
      } else if (asked) {
        w.metric = asked.metric;
        w.status = asked;
        w.metricReason = `"${asked.words}" in the question it answers`;
      } else if (population && /\bcamps?\b/i.test(text.slice(fig.sentence.start, fig.sentence.end))) {
        w.metric = 'in_camps';
        w.metricReason = "a camp's population, as its sentence names it";
      } else if (prev && close && prev.metric && bare && !ownCategory(text, fig, prev) && !population) {
        // "Nine were charged; the remaining 16 …": the rest of a whole is not the part before it, it is the whole's
        const whole = restOfWhole(text, work, i).size ? listedBefore(work, work.indexOf(prev)) : undefined;
        w.metric = whole?.metric ?? prev.metric;
        w.metricReason = whole?.metric ? 'the rest of the figure before its part' : 'continues the figure before it';
      } else if (fig.noun && MEMBERSHIP_NOUNS.test(fig.noun.lower)) {
        // "the group has 2,000 members", "some 500 supporters": nothing says they travelled
        w.metric = 'members';
        w.metricReason = `counts "${fig.noun.text}", no travel stated: the group's strength`;
        w.metricByDefault = true;
      } else if (
        (fig.noun && /^(?:hostages|captives)$/i.test(fig.noun.lower)) ||
        /\b(?:kidnapped|abducted|rescued|freed|taken hostage|held (?:hostage|captive))\b/i.test(
          text.slice(fig.sentence.start, fig.sentence.end),
        )
      ) {
        w.metric = null;
        w.metricByDefault = true;
        w.metricReason = 'people abducted or freed: no metric of the vocabulary';
      } else {
        w.metric = 'foreign_fighters';
        w.metricByDefault = true;
        w.metricReason = fig.noun
          ? `counts "${fig.noun.text}", no status stated: travellers by default`
          : 'no status stated: travellers by default';
      }
    }
    // "100 men, women and children … travelled", "330 Bosnians, including many women and children, have left": the
    // travellers counted with their families
    if (w.metric === 'foreign_fighters' && WITH_FAMILIES.test(text.slice(fig.end, Math.min(fig.sentence.end, fig.end + 70)))) {
      w.metric = 'foreign_fighters_and_family_members';
      w.metricByDefault = false;
    }
    const noun = fig.noun?.lower ?? '';
    const sentenceText = text.slice(fig.sentence.start, fig.sentence.end);
    // the bodies of fighters are the group's dead: "the bodies of 14 militants were recovered"
    if (w.metric === 'victims_killed' && /^(?:bodies|corpses|remains|skeletons)\b/i.test(w.status?.words ?? '') && FIGHTER_NOUNS.test(noun))
      w.metric = 'killed';

    const lineLabel = text.slice(text.lastIndexOf('\n', fig.start - 1) + 1, fig.start);
    if (w.metric === 'killed' && /\b(?:casualties|victims|civilian toll)\b/i.test(lineLabel) && !(noun && FIGHTER_NOUNS.test(noun))) {
      // "Casualties: 9 killed, 14 injured": a casualty line counts victims
      w.metric = 'victims_killed';
      w.metricReason += '; a casualty line';
    } else if (w.metric === 'killed' && attackVictims(text, fig, noun, sentenceText)) {
      w.metric = 'victims_killed';
      w.metricReason += '; killed in an attack, not fighters';
    } else if (
      w.metric === 'killed' &&
      /\btoll\b/i.test(w.status?.words ?? '') &&
      !(noun && FIGHTER_NOUNS.test(noun)) &&
      !(/\btoll\s+(?:among|of)\s+(?:the\s+|its\s+|their\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu.exec(sentenceText) ?? [])
        .slice(1)
        .some((word) => word && FIGHTER_NOUNS.test(word))
    ) {
      // "The death toll has been revised to 31": a toll counts the dead of an attack (not "the toll among the militants")
      w.metric = 'victims_killed';
      w.metricReason += '; a death toll';
    } else if (w.metric === 'killed' && whole && /^victims_/.test(whole.metric ?? '') && !(noun && FIGHTER_NOUNS.test(noun))) {
      // "Of the 85 victims, 23 died": the victims who died
      w.metric = 'victims_killed';
      w.metricReason += '; of victims';
    } else if (
      w.metric === 'killed' &&
      (/^(victims|casualties|civilians|soldiers|troops|servicemen|policemen|officers|guards|peacekeepers|villagers|worshippers|passengers|pupils|schoolchildren|students|residents|bystanders|pedestrians|shoppers|tourists)$/.test(
        noun,
      ) ||
        (/^(people|persons)$/.test(noun) && !/\b(died|deaths)\b/i.test(w.status?.words ?? '')) ||
        (noun === 'dead' &&
          /\b(attacks?|raids?|bombings?|shootings?|blasts?|explosions?|massacres?|ambush)\b/i.test(sentenceText) &&
          !/\b(died|deaths)\b/i.test(w.status?.words ?? '')))
    ) {
      w.metric = 'victims_killed';
      w.metricReason += '; victims';
    } else if (
      w.metric === 'killed' &&
      /^(people|persons|civilians|refugees|residents)$/.test(noun) &&
      /\b(died|deaths)\b/i.test(w.status?.words ?? '')
    ) {
      w.metric = 'deaths';
      w.metricReason += '; people who died';
    }
    // dying in a camp, in custody or of illness is no killing: "children died in the camp of malnutrition"
    else if (
      w.metric === 'killed' &&
      /\b(died|deaths|dead)\b/i.test(w.status?.words ?? '') &&
      /\b(camps?|(?:al[-\s]?)?(?:hol|hawl)|roj|detention|custody|prisons?|jails?|diseases?|illness(?:es)?|malnutrition|hunger|starvation|cold|exposure|hypothermia|dehydration|on the way|en route)\b/i.test(
        sentenceText,
      )
    ) {
      w.metric = 'deaths';
      w.metricReason += '; died, not killed';
    } else if (
      w.metric === 'killed' &&
      /\battacks?\b/i.test(text.slice(fig.sentence.start, fig.sentence.end)) &&
      /^(people|persons|civilians)$/.test(noun)
    )
      w.metric = 'victims_killed';
  }
}
