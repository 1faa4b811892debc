import { composeMessage, type ComposeSettings } from '../../../lib/messages/compose';

/** Compose reads the debtor's country and jurisdictions from the one resolver the Gate uses. */
describe('Compose: one country parser, every jurisdiction', () => {
	const settings: ComposeSettings = {
		source: 'library', channel: 'sms', language: 'auto', fallbackLanguage: 'es', tone: 'auto', kind: 'reminder', formal: true, jurisdiction: 'auto',
		sender: 'creditor', company: { name: 'Acme' }, optOut: 'auto', emoji: false, transliterate: false, maxSegments: 0, templateNames: {},
	};
	const values = { paymentLink: 'https://pay.example/x1', supportContact: null };
	const row = (over: Record<string, unknown>) => ({ name: 'Jane Roe', amountDue: 120, currency: 'USD', dueDate: '2026-03-01', ...over });

	// Before: countryOf kept "USA" as it was written, so no US law line and no English.
	test.each(['US', 'us', 'USA', 'United States', 'EE.UU.'])('country %s: English and the US opt-out line (12 CFR 1006.6(e))', (country) => {
		const message = composeMessage(row({ country, phone: '+12125550123' }), {}, values, settings);
		expect(message.ok && message.value.language).toBe('en');
		expect(message.ok && message.value.text).toContain('Reply STOP to opt out.');
	});

	test('a Mexican debtor with a +1 phone gets the US opt-out statement too, in Spanish (they may be in the US)', () => {
		const message = composeMessage(row({ country: 'MX', phone: '+12125550123', currency: 'MXN' }), {}, values, settings);
		expect(message.ok && message.value.language).toBe('es');
		expect(message.ok && message.value.text).toContain('Responda BAJA para no recibir más mensajes.');
	});
});
