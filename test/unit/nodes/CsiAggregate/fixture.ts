// Survey rows shared by the CSI Aggregate unit and e2e tests. Hand-checked expectations are in the tests.
// Times are UTC instants; the report runs in Asia/Shanghai (UTC+8): row 0 is Sunday 2026-03-01 in UTC but
// Monday 2026-03-02 (ISO week 2026-W10) in Shanghai; row 4 is Sunday 03-08 in UTC but Monday 03-09 (W11).
export const SURVEY_ROWS: Array<Record<string, unknown>> = [
	{
		id: 1,
		operator: 'A',
		csi: { score: 5, comment: '', optOut: false },
		receivedAt: '2026-03-01T17:00:00Z',
	},
	{
		id: 2,
		operator: 'A',
		csi: { score: 4, comment: 'fast and polite', optOut: false },
		receivedAt: '2026-03-04T10:00:00Z',
	},
	{
		id: 3,
		operator: 'B',
		csi: { score: 2, comment: 'долго ждать', optOut: false },
		receivedAt: '2026-03-05T12:00:00Z',
	},
	{
		id: 4,
		operator: 'B',
		csi: { score: 3, comment: '', optOut: false },
		receivedAt: '2026-03-08T15:30:00Z',
	},
	{
		id: 5,
		operator: 'B',
		csi: { score: 1, comment: '等太久了', optOut: false },
		receivedAt: '2026-03-08T16:30:00Z',
	},
	{
		id: 6,
		operator: 'A',
		csi: { score: 5, comment: '', optOut: false },
		receivedAt: '2026-03-10T08:00:00Z',
	},
	// no "csi" object: the flat "score" and "timestamp" fallbacks are read
	{ id: 7, operator: 'A', score: 4, timestamp: '2026-03-11T08:00:00Z' },
	// unrecognised reply: invalid
	{
		id: 8,
		operator: 'B',
		csi: { score: null, comment: '', optOut: false },
		receivedAt: '2026-03-12T09:00:00Z',
	},
	// opt-out reply
	{
		id: 9,
		operator: 'A',
		csi: { score: null, comment: '', optOut: true },
		receivedAt: '2026-03-12T09:00:00Z',
	},
	// no time at all: untimed
	{ id: 10, operator: 'B', csi: { score: 5, comment: '', optOut: false } },
];
