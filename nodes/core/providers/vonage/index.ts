import type { SmsProvider } from '../types';
import { node } from './node';
import { send } from './send';
import { webhook } from './webhook';

/** vonage: send side (request, auth, response), webhook side (parse, verify, answer) and node-facing parts. */
export const vonageProvider: SmsProvider = { ...send, ...webhook, ...node };
