/**
 * The one error base class. Every layer defines its codes as a const list and
 * a subclass; `code` is stable (RPC `data.code`, CLI output, metrics labels),
 * `message` is for humans, `meta` carries the offending field or values.
 */
export class AttribError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly meta: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
