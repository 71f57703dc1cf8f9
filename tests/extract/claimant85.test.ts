/**
 * Claimants (extract85): the span of a claimant's mention. A sworn statement of a person ("the affidavit of X", "the
 * testimony of X") is the person's, as the data of a body is the body's; so are "estimates by X" and "information from
 * X"; a defining relative clause after people is part of who speaks ("a lawyer who represents several of the
 * families"). Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('a sworn statement stands for whoever swore it', () => {
  test('the affidavit of an officer named by his role', () => {
    expect(shapes('According to the affidavit of the investigating officer, 27 of the accused had travelled to Iraq.', at)).toEqual([
      expected({
        value_text: '27',
        value: 27,
        metric: 'charged',
        claimant: 'investigating officer',
        mention: 'the investigating officer',
        cue: 'According to',
      }),
    ]);
  });

  test('the sworn testimony of a commander given with an indefinite article', () => {
    expect(
      shapes('According to the sworn testimony of a border police commander, 63 men crossed into Syria from the district in 2015.', at),
    ).toEqual([
      expected({
        value_text: '63',
        value: 63,
        claimant: 'border police commander',
        mention: 'a border police commander',
        cue: 'According to',
        as_of: '2015',
      }),
    ]);
  });
});

describe('estimates by a source and information from it are the source', () => {
  test('estimates by local aid groups after the figure', () => {
    expect(shapes('Some 900 militants remain in the hills, according to estimates by local aid groups.', at)).toEqual([
      expected({
        value_text: 'Some 900',
        value: 900,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'local aid groups',
        mention: 'local aid groups',
        cue: 'according to',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('information from a consulate opening the sentence', () => {
    expect(shapes('According to information from the consulate in Erbil, 16 nationals are held in Iraqi prisons.', at)).toEqual([
      expected({
        value_text: '16',
        value: 16,
        metric: 'arrested',
        claimant: 'consulate in Erbil',
        mention: 'the consulate in Erbil',
        cue: 'According to',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('figures from a body keep their source noun, as before', () => {
    expect(shapes('Figures from the United Nations show 40,000 people in the camp.', at)[0]).toMatchObject({
      claimant: 'United Nations',
      mention: 'Figures from the United Nations',
      cue: 'show',
    });
  });
});

describe('a relative clause that says which people speak is part of the mention', () => {
  test('as the subject of the cue', () => {
    expect(shapes('Journalists who cover the region usually say about 30 fighters remain.', at)).toEqual([
      expected({
        value_text: 'about 30',
        value: 30,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'Journalists who cover the region',
        mention: 'Journalists who cover the region',
        cue: 'say',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('after according to and after an inverted said', () => {
    const lawyer = {
      value: 12,
      claimant: 'lawyer who represents several of the families',
      mention: 'a lawyer who represents several of the families',
      as_of: '2026-12-06',
      metric: null,
    };
    expect(shapes('At least 12 were freed, according to a lawyer who represents several of the families.', at)).toEqual([
      expected({ ...lawyer, value_text: 'At least 12', value_low: 12, approximation: 'at_least', cue: 'according to' }),
    ]);
    expect(shapes('Twelve were freed, said a lawyer who represents several of the families.', at)).toEqual([
      expected({ ...lawyer, value_text: 'Twelve', cue: 'said' }),
    ]);
  });

  test('a relative clause that tells why a source is not named stays out, and a body with a comma and which keeps its name', () => {
    expect(shapes('At least 40 were killed, according to Amnesty International, which documented the raids.', at)[0]).toMatchObject({
      claimant: 'Amnesty International',
      mention: 'Amnesty International',
      cue: 'according to',
    });
  });
});
