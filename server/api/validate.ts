// Validation at the door: a request part parsed with its zod schema, or a 400 naming the field
// and the reason. Inner code takes the parsed, typed value and does not check again.
import type { Response } from 'express';
import type * as z from 'zod';
import { sendError, type FieldIssue } from './errors.ts';

export function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The parsed value, or undefined after a 400 has been sent. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, res: Response, part: string): z.output<S> | undefined {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issues: FieldIssue[] = parsed.error.issues.map((i) => ({ field: fieldOf(i.path) || part, message: i.message }));
  const first = issues[0] ?? { field: part, message: 'invalid' };
  sendError(res, 'bad-request', `${first.field}: ${first.message}`, first.field, issues);
  return undefined;
}
