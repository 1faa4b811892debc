import { normalisePhone } from '../lib/debtor/phone';
import { seeded } from './random';

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

/** Characters of an E.164 number, "+" included. */
const NUMBER_LENGTH: Record<string, number> = { CO: 13, PE: 12, MX: 13, CL: 12, BR: 14, EC: 13, DO: 12, US: 12, ES: 12, GB: 13 };

/** Draws numbers until one is valid: the bench measures debtors, not phone errors. */
function validPhone(country: string, draw: () => string): string {
	for (let attempt = 0; attempt < 1000; attempt++) {
		const phone = draw();
		const parsed = normalisePhone(phone);
		if (parsed.ok && parsed.value.country === country) return phone;
	}
	throw new Error(`no valid ${country} number drawn in 1000 attempts: check the prefixes`);
}

export const BENCH_AS_OF = Date.parse('2026-03-20T15:00:00Z');

export function generateDebtors(count: number, seed = 42): Array<Record<string, unknown>> {
	const { random, pick, digits } = seeded(seed);
	const debtors: Array<Record<string, unknown>> = [];
	for (let i = 0; i < count; i++) {
		const profile = PROFILES[i % PROFILES.length];
		const phone = validPhone(profile.country, () => {
			const prefix = pick(profile.phones);
			return prefix + digits(NUMBER_LENGTH[profile.country] - prefix.length);
		});
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
