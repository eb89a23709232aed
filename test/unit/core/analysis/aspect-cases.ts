/**
 * Hand-written comments (invented for these tests) per language with the aspects they must yield:
 * mixed comments, negation, contrast and intensifiers. `aspect+` praise, `aspect-` complaint.
 */
export const ASPECT_CASES: Record<string, [string, string][]> = {
	ru: [
		['Оператор вежливый, но долго ждал на линии', 'staff_attitude+ wait_time-'],
		['Ждали недолго, девушка не грубила, всё объяснила', 'wait_time+ staff_attitude+ competence+'],
		['Не долго, но сотрудник был очень грубым', 'wait_time+ staff_attitude-'],
		['Проблему так и не решили, до оператора не дозвониться', 'resolution- communication-'],
		['Приложение постоянно зависает, а комиссия за перевод огромная', 'digital- price-'],
		['Курьер привез карту вовремя, спасибо', 'delivery+'],
		['Очень долгая очередь в отделении', 'wait_time-'],
		['Менеджер некомпетентный, ничего не знает', 'competence-'],
		['Быстро решили мой вопрос, персонал приветливый', 'wait_time+ resolution+ staff_attitude+'],
		['Банкомат не работает уже неделю', 'digital-'],
		['Всё отлично!', 'product+'],
		['Спасибо', 'product+'],
		['', ''],
	],
	en: [
		['The agent was not rude but the wait was too long', 'staff_attitude+ wait_time-'],
		['Friendly staff, fast service, but the food was cold', 'staff_attitude+ wait_time+ product-'],
		['Nobody called me back and my issue is still not resolved', 'communication- resolution-'],
		['Delivery was late and the courier was rude', 'delivery- staff_attitude-'],
		['Too expensive for what you get', 'price-'],
		['The app keeps crashing', 'digital-'],
		['Not slow at all, very professional team', 'wait_time+ competence+'],
		['Great value for money', 'price+'],
		['Terrible', 'product-'],
		["They don't care for customers and don't pick the call", 'staff_attitude- communication-'],
		['What kind of food is this, terrible', 'product-'],
		['He brought us water without asking, very kind of him', 'staff_attitude+'],
	],
	zh: [
		['客服态度很好，但是等了很久', 'staff_attitude+ wait_time-'],
		['送货很快，不慢，声音不大', 'delivery+ product+'],
		['安装师傅不专业，还乱收费', 'competence- price-'],
		['洗衣机噪音太大，客服也不回复', 'product- communication-'],
		['价格实惠，物流很快', 'price+ delivery+'],
		['退货迟迟不给处理', 'wait_time- resolution-'],
		['很好', 'product+'],
		['质量不好', 'product-'],
		['东西非常的好，送货速度非常快', 'product+ delivery+'],
		['不久就坏了', 'product-'],
		['不仅便宜而且好用', 'price+ product+'],
	],
	uz: [
		['Operator xushmuomala, lekin uzoq kutdim', 'staff_attitude+ wait_time-'],
		['Оператор хушмуомала, лекин узоқ кутдим', 'staff_attitude+ wait_time-'],
		['Ilova ishlamaydi, narx qimmat', 'digital- price-'],
		['Juda tez xizmat, rahmat', 'wait_time+'],
	],
	kk: [
		['Оператор сыпайы, бірақ ұзақ күттім', 'staff_attitude+ wait_time-'],
		['Қосымша істемейді', 'digital-'],
	],
	es: [
		['El personal fue muy amable pero la espera fue larga', 'staff_attitude+ wait_time-'],
		['La aplicación no funciona y nadie contesta', 'digital- communication-'],
		['Muy caro', 'price-'],
	],
	pt: [
		['Atendente educada mas demorou muito', 'staff_attitude+ wait_time-'],
		['Não resolveram o problema', 'resolution-'],
	],
	de: [
		['Sehr freundliche Mitarbeiter, aber lange Wartezeit', 'staff_attitude+ wait_time-'],
		['Die App funktioniert nicht, viel zu teuer', 'digital- price-'],
	],
	fr: [
		['Personnel aimable mais attente trop longue', 'staff_attitude+ wait_time-'],
		["Le conseiller n'était pas aimable", 'staff_attitude-'],
	],
	tr: [
		['Personel çok kibar ama çok bekledim', 'staff_attitude+ wait_time-'],
		['Uygulama çalışmıyor', 'digital-'],
	],
	ar: [
		['الموظف محترم لكن الانتظار طويل', 'staff_attitude+ wait_time-'],
		['التطبيق لا يعمل', 'digital-'],
	],
	id: [
		['Petugas ramah tapi antri lama', 'staff_attitude+ wait_time-'],
		['Aplikasi error terus, harga mahal', 'digital- price-'],
	],
	vi: [
		['Nhân viên nhiệt tình nhưng chờ lâu', 'staff_attitude+ wait_time-'],
		['Giao hàng chậm, giá đắt', 'delivery- price-'],
	],
};
