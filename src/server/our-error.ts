/**
 * An answer of our own, not Close's (a refusal, a timeout, a restart): `{error}` with a
 * sentence a person can act on, the shape Close gives its own errors, so the page reads one.
 */
export function ourError(
  status: number,
  error: string,
  headers?: Record<string, string>,
): Response {
  return Response.json({ error }, { status, headers });
}
