// Switch a template's SMS provider the way a user does in the editor: Provider = <id> and that provider's
// credential in every Send CSI Survey and CSI Reply Trigger node (templates ship with Twilio selected).
import type { TemplateJson } from './templates';

const SWITCHED = new Set(['n8n-nodes-sms-csi.sendCsiSurvey', 'n8n-nodes-sms-csi.csiReplyTrigger']);

export interface ProviderChoice {
	provider: string;
	credentialType: string;
	credentialName: string;
	credentialId?: string;
}

export function switchProvider(wf: TemplateJson, choice: ProviderChoice): TemplateJson {
	for (const node of wf.nodes) {
		if (!SWITCHED.has(node.type)) continue;
		node.parameters = { ...node.parameters, provider: choice.provider };
		node.credentials = {
			[choice.credentialType]: {
				...(choice.credentialId ? { id: choice.credentialId } : {}),
				name: choice.credentialName,
			},
		};
	}
	return wf;
}
