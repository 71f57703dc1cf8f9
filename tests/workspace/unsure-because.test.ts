/**
 * extract110: the list "reject all low-confidence" asks the editor to confirm gives, for each candidate, what lowered
 * its confidence first (the extractor's `reasons.confidence`), then the reasons it gave before.
 */
import { extractCandidates } from '../../src/extract/extract';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { unsureBecause } from '../../src/web/workspace/review';

test('what lowered a candidate confidence comes first among the reasons it is unsure', () => {
  const text = 'The Interior Ministry said 212 Belgians had travelled to Syria. Another 40 are still there.';
  const [sure, carried] = extractCandidates(text, fileLexicon()).candidates;
  expect(unsureBecause(sure)).toEqual(["confidence every field read from the figure's own words", 'people: counts nationals']);
  expect(carried.confidence).toBe(0.21);
  expect(unsureBecause(carried)).toEqual([
    'confidence lowered by the country carried from elsewhere in the text; the claimant carried from an earlier sentence',
    'people: no noun after it; its verb\'s "still there" says it counts people',
    'claimant: carried from an earlier sentence ("The Interior Ministry")',
  ]);
});
