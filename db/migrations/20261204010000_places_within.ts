import type { Knex } from 'knex';

/*
 * Places inside a country (provinces, republics, regions, cities) with the country they belong to: "fighters from
 * Mindanao" are Philippine nationals, "Chechens" Russian ones, "Uyghur militants" Chinese ones. A claim still counts
 * a country of the countries table; this table only lets readers of text (the extractor, and what editors add here)
 * find the country behind a place name. Names that are also countries, US states or common words elsewhere
 * (Georgia, Victoria, Punjab, Kurdistan, Macedonia) are left out: they would name the wrong country as often as the
 * right one. The extractor's offline lexicon (src/extract/fileLexicon.ts) reads PLACES_WITHIN from here.
 */
export interface PlaceWithin {
  name: string;
  country: string;
  /** ISO 3166-2 code, when the place is a first-level subdivision that has one. */
  code: string | null;
  kind: 'subdivision' | 'region' | 'city' | 'island';
  aliases: string[];
  demonyms: string[];
}

const p = (name: string, country: string, code: string | null, kind: PlaceWithin['kind'], aliases: string[] = [], demonyms: string[] = []): PlaceWithin => ({ name, country, code, kind, aliases, demonyms });

export const PLACES_WITHIN: PlaceWithin[] = [
  // Russia: the North Caucasus and the Volga republics, the usual origins in counts of Russian fighters
  p('Chechnya', 'RU', 'RU-CE', 'subdivision', ['Chechen Republic'], ['Chechen']),
  p('Dagestan', 'RU', 'RU-DA', 'subdivision', ['Daghestan', 'Republic of Dagestan'], ['Dagestani', 'Daghestani']),
  p('Ingushetia', 'RU', 'RU-IN', 'subdivision', [], ['Ingush']),
  p('Kabardino-Balkaria', 'RU', 'RU-KB', 'subdivision', [], ['Kabardin', 'Balkar']),
  p('Karachay-Cherkessia', 'RU', 'RU-KC', 'subdivision', [], ['Karachay', 'Cherkess']),
  p('North Ossetia', 'RU', 'RU-SE', 'subdivision', ['North Ossetia-Alania'], []),
  p('Tatarstan', 'RU', 'RU-TA', 'subdivision', [], []),
  p('Bashkortostan', 'RU', 'RU-BA', 'subdivision', ['Bashkiria'], []),
  p('North Caucasus', 'RU', null, 'region', ['Northern Caucasus'], ['North Caucasian']),
  p('Grozny', 'RU', null, 'city'),
  p('Moscow', 'RU', null, 'city'),
  // China
  p('Xinjiang', 'CN', 'CN-XJ', 'subdivision', ['Xinjiang Uyghur Autonomous Region', 'East Turkestan'], ['Uyghur', 'Uighur']),
  p('Beijing', 'CN', null, 'city'),
  // Syria
  p('Raqqa', 'SY', 'SY-RA', 'subdivision', ['Raqqah', 'Al-Raqqa', 'Ar-Raqqah'], []),
  p('Idlib', 'SY', 'SY-ID', 'subdivision', ['Idleb'], []),
  p('Aleppo', 'SY', 'SY-HL', 'subdivision', [], []),
  p('Deir ez-Zor', 'SY', 'SY-DY', 'subdivision', ['Deir ez-Zour', 'Deir al-Zour', 'Deir Ezzor', 'Deir el-Zour'], []),
  p('Hasakah', 'SY', 'SY-HA', 'subdivision', ['Al-Hasakah', 'Hassakeh', 'Haska', 'Hasaka'], []),
  p('Homs', 'SY', 'SY-HI', 'subdivision', [], []),
  p('Hama', 'SY', 'SY-HM', 'subdivision', [], []),
  p('Daraa', 'SY', 'SY-DR', 'subdivision', ['Deraa', 'Dara\'a'], []),
  p('Damascus', 'SY', 'SY-DI', 'city'),
  p('Baghuz', 'SY', null, 'city'),
  p('Kobani', 'SY', null, 'city', ['Kobane', 'Ain al-Arab']),
  p('Manbij', 'SY', null, 'city'),
  // Iraq
  p('Nineveh', 'IQ', 'IQ-NI', 'subdivision', ['Ninawa', 'Nineveh Province'], []),
  p('Mosul', 'IQ', null, 'city'),
  p('Anbar', 'IQ', 'IQ-AN', 'subdivision', ['Al Anbar', 'Al-Anbar'], []),
  p('Fallujah', 'IQ', null, 'city', ['Falluja']),
  p('Ramadi', 'IQ', null, 'city'),
  p('Kirkuk', 'IQ', 'IQ-KI', 'subdivision', [], []),
  p('Salahuddin', 'IQ', 'IQ-SD', 'subdivision', ['Salah al-Din', 'Saladin'], []),
  p('Diyala', 'IQ', 'IQ-DI', 'subdivision', [], []),
  p('Baghdad', 'IQ', 'IQ-BG', 'city'),
  p('Erbil', 'IQ', 'IQ-AR', 'subdivision', ['Arbil', 'Irbil'], []),
  p('Sinjar', 'IQ', null, 'city'),
  p('Tal Afar', 'IQ', null, 'city', ['Tel Afar']),
  p('Tikrit', 'IQ', null, 'city'),
  // the Philippines and Indonesia
  p('Mindanao', 'PH', null, 'island', [], ['Mindanaoan']),
  p('Marawi', 'PH', null, 'city', ['Marawi City']),
  p('Lanao del Sur', 'PH', 'PH-LAS', 'subdivision'),
  p('Sulu', 'PH', 'PH-SLU', 'subdivision', ['Jolo']),
  p('Basilan', 'PH', 'PH-BAS', 'subdivision'),
  p('Maguindanao', 'PH', null, 'subdivision'),
  p('Manila', 'PH', null, 'city'),
  p('Poso', 'ID', null, 'city'),
  p('Central Sulawesi', 'ID', 'ID-ST', 'subdivision'),
  p('Aceh', 'ID', 'ID-AC', 'subdivision', [], ['Acehnese']),
  p('Jakarta', 'ID', 'ID-JK', 'city'),
  p('Sabah', 'MY', 'MY-12', 'subdivision'),
  p('Kuala Lumpur', 'MY', 'MY-14', 'city'),
  // Central and South Asia
  p('Almaty', 'KZ', null, 'city'),
  p('Astana', 'KZ', null, 'city', ['Nur-Sultan']),
  p('Osh', 'KG', null, 'city'),
  p('Jalal-Abad', 'KG', null, 'subdivision', ['Jalalabad']),
  p('Bishkek', 'KG', null, 'city'),
  p('Dushanbe', 'TJ', null, 'city'),
  p('Ferghana Valley', 'UZ', null, 'region', ['Fergana Valley']),
  p('Tashkent', 'UZ', null, 'city'),
  p('Karakalpakstan', 'UZ', 'UZ-QR', 'subdivision', [], ['Karakalpak']),
  p('Pankisi Gorge', 'GE', null, 'region', ['Pankisi'], []),
  p('Khyber Pakhtunkhwa', 'PK', 'PK-KP', 'subdivision'),
  p('Waziristan', 'PK', null, 'region', ['North Waziristan', 'South Waziristan'], ['Waziri']),
  p('Balochistan', 'PK', 'PK-BA', 'subdivision', ['Baluchistan'], ['Baloch', 'Baluch']),
  p('Nangarhar', 'AF', null, 'subdivision'),
  p('Kunar', 'AF', null, 'subdivision'),
  p('Helmand', 'AF', null, 'subdivision'),
  p('Kabul', 'AF', null, 'city'),
  // the Middle East and Africa
  p('Sinai', 'EG', null, 'region', ['North Sinai', 'Sinai Peninsula'], []),
  p('Cairo', 'EG', null, 'city'),
  p('Sirte', 'LY', null, 'city'),
  p('Derna', 'LY', null, 'city'),
  p('Benghazi', 'LY', null, 'city'),
  p('Ben Gardane', 'TN', null, 'city', ['Ben Guerdane']),
  p('Tunis', 'TN', null, 'city'),
  p('Riyadh', 'SA', null, 'city'),
  p('Aden', 'YE', null, 'city'),
  p('Hadramawt', 'YE', null, 'subdivision', ['Hadramout', 'Hadhramaut']),
  p('Gaza', 'PS', null, 'region', ['Gaza Strip'], ['Gazan']),
  p('West Bank', 'PS', null, 'region'),
  p('Mogadishu', 'SO', null, 'city'),
  p('Puntland', 'SO', null, 'region'),
  p('Jubaland', 'SO', null, 'region'),
  p('Garissa', 'KE', null, 'city'),
  p('Mombasa', 'KE', null, 'city'),
  p('Lamu', 'KE', null, 'city'),
  p('Nairobi', 'KE', null, 'city'),
  p('Borno', 'NG', 'NG-BO', 'subdivision', ['Borno State'], []),
  p('Yobe', 'NG', 'NG-YO', 'subdivision', ['Yobe State'], []),
  p('Adamawa', 'NG', 'NG-AD', 'subdivision', ['Adamawa State'], []),
  p('Maiduguri', 'NG', null, 'city'),
  p('Cabo Delgado', 'MZ', 'MZ-P', 'subdivision', ['Cape Delgado'], []),
  p('Timbuktu', 'ML', null, 'city'),
  p('Kidal', 'ML', null, 'city'),
  p('Gao', 'ML', null, 'city'),
  p('Mopti', 'ML', null, 'city'),
  // Europe, North America, Australia
  p('Molenbeek', 'BE', null, 'city', ['Molenbeek-Saint-Jean']),
  p('Brussels', 'BE', null, 'city'),
  p('Antwerp', 'BE', null, 'city'),
  p('Vilvoorde', 'BE', null, 'city'),
  p('Flanders', 'BE', null, 'region', [], ['Flemish']),
  p('Wallonia', 'BE', null, 'region', [], ['Walloon']),
  p('Paris', 'FR', null, 'city'),
  p('Lunel', 'FR', null, 'city'),
  p('Bavaria', 'DE', 'DE-BY', 'subdivision', [], ['Bavarian']),
  p('North Rhine-Westphalia', 'DE', 'DE-NW', 'subdivision'),
  p('Hamburg', 'DE', 'DE-HH', 'city'),
  p('Berlin', 'DE', 'DE-BE', 'city'),
  p('Hesse', 'DE', 'DE-HE', 'subdivision'),
  p('Vienna', 'AT', null, 'city'),
  p('Amsterdam', 'NL', null, 'city'),
  p('The Hague', 'NL', null, 'city'),
  p('Stockholm', 'SE', null, 'city'),
  p('Gothenburg', 'SE', null, 'city'),
  p('Copenhagen', 'DK', null, 'city'),
  p('Aarhus', 'DK', null, 'city'),
  p('Oslo', 'NO', null, 'city'),
  p('Madrid', 'ES', null, 'city'),
  p('Ceuta', 'ES', 'ES-CE', 'city'),
  p('Melilla', 'ES', 'ES-ML', 'city'),
  p('Catalonia', 'ES', 'ES-CT', 'subdivision', [], ['Catalan']),
  p('Rome', 'IT', null, 'city'),
  p('England', 'GB', 'GB-ENG', 'subdivision'),
  p('Scotland', 'GB', 'GB-SCT', 'subdivision', [], ['Scottish', 'Scot']),
  p('Wales', 'GB', 'GB-WLS', 'subdivision', [], ['Welsh']),
  p('Northern Ireland', 'GB', 'GB-NIR', 'subdivision'),
  p('London', 'GB', null, 'city'),
  p('Birmingham', 'GB', null, 'city'),
  p('Manchester', 'GB', null, 'city'),
  p('Sarajevo', 'BA', null, 'city'),
  p('Pristina', 'XK', null, 'city', ['Prishtina']),
  p('Skopje', 'MK', null, 'city'),
  p('Tirana', 'AL', null, 'city'),
  p('Sandzak', 'RS', null, 'region', ['Sandžak']),
  p('Belgrade', 'RS', null, 'city'),
  p('Istanbul', 'TR', null, 'city'),
  p('Ankara', 'TR', null, 'city'),
  p('Gaziantep', 'TR', null, 'city'),
  p('Quebec', 'CA', 'CA-QC', 'subdivision', [], ['Quebecer', 'Quebecker']),
  p('Ontario', 'CA', 'CA-ON', 'subdivision'),
  p('Alberta', 'CA', 'CA-AB', 'subdivision'),
  p('Ottawa', 'CA', null, 'city'),
  p('Minnesota', 'US', 'US-MN', 'subdivision'),
  p('Washington', 'US', null, 'city', ['Washington DC']),
  p('New South Wales', 'AU', 'AU-NSW', 'subdivision'),
  p('Queensland', 'AU', 'AU-QLD', 'subdivision'),
  p('Sydney', 'AU', null, 'city'),
  p('Melbourne', 'AU', null, 'city'),
  p('Canberra', 'AU', null, 'city'),
  p('Port of Spain', 'TT', null, 'city'),
  p('Malé', 'MV', null, 'city'),
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('places_within', (t) => {
    t.comment('Places inside a country (subdivisions, regions, cities, islands), so that text naming one gives its country.');
    t.text('name').primary().comment('Common English name: Chechnya, Mindanao, Raqqa.');
    t.text('country').notNullable().references('code').inTable('countries').comment('The country the place is in (ISO 3166-1 alpha-2).');
    t.text('code').comment('ISO 3166-2 code, for a first-level subdivision that has one (RU-CE).');
    t.text('kind').notNullable().comment('subdivision | region | city | island');
    t.specificType('aliases', 'text[]').notNullable().defaultTo('{}').comment('Other English names and spellings: Raqqah, Deir al-Zour.');
    t.specificType('demonyms', 'text[]').notNullable().defaultTo('{}').comment('Words for its people that imply the country: Chechen, Dagestani, Uyghur.');
  });
  await knex.raw(`ALTER TABLE places_within ADD CONSTRAINT places_within_kind_check CHECK (kind IN ('subdivision', 'region', 'city', 'island'))`);
  await knex.batchInsert('places_within', PLACES_WITHIN, 200);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('places_within');
}
