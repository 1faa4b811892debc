/**
 * Deterministic debtors across 10 countries, as they reach the Contact Window Gate from
 * Segment Debtors: phone, country, sometimes a region or time zone, a contact history.
 */
const PROFILES: Array<{ country: string; phones: string[]; regions?: string[] }> = [
	{ country: 'CO', phones: ['+57300', '+57310', '+57315'] },
	{ country: 'PE', phones: ['+519'] },
	{ country: 'MX', phones: ['+5255', '+52664', '+52998', '+5281'] },
	{ country: 'CL', phones: ['+569'] },
	{ country: 'BR', phones: ['+551198', '+552198', '+558198', '+559298'], regions: ['BR-SP', 'BR-RJ', 'BR-PE', 'BR-AM', 'BR-CE'] },
	{ country: 'EC', phones: ['+59399'] },
	{ country: 'DO', phones: ['+1809'] },
	{ country: 'US', phones: ['+1212', '+1310', '+1312', '+1808'], regions: ['US-NY', 'US-CA', 'US-IL', 'US-MA', 'US-TX'] },
	{ country: 'ES', phones: ['+346'] },
	{ country: 'GB', phones: ['+4420'] },
];

export const BENCH_AS_OF = Date.parse('2026-03-20T15:00:00Z');

export function generateDebtors(count: number, seed = 42): Array<Record<string, unknown>> {
	let state = seed >>> 0;
	const random = () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
	const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
	const debtors: Array<Record<string, unknown>> = [];
	for (let i = 0; i < count; i++) {
		const profile = PROFILES[i % PROFILES.length];
		const prefix = pick(profile.phones);
		const nationalLength: Record<string, number> = { CO: 12, PE: 11, MX: 12, CL: 11, BR: 13, EC: 12, DO: 11, US: 11, ES: 11, GB: 12 };
		const phone = prefix + (prefix === '+1212' || prefix === '+1310' || prefix === '+1312' || prefix === '+1808' || prefix === '+1809' ? `${2 + Math.floor(random() * 8)}${digits(6)}` : digits(nationalLength[profile.country] - prefix.length + 1));
		const history = Array.from({ length: Math.floor(random() * 3) }, () => ({
			at: new Date(BENCH_AS_OF - Math.floor(random() * 9 * 86_400_000)).toISOString(),
			channel: pick(['whatsapp', 'sms']),
		}));
		debtors.push({
			id: `D${i}`,
			collection: {
				debtorId: `D${i}`,
				phone,
				country: profile.country,
				region: profile.regions && random() < 0.5 ? pick(profile.regions) : null,
				stage: 'short_term',
			},
			contactHistory: history,
			...(random() < 0.02 ? { optedOut: true } : {}),
		});
	}
	return debtors;
}
