import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ledgerFacts, twilioEvents, whatsappEvents } from '../../../lib/channels/webhooks';
import { metaExample, publishedTwilio, whatsappWebhookErrors } from '../../simulator/spec-validation';

/**
 * Webhook fixtures (test/nodes/fixtures/webhooks/): Meta's own webhook examples, copied verbatim
 * (`specExample` names the example), and payloads we build as Meta and Twilio document them —
 * a username account with no phone, identity changes, failures that arrive after the send
 * was accepted, button taps, Twilio status callbacks. Each goes through the webhook parser; the
 * events (and, where given, what each tells the ledger) are what the fixture says. The other
 * fields of an event are not pinned, so that a field added later does not break a fixture.
 */
interface WebhookFixture {
	description: string;
	provider: 'whatsappCloud' | 'twilio';
	/** The name of the Meta webhook example this payload is a copy of. */
	specExample?: string;
	/** A spec schema the payload must satisfy (Meta: WebhookPayload). */
	schema?: 'WebhookPayload';
	payload: Record<string, unknown>;
	events: Array<Record<string, unknown>>;
	facts?: Array<Record<string, unknown>>;
}

const NOW = Date.parse('2026-03-20T10:00:00Z');
const dir = join(__dirname, '..', '..', 'nodes', 'fixtures', 'webhooks');
const fixtures = readdirSync(dir)
	.filter((file) => file.endsWith('.json'))
	.map((file) => [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as WebhookFixture] as const);

test('the fixtures cover every case the issue names', () => {
	const names = fixtures.map(([file]) => file);
	for (const kind of ['meta-', 'bsuid-only', 'identity-user-changed-number', 'identity-user-changed-user-id', 'late-failure-131026', 'late-failure-131047', 'meta-button', 'meta-interactive-button-reply', 'twilio-status']) {
		expect(names.some((name) => name.startsWith(kind))).toBe(true);
	}
});

describe.each(fixtures)('%s', (_file, fixture) => {
	const events = fixture.provider === 'twilio' ? twilioEvents(fixture.payload, NOW) : whatsappEvents(fixture.payload, NOW);

	test(fixture.description, () => {
		expect(events).toMatchObject(fixture.events);
		if (fixture.facts) expect(events.map(ledgerFacts)).toEqual(fixture.facts);
	});

	if (fixture.specExample) {
		test('is Meta’s example verbatim, and valid against the repaired spec', () => {
			expect(fixture.payload).toEqual(metaExample('webhook', fixture.specExample!));
			expect(whatsappWebhookErrors(fixture.payload)).toEqual([]);
		});
	}
	if (fixture.schema) {
		test(`is valid against Meta’s ${fixture.schema}`, () => expect(whatsappWebhookErrors(fixture.payload)).toEqual([]));
	}
	if (fixture.provider === 'twilio') {
		test('its status is one of Twilio’s (message_enum_status)', () => {
			const status = fixture.payload.MessageStatus ?? fixture.payload.SmsStatus;
			expect(publishedTwilio().components.schemas.message_enum_status.enum).toContain(status);
		});
	}
});
