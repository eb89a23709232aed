// Each provider module names its credential type; the credential files listed in package.json's n8n block must
// declare exactly that type, with the same display name, and have the fields the provider reads as webhook
// secrets — so a provider is one folder + one credential file + one package.json line, checked here.
import { readFileSync } from 'fs';
import { join } from 'path';
import type { ICredentialType } from 'n8n-workflow';
import { listProviders } from '../../../nodes/core/providers/registry';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	n8n: { credentials: string[] };
};

const credentials = new Map<string, ICredentialType>();
for (const distPath of pkg.n8n.credentials) {
	const source = join(root, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
	const mod = jest.requireActual<Record<string, new () => ICredentialType>>(source);
	for (const Ctor of Object.values(mod)) {
		const c = new Ctor();
		credentials.set(c.name, c);
	}
}

describe.each(listProviders().map((p) => [p.id, p] as const))('%s credential', (_id, provider) => {
	const credential = credentials.get(provider.credential.type);
	test('is listed in package.json and declares the type and display name', () => {
		expect(credential?.name).toBe(provider.credential.type);
		expect(credential?.displayName).toBe(provider.credential.displayName);
	});
	test('has every webhook secret field, as a password field', () => {
		const fields = new Map((credential?.properties ?? []).map((p) => [p.name, p]));
		for (const name of provider.credential.webhookSecretFields) {
			const field = fields.get(name);
			expect({ name, present: field !== undefined }).toEqual({ name, present: true });
			// A user name and Telnyx's public key verify webhooks but are not secret.
			if (name !== 'webhookUsername' && name !== 'publicKey')
				expect({ name, password: field?.typeOptions?.password === true }).toEqual({
					name,
					password: true,
				});
		}
	});
	test('has a Test request', () => {
		expect(credential?.test).toBeDefined();
	});
});
