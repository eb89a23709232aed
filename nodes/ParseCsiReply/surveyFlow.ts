// Parse CSI Reply, "Survey Conversation" mode: the reply moves a stored survey state on by one step
// (advanceSurvey): next question, re-ask, thank-you, opt-out, late comment. Single-question parsing stays the
// node's default mode.
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeProperties,
} from 'n8n-workflow';
import {
	advanceSurvey,
	defaultSurvey,
	scaleLabelsFromText,
	validateDefinition,
	type SurveyDefinition,
	type SurveyEvent,
} from '../core/survey';

const flow = { show: { mode: ['surveyFlow'] } };

/** The mode switch (first property of the node). */
export const modeProperty: INodeProperties = {
	displayName: 'Mode',
	name: 'mode',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Single Question',
			value: 'single',
			description: 'Read one rating reply (re-prompt, thank-you, opt-out)',
		},
		{
			name: 'Survey Conversation',
			value: 'surveyFlow',
			description:
				'Move a multi-step survey on: reason after a low score, comment prompt, more questions, late comments',
		},
	],
	default: 'single',
};

/** Properties shown in survey-conversation mode. */
export const surveyFlowProperties: INodeProperties[] = [
	{
		displayName: 'Survey State',
		name: 'surveyState',
		type: 'string',
		default: '={{ $json.state }}',
		displayOptions: flow,
		description:
			'The state stored with the survey (JSON text from the survey row, empty when only the first question was sent). The result carries the new state to store back.',
	},
	{
		displayName: 'Conversation',
		name: 'conversation',
		type: 'options',
		displayOptions: flow,
		options: [
			{
				name: 'Rating, Reason When Low, Comment',
				value: 'preset',
				description: 'The built-in conversation, with texts in the survey language',
			},
			{
				name: 'Custom Definition (JSON)',
				value: 'custom',
				description: 'Questions, order, conditions and texts of your own',
			},
		],
		default: 'preset',
	},
	{
		displayName: 'Ask Reason When Score Is at Most',
		name: 'reasonMax',
		type: 'number',
		default: -1,
		displayOptions: { show: { mode: ['surveyFlow'], conversation: ['preset'] } },
		description:
			'Low scores get a numbered list of reasons (waiting, staff, not solved, other). -1: the lower 40% of the scale (≤ 2 on 1–5). Set below the scale to never ask.',
	},
	{
		displayName: 'Ask for a Comment',
		name: 'askComment',
		type: 'boolean',
		default: true,
		displayOptions: { show: { mode: ['surveyFlow'], conversation: ['preset'] } },
		description: 'Whether to ask "what is the main reason for your score?" after the rating',
	},
	{
		displayName: 'Then Ask NPS (0–10)',
		name: 'askNps',
		type: 'boolean',
		default: false,
		displayOptions: { show: { mode: ['surveyFlow'], conversation: ['preset'] } },
		description: 'Whether to follow the rating with "how likely are you to recommend us?"',
	},
	{
		displayName: 'Survey Definition',
		name: 'definition',
		type: 'json',
		default:
			'{\n  "questions": [\n    { "id": "score", "type": "rating", "min": 1, "max": 5 },\n    { "id": "reason", "type": "choice", "askIf": { "question": "score", "max": 2 },\n      "options": [{ "id": "wait_time" }, { "id": "staff_attitude" }, { "id": "resolution" }, { "id": "other" }] },\n    { "id": "comment", "type": "text" }\n  ]\n}',
		displayOptions: { show: { mode: ['surveyFlow'], conversation: ['custom'] } },
		description:
			'Questions (rating, choice, text), askIf conditions, maxAttempts and texts; see the docs',
	},
	{
		displayName: 'Survey Text (for Scale Labels)',
		name: 'surveyText',
		type: 'string',
		default: '',
		displayOptions: flow,
		placeholder: 'Оцените от 1 до 5 (1 – очень плохо, 5 – отлично)',
		description:
			'The survey SMS as sent. When it names the ends of the scale, a reply that is only such a label ("отлично") reads as that score.',
	},
	{
		displayName: 'Late Comment Window (Minutes)',
		name: 'lateCommentMinutes',
		type: 'number',
		default: 30,
		typeOptions: { minValue: 0 },
		displayOptions: flow,
		description:
			'After the survey is answered, a reply without a rating within this many minutes becomes (or extends) its comment. 0 turns it off.',
	},
	{
		displayName: 'Reply Time',
		name: 'replyTime',
		type: 'string',
		default: '',
		displayOptions: flow,
		description:
			"When the reply arrived (ISO time), for the late-comment window. Empty: now. Usually the trigger's receivedAt field.",
	},
];

const ACTION: Record<SurveyEvent, string> = {
	answered: 'ask',
	next: 'ask',
	reprompt: 'reprompt',
	done: 'thank',
	gave_up: 'give_up',
	opt_out: 'opt_out',
	late_comment: 'late_comment',
	ignored: 'ignored',
};

/** Builds the definition of item `i` from the node parameters; throws a NodeOperationError naming the item. */
export function surveyDefinitionOf(
	ctx: IExecuteFunctions,
	i: number,
	scale: { min: number; max: number },
	language: string | undefined,
): SurveyDefinition {
	const mode = ctx.getNodeParameter('conversation', i, 'preset') as string;
	const labels = scaleLabelsFromText(ctx.getNodeParameter('surveyText', i, '') as string);
	const lateCommentMinutes = Number(ctx.getNodeParameter('lateCommentMinutes', i, 30));
	let def: SurveyDefinition;
	if (mode === 'custom') {
		const raw = ctx.getNodeParameter('definition', i, '{}') as unknown;
		let parsed: unknown = raw;
		if (typeof raw === 'string') {
			try {
				parsed = JSON.parse(raw);
			} catch (error) {
				throw new NodeOperationError(
					ctx.getNode(),
					`Item ${i}: "Survey Definition" is not valid JSON (${(error as Error).message})`,
					{ itemIndex: i },
				);
			}
		}
		try {
			validateDefinition(parsed);
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), `Item ${i}: ${(error as Error).message}`, {
				itemIndex: i,
			});
		}
		def = parsed;
	} else {
		const reasonMax = Number(ctx.getNodeParameter('reasonMax', i, -1));
		def = defaultSurvey({
			min: scale.min,
			max: scale.max,
			reasonMax: reasonMax === -1 ? undefined : reasonMax,
			comment: ctx.getNodeParameter('askComment', i, true) as boolean,
			nps: ctx.getNodeParameter('askNps', i, false) as boolean,
		});
	}
	const first = def.questions[0];
	const withLabels =
		first.type === 'rating' && !first.labels && Object.keys(labels).length
			? { ...first, labels }
			: first;
	return {
		...def,
		language: language ?? def.language,
		lateCommentMinutes: Number.isFinite(lateCommentMinutes)
			? lateCommentMinutes
			: def.lateCommentMinutes,
		questions: [withLabels, ...def.questions.slice(1)],
	};
}

/** Runs one survey step for item `i`: the result object written to the output field. */
export function surveyFlowResult(
	ctx: IExecuteFunctions,
	i: number,
	text: string,
	scale: { min: number; max: number },
	language: string | undefined,
): IDataObject {
	const def = surveyDefinitionOf(ctx, i, scale, language);
	const stateRaw = ctx.getNodeParameter('surveyState', i, '') as unknown;
	const replyTime = String(ctx.getNodeParameter('replyTime', i, '') ?? '').trim();
	if (replyTime && !Number.isFinite(Date.parse(replyTime))) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Item ${i}: "Reply Time" is "${replyTime}", expected an ISO date-time or empty`,
			{ itemIndex: i },
		);
	}
	const r = advanceSurvey(
		def,
		stateRaw && typeof stateRaw === 'object' ? (stateRaw as never) : String(stateRaw ?? ''),
		text,
		{ now: replyTime || undefined, language },
	);
	const status = r.state.status;
	return {
		mode: 'surveyFlow',
		score: r.summary.score,
		comment: r.summary.comment,
		choice: r.summary.choice,
		aspects: r.summary.aspects,
		scores: r.summary.scores,
		valid: r.summary.score !== null,
		optOut: r.event === 'opt_out',
		done: r.done,
		status,
		event: r.event,
		action: ACTION[r.event],
		question: r.question,
		nextQuestion: r.done ? '' : (def.questions[r.state.q]?.id ?? ''),
		attempt: r.state.attempts + 1,
		replyText: r.reply ?? '',
		language: language ?? def.language ?? 'en',
		scale,
		answers: r.answers as unknown as IDataObject,
		state: JSON.stringify(r.state),
	};
}
