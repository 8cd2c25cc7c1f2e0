/** A minimal JSON-RPC 2.0 caller over real HTTP for tests (the SDK comes with the CLI issue). */
export interface RpcReply<T = unknown> {
  result?: T;
  error?: { code: number; message: string; data?: { code: string } & Record<string, unknown> };
}

let nextId = 1;

export async function rpc<T = unknown>(url: string, method: string, params?: unknown): Promise<RpcReply<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, ...(params === undefined ? {} : { params }) }),
  });
  return (await res.json()) as RpcReply<T>;
}

/** The result, or an Error naming the RPC error code. */
export async function call<T = unknown>(url: string, method: string, params?: unknown): Promise<T> {
  const reply = await rpc<T>(url, method, params);
  if (reply.error) throw new Error(`${method}: ${reply.error.data?.code ?? reply.error.code} ${reply.error.message}`);
  return reply.result as T;
}

/** Polls until `check` returns a value (not undefined); bounded by `attempts`, not by a clock assertion. */
export async function eventually<T>(check: () => Promise<T | undefined>, attempts = 200, pauseMs = 50): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  throw new Error(`condition not met after ${attempts} attempts`);
}
