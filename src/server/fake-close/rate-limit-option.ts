import { ENDPOINT_GROUPS, type EndpointGroup, type RateLimitOptions } from "./rate-limit";

const OPTION = /^(?:([a-z]+)=)?(\d+)\/(\d+(?:\.\d+)?)$/;

/**
 * `--rate-limit` values: `create=100/10` limits one endpoint group to 100 calls per 10 s for
 * each key; `100/10` limits every group not named so. Undefined when none is given.
 */
export function parseRateLimits(values: readonly string[]): RateLimitOptions | undefined {
  if (values.length === 0) return undefined;
  const every: RateLimitOptions = {};
  const named: RateLimitOptions = {};
  for (const value of values) {
    const match = OPTION.exec(value);
    if (!match)
      throw new Error(`--rate-limit ${value}: write [GROUP=]CALLS/SECONDS, e.g. create=100/10`);
    const [, group, calls, seconds] = match;
    const limit = { limit: Number(calls), windowSeconds: Number(seconds) };
    if (limit.limit < 1 || limit.windowSeconds <= 0)
      throw new Error(`--rate-limit ${value}: calls and seconds must be above 0`);
    if (group !== undefined && !ENDPOINT_GROUPS.includes(group as EndpointGroup))
      throw new Error(`--rate-limit ${value}: the groups are ${ENDPOINT_GROUPS.join(", ")}`);
    if (group) named[group as EndpointGroup] = limit;
    else for (const each of ENDPOINT_GROUPS) every[each] = limit;
  }
  // A group named has its own limit, whatever the order of the options.
  return { ...every, ...named };
}
