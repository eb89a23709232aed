import type { SmsProvider } from '../types';
import { node } from './node';
import { send } from './send';
import { webhook } from './webhook';

export { smscAuthFields } from './send';

/** smsc: SMSC.ru send side and the cabinet handler's inbound SMS / delivery statuses. */
export const smscProvider: SmsProvider = { ...send, ...webhook, ...node };
