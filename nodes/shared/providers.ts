// The provider registry as n8n node description parts: the "Provider" options, one credential per provider
// and each provider's own parameters (shown for that provider only). No provider knowledge lives here.
import type {
	INodeCredentialDescription,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { listProviders, providerOptions } from '../core/providers';
import type { ProviderField, ProviderId, SmsProvider } from '../core/providers';

/** Provider id → this package's credential type for it (send, webhook verification, registration). */
export const CREDENTIAL_TYPES: Readonly<Record<ProviderId, string>> = Object.fromEntries(
	listProviders().map((p) => [p.id, p.credential.type]),
);

/** One required credential per provider, shown for the selected "Provider". */
export const providerCredentials: INodeCredentialDescription[] = listProviders().map((p) => ({
	name: p.credential.type,
	required: true,
	displayOptions: { show: { provider: [p.id] } },
}));

/** The "Provider" options, sorted by name. */
export const PROVIDER_OPTIONS: INodePropertyOptions[] = providerOptions();

/** A provider field as an n8n property shown only for `providers` (`key`: `provider` or `/provider`). */
export function asProperty(
	field: ProviderField,
	providers: ProviderId[],
	key: 'provider' | '/provider' = 'provider',
	extraShow: Record<string, Array<string | number | boolean>> = {},
): INodeProperties {
	const show = { ...(field.displayOptions?.show ?? {}), ...extraShow, [key]: providers };
	return { ...field, displayOptions: { show } } as INodeProperties;
}

/** Every provider's fields picked by `pick`, each shown for its provider only. */
export function providerProperties(
	pick: (p: SmsProvider) => ProviderField[] | undefined,
	key: 'provider' | '/provider' = 'provider',
	extraShow: Record<string, Array<string | number | boolean>> = {},
): INodeProperties[] {
	return listProviders().flatMap((p) =>
		(pick(p) ?? []).map((f) => asProperty(f, [p.id], key, extraShow)),
	);
}

/** Ids of the providers with a capability / feature. */
export function providersWith(test: (p: SmsProvider) => boolean): ProviderId[] {
	return listProviders()
		.filter(test)
		.map((p) => p.id);
}

/** Display names joined for a description ("Twilio, Vonage or Plivo"). */
export function namesOf(ids: ProviderId[]): string {
	const names = listProviders()
		.filter((p) => ids.includes(p.id))
		.map((p) => p.name);
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
