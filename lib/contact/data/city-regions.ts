/**
 * Places with rules of their own that an address names by city or a phone by area code, but
 * that have no ISO 3166-2 code. One row per place, with its source.
 */
export interface CityRegion {
	region: string;
	/** The country the region belongs to. */
	country: string;
	/** City names as addresses write them (normalised keys: case, accents, spaces do not matter). */
	cities: string[];
	/** NANP area codes used only inside the place. */
	areaCodes: string[];
	source: string;
}

export const CITY_REGIONS: CityRegion[] = [
	{
		region: 'US-NYC',
		country: 'US',
		// The five boroughs (6 RCNY 5-76 applies to consumers in New York City).
		cities: ['newyork', 'newyorkcity', 'nyc', 'manhattan', 'brooklyn', 'queens', 'bronx', 'thebronx', 'statenisland'],
		// 212/646/332 Manhattan, 718/347/929 the other boroughs, 917 all five (NANPA; NYC DoITT).
		areaCodes: ['212', '332', '347', '646', '718', '917', '929'],
		source: 'NANPA area code assignments (New York City overlay complex 212/646/332 and 718/347/929, plus 917 citywide)',
	},
];
