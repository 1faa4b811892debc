import type { Language } from '../../../lib/debtor/countries';
import { FOLLOW_UPS } from '../../../lib/ledger/follow-ups';
import { composeMessage, type ComposeSettings } from '../../../lib/messages/compose';
import { SPECIAL_MESSAGES } from '../../../lib/messages/library/types';
import { promotionalMatches } from '../../../lib/messages/promotional-content';
import { defaultTemplateName, FOLLOW_UP_MESSAGES, TEMPLATE_MESSAGES, WHATSAPP_LANGUAGE_CODES, WHATSAPP_TEMPLATE_TEXTS } from '../../../lib/messages/whatsapp-templates';
import { STAGES } from '../../../lib/segmentation/aging';

// Journey J4c: the follow-ups List Follow-ups writes have approved templates too, so outside
// WhatsApp's 24-hour window they go out instead of failing OUTSIDE_WINDOW.

const settings: ComposeSettings = {
	source: 'library', channel: 'whatsapp', language: 'auto', fallbackLanguage: 'es', tone: 'auto', kind: 'auto', formal: true, jurisdiction: 'auto',
	sender: 'creditor', company: { name: 'Tiendas Sol' }, optOut: 'auto', emoji: false, transliterate: false, maxSegments: 0, templateNames: {},
};
const values = { paymentLink: 'https://pay.example/x1', supportContact: null };
/** A follow-up as List Follow-ups writes it (no amount: the promise named none), through the Gate. */
const followUp = (stage: string, over: Record<string, unknown> = {}) => ({
	followUp: 'x', stage, debtorId: '1020304050', phone: '+573001234567', timezone: 'America/Bogota', country: 'CO', name: 'Ana Pérez',
	promiseDate: '2026-03-27', since: '2026-04-01T16:00:00.000Z', ...over,
});
const template = (upstream: Record<string, unknown>, over: Partial<ComposeSettings> = {}) => {
	const m = composeMessage({}, upstream, values, { ...settings, ...over });
	if (!m.ok) throw new Error(m.reason);
	return m.value.whatsappTemplate;
};

test('the follow-up messages with a template are exactly the stages List Follow-ups writes, and library messages', () => {
	expect([...FOLLOW_UP_MESSAGES].sort()).toEqual(Object.values(FOLLOW_UPS).filter(Boolean).sort());
	for (const message of FOLLOW_UP_MESSAGES) expect(SPECIAL_MESSAGES).toContain(message);
	expect(TEMPLATE_MESSAGES).toEqual([...STAGES, ...FOLLOW_UP_MESSAGES]);
});

test.each([
	['promise_reminder', 'collections_promise_reminder', '27 de marzo de 2026'],
	['broken_promise', 'collections_broken_promise', '27 de marzo de 2026'],
	// The day the debtor said they had paid, in their zone.
	['paid_claim_proof', 'collections_paid_claim_proof', '1 de abril de 2026'],
])('%s: template %s, parameters name, company, the date, the link', (stage, name, date) => {
	expect(template(followUp(stage))).toEqual({ name, language: 'es', parameters: ['Ana', 'Tiendas Sol', date, 'https://pay.example/x1'] });
});

test('each language gets its own words and Meta’s language code; the date in the debtor’s zone', () => {
	expect(template(followUp('broken_promise', { country: 'BR', language: 'pt', timezone: 'America/Sao_Paulo' }), { company: { name: 'Lojas Sol', address: 'Av. Paulista 1000', taxId: '12.345.678/0001-90' } })).toEqual({
		name: 'collections_broken_promise', language: 'pt_BR', parameters: ['Ana', 'Lojas Sol', '27 de março de 2026', 'https://pay.example/x1'],
	});
	// 21:00 on 31 March in Los Angeles is 1 April in UTC: the claim was made on the 31st there.
	expect(template(followUp('paid_claim_proof', { country: 'US', language: 'en', timezone: 'America/Los_Angeles', since: '2026-04-01T04:00:00.000Z' }))).toEqual({
		name: 'collections_paid_claim_proof', language: 'en_US', parameters: ['Ana', 'Tiendas Sol', 'March 31, 2026', 'https://pay.example/x1'],
	});
});

test('Template Names override a follow-up’s name as a stage’s; the others keep their default', () => {
	const names = { broken_promise: 'promesa_incumplida', short_term: 'cobro_vencido' };
	expect(template(followUp('broken_promise'), { templateNames: names })?.name).toBe('promesa_incumplida');
	expect(template(followUp('promise_reminder'), { templateNames: names })?.name).toBe('collections_promise_reminder');
});

test('the amount is no parameter: a follow-up with one gets the same four; the free text still states it', () => {
	const m = composeMessage({}, followUp('broken_promise', { amountDue: 200000, currency: 'COP' }), values, settings);
	expect(m.ok && m.value.whatsappTemplate?.parameters).toEqual(['Ana', 'Tiendas Sol', '27 de marzo de 2026', 'https://pay.example/x1']);
	expect(m.ok && m.value.text).toContain('200.000');
});

test('a fact a parameter needs and the item lacks: no template (never a blank), as for the stages', () => {
	expect(template(followUp('paid_claim_proof', { since: undefined }))).toBeNull();
	expect(template(followUp('broken_promise', { name: undefined }))).toBeNull();
	// SMS has no templates.
	expect(template(followUp('broken_promise'), { channel: 'sms' })).toBeNull();
	// A custom text for a follow-up item takes the follow-up's template.
	expect(template(followUp('broken_promise'), { source: 'custom', template: 'Hola {{firstName}}' })?.parameters).toHaveLength(4);
});

test('the texts to submit: one per language and message, numbered {{1}}…{{n}} in order, as many as Compose fills, none promotional', () => {
	for (const language of Object.keys(WHATSAPP_TEMPLATE_TEXTS) as Language[]) {
		expect(WHATSAPP_LANGUAGE_CODES[language]).toBeDefined();
		for (const message of TEMPLATE_MESSAGES) {
			const text = WHATSAPP_TEMPLATE_TEXTS[language][message];
			const count = STAGES.includes(message as never) ? 5 : 4;
			expect([language, message, [...text.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]))]).toEqual([language, message, Array.from({ length: count }, (_, i) => i + 1)]);
			expect([language, message, promotionalMatches(text, language, 'text')]).toEqual([language, message, []]);
		}
	}
	expect(defaultTemplateName('paid_claim_proof')).toBe('collections_paid_claim_proof');
});
