import type { Language } from '../debtor/countries';

/**
 * Words that make a WhatsApp UTILITY template read as promotional. Meta re-categorises such a
 * template as MARKETING — at review or on a later sweep — with a higher price, per-user
 * marketing limits (131049) and no delivery to +1 numbers. A collection reminder stays utility
 * while it keeps to the account's facts: amount, due date, reference, where to pay.
 *
 * Sources (read 2026-11-30):
 * - META_ROUTING: Meta, "Route template messages by category" (updated Sep 21, 2026): "a
 *   template created as UTILITY can be updated to MARKETING if its content is promotional",
 *   https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/route-template-messages/
 * - META_GUIDELINES: Meta, template category guidelines,
 *   https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization
 *   — utility must be non-promotional (no promotional or persuasive intent) and specific to the
 *   user's account or transaction (summarised by DoubleTick, https://roadmap.doubletick.io/changelog/important-pricing-updates-from-meta).
 * - MIXED: "Any templates that mix utility and marketing content will be classified as marketing
 *   templates" (Alibaba Cloud's guide to Meta's categories, https://help.aliyun.com/en/chatapp/use-cases/whatsapp-message-templates).
 * - OFFERS: utility "may not … include offers; or attempt to secure renewals" (Bliq's summary of
 *   Meta's rules, https://bliqmessaging.com/wa-setup).
 *
 * Each rule is one word family in one language, for a reviewer to read line by line. Patterns
 * match whole words of the text lower-cased and without accents ("promoción" → "promocion").
 * Confidence: high — the word is an offer or a push by itself; medium — usually one in a
 * collection message, with honest uses ("we can offer a plan"); low — often innocent.
 */
export interface PromotionalRule {
	id: string;
	language: Language;
	/** discount: money off or a settlement; offer: a gift or promotion; urgency: pressure to act now. */
	kind: 'discount' | 'offer' | 'urgency';
	pattern: RegExp;
	source: 'META_ROUTING' | 'META_GUIDELINES' | 'MIXED' | 'OFFERS';
	confidence: 'high' | 'medium' | 'low';
	checked: string;
}

const CHECKED = '2026-11-30';
const rule = (id: string, language: Language, kind: PromotionalRule['kind'], pattern: RegExp, confidence: PromotionalRule['confidence'], source: PromotionalRule['source'] = 'META_GUIDELINES'): PromotionalRule => ({ id, language, kind, pattern, source, confidence, checked: CHECKED });

export const PROMOTIONAL_RULES: PromotionalRule[] = [
	// Spanish
	rule('es.descuento', 'es', 'discount', /\bdescuentos?\b|\b\d+ ?% ?(de )?(dto|descuento)\b/, 'high', 'OFFERS'),
	rule('es.condonacion', 'es', 'discount', /\b(condonacion|condonamos|quita|rebaja)s?\b/, 'high', 'OFFERS'),
	rule('es.oferta', 'es', 'offer', /\bofertas?\b|\bpromocion(es)?\b|\bpromos?\b/, 'high', 'OFFERS'),
	rule('es.gratis', 'es', 'offer', /\bgratis\b|\bregalos?\b|\bobsequios?\b/, 'high', 'MIXED'),
	rule('es.exclusivo', 'es', 'offer', /\bexclusiv[oa]s?\b|\bbeneficio especial\b/, 'medium', 'MIXED'),
	rule('es.urgencia', 'es', 'urgency', /\bultima oportunidad\b|\bsolo (por )?hoy\b|\b(por )?tiempo limitado\b|\bno (te|se) lo pierda?s?\b|\baprovech[ae]\b/, 'high', 'META_ROUTING'),
	// Portuguese
	rule('pt.desconto', 'pt', 'discount', /\bdescontos?\b|\b\d+ ?% ?(de )?(desc|desconto)\b|\babatimentos?\b/, 'high', 'OFFERS'),
	rule('pt.oferta', 'pt', 'offer', /\bofertas?\b|\bpromocao\b|\bpromocoes\b|\bpromos?\b/, 'high', 'OFFERS'),
	rule('pt.gratis', 'pt', 'offer', /\bgratis\b|\bgratuit[oa]s?\b|\bbrindes?\b|\bpresentes?\b/, 'medium', 'MIXED'),
	rule('pt.exclusivo', 'pt', 'offer', /\bexclusiv[oa]s?\b|\bcondicao especial\b|\bcondicoes especiais\b/, 'medium', 'MIXED'),
	rule('pt.urgencia', 'pt', 'urgency', /\bultima (chance|oportunidade)\b|\b(so|apenas) hoje\b|\bpor tempo limitado\b|\bnao perca\b|\baproveite\b|\bimperdivel\b/, 'high', 'META_ROUTING'),
	// English
	rule('en.discount', 'en', 'discount', /\bdiscounts?\b|\b\d+ ?% off\b|\bsave \$?\d/, 'high', 'OFFERS'),
	rule('en.settle', 'en', 'discount', /\bsettle for\b|\bsettlement offers?\b|\bpay (only|just) \$?\d/, 'high', 'OFFERS'),
	rule('en.offer', 'en', 'offer', /\bspecial offers?\b|\bpromo(tion)?s?\b|\bdeals?\b/, 'high', 'OFFERS'),
	// "We can offer a payment plan" is honest: "offer" alone is only a hint.
	rule('en.offer-word', 'en', 'offer', /\boffers?\b/, 'low', 'OFFERS'),
	rule('en.free', 'en', 'offer', /(?<!feel |toll[- ])\bfree\b|\bgifts?\b/, 'medium', 'MIXED'),
	rule('en.exclusive', 'en', 'offer', /\bexclusive\b/, 'medium', 'MIXED'),
	rule('en.urgency', 'en', 'urgency', /\blast chance\b|\blimited time\b|\btoday only\b|\bdon'?t miss\b|\bact now\b|\bhurry\b/, 'high', 'META_ROUTING'),
];

/** One promotional word found: where, which rule. */
export interface PromotionalMatch {
	/** "text" (the template's own text) or "parameter N" ({{N}}). */
	where: string;
	/** The words matched, lower-cased and without accents. */
	found: string;
	rule: string;
	kind: PromotionalRule['kind'];
	confidence: PromotionalRule['confidence'];
}

/** The warning Compose adds to `collection.message.warnings[]`, one per template and language. */
export interface PromotionalWarning {
	code: 'PROMOTIONAL_CONTENT';
	template: string;
	language: string;
	matches: PromotionalMatch[];
	message: string;
}

/** Lower case, accents off: the form the rules are written for. */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every promotional word of one language in a text. */
export function promotionalMatches(text: string, language: Language, where: string): PromotionalMatch[] {
	const folded = plain(text);
	const matches: PromotionalMatch[] = [];
	for (const r of PROMOTIONAL_RULES) {
		if (r.language !== language) continue;
		const found = r.pattern.exec(folded);
		if (found) matches.push({ where, found: found[0], rule: r.id, kind: r.kind, confidence: r.confidence });
	}
	return matches;
}

/**
 * The warning for a utility template whose text (when known) or parameters read as promotional,
 * or null. The parameters are the debtor's facts and the sender's: a company called "Ofertas
 * Sol" or a link with "promo" in it puts the word in every message.
 */
export function promotionalWarning(template: { name: string; language: string; parameters: string[] }, language: Language, text: string | null): PromotionalWarning | null {
	const matches = [...(text ? promotionalMatches(text, language, 'text') : []), ...template.parameters.flatMap((p, i) => promotionalMatches(p, language, `parameter ${i + 1}`))];
	if (matches.length === 0) return null;
	const words = matches.map((m) => `"${m.found}" (${m.where})`).join(', ');
	return {
		code: 'PROMOTIONAL_CONTENT',
		template: template.name,
		language: template.language,
		matches,
		message: `Template "${template.name}" (${template.language}) reads as promotional: ${words}. Meta re-categorises a utility template with promotional content as marketing (higher price, per-user marketing limits, not delivered to +1 numbers); keep it to the amount, the due date, the reference and where to pay`,
	};
}
