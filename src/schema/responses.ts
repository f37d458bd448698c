import * as z from 'zod/mini';
import { AdminStory, Story } from './story.ts';

/** A static file of stories (`<chorus-story-feed source="stories.json">`): `{ "stories": [Story, …] }`, any order. */
export const StoryFile = z.object({ stories: z.array(Story) });
export type StoryFile = z.infer<typeof StoryFile>;

/** `GET /api/v1/admin/stories?status=…`. */
export const AdminStoryList = z.object({ stories: z.array(AdminStory) });
export type AdminStoryList = z.infer<typeof AdminStoryList>;

/** `GET /api/v1/admin/digest` answered as JSON rather than as the text itself. */
export const DigestText = z.object({ text: z.string() });
export type DigestText = z.infer<typeof DigestText>;
