import { seeded } from './random';

/** Debtors as Segment Debtors leaves them: language, amount, stage and profile set. */
export function generateSegmented(count: number, seed = 42): Array<Record<string, unknown>> {
	const { random, pick } = seeded(seed);
	const countries = [
		{ country: 'CO', language: 'es', currency: 'COP', scale: 100_000 },
		{ country: 'PE', language: 'es', currency: 'PEN', scale: 100 },
		{ country: 'MX', language: 'es', currency: 'MXN', scale: 1_000 },
		{ country: 'US', language: 'en', currency: 'USD', scale: 100 },
		{ country: 'EC', language: 'es', currency: 'USD', scale: 100 },
	];
	return Array.from({ length: count }, (_, i) => {
		const c = countries[i % countries.length];
		const daysPastDue = Math.floor(random() * 200) - 10;
		return {
			id: `D${i}`,
			collection: {
				debtorId: `D${i}`,
				name: pick(['Ana Pérez', 'João Silva', 'Jane Roe', 'Luis Díaz', 'María José Gómez']),
				country: c.country,
				language: c.language,
				amountDue: Math.round(random() * 50 * c.scale) / 100 + 1,
				currency: c.currency,
				dueDate: new Date(Date.UTC(2026, 2, 20) - daysPastDue * 86_400_000).toISOString().slice(0, 10),
				daysPastDue,
				stage: daysPastDue <= 0 ? 'reminder' : daysPastDue <= 30 ? 'short_term' : daysPastDue <= 90 ? 'medium_term' : 'long_term',
				profile: random() < 0.3 ? 'intentional' : 'casual',
			},
		};
	});
}
