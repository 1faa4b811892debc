import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { openFileLedger } from '../../lib/ledger/file';
import { runWorkflow, singleNode } from '../harness/engine';

const FRIDAY_NOON_BOGOTA = '2026-03-20T12:00:00-05:00';
// These tests are about hours, caps, errors and the ledger: the user attests channel consent
// (CO requires it, Ley 2300 art. 2); the tests without it are in 'channel authorisation'.
const gate = (parameters: IDataObject, settings = {}) =>
	singleNode('contactWindowGate', { asOf: FRIDAY_NOON_BOGOTA, ledger: 'none', ...parameters, options: { consentRecordedElsewhere: true, ...(parameters.options as IDataObject) } }, settings);
const windowOf = (item: INodeExecutionData) => (item.json.collection as IDataObject).window as IDataObject;

describe('Contact Window Gate in the n8n engine', () => {
	const debtors = [
		{ name: 'ok', phone: '+573001234567' },
		{ name: 'bad history', phone: '+573001234567', contactHistory: 'ayer' },
		{ name: 'unknown country', phone: '12345' },
	];

	test('a bad item stops the run with its index and the field at fault', async () => {
		const { error } = await runWorkflow(gate({}), debtors);
		expect(error?.message).toBe('contactHistory: "ayer" is not a list: expected ISO timestamps or {at, channel} objects (input row 2)');
		expect((error as unknown as { context: { itemIndex: number } }).context.itemIndex).toBe(1);
	});

	test('the caps that applied go out with the decision, house rules included, for Send to check again', async () => {
		const { outputs } = await runWorkflow(gate({ houseRules: { perRolling7Days: 3, perDay: 5 } }), [debtors[0]]);
		expect(windowOf(outputs.Node[0][0]).caps).toEqual({ perDay: 1, channelsPerRolling7Days: 1, perRolling7Days: 3 });
	});

	test('continue (error output): bad items go to the error output, the rest are decided', async () => {
		const { outputs, error } = await runWorkflow(gate({}, { onError: 'continueErrorOutput' }), debtors);
		expect(error).toBeUndefined();
		expect(outputs.Node.map((o) => o.length)).toEqual([1, 0, 0, 2]);
		expect(outputs.Node[3].map((i) => i.json.error)).toEqual([
			'contactHistory: "ayer" is not a list: expected ISO timestamps or {at, channel} objects (input row 2)',
			'phone: "12345" has no country code: write it with + and its country code (+57…, +55…), or set the row\'s country or the node\'s Default Country (input row 3)',
		]);
	});

	test('continue (regular output): bad items land on Blocked, never on Allowed', async () => {
		const { outputs } = await runWorkflow(gate({}, { onError: 'continueRegularOutput' }), debtors);
		expect(outputs.Node[0].map((i) => i.json.name)).toEqual(['ok']);
		// Each keeps its own fields, says why, and is not allowed.
		expect(outputs.Node[2].map((i) => [i.pairedItem, i.json.name, typeof i.json.error, windowOf(i).allowed])).toEqual([
			[{ item: 1 }, 'bad history', 'string', false],
			[{ item: 2 }, 'unknown country', 'string', false],
		]);
	});

	test('a bad parameter names itself', async () => {
		const { error } = await runWorkflow(gate({ houseRules: { earliest: 'nine' } }), [debtors[0]]);
		expect(error?.message).toBe('House Rules: "nine" is not a time of day: expected HH:MM, like 07:00 or 19:30 (input row 1)');
		const custom = await runWorkflow(gate({ policy: 'custom' }), [debtors[0]]);
		expect(custom.error?.message).toBe('Custom Hours: add at least one row of opening hours (input row 1)');
	});

	test('house rules tighten the law; an explicit policy overrides auto', async () => {
		const { outputs } = await runWorkflow(gate({ houseRules: { latest: '12:00' } }), [debtors[0]]);
		expect(windowOf(outputs.Node[1][0])).toMatchObject({ reasons: ['OUTSIDE_HOURS'], nextAllowedAt: '2026-03-21T08:00:00-05:00' });
		const peru = await runWorkflow(gate({ policy: 'PE', asOf: '2026-03-21T10:00:00-05:00' }), [debtors[0]]);
		expect(windowOf(peru.outputs.Node[1][0])).toMatchObject({ policy: 'PE', reasons: ['CLOSED_DAY'], nextAllowedAt: '2026-03-23T07:00:00-05:00' });
	});

	test('a custom policy from the node’s parameters', async () => {
		const { outputs } = await runWorkflow(
			gate({
				policy: 'custom',
				asOf: '2026-03-22T10:00:00-05:00',
				customHours: { hours: [{ days: 'mon-fri', from: '10:00', to: '16:00' }, { days: 'sun', from: '11:00', to: '13:00' }] },
				customHolidays: true,
				customCaps: { perDay: 1 },
			}),
			[debtors[0]],
		);
		expect(windowOf(outputs.Node[1][0])).toMatchObject({ policy: 'custom', reasons: ['OUTSIDE_HOURS'], nextAllowedAt: '2026-03-22T11:00:00-05:00' });
	});

	test('the embedded ledger adds what was sent before to what the item says', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'gate-ledger-'));
		try {
			await openFileLedger(folder).recordWithin({ debtorId: 'C-7', at: Date.parse('2026-03-20T14:00:00Z'), channel: 'whatsapp' }, 0, () => null);
			const run = (ledger: string) =>
				runWorkflow(gate({ ledger, options: { ledgerFolder: folder } }), [{ id: 'C-7', phone: '+573001234567' }]);
			expect(windowOf((await run('embedded')).outputs.Node[1][0])).toMatchObject({ reasons: ['DAILY_CAP'], nextAllowedAt: '2026-03-21T08:00:00-05:00' });
			expect((await run('none')).outputs.Node[0]).toHaveLength(1);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

test('an opt-out in the ledger (a BAJA reply, a 21610) blocks that channel, and only that one', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'gate-optout-'));
	try {
		await openFileLedger(folder).recordOptOut({ phone: '+573001234567', channel: 'whatsapp', at: Date.parse('2026-03-19T10:00:00Z'), source: 'reply "BAJA"' });
		const run = (channel: string) => runWorkflow(gate({ ledger: 'embedded', channel, options: { ledgerFolder: folder } }), [{ id: 'C-8', phone: '+573001234567' }]);
		const whatsapp = await run('whatsapp');
		expect(windowOf(whatsapp.outputs.Node[2][0])).toMatchObject({ allowed: false, reasons: ['OPTED_OUT'] });
		expect((await run('sms')).outputs.Node[0]).toHaveLength(1);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

describe('Contact Window Gate properties (through the engine)', () => {
	const debtor = fc.record({
		phone: fc.constantFrom('+573001234567', '+51987654321', '+525551234567', '+526641234567', '+5511987654321', '+56987654321', '+12125550123', '+13105550123', '+18085550123', '+593991234567', '+18095550123', '+50251234567', '+34612345678', '+442071234567', '+50688123456', '+50761234567', '+50371234567', '+50491234567', '+5491123456789'),
		region: fc.constantFrom(undefined, 'BR-SP', 'US-MA', 'US-TX', 'BR-CE', 'CL-MA'),
		contactHistory: fc.array(fc.record({ at: fc.integer({ min: -10 * 24, max: 0 }).map((h) => h * 3_600_000), channel: fc.constantFrom('whatsapp', 'sms', undefined) }), { maxLength: 4 }),
		promiseInDays: fc.option(fc.integer({ min: -3, max: 10 })),
	});

	test('nextAllowedAt is never before asOf, and gating again at it (same history) allows', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(debtor, { minLength: 1, maxLength: 8 }),
				fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }),
				fc.constantFrom('whatsapp', 'sms'),
				async (list, asOf, channel) => {
					const items = list
						.filter((d) => d.region === undefined || (d.region.startsWith('BR') && d.phone.startsWith('+55')) || (d.region.startsWith('US') && d.phone.startsWith('+1')) || (d.region.startsWith('CL') && d.phone.startsWith('+56')))
						.map((d) => ({
							phone: d.phone,
							...(d.region ? { region: d.region } : {}),
							contactHistory: d.contactHistory.map((c) => ({ at: new Date(asOf + c.at).toISOString(), channel: c.channel })),
							...(d.promiseInDays !== null ? { promiseDate: new Date(asOf + d.promiseInDays * 86_400_000).toISOString().slice(0, 10) } : {}),
						}));
					if (items.length === 0) return;
					const first = await runWorkflow(gate({ asOf: new Date(asOf).toISOString(), channel }), items);
					expect(first.error).toBeUndefined();
					expect(first.outputs.Node.flat()).toHaveLength(items.length);
					for (const item of first.outputs.Node[1]) {
						const next = windowOf(item).nextAllowedAt as string;
						expect(Date.parse(next)).toBeGreaterThanOrEqual(asOf);
						const again = await runWorkflow(gate({ asOf: next, channel }), [items[(item.pairedItem as { item: number }).item]]);
						expect(again.outputs.Node[0]).toHaveLength(1);
					}
					for (const item of first.outputs.Node[0]) expect(windowOf(item).reasons).toEqual([]);
				},
			),
			{ numRuns: 40 },
		);
	});
});

test('an empty authorizedChannels cell is unknown, not "no channel": it blocks only where the law asks for consent', async () => {
	// Friday 20 March 2026, noon in Bogotá (10:00 in Lima is also lawful).
	const { outputs } = await runWorkflow(singleNode('contactWindowGate', { asOf: '2026-03-20T12:00:00-05:00', ledger: 'none' }), [
		{ id: 'PE-1', phone: '+51987654321', authorizedChannels: '' },
		{ id: 'CO-1', phone: '+573001234567', authorizedChannels: ' ' },
		{ id: 'CO-2', phone: '+573001234568', authorizedChannels: 'whatsapp' },
	]);
	expect(outputs.Node[0].map((i) => i.json.id)).toEqual(['PE-1', 'CO-2']);
	expect(outputs.Node[2].map((i) => [i.json.id, ((i.json.collection as IDataObject).window as IDataObject).reasons])).toEqual([['CO-1', ['CHANNEL_NOT_AUTHORISED']]]);
});
