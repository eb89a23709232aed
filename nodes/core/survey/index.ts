// Public API of the survey-flow core (pure: no n8n import).
export { advanceSurvey, maxMessages, summarize, validateDefinition } from './advance';
export { parseChoice } from './choice';
export type { ChoiceResult, ParseChoiceOptions } from './choice';
export { allSurveyPacks, surveyPack, SURVEY_LANGUAGES } from './packs';
export type { ReasonId, SurveyPack } from './packTypes';
export { parseRating, scaleLabelsFromText } from './rating';
export type { RatingOptions, ScaleLabels } from './rating';
export { commentPromptText, questionText, reminderText } from './texts';
export { defaultSurvey } from './presets';
export type * from './types';
