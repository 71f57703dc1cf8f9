/**
 * The export's baseline, shared by the benchmark (run.ts) and bench/exportProbe.ts: the same rows as the claims
 * export, written by a bare COPY TO, and a line counter for streamed CSV.
 */

/** Same rows as the export (one per claim × source, provenance columns), straight from PostgreSQL. */
export const EXPORT_COPY_SQL = `
  SELECT c.id, c.key, c.metric, c.country, c.group_slug, c.value, c.value_low, c.value_high, c.approximation, c.value_text,
    c.as_of, c.as_of_precision, c.stated_on, c.stated_precision, c.claimant_id, a.name AS claimant, a.kind AS claimant_kind, c.context,
    c.rank, c.status, c.retraction_reason, c.credibility, c.notes, c.version, c.created_at, c.updated_at,
    s.position, d.id AS document_id, d.title, d.url, p.name AS publisher, d.published_on, d.published_precision, s.quote
  FROM claims c
  JOIN actors a ON a.id = c.claimant_id
  JOIN claim_sources s ON s.claim_id = c.id
  JOIN documents d ON d.id = s.document_id
  LEFT JOIN actors p ON p.id = d.publisher_id
  ORDER BY c.id, s.position`;

/** Counts the lines of a streamed body; returns lines and seconds. */
export function countLines(stream: NodeJS.ReadableStream): Promise<{ lines: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    let lines = 0;
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    stream.on('end', () => resolve({ lines, bytes }));
    stream.on('error', reject);
  });
}
