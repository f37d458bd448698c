// What the initializer puts on the page, kept apart from Discourse's API so it reads on its own.

export const ELEMENTS = ['chorus-story-feed', 'chorus-story-form', 'chorus-membership-card'];
const MARKER = 'data-chorus-embed';

/** `/c/*` matches a path and everything below it, `*` every page, anything else that path exactly. */
export function pathMatches(patterns, url) {
  const path = new URL(url, 'https://forum.invalid').pathname.replace(/(.)\/$/, '$1');
  return patterns
    .split('|')
    .map((pattern) => pattern.trim())
    .filter(Boolean)
    .some((pattern) => {
      if (pattern === '*') {
        return true;
      }
      if (pattern.endsWith('/*')) {
        const base = pattern.slice(0, -2);
        return path === base || path.startsWith(`${base}/`);
      }
      return path === pattern.replace(/(.)\/$/, '$1');
    });
}

/** Adds the Chorus script to the page once; a second call, or a page that already has it, adds nothing. */
export function loadChorus(scriptUrl, doc = document) {
  const url = new URL(scriptUrl, doc.baseURI);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Chorus: script_url must be an http(s) address, not ${scriptUrl}`);
  }
  const loaded = [...doc.querySelectorAll('script[src]')].some((script) => script.src === url.href);
  if (loaded) {
    return;
  }
  const script = doc.createElement('script');
  script.type = 'module';
  script.crossOrigin = 'anonymous';
  script.src = url.href;
  doc.head.append(script);
}

/** The element and its heading, from the theme's settings. Settings become attributes and text, never HTML. */
export function buildEmbed(settings, placement, doc = document) {
  const tag = ELEMENTS.includes(settings.element) ? settings.element : ELEMENTS[0];
  const section = doc.createElement('section');
  section.setAttribute(MARKER, placement);
  section.className = `chorus-embed chorus-embed--${placement === 'sidebar' ? 'sidebar' : 'main'}`;
  if (settings.heading) {
    const heading = doc.createElement('h2');
    heading.className = 'chorus-embed__heading';
    heading.id = `chorus-embed-heading-${placement}`;
    heading.textContent = settings.heading;
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading);
  } else {
    section.setAttribute('aria-label', 'Chorus');
  }
  const element = doc.createElement(tag);
  if (settings.chorus_endpoint) {
    element.setAttribute('endpoint', settings.chorus_endpoint);
  }
  if (tag === 'chorus-story-feed') {
    if (settings.feed_source) {
      element.setAttribute('source', settings.feed_source);
    }
    element.setAttribute('limit', String(settings.feed_limit));
    element.setAttribute('layout', settings.feed_layout);
  }
  section.append(element);
  return section;
}

/** Where the element goes: before the topic list, or at the end of the sidebar's sections. */
export function findAnchor(placement, doc = document) {
  if (placement === 'sidebar') {
    const sections = doc.querySelector('.sidebar-sections');
    return sections ? { parent: sections, before: null } : null;
  }
  const list = doc.getElementById('list-area');
  return list?.parentElement ? { parent: list.parentElement, before: list } : null;
}

/**
 * Shows the element where the settings ask, on the pages they name, and removes it everywhere
 * else. Called on every page change; Discourse re-renders the page around it, so it checks
 * each time rather than trusting what it did before.
 */
export function placeEmbed(settings, url, doc = document) {
  const placement = settings.placement === 'sidebar' ? 'sidebar' : 'above_topic_list';
  const existing = doc.querySelector(`[${MARKER}="${placement}"]`);
  const anchor = pathMatches(settings.show_on, url) ? findAnchor(placement, doc) : null;
  if (!anchor) {
    existing?.remove();
    return null;
  }
  if (existing && existing.parentElement === anchor.parent) {
    return existing;
  }
  existing?.remove();
  const embed = buildEmbed(settings, placement, doc);
  anchor.parent.insertBefore(embed, anchor.before);
  return embed;
}
