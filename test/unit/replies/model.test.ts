import { statSync } from 'node:fs';
import { join } from 'node:path';
import { REPLY_LABELS } from '../../../lib/messages/library/types';
import { classifyReply } from '../../../lib/replies/classify';
import { loadModel, modelThresholds, once, predictReply } from '../../../lib/replies/model';
import { capitalisedNames } from '../../../lib/replies/names';

const classify = (text: unknown) => classifyReply(text, { received: '2026-03-19' });

describe('the reply model', () => {
	test('its weights file stays small (≤ 5 MB, decimal)', () => {
		expect(statSync(join(__dirname, '../../../lib/replies/model-weights.json')).size).toBeLessThanOrEqual(5_000_000);
	});

	test('a version-2 file (buckets listed) and a version-3 file (a bitset) with the same rows read alike', () => {
		const k = REPLY_LABELS.length;
		// Buckets 3 and 40 (word 1, bit 8) have rows; every feature of the reply below lands in a bucket
		// of 64, so some land in rows and the answers depend on which rows the file names.
		const weights = Buffer.from(Int8Array.from({ length: 2 * k }, (_, i) => ((i * 37) % 11) - 5).buffer).toString('base64');
		const common = { dim: 64, labels: [...REPLY_LABELS], temperature: 1, thresholds: { opt_out: 0.5, wrong_person: 0.5 }, bias: REPLY_LABELS.map(() => 0), scale: 1, weights, seenWords: 'AAAAAAAAAAA=' };
		const listed = loadModel({ ...common, version: 2, buckets: Buffer.from(Uint32Array.from([3, 40]).buffer).toString('base64') });
		const bitset = loadModel({ ...common, version: 3, buckets: Buffer.from(Uint32Array.from([1 << 3, 1 << 8]).buffer).toString('base64') });
		expect(Array.from(bitset.hasRow)).toEqual(Array.from(listed.hasRow));
		expect(Array.from(bitset.rowsBefore)).toEqual(Array.from(listed.rowsBefore));
		const reply = 'mañana le pago sin falta, no me escriban más';
		expect(classifyReply(reply, { received: '2026-03-19' }, bitset)).toEqual(classifyReply(reply, { received: '2026-03-19' }, listed));
	});

	test('probabilities: one per label, summing to 1, deterministic', () => {
		const a = predictReply('mañana le pago sin falta');
		expect(a.probabilities).toHaveLength(REPLY_LABELS.length);
		expect(a.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 6);
		expect(predictReply('mañana le pago sin falta')).toEqual(a);
		expect(a.label).toBe('promise_to_pay');
	});

	test('safety thresholds are probabilities below one half', () => {
		const { opt_out, wrong_person } = modelThresholds();
		for (const t of [opt_out, wrong_person]) expect(t > 0 && t <= 0.5).toBe(true);
	});

	test('a run of words said three times or more is read once; anything else as it is', () => {
		expect(once(['guten', 'tag', 'guten', 'tag', 'guten', 'tag'])).toEqual(['guten', 'tag']);
		expect(once(['no', 'no', 'no', 'no'])).toEqual(['no']);
		expect(once(['no', 'no'])).toEqual(['no', 'no']);
		expect(once(['pago', 'pago', 'pago', 'mañana'])).toEqual(['pago', 'pago', 'pago', 'mañana']);
		expect(once([])).toEqual([]);
	});

	test('phrasings the lexicon does not list', () => {
		expect(classify('che dejá de mandarme mensajes que me tenés re podrido').label).toBe('opt_out');
		expect(classify('Kindly stop sending me messages on this number.').label).toBe('opt_out');
		expect(classify('o meu marido morreu, esse celular era dele').label).toBe('wrong_person');
		expect(classify('estoy sin laburo y sin un mango').label).toBe('hardship');
	});
});

describe('capitalised names (the model reads the words around them)', () => {
	test.each([
		['who is Kevin? not me', ['kevin']],
		['Hola, aquí no vive ninguna Rosário', ['rosario']],
		['jaja claro, Fernando Pérez... yo me llamo Lucía', ['fernando', 'perez', 'lucia']],
		// A capital that opens a sentence is no name; Title Case and capitals say nothing.
		['Hola. No soy yo', []],
		['¿Quién habla?', []],
		['Please Stop Sending Me Messages', []],
		['NO CONOZCO A ESE SEÑOR', []],
	])('%j → %j', (text, names) => {
		expect([...capitalisedNames(text)]).toEqual(names);
	});
});

describe('rules and model together', () => {
	test('an opt-out keyword alone is decided by the rules', () => {
		expect(classify('BAJA')).toMatchObject({ label: 'opt_out', source: 'rules' });
		expect(classify('sair')).toMatchObject({ label: 'opt_out', source: 'rules' });
	});

	test('other replies are decided by the model', () => {
		expect(classify('ya le yapeé ayer, revise').source).toBe('model');
	});

	test('an opt-out wins over the objection it comes with, which goes in alsoMentions', () => {
		const result = classify('ya pagué la semana pasada, no me escriban más');
		expect(result.label).toBe('opt_out');
		expect(result.alsoMentions).toContain('already_paid');
		expect(classify('wrong number, stop texting me').label).toBe('opt_out');
	});

	test('a promise keeps its date end to end', () => {
		expect(classify('el viernes le deposito sin falta')).toMatchObject({ label: 'promise_to_pay', promiseDate: '2026-03-20' });
	});

	test('a promise with an explicit date outranks the lower labels the model reads', () => {
		// 2026-03-19 is a Thursday. Round 5's model alone read these as not_received and human_agent
		// (round 6's reads the first as a promise itself): either way the rules' date stands.
		expect(classify('a conta não chegou mas segunda eu pago')).toMatchObject({ label: 'promise_to_pay', promiseDate: '2026-03-23', alsoMentions: ['not_received'] });
		expect(classify('hablo con un asesor? igual mañana pago')).toMatchObject({ label: 'promise_to_pay', promiseDate: '2026-03-20' });
	});

	test('…and a payment the model alone reads as made, but not one the rules read as made', () => {
		// A model that reads every reply as already paid.
		const paid = loadModel({ version: 2, dim: 8, labels: [...REPLY_LABELS], temperature: 1, thresholds: { opt_out: 0.5, wrong_person: 0.5 }, bias: REPLY_LABELS.map((l) => (l === 'already_paid' ? 5 : 0)), scale: 1, buckets: '', weights: '', seenWords: 'AA==' });
		const read = (text: string) => classifyReply(text, { received: '2026-03-19' }, paid);
		expect(read('ainda não paguei, mas sexta eu pago')).toMatchObject({ label: 'promise_to_pay', promiseDate: '2026-03-20', source: 'rules' });
		expect(read('ya pagué, el lunes les mando el comprobante')).toMatchObject({ label: 'already_paid', promiseDate: null });
		expect(read('eu pago, mas não sei quando')).toMatchObject({ label: 'already_paid' }); // no date: the model's label stands
	});

	test('the user’s own phrases still come first', () => {
		expect(classifyReply('ya te nequié anoche', { received: '2026-03-19', extraPhrases: { already_paid: ['te nequie'] } })).toMatchObject({ label: 'already_paid', source: 'rules' });
	});
});

describe('never a crash or a hang', () => {
	const inputs: unknown[] = ['', ' ', '🙏🙏🙏', '👍', '...', null, undefined, 42, {}, [], 'x'.repeat(10_000), 'pago '.repeat(2_000), 'こんにちは、支払いについて', 'Привет, это не я', 'مرحبا', '\u0000\u0001\uffff', '\ud83d', 'constructor __proto__ toString'];
	test.each(inputs.map((i) => [i]))('%j', (text) => {
		const started = Date.now();
		const result = classify(text);
		expect(Date.now() - started).toBeLessThan(500);
		expect(REPLY_LABELS).toContain(result.label);
		expect(result.confidence).toBeGreaterThanOrEqual(0);
		expect(result.confidence).toBeLessThanOrEqual(1);
		expect(['rules', 'model']).toContain(result.source);
		expect(Array.isArray(result.alsoMentions)).toBe(true);
	});

	test('text the model cannot read is low-confidence other', () => {
		for (const text of ['こんにちは、支払いについて', '🙏🙏🙏', 'Guten Tag, wie geht es Ihnen heute?']) {
			expect(classify(text).label).toBe('other');
			expect(classify(text).confidence).toBeLessThan(0.5);
		}
	});
});
