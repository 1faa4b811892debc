import { readFileSync } from 'fs';
import { join } from 'path';
import { isIsoDate, TAXONOMY_LABELS as LABELS } from '../../harness/reply-data';

// Shape checks for the held-out sets from v10 on (test/data/heldout-v*/): the two writers'
// unlabelled halves and the two labellers' files. One table row a set, so that the next set is a
// row, not a copy of these checks.

interface Half {
	file: string;
	part: 'a' | 'b';
	/** The first id's number: a half's ids run on from it without a gap. */
	first: number;
	/** How many replies each group (a writer's holder, theme, market or trade) has. */
	perGroup: [number, number];
	/** Replies written two by two (`pair`), on consecutive lines, in one language. */
	pairs?: boolean;
	/** No `group` field: replies written one per drawn card (v32's part b), `perGroup` unused. */
	ungrouped?: boolean;
}

/** Two writers' halves of 24 groups of 11 replies each (from v15 on). */
const ELEVEN_A_GROUP: Half[] = [
	{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [11, 11] },
	{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [11, 11] },
];

const SETS: Array<{
	name: string;
	prefix: string;
	halves: Half[];
	/** Replies may be received on a Saturday too (v15: debtors answer at weekends). */
	saturdays?: boolean;
	/** The years replies may be received in: 2026, and early 2027 for a set of the year's end (v91a). */
	years?: string[];
	/** The largest share of lines a labeller may mark ambiguous (v15's labellers marked more open calls: 22.5%; v16's 10.4% and 15.5%; v17's labellers were asked for well under a fifth, 10.8% and 7.2%; half of v18 was written on the borders between labels: 31.8% and 24.8%; v23, legal talk and misdirected messages: 31.3% and 30.1%; v24, written on the border of a stop: 39.8% and 52.8%). */
	ambiguous?: number;
}> = [
	{ name: 'heldout-v10', prefix: 'h10', halves: [
		{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [21, 23] },
		{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [21, 23] },
	] },
	{ name: 'heldout-v11', prefix: 'h11', halves: [
		{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [21, 23] },
		{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [21, 23] },
	] },
	{ name: 'heldout-v12', prefix: 'h12', halves: [
		{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [10, 12] },
		{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [20, 22], pairs: true },
	] },
	{ name: 'heldout-v13', prefix: 'h13', halves: [
		{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [21, 23] },
		{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [10, 12] },
	] },
	{ name: 'heldout-v14', prefix: 'h14', halves: [
		{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [11, 12] },
		{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [20, 22] },
	] },
	{ name: 'heldout-v15', prefix: 'h15', saturdays: true, ambiguous: 0.25, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v16', prefix: 'h16', saturdays: true, ambiguous: 0.2, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v17', prefix: 'h17', saturdays: true, ambiguous: 0.2, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v18', prefix: 'h18', saturdays: true, ambiguous: 0.33, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v19', prefix: 'h19', saturdays: true, ambiguous: 0.2, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v20', prefix: 'h20', saturdays: true, ambiguous: 0.2, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v21', prefix: 'h21', saturdays: true, ambiguous: 0.2, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v22', prefix: 'h22', saturdays: true, ambiguous: 0.2, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v23', prefix: 'h23', saturdays: true, ambiguous: 0.33, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v24', prefix: 'h24', saturdays: true, ambiguous: 0.55, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v25', prefix: 'h25', saturdays: true, ambiguous: 0.2, halves: ELEVEN_A_GROUP },
	{ name: 'heldout-v26', prefix: 'h26', saturdays: true, ambiguous: 0.2, halves: ELEVEN_A_GROUP },
	// v27, replies carrying two or three things and replies that say it without saying it: 22.5% and 23.5% marked open.
	{ name: 'heldout-v27', prefix: 'h27', saturdays: true, ambiguous: 0.25, halves: ELEVEN_A_GROUP },
	// v28, words that point the wrong way and replies written against a calendar: 27.7% and 25.2% marked open.
	{ name: 'heldout-v28', prefix: 'h28', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v29, a day's inbox at 24 desks and replies spoken to a phone's dictation: 12.9% and 8.0% marked open.
	{ name: 'heldout-v29', prefix: 'h29', saturdays: true, ambiguous: 0.15, halves: ELEVEN_A_GROUP },
	// v30, the week after a broken promise and who answers the phone: 28.2% and 24.4% marked open.
	{ name: 'heldout-v30', prefix: 'h30', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v31, small businesses about their invoices and a conversation's later turns: 18.9% and 26.1% marked open.
	{ name: 'heldout-v31', prefix: 'h31', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v32, the collector's case note first and replies that say two things: 6.8% and 38.1% marked open
	// (the second labeller named the intent the priority order set aside).
	{ name: 'heldout-v32', prefix: 'h32', saturdays: true, ambiguous: 0.4, halves: [
		{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [11, 11] },
		{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [0, 0], ungrouped: true },
	] },
	// v33, things said sideways and people writing in a second language: 4.5% and 11.6% marked open.
	{ name: 'heldout-v33', prefix: 'h33', saturdays: true, ambiguous: 0.15, halves: [
		{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [11, 11] },
		// Cards drew one of 24 writer profiles each, with equal weights: 5 to 17 a profile.
		{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [5, 17] },
	] },
	// v34, 24 kinds of debt and stopping the messages or only sounding like it: 17.8% and 21.0% marked open.
	{ name: 'heldout-v34', prefix: 'h34', saturdays: true, ambiguous: 0.25, halves: [
		{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [11, 11] },
		{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [11, 11] },
	] },
	// v35, answering the reminder they got and who is reading: 24.6% and 25.0% marked open.
	{ name: 'heldout-v35', prefix: 'h35', saturdays: true, ambiguous: 0.3, halves: [
		{ file: 'unlabelled-a.jsonl', part: 'a', first: 1, perGroup: [11, 11] },
		{ file: 'unlabelled-b.jsonl', part: 'b', first: 501, perGroup: [11, 11] },
	] },
	// v36, people in a crisis and short replies: 26.7% and 26.1% marked open.
	{ name: 'heldout-v36', prefix: 'h36', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v37, the calendar and the paycheck, rights and the rules of contact: 25.6% and 24.2% marked open.
	{ name: 'heldout-v37', prefix: 'h37', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v38, bargaining and replies typed in the middle of something: 34.3% and 20.6% marked open
	// (bargaining's promises on a condition are plans or promises as one reads them).
	{ name: 'heldout-v38', prefix: 'h38', saturdays: true, ambiguous: 0.35, halves: ELEVEN_A_GROUP },
	// v39, 24 products and their debtors, mistrust and misreading: 22.0% and 23.1% marked open.
	{ name: 'heldout-v39', prefix: 'h39', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v40, 24 stages of life and the second and third message: 14.2% and 13.8% marked open.
	{ name: 'heldout-v40', prefix: 'h40', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v41, 24 trades and 24 details of the reminder answered: 15.3% and 14.2% marked open.
	{ name: 'heldout-v41', prefix: 'h41', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v42, 24 ages of a debt and 24 people on its edges: 21.8% and 22.0% marked open.
	{ name: 'heldout-v42', prefix: 'h42', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v43, 24 relationships with the creditor and 24 stories behind a debt: 15.9% and 11.4% marked open.
	{ name: 'heldout-v43', prefix: 'h43', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v44, 24 temperaments of a debtor and 24 things a debtor wants from us: 12.7% and 15.5% marked open.
	{ name: 'heldout-v44', prefix: 'h44', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v45, 24 kinds of humour and 24 ways of naming the debt and the money: 3.4% and 3.6% marked open.
	{ name: 'heldout-v45', prefix: 'h45', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v46, 24 households and 24 ways of saying "not now" or "yes, but": 10.6% and 11.6% marked open.
	{ name: 'heldout-v46', prefix: 'h46', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v47, 24 work lives and 24 moments in the conversation: 12.7% and 11.9% marked open.
	{ name: 'heldout-v47', prefix: 'h47', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v48, 24 ways a reply gets typed and 24 people who may be answering: 12.9% and 10.4% marked open.
	{ name: 'heldout-v48', prefix: 'h48', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v49, 24 local ways of speaking and 24 calendars a person lives by: 8.3% and 10.2% marked open.
	{ name: 'heldout-v49', prefix: 'h49', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v50, 24 ways of wanting the messages to stop and 24 mixes of languages: 5.5% and 5.7% marked open.
	{ name: 'heldout-v50', prefix: 'h50', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v51, 24 ways of naming when and 24 voices a classifier misses: 6.6% and 7.8% marked open.
	{ name: 'heldout-v51', prefix: 'h51', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v52, 24 ways a reply turns and 24 reminders with their replies: 11.6% and 12.1% marked open.
	{ name: 'heldout-v52', prefix: 'h52', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v53, a second writer on v52 part a's brief (24 ways a reply turns) and 24 ways of answering with a question: 14.1% and 16.3% marked open.
	{ name: 'heldout-v53', prefix: 'h53', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v54, 12 people who want the messages to end or are not the debtor, and 12 days of the month and the year (132 replies a part): 12.5% and 11.0% marked open.
	{ name: 'heldout-v54', prefix: 'h54', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v55, 12 long messages and 12 kinds of short answer: 16.7% and 17.0% marked open.
	{ name: 'heldout-v55', prefix: 'h55', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v56, 12 more kinds of long message and 12 ways of saying it without saying it: 11.4% and 10.6% marked open.
	{ name: 'heldout-v56', prefix: 'h56', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v57, 12 ordinary inboxes and 12 ways people talk about days and money: 10.6% and 12.5% marked open.
	{ name: 'heldout-v57', prefix: 'h57', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v58, 12 voices a classifier misses and 12 kinds of mixed message: 14.8% and 17.4% marked open.
	{ name: 'heldout-v58', prefix: 'h58', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v59, 12 ways people tell us to go away and 12 debtors' lives: 9.8% and 10.6% marked open.
	{ name: 'heldout-v59', prefix: 'h59', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v60, 12 kinds of sarcasm, humour and irony and 12 ways a message arrives: 9.5% and 8.0% marked open.
	{ name: 'heldout-v60', prefix: 'h60', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v61, 12 ways someone else answers and 12 ways of arguing about the money: 14.4% and 15.9% marked open.
	{ name: 'heldout-v61', prefix: 'h61', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v62, 12 kinds of conditional or vague answer and 12 ordinary inboxes from places we hear less often: 16.3% and 13.6% marked open.
	{ name: 'heldout-v62', prefix: 'h62', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v63, 12 regional voices where someone else answers and 12 naming the day they will pay: 10.2% and 10.2% marked open.
	{ name: 'heldout-v63', prefix: 'h63', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v64, 12 voices of long voice-to-text and 12 kinds of reply that mix two things: 15.9% and 14.8% marked open.
	{ name: 'heldout-v64', prefix: 'h64', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v65, 12 more kinds of reply that say two or three things and 12 ordinary first replies in the main markets: 19.7% and 19.7% marked open.
	{ name: 'heldout-v65', prefix: 'h65', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v66, 12 more kinds of reply that say two things and 12 voices we hear less often: 15.5% and 18.6% marked open (part a alone: 26.5% and 28.8%).
	{ name: 'heldout-v66', prefix: 'h66', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v67, 12 ways of complaining about our messages and 12 ways of paying around the year's end: 7.2% and 7.6% marked open.
	{ name: 'heldout-v67', prefix: 'h67', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v68, 12 kinds of reply to a second or third reminder and 12 kinds of short reply typed in a hurry: 15.9% and 16.7% marked open.
	{ name: 'heldout-v68', prefix: 'h68', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v69, 12 kinds of indirect reply and 12 ways the three languages are written outside the usual: 5.7% and 6.4% marked open.
	{ name: 'heldout-v69', prefix: 'h69', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v70, 12 ways a stop is buried in a long reply and 12 calendars people pay by: 22.7% and 5.3% marked open.
	{ name: 'heldout-v70', prefix: 'h70', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v71, 12 ways someone else answers without saying "wrong number" and 12 mixes of languages: 22.0% and 6.1% marked open.
	{ name: 'heldout-v71', prefix: 'h71', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v72, a second writer's buried stops and 12 ways of naming two days: 32.6% and 6.1% marked open (a
	// stop for a set time is a stop to one labeller, the other label to the other).
	{ name: 'heldout-v72', prefix: 'h72', saturdays: true, ambiguous: 0.35, halves: ELEVEN_A_GROUP },
	// v73, 12 kinds of reply that say two things at once and 12 voices naming the day they will pay: 19.7% and 11.4% marked open (part a's second labeller: 26.5%).
	{ name: 'heldout-v73', prefix: 'h73', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v74, 12 ways of disputing and 12 ways of saying what one can and cannot pay: 23.5% and 28.0% marked open
	// (the border of hardship, a promise without a day and a plan).
	{ name: 'heldout-v74', prefix: 'h74', saturdays: true, ambiguous: 0.35, halves: ELEVEN_A_GROUP },
	// v75, a real inbox in the voices issue 18 names and 12 kinds of reply that ask nothing: 6.8% and 9.1% marked open.
	{ name: 'heldout-v75', prefix: 'h75', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v76, a real inbox from places we hear least and their voices naming the day: 9.1% and 9.1% marked open.
	{ name: 'heldout-v76', prefix: 'h76', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v77, a real inbox in the voices a third time and 12 kinds of reply where a stop is and is
	// not asked: 7.6% and 28.0% marked open (a stop for a set time or of one channel, to either labeller).
	{ name: 'heldout-v77', prefix: 'h77', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v78, two balanced inboxes of short replies (about 9 of each label, median 30 and 37 characters): 3.0% and 4.5% marked open.
	{ name: 'heldout-v78', prefix: 'h78', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v79, balanced inboxes in regional voices and said the hard way: 3.8% and 1.5% marked open.
	{ name: 'heldout-v79', prefix: 'h79', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v80, balanced inboxes written by persona and typed noisily: 3.0% and 3.0% marked open.
	{ name: 'heldout-v80', prefix: 'h80', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v81, an inbox of what a phrase list misses and the costly mistakes with their look-alikes: 3.8% and 9.8% marked open.
	{ name: 'heldout-v81', prefix: 'h81', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v82, short stops and their look-alikes, and short replies where someone else answers: 12.1% and 17.4% marked open.
	{ name: 'heldout-v82', prefix: 'h82', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v83, stops typed as people type them and someone else told about: 12.1% and 13.6% marked open.
	{ name: 'heldout-v83', prefix: 'h83', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v84, balanced inboxes: one agency's week, and replies to a second or third reminder: 2.3% and 3.8% marked open.
	{ name: 'heldout-v84', prefix: 'h84', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v85, balanced inboxes in strong regional slang and dictated as voice notes: 2.3% and 3.0% marked open.
	{ name: 'heldout-v85', prefix: 'h85', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v86, replies that say two or three things at once and a balanced inbox of code-switching: 17.8% and
	// 15.9% marked open (part a alone: 31.1% and 28.0% — a stop for a set time, a promise with no day).
	{ name: 'heldout-v86', prefix: 'h86', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v87, balanced inboxes typed as spoken and of very short replies: 4.9% and 6.4% marked open.
	{ name: 'heldout-v87', prefix: 'h87', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v88, balanced inboxes in Brazilian Portuguese only and in US English only: 1.9% and 2.7% marked open.
	{ name: 'heldout-v88', prefix: 'h88', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v89, balanced inboxes in Spanish from twelve less-heard countries and full of numbers: 3.0% and 3.8% marked open.
	{ name: 'heldout-v89', prefix: 'h89', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v90, balanced inboxes as the apps deliver them and from small businesses: 1.1% and 1.5% marked open.
	{ name: 'heldout-v90', prefix: 'h90', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v91, balanced inboxes of the year's end (received into January 2027) and of elderly debtors: 3.0% and 3.4% marked open.
	{ name: 'heldout-v91', prefix: 'h91', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP, years: ['2026', '2027'] },
	// v92, stops said the hard way and promise dates named every way: 10.6% and 11.0% marked open.
	{ name: 'heldout-v92', prefix: 'h92', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v93, balanced inboxes by the kind of debt and of angry replies: 5.7% and 11.0% marked open.
	{ name: 'heldout-v93', prefix: 'h93', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v94, balanced inboxes written in a second language and of long formal letters: 3.4% and 3.4% marked open.
	{ name: 'heldout-v94', prefix: 'h94', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v95, second writers on long formal letters and on stops said the hard way: 8.3% and 10.2% marked open.
	{ name: 'heldout-v95', prefix: 'h95', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v96, replies that say two or three things and a second writer on promise dates: 12.5% and 9.8% marked open.
	{ name: 'heldout-v96', prefix: 'h96', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v97, a balanced inbox said with sarcasm and humour, and someone else or the debtor's side: 8.0% and 8.3% marked open.
	{ name: 'heldout-v97', prefix: 'h97', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v98, a third writer on stops said the hard way and a balanced inbox in the outside set's voices: 8.3% and 12.1% marked open.
	{ name: 'heldout-v98', prefix: 'h98', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v99, a fourth writer on stops said the hard way (en 66, pt 55, es 11) and a third on promise dates: 13.3% and 14.4% marked open.
	{ name: 'heldout-v99', prefix: 'h99', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v100, a fifth writer on stops said the hard way in Latin American Spanish (es 110) and a fourth on promise dates in regional day words: 13.3% and 14.8% marked open.
	{ name: 'heldout-v100', prefix: 'h100', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v101, two balanced inboxes in regional voices and first-time writers: 5.7% and 6.4% marked open.
	{ name: 'heldout-v101', prefix: 'h101', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v102, someone else answers (45 wrong person, 25 look-alikes) and disputes told with their evidence: 6.8% and 6.4% marked open.
	{ name: 'heldout-v102', prefix: 'h102', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v103, a sixth writer on stops hidden in the message and a fifth on promise dates in figures: 14.8% and 13.3% marked open.
	{ name: 'heldout-v103', prefix: 'h103', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v104, a seventh writer on stops where a reader could miss them and a second on someone else with the phone: 17.4% and 17.8% marked open.
	{ name: 'heldout-v104', prefix: 'h104', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v105, a third writer on long formal letters (median 421 characters) and a sixth on promise dates said aloud: 6.8% and 5.3% marked open.
	{ name: 'heldout-v105', prefix: 'h105', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v106, two balanced inboxes: the outside tester's voices and ten kinds of debt: 8.7% and 7.2% marked open.
	{ name: 'heldout-v106', prefix: 'h106', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v107, two or three things at once and a fifth writer on stops said the hard way (pt 66, en 66): 18.9% and 22.0% marked open.
	{ name: 'heldout-v107', prefix: 'h107', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v108, an eighth writer on stops (es/pt/en 4/4/4) and a seventh on promise dates: 6.8% and 10.2% marked open.
	{ name: 'heldout-v108', prefix: 'h108', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v109, a fourth writer on long formal letters and a third on two or three things at once: 10.6% and 10.2% marked open.
	{ name: 'heldout-v109', prefix: 'h109', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v110, two balanced inboxes: the outside tester's voices and the month's end in a hurry: 8.0% and 8.0% marked open.
	{ name: 'heldout-v110', prefix: 'h110', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v111, a third writer on someone else answering and a sixth on stops said the hard way (es/pt/en 4/4/4): 20.1% and 18.6% marked open.
	{ name: 'heldout-v111', prefix: 'h111', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v112, two balanced inboxes: the Andes, Central America and Brazil's north; written in a hurry: 5.7% and 6.4% marked open.
	{ name: 'heldout-v112', prefix: 'h112', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v113, a seventh writer on stops (es/pt/en 4/4/4) and days to pay said every way: 13.3% and 9.8% marked open.
	{ name: 'heldout-v113', prefix: 'h113', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v114, long messages from ordinary people and a third writer on two or three things at once: 17.4% and 15.2% marked open.
	{ name: 'heldout-v114', prefix: 'h114', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v115, a fourth writer on who is writing and the negotiating middle of the inbox (es/pt/en 4/4/4): 12.5% and 13.3% marked open.
	{ name: 'heldout-v115', prefix: 'h115', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v116, stops taken back and stops meant (es/pt/en 4/4/4), and a balanced inbox: 6.8% and 4.5% marked open.
	{ name: 'heldout-v116', prefix: 'h116', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v117, a stop beside something else and a second writer on days to pay: 8.3% and 8.7% marked open.
	{ name: 'heldout-v117', prefix: 'h117', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v118, a fifth writer on long formal letters and a seventh on stops said the hard way (es/pt/en 4/4/4): 10.2% and 16.7% marked open.
	{ name: 'heldout-v118', prefix: 'h118', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
	// v119, balanced inboxes in Portuguese and border Spanish (2/7/3), and in US English and Spanglish (3/0/9): 8.3% and 6.4% marked open.
	{ name: 'heldout-v119', prefix: 'h119', saturdays: true, ambiguous: 0.3, halves: ELEVEN_A_GROUP },
];

type Row = Record<string, unknown>;

const read = (set: string, file: string): Row[] =>
	readFileSync(join(__dirname, '../../data', set, file), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Row);

describe.each(SETS)('$name', ({ name, prefix, halves, saturdays = false, ambiguous = 0.1, years = ['2026'] }) => {
	const written = halves.map((half) => ({ half, rows: read(name, half.file) }));
	const inputs = written.flatMap(({ rows }) => rows);

	describe.each(written)('written half $half.part', ({ half, rows }) => {
		test('fields exactly these, no label or hint of one', () => {
			const fields = [...(half.ungrouped ? [] : ['group']), 'id', 'lang', 'part', 'received', 'text', ...(half.pairs ? ['pair'] : [])].sort();
			for (const row of rows) expect([row.id, Object.keys(row).sort()]).toEqual([row.id, fields]);
		});

		test(`ids numbered without a gap, languages es/pt/en, received a weekday${saturdays ? ' or Saturday' : ''} of ${years.join(' or ')}`, () => {
			rows.forEach((row, i) => {
				expect(row.id).toBe(`${prefix}-${String(half.first + i).padStart(4, '0')}`);
				expect([row.id, row.part, ['es', 'pt', 'en'].includes(row.lang as string)]).toEqual([row.id, half.part, true]);
				expect([row.id, isIsoDate(row.received) && years.includes((row.received as string).slice(0, 4))]).toEqual([row.id, true]);
				const day = new Date(`${row.received as string}T00:00:00Z`).getUTCDay();
				expect([row.id, day >= 1 && day <= (saturdays ? 6 : 5)]).toEqual([row.id, true]);
			});
		});

		test('texts are unique and not empty', () => {
			const texts = rows.map((row) => String(row.text).trim());
			expect(texts.filter((text) => text === '')).toEqual([]);
			expect(new Set(texts).size).toBe(texts.length);
		});

		if (!half.ungrouped) {
			test('each group holds the replies its writer was asked for', () => {
				const sizes = new Map<string, number>();
				for (const row of rows) sizes.set(row.group as string, (sizes.get(row.group as string) ?? 0) + 1);
				for (const [group, size] of sizes) expect([group, size >= half.perGroup[0] && size <= half.perGroup[1]]).toEqual([group, true]);
			});
		}

		if (half.pairs) {
			test('every pair is two consecutive lines in one language', () => {
				expect(rows.length % 2).toBe(0);
				for (let i = 0; i < rows.length; i += 2) {
					expect([rows[i].pair, rows[i + 1].pair, rows[i + 1].lang]).toEqual([rows[i].pair, rows[i].pair, rows[i].lang]);
					expect(String(rows[i].pair).startsWith(`${rows[i].group as string}-`)).toBe(true);
				}
				expect(new Set(rows.map((row) => row.pair)).size).toBe(rows.length / 2);
			});
		}
	});

	describe.each(['replies.jsonl', 'second-labeller.jsonl'])('labels of %s', (file) => {
		const rows = read(name, file);

		test('one line per written reply, in order, the writers\' fields unchanged', () => {
			expect(rows.map((row) => row.id)).toEqual(inputs.map((row) => row.id));
			rows.forEach((row, i) => {
				const written = Object.fromEntries(Object.entries(row).filter(([key]) => !['label', 'promise_date', 'also', 'ambiguous'].includes(key)));
				expect([row.id, written]).toEqual([row.id, inputs[i]]);
				expect([row.id, 'label' in row, 'promise_date' in row]).toEqual([row.id, true, true]);
			});
		});

		test('labels, also and ambiguous from the taxonomy; a promise date only on a promise, not before the reply', () => {
			for (const row of rows) {
				expect([row.id, LABELS.includes(row.label as string)]).toEqual([row.id, true]);
				if (row.promise_date !== null) {
					expect([row.id, row.label, isIsoDate(row.promise_date), (row.promise_date as string) >= (row.received as string)]).toEqual([row.id, 'promise_to_pay', true, true]);
				}
				for (const other of (row.also as string[] | undefined) ?? []) expect([row.id, LABELS.includes(other), other !== row.label]).toEqual([row.id, true, true]);
				// The other label a labeller hesitated over, or (v18) `true`: a border decided by a rule, the other label unnamed.
				if (row.ambiguous !== undefined) expect([row.id, row.ambiguous === true || LABELS.includes(row.ambiguous as string), row.ambiguous !== row.label]).toEqual([row.id, true, true]);
			}
		});

		test(`under ${100 * ambiguous}% of the lines marked ambiguous`, () => {
			expect(rows.filter((row) => row.ambiguous !== undefined).length / rows.length).toBeLessThan(ambiguous);
		});
	});
});
