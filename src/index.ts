/**
 * The script-tag entry: importing it defines every Chorus element.
 * `<script type="module" src="…/chorus.js"></script>` or `<script src="…/chorus.iife.js"></script>`.
 */
export { ChorusElement, define, type ElementState } from './shared/chorus-element.ts';
export { addTranslations, availableLocales } from './shared/locale.ts';
export { ChorusSubmitEvent, ChorusSubmittedEvent, ChorusErrorEvent, ChorusLoadEvent, ChorusJoinEvent } from './shared/events.ts';
export { SourceError, type StorySource, type SourceErrorKind } from './client/types.ts';
export { registerSourceKind, resolveSource } from './client/resolve.ts';
export { ChorusSource } from './client/chorus.ts';
// Elements (each module defines its tag when imported):
import './elements/membership-card/membership-card.ts';
import './elements/story-feed/story-feed.ts';
import './elements/story-form/story-form.ts';
// Only moderators' pages show the queue: its code loads when the tag first appears.
import './elements/moderation-queue/lazy.ts';
