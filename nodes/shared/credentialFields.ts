import type { INodeProperties } from 'n8n-workflow';

/** Credential fields protecting an unsigned provider push (secret URL token, optional Basic auth). */
export function unsignedWebhookFields(provider: string): INodeProperties[] {
	return [
		{
			displayName: 'Webhook Token',
			name: 'webhookToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				', does not sign its pushes: a long random token that must end the webhook URL you give , (…/webhook/&lt;path&gt;/&lt;token&gt;) or be its ?token= parameter. CSI Reply Trigger answers 401 without it.',
		},
		{
			displayName: 'Webhook Username',
			name: 'webhookUsername',
			type: 'string',
			default: '',
			description: `Optional: Basic-auth user ${provider} sends with its pushes (when your account manager configured one)`,
		},
		{
			displayName: 'Webhook Password',
			name: 'webhookPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Optional: the Basic-auth password of those pushes',
		},
	];
}

/** `baseURL` + `url` of a request as the HTTP client joins them. */
export function fullUrl(baseURL: string | undefined, url: string): string {
	if (!baseURL || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
	return `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}
