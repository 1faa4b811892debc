import { lateFailureOf, settleStatus } from '../../../lib/channels/late-failures';
import type { InboundEvent } from '../../../lib/channels/webhooks';
import type { OutboundRecord } from '../../../lib/ledger/ledger';
import { MemoryLedger } from '../../../lib/ledger/memory';

// Issue 19: which failed statuses offer a fallback, and what the ledger makes of them.

const status = (over: Partial<InboundEvent> = {}): InboundEvent => ({
	event: 'status', provider: 'whatsappCloud', channel: 'whatsapp', from: '+12025550147', to: '+573001112222', userId: null, text: null,
	receivedAt: '2026-11-30T15:00:00.000Z', messageId: 'wamid.A', status: 'failed', error: { code: '131026', message: 'Message undeliverable' }, ...over,
});

test.each([
	['whatsappCloud', 'failed', '131026', { code: 'NOT_ON_WHATSAPP', providerCode: '131026', nextStep: 'sms' }],
	['whatsappCloud', 'failed', '131047', { code: 'OUTSIDE_WINDOW', providerCode: '131047', nextStep: 'template' }],
	['whatsappCloud', 'failed', '131056', { code: 'RATE_LIMITED', providerCode: '131056', nextStep: 'sms' }],
	['whatsappCloud', 'failed', '131050', { code: 'OPTED_OUT', providerCode: '131050', nextStep: null }],
	['twilio', 'undelivered', '63024', { code: 'INVALID_NUMBER', providerCode: '63024', nextStep: null }],
	['twilio', 'undelivered', '63016', { code: 'OUTSIDE_WINDOW', providerCode: '63016', nextStep: 'template' }],
	['whatsappCloud', 'delivered', '131026', null],
	['whatsappCloud', 'failed', 'not-a-code', null],
] as const)('%s %s %s', (provider, state, code, expected) => {
	expect(lateFailureOf(status({ provider, status: state, error: { code, message: '' } }))).toEqual(expected);
});

const RECORD: OutboundRecord = {
	at: 0, debtorId: 'CO-1', to: '+573001112222', userId: null, provider: 'whatsappCloud', channel: 'whatsapp', kind: 'text', text: 'Hola', template: null,
	fallbacks: [], idempotencyKey: 'CO-1:short_term:2026-11-30', contactId: null, collection: { debtorId: 'CO-1' },
};

test('131047 on a message without a template: SMS after all; an SMS that failed: nothing further', async () => {
	const ledger = new MemoryLedger();
	await ledger.recordOutbound('wamid.A', RECORD);
	await ledger.recordOutbound('wamid.S', { ...RECORD, channel: 'sms', provider: 'twilio' });
	expect((await settleStatus(ledger, status({ error: { code: '131047', message: '' } }), true, 0)).fallback).toMatchObject({ outcome: 'failedLater', nextStep: 'sms' });
	expect((await settleStatus(ledger, status({ messageId: 'wamid.S' }), true, 0)).fallback).toMatchObject({ outcome: 'smsFailed', nextStep: null });
});

test('without a ledger, or in version 1', async () => {
	expect(await settleStatus(null, status(), true, 0)).toEqual({ fallback: expect.objectContaining({ outcome: 'noLedger', code: 'NOT_ON_WHATSAPP' }), offered: null });
	const ledger = new MemoryLedger();
	await ledger.recordOutbound('wamid.A', RECORD);
	expect(await settleStatus(ledger, status(), false, 0)).toEqual({ fallback: null, offered: null });
	expect(await ledger.claimFallback('wamid.A', 0)).toBe(true);
});
