/**
 * Chinese aspect lexicon, by class of case (comments invented for these tests): praise without a subject next to
 * other aspects, A-not-A questions, price drops after the purchase, gifts and refunds, malfunctions, visits that
 * never came, compound names of a service; diminishers, contrast, double negation, expectation, comparisons,
 * rhetorical words, A-not-A, and service words beyond appliances (customer service, couriers, refunds, apps, phones).
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
	'A-not-A questions ask, they do not negate; 不是一般的 intensifies': [
		['不知道是不是正品，外观不错', 'product+'],
		['你们能不能更差一点', 'product-'],
		['客服的态度不是一般的差', 'staff_attitude-'],
	],
	'a price drop after the purchase is a complaint, a low price praise': [
		['刚买三天就便宜了两百', 'price-'],
		['比我买的时候还便宜一百块', 'price-'],
		['又便宜又好用', 'price+ product+'],
		['价格不高，质量也好', 'price+ product+'],
		['这个月价格波动太大', 'price-'],
		['降价力度很不错', 'price+'],
	],
	'gifts that never came and refunds that never arrived': [
		['承诺的赠品，到现在也没有赠送', 'price-'],
		['申请退款一周了还没到账', 'resolution-'],
	],
	'malfunctions and signs of a used machine': [
		['第二天就不能启动了', 'product-'],
		['按键失灵，门边有缝隙', 'product-'],
		['打开一看有水渍，像是翻新的', 'product-'],
		['没有广告说的那么好', 'product-'],
	],
	'visits that never came, packaging, an installer who leaves': [
		['维修师傅说好下午来，到现在还没来', 'delivery-'],
		['外包装破损了，机器倒没事', 'delivery-'],
		['装完就直接走掉了', 'delivery-'],
	],
	'compound names of a service take the service, not the staff': [
		['物流服务太差', 'delivery-'],
		['售后服务很好', 'resolution+'],
		['客服到位，服务没得说', 'communication+ staff_attitude+'],
	],
	'hopes, requests, advice and mistaken beliefs are not judgements': [
		['还没用，应该不错吧', ''],
		['希望质量好一点', ''],
		['听说售后不好', ''],
		['怀疑是不是正品', ''],
		['还以为很便宜，结果第二天就降价了', 'price-'],
	],
	'not informed, hung up': [
		['配件的型号也不提前告知', 'communication-'],
		['打过去直接挂了电话', 'communication-'],
	],
	'"not long after" and "almost", "nearly", "incomparably" are no negations or opinions': [
		['买了没几天就坏了', 'product-'],
		['没用多久就漏水了', 'product-'],
		['物流更新无比缓慢', 'delivery-'],
		['差点把门撞坏', ''],
	],
	'a quality word across a gap: 性价比…高, 价格…高, 震动…小, 抖得厉害': [
		['性价比特别高', 'price+'],
		['价格实在太高了', 'price-'],
		['震动比较小，很安静', 'product+'],
		['甩干时机身抖得厉害', 'product-'],
		['没有任何质量问题', 'product+'],
	],
	'price protection is a name: its opinion comes from the clause': [
		['不支持保价', 'price-'],
		['京东支持保价', 'price+'],
	],
	'requests and things not yet done name no opinion': [
		['请及时处理', ''],
		['还没安装，装好再评', ''],
		['好好好好好好', 'product+'],
	],
	'late arrivals (才送到), noise similes, faults and missing parts': [
		['下单五天后才送到', 'delivery-'],
		['脱水的时候像地震一样', 'product-'],
		['用了两次就死机了', 'product-'],
		['收到货发现没有底座', 'product-'],
		['脱得不是很干', 'product-'],
		['洗一次时间太长了', 'product-'],
		['打开门味道很大', 'product-'],
	],
	'fees, double charges, staff temper and talk': [
		['上门还要辛苦费', 'price-'],
		['付款时多扣了一百', 'price-'],
		['配送员脾气暴躁', 'delivery- staff_attitude-'],
		['客服胡说八道', 'competence-'],
		['卖的时候没说清楚要另买水龙头', 'communication-'],
	],
	"policies, obligations, conditions and other people's reviews are not the writer's judgement": [
		['七天无理由退货也不给退', 'resolution-'],
		['不得不给差评', 'product-'],
		['真不明白那么多好评从哪来的', ''],
		['如果质量好就再买一台', ''],
		['换个密封圈就好了', ''],
		['好不容易才送到', 'delivery-'],
	],
	'guarantees, fit, know-how and size': [
		['售后有保障', 'resolution+'],
		['送货的啥都不懂', 'competence- delivery-'],
		['容量还是小了点', 'product-'],
		['尺寸刚刚好', 'product+'],
	],
	'非常 (very) is no negator, even inside a gap; "no noise" is praise': [
		['脱水时声音非常小', 'product+'],
		['甩的非常干', 'product+'],
		['洗衣服基本没声音', 'product+'],
		['声音不吵，挺好', 'product+'],
		['不愧是大品牌', 'product+'],
		['这价格物超所值', 'price+'],
		['买的是非正品', 'product-'],
		['一直没货，等了好久', 'wait_time-'],
	],
	'parts of the washer, bubbles and a walking machine; bearable noise': [
		['电源键不灵', 'product-'],
		['洗完还有很多泡泡', 'product-'],
		['甩干的时候洗衣机会移动', 'product-'],
		['进水声很大', 'product-'],
		['噪音有一点，但能接受', 'product+ product-'],
		['目前使用正常', 'product+'],
		['不知道是否正常', ''],
		['暂时没听到有什么问题', ''],
		['用了几天没有什么问题', 'product+'],
	],
	'early arrival (就到) against late (才到); looks': [
		['早上下单，中午就到了', 'delivery+'],
		['外观美观大气', 'product+'],
		['洗衣服很安静', 'product+'],
	],
	'comparisons with expectations, advice against buying, flaws and no flaws': [
		['效果没有想象的好', 'product-'],
		['质量大不如从前', 'product-'],
		['不建议购买', 'product-'],
		['唯一的缺点是声音大', 'product-'],
		['挑不出毛病', 'product+'],
	],
	'service vocabulary of an e-commerce order: carrying upstairs, rough handling, replies, know-how, manners':
		[
			['送货师傅直接扛上楼', 'delivery+'],
			['快递暴力运输，箱子都破了', 'delivery-'],
			['客服回复很慢', 'communication-'],
			['安装师傅经验丰富', 'competence+ delivery+'],
			['配送员素质太差', 'delivery- staff_attitude-'],
			['手机app连不上', 'digital-'],
			['物流迅速，质量过关', 'delivery+ product+'],
		],
	'complements with 不 (关不紧), 无法/没法 as negators, a verb-object 处理好, never-gave-a-bad-review':
		[
			['盖子关不紧，漏水', 'product-'],
			['泡沫无法冲洗干净', 'product-'],
			['到现在也没处理好', 'resolution-'],
			['我从来没给过差评，这次太失望了', 'product-'],
			['快递员电话一直关机', 'communication-'],
			['洗完不会自己关机', 'product-'],
		],
	'好坏 asks, 贪图便宜 warns, 幸好 praises what follows, a delivery that never came': [
		['还不知道好坏', ''],
		['不能贪图便宜', ''],
		['幸好有换货', 'resolution+'],
		['约好了结果却没有送', 'delivery-'],
	],
	'rumbling noises, a dead control panel, missed appointments, a responsible courier': [
		['甩干时轰隆隆的', 'product-'],
		['按电源键一点反应都没有', 'product-'],
		['配送不按预约的时间', 'delivery-'],
		['送货师傅很负责', 'delivery+ staff_attitude+'],
	],
	'diminishers are complaints; 不太, 不怎么, 不够 negate the praise after them': [
		['快递有点慢', 'delivery-'],
		['物流稍微有点慢', 'delivery-'],
		['客服态度不太好', 'staff_attitude-'],
		['客服回复不怎么及时', 'communication-'],
		['价格不够实惠', 'price-'],
		['物流一点都不快', 'delivery-'],
	],
	'contrast words start a new clause with its own polarity': [
		['质量还不错，但是物流太慢', 'delivery- product+'],
		['东西挺好，只是价格有点贵', 'price- product+'],
		['快递很快，然而包装破损了', 'delivery+ delivery-'],
		['本以为很好用结果很难用', 'product-'],
	],
	'double negation, expectation and comparisons': [
		['没有不满意的地方', 'product+'],
		['不得不说物流真快', 'delivery+'],
		['没想到物流这么快', 'delivery+'],
		['比实体店便宜', 'price+'],
		['质量不如以前', 'product-'],
		['没有网上说的好', 'product-'],
		['目前没发现什么问题', 'product+'],
		['快递没有不准时过', 'delivery+'],
		['没有京东便宜', 'price-'],
		['价格一点也不贵', 'price+'],
		['物流不算太慢', 'delivery+'],
	],
	'rhetorical words flip the rest of their clause': [
		['还不如旧的声音小', 'product-'],
		['不如想象中好', 'product-'],
		['这也叫快', 'product-'],
		['难道质量不好吗', 'product+'],
		['不比实体店差', 'product+'],
		['不比别家便宜', 'price-'],
	],
	'A-not-A and 可以 of ability are no opinions': [
		['好不好用还不知道', ''],
		['贵不贵不知道', ''],
		['可以直接退货', ''],
	],
	'customer service, couriers, refunds, invoices, apps and phones': [
		['客服接电话很及时', 'communication+'],
		['客服一直占线', 'communication-'],
		['退款很快就到账了', 'resolution+'],
		['售后拒绝退款', 'resolution-'],
		['一直没有发票', 'resolution-'],
		['师傅不给安装', 'delivery-'],
		['物流信息一直不更新', 'delivery-'],
		['包装很严实', 'delivery+'],
		['APP经常闪退', 'digital-'],
		['系统老是出错', 'digital-'],
		['手机屏幕很清晰', 'product+'],
		['电池续航短', 'product-'],
		['价格也合适', 'price+'],
		['送货员态度非常好', 'delivery+ staff_attitude+'],
		['APP界面不太好用', 'digital-'],
		['网站下单很方便', 'digital+'],
		['退货很方便', 'resolution+'],
		['快递三天了还没到', 'delivery-'],
		['安装师傅迟到了两个小时', 'delivery-'],
		['优惠券用不了', 'price-'],
		['这个价格买到很值', 'price+'],
		['还没到一个月就坏了', 'product-'],
		['快递丢了，客服也不管', 'delivery- resolution-'],
		['快递被别人签收了', 'delivery-'],
		['配送员提前打电话了', 'communication+'],
		['价格保护申请不了', 'price-'],
		['颜色和图片不一样', 'product-'],
		['小程序下单老是失败', 'digital-'],
		['客服回复很官方', 'communication-'],
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
