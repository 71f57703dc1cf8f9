import type { NextFunction, Request, Response } from 'express';
import { counted } from '../words';

/**
 * What a page says about the form just sent ("Saved as claim 12."), shown by one component (OutcomeNotice) at the top of
 * the page or where the page puts it. `param` is the query parameter that brought it, which the script takes out of the
 * address once shown, so that a reload or going back does not say it again; `focus`: the notice takes the focus when
 * shown (a page answering a POST directly; a redirect focuses it by its address's `#outcome`).
 */
export interface Outcome {
  text: string;
  param?: string;
  focus?: boolean;
  /** Where the reader's next step is, as a link after the notice's words. */
  link?: { href: string; text: string };
}

/** The id of the notice on every page: a redirect's `#outcome` brings the focus to it, with or without script. */
export const OUTCOME_ID = 'outcome';

/** What accepting every high-confidence candidate did, in words (its redirect's notice, or its page when some were refused). */
export function acceptedHighText(pass: { accepted: number; edited: number; refused: number }): string {
  return [
    `${pass.accepted} accepted`,
    pass.edited > 0 ? `${pass.edited} left open with your unsaved changes` : '',
    pass.refused > 0 ? `${pass.refused} could not be saved as proposed: each says why` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** What proposing a document's figures again did, in words. */
function proposedAgainText([added, updated, dropped, kept]: number[]): string {
  return `Proposed again: ${added} new, ${updated} proposed anew, ${dropped} no longer proposed, ${kept} decided kept as they were`;
}

/** An id, a version or a count in an address. */
const NUMBER = /^\d{1,15}$/;
/** A candidate's id, as the extractor names them (extract.ts: c1, c2, …). */
const CANDIDATE = /^c\d{1,9}$/;

/** The counts an outcome's value carries (`3-1-0`), when it is exactly `n` of them; else undefined (no notice). */
function countsOf(v: string, n: number): number[] | undefined {
  const counts = v.split('-');
  return counts.length === n && counts.every((c) => NUMBER.test(c)) ? counts.map(Number) : undefined;
}

/** An outcome whose value must be of `kind` to be said (else no notice). */
const of =
  (kind: RegExp, say: (v: string) => Omit<Outcome, 'param'>) =>
  (v: string): Omit<Outcome, 'param'> | undefined =>
    kind.test(v) ? say(v) : undefined;

/**
 * Each outcome a form's redirect names, by its query parameter, in words; the value is an id, a version or counts, never
 * words: a notice says only what the ledger wrote, so an address made elsewhere cannot put a sentence on its pages
 * (nor a word: "Saved as claim Your_session_expired."). Undefined: the value is not one this outcome carries (no notice).
 */
const OUTCOMES: Record<string, (v: string) => Omit<Outcome, 'param'> | undefined> = {
  // the editors' review (workspace/router.tsx)
  accepted: of(NUMBER, (v) => ({ text: `Saved as claim ${v}.` })),
  source: of(NUMBER, (v) => ({ text: `Added as a source of claim ${v}.` })),
  rejected: of(CANDIDATE, (v) => ({ text: `Candidate ${v} rejected.` })),
  reopened: of(CANDIDATE, (v) => ({ text: `Candidate ${v} is open again.` })),
  high: (v) => {
    const counts = countsOf(v, 3);
    return counts && { text: acceptedHighText({ accepted: counts[0], edited: counts[1], refused: counts[2] }) };
  },
  proposed: (v) => {
    const counts = countsOf(v, 4);
    return counts && { text: proposedAgainText(counts) };
  },
  text: () => ({ text: 'The text is saved: the ledger proposed the figures it found in it.' }),
  low: of(NUMBER, (v) => ({ text: `${counted(Number(v), 'low-confidence candidate')} rejected.` })),
  undone: of(NUMBER, (v) => ({ text: `${counted(Number(v), 'candidate')} open again.` })),
  created: () => ({ text: 'The document is saved: the ledger proposed the figures it found in its text, to review below.' }),
  // a claim's page, after its edit or retraction (workspace/editClaim.ts)
  edited: of(NUMBER, (v) => ({
    text: `Your correction is saved as revision ${v} of the claim.`,
    link: { href: '#history', text: 'See it in the history' },
  })),
  retracted: () => ({ text: 'The claim is retracted: it stays in the ledger, marked retracted with your reason.' }),
  // signing in and out
  signed_in: () => ({ text: 'You are signed in.' }),
  signed_out: () => ({ text: 'You are signed out.' }),
};

/**
 * A form's redirect to `path` saying its outcome: the parameter goes before any fragment, and an address without a
 * fragment of its own gets `#outcome`, so the browser focuses the notice (without script too).
 */
export function withOutcome(path: string, param: keyof typeof OUTCOMES, value = '1'): string {
  const hash = path.indexOf('#');
  const [base, fragment] = hash < 0 ? [path, `#${OUTCOME_ID}`] : [path.slice(0, hash), path.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}${param}=${encodeURIComponent(value)}${fragment}`;
}

/**
 * Every page reads its outcome the same way: the last outcome parameter of the address is the page's notice
 * (`res.locals.outcome`, which the layout shows), and every outcome parameter is taken out of the request's address
 * before the page reads its query, so a page that refuses parameters it does not know (a claim's takes `as_recorded`
 * only) is not refused for the notice its form's redirect added.
 */
export function readOutcome(req: Request, res: Response, next: NextFunction): void {
  const at = req.url.indexOf('?');
  if ((req.method !== 'GET' && req.method !== 'HEAD') || at < 0) return next();
  // The other parameters are kept as they were written, for the page's own parser.
  const pieces = req.url.slice(at + 1).split('&');
  const nameOf = (piece: string) => {
    try {
      return decodeURIComponent(piece.split('=', 1)[0].replace(/\+/g, ' '));
    } catch {
      return piece; // a malformed name is the page's parser's to refuse
    }
  };
  const ours = pieces.filter((piece) => Object.hasOwn(OUTCOMES, nameOf(piece)));
  if (ours.length === 0) return next();
  // the last one is the latest action's (signing in appends its own to the address of the page that asked for it)
  const said = ours[ours.length - 1];
  const param = nameOf(said);
  const value = new URLSearchParams(said).get(param) ?? '';
  const outcome = OUTCOMES[param](value);
  if (outcome) res.locals.outcome = { ...outcome, param } satisfies Outcome;
  const rest = pieces.filter((piece) => !ours.includes(piece));
  req.url = req.url.slice(0, at) + (rest.length > 0 ? `?${rest.join('&')}` : '');
  next();
}
