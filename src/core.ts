/**
 * `chorus-widgets/core`: what your own code builds on. The base class and `define`,
 * the data sources and how an element finds one, the events, and the locale layer.
 * The script-tag entry (index.ts) stays an autoloader and does not carry these.
 */
export { ChorusElement, define, resolveLang, type ElementState } from './shared/chorus-element.ts';
export { addTranslations, availableLocales, defineStrings, pluralKey, type Translate, type Translation } from './shared/locale.ts';
export { matchLocale, resolveLocale, textDirection } from './shared/locale-match.ts';
export { ChorusSubmitEvent, ChorusSubmittedEvent, ChorusErrorEvent, ChorusLoadEvent, ChorusJoinEvent } from './shared/events.ts';
export { SourceError, type StorySource, type SourceErrorKind, type StoryQuery, type RequestOptions, type SubmitOptions } from './client/types.ts';
export { registerSourceKind, resolveSource, type SourceConfig, type SourceKind } from './client/resolve.ts';
export { ChorusSource } from './client/chorus.ts';
export { autoload, discover, lazy, type Lazy } from './lazy.ts';
