/**
 * The small runtime behind the browser's response checks (schema-checks.ts, generated
 * from the zod schemas by scripts/schema-checks.ts). It knows only the handful of
 * shapes the public and admin responses use, and answers like zod's `safeParse`:
 * the parsed value (unknown keys dropped, defaults filled) or the issues with their
 * paths. Hand-written because it is what keeps zod (about 8 KB) out of every page;
 * the rules themselves are never written here.
 * @module
 */

export interface CheckIssue {
  path: (string | number)[];
  message: string;
  /** zod's issue code: `invalid_type`, `too_small`, `too_big`, `invalid_format`, `invalid_value` or `custom`. */
  code: string;
}

export type CheckResult<T> = { success: true; data: T } | { success: false; error: { issues: CheckIssue[] } };

/** What a generated check offers: the same `safeParse` as a zod schema. */
export interface Check<T> {
  safeParse(input: unknown): CheckResult<T>;
}

/** Validates (and parses) one value, pushing issues. */
export type Run = (value: unknown, path: (string | number)[], issues: CheckIssue[]) => unknown;
/** A check on a value already of the right type. */
export type Rule<T> = (value: T, path: (string | number)[], issues: CheckIssue[]) => void;

const INVALID = 'Invalid input';

function report(issues: CheckIssue[], path: (string | number)[], code: string, message = INVALID): void {
  issues.push({ path: [...path], message, code });
}

/** The exported form of a check: `safeParse`, like zod. */
export function check<T>(run: Run): Check<T> {
  return {
    safeParse(input) {
      const issues: CheckIssue[] = [];
      const data = run(input, [], issues);
      return issues.length ? { success: false, error: { issues } } : { success: true, data: data as T };
    },
  };
}

function typed<T>(is: (value: unknown) => value is T, message: string | undefined, rules: Rule<T>[]): Run {
  return (value, path, issues) => {
    if (!is(value)) return report(issues, path, 'invalid_type', message);
    for (const rule of rules) rule(value, path, issues);
    return value;
  };
}

export const string = (message?: string, ...rules: Rule<string>[]): Run => typed((v): v is string => typeof v === 'string', message, rules);
export const number = (message?: string, ...rules: Rule<number>[]): Run =>
  typed((v): v is number => typeof v === 'number' && Number.isFinite(v), message, rules);
export const boolean = (message?: string): Run => typed((v): v is boolean => typeof v === 'boolean', message, []);

/** One of these values (zod's `enum` and `literal`). */
export const oneOf =
  (values: readonly unknown[], message?: string): Run =>
  (value, path, issues) =>
    values.includes(value) ? value : report(issues, path, 'invalid_value', message);

export const array =
  (element: Run, message?: string, ...rules: Rule<unknown[]>[]): Run =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return report(issues, path, 'invalid_type', message);
    for (const rule of rules) rule(value, path, issues);
    return value.map((item, index) => element(item, [...path, index], issues));
  };

/** A plain object; keys not in the shape are dropped, as zod's `object` does. */
export const object =
  (shape: Record<string, Run>, message?: string): Run =>
  (value, path, issues) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return report(issues, path, 'invalid_type', message);
    const out: Record<string, unknown> = {};
    for (const [key, run] of Object.entries(shape)) {
      const parsed = run((value as Record<string, unknown>)[key], [...path, key], issues);
      if (parsed !== undefined || key in value) out[key] = parsed;
    }
    return out;
  };

export const optional =
  (inner: Run): Run =>
  (value, path, issues) =>
    value === undefined ? undefined : inner(value, path, issues);

export const nullable =
  (inner: Run): Run =>
  (value, path, issues) =>
    value === null ? null : inner(value, path, issues);

/** A missing value becomes a fresh copy of the default (not checked, as in zod). */
export const withDefault =
  (inner: Run, fallback: () => unknown): Run =>
  (value, path, issues) =>
    value === undefined ? fallback() : inner(value, path, issues);

/** A value that passes a predicate (zod's `custom`). */
export const custom =
  (test: (value: unknown) => boolean, message?: string): Run =>
  (value, path, issues) =>
    test(value) ? value : report(issues, path, 'custom', message);

// Rules (zod's checks).
export const minLength =
  (minimum: number, message?: string): Rule<string | unknown[]> =>
  (value, path, issues) =>
    value.length < minimum ? report(issues, path, 'too_small', message) : undefined;
export const maxLength =
  (maximum: number, message?: string): Rule<string | unknown[]> =>
  (value, path, issues) =>
    value.length > maximum ? report(issues, path, 'too_big', message) : undefined;
export const pattern =
  (regex: RegExp, message?: string): Rule<string> =>
  (value, path, issues) =>
    regex.test(value) ? undefined : report(issues, path, 'invalid_format', message);
export const atLeast =
  (minimum: number, inclusive: boolean, message?: string): Rule<number> =>
  (value, path, issues) =>
    (inclusive ? value >= minimum : value > minimum) ? undefined : report(issues, path, 'too_small', message);
export const atMost =
  (maximum: number, inclusive: boolean, message?: string): Rule<number> =>
  (value, path, issues) =>
    (inclusive ? value <= maximum : value < maximum) ? undefined : report(issues, path, 'too_big', message);
export const refine =
  <T>(test: (value: T) => boolean, message?: string): Rule<T> =>
  (value, path, issues) =>
    test(value) ? undefined : report(issues, path, 'custom', message);
