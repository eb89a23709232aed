// Word tables of the reply parser. Every entry is normalised with `normWord` at module load, so entries
// may be written with or without accents (`пятёрка`, `beş`, `năm`). Languages: ru (also in Latin
// letters), zh (handled in parse.ts), en, uz (Latin and Cyrillic), kk (Cyrillic and Latin), es, pt, de, fr,
// tr, ar (and a few Persian forms), id/ms, vi, hi (Latin and Devanagari).
import { normWord } from './chars';

/** A number word: its value, and whether it doubles as an article/pronoun/common word (`weak`). */
export interface NumberWord {
	readonly value: number;
	/** also an article, pronoun or everyday word (`one`, `un`, `ein`, `bir`, `он`): a rating only when alone or framed */
	readonly weak: boolean;
	/** a school-grade noun (`пятёрка`, `тройку`): a rating wherever it appears */
	readonly grade: boolean;
	readonly lang: string;
}

function words(list: string): string[] {
	return list
		.split(/[\s,]+/)
		.filter((w) => w.length > 0)
		.map((w) => normWord(w));
}

/** Build a set of normalised words from space/comma separated lists. */
function wordSet(...lists: string[]): Set<string> {
	const s = new Set<string>();
	for (const l of lists) for (const w of words(l)) s.add(w);
	return s;
}

export const NUMBER_WORDS = new Map<string, NumberWord>();

function addNumbers(lang: string, spec: string, flags: { weak?: boolean; grade?: boolean } = {}): void {
	// spec: "word=value word2=value ..."; a `!` suffix marks a weak word.
	for (const item of spec.split(/\s+/)) {
		if (!item) continue;
		const eq = item.lastIndexOf('=');
		let w = item.slice(0, eq);
		let weak = flags.weak === true;
		if (w.endsWith('!')) {
			weak = true;
			w = w.slice(0, -1);
		}
		const key = normWord(w.replace(/_/g, ' '));
		if (!NUMBER_WORDS.has(key)) {
			NUMBER_WORDS.set(key, { value: Number(item.slice(eq + 1)), weak, grade: flags.grade === true, lang });
		}
	}
}

// Russian (Cyrillic and Latin transliteration).
addNumbers(
	'ru',
	'ноль=0 нуль=0 один!=1 одна!=1 одно!=1 два=2 две=2 три=3 четыре=4 пять=5 шесть=6 семь=7 восемь=8 девять=9 десять=10 ' +
		'пяти=5 семи=7 десяти=10 ' +
		'nol=0 odin!=1 dva=2 tri=3 chetyre=4 chetire=4 pyat=5 pyat\'=5 pyatь=5 shest=6 shest\'=6 sem!=7 vosem=8 devyat=9 desyat=10',
);
addNumbers(
	'ru',
	'единица=1 единицу=1 единицей=1 единичка=1 единичку=1 ' +
		'двойка=2 двойку=2 двойкой=2 двоечка=2 двоечку=2 двояк=2 ' +
		'тройка=3 тройку=3 тройкой=3 троечка=3 троечку=3 трояк=3 ' +
		'четверка=4 четверку=4 четверкой=4 четверочка=4 четверочку=4 ' +
		'пятерка=5 пятерку=5 пятеркой=5 пятерочка=5 пятерочку=5 ' +
		'десятка=10 десятку=10 ' +
		'edinica=1 edinitsa=1 dvoika=2 dvoyka=2 troika=3 troyka=3 chetverka=4 chetvyorka=4 chetvorka=4 ' +
		'pyaterka=5 pyatyorka=5 pyatorka=5 pyaterku=5 pyatyorku=5 chetverku=4',
	{ grade: true },
);
// Uzbek (Latin and Cyrillic).
addNumbers(
	'uz',
	"bir!=1 ikki=2 uch=3 to'rt=4 tort=4 besh=5 olti=6 yetti=7 sakkiz=8 to'qqiz=9 toqqiz=9 o'n=10 " +
		'бир!=1 икки=2 уч=3 тўрт=4 беш=5 олти=6 етти=7 саккиз=8 тўққиз=9 ўн!=10',
);
// Kazakh (Cyrillic and Latin).
addNumbers(
	'kk',
	'нөл=0 бір!=1 екі=2 үш=3 төрт=4 бес=5 алты=6 жеті=7 сегіз=8 тоғыз=9 он!=10 ' +
		'eki=2 úsh=3 ush=3 üsh=3 tört=4 bes=5 alty=6 jeti=7 segiz=8 toǵyz=9 togyz=9 on!=10',
);
addNumbers(
	'en',
	'zero=0 one!=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 ' +
		'fiver!=5 tenner!=10',
);
addNumbers(
	'es',
	'cero=0 uno!=1 una!=1 un!=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10',
);
addNumbers(
	'pt',
	'zero=0 um!=1 uma!=1 dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10',
);
addNumbers(
	'de',
	'null!=0 eins=1 ein!=1 eine!=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht!=8 neun=9 zehn=10',
);
addNumbers(
	'fr',
	'zéro=0 un!=1 une!=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf!=9 dix=10',
);
addNumbers(
	'tr',
	'sıfır=0 sifir=0 bir!=1 iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 on!=10',
);
addNumbers(
	'ar',
	'صفر=0 واحد!=1 واحدة!=1 اثنان=2 اثنين=2 اثنتان=2 ثلاثة=3 ثلاث=3 أربعة=4 أربع=4 خمسة=5 خمس=5 ' +
		'ستة=6 ست!=6 سبعة=7 سبع=7 ثمانية=8 ثماني=8 ثمان=8 تسعة=9 تسع=9 عشرة=10 عشر=10 ' +
		'يك!=1 سه=3 چهار=4 پنج=5 شش=6 هفت=7 هشت=8 ده!=10',
);
addNumbers(
	'id',
	'nol=0 satu!=1 dua=2 tiga=3 empat=4 lima=5 enam=6 tujuh=7 delapan=8 lapan=8 sembilan=9 sepuluh=10',
);
addNumbers(
	'vi',
	'không!=0 một!=1 hai!=2 ba!=3 bốn=4 năm=5 sáu=6 bảy=7 bẩy=7 tám=8 chín=9 mười=10',
);
addNumbers(
	'hi',
	'shunya=0 ek!=1 do!=2 teen!=3 char!=4 chaar=4 chaar=4 paanch=5 panch=5 paach=5 paanc=5 chhe=6 chhah=6 chah=6 ' +
		'saat!=7 aath=8 aat=8 nau!=9 das!=10 ' +
		'शून्य=0 एक!=1 दो!=2 तीन=3 चार=4 पांच=5 पाँच=5 छह=6 छः=6 सात=7 आठ=8 नौ=9 दस=10',
);

/**
 * Words that frame a following rating ("оценка 3", "I'd give you a 2", "Nota 4", "Le doy un 3"): the
 * "core" words carry the meaning (a verb of grading or the noun "rating").
 */
export const PRE_CORE = wordSet(
	// ru
	'оценка оценку оценки оценкой оценочка оцениваю оценю оценил оценила оценили оценим ставлю поставлю поставил поставила ' +
		'поставили поставим ставим даю дам итог итого на',
	// ru, Latin letters
	'ocenka otsenka ocenku otsenku ocenivayu stavlyu stavlu postavil postavila postavlyu dayu',
	// en
	'rating rate rated rates score scored give gave giving say grade graded overall verdict',
	// es / pt
	'nota calificación calificacion puntuación puntuacion puntaje doy daría daria damos pongo pondría pondria califico ' +
		'dou daria coloco avaliação avaliacao avalio',
	// de / fr
	'note bewertung gebe gäbe vergebe benote mets donne donnerais mettrais attribue',
	// tr
	'puan puanım puanim puanımız puanimiz notum veriyorum verdim veririm',
	// uz / kk
	"baho bahom bahoyim baholayman qo'yaman qoyaman beraman баҳо баҳом қўяман бераман баға бағам бағалаймын қоямын беремін",
	// ar
	'تقييمي تقييم التقييم اعطي أعطي أعطيكم اعطيكم درجة الدرجة',
	// id / vi / hi
	'nilai nilainya kasih beri memberi skor bintang chấm cham điểm diem nambar dunga dungi deta deti',
);

/** Words absorbed into a framing chain only next to a core word ("я бы поставил", "give it a", "Le doy un"). */
export const PRE_HELP = wordSet(
	'я бы вам тебе твердую твердая уверенную уверенная заслуженную честную честно чистую мою моя наша',
	'ya by bi vam',
	"i i'd id i'll ill i'm im would will you u it them this that a an my our solid strong honest easy final is",
	'le les la lo un una uno mi yo te os vos je vous lui ma mon notre ich eine einen ihnen euch dir glatte klare meine',
	'eu lhe um uma minha meu',
	'ben benim size sizga men mening мен менің сізге sizlarga',
	'انا أنا',
	'saya aku tôi toi mình minh cho mera meri main',
);

/**
 * Grading verbs in the first person that frame a rating written BEFORE them, in languages where the object
 * may precede the verb ("пятёрку ставлю", "4 veriyorum", "3 qo'yaman", "4 қоямын", "5 dunga", "un 4 le
 * pongo", "fünf Sterne gebe ich"). Only unambiguous verb forms: `дам` (also "of ladies") and nouns such as `оценка` are left out.
 */
export const POST_FRAME = wordSet(
	'ставлю поставлю поставил поставила поставлю ставим поставим даю оцениваю оценю оценил оценила',
	'stavlyu stavlu postavlyu postavil postavila dayu',
	'doy pongo daría pondría dou daria coloco gebe vergebe gäbe mets donne donnerais mettrais attribue',
	'veriyorum veririm verdim veriyoruz verdik',
	"qo'yaman qoyaman qo'ydim qoydim beraman berdim қўяман бераман қоямын қойдым беремін бердім",
	'dunga dungi denge',
);

/**
 * Negated grading verbs after a number deny it ("5 не ставлю, 4", "5 vermem", "5 qo'ymayman"); Russian
 * and the Latin-script languages put `не`/`not` before the verb of {@link POST_FRAME}, see {@link NEGATIONS}.
 */
export const POST_FRAME_NEG = wordSet(
	"vermem vermiyorum veremem vermeyeceğim qo'ymayman qoymayman bermayman қоймаймын бермеймін",
);

/**
 * Nouns naming the rating, which frame it also when they follow it in their own clause: "5 — моя оценка",
 * "4 is my rating", "5, minha nota", "4 benim puanım".
 */
export const RATING_NOUNS = wordSet(
	'оценка оценку итог ocenka otsenka rating score grade verdict nota calificación calificacion puntuación ' +
		'puntuacion puntaje avaliação avaliacao note bewertung puan puanım puanim notum baho bahom bahoyim баҳо баҳом ' +
		'баға бағам تقييمي تقييم nilai nilainya skor',
);

/**
 * Sentence-final particles of Vietnamese and Indonesian that close a rating ("5 sao nhé", "Lima deh"), as
 * written (lower case, NFC): the accent-folded forms would meet other words (`nhà` "house", `đồng`).
 */
export const FINAL_PARTICLES: ReadonlySet<string> = new Set(['nhé', 'nhe', 'nha', 'nhá', 'deh']);

/** Words after a number that frame it as a rating ("3 балла", "5 stars", "Chấm 9 điểm"). */
export const SUF_FRAME = wordSet(
	'балл балла баллов баллы бал балла балов б звезда звезды звезд звездочки звездочек звездочка звезду',
	'ball balla ballov bal',
	'star stars point points pts pt marks',
	'estrella estrellas punto puntos estrela estrelas ponto pontos',
	'stern sterne sternen punkt punkte punkten étoile étoiles',
	'yıldız yildiz puan yulduz yulduzcha юлдуз жұлдыз ұпай juldyz zhuldyz',
	'نجوم نجمة نجمات نجمه درجات درجة نقاط نقطة',
	'bintang poin sao điểm diem ank',
);

/** Words between a rating and its scale ("4 из 5", "4 out of 5", "8 sur 10", "3 من 5"). `out` needs `of`. */
export const DENOM_WORDS = wordSet('из iz of de sur von su من dari trên tren na от ot over');

/** Words between the scale and the rating ("5 üzerinden 4", "5 dan 4"); `mein se` / `me se` are two words. */
export const REV_DENOM_WORDS = wordSet('üzerinden uzerinden dan ичидан ichidan');

/** Words joining two alternative ratings ("3 или 4", "3 or 4", "uch yoki to'rt", "3 to 4"). */
export const OR_WORDS = wordSet(
	'или либо or ou o oder veya ya yoki yohud yo atau hoặc hoac أو او или або вә немесе',
	'to до a à bis hasta até ate gacha ila sampai den đến',
	'and и y et und ve va và aur dan',
);

/** Words after which a number is a time, a range end, an identifier or a deduction, not a rating. */
export const PRE_EXCLUDE = wordSet(
	// time / range prepositions
	'в во к ко с со до по около после через за примерно',
	'v vo k do po okolo posle cherez',
	'at by until till til from to around before after since about approx approximately',
	'las los hasta desde às as até ate',
	'um gegen bis ab seit nach vor',
	'vers jusqu jusqu\'à jusqu\'a dès des depuis apres après avant',
	'saat soat soatda сағат',
	'الساعة',
	'jam pukul sampai hingga sejak lúc luc giờ gio từ tu đến den',
	'baje',
	// conjunctions joining counts ("between 8 and 12")
	'and и y e et und ve va và aur',
	// identifiers
	'номер номера заявка заявки заявку заказ заказа договор кв квартира дом тел телефон рейс',
	'order ticket case ref reference no nr nº number tel phone room apt flight account id code pin',
	'pedido número numero bestellung nummer commande numéro sipariş siparis buyurtma',
	// deductions and additions ("минус один балл")
	'минус плюс снимаю снял сняла снимем отнимаю вычитаю ещё еще лишний minus plus deduct deducted take took extra eksi',
);

/** Negations before a rating phrase: "не на 5", "not a 5", "nicht 5" — the number is denied, not given. */
export const NEGATIONS = wordSet("не ни ne ni not never can't cant cannot won't wont couldn't wouldn't nicht kein keine pas jamais nunca nem não nao tidak bukan chua chưa");

/** Words after a number that make it a duration, count, time, amount or measure (`3 дня`, `two hours`, `5pm`). */
export const UNIT_WORDS = wordSet(
	// ru: exact forms; stems are in UNIT_STEMS
	'день дня дней дн сутки суток час часа часов ч мин минута минуты минут минуту сек секунд неделя недели недель неделю ' +
		'месяц месяца месяцев мес год года лет раз раза разом вечера утра ночи дня числа числу р руб рублей рубля тыс ' +
		'км м кг мб гб мбит человек человека людей этаж этажа этаже штук штуки шт процентов процента окна окон звонка звонков ' +
		'звонки попытки попыток мастера мастеров курьера коробки посылки заказа заказов',
	'den dnya dney chas chasa chasov minut minuty nedeli let raz raza',
	// en
	'day days hr hrs hour hours h min mins minute minutes sec secs second seconds week weeks wk wks month months year years yr yrs ' +
		'time times pm am p.m a.m oclock o\'clock x calls people persons items gb mb mbps kbps percent k km miles mi kg lbs ' +
		'dollars bucks euros pounds quid attempts tries visits kids children engineers technicians days\' nights night tickets ' +
		'emails texts messages rings floors guys men women persons boxes parcels packages orders bags',
	// es / pt
	'día dia días dias hora horas minuto minutos semana semanas mes meses año años ano anos vez veces vezes pesos reales ' +
		'segundos personas pessoas llamadas ligações ligacoes',
	// de / fr
	'tag tage tagen stunde stunden std minute minuten woche wochen monat monate monaten jahr jahre jahren mal uhr euro ' +
		'jour jours heure heures semaine semaines mois an ans année années fois euros personnes appels',
	// tr
	'gün gun saat dakika dk hafta ay yıl yil kez defa kere lira tl kişi kisi',
	// uz / kk
	"kun soat daqiqa hafta oy yil marta da kishi so'm som кун соат дақиқа ҳафта ой йил марта күн сағат минут апта ай жыл рет " +
		'kún saǵat sagat minut apta ai jyl ret',
	// ar
	'يوم أيام ايام يومين ساعة ساعات ساعتين دقيقة دقائق أسبوع اسبوع أسابيع شهر أشهر سنة سنوات مرة مرات ريال درهم دينار جنيه',
	// id / vi / hi
	'hari jam menit detik minggu bulan tahun kali orang rupiah rb ribu ngày ngay giờ gio tiếng tieng phút phut tuần tuan tháng ' +
		'thang năm nam lần lan người nguoi đồng dong k din ghante ghanta ghanton minute mahine mahina saal baar bar hafte hafta ' +
		'rupaye rupees rs log',
);

/** Stems of inflected unit words (Russian, Turkish, Uzbek, Kazakh, German): `3 дням`, `2 saattir`, `5 kunda`. */
export const UNIT_STEMS: readonly string[] = words(
	'недел месяц минут секунд мегабит гигабит килобит человек процент рубл сутк часик ' +
		'günd gunu gund saatt dakik haftad yild yıld kunda kundan soatd daqiqad martad күнд сағатт минутт ' +
		'stund minut woch monat jahr semain heure',
);

/** Opt-out keywords (CTIA and national conventions) and plain-language opt-out phrases. */
export const DEFAULT_OPT_OUT_KEYWORDS: readonly string[] = [
	'STOP',
	'STOPALL',
	'STOP ALL',
	'UNSUBSCRIBE',
	'UNSUB',
	'CANCEL',
	'END',
	'QUIT',
	'REVOKE',
	'OPTOUT',
	'OPT OUT',
	'OPT-OUT',
	'СТОП',
	'ОТПИСАТЬСЯ',
	'ОТПИСКА',
	'ОТПИСАТЬ',
	'ОТПИШИТЕ',
	'TD',
	'T',
	'退订',
	'取消订阅',
	'拒收',
	'BAJA',
	'SAIR',
	'STOPP',
	'ARRET',
	'ARRÊT',
	'إلغاء',
	'الغاء',
	'ايقاف',
	'إيقاف',
	'IPTAL',
	'İPTAL',
	'UNREG',
	'HUY',
	'HỦY',
	'TC',
];

/** Plain-language requests to stop the messages, matched as phrases (case- and accent-insensitive). */
export const DEFAULT_OPT_OUT_PHRASES: readonly string[] = [
	// en
	'stop texting', 'stop sending', 'stop messaging', 'stop contacting', 'stop spamming', 'stop the texts',
	'stop the messages', 'stop these texts', 'stop these messages', 'stop all texts', 'stop all messages',
	'stop text me', 'stop msg', 'stop sms', "don't text", 'dont text', 'do not text', "don't message me",
	'dont message me', 'do not message me', "don't send me", 'dont send me', 'do not send me', "don't contact me",
	'dont contact me', 'do not contact me', 'no more texts', 'no more messages', 'no more sms', 'unsubscribe',
	'opt me out', 'opt out', 'remove me from', 'remove my number', 'take me off', 'leave me alone',
	'stop bothering me', 'never text me', 'quit texting', 'quit sending', 'lose my number', 'no more surveys',
	'stop the surveys', 'stop these surveys', 'stop surveying', "don't want these texts", "don't want these messages",
	'do not want these texts', 'do not want these messages',
	// ru
	'не пишите', 'не пиши мне', 'не присылайте', 'не отправляйте', 'не шлите', 'не надо писать', 'не надо присылать',
	'хватит писать', 'хватит присылать', 'хватит слать', 'хватит спамить', 'перестаньте писать', 'перестаньте присылать',
	'перестаньте слать', 'прекратите писать', 'прекратите присылать', 'прекратите рассылку', 'больше не пишите',
	'не беспокойте', 'отпишите', 'отписаться', 'отписка', 'удалите мой номер', 'уберите мой номер',
	'не хочу получать', 'ne pishite', 'ne pishi mne', 'hvatit pisat', 'otpishite', 'не нужно писать',
	'не нужно присылать', 'не надо слать', 'хватит отправлять', 'перестаньте отправлять', 'прекратите отправлять',
	'уберите из рассылки', 'удалите из рассылки', 'исключите из рассылки', 'уберите из базы', 'удалите из базы',
	'исключите из базы', 'отпишите от рассылки', 'отстаньте', 'больше не присылайте', 'hvatit prisylat',
	'ne prisylaite', 'ne prisylayte', 'ne bespokoite', 'ne bespokoyte',
	// zh
	'别再发', '不要再发', '别发了', '不要发了', '别给我发', '不要给我发', '别再给我发', '不要再给我发', '请勿再发', '请勿发送',
	'别发短信', '不要发短信', '不用再发', '退订', '取消订阅', '拒收', '别再打扰',
	'不要再打扰', '别骚扰', '不要再联系', '请勿打扰', '别打扰', '不想再收到短信', '不想收到短信', '不再接收短信', '不要再给我发',
	'别再给我发', '不要给我发短信', '不用发了',
	// uz
	'yubormang', 'yozmang', 'bezovta qilmang', 'obunani bekor', 'obunadan chiq', 'юборманг', 'ёзманг',
	'безовта қилманг', "jo'natmang", 'jonatmang', 'жўнатманг', 'xabar kerak emas',
	// kk
	'жібермеңіз', 'жазбаңыз', 'мазаламаңыз', 'jibermeniz', 'jazbanyz', 'жібермеңдер', 'жазбаңдар', 'жібермеу',
	// es
	'no me escriban', 'no me escribas', 'no me envíen', 'no me envies', 'no me manden', 'no me mandes',
	'dejen de enviar', 'dejen de escribir', 'dejen de mandar', 'deja de enviar', 'deja de escribir',
	'no más mensajes', 'no quiero recibir', 'darme de baja', 'dar de baja', 'denme de baja', 'cancelar suscripción',
	'no quiero más mensajes', 'basta de mensajes', 'dejen de mandarme', 'dejen de escribirme', 'dejen de enviarme',
	'no vuelvan a escribir', 'no me vuelvan a escribir',
	// pt
	'parem de enviar', 'parem de mandar', 'pare de enviar', 'pare de mandar', 'não me enviem', 'não me mandem',
	'não quero receber', 'não quero mais receber', 'sair da lista', 'me tire da lista', 'descadastrar',
	'me descadastre', 'cancelar inscrição', 'chega de mensagens', 'não me mandem mais', 'parem de me enviar',
	'parem de me mandar', 'não enviem mais', 'não mandem mais',
	// de
	'keine sms mehr', 'keine nachrichten mehr', 'keine umfragen mehr', 'hören sie auf zu schreiben',
	'hören sie auf mir zu schreiben', 'hört auf zu schreiben', 'hört auf mir zu schreiben', 'hört auf zu simsen',
	'hören sie bitte auf', 'hört bitte auf', 'hört auf mit den sms', 'hören sie auf mit den sms', 'nicht mehr schreiben',
	'nicht mehr anschreiben', 'abmelden', 'austragen', 'abbestellen', 'schreiben sie mir nicht',
	'nicht mehr kontaktieren',
	// fr
	"arrêtez de m'envoyer", "arrêtez de m'écrire", 'arrêtez les sms', 'arrêtez les messages', "ne m'envoyez plus",
	"ne m'écrivez plus", 'plus de sms', 'plus de messages', 'désabonner', 'désinscrire', 'désabonnez',
	"arrêtez d'envoyer", "cessez de m'envoyer", "cessez d'envoyer", "ne plus m'envoyer", "ne plus recevoir",
	'stop aux sms', "arrêtez de m'écrire",
	'désinscrivez',
	// tr
	'mesaj göndermeyin', 'sms göndermeyin', 'göndermeyin', 'rahatsız etmeyin', 'abonelikten çık', 'listeden çıkar',
	'mesaj atmayın', 'sms atmayın', 'mesaj yollamayın', 'sms yollamayın', 'mesaj istemiyorum', 'sms istemiyorum',
	// ar
	'لا ترسل', 'لا ترسلوا', 'توقفوا عن', 'توقف عن ارسال', 'إلغاء الاشتراك', 'لا أريد رسائل', 'لا تراسلني',
	'أوقفوا الرسائل', 'اوقفوا الرسائل', 'لا أريد استلام', 'لا تراسلوني',
	// id
	'jangan kirim', 'jangan sms', 'berhenti kirim', 'berhenti mengirim', 'stop kirim', 'berhenti berlangganan',
	'hapus nomor saya', 'jangan ganggu', 'tidak mau terima sms', 'tidak mau menerima', 'jangan kirimi',
	// vi
	'đừng gửi', 'đừng nhắn', 'không nhận tin', 'ngừng gửi', 'hủy đăng ký', 'không muốn nhận', 'dừng gửi',
	'đừng làm phiền',
	// hi
	'message mat bhejo', 'msg mat bhejo', 'sms mat bhejo', 'mat bhejo', 'mat bhejna', 'message band karo',
	'messages band karo', 'msg band karo', 'sms band karo', 'bhejna band', 'message mat karo', 'msg mat karo',
];

/**
 * Object pronouns and "more/ever/please" adverbs that may stand between the words of an opt-out phrase (at most
 * two in a gap) without changing it: "хватит мне писать" is "хватит писать", "не надо мне больше писать",
 * "уберите меня из рассылки", "parem de me enviar", "bana mesaj atmayın", "don't ever text me".
 */
export const OPT_OUT_OBJECTS: readonly string[] = [
	'мне', 'нам', 'меня', 'нас', 'mne', 'menya', 'me', 'us', 'nos', 'mir', 'mich', 'uns', 'moi', 'bana', 'bize',
	'menga', 'bizga', 'маған', 'бізге', 'менга', 'saya', 'aku', 'tôi', 'mujhe', 'hume', 'لي',
	'больше', 'уже', 'пожалуйста', 'bolshe', 'ever', 'please', 'mehr', 'bitte', 'más', 'mais', 'artık', 'lagi',
	'nữa', 'iltimos', 'енді',
];

/** Courtesy words allowed next to a bare opt-out keyword ("STOP please", "Стоп, пожалуйста"). */
export const OPT_OUT_FILLER = wordSet(
	'please pls plz now thanks thank you пожалуйста плиз спасибо por favor favor bitte danke merci svp stp ' +
	"s'il vous plait lütfen lutfen iltimos rahmat tolong terima kasih làm ơn lam on kripya me все всё all it",
);

/** Function words used by `detectLanguage` (besides the number and framing words). */
export const LANGUAGE_HINTS: Readonly<Record<string, string>> = buildHints({
	en: 'the and you your was is it thanks thank very good great service but not for with of to my had have waited never would please call ' +
		'called calling stars star rate rating give solid terrible awful excellent amazing guy staff delivery fast slow late times ' +
		'me stop texting text texts message messages messaging sending unsubscribe remove list more from out or still nothing app',
	ru: 'спасибо всё все очень хорошо отлично не но и в на что был была было оператор мастер курьер быстро мне хватит ' +
		'spasibo vse vsyo horosho xorosho otlichno ochen molodec',
	uz: "ball baho rahmat raxmat juda yaxshi xizmat lekin operator hammasi joyida zo'r a'lo kutdim emas keldi kerak edi boshqa " +
		'xabar yubormang yozmang iltimos kuryer ' +
		'раҳмат рахмат жуда яхши хизмат лекин',
	kk: 'рахмет рақмет жақсы өте бірақ қызмет күттім болмады көп keshikti rahmet jaqsy óte',
	es: 'el la los muy gracias y en por no pero fue servicio atención atencion excelente bueno todo bien técnico tecnico ' +
		'mi calificación calificacion pongo doy estrellas puntos para más escriban dejen mensajes quiero llegó tardaron baja',
	pt: 'não nao obrigado obrigada muito atendimento ótimo otimo bom em o um uma foi mas tudo ajudou dou estrelas pontos ' +
		'nota parem mensagens receber quero mais esperei demorou sair ou recomendo',
	de: 'der die das und sehr nicht danke ist war gut ich mit auf es kam freundlich techniker gebe sterne punkte zu langsam schnell ' +
		'keine mehr bitte nachrichten hört hören stopp von',
	fr: 'le la les très tres merci et est je pas mais un une avec pour conseiller livreur sympa bien plus arrêtez arretez mets arret sur',
	tr: 've çok cok teşekkürler tesekkurler teşekkür bir değil degil ama iyi hizmet geldi bekledim puan puanım yıldız mesaj ' +
		'lütfen lutfen atmayın etmeyin göndermeyin veriyorum üzerinden uzerinden',
	ar: 'شكرا شكراً جزيلا الخدمة ممتاز ممتازة الموظف كان جدا',
	id: 'dan yang terima kasih tidak sangat bagus datang tepat waktu ramah kurirnya nunggu di nilai bintang mantap jangan ' +
		'kirim lagi berhenti sudah kurir dari',
	vi: 'tôi dịch vụ rất tốt cảm ơn nhân viên không được chấm sao điểm',
	hi: 'bahut badhiya accha acha tha thi hai nahi par thoda aaya mein se kya ji dhanyavad shukriya ghante ghanta din',
});

function buildHints(spec: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [lang, list] of Object.entries(spec)) {
		for (const w of words(list)) if (!(w in out)) out[w] = lang;
	}
	return out;
}
