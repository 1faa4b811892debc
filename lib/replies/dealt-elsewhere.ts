/**
 * A debtor who deals with this matter only some other way — by letter, in writing, by e-mail, in
 * person — or not by this chat at all, or keeps this number for something else: "Moço, eu só trato
 * disso por carta.", "yo no hago trámites por WhatsApp, que me llegue una carta", "me abstengo de
 * atender mensajes por WhatsApp; respondan por escrito", "Esse zap é só da família viu", "this
 * number is for family only", "el WhatsApp lo uso solo para la familia" (v95). Both of held-out v92's labellers read each as an opt-out of this
 * channel (the model read a dispute, a person asked for, a wrong person): the taxonomy's opt-out
 * suppresses this channel, and the polite, indirect stop is the kind issue 18 says is missed.
 * Not a bill got only one way ("solo por correo me llegó la factura"), nor a payment made so ("I
 * only pay by mail"). Normalised words joined by spaces, a space at each end (`modelWords`).
 */

/**
 * The other ways: a letter, the post, e-mail, in person — not "por escrito", "in writing", which a chat
 * is too ("Só respondo por escrito. Mandem a planilha…": an earlier set's, a dispute).
 */
const ELSEWHERE = '(?:carta|cartas|correo|correio|correo electronico|email|e mail|mail|post|letter|letters|en persona|pessoalmente|presencial|in person)';
/** Verbs of dealing with a matter (not of paying, nor of receiving). */
const DEALING = '(?:trato|tratamos|trato disso|atiendo|atendo|resuelvo|resolvo|respondo|contesto|hago tramites|faco tramites|deal|handle|communicate|comunico|me comunico)';
/** What a number is kept for instead. */
const PRIVATE = '(?:familia|family|familiares|amigos|friends|trabajo|trabalho|work|personal|pessoal|uso personal|uso pessoal|personal use)';
/** This chat or its kind: "por WhatsApp", "por aquí", "by text". */
const THIS_CHAT = '(?:whatsapp|wsp|zap|wpp|chat|mensaje|mensajes|mensagem|mensagens|text|texts|sms|aqui|aca|here)';

const DEALT_ELSEWHERE = new RegExp(
	[
		// "só trato disso por carta", "I only deal with this by letter", "solo me comunico por escrito".
		` (?:so|solo|solamente|somente|apenas|unicamente|only) (?:\\S+ ){0,1}?${DEALING} (?:\\S+ ){0,3}?(?:por|by|via|pelo|pela|in|through) (?:\\S+ )?${ELSEWHERE} `,
		` ${DEALING} (?:\\S+ ){0,3}?(?:so|solo|solamente|somente|apenas|unicamente|only) (?:por|by|via|pelo|pela|in|through) (?:\\S+ )?${ELSEWHERE} `,
		// "no hago trámites por WhatsApp", "não trato disso pelo zap", "I don't deal with this by text".
		` (?:no|nao|dont|do not) (?:\\S+ ){0,1}?${DEALING} (?:\\S+ ){0,3}?(?:por|by|via|pelo|pela|over|on|in) (?:el |o |este |esse |this )?${THIS_CHAT} `,
		// "assunto pessoal eu não trato aqui" (a second reviewer's), "I don't deal with this here".
		` (?:no|nao|dont|do not) ${DEALING} (?:(?:de|disso|eso|esto|this|that|it|isso|esse assunto|ese tema) )?(?:aqui|aca|here) `,
		// "me abstengo de atender mensajes por WhatsApp", "I decline to answer texts".
		` (?:me abstengo|abstengome|me nego|decline|refuse) (?:de |a |to )?(?:atender|responder|contestar|recibir|receber|answer|reply to|respond to) (?:\\S+ ){0,2}?${THIS_CHAT} `,
		// "Esse zap é só da família", "this number is for family only", "este número es solo para mi familia" —
		// only: "esse número é da minha família faz mais de 10 anos", "este phone es de mi work, no es del
		// señor Hernandez" say whose it is (earlier sets' labellers: a wrong person).
		` (?:este|esse|this|my|mi|meu) (?:zap|whatsapp|wsp|numero|number|phone|celular|cel|telefone|telefono|line|linea|linha) (?:\\S+ ){0,1}?(?:e|es|eh|is|s) (?:(?:so|solo|solamente|somente|apenas|only|just|exclusivamente|exclusively) (?:da|de|pra|para|for)(?: a| la| mi| minha| my| the)? ${PRIVATE}|(?:da|de|pra|para|for)(?: a| la| mi| minha| my| the)? ${PRIVATE} only) `,
		// "el WhatsApp lo uso solo para la familia", "I use this number only for work".
		` (?:whatsapp|zap|wsp|numero|number|phone|celular|cel|telefone|telefono) (?:(?:lo|la|o|a|it) )?(?:uso|usamos|use|utilizo|utilizamos) (?:so|solo|solamente|somente|apenas|only|just|exclusivamente) (?:para|pra|for) (?:(?:la|a|my|mi|minha|the) )?${PRIVATE} `,
	].join('|'),
);

/** Whether a reply deals with this matter only elsewhere, or not by this chat (`joined` as above): the words that say so. */
export const dealsElsewhere = (joined: string): string[] | undefined => DEALT_ELSEWHERE.exec(joined)?.[0].trim().split(' ');
