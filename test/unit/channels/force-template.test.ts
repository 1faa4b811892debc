import { deliver, type DeliverySettings, type Outbound } from '../../../lib/channels/deliver';
import type { HttpRequest, HttpResponse } from '../../../lib/channels/http';
import { MemoryLedger } from '../../../lib/ledger/memory';

// Force Template: after a late 131047 WhatsApp counts the window closed while the debtor's last
// reply (on the item, or in the ledger) says open. The template goes, on every WhatsApp route;
// SMS is free text as ever.

const NOW = Date.UTC(2026, 10, 30, 15);
const clock = { now: () => NOW, sleep: async () => undefined };
const twilio = { baseUrl: 'http://twilio', accountSid: 'AC1', from: '+12025550147', messagingServiceSid: '', whatsappFrom: '+12025550147' };
const whatsapp = { baseUrl: 'http://meta', apiVersion: 'v23.0', phoneNumberId: 'P', businessAccountId: '' };
const message: Outbound = {
	debtorId: 'CO-1', to: '+573001112233', text: 'Hola Ana', template: { name: 'collections_short_term', language: 'es', parameters: ['Ana'] },
	twilioContent: { sid: 'HX1', variables: { 1: 'Ana' } }, document: null, idempotencyKey: null,
	// The debtor wrote an hour ago: inside the window by our record.
	lastInboundAt: NOW - 3_600_000, caps: null, forceTemplate: true,
};

async function send(outbound: Outbound, settings: Partial<DeliverySettings>) {
	const requests: HttpRequest[] = [];
	const accept = async (request: HttpRequest): Promise<HttpResponse> => {
		requests.push(request);
		return request.form ? { status: 201, headers: {}, body: { sid: 'SM1', status: 'queued' } } : { status: 200, headers: {}, body: { messages: [{ id: 'wamid.1' }] } };
	};
	const delivery = await deliver(outbound, { provider: 'whatsappCloud', strategy: 'whatsapp', maxAttempts: 1, whatsapp, twilio, statusCallback: null, ...settings }, {
		transports: { whatsappCloud: accept, twilio: accept }, ledger: new MemoryLedger(), clock, random: () => 0.5, pace: async () => undefined,
	});
	return { delivery, requests };
}

test('inside the window by our record, Force Template sends the template: WhatsApp Cloud API and Twilio; off, the free text', async () => {
	const cloud = await send(message, {});
	expect([cloud.delivery.status, cloud.delivery.kind]).toEqual(['sent', 'template']);
	expect(cloud.requests.map((r) => (r.json as { type: string }).type)).toEqual(['template']);

	const overTwilio = await send(message, { provider: 'twilio' });
	expect([overTwilio.delivery.status, overTwilio.delivery.kind]).toEqual(['sent', 'template']);
	expect(overTwilio.requests.map((r) => [r.form?.ContentSid, r.form?.Body])).toEqual([['HX1', undefined]]);

	const byWindow = await send({ ...message, forceTemplate: false }, {});
	expect([byWindow.delivery.kind, byWindow.requests.map((r) => (r.json as { type: string }).type)]).toEqual(['text', ['text']]);
});

test('Force Template with no template fails OUTSIDE_WINDOW without a request, saying why; SMS still goes as text', async () => {
	const none = await send({ ...message, template: null }, {});
	expect(none.requests).toEqual([]);
	expect(none.delivery.error).toMatchObject({ code: 'OUTSIDE_WINDOW', message: '+573001112233 must get an approved template (Force Template is on): set a template (Compose sets whatsappTemplate)' });
	const noContent = await send({ ...message, twilioContent: null }, { provider: 'twilio' });
	expect(noContent.delivery.error).toMatchObject({ code: 'OUTSIDE_WINDOW', message: '+573001112233 must get an approved template (Force Template is on): set Content SID for Twilio' });

	const sms = await send(message, { strategy: 'sms' });
	expect([sms.delivery.status, sms.delivery.channel, sms.requests.map((r) => r.form?.Body)]).toEqual(['sent', 'sms', ['Hola Ana']]);
});
