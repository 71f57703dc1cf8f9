/**
 * Lane 104: a verb and its complement with the people counted between them (referred … to the courts, found … not
 * guilty), a label alone on its line is a heading and no source, and official figures of a state named by its people's
 * adjective are that state's authorities'. Sentences written for these tests; each assertion is of the whole candidate
 * list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-30' };
const today = { as_of: '2026-11-30' };

describe('a verb, its object, then the court or the verdict', () => {
  test('referred or sent to the courts or to trial with the people between is charged', () => {
    expect(shapes('Prosecutors referred 312 suspected Islamic State members to the courts.', at)).toEqual([
      expected({ value_text: '312', value: 312, metric: 'charged', group: 'islamic-state', ...today }),
    ]);
    expect(shapes('Prosecutors sent 40 men to trial.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'charged', ...today }),
    ]);
  });

  test('referred somewhere other than a court is no charge', () => {
    expect(shapes('Teachers referred 300 pupils to the Prevent programme.', at)).toEqual([]);
  });

  test('found not guilty with the people between is charged, and the conviction beside it stays', () => {
    // (a verdict is no finding of a figure, extract117: the court that finds people guilty or not is no source of them)
    const court = { ...today };
    expect(shapes('The court found 12 not guilty and convicted 3.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'charged', ...court }),
      expected({ value_text: '3', value: 3, metric: 'convicted', ...court }),
    ]);
    expect(shapes('The jury found three men not guilty of murder.', at)).toEqual([
      expected({ value_text: 'three', value: 3, metric: 'charged', ...today }),
    ]);
    expect(shapes('The court found 12 of the defendants not guilty.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'charged', ...court }),
    ]);
  });

  test('found guilty with the people between is convicted, a bare number too', () => {
    const court = { ...today };
    expect(shapes('The court found 12 guilty.', at)).toEqual([expected({ value_text: '12', value: 12, metric: 'convicted', ...court })]);
    expect(shapes('The court found 12 of the accused guilty of membership.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'convicted', ...court }),
    ]);
  });
});

describe('a body named as a label', () => {
  test('a label alone on its line heads a list and is no source', () => {
    expect(shapes('Foreign Forces:\n- 300 fighters travelled to Syria.', at)).toEqual([
      expected({ value_text: '300', value: 300, ...today }),
    ]);
    expect(shapes('Interior Ministry:\n300 people were arrested.', at)).toEqual([
      expected({ value_text: '300', value: 300, metric: 'arrested', ...today }),
    ]);
  });

  test('a label before its figure on the same line is still the source', () => {
    expect(shapes('Interior Ministry: 300 people were arrested.', at)).toEqual([
      expected({
        value_text: '300',
        value: 300,
        metric: 'arrested',
        claimant: 'Interior Ministry',
        mention: 'Interior Ministry',
        ...today,
      }),
    ]);
  });
});

describe('official figures of a state named by its people', () => {
  test('the nationality after or before official names whose authorities', () => {
    expect(shapes('Official Iraqi figures show 1,800 fighters returned to Iraq.', at)).toEqual([
      expected({
        value_text: '1,800',
        value: 1800,
        metric: 'returnees',
        country: 'IQ',
        claimant: 'Iraqi authorities (official figures)',
        mention: 'Official Iraqi figures',
        cue: 'show',
        ...today,
      }),
    ]);
    expect(shapes('The latest Bosnian official figures show 240 men travelled to Syria.', at)).toEqual([
      expected({
        value_text: '240',
        value: 240,
        country: 'BA',
        claimant: 'Bosnian authorities (official figures)',
        mention: 'The latest Bosnian official figures',
        cue: 'show',
        ...today,
      }),
    ]);
  });

  test('official figures of no named state stay the authorities in lower case, and an office named is the source', () => {
    expect(shapes('Official figures show 1,800 Iraqis returned.', at)).toEqual([
      expected({
        value_text: '1,800',
        value: 1800,
        metric: 'returnees',
        country: 'IQ',
        claimant: 'authorities (official figures)',
        mention: 'Official figures',
        cue: 'show',
        ...today,
      }),
    ]);
    expect(shapes('Official Home Office figures show 240 people were arrested.', at)).toEqual([
      expected({
        value_text: '240',
        value: 240,
        metric: 'arrested',
        claimant: 'Home Office',
        mention: 'Official Home Office figures',
        cue: 'show',
        ...today,
      }),
    ]);
  });

  test('a named speaker outranks a state s official figures', () => {
    expect(shapes('Official Iraqi figures show 1,800 fighters returned to Iraq, the Interior Ministry said.', at)).toEqual([
      expected({
        value_text: '1,800',
        value: 1800,
        metric: 'returnees',
        country: 'IQ',
        claimant: 'Interior Ministry (Iraq)',
        mention: 'the Interior Ministry',
        cue: 'said',
        ...today,
      }),
    ]);
  });
});

describe('a row label cut off from its figure by dot leaders', () => {
  test('a label naming things first counts things, its bracketed figure too', () => {
    const text =
      'Police arrested 45 men in the operation.\nFirearms recovered ...................... 126 (163)\nHideouts destroyed ...................... 54 (87)';
    expect(shapes(text, at)).toEqual([expected({ value_text: '45', value: 45, metric: 'arrested', ...today })]);
  });
});

describe('a list item labelled by where its people are held', () => {
  test('prisons in a label are where the counted are, and the lead says who they are', () => {
    const text =
      'Prisoners held for terrorism offences: 212\n\nWhere they are held\n- Prisons in Yorkshire and Lancashire: 140\n- Prisons elsewhere in England: 72';
    const held = { metric: 'arrested', group: 'terrorism-all', ...today };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '212', value: 212, ...held }),
      expected({ value_text: '140', value: 140, ...held }),
      expected({ value_text: '72', value: 72, ...held }),
    ]);
  });

  test('under a lead of things the places are still things', () => {
    expect(shapes('Facilities inspected\n- Prisons in Yorkshire: 14\n- Camps in the north: 3', at)).toEqual([]);
  });
});

describe('the value of a label that states an age bracket', () => {
  test('a count after a label with its own age is no age', () => {
    const text = 'Prisoners held for terrorism offences: 240\n- Under 21 years of age: 6\n- Over 70 years of age: 4';
    const held = { metric: 'arrested', group: 'terrorism-all', ...today };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '240', value: 240, ...held }),
      expected({ value_text: '6', value: 6, ...held }),
      expected({ value_text: '4', value: 4, ...held }),
    ]);
  });

  test('a label of age alone keeps its number an age', () => {
    expect(shapes('Name: Ahmed K. Age: 23', at)).toEqual([]);
  });
});

describe('a noun quoted after a modifier', () => {
  test('a quotation mark opening the head after a demonym keeps the noun phrase', () => {
    expect(shapes('Support groups count 21 Corsican "political prisoners" in French jails.', at)).toEqual([
      expected({
        value_text: '21',
        value: 21,
        metric: 'arrested',
        claimant: 'Support groups',
        mention: 'Support groups',
        cue: 'count',
        ...today,
      }),
    ]);
  });
});

describe('a count of people of things named after it', () => {
  test('the membership of organisations put at a number counts members', () => {
    expect(shapes('Police estimates put the combined membership of the two paramilitary organisations at around 12,000.', at)).toEqual([
      expected({
        value_text: 'around 12,000',
        value: 12000,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'Police',
        mention: 'Police estimates',
        cue: 'put',
        ...today,
      }),
    ]);
  });

  test('the number of things is still things', () => {
    expect(shapes('The number of the groups is about 40.', at)).toEqual([]);
  });
});
