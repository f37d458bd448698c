// A small stand-in for Discourse's Ember app, built from recorded Discourse API answers
// (test/fixtures/discourse/): the sidebar's categories, topic lists and a topic page, rendered
// client-side the way the real app re-renders its main outlet on every route change.
import { pageChanged } from 'discourse/lib/api';
import initializer from '/theme/javascripts/discourse/api-initializers/chorus.js';

const outlet = document.getElementById('main-outlet');
const sidebar = document.querySelector('.sidebar-sections');

const getJson = async (path) => {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${path} answered ${response.status}`);
  }
  return response.json();
};

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

function navigation() {
  return el(
    'div',
    { class: 'list-controls' },
    el(
      'ul',
      { class: 'nav nav-pills', role: 'navigation' },
      el('li', {}, el('a', { href: '/latest' }, 'Latest')),
      el('li', {}, el('a', { href: '/categories' }, 'Categories')),
    ),
  );
}

const listed = new Map();

function topicList(topics) {
  for (const topic of topics) {
    listed.set(topic.id, topic);
  }
  const rows = topics.map((topic) =>
    el(
      'tr',
      { class: 'topic-list-item', 'data-topic-id': String(topic.id) },
      el('td', { class: 'main-link' }, el('a', { class: 'title raw-link', href: `/t/${topic.slug}/${topic.id}` }, topic.title)),
    ),
  );
  return el('div', { id: 'list-area' }, el('table', { class: 'topic-list' }, el('tbody', {}, ...rows)));
}

async function render(path) {
  let title;
  outlet.replaceChildren();
  const topic = /^\/t\/[^/]+\/(\d+)/.exec(path);
  const category = /^\/c\/([^/]+)\/(\d+)/.exec(path);
  if (topic) {
    // Like Discourse, a topic opened from a list shows its title at once; a direct visit loads it.
    const data = listed.get(Number(topic[1])) ?? (await getJson(`/t/${topic[1]}.json`));
    title = data.title;
    outlet.append(el('div', { id: 'topic-title' }, el('h1', {}, data.title)), el('div', { class: 'post-stream' }));
  } else if (path === '/categories') {
    title = 'Categories';
    const data = await getJson('/categories.json');
    const boxes = data.category_list.categories.map((c) => el('div', { class: 'category-box' }, el('a', { href: `/c/${c.slug}/${c.id}` }, c.name)));
    outlet.append(navigation(), el('div', { id: 'list-area' }, ...boxes));
  } else {
    const data = await getJson(category ? `/c/${category[1]}/${category[2]}.json` : '/latest.json');
    title = category ? category[1] : 'Latest';
    outlet.append(navigation(), topicList(data.topic_list.topics));
  }
  document.title = `${title} - Forum`;
  pageChanged(path, document.title);
}

async function renderSidebar() {
  const data = await getJson('/categories.json');
  const links = data.category_list.categories.map((c) =>
    el('li', { class: 'sidebar-section-link-wrapper' }, el('a', { class: 'sidebar-section-link', href: `/c/${c.slug}/${c.id}` }, c.name)),
  );
  sidebar.append(
    el(
      'div',
      { class: 'sidebar-section-wrapper sidebar-section', 'data-section-name': 'categories' },
      el('h2', { class: 'sidebar-section-header' }, 'Categories'),
      el('ul', { class: 'sidebar-section-content' }, ...links),
    ),
  );
}

// The router: in-app links change the route without loading a new page.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest("a[href^='/']") : null;
  if (!link || event.defaultPrevented || event.button !== 0) {
    return;
  }
  event.preventDefault();
  history.pushState({}, '', link.getAttribute('href'));
  render(location.pathname);
});
window.addEventListener('popstate', () => render(location.pathname));

initializer.initialize();
await renderSidebar();
await render(location.pathname);
