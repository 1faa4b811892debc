/** The provider credentials' type names, shared by Send and the reply trigger. */
export const WHATSAPP_CREDENTIAL = 'collectionsWhatsAppCloudApi';
export const TWILIO_CREDENTIAL = 'collectionsTwilioApi';
