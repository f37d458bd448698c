import * as z from 'zod/mini';
import { Amplification } from './amplify.ts';
import { StoryOrigin } from './origin.ts';
import { LIMITS, STORY_KINDS, STORY_STATUSES, charCount, isDateTime, isHttpUrl } from './rules.ts';

export { LIMITS, STORY_KINDS, STORY_STATUSES, charCount, isHttpUrl };

export const StoryKind = z.enum(STORY_KINDS, 'kind.invalid');
export type StoryKind = z.infer<typeof StoryKind>;

// C0 controls but tab and newline, DEL, and C1 controls: invisible, and a common way to smuggle text past a reviewer.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const TAG = /^[a-z0-9-]{1,32}$/;

export const normalizeText = z.overwrite((value: string) => value.replace(/\r\n?/g, '\n').trim());
export const noControl = z.refine<string>((value) => !CONTROL.test(value), 'text.controlCharacters');
export const maxChars = (max: number, message: string) => z.refine<string>((value) => charCount(value) <= max, message);

/** A trimmed, required line of text. */
const requiredText = (max: number, field: string) =>
  z.string(`${field}.invalid`).check(normalizeText, z.minLength(1, `${field}.required`), maxChars(max, `${field}.tooLong`), noControl);

/** A trimmed optional line of text: empty or whitespace-only counts as absent. */
const optionalText = (max: number, field: string) =>
  z.optional(
    z.pipe(
      z.string(`${field}.invalid`).check(normalizeText, maxChars(max, `${field}.tooLong`), noControl),
      z.transform((value: string) => value || undefined),
    ),
  );

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const dateTime = () => z.string().check(z.refine<string>(isDateTime, 'date.invalid'));

const link = z.optional(
  z.pipe(
    z.string('link.invalid').check(
      normalizeText,
      maxChars(LIMITS.link, 'link.tooLong'),
      z.refine((value: string) => value === '' || isHttpUrl(value), 'link.invalid'),
    ),
    z.transform((value: string) => value || undefined),
  ),
);

// A BCP 47 tag as people write them (`en`, `pt-BR`, `zh-Hant`): a 2–3 letter language, then subtags.
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const language = z.optional(
  z.pipe(
    z.string('language.invalid').check(
      z.overwrite((value: string) => value.trim()),
      z.refine((value: string) => value === '' || (value.length <= LIMITS.language && LANGUAGE.test(value)), 'language.invalid'),
    ),
    z.transform((value: string) => value || undefined),
  ),
);

const email = z.optional(
  z.pipe(
    z.string('authorEmail.invalid').check(
      normalizeText,
      maxChars(LIMITS.authorEmail, 'authorEmail.tooLong'),
      z.refine((value: string) => value === '' || EMAIL.test(value), 'authorEmail.invalid'),
    ),
    z.transform((value: string) => value || undefined),
  ),
);

const tags = z
  .array(
    z.string('tags.invalid').check(
      z.overwrite((tag: string) => tag.trim()),
      z.regex(TAG, 'tags.invalid'),
    ),
    'tags.invalid',
  )
  .check(
    z.maxLength(LIMITS.tags, 'tags.tooMany'),
    z.overwrite((list: string[]) => [...new Set(list)]),
  );

/**
 * What a person sends with `<chorus-story-form>` or `POST /api/v1/stories`.
 * Issue messages are keys of `schemaStrings` (see `localizeIssue`).
 */
export const StorySubmission = z
  .object({
    kind: StoryKind,
    title: requiredText(LIMITS.title, 'title'),
    body: z._default(z.string('body.invalid').check(normalizeText, maxChars(LIMITS.body, 'body.tooLong'), noControl), ''),
    link,
    tags: z._default(tags, []),
    authorName: requiredText(LIMITS.authorName, 'authorName'),
    authorEmail: email,
    region: optionalText(LIMITS.region, 'region'),
    /** The language the story is written in (BCP 47, e.g. `en`, `pt-BR`); posts on other networks are tagged with it. */
    language,
    consent: z.literal(true, 'consent.required'),
    /** Epoch ms when the form was shown: a spam hint, never a reason to refuse. */
    startedAt: z.optional(z.number('startedAt.invalid').check(z.refine<number>((value) => Number.isSafeInteger(value) && value >= 0, 'startedAt.invalid'))),
    captchaToken: z.optional(z.string().check(z.maxLength(4096))),
    /** The honeypot. People never see it; a filled one is answered like a success and stored as spam. */
    website: z.optional(z.string().check(z.maxLength(2048))),
  })
  .check(
    z.superRefine(
      (value, ctx) => {
        const body = typeof value.body === 'string' ? value.body : '';
        if (value.kind === 'boost') {
          if (!value.link) ctx.addIssue({ code: 'custom', path: ['link'], message: 'link.required', input: value.link });
          if (charCount(body) > LIMITS.boostBody) ctx.addIssue({ code: 'custom', path: ['body'], message: 'body.boostTooLong', input: body });
        } else if (STORY_KINDS.includes(value.kind) && body === '' && typeof value.body !== 'number') {
          ctx.addIssue({ code: 'custom', path: ['body'], message: 'body.required', input: body });
        }
      },
      { when: () => true },
    ),
  );
export type StorySubmission = z.infer<typeof StorySubmission>;
export type StorySubmissionInput = z.input<typeof StorySubmission>;

/** A place a story was amplified to or came from. */
export const StoryLink = z.object({
  /** `github`, `discourse`, `source`, … */
  rel: z.string(),
  url: z.string().check(z.refine(isHttpUrl, 'link.invalid')),
  label: z.optional(z.string()),
});
export type StoryLink = z.infer<typeof StoryLink>;

/** A published story as anyone may see it: never an e-mail address, never a moderation field. */
export const Story = z.object({
  id: z.string().check(z.minLength(1)),
  kind: StoryKind,
  title: z.string(),
  /** Markdown from Chorus and GitHub, HTML from Discourse; render it only through `src/shared/rich-text.ts`. */
  body: z._default(z.string(), ''),
  bodyFormat: z._default(z.enum(['markdown', 'html']), 'markdown'),
  /**
   * The body as plain text on one line, cut at a word to at most 240 characters and ending in "…" when cut
   * (`excerptOf` in `src/upstream/rich-text-tree.ts`): a Chorus server sends it so a feed shows cards without
   * parsing Markdown; absent from GitHub, Discourse and files, whose stories the feed excerpts itself.
   */
  excerpt: z.optional(z.string()),
  link: z.optional(z.nullable(z.string())),
  /** Where the story itself can be read (its page, issue or topic). */
  url: z.optional(z.nullable(z.string())),
  /** Absolute URL of the story's own page on the Chorus server that published it (`GET /stories/{id}`); absent for stories read from GitHub, Discourse or a file. */
  permalink: z.optional(z.string()),
  tags: z._default(z.array(z.string()), []),
  authorName: z.string(),
  authorUrl: z.optional(z.nullable(z.string())),
  authorAvatar: z.optional(z.nullable(z.string())),
  region: z.optional(z.nullable(z.string())),
  /** The language it is written in (BCP 47), when known. */
  language: z.optional(z.nullable(z.string())),
  /** ISO 8601 time it was published (approved, or created upstream). */
  publishedAt: dateTime(),
  links: z._default(z.array(StoryLink), []),
});
export type Story = z.infer<typeof Story>;

export const StoryStatus = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof StoryStatus>;

/** Where the server sends a story: notifications on submission, amplification on approval. */
export const DeliveryTarget = z.enum(['slack', 'discord', 'github', 'discourse']);
export type DeliveryTarget = z.infer<typeof DeliveryTarget>;

/** How a delivery through the server's outbox is going; `failed` means it was given up. */
export const Delivery = z.object({
  target: DeliveryTarget,
  /** `reply`: the answer in the story's original place; `refusal`: the private note on rejection; absent or `deliver`: a notification or amplification. */
  action: z.optional(z.enum(['deliver', 'reply', 'refusal'])),
  status: z.enum(['pending', 'delivered', 'failed', 'cancelled']),
  attempts: z.number(),
  lastError: z.optional(z.nullable(z.string())),
  url: z.optional(z.nullable(z.string())),
  /** When it was delivered or given up, or when the next attempt is due. */
  at: z.optional(z.nullable(dateTime())),
});
export type Delivery = z.infer<typeof Delivery>;

/** A story as a moderator sees it: with contact and moderation fields. Only ever sent with the admin token. */
export const AdminStory = z.object({
  ...Story.shape,
  /** Its notifications and amplifications (servers without an outbox leave it out). */
  deliveries: z.optional(z.array(Delivery)),
  /** The channels it can be amplified on, each with its delivery (servers without amplification leave it out). */
  amplification: z.optional(Amplification),
  status: StoryStatus,
  authorEmail: z.optional(z.nullable(z.string())),
  /** `likely-spam` (sent too fast), `honeypot`, … */
  flags: z._default(z.array(z.string()), []),
  createdAt: dateTime(),
  moderatedAt: z.optional(z.nullable(dateTime())),
  publishedAt: z.optional(z.nullable(dateTime())),
  /** Who made the latest decision (approve, reject, spam, undo); null before any, or on servers without accounts. */
  decidedBy: z.optional(z.nullable(z.object({ id: z.string(), name: z.string() }))),
  /** When that decision was made. */
  decidedAt: z.optional(z.nullable(dateTime())),
  /** Where it was first told (servers without channel intake leave it out). */
  origin: z.optional(StoryOrigin),
});
export type AdminStory = z.infer<typeof AdminStory>;

/** One page of stories from any source. */
export const StoryPage = z.object({
  stories: z.array(Story),
  nextCursor: z.nullable(z.string()),
});
export type StoryPage = z.infer<typeof StoryPage>;

/** The answer to an accepted submission. */
export const SubmissionReceipt = z.object({
  id: z.string().check(z.minLength(1)),
  status: StoryStatus,
});
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;
