import net from 'node:net';
import { createLedgerServer } from '../../src/http/server';

/*
 * The server's own listeners on a connection do not grow with the requests sent on it: endBodyWithConnection listens to a
 * connection only for a request answered with its body unread. One listener per request, kept until it was answered,
 * made 500 pipelined requests hold 501 and any client could set off Node's "possible memory leak" warning.
 */

test('500 requests pipelined on one connection add no listener each to it', async () => {
  let socket: net.Socket | undefined;
  let most = 0;
  const server = createLedgerServer(
    (req, res) => {
      socket = req.socket;
      most = Math.max(most, req.socket.listenerCount('close'));
      res.end('ok');
    },
    { headersTimeoutMs: 10_000 },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const client = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => client.once('connect', resolve));
  client.write('GET / HTTP/1.1\r\nHost: ledger\r\n\r\n'.repeat(500));
  let answered = 0;
  await new Promise<void>((resolve) =>
    client.on('data', (chunk: Buffer) => {
      answered += (chunk.toString('latin1').match(/HTTP\/1\.1 200/g) ?? []).length;
      if (answered >= 500) resolve();
    }),
  );
  const after = socket!.listenerCount('close');
  client.destroy();
  await new Promise((resolve) => server.close(resolve));
  expect(answered).toBe(500);
  expect(most).toBeLessThan(5);
  expect(after).toBeLessThan(5);
});

test('a request answered with its body unread is still ended when its connection closes', async () => {
  let ended: Promise<string> | undefined;
  const server = createLedgerServer(
    (req, res) => {
      ended = new Promise((resolve) => {
        req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
        req.on('end', () => resolve('end'));
      });
      req.once('data', () => res.writeHead(400).end('refused')); // answered after a first chunk, the rest never read
    },
    { headersTimeoutMs: 10_000 },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const client = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => client.once('connect', resolve));
  client.on('error', () => undefined);
  client.write('POST / HTTP/1.1\r\nHost: ledger\r\nContent-Length: 100000\r\n\r\n' + 'x'.repeat(1000));
  await new Promise((resolve) => client.once('data', resolve));
  client.destroy();
  expect(await ended).toBe('ECONNRESET');
  await new Promise((resolve) => server.close(resolve));
});
