/** Stop words, detection markers, negations and boilerplate (greetings, "являюсь клиентом"…) for zh. */
import type { StopwordSet } from '../../analysis/stopword-types';

export const zhStopwords: StopwordSet = {
	stop: `的 了 是 我 你 您 他 她 它 们 我们 你们 他们 在 和 也 就 都 而 及 与 着 或 一个 这 那 这个 那个 有 吧 啊 呢 吗 嗯 哦 呀 啦 把 被 给 对 从 到 很 非常 挺
		比较 还 又 再 得 地 之 为 以 所以 因为 但是 但 而且 可以 这样 那样 一下 一些 些 么 什么 怎么 真 真的 特别 太
		竟然 居然 结果 感觉 使用 总体 整体 希望 觉得 已经 然后 还是 时候 知道 现在 一直 其实 而且 就是 一下 以后 之后 之前 自己 什么 怎么 真是 直接 说是 用起来 起来 总体来说 总的来说 整体来说 目前 暂时 东西 用了 一次 两次 第二天 今天 昨天 明天 好评 差评 中评 五星 评价 追评 不知道 还没 没有用 一个月 几天 一天 两天 本来 后来 而是 不过 可能 应该 所以 因为 如果 虽然 但是 一样 这么 那么 这种 那种 还有 只是 只有 比如 大家 朋友 家里 买的 收到 已经 用过
		任何 宝贝
		一 二 三 四 五 六 七 八 九 十 两 后面 前面
		实在 还说 说了 根本 建议 无法 真心 确实 简直 完全 一点`,
	markers: ``,
	negations: `不 没 没有 别 未`,
	boilerplate: [
		'您好',
		'你好',
		'亲们',
		'大家好',
		'总的来说',
		'总体来说',
		'第一次',
		'给个',
		'评价',
		'追加评价',
		'评论',
		'买了',
		'购买',
		'收到',
		'已收到',
		'东西收到',
		'京东',
		'京东客服',
		'买的',
		'购物',
		'下单',
	],
};

/**
 * Theme-neutral words: inside phrases only, never a theme alone (a phrase of only these and negations is no
 * theme either). Classes:
 */
export const zhThemeNeutral = [
	// Narration verbs: calling, contacting, asking, telling, finding out, coming over. They tell what the
	// customer did, not how the service was ("打电话" alone; "打电话没人接" is the complaint).
	`打电话 打了 联系 咨询 询问 问了 告诉 发现 过来 回来 找了`,
	// Units of time: how long, the theme is the wait itself.
	`小时 分钟 星期 个月 半天`,
].join(' ');
