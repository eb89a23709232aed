// The demo's simulated SMS world: Twilio-compatible loopback gateway and phone simulator page.
export * from './gateway';
export * from './twiml';
