// What the generated types refuse: each line must be a type error, or `tsc` fails on the unused directive.
import { chorusClient, type StoryListQuery, type StorySubmission } from './client.ts';

const chorus = chorusClient('https://stories.example.org/api/v1');

// @ts-expect-error `kind` is boost, news, story or event
export const poem: StoryListQuery = { kind: 'poem' };

// @ts-expect-error a submission needs the submitter's consent
export const noConsent: StorySubmission = { kind: 'story', title: 'Hi', authorName: 'Ada' };

// @ts-expect-error consent is `true`, never `false`
export const refused: StorySubmission = { kind: 'story', title: 'Hi', authorName: 'Ada', consent: false };

export async function misuse() {
  const page = await chorus.listStories();
  // @ts-expect-error a public story never carries the submitter's e-mail
  void page.stories[0]?.authorEmail;
  const [story] = (await chorus.listAdminStories()).stories;
  // @ts-expect-error moderation statuses are pending, approved, rejected and spam
  if (story?.status === 'published') return;
  // @ts-expect-error the status filter takes the same four values
  await chorus.listAdminStories({ status: 'all' });
}
