import { whatsappButtons, whatsappTemplate } from '../../../lib/channels/whatsapp';
import { BUTTON_LABELS, quickReplyButtons, templateButtons } from '../../../lib/messages/buttons';
import { metaErrors as errorsOf } from '../../simulator/spec-validation';

// Send's button requests checked against Meta's own OpenAPI file (test/specs/, with the narrow
// repairs of test/simulator/spec-validation.ts, each shown necessary in spec-validation.test.ts),
// not only against the simulator's reading of it.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const account = { baseUrl: 'https://graph.facebook.com', apiVersion: 'v23.0', phoneNumberId: 'P1', businessAccountId: 'W1' };

test('interactive reply-button messages: every language, three buttons, the longest payloads, with and without a document', () => {
	for (const language of ['es', 'pt', 'en'] as const) {
		for (const labels of [BUTTON_LABELS.slice(0, 3), BUTTON_LABELS.slice(3)]) {
			const buttons = quickReplyButtons([...labels], language, 'R'.repeat(64));
			if (!buttons.ok) throw new Error(buttons.reason);
			const plain = whatsappButtons(account, '+573001234567', 'x'.repeat(1024), buttons.value, null);
			const withDocument = whatsappButtons(account, '+573001234567', 'Su factura', buttons.value, { url: 'https://files.example/f.pdf', filename: 'f.pdf' });
			expect(errorsOf('InteractiveMessage', plain.json)).toEqual([]);
			expect(errorsOf('InteractiveMessage', withDocument.json)).toEqual([]);
		}
	}
});

test('what WhatsApp refuses, the spec refuses too: a fourth button, a 21-character title, a 257-character id, a 1025-character body', () => {
	const button = (id: string, title: string) => ({ payload: id, title });
	const request = (text: string, buttons: Array<{ payload: string; title: string }>) => whatsappButtons(account, '+573001234567', text, buttons, null).json;
	expect(errorsOf('InteractiveMessage', request('Hola', [button('a', 'A'), button('b', 'B'), button('c', 'C'), button('d', 'D')]))).not.toEqual([]);
	expect(errorsOf('InteractiveMessage', request('Hola', [button('a', 'x'.repeat(21))]))).not.toEqual([]);
	expect(errorsOf('InteractiveMessage', request('Hola', [button('a'.repeat(257), 'A')]))).not.toEqual([]);
	expect(errorsOf('InteractiveMessage', request('x'.repeat(1025), [button('a', 'A')]))).not.toEqual([]);
});

test('templates with a Pay now URL button and quick replies: the message, each button component and each parameter', () => {
	const buttons = templateButtons(['url', 'already_paid', 'opt_out'], 'FAC-1', 'C-7');
	if (!buttons.ok) throw new Error(buttons.reason);
	const request = whatsappTemplate(account, '+573001234567', { name: 'collections_buttons', language: 'es', parameters: ['Ana', 'Tiendas Sol', '$ 350.000', '1 de marzo', 'https://pay.example.com/C-7'], buttons: buttons.value }, null).json as Json;
	expect(errorsOf('TemplateMessage', request)).toEqual([]);
	const components = (request.template.components as Json[]).filter((c) => c.type === 'button');
	expect(components).toHaveLength(3);
	for (const component of components) {
		expect(errorsOf('ButtonComponent', component)).toEqual([]);
		const parameter = component.parameters[0];
		expect(errorsOf(parameter.type === 'payload' ? 'ButtonPayloadParameter' : 'ButtonTextParameter', parameter)).toEqual([]);
	}
});
