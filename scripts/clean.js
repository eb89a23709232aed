// Removes build output (used by `npm run clean`).
const fs = require('node:fs');
fs.rmSync(require('node:path').join(__dirname, '..', 'dist'), { recursive: true, force: true });
