import { GSM7_BASIC, GSM7_EXTENSION } from '../../../lib/messages/gsm7';
import { isGsm7, smsInfo, transliterateToGsm7 } from '../../../lib/messages/sms';

describe('SMS encoding and segments (GSM 03.38)', () => {
	test('the tables: 127 basic characters besides ESC, 10 extension characters', () => {
		expect([...GSM7_BASIC]).toHaveLength(127);
		expect(new Set(GSM7_BASIC).size).toBe(127);
		expect([...GSM7_EXTENSION]).toHaveLength(10);
	});

	test.each([
		// text, encoding, characters, segments — counted by hand
		['Hola Ana, su pago vence mañana.', 'GSM-7', 31, 1], // ñ is GSM-7
		['Pagó el 15: ¡gracias!', 'UCS-2', 21, 1], // ó is not
		['Faltan 3 días de crédito', 'UCS-2', 24, 1],
		['Sua cobrança: ação necessária', 'UCS-2', 29, 1], // ç lowercase, ã are not GSM-7
		['Ça va', 'GSM-7', 5, 1], // capital Ç is
		['Total: 10€', 'GSM-7', 11, 1], // € is an extension character: 2
		['{[~]}', 'GSM-7', 10, 1],
		['Gracias 🙏', 'UCS-2', 10, 1], // the emoji is a surrogate pair: 2 units
		['👍🏽', 'UCS-2', 4, 1], // emoji + skin tone: 4 units, one grapheme
		['a'.repeat(160), 'GSM-7', 160, 1],
		['a'.repeat(161), 'GSM-7', 161, 2],
		['a'.repeat(306), 'GSM-7', 306, 2], // 153 × 2
		['a'.repeat(307), 'GSM-7', 307, 3],
		['á'.repeat(70), 'UCS-2', 70, 1],
		['á'.repeat(71), 'UCS-2', 71, 2],
		['á'.repeat(134), 'UCS-2', 134, 2], // 67 × 2
		['á'.repeat(135), 'UCS-2', 135, 3],
		// 152 septets then €: the escape pair does not fit in the first segment (153) and moves whole.
		[`${'a'.repeat(152)}€${'a'.repeat(10)}`, 'GSM-7', 164, 2],
		[`${'a'.repeat(152)}€${'a'.repeat(152)}`, 'GSM-7', 306, 3],
		// 66 units then an emoji (2): it cannot be split, so the second segment starts with it.
		[`${'á'.repeat(66)}😀${'á'.repeat(66)}`, 'UCS-2', 134, 3],
		['', 'GSM-7', 0, 0],
	])('%j → %s, %d characters, %d segments', (text, encoding, characters, segments) => {
		expect(smsInfo(text)).toEqual({ encoding, characters, segments });
	});

	test('transliteration touches only what GSM-7 lacks', () => {
		expect(transliterateToGsm7('Olá, não há cobrança — “já” é ñ Ç ç ü à')).toBe('Ola, nao ha cobranca - "ja" é ñ Ç c ü à');
		expect(transliterateToGsm7('Faltan 3 días de crédito…')).toBe('Faltan 3 dias de crédito...');
		expect(isGsm7(transliterateToGsm7('Atenção: a fatura nº 12 está disponível'))).toBe(true);
		expect(transliterateToGsm7('Gracias 🙏')).toBe('Gracias 🙏'); // no plain equivalent: stays (and stays UCS-2)
	});
});
