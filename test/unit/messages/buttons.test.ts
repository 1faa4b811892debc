import { templateButtonsMismatch } from '../../../lib/channels/deliver';
import { ledgerFacts, twilioEvents, whatsappEvents } from '../../../lib/channels/webhooks';
import { whatsappButtons, whatsappTemplate, templateShapes } from '../../../lib/channels/whatsapp';
import {
	BUTTON_LABELS,
	BUTTON_PREFIX,
	BUTTON_TITLES,
	buttonPayload,
	labelOfButton,
	MAX_PAYLOAD_LENGTH,
	MAX_TITLE_LENGTH,
	parseButtonLabels,
	parseReplyButtons,
	parseTemplateButtons,
	quickReplyButtons,
	templateButtons,
} from '../../../lib/messages/buttons';
import { composeMessage, type ComposeSettings } from '../../../lib/messages/compose';
import { REPLY_LABELS } from '../../../lib/messages/library/types';
import { classifyButton } from '../../../lib/replies/button';

const account = { baseUrl: 'https://graph.facebook.com', apiVersion: 'v23.0', phoneNumberId: 'P1', businessAccountId: 'W1' };

describe('the payload convention', () => {
	test('every button is a reply label, and its payload comes back as that label, with or without a reference', () => {
		for (const label of BUTTON_LABELS) {
			expect(REPLY_LABELS).toContain(label);
			const plain = buttonPayload(label);
			expect(plain).toEqual({ ok: true, value: `collections:v1:${label}` });
			expect(labelOfButton(`collections:v1:${label}`)).toEqual({ label, ref: null });
			expect(labelOfButton(`collections:v1:${label}:FAC-2026/001`)).toEqual({ label, ref: 'FAC-2026/001' });
		}
	});

	test('the longest payload (longest label, longest reference) stays within Meta’s 256', () => {
		const longest = [...BUTTON_LABELS].sort((a, b) => b.length - a.length)[0];
		const payload = buttonPayload(longest, 'x'.repeat(64));
		expect(payload.ok && payload.value.length).toBeLessThanOrEqual(MAX_PAYLOAD_LENGTH);
		expect(buttonPayload('opt_out', 'x'.repeat(65))).toMatchObject({ ok: false });
	});

	test('a reference is an identifier: no spaces, no colons, no prose', () => {
		for (const ref of ['Ana Pérez', 'a:b', '+57 300', '<script>']) expect(buttonPayload('already_paid', ref)).toMatchObject({ ok: false, reason: expect.stringContaining('Button Reference') });
	});

	test('payloads that are not ours are not read as labels', () => {
		for (const payload of ['OPT_OUT', 'Unsubscribe', 'collections:v1:other', 'collections:v1:promise_to_pay', 'collections:v2:opt_out', 'collections:v1:opt_out:has space', `collections:v1:opt_out:${'x'.repeat(300)}`, '', null, 42, { label: 'opt_out' }]) {
			expect(labelOfButton(payload)).toBeNull();
		}
	});

	test('titles: every language has one per button, within 20 characters, distinct', () => {
		for (const titles of Object.values(BUTTON_TITLES)) {
			const values = BUTTON_LABELS.map((label) => titles[label]);
			expect(values.every((t) => t.length >= 1 && t.length <= MAX_TITLE_LENGTH)).toBe(true);
			expect(new Set(values).size).toBe(values.length);
		}
	});

	test('button lists from a parameter keep the display order; an unknown one is named', () => {
		expect(parseButtonLabels('Quick-Reply Buttons', ['opt_out', 'payment_info', 'already_paid'])).toEqual({ ok: true, value: ['payment_info', 'already_paid', 'opt_out'] });
		expect(parseButtonLabels('Quick-Reply Buttons', 'opt_out, dispute')).toEqual({ ok: false, reason: 'Quick-Reply Buttons: "dispute" is not a button (payment_info, already_paid, payment_plan, human_agent, wrong_person, opt_out)' });
		expect(quickReplyButtons(['payment_info', 'opt_out'], 'pt', 'F-1')).toEqual({
			ok: true,
			value: [
				{ payload: 'collections:v1:payment_info:F-1', title: 'Pagar agora', label: 'payment_info' },
				{ payload: 'collections:v1:opt_out:F-1', title: 'Parar mensagens', label: 'opt_out' },
			],
		});
	});

	test('template buttons: quick replies get payloads, the URL button the suffix, which it needs', () => {
		expect(templateButtons(['url', 'already_paid', 'opt_out'], null, 'tok-9')).toEqual({
			ok: true,
			value: [
				{ index: 0, type: 'url', text: 'tok-9' },
				{ index: 1, type: 'quick_reply', payload: 'collections:v1:already_paid' },
				{ index: 2, type: 'quick_reply', payload: 'collections:v1:opt_out' },
			],
		});
		expect(templateButtons(['url'], null, null)).toMatchObject({ ok: false, reason: expect.stringContaining('Pay Now Link Suffix') });
	});

	test('buttons an item carries are checked as WhatsApp checks them', () => {
		const button = (payload: unknown, title: unknown) => ({ payload, title });
		expect(parseReplyButtons('b', [button('a', 'A'), button('b', 'B')])).toMatchObject({ ok: true });
		expect(parseReplyButtons('b', [button('a', 'A'), button('b', 'B'), button('c', 'C'), button('d', 'D')])).toMatchObject({ ok: false, reason: 'b: 4 buttons; WhatsApp shows at most 3' });
		expect(parseReplyButtons('b', [button(' a', 'A')])).toMatchObject({ ok: false, reason: expect.stringContaining('b[0].payload') });
		expect(parseReplyButtons('b', [button('x'.repeat(257), 'A')])).toMatchObject({ ok: false });
		expect(parseReplyButtons('b', [button('a', 'x'.repeat(21))])).toMatchObject({ ok: false, reason: expect.stringContaining('b[0].title') });
		expect(parseReplyButtons('b', [button('a', 'A'), button('b', 'A')])).toMatchObject({ ok: false, reason: 'b[1]: two buttons with the same payload or title' });
		expect(parseReplyButtons('b', 'collections:v1:opt_out')).toMatchObject({ ok: false });
		expect(parseTemplateButtons('t', [{ index: 0, type: 'quick_reply', payload: 'p' }, { index: 0, type: 'url', text: 's' }])).toMatchObject({ ok: false, reason: 't[1]: a second button at index 0' });
		expect(parseTemplateButtons('t', [{ index: 1, type: 'url', text: '' }])).toMatchObject({ ok: false });
	});
});

describe('Compose', () => {
	const settings = (over: Partial<ComposeSettings> = {}): ComposeSettings => ({
		source: 'library', channel: 'whatsapp', language: 'auto', fallbackLanguage: 'es', tone: 'auto', kind: 'auto', formal: true, jurisdiction: 'auto',
		sender: 'creditor', company: { name: 'Tiendas Sol' }, optOut: 'auto', emoji: false, transliterate: false, maxSegments: 0, templateNames: {}, ...over,
	});
	const upstream = { debtorId: 'C1', name: 'Ana Pérez', country: 'CO', language: 'es', amountDue: 350000, currency: 'COP', dueDate: '2026-03-01', daysPastDue: 19, stage: 'short_term', profile: 'casual' };
	const values = { paymentLink: 'https://pay.example/C1', supportContact: null };

	test('WhatsApp: the chosen buttons in the debtor’s language; templates: the declared buttons', () => {
		const message = composeMessage({}, upstream, { ...values, payLinkSuffix: 'C1' }, settings({ buttons: ['payment_info', 'payment_plan', 'opt_out'], templateButtons: ['url', 'already_paid', 'opt_out'] }));
		expect(message.ok && message.value.buttons).toEqual([
			{ payload: 'collections:v1:payment_info', title: 'Pagar ahora', label: 'payment_info' },
			{ payload: 'collections:v1:payment_plan', title: 'Necesito un plan', label: 'payment_plan' },
			{ payload: 'collections:v1:opt_out', title: 'No enviar más', label: 'opt_out' },
		]);
		expect(message.ok && message.value.whatsappTemplate?.buttons).toEqual([
			{ index: 0, type: 'url', text: 'C1' },
			{ index: 1, type: 'quick_reply', payload: 'collections:v1:already_paid' },
			{ index: 2, type: 'quick_reply', payload: 'collections:v1:opt_out' },
		]);
	});

	test('without buttons the message is as before; SMS has none', () => {
		const plain = composeMessage({}, upstream, values, settings());
		expect(plain.ok && 'buttons' in plain.value).toBe(false);
		expect(plain.ok && plain.value.whatsappTemplate && 'buttons' in plain.value.whatsappTemplate).toBe(false);
		const sms = composeMessage({}, upstream, values, settings({ channel: 'sms', buttons: ['opt_out'] }));
		expect(sms.ok && 'buttons' in sms.value).toBe(false);
	});

	test('more than 3 buttons, or a text too long for a button message, is the item’s error', () => {
		expect(composeMessage({}, upstream, values, settings({ buttons: ['payment_info', 'already_paid', 'payment_plan', 'opt_out'] }))).toEqual({ ok: false, reason: 'Quick-Reply Buttons: 4 chosen; a WhatsApp message shows at most 3 reply buttons' });
		const long = composeMessage({}, upstream, values, settings({ source: 'custom', template: 'x'.repeat(1100), buttons: ['opt_out'] }));
		expect(long).toEqual({ ok: false, reason: 'the WhatsApp message has 1100 characters; a message with reply buttons takes up to 1024' });
	});
});

describe('requests', () => {
	test('an interactive reply-button message, as Meta’s spec shows it', () => {
		const request = whatsappButtons(account, '+573001234567', 'Hola', [{ payload: 'collections:v1:opt_out', title: 'No enviar más' }], null);
		expect(request).toEqual({
			method: 'POST',
			url: 'https://graph.facebook.com/v23.0/P1/messages',
			json: {
				messaging_product: 'whatsapp', recipient_type: 'individual', to: '573001234567', type: 'interactive',
				interactive: { type: 'button', body: { text: 'Hola' }, action: { buttons: [{ type: 'reply', reply: { id: 'collections:v1:opt_out', title: 'No enviar más' } }] } },
			},
		});
	});

	test('a template’s button components: quick_reply payloads and the url suffix, index as a string', () => {
		const request = whatsappTemplate(account, '+573001234567', { name: 't', language: 'es', parameters: ['a'], buttons: [{ index: 0, type: 'url', text: 'C1' }, { index: 1, type: 'quick_reply', payload: 'collections:v1:opt_out' }] }, null);
		expect((request.json as { template: { components: unknown[] } }).template.components).toEqual([
			{ type: 'body', parameters: [{ type: 'text', text: 'a' }] },
			{ type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'C1' }] },
			{ type: 'button', sub_type: 'quick_reply', index: '1', parameters: [{ type: 'payload', payload: 'collections:v1:opt_out' }] },
		]);
	});

	test('the approved buttons are read from Meta’s template list and checked: count, kind, order', () => {
		const list = { data: [{ name: 't', language: 'es', status: 'APPROVED', components: [{ type: 'BODY', text: 'Hola {{1}}' }, { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Pagar', url: 'https://pay.example/{{1}}' }, { type: 'QUICK_REPLY', text: 'Ya pagué' }, { type: 'URL', text: 'Web', url: 'https://example.com' }] }] }] };
		const shape = templateShapes(list, 't').get('es')!;
		expect(shape.buttons).toEqual(['url', 'quick_reply', 'static_url']);
		const template = (buttons: Array<'url' | 'quick_reply'>) => ({ name: 't', language: 'es', parameters: ['a'], buttons: buttons.map((type, index) => (type === 'url' ? { index, type, text: 's' } : { index, type, payload: 'p' })) });
		expect(templateButtonsMismatch(template(['url', 'quick_reply', 'url']), shape)).toBeNull();
		expect(templateButtonsMismatch(template(['quick_reply', 'url', 'url']), shape)).toBe('was approved with the buttons [url, quick_reply, url]; [quick_reply, url, url] were declared: declare the approved buttons in their order');
		expect(templateButtonsMismatch(template(['url', 'quick_reply']), shape)).toMatch(/^was approved with the buttons/);
		expect(templateButtonsMismatch({ name: 't', language: 'es', parameters: ['a'] }, shape)).toMatch(/Pay now URL button/);
		expect(templateButtonsMismatch({ name: 't', language: 'es', parameters: ['a'] }, { bodyParameters: 1, documentHeader: false, buttons: ['quick_reply'] })).toBeNull();
	});
});

describe('replies', () => {
	const envelope = (message: object) => ({ entry: [{ changes: [{ value: { metadata: { display_phone_number: '12025550147' }, contacts: [{ wa_id: '573001234567' }], messages: [{ from: '573001234567', id: 'wamid.R', timestamp: '1774000000', ...message }] } }] }] });

	test('a template quick reply and an interactive reply both carry their payload and title', () => {
		const [template] = whatsappEvents(envelope({ type: 'button', button: { payload: 'collections:v1:already_paid', text: 'Ya pagué' } }), 0);
		expect(template).toMatchObject({ event: 'reply', text: 'Ya pagué', button: { payload: 'collections:v1:already_paid', title: 'Ya pagué' } });
		const [interactive] = whatsappEvents(envelope({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'collections:v1:payment_plan', title: 'Necesito un plan' } } }), 0);
		expect(interactive).toMatchObject({ text: 'Necesito un plan', button: { payload: 'collections:v1:payment_plan', title: 'Necesito un plan' } });
		const [text] = whatsappEvents(envelope({ type: 'text', text: { body: 'hola' } }), 0);
		expect('button' in text).toBe(false);
		const [twilio] = twilioEvents({ MessageSid: 'SM1', From: 'whatsapp:+573001234567', To: 'whatsapp:+12025550147', Body: 'Ya pagué', ButtonText: 'Ya pagué', ButtonPayload: 'collections:v1:already_paid' }, 0);
		expect(twilio).toMatchObject({ channel: 'whatsapp', text: 'Ya pagué', button: { payload: 'collections:v1:already_paid', title: 'Ya pagué' } });
	});

	test('a tap on Stop opts the sender out whatever its title; a foreign payload named STOP does not', () => {
		const [stop] = whatsappEvents(envelope({ type: 'button', button: { payload: `${BUTTON_PREFIX}opt_out`, text: 'No enviar más' } }), 0);
		expect(ledgerFacts(stop).optOut).toMatchObject({ phone: '+573001234567', channel: 'whatsapp' });
		const [other] = whatsappEvents(envelope({ type: 'button', button: { payload: 'STOP', text: 'Más info' } }), 0);
		expect(ledgerFacts(other).optOut).toBeNull();
	});

	test('Classify: our payloads are their labels with confidence 1; others are not decided here', () => {
		const options = { received: '2026-03-20' };
		expect(classifyButton('collections:v1:wrong_person:F-1', 'Não sou eu', options)).toEqual({
			label: 'wrong_person', confidence: 1, language: 'pt', promiseDate: null, amounts: [], evidence: ['collections:v1:wrong_person:F-1'],
			nextAction: 'stop contact on this number; flag the record for correction; never disclose the debt', source: 'button', alsoMentions: [],
		});
		expect(classifyButton('collections:v1:opt_out', 'Stop please', options)).toMatchObject({ label: 'opt_out', language: 'en', source: 'button' });
		expect(classifyButton('PAY_NOW', 'Pagar', options)).toBeNull();
	});
});
