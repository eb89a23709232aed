// Webhook helpers shared by the SMS provider modules: header/form/JSON reading, constant-time comparison,
// HMAC-signed JWTs, Basic auth and URL tokens, timestamps, and joining concatenated message parts.
export {
	MAX_WEBHOOK_BODY,
	type WebhookParams,
	webhookHeader,
	parseWebhookForm,
	webhookQuery,
	firstParamValues,
	assertWebhookBody,
	parseWebhookJson,
	looksLikeJson,
	isRecord,
	scalarText,
	jsonToParams,
	requestParams,
	pick,
	hasParam,
	positiveInt,
	plusE164,
} from './http';
export {
	type WebhookDigest,
	type JwtCheck,
	safeEqual,
	safeEqualBytes,
	hmacDigest,
	hashDigest,
	sha256Hex,
	decodeBase64,
	verifyHmacJwt,
	numericClaim,
	nowMs,
	toleranceSeconds,
	withinTolerance,
	checkBasicAuth,
	checkUrlToken,
	verifyUnsigned,
	guardVerify,
} from './crypto';
export { webhookTimestamp, receivedAtOf } from './time';
export { joinParts } from './parts';
export { type WebhookParseOptions, mapDeliveryStatus, makeEvent, escapeXml } from './events';
