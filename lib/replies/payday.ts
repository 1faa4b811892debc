import { incomeDay } from './dates';

/** Words of a pay schedule ("cada viernes", "every other Friday", "toda sexta"): how money comes, not a day named to pay. */
const HABITUAL = new Set(['cada', 'every', 'each', 'toda', 'todas', 'todo', 'todos', 'semanal', 'weekly', 'quincenal', 'mensual', 'monthly']);

/**
 * Where a reply names the day its money comes (its words' range) ("el sueldo me cae el 30", "recebo dia 20",
 * "I get paid on the 19th", "me pagan la raya el sábado"): the taxonomy's "when I get paid on the
 * 30th", a promise to pay that day (157 of the corpus's 165 written replies that say so are
 * promises). Not asked ("¿puedo pagar 100 cada viernes? me pagan el viernes") nor a pay
 * schedule ("I get paid every Friday, can I split it"), which ask for a plan. `words`: the
 * reply as the rules read it (`replyWords`).
 */
export function namedPayday(raw: string, words: readonly string[]): { from: number; to: number } | undefined {
	return raw.includes('?') || words.some((w) => HABITUAL.has(w)) || nothingLeft(words) ? undefined : incomeDay(words);
}

/** Whether a reply says nothing is left of its pay (NOTHING_LEFT); `words`: the reply as the rules read it. */
export const nothingLeft = (words: readonly string[]) => NOTHING_LEFT.test(` ${words.join(' ')} `);

/**
 * Nothing left of the pay for us: "meu salário cai dia 20 mas já tá tudo comprometido… não sobra
 * nada esse mês" (held-out v28's labellers, both: hardship), "…no mesmo dia do aluguel, aí não
 * sobra nada pra pagar vocês", "me pagan el 30 pero ya está todo comprometido", "payday's Friday but
 * every cent is already spoken for" (a second reviewer's): a payday told, no promise.
 */
const NOTHING_LEFT = / (?:nao (?:me )?sobra (?:e )?nada|no (?:me )?(?:sobra|queda) nada|nothing (?:is )?left|tudo comprometido|todo comprometido|already spoken for|already committed) /;
