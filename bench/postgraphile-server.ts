/**
 * The peer: PostGraphile 4 (npm `postgraphile`, the ready-made GraphQL API over PostgreSQL) over the same
 * database, with its defaults (its own pg pool of 10, no mutations, no GraphiQL, no query log). The benchmark
 * sends PEER_LIST_QUERY (bench/lib/queries.ts): the claims of one country and metric, first 50 by id, with the same nested data the
 * ledger’s list serves (claimant and roles, sources with documents and publishers, relations both ways).
 * PostGraphile 5 needs Node 22; this project runs on Node 20, so version 4 it is.
 */
import http from 'node:http';
import { postgraphile } from 'postgraphile';

function main(): void {
  const handler = postgraphile(process.env.DATABASE_URL, 'public', {
    disableDefaultMutations: true,
    graphiql: false,
    disableQueryLog: true,
    retryOnInitFail: false,
    setofFunctionsContainNulls: false,
  });
  const server = http.createServer((req, res) => {
    if (req.url === '/health') {
      // Ready once the schema has been introspected.
      handler.getGraphQLSchema().then(
        () => {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end('{"status":"ok"}');
        },
        (err: Error) => {
          res.writeHead(503);
          res.end(err.message);
        },
      );
      return;
    }
    handler(req, res);
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
