import { callClose, type Upstream } from "./close-client";

/** Close pages its user list 100 at a time ("List users in your organization": `_limit`, `_skip`). */
const PAGE = 100;
/** [choice] At most 1,000 members: a picker of more would want a search of its own. */
const MAX_USERS = 1000;

/**
 * The organization's users for a `user` custom field's picker: Close's `GET /user/` ("all the
 * users who are members of the same organizations as you are"), every page, each user as the
 * picker shows it (id, name, email) and nothing else of it.
 */
export async function listUsers(upstream: Upstream): Promise<Response> {
  const users: unknown[] = [];
  let hasMore = true;
  for (let skip = 0; hasMore && skip < MAX_USERS; skip += PAGE) {
    const answer = await callClose(upstream, {
      method: "GET",
      path: "/user/",
      query: { _limit: String(PAGE), _skip: String(skip) },
    });
    if (!answer.ok) return answer;
    const body = (await answer.json()) as { data?: unknown; has_more?: unknown };
    const page = Array.isArray(body.data) ? body.data : [];
    users.push(...page.map(asPickerUser));
    hasMore = body.has_more === true && page.length > 0;
  }
  return Response.json({ data: users, has_more: hasMore });
}

function asPickerUser(user: unknown) {
  const { id, first_name, last_name, email } = (user ?? {}) as Record<string, unknown>;
  return { id, first_name, last_name, email };
}
