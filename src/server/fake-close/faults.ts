import type { RateLimitForm } from "./rate-limit";

/**
 * Test-only faults: the next `count` matching requests wait, fail with a status, or lose their
 * connection. Only a stand-in created with `control: true` accepts them.
 */
export interface Fault {
  /** Only requests whose path (after /api/v1) starts with this; all when absent. */
  path?: string;
  delayMs?: number;
  status?: number;
  /** With status 429: the seconds to advertise, and in which of Close's forms (nested unless set). */
  retryAfter?: number;
  rateLimitForm?: RateLimitForm;
  /** With status: the JSON body to answer (e.g. a 400 in Close's shape); a sentence otherwise. */
  body?: unknown;
  drop?: boolean;
}

export class FaultQueue {
  private queue: { fault: Fault; remaining: number }[] = [];

  add(fault: Fault, count = 1): void {
    this.queue.push({ fault, remaining: count });
  }

  clear(): void {
    this.queue = [];
  }

  /** The fault for this request, if one is queued for its path; spends one of its count. */
  take(path: string): Fault | undefined {
    const entry = this.queue.find((e) => !e.fault.path || path.startsWith(e.fault.path));
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining <= 0) this.queue.splice(this.queue.indexOf(entry), 1);
    return entry.fault;
  }
}
