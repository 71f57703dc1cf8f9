import express, { Router } from 'express';
import { ClaimFilter, filterResolvers, parseClaimFilter } from '../claims/parseClaimFilter';
import { damagedRecordNamed, DomainError } from '../errors';
import { SearchErrorPage } from './pages/searchForm';
import type { Claim } from '../claims/model';
import { CITATION_FORMATS } from '../cite/format';
import { locateQuote } from '../claims/quotes';
import type { DocumentView } from '../documents/store';
import type { Auth } from '../http/auth';
import type { DamagedDataLog } from '../http/problem';
import { methodNotAllowed } from '../http/methods';
import { pathId } from '../http/params';
import type { Config } from '../config';
import type { LimiterFactory } from '../http/rateLimit';
import type { Validator } from '../validate';
import type { IdempotencyStore } from '../idempotency/store';
import type { Services } from '../services';
import { WEB_ASSETS } from './assets';
import { type QuotedSpan, wordsOf } from './components/highlight';
import { withParams } from './components/links';
import { htmlMethodNotAllowed, htmlNotFound, markPageErrors } from './errors';
import { loadLabels } from './labels';
import { ActorPage } from './pages/actor';
import { ClaimPage } from './pages/claim';
import { DocumentPage } from './pages/document';
import { HomePage, SEARCH_FACETS } from './pages/home';
import { givenQuery, parseAsRecorded, parseClaimsOf, redirectWithoutEmptyParameters } from './params';
import { createWorldMap, WorldMap } from './charts/worldMap';
import { chartDeps } from './pages/compareCommon';
import { countriesPage } from './pages/compareCountries';
import { sourcesPage } from './pages/compareSources';
import { timelinePage } from './pages/compareTimeline';
import { countryPage } from './pages/country';
import { sendPage } from './render';
import { workspaceRouter } from './workspace/router';
import { readOutcome } from './outcome';
import { createSessions } from './workspace/session';
import { encodeCursor, MAX_LIMIT } from '../query';

/**
 * How long the search may spend counting facets. Counts cover every match, so an unfiltered search of a
 * million claims takes seconds; past this the page is served without them and says so.
 */
const FACET_BUDGET_MS = 1000;

export interface WebRouterOptions {
  services: Services;
  auth: Auth;
  validator: Validator;
  config: Config;
  limiter: LimiterFactory;
  /** Where the workspace keeps its one-time form ids (src/web/workspace/onceForms.ts). */
  formIds: IdempotencyStore;
  /** Tells of a form's answer that could not be stored under its Idempotency-Key, as the API's. */
  onStoreError: (err: unknown, requestId: string) => void;
  /** Logs stored data a page serves around (a claim's damaged past revision), as the API logs what it refuses. */
  logDamaged: DamagedDataLog;
}

/** The words a search may have matched in a claim: its figure's words, quotes, notes and context. */
function searchedWords(claims: Claim[]): string[] {
  return claims.flatMap((c) => [
    ...wordsOf(c.value_text),
    ...c.sources.flatMap((s) => wordsOf(s.quote)),
    ...wordsOf(c.notes),
    ...wordsOf(c.context),
  ]);
}

/** Links to the next and the first page of a paged listing at `path`, keeping its other parameters. */
function pagerLinks(path: string, query: Record<string, string>, next: unknown[] | null): { next: string | null; first: string | null } {
  const { cursor, ...rest } = query;
  return { next: next ? withParams(path, { ...rest, cursor: encodeCursor(next) }) : null, first: cursor ? withParams(path, rest) : null };
}

/** Where the claims quote a document's text: the stored offsets when they still hold, else the quote's first occurrence. */
function quotedSpans(documentId: number, text: string, claims: Claim[]): QuotedSpan[] {
  return claims.flatMap((c) =>
    c.sources
      .filter((s) => s.document.id === documentId)
      .flatMap((s) => {
        if (s.start !== null && s.end !== null && text.slice(s.start, s.end) === s.quote)
          return [{ start: s.start, end: s.end, claimId: c.id }];
        const found = locateQuote(text, s.quote);
        return found ? [{ start: found.start, end: found.end, claimId: c.id }] : [];
      }),
  );
}

/** The web interface: HTML pages at `/` that call the services directly (the JSON API stays under /v1). */
export function webRouter({ services, auth, validator, config, limiter, formIds, onStoreError, logDamaged }: WebRouterOptions): Router {
  const router = express.Router();
  const { claims, actors, documents, citations, vocabulary } = services;
  const resolvers = filterResolvers(services);
  router.get('/assets/:name', (req, res, next) => {
    const asset = WEB_ASSETS[req.params.name];
    if (!asset) return next();
    res.type(asset.type).set('Cache-Control', 'public, max-age=300').sendFile(asset.file);
  });
  router.use(redirectWithoutEmptyParameters);
  router.use(readOutcome);
  // Every page's header says who is signed in: the session is looked up for browsers that carry its cookie.
  const sessions = createSessions({ store: services.sessions, auth });
  router.use(sessions.load);

  // Search, claim, actor and document pages.
  router.get('/', auth.read, async (req, res) => {
    const query = givenQuery(req);
    let filter: ClaimFilter;
    try {
      filter = await parseClaimFilter(req.query, resolvers);
    } catch (e) {
      // A search that cannot be run shows the form again as it was sent, each error next to its field.
      if (!(e instanceof DomainError) || !['invalid_input', 'value_not_valid'].includes(e.code) || e.errors.length === 0) throw e;
      return sendPage(
        res,
        <SearchErrorPage query={query} labels={await loadLabels(services)} message={e.message} errors={e.errors} />,
        400,
      );
    }
    const [page, facets, fromCursor, labels] = await Promise.all([
      claims.list({ ...filter, facets: undefined }),
      claims.facetsWithin(filter, [...SEARCH_FACETS], FACET_BUDGET_MS),
      // A further page says where it stands among them: counted within the same budget as the facets.
      filter.after ? claims.countFromCursorWithin(filter, FACET_BUDGET_MS) : null,
      loadLabels(services),
    ]);
    const matched = filter.q ? await claims.matchingWords(filter.q, searchedWords(page.data)) : new Set<string>();
    sendPage(
      res,
      <HomePage
        query={query}
        filter={filter}
        claims={page.data}
        facets={facets}
        fromCursor={fromCursor}
        next={pagerLinks('/', query, page.next).next}
        matched={matched}
        labels={labels}
      />,
    );
  });

  router.get('/claims/:id', auth.read, async (req, res) => {
    const id = pathId(req);
    const asRecorded = await parseAsRecorded(req, resolvers);
    const claim = await claims.get(id, asRecorded);
    const documentIds = [...new Set(claim.sources.map((s) => s.document.id))];
    const [related, history, docs, metric, labels, cited, reviews] = await Promise.all([
      claims.getMany([...new Set(claim.relations.map((r) => r.claim_id))], asRecorded),
      // A damaged past revision is marked in the list; it does not keep the claim as it is from its reader.
      claims.historyMarkingDamage(id, asRecorded),
      Promise.all(documentIds.map((d) => (asRecorded ? documents.getAsRecorded(d, asRecorded) : documents.get(d)).catch(() => undefined))),
      vocabulary.getMetric(claim.metric),
      loadLabels(services),
      citations.citeInFormats(id, CITATION_FORMATS, { style: 'ledger', today: new Date().toISOString().slice(0, 10) }, asRecorded),
      // Its way back to the workspace's reviews, for an editor only (who is signed in is read by sessions.load).
      res.locals.editor && !asRecorded ? services.reviews.reviewsOfClaim(id) : [],
    ]);
    // Logged once for the page, naming the revisions only: where in them (a pointer) may hold a stored field's name.
    const damaged = history.revisions.filter((r) => r.damaged !== undefined).map((r) => `revision ${r.version}`);
    if (damaged.length > 0) logDamaged(req, res, damagedRecordNamed(`claim ${id}`, damaged.join(', ')));
    sendPage(
      res,
      <ClaimPage
        claim={claim}
        asRecorded={asRecorded}
        metric={metric}
        countryName={labels.country(claim.country)}
        groupName={claim.group && labels.group(claim.group)}
        locationNames={claim.location.map(labels.country)}
        labels={labels}
        related={new Map(related.map((c) => [c.id, c]))}
        history={history}
        documents={new Map(docs.filter((d): d is DocumentView => d !== undefined).map((d) => [d.id, d]))}
        citations={cited}
        reviews={reviews}
      />,
    );
  });

  router.get('/actors/:id', auth.read, async (req, res) => {
    const id = pathId(req);
    const filter = await parseClaimsOf(req, resolvers, 'claimant');
    const actor = await actors.get(id, filter.asRecorded);
    const query = givenQuery(req);
    const [page, labels] = await Promise.all([claims.list({ ...filter, claimantIds: [id] }), loadLabels(services)]);
    const pager = pagerLinks(`/actors/${id}`, query, page.next);
    sendPage(
      res,
      <ActorPage
        actor={actor}
        countryName={actor.country ? labels.country(actor.country) : null}
        claims={page.data}
        next={pager.next}
        first={pager.first}
        labels={labels}
        asRecorded={filter.asRecorded}
        query={query}
      />,
    );
  });

  router.get('/documents/:id', auth.read, async (req, res) => {
    const id = pathId(req);
    const filter = await parseClaimsOf(req, resolvers, 'document');
    const document = filter.asRecorded ? await documents.getAsRecorded(id, filter.asRecorded) : await documents.get(id);
    const query = givenQuery(req);
    const [page, quoting, labels] = await Promise.all([
      claims.list({ ...filter, documentId: id }),
      // Every claim quoting the text is marked in it, whatever filters the listing has.
      typeof document.text === 'string' ? claims.list({ documentId: id, asRecorded: filter.asRecorded, limit: MAX_LIMIT }) : undefined,
      loadLabels(services),
    ]);
    const pager = pagerLinks(`/documents/${id}`, query, page.next);
    const spans = typeof document.text === 'string' && quoting ? quotedSpans(id, document.text, quoting.data) : [];
    sendPage(
      res,
      <DocumentPage
        document={document}
        claims={page.data}
        next={pager.next}
        first={pager.first}
        spans={spans}
        spansCut={quoting?.next != null}
        labels={labels}
        asRecorded={filter.asRecorded}
        query={query}
      />,
    );
  });

  // Country, sources, timeline and countries pages (charts).
  const charts = chartDeps(services);
  // The map's outlines are projected on first use, once per process.
  let worldMap: WorldMap | undefined;
  const map = () => (worldMap ??= createWorldMap());
  router.get('/compare/sources', auth.read, async (req, res) => {
    const { status, page } = await sourcesPage(req, charts);
    sendPage(res, page, status);
  });
  router.get('/compare/timeline', auth.read, async (req, res) => {
    const { status, page } = await timelinePage(req, charts);
    sendPage(res, page, status);
  });
  router.get('/compare/countries', auth.read, async (req, res) => {
    const { status, page } = await countriesPage(req, charts, map);
    sendPage(res, page, status);
  });
  // `/countries`, typed for the countries' index (walk49: a 404): the countries side by side is that index, every
  // country with figures on its map and table linking to its page, and the header's Countries; sent on there with the
  // query (the same parameters), 302 so that the address stays free for an index of its own.
  router.get('/countries', auth.read, (req, res) => {
    const query = req.originalUrl.indexOf('?');
    res.redirect(302, `/compare/countries${query < 0 ? '' : req.originalUrl.slice(query)}`);
  });
  router.get('/countries/:country', auth.read, async (req, res) => {
    const { status, page } = await countryPage(req, charts);
    sendPage(res, page, status);
  });

  // Editors' workspace.
  router.use(workspaceRouter({ services, auth, validator, config, limiter, sessions, formIds, onStoreError }));

  // Errors of the pages above are pages (answered by the app's one error handler, src/http/problem.ts, through htmlProblem);
  // unknown paths asked for by browsers get an HTML 404 (API clients, problem+json).
  // Every route of the app (the API's too) is mounted before this point: a path served with other methods is a 405.
  router.use(methodNotAllowed(htmlMethodNotAllowed));
  router.use(htmlNotFound);
  router.use(markPageErrors);
  return router;
}
