import type { SmsProvider } from '../types';
import { send } from './send';
import { webhook } from './webhook';

/** plivo: send side (request, auth, response) and webhook side (parse, verify, answer). */
export const plivoProvider: SmsProvider = { ...send, ...webhook };
