import type { SmsProvider } from '../types';
import { node } from './node';
import { send } from './send';
import { webhook } from './webhook';

/** messagebird: send side (request, auth, response), webhook side (parse, verify, answer) and node-facing parts. */
export const messagebirdProvider: SmsProvider = { ...send, ...webhook, ...node };
