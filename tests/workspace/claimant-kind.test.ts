/**
 * Walk48: the kind a new claimant's picker first offers, from its name and the words that named it. A news agency
 * whose name runs its words together (Kazinform) had been offered as a person, and every outlet's word ("news",
 * "times", "radio") as a state body.
 */
import { guessKind } from '../../src/web/workspace/form';

test('a news agency is a media outlet, by its name run together or by the words that named it', () => {
  expect(guessKind('Kazinform')).toBe('media_outlet');
  expect(guessKind('Interfax')).toBe('media_outlet');
  expect(guessKind('The Moscow Times')).toBe('media_outlet');
  expect(guessKind('Trend', 'the Trend news agency')).toBe('media_outlet');
  expect(guessKind('Radio Azattyq')).toBe('media_outlet');
});

test('a research body and an NGO are named as such', () => {
  expect(guessKind('Institute for Strategic Dialogue')).toBe('research_institute');
  expect(guessKind('Centre for the Study of Radicalisation')).toBe('research_institute');
  expect(guessKind('Human Rights Watch')).toBe('ngo');
  expect(guessKind('Syrian Observatory for Human Rights')).toBe('ngo');
});

test('a state body, an acronym, a person and no name', () => {
  expect(guessKind('National Security Committee')).toBe('government_agency');
  expect(guessKind('KNB')).toBe('government_agency');
  expect(guessKind('Nurtai Abykaev')).toBe('person');
  expect(guessKind('Mansur', 'Mansur')).toBe('person');
  expect(guessKind('')).toBe('person');
});

test('a body speaking through its press service, office or release is that body, not a media outlet', () => {
  expect(guessKind('press service of the Interior Ministry', 'The press service of the Interior Ministry')).toBe('government_agency');
  expect(guessKind('FSB press office', 'The FSB press office')).toBe('government_agency');
  expect(guessKind('press release from the Prosecutor General', 'a press release from the Prosecutor General')).toBe('government_agency');
  // (the AKIpress agency and a press agency still are outlets)
  expect(guessKind('AKIpress')).toBe('media_outlet');
  expect(guessKind('Anadolu', 'the Anadolu press agency')).toBe('media_outlet');
});

test('a name ending in fax or a post of lower case is no outlet, a capitalised Post is', () => {
  expect(guessKind('Fairfax County Police')).toBe('government_agency');
  expect(guessKind('John Halifax')).toBe('person');
  expect(guessKind('border post commander', 'The border post commander')).toBe('person');
  expect(guessKind('The Jakarta Post')).toBe('media_outlet');
});

test('a body of several people is an organisation, not a person', () => {
  expect(guessKind('UN panel of experts monitoring sanctions', 'A UN panel of experts monitoring sanctions')).toBe('government_agency');
  expect(guessKind('monitoring team', 'the monitoring team')).toBe('government_agency');
  expect(guessKind('French Senate')).toBe('government_agency');
  expect(guessKind('Mali junta')).toBe('government_agency');
  expect(guessKind('local authorities', 'local authorities')).toBe('government_agency');
  // (a person keeps a person's kind)
  expect(guessKind('Panelli Teamson')).toBe('person');
});

test('a body of several bodies (a network, a coalition, an alliance) is an organisation, not a person', () => {
  expect(guessKind('Radicalisation Awareness Network', 'The Radicalisation Awareness Network')).toBe('government_agency');
  expect(guessKind('Global Coalition against Daesh', 'the Global Coalition against Daesh')).toBe('government_agency');
  expect(guessKind('Sahel Alliance')).toBe('government_agency');
  // (nor a person whose name holds the words)
  expect(guessKind('Networth Allianson')).toBe('person');
});

test('an office named by its title and remit is a body, its holder named a person', () => {
  expect(guessKind('National Coordinator for Security and Counterterrorism')).toBe('government_agency');
  expect(guessKind('Commissioner for Human Rights', 'the Council of Europe Commissioner for Human Rights')).toBe('government_agency');
  expect(guessKind('Independent Reviewer of Terrorism Legislation')).toBe('government_agency');
  expect(guessKind('Jonathan Hall', 'Independent Reviewer of Terrorism Legislation Jonathan Hall')).toBe('person');
});
