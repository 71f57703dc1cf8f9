/**
 * extract119: what a figure counts and how figures relate, from review53's articles and the lead's trials 10-12
 * (docs/extractor.md, lead41). Sentences written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-20' };

describe('money or arms transferred are no people transferred', () => {
  test('people recruited beside money transferred are travellers, people handed over are transferred', () => {
    expect(
      shapes(
        'The court found that the cell recruited at least 40 young men for Islamic State and transferred around 85,000 euros to them in Syria. Turkey handed over five of them in 2024.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'at least 40',
        value: 40,
        value_low: 40,
        approximation: 'at_least',
        group: 'islamic-state',
        claimant: 'court',
        mention: 'The court',
        cue: 'found',
        as_of: '2026-11-20',
      }),
      expected({
        value_text: 'five',
        value: 5,
        metric: 'transferred',
        group: 'islamic-state',
        as_of: '2024',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('money that was transferred, named before the verb, is no status of the people', () => {
    expect(shapes('Prosecutors said 12 men had joined the group in Syria; 30,000 dollars were transferred to them.', at)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        claimant: 'Prosecutors',
        mention: 'Prosecutors',
        cue: 'said',
      }),
    ]);
  });
});

describe('people sent to a war abroad are travellers, whoever sent them', () => {
  test('the detainees sent a figure to Syria after a list of their own: neither arrested nor part of the detained', () => {
    expect(
      shapes('Police detained nine people in Osh. The detainees, including two women, sent at least 30 young men to Syria.', at),
    ).toEqual([
      expected({ value_text: 'nine', value: 9, metric: 'arrested', as_of: '2026-11-20' }),
      expected({ value_text: 'two', value: 2, metric: 'arrested', as_of: '2026-11-20', relations: ['part_of c1'] }),
      expected({ value_text: 'at least 30', value: 30, value_low: 30, approximation: 'at_least', as_of: '2026-11-20' }),
    ]);
  });

  test('people smuggled to Syria by an arrested couple are travellers', () => {
    expect(shapes('Prosecutors said the arrested couple had smuggled 12 young men to Syria.', at)).toEqual([
      expected({ value_text: '12', value: 12, claimant: 'Prosecutors', mention: 'Prosecutors', cue: 'said' }),
    ]);
  });
});

describe('men counted as armed are a group strength, not travellers', () => {
  test('armed men and gunmen with no status and no nationality are members', () => {
    expect(
      shapes('The army estimates the rebel command at around 150 armed men. On Monday a group of about ten gunmen attacked a bus.', at),
    ).toEqual([
      expected({
        value_text: 'around 150',
        value: 150,
        approximation: 'approximately',
        metric: 'members',
        claimant: 'army',
        mention: 'The army',
        cue: 'estimates',
        as_of: '2026-11-20',
      }),
      expected({ value_text: 'about ten', value: 10, approximation: 'approximately', metric: 'members', as_of: '2026-11-16' }),
    ]);
  });

  test('armed men who travelled from a named country stay travellers', () => {
    expect(shapes('Officials said 30 armed men from Chad had travelled to Libya to join the group.', at)).toEqual([
      expected({ value_text: '30', value: 30, country: 'TD', claimant: 'Officials', mention: 'Officials', cue: 'said' }),
    ]);
  });
});

describe('casualties are the wounded, and people rearrested are arrested', () => {
  test('casualties received by a hospital are injured victims, the dead among them killed', () => {
    expect(shapes('The hospital received 48 casualties after the bombing, of whom five were dead on arrival.', at)).toEqual([
      expected({ value_text: '48', value: 48, metric: 'victims_injured', as_of: '2026-11-20' }),
      expected({ value_text: 'five', value: 5, metric: 'victims_killed', as_of: '2026-11-20', relations: ['part_of c1'] }),
    ]);
  });

  test('a part of released men rearrested since is arrested', () => {
    expect(shapes('Of the 90 men released in 2024, 14 have since been rearrested.', at)).toEqual([
      expected({ value_text: '90', value: 90, as_of: '2026-11-20' }),
      expected({ value_text: '14', value: 14, metric: 'arrested', as_of: '2026-11-20', relations: ['part_of c1'] }),
    ]);
  });
});

describe('an age bracket after a pronoun of people is no count', () => {
  test('no one under 18 held: the 18 is an age, the children repatriated the only figure', () => {
    expect(shapes('The minister said 12 children had been repatriated and that no one under 18 was held.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'returnees', claimant: 'minister', mention: 'The minister', cue: 'said' }),
    ]);
  });

  test('detainees under 18 are the ages of the detainees counted before them', () => {
    expect(shapes('Police released those under 16. They still hold 30 detainees under 18.', at)).toEqual([
      expected({ value_text: '30', value: 30, metric: 'arrested', as_of: '2026-11-20' }),
    ]);
  });
});

describe('an earlier estimate told after a figure is the older value it replaces', () => {
  test('an earlier government estimate in the next sentence is superseded by the figure before it', () => {
    expect(
      shapes('Officials said about 500 Indonesians remained in camps in Syria. An earlier government estimate put the number at 689.', at),
    ).toEqual([
      expected({
        value_text: 'about 500',
        value: 500,
        approximation: 'approximately',
        metric: 'in_camps',
        country: 'ID',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: '2026-11-20',
        relations: ['supersedes c2'],
      }),
      expected({
        value_text: '689',
        value: 689,
        metric: 'in_camps',
        country: 'ID',
        claimant: 'government',
        mention: 'An earlier government estimate',
        cue: 'put',
      }),
    ]);
  });
});
