import express, { Request, Response, Router } from 'express';
import type { Config } from '../../config';
import type { Auth } from '../../http/auth';
import { DomainError, storedDataDamaged } from '../../errors';
import { clientGone } from '../../http/clientGone';
import { HttpError } from '../../http/errors';
import type { LimiterFactory } from '../../http/rateLimit';
import type { Validator } from '../../validate';
import type { Services } from '../../services';
import { sendPage } from '../render';
import { type ClaimForm, countryConflict, emptyClaimForm, field, FormBody, handFormFrom, proposedForm, readClaimForm } from './form';
import { acceptedHighText, type Outcome, placesAddedText, redirectAfterWrite, withOutcome, withPlacesAdded } from '../outcome';
import { labelsOf, placeNamer } from '../labels';
import type { Vocabularies } from './claimFields';
import type { CandidateFormState } from './candidateCard';
import { workspaceErrorPage } from './errors';
import { AddTextPage, DecidedAlreadyPage, MessagePage, RetractedBy, WorkspaceHome } from './pages';
import { sentClaimFields, SentFields, type SentField } from './formParts';
import { ReviewPage } from './reviewPage';
import { WorkspaceDocuments } from './documents';
import { DecidedAlready, FormError, pageOfForm, Review, reviewPath, ROW_BUTTON, ROWS_PATH } from './review';
import { WorkspaceService } from './service';
import type { Editor, Sessions } from './session';
import { sendSignIn, signInRouter } from './signInRouter';
import { type CarriedForm, formToCarry, NOT_YET_SAVED } from './carriedForm';
import { notUtf8Field } from '../../http/queryString';
import { pathId } from '../../http/params';
import { idempotentAfterBody, type KeyedAnswers, runOnce } from '../../http/idempotency';
import { FORM_ID_REFUSALS, formIdKey } from './onceForms';
import type { IdempotencyStore } from '../../idempotency/store';
import type { Claim } from '../../claims/model';
import {
  claimantChoices,
  type EditClaimForm,
  editFormOf,
  readEditForm,
  relatedOfEdit,
  relationChoices,
  readRetractForm,
  RETRACT_FIELD_LABELS,
  saveEdit,
  saveRetraction,
  StaleForm,
} from './editClaim';
import { EditClaimPage, type EditClaimPageProps, RetractClaimPage, sentEditFields } from './editClaimPages';
import { type PlaceFormPart, type PlaceFormState, PlacesPage } from './placesPage';
import { deletePlace, readDeletePlaceForm, readPlaceWordsForm, readSubdivisionForm, savePlaceWords, saveSubdivision } from './placeForms';

export interface WorkspaceRouterOptions {
  services: Services;
  auth: Auth;
  validator: Validator;
  config: Config;
  /** Counts sign-ins per address across every instance on the database. */
  limiter: LimiterFactory;
  /** The sessions of signed-in editors; `load` has run for every page already. */
  sessions: Sessions;
  /** Where one-time form ids are kept (onceForms.ts): the idempotency store's table. */
  formIds: IdempotencyStore;
  /** Tells of an answer that could not be stored under its Idempotency-Key (the API's log line). */
  onStoreError: (err: unknown, requestId: string) => void;
}

/** The path's document or candidate id, or a 404: ids are digits, candidate ids letters and digits. */
function documentId(req: Request): number {
  const raw = String(req.params.id);
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) throw new DomainError('not_found', `No document ${raw.slice(0, 40)}.`);
  return Number(raw);
}

function candidateId(req: Request): string {
  const raw = String(req.params.cid);
  if (!/^[\w-]{1,40}$/.test(raw)) throw new DomainError('not_found', 'No such candidate.');
  return raw;
}

/**
 * The editors' workspace (issue 11): sign in with an API key for a session cookie, paste a document, review the
 * candidates the extractor proposes. Every page works with plain forms (POST, then a redirect to a GET); the
 * client script only adds shortcuts. Nothing here is reachable under /v1: sessions never authorize the API.
 */
/**
 * A workspace form's answers under an Idempotency-Key (idempotentAfterBody): its redirect is kept and, sent again, is
 * answered as the first was, through redirectAfterWrite (the flash with it: the page says what was done). A page is not
 * kept (a refused form's, or an edit that changed nothing: "Nothing was saved"): workspace pages are no-store, and such
 * a form changed nothing, so sent again it runs again, rather than being answered as if its answer held a secret.
 */
const FORM_ANSWERS: KeyedAnswers = {
  kept: (res) => !res.headersSent && res.statusCode >= 300 && res.statusCode < 400 && typeof res.getHeader('location') === 'string',
  replay: (res, row) => {
    const location = row.headers?.location;
    if (typeof location !== 'string' || !location.startsWith('/')) throw storedDataDamaged('the stored answer of this Idempotency-Key');
    res.set('Idempotent-Replayed', 'true');
    redirectAfterWrite(res, location);
  },
};

export function workspaceRouter({
  services,
  auth,
  validator,
  config,
  limiter,
  sessions,
  formIds,
  onStoreError,
}: WorkspaceRouterOptions): Router {
  const router = express.Router();
  // A form's one-time id (onceForms.ts) is run as an Idempotency-Key is, its redirect kept and sent again as its own.
  const once = runOnce(formIds, onStoreError, formIdKey, { ...FORM_ANSWERS, ...FORM_ID_REFUSALS });
  // An Idempotency-Key on a form (a client posting forms with its own retries) is honoured as on the API, once the
  // form is read: its redirect stored and sent again; the editor's form id (onceForms) works inside it.
  const keyed = idempotentAfterBody(formIds, (res) => (res.locals.editor as Editor).principal.name, FORM_ANSWERS, onStoreError);
  const workspace = new WorkspaceService({ services, store: services.reviews, validator });
  const workspaceDocuments = new WorkspaceDocuments({ services, store: services.reviews, validator });
  // Only these routes read form bodies, bounded like the API's JSON bodies.
  const parseForm = express.urlencoded({
    extended: false,
    limit: config.bodyLimit,
    parameterLimit: 200,
    // Text that is not UTF-8 once decoded (a field sent as Latin-1 bytes) is noted here and refused once the form's CSRF
    // token has been checked (a cross-site post learns nothing), rather than stored with replacement characters.
    verify: (_req, res, raw) => {
      (res as Response).locals.notUtf8Field = notUtf8Field(raw.toString('latin1'), 'body');
    },
  });
  const form = (req: Request, res: Response, next: (err?: unknown) => void) => {
    if (!req.is('application/x-www-form-urlencoded'))
      return next(
        new HttpError(415, 'Unsupported Media Type', 'The workspace takes its own forms only (application/x-www-form-urlencoded).'),
      );
    parseForm(req, res, next);
  };
  const noStore = (_req: Request, res: Response, next: () => void) => {
    res.set('Cache-Control', 'no-store');
    next();
  };
  const editorOf = (res: Response) => res.locals.editor as Editor;
  const body = (req: Request): FormBody => (req.body && typeof req.body === 'object' ? req.body : {}) as FormBody;

  router.use(['/sign-in', '/sign-out', '/workspace'], noStore);

  router.use(signInRouter({ services, auth, config, limiter, sessions, form, resume: (res, carried) => resume(res, carried) }));

  // A form posted after its session ended is not lost: the sign-in page carries it, and shows it again once signed in.
  router.use('/workspace', (req, res, next) => {
    if (req.method !== 'POST' || res.locals.editor || !req.is('application/x-www-form-urlencoded')) return next();
    form(req, res, (err?: unknown) => {
      const carried = err ? undefined : formToCarry(req, body(req));
      if (!carried) return next(); // refused below (401), as any post without a session
      sendSignIn(req, res, { next: pageOfForm(req.originalUrl), carried }, 401);
    });
  });

  router.use('/workspace', sessions.require, (req, res, next) => {
    if (req.method !== 'POST') return next();
    form(req, res, (err?: unknown) => {
      if (err) return next(err);
      try {
        sessions.csrf(req, res, () => {
          const field = res.locals.notUtf8Field as string | null | undefined;
          if (field)
            return next(
              new DomainError('invalid_input', `The form's ${field} is not UTF-8 text.`, [{ field, message: 'is not UTF-8 text' }]),
            );
          void (keyed(req, res, () => void (once(req, res, next) as Promise<void>).catch(next)) as Promise<void>).catch(next);
        });
      } catch (e) {
        next(e);
      }
    });
  });

  const vocabularies = async (): Promise<Vocabularies> => {
    const [metrics, groups] = await Promise.all([services.vocabulary.listMetrics(), services.vocabulary.listGroups()]);
    return { metrics, groups, places: services.places.all(), labels: labelsOf(metrics, groups, placeNamer(services.places)) };
  };

  const home = async (res: Response, values: Record<string, string> = {}, error?: FormError, status = error ? 422 : 200) => {
    const [publishers, documents] = await Promise.all([workspaceDocuments.publishers(), workspaceDocuments.recentDocuments()]);
    sendPage(
      res,
      <WorkspaceHome
        editor={editorOf(res)}
        publishers={publishers}
        documents={documents}
        values={values}
        errors={error?.errors ?? []}
        message={error?.message}
        heldDocuments={error?.heldDocuments}
      />,
      status,
    );
  };

  router.get('/workspace', async (_req, res) => home(res));

  /**
   * The places page's three forms, by the address each posts to: how its fields are read, how it is saved (the code of
   * the place it added to or deleted), what the page then says, and the part of the page a refused one fills again.
   */
  const placeForms: Record<
    string,
    {
      read: (b: FormBody) => Record<string, string>;
      save: (res: Response, values: Record<string, string>) => Promise<string>;
      outcome: 'place_added' | 'words_added' | 'place_deleted';
      state: PlaceFormPart;
    }
  > = {
    '/workspace/places': {
      read: readSubdivisionForm,
      save: async (_res, values) => (await saveSubdivision(services, validator, values)).code,
      outcome: 'place_added',
      state: 'subdivision',
    },
    '/workspace/places/words': {
      read: readPlaceWordsForm,
      save: async (_res, values) => (await savePlaceWords(services, validator, values)).code,
      outcome: 'words_added',
      state: 'words',
    },
    '/workspace/places/delete': {
      read: readDeletePlaceForm,
      save: (res, values) => deletePlace(services, editorOf(res), values),
      outcome: 'place_deleted',
      state: 'removal',
    },
  };
  const placesPage = (res: Response, part?: PlaceFormPart, state?: PlaceFormState, status = 200) =>
    sendPage(res, <PlacesPage editor={editorOf(res)} {...(part ? { [part]: state } : {})} />, status);

  router.get('/workspace/places', (_req, res) => placesPage(res));
  for (const [path, form] of Object.entries(placeForms)) {
    router.post(path, async (req, res) => {
      const values = form.read(body(req));
      try {
        const code = await form.save(res, values);
        redirectAfterWrite(res, withOutcome('/workspace/places', form.outcome, code));
      } catch (e) {
        if (!(e instanceof FormError)) throw e;
        placesPage(res, form.state, { values, errors: e.errors, message: e.message }, 422);
      }
    });
    // (a form's own address, opened: the page it is on)
    if (path !== '/workspace/places') router.get(path, (_req, res) => res.redirect(303, '/workspace/places'));
  }

  router.get('/workspace/open', (req, res) => {
    const id = typeof req.query.id === 'string' ? req.query.id.trim() : '';
    if (!/^\d{1,15}$/.test(id))
      throw new DomainError('invalid_input', 'Give a document id (digits).', [{ field: 'id', message: 'must be a document id' }]);
    res.redirect(303, `/workspace/documents/${id}`);
  });

  router.post('/workspace/documents', async (req, res) => {
    try {
      const doc = await workspaceDocuments.createDocument(body(req), editorOf(res).principal);
      // A fragment of its own (#outcome): a redirect without one keeps the form action's (#doc-errors), which the review lacks.
      redirectAfterWrite(res, withOutcome(`/workspace/documents/${doc.id}`, 'created'));
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      const values = Object.fromEntries(Object.entries(body(req)).filter(([k, v]) => k !== 'csrf' && typeof v === 'string')) as Record<
        string,
        string
      >;
      await home(res, values, e);
    }
  });

  const review = async (
    res: Response,
    id: number,
    state: {
      candidate?: string;
      /** The candidate's form as sent back; `form` left out: as proposed (a compact row's Accept sends no fields). */
      form?: Omit<CandidateFormState, 'form'> & { form?: ClaimForm };
      /** Several candidates' forms as sent back, by candidate id. */
      forms?: Map<string, CandidateFormState>;
      /** The outcome of an action answered by this page rather than a redirect (its notice takes the focus). */
      notice?: string;
      /** The candidates the notice lists as refused, linked to their errors. */
      refused?: string[];
      /** The candidate the editor opened (`open=`): its card is the full form; else the first one open. */
      open?: string;
      /** Shown as such: the list "reject all low-confidence" would reject, to confirm; the ones it rejected, to undo. */
      lowConfidence?: { confirm: boolean; batch?: number };
      /** A candidate whose sentence the claim by hand starts from (`from=`). */
      from?: string;
    } = {},
    status = 200,
  ) => {
    const editor = editorOf(res);
    if (state.notice) res.locals.outcome = { text: state.notice, focus: true } satisfies Outcome;
    // (its first reading of the text is the extractor's, bounded by the extractor's limits, not the read's: answerSlowReads)
    res.locals.extracting = true;
    const [r, vocab] = await Promise.all([workspace.review(id, editor.principal, clientGone(res)), vocabularies()]).finally(() => {
      res.locals.extracting = false;
      res.locals.restartReadClock?.();
    });
    const forms = new Map(r.extraction.candidates.map((c) => [c.id, { form: proposedForm(r, c), errors: [] } as CandidateFormState]));
    if (state.candidate && state.candidate !== 'manual' && state.form)
      forms.set(state.candidate, { ...state.form, form: state.form.form ?? forms.get(state.candidate)?.form ?? emptyClaimForm() });
    for (const [candidate, form] of state.forms ?? []) forms.set(candidate, form);
    const from = r.extraction.candidates.find((c) => c.id === state.from);
    const manual =
      state.candidate === 'manual' && state.form?.form ? (state.form as CandidateFormState) : { form: handFormFrom(r, from), errors: [] };
    // Full forms: the candidate opened (else the first one open), and every one sent back with errors.
    const opened = new Set([...forms].filter(([, f]) => f.errors.length > 0 || f.message).map(([cid]) => cid));
    // (a candidate decided meanwhile, in another tab, is a row: the first one open is shown instead)
    const undecided = r.extraction.candidates.filter((c) => !r.decisions.has(c.id));
    const open = undecided.find((c) => c.id === state.open) ?? undecided[0];
    if (open) opened.add(open.id);
    sendPage(
      res,
      <ReviewPage
        editor={editor}
        review={r}
        vocab={vocab}
        forms={forms}
        opened={opened}
        manual={manual}
        refused={state.refused}
        lowConfidence={state.lowConfidence}
      />,
      status,
    );
  };

  /** A query parameter naming a candidate, or undefined. */
  const candidateParam = (v: unknown): string | undefined => (typeof v === 'string' && /^[\w-]{1,40}$/.test(v) ? v : undefined);
  /** A query parameter or form field naming candidates, separated by spaces or commas. */
  const candidateList = (v: string, name: string): string[] => {
    if (!/^[\w-]{0,40}(?:[ ,][\w-]{1,40}){0,999}$/.test(v))
      throw new DomainError('invalid_input', 'The form is not valid.', [
        { field: name, message: 'must be candidate ids separated by spaces' },
      ]);
    return v.split(/[ ,]/).filter(Boolean);
  };

  /** A batch of decisions named by a query parameter or a form field: its number, else a 400 naming the field. */
  const batchParam = (v: unknown, name: string): number => {
    if (typeof v !== 'string' || !/^\d{1,15}$/.test(v))
      throw new DomainError('invalid_input', 'The form is not valid.', [
        { field: name, message: 'must be the number of a batch of decisions' },
      ]);
    return Number(v);
  };

  router.get('/workspace/documents/:id', async (req, res) => {
    const id = documentId(req);
    const batch = req.query.batch === undefined ? undefined : batchParam(req.query.batch, 'batch');
    await review(res, id, {
      open: candidateParam(req.query.open),
      from: candidateParam(req.query.from),
      lowConfidence: { confirm: req.query.confirm === 'reject-low', batch },
    });
  });

  /**
   * After a decision the editor lands on the next candidate still open (after a candidate's own form: the one after
   * it; after an action on the whole list, `after` null: the first), or at the list's heading when none is left.
   */
  const nextOpen = (r: Review, after: string | null): string => {
    const cands = r.extraction.candidates;
    const from = after === null ? -1 : cands.findIndex((c) => c.id === after);
    const next = [...cands.slice(from + 1), ...cands.slice(0, Math.max(from, 0))].find((c) => !r.decisions.has(c.id));
    return next ? `&open=${next.id}#cand-${next.id}` : '#cands-h';
  };

  /**
   * Decides a candidate (`cid`), or saves the claim by hand (null). `row`: sent by a compact row's button (the review's
   * one form of rows, whose button names the action and the candidate), which decides the candidate as proposed.
   */
  const decide = async (req: Request, res: Response, cid: string | null, row?: { action: string }) => {
    const id = documentId(req);
    const principal = editorOf(res).principal;
    const action = row?.action ?? (field(body(req), 'action', 20) || 'accept');
    if (action === 'reject' && cid !== null) {
      try {
        await workspace.reject(id, cid, principal);
      } catch (e) {
        if (e instanceof DecidedAlready) return decidedAlready(res, id, e, null);
        throw e;
      }
      return redirectAfterWrite(res, `/workspace/documents/${id}?rejected=${cid}${nextOpen(await workspace.review(id, principal), cid)}`);
    }
    if (action !== 'accept' && action !== 'add_source')
      throw new DomainError('invalid_input', 'Unknown action.', [{ field: 'action', message: 'must be accept, add_source or reject' }]);
    // A compact row's Accept sends no fields: the candidate as proposed.
    const claimForm = cid !== null && (row || field(body(req), 'proposed', 3) === 'yes') ? null : readClaimForm(body(req));
    try {
      const conflict = claimForm && countryConflict(body(req));
      // Accept names it with every other field's problem (checkClaimForm); adding a source is refused on it alone.
      if (conflict && action !== 'accept') throw new FormError('The claim cannot be saved: see the fields marked.', [conflict]);
      const { claim, placesAdded } =
        action === 'accept'
          ? await workspace.accept(id, cid, claimForm, principal, conflict ? [conflict] : [])
          : { claim: await workspace.addSource(id, cid, claimForm, principal), placesAdded: [] };
      const r = await workspace.review(id, principal);
      const said = action === 'accept' ? `accepted=${withPlacesAdded(String(claim.id), placesAdded)}` : `source=${claim.id}`;
      redirectAfterWrite(res, `/workspace/documents/${id}?${said}${cid === null ? '#cand-manual' : nextOpen(r, cid)}`);
    } catch (e) {
      if (e instanceof DecidedAlready) return decidedAlready(res, id, e, claimForm);
      if (!(e instanceof FormError)) throw e;
      await review(
        res,
        id,
        {
          candidate: cid ?? 'manual',
          form: { form: claimForm ?? undefined, errors: e.errors, message: e.message, holders: e.holders, focus: row !== undefined },
        },
        422,
      );
    }
  };

  /** A decision sent for a candidate decided meanwhile: what became of it, and what the editor typed (`form`), not saved. */
  const decidedAlready = (res: Response, id: number, e: DecidedAlready, form: ClaimForm | null, title?: string) =>
    sendPage(
      res,
      <DecidedAlreadyPage
        documentId={id}
        candidateId={e.candidateId}
        decided={e.decided}
        message={e.message}
        sent={form ? sentClaimFields(form) : []}
        title={title}
      />,
      409,
    );

  router.post('/workspace/documents/:id/candidates/:cid', async (req, res) => decide(req, res, candidateId(req)));
  router.post('/workspace/documents/:id/claims', async (req, res) => decide(req, res, null));
  router.post(ROWS_PATH, async (req, res) => {
    const row = ROW_BUTTON.exec(field(body(req), 'row', 100));
    if (!row)
      throw new DomainError('invalid_input', 'The form is not valid.', [
        { field: 'row', message: 'must be an action (accept, add_source, reject or reconsider) and a candidate id' },
      ]);
    if (row[1] === 'reconsider') await reconsider(req, res, row[2]);
    else await decide(req, res, row[2], { action: row[1] });
  });

  const reconsider = async (req: Request, res: Response, cid: string) => {
    const id = documentId(req);
    try {
      await workspace.reconsider(id, cid, editorOf(res).principal);
    } catch (e) {
      if (e instanceof DecidedAlready) return decidedAlready(res, id, e, null, 'Nothing to reconsider');
      throw e;
    }
    redirectAfterWrite(res, `/workspace/documents/${id}?reopened=${cid}&open=${cid}#cand-${cid}`);
  };
  // The address each rejected candidate's own Reconsider form posted to before the review's rows became one form: no
  // page links to it now, and a tab that old is told to reload the review rather than have its decision taken blind.
  router.post('/workspace/documents/:id/candidates/:cid/reconsider', (req, res) => {
    const cid = candidateId(req);
    sendPage(
      res,
      <MessagePage
        title="This button is out of date"
        message={`The page this was sent from is older than the review's present form, and ${cid} was not reconsidered. Reconsider it with its Reconsider button on the review.`}
        status={410}
        form={pageOfForm(`${reviewPath(documentId(req))}/candidates/${cid}`)}
      />,
      410,
    );
  });

  /**
   * An action on a list of candidates the page named (field `candidates`): "reject all low-confidence" as confirmed, and
   * its undo. The page that follows says what was done (`query`) and opens at the first candidate left open.
   */
  const onCandidates = (path: string, act: (id: number, ids: string[], principal: Editor['principal']) => Promise<string>) =>
    router.post(path, async (req, res) => {
      const id = documentId(req);
      const principal = editorOf(res).principal;
      const query = await act(id, candidateList(field(body(req), 'candidates', 40_000), 'candidates'), principal);
      redirectAfterWrite(res, `/workspace/documents/${id}?${query}${nextOpen(await workspace.review(id, principal), null)}`);
    });
  onCandidates('/workspace/documents/:id/reject-low', async (id, ids, principal) => {
    const { batch, rejected } = await workspace.rejectLowConfidence(id, ids, principal);
    return `low=${rejected}&batch=${batch}`;
  });
  // Its undo names the batch of rejections it reopens.
  router.post('/workspace/documents/:id/reconsider', async (req, res) => {
    const id = documentId(req);
    const principal = editorOf(res).principal;
    const batch = batchParam(field(body(req), 'batch', 20), 'batch');
    const undone = await workspace.reconsiderBatch(id, batch, principal);
    redirectAfterWrite(res, `/workspace/documents/${id}?undone=${undone}${nextOpen(await workspace.review(id, principal), null)}`);
  });

  router.post('/workspace/documents/:id/propose-again', async (req, res) => {
    const id = documentId(req);
    const principal = editorOf(res).principal;
    const r = await workspace.proposeAgain(id, principal);
    const counts = [r.added, r.updated, r.dropped, r.kept].join('-');
    redirectAfterWrite(res, `/workspace/documents/${id}?proposed=${counts}${nextOpen(await workspace.review(id, principal), null)}`);
  });

  router.post('/workspace/documents/:id/text', async (req, res) => {
    const id = documentId(req);
    try {
      await workspaceDocuments.addText(id, body(req), editorOf(res).principal);
      redirectAfterWrite(res, withOutcome(`/workspace/documents/${id}`, 'text', 'added'));
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      const document = await services.documents.get(id, false);
      sendPage(
        res,
        <AddTextPage
          editor={editorOf(res)}
          document={document}
          text={field(body(req), 'text', 2_000_000)}
          errors={e.errors}
          message={e.message}
        />,
        422,
      );
    }
  });

  router.post('/workspace/documents/:id/accept-high', async (req, res) => {
    const id = documentId(req);
    const principal = editorOf(res).principal;
    const editing = candidateList(field(body(req), 'editing', 40_000), 'editing');
    const pass = await workspace.acceptHighConfidence(id, principal, new Set(editing));
    if (pass.refused.size === 0)
      return redirectAfterWrite(
        res,
        `/workspace/documents/${id}?high=${withPlacesAdded(`${pass.accepted}-${pass.edited}-0`, pass.placesAdded)}${nextOpen(pass.review, null)}`,
      );
    const notice = [
      acceptedHighText({ accepted: pass.accepted, edited: pass.edited, refused: pass.refused.size }),
      placesAddedText(pass.placesAdded),
    ]
      .filter(Boolean)
      .join('. ');
    // The reasons are the forms' own errors: the page is shown with them on the candidates they belong to, as after a
    // refused form, rather than redirected to a page that would have lost them.
    await review(res, id, { forms: pass.refused, notice, refused: [...pass.refused.keys()] }, 422);
  });

  // A claim already in the ledger, corrected or retracted from its page (editClaim.ts): its forms' pages answer GET,
  // and the forms post to the same address.
  const editPage = async (res: Response, claim: Claim, form: EditClaimForm, state: Partial<EditClaimPageProps> = {}, status = 200) => {
    const [actors, vocab, held, choices] = await Promise.all([
      claimantChoices(services, claim),
      vocabularies(),
      services.claims.outgoingRelations(claim.id),
      relationChoices(services, claim),
    ]);
    const { related, incoming } = await relatedOfEdit(services, claim, form, held);
    sendPage(
      res,
      <EditClaimPage
        editor={editorOf(res)}
        claim={claim}
        form={form}
        actors={actors}
        vocab={vocab}
        related={related}
        incoming={incoming}
        held={held}
        choices={choices}
        {...state}
      />,
      status,
    );
  };
  /** The claim to edit or retract: a retracted one is neither (the ledger has no un-retraction), said on a page leading back to it. */
  const liveClaim = async (id: number, res: Response, sent: SentField[] = []): Promise<Claim | null> => {
    const claim = await services.claims.get(id);
    if (claim.status !== 'retracted') return claim;
    await retractedPage(res, claim, sent);
    return null;
  };
  /** A claim retracted (meanwhile): no form changes it; what a form sent for it is shown, read-only, not lost. */
  const retractedPage = async (res: Response, claim: Claim, sent: SentField[] = []) => {
    const message = `Claim ${claim.id} is retracted: a retracted claim is neither edited nor retracted again, and the ledger has no way to undo a retraction.`;
    // Who retracted it, when and why, from its history: the page had said none of it, which the editor needs to see
    // whether it was their own doing a moment ago or someone else's (walk46).
    const { revisions } = await services.claims.historyMarkingDamage(claim.id);
    const retraction = [...revisions].reverse().find((r) => r.action === 'retract');
    sendPage(
      res,
      <MessagePage title="Retracted" message={message} status={409} back={`/claims/${claim.id}`}>
        {retraction && <RetractedBy author={retraction.author} at={retraction.created_at} reason={claim.retraction_reason} />}
        <SentFields fields={sent} intro="Nothing of it was saved: keep what you need, for a new claim or another one." />
      </MessagePage>,
      409,
    );
  };

  router.get('/workspace/claims/:id/edit', async (req, res) => {
    const claim = await liveClaim(pathId(req), res);
    if (claim) await editPage(res, claim, editFormOf(claim, await services.claims.outgoingRelations(claim.id)));
  });
  router.post('/workspace/claims/:id/edit', async (req, res) => {
    const id = pathId(req);
    const form = readEditForm(body(req));
    // A retracted claim is checked first: no form saves it, however its fields are filled in.
    if (!(await liveClaim(id, res, sentEditFields(form)))) return;
    try {
      const { claim, relations } = await saveEdit(services, validator, id, form, editorOf(res).principal);
      // the notice says what became of the relations the claim holds, by counts (an outcome carries no words)
      const changed = relations.removed + relations.added > 0 ? `-${relations.removed}-${relations.added}` : '';
      if (String(claim.version) !== form.version.trim())
        return redirectAfterWrite(res, withOutcome(`/claims/${id}`, 'edited', `${claim.version}${changed}`));
      res.locals.outcome = { text: 'Nothing was saved: the form holds the claim’s values as they are.', focus: true } satisfies Outcome;
      await editPage(res, claim, form);
    } catch (e) {
      // (retracted meanwhile: there is nothing left to edit)
      if (e instanceof StaleForm && e.current.status === 'retracted') return retractedPage(res, e.current, sentEditFields(form));
      if (e instanceof StaleForm) return editPage(res, e.current, form, { stale: { message: e.message } }, 409);
      if (!(e instanceof FormError)) throw e;
      await editPage(res, await services.claims.get(id), form, { errors: e.errors, message: e.message }, 422);
    }
  });

  router.get('/workspace/claims/:id/retract', async (req, res) => {
    const claim = await liveClaim(pathId(req), res);
    if (claim) sendPage(res, <RetractClaimPage editor={editorOf(res)} claim={claim} reason="" version={String(claim.version)} />);
  });
  router.post('/workspace/claims/:id/retract', async (req, res) => {
    const id = pathId(req);
    const form = readRetractForm(body(req));
    // Whether the claim is retracted already is asked by the retraction's transaction, not before it: the same form
    // sent again after its answer was lost is answered from what that transaction did (savedOnce.ts), where a check
    // before it had found the claim retracted and answered 409.
    try {
      await saveRetraction(services, validator, id, form, editorOf(res).principal);
      redirectAfterWrite(res, withOutcome(`/claims/${id}`, 'retracted'));
    } catch (e) {
      const page = (claim: Claim, state: Partial<Parameters<typeof RetractClaimPage>[0]>, status: number) =>
        sendPage(res, <RetractClaimPage editor={editorOf(res)} claim={claim} {...form} {...state} />, status);
      const sent: SentField[] = form.reason.trim() === '' ? [] : [[RETRACT_FIELD_LABELS.reason, form.reason]];
      if (e instanceof StaleForm && e.current.status === 'retracted') return retractedPage(res, e.current, sent);
      if (e instanceof StaleForm) return page(e.current, { stale: { message: e.message } }, 409);
      if (!(e instanceof DomainError)) throw e;
      // A retracted claim is said so first: no form retracts it again, however its fields are filled in.
      const claim = await liveClaim(id, res, sent);
      if (!claim) return;
      if (!(e instanceof FormError)) throw e;
      page(claim, { errors: e.errors, message: e.message }, 422);
    }
  });

  /**
   * A form carried through signing in (carriedForm.ts), shown again as it was sent, with what the editor typed and a
   * note that it was not saved: it is saved only when sent again, with the new session's token and a new one-time id.
   * A form of buttons only (a row's Accept, "accept all high-confidence") is its review, saying the action was not done.
   */
  const resume = async (res: Response, { action, fields }: CarriedForm): Promise<void> => {
    const placeForm = Object.hasOwn(placeForms, action) ? placeForms[action] : undefined;
    if (placeForm) return placesPage(res, placeForm.state, { values: fields, errors: [], message: NOT_YET_SAVED });
    const m = /^\/workspace\/(documents|claims)\/(\d+)(?:\/([\w-]+)(?:\/([\w-]+))?)?$/.exec(action);
    if (!m) return home(res, fields, new FormError(NOT_YET_SAVED), 200);
    const id = Number(m[2]);
    if (m[1] === 'claims') {
      const claim = await liveClaim(id, res);
      if (!claim) return;
      if (m[3] === 'edit') return editPage(res, claim, readEditForm(fields), { message: NOT_YET_SAVED });
      return sendPage(res, <RetractClaimPage editor={editorOf(res)} claim={claim} {...readRetractForm(fields)} message={NOT_YET_SAVED} />);
    }
    if (m[3] === 'text') {
      const document = await services.documents.get(id, false);
      return sendPage(
        res,
        <AddTextPage
          editor={editorOf(res)}
          document={document}
          text={field(fields, 'text', 2_000_000)}
          errors={[]}
          message={NOT_YET_SAVED}
        />,
      );
    }
    const state = { form: readClaimForm(fields), errors: [], message: NOT_YET_SAVED, focus: true };
    if (m[3] === 'claims') return review(res, id, { candidate: 'manual', form: state });
    if (m[3] === 'candidates' && m[4]) return review(res, id, { candidate: m[4], form: state, open: m[4] });
    const row = ROW_BUTTON.exec(fields.row ?? '');
    return review(res, id, { notice: `Not done: your session had ended when you sent it. Do it again.`, open: row?.[2] });
  };

  // A form's address asked for by GET: the address bar shows it after a refused form's page (422), so a reload from
  // there, a bookmark or a link opened again asks for it. The form's page answers (a candidate's, open in full),
  // where before a page said only "Method not allowed".
  router.get(
    [
      '/workspace/documents',
      '/workspace/documents/:id/candidates/:cid',
      '/workspace/documents/:id/candidates/:cid/reconsider',
      '/workspace/documents/:id/claims',
      ROWS_PATH,
      '/workspace/documents/:id/reject-low',
      '/workspace/documents/:id/reconsider',
      '/workspace/documents/:id/propose-again',
      '/workspace/documents/:id/text',
      '/workspace/documents/:id/accept-high',
    ],
    (req, res) => {
      if (req.params.id !== undefined) documentId(req);
      if (req.params.cid !== undefined) candidateId(req);
      res.redirect(303, pageOfForm(req.path));
    },
  );

  router.use(['/sign-in', '/sign-out', '/workspace'], workspaceErrorPage);

  return router;
}
