/** Stop words for theme languages without a language pack folder (uk, ja, ko, th, fa, hi). */
import type { StopwordSet } from './stopword-types';

export const EXTRA_STOPWORDS: Record<string, StopwordSet> = {
	uk: {
		stop: `і й та в у на з із що це я ти ви ми він вона воно вони як але до для по від за так же би був була
		були`,
		markers: `не дякую добре погано`,
		negations: `не ні`,
		boilerplate: [],
	},
	ja: {
		stop: `の に は を た が で て と し れ さ ある いる も する から な こと として や れる など です ます でした まし だ か っ とても`,
		markers: ``,
		negations: `ない`,
		boilerplate: [],
	},
	ko: {
		stop: `이 그 저 것 수 등 들 및 에 의 가 을 를 은 는 도 좀 너무 정말 진짜 아주`,
		markers: ``,
		negations: ``,
		boilerplate: [],
	},
	th: {
		stop: `ที่ และ ของ ใน ให้ ได้ มาก ค่ะ ครับ คะ นะ เป็น มี ก็ จะ กับ แล้ว ว่า การ ความ`,
		markers: ``,
		negations: ``,
		boilerplate: [],
	},
	fa: {
		stop: `و در به از که این آن با را برای است بود هم خیلی من ما شما`,
		markers: ``,
		negations: ``,
		boilerplate: [],
	},
	hi: {
		stop: `है हैं था थे की के का को में से और पर भी यह वह मैं हम आप ने बहुत तो ही`,
		markers: ``,
		negations: `नहीं`,
		boilerplate: [],
	},
};
