import type { Language } from '../../../lib/debtor/countries';
import { PROMOTIONAL_RULES, promotionalMatches, promotionalWarning } from '../../../lib/messages/promotional-content';
import { STAGES } from '../../../lib/segmentation/aging';
import { WHATSAPP_TEMPLATE_TEXTS } from '../../../lib/messages/whatsapp-templates';

// Issue 19: a utility template that reads as promotional is re-categorised as marketing by Meta.

const LANGUAGES = Object.keys(WHATSAPP_TEMPLATE_TEXTS) as Language[];

test('the template texts this package suggests submitting read as utility in every language', () => {
	for (const language of LANGUAGES) for (const stage of STAGES) expect([language, stage, promotionalMatches(WHATSAPP_TEMPLATE_TEXTS[language][stage], language, 'text')]).toEqual([language, stage, []]);
});

test.each([
	['es', 'Aproveche un 30% de descuento pagando hoy', ['es.descuento', 'es.urgencia']],
	['es', 'Última oportunidad: condonación de intereses', ['es.condonacion', 'es.urgencia']],
	['es', 'Promoción exclusiva por tiempo limitado', ['es.oferta', 'es.exclusivo', 'es.urgencia']],
	['es', 'No se lo pierda', ['es.urgencia']],
	['pt', 'Só hoje: 50% de desconto na sua dívida', ['pt.desconto', 'pt.urgencia']],
	['pt', 'Condição especial imperdível', ['pt.exclusivo', 'pt.urgencia']],
	['en', 'Last chance: settle for 40% of your balance', ['en.settle', 'en.urgency']],
	['en', 'Special offer: 20% off if you pay today only', ['en.discount', 'en.offer', 'en.offer-word', 'en.urgency']],
	['en', 'A free gift when you pay', ['en.free']],
] as const)('%s: "%s" is promotional', (language, text, rules) => {
	expect(promotionalMatches(text, language, 'text').map((m) => m.rule)).toEqual(rules);
});

test.each([
	['es', 'Puede responder para acordar un plan de pagos.'],
	['es', 'Su saldo de $ 350.000 está vencido desde el 1 de marzo.'],
	['pt', 'Responda para combinar um parcelamento.'],
	['en', 'Feel free to reply, or call our toll-free number.'],
] as const)('%s: "%s" is not', (language, text) => {
	expect(promotionalMatches(text, language, 'text')).toEqual([]);
});

test('"we can offer a plan" is only a low-confidence hint', () => {
	expect(promotionalMatches('We can offer a payment plan.', 'en', 'text').map((m) => [m.rule, m.confidence])).toEqual([['en.offer-word', 'low']]);
});

test('a parameter that reads as promotional warns, naming the template, the language and the parameter', () => {
	const warning = promotionalWarning({ name: 'collections_short_term', language: 'es', parameters: ['Ana', 'Ofertas Sol', '$ 350.000', '1 de marzo', 'https://pay.example/promo/1'] }, 'es', WHATSAPP_TEMPLATE_TEXTS.es.short_term);
	expect(warning).toMatchObject({
		code: 'PROMOTIONAL_CONTENT',
		template: 'collections_short_term',
		language: 'es',
		matches: [
			{ where: 'parameter 2', found: 'ofertas', rule: 'es.oferta' },
			{ where: 'parameter 5', found: 'promo', rule: 'es.oferta' },
		],
	});
	expect(warning!.message).toMatch(/^Template "collections_short_term" \(es\) reads as promotional: "ofertas" \(parameter 2\), "promo" \(parameter 5\)\. Meta re-categorises/);
	expect(promotionalWarning({ name: 'x', language: 'es', parameters: ['Ana'] }, 'es', null)).toBeNull();
});

test('every rule names its source, confidence and the date it was checked', () => {
	for (const rule of PROMOTIONAL_RULES) {
		expect(rule).toMatchObject({ source: expect.stringMatching(/^(META_ROUTING|META_GUIDELINES|MIXED|OFFERS)$/), confidence: expect.stringMatching(/^(high|medium|low)$/), checked: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
	}
	expect(new Set(PROMOTIONAL_RULES.map((r) => r.id)).size).toBe(PROMOTIONAL_RULES.length);
	expect(new Set(PROMOTIONAL_RULES.map((r) => r.language))).toEqual(new Set(LANGUAGES));
});
