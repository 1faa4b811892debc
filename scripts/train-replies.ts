/**
 * npm run train:replies — trains the reply model (lib/replies/model.ts) on
 * test/data/train/replies-train.jsonl and writes lib/replies/model-weights.json.
 *
 * Deterministic (seeded): multinomial logistic regression, AdaGrad, over hashed features
 * (lib/replies/model.ts), rows weighted so that every label counts alike (generated rows
 * less than written ones), weights quantised to int8 (buckets whose weights all round to 0
 * dropped). The softmax temperature (least log-loss) and the safety thresholds (the highest
 * opt_out probability that keeps opt-out recall ≥ 0.99, wrong_person ≥ 0.95) are fitted on
 * out-of-fold answers: the corpus's written replies (hand-written lines with their noisy
 * copies, the dev, unseen-tuning and held-out v2…v19 sets, the written files of rounds 7, 11 and 13 — not the generated templates) are cut
 * into 5 folds, and each fold is read by a model trained on everything else. Those answers,
 * end to end through classifyReply, go to test/data/train/cross-validation.jsonl
 * (`npm run eval:replies` reports them as cross-validated, never as held out); the shipped
 * model is then trained on every row. Leave one writer out: one more model per writer (dev, the
 * hand-written lines, held-out v2…v19, each written file of test/data/train/written-r7), trained without that writer's rows and scored on them —
 * what picks the regularisation, since random folds put a writer on both sides.
 */
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { REPLY_LABELS } from '../lib/messages/library/types';
import { classifyReply } from '../lib/replies/classify';
import { loadModel, modelScores, softmax, type ModelFile } from '../lib/replies/model';
import { readReplies, score, type LabelledReply, type Outcome } from './reply-metrics';
import { example, fitTemperature, fitThreshold, pack, train, type Example } from './reply-training';
import { mulberry32 } from './mulberry32';

const SEED = 18;
const FOLDS = 5;
const EPOCHS = Number(process.env.EPOCHS ?? 40);
// AdaGrad's step (round 5, leave-one-writer-out mean macro-F1): 0.3 → 0.916, 0.15 → 0.923 (opt-out
// recall 0.995 and precision 0.938 → 0.946 over all writers; v5 left out 0.802 → 0.816), 0.1 →
// 0.923 (opt-out recall 0.989). A smaller step strays less far on a few rows' words. At 0.15 (the
// final rules, committed thresholds; 0.924 as shipped): EPOCHS 25 → 0.922, 60 → 0.923, MIN_ROWS 2
// → 0.921. Round 6 (seven writers, v6 added; round 6's rules, committed thresholds; 0.894 as
// shipped, all 4,083 left out 0.901): RATE 0.1 → 0.892 (opt-out precision 0.928 → 0.930, v6
// 0.741 → 0.737); GENERATED_WEIGHT 0.25 → 0.894, a tie (opt-out precision 0.933, wrong-person
// recall 0.948 → 0.953, the hand-written lines 0.927 → 0.921), so 0.4 stays. Round 7 (v7 and two
// of round 7's files in, ten writers, LOWO_ONLY at the committed thresholds; mean 0.892 at the
// defaults): DIM_BITS 19 → 0.892 (a 2^19 table, no gain), GENERATED_WEIGHT 0.25 → 0.891, BALANCE 0.5
// → 0.892 (opt-out precision 0.930 → 0.919), RATE 0.1 → 0.888, EPOCHS 25 → 0.888, word skip-bigrams
// (lib/replies/model.ts) → 0.890; noisy copies of round 7's files 0.888 → 0.890 (kept). None beats
// the defaults: with 14 writers the corpus, not the settings, moves the figures. Round 8 (v8 in,
// 15 writers, full runs): v8 added alone → mean 0.895 (the 14 others 0.910, round 7: 0.913), v8
// left out 0.678, all 8,646 left out 0.906 (opt-out 98.1% / 85.1%, wrong person 94.3% / 90.0%;
// v8's hard opt-outs pull the fitted thresholds to 0.06 and 0.24); plus 48 hand-written lines
// after reading v8 (third parties relaying, front desks, heirs; busy or frequency complaints as
// no opt-out) → mean 0.889, v8 left out 0.638 (opt-out recall 0.784 → 0.838, wrong person 0.571
// unchanged), the hand-written writer 0.917 → 0.905: not kept. OPT_OUT_FLOOR 0.15 (v8 alone in) →
// mean 0.898, the 14 others 0.914, v8 0.676, all left out 0.909 (opt-out 97.8% / 90.6%): kept.
// The 48 lines again at the floor's thresholds (LOWO_ONLY): mean 0.895, v8 0.657 (accuracy 74.9% →
// 75.4%, opt-out recall 78.4% → 81.1%, wrong person 53.1% → 57.1%), all 0.908: not kept.
// Round 9 (v8 and v9 in, only the replies both labellers agree on: 512 and 504; 16 writers, full
// runs, thresholds fitted 0.15 (the floor) and 0.26): mean 0.898, v8 left out 0.672, v9 0.889, worst
// v8; all 9,141 left out 0.911 (opt-out 97.8% / 90.7%, wrong person 94.2% / 90.9%). Plus 45
// hand-written lines after reading both (thresholds 0.15, 0.24): mean 0.901, the 13 writers other
// than v8, v9 and the hand-written lines 0.915 → 0.915, v8 0.715, v9 0.889, all 9,186 0.911
// (opt-out 97.5% / 91.2%, wrong person 94.4% / 89.2%): kept. On those LOWO answers, the opt-out
// winning wherever both safety labels pass their thresholds (the taxonomy's priority, instead of
// the likelier of the two): opt-out recall 97.5% → 98.0%, wrong person 94.4% → 92.5%, mean 0.900;
// only when p(opt_out) ≥ half p(wrong_person): 97.9% / 94.0%, mean 0.901 — a trade, not a gain:
// not kept.
// A reply asking who writes from this number no opt-out by the model alone (lib/replies/who-writes.ts;
// 11 such replies in the corpus, all `other`): 6 errors fewer on the same answers, mean 0.9013,
// opt-out precision 91.5%, wrong person 89.4%: kept.
// Round 10 (v10 in, the 518 replies both labellers agree on; 17 writers, full runs, thresholds
// 0.15 (the floor) and 0.23–0.24): v10 added alone (round 9's code and lines) → mean 0.895, v10
// left out 0.809, worst v8 0.712, all 9,704 left out 0.907 (opt-out 97.3% / 91.0%, wrong person
// 94.6% / 88.4%). Plus round 10's opt-out rules (no más mensajes, basta, me tire da lista, NFKD,
// letters spelled out) and 30 hand-written lines after reading v10 (frequency complaints as
// `other`, stops after a death or through a lawyer, several channels, barter): mean 0.896, v10
// 0.800 (opt-out 83.0% / 75.0% → 85.1% / 78.4%), worst v8 0.715, all 9,734 0.907 (opt-out 97.4% /
// 90.9%, wrong person 93.9% / 88.6%): not kept. The rules alone: mean 0.896, v10 0.811 (opt-out
// 83.0% / 76.5%), worst v8 0.714, all 9,704 0.907 (opt-out 97.4% / 91.3%, wrong person 94.6% /
// 88.5%): kept.
// A complaint of how often we write as no opt-out by the model alone (as who-writes): not
// written, since of the 62 written replies that say "every day", "todo dia", "cuántas veces"…,
// 35 are opt-outs.
// Round 11 (v11 in, the 507 replies both labellers agree on; 18 writers, full runs): v11 added
// alone (round 10's code, committed thresholds) → mean 0.894, v11 left out 0.879 (opt-out 92.5% /
// 86.0%, promise dates 79.7%), worst v8 0.712, all 10,211 left out 0.906 (opt-out 97.2% / 90.8%,
// wrong person 94.1% / 89.6%, promise dates 90.3%). Plus round 11's rules (date rules for whole
// classes of phrasing: b/v weekdays, "sat", "agr", m/d figures, "after the 10th", quotes; "ya no"
// stops at any hour; courtesy after "quién es" no name; "ise" as "hice"), thresholds fitted 0.15
// (the floor) and 0.20: mean 0.895, v11 0.880 (opt-out 95.0% / 86.4%, dates 87.0%), worst v8
// 0.728, all 0.907 (opt-out 97.4% / 90.9%, wrong person 94.6% / 88.6%, dates 90.8%). At 0.20 the
// model alone read "Guten Tag, wie geht es Ihnen heute?" as a wrong person (its capitalised nouns
// as names asked about): a wrong person by the model alone now needs a quarter of the reply's
// words known (lib/replies/classify.ts) — the same figures on the corpus: kept. 21 hand-written lines after reading
// v11 (pasted receipts, a lost bill with how to pay, a refusal over a charge not owed, "no money
// until the 20th, then I pay", another chat's message) were written but not trained: with three
// full runs allowed, the rules went first, and v11 left out would not measure lines written
// after reading it.
// Round 11 as shipped adds two training writers (written-r7/boundaries.jsonl, indirect.jsonl;
// 20 writers, thresholds 0.15 and 0.26): mean 0.903 (the 18 above 0.895 → 0.902), v11 0.870,
// worst v8 0.753, all 11,500 left out 0.912 (opt-out 97.1% / 90.8%, wrong person 93.9% / 89.3%).
// Blind: v12 0.765 (round 10: 0.753), v13 0.795.
// Round 12 (a helper's branch `model12`; v12 in, the 509 replies both labellers agree on; 21
// writers, thresholds 0.15 and 0.17): v12 added alone (round 11's code) → mean 0.8964, v12 left
// out 0.784 (opt-out 80.0% / 77.2%, wrong person 85.7% / 61.2%), worst v8 0.726, all 12,009 left
// out 0.907 (opt-out 96.6% / 90.2%, wrong person 94.5% / 85.7%, promise dates 90.4%). Plus round
// 12's rules (lib/replies/this-channel.ts: a stop in the mood of a wish — "parassem", "dejaran",
// "refrain from" — or of calls and messages together — "don't call or text me here", "ni me
// llamen ni me escriban" — refuses this channel rather than keeping it; the lexicons' opt-outs in
// those moods, "abstenerse de enviar") and 38 hand-written lines after reading v12: mean 0.8960,
// v12 0.781, the hand-written writer 0.920 → 0.909: the lines not kept. The rules alone: mean
// 0.8970 (the 20 writers of round 11: 0.9025 against 0.903), v12 0.788 (opt-out 85.5% / 78.3%),
// worst v8 0.725, all 12,009 0.908 (opt-out 97.0% / 90.3%, wrong person 94.5% / 85.7%). Blind on
// v13: 0.784 against round 11's 0.795 (wrong person precision 64.1% → 61.0%, promise dates 61.9%
// → 59.8%): not shipped, as round 8's candidate was not. Shipped instead: round 11's corpus (v12
// not trained on) with round 12's rules, retrained (the rules' labels are model features):
// mean 0.903 over 20 writers, v8 0.753, v11 0.867, all 11,500 left out 0.912 (opt-out 97.2% /
// 90.7%, wrong person 93.9% / 89.4%, promise dates 91.8%); v13 (a third look, not blind) 0.798.
// Round 13 (v12 and v13 in, their 509 and 515 agreed rows; 22 writers, LOWO_ONLY at the
// committed thresholds 0.15 and 0.26): round 12's code → mean 0.896 (round 11's 20 writers
// 0.905), v12 left out 0.787, v13 0.823, worst v8 0.760, all 12,524 left out 0.906 (opt-out 96.8% /
// 90.2%, wrong person 93.2% / 88.9%, promise dates 88.7%). Training on v12 reads v13's wrong
// persons no worse here (a model without both: v13 precision 73.5%; with v12: 78.1%): v12 names a
// relative in 52 replies, 18 of them wrong persons (35%; v13: 7 of 37, the corpus 178 of 576), and
// its relatives who relay the message are `other` where earlier sets call them wrong persons — no
// class of phrasing is one label there, so no rule. Round 13's rules (lib/replies/dates.ts: an
// income's day gives way to a day named with a word of paying, a weekday and a day that disagree
// name none, "al toque"; lib/replies/payday.ts: an income with its day is a promise, 157 of 165;
// lib/replies/split-asked.ts: a promise in parts, asked, is a plan, 18 of 18; stopSendingHere and
// records, lists and databases struck off as stops, rules alone 965 → 1008 of 1,473 opt-outs, 22
// false ones as before; date rules alone on every written promise 96.2% → 97.3%): mean 0.898 (the
// 20: 0.906), v12 0.803 (opt-out 85.5% / 77.0% → 90.9% / 79.4%), v13 0.826, worst v8 0.761, all
// 0.907 (opt-out 97.1% / 90.1%, wrong person 93.2% / 89.3%, promise dates 90.0%): kept. No lines
// written after reading v12 or v13 (round 12's 38 lowered LOWO). Shipped, with round 13's two
// training writers (written-r7/contrasts.jsonl 620, paydays.jsonl 650; 24 writers, full run,
// thresholds fitted 0.15 and 0.20): mean 0.899 (the 20: 0.906, the 22 above 0.898), v12 0.795, v13
// 0.834, contrasts 0.907, paydays 0.922, worst v8 0.742 (wrong person precision 73.5% → 67.6% at
// the lower threshold), all 13,794 left out 0.908 (opt-out 97.4% / 90.3%, wrong person 93.9% /
// 88.1%, promise dates 90.0%).
// Round 14 (v14 in, its 493 agreed rows; 25 writers; full run, thresholds fitted 0.15 (the floor)
// and 0.19; on two shared cores, paused at times, the writers' models were kept (LOWO_SAVE) and the
// decisions replayed on them, scripts/replay-lowo.ts). Round 13's code → mean of round 13's 24
// writers 0.9015 (round 11's 20: 0.9086), v14 left out 0.768 (opt-out 91.7% / 50.0%), worst v8
// 0.747, all 14,287 left out 0.9056 (opt-out 97.2% / 89.3%, wrong person 94.3% / 87.1%, promise
// dates 89.4%): v14's hard negatives cost precision. Tried, on the same models: asking how we got
// the number ("quem te passou meu número?", 14 of 22 such written replies `other`, 2 opt-outs) as
// who-writes → 97.1% / 89.4%: kept (folds 89.4% → 89.6%). A margin for a stop by the model alone,
// p(opt_out) ≥ m × the likeliest other label: m 0.25 → 24 writers 0.9024, all 0.9063, 97.0% /
// 90.0% (kept); 0.3 → 96.8% / 90.3%; 0.35 → 96.7% / 90.7%; 0.5 → mean 0.9035, 96.4% / 92.1%, v14
// precision 60.0%: the ship rule's recall floor (97.0%) picks 0.25. A coverage requirement for a
// model-only stop (0.6, 0.75: no change on the folds) and a minimum of words (folds 89.4% → 89.7–90.2%,
// recall −0.1 to −0.2) not kept. A rule for complaints of how often we write: not written, since of
// the 49 written replies with a frequency word and no stop phrase the model read or missed as stops,
// 35 are opt-outs. No training file was written (one run fitted in the session). Ship rule (24
// writers ≥ 0.897, all opt-out recall ≥ 97.0%, precision above round 13's 90.3%): not met, 90.0%.
// Round 15 (v15 in, its 512 agreed rows; 26 writers, 18,312 written rows, 14,799 left out as
// written; full run, thresholds fitted 0.15 (the floor) and 0.19, temperature 1; the writers on two
// processes, LOWO_SAVE /tmp/lowo-r15). Rules decided before the run: round 14's two decisions, and
// a stop of calls to somewhere or someone else — a workplace, a relative, the neighbours, home — is
// no opt-out (lib/replies/calls-elsewhere.ts, a model feature too), with 21 written lines relabelled
// to match (test/data/train/README.md). Same models, decisions replayed (scripts/replay-lowo.ts):
// round 13's code (main's classifyReply; the model's calls_elsewhere feature never set) → mean of
// round 13's 24 writers 0.9002 (round 11's 20: 0.9072), v14 0.771, v15 0.848 (opt-out 92.9% /
// 68.4%), all 14,799 0.9031 (opt-out 96.70% / 88.48%, wrong person 94.13% / 86.94%, promise dates
// 88.58%); round 14's code → 24: 0.9009, all 0.9036, opt-out 96.70% / 89.05%; round 15 → 24: 0.9018
// (the 20: 0.9088), v14 0.771 (opt-out 87.5% / 55.3%), v15 0.854 (opt-out 92.9% / 76.5%, wrong
// person 96.9% / 63.3%, promise dates 77.3%), worst v8 0.728, all 0.9044, opt-out 96.59% / 90.21%,
// wrong person 94.25% / 86.96%, promise dates 88.71%. The two stops lost are held-out labellers'
// opt-outs the new rule reads as calls elsewhere (v6 "…no more calls to my wife's phone", v12 "pls
// dont call me at work again"); false stops 214 → 178: 18 relabelled lines, 6 held-out calls to an
// office, a home or relatives (v5, v8, v13, v15 ×3), and 12 model-only stops the margin and
// who-writes drop. Folds: 0.9045, opt-out 96.7% / 89.8% (round 13's code
// 0.9035, 96.9% / 88.1%). Ship rule (24 writers ≥ 0.897, all opt-out recall ≥ 97.0%, precision ≥
// round 13's code on this corpus): NOT met — recall 96.59% (round 13's code itself reads 96.70%
// here); mean and precision met.
// Round 16 (v16 in, its 502 agreed rows; 27 writers, 18,814 written rows, 15,301 left out as
// written; folds in one run, thresholds fitted 0.15 (the floor) and 0.16, temperature 1; then the
// shipped model and the writers on two processes at those values (FITTED, LOWO_SKIP, LOWO_REVERSE;
// LOWO_SAVE /tmp/lowo-r16)). The code is round 15's merged with main's two stop rules (a keyword as
// its own first or last sentence, a report as spam); no rule changed and nothing written after
// reading errors. Same models, decisions replayed (scripts/replay-lowo.ts): round 13's code
// (54d4567's lib/replies) → mean of round 13's 24 writers 0.8977, of all 27 0.8891, v14 0.782, v15
// 0.861, v16 0.818 (opt-out 92.00% / 76.67%), all 15,301 0.9002 (opt-out 96.51% / 88.28%, wrong
// person 94.27% / 84.24%, promise dates 88.21%); main's code (round 13 and the two stop rules) →
// 24: 0.8976, 27: 0.8890, v16 0.816, all 0.9002, opt-out 96.63% / 88.16%; round 16 → 24: 0.8994
// (round 11's 20: 0.9061), 27: 0.8909, v14 0.782 (opt-out 91.67% / 55.00%), v15 0.868 (96.43% /
// 75.00%), v16 0.816 (94.00% / 74.60%, wrong person 89.74% / 59.32%, promise dates 74.67%), all
// 0.9015, opt-out 96.51% / 89.69%, wrong person 94.40% / 84.26%, promise dates 88.27%. Folds
// (18,814 written, 15,301 as written): round 16 0.9009, opt-out 97.0% / 89.6%, wrong person 94.3% /
// 85.7% (round 13's code 0.8998, 97.0% / 88.2%). Ship rule, set before the results (24 writers ≥
// 0.897, all-left-out opt-out recall and precision ≥ round 13's code's on the same models): met (24
// writers 0.8994 ≥ 0.897; opt-out recall 96.51% ≥ 96.51%; precision 89.69% ≥ 88.28%).
// Round 17 (v17, v18, v19 in, their 518, 501 and 512 agreed rows; 30 writers, 22,144 replies,
// 20,345 written, 16,832 as written; folds in one run, thresholds fitted 0.15 (the floor) and 0.15,
// temperature 1; the shipped model and the writers on two processes at those values (FITTED,
// LOWO_SKIP, LOWO_REVERSE; LOWO_SAVE /tmp/lowo-r17), over two sessions). The code is main's at
// d58a5c4 (session 14's stop, promise and date rules, merged before the last 8 writers were
// trained; the model reads no rule that changed); no rule written after reading errors. Replayed
// with that code: round 17 → mean of round 13's 24 writers 0.9048 (round 11's 20: 0.9119), of all
// 30 0.8943, v14 0.791, v15 0.860, v16 0.807, v17 0.876 (opt-out 97.67% / 73.68%), v18 0.887
// (98.21% / 91.67%), v19 0.892 (95.24% / 93.02%), all 16,832 0.9032, opt-out 96.77% / 89.22%,
// wrong person 94.42% / 85.08%, promise dates 88.38%. Main as shipped on the same writers (round
// 16's left-out models, /tmp/lowo-r16, and round 16's weights on v17–v19, never trained on) →
// 24: 0.9001, 30: 0.8903, all 0.9005, opt-out 96.51% / 89.46%, wrong person 94.30% / 83.68%, promise
// dates 87.91%. Folds (out of fold, as written): 0.9019, opt-out 96.8% / 89.4%, wrong person
// 94.5% / 84.9%. Ship rule, set before the results (round 13's 24 writers ≥ 0.897; all left out,
// opt-out recall and precision ≥ main's code's on the same models — the same code now): met
// (0.9048). Against round 16's models the opt-out precision is 0.24 points lower (recall 0.26
// higher). Blind held-out v20 once, rule set before (opt-out recall not lower, macro-F1 not lower
// by more than 0.01): 0.829 against main's 0.827, opt-out 91.7% / 70.2% against 91.7% / 71.7%,
// wrong person 86.2% / 73.5% against 86.2% / 69.4%: met, shipped.
// Round 18 (v20 and v21 in, their 503 and 499 agreed rows; 32 writers, 23,146 replies, 21,347
// written, 17,834 left out as written; branch model18): folds in one run, thresholds fitted 0.15
// and 0.14, temperature 1 (the writers trained on the second process at 0.15 / 0.15 given the 0.14
// afterwards: the weights do not depend on them). Replayed with main's code at 2b0f7e6 (v20's and
// v21's rules): round 18 → round 13's 24 writers 0.9061, all 32 0.8917, v20 0.845, v21 0.825, all
// 17,834 0.9001, opt-out 96.57% / 89.00%, wrong person 94.28% / 84.03%, promise dates 88.63%;
// round 17 on the same writers (its left-out models, /tmp/lowo-r17, and its shipped weights on
// v20 and v21, never trained on) → 24: 0.9049, 32: 0.8913, all 0.9007, opt-out 96.88% / 88.62%,
// wrong person 94.34% / 84.56%, promise dates 88.19%. Folds 0.90, v20 0.859, v21 0.808. Ship rule,
// set before the figures (commit 3d3d0f2 on model18: 24 writers ≥ 0.897; over all writers opt-out
// recall ≥ round 17's, precision not lower by more than 0.5 points; then v22 blind): NOT met —
// opt-out recall 96.57% < 96.88% (6 of 1,953 stops fewer found). Not shipped; main keeps round 17.
// Rounds 19–37 and 42: test/data/train/README.md. Round 42 (v51–v107 in; 53,478 replies; temperature
// 1.05, thresholds 0.15 and 0.16 fitted; the defaults below unchanged): judged on v108–v115, never
// trained on, macro-F1 0.901 → 0.917, opt-out recall 93.5% → 95.2% — shipped. Round 43 (v108–v115 in;
// 55,554 replies; thresholds 0.15 and 0.18): on v116–v119 0.922 → 0.920, opt-out recall the same — shipped.
const RATE = Number(process.env.RATE ?? 0.15);
// Generated rows (templates, run-ons, mixes) count less than written ones: they repeat one writer's idea.
const GENERATED_WEIGHT = Number(process.env.GENERATED_WEIGHT ?? 0.4);
// Each label weighs as much as a typical one (a row counts typical / its label's rows, to this
// power): the corpus has three times more opt-outs than bill_late replies, and the prior that
// gives is false opt-outs.
const BALANCE = Number(process.env.BALANCE ?? 1);
// Regularisation (scripts/reply-training.ts train), weighed by leave-one-writer-out mean macro-F1
// (round 4): L2 0 → 0.912, 0.001 → 0.922, 0.003 → 0.924, 0.01 → 0.922, 0.03 → 0.914; MIN_ROWS 3
// → 0.912, EPOCHS 15 → 0.911, GENERATED_WEIGHT 0.2 → 0.909. L2 stays 0: at 0.001 and 0.003 the
// shrunk weights read a bare "voy a pagar" as a refusal and "no reconozco el cobro, quiero
// hablar con alguien" as human_agent (test/unit/replies/classify.test.ts); sparing the rules'
// features from it costs more (0.894). Round 5 (at rate 0.3), L2 on character n-grams alone (L2_CHARACTERS;
// words, bigrams, names and rules free): 0 → 0.916, 0.003 → 0.914 (its shrunk probabilities
// pull the fitted opt-out threshold from 0.41 to 0.09: opt-out precision over all writers 0.938
// → 0.896), 0.01 → 0.909 (at the committed thresholds); it stays 0. GENERATED_WEIGHT
// 0.7 → 0.915, BALANCE 0.5 → 0.917 (opt-out precision 0.944 → 0.940, wrong-person recall 0.968 →
// 0.965), both at rate 0.3. Spelling folded as said before
// the character n-grams (ll → y, qu/c → k, ce/ci/z → s, v → b, doubled letters one): instead of
// the spelling 0.917 but opt-out recall 0.995 → 0.989 and precision 0.938 → 0.921; both
// spellings (a 2.7 MB model) 0.909. Not kept: the chat words (lib/replies/chat-words.ts) take
// the common spellings one by one.
const L2 = Number(process.env.L2 ?? 0);
const L2_CHARACTERS = Number(process.env.L2_CHARACTERS ?? L2);
const MIN_ROWS = Number(process.env.MIN_ROWS ?? 1);
// The opt-out threshold never goes below this: round 8's fit (v8's hard opt-outs in) gave 0.06,
// where "hmm cuando cobre" and "could somebody phone me, I don't text much" read as opt-outs
// (opt-out precision over all writers left out 91.7% → 85.1%).
const OPT_OUT_FLOOR = Number(process.env.OPT_OUT_FLOOR ?? 0.15);
const HYPER = { epochs: EPOCHS, rate: RATE, l2: L2, l2Characters: L2_CHARACTERS, minRows: MIN_ROWS };
const OPT = REPLY_LABELS.indexOf('opt_out');
const WRONG = REPLY_LABELS.indexOf('wrong_person');

/** Rows written as a person would write them: the ones the folds are cut from. */
const written = (r: LabelledReply) => r.source === 'handwritten' || r.source === 'handwritten-noisy' || (r.source?.startsWith('heldout-') ?? false) || (r.source?.startsWith('replies-') ?? false) || (r.source?.startsWith('written-') ?? false);
/** A noisy copy of a written row (typos added by the corpus's builder): trained on, never scored. */
const noisyCopy = (r: LabelledReply) => r.source?.endsWith('-noisy') ?? false;

function main() {
	const root = join(__dirname, '..');
	const rows = readReplies(readFileSync(join(root, 'test/data/train/replies-train.jsonl'), 'utf8'));
	const perLabel = new Map<string, number>();
	for (const r of rows) perLabel.set(r.label, (perLabel.get(r.label) ?? 0) + 1);
	const typical = [...perLabel.values()].sort((a, b) => a - b)[Math.floor(perLabel.size / 2)];
	const balance = (r: LabelledReply) => (typical / (perLabel.get(r.label) ?? typical)) ** BALANCE;
	const examples = rows.map((row) => example(row, (written(row) ? 1 : GENERATED_WEIGHT) * balance(row)));
	const started = Date.now();

	// Folds over whole groups (a hand-written line and its noisy copy go together).
	const random = mulberry32(SEED);
	const groupOf = (r: LabelledReply) => r.of ?? r.id;
	const groups = [...new Set(rows.filter(written).map(groupOf))].sort();
	const foldOf = new Map<string, number>();
	for (let i = groups.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[groups[i], groups[j]] = [groups[j], groups[i]];
	}
	groups.forEach((g, i) => foldOf.set(g, i % FOLDS));
	const fold = (r: LabelledReply) => (written(r) ? (foldOf.get(groupOf(r)) ?? -1) : -1);

	// LOWO_ONLY=1: leave one writer out alone, at the committed model's temperature and thresholds
	// (a quicker comparison of settings; nothing is written).
	// FITTED='{"temperature":…,"thresholds":{…}}': a run's fitted values given again (its folds
	// kept by LOWO_SAVE), so the shipped model is trained first and leave one writer out after it.
	const fitted = process.env.FITTED ? (JSON.parse(process.env.FITTED) as Pick<ModelFile, 'temperature' | 'thresholds'>) : undefined;
	const { temperature, thresholds } = fitted ?? (process.env.LOWO_ONLY ? (JSON.parse(readFileSync(join(root, 'lib/replies/model-weights.json'), 'utf8')) as ModelFile) : crossValidate(examples, fold, root, rows.length, started));
	const ship = () => {
		const { w, bias } = train(examples, { seed: SEED, ...HYPER });
		const file = pack(w, bias, temperature, thresholds, examples);
		const json = JSON.stringify(file);
		writeFileSync(join(root, 'lib/replies/model-weights.json'), `${json}\n`);
		const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
		console.log(`lib/replies/model-weights.json: ${(json.length / 1e6).toFixed(2)} MB, ${Buffer.from(file.weights, 'base64').length / file.labels.length} buckets of ${file.dim}, sha256 ${hash}…, ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
	};
	if (fitted && !process.env.LOWO_ONLY) ship();

	// Leave one writer out: random folds put a writer's replies on both sides, so they measure how
	// well the model knows writers it has seen; a writer it never saw is what a debtor is.
	const writerOf = (r: LabelledReply) => (r.source?.startsWith('handwritten') ? 'handwritten' : r.source?.startsWith('replies-') ? 'dev' : r.source?.replace(/-noisy$/, ''));
	const writers = [...new Set(rows.filter(written).map(writerOf))].sort() as string[];
	const unseen: number[] = [];
	const lowo: Outcome[] = [];
	// LOWO_REVERSE=1: the writers from the last; LOWO_SKIP=1: a writer whose model LOWO_SAVE already
	// holds is not trained again — two runs share the writers on two cores (a writer's seed is its own).
	const order = writers.map((_, k) => k);
	if (process.env.LOWO_REVERSE) order.reverse();
	// LOWO_FIRST=a,b: those writers first (the order changes no model: a writer's seed is its index).
	const first = (process.env.LOWO_FIRST ?? '').split(',').filter(Boolean).map((w) => writers.indexOf(w)).filter((k) => k >= 0);
	if (first.length) order.sort((a, b) => (first.includes(a) ? first.indexOf(a) : first.length) - (first.includes(b) ? first.indexOf(b) : first.length));
	for (const k of order) {
		const writer = writers[k];
		if (process.env.LOWO_SKIP && process.env.LOWO_SAVE && existsSync(join(process.env.LOWO_SAVE, `${writer}.json`))) continue;
		const trained = examples.filter((ex) => writerOf(ex.row) !== writer);
		const { w, bias } = train(trained, { seed: SEED + FOLDS + k + 1, ...HYPER });
		const packed = pack(w, bias, temperature, thresholds, trained);
		// LOWO_SAVE=dir: each writer's model kept, so that a change of classifyReply's decisions alone
		// (not of its features) can be replayed on the same answers (scripts/replay-lowo.ts).
		if (process.env.LOWO_SAVE) writeFileSync(join(process.env.LOWO_SAVE, `${writer}.json`), JSON.stringify(packed));
		const model = loadModel(packed);
		const outcomes = examples
			.filter((ex) => writerOf(ex.row) === writer && !noisyCopy(ex.row))
			.map(({ row }): Outcome => {
				const got = classifyReply(row.text, { received: row.received }, model);
				return { row, got: { label: got.label, promiseDate: got.promiseDate, confidence: got.confidence, source: got.source } };
			});
		const s = score(outcomes);
		unseen.push(s.macroF1);
		lowo.push(...outcomes);
		console.log(`writer left out, ${writer}: ${s.replies} replies, accuracy ${s.accuracy.toFixed(3)}, macro-F1 ${s.macroF1.toFixed(3)}, opt-out recall ${s.optOut.recall.toFixed(3)} precision ${s.optOut.precision.toFixed(3)}, wrong person recall ${s.wrongPerson.recall.toFixed(3)} precision ${s.wrongPerson.precision.toFixed(3)}, promise dates ${s.promiseDateExact.toFixed(3)}`);
	}
	console.log(`leave one writer out: mean macro-F1 ${(unseen.reduce((a, b) => a + b, 0) / unseen.length).toFixed(3)} over ${writers.length} writers (${JSON.stringify(HYPER)})`);
	const all = score(lowo);
	console.log(`leave one writer out, all: ${all.replies} replies, macro-F1 ${all.macroF1.toFixed(3)}, opt-out recall ${all.optOut.recall.toFixed(3)} precision ${all.optOut.precision.toFixed(3)}, wrong person recall ${all.wrongPerson.recall.toFixed(3)} precision ${all.wrongPerson.precision.toFixed(3)}, promise dates ${all.promiseDateExact.toFixed(3)}`);
	// Every safety error on a writer left out: what a new writer's opt-outs and wrong persons look
	// like when missed, and what is taken for one (DATES=1: and every promise whose date is not the
	// one written down).
	for (const o of lowo) {
		const missed = (label: string) => o.row.label === label && o.got.label !== label;
		if (process.env.DATES && o.row.label === 'promise_to_pay' && o.got.promiseDate !== o.row.promise_date) console.log(`  left out, promise of ${o.row.promise_date} (received ${o.row.received}) read as ${o.got.label} ${o.got.promiseDate}: ${o.row.id} ${o.row.text.slice(0, 140)}`);
		const taken = (label: string) => o.got.label === label && o.row.label !== label;
		if (missed('opt_out') || missed('wrong_person') || taken('opt_out') || taken('wrong_person')) console.log(`  left out, ${o.row.label} read as ${o.got.label} (${o.got.source} ${o.got.confidence}): ${o.row.id} ${o.row.text.slice(0, 140)}`);
	}
	if (!process.env.LOWO_ONLY && !fitted) ship();
}

/**
 * Reads the written rows in folds, each by a model trained without it; fits the temperature and
 * the safety thresholds on those answers and writes them, end to end, to cross-validation.jsonl.
 */
function crossValidate(examples: Example[], fold: (r: LabelledReply) => number, root: string, replies: number, started: number) {
	const held: Array<{ ex: Example; logits: number[]; model: ModelFile }> = [];
for (let f = 0; f < FOLDS; f++) {
	const { w, bias } = train(
		examples.filter((ex) => fold(ex.row) !== f),
		{ seed: SEED + f + 1, ...HYPER },
	);
	const file = pack(w, bias, 1, { opt_out: 0.5, wrong_person: 0.5 }, examples.filter((ex) => fold(ex.row) !== f));
	const model = loadModel(file);
	for (const ex of examples.filter((e) => fold(e.row) === f)) held.push({ ex, logits: Array.from(modelScores(ex.words, ex.ruleLabels, model, ex.names)), model: file });
}
console.log(`${replies} replies; ${held.length} written ones read out of fold (${FOLDS} folds, ${EPOCHS} epochs) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const truth = held.map((h) => h.ex.y);
const temperature = fitTemperature(
	held.map((h) => h.logits),
	truth,
);
const probs = held.map((h) => softmax(h.logits, temperature));
// Thresholds on the replies as people wrote them: the noisy copies' typos are the generator's
// (a dropped or doubled letter in a two-word reply), and would pull the thresholds down to
// where precision goes.
const asWritten = held.map((h, i) => i).filter((i) => !noisyCopy(held[i].ex.row));
const pick = <T>(list: T[]) => asWritten.map((i) => list[i]);
// The opt-out threshold decides neither what the rules catch alone (an opt-out phrase) nor a
// reply that asks for contact hours or keeps this channel (never an opt-out: classifyReply).
const hours = (ex: Example) => ex.ruleLabels.includes('contact_hours') || ex.ruleLabels.includes('this_channel') || ex.ruleLabels.includes('other_object') || ex.ruleLabels.includes('calls_elsewhere') || ex.ruleLabels.includes('keyword_question');
const byThreshold = asWritten.filter((i) => !hours(held[i].ex));
const thresholds = {
	opt_out: Math.max(OPT_OUT_FLOOR, fitThreshold(
		byThreshold.map((i) => probs[i]),
		byThreshold.map((i) => truth[i]),
		OPT,
		0.99,
		(i) => held[byThreshold[i]].ex.ruleLabels.includes('opt_out'),
	)),
	wrong_person: fitThreshold(pick(probs), pick(truth), WRONG, 0.95, () => false),
};
console.log(`temperature ${temperature}; thresholds: opt_out ≥ ${thresholds.opt_out}, wrong_person ≥ ${thresholds.wrong_person}`);
// The safety replies the model finds least likely: what sets the thresholds.
for (const label of [OPT, WRONG]) {
	const hardest = held.map((h, i) => ({ p: probs[i][label], h })).filter(({ h }) => h.ex.y === label && !(label === OPT && (h.ex.ruleLabels.includes('opt_out') || hours(h.ex))));
	hardest.sort((a, b) => a.p - b.p);
	for (const { p, h } of hardest.slice(0, 6)) console.log(`  hardest ${REPLY_LABELS[label]}: ${p.toFixed(2)} ${h.ex.row.text.slice(0, 100)}`);
}

// The out-of-fold answers, end to end, with the fitted temperature and thresholds.
const models = new Map<ModelFile, ReturnType<typeof loadModel>>();
const outcomes: Outcome[] = held.map(({ ex, model }) => {
	let loaded = models.get(model);
	if (!loaded) models.set(model, (loaded = loadModel({ ...model, temperature, thresholds })));
	const got = classifyReply(ex.row.text, { received: ex.row.received }, loaded);
	return { row: ex.row, got: { label: got.label, promiseDate: got.promiseDate, confidence: got.confidence } };
});
writeFileSync(join(root, 'test/data/train/cross-validation.jsonl'), `${outcomes.map((o) => JSON.stringify(o)).join('\n')}\n`);
// LOWO_SAVE=dir: the fold models too (fitted temperature and thresholds), with the rows each read,
// so that scripts/replay-lowo.ts can write these answers again after a change of decisions alone.
if (process.env.LOWO_SAVE) {
	for (const model of new Set(held.map((h) => h.model))) {
		const f = [...models.keys()].indexOf(model);
		writeFileSync(join(process.env.LOWO_SAVE, `fold-${f}.json`), JSON.stringify({ ...model, temperature, thresholds, rows: held.filter((h) => h.model === model).map((h) => h.ex.row.id) }));
	}
}
for (const source of [...new Set(outcomes.map((o) => o.row.source))].sort()) {
	const s = score(outcomes.filter((o) => o.row.source === source));
	console.log(`out of fold, ${source}: ${s.replies} replies, macro-F1 ${s.macroF1.toFixed(3)}, opt-out recall ${s.optOut.recall.toFixed(3)} precision ${s.optOut.precision.toFixed(3)}, wrong person recall ${s.wrongPerson.recall.toFixed(3)} precision ${s.wrongPerson.precision.toFixed(3)}`);
}
	return { temperature, thresholds };
}

main();
