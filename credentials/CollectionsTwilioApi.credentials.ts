import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

export class CollectionsTwilioApi implements ICredentialType {
	name = 'collectionsTwilioApi';

	displayName = 'Collections: Twilio API';

	documentationUrl = 'https://www.twilio.com/docs/messaging/api/message-resource';

	icon = { light: 'file:twilio.svg', dark: 'file:twilio.dark.svg' } as const;

	properties: INodeProperties[] = [
		{ displayName: 'Account SID', name: 'accountSid', type: 'string', default: '', required: true, placeholder: 'AC…' },
		{
			displayName: 'Authentication',
			name: 'authType',
			type: 'options',
			default: 'authToken',
			options: [
				{ name: 'Auth Token', value: 'authToken' },
				{ name: 'API Key', value: 'apiKey' },
			],
		},
		{ displayName: 'Auth Token', name: 'authToken', type: 'string', typeOptions: { password: true }, default: '', description: 'Also checks the X-Twilio-Signature of incoming webhooks, with either authentication' },
		{ displayName: 'API Key SID', name: 'apiKeySid', type: 'string', default: '', placeholder: 'SK…', displayOptions: { show: { authType: ['apiKey'] } } },
		{ displayName: 'API Key Secret', name: 'apiKeySecret', type: 'string', typeOptions: { password: true }, default: '', displayOptions: { show: { authType: ['apiKey'] } } },
		{ displayName: 'From (SMS)', name: 'from', type: 'string', default: '', placeholder: '+15551234567', description: 'Default SMS sender: a number, short code or alphanumeric sender ID' },
		{ displayName: 'Messaging Service SID', name: 'messagingServiceSid', type: 'string', default: '', placeholder: 'MG…', description: 'When set, Twilio picks the sender from this service’s pool (and applies its opt-out rules)' },
		{ displayName: 'WhatsApp From', name: 'whatsappFrom', type: 'string', default: '', placeholder: 'whatsapp:+15551234567', description: 'The WhatsApp sender registered with Twilio' },
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: 'https://api.twilio.com', description: 'Change only to test against a simulator' },
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const apiKey = credentials.authType === 'apiKey';
		return {
			...requestOptions,
			auth: {
				username: String(apiKey ? credentials.apiKeySid : credentials.accountSid),
				password: String(apiKey ? credentials.apiKeySecret : credentials.authToken),
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '={{"/2010-04-01/Accounts/" + $credentials.accountSid + ".json"}}',
			method: 'GET',
		},
	};
}
