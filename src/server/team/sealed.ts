import { createHash } from "node:crypto";
import * as Iron from "iron-webcrypto";

/**
 * Sealing with iron (iron-webcrypto: AES-256-CBC and HMAC-SHA-256, the format of @hapi/iron):
 * what only this server — or another instance with the same SESSION_SECRET — can read, and
 * nobody can change. The first secret seals; every secret opens, so that a new one can be put
 * first while cookies sealed with the old one still open.
 */
/**
 * [choice] A seal is good 5 s past its expiry (iron's default is 60 s): room for clocks of
 * instances that differ a little, not for a one-time handoff to be used again.
 */
const OPTIONS = { ...Iron.defaults, timestampSkewSec: 5 };

export class Sealer {
  private readonly sealing: { id: string; secret: string };
  private readonly opening: Record<string, string>;

  constructor(secrets: readonly string[]) {
    const [first] = secrets;
    if (!first) throw new Error("Sealing needs at least one secret.");
    // Named by a digest, not by place: a secret keeps its id when another is put before it.
    this.sealing = { id: secretId(first), secret: first };
    this.opening = Object.fromEntries(secrets.map((secret) => [secretId(secret), secret]));
  }

  /** `ttlSeconds`: how long the seal opens; iron writes the expiry into it. */
  seal(value: unknown, ttlSeconds: number): Promise<string> {
    return Iron.seal(value, this.sealing, { ...OPTIONS, ttl: ttlSeconds * 1000 });
  }

  /** The sealed value, or undefined when it was changed, expired, or sealed with another secret. */
  async open(sealed: string | undefined): Promise<unknown> {
    if (!sealed) return undefined;
    try {
      return await Iron.unseal(sealed, this.opening, OPTIONS);
    } catch {
      return undefined;
    }
  }
}

function secretId(secret: string): string {
  return createHash("sha256").update(secret).digest("hex").slice(0, 16);
}
