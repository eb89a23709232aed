// Helpers shared by the provider modules: requests (URLs, forms, Basic auth), JSON reading, send results and
// error classification, webhook reading (headers, forms, JSON), signatures and tokens, timestamps, events and
// joining concatenated parts. Pure; no I/O.
export * from './json';
export * from './request';
export * from './errors';
export * from './webhook';
export * from './crypto';
export * from './time';
export * from './parts';
export * from './events';
export * from './node';
