/**
 * Recall on unseen text (extract91): bare counts of people the rules turned away as counts of things — a relative "who"
 * after the number, a verbless place of custody ("43 in custody and 12 on bail"), a share whose verb is a deed ("nearly a
 * third returned home"), a number in single quotes, a qualifier set after the number ("a hundred or so", "40-odd") —
 * and the leftovers of earlier rounds: house arrest and administrative control, questioning, "barred from returning",
 * an unnamed source set off by commas, and "sentenced four to life and two to fifteen years". Sentences written for
 * these tests, in the phrasing of wire stories, court reports and police releases.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-01' };
const today = { as_of: '2026-12-01' };

describe('a bare number is a count of people when the words right after it say so', () => {
  test('a relative who after the number', () => {
    expect(shapes('Police identified 120 who left for Iraq, the ministry said.', at)).toEqual([
      expected({ value_text: '120', value: 120, claimant: 'Police', mention: 'Police', cue: 'identified', ...today }),
    ]);
  });

  test('a place of custody or the terms of a release with no verb', () => {
    expect(shapes('There are now 43 in custody and 12 on bail.', at)).toEqual([
      expected({ value_text: '43', value: 43, metric: 'arrested', ...today }),
      expected({ value_text: '12', value: 12, metric: 'released_under_restrictions', ...today }),
    ]);
    expect(shapes('Police placed 11 under administrative control on Friday.', at)).toEqual([
      expected({
        value_text: '11',
        value: 11,
        metric: 'released_under_restrictions',
        claimant: 'Police',
        mention: 'Police',
        cue: 'placed',
        as_of: '2026-11-27',
      }),
    ]);
  });

  test('but a relative which after a count of things is no count of people', () => {
    expect(shapes('The museum lent 12 paintings, which went on show in May.', at)).toEqual([]);
  });
});

describe('statuses the vocabulary names', () => {
  test('house arrest is a release under restrictions', () => {
    expect(shapes('Eight were placed under house arrest.', at)).toEqual([
      expected({ value_text: 'Eight', value: 8, metric: 'released_under_restrictions', ...today }),
    ]);
  });

  test('barred from returning is not a return', () => {
    expect(shapes('The minister said 30 had been barred from returning.', at)).toEqual([
      expected({
        value_text: '30',
        value: 30,
        metric: 'barred_from_returning',
        claimant: 'minister',
        mention: 'The minister',
        cue: 'said',
      }),
    ]);
  });

  test('people held for questioning are held; people questioned, as witnesses or by a survey, are not', () => {
    expect(shapes('Police said 17 were held for questioning.', at)).toEqual([
      expected({
        value_text: '17',
        value: 17,
        metric: 'arrested',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        as_of: '2026-12-01',
      }),
    ]);
    expect(shapes('Police said 14 people were questioned as witnesses and released.', at).map((c) => c.metric)).not.toContain('arrested');
    expect(shapes('The survey questioned 1,200 adults.', at).map((c) => c.metric)).not.toContain('arrested');
  });
});

describe('shares and bare subjects whose verb is a deed', () => {
  test('half were later released, of the people counted before', () => {
    expect(shapes('Police arrested 60 people. Half were later released.', at)).toEqual([
      expected({ value_text: '60', value: 60, metric: 'arrested', ...today }),
      expected({ value_text: 'Half', fraction: 0.5, metric: 'arrested', relations: ['part_of c1'], ...today }),
    ]);
  });

  test('nearly a third returned home', () => {
    expect(shapes('Some 300 left for Syria; nearly a third returned home.', at)).toEqual([
      expected({ value_text: 'Some 300', value: 300, approximation: 'approximately', ...today }),
      expected({
        value_text: 'nearly a third',
        approximation: 'approximately',
        fraction: 0.333,
        metric: 'returnees',
        relations: ['part_of c1'],
        ...today,
      }),
    ]);
  });

  test('but a third who came from somewhere counts no one named', () => {
    expect(shapes('A third came from the capital.', at)).toEqual([]);
  });

  test('fighting in a place, and a status told after have since been', () => {
    expect(shapes('About 300 are fighting in Syria, the minister said.', at)).toEqual([
      expected({
        value_text: 'About 300',
        value: 300,
        approximation: 'approximately',
        claimant: 'minister',
        mention: 'the minister',
        cue: 'said',
        ...today,
      }),
    ]);
    expect(shapes('Six have since been freed.', at).map((c) => c.value)).toEqual([6]);
  });
});

describe('numbers written in other ways', () => {
  test('a number word in single quotation marks', () => {
    expect(shapes("He said 'forty' had returned.", at)).toEqual([
      expected({ value_text: 'forty', value: 40, metric: 'returnees', claimant: 'He', mention: 'He', cue: 'said' }),
    ]);
  });

  test('a qualifier after the number: or so, and -odd', () => {
    expect(shapes('A hundred or so have come back.', at)).toEqual([
      expected({ value_text: 'A hundred or so', value: 100, approximation: 'approximately', metric: 'returnees', ...today }),
    ]);
    expect(shapes('He said 40-odd had returned.', at)).toEqual([
      expected({
        value_text: '40-odd',
        value: 40,
        approximation: 'approximately',
        metric: 'returnees',
        claimant: 'He',
        mention: 'He',
        cue: 'said',
      }),
    ]);
    expect(shapes('He was jailed for twenty-odd years.', at)).toEqual([]);
  });
});

describe('leftovers', () => {
  test('an unnamed source set off by commas is unnamed', () => {
    expect(shapes('A senior official, who asked not to be named, said 40 fighters had returned.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        claimant: 'senior official (unnamed)',
        mention: 'A senior official',
        cue: 'said',
      }),
    ]);
    expect(shapes('The minister, who was speaking in Paris, said 40 fighters had returned.', at).map((c) => c.claimant)).toEqual([
      'minister',
    ]);
  });

  test('sentenced four to life and two to fifteen years counts two people, not a range of years', () => {
    expect(shapes('The court sentenced four of the men to life and two to fifteen years.', at)).toEqual([
      expected({ value_text: 'four', value: 4, metric: 'convicted', ...today }),
      expected({ value_text: 'two', value: 2, metric: 'convicted', ...today }),
    ]);
    expect(shapes('The court jailed them for eight to 14 years.', at)).toEqual([]);
  });
});
