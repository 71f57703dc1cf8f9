import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { pageLink } from './components/links';
import { SignedInContext } from './render';

/** The machine-readable twins of a page: every page links to its JSON, its CSV where it has a table, its citation. */
export interface PageLinks {
  json?: string;
  csv?: string;
  citation?: string;
}

export interface LayoutProps {
  title: string;
  /** The `as_recorded` instant the page shows, when it is not the present. */
  asRecorded?: string;
  links?: PageLinks;
  children: ComponentChildren;
}

/** Whether an editor is signed in, shown on every page: who, and the way out; or the way in. */
function SessionState() {
  const editor = useContext(SignedInContext);
  if (!editor)
    return (
      <p class="session">
        <a href="/sign-in">
          Sign in<span class="visually-hidden"> to the editors' workspace</span>
        </a>
      </p>
    );
  return (
    <div class="session">
      <p>
        Signed in as <strong>{editor.name}</strong>
        {` (${editor.role})`}
      </p>
      <form method="post" action="/sign-out">
        <input type="hidden" name="csrf" value={editor.csrfToken} />
        <button type="submit">Sign out</button>
      </form>
    </div>
  );
}

/** The frame of every page: skip link, navigation, the as-recorded banner, the main content, and the page's twins. */
export function Layout({ title, asRecorded, links, children }: LayoutProps) {
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
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <div class="site-bar">
            <nav aria-label="Site">
              <a href={pageLink('/', asRecorded)} class="brand">
                Claims ledger
              </a>
              <a href={pageLink('/', asRecorded)}>Search</a>
              <a href={pageLink('/compare/countries', asRecorded)}>Countries</a>
              <a href="/docs">API</a>
              <a href="/workspace">Workspace</a>
            </nav>
            <SessionState />
          </div>
        </header>
        {asRecorded && (
          <p class="as-recorded" role="note">
            As recorded at <time dateTime={asRecorded}>{asRecorded}</time>: the ledger as it stood then, later edits undone.
          </p>
        )}
        <main id="main">{children}</main>
        {/* Empty when served: the script writes a page's outcome notice here once loaded, for screen readers to announce
            it (a live region's content present at load is not announced, and the notice is there at load). */}
        <div id="announcer" class="visually-hidden" role="status" />
        {links && (links.json || links.csv || links.citation) && (
          <footer class="twins">
            <h2 class="visually-hidden">This page as data</h2>
            <ul>
              {links.json && (
                <li>
                  <a href={links.json}>JSON</a>
                </li>
              )}
              {links.csv && (
                <li>
                  <a href={links.csv}>CSV</a>
                </li>
              )}
              {links.citation && (
                <li>
                  <a href={links.citation}>Citation</a>
                </li>
              )}
            </ul>
          </footer>
        )}
      </body>
    </html>
  );
}
