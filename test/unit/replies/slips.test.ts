import { neighbouringKeys, slips } from '../../../lib/replies/slips';

describe('typing slips', () => {
	test.each([
		['o', 'p', true],
		['a', 's', true],
		['r', 'd', true],
		['q', 'a', true],
		['e', 'f', false],
		['o', 'e', false],
		['a', 'a', false],
		['1', '2', false],
	])('neighbouring keys %s and %s: %s', (a, b, expected) => expect(neighbouringKeys(a, b)).toBe(expected));

	test.each([
		// A letter dropped, added, swapped with the next.
		['sabdo', 'sabado', 1, false, true],
		['sotp', 'stop', 1, false, true],
		['stopp', 'stop', 1, false, true],
		['wendsday', 'wednesday', 2, false, true],
		// A neighbouring key, only when asked for: "quarto" is a word, "stoo" a slip.
		['stoo', 'stop', 1, true, true],
		['stoo', 'stop', 1, false, false],
		['quarto', 'quarta', 1, false, false],
		['step', 'stop', 1, true, false],
		// One slip is not two.
		['sbtp', 'stop', 1, true, false],
	])('%s is %s with at most %d slip(s) (keys: %s): %s', (a, b, k, keys, expected) => expect(slips(a, b, k, keys)).toBe(expected));
});
