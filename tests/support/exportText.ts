import type { Duplex } from 'node:stream';
import type { ExportStreams } from '../../src/export/service';

/** The text of an export's streams (ExportService's, or a Readable alone), read to their end. */
export async function exportText(...[source, ...transforms]: ExportStreams): Promise<string> {
  const chunks: Buffer[] = [];
  const last = transforms.reduce<NodeJS.ReadableStream>((from, to: Duplex) => from.pipe(to), source);
  for await (const chunk of last) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
