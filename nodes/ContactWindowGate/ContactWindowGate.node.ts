import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { DAY, parseClock } from '../../lib/contact/clock';
import { parseInstant } from '../../lib/contact/fields';
import { createGate, type GateSettings, type GateSubject } from '../../lib/contact/gate';
import { customPolicy, type Caps, type Channel, type HouseRules } from '../../lib/contact/policy';
import { PRESETS } from '../../lib/contact/presets';
import { historyDaysNeeded } from '../../lib/contact/window';
import { parseCountry } from '../../lib/debtor/countries';
import type { Parsed } from '../../lib/debtor/result';
import { failedItem, itemError, withResults } from '../shared/items';
import { perItem, runLevel, type Read } from '../shared/parameters';
import { withOptOuts, type OptOut } from '../../lib/ledger/ledger';
import { DEFAULT_PAID_CLAIM_DAYS, factsAbout, factsForSubjects, standingOf, standingView, type AccountFact, type AccountSubject, type Standing } from '../../lib/ledger/account';
import type { Contact } from '../../lib/contact/window';
import { chosenLedger, collectionsRedisTest, LEDGER_FOLDER_OPTION, ledgerProperty, PAID_CLAIM_DAYS_OPTION, REDIS_CREDENTIAL } from '../shared/ledger';
import { channelProperty, DEFAULT_COUNTRY_OPTION, outputFieldOption } from '../shared/properties';

const capFields = (prefix: string): INodeProperties[] => [
	{ displayName: 'Max per Day', name: 'perDay', type: 'number', default: 0, typeOptions: { minValue: 0 }, description: `${prefix} contacts per local day, all channels (0 = no cap)` },
	{ displayName: 'Max per 7 Days', name: 'perRolling7Days', type: 'number', default: 0, typeOptions: { minValue: 0 }, description: `${prefix} contacts in any 7 × 24 hours (0 = no cap)` },
	{ displayName: 'Max per Calendar Week', name: 'perCalendarWeek', type: 'number', default: 0, typeOptions: { minValue: 0 }, description: `${prefix} contacts from Monday to Sunday, local (0 = no cap)` },
	{ displayName: 'Min Gap (Hours)', name: 'minGapHours', type: 'number', default: 0, typeOptions: { minValue: 0 }, description: 'Hours from one contact to the next (0 = none)' },
	{ displayName: 'Min Gap (Days)', name: 'minGapDays', type: 'number', default: 0, typeOptions: { minValue: 0 }, description: 'Calendar days from one contact’s date to the next one’s (0 = none)' },
];

const presetOptions = Object.values(PRESETS).map((preset) => ({
	name: `${preset.code} — ${preset.name}`,
	value: preset.code,
	description: `Confidence ${preset.confidence}, checked ${preset.checked}`,
}));

export class ContactWindowGate implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Contact Window Gate',
		name: 'contactWindowGate',
		icon: { light: 'file:contactWindowGate.svg', dark: 'file:contactWindowGate.dark.svg' },
		group: ['transform'],
		version: 1,
		// Display words on the canvas ("Auto policy · WhatsApp", "CO policy · SMS"), never option values.
		subtitle: '={{($parameter["policy"] === "auto" ? "Auto policy" : $parameter["policy"] === "custom" ? "Custom policy" : $parameter["policy"] + " policy") + " · " + ($parameter["channel"] === "sms" ? "SMS" : "WhatsApp")}}',
		description: 'Decides whether each debtor may be contacted now (law, hours, holidays, caps, opt-outs) and, if not, from when',
		defaults: { name: 'Contact Window Gate' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Allowed', 'Deferred', 'Blocked'],
		credentials: [
			// The name issue 8 gives it, like n8n's own "redis": it is a connection, not an API.
			// eslint-disable-next-line n8n-nodes-base/node-class-description-credentials-name-unsuffixed
			{ name: 'collectionsRedis', required: true, testedBy: 'collectionsRedisTest', displayOptions: { show: { ledger: ['redis'] } } },
		],
		properties: [
			{
				displayName: 'Policy',
				name: 'policy',
				type: 'options',
				default: 'auto',
				description: 'The contact rules to apply',
				options: [
					{ name: 'Auto (From Country and Region)', value: 'auto', description: "The preset of the debtor's country and region, else of the phone's country" },
					...presetOptions,
					{ name: 'Custom', value: 'custom', description: 'Hours, holidays and caps set below' },
				],
			},
			channelProperty('The channel the message would go out on'),
			{
				displayName: 'As Of',
				name: 'asOf',
				type: 'dateTime',
				default: '',
				description: 'The moment to decide for. Empty: now.',
			},
			ledgerProperty(
				'Where past messages are counted from, besides the item’s own lastContactAt and contactHistory',
				'Contacts recorded by Send via WhatsApp/SMS',
				{ name: 'None (Item Fields Only)', description: 'Only lastContactAt and contactHistory on each item' },
			),
			{
				displayName: 'Custom Hours',
				name: 'customHours',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				displayOptions: { show: { policy: ['custom'] } },
				default: {},
				placeholder: 'Add Opening Hours',
				description: 'Local opening hours; days not listed are closed',
				options: [
					{
						displayName: 'Hours',
						name: 'hours',
						values: [
							{
								displayName: 'Days',
								name: 'days',
								type: 'options',
								default: 'mon-fri',
								options: [
									{ name: 'Every Day', value: 'daily' },
									{ name: 'Friday', value: 'fri' },
									{ name: 'Monday', value: 'mon' },
									{ name: 'Monday to Friday', value: 'mon-fri' },
									{ name: 'Monday to Saturday', value: 'mon-sat' },
									{ name: 'Saturday', value: 'sat' },
									{ name: 'Sunday', value: 'sun' },
									{ name: 'Thursday', value: 'thu' },
									{ name: 'Tuesday', value: 'tue' },
									{ name: 'Wednesday', value: 'wed' },
								],
							},
							{ displayName: 'From', name: 'from', type: 'string', default: '08:00', placeholder: '08:00', description: 'Opening time (HH:MM), included' },
							{ displayName: 'To', name: 'to', type: 'string', default: '18:00', placeholder: '18:00', description: 'Closing time (HH:MM), excluded' },
						],
					},
				],
			},
			{
				displayName: 'Close on Public Holidays',
				name: 'customHolidays',
				type: 'boolean',
				default: true,
				displayOptions: { show: { policy: ['custom'] } },
				description: 'Whether public holidays of the debtor’s country (and region) are closed',
			},
			{
				displayName: 'Custom Caps',
				name: 'customCaps',
				type: 'collection',
				placeholder: 'Add Cap',
				default: {},
				displayOptions: { show: { policy: ['custom'] } },
				options: capFields('Most'),
			},
			{
				displayName: 'House Rules',
				name: 'houseRules',
				type: 'collection',
				placeholder: 'Add House Rule',
				default: {},
				description: 'Your own, stricter rules; they can never loosen the law',
				options: [
					{ displayName: 'Closed Dates', name: 'closedDates', type: 'string', default: '', placeholder: '2026-12-24, 2026-12-31', description: 'Extra closed local dates, comma-separated (yyyy-mm-dd)' },
					{ displayName: 'Earliest Time', name: 'earliest', type: 'string', default: '', placeholder: '09:00', description: 'No contact before this local time (HH:MM)' },
					{ displayName: 'Latest Time', name: 'latest', type: 'string', default: '', placeholder: '18:00', description: 'No contact from this local time on (HH:MM)' },
					...capFields('At most'),
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Consent Recorded Elsewhere',
						name: 'consentRecordedElsewhere',
						type: 'boolean',
						default: false,
						description:
							'Whether you attest that every debtor authorised the channel asked about and you keep the proof outside this workflow (CRM, signed forms). Where the law requires the debtor’s authorisation of the channel (Colombia Ley 2300 art. 2, New York City 6 RCNY 5-77), an item without authorizedChannels is then let through instead of Blocked; the legal responsibility for that proof is yours.',
					},
					DEFAULT_COUNTRY_OPTION,
					LEDGER_FOLDER_OPTION,
					PAID_CLAIM_DAYS_OPTION,
					outputFieldOption('decision (as window)'),
				],
			},
		],
	};

	methods = { credentialTest: { collectionsRedisTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const [allowed, deferred, blocked]: INodeExecutionData[][] = [[], [], []];
		const output = { allowed, deferred, blocked };
		if (items.length === 0) return [allowed, deferred, blocked];
		const field = (runLevel(this, 'options.outputField', '') as string) || 'collection';
		// An item that cannot be decided leaves on Blocked (or the error output), never on Allowed.
		const fail = (itemIndex: number, message: string, whatToDo?: string) => {
			const error = itemError(this.getNode(), items[itemIndex], itemIndex, field, message, whatToDo);
			if (!this.continueOnFail()) throw error;
			blocked.push(failedItem(this, items[itemIndex], itemIndex, error, { field, values: { window: { allowed: false, error: error.message } } }));
		};

		const zone = this.getTimezone();
		const settingsOf = perItem(this, (read) => readSettings(read, field, zone));
		// Items whose expressions give the same settings (the same As Of, say) share one gate and its compiled rules.
		const gates = new Map<GateSettings | string, ReturnType<typeof createGate>>();
		const gateKey = (settings: GateSettings) => (settingsOf.varies() ? JSON.stringify(settings) : settings);
		const subjects: Array<{ subject: GateSubject; settings: GateSettings; gate: ReturnType<typeof createGate> } | undefined> = items.map((item, itemIndex) => {
			let settings: GateSettings | string;
			let subject: Parsed<GateSubject>;
			let gate: ReturnType<typeof createGate> | undefined;
			try {
				settings = settingsOf(itemIndex);
				if (typeof settings === 'string') subject = { ok: false, reason: settings };
				else {
					gate = gates.get(gateKey(settings));
					if (!gate) gates.set(gateKey(settings), (gate = createGate(settings)));
					subject = gate.subjectOf(item.json);
				}
			} catch (error) {
				// An expression that fails or a value of the wrong shape: this item's failure alone.
				subject = { ok: false, reason: (error as Error).message };
			}
			if (!subject.ok) return void fail(itemIndex, subject.reason);
			return { subject: subject.value, settings: settings! as GateSettings, gate: gate! };
		});
		const decidable = subjects.filter((s) => s !== undefined);
		if (decidable.length === 0) return [allowed, deferred, blocked];

		let ledgerHistory = new Map<string, Contact[]>();
		let optOuts = new Map<string, OptOut[]>();
		// The ledger's payments, promises, disputes and paid claims (issue 20), per item.
		let accounts: AccountSubject[] = [];
		let facts: AccountFact[] = [];
		try {
			const ledger = await chosenLedger(this.getNode(), runLevel(this, 'ledger', 'embedded'), { ledgerFolder: runLevel(this, 'options.ledgerFolder', '') }, async () => await this.getCredentials(REDIS_CREDENTIAL));
			if (ledger) {
				// Far enough back for the item with the earliest moment and the longest gap rule.
				const since = Math.min(...decidable.map(({ settings }) => settings.asOf - historyDaysNeeded(settings.house.caps, settings.custom?.caps) * DAY));
				ledgerHistory = await ledger.contactsOf(decidable.map((s) => s.subject.debtorId).filter((id) => id !== ''), since);
				// Opt-outs the reply trigger or a provider recorded: never contact those again on that channel.
				optOuts = await ledger.optOutsOf(decidable.flatMap((s) => (s.subject.phone ? [s.subject.phone] : [])));
				({ subjects: accounts, facts } = await factsForSubjects(ledger, decidable.map((s) => s.subject.account)));
			}
		} catch (error) {
			const message = `Contact Ledger: ${(error as Error).message.replace(/^Contact Ledger: /, '')}`;
			const whatToDo = (error as NodeOperationError).description ?? 'Nothing was decided: check the ledger and run again.';
			if (!this.continueOnFail()) throw error instanceof NodeOperationError ? error : new NodeOperationError(this.getNode(), message, { description: whatToDo });
			// Without the record, no item can be decided: each is that error, none is Allowed.
			subjects.forEach((s, itemIndex) => s && fail(itemIndex, message, whatToDo ?? undefined));
			return [allowed, deferred, blocked];
		}

		const accountOf = new Map(decidable.map((s, i) => [s, accounts[i]]));
		subjects.forEach((entry, itemIndex) => {
			if (!entry) return;
			const { subject, gate, settings } = entry;
			let decision;
			let standing: Standing | null = null;
			try {
				const account = accountOf.get(entry);
				const mine = account && facts.length ? factsAbout(account, facts) : [];
				if (mine.length) {
					standing = standingOf(account!, mine, { now: settings.asOf, zone: subject.zones[0], country: subject.country, subdivision: subject.subdivision, paidClaimDays: settings.paidClaimDays ?? DEFAULT_PAID_CLAIM_DAYS });
				}
				const optedOut = withOptOuts(subject.suppression.optedOut, subject.phone ? optOuts.get(subject.phone) : undefined);
				// The subject as read, unless the ledger adds opt-outs.
				const decided = optedOut === subject.suppression.optedOut ? subject : { ...subject, suppression: { ...subject.suppression, optedOut } };
				decision = gate.decide(decided, ledgerHistory.get(subject.debtorId) ?? NO_CONTACTS, standing);
			} catch (error) {
				return fail(itemIndex, (error as Error).message);
			}
			// Only items the ledger knows something of get `ledger`: the others leave as before.
			const results: IDataObject = { window: decision.window as unknown as IDataObject };
			if (standing) results.ledger = standingView(standing, subject.zones[0]) as IDataObject;
			output[decision.status].push(withResults(items[itemIndex], field, results, itemIndex));
		});
		return [allowed, deferred, blocked];
	}
}

const NO_CONTACTS: Contact[] = [];

function readCaps(values: IDataObject): Caps {
	const caps: Caps = {};
	for (const key of ['perDay', 'perRolling7Days', 'perCalendarWeek', 'minGapHours', 'minGapDays'] as const) {
		const value = values[key] as number | undefined;
		if (value) caps[key] = value;
	}
	return caps;
}

/** One item's settings (the same for every item unless a parameter is an expression), or what is wrong with them. */
function readSettings(read: Read, field: string, zone: string): GateSettings | string {
	const options = read('options', {}) as IDataObject;
	const asOfValue = read('asOf', '') as string;
	const asOf = asOfValue ? parseInstant(asOfValue, zone) : { ok: true as const, value: Date.now() };
	if (!asOf.ok) return `As Of: ${asOf.reason}`;
	const defaultCountry = options.defaultCountry ? parseCountry(options.defaultCountry) : undefined;
	if (defaultCountry && !defaultCountry.ok) return `Default Country: ${defaultCountry.reason}`;

	const houseValues = read('houseRules', {}) as IDataObject;
	const house: HouseRules = { caps: readCaps(houseValues) };
	try {
		if (houseValues.earliest) house.earliest = parseClock(houseValues.earliest as string);
		if (houseValues.latest) house.latest = parseClock(houseValues.latest as string);
	} catch (error) {
		return `House Rules: ${(error as Error).message}`;
	}
	const closed = ((houseValues.closedDates as string) || '').split(/[,;\s]+/).filter(Boolean);
	const badDate = closed.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d));
	if (badDate) return `House Rules → Closed Dates: "${badDate}" is not a date like 2026-12-24`;
	house.closedDates = closed;

	const policy = read('policy', 'auto') as string;
	const settings: GateSettings = {
		policy,
		house,
		channel: read('channel', 'whatsapp') as Channel,
		asOf: asOf.value,
		field,
		defaultCountry: defaultCountry?.value,
		consentRecordedElsewhere: options.consentRecordedElsewhere === true,
		paidClaimDays: typeof options.paidClaimDays === 'number' ? options.paidClaimDays : DEFAULT_PAID_CLAIM_DAYS,
	};
	if (policy === 'custom') {
		const rows = ((read('customHours', {}) as IDataObject).hours as IDataObject[] | undefined) ?? [];
		if (rows.length === 0) return 'Custom Hours: add at least one row of opening hours';
		try {
			settings.custom = customPolicy({
				hours: Object.fromEntries(rows.map((r) => [r.days as string, `${r.from}-${r.to}`])),
				holidays: read('customHolidays', true) ? { country: null } : null,
				caps: readCaps(read('customCaps', {}) as IDataObject),
			});
		} catch (error) {
			return `Custom Hours: ${(error as Error).message}`;
		}
	}
	return settings;
}
