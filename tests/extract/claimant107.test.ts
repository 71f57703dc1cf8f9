/**
 * Claimants (extract107): a document's own labels ("Response:") are no speakers, an estimate owned by a pronoun later in
 * its sentence, a person's guess, an accusation or a description that carries a figure, and "the estimates of" a plural
 * body with a possessor. Sentences written for these tests, in the shapes of a government's response to a committee, a
 * researcher's blog, a court report and a think tank's brief.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };

describe('a document part named as a label is no speaker', () => {
  test('the response lines of a government reply carry no claimant named Response', () => {
    expect(
      shapes(
        'Recommendation 4: That the Government report each year on the camps.\n\n' +
          'Response: Accepted. The Government is aware of six citizens held in the camps.\n\n' +
          'Recommendation 6: That funding be secured.\n\n' +
          'Response: Noted. Corrections currently manages three people convicted of terrorism offences.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'six',
        value: 6,
        metric: 'in_camps',
        claimant: 'Government',
        mention: 'The Government',
        cue: 'is aware of',
        as_of: '2026-12-07',
      }),
      expected({ value_text: 'three', value: 3, metric: 'convicted', group: 'terrorism-all', as_of: '2026-12-07' }),
    ]);
  });
});

describe('an estimate owned by a pronoun after a clause of its sentence', () => {
  test('its latest estimate after a comma and "and" is the body the sentence named', () => {
    expect(
      shapes(
        'The Police Security Service has published no figure above 60, and its latest estimate is that 45 people left Norway for Syria.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '45',
        value: 45,
        metric: 'foreign_fighters',
        country: 'NO',
        claimant: 'Police Security Service',
        mention: 'its',
        cue: 'estimate',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('a possessor before a guess is the guess its own', () => {
  test('the researcher whose best guess it is, named in full before', () => {
    expect(shapes('Anna Berg has followed the cases for a decade. Berg’s best guess is that 120 women remain in the camps.', at)).toEqual([
      expected({
        value_text: '120',
        value: 120,
        metric: 'in_camps',
        claimant: 'Anna Berg',
        mention: 'Berg’s best guess',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('an accusation and a description carry their figures', () => {
  test('prosecutors who accused a cell of attacks hold the toll of the attacks', () => {
    expect(shapes('Prosecutors accused the cell of carrying out nine attacks on police posts, which killed 31 officers.', at)).toEqual([
      expected({
        value_text: '31',
        value: 31,
        metric: 'victims_killed',
        claimant: 'Prosecutors',
        mention: 'Prosecutors',
        cue: 'accused',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('a ministry that described a network as having more than 80 members', () => {
    expect(shapes('In 2024 the Interior Ministry had described the network as having "more than 80 members".', at)).toEqual([
      expected({
        value_text: 'more than 80',
        value: 80,
        value_low: 80,
        approximation: 'more_than',
        metric: 'members',
        claimant: 'Interior Ministry',
        mention: 'the Interior Ministry',
        cue: 'had described',
        as_of: '2024',
      }),
    ]);
  });

  test('the accused as a noun accuse nobody', () => {
    expect(shapes('Four accused were acquitted of financing terrorism.', at)).toEqual([
      expected({ value_text: 'Four', value: 4, metric: 'charged', as_of: '2026-12-07' }),
    ]);
  });
});

describe('the estimates of a body with a possessor', () => {
  test('by the estimates of the governments of a region names the governments', () => {
    expect(shapes('By the estimates of the region’s governments, some 2,000 to 3,000 citizens travelled to Syria.', at)).toEqual([
      expected({
        value_text: 'some 2,000 to 3,000',
        value: null,
        value_low: 2000,
        value_high: 3000,
        approximation: 'range',
        metric: 'foreign_fighters',
        claimant: 'region’s governments',
        mention: 'the region’s governments',
        cue: 'By the estimates of',
        hedge: 'some',
        as_of: '2026-12-07',
      }),
    ]);
  });
});
