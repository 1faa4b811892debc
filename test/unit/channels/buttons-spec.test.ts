import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
// Both come with the dev tools (eslint's ajv 6, JSON Schema draft-07; yaml 2): a test-only use.
import Ajv from 'ajv';
import { parse } from 'yaml';
import { whatsappButtons, whatsappTemplate } from '../../../lib/channels/whatsapp';
import { BUTTON_LABELS, quickReplyButtons, templateButtons } from '../../../lib/messages/buttons';

// Send's button requests checked against Meta's own OpenAPI file (test/specs/, with the narrow
// repairs listed in test/specs/README.md), not only against the simulator's reading of it.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const published = parse(gunzipSync(readFileSync(join(__dirname, '..', '..', 'specs', 'meta-business-messaging-api_v23.0.yaml.gz'))).toString('utf8')) as Json;

function validator(spec: Json) {
	const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore', nullable: true, logger: false });
	ajv.addSchema(spec, 'meta');
	return (schema: string, value: unknown) => {
		const validate = ajv.getSchema(`meta#/components/schemas/${schema}`)!;
		return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
	};
}

const repaired = structuredClone(published);
const schemas = repaired.components.schemas;
delete schemas.InteractiveMessage.allOf[1].additionalProperties;
schemas.TemplateComponent.properties.index.pattern = '^[0-9]$';
schemas.ButtonComponent.allOf[1].properties.index.pattern = '^[0-9]$';
const errorsOf = validator(repaired);

const exampleOf = (name: string) => {
	const examples = published.paths['/{Version}/{Phone-Number-ID}/messages'].post.requestBody.content['application/json'].examples as Json;
	return examples[name].value as Json;
};
const account = { baseUrl: 'https://graph.facebook.com', apiVersion: 'v23.0', phoneNumberId: 'P1', businessAccountId: 'W1' };

test('each repair is needed by Meta’s own examples, and enough for them', () => {
	const reply = exampleOf('Send Reply Button');
	expect(validator(published)('InteractiveMessage', reply)).not.toEqual([]);
	expect(errorsOf('InteractiveMessage', reply)).toEqual([]);
	const indexed = { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: 'PAY' }] };
	expect(validator(published)('ButtonComponent', indexed)).not.toEqual([]);
	expect(errorsOf('ButtonComponent', indexed)).toEqual([]);
});

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
