import { existsSync, mkdirSync, mkdtempSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { openFileLedger } from '../../lib/ledger/file';
import { RedisLedger } from '../../lib/ledger/redis';
import { closeRedisLedgers } from '../../nodes/shared/ledger';
import { NODE_CREDENTIALS, runWorkflow, singleNode } from '../harness/engine';
import { REDIS_SETUP_MS, startRedis } from '../harness/redis';
import { startWebhook, type WebhookHarness } from '../harness/webhook';
import { ProviderSimulator, whatsappIdentityChangePayload, whatsappReplyPayload } from '../simulator/simulator';

let sim: ProviderSimulator;
let hook: WebhookHarness;
let folder: string;
async function setUp(parameters: IDataObject = {}, credentials: Record<string, IDataObject> = {}) {
	folder = mkdtempSync(join(tmpdir(), 'replies-'));
	sim = new ProviderSimulator();
	await sim.start();
	hook = await startWebhook('collectionReplyTrigger', { provider: 'whatsappCloud', ...parameters, options: { ledgerFolder: folder } }, { ...sim.credentials(), ...credentials } as never, NODE_CREDENTIALS);
	sim.options.whatsappWebhookUrl = hook.url;
	sim.options.twilioWebhookUrl = hook.url;
}

afterEach(async () => {
	await hook.stop();
	expect(sim.specViolations).toEqual([]);
	await sim.stop();
	rmSync(folder, { recursive: true, force: true });
});

const items = () => hook.executions.map((execution) => execution.map((i) => i.json));

describe('WhatsApp Cloud API', () => {
	beforeEach(() => setUp());

	test('answers Meta’s verification handshake only with the verify token', async () => {
		const ok = await fetch(`${hook.url.replace(/\/$/, '')}?hub.mode=subscribe&hub.verify_token=collections-demo&hub.challenge=1158201444`);
		expect([ok.status, await ok.text()]).toEqual([200, '1158201444']);
		const wrong = await fetch(`${hook.url}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`);
		expect(wrong.status).toBe(403);
	});

	test('a signed reply starts one execution; a bad or missing signature gets 401 and starts none', async () => {
		expect(await sim.postWhatsApp(whatsappReplyPayload('+573001234567', 'mañana pago'))).toBe(200);
		expect(await sim.postWhatsApp(whatsappReplyPayload('+573001234567', 'otro'), 'not-the-app-secret')).toBe(401);
		const unsigned = await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(whatsappReplyPayload('+573001234567', 'x')) });
		expect(unsigned.status).toBe(401);
		expect(items()).toEqual([[expect.objectContaining({ event: 'reply', provider: 'whatsappCloud', channel: 'whatsapp', from: '+573001234567', to: '+12025550147', text: 'mañana pago', status: 'received', error: null })]]);
	});

	test('one item per message and status in a batch: text, template button, interactive reply, failed status; 521 normalised', async () => {
		const payload = {
			object: 'whatsapp_business_account',
			entry: [{ id: 'WABA', changes: [{ field: 'messages', value: {
				messaging_product: 'whatsapp', metadata: { display_phone_number: '12025550147', phone_number_id: 'P' },
				messages: [
					{ from: '5215512345678', id: 'wamid.A', timestamp: '1774000000', type: 'text', text: { body: 'ya pagué' } },
					{ from: '573001234567', id: 'wamid.B', timestamp: '1774000001', type: 'button', button: { payload: 'OPT_OUT', text: 'Baja' } },
					{ from: '5491123456789', id: 'wamid.C', timestamp: '1774000002', type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'plan', title: 'Plan de pagos' } } },
				],
				statuses: [{ id: 'wamid.OUT', status: 'failed', timestamp: '1774000003', recipient_id: '573009999999', errors: [{ code: 131026, title: 'Message undeliverable', error_data: { details: 'Not on WhatsApp' } }] }],
			} }] }],
		};
		expect(await sim.postWhatsApp(payload)).toBe(200);
		expect(items()[0].map((i) => [i.event, i.from ?? i.to, i.text ?? i.status, i.receivedAt])).toEqual([
			['reply', '+525512345678', 'ya pagué', '2026-03-20T09:46:40.000Z'],
			['reply', '+573001234567', 'Baja', '2026-03-20T09:46:41.000Z'],
			['reply', '+5491123456789', 'Plan de pagos', '2026-03-20T09:46:42.000Z'],
			['status', '+12025550147', 'failed', '2026-03-20T09:46:43.000Z'],
		]);
		expect(items()[0][3]).toMatchObject({ to: '+573009999999', messageId: 'wamid.OUT', error: { code: '131026', message: 'Not on WhatsApp' } });
	});

	test('a status that failed with WhatsApp’s opt-out code (131050) opts the recipient out of WhatsApp', async () => {
		const status = { id: 'wamid.X', status: 'failed', timestamp: '1774000003', recipient_id: '573005556666', errors: [{ code: 131050, title: 'User opted out of marketing' }] };
		const payload = { object: 'whatsapp_business_account', entry: [{ id: 'W', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '12025550147' }, statuses: [status] } }] }] };
		expect(await sim.postWhatsApp(payload)).toBe(200);
		expect((await openFileLedger(folder).optOutsOf(['+573005556666'])).get('+573005556666')).toMatchObject([{ channel: 'whatsapp', source: 'whatsappCloud status 131050' }]);
	});

	test('a message delivered twice is emitted once', async () => {
		const payload = whatsappReplyPayload('+573001234567', 'hola');
		await sim.postWhatsApp(payload);
		await sim.postWhatsApp(payload);
		expect(hook.executions).toHaveLength(1);
	});

	test('the simulator’s signed status webhooks for a message Send sent arrive as status items', async () => {
		sim.options.statusWebhooks = true;
		const item = { collection: { debtorId: 'D1', phone: '+573001114444', stage: 'short_term', message: { whatsappTemplate: { name: 'collections_short_term', language: 'es', parameters: ['a', 'b', 'c', 'd', 'e'] } } } };
		const run = await runWorkflow(singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', options: { ledgerFolder: folder } }, { credentials: NODE_CREDENTIALS }), [item], undefined, sim.credentials());
		const messageId = ((run.outputs.Node[0][0].json.collection as IDataObject).delivery as IDataObject).messageId;
		for (let i = 0; i < 50 && hook.executions.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
		expect(items().flat()).toEqual([expect.objectContaining({ event: 'status', status: 'sent', messageId, to: '+573001114444' })]);
	});

	test('a reply opens the 24-hour window for Send, and a one-word opt-out stops it at once', async () => {
		await sim.inbound('+573001112222', 'hola, ¿cuánto debo?');
		await sim.inbound('+573001113333', 'BAJA');
		const debtors = ['+573001112222', '+573001113333'].map((phone) => ({ collection: { debtorId: phone, phone, stage: 'short_term', message: { text: 'Su saldo es $ 350.000.' } } }));
		const run = await runWorkflow(singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', options: { ledgerFolder: folder } }, { credentials: NODE_CREDENTIALS }), debtors, undefined, sim.credentials());
		const [sent, failed] = run.outputs.Node;
		expect(sent.map((i) => ((i.json.collection as IDataObject).delivery as IDataObject).kind)).toEqual(['text']);
		expect(failed.map((i) => (((i.json.collection as IDataObject).delivery as IDataObject).error as IDataObject).code)).toEqual(['OPTED_OUT']);
		expect(sim.messages.map((m) => m.to)).toEqual(['+573001112222']);
		expect((await openFileLedger(folder).optOutsOf(['+573001113333'])).get('+573001113333')).toMatchObject([{ channel: 'whatsapp', source: 'reply "BAJA"' }]);
	});
});

// Issue 19: WhatsApp usernames. A user who adopts a username may write without a phone: only
// its business-scoped user ID (BSUID). The ledger links the two; an opt-out under either blocks both.
describe('WhatsApp usernames and business-scoped user IDs (BSUID)', () => {
	beforeEach(() => setUp());
	const PHONE = '+573001117777';
	const BSUID = 'CO.1502576394655843';
	const sendTo = (collection: IDataObject, parameters: IDataObject = {}) =>
		runWorkflow(
			singleNode('sendCollectionMessage', { provider: 'whatsappCloud', channelStrategy: 'whatsapp', ...parameters, options: { ledgerFolder: folder, ...(parameters.options as IDataObject) } }, { credentials: NODE_CREDENTIALS }),
			[{ collection: { stage: 'short_term', message: { text: 'Su saldo es $ 350.000.', whatsappTemplate: { name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '15 de marzo', 'https://pay.example/1'] } }, ...collection } }],
			undefined,
			sim.credentials(),
		);
	const outcome = (run: Awaited<ReturnType<typeof sendTo>>) => {
		const [sent, failed] = run.outputs.Node;
		return [...sent, ...failed].map((i) => {
			const d = (i.json.collection as IDataObject).delivery as IDataObject;
			return { status: d.status, to: d.to, code: (d.error as IDataObject | null)?.code ?? null, message: (d.error as IDataObject | null)?.message ?? null };
		});
	};

	test('every item carries the BSUID beside the phone: replies, replies without a phone, statuses', async () => {
		expect(await sim.postWhatsApp(whatsappReplyPayload(PHONE, 'hola', Date.now(), BSUID))).toBe(200);
		expect(await sim.postWhatsApp(whatsappReplyPayload(null, 'mañana pago', Date.now(), BSUID))).toBe(200);
		const status = { id: 'wamid.S', status: 'delivered', timestamp: '1774000003', recipient_user_id: BSUID };
		expect(await sim.postWhatsApp({ object: 'whatsapp_business_account', entry: [{ id: 'W', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '12025550147' }, contacts: [{ user_id: BSUID }], statuses: [status] } }] }] })).toBe(200);
		expect(items().flat().map((i) => [i.event, i.from, i.to, i.userId, i.text ?? i.status])).toEqual([
			['reply', PHONE, '+12025550147', BSUID, 'hola'],
			['reply', null, '+12025550147', BSUID, 'mañana pago'],
			['status', '+12025550147', null, BSUID, 'delivered'],
		]);
	});

	test('"BAJA" from the username account (BSUID only) opts out the phone linked to it; Send then refuses that phone', async () => {
		// An earlier reply, with both, linked them; the opt-out comes from the username account.
		await sim.inboundFromUser(BSUID, PHONE, 'hola');
		expect(await sim.inboundFromUser(BSUID, null, 'BAJA')).toBe(200);
		expect(items().flat()[1]).toMatchObject({ event: 'reply', from: null, userId: BSUID, text: 'BAJA' });
		expect((await openFileLedger(folder).optOutsOf([PHONE])).get(PHONE)).toMatchObject([{ phone: BSUID, channel: 'whatsapp', source: 'reply "BAJA"' }]);
		const run = await sendTo({ debtorId: 'D-7777', phone: PHONE });
		expect(outcome(run)).toEqual([{ status: 'failed', to: PHONE, code: 'OPTED_OUT', message: expect.stringContaining(`recorded under ${BSUID}`) }]);
		expect(sim.messages).toEqual([]);
	});

	test('an opt-out that came before the link still blocks the phone once a status links them', async () => {
		await sim.inboundFromUser(BSUID, null, 'STOP');
		expect(outcome(await sendTo({ debtorId: 'D-7777', phone: PHONE }))[0].code).toBeNull();
		const sentTo = sim.messages[0];
		await sim.postWhatsApp({ object: 'whatsapp_business_account', entry: [{ id: 'W', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '12025550147' }, statuses: [{ id: sentTo.id, status: 'delivered', timestamp: '1774000003', recipient_id: PHONE.slice(1), recipient_user_id: BSUID }] } }] }] });
		const again = await sendTo({ debtorId: 'D-7777', phone: PHONE }, { options: { idempotencyKey: 'second' } });
		expect(outcome(again)[0].code).toBe('OPTED_OUT');
	});

	test('a reply from the username account opens the phone’s 24-hour window: the free text goes out to the phone', async () => {
		// A status links them (a status opens no window); the only reply comes without a phone.
		const link = { id: 'wamid.EARLIER', status: 'delivered', timestamp: '1774000003', recipient_id: PHONE.slice(1), recipient_user_id: BSUID };
		await sim.postWhatsApp({ object: 'whatsapp_business_account', entry: [{ id: 'W', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '12025550147' }, statuses: [link] } }] }] });
		await sim.inboundFromUser(BSUID, null, '¿cuánto debo?');
		sim.lastInbound.set(PHONE, Date.now()); // Meta knows the two are one user: its window is open for the phone too.
		const run = await sendTo({ debtorId: 'D-7777', phone: PHONE });
		expect(outcome(run)).toEqual([{ status: 'sent', to: PHONE, code: null, message: null }]);
		expect(sim.messages.map((m) => [m.to, m.type])).toEqual([[PHONE, 'text']]);
	});

	test('a debtor known only by the BSUID: sent to the BSUID (recipient), or the phone the ledger linked; SMS cannot, naming both', async () => {
		await sim.inboundFromUser(BSUID, null, 'hola');
		expect(outcome(await sendTo({ debtorId: 'D-U', userId: BSUID }))).toEqual([{ status: 'sent', to: BSUID, code: null, message: null }]);
		expect(sim.messages.map((m) => [m.to, m.type])).toEqual([[BSUID, 'text']]);
		const sms = outcome(await sendTo({ debtorId: 'D-U', userId: BSUID }, { provider: 'twilio', channelStrategy: 'sms', options: { idempotencyKey: 'sms' } }));
		expect(sms).toEqual([{ status: 'failed', to: BSUID, code: 'INVALID_NUMBER', message: expect.stringMatching(new RegExp(`no phone number.*${BSUID.replace('.', '\\.')}`)) }]);
		// Once a reply links the phone, Send uses the phone.
		await sim.inboundFromUser(BSUID, PHONE, 'sigo aquí');
		expect(outcome(await sendTo({ debtorId: 'D-U', userId: BSUID }, { options: { idempotencyKey: 'phone' } }))).toEqual([{ status: 'sent', to: PHONE, code: null, message: null }]);
	});

	test('identity changes move the facts: an opt-out follows a new BSUID, and a new phone number', async () => {
		const NEW_BSUID = 'CO.7777000011112222';
		const NEW_PHONE = '+573005550000';
		await sim.inboundFromUser(BSUID, PHONE, 'BAJA');
		expect(await sim.postWhatsApp(whatsappIdentityChangePayload({ type: 'user_changed_user_id', phone: PHONE, userId: BSUID, newUserId: NEW_BSUID }))).toBe(200);
		expect(await sim.postWhatsApp(whatsappIdentityChangePayload({ type: 'user_changed_number', phone: PHONE, newPhone: NEW_PHONE }))).toBe(200);
		expect(items().flat().slice(1).map((i) => [i.event, i.from, i.userId, (i.identityChange as IDataObject).type])).toEqual([
			['identityChange', PHONE, NEW_BSUID, 'user_changed_user_id'],
			['identityChange', NEW_PHONE, null, 'user_changed_number'],
		]);
		const ledger = openFileLedger(folder);
		expect((await ledger.identitiesOf([NEW_BSUID])).get(NEW_BSUID)).toMatchObject({ phone: NEW_PHONE, userId: NEW_BSUID });
		// The new BSUID alone, and the new phone: both blocked by the opt-out the old identifiers recorded.
		expect(outcome(await sendTo({ debtorId: 'D-1', userId: NEW_BSUID }))).toEqual([{ status: 'failed', to: NEW_PHONE, code: 'OPTED_OUT', message: expect.any(String) }]);
		expect(outcome(await sendTo({ debtorId: 'D-2', phone: NEW_PHONE }))[0].code).toBe('OPTED_OUT');
		expect(sim.messages).toEqual([]);
	});
});

describe('Twilio', () => {
	beforeEach(() => setUp({ provider: 'twilio' }));

	test('a signed inbound SMS and a status callback; a wrong signature gets 401', async () => {
		expect(await sim.postTwilio({ MessageSid: 'SM1', AccountSid: sim.twilioAccountSid, From: '+12125550123', To: '+12025550147', Body: 'STOP', NumMedia: '0' })).toBe(200);
		expect(await sim.postTwilio({ MessageSid: 'SM2', MessageStatus: 'undelivered', ErrorCode: '30003', AccountSid: sim.twilioAccountSid, From: '+12025550147', To: '+12125550123' })).toBe(200);
		expect(await sim.postTwilio({ MessageSid: 'SM3', From: '+12125550123', To: '+12025550147', Body: 'x' }, 'wrong-token')).toBe(401);
		expect(items().flat()).toEqual([
			expect.objectContaining({ event: 'reply', provider: 'twilio', channel: 'sms', from: '+12125550123', text: 'STOP', messageId: 'SM1' }),
			expect.objectContaining({ event: 'status', status: 'undelivered', to: '+12125550123', error: { code: '30003', message: '' } }),
		]);
		expect((await openFileLedger(folder).optOutsOf(['+12125550123'])).get('+12125550123')).toMatchObject([{ channel: 'sms' }]);
	});

	test('a Status Callback whose URL carries a query string is signed over the full URL, and accepted', async () => {
		sim.options.twilioWebhookUrl = `${hook.url}?source=crm&campaign=march`;
		expect(await sim.postTwilio({ MessageSid: 'SM9', MessageStatus: 'delivered', AccountSid: sim.twilioAccountSid, From: '+12025550147', To: '+12125550124' })).toBe(200);
		expect(items().flat()).toEqual([expect.objectContaining({ event: 'status', status: 'delivered', messageId: 'SM9' })]);
	});
});

describe('a ledger write that fails (issue 16): the opt-out is not lost, the provider is asked to retry', () => {
	test('embedded ledger that cannot be written: 503, and the redelivery records the opt-out', async () => {
		await setUp();
		const file = join(folder, 'contacts.jsonl');
		expect(await sim.inbound('+573001110000', 'hola')).toBe(200);
		// The embedded ledger keeps its file open for up to 25 ms after a write (its lock lease):
		// a write within it would still reach the file renamed aside. Its timers run before this
		// one, in this process, however late a busy machine fires them.
		await new Promise((resolve) => setTimeout(resolve, 50));
		const payload = whatsappReplyPayload('+573001113333', 'BAJA');
		// A real write error from the file system: the ledger's file is, for this delivery, a
		// folder (EISDIR). A file-size limit (a full disk) cannot be set on the test process: it
		// holds for jest's own output too, and ends jest when that goes to a file.
		renameSync(file, `${file}.aside`);
		mkdirSync(file);
		let failed: number;
		try {
			failed = await sim.postWhatsApp(payload);
		} finally {
			rmdirSync(file);
			renameSync(`${file}.aside`, file);
		}
		expect(failed).toBeGreaterThanOrEqual(500);
		expect(hook.executions).toHaveLength(1);
		// Meta delivers it again once the ledger can be written.
		expect(await sim.postWhatsApp(payload)).toBe(200);
		expect((await openFileLedger(folder).optOutsOf(['+573001113333'])).get('+573001113333')).toMatchObject([{ channel: 'whatsapp', source: 'reply "BAJA"' }]);
		expect(items().flat().map((i) => i.text)).toEqual(['hola', 'BAJA']);
		// A third delivery is a duplicate: no execution, one opt-out.
		expect(await sim.postWhatsApp(payload)).toBe(200);
		expect(hook.executions).toHaveLength(2);
		expect((await openFileLedger(folder).optOutsOf(['+573001113333'])).get('+573001113333')).toHaveLength(1);
	});

	describe('Redis ledger', () => {
		let redis: Awaited<ReturnType<typeof startRedis>>;
		let admin: RedisLedger;
		beforeAll(async () => {
			redis = await startRedis();
			admin = new RedisLedger({ host: '127.0.0.1', port: redis.port, keyPrefix: 'replies:' });
		}, REDIS_SETUP_MS); // the first run on a machine without redis-server fetches Debian's (see the harness)
		afterAll(async () => {
			await closeRedisLedgers();
			await admin?.close();
			await redis?.stop();
		});
		const redisCredential = () => ({ collectionsRedis: { host: '127.0.0.1', port: redis.port, database: 0, keyPrefix: 'replies:' } });

		test('Redis refuses the opt-out write (the claim would pass): 503, and the redelivery records it', async () => {
			await setUp({ ledger: 'redis' }, redisCredential());
			const acl = (rule: string) => (admin as unknown as { redis: { call(...args: string[]): Promise<unknown> } }).redis.call('ACL', 'SETUSER', 'default', rule);
			const payload = whatsappReplyPayload('+573001114444', 'BAJA');
			await acl('-rpush');
			let failed: number;
			try {
				failed = await sim.postWhatsApp(payload);
			} finally {
				await acl('+rpush');
			}
			expect(failed).toBeGreaterThanOrEqual(500);
			expect(await sim.postWhatsApp(payload)).toBe(200);
			expect((await admin.optOutsOf(['+573001114444'])).get('+573001114444')).toMatchObject([{ channel: 'whatsapp', source: 'reply "BAJA"' }]);
			expect(items().flat().map((i) => i.text)).toEqual(['BAJA']);
			// Delivered again: a duplicate, and the opt-out is kept once.
			expect(await sim.postWhatsApp(payload)).toBe(200);
			expect((await admin.optOutsOf(['+573001114444'])).get('+573001114444')).toHaveLength(1);
			expect(hook.executions).toHaveLength(1);
		});

		test('a stopped Redis: 503 (the provider retries), no execution', async () => {
			await setUp({ ledger: 'redis' }, { collectionsRedis: { host: '127.0.0.1', port: 1, database: 0, keyPrefix: 'replies:' } });
			expect(await sim.postWhatsApp(whatsappReplyPayload('+573001115555', 'BAJA'))).toBe(503);
			expect(hook.executions).toHaveLength(0);
			expect(existsSync(join(folder, 'contacts.jsonl'))).toBe(false);
		});
	});
});
