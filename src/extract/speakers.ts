/**
 * Speaker labels of transcripts and interviews ("Senator PAYMAN:", "Mr Burgess:", "Q:", "ABYKAEV:"): the figures of a
 * turn are its speaker's, from the label to the next one, though no verb of saying is written.
 */
import { type Attribution, plainAttribution } from './attribution';
import type { NameMention } from './lexicon';
import { personName, ROLE_WORDS } from './persons';
import type { Sentence } from './text';

const TITLES =
  '(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Senator|Sen|Minister|Commissioner|Chair|Chairman|Chairwoman|Chairperson|Judge|Justice|General|Gen|Colonel|Col|Ambassador|Secretary|Director|President|Deputy|Hon|Rep|Representative|Sir|Dame|Lord|Lady)\\.?';
const NAME = "[\\p{Lu}][\\p{L}'’.-]*";
/**
 * A label opening a line: a title and a name, a name in capitals, or a role ("The CHAIR", "Minister for Justice
 * (Anders Krogh)", "Head of the Service"), then a colon.
 */
const LABEL = new RegExp(
  `^((?:The\\s+)?(?:${TITLES}\\s+)?${NAME}(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?${NAME}){0,4}(?:\\s+\\([^)]{1,40}\\))?)\\s*:\\s+(?=\\S)`,
  'u',
);
/** A time code opening a transcript's line: "[00:03:44] ", "(12:04) ", "07:35 ". */
const TIME_CODE = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+/;
/** A title alone: "Chair", "Senator". */
const TITLE = new RegExp(`^${TITLES}$`, 'u');
/** A person named in brackets after a role: "Minister for Justice (Anders Krogh)" is Anders Krogh. */
const ROLE_THEN_PERSON = new RegExp(`^.+\\(\\s*(${NAME}(?:\\s+${NAME}){1,3})\\s*\\)$`, 'u');
/** Labels that are no speaker: questions, answers, section headings, dates. */
const NOT_SPEAKER =
  /^(?:Q|A|Question|Answer|Note|Notes|Source|Sources|Update|Updated|Editor'?s note|Related|Read more|See also|Photo|Caption|Summary|Background|Key findings|Date|Subject|Re|Tel|Phone|Email|Fax|Website|Address|Contact|Warning|Disclaimer|Correction|Table|Figure|Chart|Map|Annex|Article|Section|Paragraph|Resolution|Recommendation|Conclusion|Conclusions|Introduction|Methodology)$/i;

/**
 * The speaker labels of a transcript, by the sentence that opens each turn. A text with fewer than two labelled
 * lines is no transcript ("BAGHDAD: Nine French…" is a dateline), and a place named as a label is none either.
 */
export function speakersOf(text: string, sents: Sentence[], names: NameMention[]): Map<Sentence, Attribution> {
  const out = new Map<Sentence, Attribution>();
  const fullNames: string[] = [];
  for (const s of sents) {
    let a = speakerAt(text, s);
    // a place named as the label is a dateline ("BAGHDAD:"); one in its brackets is whom the speaker represents
    // ("Mr. Abdi (Somalia):")
    const named = a ? a.mention.replace(/\s*\([^)]*\)$/, '').length : 0;
    if (!a || names.some((n) => n.type === 'place' && n.start >= a!.at && n.end <= a!.at + named)) continue;
    // "SALEH:" after "DR. AMIRA SALEH:" is the same speaker, by the full name of the earlier label
    const surname = a.name.toLowerCase();
    const full = /\s/.test(a.name) ? null : fullNames.find((f) => f.toLowerCase().endsWith(` ${surname}`));
    if (full) a = { ...a, name: full };
    else if (personName(a.name) === a.name && /\s/.test(a.name)) fullNames.push(a.name);
    out.set(s, a);
  }
  return out.size >= 2 ? out : new Map();
}

/** The speaker a line opens with, as an attribution of its turn, or null. */
function speakerAt(text: string, s: Sentence): Attribution | null {
  const lineStart = s.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, s.start - 20), s.start));
  if (!lineStart) return null;
  // a time code before the label, as transcripts of broadcasts print it: "[00:03:44] NASSAR:", "07:35 HOST:"
  const timed = TIME_CODE.exec(text.slice(s.start, Math.min(s.end, s.start + 20)))?.[0].length ?? 0;
  const m = LABEL.exec(text.slice(s.start + timed, Math.min(s.end, s.start + timed + 120)));
  if (!m) return null;
  const mention = m[1].trim();
  // a title in capitals too: "DR. KARIM NASSAR" is Karim Nassar
  const bare = mention.replace(new RegExp(`^(?:The\\s+)?(?:${TITLES}\\s+)?`, 'iu'), '').replace(/\s*\([^)]*\)$/, '');
  if (NOT_SPEAKER.test(mention) || NOT_SPEAKER.test(bare) || !bare) return null;
  // words joined by "of", "for", "and" are an office only with a role in them ("Minister for Justice", "Head of the
  // Service"), else a section heading ("Countering the Financing of Terrorism:")
  if (/\s(?:of|for|and|on)\s/.test(mention) && !ROLE_WORDS.test(mention.replace(/\s*\([^)]*\)$/, ''))) return null;
  // one word in mixed case that is no title or role ("Strength: 800", "Leader: Abu …", "Active: 2007") is an infobox's
  // field, not a speaker, whom transcripts print with a title, in capitals or by full name
  if (!/\s/.test(mention) && !/^[\p{Lu}'’.-]{2,}$/u.test(mention) && !TITLE.test(mention) && !ROLE_WORDS.test(mention)) return null;
  // "SMITH" → "Smith": a name in capitals as a transcript prints it
  const name = bare
    .split(/\s+/)
    .map((w) => (/^[\p{Lu}'’.-]{2,}$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
  const person = ROLE_THEN_PERSON.exec(mention)?.[1];
  return plainAttribution({
    // a full name needs no title ("DR. KARIM NASSAR" is Karim Nassar); a surname keeps it ("Senator Payman")
    name:
      person && personName(person)
        ? person
        : mention === bare || (personName(name) === name && name.includes(' '))
          ? name
          : `${mention.replace(bare, name).replace(/^The\s+/, '')}`,
    mention,
    cue: '',
    at: s.start + timed,
  });
}
