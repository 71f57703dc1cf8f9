import { CsvRecordsOut } from '../../src/export/copyCsv';

/*
 * The records of a COPY TO as PostgreSQL sends them (one CopyData message per row, messages of other types between
 * them), cut into chunks of every size from one byte up, as the socket may deliver them: CsvRecordsOut gives every
 * record a CRLF end, leaves the line breaks inside quoted fields alone and drops everything that is not a row.
 */
const message = (type: string, content: string | Buffer) => {
  const body = Buffer.from(content);
  const header = Buffer.alloc(5);
  header[0] = type.charCodeAt(0);
  header.writeUInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
};

const RECORDS = [
  'claim_id,quote\n',
  '1,"line one\nline two"\n',
  '2,"a CR\r, a CRLF\r\n and ""quotes"" to end\n"\n',
  '3,\n',
  `4,"${'long '.repeat(40)}Қазақстан"\n`,
  '5,"ends with a quote"""\n',
];

const WIRE = Buffer.concat([
  message('H', Buffer.from([0, 0, 2, 0, 0, 0, 0])), // CopyOutResponse: text, two columns
  ...RECORDS.slice(0, 3).map((r) => message('d', r)),
  message('N', 'SNOTICE\0Mwhile copying\0\0'), // a notice between rows
  message('S', 'application_name\0x\0'), // and a parameter status
  ...RECORDS.slice(3).map((r) => message('d', r)),
]);

const EXPECTED = RECORDS.map((r) => `${r.slice(0, -1)}\r\n`).join('');

function readAll(chunks: Buffer[]): string {
  const stream = new CsvRecordsOut('COPY (SELECT 1) TO STDOUT');
  for (const chunk of chunks) stream._parse(chunk);
  const out: Buffer[] = [];
  for (let read = stream.read() as Buffer | null; read !== null; read = stream.read() as Buffer | null) out.push(read);
  return Buffer.concat(out).toString('utf8');
}

test('records get CRLF ends however the messages are cut into chunks', () => {
  for (let size = 1; size <= WIRE.length; size++) {
    const chunks: Buffer[] = [];
    for (let at = 0; at < WIRE.length; at += size) chunks.push(WIRE.subarray(at, at + size));
    expect({ size, text: readAll(chunks) }).toEqual({ size, text: EXPECTED });
  }
});
