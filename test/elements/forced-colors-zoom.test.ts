// Every element under forced colours (Windows' contrast themes, emulated over the DevTools
// protocol) and at 200 % zoom (a 1280 px window zoomed in: 640 CSS px at device scale 2).
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/elements/membership-card/membership-card.ts';
import '../../src/elements/moderation-queue/moderation-queue.ts';
import '../../src/elements/poll/poll.ts';
import '../../src/elements/story-feed/story-feed.ts';
import '../../src/elements/story-form/story-form.ts';
import { SourceError } from '../../src/client/types.ts';
import { EXAMPLE_TOKEN, fakeAdminServer } from '../../src/elements/moderation-queue/moderation-queue.examples.ts';
import type { ChorusElement } from '../../src/shared/chorus-element.ts';
import { ListSource, ManualSource, makeStory } from './story-feed.helpers.ts';

const POLL_ID = '01900000-0000-7000-8000-000000000017';

const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });
const viewport = (width: number, height: number, deviceScaleFactor = 1) => executeServerCommand('set-viewport', { width, height, deviceScaleFactor });

const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const px = (value: string) => parseFloat(value) || 0;
const label = (node: Element) =>
  `${node.localName}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')} "${node.textContent?.replace(/\s+/g, ' ').trim().slice(0, 30)}"`;

async function mount<T extends ChorusElement>(template: TemplateResult, settled: (el: T) => boolean = (el) => el.state !== 'loading'): Promise<T> {
  fixtureCleanup();
  sessionStorage.clear();
  localStorage.clear();
  const el = await fixture<T>(template);
  await waitUntil(() => settled(el), `${el.localName} did not settle`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The colours painted along the middle line of `node`, left to right, as `rgb(…)` strings, one per CSS pixel. */
async function paintedRow(node: Element): Promise<string[]> {
  node.scrollIntoView({ block: 'center' });
  const rect = node.getBoundingClientRect();
  const region = { x: Math.floor(rect.left + scrollX), y: Math.floor(rect.top + scrollY), width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
  const url = await executeServerCommand<string, typeof region>('capture-region', region);
  const image = new Image();
  image.src = url!;
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: region.width, height: region.height });
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, region.width, region.height);
  const { data } = context.getImageData(0, Math.floor(region.height / 2), region.width, 1);
  return Array.from({ length: region.width }, (_, i) => `rgb(${data[i * 4]}, ${data[i * 4 + 1]}, ${data[i * 4 + 2]})`);
}

/** A box drawn with a border that survives forced colours: a style, a width, and not `forced-color-adjust: none` with a page colour. */
function expectBoundary(node: Element, minWidth = 1): void {
  const style = getComputedStyle(node);
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  for (const side of sides) {
    expect(style.getPropertyValue(`border-${side.toLowerCase()}-style`), `${label(node)}: border-${side} style`).to.not.equal('none');
    expect(px(style.getPropertyValue(`border-${side.toLowerCase()}-width`)), `${label(node)}: border-${side} width`).to.be.at.least(minWidth);
  }
  expect(style.borderTopColor, `${label(node)}: its border is not transparent`).to.not.match(/rgba\(.*, 0\)|transparent/);
  expect(style.borderTopColor, `${label(node)}: its border differs from its background`).to.not.equal(style.backgroundColor);
}

/** What still tells two states apart when forced colours replace every author colour with a system one. */
function shape(node: Element): string {
  const style = getComputedStyle(node);
  return [
    style.outlineStyle,
    style.outlineWidth,
    style.borderTopStyle,
    style.borderTopWidth,
    style.borderBottomWidth,
    style.fontWeight,
    style.textDecorationLine,
    style.backgroundColor,
    style.color,
    style.forcedColorAdjust,
  ].join(' ');
}

/** Focuses `node` from the keyboard's side and checks that a ring shows. */
async function expectFocusRing(el: Element, node: HTMLElement): Promise<void> {
  await sendKeys({ press: 'Shift' }); // The last input was a key: programmatic focus shows :focus-visible.
  node.focus();
  expect(el.shadowRoot!.activeElement ?? document.activeElement, `${label(node)} takes focus`).to.equal(node);
  expect(node.matches(':focus-visible'), `${label(node)} matches :focus-visible`).to.equal(true);
  const style = getComputedStyle(node);
  expect(style.outlineStyle, `${label(node)}: focus outline style`).to.not.equal('none');
  expect(px(style.outlineWidth), `${label(node)}: focus outline width`).to.be.at.least(2);
  expect(style.outlineColor, `${label(node)}: focus outline colour`).to.not.match(/rgba\(.*, 0\)|transparent/);
  node.blur();
}

/** Nothing inside `el` scrolls sideways, no text is cut off without an ellipsis, and every control lies within the element and the page. */
function expectReflows(el: HTMLElement): void {
  expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth);
  const host = el.getBoundingClientRect();
  expect(el.scrollWidth, `${el.localName} does not scroll sideways`).to.be.at.most(el.clientWidth + 1);
  for (const node of all(el, '*')) {
    const style = getComputedStyle(node);
    // Hidden on purpose: the screen-reader-only text, the honeypot field bots see, code that scrolls in its own box.
    if (style.display === 'none' || node.closest('.visually-hidden, .hp') || node.matches('pre, pre *')) continue;
    const rect = node.getBoundingClientRect();
    if (!rect.width || !rect.height) continue;
    if (/auto|scroll/.test(style.overflowX)) expect(node.scrollWidth, `${label(node)} scrolls sideways`).to.be.at.most(node.clientWidth + 1);
    const deliberate = style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
    if (/hidden|clip/.test(style.overflowX) && !deliberate) expect(node.scrollWidth, `${label(node)} cuts off its content`).to.be.at.most(node.clientWidth + 1);
    if (node.matches('button, a[href], input:not([type="hidden"]), select, textarea, [tabindex="0"]')) {
      expect(rect.left, `${label(node)} starts inside ${el.localName}`).to.be.at.least(host.left - 1);
      expect(rect.right, `${label(node)} ends inside ${el.localName}`).to.be.at.most(host.right + 1);
    }
  }
}

/** Every tag in a one-line tag row is shown whole or not at all: none is cut mid-word. */
function expectWholeTags(el: HTMLElement): void {
  for (const row of all(el, '.tags')) {
    const box = row.getBoundingClientRect();
    for (const tag of row.querySelectorAll('li')) {
      const rect = tag.getBoundingClientRect();
      const inside = rect.right <= box.right + 1 && rect.left >= box.left - 1 && rect.bottom <= box.bottom + 1;
      const outside = rect.top >= box.bottom - 1;
      expect(inside || outside, `tag "${tag.textContent}" is cut off`).to.equal(true);
    }
  }
}

// Each element in the states a person can meet, with what must stay visible.
const stories = () =>
  Array.from({ length: 3 }, (_, i) =>
    makeStory(i + 1, { tags: ['community', 'pycon', 'beginners-welcome', 'sprints', 'django', 'packaging', 'education'], body: 'A long body '.repeat(40) }),
  );
const feed = () =>
  mount<ChorusElement>(html`<chorus-story-feed loading="eager" layout="grid" filters limit="3" .dataSource=${new ListSource(stories())}></chorus-story-feed>`);
async function failedFeed() {
  fixtureCleanup();
  const source = new ManualSource();
  const el = await fixture<ChorusElement>(html`<chorus-story-feed loading="eager" .dataSource=${source}></chorus-story-feed>`);
  (await source.call(0)).reject(new SourceError('network', 'down'));
  await waitUntil(() => el.state === 'error', 'the feed did not fail');
  await el.updateComplete;
  return el;
}
async function form() {
  const el = await mount<ChorusElement>(html`<chorus-story-form endpoint="/api/v1" kinds="story news event boost"></chorus-story-form>`, () => true);
  await el.updateComplete;
  return el;
}
async function invalidForm() {
  const el = await form();
  one<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
  await waitUntil(() => all(el, '[aria-invalid="true"]').length > 0, 'no field was marked invalid', { timeout: 3000 });
  await el.updateComplete;
  return el;
}
const card = () => mount<ChorusElement>(html`<chorus-membership-card layout="cards"></chorus-membership-card>`);
async function queue() {
  const el = await mount<ChorusElement>(html`<chorus-moderation-queue .adminClient=${fakeAdminServer().clientFor}></chorus-moderation-queue>`, () => true);
  one<HTMLInputElement>(el, '#token').value = EXAMPLE_TOKEN;
  one<HTMLButtonElement>(el, '.token-form button[type="submit"]').click();
  await waitUntil(() => el.shadowRoot!.querySelector('.stories'), 'the queue did not load');
  await el.updateComplete;
  return el;
}
async function poll(closed: boolean) {
  const session = `fc${Math.random().toString(36).slice(2)}`;
  const options = [
    { id: 'a', text: 'At work in production', votes: 3 },
    { id: 'b', text: 'At work but not in production', votes: 1 },
    { id: 'c', text: 'Not yet, when it matures', votes: 0 },
  ];
  await fetch(`/__poll/${session}/control`, {
    method: 'POST',
    body: JSON.stringify({ op: 'create', poll: { id: POLL_ID, question: 'Where are you using WebAssembly?', options, closed } }),
  });
  return mount<ChorusElement>(html`<chorus-poll loading="eager" poll=${POLL_ID} endpoint=${`/__poll/${session}/api/v1`}></chorus-poll>`);
}

// Each test checks a whole element in many states: more than the default 10 s on a busy machine.
describe('forced colours', function () {
  this.timeout(30_000);
  before(() => forcedColors(true));
  after(() => forcedColors(false));

  it('are what the page sees', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('<chorus-story-form>: buttons, fields, the selected tab, focus and errors stay visible', async () => {
    const el = await invalidForm();
    for (const button of all(el, 'button:not(.link, [role="tab"])')) expectBoundary(button);
    for (const tab of all(el, '[role="tab"]')) expect(getComputedStyle(tab).borderTopStyle, label(tab)).to.not.equal('none');
    for (const field of all(el, 'input:not([type="radio"], [type="checkbox"], .hp input, #website), textarea')) expectBoundary(field);
    const [selected, other] = [one(el, '[role="tab"][aria-selected="true"]'), one(el, '[role="tab"][aria-selected="false"]')];
    expect(shape(selected), 'the selected tab differs from the other').to.not.equal(shape(other));
    // An error is more than a red border: a bar beside the field, and a boxed summary.
    for (const field of all(el, '.field.invalid')) {
      expect(getComputedStyle(field).borderInlineStartStyle, label(field)).to.equal('solid');
      expect(px(getComputedStyle(field).borderInlineStartWidth), label(field)).to.be.at.least(3);
    }
    expectBoundary(one(el, '.summary'), 2);
    await expectFocusRing(el, one(el, '#title'));
    await expectFocusRing(el, one(el, 'button[type="submit"]'));
    await expectFocusRing(el, one(el, '[role="tab"][aria-selected="true"]'));
  });

  it('<chorus-story-feed>: chips, the pressed chip, cards, "Read more", focus and errors stay visible', async () => {
    const el = await feed();
    const chips = all(el, '[part="filter"]');
    const pressed = chips.find((chip) => chip.getAttribute('aria-pressed') === 'true')!;
    const unpressed = chips.find((chip) => chip.getAttribute('aria-pressed') === 'false')!;
    for (const chip of chips) expectBoundary(chip);
    expect(shape(pressed), 'the pressed chip differs from the others').to.not.equal(shape(unpressed));
    for (const article of all(el, 'article')) expectBoundary(article);
    for (const button of all(el, 'button')) expectBoundary(button);
    await expectFocusRing(el, one(el, 'article'));
    await expectFocusRing(el, pressed);
    await expectFocusRing(el, one(el, '[part="read-more"]'));
    await expectFocusRing(el, one(el, '[part="title"]'));
    const failed = await failedFeed();
    expectBoundary(one(failed, '[part="error"]'), 2);
    expectBoundary(one(failed, '[part="retry"]'));
  });

  it('<chorus-membership-card>: tier cards, join links and focus stay visible', async () => {
    const el = await card();
    for (const tier of all(el, '[part~="tier"]')) expectBoundary(tier);
    const links = all(el, 'a.button');
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expectBoundary(link);
    await expectFocusRing(el, links[0]!);
  });

  it('<chorus-moderation-queue>: tabs, the selected tab, actions and focus stay visible', async () => {
    const el = await queue();
    const tabs = all(el, '[role="tab"]');
    const selected = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true')!;
    const other = tabs.find((tab) => tab.getAttribute('aria-selected') === 'false')!;
    expect(shape(selected), 'the selected tab differs from the others').to.not.equal(shape(other));
    for (const button of all(el, '.story button:not(.link)')) expectBoundary(button);
    await expectFocusRing(el, selected);
    await expectFocusRing(el, one(el, '.story button'));
  });

  it('<chorus-poll>: options, the chosen option, focus, errors and the result bars stay visible', async () => {
    const el = await poll(false);
    const labels = all(el, 'label');
    for (const option of labels) expectBoundary(option);
    const valid = shape(labels[0]!);
    // Sending nothing marks the options invalid: more than a colour says so.
    one<HTMLButtonElement>(el, '[part="vote"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error was shown');
    expect(shape(labels[0]!), 'an invalid option differs from a valid one').to.not.equal(valid);
    const input = one<HTMLInputElement>(el, 'input');
    await expectFocusRing(el, input);
    input.click();
    await el.updateComplete;
    expect(shape(labels[0]!), 'the chosen option differs from the others').to.not.equal(shape(labels[1]!));
    const closed = await poll(true);
    const meters = all(closed, 'meter');
    expect(meters.length).to.equal(3);
    for (const meter of meters) expectBoundary(meter);
    // The bars are drawn by the meter's own pseudo-elements: read what was painted. The first option has 3 of 4
    // votes: its bar's filled three quarters differ from the empty track after them.
    const row = await paintedRow(meters[0]!);
    const filled = row[Math.round(row.length * 0.35)]!;
    const track = row[Math.round(row.length * 0.9)]!;
    expect(filled, 'the filled part of the bar differs from its track').to.not.equal(track);
    // The empty bar (no votes) shows its track only.
    const empty = await paintedRow(meters[2]!);
    expect(empty[Math.round(empty.length * 0.35)]).to.equal(empty[Math.round(empty.length * 0.9)]);
  });
});

describe('200 % zoom (640 CSS px at device scale 2)', function () {
  this.timeout(30_000);
  before(() => viewport(640, 720, 2));
  after(() => viewport(800, 600));

  it('<chorus-story-form>, with its errors: no sideways scrolling, nothing cut off, every control inside', async () => {
    expectReflows(await form());
    expectReflows(await invalidForm());
  });

  it('<chorus-story-feed>: no sideways scrolling, no tag cut mid-word, every control inside', async () => {
    const el = await feed();
    expectReflows(el);
    expectWholeTags(el);
    for (const layout of ['list', 'compact']) {
      el.setAttribute('layout', layout);
      await (el as ChorusElement).updateComplete;
      expectReflows(el);
    }
    expectReflows(await failedFeed());
  });

  it('<chorus-membership-card>: no sideways scrolling, every control inside', async () => {
    expectReflows(await card());
    const table = await mount<ChorusElement>(html`<chorus-membership-card layout="table"></chorus-membership-card>`);
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(window.innerWidth);
    for (const link of all(table, 'a')) expect(link.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('<chorus-moderation-queue>: no sideways scrolling, every control inside', async () => {
    expectReflows(await queue());
  });

  it('<chorus-poll>: no sideways scrolling, every control inside, with the form and with results', async () => {
    expectReflows(await poll(false));
    expectReflows(await poll(true));
  });
});
