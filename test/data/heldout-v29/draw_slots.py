# Draws desk x situation slots only. Writes no reply text.
import random, json
W = [("pay_named_day",13),("pay_today",6),("pay_on_payday",5),("paid_no_proof",6),("paid_with_proof",4),
("how_to_pay",8),("asks_balance",3),("just_ok",6),("greeting_unclear",2),("more_time_no_day",4),
("installments",5),("discount_settle",2),("partial_now",2),("lost_job",3),("illness_emergency",2),
("no_money",3),("never_got_bill",3),("bill_late",1),("not_due_yet",2),("amount_wrong",3),
("dont_recognise",1),("complaint_service",1),("wrong_person",2),("opt_out",2),("wants_human",3),
("angry_refuses",2),("scam_check",1),("interest_question",2),("relative_died_moved",1),
("payment_failed",1),("change_due_date",1)]
N = 264
tot = sum(w for _, w in W)
raw = [(k, N*w/tot) for k, w in W]
q = {k: int(x) for k, x in raw}
rem = N - sum(q.values())
for k, x in sorted(raw, key=lambda t: -(t[1]-int(t[1])))[:rem]:
    q[k] += 1
pool = [k for k, _ in W for _ in range(q[k])]
assert len(pool) == N
rng = random.Random(2929)
rng.shuffle(pool)
with open("slot_plan.jsonl", "w") as f:
    i = 0
    for d in range(1, 25):
        for r in range(11):
            f.write(json.dumps({"group": f"d{d:02d}", "situation": pool[i]}) + "\n"); i += 1
print(q)
