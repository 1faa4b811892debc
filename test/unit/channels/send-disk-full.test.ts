import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deliver, type Delivery, type DeliverySettings, type Outbound } from '../../../lib/channels/deliver';
import { FileLedger } from '../../../lib/ledger/file';
import { CLAIM_LEASE_MS } from '../../../lib/ledger/ledger';

// A real "disk full" (issue 16): a child process whose files may not grow past a size
// (RLIMIT_FSIZE through prlimit: a write past it fails with EFBIG, as on a full disk) sends a
// campaign through the built lib/ (npm run build) on the embedded ledger. The limit is never
// set on jest's own process: it would end jest when its output goes to a file.

const DIST = resolve(__dirname, '../../../dist/lib');
const canRun = (() => {
	try {
		execFileSync('prlimit', ['--version'], { stdio: 'ignore' });
		statSync(join(DIST, 'channels/deliver.js'));
		return true;
	} catch {
		return false;
	}
})();

const settings: DeliverySettings = { provider: 'whatsappCloud', strategy: 'whatsapp', maxAttempts: 2, whatsapp: { baseUrl: 'http://sim', apiVersion: 'v24.0', phoneNumberId: 'P', businessAccountId: '' }, twilio: null, statusCallback: null };
const message = (i: number): Outbound => ({ debtorId: `D${i}`, to: `+5730011105${String(i).padStart(2, '0')}`, text: 'Hola', template: { name: 't', language: 'es', parameters: [] }, twilioContent: null, document: null, idempotencyKey: `D${i}:short_term:2026-11-30`, lastInboundAt: null, caps: null });

// The child: the node's loop in miniature (mapConcurrent, a pacer, deliver, the batch stopped on a
// ledger failure), a provider that accepts everything, and the results as JSON on stdout.
const CHILD = `
process.on('SIGXFSZ', () => undefined);
const { deliver, LedgerFailure } = require(${JSON.stringify(join(DIST, 'channels/deliver.js'))});
const { createPacer, mapConcurrent } = require(${JSON.stringify(join(DIST, 'channels/pacing.js'))});
const { FileLedger } = require(${JSON.stringify(join(DIST, 'ledger/file.js'))});
const [file, settingsJson, messagesJson] = process.argv.slice(2);
const accepted = [];
const controller = new AbortController();
const clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
const deps = {
	transports: { whatsappCloud: async (request) => { accepted.push(request.json.to); return { status: 200, headers: {}, body: { messages: [{ id: 'wamid.' + accepted.length }] } }; } },
	ledger: new FileLedger(file), clock, random: Math.random, pace: createPacer(200, clock, undefined, controller.signal),
	signal: controller.signal, onLedgerFailure: (failure) => controller.abort(failure),
};
const messages = JSON.parse(messagesJson);
mapConcurrent(messages, 4, async (message) => {
	// As the node does: an item not tried after a ledger failure says which failure stopped the batch
	// (the failure may have come from a message already sent, whose record could not be written).
	const stopped = controller.signal.reason;
	if (LedgerFailure && stopped instanceof LedgerFailure) return { status: 'failed', to: message.to, attempts: 0, error: { code: 'LEDGER_ERROR', message: 'Not sent: ' + stopped.message } };
	return deliver(message, JSON.parse(settingsJson), deps);
}, controller).then(
	(deliveries) => process.stdout.write(JSON.stringify({ accepted, deliveries })),
	(error) => process.stdout.write(JSON.stringify({ accepted, failure: String(error && error.message) })),
);
`;

(canRun ? describe : describe.skip)('a real disk full mid-campaign (RLIMIT_FSIZE in a child process)', () => {
	let folder: string;
	beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'disk-full-'))));
	afterEach(() => rmSync(folder, { recursive: true, force: true }));

	test('every item leaves with what happened; after the disk has room the next run sends exactly the rest', async () => {
		const file = join(folder, 'contacts.jsonl');
		const messages = Array.from({ length: 20 }, (_, i) => message(i));
		// Something in the ledger already, then room for about a dozen more entries.
		await new FileLedger(file).recordInbound('+573001119999', 1);
		const script = join(folder, 'child.js');
		writeFileSync(script, CHILD);
		const child = spawnSync('prlimit', [`--fsize=${statSync(file).size + 2500}:`, process.execPath, script, file, JSON.stringify(settings), JSON.stringify(messages)], { encoding: 'utf8', timeout: 30_000 });
		expect(child.stderr).toBe('');
		const { accepted, deliveries, failure } = JSON.parse(child.stdout) as { accepted: string[]; deliveries: Delivery[]; failure?: string };
		// Before: the batch failed as a whole (no item had an outcome) though the provider had accepted some.
		expect(failure).toBeUndefined();

		// Nothing lost: every item has an outcome; every accepted message is Sent, nothing else is.
		expect(deliveries).toHaveLength(20);
		const sent = deliveries.filter((d) => d.status === 'sent').map((d) => d.to);
		expect(sent.sort()).toEqual(accepted.map((to) => `+${to}`).sort());
		expect(accepted.length).toBeGreaterThan(0);
		expect(accepted.length).toBeLessThan(20);
		const failed = deliveries.filter((d) => d.status !== 'sent');
		expect(failed.map((d) => d.error?.code)).toEqual(failed.map(() => 'LEDGER_ERROR'));
		expect(failed.every((d) => d.attempts === 0)).toBe(true);
		expect(String(deliveries.find((d) => d.status === 'failed' && 'message' in (d.error ?? {}))?.error?.message)).toMatch(/EFBIG|file too large/i);

		// The disk has room again: a new process (a restart, once the first run's claims are past
		// their lease) sends the rest, and nothing twice.
		const again: string[] = [];
		const ledger = new FileLedger(file);
		const clock = { now: () => Date.now() + CLAIM_LEASE_MS, sleep: async () => undefined };
		const transports = { whatsappCloud: async (request: { json?: unknown }) => (again.push((request.json as { to: string }).to), { status: 200, headers: {}, body: { messages: [{ id: `wamid.r${again.length}` }] } }) };
		const second = await Promise.all(messages.map((m) => deliver(m, settings, { transports, ledger, clock, random: Math.random, pace: async () => undefined })));
		expect(second.filter((d) => d.status === 'sent').map((d) => d.to).sort()).toEqual(failed.map((d) => d.to).sort());
		expect(second.filter((d) => d.status !== 'sent').map((d) => d.error?.code)).toEqual(sent.map(() => 'DUPLICATE'));
		expect([...accepted, ...again].map((to) => `+${to}`).sort()).toEqual(messages.map((m) => m.to).sort());
	}, 40_000);
});
