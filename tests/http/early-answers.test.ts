// Second pass: left out, how Node closes a connection whose request was refused from its head, before its body came;
// nothing reaches SQL (tests/support/databaseSuites.ts).
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';
import { rawConnection } from '../support/rawHttp';

/*
 * A request answered before its body came (refused from its head) is closed after its answer. Node's close destroyed
 * the socket as soon as the answer was written, the client's body still arriving: the kernel reset the connection,
 * and a reset reaching the client before it read the answer discarded it (about 1 in 20 clients sending a 50 MB body
 * at full speed got no 413, only EPIPE). An answer given before the body without a close (a 401 for a missing key)
 * left Node reading and dropping the whole body, however large.
 */
jest.setTimeout(180_000);

let t: TestApp;
let served: Listening;
beforeAll(async () => {
  t = await createTestApp();
  served = await listen(t.app);
});
afterAll(async () => {
  await served.close();
  await t.drop();
});

const DECLARED = 50_000_000;

/** Sends a POST declaring DECLARED bytes and writes them as fast as the connection takes them; what came back, and how much was taken. */
function sendFast(authorization: string | undefined): Promise<{ answer: string; taken: number }> {
  const connection = rawConnection(served.base, 20_000);
  const { socket } = connection;
  let taken = 0;
  const chunk = Buffer.alloc(65_536, 0x61);
  const pump = () => {
    while (!socket.destroyed && socket.writable && taken < DECLARED) {
      taken += chunk.length;
      if (!socket.write(chunk)) return void socket.once('drain', pump);
    }
  };
  void connection.opened.then(() => {
    connection.write(
      `POST /v1/actors HTTP/1.1\r\nHost: x\r\n${authorization ? `Authorization: ${authorization}\r\n` : ''}` +
        `Content-Type: application/json\r\nContent-Length: ${DECLARED}\r\n\r\n`,
    );
    pump();
  });
  return connection.closed.then((answer) => ({ answer, taken }));
}

test('a body refused from its head while it pours in: the client reads the whole answer every time, and the body is not read whole', async () => {
  const before = await tableChecksums(t.db);
  const lost: string[] = [];
  for (let i = 0; i < 12; i++) {
    for (const [authorization, status] of [
      [t.as.editor.Authorization, 413],
      [undefined, 401],
    ] as const) {
      const { answer, taken } = await sendFast(authorization);
      const [head, body] = answer.split('\r\n\r\n');
      if (!new RegExp(`^HTTP/1\\.1 ${status} `).test(head) || !/\}$/.test(body ?? ''))
        lost.push(`${status}: ${JSON.stringify(answer.slice(0, 40))}`);
      else {
        expect(head).toContain('Connection: close');
        expect(JSON.parse(body)).toMatchObject({ status });
      }
      // the connection was closed long before the client could send all it declared
      expect(taken).toBeLessThan(DECLARED);
    }
  }
  expect(lost).toEqual([]);
  expect(await tableChecksums(t.db)).toEqual(before);
});
