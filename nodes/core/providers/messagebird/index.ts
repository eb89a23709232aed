import type { SmsProvider } from '../types';
import { send } from './send';
import { webhook } from './webhook';

/** messagebird: send side (request, auth, response) and webhook side (parse, verify, answer). */
export const messagebirdProvider: SmsProvider = { ...send, ...webhook };
