/**
 * Rules added for unseen articles (branch extract14), chosen from aggregate error classes only; sentences written for
 * these tests.
 */
import { bracketedNames, normalisedClaimant } from '../../src/extract/claimants';
import { namesOf } from '../../src/extract/names';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { shapes } from './support';

describe('country: only where the text makes the nationality evident', () => {
  test("suspects, defendants and prisoners are an institution's cases: no nationality carried into them", () => {
    const got = shapes('At least 40 Kenyans have joined al-Shabaab since 2019. Police in Mombasa arrested 14 suspects on Monday.');
    expect(got.map((c) => [c.value_text, c.country])).toEqual([
      ['At least 40', 'KE'],
      ['14', null],
    ]);
    const part = shapes('Police detained 30 Kenyan returnees in May. Of them, 12 of the suspects were charged.');
    expect(part.map((c) => [c.value_text, c.country])).toEqual([
      ['30', 'KE'],
      ['12', 'KE'],
    ]);
  });

  test("a country's possessive after a preposition of place names where people are, not whose nationals they are", () => {
    expect(shapes('Around 300 men are held in Iraq’s prisons after the fall of Mosul.')[0]).toMatchObject({
      value_text: 'Around 300',
      country: null,
    });
    expect(shapes("Some 40 of Kazakhstan's citizens returned from Syria in May.")[0]).toMatchObject({
      value_text: 'Some 40',
      country: 'KZ',
    });
  });

  test("victims of an attack take neither the attackers' nationality nor the one the text is about", () => {
    const got = shapes(
      'Kenyan authorities said 40 Kenyans had joined al-Shabaab in Somalia. Another 25 Kenyans returned home last year. ' +
        'The group killed 14 people in an attack on a bus near Mandera and wounded 9 others.',
    );
    expect(got.map((c) => [c.value_text, c.metric, c.country])).toEqual([
      ['40', 'foreign_fighters', 'KE'],
      ['25', 'returnees', 'KE'],
      ['14', 'victims_killed', null],
      ['9', 'victims_injured', null],
    ]);
  });
});

describe('claimant names in one normal form', () => {
  const lexicon = fileLexicon();
  /** The facts of a text whose bodies belong to `state`; whether a name names a place, from the ledger's places. */
  const facts = (state: string | null) => ({
    namesPlace: (name: string) => lexicon.find(name, 0, name.length).some((n) => n.type === 'place'),
    stateOf: () => state,
  });

  test('a body the text brackets an acronym after is "Full Name (ACR)", named by either; a name that says whose keeps its acronym but takes no state', () => {
    const text =
      'The Bureau of Prisons (BOP) agreed. The Syrian Democratic Forces (SDF) hold the camp. The Kazakh National Security Committee (KNB) said 20.';
    const bracketed = bracketedNames(text);
    expect(normalisedClaimant('The Bureau of Prisons', bracketed, facts(null))).toBe('Bureau of Prisons (BOP)');
    expect(normalisedClaimant('BOP', bracketed, facts('Jordan'))).toBe('Bureau of Prisons (BOP), Jordan');
    // the name says whose body it is: its acronym as the text brackets it (the README's normal form), no state,
    // whichever it was named by
    expect(normalisedClaimant('the SDF', bracketed, facts('Syria'))).toBe('Syrian Democratic Forces (SDF)');
    expect(normalisedClaimant('the Kazakh National Security Committee', bracketed, facts('Kazakhstan'))).toBe(
      'Kazakh National Security Committee (KNB)',
    );
    expect(normalisedClaimant("Kazakhstan's KNB", bracketed, facts('Kazakhstan'))).toBe('Kazakh National Security Committee (KNB)');
    // no acronym in brackets: the name without its article, followed by its state; a description as written
    expect(normalisedClaimant('the Ministry of the Interior', bracketed, facts('Morocco'))).toBe('Ministry of the Interior (Morocco)');
    expect(normalisedClaimant('the Moroccan Ministry of the Interior', bracketed, facts('Morocco'))).toBe(
      'Moroccan Ministry of the Interior',
    );
    expect(normalisedClaimant('the interior ministry', bracketed, facts('Jordan'))).toBe('interior ministry');
    expect(normalisedClaimant("the Ministry's", bracketed, facts(null))).toBe('Ministry');
  });

  test('a possessor is no part of the name; an acronym bracketed after two names is ambiguous; a year is no acronym', () => {
    const bracketed = bracketedNames(
      "Indonesia's National Counter-Terrorism Agency (BNPT) met the Border Police (BP) and the Bangsamoro Parliament (BP). The 2019 Report (2019) is out.",
    );
    expect(bracketed.get('bnpt')).toBe('National Counter-Terrorism Agency (BNPT)');
    expect(bracketed.get('national counter-terrorism agency')).toBe('National Counter-Terrorism Agency (BNPT)');
    expect(bracketed.has('bp')).toBe(false);
    expect(bracketed.get('border police')).toBe('Border Police (BP)');
    expect(bracketed.has('2019')).toBe(false);
  });

  test('an international body, or one whose name says whose it is, takes no state', () => {
    const bracketed = bracketedNames('The United Nations Office on Drugs and Crime (UNODC) and the Kenya Defence Forces (KDF) met.');
    expect(normalisedClaimant('UNODC', bracketed, facts('Kenya'))).toBe('United Nations Office on Drugs and Crime (UNODC)');
  });

  test('an actor may be held under the full name or the acronym of a normalised claimant', () => {
    expect(namesOf('National Intelligence Agency (BIN), Indonesia')).toEqual([
      'National Intelligence Agency (BIN), Indonesia',
      'National Intelligence Agency',
      'BIN',
    ]);
    expect(namesOf('Ministry of the Interior (Morocco)')).toEqual(['Ministry of the Interior (Morocco)', 'Ministry of the Interior']);
    expect(namesOf('Europol')).toEqual(['Europol']);
  });

  test('a claimant carried into the next sentence is named as the text brackets it, with its state', () => {
    const got = shapes(
      "Indonesia's National Counter-Terrorism Agency (BNPT) said 47 Indonesians had been deported from Turkey. " +
        'Another 12 Indonesians are held in Syria.',
    );
    expect(got[0]).toMatchObject({ claimant: 'National Counter-Terrorism Agency (BNPT), Indonesia', cue: 'said', country: 'ID' });
    expect(got[1]).toMatchObject({ claimant: 'National Counter-Terrorism Agency (BNPT), Indonesia', mention: null, country: 'ID' });
  });
});

describe('claimants: a verb that opens a that-clause', () => {
  test('its subject states the figures of the clause, and nothing is carried into the next sentence', () => {
    const got = shapes(
      'The Tunisian Interior Ministry specified that 45 Tunisians had been repatriated from Libya last month. ' +
        'Another 20 Tunisians remain in Libyan prisons.',
    );
    expect(got.map((c) => [c.value_text, c.claimant, c.mention, c.cue])).toEqual([
      ['45', 'Tunisian Interior Ministry', 'The Tunisian Interior Ministry', 'specified'],
      ['20', null, null, null],
    ]);
  });

  test('a known cue verb is still carried into the next sentence', () => {
    const got = shapes('The Tunisian Interior Ministry said 45 Tunisians had been repatriated. Another 20 Tunisians remain in Libya.');
    expect(got.map((c) => [c.value_text, c.claimant, c.mention])).toEqual([
      ['45', 'Tunisian Interior Ministry', 'The Tunisian Interior Ministry'],
      ['20', 'Tunisian Interior Ministry', null],
    ]);
  });

  test('a that-clause after a verb that says nothing names no claimant', () => {
    expect(shapes('The new law means that 300 Tunisians can no longer return.')[0]).toMatchObject({ claimant: null, cue: null });
    expect(shapes('The danger remains that 40 Tunisian fighters will return.')[0]).toMatchObject({ claimant: null, cue: null });
  });
});

describe('claimants: only a named source is carried into the next sentence', () => {
  test('a description ("security officials", "the ministry") attributes its own sentence only', () => {
    const got = shapes('Security officials said 60 Tunisians had returned from Syria. Another 20 Tunisians are held in Iraq.');
    expect(got.map((c) => [c.value_text, c.claimant, c.mention])).toEqual([
      ['60', 'Security officials', 'Security officials'],
      ['20', null, null],
    ]);
    const ministry = shapes('The interior ministry said 60 Tunisians had returned. Another 20 Tunisians are held in Iraq.');
    expect(ministry.map((c) => c.claimant)).toEqual(['interior ministry', null]);
  });

  test('a person or a named body is carried as before', () => {
    const person = shapes('Interior Minister Hedi Majdoub said 60 Tunisians had returned. Another 20 Tunisians are held in Iraq.');
    expect(person.map((c) => [c.claimant, c.mention])).toEqual([
      ['Hedi Majdoub', 'Interior Minister Hedi Majdoub'],
      ['Hedi Majdoub', null],
    ]);
    const body = shapes('Europol said 60 Tunisians had returned. Another 20 Tunisians are held in Iraq.');
    expect(body.map((c) => [c.claimant, c.mention])).toEqual([
      ['Europol', 'Europol'],
      ['Europol', null],
    ]);
  });
});

describe('groups: the Turkistan Islamic Party (migration 20261208020000)', () => {
  test('named by its name, its earlier name or their acronyms, not by the Nusra Front it fights beside', () => {
    expect(shapes('Some 300 Uyghur fighters of the Turkistan Islamic Party remain in Idlib, alongside Jabhat al-Nusra.')[0]).toMatchObject({
      value_text: 'Some 300',
      // Uyghur is a demonym of Xinjiang (CN-XJ), which the ledger counts as a place of its own (migration 20261210010000)
      country: 'CN-XJ',
      group: 'turkistan-islamic-party',
    });
    expect(shapes('Chinese officials said 50 members of the East Turkestan Islamic Movement (ETIM) had been detained.')[0].group).toBe(
      'turkistan-islamic-party',
    );
    expect(shapes('A tip from a neighbour led police to 3 Uyghur fighters.')[0].group).toBeNull();
  });
});
