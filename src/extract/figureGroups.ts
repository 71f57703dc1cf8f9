/**
 * The group of each figure: the one named in its sentence (the nearest); else its whole's, for a part; else the last
 * one named earlier in its paragraph; else the one the headline lines and the lead paragraph name; else the aggregate
 * the sentence's words name ("jihadist", "arrests for terrorism"); else none.
 * Islamic State named together with other groups ("ISIL and Al-Qaida", "IS in Syria and other militant groups") is
 * the vocabulary's Islamic State and others, when it holds that group.
 */
import type { Lexicon, NameMention } from './lexicon';
import type { Sentence } from './text';
import { lowerBound } from './sorted';
import { namesWithin, Work } from './work';

export function figureGroups(
  text: string,
  work: Work[],
  names: NameMention[],
  sents: Sentence[],
  sentenceOf: (offset: number) => Sentence,
  lexicon: Lexicon,
): { group: NameMention | null; reason: string | null }[] {
  const groups = names.filter((n) => n.type === 'group');
  const out: { group: NameMention | null; reason: string | null }[] = [];
  // the headline lines and the lead sentence frame the whole text
  const lead = sents.findIndex((x) => !x.headline);
  let frameEnd = lead >= 0 ? sents[lead].end : (sents[sents.length - 1]?.end ?? 0);
  // the lead is the first paragraph: its sentences up to the first line break
  for (let k = lead + 1; lead >= 0 && k < sents.length && !text.slice(sents[k - 1].end, sents[k].start).includes('\n'); k++)
    frameEnd = sents[k].end;
  // a section heading past the lead that names another cause ("Right-wing extremism") ends the frame for what follows it
  const otherCauseHeadings = sents.filter((x) => x.headline && x.start >= frameEnd && OTHER_CAUSE.test(text.slice(x.start, x.end)));
  work.forEach((w, i) => {
    const { fig } = w;
    const s = fig.sentence;
    // a sentence that names another cause than the ledger's groups ("The right-wing extremist personnel potential grew
    // to 50,250") is framed by no group named before it
    const otherCause = OTHER_CAUSE.test(text.slice(s.start, s.end)) || otherCauseHeadings.some((h) => h.end <= fig.start);
    const gi = lowerBound(groups, (g) => g.start, s.start);
    const inSentence = namesWithin(groups, s.start, s.end);
    const coordinated = lexicon.groupSlugs.has(TOGETHER) ? withOthers(text, inSentence) : null;
    // a group the figure's people are "of" is theirs, however near another stands: "212 members of the TTP and 96 of
    // ISKP" (the TTP ends nearer the 96 than ISKP starts)
    const ofGroup = inSentence.find((g) => g.start >= fig.end && MEMBERS_OF.test(text.slice(fig.end, g.start)));
    const nearest = coordinated ?? ofGroup ?? inSentence.sort((a, b) => Math.abs(a.start - fig.start) - Math.abs(b.start - fig.start))[0];
    const wholeGroup = w.partOf !== null && w.partOf < i ? out[w.partOf].group : null;
    // else the last group named earlier in the same paragraph: a paragraph about a group frames its figures
    let inParagraph: NameMention | undefined;
    const before = groups[gi - 1];
    if (
      !nearest &&
      !wholeGroup &&
      !otherCause &&
      before &&
      sentenceOf(before.start).block === s.block &&
      !sentenceOf(before.start).headline
    )
      inParagraph = before;
    const framing = !nearest && !wholeGroup && !inParagraph && !otherCause ? groups.find((g) => g.end <= frameEnd) : undefined;
    // no group named anywhere that frames it, but the sentence says what kind of group: "jihadist returnees", "arrests
    // for terrorism" are about jihadist groups in general, or every kind of terrorism
    const kind = !nearest && !wholeGroup && !inParagraph && !framing ? aggregateWord(text, s, lexicon) : null;
    const group = nearest ?? wholeGroup ?? inParagraph ?? framing ?? kind ?? null;
    const reason = !group
      ? null
      : nearest
        ? coordinated
          ? `"${group.text}": Islamic State named with other groups`
          : `"${group.text}" in the sentence`
        : wholeGroup
          ? 'as the figure it is part of'
          : kind
            ? `"${group.text}": no group named, but the kind of groups`
            : inParagraph
              ? `"${group.text}" earlier in the paragraph`
              : `"${group.text}" in the headline or lead`;
    out.push({ group, reason });
  });
  return out;
}

const ISLAMIC_STATE = 'islamic-state';

/** The words between a figure and the group its people belong to: " of ", " members of the ", " fighters from ", " belonging to ". */
const MEMBERS_OF = /^(?:\s+[\p{Ll}-]+){0,2}?\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?$/u;

/** Causes other than the jihadist and separatist groups the ledger counts: "right-wing extremist", "far-left", "neo-Nazi". */
const OTHER_CAUSE =
  /\b(?:(?:right|left)[- ]wing|far[- ](?:right|left)|extreme[- ](?:right|left)|neo-?nazis?|white[- ]supremacis[tm]s?|anarchis[tm]s?)\b/i;

/** Words that say a figure is about a kind of group, none named, and the aggregate of the vocabulary they mean. */
const AGGREGATE_WORDS: [RegExp, string][] = [
  [/\bjihad(?:is|ist)?s?\b/i, 'jihadist-groups'],
  [
    /\bterror(?:ism|ist)?(?:[- ](?:related|connected|linked))?\s+(?:offen[cs]es|arrests|charges|crimes|cases|convictions|suspects)\b|\b(?:arrests?|arrested|charged|convicted|detained)\s+(?:\w+\s+){0,2}for\s+terror(?:ism|ist)/i,
    'terrorism-all',
  ],
];

function aggregateWord(text: string, s: Sentence, lexicon: Lexicon): NameMention | null {
  const sentence = text.slice(s.start, s.end);
  for (const [re, slug] of AGGREGATE_WORDS) {
    const m = re.exec(sentence);
    if (m && lexicon.groupSlugs.has(slug))
      return { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], type: 'group', ref: slug, form: 'name' };
  }
  return null;
}
const TOGETHER = 'islamic-state-and-others';
// what may stand between two coordinated names: a bracketed alias, the places they act in, then "and (other)", "or", a comma
const COORDINATED =
  /^[)”"’]*(?:\s*\([^()]{1,30}\))?(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L} ]{0,30}?)?\s*(?:,\s*|\s+)(?:(?:and|or|as well as|along with)\s+)?(?:(?:other|associated|affiliated|allied)\s+)?$/u;

/** Islamic State and another group named as one subject in a sentence: the span of both, as Islamic State and others. */
function withOthers(text: string, inSentence: NameMention[]): NameMention | null {
  const sorted = [...inSentence].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    const [a, b] = [sorted[k - 1], sorted[k]];
    if (a.ref === b.ref || (a.ref !== ISLAMIC_STATE && b.ref !== ISLAMIC_STATE) || a.ref === TOGETHER || b.ref === TOGETHER) continue;
    const between = text.slice(a.end, b.start);
    if (!/\b(?:and|or|as well as|along with)\b|,/.test(between) || !COORDINATED.test(between)) continue;
    return { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'group', ref: TOGETHER, form: 'name' };
  }
  return null;
}
