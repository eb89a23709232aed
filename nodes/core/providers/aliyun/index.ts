import type { SmsProvider } from '../types';
import { node } from './node';
import { send } from './send';
import { webhook } from './webhook';

export { signAcs3, acs3Authorization, acs3CanonicalRequest } from './sign';

/** aliyun: SendSms (V3 signature, templates) and the SmsUp / SmsReport batch push. */
export const aliyunProvider: SmsProvider = { ...send, ...webhook, ...node };
