import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SourceError, type StorySource, type SubmitOptions } from '../../src/client/types.ts';
import type { StorySubmissionInput, SubmissionReceipt } from '../../src/schema/index.ts';
import { draftKey } from '../../src/shared/drafts.ts';
import type { ChorusErrorEvent, ChorusSubmitEvent, ChorusSubmittedEvent } from '../../src/shared/events.ts';
import '../../src/elements/story-form/story-form.ts';
import type { ChorusStoryForm } from '../../src/elements/story-form/story-form.ts';

type Answer = (submission: StorySubmissionInput, key: string, signal?: AbortSignal) => Promise<SubmissionReceipt> | SubmissionReceipt;

/** A StorySource that behaves like the server's idempotent POST: a replayed key returns the first answer and stores nothing new. */
class FakeSource implements StorySource {
  readonly label = 'fake';
  readonly requests: { submission: StorySubmissionInput; key: string }[] = [];
  readonly stored = new Map<string, { submission: StorySubmissionInput; receipt: SubmissionReceipt }>();
  /** Scripted answers, used in order; after them every request is stored and acknowledged. */
  answers: Answer[] = [];

  store(submission: StorySubmissionInput, key: string): SubmissionReceipt {
    const known = this.stored.get(key);
    if (known) return known.receipt;
    const receipt: SubmissionReceipt = { id: `story-${this.stored.size + 1}`, status: 'pending' };
    this.stored.set(key, { submission, receipt });
    return receipt;
  }

  async submit(submission: StorySubmissionInput, options: SubmitOptions) {
    const copy = structuredClone(submission);
    this.requests.push({ submission: copy, key: options.idempotencyKey });
    const answer = this.answers.shift();
    return answer ? answer(copy, options.idempotencyKey, options.signal) : this.store(copy, options.idempotencyKey);
  }

  listStories(): never {
    throw new SourceError('unsupported', 'not in this fake');
  }
  getStory(): never {
    throw new SourceError('unsupported', 'not in this fake');
  }
  membership(): never {
    throw new SourceError('unsupported', 'not in this fake');
  }
}

const VALID = { kind: 'story', title: 'My first sprint', body: 'It was **great**.', authorName: 'Ada', consent: true } as const;
const ENDPOINT = 'https://stories.example.org/api/v1';

const root = (el: ChorusStoryForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: ChorusStoryForm, selector: string) => root(el).querySelector<T>(selector)!;
const field = (el: ChorusStoryForm, name: string) => $<HTMLInputElement>(el, `[name="${name}"]`);
const focused = (el: ChorusStoryForm) => root(el).activeElement;
const submitButton = (el: ChorusStoryForm) => $<HTMLButtonElement>(el, '[part="submit-button"]');
const alertText = (el: ChorusStoryForm) => $(el, '[part="alert"]').textContent!.trim();

async function fill(el: ChorusStoryForm, values: Record<string, string | boolean>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const input = name === 'kind' ? $<HTMLInputElement>(el, `[name="kind"][value="${value}"]`) : field(el, name);
    if (typeof value === 'boolean' || input.type === 'radio') input.checked = value !== false;
    else input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

async function send(el: ChorusStoryForm): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

async function make(source: StorySource | undefined = new FakeSource(), attrs = '') {
  const holder = document.createElement('div');
  holder.innerHTML = `<chorus-story-form id="f" endpoint="${ENDPOINT}" ${attrs}></chorus-story-form>`;
  const el = holder.firstElementChild as ChorusStoryForm;
  el.dataSource = source;
  el.retryDelays = [0, 0];
  return fixture<ChorusStoryForm>(html`${el}`);
}

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
}

describe('<chorus-story-form>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'onLine');
    localStorage.clear();
  });

  it('is accessible', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
  });

  it('offers every kind first, then the fields in order, with the email hint', async () => {
    const el = await make();
    const names = [...root(el).querySelectorAll<HTMLInputElement>('input,textarea')].map((input) => input.name);
    expect(names.filter((name, index) => names.indexOf(name) === index)).to.deep.equal([
      'kind',
      'title',
      'link',
      'body',
      'tags',
      'authorName',
      'authorEmail',
      'region',
      'consent',
      'website',
    ]);
    expect([...root(el).querySelectorAll<HTMLInputElement>('[name="kind"]')].map((radio) => radio.value)).to.deep.equal(['boost', 'news', 'story', 'event']);
    expect($(el, '#authorEmail-hint').textContent).to.equal('Only the community team sees this');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('offers only the kinds asked for, in that order, and preselects a single one', async () => {
    const el = await make(undefined, 'kinds="story,boost,nonsense"');
    expect([...root(el).querySelectorAll<HTMLInputElement>('[name="kind"]')].map((radio) => radio.value)).to.deep.equal(['story', 'boost']);
    const single = await make(undefined, 'kinds="news"');
    expect(field(single, 'kind').checked).to.be.true;
  });

  it('links consent to the privacy notice', async () => {
    const el = await make(undefined, 'privacy-url="https://example.org/privacy"');
    expect($<HTMLAnchorElement>(el, '#consent-hint a').href).to.equal('https://example.org/privacy');
    expect(field(el, 'consent').getAttribute('aria-describedby')).to.equal('consent-hint');
  });

  describe('when submitted empty', () => {
    it('is accessible', async () => {
      const el = await make();
      await send(el);
      await expect(el).to.be.accessible();
    });

    it('focuses the error summary and sends nothing', async () => {
      const source = new FakeSource();
      const el = await make(source);
      await send(el);
      const summary = $(el, '[part="error-summary"]');
      expect(focused(el)).to.equal(summary);
      expect(summary.textContent).to.contain('There is a problem');
      expect(source.requests).to.have.length(0);
    });

    it('links each error to its field', async () => {
      const el = await make();
      await send(el);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')];
      expect(links.map((link) => link.hash)).to.deep.equal(['#kind', '#title', '#authorName', '#consent']);
      for (const link of links) {
        link.click();
        await el.updateComplete;
        expect((focused(el) as HTMLInputElement).name).to.equal(link.hash.slice(1));
      }
    });

    it('says what to do beside each field, after a hidden "Error:", wired with aria-describedby and aria-invalid', async () => {
      const el = await make();
      await send(el);
      const title = field(el, 'title');
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(title.getAttribute('aria-describedby')).to.equal('title-hint title-error');
      const message = $(el, '#title-error');
      expect(message.getAttribute('part')).to.equal('error-message');
      expect(message.querySelector('.visually-hidden')!.textContent).to.equal('Error:');
      expect(message.textContent!.trim()).to.equal('Error: Enter a title');
      expect(field(el, 'region').hasAttribute('aria-invalid')).to.be.false;
      expect(field(el, 'consent').getAttribute('aria-describedby')).to.equal('consent-error');
    });

    it('keeps everything typed', async () => {
      const el = await make();
      await fill(el, { title: 'Kept' });
      await send(el);
      expect(field(el, 'title').value).to.equal('Kept');
    });

    it('switches back from the preview to focus the story', async () => {
      const el = await make();
      await fill(el, { kind: 'story' });
      $(el, '#tab-preview').click();
      await send(el);
      $<HTMLAnchorElement>(el, '[part="error-summary"] a[href="#body"]').click();
      await waitUntil(() => focused(el) === field(el, 'body'));
      expect($(el, '#panel-write').hidden).to.be.false;
    });
  });

  describe('validation as you go', () => {
    it('checks a field when the person leaves it after typing, and clears the error once fixed', async () => {
      const el = await make();
      await fill(el, { authorEmail: 'not-an-address' });
      expect(field(el, 'authorEmail').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#authorEmail-error').textContent).to.contain('Enter an email address like name@example.org');
      expect(field(el, 'title').hasAttribute('aria-invalid'), 'an untouched field stays quiet').to.be.false;
      expect(root(el).querySelector('[part="error-summary"]'), 'no summary before submitting').to.be.null;
      await fill(el, { authorEmail: 'ada@example.org' });
      expect(field(el, 'authorEmail').hasAttribute('aria-invalid')).to.be.false;
      expect(field(el, 'authorEmail').getAttribute('aria-describedby')).to.equal('authorEmail-hint');
    });

    it('asks for a link, and at most 500 characters, for a boost', async () => {
      const el = await make();
      await fill(el, { ...VALID, kind: 'boost', body: 'x'.repeat(501) });
      expect($(el, 'label[for="link"]').textContent).to.equal('Link');
      expect($(el, '[part="counter"]').textContent!.trim()).to.equal('You have 1 character too many');
      await send(el);
      expect($(el, '#link-error').textContent).to.contain('Enter the link to the post you want us to share');
      expect($(el, '#body-error').textContent).to.contain('Shorten your message to 500 characters or fewer');
    });
  });

  describe('character count', () => {
    it('shows the count, and announces politely only near the limit', async () => {
      const el = await make();
      await fill(el, { kind: 'boost', body: 'Hello 🐍' });
      expect($(el, '[part="counter"]').textContent!.trim()).to.equal('7 of 500 characters');
      expect($(el, '[aria-live="polite"]').textContent).to.equal('');
      await fill(el, { body: 'x'.repeat(460) });
      expect($(el, '[aria-live="polite"]').textContent).to.equal('You have 40 characters remaining');
    });
  });

  describe('preview', () => {
    it('renders the Markdown safely in a tab panel', async () => {
      const el = await make();
      await fill(el, { body: '**bold** <img src=x onerror="window.hacked=1"> [x](javascript:alert(1))' });
      $(el, '#tab-preview').click();
      await el.updateComplete;
      expect($(el, '#tab-preview').getAttribute('aria-selected')).to.equal('true');
      const preview = $(el, '[part="preview"]');
      expect(preview.hidden).to.be.false;
      await waitUntil(() => preview.querySelector('strong'), 'the Markdown renderer loads on demand');
      expect(preview.querySelector('strong')!.textContent).to.equal('bold');
      expect(preview.querySelector('img,script,[onerror]')).to.be.null;
      expect(preview.querySelector('a[href^="javascript"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('moves between tabs with the arrow keys', async () => {
      const el = await make();
      $(el, '#tab-write').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal($(el, '#tab-preview'));
      expect($(el, '#panel-write').hidden).to.be.true;
    });
  });

  describe('tags', () => {
    it('adds and removes a suggested tag with a pressed button', async () => {
      const el = await make(undefined, 'tags="pycon,community"');
      const pycon = $(el, '[part="suggestion"]');
      pycon.click();
      await el.updateComplete;
      expect(field(el, 'tags').value).to.equal('pycon');
      expect(pycon.getAttribute('aria-pressed')).to.equal('true');
      await fill(el, { tags: 'pycon, Django Girls' });
      root(el).querySelectorAll<HTMLElement>('[part="suggestion"]')[1]!.click();
      await el.updateComplete;
      expect(field(el, 'tags').value).to.equal('pycon, django-girls, community');
      pycon.click();
      await el.updateComplete;
      expect(field(el, 'tags').value).to.equal('django-girls, community');
    });
  });

  describe('drafts', () => {
    it('restores a draft after the element is re-created, with a notice', async () => {
      const first = await make();
      await fill(first, { ...VALID, region: 'Lagos' });
      first.remove();
      const second = await make();
      expect(field(second, 'title').value).to.equal('My first sprint');
      expect(field(second, 'body').value).to.equal('It was **great**.');
      expect($<HTMLInputElement>(second, '#kind-story').checked).to.be.true;
      expect(field(second, 'consent').checked).to.be.true;
      expect($(second, '[part="draft-notice"]').textContent).to.contain('We restored the story you started on');
      await expect(second).to.be.accessible();
    });

    it('keeps the draft’s idempotency key across a reload, so a resend after one is stored once', async () => {
      const source = new FakeSource();
      source.answers = [
        (submission, key) => {
          source.store(submission, key);
          return Promise.reject(new SourceError('validation', 'Check your story', { issues: [] }));
        },
      ];
      const first = await make(source);
      await fill(first, VALID);
      await send(first);
      await waitUntil(() => source.requests.length === 1);
      first.remove();
      const second = await make(source);
      await send(second);
      await waitUntil(() => root(second).querySelector('[part="success"]'));
      expect(source.requests[1]!.key).to.equal(source.requests[0]!.key);
      expect(source.stored.size).to.equal(1);
    });

    it('keeps a separate draft per endpoint and element id', async () => {
      const first = await make();
      await fill(first, { title: 'For form f' });
      first.remove();
      expect(localStorage.getItem(draftKey(ENDPOINT, 'f'))).to.contain('For form f');
      const other = await fixture<ChorusStoryForm>(html`<chorus-story-form id="g" endpoint=${ENDPOINT}></chorus-story-form>`);
      expect(field(other, 'title').value).to.equal('');
    });

    it('never saves the honeypot', async () => {
      const el = await make();
      await fill(el, { title: 'Mine', website: 'spam.example' });
      el.remove();
      const saved = localStorage.getItem(draftKey(ENDPOINT, 'f'))!;
      expect(saved).to.contain('Mine');
      expect(saved).not.to.contain('spam.example');
    });

    it('discards the draft when asked, and focuses the first question', async () => {
      const first = await make();
      await fill(first, VALID);
      first.remove();
      const el = await make();
      $(el, '[part="draft-notice"] button').click();
      await waitUntil(() => focused(el) === $(el, '#kind-boost'));
      expect(field(el, 'title').value).to.equal('');
      expect(root(el).querySelector('[part="draft-notice"]')).to.be.null;
      expect($(el, '[part="status"]').textContent).to.equal('Draft discarded');
      expect(localStorage.getItem(draftKey(ENDPOINT, 'f'))).to.be.null;
    });

    it('keeps the draft after a failed send and clears it only once the server acknowledges', async () => {
      const source = new FakeSource();
      source.answers = [0, 1, 2].map(() => () => Promise.reject(new SourceError('server', 'down')));
      const el = await make(source);
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => el.getAttribute('state') === 'error');
      expect(localStorage.getItem(draftKey(ENDPOINT, 'f'))).to.contain('My first sprint');
      await send(el);
      await waitUntil(() => root(el).querySelector('[part="success"]'));
      expect(localStorage.getItem(draftKey(ENDPOINT, 'f'))).to.be.null;
    });
  });

  describe('sending', () => {
    it('sends the story with startedAt, an idempotency key and no honeypot', async () => {
      const source = new FakeSource();
      const el = await make(source);
      await fill(el, { ...VALID, tags: 'PyCon, community', region: '  ' });
      await send(el);
      await waitUntil(() => source.stored.size === 1);
      const [{ submission, key }] = source.requests as [{ submission: StorySubmissionInput; key: string }];
      expect(key).to.match(/^[0-9a-f-]{36}$/);
      expect(submission).to.include({ kind: 'story', title: 'My first sprint', authorName: 'Ada', consent: true });
      expect(submission.tags).to.deep.equal(['pycon', 'community']);
      expect(submission.startedAt).to.be.a('number');
      expect(submission).not.to.have.property('website');
      expect(submission.region, 'blank counts as absent').to.be.undefined;
    });

    it('is busy while sending: button disabled, aria-busy, a status message', async () => {
      const source = new FakeSource();
      let finish = (_: SubmissionReceipt) => {};
      source.answers = [() => new Promise<SubmissionReceipt>((resolve) => (finish = resolve))];
      const el = await make(source);
      await fill(el, VALID);
      await send(el);
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="status"]').textContent).to.equal('Sending your story…');
      expect(el.getAttribute('state')).to.equal('loading');
      await expect(el).to.be.accessible();
      await send(el);
      expect(source.requests, 'a second press while sending sends nothing').to.have.length(1);
      finish({ id: 'x', status: 'pending' });
      await waitUntil(() => root(el).querySelector('[part="success"]'));
    });

    it('moves focus to the confirmation, which says what happens next', async () => {
      const el = await make();
      await fill(el, VALID);
      const submitted = oneEvent(el, 'chorus-submitted') as Promise<ChorusSubmittedEvent>;
      await send(el);
      expect((await submitted).detail).to.deep.equal({ id: 'story-1', status: 'pending' });
      await waitUntil(() => focused(el) === $(el, '[part="success-heading"]'));
      expect($(el, '[part="success"]').textContent).to.contain('A moderator will review it');
      await expect(el).to.be.accessible();
    });

    it('starts a fresh story, with a new key, after "Share another story"', async () => {
      const source = new FakeSource();
      const el = await make(source);
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => root(el).querySelector('[part="success"]'));
      $(el, '[part="success"] [part="button"]').click();
      await waitUntil(() => focused(el) === $(el, '#kind-boost'));
      expect(field(el, 'title').value).to.equal('');
      await fill(el, { ...VALID, title: 'A second one' });
      await send(el);
      await waitUntil(() => source.stored.size === 2);
      expect(source.requests[1]!.key).not.to.equal(source.requests[0]!.key);
    });

    it('focuses the heading of a slotted confirmation', async () => {
      const source = new FakeSource();
      const el = await fixture<ChorusStoryForm>(
        html`<chorus-story-form id="s" .dataSource=${source}
          ><div slot="success">
            <h3>Merci!</h3>
            <p>We will be in touch.</p>
          </div></chorus-story-form
        >`,
      );
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => document.activeElement === el.querySelector('h3'));
      expect(root(el).querySelector('[part="success-heading"]')!.assignedSlot).to.be.null;
    });

    it('fires chorus-submit with the submission, and a cancelled one sends nothing', async () => {
      const source = new FakeSource();
      const el = await make(source);
      await fill(el, VALID);
      el.addEventListener('chorus-submit', (event) => event.preventDefault(), { once: true });
      const submit = oneEvent(el, 'chorus-submit') as Promise<ChorusSubmitEvent>;
      await send(el);
      const event = await submit;
      expect(event.cancelable).to.be.true;
      expect(event.composed && event.bubbles).to.be.true;
      expect(event.detail.submission).to.include({ title: 'My first sprint' });
      expect(source.requests).to.have.length(0);
      expect(localStorage.getItem(draftKey(ENDPOINT, 'f')), 'the draft is kept').to.contain('My first sprint');
    });

    it('is not left busy when moved in the page mid-send, and the resend reuses the key', async () => {
      const source = new FakeSource();
      // Like fetch: no answer until the request is aborted.
      source.answers = [
        (_, __, signal) => new Promise<SubmissionReceipt>((_resolve, reject) => signal!.addEventListener('abort', () => reject(signal!.reason))),
      ];
      const el = await make(source);
      await fill(el, VALID);
      await send(el);
      expect(el.getAttribute('state')).to.equal('loading');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await waitUntil(() => el.getAttribute('state') === 'ready');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      await send(el);
      await waitUntil(() => source.stored.size === 1);
      expect(source.requests[1]!.key).to.equal(source.requests[0]!.key);
    });

    it('reads a CAPTCHA token from the slotted widget and sends it', async () => {
      const source = new FakeSource();
      const el = await fixture<ChorusStoryForm>(
        html`<chorus-story-form id="c" .dataSource=${source}
          ><div slot="captcha">
            <div class="cf-turnstile"><input type="hidden" name="cf-turnstile-response" value="token-123" /></div></div
        ></chorus-story-form>`,
      );
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => source.requests.length === 1);
      expect(source.requests[0]!.submission.captchaToken).to.equal('token-123');
    });

    it('says so when no endpoint is configured, keeping the draft', async () => {
      const el = await fixture<ChorusStoryForm>(html`<chorus-story-form id="n"></chorus-story-form>`);
      await fill(el, VALID);
      await send(el);
      expect(alertText(el)).to.contain('not connected to a server');
    });
  });

  describe('when the server fails', () => {
    it('retries network errors and 5xx with the same key, 3 tries, then offers "Try again"', async () => {
      const source = new FakeSource();
      source.answers = [
        () => Promise.reject(new SourceError('network', 'reset')),
        () => Promise.reject(new SourceError('timeout', 'slow')),
        () => Promise.reject(new SourceError('server', 'down', { status: 503 })),
      ];
      const el = await make(source);
      await fill(el, VALID);
      const failed = oneEvent(el, 'chorus-error') as Promise<ChorusErrorEvent>;
      await send(el);
      expect((await failed).detail).to.deep.equal({
        code: 'server',
        message: 'We could not send your story. It is saved on this device. Try again in a moment.',
      });
      expect(source.requests).to.have.length(3);
      expect(alertText(el)).to.contain('We could not send your story');
      expect(submitButton(el).textContent!.trim()).to.equal('Try again');
      expect(el.getAttribute('state')).to.equal('error');
      await expect(el).to.be.accessible();
      await send(el);
      await waitUntil(() => source.stored.size === 1);
      expect(new Set(source.requests.map((request) => request.key)).size).to.equal(1);
    });

    it('maps 422 issues to their fields, in the reader’s language when the code is known', async () => {
      const source = new FakeSource();
      source.answers = [
        () =>
          Promise.reject(
            new SourceError('validation', 'Check your story', {
              status: 422,
              issues: [
                { path: ['title'], message: 'Enter a title of 120 characters or fewer', code: 'title.tooLong' },
                { path: ['region'], message: 'We do not know that region', code: 'region.unknown' },
              ],
            }),
          ),
      ];
      const el = await make(source);
      el.lang = 'es';
      await fill(el, VALID);
      const failed = oneEvent(el, 'chorus-error') as Promise<ChorusErrorEvent>;
      await send(el);
      expect((await failed).detail.code).to.equal('validation');
      await waitUntil(() => focused(el) === $(el, '[part="error-summary"]'));
      expect($(el, '#title-error').textContent).to.contain('Escribe un título de 120 caracteres o menos');
      expect($(el, '#region-error').textContent).to.contain('We do not know that region');
      expect(field(el, 'region').getAttribute('aria-invalid')).to.equal('true');
      expect([...root(el).querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')].map((link) => link.hash)).to.deep.equal(['#title', '#region']);
    });

    it('says when to try again after a 429', async () => {
      const source = new FakeSource();
      source.answers = [() => Promise.reject(new SourceError('rate-limited', 'slow down', { status: 429, retryAfter: 30 }))];
      const el = await make(source);
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => el.getAttribute('state') === 'error');
      expect(alertText(el)).to.equal('You have sent a lot of stories in a short time. Try again in 30 seconds.');
      expect(source.requests, 'a 429 is not retried automatically').to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('says so when offline, keeps the draft, and sends once when back online, with the same key', async () => {
      const source = new FakeSource();
      // The server stored the story but the answer was lost as the connection dropped.
      source.answers = [
        (submission, key) => {
          source.store(submission, key);
          setOnline(false);
          return Promise.reject(new SourceError('network', 'offline'));
        },
      ];
      const el = await make(source);
      await fill(el, VALID);
      const failed = oneEvent(el, 'chorus-error') as Promise<ChorusErrorEvent>;
      await send(el);
      expect((await failed).detail.code).to.equal('offline');
      expect(alertText(el)).to.contain('You are offline');
      expect(source.requests).to.have.length(1);
      expect(localStorage.getItem(draftKey(ENDPOINT, 'f'))).to.contain('My first sprint');
      await expect(el).to.be.accessible();

      setOnline(true);
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect($(el, '[part="status"]').textContent).to.equal('You are back online. Your story is ready to send.');
      expect(submitButton(el).textContent!.trim()).to.equal('Send now');
      await send(el);
      await waitUntil(() => root(el).querySelector('[part="success"]'));
      expect(source.requests).to.have.length(2);
      expect(source.requests[1]!.key).to.equal(source.requests[0]!.key);
      expect(source.stored.size).to.equal(1);
    });

    it('does not try while the browser says it is offline', async () => {
      setOnline(false);
      const source = new FakeSource();
      const el = await make(source);
      await fill(el, VALID);
      await send(el);
      expect(alertText(el)).to.contain('You are offline');
      expect(source.requests).to.have.length(0);
    });
  });

  describe('against a real endpoint', () => {
    // What this page sent, seen at fetch: the stub server's own log is shared with test files running alongside.
    let sent: { url: string; headers: Record<string, string>; body: string }[];
    const realFetch = window.fetch;
    beforeEach(() => {
      sent = [];
      window.fetch = (input, init) => {
        sent.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) }, body: String(init?.body ?? '') });
        return realFetch(input, init);
      };
    });
    afterEach(() => (window.fetch = realFetch));

    it('POSTs JSON with an Idempotency-Key header', async () => {
      const el = await fixture<ChorusStoryForm>(html`<chorus-story-form id="e" endpoint="/__stub/ok/api/v1"></chorus-story-form>`);
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => root(el).querySelector('[part="success"]'));
      expect(sent).to.have.length(1);
      expect(sent[0]!.url).to.match(/\/__stub\/ok\/api\/v1\/stories$/);
      expect(sent[0]!.headers['Idempotency-Key']).to.match(/^[0-9a-f-]{36}$/);
      expect(JSON.parse(sent[0]!.body)).to.include({ title: 'My first sprint', kind: 'story' });
    });

    it('retries a real 500 with the same Idempotency-Key on every try', async () => {
      const el = await fixture<ChorusStoryForm>(html`<chorus-story-form id="r5" endpoint="/__stub/500/api/v1" .retryDelays=${[0, 0]}></chorus-story-form>`);
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => el.getAttribute('state') === 'error');
      expect(sent).to.have.length(3);
      expect(new Set(sent.map((request) => request.headers['Idempotency-Key'])).size).to.equal(1);
    });

    it('puts a real 422 issue on its field', async () => {
      const el = await fixture<ChorusStoryForm>(html`<chorus-story-form id="r4" endpoint="/__stub/422/api/v1"></chorus-story-form>`);
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => root(el).querySelector('#title-error'));
      expect(field(el, 'title').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#title-error').textContent).to.contain('Enter a title');
    });

    it('shows a real 429 answer with its Retry-After', async () => {
      const el = await fixture<ChorusStoryForm>(html`<chorus-story-form id="r" endpoint="/__stub/429/api/v1"></chorus-story-form>`);
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => el.getAttribute('state') === 'error');
      expect(alertText(el)).to.match(/Try again after \d/);
    });
  });

  describe('no-backend modes', () => {
    let opened: string[];
    let copied: string[];
    const open = window.open;
    beforeEach(() => {
      opened = [];
      copied = [];
      window.open = (url?: string | URL) => {
        opened.push(String(url));
        return null;
      };
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    });
    afterEach(() => {
      window.open = open;
      Reflect.deleteProperty(navigator, 'clipboard');
    });

    it('opens GitHub’s prefilled new-issue page, encoded, with the fields as Markdown sections', async () => {
      const el = await fixture<ChorusStoryForm>(html`<chorus-story-form id="gh" github-repo="psf/community-stories"></chorus-story-form>`);
      expect(root(el).querySelector('[name="authorEmail"]'), 'no private email on a public page').to.be.null;
      expect(submitButton(el).textContent!.trim()).to.equal('Continue on GitHub');
      await fill(el, { ...VALID, title: 'Sprints & snakes #1 🐍', tags: 'pycon', region: 'Lagos', link: 'https://example.org/a?b=1&c=2' });
      await send(el);
      await waitUntil(() => opened.length === 1);
      const url = new URL(opened[0]!);
      expect(url.origin + url.pathname).to.equal('https://github.com/psf/community-stories/issues/new');
      expect(opened[0]).to.contain('title=Sprints%20%26%20snakes%20%231%20%F0%9F%90%8D');
      expect(url.searchParams.get('title')).to.equal('Sprints & snakes #1 🐍');
      expect(url.searchParams.get('labels')).to.equal('story,pycon');
      expect(url.searchParams.get('body')).to.equal(
        '### Kind\n\nStory\n\n### Link\n\nhttps://example.org/a?b=1&c=2\n\n### Story\n\nIt was **great**.\n\n### Tags\n\npycon\n\n### Submitted by\n\nAda (Lagos)',
      );
      expect($(el, '[part="status"]').textContent).to.contain('We opened a new tab');
      expect(copied).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('opens Discourse’s new-topic page in the category', async () => {
      const el = await fixture<ChorusStoryForm>(
        html`<chorus-story-form id="dc" discourse-url="https://discuss.python.org/c/community/psf/27"></chorus-story-form>`,
      );
      await fill(el, VALID);
      await send(el);
      await waitUntil(() => opened.length === 1);
      const url = new URL(opened[0]!);
      expect(url.origin + url.pathname).to.equal('https://discuss.python.org/new-topic');
      expect(url.searchParams.get('category_id')).to.equal('27');
      expect(url.searchParams.get('title')).to.equal('My first sprint');
      expect(url.searchParams.get('body')).to.contain('### Story\n\nIt was **great**.');
    });

    it('copies a long body to the clipboard and opens a short URL that says to paste it', async () => {
      const el = await fixture<ChorusStoryForm>(html`<chorus-story-form id="gl" github-repo="psf/community-stories"></chorus-story-form>`);
      const body = 'Long & winding 🐍 '.repeat(500);
      await fill(el, { ...VALID, body });
      await send(el);
      await waitUntil(() => opened.length === 1);
      expect(opened[0]!.length).to.be.below(7000);
      expect(new URL(opened[0]!).searchParams.get('body')).to.equal('Paste your story here: it was copied to your clipboard.');
      expect(copied).to.have.length(1);
      expect(copied[0]).to.contain(`### Story\n\n${body.trim()}`);
      expect($(el, '[part="status"]').textContent).to.contain('we copied it to your clipboard');
    });

    it('still opens the page and says what to do when the clipboard refuses', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      const el = await fixture<ChorusStoryForm>(html`<chorus-story-form id="gd" discourse-url="https://forum.example.org/c/news/5"></chorus-story-form>`);
      await fill(el, { ...VALID, body: 'x'.repeat(8000) });
      await send(el);
      await waitUntil(() => opened.length === 1);
      expect($(el, '[part="status"]').textContent).to.contain('Copy your story from this form');
    });
  });

  describe('keyboard only', () => {
    it('can be filled in and sent without a mouse', async () => {
      const source = new FakeSource();
      const el = await make(source, 'kinds="boost,story"');
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '#kind-boost'));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Keyboard story' });
      await sendKeys({ press: 'Tab' }); // link
      await sendKeys({ press: 'Tab' }); // Write tab
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(field(el, 'body'));
      await sendKeys({ type: 'Typed without a mouse.' });
      await sendKeys({ press: 'Tab' }); // tags
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Grace' });
      await sendKeys({ press: 'Tab' }); // email
      await sendKeys({ press: 'Tab' }); // region
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(submitButton(el));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => source.stored.size === 1);
      expect(source.requests[0]!.submission).to.include({ kind: 'story', title: 'Keyboard story', body: 'Typed without a mouse.', authorName: 'Grace' });
      await waitUntil(() => focused(el) === $(el, '[part="success-heading"]'));
      before.remove();
    });
  });

  describe('themes and directions', () => {
    it('is accessible in the dark scheme', async () => {
      const el = await make(undefined, 'theme="dark"');
      await send(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible right to left', async () => {
      // The wrapper is made by hand: a fixture of a plain <div> waits for an animation frame, which a background test page may never get.
      const parent = Object.assign(document.createElement('div'), { dir: 'rtl', lang: 'ar' });
      document.body.append(parent);
      const el = await fixture<ChorusStoryForm>(html`<chorus-story-form id="rtl"></chorus-story-form>`, { parentNode: parent });
      await expect(el).to.be.accessible();
      expect(document.documentElement.scrollWidth, 'the hidden honeypot does not widen the page').to.be.at.most(window.innerWidth);
    });

    it('speaks Spanish, re-wording errors already shown when the language changes', async () => {
      const el = await make();
      await send(el);
      expect($(el, '#title-error').textContent).to.contain('Enter a title');
      el.lang = 'es';
      await waitUntil(() => $(el, '[part="error-summary"] h2').textContent === 'Hay un problema');
      expect($(el, '#title-error').textContent).to.contain('Escribe un título');
      expect(submitButton(el).textContent!.trim()).to.equal('Enviar historia');
    });
  });
});
