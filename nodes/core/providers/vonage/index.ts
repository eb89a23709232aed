import type { SmsProvider } from '../types';
import { send } from './send';
import { webhook } from './webhook';

/** vonage: send side (request, auth, response) and webhook side (parse, verify, answer). */
export const vonageProvider: SmsProvider = { ...send, ...webhook };
