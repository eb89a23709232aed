// Small builders for workflows used by the e2e tests (plain n8n workflow JSON).
import type { WorkflowJson } from './n8n';

export const PKG = 'n8n-nodes-sms-csi';

export interface NodeJson {
	id?: string;
	name: string;
	type: string;
	typeVersion: number;
	position?: [number, number];
	parameters: Record<string, unknown>;
	[key: string]: unknown;
}

let counter = 0;

/** A linear or branching workflow: `edges` are [from, to, fromOutput?]. */
export function workflow(
	name: string,
	nodes: NodeJson[],
	edges: Array<[string, string, number?]>,
	extra: Partial<WorkflowJson> = {},
): WorkflowJson {
	const connections: Record<
		string,
		{ main: Array<Array<{ node: string; type: 'main'; index: number }>> }
	> = {};
	for (const [from, to, output = 0] of edges) {
		const c = (connections[from] ??= { main: [] });
		while (c.main.length <= output) c.main.push([]);
		c.main[output].push({ node: to, type: 'main', index: 0 });
	}
	return {
		name,
		nodes: nodes.map((n, i) => ({ id: n.id ?? `node-${++counter}`, position: [i * 220, 0], ...n })),
		connections,
		settings: { executionOrder: 'v1' },
		...extra,
	};
}

export const manualTrigger = (name = 'Start'): NodeJson => ({
	name,
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	parameters: {},
});

/** Manual trigger → Set (raw JSON with an `items` array) → Split Out: one item per element. */
export function itemsSource(
	items: unknown[],
	name = 'Items',
): { nodes: NodeJson[]; edges: Array<[string, string]>; last: string } {
	const setName = `${name} JSON`;
	return {
		nodes: [
			manualTrigger(),
			{
				name: setName,
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ items }), options: {} },
			},
			{
				name,
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				parameters: { fieldToSplitOut: 'items', options: {} },
			},
		],
		edges: [
			['Start', setName],
			[setName, name],
		],
		last: name,
	};
}
