// Eleventy with Chorus: `{% chorusHead %}` in the layout's <head>, then one shortcode per element
// anywhere in a page, e.g. `{% chorusStoryFeed { limit: 5, tag: "pycon" } %}`.
import { escapeAttribute } from 'entities';

/** Each element's attributes, in the order they are written; anything else passed is refused. */
const ELEMENTS = {
  chorusStoryFeed: [
    'chorus-story-feed',
    ['endpoint', 'source', 'via', 'limit', 'tag', 'kind', 'layout', 'filters', 'infinite', 'images', 'loading', 'theme', 'lang'],
  ],
  chorusStoryForm: ['chorus-story-form', ['endpoint', 'kinds', 'tags', 'privacy-url', 'github-repo', 'discourse-url', 'theme', 'lang']],
  chorusMembershipCard: ['chorus-membership-card', ['endpoint', 'src', 'tier', 'layout', 'join-url', 'theme', 'lang']],
};

/** `{limit: 5, filters: true}` → ` limit="5" filters`: values escaped, `true` as a bare attribute, `false` and empty left out. */
function attributes(tag, allowed, options = {}) {
  return Object.entries(options)
    .map(([name, value]) => {
      if (!allowed.includes(name)) throw new Error(`<${tag}> has no attribute "${name}" (it takes ${allowed.join(', ')})`);
      if (value === false || value === null || value === undefined || value === '') return '';
      return value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
    })
    .join('');
}

export default function (eleventyConfig) {
  eleventyConfig.addShortcode('chorusHead', function () {
    const { endpoint, scriptUrl, integrity } = this.ctx?.chorus ?? {};
    if (!scriptUrl) throw new Error('chorusHead: set chorus.scriptUrl in src/_data/chorus.js');
    const meta = endpoint ? `<meta name="chorus-endpoint" content="${escapeAttribute(endpoint)}">\n` : '';
    const sri = integrity ? ` integrity="${escapeAttribute(integrity)}"` : '';
    return `${meta}<script type="module" src="${escapeAttribute(scriptUrl)}" crossorigin="anonymous"${sri}></script>`;
  });
  for (const [name, [tag, allowed]] of Object.entries(ELEMENTS)) {
    eleventyConfig.addShortcode(name, (options) => `<${tag}${attributes(tag, allowed, options)}></${tag}>`);
  }
}

export const config = {
  dir: { input: 'src', output: '_site' },
  markdownTemplateEngine: 'njk',
};
