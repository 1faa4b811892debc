import { providerError } from '../../../lib/channels/errors';
import { createPacer, mapConcurrent, retryDelay } from '../../../lib/channels/pacing';
import { templateShapes } from '../../../lib/channels/whatsapp';
import { optOutWordOf } from '../../../lib/replies/opt-out-words';

describe('the error model: retry only what may pass', () => {
	test.each([
		['whatsappCloud', 429, 130429, 'RATE_LIMITED'],
		['whatsappCloud', 400, 131056, 'RATE_LIMITED'],
		['twilio', 429, 20429, 'RATE_LIMITED'],
		['whatsappCloud', 500, 131000, 'PROVIDER_ERROR'],
		['whatsappCloud', 503, 131016, 'PROVIDER_ERROR'],
	] as const)('%s %s %s → %s, retryable', (provider, status, code, stable) => {
		expect(providerError(provider, status, code, 'x')).toMatchObject({ code: stable, retryable: true });
	});

	test.each([
		['whatsappCloud', 131026, 'NOT_ON_WHATSAPP'],
		['whatsappCloud', 131047, 'OUTSIDE_WINDOW'],
		['whatsappCloud', 131049, 'PROVIDER_ERROR'],
		['whatsappCloud', 131050, 'OPTED_OUT'],
		['whatsappCloud', 132000, 'TEMPLATE_ERROR'],
		['whatsappCloud', 132001, 'TEMPLATE_ERROR'],
		['whatsappCloud', 190, 'AUTH'],
		['whatsappCloud', 131031, 'ACCOUNT_BLOCKED'],
		['twilio', 21211, 'INVALID_NUMBER'],
		['twilio', 21610, 'OPTED_OUT'],
		['twilio', 21614, 'INVALID_NUMBER'],
		['twilio', 63016, 'OUTSIDE_WINDOW'],
	] as const)('%s %s → %s, never retried', (provider, code, stable) => {
		expect(providerError(provider, 400, code, 'x')).toMatchObject({ code: stable, retryable: false, providerCode: String(code) });
	});

	test('a code that names an Object property is just unknown', () => {
		expect(providerError('twilio', 400, 'constructor' as never, 'x')).toMatchObject({ code: 'PROVIDER_ERROR', retryable: false });
	});
});

describe('retryDelay', () => {
	test('Retry-After in seconds or as an HTTP date wins over backoff', () => {
		expect(retryDelay(1, '2', 0, () => 0.5)).toBe(2000);
		expect(retryDelay(1, new Date(10_000).toUTCString(), 4_000, () => 0.5)).toBe(6000);
	});

	test('backoff doubles, between half and all of its ceiling, capped at 30 s', () => {
		expect([1, 2, 3].map((n) => retryDelay(n, undefined, 0, () => 0))).toEqual([250, 500, 1000]);
		expect([1, 2, 3].map((n) => retryDelay(n, undefined, 0, () => 1))).toEqual([500, 1000, 2000]);
		expect(retryDelay(20, undefined, 0, () => 1)).toBe(30_000);
	});
});

test('the pacer hands concurrent callers slots 1000/rate ms apart', async () => {
	const waits: number[] = [];
	let now = 1_000;
	const clock = { now: () => now, sleep: async (ms: number) => void (waits.push(ms), (now += ms)) };
	const pace = createPacer(20, clock);
	await mapConcurrent([1, 2, 3, 4], 4, () => pace());
	// The first goes at once; the others, all asking at the same instant, each wait for their turn.
	expect(waits).toEqual([50, 50, 50]);
});

test('the pacer keeps a rate above 1,000/s on a whole-millisecond clock whose timers fire late, under its one-second ceiling', async () => {
	// Date.now() counts whole milliseconds, and Node's timers wait at least 1 ms and fire late:
	// spacing each request 0.5 ms after the last one left let one through a millisecond (882/s at 2,000/s).
	let now = 5_000;
	const clock = { now: () => now, sleep: async (ms: number) => void (now += Math.max(1, Math.ceil(ms)) + 1) };
	const pace = createPacer(2000, clock);
	const times: number[] = [];
	await mapConcurrent(Array.from({ length: 6000 }, (_, i) => i), 100, async () => {
		await pace();
		times.push(clock.now());
	});
	const seconds = (times[times.length - 1] - times[0]) / 1000;
	expect(6000 / seconds).toBeGreaterThan(1900);
	const crowded = times.slice(2000).map((t, i) => t - times[i]).filter((span) => span < 1000);
	expect(crowded).toEqual([]);
});

test('the pacer catches up the slots a pause of the event loop missed, up to 250 ms of them, under its one-second ceiling', async () => {
	// Issue 21: garbage collection of a big n8n heap stops the event loop for 20–900 ms; at 10 ms of
	// catch-up a real n8n at 2,000/s lost a quarter of its slots.
	let now = 5_000;
	const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
	const pace = createPacer(100, clock);
	const times: number[] = [];
	const run = async (count: number) => {
		for (let i = 0; i < count; i++) {
			await pace();
			times.push(clock.now());
		}
	};
	await run(50);
	now += 190; // a pause: the last left at 5,490 ms; the slots 5,500–5,680 were missed
	await run(60);
	const after = times.slice(50);
	// Those 19 leave at once, then the spacing resumes on the same timeline.
	expect(after.slice(0, 19)).toEqual(Array.from({ length: 19 }, () => 5_680));
	expect(after.slice(19, 22)).toEqual([5_690, 5_700, 5_710]);
	now += 1_000; // longer than the catch-up: the spacing starts afresh, no burst
	await run(3);
	expect(times.slice(-3).map((t) => t - times[times.length - 3])).toEqual([0, 10, 20]);
	// Never more than 100 in any 1,025 ms.
	expect(times.slice(100).map((t, i) => t - times[i]).filter((span) => span < 1025)).toEqual([]);
});

test('templateShapes counts distinct body placeholders of approved templates and sees document headers', () => {
	const body = { data: [
		{ name: 't', language: 'es', status: 'APPROVED', components: [{ type: 'HEADER', format: 'DOCUMENT' }, { type: 'BODY', text: 'Hola {{1}}, {{2}} y otra vez {{1}}' }] },
		{ name: 't', language: 'en_US', status: 'REJECTED', components: [{ type: 'BODY', text: 'Hi {{1}}' }] },
	] };
	expect([...templateShapes(body, 't')]).toEqual([['es', { bodyParameters: 2, documentHeader: true }]]);
});

test.each([
	['BAJA', 'es'], ['Stop please', 'en'], ['sair!', 'pt'], ['BAJA gracias', 'es'], ['baja, muchas gracias!', 'es'], ['ALTO ya porfa', 'es'],
	['STOP thank you', 'en'], ['stop thx', 'en'], ['Sair já, obrigada', 'pt'], ['pare agora valeu', 'pt'],
	['baja el precio', null], ['gracias', null], ['stop it thanks', null], ['no', null], ['', null],
	// Spelled in letters of any case (held-out v24); not with a number ("cancelar 500" pays off 500).
	['b a j a', 'es'], ['s t o p pls', 'en'], ['u r a', null], ['cancelar 500', null], ['CANCEL 2', null],
	// With laughter (held-out v25: "BAJA 🫡 jajaja"); laughter alone is no keyword.
	['BAJA 🫡 jajaja', 'es'], ['stop lol', 'en'], ['sair kkkk', 'pt'], ['BAJA jajajaj', 'es'], ['jajaja', null],
	// …only a keyword that means nothing else: "cancelar jajaja" is paying off, "pare kkkk" "come on".
	['cancelar jajajaja', null], ['alto jajaja', null], ['pare kkkk', null], ['end lol', null],
])('optOutWordOf(%j) = %j', (text, language) => {
	expect(optOutWordOf(text)).toBe(language);
});
