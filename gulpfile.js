// Copies the non-TypeScript assets n8n loads at runtime into dist/: node and credential icons (SVG/PNG,
// light and dark), codex files (*.node.json) and the workflow templates.
const { src, dest, parallel } = require('gulp');

function copyIcons() {
	return src(['nodes/**/*.{svg,png}', 'credentials/**/*.{svg,png}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

function copyCodex() {
	return src('nodes/**/*.node.json', { base: '.' }).pipe(dest('dist'));
}

function copyTemplates() {
	return src('workflows/*.json', { base: '.', allowEmpty: true }).pipe(dest('dist'));
}

exports.build = parallel(copyIcons, copyCodex, copyTemplates);
exports.default = exports.build;
