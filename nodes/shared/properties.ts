import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The two channels every messaging node speaks of. */
export function channelProperty(description: string): INodeProperties {
	return {
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		default: 'whatsapp',
		description,
		options: [
			{ name: 'WhatsApp', value: 'whatsapp' },
			{ name: 'SMS', value: 'sms' },
		],
	};
}

export const LANGUAGE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'English', value: 'en' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Spanish', value: 'es' },
];

/** Options → Output Field: where a node writes its results (the data contract's `collection`). */
export function outputFieldOption(what: string): INodeProperties {
	return {
		displayName: 'Output Field',
		name: 'outputField',
		type: 'string',
		default: 'collection',
		noDataExpression: true,
		description: `Field the ${what} is written under; upstream results there are kept. Applies to the whole run.`,
	};
}

/** Options → Default Country. */
export const DEFAULT_COUNTRY_OPTION: INodeProperties = {
	displayName: 'Default Country',
	name: 'defaultCountry',
	type: 'string',
	default: '',
	placeholder: 'CO',
	description: 'Country of items without a country, used to read phones written without +',
};
