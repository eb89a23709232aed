// The shipped workflow templates (workflows/*.json) as a user imports them, with the few edits a user makes
// (shorter delays, another value in a "Settings" node, a node's parameter) applied by name.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const WORKFLOWS_DIR = path.resolve(__dirname, '..', '..', '..', 'workflows');

export interface TemplateNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id?: string; name: string }>;
	webhookId?: string;
	[key: string]: unknown;
}

/** A workflow template file (assignable to the harness's WorkflowJson). */
export interface TemplateJson {
	id?: string;
	name: string;
	nodes: TemplateNode[];
	connections: Record<string, unknown>;
	settings?: Record<string, unknown>;
	pinData?: Record<string, unknown>;
	[key: string]: unknown;
}

/** Edits applied by `loadTemplate`, all optional. */
export interface TemplatePatch {
	/** Workflow id to import under (re-importing the same id updates it). */
	id?: string;
	/** Workflow name. */
	name?: string;
	/** Values of "Edit Fields (Set)" assignments, per node name: `{ Settings: { delayMinutes: 0.02 } }`. */
	assignments?: Record<string, Record<string, unknown>>;
	/** Node parameters, per node name, as `dot.path` → value: `{ 'Send CSI Survey': { 'options.timeout': 2000 } }`. */
	parameters?: Record<string, Record<string, unknown>>;
	/** Anything else. */
	edit?: (wf: TemplateJson) => void;
}

/** Reads `workflows/<file>` (a bare name gets `.json`). */
export function readTemplate(file: string): TemplateJson {
	const full = path.isAbsolute(file)
		? file
		: path.join(WORKFLOWS_DIR, file.endsWith('.json') ? file : `${file}.json`);
	return JSON.parse(fs.readFileSync(full, 'utf8')) as TemplateJson;
}

/** The node called `name`; throws when the template has none. */
export function nodeByName(wf: TemplateJson, name: string): TemplateNode {
	const n = wf.nodes.find((x) => x.name === name);
	if (!n)
		throw new Error(
			`template "${wf.name}" has no node "${name}" (nodes: ${wf.nodes.map((x) => x.name).join(', ')})`,
		);
	return n;
}

/** Nodes of one type (e.g. `n8n-nodes-base.webhook`). */
export function nodesOfType(wf: TemplateJson, type: string): TemplateNode[] {
	return wf.nodes.filter((n) => n.type === type);
}

/** Sets a parameter by dot path (creating objects on the way). */
export function setParameter(node: TemplateNode, dotPath: string, value: unknown): void {
	const keys = dotPath.split('.');
	let obj: Record<string, unknown> = node.parameters;
	for (const k of keys.slice(0, -1)) {
		if (obj[k] === null || typeof obj[k] !== 'object') obj[k] = {};
		obj = obj[k] as Record<string, unknown>;
	}
	obj[keys[keys.length - 1]] = value;
}

interface Assignment {
	id: string;
	name: string;
	value: unknown;
	type: string;
}

/** Changes the value of assignment `field` of a Set node (v3.3+ "assignments"); throws when it is missing. */
export function setAssignment(node: TemplateNode, field: string, value: unknown): void {
	const list = ((node.parameters.assignments as { assignments?: Assignment[] } | undefined)
		?.assignments ?? []) as Assignment[];
	const a = list.find((x) => x.name === field);
	if (!a)
		throw new Error(
			`node "${node.name}" has no assignment "${field}" (has: ${list.map((x) => x.name).join(', ')})`,
		);
	a.value = value;
}

/** The value of assignment `field` of a Set node. */
export function getAssignment(node: TemplateNode, field: string): unknown {
	const list = ((node.parameters.assignments as { assignments?: Assignment[] } | undefined)
		?.assignments ?? []) as Assignment[];
	const a = list.find((x) => x.name === field);
	if (!a) throw new Error(`node "${node.name}" has no assignment "${field}"`);
	return a.value;
}

/** Every credential reference of the template: `{ node, type, name, id }`. */
export function credentialRefs(
	wf: TemplateJson,
): Array<{ node: string; type: string; name: string; id?: string }> {
	return wf.nodes.flatMap((n) =>
		Object.entries(n.credentials ?? {}).map(([type, c]) => ({
			node: n.name,
			type,
			name: c.name,
			id: c.id,
		})),
	);
}

/** A template with a user's edits applied, ready for `n8n.importWorkflow`. */
export function loadTemplate(file: string, patch: TemplatePatch = {}): TemplateJson {
	const wf = readTemplate(file);
	if (patch.id) wf.id = patch.id;
	if (patch.name) wf.name = patch.name;
	for (const [nodeName, values] of Object.entries(patch.assignments ?? {})) {
		const node = nodeByName(wf, nodeName);
		for (const [field, value] of Object.entries(values)) setAssignment(node, field, value);
	}
	for (const [nodeName, values] of Object.entries(patch.parameters ?? {})) {
		const node = nodeByName(wf, nodeName);
		for (const [p, value] of Object.entries(values)) setParameter(node, p, value);
	}
	patch.edit?.(wf);
	return wf;
}
