// SMS text rules of the pure core: encoding and segments, phone numbers, survey texts, templates, A/B variants,
// and send rules (quiet hours, fatigue, blocked words, back-off, rate planning). No n8n imports.
export {
	countSegments,
	isGsm7,
	GSM7_SINGLE_SEGMENT,
	GSM7_MULTI_SEGMENT,
	UCS2_SINGLE_SEGMENT,
	UCS2_MULTI_SEGMENT,
	type SegmentInfo,
	type SmsEncoding,
} from './segments';
export {
	normalizePhone,
	phoneRegions,
	callingCodeOf,
	type NormalizePhoneOptions,
	type NormalizePhoneResult,
	type PhoneOk,
	type PhoneError,
	type PhoneErrorReason,
} from './phone';
export {
	SUPPORTED_SURVEY_LANGUAGES,
	resolveSurveyLanguage,
	defaultSurveyText,
	optOutFooter,
	renderTemplate,
	buildSurveyMessage,
	type SurveyLanguage,
	type SurveyScale,
	type SurveyKind,
	type SurveyTextOptions,
	type OptOutFooterOptions,
	type RenderTemplateOptions,
	type SurveyMessageOptions,
} from './texts';
export {
	chooseVariant,
	surveyId,
	generateSurveyId,
	type WeightedVariant,
	type ChosenVariant,
} from './variants';
export {
	checkSendWindow,
	checkFatigue,
	findBlockedWords,
	backoffDelay,
	createRateLimiter,
	type SendWindow,
	type SendWindowResult,
	type FatigueResult,
	type BackoffOptions,
	type RateLimiterOptions,
	type RateLimiter,
} from './sendRules';
export {
	isAmbiguousFailure,
	shouldRetry,
	sendWithRetry,
	runPool,
	createDedupe,
	type AmbiguousRetryMode,
	type RetryPolicy,
	type RetryOutcome,
} from './send-plan';
export { fillApprovedTemplate, type TemplateParam, type FilledTemplate } from './approvedTemplate';
