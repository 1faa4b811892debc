import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { parseInstant } from '../../lib/contact/fields';
import { locationsOfItem, primaryZoneOf } from '../../lib/contact/locations';
import { parseTimeZone } from '../../lib/debtor/zone';
import { accountSubjectOf, DEFAULT_PAID_CLAIM_DAYS, factsAbout, factsForSubjects, standingOf, standingView, type AccountFact } from '../../lib/ledger/account';
import { followUpsOf, type FollowUpSettings } from '../../lib/ledger/follow-ups';
import type { ContactLedger } from '../../lib/ledger/ledger';
import { readMark, readMercadoPagoPayment, readPaymentFields, readPromise, readStripeEvent, whoOf, type PaymentReading, type PaymentSource } from '../../lib/ledger/sources';
import type { Parsed } from '../../lib/debtor/result';
import { failedItem, itemError, withResults } from '../shared/items';
import { chosenLedger, collectionsRedisTest, LEDGER_FOLDER_OPTION, ledgerProperty, PAID_CLAIM_DAYS_OPTION, REDIS_CREDENTIAL } from '../shared/ledger';
import { outputFieldOption } from '../shared/properties';
import { runLevel } from '../shared/parameters';

type Operation = 'recordPayment' | 'recordPromise' | 'recordDispute' | 'resolveDispute' | 'recordPaidClaim' | 'getHistory' | 'listFollowUps';

const OPERATIONS: Array<{ name: string; value: Operation; description: string; action: string }> = [
	{ name: 'Record Payment', value: 'recordPayment', description: 'Record a payment (or a refund) from Stripe, Mercado Pago or plain fields', action: 'Record a payment' },
	{ name: 'Record Promise', value: 'recordPromise', description: 'Record a promise to pay (Classify Objection’s output as it stands)', action: 'Record a promise to pay' },
	{ name: 'Record Dispute', value: 'recordDispute', description: 'Record that the debtor disputes the debt: collection pauses', action: 'Record a dispute' },
	{ name: 'Resolve Dispute', value: 'resolveDispute', description: 'Record that the dispute is resolved: collection may resume', action: 'Resolve a dispute' },
	{ name: 'Record Paid Claim', value: 'recordPaidClaim', description: 'Record that the debtor says they paid: collection pauses while it is verified', action: 'Record a paid claim' },
	{ name: 'Get History', value: 'getHistory', description: 'Everything the ledger knows about the debtor, in one item', action: 'Get a debtor s history' },
	{ name: 'List Follow-Ups', value: 'listFollowUps', description: 'For a day: promise reminders, broken promises, unconfirmed paid claims, long disputes', action: 'List the follow ups of a day' },
];

export class CollectionsLedger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Collections Ledger',
		name: 'collectionsLedger',
		icon: { light: 'file:collectionsLedger.svg', dark: 'file:collectionsLedger.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: `={{${JSON.stringify(Object.fromEntries(OPERATIONS.map((o) => [o.value, o.name])))}[$parameter["operation"]]}}`,
		description: 'Records payments, promises, disputes and paid claims in the contact ledger every node respects, and reads them back',
		defaults: { name: 'Collections Ledger' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			// eslint-disable-next-line n8n-nodes-base/node-class-description-credentials-name-unsuffixed
			{ name: 'collectionsRedis', required: true, testedBy: 'collectionsRedisTest', displayOptions: { show: { ledger: ['redis'] } } },
		],
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				default: 'recordPayment',
				description: 'What to record or read. Applies to the whole run.',
				options: OPERATIONS,
			},
			{
				displayName: 'Source',
				name: 'source',
				type: 'options',
				noDataExpression: true,
				default: 'stripe',
				displayOptions: { show: { operation: ['recordPayment'] } },
				description: 'What each item is. Applies to the whole run.',
				options: [
					{ name: 'Stripe Event', value: 'stripe', description: 'An event from n8n’s Stripe Trigger: invoice.paid, invoice.payment_succeeded, payment_intent.succeeded, charge.refunded' },
					{ name: 'Mercado Pago Payment', value: 'mercadoPago', description: 'A payment as Mercado Pago’s API returns it (GET /v1/payments/{ID}): PIX, PSE, OXXO, cards…' },
					{ name: 'Fields', value: 'fields', description: 'Item fields debtorId and/or invoiceId, amount, currency, paymentId, paidAt, method, settles, reverses (or the same under collection)' },
				],
			},
			ledgerProperty('Where the facts are kept: the ledger the Gate and Send read', 'The ledger the Gate and Send use in this n8n', null),
			{
				displayName: 'As Of',
				name: 'asOf',
				type: 'dateTime',
				default: '',
				description: 'When the fact is recorded (Record operations), the moment the history is read at, or the day follow-ups are listed for. Empty: now.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				// Every option here applies to the whole run.
				noDataExpression: true,
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Dispute Days',
						name: 'disputeDays',
						type: 'number',
						default: 14,
						typeOptions: { minValue: 1 },
						noDataExpression: true,
						displayOptions: { show: { '/operation': ['listFollowUps'] } },
						description: 'A dispute open longer than this many days is listed for follow-up. Applies to the whole run.',
					},
					LEDGER_FOLDER_OPTION,
					outputFieldOption('ledger’s answer (as ledger)'),
					{ ...PAID_CLAIM_DAYS_OPTION, noDataExpression: true, description: `${PAID_CLAIM_DAYS_OPTION.description}. Applies to the whole run.` },
				],
			},
		],
	};

	methods = { credentialTest: { collectionsRedisTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const out: INodeExecutionData[] = [];
		if (items.length === 0) return [out];
		const operation = runLevel(this, 'operation') as Operation;
		const field = (runLevel(this, 'options.outputField', '') as string) || 'collection';
		const paidClaimDays = runLevel(this, 'options.paidClaimDays', DEFAULT_PAID_CLAIM_DAYS) as number;
		const source = runLevel(this, 'source', 'stripe') as PaymentSource;
		const ledger = (await chosenLedger(this.getNode(), runLevel(this, 'ledger', 'embedded'), { ledgerFolder: runLevel(this, 'options.ledgerFolder', '') }, async () => await this.getCredentials(REDIS_CREDENTIAL)))!;
		const fail = (itemIndex: number, message: string) => {
			const error = itemError(this.getNode(), items[itemIndex], itemIndex, field, message);
			if (!this.continueOnFail()) throw error;
			out.push(failedItem(this, items[itemIndex], itemIndex, error));
		};
		const instanceZone = this.getTimezone();

		if (operation === 'listFollowUps') {
			const settings: FollowUpSettings = { paidClaimDays, disputeDays: runLevel(this, 'options.disputeDays', 14) as number };
			for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
				const asOf = asOfOf(this, itemIndex, instanceZone);
				if (!asOf.ok) {
					fail(itemIndex, asOf.reason);
					continue;
				}
				const followUps = await followUpsOf(ledger, asOf.value, instanceZone, settings);
				for (const followUp of followUps) out.push({ json: { [field]: followUp as unknown as IDataObject }, pairedItem: { item: itemIndex } });
			}
			return [out];
		}

		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			const item = items[itemIndex];
			const row = item.json as Record<string, unknown>;
			const upstreamValue = row[field];
			const upstream = (upstreamValue && typeof upstreamValue === 'object' && !Array.isArray(upstreamValue) ? upstreamValue : {}) as Record<string, unknown>;
			// The one zone resolver: on the item's own clues, else on the phone it names (a reply's `from`).
			const phone = whoOf(row, upstream).phone;
			const zone = parseTimeZone(primaryZoneOf(row, upstream) ?? (phone ? primaryZoneOf({ phone }, {}) : undefined) ?? instanceZone);
			if (!zone.ok) {
				fail(itemIndex, `timezone: ${zone.reason}`);
				continue;
			}
			const asOf = asOfOf(this, itemIndex, zone.value);
			if (!asOf.ok) {
				fail(itemIndex, asOf.reason);
				continue;
			}
			let result: Parsed<IDataObject>;
			try {
				if (operation === 'getHistory') result = { ok: true, value: await historyOf(ledger, row, upstream, asOf.value, zone.value, paidClaimDays) };
				else result = await record(ledger, operation, source, row, upstream, asOf.value, zone.value);
			} catch (error) {
				// The ledger failed: nothing more can be recorded in this run.
				throw new NodeOperationError(this.getNode(), `Contact Ledger: ${(error as Error).message}`, { itemIndex, description: 'Items before this one were recorded; run the rest again once the ledger works (recording is idempotent).' });
			}
			if (!result.ok) fail(itemIndex, result.reason);
			else out.push(withResults(item, field, { ledger: result.value }, itemIndex));
		}
		return [out];
	}
}

function asOfOf(ctx: IExecuteFunctions, itemIndex: number, zone: string): Parsed<number> {
	const value = ctx.getNodeParameter('asOf', itemIndex, '') as string;
	if (!value) return { ok: true, value: Date.now() };
	const at = parseInstant(value, zone);
	return at.ok ? at : { ok: false, reason: `As Of: ${at.reason}` };
}

/**
 * The debtor's country (Segment's, else the item's, else — a reply as the Reply Trigger and
 * Classify leave it — the country of the phone it names, as its zone is), for business days;
 * null when nothing says.
 */
function countryOf(row: Record<string, unknown>, upstream: Record<string, unknown>, phone: string | null): string | null {
	const value = upstream.country ?? row.country;
	if (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
	const located = phone ? locationsOfItem({ phone }, {}) : undefined;
	return located?.ok ? located.value.country : null;
}

/** Reads the item's fact(s) and records each: `recorded` false when the ledger knew them already (a duplicate event). */
async function record(ledger: ContactLedger, operation: Exclude<Operation, 'getHistory' | 'listFollowUps'>, source: PaymentSource, row: Record<string, unknown>, upstream: Record<string, unknown>, at: number, zone: string): Promise<Parsed<IDataObject>> {
	let reading: Parsed<PaymentReading>;
	if (operation === 'recordPayment') {
		reading = source === 'stripe' ? readStripeEvent(row, at) : source === 'mercadoPago' ? readMercadoPagoPayment(row, at) : readPaymentFields(row, upstream, at, zone);
	} else {
		const place = { zone, country: countryOf(row, upstream, whoOf(row, upstream).phone) };
		const fact = operation === 'recordPromise' ? readPromise(row, upstream, at, place) : readMark(operation === 'recordDispute' ? 'dispute' : operation === 'resolveDispute' ? 'disputeResolved' : 'paidClaim', row, upstream, at, place);
		reading = !fact.ok ? fact : { ok: true, value: 'ignored' in fact.value ? fact.value : { facts: [fact.value] as never } };
	}
	if (!reading.ok) return reading;
	if ('ignored' in reading.value) return { ok: true, value: { operation, recorded: false, ignored: reading.value.ignored } };
	const facts: AccountFact[] = reading.value.facts;
	const fresh: boolean[] = [];
	for (const fact of facts) fresh.push(await ledger.recordFact(fact));
	return { ok: true, value: { operation, recorded: fresh.some(Boolean), ...(fresh.every(Boolean) ? {} : { duplicate: true }), facts: facts as unknown as IDataObject[] } };
}

/** Everything the ledger knows about the item's debtor, with the standing it decides at `at`. */
async function historyOf(ledger: ContactLedger, row: Record<string, unknown>, upstream: Record<string, unknown>, at: number, zone: string, paidClaimDays: number): Promise<IDataObject> {
	const who = whoOf(row, upstream);
	const subject = accountSubjectOf(upstream, { debtorId: who.debtorId, invoiceId: who.invoiceId, phones: [who.phone, who.userId] });
	const { subjects, facts } = await factsForSubjects(ledger, [subject]);
	const mine = factsAbout(subjects[0], facts);
	const phones = subjects[0].phones;
	const contacts = subject.debtorId ? ((await ledger.contactsOf([subject.debtorId], 0)).get(subject.debtorId) ?? []) : [];
	const optOuts = phones.length ? [...(await ledger.optOutsOf(phones)).values()].flat() : [];
	const inbound = phones.length ? [...(await ledger.lastInboundOf(phones)).values()] : [];
	const country = countryOf(row, upstream, whoOf(row, upstream).phone);
	const standing = standingOf(subjects[0], mine, { now: at, zone, country, paidClaimDays });
	const of = (kinds: string[]) => mine.filter((f) => kinds.includes(f.kind)) as unknown as IDataObject[];
	return {
		operation: 'getHistory',
		debtorId: subject.debtorId,
		identifiers: phones,
		contacts: contacts.map((c) => ({ at: new Date(c.at).toISOString(), channel: c.channel })),
		lastReplyAt: inbound.length ? new Date(Math.max(...inbound)).toISOString() : null,
		optOuts: [...new Map(optOuts.map((o) => [`${o.phone}|${o.channel}|${o.at}`, { ...o, at: new Date(o.at).toISOString() }])).values()],
		payments: of(['payment', 'reversal']),
		promises: of(['promise']),
		disputes: of(['dispute', 'disputeResolved']),
		paidClaims: of(['paidClaim']),
		standing: standingView(standing, zone) as IDataObject,
	};
}
