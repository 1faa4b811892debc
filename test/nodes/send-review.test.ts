import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { FileLedger } from '../../lib/ledger/file';
import { NODE_CREDENTIALS, runWorkflow, singleNode } from '../harness/engine';
import { ProviderSimulator, type SimulatorOptions } from '../simulator/simulator';

/*
 * An independent review of Send via WhatsApp/SMS (version 2), written from
 * docs/nodes/send-collection-message.md, docs/reliability.md and the providers' specs and
 * error tables (Meta's error codes, Twilio's errors), not from the code. Each case runs
 * through n8n-core's engine against the provider simulator.
 */

const delivery = (item: INodeExecutionData) => (item.json.collection as IDataObject).delivery as IDataObject & { error: (IDataObject & { code?: string; message?: string }) | null };
const codes = (items: INodeExecutionData[]) => items.map((i) => delivery(i).error?.code);

let sim: ProviderSimulator;
let folder: string;
let credentials: Record<string, IDataObject>;

async function simulator(options: SimulatorOptions = {}) {
	await sim?.stop();
	sim = new ProviderSimulator(options);
	await sim.start();
	credentials = sim.credentials();
}

beforeEach(async () => {
	await simulator();
	folder = mkdtempSync(join(tmpdir(), 'send-review-'));
});

afterEach(async () => {
	expect(sim.specViolations).toEqual([]);
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
});

const V2 = { typeVersion: 2 };

async function run(parameters: IDataObject, items: IDataObject[], settings: IDataObject = V2) {
	const definition = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: 200, ...parameters, options: { ledgerFolder: folder, ...(parameters.options as IDataObject) } }, { credentials: NODE_CREDENTIALS, ...settings });
	return runWorkflow(definition, items, undefined, credentials as never);
}

async function send(parameters: IDataObject, items: IDataObject[], settings: IDataObject = V2) {
	const result = await run(parameters, items, settings);
	if (result.error) throw result.error;
	const [sent, failed] = result.outputs.Node;
	// Every item leaves on exactly one output, paired to its input.
	expect([...sent, ...failed].map((i) => (i.pairedItem as { item: number }).item).sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
	return { sent, failed };
}

/** The Gate's Allowed decision: lawful for another hour. */
const allowed = (): IDataObject => ({ allowed: true, allowedUntil: new Date(Date.now() + 3_600_000).toISOString(), timezone: 'America/Bogota', timezones: ['America/Bogota'] });
const TEMPLATE = { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '15 de marzo', 'https://pay.example/1'] };

/** A debtor as Segment, the Gate (Allowed) and Compose leave it. */
const debtor = (phone: string | number, collection: IDataObject = {}, extra: IDataObject = {}): IDataObject => ({
	collection: {
		debtorId: `D-${String(phone).replace(/\D/g, '').slice(-5)}`, phone, country: 'CO', stage: 'short_term', timezone: 'America/Bogota',
		message: { text: 'Hola Ana, su saldo es $ 350.000.', whatsappTemplate: TEMPLATE },
		window: allowed(),
		...collection,
	},
	...extra,
});
const waRequests = () => sim.requests.filter((r) => r.api === 'whatsapp');
const providerRequests = () => sim.requests.filter((r) => r.api !== 'other');

describe('items that did not come out of the Gate’s Allowed', () => {
	test('1. no collection.window: NO_GATE_DECISION, no request', async () => {
		const item = debtor('+573001200001');
		delete (item.collection as IDataObject).window;
		const { failed } = await send({}, [item]);
		expect(delivery(failed[0])).toMatchObject({ status: 'failed', attempts: 0, error: { code: 'NO_GATE_DECISION', providerCode: null } });
		expect(providerRequests()).toEqual([]);
	});

	test('2. a Blocked item wired into Send by mistake is not sent, even with Hours Checked Elsewhere on', async () => {
		const item = debtor('+573001200002', { window: { allowed: false, reason: 'DAILY_CAP', nextAllowedAt: null } });
		const { failed } = await send({ options: { hoursCheckedElsewhere: true } }, [item]);
		expect(delivery(failed[0]).error?.code).toBe('WINDOW_CLOSED');
		expect(providerRequests()).toEqual([]);
	});

	test('3. a Deferred item: WINDOW_CLOSED naming nextAllowedAt', async () => {
		const item = debtor('+573001200003', { window: { allowed: false, nextAllowedAt: '2026-12-02T08:00:00-05:00' } });
		const { failed } = await send({}, [item]);
		expect(delivery(failed[0]).error?.code).toBe('WINDOW_CLOSED');
		expect(delivery(failed[0]).error?.message).toContain('2026-12-02T08:00:00-05:00');
		expect(providerRequests()).toEqual([]);
	});

	test('4. an Allowed decision whose allowedUntil has passed: WINDOW_CLOSED', async () => {
		const item = debtor('+573001200004', { window: { ...allowed(), allowedUntil: new Date(Date.now() - 60_000).toISOString() } });
		const { failed } = await send({}, [item]);
		expect(delivery(failed[0]).error?.code).toBe('WINDOW_CLOSED');
		expect(providerRequests()).toEqual([]);
	});

	test('5. allowed given as the string "false" is not a yes: not sent', async () => {
		const item = debtor('+573001200005', { window: { ...allowed(), allowed: 'false' } });
		const { sent, failed } = await send({}, [item]);
		expect(sent).toEqual([]);
		expect(['WINDOW_CLOSED', 'INVALID_INPUT']).toContain(delivery(failed[0]).error?.code);
		expect(providerRequests()).toEqual([]);
	});

	test('6. a window without `allowed` is not a decision to send', async () => {
		const window = allowed();
		delete window.allowed;
		const { sent, failed } = await send({}, [debtor('+573001200006', { window })]);
		expect(sent).toEqual([]);
		expect(['WINDOW_CLOSED', 'INVALID_INPUT', 'NO_GATE_DECISION']).toContain(delivery(failed[0]).error?.code);
		expect(providerRequests()).toEqual([]);
	});

	test('7. an allowedUntil that is not a time: INVALID_INPUT naming the field', async () => {
		const { failed } = await send({}, [debtor('+573001200007', { window: { ...allowed(), allowedUntil: 'tonight' } })]);
		expect(delivery(failed[0]).error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('allowedUntil') });
		expect(providerRequests()).toEqual([]);
	});

	test('8. WINDOW_CLOSED gives the key back: the item sent later through the Gate goes out', async () => {
		const closed = debtor('+573001200008', { window: { allowed: false, nextAllowedAt: '2026-12-02T08:00:00-05:00' } });
		await send({}, [closed]);
		const { sent } = await send({}, [debtor('+573001200008')]);
		expect(delivery(sent[0]).status).toBe('sent');
		expect(sim.messages).toHaveLength(1);
	});
});

describe('phones and identities', () => {
	test('9. spaces and dashes in an international number are read', async () => {
		const { sent } = await send({}, [debtor('+57 300-120 0009')]);
		expect(delivery(sent[0]).to).toBe('+573001200009');
		expect(sim.messages.map((m) => m.to)).toEqual(['+573001200009']);
	});

	test('10. a national number with Default Country', async () => {
		const { sent } = await send({ options: { defaultCountry: 'CO' } }, [debtor('300 120 0010')]);
		expect(delivery(sent[0]).to).toBe('+573001200010');
	});

	test('11. Mexico’s WhatsApp 521 form goes to the E.164 number', async () => {
		const { sent } = await send({}, [debtor('+5215512000011', { country: 'MX' })]);
		expect(delivery(sent[0]).to).toBe('+525512000011');
		expect(sim.messages.map((m) => m.to)).toEqual(['+525512000011']);
	});

	test('12. an invalid phone fails without a request, naming field and value', async () => {
		const { failed } = await send({}, [debtor('12345')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'INVALID_NUMBER' } });
		expect(delivery(failed[0]).error?.message).toContain('12345');
		expect(providerRequests()).toEqual([]);
	});

	test('13. a phone that is letters: INVALID_NUMBER, no request', async () => {
		const { failed } = await send({}, [debtor('call me maybe')]);
		expect(delivery(failed[0]).error?.code).toBe('INVALID_NUMBER');
		expect(providerRequests()).toEqual([]);
	});

	test('14. a BSUID only, WhatsApp Cloud API, no phone known: sent to the BSUID in `recipient`', async () => {
		sim.userIds.set('CO.1502576394655843', null);
		const { sent } = await send({}, [debtor('', { userId: 'CO.1502576394655843' })]);
		expect(delivery(sent[0])).toMatchObject({ status: 'sent', to: 'CO.1502576394655843' });
		expect(sim.messages.map((m) => m.to)).toEqual(['CO.1502576394655843']);
	});

	test('15. a BSUID only by SMS: INVALID_NUMBER naming the missing phone and the BSUID', async () => {
		const { failed } = await send({ channelStrategy: 'sms' }, [debtor('', { userId: 'CO.1502576394655844' })]);
		expect(delivery(failed[0]).error?.code).toBe('INVALID_NUMBER');
		expect(delivery(failed[0]).error?.message).toContain('CO.1502576394655844');
		expect(providerRequests()).toEqual([]);
	});

	test('16. a BSUID only through Twilio: INVALID_NUMBER, no request', async () => {
		const { failed } = await send({ provider: 'twilio' }, [debtor('', { userId: 'CO.1502576394655845' })]);
		expect(delivery(failed[0]).error?.code).toBe('INVALID_NUMBER');
		expect(providerRequests()).toEqual([]);
	});

	test('17. WhatsApp refuses the BSUID (131062): INVALID_NUMBER, not retried', async () => {
		sim.errors.set('CO.1502576394655846', { code: 131062, status: 400, count: 5 });
		const { failed } = await send({}, [debtor('', { userId: 'CO.1502576394655846' })]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'INVALID_NUMBER', retryable: false } });
	});

	test('18. a landline for WhatsApp (131026): NOT_ON_WHATSAPP after one request; with WhatsApp-then-SMS, Twilio’s 21614 (not a mobile) is INVALID_NUMBER, not retried', async () => {
		sim.notOnWhatsApp.add('+573001200018');
		const only = await send({}, [debtor('+573001200018')]);
		expect(delivery(only.failed[0])).toMatchObject({ attempts: 1, error: { code: 'NOT_ON_WHATSAPP', providerCode: '131026', retryable: false } });
		sim.errors.set('+573001200018', { code: 21614, status: 400, count: 5, api: 'twilio' });
		const fallback = await send({ channelStrategy: 'whatsappThenSms', options: { idempotencyKey: 'landline-2' } }, [debtor('+573001200018')]);
		expect(delivery(fallback.failed[0])).toMatchObject({ channel: 'sms', attempts: 2, fallbackFrom: { code: 'NOT_ON_WHATSAPP' }, error: { code: 'INVALID_NUMBER', providerCode: '21614', retryable: false } });
	});
});

describe('once: the idempotency key', () => {
	test('19. the same item twice in one batch: one message, the other DUPLICATE', async () => {
		const { sent, failed } = await send({}, [debtor('+573001200019'), debtor('+573001200019')]);
		expect(sent).toHaveLength(1);
		expect(codes(failed)).toEqual(['DUPLICATE']);
		expect(sim.messages).toHaveLength(1);
	});

	test('20. the same campaign again: DUPLICATE, nothing sent', async () => {
		await send({}, [debtor('+573001200020')]);
		const again = await send({}, [debtor('+573001200020')]);
		expect(delivery(again.failed[0])).toMatchObject({ attempts: 0, error: { code: 'DUPLICATE' } });
		expect(sim.messages).toHaveLength(1);
	});

	test('21. another stage the same day is another key: both sent', async () => {
		const { sent } = await send({}, [debtor('+573001200021'), debtor('+573001200021', { stage: 'payment_link' })]);
		expect(sent).toHaveLength(2);
	});

	test('22. two debtors whose IDs and stages would join into one key are two keys', async () => {
		const a = debtor('+573001200022', { debtorId: 'A:short', stage: 'term' });
		const b = debtor('+573001200122', { debtorId: 'A', stage: 'short:term' });
		const { sent, failed } = await send({}, [a, b]);
		expect(failed).toEqual([]);
		expect(sent.map((i) => delivery(i).to).sort()).toEqual(['+573001200022', '+573001200122']);
	});

	test('23. items without a debtor ID, different phones: each gets its message', async () => {
		const a = debtor('+573001200023');
		const b = debtor('+573001200123');
		delete (a.collection as IDataObject).debtorId;
		delete (b.collection as IDataObject).debtorId;
		const { sent, failed } = await send({}, [a, b]);
		expect(codes(failed)).toEqual([]);
		expect(sent).toHaveLength(2);
	});

	test('23b. a blank debtor ID (an empty cell) is no debtor ID: two phones, two messages', async () => {
		const { sent, failed } = await send({}, [debtor('+573001200223', { debtorId: '' }), debtor('+573001200323', { debtorId: '' })]);
		expect(codes(failed)).toEqual([]);
		expect(sent).toHaveLength(2);
	});

	test('24. a fixed Idempotency Key shared by two debtors: once per key, the second is DUPLICATE and names the key', async () => {
		const { sent, failed } = await send({ options: { idempotencyKey: 'campaign-1' } }, [debtor('+573001200024'), debtor('+573001200124')]);
		expect(sent).toHaveLength(1);
		expect(codes(failed)).toEqual(['DUPLICATE']);
		expect(delivery(failed[0]).idempotencyKey).toBe('campaign-1');
		expect(sim.messages).toHaveLength(1);
	});

	test('25. one debtor listed under two phones the same day is messaged once', async () => {
		const { sent, failed } = await send({}, [debtor('+573001200025', { debtorId: 'D-SAME' }), debtor('+573001200125', { debtorId: 'D-SAME' })]);
		expect(sent).toHaveLength(1);
		expect(codes(failed)).toEqual(['DUPLICATE']);
	});
});

describe('Meta’s documented errors', () => {
	test('26. 131047 on free text inside the window by our record: the template goes once', async () => {
		const { sent } = await send({}, [debtor('+573001200026', {}, { lastInboundAt: new Date().toISOString() })]);
		expect(delivery(sent[0])).toMatchObject({ kind: 'template', attempts: 2 });
		expect(sim.messages.map((m) => m.type)).toEqual(['template']);
	});

	test('27. 131047 again for the template: not a loop, OUTSIDE_WINDOW after two requests', async () => {
		sim.lastInbound.set('+573001200027', Date.now());
		sim.errors.set('+573001200027', { code: 131047, status: 400, count: 10 });
		const { failed } = await send({}, [debtor('+573001200027', {}, { lastInboundAt: new Date().toISOString() })]);
		expect(delivery(failed[0]).error?.code).toBe('OUTSIDE_WINDOW');
		expect(waRequests()).toHaveLength(2);
	});

	test('28. 131026: NOT_ON_WHATSAPP, one request', async () => {
		sim.errors.set('+573001200028', { code: 131026, status: 400, count: 5 });
		const { failed } = await send({ maxAttempts: 4 }, [debtor('+573001200028')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'NOT_ON_WHATSAPP', providerCode: '131026', retryable: false } });
	});

	test('29. 131049 (per-user marketing limit): permanent, one request', async () => {
		sim.errors.set('+573001200029', { code: 131049, status: 400, count: 5 });
		const { failed } = await send({ maxAttempts: 4 }, [debtor('+573001200029')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { providerCode: '131049', retryable: false } });
		expect(waRequests()).toHaveLength(1);
	});

	test('30. 130429 once: retried and sent on the second attempt', async () => {
		sim.errors.set('+573001200030', { code: 130429, status: 429, count: 1 });
		const { sent } = await send({}, [debtor('+573001200030')]);
		expect(delivery(sent[0])).toMatchObject({ status: 'sent', attempts: 2 });
	});

	test('31. 130429 every time: RATE_LIMITED after Max Attempts, retryable, the key given back', async () => {
		sim.errors.set('+573001200031', { code: 130429, status: 429, count: 3 });
		const { failed } = await send({ maxAttempts: 3 }, [debtor('+573001200031')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 3, error: { code: 'RATE_LIMITED', providerCode: '130429', retryable: true } });
		const again = await send({}, [debtor('+573001200031')]);
		expect(again.sent).toHaveLength(1);
	});

	test('32. 131056 pair rate limit (HTTP 400): retried, sent', async () => {
		sim.errors.set('+573001200032', { code: 131056, status: 400, count: 1 });
		const { sent } = await send({}, [debtor('+573001200032')]);
		expect(delivery(sent[0])).toMatchObject({ status: 'sent', attempts: 2 });
	});

	test.each([
		[132000, 400],
		[132001, 404],
		[132005, 400],
		[132007, 400],
		[132012, 400],
		[132015, 400],
		[132016, 400],
		[132018, 400],
	])('33. template error %s: TEMPLATE_ERROR, one request, not retried', async (code, status) => {
		sim.errors.set('+573001200033', { code, status, count: 5 });
		const { failed } = await send({ maxAttempts: 4 }, [debtor('+573001200033')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'TEMPLATE_ERROR', providerCode: String(code), retryable: false } });
	});

	test('34. 190 token expired (401): AUTH, one request, and the token is nowhere', async () => {
		credentials.collectionsWhatsAppCloudApi = { ...credentials.collectionsWhatsAppCloudApi, businessAccountId: '' };
		sim.errors.set('+573001200034', { code: 190, status: 401, count: 5 });
		const { failed } = await send({}, [debtor('+573001200034')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'AUTH', providerCode: '190', retryable: false } });
		expect(JSON.stringify(failed)).not.toContain(sim.whatsappToken);
	});

	test('35. 131050 (stopped receiving): OPTED_OUT, never followed by SMS', async () => {
		sim.errors.set('+573001200035', { code: 131050, status: 400, count: 5 });
		const { failed } = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001200035')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'OPTED_OUT' } });
		expect(sim.requests.filter((r) => r.api === 'twilio')).toEqual([]);
	});

	test('36. 131000 with Meta’s envelope (500): retried up to Max Attempts', async () => {
		sim.errors.set('+573001200036', { code: 131000, status: 500, count: 5 });
		const { failed } = await send({ maxAttempts: 2 }, [debtor('+573001200036')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 2, error: { code: 'PROVIDER_ERROR', providerCode: '131000', retryable: true } });
	});

	test('37. 131031 account locked: ACCOUNT_BLOCKED, not retried', async () => {
		sim.errors.set('+573001200037', { code: 131031, status: 403, count: 5 });
		const { failed } = await send({}, [debtor('+573001200037')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'ACCOUNT_BLOCKED', retryable: false } });
	});

	test('38. 100 invalid parameter: not retried', async () => {
		sim.errors.set('+573001200038', { code: 100, status: 400, count: 5 });
		const { failed } = await send({}, [debtor('+573001200038')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { retryable: false } });
	});

	test('39. Retry-After 2 on a 130429 is waited in full', async () => {
		sim.errors.set('+573001200039', { code: 130429, status: 429, count: 1, retryAfter: 2 });
		const { sent } = await send({}, [debtor('+573001200039')]);
		expect(delivery(sent[0]).attempts).toBe(2);
		const times = waRequests().map((r) => r.at);
		expect(times[1] - times[0]).toBeGreaterThanOrEqual(1990);
	}, 10_000);
});

describe('Twilio’s documented errors', () => {
	test('40. 21610 unsubscribed: OPTED_OUT, recorded, the next run makes no request', async () => {
		sim.errors.set('+573001200040', { code: 21610, status: 400, count: 5 });
		const first = await send({ channelStrategy: 'sms' }, [debtor('+573001200040')]);
		expect(delivery(first.failed[0])).toMatchObject({ attempts: 1, error: { code: 'OPTED_OUT', providerCode: '21610' } });
		const before = providerRequests().length;
		const again = await send({ channelStrategy: 'sms', options: { idempotencyKey: 'again' } }, [debtor('+573001200040')]);
		expect(delivery(again.failed[0]).error?.code).toBe('OPTED_OUT');
		expect(providerRequests()).toHaveLength(before);
	});

	test('41. 21211 invalid To: INVALID_NUMBER, one request', async () => {
		sim.errors.set('+573001200041', { code: 21211, status: 400, count: 5 });
		const { failed } = await send({ channelStrategy: 'sms' }, [debtor('+573001200041')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'INVALID_NUMBER', providerCode: '21211', retryable: false } });
	});

	test('42. 21408 (region not enabled): permanent, one request', async () => {
		sim.errors.set('+573001200042', { code: 21408, status: 400, count: 5 });
		const { failed } = await send({ channelStrategy: 'sms' }, [debtor('+573001200042')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { providerCode: '21408', retryable: false } });
	});

	test('43. 20429 (429): retried and sent', async () => {
		sim.errors.set('+573001200043', { code: 20429, status: 429, count: 1 });
		const { sent } = await send({ channelStrategy: 'sms' }, [debtor('+573001200043')]);
		expect(delivery(sent[0])).toMatchObject({ status: 'sent', channel: 'sms', attempts: 2 });
	});

	test('44. 30007 (filtered) at create: not retried', async () => {
		sim.errors.set('+573001200044', { code: 30007, status: 400, count: 5 });
		const { failed } = await send({ channelStrategy: 'sms' }, [debtor('+573001200044')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { providerCode: '30007', retryable: false } });
	});

	test('45. 63016 on Twilio WhatsApp free text: OUTSIDE_WINDOW', async () => {
		const { failed } = await send({ provider: 'twilio' }, [debtor('+573001200045', {}, { lastInboundAt: new Date().toISOString() })]);
		expect(delivery(failed[0])).toMatchObject({ error: { code: 'OUTSIDE_WINDOW', providerCode: '63016' } });
	});

	test('46. a Twilio 503: maybe sent, UNKNOWN, not retried, the key kept', async () => {
		sim.errors.set('+573001200046', { code: 20503, status: 503, count: 5 });
		const { failed } = await send({ channelStrategy: 'sms' }, [debtor('+573001200046')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'UNKNOWN', retryable: false } });
		const again = await send({ channelStrategy: 'sms' }, [debtor('+573001200046')]);
		expect(codes(again.failed)).toEqual(['DUPLICATE']);
	});

	test('47. a wrong Twilio token (20003): AUTH, and the token is nowhere in the output or ledger', async () => {
		credentials.collectionsTwilioApi = { ...credentials.collectionsTwilioApi, authToken: 'super-secret-twilio-token' };
		const { failed } = await send({ channelStrategy: 'sms' }, [debtor('+573001200047')]);
		expect(delivery(failed[0]).error).toMatchObject({ code: 'AUTH', retryable: false });
		expect(JSON.stringify(failed)).not.toContain('super-secret-twilio-token');
		expect(readFileSync(join(folder, 'contacts.jsonl'), 'utf8')).not.toContain('super-secret-twilio-token');
	});
});

describe('certainly not sent, or maybe sent', () => {
	test('48. a WhatsApp 503 with Meta’s envelope (131016): retried and sent', async () => {
		sim.faults.set('+573001200048', { fault: 'status503', count: 1 });
		const { sent } = await send({}, [debtor('+573001200048')]);
		expect(delivery(sent[0])).toMatchObject({ status: 'sent', attempts: 2 });
	});

	test('49. a gateway 500 after the provider accepted: UNKNOWN, no SMS fallback, DUPLICATE next run', async () => {
		sim.faults.set('+573001200049', { fault: 'status500AfterAccept', count: 1 });
		const { failed } = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001200049')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'UNKNOWN', retryable: false } });
		expect(sim.requests.filter((r) => r.api === 'twilio')).toEqual([]);
		const again = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001200049')]);
		expect(codes(again.failed)).toEqual(['DUPLICATE']);
		expect(sim.messages).toHaveLength(1);
	});

	test('50. a connection reset after the request was written: UNKNOWN, never resent', async () => {
		sim.faults.set('+573001200050', { fault: 'resetAfterAccept', count: 1 });
		const { failed } = await send({ maxAttempts: 4 }, [debtor('+573001200050')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'UNKNOWN' } });
		expect(waRequests()).toHaveLength(1);
	});

	test('51. no answer within Timeout: UNKNOWN, no SMS fallback', async () => {
		await simulator({ holdMs: 2500 });
		sim.faults.set('+573001200051', { fault: 'timeout', count: 1 });
		const { failed } = await send({ channelStrategy: 'whatsappThenSms', options: { timeout: 1 } }, [debtor('+573001200051')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'UNKNOWN', retryable: false } });
		expect(sim.requests.filter((r) => r.api === 'twilio')).toEqual([]);
	}, 10_000);

	test('52. a 200 with a malformed body: UNKNOWN, not resent', async () => {
		sim.faults.set('+573001200052', { fault: 'malformedJson', count: 1 });
		const { failed } = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001200052')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'UNKNOWN' } });
		expect(sim.requests.filter((r) => r.api === 'twilio')).toEqual([]);
	});

	test('53. WhatsApp refused the connection: NETWORK_ERROR, retried; with WhatsApp-then-SMS the SMS goes', async () => {
		const closed = 'http://127.0.0.1:9';
		credentials.collectionsWhatsAppCloudApi = { ...credentials.collectionsWhatsAppCloudApi, baseUrl: closed, businessAccountId: '' };
		const { sent } = await send({ channelStrategy: 'whatsappThenSms', maxAttempts: 2 }, [debtor('+573001200053')]);
		expect(delivery(sent[0])).toMatchObject({ channel: 'sms', attempts: 3, fallbackFrom: { code: 'NETWORK_ERROR' } });
	});
});

describe('the 24-hour window, templates and the fallback', () => {
	test('54. wrote 23 hours ago: the free text; 25 hours ago: the template', async () => {
		sim.lastInbound.set('+573001200054', Date.now() - 23 * 3_600_000);
		const inside = debtor('+573001200054', {}, { lastInboundAt: new Date(Date.now() - 23 * 3_600_000).toISOString() });
		const outside = debtor('+573001200154', {}, { lastInboundAt: new Date(Date.now() - 25 * 3_600_000).toISOString() });
		const { sent } = await send({}, [inside, outside]);
		expect(sent.map((i) => [delivery(i).to, delivery(i).kind])).toEqual([['+573001200054', 'text'], ['+573001200154', 'template']]);
	});

	test('55. a lastInboundAt in the future does not open the window', async () => {
		const { sent, failed } = await send({}, [debtor('+573001200055', {}, { lastInboundAt: '2099-01-01T00:00:00Z' })]);
		expect(sim.messages.filter((m) => m.type === 'text')).toEqual([]);
		if (failed.length) expect(delivery(failed[0]).error?.code).toBe('INVALID_INPUT');
		else expect(delivery(sent[0]).kind).toBe('template');
	});

	test('56. Force Template inside the window: the template; with none to send: OUTSIDE_WINDOW naming Force Template', async () => {
		sim.lastInbound.set('+573001200056', Date.now());
		const open = { lastInboundAt: new Date().toISOString() };
		const noTemplate = debtor('+573001200156', { message: { text: 'Hola' } }, open);
		const { sent, failed } = await send({ options: { forceTemplate: true } }, [debtor('+573001200056', {}, open), noTemplate]);
		expect(delivery(sent[0]).kind).toBe('template');
		expect(delivery(failed[0]).error?.code).toBe('OUTSIDE_WINDOW');
		expect(delivery(failed[0]).error?.message).toMatch(/Force Template/);
	});

	test('57. a template the account holds as MARKETING is not sent as a collection reminder', async () => {
		sim.templateReview.set('collections_short_term', { category: 'MARKETING' });
		const { sent, failed } = await send({}, [debtor('+573001200057')]);
		expect(sent).toEqual([]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'TEMPLATE_ERROR' } });
		expect(delivery(failed[0]).error?.message).toMatch(/MARKETING/);
		expect(sim.messages).toEqual([]);
	});

	test('58. a template the account holds PAUSED is not an approved template: TEMPLATE_ERROR before sending', async () => {
		sim.templateReview.set('collections_short_term', { status: 'PAUSED' });
		const { failed } = await send({}, [debtor('+573001200058')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'TEMPLATE_ERROR' } });
		expect(sim.messages).toEqual([]);
	});

	test('59. WhatsApp-then-SMS: SMS only after a failure that certainly sent nothing; an SMS opt-out on the item stops the SMS', async () => {
		sim.notOnWhatsApp.add('+573001200059');
		sim.notOnWhatsApp.add('+573001200159');
		const { sent, failed } = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001200059'), debtor('+573001200159', { optedOut: ['sms'] })]);
		expect(delivery(sent[0])).toMatchObject({ channel: 'sms', fallbackFrom: { code: 'NOT_ON_WHATSAPP' } });
		expect(delivery(failed[0]).error?.code).not.toBe(undefined);
		expect(sim.messages.map((m) => [m.to, m.channel])).toEqual([['+573001200059', 'sms']]);
	});

	test('60. 131047 with no template to send, WhatsApp-then-SMS: the SMS goes', async () => {
		// Misread at first as "a closed window is never followed by SMS". The doc's exclusion "a
		// closed window" is the Gate's WINDOW_CLOSED (lawful hours); WhatsApp's 24-hour window
		// does not bind SMS, and the trigger's doc offers "a 131047 for a message without a
		// template … as sms" (collection-reply-trigger.md, Failures that arrive later).
		sim.errors.set('+573001200060', { code: 131047, status: 400, count: 5, api: 'whatsapp' });
		const item = debtor('+573001200060', { message: { text: 'Hola' } }, { lastInboundAt: new Date().toISOString() });
		const { sent } = await send({ channelStrategy: 'whatsappThenSms' }, [item]);
		expect(delivery(sent[0])).toMatchObject({ channel: 'sms', attempts: 2, fallbackFrom: { code: 'OUTSIDE_WINDOW', providerCode: '131047' } });
		expect(sim.messages.map((m) => m.channel)).toEqual(['sms']);
	});
});

describe('per-item parameters, opt-outs, payments, continue-on-fail, dry run', () => {
	test('61. channel strategy by expression: refused for the whole run before any request, naming the parameter', async () => {
		// Written expecting a per-item channel. The doc lists what is read per item (Text, Phone,
		// the message options) and Channel Strategy is not among them: the node refusing an
		// expression for it, before anything goes out, keeps to the doc. The bad value never matters.
		const items = [debtor('+573001200061', {}, { ch: 'sms' }), debtor('+573001200161', {}, { ch: 'pigeon' })];
		const result = await run({ channelStrategy: '={{ $json.ch }}' }, items);
		expect(result.error?.message).toMatch(/channelStrategy .*cannot be an expression/);
		expect(providerRequests()).toEqual([]);
	});

	test('62. template name and language by expression per item; an unknown one fails that item before sending', async () => {
		const items = [debtor('+573001200062', {}, { t: 'collections_reminder', l: 'es' }), debtor('+573001200162', {}, { t: 'collections_reminder', l: 'xx' })];
		const { sent, failed } = await send({ options: { templateName: '={{ $json.t }}', templateLanguage: '={{ $json.l }}' } }, items);
		expect(sim.messages.map((m) => m.template)).toEqual(['collections_reminder']);
		expect(sent).toHaveLength(1);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'TEMPLATE_ERROR' } });
	});

	test('63. a BAJA recorded in the ledger before the run: OPTED_OUT without a request, not fixed by SMS', async () => {
		sim.errors.set('+573001200063', { code: 131050, status: 400, count: 1 });
		await send({}, [debtor('+573001200063')]);
		const before = providerRequests().length;
		const { failed } = await send({ channelStrategy: 'whatsappThenSms', options: { idempotencyKey: 'next' } }, [debtor('+573001200063')]);
		expect(delivery(failed[0]).error?.code).toBe('OPTED_OUT');
		expect(providerRequests()).toHaveLength(before);
	});

	test('64. a payment recorded by another process mid-batch stops that debtor’s message (PAID)', async () => {
		const phones = ['+573001200064', '+573001200164', '+573001200264'];
		const items = phones.map((p, i) => debtor(p, { debtorId: `PAY-${i}`, invoices: [{ invoiceId: `FV-${i}`, amount: 350000, currency: 'COP', dueDate: '2026-03-01' }], amountDue: 350000, currency: 'COP' }));
		let recording: Promise<unknown> | undefined;
		sim.onAccept = () => {
			recording ??= runWorkflow(singleNode('collectionsLedger', { operation: 'recordPayment', source: 'fields', options: { ledgerFolder: folder } }), [{ invoiceId: 'FV-2', amount: 350000, currency: 'COP', paymentId: 'PSE-64' }]);
		};
		const { sent, failed } = await send({ rateLimit: 1 }, items);
		await recording;
		expect(sent.map((i) => delivery(i).to)).toEqual(phones.slice(0, 2));
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'PAID' } });
	}, 15_000);

	test('65. an item flag optedOut: "sí" (yes in Spanish) stops it; a flag that is neither yes nor no is refused', async () => {
		const { sent, failed } = await send({}, [debtor('+573001200065', { wrongPerson: 'sí' }), debtor('+573001200165', { disputeOpen: 'maybe' })]);
		expect(sent).toEqual([]);
		expect(codes(failed)).toEqual(['SUPPRESSED', 'INVALID_INPUT']);
		expect(providerRequests()).toEqual([]);
	});

	test('66. continue-on-fail off: a per-item failure still leaves on Failed; the run does not fail', async () => {
		const result = await run({}, [debtor('bad-phone'), debtor('+573001200066')]);
		expect(result.error).toBeUndefined();
		expect(result.outputs.Node[0]).toHaveLength(1);
		expect(result.outputs.Node[1]).toHaveLength(1);
	});

	test('67. continue-on-fail (error output): an expression that cannot be evaluated for one item fails that item alone; the others are sent once', async () => {
		const items = [debtor('+573001200067'), debtor('+573001200167', {}, { broken: true })];
		const result = await run({ text: '={{ $json.broken ? $("No Such Node").item.json.text : "Hola" }}' }, items, { ...V2, onError: 'continueErrorOutput' });
		expect(result.error).toBeUndefined();
		const [sent, failed] = result.outputs.Node;
		expect(sent.map((i) => delivery(i).to)).toEqual(['+573001200067']);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^item 1: Referenced node/) } });
		expect(sim.messages.map((m) => m.to)).toEqual(['+573001200067']);
	});

	test('67b. continue-on-fail off: the same expression fails the node, and nothing is sent after it', async () => {
		const items = [debtor('+573001200267', {}, { broken: true }), debtor('+573001200367')];
		const result = await run({ rateLimit: 1, text: '={{ $json.broken ? $("No Such Node").item.json.text : "Hola" }}' }, items);
		expect(result.error).toBeDefined();
		const atFailure = sim.requests.length;
		await new Promise((resolve) => setTimeout(resolve, 1200));
		expect(sim.requests.length).toBe(atFailure);
	});

	test('68. Dry Run sends nothing and reports what would go', async () => {
		const { sent } = await send({ provider: 'dryRun' }, [debtor('+573001200068')]);
		expect(delivery(sent[0])).toMatchObject({ status: 'dryRun', attempts: 0 });
		expect(providerRequests()).toEqual([]);
	});

	test('69. every attempt is recorded in the ledger, a failed one with its code', async () => {
		sim.errors.set('+573001200069', { code: 131026, status: 400, count: 1 });
		await send({}, [debtor('+573001200069'), debtor('+573001200169')]);
		const attempts = readFileSync(join(folder, 'contacts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as IDataObject).filter((l) => l.type === 'attempt');
		expect(attempts.map((a) => [a.result, a.error]).sort()).toEqual([['failed', 'NOT_ON_WHATSAPP'], ['sent', null]]);
	});

	test('70. the WhatsApp token is in no output, error or ledger line, whatever happened', async () => {
		sim.errors.set('+573001200070', { code: 131000, status: 500, count: 5 });
		sim.faults.set('+573001200170', { fault: 'malformedJson', count: 1 });
		const result = await run({ maxAttempts: 1 }, [debtor('+573001200070'), debtor('+573001200170'), debtor('+573001200270')]);
		expect(JSON.stringify(result.outputs)).not.toContain(sim.whatsappToken);
		expect(readFileSync(join(folder, 'contacts.jsonl'), 'utf8')).not.toContain(sim.whatsappToken);
	});
});

describe('more: another process, identities, texts, dry run', () => {
	/** The ledger file as another process holding it open sees it. */
	const otherProcess = () => new FileLedger(join(folder, 'contacts.jsonl'));

	test('71. a BAJA another process records mid-batch stops the later messages to that phone', async () => {
		const phones = ['+573001200071', '+573001200171', '+573001200271'];
		let recorded: Promise<void> | undefined;
		sim.onAccept = () => {
			recorded ??= otherProcess().recordOptOut({ phone: phones[2], channel: 'all', at: Date.now(), source: 'BAJA' });
		};
		const { sent, failed } = await send({ rateLimit: 1, channelStrategy: 'whatsappThenSms' }, phones.map((p) => debtor(p)));
		await recorded;
		expect(sent.map((i) => delivery(i).to)).toEqual(phones.slice(0, 2));
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'OPTED_OUT' } });
		expect(sim.messages.map((m) => m.to)).toEqual(phones.slice(0, 2));
	}, 15_000);

	test('72. an opt-out recorded under the BSUID stops a send to the linked phone, naming the BSUID', async () => {
		const ledger = otherProcess();
		await ledger.linkIdentity('+573001200072', 'CO.7200000000000072', Date.now());
		await ledger.recordOptOut({ phone: 'CO.7200000000000072', channel: 'all', at: Date.now(), source: 'BAJA' });
		const { failed } = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001200072')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'OPTED_OUT' } });
		expect(delivery(failed[0]).error?.message).toContain('CO.7200000000000072');
		expect(providerRequests()).toEqual([]);
	});

	test('73. a BSUID with no phone on the item goes to the phone the ledger linked to it', async () => {
		await otherProcess().linkIdentity('+573001200073', 'CO.7300000000000073', Date.now());
		const { sent } = await send({}, [debtor('', { userId: 'CO.7300000000000073' })]);
		expect(delivery(sent[0]).to).toBe('+573001200073');
		expect(sim.messages.map((m) => m.to)).toEqual(['+573001200073']);
	});

	test('74. a dispute the item carries under collection stops it; a dispute flag "no" does not', async () => {
		const { sent, failed } = await send({}, [debtor('+573001200074', { disputeOpen: true }), debtor('+573001200174', { disputeOpen: 'no' })]);
		expect(codes(failed)).toEqual(['SUPPRESSED']);
		expect(sent.map((i) => delivery(i).to)).toEqual(['+573001200174']);
	});

	test('75. collection.optedOut: true stops every channel; optedOut ["sms"] still lets WhatsApp go', async () => {
		const { sent, failed } = await send({}, [debtor('+573001200075', { optedOut: true }), debtor('+573001200175', { optedOut: ['sms'] })]);
		expect(codes(failed)).toEqual(['OPTED_OUT']);
		expect(sent.map((i) => [delivery(i).to, delivery(i).channel])).toEqual([['+573001200175', 'whatsapp']]);
	});

	test('76. an opt-out flag that is neither yes, no nor channels is refused, not read as "no"', async () => {
		const { sent, failed } = await send({}, [debtor('+573001200076', { optedOut: 'quizás' })]);
		expect(sent).toEqual([]);
		expect(['INVALID_INPUT', 'OPTED_OUT', 'SUPPRESSED']).toContain(delivery(failed[0]).error?.code);
		expect(providerRequests()).toEqual([]);
	});

	test('77. SMS text over Twilio’s 1,600 characters: refused before any request', async () => {
		const { failed } = await send({ channelStrategy: 'sms' }, [debtor('+573001200077', { message: { text: 'x'.repeat(1601) } })]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'INVALID_INPUT' } });
		expect(providerRequests()).toEqual([]);
	});

	test('78. WhatsApp free text over 4,096 characters inside the window: refused before any request', async () => {
		sim.lastInbound.set('+573001200078', Date.now());
		const { failed } = await send({}, [debtor('+573001200078', { message: { text: 'x'.repeat(4097) } }, { lastInboundAt: new Date().toISOString() })]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'INVALID_INPUT' } });
		expect(providerRequests()).toEqual([]);
	});

	test('79. no text and no template: refused before any request', async () => {
		const { failed } = await send({ channelStrategy: 'sms' }, [debtor('+573001200079', { message: {} })]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0 });
		expect(['INVALID_INPUT', 'OUTSIDE_WINDOW']).toContain(delivery(failed[0]).error?.code);
		expect(providerRequests()).toEqual([]);
	});

	test('80. Dry Run does not report an opted-out, suppressed or Gate-refused item as what would go out', async () => {
		const items = [debtor('+573001200080', { optedOut: true }), debtor('+573001200180', { wrongPerson: true }), debtor('+573001200280', { window: { allowed: false } })];
		const { sent, failed } = await send({ provider: 'dryRun' }, items);
		expect(sent).toEqual([]);
		expect(codes(failed)).toEqual(['OPTED_OUT', 'SUPPRESSED', 'WINDOW_CLOSED']);
	});

	test('81. Dry Run of a debtor the ledger knows has paid: PAID, not "would go out"', async () => {
		await runWorkflow(singleNode('collectionsLedger', { operation: 'recordPayment', source: 'fields', options: { ledgerFolder: folder } }), [{ invoiceId: 'FV-81', amount: 350000, currency: 'COP', paymentId: 'PSE-81' }]);
		const item = debtor('+573001200081', { invoices: [{ invoiceId: 'FV-81', amount: 350000, currency: 'COP', dueDate: '2026-03-01' }], amountDue: 350000, currency: 'COP' });
		const { sent, failed } = await send({ provider: 'dryRun' }, [item]);
		expect(sent).toEqual([]);
		expect(codes(failed)).toEqual(['PAID']);
	});

	test('82. the same item twice in one batch, the first maybe sent (UNKNOWN): the second is DUPLICATE, one request in all', async () => {
		sim.faults.set('+573001200082', { fault: 'resetAfterAccept', count: 1 });
		const { failed } = await send({}, [debtor('+573001200082'), debtor('+573001200082')]);
		expect(codes(failed).sort()).toEqual(['DUPLICATE', 'UNKNOWN']);
		expect(waRequests()).toHaveLength(1);
	});

	test('83. the same item twice in one batch, the first refused outright (131026): the second does not send it again in the same run', async () => {
		sim.errors.set('+573001200083', { code: 131026, status: 400, count: 1 });
		const { sent, failed } = await send({}, [debtor('+573001200083'), debtor('+573001200083')]);
		// The first gives its key back; the second may then take it: at most one message either way.
		expect(sim.messages.length).toBeLessThanOrEqual(1);
		expect(sent.length + failed.length).toBe(2);
	});

	test('84. a phone written with the 00 international prefix', async () => {
		const { sent } = await send({}, [debtor('0057 300 120 0084')]);
		expect(delivery(sent[0]).to).toBe('+573001200084');
	});

	test('85. a phone given as a number without + and a country on the item: read in that country', async () => {
		const { sent, failed } = await send({}, [debtor(3001200085)]);
		expect(codes(failed)).toEqual([]);
		expect(delivery(sent[0]).to).toBe('+573001200085');
	});

	test('86. Argentina’s WhatsApp 549 form is read as the Argentine mobile it is', async () => {
		const { sent } = await send({}, [debtor('+5491123456786', { country: 'AR' })]);
		expect(sent).toHaveLength(1);
		expect(sim.messages).toHaveLength(1);
	});

	test('87. a template parameter list by expression that is not JSON fails that item only', async () => {
		const items = [debtor('+573001200087', {}, { p: '["Ana"]' }), debtor('+573001200187', {}, { p: 'Ana, 350' })];
		const { sent, failed } = await send({ options: { templateName: 'invoice_with_pdf', templateLanguage: 'es', documentUrl: 'https://files.example/x.pdf', templateParameters: '={{ $json.p }}' } }, items);
		expect(sent.map((i) => delivery(i).to)).toEqual(['+573001200087']);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'INVALID_INPUT' } });
	});

	test('88. Twilio Content SID by expression: a wrong one per item fails that item (21655), one request, not retried', async () => {
		const items = [debtor('+573001200088', {}, { sid: 'HX00000000000000000000000000000001' }), debtor('+573001200188', {}, { sid: 'HX0000000000000000000000000000000F' })];
		const { sent, failed } = await send({ provider: 'twilio', maxAttempts: 3, options: { contentSid: '={{ $json.sid }}' } }, items);
		expect(sent.map((i) => delivery(i).to)).toEqual(['+573001200088']);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'TEMPLATE_ERROR', retryable: false } });
	});

	test('89. a 131056 that never clears: RATE_LIMITED after Max Attempts, the key given back', async () => {
		sim.errors.set('+573001200089', { code: 131056, status: 400, count: 2 });
		const { failed } = await send({ maxAttempts: 2 }, [debtor('+573001200089')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 2, error: { code: 'RATE_LIMITED', providerCode: '131056', retryable: true } });
		expect((await send({}, [debtor('+573001200089')])).sent).toHaveLength(1);
	});

	test('90. the output keeps the item’s own fields', async () => {
		const { sent } = await send({}, [debtor('+573001200090', {}, { crmId: 'X-90', note: 'vip' })]);
		expect(sent[0].json).toMatchObject({ crmId: 'X-90', note: 'vip', collection: { debtorId: 'D-00090', stage: 'short_term' } });
	});

	test('91. Text by expression that yields a number goes as its digits, in a request the spec accepts', async () => {
		sim.lastInbound.set('+573001200091', Date.now());
		const { sent } = await send({ text: '={{ $json.amount }}' }, [debtor('+573001200091', {}, { amount: 350000, lastInboundAt: new Date().toISOString() })]);
		expect(delivery(sent[0]).kind).toBe('text');
		expect(sim.messages.map((m) => m.text)).toEqual(['350000']);
	});

	test('92. an Idempotency Key by expression that yields a number still holds once per key', async () => {
		const first = await send({ options: { idempotencyKey: '={{ 4242 }}' } }, [debtor('+573001200092')]);
		expect(first.sent).toHaveLength(1);
		const again = await send({ options: { idempotencyKey: '={{ 4242 }}' } }, [debtor('+573001200092')]);
		expect(codes(again.failed)).toEqual(['DUPLICATE']);
		expect(sim.messages).toHaveLength(1);
	});

	test('93. Hours Checked Elsewhere by expression: refused for the whole run, nothing sent', async () => {
		// Written expecting a per-item value. The doc lists the per-item options (template,
		// parameters, Content SID, Force Template, document, idempotency key); Hours Checked
		// Elsewhere is not among them, and the node refusing an expression for it sends nothing.
		const item = debtor('+573001200093', {}, { elsewhere: 'false' });
		delete (item.collection as IDataObject).window;
		const result = await run({ options: { hoursCheckedElsewhere: '={{ $json.elsewhere }}' } }, [item]);
		expect(result.error?.message).toMatch(/hoursCheckedElsewhere .*cannot be an expression/);
		expect(providerRequests()).toEqual([]);
	});

	test('94. lastInboundAt as epoch milliseconds 1 hour ago opens the window', async () => {
		sim.lastInbound.set('+573001200094', Date.now());
		const { sent } = await send({}, [debtor('+573001200094', {}, { lastInboundAt: Date.now() - 3_600_000 })]);
		expect(delivery(sent[0]).kind).toBe('text');
	});

	test('95. an item back from Failed (WINDOW_CLOSED → Wait → Gate → Send) with its old delivery is sent, the delivery replaced', async () => {
		const item = debtor('+573001200095');
		(item.collection as IDataObject).delivery = { status: 'failed', error: { code: 'WINDOW_CLOSED' }, attempts: 0 };
		const { sent } = await send({}, [item]);
		expect(delivery(sent[0])).toMatchObject({ status: 'sent', error: null, attempts: 1 });
	});

	test('91b. Text by expression that yields an object fails that item before any request', async () => {
		sim.lastInbound.set('+573001200191', Date.now());
		const { failed } = await send({ text: '={{ $json.body }}' }, [debtor('+573001200191', {}, { body: { a: 1 }, lastInboundAt: new Date().toISOString() })]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'INVALID_INPUT', message: expect.stringContaining('text') } });
		expect(providerRequests()).toEqual([]);
	});

	test('96. Force Template by expression that yields the text "false" inside the window: the free text (or the template), never neither', async () => {
		sim.lastInbound.set('+573001200096', Date.now());
		const { sent } = await send({ options: { forceTemplate: '={{ $json.force }}' } }, [debtor('+573001200096', {}, { force: 'false', lastInboundAt: new Date().toISOString() })]);
		expect(sent).toHaveLength(1);
		expect(sim.messages).toHaveLength(1);
	});

	test('97. no token in outputs or the ledger when the provider cannot be reached or does not answer (both providers)', async () => {
		await simulator({ holdMs: 2500 });
		sim.faults.set('+573001200097', { fault: 'timeout', count: 1 });
		sim.faults.set('+573001200197', { fault: 'timeout', count: 1 });
		const wa = await run({ options: { timeout: 1 } }, [debtor('+573001200097')]);
		const sms = await run({ channelStrategy: 'sms', options: { timeout: 1, idempotencyKey: 'sms-97' } }, [debtor('+573001200197')]);
		credentials.collectionsWhatsAppCloudApi = { ...credentials.collectionsWhatsAppCloudApi, baseUrl: 'http://127.0.0.1:9', businessAccountId: '' };
		credentials.collectionsTwilioApi = { ...credentials.collectionsTwilioApi, baseUrl: 'http://127.0.0.1:9' };
		const refused = await run({ channelStrategy: 'whatsappThenSms', maxAttempts: 1, options: { idempotencyKey: 'refused-97' } }, [debtor('+573001200297')]);
		const all = JSON.stringify([wa.outputs, sms.outputs, refused.outputs, wa.error?.message, sms.error?.message, refused.error?.message]);
		expect(codes([...wa.outputs.Node[1], ...sms.outputs.Node[1], ...refused.outputs.Node[1]])).toEqual(['UNKNOWN', 'UNKNOWN', 'NETWORK_ERROR']);
		for (const secret of [sim.whatsappToken, sim.twilioAuthToken, Buffer.from(`${sim.twilioAccountSid}:${sim.twilioAuthToken}`).toString('base64')]) {
			expect(all).not.toContain(secret);
			expect(readFileSync(join(folder, 'contacts.jsonl'), 'utf8')).not.toContain(secret);
		}
	}, 15_000);

	test('98. a message the provider accepted leaves a record the trigger can find by its id: debtor, phone, kind, template', async () => {
		const { sent } = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001200098')]);
		const id = String(delivery(sent[0]).messageId);
		const record = (await otherProcess().outboundOf([id])).get(id) as unknown as IDataObject;
		expect(record).toMatchObject({ debtorId: 'D-00098', to: '+573001200098', channel: 'whatsapp', kind: 'template' });
		expect(JSON.stringify(record)).toContain('collections_short_term');
	});

	test('99. the same debtor twice in one batch under two stages with a one-a-day cap: one message', async () => {
		const caps = { ...allowed(), caps: { perDay: 1 } };
		const { sent, failed } = await send({}, [debtor('+573001200099', { window: caps }), debtor('+573001200099', { stage: 'payment_link', window: caps })]);
		expect(sent).toHaveLength(1);
		expect(codes(failed)).toEqual(['CAP_REACHED']);
		expect(sim.messages).toHaveLength(1);
	});

	test('100. a settling payment and a dispute another process records mid-batch (by debtor and by phone) stop those messages', async () => {
		const phones = ['+573001200100', '+573001200200', '+573001200300', '+573001200400'];
		const items = phones.map((p) => debtor(p, { amountDue: 350000, currency: 'COP' }));
		let recorded: Promise<unknown> | undefined;
		sim.onAccept = () => {
			const other = otherProcess();
			const base = { recordedAt: Date.now(), invoiceId: null };
			recorded ??= Promise.all([
				other.recordFact({ ...base, id: 'pay-100', kind: 'payment', debtorId: 'D-00300', phone: null, paymentId: 'PSE-100', amount: 350000, currency: 'COP', paidAt: Date.now(), method: 'pse', source: 'fields', settles: true }),
				other.recordFact({ ...base, id: 'dispute-100', kind: 'dispute', debtorId: null, phone: phones[3], note: null }),
			]);
		};
		const { sent, failed } = await send({ rateLimit: 1 }, items);
		await recorded;
		expect(sent.map((i) => delivery(i).to)).toEqual(phones.slice(0, 2));
		expect(failed.map((i) => [delivery(i).to, delivery(i).error?.code, delivery(i).attempts])).toEqual([[phones[2], 'PAID', 0], [phones[3], 'SUPPRESSED', 0]]);
		expect(sim.messages.map((m) => m.to)).toEqual(phones.slice(0, 2));
	}, 15_000);

	test('101. the same campaign started twice at once: every debtor messaged exactly once', async () => {
		const phones = Array.from({ length: 10 }, (_, i) => `+5730012011${String(i).padStart(2, '0')}`);
		const [a, b] = await Promise.all([send({ rateLimit: 20 }, phones.map((p) => debtor(p))), send({ rateLimit: 20 }, phones.map((p) => debtor(p)))]);
		expect(sim.messages.map((m) => m.to).sort()).toEqual([...phones].sort());
		expect(a.sent.length + b.sent.length).toBe(10);
		expect(codes([...a.failed, ...b.failed])).toEqual(Array(10).fill('DUPLICATE'));
	});

	test('102. WhatsApp through Twilio to a number not on WhatsApp (63003): not retried; with WhatsApp-then-SMS the SMS goes', async () => {
		sim.notOnWhatsApp.add('+573001200102');
		const { sent, failed } = await send({ provider: 'twilio', channelStrategy: 'whatsappThenSms', maxAttempts: 3, options: { contentSid: 'HX00000000000000000000000000000001' } }, [debtor('+573001200102')]);
		expect(failed).toEqual([]);
		expect(delivery(sent[0])).toMatchObject({ channel: 'sms', attempts: 2, fallbackFrom: { code: 'NOT_ON_WHATSAPP', providerCode: '63003', retryable: false } });
	});

	test('103. 131048 (spam rate limit: too many blocks) is not retried', async () => {
		sim.errors.set('+573001200103', { code: 131048, status: 400, count: 5 });
		const { failed } = await send({ maxAttempts: 4 }, [debtor('+573001200103')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { providerCode: '131048', retryable: false } });
	});

	test('104. Retry-After as an HTTP date (RFC 9110) is waited until that time', async () => {
		const at = new Date(Math.ceil((Date.now() + 2500) / 1000) * 1000);
		sim.errors.set('+573001200104', { code: 20429, status: 429, count: 1, retryAfter: at.toUTCString() });
		const { sent } = await send({ channelStrategy: 'sms' }, [debtor('+573001200104')]);
		expect(delivery(sent[0]).attempts).toBe(2);
		const times = sim.requests.filter((r) => r.api === 'twilio').map((r) => r.at);
		expect(times[1]).toBeGreaterThanOrEqual(at.getTime() - 10);
	}, 10_000);

	test('105. a Retry-After past the end of lawful hours: WINDOW_CLOSED at once, not a request after it', async () => {
		sim.errors.set('+573001200105', { code: 130429, status: 429, count: 1, retryAfter: 60 });
		const until = Date.now() + 5_000;
		const started = Date.now();
		const { failed } = await send({}, [debtor('+573001200105', { window: { ...allowed(), allowedUntil: new Date(until).toISOString(), nextAllowedAt: '2026-12-02T08:00:00-05:00' } })]);
		expect(Date.now() - started).toBeLessThan(4_000);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'WINDOW_CLOSED' } });
		expect(waRequests()).toHaveLength(1);
	}, 10_000);

	test('106. an SMS fallback that is maybe sent (Twilio 500): UNKNOWN, the key kept', async () => {
		sim.notOnWhatsApp.add('+573001200106');
		sim.errors.set('+573001200106', { code: 20500, status: 500, count: 1, api: 'twilio' });
		const { failed } = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001200106')]);
		expect(delivery(failed[0])).toMatchObject({ channel: 'sms', attempts: 2, error: { code: 'UNKNOWN' }, fallbackFrom: { code: 'NOT_ON_WHATSAPP' } });
		const again = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001200106')]);
		expect(codes(again.failed)).toEqual(['DUPLICATE']);
	});

	test.each([
		['573001200111', 'CO', '+573001200111'],
		['+55 11 91234-5678', 'BR', '+5511912345678'],
		['55 1200 0112', 'MX', '+525512000112'],
		['(0) 300 120 0113', 'CO', null],
	])('107. phone %s (country %s): sent to %s, or refused — never to another number', async (phone, country, expected) => {
		const { sent, failed } = await send({}, [debtor(phone, { country })]);
		if (expected) expect(sent.map((i) => delivery(i).to)).toEqual([expected]);
		for (const m of sim.messages) expect(m.to).toBe(expected);
		if (!expected && failed.length) expect(delivery(failed[0]).error?.code).toBe('INVALID_NUMBER');
	});

	test('108. a Bogotá landline (+57 601…) for WhatsApp goes to WhatsApp, which says whether it is there; by SMS Twilio’s 21614 is INVALID_NUMBER', async () => {
		sim.notOnWhatsApp.add('+576012000108');
		const wa = await send({}, [debtor('+57 601 2000108')]);
		expect(delivery(wa.failed[0])).toMatchObject({ attempts: 1, error: { code: 'NOT_ON_WHATSAPP' } });
		sim.errors.set('+576012000108', { code: 21614, status: 400, count: 1, api: 'twilio' });
		const sms = await send({ channelStrategy: 'sms', options: { idempotencyKey: 'sms-108' } }, [debtor('+57 601 2000108')]);
		expect(delivery(sms.failed[0])).toMatchObject({ attempts: 1, error: { code: 'INVALID_NUMBER', providerCode: '21614' } });
	});

	test('109. an unknown host is certainly not sent: NETWORK_ERROR, retried up to Max Attempts, the key given back', async () => {
		credentials.collectionsWhatsAppCloudApi = { ...credentials.collectionsWhatsAppCloudApi, baseUrl: 'http://no-such-host.invalid', businessAccountId: '' };
		const { failed } = await send({ maxAttempts: 2 }, [debtor('+573001200109')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 2, error: { code: 'NETWORK_ERROR', retryable: true } });
		credentials = sim.credentials();
		expect((await send({}, [debtor('+573001200109')])).sent).toHaveLength(1);
	}, 15_000);

	test('110. Twilio WhatsApp inside the window by our record, refused 63016: the Content template goes instead, once', async () => {
		const { sent } = await send({ provider: 'twilio', options: { contentSid: 'HX00000000000000000000000000000001' } }, [debtor('+573001200110', {}, { lastInboundAt: new Date().toISOString() })]);
		expect(delivery(sent[0])).toMatchObject({ kind: 'template', attempts: 2, channel: 'whatsapp' });
		expect(sim.messages.map((m) => m.type)).toEqual(['template']);
	});

	test('111. a reply the ledger holds under the linked BSUID opens the phone’s window: the free text goes', async () => {
		const ledger = otherProcess();
		await ledger.linkIdentity('+573001200111', 'CO.1110000000000111', Date.now());
		await ledger.recordInbound('CO.1110000000000111', Date.now() - 3_600_000);
		sim.lastInbound.set('+573001200111', Date.now());
		const { sent } = await send({}, [debtor('+573001200111')]);
		expect(delivery(sent[0]).kind).toBe('text');
	});

	test('112. a 131050 for the first of two stages in one batch stops the second (already waiting its turn) without a request', async () => {
		sim.errors.set('+573001200112', { code: 131050, status: 400, count: 1 });
		const { failed } = await send({ rateLimit: 1 }, [debtor('+573001200112'), debtor('+573001200112', { stage: 'payment_link' })]);
		expect(failed.map((i) => [delivery(i).error?.code, delivery(i).attempts])).toEqual([['OPTED_OUT', 1], ['OPTED_OUT', 0]]);
		expect(waRequests()).toHaveLength(1);
	}, 10_000);
});
