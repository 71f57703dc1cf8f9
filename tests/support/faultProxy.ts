import net from 'node:net';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { createDb, type Db } from '../../src/db/knex';

/**
 * A TCP proxy in front of PostgreSQL that can be frozen: while frozen it accepts connections and keeps every
 * byte to itself, as a PostgreSQL whose processes are all stopped (SIGSTOP) does: the kernel still accepts,
 * nothing answers. Thawed, the held bytes flow again. Loopback only.
 */
export interface FaultProxy {
  port: number;
  freeze(): void;
  thaw(): void;
  /**
   * Every connection open now loses every byte from now on, in both directions, and is never closed: a path to the
   * database that vanished (a firewall's state dropped, an address failed over), where TCP would retransmit for ~15
   * minutes first. Connections opened later are forwarded as usual.
   */
  blackHole(): void;
  /**
   * The next message from the ledger that holds `pattern` (a COMMIT) reaches the database, which is then told the
   * connection ended; its reply never reaches the ledger, whose connection is closed: a COMMIT whose answer was lost
   * with the connection. Resolves once the database has done what the message asked and closed that connection. Other
   * connections, and later ones, are forwarded as usual.
   */
  cutAfter(pattern: string): Promise<void>;
  /**
   * PostgreSQL stopped: every connection open now is closed, and new ones are refused (nothing listens on the port)
   * until start() listens on it again, as a database restarted in place.
   */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function faultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let frozen = false;
  const held: { to: net.Socket; chunk: Buffer }[] = [];
  const sockets = new Set<net.Socket>();
  const lost = new WeakSet<net.Socket>();
  let cut: { pattern: string; done: () => void } | undefined;
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk: Buffer) => {
      if (lost.has(from)) return;
      if (frozen) held.push({ to, chunk });
      else to.write(chunk);
    });
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    forward(client, upstream);
    forward(upstream, client);
    let draining = false;
    client.on('data', (chunk: Buffer) => {
      if (!cut || !chunk.includes(cut.pattern)) return;
      const { done } = cut;
      cut = undefined;
      draining = true;
      lost.add(upstream);
      // Resolved once the database closed its side: it reads in order, so it had done what the message asked (the
      // COMMIT) before it read the end. Resolved at once, a test's next query raced the COMMIT (CI's PostgreSQL 15
      // pass: the decisions an accept-all cut after its COMMIT had saved were not there yet).
      upstream.once('close', () => done());
      upstream.end(); // after the message forward() wrote: the database reads it, then the end
      client.destroy();
    });
    const end = () => {
      sockets.delete(client);
      sockets.delete(upstream);
      client.destroy();
      if (!draining) upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    freeze: () => {
      frozen = true;
    },
    blackHole: () => {
      for (const s of sockets) lost.add(s);
    },
    cutAfter: (pattern) =>
      new Promise<void>((resolve) => {
        cut = { pattern, done: resolve };
      }),
    thaw: () => {
      frozen = false;
      for (const { to, chunk } of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    stop: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const s of sockets) s.destroy();
      await closed;
    },
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A pool of the ledger's that reaches the database at `url` through a fault proxy (its warnings and errors not logged:
 * the test makes them), with the proxy to stop, freeze or cut.
 */
export async function poolThroughProxy(url: string): Promise<{ proxy: FaultProxy; db: Db }> {
  const target = new URL(url);
  const proxy = await faultProxy({ host: target.hostname, port: Number(target.port) });
  const viaProxy = new URL(url);
  viaProxy.port = String(proxy.port);
  const config = loadConfig({ NODE_ENV: 'test' });
  const db = createDb(viaProxy.toString(), { ...config.database, log: { warn: () => undefined, error: () => undefined } });
  return { proxy, db };
}

/**
 * Terminates every connection of the ledger's pool to the database at `url` (the FATAL 57P01 a shutdown sends); how
 * many it ended. It asks from a connection of its own: asked through the pool, it would spare the one connection it
 * asks on, which may be the pool's only one. Only the ledger's role's connections: an autovacuum worker may be at work
 * in the database too, and PostgreSQL 15 and later let no role but a superuser end it ("must be a superuser to
 * terminate superuser process", met in CI's run as a role without superuser rights).
 */
export async function terminateLedgerBackends(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid()`,
    );
    return rows.filter((row) => row.ended).length;
  } finally {
    await client.end();
  }
}
