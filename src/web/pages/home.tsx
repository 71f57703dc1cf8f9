import { Layout } from '../layout';

/** The home page: search with facets (issue 10, page 1). */
export function HomePage() {
  return (
    <Layout title="Search" links={{ json: '/v1/claims', csv: '/v1/export/claims?format=csv' }}>
      <h1>Claims ledger</h1>
      <p>Sourced numeric claims about extremism: who said how many, when, in which words, reported where.</p>
    </Layout>
  );
}
