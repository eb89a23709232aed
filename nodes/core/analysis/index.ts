/** Comment analysis: aspects with their own polarity, stemming, stop words. Pure, no n8n import. */
export { analyzeComment, ANALYZE_MAX_CHARS } from './aspects';
export { ASPECT_LANGUAGES, aspectLexiconOf } from './packs';
export { ASPECT_IDS } from './types';
export type {
	AnalyzeCommentOptions,
	AspectLexicon,
	AspectMention,
	AspectPolarity,
	AspectWords,
	BuiltInAspect,
	CommentAnalysis,
	CustomAspect,
} from './types';
