// A query's Result as an HTTP answer: the value as JSON, or the failure with the status its code
// maps to in errors.ts. Routes forward; they do not decide statuses.
import type { Response } from 'express';
import type { Result } from '../../vocab/result.ts';
import { sendFailure } from './errors.ts';

export function sendResult<T>(res: Response, result: Result<T, string>): void {
  if (result.ok) res.json(result.value);
  else sendFailure(res, result.error);
}
