import { dateObjectOf, parseDate } from '../debtor/dates';
import { normaliseKey } from '../debtor/keys';
import { fail, ok, show, type Parsed } from '../debtor/result';
import { parseIsoInstant } from './clock';
import { CHANNELS, type Channel } from './policy';
import type { Contact } from './window';

/**
 * Readers for the contact fields an item may carry (lastContactAt, contactHistory, optedOut,
 * wrongPerson, disputeOpen, authorizedChannels, promiseDate), as sheets and CRMs write them.
 */

// VERDADERO / VERDADEIRO / FALSO: a checkbox of a Google Sheet in Spanish or Portuguese.
const TRUE = new Set(['true', 'yes', 'y', 'si', 'sí', 'sim', '1', 'x', 'verdadero', 'verdadeiro']);
const FALSE = new Set(['false', 'no', 'n', 'nao', 'não', '0', '', 'falso']);

export function parseFlag(value: unknown): Parsed<boolean> {
	if (value === undefined || value === null) return ok(false);
	if (typeof value === 'boolean') return ok(value);
	if (typeof value === 'number' && (value === 0 || value === 1)) return ok(value === 1);
	if (typeof value === 'string') {
		const text = value.trim().toLowerCase();
		if (TRUE.has(text)) return ok(true);
		if (FALSE.has(text)) return ok(false);
	}
	return fail(`${show(value)} is not yes or no: expected true/false, sí/no, sim/não, 1/0`);
}

/** "sms", ["WhatsApp", "SMS"], "whatsapp, sms", "WhatsApp y SMS" → channels; other names are kept as given. */
export function parseChannelList(value: unknown): Parsed<string[]> {
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;|/]|\s+(?:y|e|and|&)\s+/i) : undefined;
	if (!list || list.some((c) => typeof c !== 'string')) {
		return fail(`${show(value)} is not a list of channels: expected e.g. ["whatsapp", "sms"] or "whatsapp, sms"`);
	}
	return ok(list.map((c: string) => c.trim().toLowerCase()).filter(Boolean));
}

/**
 * Channels an opt-out may name besides ours (normalised): opting out of e-mail or calls leaves
 * WhatsApp and SMS open. Any other word ("maybe", "STOP", "phone") is an error: read as no
 * channel of ours, it would let the message through.
 */
const OTHER_CHANNELS = new Set(['email', 'mail', 'correo', 'correoelectronico', 'voice', 'call', 'calls', 'llamada', 'llamadas', 'ligacao', 'ligacoes', 'letter', 'letters', 'carta', 'cartas']);

/** optedOut: true (every channel), false, or the channels the debtor opted out of. */
export function parseOptOut(value: unknown): Parsed<boolean | Channel[]> {
	const flag = parseFlag(value);
	if (flag.ok) return flag;
	const list = parseChannelList(value);
	const unknown = list.ok ? list.value.find((c) => !(CHANNELS as string[]).includes(c) && !OTHER_CHANNELS.has(normaliseKey(c))) : undefined;
	if (!list.ok || unknown !== undefined) return fail(`${show(value)} is not an opt-out: expected true/false or channels like "whatsapp, sms"`);
	return ok(list.value.filter((c): c is Channel => (CHANNELS as string[]).includes(c)));
}

/** An instant: ISO datetime (an offset-less one is read in `zone`), epoch seconds or milliseconds. */
export function parseInstant(value: unknown, zone: string): Parsed<number> {
	if (typeof value === 'number' && Number.isFinite(value)) {
		if (value >= 1e9 && value < 1e11) return ok(value * 1000);
		if (value >= 1e12 && value < 1e14) return ok(value);
	}
	if (typeof value === 'string') {
		const at = parseIsoInstant(value.trim(), zone);
		if (at !== undefined) return ok(at);
	}
	const object = dateObjectOf(value);
	if (object) return ok(object.ms);
	return fail(`${show(value)} is not a date and time: expected ISO 8601 like 2026-03-20T10:30:00-05:00`);
}

function channelName(value: unknown): string | null | undefined {
	if (value === undefined || value === null || value === '') return null;
	return typeof value === 'string' ? value.trim().toLowerCase() : undefined;
}

/**
 * contactHistory: instants, or { at, channel } objects; lastContactAt (with lastContactChannel
 * when known): one more instant. A contact whose channel is not given counts, for rules about
 * channels, as another channel than the one asked about.
 */
export function parseHistory(
	last: { at: unknown; channel?: unknown },
	contactHistory: unknown,
	zone: string,
): Parsed<Contact[]> {
	const contacts: Contact[] = [];
	if (last.at !== undefined && last.at !== null && last.at !== '') {
		const at = parseInstant(last.at, zone);
		if (!at.ok) return fail(`lastContactAt: ${at.reason}`);
		const channel = channelName(last.channel);
		if (channel === undefined) return fail(`lastContactChannel: ${show(last.channel)} is not a channel name`);
		contacts.push({ at: at.value, channel });
	}
	if (contactHistory === undefined || contactHistory === null || contactHistory === '') return ok(contacts);
	if (!Array.isArray(contactHistory)) {
		return fail(`contactHistory: ${show(contactHistory)} is not a list: expected ISO timestamps or {at, channel} objects`);
	}
	for (const [i, entry] of contactHistory.entries()) {
		const isObject = entry !== null && typeof entry === 'object' && !Array.isArray(entry);
		const at = parseInstant(isObject ? (entry as Record<string, unknown>).at : entry, zone);
		if (!at.ok) return fail(`contactHistory[${i}]: ${at.reason}`);
		const given = isObject ? (entry as Record<string, unknown>).channel : undefined;
		const channel = channelName(given);
		if (channel === undefined) return fail(`contactHistory[${i}].channel: ${show(given)} is not a channel name`);
		contacts.push({ at: at.value, channel });
	}
	return ok(contacts);
}

/** A promised payment date, as any date the debtor records hold (ISO, 15/03/2026, …). */
export function parsePromiseDate(value: unknown, zone: string): Parsed<string | null> {
	if (value === undefined || value === null || value === '') return ok(null);
	return parseDate(value, { monthFirst: false, zone });
}
