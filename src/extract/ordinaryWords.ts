/**
 * Words the extractor reads as something other than a name: a name made only of them ("The", "Women", "Said", "Police",
 * "May", "Twelve", "The Women") would turn ordinary text into a place or a group wherever a sentence opens with one. The
 * extractor's own lists decide (wordLists.ts, nouns.ts): a rule, not a list of its own, so a word the extractor learns
 * to read is refused as a name with it. Runs in the server's own thread (scripts/main-thread-modules.json).
 */
import { nounKind } from './nouns';
import { CUE_VERBS, MONTHS, OF_WORDS, OPENING_WORD, ORG_WORDS, PROGRESSIVE_CUES, SCALES, SHARES, STOP, TENS, UNITS } from './wordLists';

const CUE_VERB = new RegExp(`^(?:${CUE_VERBS}|${PROGRESSIVE_CUES})$`, 'i');
const own = (o: Record<string, number>, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const NUMBER_WORDS = [UNITS, TENS, SCALES, SHARES];
/** The plural of a scale or a vague quantity: "hundreds", "thousands", "dozens". */
const VAGUE = /^(?:dozens?|scores|(?:hundred|thousand|million|billion)s)$/;

/** What the extractor reads one word as, when not a name: a function word, a month, a number, people, a cue, a body. */
export function ordinaryWordKind(word: string): string | null {
  const lower = word.toLowerCase();
  if (own(MONTHS, lower)) return "a month's name";
  if (NUMBER_WORDS.some((numbers) => own(numbers, lower)) || VAGUE.test(lower)) return 'a number';
  if (nounKind(lower) === 'people') return 'a word for people';
  if (CUE_VERB.test(lower)) return 'a verb of saying';
  if (new RegExp(`^(?:${ORG_WORDS.source})$`, 'i').test(lower)) return 'a word for a body (police, ministry)';
  if (STOP.has(lower) || OF_WORDS.has(lower) || OPENING_WORD.test(lower)) return 'a function word';
  return null;
}

/**
 * Why a name is no name the extractor can read (every word of it one it reads otherwise: "The Women"), or null. A short
 * name in capitals ("IS", "US") is read only as written, in capitals, so is a name whatever word it spells. `counts`
 * says which kinds of word count as ordinary (all by default; an actor's alias may be a month or a verb: "May", "Said").
 */
export function ordinaryName(name: string, counts: (kind: string) => boolean = () => true): { word: string; kind: string } | null {
  if (/^[A-Z.]{1,4}$/.test(name)) return null;
  const parts = name.split(/[^\p{L}\p{M}\p{N}]+/u).filter((part) => part !== '');
  const kinds = parts.map((part) => ({ word: part, kind: ordinaryWordKind(part) }));
  if (kinds.length === 0 || kinds.some((k) => k.kind === null || !counts(k.kind))) return null;
  return (kinds.find((k) => k.kind !== 'a function word') ?? kinds[0]) as { word: string; kind: string };
}
