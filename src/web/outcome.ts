import type { NextFunction, Request, Response } from 'express';
import { counted } from '../words';
import { SUBDIVISION_CODE } from '../subdivisionCode';
import { clearCookie, readCookies, setCookie } from './cookies';

/**
 * What a page says about the form just sent ("Saved as claim 12."), shown by one component (OutcomeNotice) at the top of
 * the page or where the page puts it. `param` is the query parameter that named it after a redirect (said once, by the
 * flash: readOutcome), which the script takes out of the address once shown; `focus`: the notice takes the focus when
 * shown (a page answering a POST directly; a redirect focuses it by its address's `#outcome`).
 */
export interface Outcome {
  text: string;
  param?: string;
  /** The parameter's value, checked by its kind (a candidate: `c12`): what a page may act on, never words to say. */
  value?: string;
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

/**
 * The subdivisions an acceptance added from the extractor's gazetteer (the claim's country was one the ledger did not
 * hold: "young people from Ceuta", ES-CE), in words; '' for none. Said, never silent, because an admin may have
 * deleted that subdivision before (a place nothing named): accepting a claim that counts its people brings it back,
 * and the editor should know it did, and where to check its words (walk48).
 */
export function placesAddedText(codes: readonly string[], more = 0): string {
  const { codes: named, more: others } = placesNamed(codes, more);
  if (named.length === 0) return '';
  if (named.length === 1 && others === 0)
    return `Subdivision ${named[0]} was not in the ledger: it is added, as the extractor's gazetteer names it, since a claim counts its people.`;
  const list = others > 0 ? `${named.join(', ')} and ${counted(others, 'other')}` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `Subdivisions ${list} were not in the ledger: they are added, as the extractor's gazetteer names them, since claims count their people.`;
}

/**
 * How many added subdivisions a notice names by code; the others it counts ("ES-CE, …, ES-ML and 5 others"): one bound
 * for a page answering with the notice and for a redirect's address, whose value carries the codes named and the count
 * of the others. An acceptance of a long article's figures may add any number (walk48's address had taken 20 codes at
 * most, and an acceptance that added more said nothing at all, not even the claims it saved).
 */
const PLACES_NAMED = 20;

/** The subdivisions a notice names (`codes`, then `more` already counted), and how many others it counts. */
function placesNamed(codes: readonly string[], more = 0): { codes: string[]; more: number } {
  return { codes: codes.slice(0, PLACES_NAMED), more: more + Math.max(0, codes.length - PLACES_NAMED) };
}

/**
 * An outcome's value with the subdivisions the acceptance added (`12_ES-CE`; past PLACES_NAMED, the count of the others
 * last: `12_ES-CE_…_5`): codes and counts, never words, as every value.
 */
export function withPlacesAdded(value: string, codes: readonly string[]): string {
  const named = placesNamed(codes);
  return [value, ...named.codes, ...(named.more > 0 ? [String(named.more)] : [])].join('_');
}

/** An outcome value's own part, the subdivisions it says were added and how many others, each of its kind; else undefined. */
function placesOf(v: string, kind: RegExp): { value: string; codes: string[]; more: number } | undefined {
  const [value, ...parts] = v.split('_');
  const last = parts.at(-1);
  const more = parts.length > PLACES_NAMED && last !== undefined && NUMBER.test(last) && Number(last) > 0 ? Number(last) : 0;
  const codes = more > 0 ? parts.slice(0, -1) : parts;
  const known = kind.test(value) && codes.length <= PLACES_NAMED && codes.every((c) => SUBDIVISION_CODE.test(c));
  return known ? { value, codes, more } : undefined;
}

/** The words of an outcome that saved claims, with the subdivisions it added; a link to the one place, when one. */
function withPlacesSaid(words: string, said: { codes: string[]; more: number }, joiner: string): Omit<Outcome, 'param'> {
  const text = [words, placesAddedText(said.codes, said.more)].filter(Boolean).join(joiner);
  return said.codes.length === 1 && said.more === 0 ? { text, link: { href: `/countries/${said.codes[0]}`, text: 'Its page' } } : { text };
}

/** What proposing a document's figures again did, in words. */
function proposedAgainText([added, updated, dropped, kept]: number[]): string {
  return `Proposed again: ${added} new, ${updated} proposed anew, ${dropped} no longer proposed, ${kept} decided kept as they were`;
}

/** An id, a version or a count in an address. */
const NUMBER = /^\d{1,15}$/;
/** A place's code: a country's (TJ), a subdivision's (TJ-SU). */
const PLACE_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/; /** A candidate's id, as the extractor names them (extract.ts: c1, c2, …). */
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
  accepted: (v) => {
    const said = placesOf(v, NUMBER);
    return said && withPlacesSaid(`Saved as claim ${said.value}.`, said, ' ');
  },
  source: of(NUMBER, (v) => ({ text: `Added as a source of claim ${v}.` })),
  rejected: of(CANDIDATE, (v) => ({ text: `Candidate ${v} rejected.` })),
  reopened: of(CANDIDATE, (v) => ({ text: `Candidate ${v} is open again.` })),
  high: (v) => {
    const said = placesOf(v, /^[\d-]+$/);
    const counts = said && countsOf(said.value, 3);
    if (!said || !counts) return undefined;
    return withPlacesSaid(acceptedHighText({ accepted: counts[0], edited: counts[1], refused: counts[2] }), said, '. ');
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
  edited: (v) => {
    // the revision, then what became of the claim's relations when the edit changed them (`5-1-0`: one removed)
    const counts = NUMBER.test(v) ? [Number(v), 0, 0] : countsOf(v, 3);
    if (!counts) return undefined;
    const [revision, removed, added] = counts;
    const relations = [removed > 0 ? `${counted(removed, 'relation')} removed` : '', added > 0 ? `${counted(added, 'relation')} added` : '']
      .filter(Boolean)
      .join(', ');
    return {
      text: `Your correction is saved as revision ${revision} of the claim${relations ? `: ${relations}` : ''}.`,
      link: { href: '#history', text: 'See it in the history' },
    };
  },
  retracted: () => ({ text: 'The claim is retracted: it stays in the ledger, marked retracted with your reason.' }),
  // the workspace's places (workspace/placeForms.ts)
  place_added: of(PLACE_CODE, (v) => ({
    text: `Subdivision ${v} is added: filters, new claims and the extractor read it now.`,
    link: { href: `/countries/${v}`, text: 'Its page' },
  })),
  words_added: of(PLACE_CODE, (v) => ({
    text: `The words are added to ${v}: filters, new claims and the extractor read them now.`,
    link: { href: `/countries/${v}`, text: 'Its page' },
  })),
  place_deleted: of(PLACE_CODE, (v) => ({ text: `Subdivision ${v} is deleted: no claim counted it, and its words are free again.` })),
  // signing in and out
  signed_in: () => ({ text: 'You are signed in.' }),
  signed_out: () => ({ text: 'You are signed out.' }),
};

/** The outcomes a form's redirect may name. */
export type OutcomeName = keyof typeof OUTCOMES;

/**
 * A form's redirect to `path` naming its outcome: the parameter goes before any fragment, and an address without a
 * fragment of its own gets `#outcome`, so the browser focuses the notice (without script too). The address only names
 * what happened; the notice is said once, by the flash `redirectAfterWrite` sets with it.
 */
export function withOutcome(path: string, param: OutcomeName, value = '1'): string {
  const hash = path.indexOf('#');
  const [base, fragment] = hash < 0 ? [path, `#${OUTCOME_ID}`] : [path.slice(0, hash), path.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}${param}=${encodeURIComponent(value)}${fragment}`;
}

/** A query parameter's name, decoded; a malformed one as written (the page's parser's to refuse). */
function nameOf(piece: string): string {
  try {
    return decodeURIComponent(piece.split('=', 1)[0].replace(/\+/g, ' '));
  } catch {
    return piece;
  }
}

/**
 * An address (`/path?query#fragment`) taken apart: its outcome parameters out of its query, the last one `said` (signing
 * in appends its own to the address of the page that asked for it), the other parameters kept as they were written.
 */
function outcomesOf(address: string): { path: string; rest: string[]; said?: { param: string; value: string } } {
  const beforeFragment = address.split('#', 1)[0];
  const at = beforeFragment.indexOf('?');
  if (at < 0) return { path: beforeFragment, rest: [] };
  const pieces = beforeFragment.slice(at + 1).split('&');
  const ours = pieces.filter((piece) => Object.hasOwn(OUTCOMES, nameOf(piece)));
  const last = ours.at(-1);
  const param = last === undefined ? '' : nameOf(last);
  return {
    path: beforeFragment.slice(0, at),
    rest: pieces.filter((piece) => !ours.includes(piece)),
    said: last === undefined ? undefined : { param, value: new URLSearchParams(last).get(param) ?? '' },
  };
}

/** An address without the outcomes it names (and without its fragment): the page itself, as sign-in's `next` carries it. */
export function withoutOutcome(address: string): string {
  const { path, rest } = outcomesOf(address);
  const kept = rest.filter(Boolean);
  return kept.length > 0 ? `${path}?${kept.join('&')}` : path;
}

/**
 * The flash: a cookie naming the outcome this browser's last write had and the page it was sent to. A notice is said
 * only when the page's address names the very outcome its flash holds, so an address made elsewhere (`/?signed_in=1`,
 * `/claims/1?edited=2` sent to anybody) says nothing; and only once: the page that says it clears the flash, so a
 * reload, going back, or the address bookmarked (without script the address keeps the parameter) says nothing again.
 * A cookie rather than the session: the visitor signed out has none, and every instance on the database reads it.
 * HttpOnly, SameSite=Strict, `__Host-` over HTTPS (session.ts): no other site sets it in a reader's browser. Short-lived,
 * for a page that failed to show it (a 503) to say it on the reload that shows it.
 */
export const OUTCOME_COOKIE = 'cl_outcome';
const FLASH_SECONDS = 120;

const flashOf = (path: string, said: { param: string; value: string }) => encodeURIComponent(`${path}?${said.param}=${said.value}`);

/**
 * The redirect (303) that answers a write, to the address naming its outcome (withOutcome, or the review's own query):
 * the flash goes with it, so that page says the outcome, once, in this browser. Every write's redirect goes through here,
 * a form sent twice too (onceForms.ts answers the second with the first's address).
 */
export function redirectAfterWrite(res: Response, location: string): void {
  const { path, said } = outcomesOf(location);
  if (said) setCookie(res.req, res, OUTCOME_COOKIE, flashOf(path, said), { maxAgeSeconds: FLASH_SECONDS });
  res.redirect(303, location);
}

/**
 * Every page reads its outcome the same way: the last outcome parameter of the address is the page's notice
 * (`res.locals.outcome`, which the layout shows) when this browser's flash names it for this page; and every outcome
 * parameter is taken out of the request's address before the page reads its query, so a page that refuses parameters
 * it does not know (a claim's takes `as_recorded` only) is not refused for the outcome its form's redirect added.
 */
export function readOutcome(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next();
  const { path, rest, said } = outcomesOf(req.url);
  if (!said) return next();
  const flash = readCookies(req).get(OUTCOME_COOKIE);
  const outcome = flash === flashOf(outcomesOf(req.originalUrl).path, said) ? OUTCOMES[said.param](said.value) : undefined;
  if (outcome) res.locals.outcome = { ...outcome, param: said.param, value: said.value } satisfies Outcome;
  req.url = path + (rest.length > 0 ? `?${rest.join('&')}` : '');
  next();
}

/**
 * The notice a page sent with `status` says (sendPage). An error page says none its address brought ("The document is
 * saved … to review below" above "Not found" said the page it was about had loaded), and keeps the flash for the reload
 * that shows the page; a page shown clears the flash, and one that says it is kept by no cache (back says nothing again).
 * An outcome the page itself sets (a refused form's own answer) it says.
 */
export function outcomeToSay(res: Response, status: number): Outcome | undefined {
  const said = res.locals.outcome as Outcome | undefined;
  if (status >= 400) return said?.param === undefined ? said : undefined;
  if (readCookies(res.req).has(OUTCOME_COOKIE)) clearCookie(res.req, res, OUTCOME_COOKIE);
  if (said?.param !== undefined) res.set('Cache-Control', 'private, no-store');
  return said;
}
