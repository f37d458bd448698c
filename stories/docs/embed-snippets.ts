// The same element written for each host the guides in docs/embed/ cover, for the docs pages.
// Each form is the one the example site in examples/ uses (and its tests build).

export type Attributes = Record<string, string | true>;

export interface Snippet {
  host: string;
  guide: string;
  language: string;
  code: string;
}

const SCRIPT = 'https://cdn.jsdelivr.net/npm/chorus-widgets@0.1.0/dist/chorus.js';

const camel = (tag: string) => tag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

function html(tag: string, attributes: Attributes): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  return `<${tag}${attrs}></${tag}>`;
}

/** `tag` is the element (`chorus-story-feed`); `attributes` what the example sets. */
export function embedSnippets(tag: string, attributes: Attributes): Snippet[] {
  const params = (quote: (value: string) => string, yes: string) =>
    Object.entries(attributes)
      .map(([name, value]) => ` ${name}=${value === true ? yes : quote(value)}`)
      .join('');
  const eleventy = Object.entries(attributes)
    .map(([name, value]) => `${/^[a-z]+$/.test(name) ? name : JSON.stringify(name)}: ${value === true ? 'true' : JSON.stringify(value)}`)
    .join(', ');
  const django =
    tag === 'chorus-story-feed'
      ? `{% include "chorus/story_feed.html" with${params((value) => `"${value}"`, 'True')} %}`
      : `{# the element's tag, written directly: Django escapes what you put in it #}\n${html(tag, attributes)}`;
  return [
    {
      host: 'HTML',
      guide: 'cdn.md',
      language: 'html',
      code: `<meta name="chorus-endpoint" content="https://stories.example.org/api/v1">\n<script type="module" src="${SCRIPT}" crossorigin="anonymous"></script>\n\n${html(tag, attributes)}`,
    },
    { host: 'Django', guide: 'django.md', language: 'django', code: `{% include "chorus/head.html" %}  {# in <head> #}\n\n${django}` },
    { host: 'Hugo', guide: 'hugo.md', language: 'go', code: `{{< ${tag}${params((value) => `"${value}"`, '"true"')} >}}` },
    { host: 'Jekyll', guide: 'jekyll.md', language: 'liquid', code: `{% include ${tag}.html${params((value) => `"${value}"`, 'true')} %}` },
    { host: 'Eleventy', guide: 'eleventy.md', language: 'js', code: `{% ${camel(tag)} { ${eleventy} } %}` },
    {
      host: 'React 19',
      guide: 'react.md',
      language: 'tsx',
      code: `import 'chorus-widgets/react'; // the autoloader, and JSX types for every Chorus tag\n\n<${tag}${params((value) => `"${value}"`, '{true}')} />`,
    },
    {
      host: 'Vue 3',
      guide: 'vue.md',
      language: 'html',
      code: `<!-- main.ts: import 'chorus-widgets/vue' (the autoloader, and GlobalComponents types) -->\n${html(tag, attributes)}`,
    },
    {
      host: 'Svelte 5',
      guide: 'svelte.md',
      language: 'html',
      code: `<!-- main.ts: import 'chorus-widgets/svelte' (the autoloader, and svelte/elements types) -->\n${html(tag, attributes)}`,
    },
    {
      host: 'Discourse (theme component settings)',
      guide: 'discourse.md',
      language: 'yaml',
      code: `element: ${tag}\nplacement: above_topic_list   # or sidebar\nshow_on: /latest|/categories|/c/*`,
    },
  ];
}
