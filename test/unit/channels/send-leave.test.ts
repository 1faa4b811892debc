import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliver, type DeliverySettings, type Outbound } from '../../../lib/channels/deliver';
import type { HttpRequest } from '../../../lib/channels/http';
import { FileLedger } from '../../../lib/ledger/file';

// Issue 21: what happens while a request waits to leave (deps.leave, the ceiling counted at
// departure), after its mark; written by a second reviewer, who found the reads were before it.
const settings: DeliverySettings = { provider: 'whatsappCloud', strategy: 'whatsapp', maxAttempts: 2, whatsapp: { baseUrl: 'http://x', apiVersion: 'v24.0', phoneNumberId: 'P', businessAccountId: '' }, twilio: null, statusCallback: null };
const message: Outbound = { debtorId: 'D1', to: '+573001112233', text: 'Hola', template: { name: 't', language: 'es', parameters: [] }, twilioContent: null, document: null, idempotencyKey: 'k', lastInboundAt: null, caps: null };
const clock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };
let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'send-leave-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('stopped while waiting to leave, after the mark: nothing sent, the claim given back (a later run may send)', async () => {
	const ledger = new FileLedger(join(folder, 'contacts.jsonl'));
	const controller = new AbortController();
	const requests: HttpRequest[] = [];
	const sent = deliver(message, settings, {
		transports: { whatsappCloud: async (request) => (requests.push(request), { status: 200, headers: {}, body: { messages: [{ id: 'wamid.1' }] } }) },
		ledger, clock, random: () => 0.5, pace: async () => undefined, signal: controller.signal,
		// The execution is stopped once the request waits to leave (its mark on disk): a stop timed by a
		// sleep came before the wait on a slow machine, and the wait never ended (CI, session 17).
		leave: () =>
			new Promise((_, reject) => {
				controller.signal.addEventListener('abort', () => reject(new Error('stopped in leave')));
				setImmediate(() => controller.abort(new Error('the execution was cancelled')));
			}),
	});
	await expect(sent).rejects.toThrow();
	expect(requests).toHaveLength(0);
	expect((await new FileLedger(join(folder, 'contacts.jsonl')).claimSend('k', Date.now() + 1, 'later')).claimed).toBe(true);
});

test('an opt-out recorded while the request waits to leave is read: nothing is sent', async () => {
	const file = join(folder, 'contacts.jsonl');
	const ledger = new FileLedger(file);
	const requests: HttpRequest[] = [];
	const result = await deliver(message, settings, {
		transports: { whatsappCloud: async (request) => (requests.push(request), { status: 200, headers: {}, body: { messages: [{ id: 'wamid.1' }] } }) },
		ledger, clock, random: () => 0.5, pace: async () => undefined,
		// The Reply Trigger (another process) records the debtor's BAJA while this request waits its departure.
		leave: async () => {
			await new FileLedger(file).recordOptOut({ phone: message.to, channel: 'all', at: Date.now(), source: 'reply "BAJA"' });
		},
	});
	expect(requests).toHaveLength(0);
	expect(result.status).not.toBe('sent');
});
