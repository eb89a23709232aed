// Public API of n8n-nodes-sms-csi for code (Code nodes, scripts, other packages): the pure core the nodes
// are built on. Nothing here imports n8n.
export * from './nodes/core/reply';
export * from './nodes/core/aggregate';
export * from './nodes/core/analysis';
export * from './nodes/core/sms';
export * from './nodes/core/providers';
export * from './nodes/core/survey';
