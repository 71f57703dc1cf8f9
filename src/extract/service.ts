import type { Candidate } from './candidate';

/** What an extraction reads: pasted text, or a stored document's committed text. */
export type ExtractInput = { text: string } | { document_id: number };

export interface Extraction {
  /** The document read, when the input named one. */
  document_id: number | null;
  /** The text that was read: every offset of every candidate points into it. */
  text: string;
  candidates: Candidate[];
}

/**
 * Reads a text and proposes candidate claims (issue 11). Placeholder until the extractor lands: the interface is
 * the contract the API and the editors' workspace are built on.
 */
export class ExtractService {
  async extract(input: ExtractInput): Promise<Extraction> {
    if ('text' in input) return { document_id: null, text: input.text, candidates: [] };
    throw new Error('extract by document_id is not implemented yet');
  }
}
