import type { SmsProvider } from '../types';
import { send } from './send';
import { webhook } from './webhook';

/** sinch: send side (request, auth, response) and webhook side (parse, verify, answer). */
export const sinchProvider: SmsProvider = { ...send, ...webhook };
