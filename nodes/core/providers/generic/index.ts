import type { SmsProvider } from '../types';
import { send } from './send';
import { webhook } from './webhook';

/** generic: send side (request, auth, response) and webhook side (parse, verify, answer). */
export const genericProvider: SmsProvider = { ...send, ...webhook };
