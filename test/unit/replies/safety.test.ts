import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPLY_LABELS } from '../../../lib/messages/library/types';
import { classifyReply } from '../../../lib/replies/classify';
import { readReplies } from '../../../scripts/reply-metrics';
import { example, train } from '../../../scripts/reply-training';

const classify = (text: unknown) => classifyReply(text, { received: '2026-06-10' });

// Written for this test, in none of the data sets: if the model or its thresholds regress on
// safety, these fail.
const OPT_OUTS = [
	'Les ruego no volver a enviarme mensajes a este número.',
	'Por favor dejen de escribirme por WhatsApp, cualquier cosa por correo.',
	'ya no me manden nada a este número por favor',
	'Solicito que eliminen mi número de su base de datos y no me contacten más.',
	'Peço que não me enviem mais mensagens.',
	'não quero mais receber mensagem de vocês',
	'Please stop sending me these messages.',
	'Kindly remove my number from your list.',
	'do not text me again',
	'no more messages please',
];

const NOT_OPT_OUTS: Array<[string, string]> = [
	['human_agent', 'quiero hablar con alguien por teléfono'],
	['human_agent', 'please ask someone to call me'],
	['promise_to_pay', 'mañana le pago sin falta'],
	['already_paid', 'ya pagué ayer, revisen'],
	['already_paid', 'I paid it yesterday'],
	['payment_info', 'me pasa el link de pago?'],
	['hardship', 'perdí el trabajo, no tengo cómo pagar'],
];

const NOT_WRONG_PERSON: Array<[string, string]> = [
	['hardship', 'perdí el trabajo, no tengo cómo pagar'],
	['promise_to_pay', 'el viernes te pago'],
	['already_paid', 'já paguei ontem'],
];

describe('safety first, on replies written for this test', () => {
	test.each(OPT_OUTS.map((t) => [t]))('opt-out: %s', (text) => {
		expect(classify(text).label).toBe('opt_out');
	});

	test.each(NOT_OPT_OUTS)('not an opt-out (%s): %s', (label, text) => {
		expect(classify(text).label).toBe(label);
	});

	test.each(NOT_WRONG_PERSON)('not a wrong person (%s): %s', (label, text) => {
		expect(classify(text).label).toBe(label);
	});
});

describe('any input', () => {
	const inputs: unknown[] = ['', '   ', '🙂', '😡😡😡😡', '👍🏽', 'a'.repeat(10_000), 'no me escriban más '.repeat(600), 'مرحبا، لا أريد رسائل', '我已经付款了', 'Пожалуйста, не пишите мне', 'שלום', '\u0000\u0007\u001b[31m', '\u202eevil', '\ud800\udc00\ud800'];
	test.each(inputs.map((i) => [typeof i === 'string' && i.length > 60 ? `${i.slice(0, 20)}… (${i.length} chars)` : i, i]))('%j: a label, no throw', (_name, text) => {
		const result = classify(text);
		expect(REPLY_LABELS).toContain(result.label);
		expect(Number.isFinite(result.confidence)).toBe(true);
	});
});

describe('training', () => {
	const rows = readReplies(readFileSync(join(__dirname, '../../data/replies-dev.jsonl'), 'utf8')).slice(0, 60);
	const hashOf = (seed: number) => {
		const examples = rows.map((row) => example(row));
		const { w, bias } = train(examples, { seed, epochs: 2, rate: 0.5 });
		return createHash('sha256').update(new Uint8Array(w.buffer)).update(JSON.stringify(bias)).digest('hex');
	};

	test('is deterministic: the same rows and seed give the same weights, another seed others', () => {
		const first = hashOf(18);
		expect(hashOf(18)).toBe(first);
		expect(hashOf(19)).not.toBe(first);
	});
});
