/**
 * The writer's own voice: reasoning about where a figure comes from ("The figure most likely comes from…"), a
 * description of a thing ("That video showed…"), or a question. No claimant is carried into it.
 */
/** The writer reasoning about where a figure comes from, or hedging in their own voice. */
export const WRITER_REASONING =
  /\b(?:(?:most|more|very)\s+)?(?:likely|probably|possibly|presumably|apparently)\s+(?:\w+\s+)?(?:comes?|came|stems?|stemmed|derives?|derived|originates?|originated|is\s+based|was\s+based|refers?|referred|reflects?|reflected)\b|\b(?:figures?|numbers?|estimates?|counts?|tally|data|statistics?)\b(?!\s+that\b)[^.]{0,40}?\b(?:comes?|came|stems?|stemmed|derives?|derived|originates?|originated)\s+from\b|\b(?:it|this|that|which)\s+(?:\w+ly\s+)?(?:comes?|came|stems?|stemmed|derives?|derived|originates?|originated)\s+from\b|\b(?:it|this|that)\s+(?:appears|seems|is\s+unclear|is\s+not\s+clear|remains\s+unclear)\b/i;
/** Things the writer describes, whose contents are the writer's account: "That video showed…". */
export const DESCRIBED_THINGS =
  'video|videos|footage|film|photo|photos|photograph|photographs|image|images|picture|pictures|clip|clips|recording|recordings|map|chart|graph|table';
/** A sentence whose subject is a thing the writer describes: "That video showed…", "The footage shows…". */
const DESCRIBED_THING = new RegExp(
  `^\\s*(?:the|this|that|these|those|a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${DESCRIBED_THINGS})\\b(?:[^.;:]{0,80})\\b(?:shows?|showed|shown|depicts?|depicted|features?|featured|included|includes)\\b`,
  'iu',
);

/**
 * An event the writer narrates, an attack as what killed or wounded people ("Their last attack, on a school in June,
 * killed 42 people", "…, including one in July that killed 54"): the toll of an event told as it happened is the
 * writer's account, not a source's figure continued.
 */
const NARRATED_EVENT =
  /\b(?:attacks?|bombings?|blasts?|explosions?|raids?|ambush(?:es)?|assaults?|suicide\s+bombings?|massacres?)\b[^.;:“”"]{0,120}?\b(?:killed|killing|wounded|wounding|injured|injuring|left\s+[^.;]{0,20}\bdead)\b/i;
/** A court's verdict told as a fact ("Last year, the Federal Criminal Court convicted seven people"): a public record. */
const COURT_VERDICT = /\bcourts?\b[^.;:“”"]{0,60}?\b(?:convicted|sentenced|acquitted|jailed)\b/i;

/**
 * An actor's act on people told as a fact, its subject opening the sentence: "Kenyan police arrested 40 suspects", "The
 * army has killed 12 militants" (not "Twelve people were killed"). An act is no assertion: no source is carried into it.
 */
const ACTOR_ACT =
  /^\s*(?:(?!(?:was|were|is|are|been|being|be|who|which|that)\s)[\p{L}'’.-]+\s+){1,5}(?:(?:have|has|had)\s+)?(?:arrested|detained|killed|captured|repatriated|deported|charged|rescued|freed|released|expelled|extradited|apprehended|neutralised|neutralized)\b/iu;

/**
 * A sentence that tells what happened in a year ("In 2019, 40 of them came back", "40 came back in 2019", "Since March
 * 2021, …" opening it): the writer's background, not the source's account continued.
 */
const DATED_BACKGROUND =
  /(?:^\s*(?:In|Since|By|Between|During|As\s+of)|\b(?:in|during))\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b/;

/**
 * Whether a sentence without a cue of its own is the writer's own analysis or description: nothing is carried into it.
 * `quoted`: the sentence goes on inside a quotation opened before it ('The minister said: "300 have joined. Police
 * arrested 40 of them."'), where an act told is the quoted speaker's account, not the writer's.
 */
export function writersOwn(sentence: string, quoted = false): boolean {
  return (
    WRITER_REASONING.test(sentence) ||
    DESCRIBED_THING.test(sentence) ||
    NARRATED_EVENT.test(sentence) ||
    COURT_VERDICT.test(sentence) ||
    (!quoted && ACTOR_ACT.test(sentence)) ||
    (!quoted && DATED_BACKGROUND.test(sentence)) ||
    (/\?\s*["”]?\s*$/.test(sentence) && !/["“”]/.test(sentence))
  );
}
