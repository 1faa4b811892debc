/**
 * IANA time zones of subdivisions (ISO 3166-2) in the multi-zone countries the Gate serves.
 * Several zones: the subdivision spans them (or a part follows another DST rule), and contact
 * must be allowed in every one. Reviewed against the tz database's zone descriptions.
 */
export const REGION_ZONES: Record<string, string[]> = {
	// Brasil: UTC-2 (Noronha, part of PE), -3, -4, -5 (Acre, western Amazonas); no DST.
	'BR-AC': ['America/Rio_Branco'], 'BR-AL': ['America/Maceio'], 'BR-AP': ['America/Belem'],
	'BR-AM': ['America/Manaus', 'America/Eirunepe'], 'BR-BA': ['America/Bahia'], 'BR-CE': ['America/Fortaleza'],
	'BR-DF': ['America/Sao_Paulo'], 'BR-ES': ['America/Sao_Paulo'], 'BR-GO': ['America/Sao_Paulo'],
	'BR-MA': ['America/Fortaleza'], 'BR-MT': ['America/Cuiaba'], 'BR-MS': ['America/Campo_Grande'],
	'BR-MG': ['America/Sao_Paulo'], 'BR-PA': ['America/Belem', 'America/Santarem'], 'BR-PB': ['America/Fortaleza'],
	'BR-PR': ['America/Sao_Paulo'], 'BR-PE': ['America/Recife', 'America/Noronha'], 'BR-PI': ['America/Fortaleza'],
	'BR-RJ': ['America/Sao_Paulo'], 'BR-RN': ['America/Fortaleza'], 'BR-RS': ['America/Sao_Paulo'],
	'BR-RO': ['America/Porto_Velho'], 'BR-RR': ['America/Boa_Vista'], 'BR-SC': ['America/Sao_Paulo'],
	'BR-SP': ['America/Sao_Paulo'], 'BR-SE': ['America/Maceio'], 'BR-TO': ['America/Araguaina'],
	// México: border municipalities follow US DST (Tijuana, Ciudad Juárez, Ojinaga, Matamoros).
	'MX-AGU': ['America/Mexico_City'], 'MX-BCN': ['America/Tijuana'], 'MX-BCS': ['America/Mazatlan'],
	'MX-CAM': ['America/Merida'], 'MX-CHP': ['America/Mexico_City'],
	'MX-CHH': ['America/Chihuahua', 'America/Ciudad_Juarez', 'America/Ojinaga'], 'MX-CMX': ['America/Mexico_City'],
	'MX-COA': ['America/Monterrey', 'America/Matamoros'], 'MX-COL': ['America/Mexico_City'],
	'MX-DUR': ['America/Monterrey'], 'MX-GUA': ['America/Mexico_City'], 'MX-GRO': ['America/Mexico_City'],
	'MX-HID': ['America/Mexico_City'], 'MX-JAL': ['America/Mexico_City'], 'MX-MEX': ['America/Mexico_City'],
	'MX-MIC': ['America/Mexico_City'], 'MX-MOR': ['America/Mexico_City'],
	'MX-NAY': ['America/Mazatlan', 'America/Bahia_Banderas'], 'MX-NLE': ['America/Monterrey', 'America/Matamoros'],
	'MX-OAX': ['America/Mexico_City'], 'MX-PUE': ['America/Mexico_City'], 'MX-QUE': ['America/Mexico_City'],
	'MX-ROO': ['America/Cancun'], 'MX-SLP': ['America/Mexico_City'], 'MX-SIN': ['America/Mazatlan'],
	'MX-SON': ['America/Hermosillo'], 'MX-TAB': ['America/Mexico_City'], 'MX-TAM': ['America/Monterrey', 'America/Matamoros'],
	'MX-TLA': ['America/Mexico_City'], 'MX-VER': ['America/Mexico_City'], 'MX-YUC': ['America/Merida'],
	'MX-ZAC': ['America/Mexico_City'],
	// United States: states that span two zones list both; Arizona's Navajo Nation keeps DST.
	'US-AL': ['America/Chicago'], 'US-AK': ['America/Anchorage', 'America/Adak'], 'US-AZ': ['America/Phoenix', 'America/Denver'],
	'US-AR': ['America/Chicago'], 'US-CA': ['America/Los_Angeles'], 'US-CO': ['America/Denver'],
	'US-CT': ['America/New_York'], 'US-DE': ['America/New_York'], 'US-DC': ['America/New_York'],
	'US-FL': ['America/New_York', 'America/Chicago'], 'US-GA': ['America/New_York'], 'US-HI': ['Pacific/Honolulu'],
	'US-ID': ['America/Boise', 'America/Los_Angeles'], 'US-IL': ['America/Chicago'],
	'US-IN': ['America/Indiana/Indianapolis', 'America/Chicago'], 'US-IA': ['America/Chicago'],
	'US-KS': ['America/Chicago', 'America/Denver'], 'US-KY': ['America/New_York', 'America/Chicago'],
	'US-LA': ['America/Chicago'], 'US-ME': ['America/New_York'], 'US-MD': ['America/New_York'],
	'US-MA': ['America/New_York'], 'US-MI': ['America/Detroit', 'America/Menominee'], 'US-MN': ['America/Chicago'],
	'US-MS': ['America/Chicago'], 'US-MO': ['America/Chicago'], 'US-MT': ['America/Denver'],
	'US-NE': ['America/Chicago', 'America/Denver'], 'US-NV': ['America/Los_Angeles'], 'US-NH': ['America/New_York'],
	'US-NJ': ['America/New_York'], 'US-NM': ['America/Denver'], 'US-NY': ['America/New_York'], 'US-NYC': ['America/New_York'],
	'US-NC': ['America/New_York'], 'US-ND': ['America/Chicago', 'America/Denver'], 'US-OH': ['America/New_York'],
	'US-OK': ['America/Chicago'], 'US-OR': ['America/Los_Angeles', 'America/Boise'], 'US-PA': ['America/New_York'],
	'US-RI': ['America/New_York'], 'US-SC': ['America/New_York'], 'US-SD': ['America/Chicago', 'America/Denver'],
	'US-TN': ['America/Chicago', 'America/New_York'], 'US-TX': ['America/Chicago', 'America/Denver'],
	'US-UT': ['America/Denver'], 'US-VT': ['America/New_York'], 'US-VA': ['America/New_York'],
	'US-WA': ['America/Los_Angeles'], 'US-WV': ['America/New_York'], 'US-WI': ['America/Chicago'], 'US-WY': ['America/Denver'],
	'US-PR': ['America/Puerto_Rico'], 'US-VI': ['America/St_Thomas'], 'US-GU': ['Pacific/Guam'], 'US-MP': ['Pacific/Saipan'],
	'US-AS': ['Pacific/Pago_Pago'],
	// Chile: Magallanes keeps UTC-3 all year; Valparaíso includes Easter Island (Isla de Pascua
	// province), two hours behind Santiago.
	'CL-AI': ['America/Santiago'], 'CL-AN': ['America/Santiago'], 'CL-AP': ['America/Santiago'], 'CL-AR': ['America/Santiago'],
	'CL-AT': ['America/Santiago'], 'CL-BI': ['America/Santiago'], 'CL-CO': ['America/Santiago'], 'CL-LI': ['America/Santiago'],
	'CL-LL': ['America/Santiago'], 'CL-LR': ['America/Santiago'], 'CL-MA': ['America/Punta_Arenas'], 'CL-ML': ['America/Santiago'],
	'CL-NB': ['America/Santiago'], 'CL-RM': ['America/Santiago'], 'CL-TA': ['America/Santiago'], 'CL-VS': ['America/Santiago', 'Pacific/Easter'],
	// Ecuador: Galápagos is an hour behind the mainland.
	'EC-W': ['Pacific/Galapagos'],
	...Object.fromEntries(['A', 'B', 'F', 'C', 'H', 'X', 'O', 'E', 'G', 'I', 'L', 'R', 'M', 'S', 'N', 'D', 'Y', 'P', 'SE', 'SD', 'U', 'T', 'Z'].map((code) => [`EC-${code}`, ['America/Guayaquil']])),
	// España: Canarias an hour behind; Ceuta and Melilla on Africa/Ceuta (same rules as Madrid).
	'ES-CN': ['Atlantic/Canary'], 'ES-GC': ['Atlantic/Canary'], 'ES-TF': ['Atlantic/Canary'],
	'ES-AN': ['Europe/Madrid'], 'ES-AR': ['Europe/Madrid'], 'ES-AS': ['Europe/Madrid'], 'ES-CB': ['Europe/Madrid'],
	'ES-CL': ['Europe/Madrid'], 'ES-CM': ['Europe/Madrid'], 'ES-CT': ['Europe/Madrid'], 'ES-EX': ['Europe/Madrid'],
	'ES-GA': ['Europe/Madrid'], 'ES-IB': ['Europe/Madrid'], 'ES-RI': ['Europe/Madrid'], 'ES-MD': ['Europe/Madrid'],
	'ES-MC': ['Europe/Madrid'], 'ES-NC': ['Europe/Madrid'], 'ES-PV': ['Europe/Madrid'], 'ES-VC': ['Europe/Madrid'],
	'ES-CE': ['Africa/Ceuta'], 'ES-ML': ['Africa/Ceuta'],
};

/**
 * Every zone a debtor of the country may be in, when neither a time zone, a region nor the
 * phone narrows it down. Multi-zone countries list one zone per distinct rule.
 */
export const COUNTRY_ZONES: Record<string, string[]> = {
	AR: ['America/Argentina/Buenos_Aires'],
	BO: ['America/La_Paz'],
	BR: ['America/Noronha', 'America/Sao_Paulo', 'America/Manaus', 'America/Rio_Branco'],
	CL: ['America/Santiago', 'America/Punta_Arenas', 'Pacific/Easter'],
	CO: ['America/Bogota'],
	CR: ['America/Costa_Rica'],
	DO: ['America/Santo_Domingo'],
	EC: ['America/Guayaquil', 'Pacific/Galapagos'],
	ES: ['Europe/Madrid', 'Atlantic/Canary'],
	GB: ['Europe/London'],
	GT: ['America/Guatemala'],
	HN: ['America/Tegucigalpa'],
	MX: ['America/Mexico_City', 'America/Cancun', 'America/Mazatlan', 'America/Hermosillo', 'America/Tijuana', 'America/Ciudad_Juarez', 'America/Matamoros'],
	NI: ['America/Managua'],
	PA: ['America/Panama'],
	PE: ['America/Lima'],
	PR: ['America/Puerto_Rico'],
	PT: ['Europe/Lisbon', 'Atlantic/Azores', 'Atlantic/Madeira'],
	PY: ['America/Asuncion'],
	SV: ['America/El_Salvador'],
	US: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'],
	UY: ['America/Montevideo'],
	VE: ['America/Caracas'],
};
