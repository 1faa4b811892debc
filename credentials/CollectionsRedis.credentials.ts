import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/** The Redis that holds the contact ledger in queue mode (it may be the one n8n's queue uses). */
export class CollectionsRedis implements ICredentialType {
	name = 'collectionsRedis';

	displayName = 'Collections: Redis (Contact Ledger)';

	documentationUrl = 'https://github.com/n8n-nodes-collections/n8n-nodes-collections/blob/main/docs/deploy.md';

	icon = { light: 'file:redis.svg', dark: 'file:redis.dark.svg' } as const;

	properties: INodeProperties[] = [
		{ displayName: 'Host', name: 'host', type: 'string', default: 'localhost' },
		{ displayName: 'Port', name: 'port', type: 'number', default: 6379 },
		{ displayName: 'User', name: 'user', type: 'string', default: '', description: 'For Redis ACL users; empty for the default user' },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '' },
		{ displayName: 'Database Number', name: 'database', type: 'number', default: 0 },
		{ displayName: 'SSL/TLS', name: 'tls', type: 'boolean', default: false },
		{ displayName: 'Key Prefix', name: 'keyPrefix', type: 'string', default: 'collections:', description: 'Put before every key of the ledger: several n8n instances can share one Redis with different prefixes' },
	];
}
