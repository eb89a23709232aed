// Public API of the SMS survey-reply parser (pure core: no n8n import).
export { parseReply } from './parse';
export { detectLanguage } from './language';
export { repromptText, thankYouText, optOutConfirmationText, REPLY_TEXT_LANGUAGES } from './texts';
export type { ParseOptions, ParseResult, RatingScale, ReplyReason } from './types';
export { decideFollowUp, matchIntent, type KeywordIntent } from './followUp';
