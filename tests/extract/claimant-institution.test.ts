/**
 * A body described with a word that names another institution ("parliament's security committee", "the parliamentary
 * committee") is not the body of that kind named before it (the State Committee for National Security): found on the
 * lead's trial article of 6 Dec night, where a parliamentary committee's figure was given to the security service.
 * Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };
const before = 'According to the State Committee for National Security (GKNB), about 850 Kyrgyz citizens travelled to Syria.';
const gknb = {
  value_text: 'about 850',
  value: 850,
  approximation: 'approximately' as const,
  metric: 'foreign_fighters',
  country: 'KG',
  claimant: 'State Committee for National Security (GKNB)',
  mention: 'the State Committee for National Security (GKNB)',
  cue: 'According to',
  as_of: '2026-12-05',
};

test('a parliamentary committee is not the security committee named before', () => {
  const text = `${before} Some 1,200 returnees are registered, according to the parliamentary security committee.`;
  expect(shapes(text, at)).toEqual([
    expected(gknb),
    expected({
      value_text: 'Some 1,200',
      value: 1200,
      approximation: 'approximately',
      metric: 'returnees',
      country: 'KG',
      claimant: 'parliamentary security committee',
      mention: 'the parliamentary security committee',
      cue: 'according to',
      as_of: '2026-12-05',
    }),
  ]);
});

test('but the committee, with no other institution named, is the one named before', () => {
  const text = `${before} Some 1,200 returnees are registered, according to the committee.`;
  expect(shapes(text, at).map((c) => [c.value_text, c.claimant, c.mention])).toEqual([
    ['about 850', gknb.claimant, gknb.mention],
    ['Some 1,200', gknb.claimant, 'the committee'],
  ]);
});

/**
 * A ministry described by its portfolio ("its justice ministry") is not another ministry named before (the interior
 * ministry), and a possessive pronoun stays in the words as written, not in the name: found on the lead's trial article
 * of 7 Dec late morning, where North Macedonia's justice ministry's figure was given to Kosovo's interior ministry.
 */
describe('a ministry named by its portfolio', () => {
  const interior = 'Kosovo repatriated 23 citizens from Syria, the interior ministry said.';
  const returnees = {
    metric: 'returnees',
    as_of: '2026-12-05',
  };

  test('another portfolio is another ministry, named without its possessive', () => {
    const text = `${interior} Neighbouring North Macedonia has repatriated around 30 people, its justice ministry said.`;
    expect(shapes(text, at)).toEqual([
      expected({
        ...returnees,
        value_text: '23',
        value: 23,
        country: 'XK',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'said',
      }),
      expected({
        ...returnees,
        value_text: 'around 30',
        value: 30,
        approximation: 'approximately',
        country: 'MK',
        claimant: 'justice ministry',
        mention: 'its justice ministry',
        cue: 'said',
      }),
    ]);
  });

  test('the same portfolio is the ministry named before', () => {
    const text = `${interior} Some 140 people have come back in all, according to the country's interior ministry. The ministry said 12 were charged.`;
    expect(shapes(text, at).map((c) => [c.value_text, c.claimant])).toEqual([
      ['23', 'interior ministry'],
      ['Some 140', 'interior ministry'],
      ['12', 'interior ministry'],
    ]);
  });
});
