import type { SmsProvider } from '../types';
import { node } from './node';
import { send } from './send';
import { webhook } from './webhook';

export { signTc3, tc3Sign } from './sign';

/** tencent: SendSms (TC3 signature, templates), status and reply callbacks. */
export const tencentProvider: SmsProvider = { ...send, ...webhook, ...node };
