import type { Language } from '../debtor/countries';
import { BUTTON_TITLES, labelOfButton } from '../messages/buttons';
import { classifyReply, NEXT_ACTIONS, type ClassifierOptions, type ReplyClassification } from './classify';

/**
 * A tap on one of our reply buttons, classified by its payload alone: the label the button
 * stands for, confidence 1, source `button` — no NLP, so a tap on Stop is an opt-out whatever
 * the title reads. Null for a payload that is not ours: the reply is then classified by its
 * text (the button's title), like any other.
 */
export function classifyButton(payload: unknown, title: unknown, options: ClassifierOptions): ReplyClassification | null {
	const button = labelOfButton(payload);
	if (!button) return null;
	const titled = (Object.keys(BUTTON_TITLES) as Language[]).find((language) => BUTTON_TITLES[language][button.label] === title);
	return {
		label: button.label,
		confidence: 1,
		// The title says the language the message was in; a title of our own making, or else as the text reads.
		language: titled ?? classifyReply(typeof title === 'string' ? title : '', options).language,
		promiseDate: null,
		amounts: [],
		evidence: [String(payload)],
		nextAction: NEXT_ACTIONS[button.label],
		source: 'button',
		alsoMentions: [],
	};
}
