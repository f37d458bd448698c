/**
 * The one way Chorus uses Web Storage (drafts, the feed's saved pages, GitHub's
 * ETags, the moderator's token). Storage may be missing, blocked (sandboxed
 * frames, privacy settings) or full: every call degrades to "nothing stored"
 * instead of throwing into what a person is doing. Values are JSON.
 * @module
 */

export interface JsonStorage {
  /** The stored value, or null when there is none or it cannot be read or parsed. */
  read<T>(key: string): T | null;
  /** Stores a value; false when storage refused it (full, blocked). */
  write(key: string, value: unknown): boolean;
  /** Forgets a value; nothing happens when storage is unavailable. */
  remove(key: string): void;
}

type Area = 'local' | 'session';

function area(where: Area | Storage | null): Storage | null {
  if (where !== 'local' && where !== 'session') return where;
  try {
    // Reading the property itself throws in some blocked contexts.
    return where === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** `localStorage` or `sessionStorage` (looked up on each call), or a given Storage object, or null for none. */
export function jsonStorage(where: Area | Storage | null): JsonStorage {
  return {
    read<T>(key: string): T | null {
      try {
        const raw = area(where)?.getItem(key);
        return raw ? (JSON.parse(raw) as T) : null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        const storage = area(where);
        storage?.setItem(key, JSON.stringify(value));
        return storage !== null;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        area(where)?.removeItem(key);
      } catch {
        // Nothing to forget.
      }
    },
  };
}
