import type { SmsProvider } from '../types';
import { send } from './send';
import { webhook } from './webhook';

/** twilio: send side (request, auth, response) and webhook side (parse, verify, answer). */
export const twilioProvider: SmsProvider = { ...send, ...webhook };
