/**
 * The group of each figure: the one named in its sentence (the nearest); else its whole's, for a part; else the last
 * one named earlier in its paragraph; else the one the headline lines and the lead paragraph name; else none.
 */
import type { NameMention } from './lexicon';
import type { Sentence } from './text';
import { lowerBound, Work } from './work';

export function figureGroups(
  text: string,
  work: Work[],
  names: NameMention[],
  sents: Sentence[],
  sentenceOf: (offset: number) => Sentence,
): { group: NameMention | null; reason: string | null }[] {
  const groups = names.filter((n) => n.type === 'group');
  const out: { group: NameMention | null; reason: string | null }[] = [];
  // the headline lines and the lead sentence frame the whole text
  const lead = sents.findIndex((x) => !x.headline);
  let frameEnd = lead >= 0 ? sents[lead].end : (sents[sents.length - 1]?.end ?? 0);
  // the lead is the first paragraph: its sentences up to the first line break
  for (let k = lead + 1; lead >= 0 && k < sents.length && !text.slice(sents[k - 1].end, sents[k].start).includes('\n'); k++)
    frameEnd = sents[k].end;
  work.forEach((w, i) => {
    const { fig } = w;
    const s = fig.sentence;
    const gi = lowerBound(groups, (g) => g.start, s.start);
    const inSentence: NameMention[] = [];
    for (let k = gi; k < groups.length && groups[k].start < s.end; k++) if (groups[k].end <= s.end) inSentence.push(groups[k]);
    const nearest = inSentence.sort((a, b) => Math.abs(a.start - fig.start) - Math.abs(b.start - fig.start))[0];
    const wholeGroup = w.partOf !== null && w.partOf < i ? out[w.partOf].group : null;
    // else the last group named earlier in the same paragraph: a paragraph about a group frames its figures
    let inParagraph: NameMention | undefined;
    const before = groups[gi - 1];
    if (!nearest && !wholeGroup && before && sentenceOf(before.start).block === s.block && !sentenceOf(before.start).headline)
      inParagraph = before;
    const framing = !nearest && !wholeGroup && !inParagraph ? groups.find((g) => g.end <= frameEnd) : undefined;
    const group = nearest ?? wholeGroup ?? inParagraph ?? framing ?? null;
    const reason = !group
      ? null
      : nearest
        ? `"${group.text}" in the sentence`
        : wholeGroup
          ? 'as the figure it is part of'
          : inParagraph
            ? `"${group.text}" earlier in the paragraph`
            : `"${group.text}" in the headline or lead`;
    out.push({ group, reason });
  });
  return out;
}
