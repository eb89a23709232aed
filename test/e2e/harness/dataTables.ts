// Data Tables of a running n8n through its public API (`/api/v1/data-tables`): find a table by name, create one,
// read, insert and delete rows. Needs `n8n.start()` first (the API key is created on first use).
import type { N8n } from './n8n';

export type DataTableColumnType = 'string' | 'number' | 'boolean' | 'date';

export interface DataTableColumn {
	name: string;
	type: DataTableColumnType;
}

export interface DataTableInfo {
	id: string;
	name: string;
	columns?: Array<{ name: string; type: string; index?: number }>;
	[key: string]: unknown;
}

/** One row as the API returns it: the table's columns plus the system columns id, createdAt, updatedAt. */
export type DataTableRow = Record<string, unknown> & {
	id: number;
	createdAt: string;
	updatedAt: string;
};

/** Every data table the API key's owner can see (all pages). */
export async function listTables(n8n: N8n): Promise<DataTableInfo[]> {
	const out: DataTableInfo[] = [];
	let cursor: string | undefined;
	do {
		const qs = new URLSearchParams({ limit: '250' });
		if (cursor) qs.set('cursor', cursor);
		const page = await n8n.api<{ data: DataTableInfo[]; nextCursor?: string | null }>(
			'GET',
			`/data-tables?${qs.toString()}`,
		);
		out.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return out;
}

/** The id of the table called `name`, or undefined. */
export async function findTableId(n8n: N8n, name: string): Promise<string | undefined> {
	return (await listTables(n8n)).find((t) => t.name === name)?.id;
}

/** The table called `name`; throws when it does not exist. */
export async function getTable(n8n: N8n, name: string): Promise<DataTableInfo> {
	const t = (await listTables(n8n)).find((x) => x.name === name);
	if (!t) throw new Error(`data table "${name}" does not exist`);
	return t;
}

/** Creates a table (or returns the existing one of that name when `reuse` is true, the default). */
export async function createTable(
	n8n: N8n,
	name: string,
	columns: DataTableColumn[],
	reuse = true,
): Promise<DataTableInfo> {
	if (reuse) {
		const existing = (await listTables(n8n)).find((t) => t.name === name);
		if (existing) return existing;
	}
	return await n8n.api<DataTableInfo>('POST', '/data-tables', { name, columns });
}

async function tableId(n8n: N8n, nameOrId: string | { id: string }): Promise<string> {
	if (typeof nameOrId !== 'string') return nameOrId.id;
	const id = await findTableId(n8n, nameOrId);
	if (!id) throw new Error(`data table "${nameOrId}" does not exist`);
	return id;
}

/** Every row of a table (by name or `{id}`), oldest first (all pages). */
export async function rows(n8n: N8n, table: string | { id: string }): Promise<DataTableRow[]> {
	const id = await tableId(n8n, table);
	const out: DataTableRow[] = [];
	let cursor: string | undefined;
	do {
		const qs = new URLSearchParams({ limit: '250' });
		if (cursor) qs.set('cursor', cursor);
		const page = await n8n.api<{ data: DataTableRow[]; nextCursor?: string | null }>(
			'GET',
			`/data-tables/${id}/rows?${qs.toString()}`,
		);
		out.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return out.sort((a, b) => a.id - b.id);
}

/** Inserts rows (plain column → value objects; dates as ISO strings); returns the stored rows. */
export async function insertRows(
	n8n: N8n,
	table: string | { id: string },
	data: Array<Record<string, unknown>>,
): Promise<DataTableRow[]> {
	const id = await tableId(n8n, table);
	return await n8n.api<DataTableRow[]>('POST', `/data-tables/${id}/rows`, {
		data,
		returnType: 'all',
	});
}

/** Deletes every row of a table (keeps the table). */
export async function clearRows(n8n: N8n, table: string | { id: string }): Promise<void> {
	const id = await tableId(n8n, table);
	const filter = JSON.stringify({
		type: 'and',
		filters: [{ columnName: 'id', condition: 'gte', value: 0 }],
	});
	await n8n.api('DELETE', `/data-tables/${id}/rows?filter=${encodeURIComponent(filter)}`);
}

/** Polls until `predicate` holds for the table's rows (or times out with the last rows in the message). */
export async function waitForRows(
	n8n: N8n,
	table: string | { id: string },
	predicate: (rows: DataTableRow[]) => boolean,
	timeoutMs = 30_000,
): Promise<DataTableRow[]> {
	const deadline = Date.now() + timeoutMs;
	let last: DataTableRow[] = [];
	while (Date.now() < deadline) {
		try {
			last = await rows(n8n, table);
			if (predicate(last)) return last;
		} catch {
			// table not created yet
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error(
		`data table ${typeof table === 'string' ? table : table.id}: condition not met within ${timeoutMs} ms; rows: ${JSON.stringify(last).slice(0, 2000)}`,
	);
}
