import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { todayIn } from '../../lib/contact/clock';
import { DEBTOR_FIELDS, type ColumnMap, type DebtorField } from '../../lib/debtor/columns';
import { parseCountry } from '../../lib/debtor/countries';
import { parseCurrency } from '../../lib/debtor/currency';
import { parseDate } from '../../lib/debtor/dates';
import type { DateOrder } from '../../lib/debtor/record';
import { agingRulesProblem, DEFAULT_AGING, STAGES } from '../../lib/segmentation/aging';
import { DEFAULT_PROFILE_RULES } from '../../lib/segmentation/profile';
import { fail, ok, type Parsed } from '../../lib/debtor/result';
import { segmentRows, type Invoice, type RowSettings, type SegmentOptions } from '../../lib/segmentation/segment';
import { failedItem, withoutField, withResults } from '../shared/items';
import { perItem, runLevel, type Read } from '../shared/parameters';
import { outputName, outputsSwitchedBy } from '../shared/outputs';
import { DEFAULT_COUNTRY_OPTION, outputFieldOption } from '../shared/properties';
import { accountSubjectOf, DEFAULT_PAID_CLAIM_DAYS, factsAbout, factsForSubjects, standingOf, standingView, type AccountFact, type AccountSubject } from '../../lib/ledger/account';
import { chosenLedger, collectionsRedisTest, LEDGER_FOLDER_OPTION, ledgerProperty, REDIS_CREDENTIAL } from '../shared/ledger';

const STAGE_OUTPUTS = [...STAGES.map(outputName), 'Invalid'];

const COLUMN_LABELS: Record<DebtorField, [string, string]> = {
	debtorId: ['Debtor ID', 'customer id, documento, cédula, CPF, RUT…'],
	name: ['Name', 'nombre, nome, cliente, name…'],
	phone: ['Phone', 'telefono, celular, whatsapp, telefone, phone, mobile…'],
	amount: ['Amount', 'monto, importe, saldo, deuda, valor, amount, balance…'],
	currency: ['Currency', 'moneda, moeda, currency'],
	dueDate: ['Due Date', 'vencimiento, fecha de vencimiento, vencimento, due date…'],
	invoiceId: ['Invoice', 'factura, fatura, invoice, folio, referencia…'],
	country: ['Country', 'país, pais, country'],
	region: ['Region', 'estado, uf, state, provincia, departamento'],
	timezone: ['Time Zone', 'zona horaria, fuso horário, timezone'],
	language: ['Language', 'idioma, língua, language'],
	brokenPromises: ['Broken Promises', 'promesas incumplidas, promessas quebradas, broken promises'],
	refusals: ['Refusals', 'negativas, rechazos, recusas, refusals'],
	replies: ['Replies', 'respuestas, respostas, replies'],
};

const columnOptions: INodeProperties[] = DEBTOR_FIELDS.map((field) => ({
	displayName: `${COLUMN_LABELS[field][0]} Column`,
	name: field,
	type: 'string',
	default: '',
	noDataExpression: true,
	placeholder: COLUMN_LABELS[field][0],
	description: `Column holding the ${COLUMN_LABELS[field][0].toLowerCase()}. Empty: detected from names like ${COLUMN_LABELS[field][1]}. A dotted path (customer.phone) reads a nested field. Applies to the whole run.`,
}));

export class SegmentDebtors implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Segment Debtors',
		name: 'segmentDebtors',
		icon: { light: 'file:segmentDebtors.svg', dark: 'file:segmentDebtors.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["routeByStage"] ? "Route by stage" : "Segment"}}',
		description: 'Reads debtor rows from sheets, CRMs or billing tools and adds aging, stage, profile and priority',
		defaults: { name: 'Segment Debtors' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: outputsSwitchedBy('routeByStage', { on: STAGE_OUTPUTS, off: ['Segmented', 'Invalid'] }, false),
		credentials: [
			// eslint-disable-next-line n8n-nodes-base/node-class-description-credentials-name-unsuffixed
			{ name: 'collectionsRedis', required: true, testedBy: 'collectionsRedisTest', displayOptions: { show: { ledger: ['redis'] } } },
		],
		properties: [
			{
				displayName: 'As Of',
				name: 'asOf',
				type: 'dateTime',
				default: '',
				description: "Day on which debts are aged. Empty: today in each debtor's time zone (the workflow's when the row does not tell).",
			},
			{
				displayName: 'Group Invoices by Debtor',
				name: 'groupByDebtor',
				type: 'boolean',
				default: true,
				noDataExpression: true,
				description:
					'Whether rows with the same debtor ID (or phone and name, when there is no ID) and currency become one item with all their invoices, so a person gets one message, not one per invoice. Applies to the whole run.',
			},
			{
				displayName: 'Route by Stage',
				name: 'routeByStage',
				type: 'boolean',
				default: false,
				noDataExpression: true,
				description: 'Whether to send each stage (reminder, short, medium, long term) to its own output. Applies to the whole run.',
			},
			ledgerProperty(
				'Where payments are looked up: a debtor the ledger knows has paid is flagged in collection.ledger (or dropped, see Options → Paid Debtors)',
				'Payments recorded by the Collections Ledger',
				{ name: 'None (Rows Only)', description: 'Do not look payments up' },
			),
			{
				displayName: 'Columns',
				name: 'columns',
				type: 'collection',
				noDataExpression: true,
				placeholder: 'Set Column',
				default: {},
				description: 'Column names to use instead of the detected ones',
				options: columnOptions,
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Bucket Edges',
						name: 'bucketEdges',
						type: 'string',
						default: '30,60,90',
						noDataExpression: true,
						description: 'Upper day limits of the aging buckets: 30,60,90 gives 1-30, 31-60, 61-90 and 90+. Applies to the whole run.',
					},
					{
						displayName: 'Date Order',
						name: 'dateOrder',
						type: 'options',
						default: 'auto',
						description: 'How to read dates like 03/04/2026',
						options: [
							{ name: 'Auto', value: 'auto', description: 'Month first for US rows, day first elsewhere' },
							{ name: 'Day First', value: 'dayFirst', description: '03/04/2026 is 3 April' },
							{ name: 'Month First', value: 'monthFirst', description: '03/04/2026 is 4 March' },
						],
					},
					DEFAULT_COUNTRY_OPTION,
					{
						displayName: 'Default Currency',
						name: 'defaultCurrency',
						type: 'string',
						default: '',
						placeholder: 'COP',
						description:
							"ISO code of amounts whose row does not name a currency. Empty: the debtor's country's currency.",
					},
					{
						displayName: 'Intentional After Broken Promises',
						name: 'brokenPromisesLimit',
						type: 'number',
						default: 2,
						noDataExpression: true,
						typeOptions: { minValue: 1 },
						description: 'Broken payment promises from which a debtor is profiled intentional. Applies to the whole run.',
					},
					{
						displayName: 'Intentional After Refusals',
						name: 'refusalsLimit',
						type: 'number',
						default: 1,
						noDataExpression: true,
						typeOptions: { minValue: 1 },
						description: 'Refusals to pay from which a debtor is profiled intentional. Applies to the whole run.',
					},
					{
						displayName: 'Intentional After Silent Days',
						name: 'silentAfterDays',
						type: 'number',
						default: 60,
						noDataExpression: true,
						typeOptions: { minValue: 1 },
						description: 'Days late from which a debtor who never replied (replies column 0) is profiled intentional. Applies to the whole run.',
					},
					{
						displayName: 'Medium Term Until Day',
						name: 'mediumTermMaxDays',
						type: 'number',
						default: 90,
						noDataExpression: true,
						typeOptions: { minValue: 2 },
						description: 'Last day late of the medium-term stage; later is long term. Applies to the whole run.',
					},
					LEDGER_FOLDER_OPTION,
					outputFieldOption('results'),
					{
						displayName: 'Paid Debtors',
						name: 'paidDebtors',
						type: 'options',
						default: 'flag',
						noDataExpression: true,
						description: 'What to do with a debtor whose invoices the ledger knows are paid. Applies to the whole run.',
						options: [
							{ name: 'Flag', value: 'flag', description: 'Keep it, with collection.ledger (settled, paid, remaining): the Gate blocks it with PAID' },
							{ name: 'Drop', value: 'drop', description: 'Send its rows to Invalid with a ledger error instead of Segmented' },
						],
					},
					{
						displayName: 'Short Term Until Day',
						name: 'shortTermMaxDays',
						type: 'number',
						default: 30,
						noDataExpression: true,
						typeOptions: { minValue: 1 },
						description: 'Last day late of the short-term stage. Applies to the whole run.',
					},
					{
						displayName: 'Sort by Priority',
						name: 'sortByPriority',
						type: 'boolean',
						default: true,
						noDataExpression: true,
						description: 'Whether to output the highest-priority debtors first. Applies to the whole run.',
					},
				],
			},
		],
	};

	methods = { credentialTest: { collectionsRedisTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const routeByStage = runLevel(this, 'routeByStage', false) as boolean;
		const outputCount = routeByStage ? STAGES.length + 1 : 2;
		const outputs: INodeExecutionData[][] = Array.from({ length: outputCount }, () => []);
		const invalidOutput = outputs[outputCount - 1];
		if (items.length === 0) return outputs;

		const outputField = (runLevel(this, 'options.outputField', '') as string) || 'collection';
		// As Of and the ways of reading a row may be expressions of the row: read per row only then.
		const zone = this.getTimezone();
		const rowSettingsOf = perItem(this, (read) => readRowSettings(read, zone));
		const ownSettings = (itemIndex: number): Parsed<RowSettings> => {
			try {
				return rowSettingsOf(itemIndex);
			} catch (error) {
				return fail((error as Error).message);
			}
		};
		const perRow = rowSettingsOf.varies();
		const settings = readSettings.call(this, ownSettings(0), perRow);
		if (typeof settings === 'string') {
			const error = new NodeOperationError(this.getNode(), settings, { description: 'Nothing was segmented: fix the setting and run again.' });
			if (!this.continueOnFail()) throw error;
			for (let i = 0; i < items.length; i++) invalidOutput.push(failedItem(this, items[i], i, error, { field: outputField, values: { errors: [{ field: 'parameters', message: settings }] } }));
			return outputs;
		}

		const { debtors, invalid } = segmentRows(
			items.map((item) => item.json),
			settings,
			perRow ? ownSettings : undefined,
		);
		// What the ledger knows of each debtor's payments (issue 20): flagged, or dropped to Invalid.
		const ledger = await chosenLedger(this.getNode(), runLevel(this, 'ledger', 'embedded'), { ledgerFolder: runLevel(this, 'options.ledgerFolder', '') }, async () => await this.getCredentials(REDIS_CREDENTIAL));
		let accounts: AccountSubject[] = [];
		let facts: AccountFact[] = [];
		if (ledger && debtors.length) {
			const subjects = debtors.map((d) => accountSubjectOf(d.collection as unknown as Record<string, unknown>, { debtorId: null, invoiceId: null, phones: [d.collection.phone] }));
			({ subjects: accounts, facts } = await factsForSubjects(ledger, subjects));
		}
		const dropPaid = runLevel(this, 'options.paidDebtors', 'flag') === 'drop';
		const now = Date.now();
		for (const [index, debtor] of debtors.entries()) {
			const [first] = debtor.itemIndexes;
			const mine = facts.length ? factsAbout(accounts[index], facts) : [];
			if (mine.length) {
				const debtorZone = debtor.collection.timezones?.[0] ?? debtor.collection.timezone ?? zone;
				const standing = standingOf(accounts[index], mine, { now, zone: debtorZone, country: debtor.collection.country, paidClaimDays: DEFAULT_PAID_CLAIM_DAYS });
				if (standing.settled && dropPaid) {
					const error = { field: 'ledger', column: null, value: standing.paid, message: `paid: the ledger records ${standing.paid} ${standing.currency ?? ''} paid, which settles the debt — dropped (Options → Paid Debtors: Drop)` };
					for (const row of debtor.itemIndexes) invalidOutput.push(withResults(items[row], outputField, { errors: [error] as unknown as IDataObject[] }, row));
					continue;
				}
				(debtor.collection as unknown as IDataObject).ledger = standingView(standing, debtorZone) as IDataObject;
			}
			// segmentRows made these objects for this run: each invoice takes its row in place.
			for (const invoice of debtor.collection.invoices) {
				(invoice as Invoice & { row: IDataObject }).row = withoutField(items[invoice.itemIndex].json, outputField);
			}
			const item = withResults(items[first], outputField, debtor.collection as unknown as IDataObject, first);
			if (debtor.itemIndexes.length > 1) item.pairedItem = debtor.itemIndexes.map((index) => ({ item: index }));
			outputs[routeByStage ? STAGES.indexOf(debtor.collection.stage) : 0].push(item);
		}
		for (const row of invalid) {
			invalidOutput.push(withResults(items[row.itemIndex], outputField, { errors: row.errors as unknown as IDataObject[] }, row.itemIndex));
		}
		return outputs;
	}
}

/** One row's As Of, Default Country, Default Currency and Date Order, or what is wrong with them. */
function readRowSettings(read: Read, zone: string): Parsed<RowSettings> {
	const asOfValue = read('asOf', '') as string;
	const now = Date.now();
	const asOf = asOfValue ? parseDate(asOfValue, { monthFirst: false, zone }) : { ok: true as const, value: todayIn(zone, now) };
	if (!asOf.ok) return fail(`As Of: ${asOf.reason}`);
	const defaultCountryValue = read('options.defaultCountry', '') as string;
	const defaultCountry = defaultCountryValue ? parseCountry(defaultCountryValue) : undefined;
	if (defaultCountry && !defaultCountry.ok) return fail(`Options → Default Country: ${defaultCountry.reason}`);
	const defaultCurrencyValue = read('options.defaultCurrency', '') as string;
	const defaultCurrency = defaultCurrencyValue ? parseCurrency(defaultCurrencyValue) : undefined;
	if (defaultCurrency && !defaultCurrency.ok) return fail(`Options → Default Currency: ${defaultCurrency.reason}`);
	return ok({
		asOf: asOf.value,
		// No As Of: each debtor is aged on today in their own zone (segmentRows), this `asOf` when it cannot be placed.
		...(asOfValue ? {} : { now }),
		defaultCountry: defaultCountry?.value,
		defaultCurrency: defaultCurrency?.value,
		dateOrder: ((read('options.dateOrder', '') as string) || 'auto') as DateOrder,
	});
}

/** The run's settings (the first row's As Of and reading), or what is wrong with them. */
function readSettings(this: IExecuteFunctions, row: Parsed<RowSettings>, perRow: boolean): SegmentOptions | string {
	const zone = this.getTimezone();
	// Fixed row settings are the run's; written per row, a row whose expression fails is that
	// row's error alone.
	if (!row.ok && !perRow) return row.reason;
	const first: RowSettings = row.ok ? row.value : { asOf: todayIn(zone, Date.now()) };

	// The aging and profile rules are the run's (marked noDataExpression): one ranking for every debtor.
	const edgesText = runLevel(this, 'options.bucketEdges', DEFAULT_AGING.bucketEdges.join(',')) as string;
	const aging = {
		bucketEdges: edgesText.split(/[,;\s]+/).filter(Boolean).map(Number),
		shortTermMaxDays: runLevel(this, 'options.shortTermMaxDays', DEFAULT_AGING.shortTermMaxDays) as number,
		mediumTermMaxDays: runLevel(this, 'options.mediumTermMaxDays', DEFAULT_AGING.mediumTermMaxDays) as number,
	};
	const problem = agingRulesProblem(aging);
	if (problem) return `Aging options: ${problem}`;

	return {
		...first,
		zone,
		columns: runLevel(this, 'columns', {}) as ColumnMap,
		group: runLevel(this, 'groupByDebtor', true) as boolean,
		aging,
		profileRules: {
			refusalsLimit: runLevel(this, 'options.refusalsLimit', DEFAULT_PROFILE_RULES.refusalsLimit) as number,
			brokenPromisesLimit: runLevel(this, 'options.brokenPromisesLimit', DEFAULT_PROFILE_RULES.brokenPromisesLimit) as number,
			silentAfterDays: runLevel(this, 'options.silentAfterDays', DEFAULT_PROFILE_RULES.silentAfterDays) as number,
		},
		sortByPriority: runLevel(this, 'options.sortByPriority', true) as boolean,
	};
}
