import { twilioMessage, type TwilioAccount } from '../../../lib/channels/twilio';
import { whatsappButtons, whatsappTemplate, whatsappText } from '../../../lib/channels/whatsapp';
import { ProviderSimulator, whatsappButtonReplyPayload, whatsappIdentityChangePayload, whatsappReplyPayload, whatsappStatusPayload } from '../../simulator/simulator';
import { META_REPAIRS, metaErrors, metaExample, metaExampleNames, metaSchemas, publishedMeta, schemaValidator, specCheck, twilioMessageCheck, whatsappWebhookErrors } from '../../simulator/spec-validation';

// The providers' OpenAPI files as the simulator reads them: each repair of Meta's file is needed
// (one of Meta's own examples, or a request Meta documents, fails without it) and enough; our
// requests pass; what breaks the specs is refused as the provider refuses it.

const account = { baseUrl: 'https://graph.facebook.com', apiVersion: 'v23.0', phoneNumberId: 'P1', businessAccountId: 'W1' };
const repair = (name: string) => META_REPAIRS.find((r) => r.name === name)!;
const without = (name: string) => schemaValidator(metaSchemas(META_REPAIRS.filter((r) => r !== repair(name))));

test('each repair of Meta’s file is needed by Meta’s own examples (or a request it documents), and enough for them', () => {
	const cases: Array<[string, string, unknown]> = [
		['closed message branches admit the common fields', 'Message', metaExample('request', 'Send Text Message')],
		['closed message branches admit the common fields', 'Message', metaExample('request', 'Send Reply Button')],
		// The button of Meta's own TemplateObject example: index "0".
		['button index is one digit', 'ButtonComponent', (publishedMeta().components.schemas.TemplateObject.properties.components.example as unknown[])[2]],
		['webhook schemas reference their own copies', 'WebhookPayload', metaExample('webhook', 'Text Message')],
		['webhook schemas reference their own copies', 'WebhookPayload', metaExample('webhook', 'System Message')],
		['recipient (BSUID) instead of to', 'Message', whatsappText(account, { userId: 'CO.13491208655302741918' }, 'Hola', null).json],
	];
	for (const [name, schema, value] of cases) {
		expect(without(name)(schema, value)).not.toEqual([]);
		expect(metaErrors(schema, value)).toEqual([]);
	}
	expect(new Set(cases.map(([name]) => name))).toEqual(new Set(META_REPAIRS.map((r) => r.name)));
});

test('as published, none of Meta’s send and webhook examples passes; repaired, every message webhook and the examples of what we send do', () => {
	const published = schemaValidator(metaSchemas([]));
	const requests = metaExampleNames('request');
	const webhooks = metaExampleNames('webhook');
	expect(requests.filter((name) => published('Message', metaExample('request', name)).length === 0)).toEqual([]);
	expect(webhooks.filter((name) => published('WebhookPayload', metaExample('webhook', name)).length === 0)).toEqual([]);
	// Still failing: the group webhooks, whose examples give `groups[].timestamp` as a string where
	// the schema says integer — not repaired: the trigger takes no group events.
	expect(webhooks.filter((name) => metaErrors('WebhookPayload', metaExample('webhook', name)).length > 0)).toEqual(['Group Create Message', 'Group Settings Update', 'Group Remove Participants']);
	expect([requests.length, requests.filter((name) => metaErrors('Message', metaExample('request', name)).length === 0).length]).toEqual([50, 23]);
	for (const name of ['Send Text Message', 'Send Document Message by ID', 'Send Reply Button', 'Send Reply to Text Message']) expect(metaErrors('Message', metaExample('request', name))).toEqual([]);
	// Examples that break the schema themselves (placeholders for URLs, numbers for string
	// coordinates, template languages without the required policy) stay refused: no repair.
	expect(metaErrors('Message', metaExample('request', 'Send Message Template Text'))).toEqual(["Message.template.language should have required property 'policy'"]);
});

test('discriminators are enforced: a template’s button component and its parameter are checked as their own schemas', () => {
	const request = whatsappTemplate(account, '+573001234567', { name: 'collections_buttons', language: 'es', parameters: ['Ana'], buttons: [{ type: 'quick_reply', index: 1, payload: 'collections:v1:already_paid' }] }, null).json as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
	expect(metaErrors('Message', request)).toEqual([]);
	const button = request.template.components[1];
	button.parameters = [{ type: 'payload' }];
	expect(metaErrors('Message', request)).toEqual(["Message.template.components[1].parameters[0] should have required property 'payload'"]);
	button.parameters = [];
	expect(metaErrors('Message', request)).toEqual(['Message.template.components[1].parameters should NOT have fewer than 1 items']);
	// The closed message branches stay closed: a misspelt field is refused, not ignored.
	expect(metaErrors('Message', { ...(whatsappText(account, '+573001234567', 'Hola', null).json as object), preview: true })).toEqual(['Message should NOT have additional properties: preview']);
});

test('our WhatsApp requests pass: text, document, reply buttons, template with a document header, by phone and by BSUID', () => {
	const document = { url: 'https://files.example/f.pdf', filename: 'f.pdf' };
	for (const to of ['+573001234567', { userId: 'CO.13491208655302741918' }]) {
		for (const request of [
			whatsappText(account, to, 'Hola', null),
			whatsappText(account, to, 'Su factura', document),
			whatsappButtons(account, to, 'Hola', [{ payload: 'collections:v1:pay_now', title: 'Pagar' }], document),
			whatsappTemplate(account, to, { name: 'invoice_with_pdf', language: 'es', parameters: ['Ana'] }, document),
		]) {
			expect(metaErrors('Message', request.json)).toEqual([]);
		}
	}
});

test('Twilio: our create-message forms pass; a misspelt parameter, a second Body, a bad StatusCallback, a short ContentSid do not', () => {
	const twilio: TwilioAccount = { baseUrl: 'https://api.twilio.com', accountSid: 'AC00000000000000000000000000000000', from: '+12025550147', messagingServiceSid: '', whatsappFrom: 'whatsapp:+12025550147' };
	const form = (request: { form?: Record<string, string> }) => new URLSearchParams(request.form).toString();
	const forms = [
		twilioMessage(twilio, { channel: 'sms', to: '+573001234567', text: 'Hola', content: null, document: null, statusCallback: 'https://n8n.example.com/webhook/x?source=crm' }),
		twilioMessage(twilio, { channel: 'whatsapp', to: '+573001234567', text: 'Hola', content: null, document: { url: 'https://files.example/f.pdf', filename: null }, statusCallback: null }),
		twilioMessage(twilio, { channel: 'whatsapp', to: '+573001234567', text: null, content: { sid: 'HX00000000000000000000000000000001', variables: { 1: 'Ana' } }, document: null, statusCallback: null }),
		twilioMessage({ ...twilio, messagingServiceSid: 'MG00000000000000000000000000000001' }, { channel: 'sms', to: '+573001234567', text: 'Hola', content: null, document: null, statusCallback: null }),
	];
	for (const request of forms) expect(twilioMessageCheck(form(request))).toEqual({ unknown: [], errors: [] });
	const check = twilioMessageCheck('To=%2B573001234567&From=%2B12025550147&Body=a&Body=b&StatusCalback=x&StatusCallback=not%20a%20url&ContentSid=HX1&SmartEncoded=maybe');
	expect(check.unknown).toEqual(['StatusCalback']);
	expect(check.errors.map((e) => e.parameter)).toEqual(['Body', 'StatusCallback', 'SmartEncoded', 'ContentSid', 'ContentSid']);
	expect(twilioMessageCheck('Body=a').errors).toEqual([{ parameter: 'To', message: "To should have required property 'To'" }]);
});

test('the refusal is the provider’s: Meta 100 with the validation message; Twilio the parameter’s code, or nothing for a parameter it ignores', () => {
	const query = new URLSearchParams();
	expect(specCheck('whatsapp', 'POST', '/v24.0/P/messages', query, JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '573001234567', type: 'text', text: { body: 1 } }))).toEqual({
		errors: ['Message.text.body should be string'],
		refusal: { code: 100, message: 'Invalid parameter: Message.text.body should be string' },
	});
	expect(specCheck('whatsapp', 'POST', '/messages', query, '{')?.refusal?.code).toBe(100);
	expect(specCheck('twilio', 'POST', '/2010-04-01/Accounts/AC1/Messages.json', query, 'To=%2B573001234567&Body=a&StatusCallback=nope')?.refusal?.code).toBe(21609);
	expect(specCheck('twilio', 'POST', '/2010-04-01/Accounts/AC1/Messages.json', query, 'To=%2B573001234567&Body=a&Bodyy=b')).toEqual({ errors: ['Bodyy is not a parameter of /2010-04-01/Accounts/{AccountSid}/Messages.json (Twilio ignores it: warning 20001)'], refusal: null });
	expect(specCheck('whatsapp', 'GET', '/v24.0/W/message_templates', new URLSearchParams('name=x'), '')).toBeNull();
	expect(specCheck('whatsapp', 'GET', '/v24.0/W/message_templates', new URLSearchParams('name=x&nme=y'), '')?.refusal).toBeNull();
});

test('the webhooks the simulator posts are valid against Meta’s WebhookPayload: replies, button taps, a number change, statuses with pricing and late failures', () => {
	const sent = { id: 'wamid.SENT', to: '+573001234567', type: 'template' as const, template: 'collections_short_term' };
	for (const payload of [
		whatsappStatusPayload(sent, 'delivered'),
		whatsappStatusPayload(sent, 'failed', 131026),
		whatsappStatusPayload({ ...sent, type: 'text', template: null }, 'failed', 131047),
		whatsappReplyPayload('+573001234567', 'hola'),
		whatsappReplyPayload('+573001234567', 'hola', Date.now(), 'CO.13491208655302741918'),
		whatsappButtonReplyPayload('+573001234567', 'template', 'collections:v1:already_paid', 'Ya pagué', 'wamid.SENT'),
		whatsappButtonReplyPayload('+573001234567', 'interactive', 'collections:v1:already_paid', 'Ya pagué', 'wamid.SENT'),
		whatsappIdentityChangePayload({ type: 'user_changed_number', phone: '+573001234567', newPhone: '+573009876543' }),
	]) {
		expect(whatsappWebhookErrors(payload)).toEqual([]);
	}
});

describe('the simulator', () => {
	let sim: ProviderSimulator;
	beforeEach(async () => {
		sim = new ProviderSimulator();
		await sim.start();
	});
	afterEach(() => sim.stop());
	const post = (path: string, body: string, headers: Record<string, string>) => fetch(`${sim.url}${path}`, { method: 'POST', headers, body }).then(async (r) => [r.status, (await r.json()) as Record<string, any>] as const); // eslint-disable-line @typescript-eslint/no-explicit-any

	test('refuses a spec-invalid WhatsApp request with 400 / 100, records it, and sends nothing', async () => {
		const [status, body] = await post('/v24.0/PHONE-SIM/messages', JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '573001234567', type: 'text', text: { body: 'Hola', preview: false } }), { 'content-type': 'application/json', authorization: `Bearer ${sim.whatsappToken}` });
		expect(status).toBe(400);
		expect(body.error).toMatchObject({ code: 100, message: '(#100) Invalid parameter: Message.text should NOT have additional properties: preview' });
		expect(sim.specViolations).toEqual([{ api: 'whatsapp', method: 'POST', path: '/v24.0/PHONE-SIM/messages', errors: ['Message.text should NOT have additional properties: preview'] }]);
		expect(sim.messages).toEqual([]);
	});

	test('Twilio: a bad StatusCallback is refused with 21609; a misspelt parameter is let through as Twilio does, and recorded', async () => {
		const headers = { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${sim.twilioAccountSid}:${sim.twilioAuthToken}`).toString('base64')}` };
		const path = `/2010-04-01/Accounts/${sim.twilioAccountSid}/Messages.json`;
		const [refused, error] = await post(path, 'To=%2B573001234567&From=%2B12025550147&Body=Hola&StatusCallback=not%20a%20url', headers);
		expect([refused, error.code]).toEqual([400, 21609]);
		const [accepted] = await post(path, 'To=%2B573001234567&From=%2B12025550147&Body=Hola&StatusCalback=https%3A%2F%2Fx.example', headers);
		expect(accepted).toBe(201);
		expect(sim.messages).toHaveLength(1);
		expect(sim.specViolations.map((v) => v.errors)).toEqual([['StatusCallback should match format "uri"'], ['StatusCalback is not a parameter of /2010-04-01/Accounts/{AccountSid}/Messages.json (Twilio ignores it: warning 20001)']]);
	});
});
