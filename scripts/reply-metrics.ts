/**
 * The figures `npm run eval:replies` and `npm run train:replies` report for a labelled set of
 * replies: accuracy, macro-F1 (over the labels present), per-label precision and recall, and the
 * promise-date exact match end to end (a promise must be recognised and its date right).
 */
import { REPLY_LABELS, type ReplyLabel } from '../lib/messages/library/types';

export interface LabelledReply {
	id: string;
	lang: string;
	text: string;
	label: ReplyLabel;
	received: string;
	promise_date: string | null;
	source?: string;
	of?: string;
}

export interface Outcome {
	row: LabelledReply;
	got: { label: ReplyLabel; promiseDate: string | null; confidence?: number; source?: string };
}

export interface LabelFigures {
	label: ReplyLabel;
	precision: number;
	recall: number;
	f1: number;
	actual: number;
	predicted: number;
}

export interface SetFigures {
	replies: number;
	accuracy: number;
	macroF1: number;
	perLabel: LabelFigures[];
	optOut: { recall: number; precision: number };
	wrongPerson: { recall: number; precision: number };
	/** Calibration: per confidence band, its replies and the share of them labelled right. */
	calibration: Array<{ band: string; replies: number; accuracy: number }>;
	/** Promises whose date was written down, and the share of them with that date end to end. */
	promises: number;
	promiseDateExact: number;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);

export function score(outcomes: Outcome[]): SetFigures {
	const perLabel = REPLY_LABELS.map((label) => {
		const tp = outcomes.filter((o) => o.row.label === label && o.got.label === label).length;
		const predicted = outcomes.filter((o) => o.got.label === label).length;
		const actual = outcomes.filter((o) => o.row.label === label).length;
		const precision = ratio(tp, predicted);
		const recall = ratio(tp, actual);
		return { label, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, actual, predicted };
	});
	const present = perLabel.filter((l) => l.actual > 0);
	const of = (label: ReplyLabel) => perLabel.find((l) => l.label === label) as LabelFigures;
	const promises = outcomes.filter((o) => o.row.label === 'promise_to_pay');
	return {
		replies: outcomes.length,
		accuracy: ratio(outcomes.filter((o) => o.got.label === o.row.label).length, outcomes.length),
		macroF1: ratio(
			present.reduce((sum, l) => sum + l.f1, 0),
			present.length,
		),
		perLabel,
		optOut: { recall: of('opt_out').recall, precision: of('opt_out').precision },
		wrongPerson: { recall: of('wrong_person').recall, precision: of('wrong_person').precision },
		calibration: [0.5, 0.7, 0.9].map((from, i, bands) => {
			const to = bands[i + 1] ?? 1.01;
			const inBand = outcomes.filter((o) => o.got.confidence !== undefined && o.got.confidence >= from && o.got.confidence < to);
			return { band: `${from}–${Math.min(1, to)}`, replies: inBand.length, accuracy: ratio(inBand.filter((o) => o.got.label === o.row.label).length, inBand.length) };
		}),
		promises: promises.length,
		promiseDateExact: ratio(promises.filter((o) => o.got.label === 'promise_to_pay' && o.got.promiseDate === o.row.promise_date).length, promises.length),
	};
}

export function readReplies(text: string): LabelledReply[] {
	return text
		.trim()
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as LabelledReply);
}
