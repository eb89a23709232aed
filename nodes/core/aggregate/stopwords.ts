/**
 * Short, hand-written stop-word lists for comment themes, and extra marker words used (with the stop words)
 * to tell Latin- and Cyrillic-script languages apart.
 *
 * Negations ("not", "не", "不", "nicht", "không", …) are deliberately NOT stop words: they are kept inside
 * two-word phrases (never listed alone), since in complaint themes
 * "не работает" or "not fixed" is the theme.
 */

const STOP_TEXT: Record<string, string> = {
	en: `a an the and or but if then so to of in on at by for with from as is are was were be been being am i me my
		we our us you your he him his she her it its they them their this that these those there here what which who
		whom do does did done have has had having will would can could should shall may might must just very really
		also too about into over after before again up down out off only own same than such both each few more most
		other some any all i'm im it's its you're we're i've i'd got get`,
	ru: `и в во на я с со что а то все всё она он оно так его но да ты к у же вы за бы по только ее её мне было вот от
		меня еще ещё о об из ему теперь когда даже ну ли если уже или быть был была были него до вас вам ваш ваша
		ваше вашего вашей ведь там потом себя ей может они тут где есть надо ней для мы тебя их чем сам чтобы без
		чего раз тоже себе под будет ж тогда кто этот того потому этого какой ним здесь этом мой тем нее сейчас
		куда всех можно при хоть после над тот через эти нас про всего них какая эту моя свою этой перед том такой
		им это как очень мы меня нам наш вот бы`,
	uk: `і й та в у на з із що це я ти ви ми він вона воно вони як але до для по від за так же би був була були`,
	zh: `的 了 是 我 你 您 他 她 它 们 我们 你们 他们 在 和 也 就 都 而 及 与 着 或 一个 这 那 这个 那个 有 吧 啊 呢 吗 嗯
		哦 呀 啦 把 被 给 对 从 到 很 非常 挺 比较 还 又 再 得 地 之 为 以 所以 因为 但是 但 而且 可以 这样 那样 一下 一些
		些 么 什么 怎么 真 真的 特别 太`,
	ja: `の に は を た が で て と し れ さ ある いる も する から な こと として や れる など です ます でした まし
		だ か っ とても`,
	ko: `이 그 저 것 수 등 들 및 에 의 가 을 를 은 는 도 좀 너무 정말 진짜 아주`,
	th: `ที่ และ ของ ใน ให้ ได้ มาก ค่ะ ครับ คะ นะ เป็น มี ก็ จะ กับ แล้ว ว่า การ ความ`,
	uz: `va bilan uchun ham bu u men siz biz ular bir edi lekin ammo yoki juda shu o'sha oʻsha da esa deb kabi
		menga sizga sizning mening ва билан учун ҳам бу у мен сиз биз улар бир эди лекин аммо ёки жуда шу эса деб
		каби`,
	kk: `және мен бен пен да де та те бұл ол сен сіз біз олар бір еді бірақ немесе өте үшін осы сол ғой ғана
		маған сізге jáne men bul ol biz siz óte ushin biraq`,
	es: `el la los las un una unos unas y e o u pero de del a al en con por para que es son fue era muy más mas me mi
		mis te tu tus su sus se lo le les nos yo usted ustedes ellos ella él este esta esto ese esa eso como ya
		también todo toda hay ha han he estar está están estoy ser sin sobre hasta cuando donde`,
	pt: `o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com por para que é são foi era muito
		mais me meu minha te seu sua se lhe eu você vocês ele ela eles elas este esta isso isto esse essa como já
		também tudo ao à pelo pela tem ter está estão estou ser`,
	de: `der die das den dem des ein eine einer eines einem einen und oder aber in im ist sind war waren sehr mit für
		von vom zu zum zur auf an am bei es ich du sie er wir ihr mich mir uns sich dass als wie auch so noch schon
		hat habe haben hatte wird wurde`,
	fr: `le la les un une des du de d l et ou mais à au aux en dans sur avec pour par que qui est sont était très plus
		je tu il elle nous vous ils elles me mon ma mes ton ta tes son sa ses ce cet cette ces c j qu s y a ai as
		avons avez ont été être comme aussi tout`,
	tr: `ve ile bir bu şu o ben sen biz siz onlar için çok da de ki mi mı mu mü ama fakat veya gibi daha en her olarak
		bana beni size sizin`,
	ar: `في من على إلى الى عن مع هذا هذه ذلك تلك هو هي أنا انا نحن أنت انت أنتم هم و ثم أو او لكن كان كانت قد لقد جدا
		الذي التي كل بعد قبل عند كما ايضا أيضا`,
	fa: `و در به از که این آن با را برای است بود هم خیلی من ما شما`,
	id: `dan yang di ke dari untuk dengan ini itu saya kami kita anda kamu dia mereka ada adalah juga sudah akan bisa
		atau tapi tetapi karena pada sangat lebih sekali`,
	vi: `và của là có cho với các những một này đó thì mà được đã đang sẽ rất tôi bạn anh chị em họ chúng ở trong khi
		cũng như để lại ra vào`,
	hi: `है हैं था थे की के का को में से और पर भी यह वह मैं हम आप ने बहुत तो ही`,
};

/** Words that are not stop words but are typical of one language (used only for detection). */
const MARKER_TEXT: Record<string, string> = {
	en: `not no never don't didn't can't won't isn't wasn't thanks thank good great bad service excellent slow still keeps nothing amazing average`,
	ru: `не нет спасибо хорошо плохо отлично долго`,
	uk: `не дякую добре погано`,
	uz: `emas rahmat yaxshi yomon kutdim ishlamadi berdi hammasi hammasini boshqa xizmat рахмат яхши ёмон`,
	kk: `рахмет жақсы жаман емес rahmet jaqsy`,
	es: `no gracias bien mal excelente servicio nunca`,
	pt: `não obrigado obrigada bom ótimo ruim atendimento nunca`,
	de: `nicht kein keine danke gut schlecht super`,
	fr: `pas ne merci bien bon mauvais service jamais sympa`,
	tr: `değil yok teşekkür teşekkürler iyi kötü hizmet`,
	id: `tidak belum bukan terima kasih bagus buruk pelayanan datang waktu ramah`,
	vi: `không chưa cảm ơn tốt`,
};

function toSet(text: string): Set<string> {
	return new Set(text.split(/\s+/).filter((w) => w !== ''));
}

const STOP_SETS = new Map<string, Set<string>>();
for (const [lang, text] of Object.entries(STOP_TEXT)) STOP_SETS.set(lang, toSet(text));

const MARKER_SETS = new Map<string, Set<string>>();
for (const [lang, text] of Object.entries(MARKER_TEXT)) {
	const set = toSet(text);
	for (const w of STOP_SETS.get(lang) ?? []) set.add(w);
	MARKER_SETS.set(lang, set);
}

/** Negations: kept in two-word phrases ("not fixed", "не работает") but not listed as single words. */
const NEGATION_TEXT: Record<string, string> = {
	en: `not no never don't didn't doesn't can't cannot won't isn't wasn't aren't weren't`,
	ru: `не нет ни`,
	uk: `не ні`,
	zh: `不 没 没有 别 未`,
	ja: `ない`,
	uz: `emas yoʻq yo'q эмас йўқ`,
	kk: `емес жоқ`,
	es: `no nunca ni`,
	pt: `não nunca nem`,
	de: `nicht kein keine keinen nie`,
	fr: `pas ne jamais`,
	tr: `değil yok`,
	ar: `لا لم لن ليس`,
	id: `tidak belum bukan`,
	vi: `không chưa`,
	hi: `नहीं`,
};

const NEGATION_SETS = new Map<string, Set<string>>();
for (const [lang, text] of Object.entries(NEGATION_TEXT)) NEGATION_SETS.set(lang, toSet(text));

const EMPTY = new Set<string>();

/** Built-in negations of a language (empty set for languages without a list). */
export function negationsOf(language: string): ReadonlySet<string> {
	return NEGATION_SETS.get(language) ?? EMPTY;
}

/** Built-in stop words of a language (empty set for languages without a list). */
export function stopWordsOf(language: string): ReadonlySet<string> {
	return STOP_SETS.get(language) ?? EMPTY;
}

/** Detection markers of a language: its stop words plus typical words. */
export function markersOf(language: string): ReadonlySet<string> {
	return MARKER_SETS.get(language) ?? EMPTY;
}

/** Languages that have a built-in stop-word list. */
export const THEME_STOP_WORD_LANGUAGES: readonly string[] = Object.keys(STOP_TEXT);
