import type { Candidate } from '../../src/extract/candidate';
import { mergeProposals } from '../../src/web/workspace/repropose';
import { candidateIn } from './support';

const TEXT = 'Over 300 left. Around 150 were women. Some 40 came back. Dozens more died.';

function cand(id: string, words: string, fields: Partial<Candidate> = {}): Candidate {
  return candidateIn(TEXT, words, { id, quote: { exact: TEXT, start: 0, end: TEXT.length, prefix: '', suffix: '' }, ...fields });
}

describe('mergeProposals: a new run of the extractor into the list under review', () => {
  const previous = [
    cand('c1', 'Over 300', { value: 300 }),
    cand('c2', 'Around 150', { value: 100 }),
    cand('c3', 'Some 40'),
    cand('c4', 'Dozens'),
  ];

  test('decided candidates stay as decided; a new proposal of their figure is not offered again', () => {
    const fresh = [cand('c1', 'Over 300', { value: 301, approximation: 'more_than' }), cand('c2', 'Around 150', { value: 150 })];
    const merged = mergeProposals(previous, new Set(['c1']), fresh, ['c1']);
    expect(merged.candidates.find((c) => c.id === 'c1')).toEqual(previous[0]);
    expect(merged.candidates.filter((c) => c.start === previous[0].start)).toHaveLength(1);
    expect(merged).toMatchObject({ kept: 1, updated: 1, added: 0, dropped: 2 });
  });

  test('an open candidate proposed again keeps its id and takes the new reading, matched by its span or an overlapping one', () => {
    const fresh = [cand('c1', '300', { value: 300 }), cand('c2', 'Around 150', { value: 150, approximation: 'approximately' })];
    const merged = mergeProposals(previous, new Set(), fresh);
    expect(merged.candidates.map((c) => [c.id, c.value_text, c.value])).toEqual([
      ['c1', '300', 300],
      ['c2', 'Around 150', 150],
    ]);
    expect(merged).toMatchObject({ kept: 0, updated: 2, added: 0, dropped: 2 });
  });

  test('a new figure gets an id never used before, not even by a candidate dropped earlier that a decision still names', () => {
    const fresh = [cand('x1', 'Some 40', { value: 40 }), cand('x2', 'Dozens')];
    const merged = mergeProposals([previous[0]], new Set(), fresh, ['c7', 'm12']);
    expect(merged.candidates.map((c) => c.id)).toEqual(['c8', 'c9']);
    expect(merged).toMatchObject({ added: 2, dropped: 1 });
  });

  test('relations follow the ids the candidates end up with; one to a decided figure targets its decided candidate', () => {
    const fresh = [
      cand('c1', 'Over 300', { value: 300 }),
      cand('c2', 'Around 150', { value: 150, relations: [{ type: 'part_of', target: 'c1' }] }),
      cand('c3', 'Some 40', { relations: [{ type: 'part_of', target: 'c9' }] }),
      cand('c4', 'Dozens', { relations: [{ type: 'part_of', target: 'c3' }] }),
    ];
    const merged = mergeProposals([cand('c5', 'Over 300'), cand('c6', 'Some 40')], new Set(['c5']), fresh, ['c5']);
    const byText = new Map(merged.candidates.map((c) => [c.value_text, c]));
    expect(byText.get('Over 300')!.id).toBe('c5');
    expect(byText.get('Around 150')!.relations).toEqual([{ type: 'part_of', target: 'c5' }]);
    expect(byText.get('Some 40')!.id).toBe('c6');
    expect(byText.get('Some 40')!.relations).toEqual([]);
    expect(byText.get('Dozens')!.relations).toEqual([{ type: 'part_of', target: 'c6' }]);
    expect(merged.candidates.map((c) => c.start)).toEqual([...merged.candidates.map((c) => c.start)].sort((a, b) => a - b));
  });
});
