import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
// Both come with the dev tools (ajv 6: JSON Schema draft-07; yaml 2): a test-only use.
import Ajv from 'ajv';
import { parse } from 'yaml';

/**
 * The providers' official OpenAPI files (test/specs/) as validators: the one place that reads
 * them, translates what JSON Schema validators do not enforce (OpenAPI discriminators), and
 * repairs the narrow defects of Meta's file (each in `META_REPAIRS`, listed in
 * test/specs/README.md and proven necessary by a test on Meta's own examples). The simulator
 * checks every request it receives with it; the spec tests check our requests and webhook
 * fixtures with it.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SPECS = join(__dirname, '..', 'specs');
const META_FILE = 'meta-business-messaging-api_v23.0.yaml.gz';
const TWILIO_FILE = 'twilio_api_v2010.json.gz';
export const META_MESSAGES_PATH = '/{Version}/{Phone-Number-ID}/messages';
export const META_WEBHOOK_PATH = '/whatsapp/webhooks';
export const TWILIO_MESSAGES_PATH = '/2010-04-01/Accounts/{AccountSid}/Messages.json';

const ref = (name: string) => `#/components/schemas/${name}`;
const nameOf = (reference: string) => reference.replace(/^#\/components\/schemas\//, '');

let metaPublished: Json | undefined;
/** Meta's file as published (parsed once): to show a repair is needed, and to read its examples. */
export function publishedMeta(): Json {
	metaPublished ??= parse(gunzipSync(readFileSync(join(SPECS, META_FILE))).toString('utf8'), { maxAliasCount: -1 }) as Json;
	return metaPublished;
}

let twilioPublished: Json | undefined;
export function publishedTwilio(): Json {
	twilioPublished ??= JSON.parse(gunzipSync(readFileSync(join(SPECS, TWILIO_FILE))).toString('utf8')) as Json;
	return twilioPublished;
}

/** One of Meta's own examples of the send-message request or of the webhook payload. */
export function metaExample(kind: 'request' | 'webhook', name: string): Json {
	const path = publishedMeta().paths[kind === 'request' ? META_MESSAGES_PATH : META_WEBHOOK_PATH].post;
	const example = (path.requestBody.content['application/json'].examples as Json)[name];
	if (!example) throw new Error(`Meta's spec has no ${kind} example "${name}"`);
	return structuredClone(example.value) as Json;
}

export function metaExampleNames(kind: 'request' | 'webhook'): string[] {
	return Object.keys(publishedMeta().paths[kind === 'request' ? META_MESSAGES_PATH : META_WEBHOOK_PATH].post.requestBody.content['application/json'].examples as Json);
}

/**
 * A defect of Meta's published file and its repair, applied in memory to a copy of
 * `components.schemas`. Each is listed in test/specs/README.md; test/unit/channels/
 * spec-validation.test.ts shows, for each, one of Meta's own examples (or a request its prose
 * allows) that fails without it and passes with it.
 */
export interface Repair {
	name: string;
	apply(schemas: Json): void;
}

/** The message types that compose `BaseMessageProperties` with a closed (additionalProperties: false) branch. */
const closedBranches = (schemas: Json) =>
	Object.values(schemas.Message.discriminator.mapping as Record<string, string>)
		.map((target) => schemas[nameOf(target)] as Json)
		.map((schema) => (schema.allOf as Json[] | undefined)?.[1])
		.filter((branch): branch is Json => branch?.additionalProperties === false);

/** Send-side schema names the webhook schemas use where they mean the webhook's own copy (`_N`: the name clash). */
const WEBHOOK_RENAMES: Record<string, string> = {
	BaseMessageProperties: 'BaseMessageProperties_1',
	TextMessage: 'TextMessage_2',
	ReactionMessage: 'ReactionMessage_1',
	AudioMessage: 'AudioMessage_1',
	DocumentMessage: 'DocumentMessage_1',
	ImageMessage: 'ImageMessage_1',
	StickerMessage: 'StickerMessage_1',
	VideoMessage: 'VideoMessage_1',
	LocationMessage: 'LocationMessage_1',
	ContactObject: 'ContactObject_1',
	ErrorObject: 'ErrorObject_2',
};

export const META_REPAIRS: Repair[] = [
	{
		// allOf[BaseMessageProperties, {additionalProperties: false, …}] rejects every common field
		// (messaging_product, to…): Meta's "Send Text Message" and "Send Reply Button" examples
		// fail. The closed branch lists the common fields too, so the message stays closed to
		// anything else (a misspelt field is still refused).
		name: 'closed message branches admit the common fields',
		apply(schemas) {
			const common = Object.keys(schemas.BaseMessageProperties.properties as Json);
			for (const branch of closedBranches(schemas)) {
				for (const field of common) branch.properties[field] ??= {};
			}
		},
	},
	{
		// `index` has the pattern ^[2-6, 11-14]$ (a character class: one of 2–6, ",", " ", "1",
		// "4"), which refuses index "0" of Meta's own TemplateObject example although the
		// description says "Position index of the button (0-9)".
		name: 'button index is one digit',
		apply(schemas) {
			schemas.TemplateComponent.properties.index.pattern = '^[0-9]$';
			schemas.ButtonComponent.allOf[1].properties.index.pattern = '^[0-9]$';
		},
	},
	{
		// The webhook schemas were merged into the file under names the send schemas already
		// had: IncomingMessage, SystemMessage… reference TextMessage, BaseMessageProperties (to,
		// recipient_type required) where their own copies are TextMessage_2,
		// BaseMessageProperties_1 (from, id, timestamp). Every message example of the webhook fails.
		name: 'webhook schemas reference their own copies',
		apply(schemas) {
			const renamed = (reference: unknown) => (typeof reference === 'string' && WEBHOOK_RENAMES[nameOf(reference)] ? ref(WEBHOOK_RENAMES[nameOf(reference)]) : reference);
			const rename = (value: unknown): void => {
				if (!value || typeof value !== 'object') return;
				for (const [key, child] of Object.entries(value as Json)) {
					if (key === '$ref') (value as Json)[key] = renamed(child);
					else if (key === 'mapping' && child && typeof child === 'object') for (const [k, v] of Object.entries(child as Json)) (child as Json)[k] = renamed(v);
					else rename(child);
				}
			};
			for (const name of webhookSchemaNames(schemas)) rename(schemas[name]);
		},
	},
	{
		// Usernames (2026, after this file): a message to a user known only by business-scoped user
		// ID names it in `recipient` instead of `to`. Not a defect of the file but a field it
		// predates; without it every send to a username account is refused.
		name: 'recipient (BSUID) instead of to',
		apply(schemas) {
			const base = schemas.BaseMessageProperties;
			base.properties.recipient = { type: 'string', description: 'Business-scoped user ID (usernames, 2026).' };
			base.required = (base.required as string[]).filter((field) => field !== 'to');
			base.anyOf = [{ required: ['to'] }, { required: ['recipient'] }];
			for (const branch of closedBranches(schemas)) branch.properties.recipient ??= {};
		},
	},
];

/**
 * The schemas of the webhook payload: those of the file's webhook section, which lie between
 * `WebhookPayload` and `SystemMessage` in the file's order (where their send-side names clash).
 */
function webhookSchemaNames(schemas: Json): string[] {
	const names = Object.keys(schemas);
	return names.slice(names.indexOf('WebhookPayload'), names.indexOf('SystemMessage') + 1);
}

/**
 * OpenAPI's `discriminator` picks one mapped schema by a property's value; JSON Schema
 * validators ignore it, so a `oneOf` reports every branch's errors and a base schema checks
 * nothing of its subtypes. Each becomes if/then on the property (errors of the chosen schema
 * only); a base that its subtypes extend (allOf) keeps its own checks as `<name>__base`, which
 * the subtypes extend instead, so the check does not recurse.
 */
function enforceDiscriminators(schemas: Json): void {
	const visit = (schema: Json, topName: string | null): void => {
		if ((schema.discriminator as Json | undefined)?.mapping) enforce(schemas, schema, topName);
		for (const value of Object.values(schema)) if (value && typeof value === 'object') visit(value as Json, null);
	};
	for (const [name, schema] of Object.entries(schemas)) visit(schema as Json, name);
}

/** One discriminator as if/then; `topName`: the schema's name when it is a named schema (a base its subtypes may extend). */
function enforce(schemas: Json, schema: Json, topName: string | null): void {
	const { propertyName, mapping } = schema.discriminator as { propertyName: string; mapping: Record<string, string> };
	const chosen = Object.entries(mapping).map(([value, target]) => ({ if: { properties: { [propertyName]: { const: value } }, required: [propertyName] }, then: { $ref: target } }));
	delete schema.discriminator;
	if (schema.oneOf || schema.anyOf || !topName) {
		// A choice among the mapped schemas (Message, IncomingMessage), or an inline one: the chosen schema alone.
		if (schema.oneOf || schema.anyOf) {
			delete schema.oneOf;
			delete schema.anyOf;
			schema.required = [...new Set([...((schema.required as string[] | undefined) ?? []), propertyName])];
			schema.properties = { ...(schema.properties as Json | undefined), [propertyName]: { enum: Object.keys(mapping) } };
		}
		schema.allOf = [...((schema.allOf as Json[] | undefined) ?? []), ...chosen];
		return;
	}
	// A base its subtypes extend (TemplateComponent ← ButtonComponent): its own checks move to
	// <name>__base, which the subtypes extend instead, so checking a subtype does not recurse.
	const baseName = `${topName}__base`;
	schemas[baseName] = { ...schema };
	for (const target of new Set(Object.values(mapping))) {
		for (const part of (schemas[nameOf(target)]?.allOf as Json[] | undefined) ?? []) if (part.$ref === ref(topName)) part.$ref = ref(baseName);
	}
	for (const key of Object.keys(schema)) delete schema[key];
	Object.assign(schema, { allOf: [{ $ref: ref(baseName) }, ...chosen] });
}

/** Meta's schemas with the given repairs (all by default) and discriminators enforced. */
export function metaSchemas(repairs: Repair[] = META_REPAIRS): Json {
	const spec = structuredClone(publishedMeta());
	for (const repair of repairs) repair.apply(spec.components.schemas);
	enforceDiscriminators(spec.components.schemas);
	return spec;
}

/** "…name: message" lines from ajv's errors, without the if/then wrappers that only say "a branch failed". */
const messages = (errors: Ajv.ErrorObject[] | null | undefined, root: string) =>
	[...new Set((errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `${root}${e.dataPath} ${e.message}${e.keyword === 'additionalProperties' ? `: ${(e.params as { additionalProperty: string }).additionalProperty}` : ''}`))];

const newAjv = (options: Ajv.Options = {}) => new Ajv({ allErrors: true, unknownFormats: 'ignore', nullable: true, logger: false, ...options });

/** A validator of named schemas of a spec: the errors of a value, [] when it is valid. Schemas compile on first use. */
export function schemaValidator(spec: Json): (schema: string, value: unknown) => string[] {
	const ajv = newAjv();
	ajv.addSchema(spec, 'spec');
	return (schema, value) => {
		const validate = ajv.getSchema(`spec#/components/schemas/${schema}`);
		if (!validate) throw new Error(`The spec has no schema ${schema}`);
		return validate(value) ? [] : messages(validate.errors, schema);
	};
}

let metaValidator: ReturnType<typeof schemaValidator> | undefined;
/** Meta's repaired schemas, compiled once per process. */
export function metaErrors(schema: string, value: unknown): string[] {
	metaValidator ??= schemaValidator(metaSchemas());
	return metaValidator(schema, value);
}

/** A send-message request body (POST /{Version}/{Phone-Number-ID}/messages) against Meta's `Message`. */
export const whatsappMessageErrors = (body: unknown): string[] => metaErrors('Message', body);

/** A webhook payload (POST /whatsapp/webhooks) against Meta's `WebhookPayload`. */
export const whatsappWebhookErrors = (payload: unknown): string[] => metaErrors('WebhookPayload', payload);

let twilioValidator: { validate: Ajv.ValidateFunction; properties: Json } | undefined;
function twilioMessages() {
	if (twilioValidator) return twilioValidator;
	const spec = publishedTwilio();
	const schema = spec.paths[TWILIO_MESSAGES_PATH].post.requestBody.content['application/x-www-form-urlencoded'].schema as Json;
	// A form carries strings: ajv reads "true", "12" and a single value of a list as the types the schema names.
	const validate = newAjv({ coerceTypes: 'array' }).compile({ ...schema, components: { schemas: spec.components.schemas } });
	twilioValidator = { validate, properties: schema.properties as Json };
	return twilioValidator;
}

export interface TwilioFormCheck {
	/** Parameters the operation does not define: Twilio ignores them (warning 20001), which hides a typo. */
	unknown: string[];
	/** Values of the wrong type or form, a missing required parameter, a single-valued parameter given twice. */
	errors: Array<{ parameter: string | null; message: string }>;
}

/**
 * A form-encoded create-message request (POST /2010-04-01/Accounts/{AccountSid}/Messages.json)
 * against the operation's `application/x-www-form-urlencoded` schema: each parameter's name and
 * its value's type (strings read as the schema's booleans, integers, lists).
 */
export function twilioMessageCheck(rawForm: string): TwilioFormCheck {
	const { validate, properties } = twilioMessages();
	const params = new URLSearchParams(rawForm);
	const form: Json = {};
	const errors: TwilioFormCheck['errors'] = [];
	const unknown: string[] = [];
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key);
		const property = properties[key] as Json | undefined;
		if (!property) {
			unknown.push(key);
			continue;
		}
		if (property.type !== 'array' && values.length > 1) errors.push({ parameter: key, message: `${key} is given ${values.length} times` });
		form[key] = property.type === 'array' ? values : values[0];
	}
	if (!validate(form)) {
		for (const e of validate.errors ?? []) {
			const parameter = /^\.(\w+)/.exec(e.dataPath)?.[1] ?? (e.params as { missingProperty?: string }).missingProperty?.replace(/^\./, '') ?? null;
			errors.push({ parameter, message: `${e.dataPath.replace(/^\./, '') || parameter || 'body'} ${e.message}` });
		}
	}
	return { unknown, errors };
}

/** Reads and compiles both specs now (about 1.3 s), so that no request pays for it: the simulator's rate and timing stay its own. */
export function loadSpecs(): void {
	metaErrors('Message', {});
	twilioMessageCheck('');
}

/** What the simulator does with a request that breaks the spec: every error, and the provider's refusal (null: the provider lets it through). */
export interface SpecCheck {
	errors: string[];
	refusal: { code: number; message: string } | null;
}

/** Twilio's codes for an invalid value of the parameters a sender meets; any other parameter: 80701 "Parameter Validation Failed". */
const TWILIO_PARAMETER_CODES: Record<string, number> = { To: 21211, From: 21212, StatusCallback: 21609, MediaUrl: 21620, ContentSid: 21655, ContentVariables: 21656 };

/**
 * A request the simulator received, against its operation in the provider's spec: Meta's send
 * message (POST …/messages, 360dialog's bare /messages too) and template list (GET
 * …/message_templates: its query parameters), Twilio's create message. Null when it is valid or
 * no spec operation applies.
 */
export function specCheck(api: 'whatsapp' | 'twilio', method: string, path: string, query: URLSearchParams, raw: string): SpecCheck | null {
	if (api === 'twilio' && method === 'POST') {
		const { unknown, errors } = twilioMessageCheck(raw);
		if (!unknown.length && !errors.length) return null;
		const first = errors[0];
		return {
			errors: [...unknown.map((name) => `${name} is not a parameter of ${TWILIO_MESSAGES_PATH} (Twilio ignores it: warning 20001)`), ...errors.map((e) => e.message)],
			// Twilio ignores a parameter it does not know and refuses a value it cannot read.
			refusal: first ? { code: (first.parameter && TWILIO_PARAMETER_CODES[first.parameter]) || 80701, message: `'${first.parameter ?? 'body'}' is invalid: ${first.message}` } : null,
		};
	}
	if (api === 'whatsapp' && method === 'POST') {
		let body: unknown;
		try {
			body = JSON.parse(raw);
		} catch {
			return { errors: ['the body is not JSON'], refusal: { code: 100, message: 'Invalid parameter: the body is not JSON' } };
		}
		const errors = whatsappMessageErrors(body);
		return errors.length ? { errors, refusal: { code: 100, message: `Invalid parameter: ${errors.join('; ')}` } } : null;
	}
	if (api === 'whatsapp' && method === 'GET' && /\/message_templates$/.test(path)) {
		const parameters = (publishedMeta().paths['/{Version}/{WABA-ID}/message_templates'].get.parameters as Json[]).filter((p) => p.in === 'query').map((p) => p.name as string);
		const unknown = [...new Set(query.keys())].filter((name) => !parameters.includes(name));
		// The Graph API ignores a query parameter it does not know: kept as a violation, not refused.
		return unknown.length ? { errors: unknown.map((name) => `${name} is not a query parameter of GET /{Version}/{WABA-ID}/message_templates`), refusal: null } : null;
	}
	return null;
}
