// Response rate per attempt: survey rows carrying an `attempt` (1 = the survey SMS, 2 = after the first
// reminder, …, the attempt in force when the customer answered) give, for each attempt, how many surveys
// reached it and how many answered at it. Pure; additive to aggregateResponses.

export interface AttemptRate {
	attempt: number;
	/** surveys that reached this attempt (attempt ≥ k) */
	surveys: number;
	/** surveys answered at this attempt */
	answered: number;
	/** answered / surveys, percent rounded to 0.1 (null when no survey reached it) */
	rate: number | null;
	/** surveys answered at this attempt or earlier / all surveys with an attempt, percent */
	cumulativeRate: number | null;
}

export interface AttemptRateOptions {
	/** field holding the attempt number (default `attempt`) */
	attemptField?: string;
	/** field holding the survey status (default `status`); `answered` counts as answered */
	statusField?: string;
	/** field holding the score (default `score`): a number also counts as answered */
	scoreField?: string;
	/** attempts beyond this are counted in the last one (default 10) */
	maxAttempt?: number;
}

const pct = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : null);

/** Null when no row carries a whole-number attempt (so results without the field do not change). */
export function responseRateByAttempt(
	rows: readonly unknown[],
	options: AttemptRateOptions = {},
): AttemptRate[] | null {
	const attemptField = options.attemptField ?? 'attempt';
	const statusField = options.statusField ?? 'status';
	const scoreField = options.scoreField ?? 'score';
	const cap = Math.max(1, Math.trunc(options.maxAttempt ?? 10));
	const reached: number[] = [];
	const answered: number[] = [];
	let total = 0;
	for (const row of rows) {
		if (!row || typeof row !== 'object') continue;
		const r = row as Record<string, unknown>;
		const raw = r[attemptField];
		// a survey row written before reminders existed has no attempt yet: it is attempt 1
		if (raw !== null && raw !== undefined && raw !== '' && !Number.isFinite(Number(raw))) continue;
		if (raw === undefined) continue;
		const a = Math.min(cap, Math.max(1, Math.trunc(Number(raw) || 1)));
		total++;
		for (let k = 1; k <= a; k++) reached[k] = (reached[k] ?? 0) + 1;
		const status = r[statusField];
		const score = r[scoreField];
		const isAnswered =
			status === 'answered' ||
			(typeof score === 'number' && Number.isFinite(score) && status !== 'opted_out');
		if (isAnswered) answered[a] = (answered[a] ?? 0) + 1;
	}
	if (total === 0) return null;
	const out: AttemptRate[] = [];
	let cumulative = 0;
	for (let k = 1; k < reached.length; k++) {
		const s = reached[k] ?? 0;
		const n = answered[k] ?? 0;
		cumulative += n;
		out.push({
			attempt: k,
			surveys: s,
			answered: n,
			rate: pct(n, s),
			cumulativeRate: pct(cumulative, total),
		});
	}
	return out;
}
