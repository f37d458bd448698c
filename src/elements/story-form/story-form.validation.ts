/**
 * The form's validation: the shared zod schema itself, so the browser and the server
 * judge a story by the same rules. This module (with zod and the schema's messages)
 * is a chunk of its own, fetched when a person first types in the form or sends it.
 * @module
 */
import { StorySubmission, localizeIssues, schemaStrings } from '../../schema/index.ts';
import type { Problem } from '../../shared/controllers/form-feedback-controller.ts';
import { isField, parseTags, type Field, type StoryFormValues } from './story-form.values.ts';

/** What the form sends besides the values: hidden fields and where it sends to. */
export interface SubmissionExtras {
  startedAt: number;
  /** Hand-off forms (GitHub, Discourse) never collect an e-mail address. */
  handoff: boolean;
  captchaToken: string | undefined;
  honeypot: string;
}

/** The submission the values make, or the problems with them (one per field, in the reader's language). */
export function validate(values: StoryFormValues, extras: SubmissionExtras, locale: string): { submission?: StorySubmission; problems: Problem<Field>[] } {
  const result = StorySubmission.safeParse({
    kind: values.kind,
    title: values.title,
    link: values.link,
    body: values.body,
    tags: parseTags(values.tags),
    authorName: values.authorName,
    authorEmail: extras.handoff ? '' : values.authorEmail,
    region: values.region,
    consent: values.consent,
    startedAt: extras.startedAt,
    ...(extras.captchaToken ? { captchaToken: extras.captchaToken } : {}),
    ...(extras.honeypot ? { website: extras.honeypot } : {}),
  });
  if (result.success) return { submission: result.data, problems: [] };
  return {
    problems: localizeIssues(result.error.issues, locale).map((issue) => ({
      field: isField(issue.path[0]) ? issue.path[0] : undefined,
      code: issue.code,
      message: issue.message,
    })),
  };
}

/** A problem in the reader's language: the schema's words for its code, else the server's own message. */
export function word(problem: Problem<Field>, locale: string): string {
  const t = schemaStrings(locale);
  return problem.code && t.has(problem.code) ? t(problem.code) : problem.message;
}
