// Signed webhook requests as each SMS provider sends them, for unit and e2e tests.
export * from './types';
export * as twilio from './twilio';
export * as vonage from './vonage';
export * as plivo from './plivo';
export * as telnyx from './telnyx';
export * as infobip from './infobip';
export * as messagebird from './messagebird';
export * as sinch from './sinch';
export * as generic from './generic';
export * as playmobile from './playmobile';
export * as eskiz from './eskiz';
export * as aliyun from './aliyun';
export * as tencent from './tencent';
export * as smsc from './smsc';
