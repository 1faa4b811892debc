import { bucketOf, daysBetween, DEFAULT_AGING, stageOf, agingRulesProblem } from '../../../lib/segmentation/aging';
import { amountRanks, priorityOf } from '../../../lib/segmentation/priority';
import { DEFAULT_PROFILE_RULES, profileOf } from '../../../lib/segmentation/profile';
import { idKey } from '../../../lib/debtor/keys';
import { createDebtorKeys } from '../../../lib/segmentation/debtor-key';
import { segmentRows, type SegmentOptions } from '../../../lib/segmentation/segment';

const options: SegmentOptions = {
	asOf: '2026-03-20',
	zone: 'America/Bogota',
	group: true,
	aging: DEFAULT_AGING,
	profileRules: DEFAULT_PROFILE_RULES,
	sortByPriority: true,
};

describe('aging', () => {
	test('days between calendar dates, across DST and leap days', () => {
		expect(daysBetween('2026-03-15', '2026-03-20')).toBe(5);
		expect(daysBetween('2026-03-20', '2026-03-15')).toBe(-5);
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
		expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
	});

	test.each([
		[-10, 'current', 'reminder'], [0, 'current', 'reminder'], [1, '1-30', 'short_term'], [30, '1-30', 'short_term'],
		[31, '31-60', 'medium_term'], [60, '31-60', 'medium_term'], [61, '61-90', 'medium_term'], [90, '61-90', 'medium_term'],
		[91, '90+', 'long_term'], [400, '90+', 'long_term'],
	])('%d days late → bucket %s, stage %s', (days, bucket, stage) => {
		expect(bucketOf(days, DEFAULT_AGING.bucketEdges)).toBe(bucket);
		expect(stageOf(days, DEFAULT_AGING)).toBe(stage);
	});

	test('edited boundaries', () => {
		expect(bucketOf(20, [15, 45])).toBe('16-45');
		expect(bucketOf(46, [15, 45])).toBe('45+');
		expect(stageOf(20, { bucketEdges: [15], shortTermMaxDays: 15, mediumTermMaxDays: 60 })).toBe('medium_term');
		expect(agingRulesProblem({ bucketEdges: [60, 30], shortTermMaxDays: 30, mediumTermMaxDays: 90 })).toMatch(/increasing/);
		expect(agingRulesProblem({ bucketEdges: [30], shortTermMaxDays: 90, mediumTermMaxDays: 30 })).toMatch(/short term/);
	});
});

describe('profile', () => {
	const none = { brokenPromises: null, refusals: null, replies: null };
	test.each([
		[none, 200, 'casual', 'no sign of unwillingness: 200 days late'],
		[{ ...none, refusals: 1 }, 5, 'intentional', 'refused to pay 1 time (limit 1)'],
		[{ ...none, brokenPromises: 2 }, 5, 'intentional', '2 broken promises (limit 2)'],
		[{ ...none, brokenPromises: 1, replies: 3 }, 5, 'casual', 'no sign of unwillingness: 1 broken promise, 3 replies, 5 days late'],
		[{ ...none, replies: 0 }, 60, 'intentional', 'no reply and 60 days late (limit 60)'],
		[{ ...none, replies: 0 }, 59, 'casual', 'no sign of unwillingness: 0 replies, 59 days late'],
		[none, 1, 'casual', 'no sign of unwillingness: 1 day late'],
		[none, -3, 'casual', 'no sign of unwillingness: due in 3 days'],
	])('%j at %d days → %s (%s)', (history, days, profile, reason) => {
		expect(profileOf(history, days, DEFAULT_PROFILE_RULES)).toEqual({ profile, reason });
	});
});

describe('priority', () => {
	test('amount ranks compare within a currency only, ties share the middle', () => {
		expect(amountRanks([
			{ amount: 10, currency: 'USD' }, { amount: 30, currency: 'USD' }, { amount: 20, currency: 'USD' },
			{ amount: 1_000_000, currency: 'COP' },
		])).toEqual([0, 1, 0.5, 0.5]);
		expect(amountRanks([{ amount: 5, currency: 'USD' }, { amount: 5, currency: 'USD' }, { amount: 9, currency: 'USD' }])).toEqual([0.25, 0.25, 1]);
	});

	test('the documented formula', () => {
		expect(priorityOf(1, 180, 'casual')).toBe(100);
		expect(priorityOf(0, 0, 'intentional')).toBe(0);
		expect(priorityOf(0.5, 90, 'casual')).toBe(Math.round(100 * (0.25 + 0.175 + 0.15)));
		expect(priorityOf(1, 400, 'intentional')).toBe(85);
	});
});

describe('segmentRows', () => {
	const row = (over: Record<string, unknown>) => ({ id: 'C1', nombre: 'Ana', celular: '+573001234567', saldo: 100000, vencimiento: '2026-03-15', ...over });

	test('groups one debtor’s invoices into one item, aged from the oldest, totals exact', () => {
		const { debtors, invalid } = segmentRows(
			[row({ factura: 'A', saldo: 100000.1, vencimiento: '2026-03-15' }), row({ id: 'C2', celular: '+573009999999', nombre: 'Beto' }), row({ factura: 'B', saldo: 50000.2, vencimiento: '2026-01-10' })],
			{ ...options, defaultCurrency: 'USD' },
		);
		expect(invalid).toEqual([]);
		expect(debtors).toHaveLength(2);
		const ana = debtors.find((d) => d.collection.debtorId === 'C1')!;
		expect(ana.itemIndexes).toEqual([0, 2]);
		expect(ana.collection).toMatchObject({ amountDue: 150000.3, dueDate: '2026-01-10', daysPastDue: 69, bucket: '61-90', stage: 'medium_term' });
		expect(ana.collection.invoices.map((i) => [i.invoiceId, i.itemIndex, i.daysPastDue])).toEqual([['B', 2, 69], ['A', 0, 5]]);
	});

	test('one item per currency; without grouping one item per row', () => {
		const rows = [row({ saldo: 'USD 10' }), row({ saldo: 'COP 50.000' }), row({ saldo: 'USD 5' })];
		expect(segmentRows(rows, options).debtors.map((d) => [d.collection.currency, d.collection.amountDue]).sort()).toEqual([['COP', 50000], ['USD', 15]]);
		expect(segmentRows(rows, { ...options, group: false }).debtors).toHaveLength(3);
	});

	test('rows without an id group by phone', () => {
		const { debtors } = segmentRows([{ tel: '+573001234567', monto: 1, vence: '2026-03-01' }, { tel: '300 123 4567', pais: 'CO', monto: 2, vence: '2026-03-01' }].map((r) => ({ phone: r.tel, amount: r.monto, due: r.vence, country: (r as { pais?: string }).pais })), { ...options, defaultCurrency: 'COP' });
		expect(debtors).toHaveLength(1);
		expect(debtors[0].itemIndexes).toEqual([0, 1]);
	});

	test('without an As Of each debtor is aged on today in their own zone, not the workflow’s', () => {
		// 03:30 on the 20th in Madrid, the workflow's zone; 23:30 in São Paulo and 20:30 in Mexico City, on the 19th.
		const now = Date.parse('2026-03-20T02:30:00Z');
		const rows = [
			{ id: 'BR', celular: '+5511987654321', valor: 'R$ 10,00', vencimento: '2026-03-19' },
			{ id: 'MX', celular: '+525512345678', monto: 'MXN 10', vencimiento: '2026-03-19' },
			{ id: 'MX', celular: '+525512345678', monto: 'MXN 10', vencimiento: '2026-03-10' },
		];
		const aged = (extra: Partial<SegmentOptions>) =>
			segmentRows(rows, { ...options, zone: 'Europe/Madrid', asOf: '2026-03-20', sortByPriority: false, ...extra }).debtors.map((d) => [d.collection.debtorId, d.collection.daysPastDue, d.collection.invoices.map((i) => i.daysPastDue)]);
		expect(aged({ now })).toEqual([['BR', 0, [0]], ['MX', 9, [9, 0]]]);
		// An As Of given is the day for everyone.
		expect(aged({})).toEqual([['BR', 1, [1]], ['MX', 10, [10, 1]]]);
	});

	test('invalid rows are reported and kept out of groups; sorting puts the highest priority first', () => {
		const { debtors, invalid } = segmentRows(
			[row({ id: 'A', saldo: 10, vencimiento: '2026-03-19' }), row({ id: 'B', saldo: 'nada' }), row({ id: 'C', saldo: 900000, vencimiento: '2025-10-01' })],
			options,
		);
		expect(invalid.map((r) => r.itemIndex)).toEqual([1]);
		expect(debtors.map((d) => d.collection.debtorId)).toEqual(['C', 'A']);
		expect(debtors[0].collection.priority).toBeGreaterThan(debtors[1].collection.priority);
	});
});

describe('debtor keys', () => {
	test.each([
		['012.345.678-90', '01234567890', '1234567890', ' 012 345 678 90 '],
		['12.345.678-k', '12345678-K', '12345678k'],
		['C-001', 'c001', 'C 001'],
		['José-1', 'jose1'],
	])('%s and its other spellings are one id', (...spellings) => {
		expect(new Set(spellings.map(idKey)).size).toBe(1);
	});

	test.each([
		['C-1', 'C-12'], ['0', '00a'], ['A1', 'A2'], ['山田', '田中'], ['山田', ''],
	])('%s and %s are two ids', (a, b) => {
		expect(idKey(a)).not.toBe(idKey(b));
	});

	test('rows without an id are their phone and name; a nameless row takes its phone’s only name', () => {
		const record = (name: string | null, phone = '+573001234567', debtorId = phone) =>
			({ debtorId, name, phone, country: 'CO', region: null, timezone: null, language: 'es', amount: 1, currency: 'COP', dueDate: '2026-03-01', invoiceId: null, history: { brokenPromises: null, refusals: null, replies: null } }) as const;
		const alone = createDebtorKeys([record('Ana Pérez'), record(null)]);
		expect(alone(record(null))).toBe(alone(record('ANA  PEREZ')));
		const shared = createDebtorKeys([record('Ana Pérez'), record('Carlos Pérez'), record(null)]);
		expect(new Set([shared(record('Ana Pérez')), shared(record('Carlos Pérez')), shared(record(null))]).size).toBe(3);
		// An id column holding a phone-like text is still an id, apart from the phone's rows.
		expect(shared(record('Ana Pérez', '+573001234567', '573001234567'))).not.toBe(shared(record('Ana Pérez')));
	});
});
