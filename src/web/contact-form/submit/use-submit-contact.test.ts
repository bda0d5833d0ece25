// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { type FieldErrors, type Resolver, useForm } from "react-hook-form";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CreatedContact } from "../../contact-card/parse-contact";
import { emptyFormValues, type FormValues } from "../form-values";
import { useSubmitContact } from "./use-submit-contact";

const CONTACT = { id: "cont_1", display_name: "Ada", lead_id: "lead_1", name: "Ada" };

/** Our server's answers, one per request, in order; and the requests made, with when. */
function serverAnswering(...answers: Response[]) {
  const requests: (RequestInit & { at: number })[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_path: string, init: RequestInit) => {
      requests.push({ ...init, at: performance.now() });
      const answer = answers.shift();
      if (!answer) throw new Error("No more answers");
      return answer;
    }),
  );
  return requests;
}

const busy = (retryAfter: string) =>
  Response.json(
    { error: "Close is busy." },
    { status: 429, headers: { "Retry-After": retryAfter } },
  );

/** A check that wants a name, as the form's own does. */
const nameRequired: Resolver<FormValues> = async (values) => {
  if (values.name) return { values, errors: {} };
  const errors: FieldErrors<FormValues> = { name: { type: "required", message: "Enter a name." } };
  return { values: {}, errors };
};

/** The hook in a form holding a name. */
function renderSubmit() {
  const created: CreatedContact[] = [];
  const hook = renderHook(() => {
    const form = useForm<FormValues>({
      defaultValues: { ...emptyFormValues(), name: "Ada" },
      resolver: nameRequired,
    });
    return { form, ...useSubmitContact(form, [], (contact) => created.push(contact)) };
  });
  return { hook, created };
}

afterEach(() => vi.unstubAllGlobals());

describe("useSubmitContact after Close's 429", () => {
  it("waits the time Close asks, then tries once more by itself", async () => {
    const requests = serverAnswering(busy("1"), Response.json(CONTACT));
    const { hook, created } = renderSubmit();

    await act(() => hook.result.current.submit());

    expect(requests).toHaveLength(2);
    const [first, second] = requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(JSON.parse(String(requests[1]?.body))).toMatchObject({ name: "Ada" });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ readable: true, identity: { id: "cont_1" } });
    expect(hook.result.current.state).toEqual({ kind: "idle" });
  });

  it("does not wait minutes: it says when to try again, and sends nothing more", async () => {
    const requests = serverAnswering(busy("300"));
    const { hook, created } = renderSubmit();

    await act(() => hook.result.current.submit());

    expect(requests).toHaveLength(1);
    expect(created).toEqual([]);
    expect(hook.result.current.state).toMatchObject({
      kind: "failed",
      messages: ["Close is still busy, so the contact was not created. Try again in 5 minutes."],
      canRetry: true,
    });
  });

  it("checks the form again before retrying: emptied while waiting, it says so and sends nothing", async () => {
    const requests = serverAnswering(busy("1"));
    const { hook } = renderSubmit();

    const submitting = act(() => hook.result.current.submit());
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    hook.result.current.form.setValue("name", "");
    await submitting;

    expect(requests).toHaveLength(1);
    expect(hook.result.current.state).toMatchObject({
      kind: "invalid",
      fields: [{ path: expect.any(String), message: expect.any(String) }],
    });
  });

  it("retries once only: a second 429 is said, not waited again", async () => {
    const requests = serverAnswering(busy("1"), busy("1"));
    const { hook } = renderSubmit();

    await act(() => hook.result.current.submit());

    expect(requests).toHaveLength(2);
    expect(hook.result.current.state).toMatchObject({ kind: "failed", canRetry: true });
  });
});
