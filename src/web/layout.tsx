import type { ComponentChildren } from 'preact';
import { pageLink } from './components/links';

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
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <nav aria-label="Site">
            <a href={pageLink('/', asRecorded)} class="brand">Claims ledger</a>
            <a href={pageLink('/', asRecorded)}>Search</a>
            <a href={pageLink('/compare/countries', asRecorded)}>Countries</a>
            <a href="/docs">API</a>
          </nav>
        </header>
        {asRecorded && (
          <p class="as-recorded" role="note">
            As recorded at <time dateTime={asRecorded}>{asRecorded}</time>: the ledger as it stood then, later edits undone.
          </p>
        )}
        <main id="main">{children}</main>
        {links && (links.json || links.csv || links.citation) && (
          <footer class="twins">
            <h2 class="visually-hidden">This page as data</h2>
            <ul>
              {links.json && <li><a href={links.json}>JSON</a></li>}
              {links.csv && <li><a href={links.csv}>CSV</a></li>}
              {links.citation && <li><a href={links.citation}>Citation</a></li>}
            </ul>
          </footer>
        )}
      </body>
    </html>
  );
}
