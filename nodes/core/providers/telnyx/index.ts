import type { SmsProvider } from '../types';
import { send } from './send';
import { webhook } from './webhook';

/** telnyx: send side (request, auth, response) and webhook side (parse, verify, answer). */
export const telnyxProvider: SmsProvider = { ...send, ...webhook };
