import type { SmsProvider } from '../types';
import { node } from './node';
import { send } from './send';
import { webhook } from './webhook';

/** playmobile: send side (request, auth, response), XML reply push, node facts. */
export const playmobileProvider: SmsProvider = { ...send, ...webhook, ...node };
