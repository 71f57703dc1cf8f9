/** Relations between the figures of a text, and claimants lent by a later restatement of the same figure. */
import type { Attribution } from './attribution';
import { statusesIn } from './metric';
import type { Sentence } from './text';
import { CHANGED_TO, datedApart, setAgainst, Work } from './work';

/** An attribution by a noun ("the estimate by", "figures from"), not a verb of saying. */
export const NOMINAL_CUE = /^(?:the\s+)?(?:\w+\s+)?(?:estimates?|figures|data|statistics|numbers|count|tally|report|study|survey)\b/i;

/**
 * "The latest estimate by X that 300 militants …" restates a figure given before: its named claimant is lent to an
 * earlier mention of the same value and metric that names nobody, or only describes its source ("the agency").
 * Only a restatement by a noun cue lends, and only one claimant: two restatements by different claimants lend nothing.
 */
export function lendRestatedClaimants(work: Work[]): void {
  const described = (a: Attribution) =>
    !a.resolvedFrom &&
    /^(?:the\s+)?(?:[\p{Lu}][\p{L}’'-]+[’']s\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:agency|agencies|service|services|committee|ministry|bureau|directorate|department|police|intelligence)$/u.test(
      a.mention,
    );
  const byValue = new Map<number, Work[]>();
  for (const o of work) if (o.fig.value !== null) byValue.set(o.fig.value, [...(byValue.get(o.fig.value) ?? []), o]);
  for (const w of work) {
    if (w.unattributed || (w.attribution && !described(w.attribution))) continue;
    const value = w.fig.value;
    if (value === null || !w.metric) continue;
    const lenders = byValue
      .get(value)!
      .filter(
        (o) =>
          o !== w &&
          o.fig.start > w.fig.start &&
          o.metric === w.metric &&
          o.attribution &&
          !o.attribution.carried &&
          NOMINAL_CUE.test(o.attribution.cue) &&
          !described(o.attribution) &&
          !/^(he|she|they|it|we)$/i.test(o.attribution.mention),
      );
    const names = new Set(lenders.map((o) => o.attribution!.name));
    if (names.size !== 1) continue;
    const lender = lenders[0].attribution!;
    w.attribution = { ...lender, carried: true, restated: true };
  }
}

/** What introduces an older figure that the one before it replaces: "down from", "up from 40", "from a previous estimate of". */
const OLDER_FIGURE =
  /\b(?:(?:up|down|rising|falling|climbing|dropping|increas(?:ed|ing)|decreas(?:ed|ing)|an?\s+(?:rise|fall|drop|increase|decrease))\s+from|from\s+(?:an?|the|its|their)\s+(?:earlier|previous|prior|initial|original|last)\b)[^.;]*$/i;

/**
 * A sentence that opens by telling its figure as an older value of the number given before: "An earlier government
 * estimate put the number at", "A previous count had given the figure as", "The initial figure was".
 */
const OLDER_VALUE =
  /^\W*(?:an?|the|its|their)\s+(?:earlier|previous|prior|initial|original|older)\s+(?:[\p{L}-]+\s+){0,2}?(?:estimates?|counts?|figures?|tall(?:y|ies)|totals?)\s+(?:(?:had|has)\s+)?(?:put|puts|placed|gave|given|set|was|were|had|of|stood\s+at)\s+(?:(?:the|that|this|their|its)\s+(?:number|figure|total|count)\s+|it\s+|them\s+)?(?:at|as)?\s*(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|more\s+than|over|fewer\s+than|less\s+than|at\s+least|up\s+to)\s+)?$/iu;

/** Words before a figure that make it the same quantity at an earlier time than the figure before it. */
const SET_AGAINST_OLDER =
  /\b(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down|rising|falling|climbing|dropping)\s+from)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Words between a part and the whole it is among: "girls were among the", "of them are among its". */
const AMONG_WHOLE = /^\s+(?:[\p{L}-]+\s+){0,3}(?:also\s+)?among\s+(?:(?:the|these|those|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * The end of the words between two figures where the second is the object of a verb after a comma: "the detainees,
 * including three women, sent at least 40 citizens to Syria" (no list goes on past the verb).
 */
const VERB_AFTER_COMMA =
  /,\s*(?:[a-z]+ed|sent|took|brought|led|got|gave|made|sold|hid|drove|won|lost|paid)\s+(?:(?:another|a\s+further|some|about|around|over|nearly|almost|roughly|at\s+least|up\s+to|as\s+many\s+as)\s+)*$/;

/** The people a total is broken down into by sex or age. */
const BREAKDOWN_NOUN = /^(?:men|women|children|boys|girls|minors|adults|orphans)$/i;

/** part_of ("151 of the 426", "11 of whom", "including 150 women", shares), supersedes ("to 1,500 from 1,100"), contradicts. */
export function relate(text: string, work: Work[]): void {
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const { fig } = w;
    const s = fig.sentence;
    const next = work[i + 1];
    const after = text.slice(fig.end, fig.end + 40);
    const beforeText = text.slice(Math.max(s.start, fig.start - 60), fig.start);
    const prevInSentence = i > 0 && work[i - 1].fig.sentence === s ? i - 1 : null;
    // the nearest earlier figure, this sentence or the previous two
    let prevNear: number | null = null;
    for (let j = i - 1; j >= 0; j--) {
      const gap = text.slice(work[j].fig.end, fig.start);
      if ((gap.match(/[.!?](\s|$)/g) ?? []).length > 2) break;
      if (work[j].fig.fraction === null) {
        prevNear = j;
        break;
      }
    }
    // (a figure set against the one before it, or replaced by it, is that quantity at another time: the part is of the
    // figure that holds, "41 people so far this year, compared with 29 in 2025. Of those detained, 17 …")
    if (prevNear !== null && prevNear > 0 && work[prevNear - 1].fig.sentence === work[prevNear].fig.sentence) {
      const between = text.slice(work[prevNear - 1].fig.end, work[prevNear].fig.start);
      if (!/[.;:]/.test(between) && SET_AGAINST_OLDER.test(between)) prevNear -= 1;
    }
    if (
      next &&
      next.fig.sentence === s &&
      // (words before the whole's number, not a conjunction opening another figure: "212 members of the TTP and 96")
      /^\s+(?:[\p{L}-]+\s+)?of\s+(?:the|these|those|its|their|our|all)\s+(?:(?!(?:and|or|but|while|with)\s)[\p{L}-]+\s+){0,2}$/u.test(
        text.slice(fig.end, next.fig.start),
      )
    ) {
      w.partOf = i + 1;
    } else if (next && next.fig.sentence === s && fig.fraction === null && AMONG_WHOLE.test(text.slice(fig.end, next.fig.start))) {
      // "Twelve girls were among the 300 returnees", "9 Nigerians were among 40 militants killed": the whole after "among"
      w.partOf = i + 1;
    } else if (/^\s*(?:more\s+)?(?:[\p{L}]+\s+)?of\s+(whom|them|these|those)\b/iu.test(after) && prevNear !== null) {
      w.partOf = prevNear;
    } else if (fig.fraction !== null && prevNear !== null) {
      w.partOf = prevNear;
    } else if (
      /\b(including|included|includes|include|among them|among whom|of whom|of them|of these|of those|among those|comprising|consisting of)\s*[,–—-]?\s*$/i.test(
        beforeText,
      ) &&
      prevNear !== null
    ) {
      w.partOf = prevNear;
    } else if (
      /^\s*(most|many|some|all|several)?\s*(of|among)\s+(them|these|those|whom)\b/i.test(text.slice(s.start, fig.start)) &&
      prevNear !== null &&
      prevInSentence === null
    ) {
      w.partOf = prevNear;
    } else if (
      prevInSentence !== null &&
      fig.noun !== null &&
      BREAKDOWN_NOUN.test(fig.noun.text) &&
      /^[^.;:()[\]]{0,80}:\s*$/.test(text.slice(work[prevInSentence].fig.end, fig.start))
    ) {
      // a breakdown after a colon: "approximately 41 citizens detained in Syria: 17 men, 9 women and 15 children"
      w.partOf = prevInSentence;
    } else if (
      prevInSentence !== null &&
      /^\s*(?:[\p{L}-]+\s+){0,3}[\p{L}-]*\s*[([]\s*(?:including|incl\.|of whom|among them|mostly|mainly)?\s*$/iu.test(
        text.slice(work[prevInSentence].fig.end, fig.start),
      )
    ) {
      // a breakdown in brackets: "142 persons (27 women and 115 children)"
      w.partOf = prevInSentence;
    } else {
      // the whole opens its sentence or clause after "Of the" or "Among the": "Among the 60 detainees were 14 nationals
      // of Morocco", "Police said that of those 200 arrested, 30 were women", a quotation opening so: "“Of the 27, 11…"
      const ofThe = /(?:^|[,:;]|\bthat)\s*["“‘]?(?:Of|Among|Amongst)\s+(?:the|these|those)\s*$/i.exec(
        text.slice(s.start, work[i - 1]?.fig.start ?? s.start),
      );
      if (ofThe && prevInSentence !== null) w.partOf = prevInSentence;
    }
    // a list continues the relation of its first item: "including 232 in Syria, 12 in Iraq and 6 in Turkey"
    if (w.partOf === null && prevInSentence !== null && work[prevInSentence].partOf !== null && work[prevInSentence].partOf !== i) {
      const gap = text.slice(work[prevInSentence].fig.end, fig.start);
      // (…not past a participle of its own: "killing 21 farmers, six of them women, and injuring 17")
      const ownVerb = statusesIn(text, work[prevInSentence].fig.end, fig.start).some(
        (h) => h.strong && /ing$/.test(h.words) && /^\s*(?:[\p{L}-]+\s+)?$/u.test(text.slice(h.end, fig.start)),
      );
      // (…nor past a verb of its own after the list: "the detainees, including three women, sent at least 40 citizens to
      // Syria", the 40 being whom they sent)
      const item = !VERB_AFTER_COMMA.test(gap);
      if (gap.length < 60 && /(,|\band\b)/.test(gap) && !/\b(said|says|while|but|whereas)\b/.test(gap) && !ownVerb && item)
        w.partOf = work[prevInSentence].partOf;
    }
    // "12 of those 41": the 41 is the whole the 12 is part of, never part of the 12 in turn
    if (w.partOf !== null && work[w.partOf].partOf === i) w.partOf = null;
    if (w.partOf !== null) w.relations.push({ type: 'part_of', target: w.partOf });
  }
  // supersedes: within a sentence, the figure after "to" replaces the one after "from", and a series continues it
  const bySentence = new Map<Sentence, number[]>();
  work.forEach((w, i) => bySentence.set(w.fig.sentence, [...(bySentence.get(w.fig.sentence) ?? []), i]));
  for (const [s, idx] of bySentence) {
    if (idx.length < 2) continue;
    const fromAt = idx.findIndex((i) =>
      /\bfrom\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(text.slice(Math.max(s.start, work[i].fig.start - 50), work[i].fig.start)),
    );
    if (fromAt < 0) continue;
    const toAt = idx.findIndex(
      (i, k) =>
        k !== fromAt && /\bto\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(s.start, work[i].fig.start - 30), work[i].fig.start)),
    );
    if (toAt < 0) {
      // "1,150 remained, down from an earlier estimate of more than 1,500": the figure before replaces the older one
      const before = text.slice(Math.max(s.start, work[idx[fromAt]].fig.start - 60), work[idx[fromAt]].fig.start);
      if (fromAt > 0 && OLDER_FIGURE.test(before) && work[idx[fromAt - 1]].partOf === null)
        work[idx[fromAt - 1]].relations.push({ type: 'supersedes', target: idx[fromAt] });
      continue;
    }
    if (toAt < fromAt) {
      // "jumped to 1,500 from a previous estimate of around 1,100"
      work[idx[toAt]].relations.push({ type: 'supersedes', target: idx[fromAt] });
    } else {
      for (let k = fromAt + 1; k < idx.length; k++) {
        if (work[idx[k]].partOf !== null) break;
        work[idx[k]].relations.push({ type: 'supersedes', target: idx[k - 1] });
      }
    }
  }
}

/**
 * Words by which a source sets its figure against another's: "puts the figure higher", "disputed", "the real number",
 * "its own count", "while the ministry says", "not 60". Read in the later figure's own sentence only.
 */
const DISAGREEMENT =
  /\b(?:higher|lower|different|differs?|disagree(?:s|d)?|disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|reject(?:s|ed)?|den(?:y|ies|ied)|exaggerat\w*|inflated|underestimat\w*|overestimat\w*|understat\w*|overstat\w*|(?:not|in)accurate|real\s+(?:number|figure|toll|count|total)|(?:own|independent)\s+(?:count|figures?|estimates?|tally|data|claims?|statement|report|sources?)|closer\s+to|nearer|far\s+(?:below|above)|well\s+(?:below|above))\b|,\s*not\s+(?:\d|the\b)/i;

/** "Lower" or "Higher" opening a name ("police in Lower Shabelle", "Lower Saxony"): a place's word, no disagreement. */
const NAMED_LOWER_HIGHER = /\b(?:Lower|Higher)\s+(?=[A-Z])/g;

/**
 * contradicts: a later figure of the same quantity (metric and country) by another source, with another value, set
 * against it in words ("the Commissioner said the figure was exaggerated, fewer than 100"; "Dushanbe says the figure is
 * no more than 40"). Read once metrics and countries are final; the earlier figure is the nearest such one in the same
 * sentence or the three before.
 */
export function relateContradictions(text: string, work: Work[], sentenceIndex: (s: Sentence) => number): void {
  const valueOf = (w: Work) => JSON.stringify([w.fig.value, w.fig.value_low, w.fig.value_high, w.fig.approximation]);
  for (let i = 1; i < work.length; i++) {
    const w = work[i];
    const a = w.attribution;
    if (!a || w.partOf !== null || w.fig.fraction !== null || w.metric === null) continue;
    // a part told by its whole ("at least four of the dead were villagers") disagrees with no figure
    if (/^\s+of\s+(?:the|them|whom|its|their|these|those)\b/i.test(text.slice(w.fig.end, w.fig.end + 20))) continue;
    if (!DISAGREEMENT.test(text.slice(w.fig.sentence.start, w.fig.sentence.end).replace(NAMED_LOWER_HIGHER, ' '))) continue;
    const at = sentenceIndex(w.fig.sentence);
    for (let j = i - 1; j >= 0; j--) {
      const before = work[j];
      if (at - sentenceIndex(before.fig.sentence) > 3) break;
      if (before.metric !== w.metric || JSON.stringify(before.country) !== JSON.stringify(w.country)) continue;
      if (before.partOf !== null || before.fig.fraction !== null) continue;
      if (before.attribution?.name === a.name || valueOf(before) === valueOf(w)) continue;
      if (w.relations.some((r) => r.target === j) || before.relations.some((r) => r.target === i)) break;
      w.relations.push({ type: 'contradicts', target: j });
      break;
    }
  }
}

/**
 * A quantity that holds at a time (a group's strength, people in camps or still in the zone, travellers counted in all),
 * not one that happens in a period (arrests, deaths, convictions): only such a quantity at two times is one figure
 * superseding another ("Police detained 52 this year, against 38 last year" are two years' arrests).
 */
const STOCKS = new Set([
  'members',
  'members_and_family_members',
  'in_camps',
  'still_in_conflict_zone',
  'foreign_fighters',
  'foreign_fighters_and_family_members',
  'awaiting_repatriation',
]);
/** The later of two figures bare, neither a part, both counting the same quantity that holds at a time. */
const sameStock = (before: Work, w: Work) =>
  !w.fig.noun && w.partOf === null && before.partOf === null && w.metric !== null && w.metric === before.metric && STOCKS.has(w.metric);

/**
 * Supersedes between one quantity's figures at two times, read once their metrics are final (after the group's
 * strength is found).
 */
export function relateTimes(text: string, work: Work[]): void {
  // a bare figure set against the one before it in its sentence is that quantity at an earlier time ("JNIM
  // fields between 5,000 and 6,000 fighters, against roughly 3,000 in 2021"), a bare figure dated after it a later one
  // ("some 2,500 fighters at its peak in 2020 and fewer than 300 by 2023")
  for (let i = 1; i < work.length; i++) {
    const [before, w] = [work[i - 1], work[i]];
    if (w.fig.sentence !== before.fig.sentence || !sameStock(before, w)) continue;
    if (w.relations.some((r) => r.type === 'supersedes') || before.relations.some((r) => r.type === 'supersedes')) continue;
    const gap = text.slice(before.fig.end, w.fig.start);
    if (/[.;:]/.test(gap)) continue;
    if (setAgainst(text, before, w)) before.relations.push({ type: 'supersedes', target: i });
    else if (datedApart(text, before, w)) w.relations.push({ type: 'supersedes', target: i - 1 });
  }
  // …and a bare figure told as the new value of the number before it, in the next sentence at most: "The defence
  // minister said in September that the number had risen again, to about 500"
  for (let i = 1; i < work.length; i++) {
    const [before, w] = [work[i - 1], work[i]];
    const gap = text.slice(before.fig.end, w.fig.start);
    if (!sameStock(before, w) || (gap.match(/[.!?](\s|$)/g) ?? []).length > 1) continue;
    if (w.relations.some((r) => r.type === 'supersedes')) continue;
    if (CHANGED_TO.test(text.slice(w.fig.sentence.start, w.fig.start))) w.relations.push({ type: 'supersedes', target: i - 1 });
    // …or the figure after it told as the older value, in the next sentence at most: "about 500 remained in camps. An
    // earlier government estimate put the number at 689" (the figure before replaces it)
    else if (OLDER_VALUE.test(text.slice(w.fig.sentence.start, w.fig.start)) && !before.relations.some((r) => r.type === 'supersedes'))
      before.relations.push({ type: 'supersedes', target: i });
  }
}

/**
 * An older figure that a newer one supersedes counts the same people: "fell to 120 from 90 last year" says what the
 * 90 counts only through the 120. Run after the metrics are read, so a bare older figure takes the newer one's.
 */
export function alignSuperseded(work: Work[]): void {
  for (const w of work)
    for (const r of w.relations) {
      const older = work[r.target];
      if (r.type !== 'supersedes' || older.fig.noun || older.metric === w.metric || !w.metric) continue;
      older.metric = w.metric;
      older.status = w.status;
      older.metricReason = 'as the figure that supersedes it';
    }
}

/** What became of some of the travellers: killed, died, came back, still there, in camps. */
const FATES = new Set(['killed', 'deaths', 'returnees', 'still_in_conflict_zone', 'in_camps']);

/**
 * A bare figure that tells what became of some of the travellers counted just before it in its sentence is part of
 * them: "An estimated 1,900 Tajik nationals travelled to the conflict zone, and about 300 have been killed"; "about
 * 200 citizens travelled …; roughly 30 have returned". Read once the metrics are final; the figure has no noun of its
 * own, no relation yet, and no other figure stands between.
 */
export function relateFates(text: string, work: Work[]): void {
  for (let i = 1; i < work.length; i++) {
    const [before, w] = [work[i - 1], work[i]];
    if (w.fig.sentence !== before.fig.sentence || w.fig.noun || w.fig.fraction !== null) continue;
    if (w.partOf !== null || w.relations.length || before.partOf !== null) continue;
    // (an older figure the one before it replaces is that quantity at another time: "risen to 300 from … 250")
    if (before.relations.some((r) => r.target === i)) continue;
    if (before.metric !== 'foreign_fighters' || !FATES.has(w.metric ?? '')) continue;
    if (/[.:]/.test(text.slice(before.fig.end, w.fig.start))) continue;
    w.partOf = i - 1;
    w.relations.push({ type: 'part_of', target: i - 1 });
  }
}
