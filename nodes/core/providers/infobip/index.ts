import type { SmsProvider } from '../types';
import { node } from './node';
import { send } from './send';
import { webhook } from './webhook';

/** infobip: send side (request, auth, response), webhook side (parse, verify, answer) and node-facing parts. */
export const infobipProvider: SmsProvider = { ...send, ...webhook, ...node };
