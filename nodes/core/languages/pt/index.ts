// Language pack: Portuguese.
// The words the reply parser reads, opt-out keywords and phrases, language-detection hints, and the survey,
// re-prompt and thank-you texts. Word lists are space separated and normalised at load (case, accents).
import type { LanguagePack } from '../types';
import { ptAspects } from './aspects';
import { stemPt } from './stem';
import { ptStopwords } from './stopwords';
import { survey } from './survey';

export const pt: LanguagePack = {
	code: 'pt',
	name: 'Portuguese',
	reply: {
		numbers:
			'zero=0 um!=1 uma!=1 dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 ' +
			'nove=9 dez=10',
		preCore: 'dou coloco avaliação avaliacao avalio',
		preHelp: 'eu lhe um uma minha meu',
		postFrame: 'dou daria coloco',
		ratingNouns: 'avaliação avaliacao',
		deductPost: 'menos',
		sufFrame: 'estrela estrelas ponto pontos',
		or: 'ou até ate',
		preExclude: 'às as até ate e tiro',
		hypo: 'pensei',
		conditionals: 'se',
		subjunctives: 'daria colocaria daríamos teria',
		negations: 'nem não nao',
		units:
			'janeiro fevereiro março maio junho julho setembro outubro novembro dezembro ano anos ' +
			'vezes pessoas ligações ligacoes',
		optOutObjects: 'mais',
		// greetings and thanks before a rating: "…, 5, …"
		greetings: [
			'olá',
			'oi',
			'obrigado',
			'obrigada',
			'muito obrigado',
			'muito obrigada',
			'bom dia',
			'boa tarde',
			'boa noite',
		],
		hints:
			'não nao obrigado obrigada muito atendimento ótimo otimo bom em o um uma foi mas tudo ' +
			'ajudou dou estrelas pontos nota parem mensagens receber quero mais esperei demorou ' +
			'sair ou recomendo',
		hypoPairs: [
			['ia', 'dar'],
			['ia', 'colocar'],
		],
		optOutKeywords: ['SAIR'],
		optOutPhrases: [
			'parem de enviar',
			'parem de mandar',
			'pare de enviar',
			'pare de mandar',
			'não me enviem',
			'não me mandem',
			'não quero receber',
			'não quero mais receber',
			'sair da lista',
			'me tire da lista',
			'descadastrar',
			'me descadastre',
			'cancelar inscrição',
			'chega de mensagens',
			'não me mandem mais',
			'parem de me enviar',
			'parem de me mandar',
			'não enviem mais',
			'não mandem mais',
			'não me mande',
			'não me envie',
			'parem com as mensagens',
			'parem com essas mensagens',
			'não quero mais mensagens',
		],
	},
	replyTexts: {
		reprompt:
			'Desculpe, não entendemos sua resposta. Por favor, avalie nosso atendimento de {min} a {max}.',
		reprompt2: 'Responda com um único número de {min} a {max}.',
		thanks: 'Obrigado pela sua avaliação!',
		thanksLow: 'Obrigado pelo seu retorno. Lamentamos o ocorrido e vamos melhorar.',
		thanksHigh: 'Obrigado pela sua avaliação! Ficamos felizes que tenha gostado.',
		optOut: 'Seu descadastro foi feito. Você não receberá mais mensagens.',
	},
	surveyText: {
		rating: (a, b) => `Avalie nosso atendimento: responda de ${a} (péssimo) a ${b} (excelente).`,
		nps: (a, b) =>
			`Qual a chance de recomendar nossa empresa a um amigo? Responda de ${a} (nenhuma) a ${b} (com certeza).`,
		comment: 'Se quiser, comente também.',
		keyword: 'STOP',
		optOut: (k) => `Para sair da lista, responda ${k}`,
	},
	// comment analysis and survey conversations (their own files in this folder)
	aspects: ptAspects,
	stem: stemPt,
	stopWords: ptStopwords,
	survey,
};
