/**
 * The one way Chorus uses Web Storage (drafts, the feed's saved pages, GitHub's
 * ETags, the moderator's token). Storage may be missing, blocked (sandboxed
 * frames, privacy settings) or full: every call degrades to "nothing stored"
 * instead of throwing into what a person is doing.
 * @module
 */

export interface SafeStorage {
  /** The stored JSON value, or null when there is none or it cannot be read or parsed. */
  read<T>(key: string): T | null;
  /** Stores a value as JSON; false when storage refused it (full, blocked). */
  write(key: string, value: unknown): boolean;
  /** The stored text as it is (a token), or null. */
  readText(key: string): string | null;
  /** Stores text as it is; false when storage refused it. */
  writeText(key: string, text: string): boolean;
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
export function safeStorage(where: Area | Storage | null): SafeStorage {
  const readText = (key: string): string | null => {
    try {
      return area(where)?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const writeText = (key: string, text: string): boolean => {
    try {
      const storage = area(where);
      storage?.setItem(key, text);
      return storage !== null;
    } catch {
      return false;
    }
  };
  return {
    readText,
    writeText,
    read<T>(key: string): T | null {
      try {
        const raw = readText(key);
        return raw ? (JSON.parse(raw) as T) : null;
      } catch {
        return null;
      }
    },
    write: (key, value) => writeText(key, JSON.stringify(value)),
    remove(key) {
      try {
        area(where)?.removeItem(key);
      } catch {
        // Nothing to forget.
      }
    },
  };
}
