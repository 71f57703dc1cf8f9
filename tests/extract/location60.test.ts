/**
 * Where the people counted are (extract60): a candidate's location is the place the text puts them in (a camp's country,
 * "to Syria and Iraq", a state's prisons, a state's own arrests at home), apart from whose nationals they are. Sentences
 * written for these tests in the style of wire stories and officials' statements; each assertion is of the whole
 * candidate and its location. The probe passages (fixtures/extract/location-probes.json) are ten news stories written
 * for this lane, with gold country and location by the practice corpus's README.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Candidate } from '../../src/extract/candidate';
import { candidateForm } from '../../src/web/workspace/form';
import { expected, run, shape, type Shape } from './support';

const at = { published: '2026-03-01' };

/** Each candidate's whole shape, with its location and the reason given for it. */
const placed = (text: string) =>
  run(text, at).candidates.map((c) => ({ ...shape(c), location: c.location, why: c.reasons.location ?? null }));
const withPlace = (s: Partial<Shape> & Pick<Shape, 'value_text'>, location: Candidate['location'], why: string | null) => ({
  ...expected({ as_of: '2026-03-01', ...s }),
  location,
  why,
});

describe('the place a sentence puts the people counted in', () => {
  test('camps in north-east Syria place Belgian children, who stay Belgian', () => {
    expect(placed('Around 60 Belgian children remain in camps in north-east Syria, the minister said.')).toEqual([
      withPlace(
        {
          value_text: 'Around 60',
          value: 60,
          approximation: 'approximately',
          metric: 'in_camps',
          country: 'BE',
          claimant: 'minister',
          mention: 'the minister',
          cue: 'said',
        },
        'SY',
        '"in north-east Syria": where the sentence places the people counted',
      ),
    ]);
  });

  test('a state named by its prisons holds the people counted: "Iraqi prisons hold some 1,500"', () => {
    const text = 'Iraqi prisons hold some 1,500 foreign nationals convicted of belonging to the Islamic State group, an official said.';
    expect(placed(text)).toEqual([
      withPlace(
        {
          value_text: 'some 1,500',
          value: 1500,
          approximation: 'approximately',
          metric: 'convicted',
          group: 'islamic-state',
          claimant: 'official',
          mention: 'an official',
          cue: 'said',
        },
        'IQ',
        '"Iraqi": where the sentence places the people counted',
      ),
    ]);
  });

  test('a run of places is one location: "travelled to Syria and Iraq"', () => {
    const text =
      'About 1,900 Kyrgyz citizens have travelled to Syria and Iraq since 2013, the security service said. Some 150 of them have been killed.';
    expect(placed(text)).toEqual([
      withPlace(
        {
          value_text: 'About 1,900',
          value: 1900,
          approximation: 'approximately',
          country: 'KG',
          claimant: 'security service',
          mention: 'the security service',
          cue: 'said',
        },
        ['SY', 'IQ'],
        '"to Syria and Iraq": where the sentence places the people counted',
      ),
      // the killed, a part of the travellers, are where their whole went
      withPlace(
        { value_text: 'Some 150', value: 150, approximation: 'approximately', metric: 'killed', country: 'KG', relations: ['part_of c1'] },
        ['SY', 'IQ'],
        'as its whole ("About 1,900")',
      ),
    ]);
  });
});

describe('places that are not where the people counted are', () => {
  test('a home returned to is no location, and a place in the next clause belongs to the next figure', () => {
    const text = 'Some 75 Dutch travellers have returned to the Netherlands, and about 100 are still in Syria, the AIVD said.';
    const who = { country: 'NL', claimant: 'AIVD', mention: 'the AIVD', cue: 'said', approximation: 'approximately' as const };
    expect(placed(text)).toEqual([
      withPlace({ value_text: 'Some 75', value: 75, metric: 'returnees', ...who }, null, null),
      withPlace(
        { value_text: 'about 100', value: 100, metric: 'still_in_conflict_zone', ...who },
        'SY',
        '"in Syria": where the sentence places the people counted',
      ),
    ]);
  });

  test('where a minister spoke is not where the people are: "told reporters in Dushanbe"', () => {
    const text = 'Some 500 Tajik nationals are living in camps in Syria, the foreign minister told reporters in Dushanbe.';
    expect(placed(text)).toEqual([
      withPlace(
        {
          value_text: 'Some 500',
          value: 500,
          approximation: 'approximately',
          metric: 'in_camps',
          country: 'TJ',
          claimant: 'foreign minister',
          mention: 'the foreign minister',
          cue: 'told reporters',
        },
        'SY',
        '"in Syria": where the sentence places the people counted',
      ),
    ]);
  });

  test('travellers convicted are not counted where they travelled to', () => {
    const text =
      'About 1,900 Kyrgyz citizens have travelled to Syria and Iraq since 2013, the security service said. In 2023, 40 of them were convicted.';
    const [, convicted] = placed(text);
    expect(convicted).toEqual(
      withPlace({ value_text: '40', value: 40, metric: 'convicted', country: 'KG', as_of: '2023', relations: ['part_of c1'] }, null, null),
    );
  });
});

describe('a state counting its own cases counts them at home', () => {
  test('"Spanish police arrested 14": no nationality, located in Spain, and so are the nine Moroccans among them', () => {
    const text =
      'Spanish police arrested 14 people on Tuesday, the Interior Ministry said. Nine of those detained were Moroccan nationals.';
    expect(placed(text)).toEqual([
      withPlace(
        {
          value_text: '14',
          value: 14,
          metric: 'arrested',
          claimant: 'Interior Ministry',
          mention: 'the Interior Ministry',
          cue: 'said',
          as_of: '2026-02-24',
        },
        'ES',
        '"Spanish": the state whose authorities count their own cases at home',
      ),
      withPlace(
        { value_text: 'Nine', value: 9, metric: 'arrested', country: 'MA', relations: ['part_of c1'] },
        'ES',
        'as its whole ("14")',
      ),
    ]);
  });
});

describe('a state named as the subject of its own arrests or trials counts its cases at home, of no stated nationality', () => {
  test('"Iraq has tried more than 20,000 people": no nationality, located in Iraq', () => {
    const text = 'Since 2017 Iraq has tried more than 20,000 people detained on terrorism charges, rights groups say.';
    expect(placed(text)).toEqual([
      withPlace(
        {
          value_text: 'more than 20,000',
          value: 20000,
          value_low: 20000,
          approximation: 'more_than',
          metric: 'arrested',
          group: 'terrorism-all',
          claimant: 'rights groups',
          mention: 'rights groups',
          cue: 'say',
        },
        'IQ',
        '"Iraq": the state whose authorities count their own cases at home',
      ),
    ]);
  });

  test('"Spain arrested 48 people": located in Spain', () => {
    const text = 'Last year Spain arrested 48 people on jihadist terrorism charges, the ministry said.';
    expect(placed(text)).toEqual([
      withPlace(
        {
          value_text: '48',
          value: 48,
          metric: 'arrested',
          group: 'jihadist-groups',
          claimant: 'ministry',
          mention: 'the ministry',
          cue: 'said',
          as_of: '2025',
        },
        'ES',
        '"Spain": the state whose authorities count their own cases at home',
      ),
    ]);
  });
});

test('"41 of its nationals" said by a state police are that state nationals, wherever they are held', () => {
  const text = "Tanzania's police said on Friday that 41 of its nationals had been arrested in Mozambique.";
  expect(placed(text)).toEqual([
    withPlace(
      {
        value_text: '41',
        value: 41,
        metric: 'arrested',
        country: 'TZ',
        claimant: "Tanzania's police",
        mention: "Tanzania's police",
        cue: 'said',
        as_of: '2026-02-27',
      },
      'MZ',
      '"in Mozambique": where the sentence places the people counted',
    ),
  ]);
});

test('the workspace form a candidate starts as carries its location, a run of places joined by commas', () => {
  const { candidates } = run('About 1,900 Kyrgyz citizens have travelled to Syria and Iraq since 2013.', at);
  expect(candidateForm(candidates[0], candidates, '').location).toBe('SY, IQ');
});

interface Probe {
  id: string;
  text: string;
  gold: { value_text: string; country: unknown; location: unknown }[];
}

test('the probe passages: location right on 35 of their 46 figures, the misses as listed', () => {
  const file = path.join(__dirname, '..', 'fixtures', 'extract', 'location-probes.json');
  const probes: Probe[] = JSON.parse(fs.readFileSync(file, 'utf8')).passages;
  const asSet = (x: unknown) => JSON.stringify(Array.isArray(x) ? [...x].sort() : (x ?? null));
  const misses: string[] = [];
  let right = 0;
  for (const p of probes) {
    const { candidates } = run(p.text);
    let from = 0;
    for (const g of p.gold) {
      const start = p.text.indexOf(g.value_text, from);
      from = start + 1;
      const c = candidates.find((x) => x.start < start + g.value_text.length && start < x.end);
      if (c && asSet(c.location) === asSet(g.location)) right++;
      else misses.push(`${p.id} ${g.value_text}: ${c ? JSON.stringify(c.location) : 'not found'}`);
    }
  }
  expect({ right, misses }).toEqual({
    right: 35,
    misses: [
      'raid Nine: "SY"',
      'raid three: "SY"',
      'raid two: null',
      'court more than 120: null',
      'strike 32: null',
      'strike five: null',
      'un-report about 400: null',
      'un-report several hundred: null',
      'eu 118: null',
      'eu 48: null',
      'eu 35: null',
    ],
  });
});
