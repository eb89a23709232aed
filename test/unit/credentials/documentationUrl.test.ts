// Every credential's documentationUrl (the "Open docs" link in n8n's credential dialog) points at a page of this
// repository on GitHub and at a heading that exists there.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ICredentialType } from 'n8n-workflow';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
	repository: { url: string };
	n8n: { credentials: string[] };
};
const REPO = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function githubSlug(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
	const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
	return new Set(
		text
			.split('\n')
			.filter((l) => /^#{1,6} /.test(l))
			.map((l) => githubSlug(l.replace(/^#+ /, ''))),
	);
}

const credentialFiles = readdirSync(path.join(ROOT, 'credentials')).filter((f) =>
	f.endsWith('.credentials.ts'),
);

describe('credential documentationUrl', () => {
	it('covers every credential the package declares', () => {
		expect(
			credentialFiles.map((f) => `dist/credentials/${f.replace(/\.ts$/, '.js')}`).sort(),
		).toEqual([...pkg.n8n.credentials].sort());
	});

	it.each(credentialFiles)(
		'%s links to an existing heading of a page in this repository',
		async (file) => {
			const mod = (await import(path.join(ROOT, 'credentials', file))) as Record<
				string,
				new () => ICredentialType
			>;
			const Credential = Object.values(mod)[0];
			const url = new Credential().documentationUrl ?? '';
			const prefix = `${REPO}/blob/main/`;
			expect(url.startsWith(prefix)).toBe(true);
			const [page, anchor] = url.slice(prefix.length).split('#');
			expect(anchor).toBeTruthy();
			expect([...anchorsOf(path.join(ROOT, page))]).toContain(anchor);
		},
	);

	it('computes GitHub anchors the way GitHub does', () => {
		expect(githubSlug('Generic HTTP gateway')).toBe('generic-http-gateway');
		expect(githubSlug('Verification (on by default)')).toBe('verification-on-by-default');
		expect(githubSlug('n8n Cloud')).toBe('n8n-cloud');
	});
});
