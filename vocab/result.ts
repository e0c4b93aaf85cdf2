// Expected failures are values: across a module boundary a function returns one of these
// instead of throwing. Bugs and broken invariants still throw.
export type Result<T, C extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: C; readonly message: string } };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <C extends string>(code: C, message: string): Result<never, C> => ({
  ok: false,
  error: { code, message },
});
