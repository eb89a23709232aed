import type { SmsProvider } from '../types';
import { send } from './send';
import { webhook } from './webhook';

/** infobip: send side (request, auth, response) and webhook side (parse, verify, answer). */
export const infobipProvider: SmsProvider = { ...send, ...webhook };
