import { fail, ok, show, type Parsed } from '../debtor/result';

/**
 * A link written once for every debtor, with placeholders the node fills from each item:
 * `https://pay.example/{debtorId}?amount={amountDue}`. It is the fast path for a per-debtor
 * Payment Link: an n8n expression per item costs ~80–400 µs in n8n's expression engine, a
 * placeholder a string join. The item's values are URL-encoded and never read as a template
 * themselves (a debtor ID holding "{amountDue}" stays that text).
 */
export const LINK_PLACEHOLDERS = ['debtorId', 'invoiceId', 'amountDue'] as const;
type Placeholder = (typeof LINK_PLACEHOLDERS)[number];

/** The link's text between placeholders, and the placeholders, alternating: text, name, text, …, text. */
export interface LinkTemplate {
	texts: string[];
	names: Placeholder[];
}

type Row = Record<string, unknown>;

/** A link with no placeholders at all: what an expression resolved to, used as it is. */
export const literalLink = (link: string): LinkTemplate => ({ texts: [link], names: [] });

/** Reads a link's placeholders; `parameter` names it in the error for one it does not know. */
export function compileLink(link: string, parameter: string): Parsed<LinkTemplate> {
	const texts: string[] = [];
	const names: Placeholder[] = [];
	let last = 0;
	for (const match of link.matchAll(/\{([^{}]*)\}/g)) {
		const name = match[1].trim();
		if (!(LINK_PLACEHOLDERS as readonly string[]).includes(name)) {
			return fail(`${parameter}: unknown placeholder {${match[1]}}; a link may hold ${LINK_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}, or be an n8n expression`);
		}
		texts.push(link.slice(last, match.index));
		names.push(name as Placeholder);
		last = match.index + match[0].length;
	}
	texts.push(link.slice(last));
	return ok({ texts, names });
}

/**
 * What a message asks for: `amountDue`, or less when the ledger's payments in the item's
 * currency left less (`collection.ledger.remaining`, as the Gate or Segment Debtors writes it)
 * — a debt partly paid is never asked for the balance the sheet still shows.
 */
export function amountAsked(upstream: Row, amountDue: unknown, currency: unknown): unknown {
	const standing = upstream.ledger as Row | undefined;
	const left = standing?.remaining;
	const partly = typeof left === 'number' && left > 0 && typeof amountDue === 'number' && left < amountDue && standing?.settled !== true;
	return partly && (!standing?.currency || standing.currency === currency) ? left : amountDue;
}

/**
 * The value of one placeholder for an item: its Segment Debtors results first, then its own
 * fields (`{amountDue}`: what the message asks for, see amountAsked). `{invoiceId}` is the item's invoice, else its debtor's invoices joined by commas
 * (Segment groups a debtor's invoices into one item).
 */
function valueOf(name: Placeholder, row: Row, upstream: Row): unknown {
	const own = name === 'amountDue' ? amountAsked(upstream, upstream.amountDue ?? row.amountDue, upstream.currency ?? row.currency) : (upstream[name] ?? row[name]);
	if (own !== undefined && own !== null && own !== '') return own;
	if (name !== 'invoiceId' || !Array.isArray(upstream.invoices)) return undefined;
	const ids = (upstream.invoices as Array<{ invoiceId?: unknown } | null>).map((i) => i?.invoiceId).filter((id) => typeof id === 'string' || typeof id === 'number');
	return ids.length > 0 ? ids : undefined;
}

/** The item's link: each placeholder its URL-encoded value, or an error naming the one missing. */
export function fillLink(link: LinkTemplate, row: Row, upstream: Row, parameter: string, field: string): Parsed<string> {
	if (link.names.length === 0) return ok(link.texts[0]);
	let out = link.texts[0];
	for (let i = 0; i < link.names.length; i++) {
		const name = link.names[i];
		const value = valueOf(name, row, upstream);
		const parts = Array.isArray(value) ? value : [value];
		if (value === undefined || parts.some((part) => typeof part !== 'string' && !(typeof part === 'number' && Number.isFinite(part)))) {
			return fail(`${parameter}: {${name}} has no value for this item (${field}.${name} is ${show(value)})`);
		}
		out += parts.map((part) => encodeURIComponent(String(part))).join(',') + link.texts[i + 1];
	}
	return ok(out);
}
