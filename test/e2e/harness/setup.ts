// Per-file setup of the e2e project: a real n8n takes tens of seconds to start on a busy 2-core machine.
jest.setTimeout(10 * 60 * 1000);
