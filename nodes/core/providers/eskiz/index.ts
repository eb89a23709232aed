import type { SmsProvider } from '../types';
import { node } from './node';
import { send } from './send';
import { webhook } from './webhook';

export { eskizLoginRequest, eskizTokenOf } from './send';

/** eskiz: send side (token auth, request, response), delivery-report webhook (no inbound SMS), node facts. */
export const eskizProvider: SmsProvider = { ...send, ...webhook, ...node };
