import { idKey } from '../debtor/keys';
import Redis, { type RedisOptions } from 'ioredis';
import type { Contact } from '../contact/window';
import { CONTACT_TTL_MARGIN_DAYS, HORIZONS } from './horizons';
import { distinctFacts, factKeys, inFactsSince, type AccountFact } from './account';
import { CLAIM_LEASE_MS, claimRefuses, edgeEnds, edgeKey, resolveIdentities, type Attempt, type ContactLedger, type Identity, type IdentityEdge, type LedgerContact, type OptOut, type OutboundRecord, type Pricing, type SendClaim } from './ledger';

const DAY = 86_400_000;

export { CONTACT_TTL_MARGIN_DAYS, contactsTtlMs } from './horizons';

/**
 * The time to live a contact recorded at `at` needs when the rule checking it read back to
 * `since`: never less than every preset needs, and as long as the caller's own rules (house
 * caps, a custom policy) look back.
 */
export function recordTtlMs(at: number, since: number): number {
	return Math.max(REDIS_TTLS.contactsMs, at - since + CONTACT_TTL_MARGIN_DAYS * DAY);
}

/** How long each kind of entry is kept: long enough for every rule that reads it. */
export const REDIS_TTLS = {
	...HORIZONS,
	/** The interaction record, for audits. */
	attemptsMs: 400 * DAY,
};

/** A debtor's contacts, under the id as compared (idKey), with the version recordWithin checks. */
const contactKeys = (debtorId: string) => [`contacts:${idKey(debtorId)}`, `contacts-version:${idKey(debtorId)}`] as const;
/** Where contacts recorded before they were kept by the compared id are: under the id as written (none when the two agree). */
const writtenContactsKey = (debtorId: string) => (idKey(debtorId) === debtorId ? null : `contacts:${debtorId}`);
const byTime = (a: Contact, b: Contact) => a.at - b.at;

// The member carries a nonce: two contacts at the same millisecond are two contacts.
const memberOf = ({ at, channel }: LedgerContact) => JSON.stringify({ at, channel, n: Math.random().toString(36).slice(2, 10) });

function contactOf(member: string): Contact {
	const { at, channel } = JSON.parse(member) as Contact;
	return { at, channel };
}

/**
 * Adds the contact only if nobody changed the debtor's contacts since they were read. Expiry
 * only grows: a write from a rule that looks back 40 days must not cut short the contacts a
 * 60-day rule of another workflow still needs.
 */
const RECORD_IF_VERSION = `
if (redis.call('GET', KEYS[2]) or '') ~= ARGV[1] then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
local ttl = tonumber(ARGV[4])
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
redis.call('INCR', KEYS[2])
if redis.call('PTTL', KEYS[2]) < ttl then redis.call('PEXPIRE', KEYS[2], ttl) end
return 1`;

/**
 * The next send slot under a rate shared by every worker: Redis's own clock (TIME), so
 * workers on machines whose clocks differ still agree. Returns how many ms to wait.
 */
const NEXT_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local after = slot + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.3f', after), 'PX', math.ceil(after - now) + 60000)
return math.ceil(slot - now)`;

/**
 * Send claims: "claimed|<owner>|<at>" until the first request, then "attempted|<owner>|<at>".
 * A plain claim (a number: an older version's send) counts as attempted. A claim still
 * "claimed" is taken over once older than the lease (ARGV[4]). Returns {1, tookOver} or {0, at}.
 */
const CLAIM_SEND = `
local v = redis.call('GET', KEYS[1])
if v then
  local at = string.match(v, '(%d+)$') or '0'
  if string.sub(v, 1, 8) ~= 'claimed|' or tonumber(ARGV[2]) - tonumber(at) < tonumber(ARGV[4]) then
    return {0, at}
  end
end
redis.call('SET', KEYS[1], 'claimed|' .. ARGV[1] .. '|' .. ARGV[2], 'PX', ARGV[3])
if v then return {1, 1} end
return {1, 0}`;

const MARK_ATTEMPTED = `
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local state, owner, at = string.match(v, '^(%a+)|(.*)|(%d+)$')
if owner ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], 'attempted|' .. owner .. '|' .. at, 'KEEPTTL')
return 1`;

const RELEASE_SEND = `
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local state, owner, at = string.match(v, '^(%a+)|(.*)|(%d+)$')
if owner ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1`;

/**
 * Account facts (issue 20): the fact under `fact:<id>` (set once: a fact delivered twice
 * changes nothing), its id in a sorted set per key (`facts:<key>`, by time recorded) and in
 * `facts-all` (List Follow-ups). Never expire: what was paid must not be forgotten.
 */
const RECORD_FACT = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX') == false then return 0 end
for i = 2, #KEYS do redis.call('ZADD', KEYS[i], ARGV[2], ARGV[3]) end
return 1`;

/** Races lost in a row before recordWithin gives up (each loss means another contact landed). */
const MAX_ROUNDS = 50;

export interface RedisLedgerOptions extends Pick<RedisOptions, 'host' | 'port' | 'password' | 'username' | 'db' | 'tls'> {
	/** Put before every key, so several n8n instances or tenants can share one Redis. */
	keyPrefix: string;
}

/**
 * The contact ledger in Redis, for n8n's queue mode: every worker sees the same contacts,
 * windows, opt-outs and idempotency keys, and each change is atomic in Redis (a claim is SET
 * NX: of many workers claiming one key, exactly one wins; a contact within caps is a
 * version-checked Lua write). Keys expire (REDIS_TTLS) so the ledger does not grow forever;
 * opt-outs and identity links (`identity:<phone or BSUID>`, a hash of edges) never expire.
 */
export class RedisLedger implements ContactLedger {
	private readonly redis: Redis;

	/** Why the connection last failed: ioredis's own error for a command says only "max retries". */
	private connectionError: Error | null = null;

	constructor(private readonly options: RedisLedgerOptions) {
		this.redis = new Redis({ ...options, keyPrefix: options.keyPrefix, maxRetriesPerRequest: 2 });
		this.redis.on('error', (error: Error) => (this.connectionError = error));
		this.redis.on('ready', () => (this.connectionError = null));
	}

	async contactsOf(debtorIds: string[], since: number): Promise<Map<string, Contact[]>> {
		const pipeline = this.redis.pipeline();
		const asked: string[] = [];
		for (const id of debtorIds) {
			for (const key of [contactKeys(id)[0], writtenContactsKey(id)]) {
				if (!key) continue;
				pipeline.zrangebyscore(key, since, '+inf');
				asked.push(id);
			}
		}
		const results = (await pipeline.exec()) ?? [];
		const contacts = new Map<string, Contact[]>();
		results.forEach(([error, members], i) => {
			if (error) throw error;
			const list = (members as string[]).map(contactOf);
			if (!list.length) return;
			const known = contacts.get(asked[i]);
			contacts.set(asked[i], known ? [...known, ...list].sort(byTime) : list);
		});
		return contacts;
	}

	/**
	 * Optimistic check-and-record: read the debtor's contacts with their version, check them here
	 * (the cap rules need time zones, which Lua has not), and record only if the version is still
	 * the one read — one Lua script, atomic in Redis. Another worker's contact in between bumps
	 * the version, and the check runs again on the new history.
	 */
	async recordWithin<R>(contact: LedgerContact, since: number, check: (history: Contact[]) => R | null): Promise<{ id: string } | { refused: R }> {
		const [key, versionKey] = contactKeys(contact.debtorId);
		// Contacts recorded under the id as written (before they were kept by the compared id) count too; nothing records there any more.
		const written = writtenContactsKey(contact.debtorId);
		const before = written ? ((await this.redis.zrangebyscore(written, since, '+inf')) as string[]).map(contactOf) : [];
		for (let round = 0; round < MAX_ROUNDS; round++) {
			const read = (await this.redis.multi().get(versionKey).zrangebyscore(key, since, '+inf').exec()) ?? [];
			const [[versionError, version], [membersError, members]] = read;
			if (versionError || membersError) throw versionError ?? membersError;
			const history = (members as string[]).map(contactOf);
			const refused = check(before.length ? [...before, ...history].sort(byTime) : history);
			if (refused !== null) return { refused };
			const member = memberOf(contact);
			const recorded = await this.redis.eval(RECORD_IF_VERSION, 2, key, versionKey, (version as string | null) ?? '', String(contact.at), member, String(recordTtlMs(contact.at, since)));
			if (recorded === 1) return { id: member };
		}
		throw new Error(`The contact ledger is too busy for debtor ${contact.debtorId}: ${MAX_ROUNDS} tries to record a contact all lost a race`);
	}

	async unrecord(debtorId: string, id: string): Promise<void> {
		const [key, versionKey] = contactKeys(debtorId);
		const written = writtenContactsKey(debtorId);
		const step = this.redis.multi().zrem(key, id);
		if (written) step.zrem(written, id);
		await step.incr(versionKey).pexpire(versionKey, REDIS_TTLS.contactsMs).exec();
	}

	async claim(key: string, at: number): Promise<boolean> {
		return (await this.redis.set(`claim:${key}`, String(at), 'PX', REDIS_TTLS.claimMs, 'NX')) === 'OK';
	}

	async claimSend(key: string, at: number, owner: string): Promise<SendClaim> {
		const [won, value] = (await this.redis.eval(CLAIM_SEND, 1, `claim:${key}`, owner.replace(/\|/g, '/'), String(Math.round(at)), String(REDIS_TTLS.claimMs), String(CLAIM_LEASE_MS))) as [number, number | string];
		return won === 1 ? { claimed: true, tookOver: Number(value) === 1 } : { claimed: false, at: Number(value) };
	}

	async markAttempted(key: string, owner: string): Promise<boolean> {
		return (await this.redis.eval(MARK_ATTEMPTED, 1, `claim:${key}`, owner.replace(/\|/g, '/'))) === 1;
	}

	async releaseSend(key: string, owner: string): Promise<void> {
		await this.redis.eval(RELEASE_SEND, 1, `claim:${key}`, owner.replace(/\|/g, '/'));
	}

	async sendClaimHeld(key: string, at: number): Promise<boolean> {
		// As CLAIM_SEND reads it: "claimed|<owner>|<at>", "attempted|<owner>|<at>", or a plain time (attempted).
		const value = await this.redis.get(`claim:${key}`);
		if (value === null) return false;
		return claimRefuses({ at: Number(/(\d+)$/.exec(value)?.[1] ?? 0), state: value.startsWith('claimed|') ? 'claimed' : 'attempted' }, at);
	}

	async release(key: string): Promise<void> {
		await this.redis.del(`claim:${key}`);
	}

	async lastInboundOf(phones: string[]): Promise<Map<string, number>> {
		if (phones.length === 0) return new Map();
		const identities = await this.identitiesOf(phones);
		const aliases = [...new Set([...identities.values()].flatMap((i) => i.aliases))];
		const values = await this.redis.mget(aliases.map((p) => `inbound:${p}`));
		const times = new Map(aliases.flatMap((id, i) => (values[i] ? [[id, Number(values[i])] as const] : [])));
		return new Map(
			phones.flatMap((phone) => {
				const found = identities.get(phone)!.aliases.flatMap((id) => (times.has(id) ? [times.get(id)!] : []));
				return found.length ? [[phone, Math.max(...found)] as const] : [];
			}),
		);
	}

	async recordInbound(phone: string, at: number): Promise<void> {
		// Keep the latest: a late webhook for an older message must not close the window.
		await this.redis.eval(
			"local c = tonumber(redis.call('GET', KEYS[1]) or '0') if tonumber(ARGV[1]) > c then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end return 1",
			1,
			`inbound:${phone}`,
			String(at),
			String(REDIS_TTLS.inboundMs),
		);
	}

	async optOutsOf(phones: string[]): Promise<Map<string, OptOut[]>> {
		if (phones.length === 0) return new Map();
		const identities = await this.identitiesOf(phones);
		const aliases = [...new Set([...identities.values()].flatMap((i) => i.aliases))];
		const pipeline = this.redis.pipeline();
		for (const id of aliases) pipeline.lrange(`optout:${id}`, 0, -1);
		const results = (await pipeline.exec()) ?? [];
		const byId = new Map<string, OptOut[]>();
		results.forEach(([error, entries], i) => {
			if (error) throw error;
			byId.set(aliases[i], (entries as string[]).map((e) => JSON.parse(e) as OptOut));
		});
		const optOuts = new Map<string, OptOut[]>();
		for (const phone of phones) {
			const list = identities.get(phone)!.aliases.flatMap((id) => byId.get(id) ?? []);
			if (list.length) optOuts.set(phone, list);
		}
		return optOuts;
	}

	/** The same opt-out twice (a webhook delivered again after a failed write) is kept once. */
	async recordOptOut(optOut: OptOut): Promise<void> {
		const { phone, channel, at, source } = optOut;
		await this.redis.eval(
			"if not redis.call('LPOS', KEYS[1], ARGV[1]) then redis.call('RPUSH', KEYS[1], ARGV[1]) end return 1",
			1,
			`optout:${phone}`,
			JSON.stringify({ phone, channel, at, source }),
		);
	}

	async linkIdentity(phone: string, userId: string, at: number): Promise<void> {
		await this.recordEdge({ kind: 'link', phone, userId, at });
	}

	async changeIdentity(previous: string, current: string, at: number): Promise<void> {
		await this.recordEdge({ kind: 'change', previous, current, at });
	}

	/** The edge under both its identifiers, each field set only once (HSETNX): the same edge again keeps its first time. */
	private async recordEdge(edge: IdentityEdge): Promise<void> {
		const [a, b] = edgeEnds(edge);
		if (!a || !b || a === b) return;
		const value = JSON.stringify(edge);
		await this.redis.multi().hsetnx(`identity:${a}`, edgeKey(edge), value).hsetnx(`identity:${b}`, edgeKey(edge), value).exec();
	}

	async identitiesOf(ids: string[]): Promise<Map<string, Identity>> {
		return resolveIdentities(ids, async (some) => {
			const pipeline = this.redis.pipeline();
			for (const id of some) pipeline.hvals(`identity:${id}`);
			const results = (await pipeline.exec()) ?? [];
			return new Map(
				some.map((id, i) => {
					const [error, values] = results[i];
					if (error) throw error;
					return [id, (values as string[]).map((v) => JSON.parse(v) as IdentityEdge)];
				}),
			);
		});
	}

	async recordAttempt(attempt: Attempt): Promise<void> {
		const key = `attempts:${attempt.debtorId}`;
		await this.redis.multi().rpush(key, JSON.stringify(attempt)).pexpire(key, REDIS_TTLS.attemptsMs).exec();
	}

	// --- Account facts (issue 20) ---
	async recordFact(fact: AccountFact): Promise<boolean> {
		// A phone link (one per debtor messaged) stays out of facts-all: List Follow-ups' daily read does not need them.
		const keys = [`fact:${fact.id}`, ...factKeys(fact).map((key) => `facts:${key}`), ...(inFactsSince(fact) ? ['facts-all'] : [])];
		return (await this.redis.eval(RECORD_FACT, keys.length, ...keys, JSON.stringify(fact), String(fact.recordedAt), fact.id)) === 1;
	}

	async factsOf(keys: string[]): Promise<AccountFact[]> {
		if (keys.length === 0) return [];
		const pipeline = this.redis.pipeline();
		for (const key of keys) pipeline.zrange(`facts:${key}`, 0, -1);
		const ids = new Set<string>();
		for (const [error, members] of (await pipeline.exec()) ?? []) {
			if (error) throw error;
			for (const id of members as string[]) ids.add(id);
		}
		return this.factsById([...ids]);
	}

	async factsSince(since: number): Promise<AccountFact[]> {
		return this.factsById(await this.redis.zrangebyscore('facts-all', since, '+inf'));
	}

	private async factsById(ids: string[]): Promise<AccountFact[]> {
		if (ids.length === 0) return [];
		const values = await this.redis.mget(ids.map((id) => `fact:${id}`));
		return distinctFacts(values.flatMap((v) => (v ? [JSON.parse(v) as AccountFact] : [])));
	}
	// --- end of account facts ---
	// --- Outbound messages (issue 19: failures that arrive later, pricing) ---
	/** `outbound:<messageId>`, a hash: `record` (JSON), and `pricing` once a status said it. */
	async recordOutbound(messageId: string, record: OutboundRecord): Promise<void> {
		const key = `outbound:${messageId}`;
		const { pricing, ...rest } = record;
		const multi = this.redis.multi().hset(key, 'record', JSON.stringify(rest));
		if (pricing) multi.hset(key, 'pricing', JSON.stringify(pricing));
		await multi.pexpire(key, REDIS_TTLS.outboundMs).exec();
	}

	async outboundOf(messageIds: string[]): Promise<Map<string, OutboundRecord>> {
		if (messageIds.length === 0) return new Map();
		const pipeline = this.redis.pipeline();
		for (const id of messageIds) pipeline.hmget(`outbound:${id}`, 'record', 'pricing');
		const results = (await pipeline.exec()) ?? [];
		const records = new Map<string, OutboundRecord>();
		results.forEach(([error, values], i) => {
			if (error) throw error;
			const [record, pricing] = values as Array<string | null>;
			if (record) records.set(messageIds[i], { ...(JSON.parse(record) as OutboundRecord), ...(pricing ? { pricing: JSON.parse(pricing) as Pricing } : {}) });
		});
		return records;
	}

	/** Only for messages sent by us (the record exists): a status for another's message writes nothing. */
	async recordPricing(messageId: string, pricing: Pricing): Promise<void> {
		await this.redis.eval("if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'pricing', ARGV[1]) end return 1", 1, `outbound:${messageId}`, JSON.stringify(pricing));
	}

	/** SET NX, kept as long as the message's record: of many workers handling one status, exactly one wins. */
	async claimFallback(messageId: string, at: number): Promise<boolean> {
		return (await this.redis.set(`fallback:${messageId}`, String(at), 'PX', REDIS_TTLS.outboundMs, 'NX')) === 'OK';
	}
	// --- end of outbound messages ---

	/** How many ms to wait for the next slot under a rate shared by every worker using `key`. */
	async sendSlot(key: string, gapMs: number): Promise<number> {
		return (await this.redis.eval(NEXT_SLOT, 1, `rate:${key}`, String(gapMs))) as number;
	}

	/** Checks that Redis answers; the error says where it looked, its cause why it failed. */
	async ping(): Promise<void> {
		const failure = await this.redis.ping().then(
			() => null,
			(error: Error) => error,
		);
		if (failure) throw new Error(`Redis at ${this.options.host}:${this.options.port} did not answer`, { cause: this.connectionError ?? failure });
	}

	/** The remaining time to live of a key under this ledger's prefix, in ms (tests, audits). */
	ttlOf(key: string): Promise<number> {
		return this.redis.pttl(key);
	}

	async close(): Promise<void> {
		await this.redis.quit();
	}
}
