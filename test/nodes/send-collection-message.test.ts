import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { openFileLedger } from '../../lib/ledger/file';
import { CLAIM_LEASE_MS } from '../../lib/ledger/ledger';
import { NODE_CREDENTIALS, runWorkflow, singleNode } from '../harness/engine';
import { ProviderSimulator, type SimulatorOptions } from '../simulator/simulator';

const delivery = (item: INodeExecutionData) => (item.json.collection as IDataObject).delivery as IDataObject & { error: IDataObject | null };

let sim: ProviderSimulator;
let folder: string;
let credentials: Record<string, IDataObject>;

/** A simulator with these options, and the credentials pointing at it. */
async function simulator(options: SimulatorOptions = {}) {
	await sim?.stop();
	sim = new ProviderSimulator(options);
	await sim.start();
	credentials = sim.credentials();
}

beforeEach(async () => {
	await simulator();
	folder = mkdtempSync(join(tmpdir(), 'send-'));
});

afterEach(async () => {
	// Every request Send made is valid against the providers' OpenAPI specs.
	expect(sim.specViolations).toEqual([]);
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
});

async function send(parameters: IDataObject, items: IDataObject[], settings = {}) {
	const definition = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: 200, ...parameters, options: { ledgerFolder: folder, ...(parameters.options as IDataObject) } }, { credentials: NODE_CREDENTIALS, ...settings });
	const run = await runWorkflow(definition, items, undefined, credentials as never);
	if (run.error) throw run.error;
	return { sent: run.outputs.Node[0], failed: run.outputs.Node[1] };
}

const debtor = (phone: string, extra: IDataObject = {}): IDataObject => ({
	collection: {
		debtorId: `D-${phone.slice(-4)}`, phone, country: 'CO', stage: 'short_term', timezone: 'America/Bogota',
		message: { text: 'Hola Ana, su saldo es $ 350.000.', whatsappTemplate: { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '15 de marzo', 'https://pay.example/1'] } },
	},
	...extra,
});

test('outside the window the approved template goes out; inside it, the free text', async () => {
	const now = new Date().toISOString();
	sim.lastInbound.set('+573001110002', Date.parse(now));
	const { sent, failed } = await send({}, [debtor('+573001110001'), debtor('+573001110002', { lastInboundAt: now })]);
	expect(failed).toEqual([]);
	expect(sent.map((i) => delivery(i).kind)).toEqual(['template', 'text']);
	expect(sim.messages.map((m) => [m.to, m.type, m.template ?? m.text]).sort()).toEqual([
		['+573001110001', 'template', 'collections_short_term'],
		['+573001110002', 'text', 'Hola Ana, su saldo es $ 350.000.'],
	]);
	expect(sent[0].pairedItem).toEqual({ item: 0 });
	expect(delivery(sent[0])).toMatchObject({ status: 'sent', provider: 'whatsappCloud', channel: 'whatsapp', to: '+573001110001', attempts: 1, error: null });
	expect(String(delivery(sent[0]).messageId)).toMatch(/^wamid\./);
});

describe('errors: each fails as the error model says, permanent ones at once', () => {
	test('not on WhatsApp: Failed with NOT_ON_WHATSAPP after one request; with WhatsApp-then-SMS the SMS goes out', async () => {
		sim.notOnWhatsApp.add('+573001110003');
		const only = await send({}, [debtor('+573001110003')]);
		expect(delivery(only.failed[0])).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'NOT_ON_WHATSAPP', providerCode: '131026', retryable: false } });
		const fallback = await send({ channelStrategy: 'whatsappThenSms', options: { idempotencyKey: 'second-try' } }, [debtor('+573001110003')]);
		expect(delivery(fallback.sent[0])).toMatchObject({ status: 'sent', channel: 'sms', attempts: 2, fallbackFrom: { code: 'NOT_ON_WHATSAPP' } });
		expect(sim.messages.map((m) => [m.api, m.channel, m.text])).toEqual([['twilio', 'sms', 'Hola Ana, su saldo es $ 350.000.']]);
	});

	test('an SMS opt-out (21610) fails at once, is written to the ledger, and stops later sends without a request', async () => {
		sim.optedOut.add('+573001110004');
		const first = await send({ channelStrategy: 'sms' }, [debtor('+573001110004')]);
		expect(delivery(first.failed[0])).toMatchObject({ attempts: 1, error: { code: 'OPTED_OUT', providerCode: '21610' } });
		const requests = sim.requests.length;
		const again = await send({ channelStrategy: 'sms', options: { idempotencyKey: 'again' } }, [debtor('+573001110004')]);
		expect(delivery(again.failed[0])).toMatchObject({ attempts: 0, error: { code: 'OPTED_OUT', providerCode: null } });
		expect(sim.requests.length).toBe(requests);
	});

	test('an invalid phone fails its item without a request, naming the field and value', async () => {
		const { failed } = await send({}, [debtor('12345')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 0, error: { code: 'INVALID_NUMBER' } });
		expect(String(delivery(failed[0]).error?.message)).toContain('phone: "12345"');
		expect(sim.requests).toEqual([]);
	});

	test('templates are checked against the account before sending: unknown name, wrong parameter count', async () => {
		const unknown = debtor('+573001110005');
		((unknown.collection as IDataObject).message as IDataObject).whatsappTemplate = { name: 'no_such_template', language: 'es', parameters: ['a'] };
		const short = debtor('+573001110006');
		((short.collection as IDataObject).message as IDataObject).whatsappTemplate = { name: 'collections_short_term', language: 'es', parameters: ['Ana'] };
		const { failed } = await send({}, [unknown, short]);
		expect(failed.map((i) => [delivery(i).error?.code, delivery(i).attempts])).toEqual([['TEMPLATE_ERROR', 0], ['TEMPLATE_ERROR', 0]]);
		expect(String(delivery(failed[1]).error?.message)).toBe('Template "collections_short_term" (es) takes 5 parameters; 1 given');
		expect(sim.messages).toEqual([]);
	});

	test('a template parameter left null (a missing fact) fails the item: never "null" in a message', async () => {
		const item = debtor('+573001110033');
		((item.collection as IDataObject).message as IDataObject).whatsappTemplate = { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '15 de marzo', null] };
		const { failed } = await send({}, [item]);
		expect(delivery(failed[0]).error).toMatchObject({ code: 'TEMPLATE_ERROR', message: expect.stringContaining('{{5}} is empty') });
		expect(sim.requests).toEqual([]);
	});

	test('an invoice PDF: a document with the text as caption inside the window, the template’s document header outside it', async () => {
		const pdf = { documentUrl: 'https://files.example.com/F-1001.pdf', documentFilename: 'F-1001.pdf' };
		sim.lastInbound.set('+573001110034', Date.now());
		const inside = debtor('+573001110034', { lastInboundAt: new Date().toISOString() });
		const outside = debtor('+573001110035');
		((outside.collection as IDataObject).message as IDataObject).whatsappTemplate = { name: 'invoice_with_pdf', language: 'es', parameters: ['Ana'] };
		const { sent } = await send({ options: pdf }, [inside, outside]);
		expect(sent.map((i) => delivery(i).kind)).toEqual(['document', 'template']);
		expect(sim.messages.map((m) => [m.to, m.type, m.document, m.text ?? m.template]).sort()).toEqual([
			['+573001110034', 'document', 'https://files.example.com/F-1001.pdf', 'Hola Ana, su saldo es $ 350.000.'],
			['+573001110035', 'template', 'https://files.example.com/F-1001.pdf', 'invoice_with_pdf'],
		]);
	});

	test('outside the window with no template: OUTSIDE_WINDOW, nothing sent', async () => {
		const { failed } = await send({}, [{ phone: '+573001110007', text: 'Hola' }]);
		expect(delivery(failed[0]).error).toMatchObject({ code: 'OUTSIDE_WINDOW', providerCode: null });
		expect(sim.requests.filter((r) => r.api === 'whatsapp')).toEqual([]);
	});

	test('Twilio WhatsApp outside the window: free text is refused (63016) by the provider, ContentSid goes out', async () => {
		const item = { phone: '+573001110008', collection: { message: { text: 'Hola', whatsappTemplate: { name: 'x', language: 'es', parameters: ['1', '2', '3', '4', '5'] } } } };
		const refused = await send({ provider: 'twilio', ledger: 'none' }, [item]);
		expect(delivery(refused.failed[0]).error?.code).toBe('OUTSIDE_WINDOW');
		const { sent } = await send({ provider: 'twilio', ledger: 'none', options: { contentSid: 'HX00000000000000000000000000000001' } }, [item]);
		expect(delivery(sent[0])).toMatchObject({ status: 'sent', kind: 'template', channel: 'whatsapp' });
		expect(sim.messages[0]).toMatchObject({ api: 'twilio', channel: 'whatsapp', type: 'template', parameters: ['1', '2', '3', '4', '5'] });
	});

	test('the provider says the window is closed (131047) though the item said open: the template goes instead; without one, OUTSIDE_WINDOW', async () => {
		const open = { lastInboundAt: new Date().toISOString() };
		const noTemplate = { phone: '+573001110030', collection: { message: { text: 'Hola' } }, ...open };
		const { sent, failed } = await send({}, [debtor('+573001110029', open), noTemplate]);
		expect(delivery(sent[0])).toMatchObject({ kind: 'template', attempts: 2 });
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'OUTSIDE_WINDOW', providerCode: '131047' } });
	});

	test('WhatsApp’s own opt-out (131050) is recorded for WhatsApp only: SMS still goes', async () => {
		sim.optedOut.add('+573001110031');
		const first = await send({}, [debtor('+573001110031')]);
		expect(delivery(first.failed[0]).error).toMatchObject({ code: 'OPTED_OUT', providerCode: '131050' });
		sim.optedOut.delete('+573001110031');
		const sms = await send({ channelStrategy: 'sms', options: { idempotencyKey: 'sms' } }, [debtor('+573001110031')]);
		expect(delivery(sms.sent[0])).toMatchObject({ channel: 'sms', status: 'sent' });
		const whatsapp = await send({ options: { idempotencyKey: 'wa-again' } }, [debtor('+573001110031')]);
		expect(delivery(whatsapp.failed[0])).toMatchObject({ attempts: 0, error: { code: 'OPTED_OUT' } });
	});

	test('without a Business Account ID the template cannot be checked first: the provider’s 132000 is a TEMPLATE_ERROR', async () => {
		credentials.collectionsWhatsAppCloudApi = { ...credentials.collectionsWhatsAppCloudApi, businessAccountId: '' };
		const short = debtor('+573001110032');
		((short.collection as IDataObject).message as IDataObject).whatsappTemplate = { name: 'collections_short_term', language: 'es', parameters: ['Ana'] };
		const { failed } = await send({}, [short]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'TEMPLATE_ERROR', providerCode: '132000', retryable: false } });
	});

	test('above the provider’s throughput (130429) the sends are retried until all pass', async () => {
		await simulator({ ratePerSecond: 5 });
		const batch = Array.from({ length: 8 }, (_, i) => debtor(`+57300111004${i}`));
		const { sent } = await send({ rateLimit: 50, maxAttempts: 6 }, batch);
		expect(sent).toHaveLength(8);
		expect(sim.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
		expect(sim.messages).toHaveLength(8);
	});

	test('each credential is loaded once a run, not once a request', async () => {
		const batch = Array.from({ length: 6 }, (_, i) => debtor(`+57300111005${i}`));
		const definition = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsappThenSms', rateLimit: 200, options: { ledgerFolder: folder } }, { credentials: NODE_CREDENTIALS });
		sim.notOnWhatsApp.add('+573001110050');
		const run = await runWorkflow(definition, batch, undefined, credentials as never);
		expect(run.outputs.Node[0]).toHaveLength(6);
		expect(sim.requests.map((r) => r.api).sort()).toEqual([...Array<string>(6).fill('whatsapp'), 'twilio'].sort());
		expect(run.credentialLoads).toEqual({ collectionsWhatsAppCloudApi: 1, collectionsTwilioApi: 1 });
	});

	test('a wrong token is AUTH, and no token appears in any output', async () => {
		credentials.collectionsWhatsAppCloudApi = { ...credentials.collectionsWhatsAppCloudApi, accessToken: 'wrong-secret-token' };
		const { failed } = await send({ channelStrategy: 'whatsapp' }, [debtor('+573001110009')]);
		expect(delivery(failed[0]).error).toMatchObject({ code: 'AUTH', retryable: false });
		expect(JSON.stringify(failed)).not.toContain('wrong-secret-token');
		expect(readFileSync(join(folder, 'contacts.jsonl'), 'utf8')).not.toContain('wrong-secret-token');
	});
});

describe('retries: only what may pass, spaced by backoff or Retry-After', () => {
	test('two 503s then success: sent on the third attempt, the gaps growing', async () => {
		sim.faults.set('+573001110010', { fault: 'status503', count: 2 });
		const { sent } = await send({}, [debtor('+573001110010')]);
		expect(delivery(sent[0])).toMatchObject({ status: 'sent', attempts: 3 });
		const times = sim.requests.filter((r) => r.to === '+573001110010').map((r) => r.at);
		expect(times).toHaveLength(3);
		// Backoff: at least half of 500 ms, then half of 1 s.
		expect(times[1] - times[0]).toBeGreaterThanOrEqual(240);
		expect(times[2] - times[1]).toBeGreaterThanOrEqual(490);
	});

	test('429 with Retry-After: 1 waits a second', async () => {
		await simulator({ retryAfterSeconds: 1 });
		sim.faults.set('+573001110011', { fault: 'rateLimit', count: 1 });
		const { sent } = await send({}, [debtor('+573001110011')]);
		expect(delivery(sent[0]).attempts).toBe(2);
		const times = sim.requests.filter((r) => r.to === '+573001110011').map((r) => r.at);
		expect(times[1] - times[0]).toBeGreaterThanOrEqual(990);
	});

	test('Max Attempts bounds the tries; a connection dropped after the request was written is UNKNOWN, not retried', async () => {
		sim.faults.set('+573001110012', { fault: 'status500', count: Infinity });
		sim.faults.set('+573001110013', { fault: 'drop', count: 1 });
		const { failed } = await send({ maxAttempts: 2 }, [debtor('+573001110012'), debtor('+573001110013')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 2, error: { code: 'PROVIDER_ERROR', providerCode: '131000', retryable: true } });
		expect(delivery(failed[1])).toMatchObject({ attempts: 1, error: { code: 'UNKNOWN', retryable: false } });
	});

	test('no answer in time after the request left: UNKNOWN, not retried, and not sent again by a second run', async () => {
		await simulator({ holdMs: 2500 });
		sim.faults.set('+573001110014', { fault: 'timeout', count: 1 });
		const first = await send({ options: { timeout: 1 } }, [debtor('+573001110014')]);
		expect(delivery(first.failed[0])).toMatchObject({ attempts: 1, error: { code: 'UNKNOWN', retryable: false } });
		const second = await send({ options: { timeout: 1 } }, [debtor('+573001110014')]);
		expect(delivery(second.failed[0]).error?.code).toBe('DUPLICATE');
		expect(sim.requests.filter((r) => r.to === '+573001110014' && r.api === 'whatsapp')).toHaveLength(1);
	});

	test('a success answer that cannot be read is UNKNOWN, not a reason to send again', async () => {
		sim.faults.set('+573001110015', { fault: 'malformedJson', count: 1 });
		const { failed } = await send({}, [debtor('+573001110015')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'UNKNOWN' } });
	});
});

describe('idempotency and the record', () => {
	test('the same campaign twice in a day sends once; the second run’s items leave on Failed as DUPLICATE', async () => {
		const batch = [debtor('+573001110016'), debtor('+573001110017')];
		const first = await send({}, batch);
		const second = await send({}, batch);
		expect(first.sent).toHaveLength(2);
		expect(second.failed.map((i) => delivery(i).error?.code)).toEqual(['DUPLICATE', 'DUPLICATE']);
		expect(sim.messages).toHaveLength(2);
	});

	test('a failure that sent nothing gives its key back: the next run tries again', async () => {
		sim.faults.set('+573001110018', { fault: 'status500', count: 1 });
		const first = await send({ maxAttempts: 1 }, [debtor('+573001110018')]);
		expect(first.failed).toHaveLength(1);
		const second = await send({ maxAttempts: 1 }, [debtor('+573001110018')]);
		expect(second.sent).toHaveLength(1);
	});

	test('every attempt and every contact is written to the ledger file', async () => {
		sim.faults.set('+573001110019', { fault: 'status503', count: 1 });
		await send({}, [debtor('+573001110019')]);
		const lines = readFileSync(join(folder, 'contacts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as IDataObject);
		expect(lines.filter((l) => l.type === 'attempt').map((l) => [l.result, l.error, l.kind, l.content])).toEqual([
			['failed', 'PROVIDER_ERROR', 'template', 'collections_short_term'],
			['sent', null, 'template', 'collections_short_term'],
		]);
		expect(lines.filter((l) => !l.type)).toMatchObject([{ debtorId: 'D-0019', channel: 'whatsapp' }]);
	});

	test('Dry Run sends nothing and claims nothing: a live run afterwards sends', async () => {
		const dry = await send({ provider: 'dryRun' }, [debtor('+573001110020')]);
		expect(delivery(dry.sent[0])).toMatchObject({ status: 'dryRun', kind: 'template', attempts: 0 });
		expect(sim.requests).toEqual([]);
		const live = await send({}, [debtor('+573001110020')]);
		expect(live.sent).toHaveLength(1);
	});

	test('conservation: every item leaves on Sent or Failed, once, paired to its input', async () => {
		sim.notOnWhatsApp.add('+573001110022');
		const batch = [debtor('+573001110021'), debtor('+573001110022'), debtor('bad'), debtor('+573001110021'), { nothing: true }];
		const { sent, failed } = await send({}, batch);
		expect(sent.length + failed.length).toBe(batch.length);
		expect([...sent, ...failed].map((i) => (i.pairedItem as { item: number }).item).sort()).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('caps at the moment of sending', () => {
	const capped = (phone: string, stage: string, caps: IDataObject = { perDay: 1 }) => {
		const item = debtor(phone);
		Object.assign(item.collection as IDataObject, { stage, window: { allowed: true, caps, timezone: 'America/Bogota', timezones: ['America/Bogota'] } });
		return item;
	};
	const phones = Array.from({ length: 12 }, (_, i) => `+5730022${String(i).padStart(5, '0')}`);

	test('two campaigns allowed by the Gate at once: each debtor gets one message, the later run fails CAP_REACHED', async () => {
		const [a, b] = await Promise.all([
			send({}, phones.map((p) => capped(p, 'short_term'))),
			send({}, phones.map((p) => capped(p, 'payment_link'))),
		]);
		expect(sim.messages.map((m) => m.to).sort()).toEqual([...phones].sort());
		const failed = [...a.failed, ...b.failed];
		expect(a.sent.length + b.sent.length).toBe(12);
		expect(failed).toHaveLength(12);
		for (const item of failed) {
			expect(delivery(item).error).toMatchObject({ code: 'CAP_REACHED', providerCode: null });
			expect(delivery(item).error?.message).toMatch(/would break DAILY_CAP; not sent \(not before \d{4}-\d\d-\d\dT00:00:00-05:00\)$/);
			expect(delivery(item).attempts).toBe(0);
		}
	});

	test('a message that failed outright gives its contact back; a cap that allows two lets two through', async () => {
		sim.notOnWhatsApp.add(phones[0]);
		const first = await send({}, [capped(phones[0], 'short_term'), capped(phones[1], 'short_term', { perDay: 2 })]);
		expect(first.failed.map((i) => delivery(i).error?.code)).toEqual(['NOT_ON_WHATSAPP']);
		sim.notOnWhatsApp.delete(phones[0]);
		const second = await send({}, [capped(phones[0], 'reminder'), capped(phones[1], 'reminder', { perDay: 2 })]);
		expect(second.sent.map((i) => delivery(i).to)).toEqual([phones[0], phones[1]]);
		const third = await send({}, [capped(phones[1], 'long_term', { perDay: 2 })]);
		expect(third.failed.map((i) => delivery(i).error?.code)).toEqual(['CAP_REACHED']);
	});

	test('a contact another worker recorded with its clock a little ahead still counts', async () => {
		const item = capped(phones[3], 'short_term', { perRolling7Days: 1 });
		const debtorId = (item.collection as IDataObject).debtorId as string;
		await openFileLedger(folder).recordWithin({ debtorId, at: Date.now() + 5_000, channel: 'whatsapp' }, 0, () => null);
		const { failed } = await send({}, [item]);
		expect(delivery(failed[0]).error?.code).toBe('CAP_REACHED');
		expect(sim.messages).toEqual([]);
	});

	test('caps that are not counts fail the item by name, before any request', async () => {
		const { failed } = await send({}, [capped(phones[2], 'short_term', { perDay: 'uno' })]);
		expect(delivery(failed[0]).error?.message).toBe('window.caps.perDay: "uno" is not a number of contacts, hours or days');
		expect(sim.messages).toEqual([]);
	});
});

test('message options are expressions of each item: its own idempotency key and document', async () => {
	const items = ['+573001110061', '+573001110062'].map((phone) => debtor(phone, { invoice: `F-${phone.slice(-2)}` }));
	const { sent } = await send({ options: { idempotencyKey: '={{ $json.collection.debtorId }}:link', documentUrl: '=https://files.example/{{ $json.invoice }}.pdf', templateName: 'invoice_with_pdf', templateParameters: '["Ana"]' } }, items);
	expect(sent.map((i) => delivery(i).idempotencyKey)).toEqual(['D-0061:link', 'D-0062:link']);
	expect(sim.messages.map((m) => m.document).sort()).toEqual(['https://files.example/F-61.pdf', 'https://files.example/F-62.pdf']);
});

/* Issues 15 and 16: Send version 2, and the safety fixes of both versions. */

const V2 = { typeVersion: 2 };
const gateAllows = (until: number | string, next: string | null = '2026-12-01T08:00:00-05:00'): IDataObject => ({
	window: { allowed: true, allowedUntil: typeof until === 'number' ? new Date(until).toISOString() : until, nextAllowedAt: next, timezone: 'America/Lima', timezones: ['America/Lima'] },
});
const withWindow = (phone: string, window: IDataObject) => {
	const item = debtor(phone);
	Object.assign(item.collection as IDataObject, window);
	return item;
};

describe('version 2: the Gate’s decision holds until the message leaves', () => {
	test('a campaign paced past the end of lawful hours stops sending at allowedUntil: the rest leave WINDOW_CLOSED with the next allowed time', async () => {
		const until = Date.now() + 1500;
		const phones = Array.from({ length: 6 }, (_, i) => `+5199123456${i}`);
		const { sent, failed } = await send({ rateLimit: 2 }, phones.map((p) => withWindow(p, gateAllows(until))), V2);
		expect(sent.length + failed.length).toBe(6);
		expect(sent.length).toBeGreaterThan(0);
		expect(failed.length).toBeGreaterThan(0);
		for (const item of failed) {
			expect(delivery(item)).toMatchObject({ attempts: 0, error: { code: 'WINDOW_CLOSED', providerCode: null } });
			expect(String(delivery(item).error?.message)).toContain('Next allowed: 2026-12-01T08:00:00-05:00');
		}
		// Not one request after the window closed.
		expect(sim.requests.filter((r) => r.api === 'whatsapp').every((r) => r.at < until)).toBe(true);
		expect(sim.messages).toHaveLength(sent.length);
		// Refused items give their key back: routed through Wait → Gate, they go out later.
		const again = await send({}, [withWindow(phones[5], gateAllows(Date.now() + 60_000))], V2);
		expect(again.sent).toHaveLength(1);
	});

	test('Gate → Send: a decision whose lawful interval has ended (Lima, Friday 19:30, open until 20:00) is not sent', async () => {
		const definition = {
			nodes: [
				{ id: 'g', name: 'Gate', type: 'n8n-nodes-collections.contactWindowGate', typeVersion: 1, position: [0, 0] as [number, number], parameters: { asOf: '2026-11-27T19:30:00-05:00', ledger: 'none' } },
				{ ...singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', options: { ledgerFolder: folder } }, { credentials: NODE_CREDENTIALS, typeVersion: 2 }).nodes[0], name: 'Send', position: [200, 0] as [number, number] },
			],
			connections: { Gate: { main: [[{ node: 'Send', type: 'main' as const, index: 0 }]] } },
		};
		const item = { collection: { ...(debtor('+51987654321').collection as IDataObject), country: 'PE', timezone: 'America/Lima' } };
		const run = await runWorkflow(definition, [item], 'Gate', credentials as never);
		const window = (run.outputs.Gate[0][0].json.collection as IDataObject).window as IDataObject;
		expect(window).toMatchObject({ allowed: true, allowedUntil: '2026-11-27T20:00:00-05:00' });
		expect(delivery(run.outputs.Send[1][0]).error?.code).toBe('WINDOW_CLOSED');
		expect(sim.messages).toEqual([]);
	});

	test('allowed: false is refused; no Gate decision is refused unless Hours Checked Elsewhere; version 1 keeps sending without one', async () => {
		const refused = withWindow('+573001110101', { window: { allowed: false, nextAllowedAt: '2026-12-01T08:00:00-05:00' } });
		const { failed } = await send({}, [refused, debtor('+573001110102')], V2);
		expect(failed.map((i) => delivery(i).error?.code)).toEqual(['WINDOW_CLOSED', 'NO_GATE_DECISION']);
		expect(String(delivery(failed[0]).error?.message)).toContain('Next allowed: 2026-12-01T08:00:00-05:00');
		expect(sim.requests.filter((r) => r.api !== 'other')).toEqual([]);
		const elsewhere = await send({ options: { hoursCheckedElsewhere: true } }, [debtor('+573001110102')], V2);
		expect(elsewhere.sent).toHaveLength(1);
		const v1 = await send({}, [debtor('+573001110103')]);
		expect(v1.sent).toHaveLength(1);
	});

	test('problems found before a request have their own codes in version 2; version 1 keeps its codes', async () => {
		const bad = debtor('+573001110104', { lastInboundAt: 'yesterday-ish' });
		const v2 = await send({ options: { hoursCheckedElsewhere: true } }, [bad], V2);
		expect(delivery(v2.failed[0]).error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('lastInboundAt') });
		const v1 = await send({}, [bad]);
		expect(delivery(v1.failed[0]).error?.code).toBe('PROVIDER_ERROR');
		const params = await send({ options: { hoursCheckedElsewhere: true, templateParameters: 'Ana, 350' } }, [debtor('+573001110105')], V2);
		expect(delivery(params.failed[0]).error?.code).toBe('INVALID_INPUT');
	});

	test('a connection refused is certainly not sent: NETWORK_ERROR in version 2 (TIMEOUT in version 1), retried', async () => {
		const closed = sim.url;
		await sim.stop();
		credentials = { ...credentials, collectionsWhatsAppCloudApi: { ...credentials.collectionsWhatsAppCloudApi, baseUrl: closed } };
		const v2 = await send({ maxAttempts: 2, options: { hoursCheckedElsewhere: true } }, [debtor('+573001110106')], V2);
		expect(delivery(v2.failed[0])).toMatchObject({ attempts: 2, error: { code: 'NETWORK_ERROR', retryable: true } });
		const v1 = await send({ maxAttempts: 1 }, [debtor('+573001110107')]);
		expect(delivery(v1.failed[0]).error?.code).toBe('TIMEOUT');
		await simulator();
	});
});

describe('safety fixes, both versions', () => {
	test.each([1, 2, 3])('version %s: the item’s own opt-out, wrong person and open dispute stop it without a request', async (typeVersion) => {
		const items = [
			debtor('+573001110111', { optedOut: true }),
			debtor('+573001110112', { wrongPerson: 'sí' }),
			withWindow('+573001110113', { disputeOpen: true }),
			debtor('+573001110114', { optedOut: ['whatsapp'] }),
		];
		const { sent, failed } = await send({ channelStrategy: 'whatsappThenSms', options: { hoursCheckedElsewhere: true } }, items, { typeVersion });
		expect(sent).toEqual([]);
		expect(failed.map((i) => delivery(i).error?.code)).toEqual(['OPTED_OUT', 'SUPPRESSED', 'SUPPRESSED', 'OPTED_OUT']);
		expect(String(delivery(failed[1]).error?.message)).toContain('wrongPerson');
		expect(sim.requests.filter((r) => r.api !== 'other')).toEqual([]);
	});

	test.each(['resetAfterAccept', 'status500AfterAccept'] as const)('%s: maybe sent is UNKNOWN — not retried, no SMS fallback, not sent again by the next run', async (fault) => {
		sim.faults.set('+573001110121', { fault, count: 1 });
		const first = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001110121')]);
		expect(delivery(first.failed[0])).toMatchObject({ attempts: 1, channel: 'whatsapp', error: { code: 'UNKNOWN', retryable: false } });
		const second = await send({ channelStrategy: 'whatsappThenSms' }, [debtor('+573001110121')]);
		expect(delivery(second.failed[0]).error?.code).toBe('DUPLICATE');
		expect(sim.messages).toHaveLength(1);
	});

	test('a Twilio 500 may have sent the SMS (Twilio’s own word): UNKNOWN, not retried', async () => {
		sim.faults.set('+573001110122', { fault: 'status500', count: 1 });
		const { failed } = await send({ channelStrategy: 'sms' }, [debtor('+573001110122')]);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'UNKNOWN', providerCode: '20500' } });
	});

	test('a Retry-After longer than Send waits fails the item RATE_LIMITED with the time, at once (it was cut to 30 s and retried)', async () => {
		await simulator({ retryAfterSeconds: 400 });
		sim.faults.set('+573001110123', { fault: 'rateLimit', count: 1 });
		const started = Date.now();
		const { failed } = await send({}, [debtor('+573001110123')]);
		expect(Date.now() - started).toBeLessThan(5000);
		expect(delivery(failed[0])).toMatchObject({ attempts: 1, error: { code: 'RATE_LIMITED', retryable: true } });
		expect(String(delivery(failed[0]).error?.message)).toMatch(/wait until \d{4}-\d\d-\d\dT.*Retry-After: 400/);
		// Nothing went out: the key is given back.
		expect((await send({}, [debtor('+573001110123')])).sent).toHaveLength(1);
	}, 10_000);

	test('the rate is a ceiling over any one-second window of the requests the provider saw', async () => {
		const batch = Array.from({ length: 25 }, (_, i) => debtor(`+5730011102${String(i).padStart(2, '0')}`));
		const { sent } = await send({ rateLimit: 10 }, batch);
		expect(sent).toHaveLength(25);
		const times = sim.requests.filter((r) => r.api === 'whatsapp').map((r) => r.at).sort((a, b) => a - b);
		const crowded = times.slice(10).map((t, i) => t - times[i]).filter((span) => span < 1000);
		expect(crowded).toEqual([]);
	}, 15_000);

	test('a ledger that fails mid-campaign (its file replaced by a folder): every item leaves with what happened; the next run sends the rest, none twice', async () => {
		const phones = Array.from({ length: 12 }, (_, i) => `+5730011103${String(i).padStart(2, '0')}`);
		const file = join(folder, 'contacts.jsonl');
		sim.onAccept = () => {
			if (sim.messages.length !== 4) return;
			renameSync(file, `${file}.aside`);
			mkdirSync(file);
		};
		const first = await send({ rateLimit: 20 }, phones.map((p) => debtor(p)));
		sim.onAccept = undefined;
		expect(first.sent.length + first.failed.length).toBe(12);
		// Every message the provider accepted is reported Sent; the one the ledger could not record says so.
		expect(first.sent.map((i) => delivery(i).to).sort()).toEqual(sim.messages.map((m) => m.to).sort());
		expect(first.sent.some((i) => /contact ledger failed/.test(String(delivery(i).warning)))).toBe(true);
		for (const item of first.failed) expect(delivery(item)).toMatchObject({ attempts: 0, to: expect.stringMatching(/^\+57/), error: { code: 'LEDGER_ERROR', retryable: true } });
		expect(first.failed.length).toBeGreaterThan(0);

		// The disk is fixed and n8n restarted: the same campaign again sends exactly the messages
		// that never left, once their claims are past the lease (the ledger as the restarted
		// process reads it, its unsent claims dated a lease back, as if the run came that much later).
		rmSync(file, { recursive: true });
		const restarted = mkdtempSync(join(tmpdir(), 'send-restarted-'));
		const aged = readFileSync(`${file}.aside`, 'utf8').split('\n').map((line) => (line.includes('"state":"claimed"') ? line.replace(/"at":(\d+)/, (_, at: string) => `"at":${Number(at) - CLAIM_LEASE_MS}`) : line));
		writeFileSync(join(restarted, 'contacts.jsonl'), aged.join('\n'));
		const second = await send({ rateLimit: 20, options: { ledgerFolder: restarted } }, phones.map((p) => debtor(p)));
		rmSync(restarted, { recursive: true, force: true });
		expect(second.failed.map((i) => delivery(i).error?.code)).toEqual(first.sent.map(() => 'DUPLICATE'));
		expect(second.sent.map((i) => delivery(i).to).sort()).toEqual(first.failed.map((i) => delivery(i).to).sort());
		expect(sim.messages.map((m) => m.to).sort()).toEqual([...phones].sort());
	}, 20_000);

	test('when the node fails, nothing more is sent: waits end, no new request starts', async () => {
		const items = Array.from({ length: 20 }, (_, i) => debtor(`+5730011104${String(i).padStart(2, '0')}`, i === 8 ? { broken: true } : {}));
		const definition = singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', rateLimit: 10, text: '={{ $json.broken ? $("No Such Node").item.json.text : "Hola" }}', options: { ledgerFolder: folder } }, { credentials: NODE_CREDENTIALS });
		const run = await runWorkflow(definition, items, undefined, credentials as never);
		expect(run.error).toBeDefined();
		const atFailure = sim.requests.length;
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(sim.requests.length).toBe(atFailure);
		expect(sim.messages.length).toBeLessThan(10);
	}, 10_000);
});

/* Version 3: the default idempotency key takes the debtor ID as Segment, the Gate and the ledger compare it (journey J13b). */

describe('version 3: one key per debtor however the export writes the ID', () => {
	const V3 = { typeVersion: 3 };
	const BOGOTA_DAY = (day: string) => new Date(`${day}T09:00:00-05:00`);
	const written = (debtorId: string): IDataObject => {
		const item = debtor('+573001110201');
		(item.collection as IDataObject).debtorId = debtorId;
		return item;
	};
	const run = async (debtorId: string, settings: IDataObject, options: IDataObject = {}) => await send({ options: { hoursCheckedElsewhere: true, ...options } }, [written(debtorId)], settings);
	beforeEach(() => {
		jest.useFakeTimers({ now: BOGOTA_DAY('2026-03-24'), advanceTimers: true, doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
	});
	afterEach(() => jest.useRealTimers());

	test('a rerun whose export writes the ID another way is DUPLICATE; the next day sends', async () => {
		const first = await run('CO-000123', V3);
		expect(first.sent.map((i) => delivery(i).idempotencyKey)).toEqual(['co000123:short_term:2026-03-24']);
		for (const id of ['co 000123', 'CO000123', ' Co-000123 ']) {
			const again = await run(id, V3);
			expect([id, delivery(again.failed[0]).error?.code, delivery(again.failed[0]).idempotencyKey]).toEqual([id, 'DUPLICATE', 'co000123:short_term:2026-03-24']);
		}
		expect(sim.messages).toHaveLength(1);
		jest.setSystemTime(BOGOTA_DAY('2026-03-25'));
		expect((await run('co-000123', V3)).sent.map((i) => delivery(i).idempotencyKey)).toEqual(['co000123:short_term:2026-03-25']);
		expect(sim.messages).toHaveLength(2);
	});

	test('an upgrade mid-day: what version 2 sent that day under the ID as written is DUPLICATE in version 3; the next day version 3 sends', async () => {
		const v2 = await run('CO-000123', V2);
		expect(v2.sent.map((i) => delivery(i).idempotencyKey)).toEqual(['CO-000123:short_term:2026-03-24']);
		jest.setSystemTime(new Date('2026-03-24T11:00:00-05:00'));
		const v3 = await run('CO-000123', V3);
		expect(delivery(v3.failed[0])).toMatchObject({ attempts: 0, idempotencyKey: 'co000123:short_term:2026-03-24', error: { code: 'DUPLICATE' } });
		expect(String(delivery(v3.failed[0]).error?.message)).toContain('"CO-000123:short_term:2026-03-24", the key an earlier version of this node gave the message');
		// Not claimed by that refusal: the version 3 key is still free.
		await expect(openFileLedger(folder).sendClaimHeld('co000123:short_term:2026-03-24', Date.now())).resolves.toBe(false);
		expect(sim.messages).toHaveLength(1);
		jest.setSystemTime(BOGOTA_DAY('2026-03-25'));
		expect((await run('CO-000123', V3)).sent).toHaveLength(1);
		expect(sim.messages).toHaveLength(2);
	});

	test('a version 2 claim whose run stopped before any request (its lease over) does not hold version 3 back', async () => {
		const ledger = openFileLedger(folder);
		await ledger.claimSend('CO-000123:short_term:2026-03-24', Date.now() - CLAIM_LEASE_MS, 'a run that crashed');
		expect((await run('CO-000123', V3)).sent).toHaveLength(1);
	});

	test('an ID already in compared form keeps its key in every version; a key the user set is used as given', async () => {
		expect((await run('1020304050', V2)).sent.map((i) => delivery(i).idempotencyKey)).toEqual(['1020304050:short_term:2026-03-24']);
		expect(delivery((await run('1.020.304.050', V3)).failed[0])).toMatchObject({ idempotencyKey: '1020304050:short_term:2026-03-24', error: { code: 'DUPLICATE' } });
		const own = await run('CO-000777', V3, { idempotencyKey: 'CO-000777:march' });
		expect(own.sent.map((i) => delivery(i).idempotencyKey)).toEqual(['CO-000777:march']);
		expect(delivery((await run('co 000777', V3, { idempotencyKey: 'co 000777:march' })).sent[0]).idempotencyKey).toBe('co 000777:march');
	});
});
