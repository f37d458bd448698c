import type { Cursor } from './store/story-store.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An opaque cursor: base64url of the last row's time (ms) and id. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at.getTime()}.${cursor.id}`).toString('base64url');
}

/** The cursor a client sent back, or null when it is not one of ours. */
export function decodeCursor(text: string): Cursor | null {
  if (text.length > 100 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const [ms, id] = Buffer.from(text, 'base64url').toString('utf8').split('.');
  if (!ms || !id || !/^\d{1,15}$/.test(ms) || !UUID.test(id)) return null;
  return { at: new Date(Number(ms)), id };
}
