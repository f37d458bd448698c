/**
 * Small icons for the channels a story can come in through. Always shown beside the
 * channel's name (never alone), so they are hidden from assistive technology.
 * Simple shapes drawn in `currentColor`: they follow the theme and forced colours.
 * @module
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { StoryChannel } from '../../schema/index.ts';

const PATHS: Record<StoryChannel, SVGTemplateResult> = {
  // A page with lines: the web form.
  form: svg`<path d="M4 1.5h6l3 3v10H4z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M6 7h5M6 9.5h5M6 12h3" stroke="currentColor" stroke-width="1.2"/>`,
  // A branch: an issue in a repository.
  github: svg`<circle cx="5" cy="3.5" r="1.8" fill="none" stroke="currentColor" stroke-width="1.4"/><circle cx="5" cy="12.5" r="1.8" fill="none" stroke="currentColor" stroke-width="1.4"/><circle cx="11.5" cy="5" r="1.8" fill="none" stroke="currentColor" stroke-width="1.4"/><path d="M5 5.3v5.4M11.5 6.8c0 3-6.5 2-6.5 4" fill="none" stroke="currentColor" stroke-width="1.4"/>`,
  // A speech bubble: a forum topic.
  discourse: svg`<path d="M2 3h12v8H7l-3.5 3v-3H2z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/>`,
  // A hash: a chat channel.
  slack: svg`<path d="M6 2 4.5 14M11.5 2 10 14M2.5 5.5h11.5M2 10.5h11.5" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>`,
  // A chat bubble with two dots: a chat server.
  discord: svg`<path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><circle cx="6" cy="7" r="1" fill="currentColor"/><circle cx="10" cy="7" r="1" fill="currentColor"/>`,
};

/** The icon of a channel, 1em square, hidden from assistive technology. */
export function channelIcon(channel: StoryChannel): TemplateResult {
  return html`<svg class="channel-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${PATHS[channel]}</svg>`;
}
