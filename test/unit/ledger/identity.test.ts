import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileLedger } from '../../../lib/ledger/file';
import type { ContactLedger } from '../../../lib/ledger/ledger';
import { ledgerBackends } from '../../harness/ledgers';

// Issue 19: WhatsApp usernames. A phone and its business-scoped user ID (BSUID) are one debtor:
// every fact recorded under either applies to both, and identity changes carry the facts along.

const PHONE = '+573001112222';
const BSUID = 'CO.1502576394655843';
const NEW_BSUID = 'CO.9988776655443322';
const NEW_PHONE = '+573009998888';

const { backends, dir } = ledgerBackends('identity');

/** The story every backend is told, and what it answers. */
async function story(ledger: ContactLedger) {
	const answers: Record<string, unknown> = {};
	// An opt-out from the username account (BSUID only), before anything linked it to the phone.
	await ledger.recordOptOut({ phone: BSUID, channel: 'whatsapp', at: 10, source: 'reply "BAJA"' });
	answers.beforeLink = [...(await ledger.optOutsOf([PHONE]))];
	// A status that carries both links them: the opt-out now blocks the phone too.
	await ledger.linkIdentity(PHONE, BSUID, 20);
	await ledger.linkIdentity(PHONE, BSUID, 25);
	answers.afterLink = [...(await ledger.optOutsOf([PHONE, BSUID, '+573000000000']))];
	// The 24-hour window: a reply under the BSUID opens the phone's window, and the other way round.
	await ledger.recordInbound(BSUID, 1000);
	await ledger.recordInbound(PHONE, 900);
	answers.inbound = [...(await ledger.lastInboundOf([PHONE, BSUID, '+573000000000']))];
	answers.identity = [...(await ledger.identitiesOf([PHONE, BSUID, '+573000000000']))].map(([id, i]) => [id, { ...i, aliases: [...i.aliases].sort() }]);
	// user_changed_user_id: the new BSUID takes the facts and becomes the phone's BSUID.
	await ledger.changeIdentity(BSUID, NEW_BSUID, 30);
	answers.afterUserIdChange = [(await ledger.optOutsOf([NEW_BSUID])).get(NEW_BSUID)?.length, (await ledger.lastInboundOf([NEW_BSUID])).get(NEW_BSUID), (await ledger.identitiesOf([PHONE])).get(PHONE)!.userId];
	// user_changed_number: the new phone takes the facts and becomes the current phone of the old BSUID.
	await ledger.changeIdentity(PHONE, NEW_PHONE, 40);
	const moved = (await ledger.identitiesOf([BSUID])).get(BSUID)!;
	answers.afterNumberChange = [(await ledger.optOutsOf([NEW_PHONE])).get(NEW_PHONE)?.map((o) => o.phone), moved.phone, moved.userId];
	// An opt-out recorded under the new phone reaches back to every identifier of the user.
	await ledger.recordOptOut({ phone: NEW_PHONE, channel: 'sms', at: 50, source: 'reply "STOP"' });
	answers.reachesBack = (await ledger.optOutsOf([BSUID])).get(BSUID)!.map((o) => o.channel).sort();
	return answers;
}

test.each(backends)('%s: an opt-out under either identifier blocks both, the window counts across both, changes carry the facts', async (_name, open) => {
	const answers = await story(open());
	expect(answers).toEqual({
		beforeLink: [],
		afterLink: [
			[PHONE, [{ phone: BSUID, channel: 'whatsapp', at: 10, source: 'reply "BAJA"' }]],
			[BSUID, [{ phone: BSUID, channel: 'whatsapp', at: 10, source: 'reply "BAJA"' }]],
		],
		inbound: [
			[PHONE, 1000],
			[BSUID, 1000],
		],
		identity: [
			[PHONE, { aliases: [BSUID, PHONE].sort(), phone: PHONE, userId: BSUID }],
			[BSUID, { aliases: [BSUID, PHONE].sort(), phone: PHONE, userId: BSUID }],
			['+573000000000', { aliases: ['+573000000000'], phone: '+573000000000', userId: null }],
		],
		afterUserIdChange: [1, 1000, NEW_BSUID],
		afterNumberChange: [[BSUID], NEW_PHONE, NEW_BSUID],
		reachesBack: ['sms', 'whatsapp'],
	});
});

test('parity: memory, file and Redis answer the story alike', async () => {
	const answers: Array<Record<string, unknown>> = [];
	for (const [, open] of backends) answers.push(await story(open()));
	expect(answers[1]).toEqual(answers[0]);
	expect(answers[2]).toEqual(answers[0]);
});

describe('the file ledger', () => {
	test('a file written before identities existed still opens, and links added to it persist', async () => {
		const file = join(dir(), 'contacts.jsonl');
		// The entry types the previous version wrote, as it wrote them.
		writeFileSync(
			file,
			[
				{ debtorId: 'D1', at: 1, channel: 'whatsapp', id: 'x' },
				{ type: 'inbound', phone: PHONE, at: 5 },
				{ type: 'optOut', phone: PHONE, channel: 'all', at: 6, source: 'reply "BAJA"' },
				{ type: 'claim', key: 'k', at: 7 },
			]
				.map((e) => `${JSON.stringify(e)}\n`)
				.join(''),
		);
		const ledger = new FileLedger(file);
		expect((await ledger.optOutsOf([PHONE])).get(PHONE)).toHaveLength(1);
		await ledger.linkIdentity(PHONE, BSUID, 10);
		await ledger.linkIdentity(PHONE, BSUID, 11);
		expect(readFileSync(file, 'utf8').match(/"type":"identity"/g)).toHaveLength(1);
		const reopened = new FileLedger(file);
		expect((await reopened.optOutsOf([BSUID])).get(BSUID)).toMatchObject([{ phone: PHONE, channel: 'all' }]);
		expect((await reopened.lastInboundOf([BSUID])).get(BSUID)).toBe(5);
	});

	test('a link another process wrote is seen by this one', async () => {
		const file = join(dir(), 'contacts.jsonl');
		const one = new FileLedger(file);
		const other = new FileLedger(file);
		await one.recordOptOut({ phone: BSUID, channel: 'whatsapp', at: 1, source: 'reply "BAJA"' });
		expect((await other.optOutsOf([PHONE])).get(PHONE)).toBeUndefined();
		await one.linkIdentity(PHONE, BSUID, 2);
		expect((await other.optOutsOf([PHONE])).get(PHONE)).toHaveLength(1);
	});
});
