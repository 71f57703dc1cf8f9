import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { pageLink, type Params, withParams } from './components/links';
import { PageAddressContext, PagePathContext, ReturnAddressContext, SignedInContext } from './render';
import { safeNext } from './workspace/session';
import { Stored } from './components/storedText';
import { Instant } from './components/instant';
import { OutcomeNotice } from './components/outcomeNotice';
import { fragmentTarget } from './components/fragmentTarget';

/** The machine-readable twins of a page: every page links to its JSON, its CSV where it has a table, its citation. */
export interface PageLinks {
  json?: string;
  csv?: string;
  /** What the CSV holds when it is not every claim the page lists with its sources (a comparison's is its own table). */
  csvHolds?: string;
  /** The same rows as CSV, one JSON object a line. */
  ndjson?: string;
  /** The same rows as CSV, as an Excel workbook. */
  xlsx?: string;
  /** The revision history of every claim the page lists, as CSV (the export's `include=revisions`). */
  revisions?: string;
  /** One claim's history (revisions and supersession chain) as the API answers it. */
  history?: string;
  citation?: string;
  /** The whole ledger as a Frictionless data package, where a researcher looks for exports. */
  datapackage?: string;
  /** The page's filters match no claim: its claims' files are said to be empty instead of linked (claimExports). */
  noClaimsToExport?: boolean;
}

/**
 * Each twin's name and what it holds, said beside its link: a researcher choosing a download must know which one is a
 * page of the API's answer and which is every claim the page filters, with every source and its quote.
 */
const TWINS: readonly [Exclude<keyof PageLinks, 'csvHolds' | 'noClaimsToExport'>, string, string][] = [
  ['json', 'JSON', '(the API’s answer for this page)'],
  ['csv', 'CSV', '(every claim this page lists, all pages: one row per claim and source, with the quote and provenance)'],
  ['ndjson', 'NDJSON', '(the same rows as the CSV, one JSON object a line)'],
  ['xlsx', 'Excel (XLSX)', '(the same rows as the CSV)'],
  ['revisions', 'Their histories (CSV)', '(every revision of every claim this page lists, all pages: who, when, what changed and why)'],
  ['history', 'Its history (JSON)', '(every revision of this claim: who, when, what changed and why; its supersession chain)'],
  ['citation', 'Citation', '(plain text)'],
  [
    'datapackage',
    'The whole ledger as a data package (ZIP)',
    '(every claim, source, relation, actor, document, revision and vocabulary as CSV tables, with their schemas)',
  ],
];

/**
 * The claims' export links of a page that lists claims (the search, a country, an actor, a document), with the page's
 * filters (`filters`: the export's parameters, `as_recorded` included): the same claims in every format, and their
 * histories, so that a researcher downloads what the page shows. `matchesAny`: whether any claim (superseded and
 * retracted ones too, as the export holds them) matches the filters; when none does, the page says its files would be
 * empty instead of linking them (walk47: a CSV of its header only and an NDJSON of 0 bytes, with no word on the page).
 */
export function claimExports(
  filters: Params,
  matchesAny: boolean,
): Pick<PageLinks, 'csv' | 'ndjson' | 'xlsx' | 'revisions' | 'noClaimsToExport'> {
  if (!matchesAny) return { noClaimsToExport: true };
  const exportOf = (params: Params) => withParams('/v1/export/claims', { ...params, ...filters });
  return {
    // (a CSV link is clicked to open the file in a spreadsheet: with a byte-order mark, src/export/bom.ts)
    csv: exportOf({ format: 'csv', bom: '1' }),
    ndjson: exportOf({ format: 'ndjson' }),
    xlsx: exportOf({ format: 'xlsx' }),
    revisions: exportOf({ format: 'csv', include: 'revisions', bom: '1' }),
  };
}

/** What the footer says in place of the claims' files of a page no claim matches. */
export const NO_CLAIMS_TO_EXPORT =
  'No CSV, NDJSON or Excel file of claims, nor of their histories: no claim matches this page, so each would be empty.';

export interface LayoutProps {
  title: string;
  /** The `as_recorded` instant the page shows, when it is not the present. */
  asRecorded?: string;
  links?: PageLinks;
  /**
   * The page shows the outcome notice itself, where its reader's next step is (the review, with its Undo). (An error
   * page shows none its address brought: sendPage.)
   */
  ownOutcome?: boolean;
  children: ComponentChildren;
}

/**
 * How a navigation link to `section` marks itself on the page at `path`: `page` on the section's own page, `true` on a
 * page within it (a review within the workspace), nothing elsewhere. A screen reader says "current page"; the style
 * shows it in bold with a thick underline, not by colour alone.
 */
export function currentIn(section: string, path: string): 'page' | 'true' | undefined {
  if (path === section) return 'page';
  if (section !== '/' && path.startsWith(`${section}/`)) return 'true';
  return undefined;
}

/** A link of the site's navigation, marked when it leads to the page shown or to the section holding it. */
function NavLink({ section, href, children }: { section: string; href: string; children: ComponentChildren }) {
  return (
    <a href={href} aria-current={currentIn(section, useContext(PagePathContext))}>
      {children}
    </a>
  );
}

/** Whether an editor is signed in, shown on every page: who, and the way out; or the way in. */
function SessionState() {
  const editor = useContext(SignedInContext);
  const here = useContext(ReturnAddressContext);
  // back to this page once signed in (safeNext: the page, never its outcome); the workspace is where it goes without
  const next = here === undefined ? '/workspace' : safeNext(here);
  if (!editor)
    return (
      <p class="session">
        <NavLink section="/sign-in" href={next === '/workspace' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`}>
          Sign in<span class="visually-hidden"> to the editors' workspace</span>
        </NavLink>
      </p>
    );
  return (
    <div class="session">
      <p>
        Signed in as{' '}
        <strong>
          <Stored text={editor.name} />
        </strong>
        {` (${editor.role})`}
      </p>
      <form method="post" action="/sign-out">
        <input type="hidden" name="csrf" value={editor.csrfToken} />
        <button type="submit">Sign out</button>
      </form>
    </div>
  );
}

/** The frame of every page: skip link, navigation, the main content (under the as-recorded banner), and the page's twins. */
export function Layout({ title, asRecorded, links, ownOutcome, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Claims ledger`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/assets/style.css" />
        <script src="/assets/app.js" defer />
      </head>
      <body data-address={useContext(PageAddressContext)}>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <div class="site-bar">
            <nav aria-label="Site">
              <a href={pageLink('/', asRecorded)} class="brand">
                Claims ledger
              </a>
              <NavLink section="/" href={pageLink('/', asRecorded)}>
                Search
              </NavLink>
              <NavLink section="/compare/countries" href={pageLink('/compare/countries', asRecorded)}>
                Countries
              </NavLink>
              <a href="/docs">API</a>
              <NavLink section="/workspace" href="/workspace">
                Workspace
              </NavLink>
            </nav>
            <SessionState />
          </div>
        </header>
        <main {...fragmentTarget('main')}>
          {/* In the main landmark, first: "Skip to content" lands on it, and axe found it outside every landmark. */}
          {asRecorded && (
            <p class="as-recorded" role="note">
              As recorded at <Instant at={asRecorded} />: the ledger as it stood then, later edits undone.
            </p>
          )}
          {!ownOutcome && <OutcomeNotice />}
          {children}
        </main>
        {/* Empty when served: the script writes a page's outcome notice here once loaded, for screen readers to announce
            it (a live region's content present at load is not announced, and the notice is there at load). */}
        <div id="announcer" class="visually-hidden" role="status" />
        {links && Object.values(links).some(Boolean) && (
          <footer class="twins">
            <h2 class="visually-hidden">This page as data</h2>
            <ul>
              {TWINS.filter(([key]) => links[key]).map(([key, name, holds]) => (
                <li>
                  <a href={links[key]}>{name}</a> <span class="hint">{(key === 'csv' && links.csvHolds) || holds}</span>
                </li>
              ))}
              {links.noClaimsToExport && <li class="no-exports">{NO_CLAIMS_TO_EXPORT}</li>}
            </ul>
          </footer>
        )}
      </body>
    </html>
  );
}
