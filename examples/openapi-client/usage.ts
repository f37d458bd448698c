// How a site's own code uses the client: everything below is checked by `tsc --strict`.
import { ChorusApiError, chorusClient, type Story } from './client.ts';

const chorus = chorusClient('https://stories.example.org/api/v1');

export async function latestTitles(): Promise<string[]> {
  const page = await chorus.listStories({ limit: 5, kind: 'news' });
  const next = page.nextCursor ? await chorus.listStories({ cursor: page.nextCursor }) : { stories: [] as Story[] };
  return [...page.stories, ...next.stories].map((story) => `${story.title} (${story.authorName}, ${new Date(story.publishedAt).getFullYear()})`);
}

export async function send(title: string, body: string, authorName: string): Promise<string> {
  try {
    const receipt = await chorus.submitStory({ kind: 'story', title, body, authorName, consent: true, startedAt: Date.now() }, crypto.randomUUID());
    return receipt.status;
  } catch (error) {
    if (error instanceof ChorusApiError && error.status === 422) return (error.body.error.issues ?? []).map((issue) => issue.message).join('\n');
    throw error;
  }
}

export async function approveAllPending(token: string): Promise<number> {
  const admin = chorusClient('https://stories.example.org/api/v1', { token });
  const { stories } = await admin.listAdminStories({ status: 'pending', limit: 50 });
  for (const story of stories) {
    const decided = await admin.approveStory(story.id);
    if (decided.status !== 'approved') throw new Error(`${story.id} is ${decided.status}`);
  }
  return stories.length;
}

export async function joinLinks(): Promise<Map<string, string>> {
  const { tiers } = await chorus.membershipTiers();
  return new Map(tiers.map((tier) => [tier.name, tier.joinUrl]));
}
