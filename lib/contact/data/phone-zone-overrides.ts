/**
 * Corrections to the generated prefix → zone map (phone-zones.ts, Google libphonenumber's),
 * one row per prefix with its source; the longest matching prefix of this table wins over the
 * generated data. Where an area code spans zones, the row lists every zone it spans: contact
 * must then be allowed in all of them.
 *
 * Zone descriptions are tzdata's zone1970.tab (2022g and later): America/Chihuahua "Chihuahua
 * (most areas)", UTC-6 all year since the Ley del Sistema de Horario (DOF 28 Oct 2022);
 * America/Ciudad_Juarez "Chihuahua (US border - west)" and America/Ojinaga "Chihuahua (US
 * border - east)", both on US DST; America/Matamoros "Coahuila, Nuevo León, Tamaulipas (US
 * border)", US DST; America/Monterrey "Durango; Coahuila, Nuevo León, Tamaulipas (most areas)";
 * America/Hermosillo "Sonora"; America/Tijuana "Baja California"; America/Cancun "Quintana Roo";
 * America/Bahia_Banderas "Bahía de Banderas". Area code → state: Google libphonenumber's
 * geocoding data (es/52), from the IFT numbering plan. Which municipalities an area code serves
 * was not checked against the IFT plan line by line: a code that may reach a border
 * municipality lists the border zone as well (an extra zone only narrows the window).
 */
export interface PhoneZoneOverride {
	/** Calling code + area code, digits only. */
	prefix: string;
	/** Empty: numbers of this prefix are tied to no region, the number tells the country only. */
	zones: string[];
	/** Where the area code is, and why these zones. */
	source: string;
}

const TZ = 'tzdata zone1970.tab';
const CHIH = `Chihuahua (libphonenumber geocoding); ${TZ}: America/Chihuahua, UTC-6 all year since the 2022 Ley del Sistema de Horario (was Mazatlán UTC-7)`;
const CHIH_BORDER = 'may reach border municipalities on US DST (Ley del Sistema de Horario 2022, art. 3: Juárez, Praxedis G. Guerrero, Guadalupe, Coyame del Sotol, Ojinaga, Manuel Benavides, Ascensión, Janos)';
const TAM_BORDER = `${TZ}: America/Matamoros (US border, US DST)`;
const SON = `Sonora (libphonenumber geocoding); ${TZ}: America/Hermosillo, no DST (generated data says Mazatlán: same offset today, wrong rule)`;

export const PHONE_ZONE_OVERRIDES: PhoneZoneOverride[] = [
	// Brasil and Chile (kept from the former corrections in timezones.ts).
	{ prefix: '5581', zones: ['America/Recife', 'America/Noronha'], source: 'DDD 81 serves Recife and Fernando de Noronha (generated data: Noronha only, an hour off for Recife)' },
	{ prefix: '5661', zones: ['America/Punta_Arenas'], source: `Magallanes; ${TZ}: America/Punta_Arenas, UTC-3 all year` },
	{ prefix: '5632', zones: ['America/Santiago', 'Pacific/Easter'], source: `area code 32 is Valparaíso region's, Isla de Pascua included; ${TZ}: Pacific/Easter, two hours behind Santiago (generated data: Santiago only)` },
	// Pará has been on Brasília time (UTC-3) in the whole state since Lei 11.662/2008; the
	// generated data still says Manaus (UTC-4), an hour off at closing time.
	{ prefix: '5593', zones: ['America/Santarem'], source: `DDD 93 western Pará (Santarém); ${TZ}: America/Santarem "Pará (west)", UTC-3` },
	{ prefix: '5594', zones: ['America/Belem'], source: `DDD 94 south-eastern Pará (Marabá); ${TZ}: America/Belem "Pará (east)", UTC-3` },
	{ prefix: '5597', zones: ['America/Manaus', 'America/Eirunepe'], source: `DDD 97 serves interior Amazonas, its western municipalities included; ${TZ}: America/Eirunepe "Amazonas (west)", UTC-5 (generated data: Manaus only)` },

	// Mobiles tied to no region: the number tells the country only (an empty list), so the
	// stated region or time zone decides, else every zone of the country (COUNTRY_ZONES, Easter
	// Island, Galápagos and the Canaries included). The generated data names the capital's zone.
	{ prefix: '569', zones: [], source: 'Chilean mobiles (9…) are not tied to a region (generated data: Santiago only)' },
	{ prefix: '5939', zones: [], source: 'Ecuadorian mobiles (09…) are not tied to a province (generated data: Guayaquil only, not Galápagos)' },
	...['346', '347'].map((prefix) => ({ prefix, zones: [], source: 'Spanish mobiles (6…, 7…) are not tied to a province (generated data: Madrid only, not the Canaries)' })),

	// México — Chihuahua: the state moved to UTC-6 all year in 2022; its border strip follows US DST.
	{ prefix: '52614', zones: ['America/Chihuahua'], source: `614 Chihuahua city; ${CHIH}` },
	{ prefix: '52621', zones: ['America/Chihuahua'], source: `621; ${CHIH}` },
	{ prefix: '52625', zones: ['America/Chihuahua'], source: `625 (Cuauhtémoc); ${CHIH}` },
	{ prefix: '52626', zones: ['America/Ojinaga', 'America/Chihuahua'], source: `626 Ojinaga, CHIH; ${TZ}: America/Ojinaga (US border - east); may reach interior municipalities` },
	{ prefix: '52627', zones: ['America/Chihuahua'], source: `627 Parral, CHIH; ${CHIH}` },
	{ prefix: '52628', zones: ['America/Chihuahua'], source: `628; ${CHIH}` },
	{ prefix: '52629', zones: ['America/Chihuahua'], source: `629; ${CHIH}` },
	{ prefix: '52635', zones: ['America/Chihuahua'], source: `635; ${CHIH}` },
	{ prefix: '52636', zones: ['America/Chihuahua', 'America/Ciudad_Juarez'], source: `636 (Nuevo Casas Grandes); ${CHIH}; ${CHIH_BORDER}` },
	{ prefix: '52639', zones: ['America/Chihuahua'], source: `639 (Delicias); ${CHIH}` },
	{ prefix: '52648', zones: ['America/Chihuahua'], source: `648 Ciudad Camargo, CHIH; ${CHIH}` },
	{ prefix: '52649', zones: ['America/Chihuahua', 'America/Monterrey'], source: `649 Chihuahua/Durango (libphonenumber geocoding); ${CHIH}; Durango: ${TZ} America/Monterrey (generated data: Mazatlán, Mexico City)` },
	{ prefix: '52652', zones: ['America/Chihuahua'], source: `652; ${CHIH}` },
	{ prefix: '52656', zones: ['America/Ciudad_Juarez'], source: `656 Ciudad Juárez; ${TZ}: America/Ciudad_Juarez (US border - west), US Mountain DST` },
	{ prefix: '52657', zones: ['America/Ciudad_Juarez', 'America/Chihuahua'], source: `657 (Chihuahua, near Juárez; generated data: Mazatlán); ${CHIH_BORDER}` },
	{ prefix: '52659', zones: ['America/Chihuahua', 'America/Ciudad_Juarez'], source: `659; ${CHIH}; ${CHIH_BORDER}` },

	// México — Tamaulipas, Nuevo León and Coahuila border codes follow US DST (Matamoros).
	{ prefix: '52868', zones: ['America/Matamoros'], source: `868 Matamoros, TAMPS; ${TAM_BORDER}` },
	{ prefix: '52867', zones: ['America/Matamoros'], source: `867 Nuevo Laredo (Nuevo León/Tamaulipas); ${TAM_BORDER}` },
	{ prefix: '52899', zones: ['America/Matamoros'], source: `899 Reynosa, TAMPS; ${TAM_BORDER}` },
	{ prefix: '52894', zones: ['America/Matamoros'], source: `894 Valle Hermoso, TAMPS (a border municipality under the 2022 law); ${TAM_BORDER}` },
	{ prefix: '52897', zones: ['America/Matamoros', 'America/Monterrey'], source: `897 Tamaulipas (Ribereña: Mier, Miguel Alemán, Camargo); ${TAM_BORDER}; may reach interior municipalities` },
	{ prefix: '52891', zones: ['America/Matamoros', 'America/Monterrey'], source: `891 Tamaulipas (Nueva Ciudad Guerrero area); ${TAM_BORDER}; may reach interior municipalities` },
	{ prefix: '52877', zones: ['America/Matamoros'], source: `877 Ciudad Acuña, COAH; ${TAM_BORDER}` },
	{ prefix: '52878', zones: ['America/Matamoros'], source: `878 Piedras Negras, COAH; ${TAM_BORDER}` },
	{ prefix: '52862', zones: ['America/Matamoros', 'America/Monterrey'], source: `862 Coahuila (Allende, Nava, Zaragoza area); ${TAM_BORDER}; may reach interior municipalities` },
	{ prefix: '52873', zones: ['America/Matamoros', 'America/Monterrey'], source: `873 Nuevo León (Anáhuac area, a border municipality); ${TAM_BORDER}; may reach interior municipalities` },
	{ prefix: '52892', zones: ['America/Matamoros', 'America/Monterrey'], source: `892 Nuevo León; ${TAM_BORDER}; may reach interior municipalities` },

	// México — Sonora keeps UTC-7 without DST (Hermosillo), not Mazatlán's rule.
	...['622', '623', '631', '632', '633', '634', '637', '638', '641', '642', '643', '644', '645', '647', '651', '653', '662'].map((code) => ({
		prefix: `52${code}`,
		zones: ['America/Hermosillo'],
		source: `${code}: ${SON}`,
	})),

	// México — Baja California (US Pacific DST) and Quintana Roo (UTC-5): generated data agrees; pinned.
	...['616', '646', '658', '661', '664', '665', '686'].map((code) => ({ prefix: `52${code}`, zones: ['America/Tijuana'], source: `${code} Baja California (libphonenumber geocoding); ${TZ}: America/Tijuana` })),
	...['983', '984', '987', '998'].map((code) => ({ prefix: `52${code}`, zones: ['America/Cancun'], source: `${code} Quintana Roo (libphonenumber geocoding); ${TZ}: America/Cancun, UTC-5 all year` })),

	// México — Bahía de Banderas (Nayarit) keeps Central time; Puerto Vallarta (Jalisco) shares 322.
	{ prefix: '52322', zones: ['America/Mexico_City', 'America/Bahia_Banderas'], source: `322 Puerto Vallarta (Jalisco) and Bahía de Banderas (Nayarit); ${TZ}: America/Bahia_Banderas` },
	{ prefix: '52329', zones: ['America/Bahia_Banderas', 'America/Mazatlan'], source: `329 Nayarit (Bahía de Banderas coast; generated data: Mexico City); ${TZ}: America/Bahia_Banderas, rest of Nayarit America/Mazatlan` },
];
