import { LIBRARY, libraryText } from '../../../lib/messages/library';
import { REPLY_LABELS, SPECIAL_MESSAGES, TONES, type MessageKey } from '../../../lib/messages/library/types';
import { composeMessage, type ComposeSettings } from '../../../lib/messages/compose';
import { renderTemplate } from '../../../lib/messages/render';
import { STAGES } from '../../../lib/segmentation/aging';
import type { Language } from '../../../lib/debtor/countries';

const COLLECTION_KEYS: MessageKey[] = STAGES.flatMap((stage) => TONES.map((tone) => `${stage}.${tone}` as MessageKey));
const ALL_KEYS: MessageKey[] = [...COLLECTION_KEYS, ...SPECIAL_MESSAGES, ...REPLY_LABELS.map((l) => `reply.${l}` as MessageKey)];
const DEBTORS: Record<Language, Record<string, unknown>> = {
	es: { locale: 'es-CO', fullName: 'Ana María Pérez', amountDue: 350000, currency: 'COP', remainingBalance: 50000 },
	pt: { locale: 'pt-BR', fullName: 'João da Silva', amountDue: 1234.56, currency: 'BRL', remainingBalance: 0 },
	en: { locale: 'en-US', fullName: 'Jane Roe', amountDue: 120.5, currency: 'USD', remainingBalance: 20 },
};
const AMOUNTS: Record<Language, string> = { es: '$ 350.000', pt: 'R$ 1.234,56', en: '$120.50' };

describe.each(['es', 'pt', 'en'] as Language[])('library in %s', (language) => {
	const variants = language === 'en' ? [true] : [true, false];
	const render = (key: MessageKey, formal: boolean, channel: 'whatsapp' | 'sms' = 'sms') => {
		const debtor = DEBTORS[language];
		return renderTemplate(libraryText(language, key, formal), {
			...debtor,
			timezone: 'America/Bogota',
			channel,
			emoji: true,
			company: 'Tiendas Sol',
			firstName: (debtor.fullName as string).split(' ')[0],
			dueDate: '2026-03-01',
			daysPastDue: 19,
			paymentLink: 'https://pay.example/x1',
			supportContact: '+57 601 555 0000',
			promiseDate: '2026-03-25',
		} as never);
	};

	test('has every key', () => {
		expect(Object.keys(LIBRARY[language]).sort()).toEqual([...ALL_KEYS].sort());
		if (language !== 'en') for (const key of COLLECTION_KEYS) expect(LIBRARY[language][key].informal).toBeTruthy();
	});

	test.each(ALL_KEYS)('%s renders fully, formal and informal', (key) => {
		for (const formal of variants) {
			const text = render(key, formal);
			expect(text.ok).toBe(true);
			if (!text.ok) return;
			expect(text.value).not.toMatch(/\{\{|\}\}|undefined|null|NaN|\[object/);
		}
	});

	/** Who and what is owed (company, amount), how to pay (the link), a question; short enough for one screen. */
	const expectThreeParts = (text: ReturnType<typeof render>, question: RegExp): string => {
		if (!text.ok) throw new Error(text.reason);
		expect(text.value).toContain('Tiendas Sol');
		expect(text.value).toContain(`*${AMOUNTS[language]}*`);
		expect(text.value).toContain('https://pay.example/x1');
		expect(text.value).toMatch(question);
		expect(text.value.length).toBeLessThan(400);
		return text.value;
	};

	test.each(COLLECTION_KEYS)('%s follows the three parts: who and what is owed, how to pay, a question', (key) => {
		for (const formal of variants) {
			expectThreeParts(render(key, formal, 'whatsapp'), /\?|[Cc]onf[ií]rm/);
		}
	});

	test.each(['promise_reminder', 'broken_promise', 'paid_claim_proof'] as MessageKey[])('%s (a ledger follow-up) follows the three parts too, with the promised date where it has one', (key) => {
		for (const formal of variants) {
			const text = expectThreeParts(render(key, formal, 'whatsapp'), /\?/);
			if (key !== 'paid_claim_proof') expect(text).toMatch(/25/);
		}
	});

	test.each(['promise_reminder', 'broken_promise', 'paid_claim_proof'] as MessageKey[])('%s reads well without a balance (a promise recorded from a reply alone)', (key) => {
		for (const formal of variants) {
			const text = renderTemplate(libraryText(language, key, formal), { locale: DEBTORS[language].locale, timezone: 'America/Bogota', channel: 'whatsapp', emoji: false, company: 'Tiendas Sol', paymentLink: 'https://pay.example/x1', promiseDate: '2026-03-25' } as never);
			if (!text.ok) throw new Error(text.reason);
			expect(text.value).not.toMatch(/\{\{|undefined|null|NaN|\*| {2}/);
			expect(text.value).toContain('https://pay.example/x1');
		}
	});

	test('the identity check never reveals the debt', () => {
		for (const formal of variants) {
			const text = render('identity_check', formal);
			expect(text.ok && text.value).toContain(DEBTORS[language].fullName as string);
			expect(text.ok && text.value).not.toMatch(new RegExp(`${AMOUNTS[language].replace(/[$.]/g, '\\$&')}|pay\\.example|deuda|dívida|debt|saldo|balance|pago|pagamento|payment`, 'i'));
		}
	});
});

describe('composeMessage', () => {
	const settings: ComposeSettings = {
		source: 'library', channel: 'sms', language: 'auto', fallbackLanguage: 'es', tone: 'auto', kind: 'auto', formal: true, jurisdiction: 'auto',
		sender: 'creditor', company: { name: 'Tiendas Sol' }, optOut: 'auto', emoji: false, transliterate: false, maxSegments: 0, templateNames: {},
	};
	const upstream = (over: Record<string, unknown> = {}) => ({
		name: 'Ana Pérez', country: 'CO', language: 'es', amountDue: 350000, currency: 'COP', dueDate: '2026-03-01', daysPastDue: 19,
		stage: 'short_term', profile: 'casual', invoices: [{ invoiceId: 'F-1' }], ...over,
	});
	const values = { paymentLink: 'https://pay.example/x1', supportContact: null };

	test('tone follows stage and profile', () => {
		const tone = (stage: string, profile: string) => {
			const m = composeMessage({}, upstream({ stage, profile }), values, settings);
			return m.ok && m.value.template;
		};
		expect(tone('reminder', 'intentional')).toBe('reminder.friendly');
		expect(tone('short_term', 'casual')).toBe('short_term.friendly');
		expect(tone('medium_term', 'casual')).toBe('medium_term.neutral');
		expect(tone('long_term', 'intentional')).toBe('long_term.firm');
	});

	test('US: opt-out line always, debt-collector disclosure for agencies', () => {
		const us = upstream({ country: 'US', language: 'en', currency: 'USD', amountDue: 120 });
		const creditor = composeMessage({}, us, values, settings);
		expect(creditor.ok && creditor.value.text.endsWith('\nReply STOP to opt out.')).toBe(true);
		const agency = composeMessage({}, us, values, { ...settings, sender: 'agency' });
		expect(agency.ok && agency.value.text).toContain('This is a communication from a debt collector.');
		const co = composeMessage({}, upstream(), values, settings);
		expect(co.ok && co.value.text).not.toContain('BAJA');
		const always = composeMessage({}, upstream(), values, { ...settings, optOut: 'always' });
		expect(always.ok && always.value.text.endsWith('Responda BAJA para no recibir más mensajes.')).toBe(true);
	});

	test('Brazil and Chile need company facts; missing ones are errors, not omissions', () => {
		const br = upstream({ country: 'BR', language: 'pt', currency: 'BRL', amountDue: 250 });
		expect(composeMessage({}, br, values, settings)).toEqual({ ok: false, reason: 'CDC art. 42-A (Brazil) requires the supplier’s address in a collection message to this debtor: set Options → Company Address in Compose Collection Message' });
		const ok = composeMessage({}, br, values, { ...settings, company: { name: 'Tiendas Sol', address: 'Av. Paulista 1000, São Paulo', taxId: '12.345.678/0001-90' } });
		expect(ok.ok && ok.value.text.split('\n').pop()).toBe('Tiendas Sol · Av. Paulista 1000, São Paulo · CNPJ 12.345.678/0001-90');
		const cl = upstream({ country: 'CL', currency: 'CLP', amountDue: 45000 });
		expect(composeMessage({}, cl, values, settings).ok).toBe(false);
		const chile = composeMessage({}, cl, values, { ...settings, company: { name: 'Tiendas Sol', chileCosts: 'Sin intereses ni gastos de cobranza.' } });
		expect(chile.ok && chile.value.text.split('\n').pop()).toBe('Acreedor: Tiendas Sol. Origen: F-1. Sin intereses ni gastos de cobranza. Conozca sus derechos en sernac.cl.');
	});

	test('SMS limits: transliteration saves segments; Max Segments fails the item', () => {
		const plain = composeMessage({}, upstream(), values, settings);
		const translit = composeMessage({}, upstream(), values, { ...settings, transliterate: true });
		expect(plain.ok && plain.value.sms).toMatchObject({ encoding: 'UCS-2', segments: 4 });
		expect(translit.ok && translit.value.sms).toMatchObject({ encoding: 'GSM-7', segments: 2 });
		const limited = composeMessage({}, upstream(), values, { ...settings, maxSegments: 2 });
		expect(limited.ok).toBe(false);
		expect(!limited.ok && limited.reason).toMatch(/^the SMS needs 4 segments \(\d+ UCS-2 characters\), more than Max Segments \(2\)$/);
	});

	test('WhatsApp: bold amounts, the approved template and its parameters in order', () => {
		const m = composeMessage({}, upstream(), values, { ...settings, channel: 'whatsapp', templateNames: { short_term: 'cobro_vencido' } });
		expect(m.ok && m.value).toMatchObject({
			sms: null,
			whatsappTemplate: { name: 'cobro_vencido', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '1 de marzo de 2026', 'https://pay.example/x1'] },
		});
		expect(m.ok && m.value.text).toContain('*$ 350.000*');
	});

	test('items without a stage, or a reply without a label, say what is missing', () => {
		expect(composeMessage({}, upstream({ stage: undefined }), values, settings)).toEqual({ ok: false, reason: 'no stage (collection.stage is (empty)): run Segment Debtors first or choose a Message' });
		expect(composeMessage({}, upstream(), values, { ...settings, kind: 'reply' }).ok).toBe(false);
		const reply = composeMessage({}, upstream({ reply: { label: 'already_paid' } }), values, { ...settings, kind: 'reply' });
		expect(reply.ok && reply.value.text).toBe('¡Gracias! Para registrarlo, ¿nos puede enviar el comprobante de pago por este chat?');
	});

	test('a fact the message needs and the item lacks is an error, not a gap', () => {
		const noDays = composeMessage({}, upstream({ daysPastDue: undefined }), values, { ...settings, tone: 'neutral' });
		expect(noDays).toEqual({ ok: false, reason: 'template variable "daysPastDue" has no value for this item' });
		const noAmount = composeMessage({}, upstream({ amountDue: null }), values, settings);
		expect(noAmount.ok).toBe(false);
	});

	test('language: the item’s, else its country’s, else the fallback; custom templates too', () => {
		const br = composeMessage({}, upstream({ language: undefined, country: 'BR', currency: 'BRL' }), values, { ...settings, jurisdiction: 'PE', source: 'custom', template: 'Olá {{firstName}}: {{money amountDue currency}}' });
		expect(br.ok && br.value).toMatchObject({ language: 'pt', text: 'Olá Ana: R$ 350.000,00', template: 'custom' });
		const byPhone = composeMessage({ phone: '+55 11 98765-4321' }, upstream({ language: undefined, country: undefined }), values, { ...settings, jurisdiction: 'PE' });
		expect(byPhone.ok && byPhone.value.language).toBe('pt');
		const none = composeMessage({}, upstream({ language: undefined, country: undefined }), values, { ...settings, fallbackLanguage: 'en' });
		expect(none.ok && none.value.language).toBe('en');
	});
});
