import { join } from 'node:path';
import { FileLedger } from '../../../lib/ledger/file';
import { CLAIM_LEASE_MS, type ContactLedger } from '../../../lib/ledger/ledger';
import { ledgerBackends } from '../../harness/ledgers';

/*
 * sendClaimHeld: whether claimSend would refuse a key, asked without claiming it (Send version 3
 * reads the key versions 1 and 2 gave a message). Every backend answers alike, and answers as
 * claimSend would.
 */

const { backends, dir } = ledgerBackends('claim-held');
const NOW = Date.UTC(2026, 2, 24, 14);

/** The same story told to a ledger: what sendClaimHeld answers, and that it claimed nothing. */
async function story(ledger: ContactLedger) {
	await ledger.claimSend('attempted', NOW - 3600_000, 'run-a');
	await ledger.markAttempted('attempted', 'run-a');
	await ledger.claimSend('waiting', NOW - 60_000, 'run-b');
	await ledger.claimSend('stale', NOW - CLAIM_LEASE_MS, 'run-c');
	await ledger.claimSend('released', NOW, 'run-d');
	await ledger.releaseSend('released', 'run-d');
	// A plain claim (what an older version's Send wrote) counts as attempted.
	await ledger.claim('plain', NOW - 1);
	const keys = ['attempted', 'waiting', 'stale', 'released', 'plain', 'never'];
	const held: Array<[string, boolean]> = [];
	for (const key of keys) held.push([key, await ledger.sendClaimHeld(key, NOW)]);
	// Asking twice changes nothing, and a key asked about is still free to claim.
	for (const key of keys) expect(await ledger.sendClaimHeld(key, NOW)).toBe(held.find(([k]) => k === key)![1]);
	const claims: Array<[string, boolean]> = [];
	for (const key of keys) claims.push([key, (await ledger.claimSend(key, NOW, 'run-z')).claimed]);
	return { held, claims };
}

const EXPECTED = {
	held: [['attempted', true], ['waiting', true], ['stale', false], ['released', false], ['plain', true], ['never', false]],
	// claimSend refuses exactly the keys sendClaimHeld said were held.
	claims: [['attempted', false], ['waiting', false], ['stale', true], ['released', true], ['plain', false], ['never', true]],
};

test.each(backends)('%s: held while claimSend would refuse it; asking claims nothing', async (_name, open) => {
	expect(await story(open())).toEqual(EXPECTED);
});

test('file: a second process reads what the first wrote', async () => {
	const file = join(dir(), 'contacts.jsonl');
	const writer = new FileLedger(file, { now: () => NOW });
	expect(await story(writer)).toEqual(EXPECTED);
	const reader = new FileLedger(file, { now: () => NOW });
	expect(await reader.sendClaimHeld('attempted', NOW)).toBe(true);
	await writer.claimSend('late', NOW, 'run-y');
	expect(await reader.sendClaimHeld('late', NOW)).toBe(true);
});

test('file, compacted: the keys are read from the snapshot on first use', async () => {
	const file = join(dir(), 'contacts.jsonl');
	const ledger = new FileLedger(file, { now: () => NOW });
	await ledger.claimSend('attempted', NOW - 3600_000, 'run-a');
	await ledger.markAttempted('attempted', 'run-a');
	await ledger.claimSend('waiting', NOW - 60_000, 'run-b');
	await ledger.claim('plain', NOW - 1);
	ledger.compact();
	const reopened = new FileLedger(file, { now: () => NOW });
	expect(await Promise.all(['attempted', 'waiting', 'plain', 'never'].map((key) => reopened.sendClaimHeld(key, NOW)))).toEqual([true, true, true, false]);
	expect(await reopened.sendClaimHeld('waiting', NOW - 60_000 + CLAIM_LEASE_MS)).toBe(false);
});
