import { claimantPhrase } from '../../src/cite/phrases';
import type { CitableClaim } from '../../src/cite/citable';

const agency = (name: string, short: string | null = null): CitableClaim['claimant'] => ({
  name,
  kind: 'government_agency',
  short,
  role: null,
  organization: null,
});

describe('a citation names an organization with "the" only where English reads it so', () => {
  test('a name in Latin letters of several words takes the article', () => {
    expect(claimantPhrase(agency('Federal Security Service', 'FSB'))).toBe('The Federal Security Service (FSB)');
    expect(claimantPhrase(agency('«Interior Ministry» of Kenya'))).toBe('The «Interior Ministry» of Kenya');
  });

  test('a name in Cyrillic or Arabic letters takes none (web52)', () => {
    expect(claimantPhrase(agency('Федеральная служба безопасности', 'ФСБ'))).toBe('Федеральная служба безопасности (ФСБ)');
    expect(claimantPhrase(agency('وزارة الداخلية العراقية'))).toBe('وزارة الداخلية العراقية');
  });

  test('a person holding a role in a body named in Cyrillic letters: no article before it', () => {
    expect(
      claimantPhrase({
        name: 'Aleksandr Bortnikov',
        kind: 'person',
        short: null,
        role: 'director',
        organization: { name: 'Федеральная служба безопасности', kind: 'government_agency', short: null },
      }),
    ).toBe('Aleksandr Bortnikov, director of Федеральная служба безопасности,');
  });
});
