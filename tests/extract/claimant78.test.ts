/**
 * Claimants on a stranger's article (extract78): a title with the body it heads before a person's name is that person,
 * as is a name before "of" a body. Sentences written for these tests.
 */
import { personName } from '../../src/extract/persons';
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('a title naming a body before a full name is the person who holds it', () => {
  test('a title whose words name a police force or a body, before or after "of"', () => {
    expect(shapes('Commissioner of Police Ali Rasheed said 48 suspects had been arrested this year.', at)).toEqual([
      expected({
        value_text: '48',
        value: 48,
        metric: 'arrested',
        claimant: 'Ali Rasheed',
        mention: 'Commissioner of Police Ali Rasheed',
        cue: 'said',
        as_of: '2026',
      }),
    ]);
    expect(shapes('Regional Police Commander Joseph Otieno said 19 recruiters were charged in March.', at)).toEqual([
      expected({
        value_text: '19',
        value: 19,
        metric: 'charged',
        claimant: 'Joseph Otieno',
        mention: 'Regional Police Commander Joseph Otieno',
        cue: 'said',
        as_of: '2026-03',
      }),
    ]);
  });

  test('a titled name followed by the place of its office', () => {
    expect(shapes('Governor Ana Ruiz of Sulu province said 230 people were living in the camp.', at)).toEqual([
      expected({
        value_text: '230',
        value: 230,
        metric: 'in_camps',
        claimant: 'Ana Ruiz',
        mention: 'Governor Ana Ruiz of Sulu province',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('a body named in the title is no claimant of its own', () => {
    expect(personName('Police Commissioner Daniel Mutua')).toBe('Daniel Mutua');
    expect(personName('Commissioner of Police Mohamed Hameed')).toBe('Mohamed Hameed');
    // a body's own name is none
    expect(personName('Ministry of the Interior')).toBeNull();
    expect(personName('Police Service Commission')).toBeNull();
  });
});

describe('a full name before "of" a body is the person', () => {
  test('with or without a description of the person before the name', () => {
    expect(shapes('A lawyer, Sami Haddad of the Beirut Bar Association, said 14 of the detainees were women.', at)).toEqual([
      expected({
        value_text: '14',
        value: 14,
        metric: 'arrested',
        claimant: 'Sami Haddad',
        mention: 'Sami Haddad of the Beirut Bar Association',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
    expect(personName('Lena Vogt of the Institute for Peace Research')).toBe('Lena Vogt');
    expect(personName('an independent analyst, Lena Vogt of the Institute for Peace Research')).toBe('Lena Vogt');
    // a place before "of" names no person
    expect(personName('Islamic State of Iraq and the Levant')).toBeNull();
  });
});
