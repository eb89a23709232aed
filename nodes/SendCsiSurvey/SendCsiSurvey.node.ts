import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { sendCsiSurvey } from './actions/execute';
import { OUTPUT_NAMES, sendCsiSurveyCredentials, sendCsiSurveyProperties } from './description';

export class SendCsiSurvey implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Send CSI Survey',
		name: 'sendCsiSurvey',
		icon: { light: 'file:sendCsiSurvey.svg', dark: 'file:sendCsiSurvey.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{"via " + $parameter["provider"]}}',
		description:
			'Send a customer-satisfaction survey SMS through your SMS provider (Twilio, Vonage, Plivo, Telnyx, Infobip, MessageBird, Sinch or any HTTP gateway)',
		defaults: { name: 'Send CSI Survey' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: [...OUTPUT_NAMES],
		usableAsTool: true,
		credentials: sendCsiSurveyCredentials,
		properties: sendCsiSurveyProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await sendCsiSurvey.call(this);
	}
}
