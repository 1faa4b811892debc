import { normalisePhone } from '../../../lib/debtor/phone';

describe('normalisePhone gives E.164 or a reason, never a guess', () => {
	test.each([
		['300 123 4567', 'CO', '+573001234567', 'CO'],
		['(300) 123-4567', 'CO', '+573001234567', 'CO'],
		['+57 300 123 4567', undefined, '+573001234567', 'CO'],
		['573001234567', 'CO', '+573001234567', 'CO'],
		['573001234567', undefined, '+573001234567', 'CO'],
		[573001234567, undefined, '+573001234567', 'CO'],
		['0057 300 123 4567', undefined, '+573001234567', 'CO'],
		['whatsapp:+573001234567', undefined, '+573001234567', 'CO'],
		['987 654 321', 'PE', '+51987654321', 'PE'],
		['(11) 98765-4321', 'BR', '+5511987654321', 'BR'],
		['+55 11 98765-4321', 'CO', '+5511987654321', 'BR'],
		['55 5123 4567', 'MX', '+525551234567', 'MX'],
		['+52 1 55 5123 4567', undefined, '+525551234567', 'MX'], // WhatsApp's Mexican form
		['5215551234567', undefined, '+525551234567', 'MX'],
		['5215551234567', 'MX', '+525551234567', 'MX'],
		['011 15 2345-6789', 'AR', '+5491123456789', 'AR'], // local mobile with the 15 prefix
		['+54 9 11 2345 6789', undefined, '+5491123456789', 'AR'], // WhatsApp's Argentine form is E.164
		['549 11 2345 6789', 'AR', '+5491123456789', 'AR'],
		['(212) 555-0123', 'US', '+12125550123', 'US'],
		['1 212 555 0123', 'US', '+12125550123', 'US'],
		['9 8765 4321', 'CL', '+56987654321', 'CL'],
	])('%j in %s → %s', (input, country, e164, phoneCountry) => {
		const result = normalisePhone(input, country);
		expect(result.ok && result.value.e164).toBe(e164);
		expect(result.ok && result.value.country).toBe(phoneCountry);
	});

	test.each([
		['555-0100', 'US', '"555-0100" is not a valid phone number for US: it is too short; a number from another country needs + and its country code'],
		['12345', 'CO', '"12345" is not a valid phone number for CO: it is too short; a number from another country needs + and its country code'],
		['3001234567', undefined, "\"3001234567\" has no country code: write it with + and its country code (+57…, +55…), or set the row's country or the node's Default Country"],
		['x', 'CO', '"x" is not a valid phone number for CO: it has no digits; a number from another country needs + and its country code'],
		['', 'CO', '(empty) is not a phone number'],
		// A US number in a Colombian sheet must not become a Moroccan one (+212…).
		['2125550123', 'CO', '"2125550123" is not a valid phone number for CO; a number from another country needs + and its country code'],
		// Digits that start with another country's code are not taken without "+".
		['5511987654321', 'CO', '"5511987654321" is not a valid phone number for CO: it is too long; a number from another country needs + and its country code'],
		['+57 300 123', undefined, '"+57 300 123" is not a valid phone number: it is too short'],
	])('%j in %s is refused: %s', (input, country, reason) => {
		expect(normalisePhone(input, country)).toEqual({ ok: false, reason });
	});
});
