import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

export class CollectionsWhatsAppCloudApi implements ICredentialType {
	name = 'collectionsWhatsAppCloudApi';

	displayName = 'Collections: WhatsApp Cloud API';

	documentationUrl = 'https://developers.facebook.com/docs/whatsapp/cloud-api/get-started';

	icon = { light: 'file:whatsapp.svg', dark: 'file:whatsapp.dark.svg' } as const;

	properties: INodeProperties[] = [
		{ displayName: 'Access Token', name: 'accessToken', type: 'string', typeOptions: { password: true }, default: '', required: true, description: 'A system-user token with whatsapp_business_messaging (and whatsapp_business_management, to check templates)' },
		{ displayName: 'Phone Number ID', name: 'phoneNumberId', type: 'string', default: '', description: 'The sending number’s ID in WhatsApp Manager (empty for providers such as 360dialog whose path has none)' },
		{ displayName: 'Business Account ID', name: 'businessAccountId', type: 'string', default: '', description: 'The WhatsApp Business Account (WABA) ID, used to check template names and parameter counts before sending' },
		{ displayName: 'API Version', name: 'apiVersion', type: 'string', default: 'v24.0', description: 'Graph API version (empty for providers such as 360dialog)' },
		{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: 'https://graph.facebook.com', description: 'Meta’s Graph API, or a provider that speaks the same payloads (360dialog: https://waba-v2.360dialog.io)' },
		{ displayName: 'Auth Header Name', name: 'authHeaderName', type: 'string', default: 'Authorization', description: '"Authorization" sends "Bearer <token>"; any other name (D360-API-KEY, X-API-Key) sends the token as it is' },
		{ displayName: 'App Secret', name: 'appSecret', type: 'string', typeOptions: { password: true }, default: '', description: 'Checks the X-Hub-Signature-256 of incoming webhooks (Collection Reply Trigger)' },
		{ displayName: 'Verify Token', name: 'verifyToken', type: 'string', typeOptions: { password: true }, default: '', description: 'The token you type in Meta’s webhook set-up; the trigger answers the handshake with it' },
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const name = String(credentials.authHeaderName || 'Authorization');
		const value = name.toLowerCase() === 'authorization' ? `Bearer ${String(credentials.accessToken)}` : String(credentials.accessToken);
		return { ...requestOptions, headers: { ...requestOptions.headers, [name]: value } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '={{"/" + [$credentials.apiVersion, $credentials.businessAccountId || $credentials.phoneNumberId, $credentials.businessAccountId ? "message_templates" : ""].filter(Boolean).join("/")}}',
			method: 'GET',
		},
	};
}
