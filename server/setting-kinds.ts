/** The kinds of value a `CHORUS_*` setting holds, shared by every group of settings (env.ts, intake/settings.ts). */
import * as z from 'zod';

/** A comma-separated list (`a, b,c`), each entry trimmed and checked by `item`; empty entries are dropped. */
export const commaList = (item: z.ZodType<string, string>) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

/** An absolute http:// or https:// URL. */
export const httpUrl = z.string().refine((value) => {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}, 'must be an http:// or https:// URL');
