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
    // nor does a body's name with a body's noun before "of"
    expect(personName('Joint Command of the Armed Forces')).toBeNull();
  });
});

describe('a role noun points back to the titled person it describes', () => {
  test('a body s chief is the person named with the title of its head and the body s word', () => {
    expect(
      shapes(
        'Regional Police Commissioner Halima Osei said 62 recruiters had been arrested this year. The police chief said 18 of them were women.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '62',
        value: 62,
        metric: 'arrested',
        claimant: 'Halima Osei',
        mention: 'Regional Police Commissioner Halima Osei',
        cue: 'said',
        as_of: '2026',
      }),
      expected({
        value_text: '18',
        value: 18,
        metric: 'arrested',
        claimant: 'Halima Osei',
        mention: 'The police chief',
        cue: 'said',
        as_of: '2026-12-06',
        relations: ['part_of c1'],
      }),
    ]);
    // a minister is no police chief: the role noun stays as written
    expect(
      shapes(
        'Interior Minister Halima Osei said 62 recruiters had been arrested this year. The police chief said 18 of them were women.',
        at,
      )[1],
    ).toEqual(
      expected({
        value_text: '18',
        value: 18,
        metric: 'arrested',
        claimant: 'police chief',
        mention: 'The police chief',
        cue: 'said',
        as_of: '2026-12-06',
        relations: ['part_of c1'],
      }),
    );
  });

  test('a description in apposition after the name, and a rank written short', () => {
    expect(
      shapes(
        'Col. Peter Njoroge, the army spokesman, said 40 militants were killed on Monday. The army spokesman said 15 of them were foreigners.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'killed',
        claimant: 'Peter Njoroge',
        mention: 'Col. Peter Njoroge',
        cue: 'said',
        as_of: '2026-11-30',
      }),
      expected({
        value_text: '15',
        value: 15,
        metric: 'killed',
        claimant: 'Peter Njoroge',
        mention: 'The army spokesman',
        cue: 'said',
        as_of: '2026-12-06',
        relations: ['part_of c1'],
      }),
    ]);
    // the body in the description is no name of the person
    expect(
      shapes(
        'Col. Peter Njoroge, the army spokesman, said 40 militants were killed on Monday. The army said 15 of them were foreigners.',
        at,
      )[1],
    ).toEqual(
      expected({
        value_text: '15',
        value: 15,
        metric: 'killed',
        claimant: 'army',
        mention: 'The army',
        cue: 'said',
        as_of: '2026-12-06',
        relations: ['part_of c1'],
      }),
    );
    expect(shapes('Brig. Gen. Amara Diallo said 60 fighters were killed in May. The general said 20 of them were foreigners.', at)).toEqual(
      [
        expected({
          value_text: '60',
          value: 60,
          metric: 'killed',
          claimant: 'Amara Diallo',
          mention: 'Brig. Gen. Amara Diallo',
          cue: 'said',
          as_of: '2026-05',
        }),
        expected({
          value_text: '20',
          value: 20,
          metric: 'killed',
          claimant: 'Amara Diallo',
          mention: 'The general',
          cue: 'said',
          as_of: '2026-12-06',
          relations: ['part_of c1'],
        }),
      ],
    );
  });
});

describe('a source noun a pronoun owns after "said" is what was said, no speaker', () => {
  test('her own estimate, his own count: the subject before the verb speaks', () => {
    expect(
      shapes(
        'Dr Amira Saleh, a sociologist at Cairo University, said her own estimate of the Egyptians who travelled to Syria was 300 to 400.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '300 to 400',
        value_low: 300,
        value_high: 400,
        approximation: 'range',
        metric: 'foreign_fighters',
        country: 'EG',
        claimant: 'Amira Saleh',
        mention: 'Dr Amira Saleh',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
    expect(
      shapes(
        'Omar Haddad, an analyst at the Amman Policy Centre, said his own count put the number of Jordanians who joined the group at about 900.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'about 900',
        value: 900,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'JO',
        claimant: 'Omar Haddad',
        mention: 'Omar Haddad',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
  });
});

describe('a thing found is no finding stated', () => {
  test('found the bodies of N: the finder is no claimant, the tag after is', () => {
    expect(shapes('Soldiers found the bodies of 18 militants after a raid near the border on Wednesday, the army said.', at)).toEqual([
      expected({
        value_text: '18',
        value: 18,
        metric: 'killed',
        claimant: 'army',
        mention: 'the army',
        cue: 'said',
        as_of: '2026-12-02',
      }),
    ]);
    // a finding stated keeps its finder
    expect(shapes('Investigators found that 40 of the recruits had travelled through Turkey.', at)[0]).toEqual(
      expected({
        value_text: '40',
        value: 40,
        metric: 'foreign_fighters',
        claimant: 'Investigators',
        mention: 'Investigators',
        cue: 'found',
      }),
    );
  });
});
