import { lazy, Suspense, useMemo, useState } from "react";
import type { Health } from "./api/health";
import { ContactForm } from "./contact-form/ContactForm";
import { buttonClass } from "./contact-form/fields/styles";
import { emptyFormValues, type FormValues } from "./contact-form/form-values";
import { postToParent } from "./embed/parent-frame";
import {
  applyPrefill,
  hasPrefill,
  type Prefill,
  prefilledPaths,
  prefillFromMessage,
  prefillFromQuery,
} from "./embed/prefill";
import { useParentFrame } from "./embed/use-parent-frame";
import { SessionContactList } from "./SessionContactList";
import { type SessionContact, toSessionContact } from "./session-contacts";

// Typing needs neither: the server's status loads right after the form, the card with the
// first created contact.
const ServerStatus = lazy(() => import("./ServerStatus"));
const CreatedContactPanel = lazy(() => import("./contact-card/CreatedContactPanel"));

type FormView = {
  kind: "form";
  key: number;
  initialValues?: FormValues;
  checkOnMount?: string[];
  focusName: boolean;
};
type View = FormView | { kind: "created"; body: unknown; leadId: string | undefined };

/** A form started from a prefill (the address's, or a dashboard's message). */
function prefilledForm(prefill: Prefill, focusName: boolean): FormView {
  if (!hasPrefill(prefill)) return { kind: "form", key: Date.now(), focusName };
  return {
    kind: "form",
    key: Date.now(),
    initialValues: applyPrefill(emptyFormValues(), prefill),
    checkOnMount: prefilledPaths(prefill),
    focusName,
  };
}

export function App({ embedded }: { embedded: boolean }) {
  const [health, setHealth] = useState<Health>();
  const [view, setView] = useState<View>(() =>
    prefilledForm(prefillFromQuery(window.location.search), false),
  );
  const [prefill, setPrefill] = useState<{
    apply: (v: FormValues) => FormValues;
    paths: string[];
    id: number;
  }>();
  const [session, setSession] = useState<SessionContact[]>([]);
  // Messages go to, and come from, the app's own origin and EMBED_ORIGINS only.
  const allowedOrigins = useMemo(
    () => (health ? [window.location.origin, ...health.embedOrigins] : undefined),
    [health],
  );

  useParentFrame(allowedOrigins, (message) => {
    if (message.type === "close-contact:reset") {
      setView({
        kind: "form",
        key: Date.now(),
        initialValues: emptyFormValues(),
        focusName: false,
      });
      return;
    }
    const values = prefillFromMessage(message.values);
    if (view.kind === "created") setView(prefilledForm(values, false));
    else
      setPrefill({
        apply: (v) => applyPrefill(v, values),
        paths: prefilledPaths(values),
        id: Date.now(),
      });
  });

  const onCreated = (body: unknown) => {
    const created = toSessionContact(body);
    if (created) setSession((contacts) => [...contacts, created]);
    setView({ kind: "created", body, leadId: created?.leadId });
    if (allowedOrigins)
      postToParent({ type: "close-contact:created", contact: body }, allowedOrigins);
  };
  const startAnother = (leadId?: string) =>
    setView(prefilledForm(leadId ? { lead_id: leadId } : {}, true));

  return (
    <main
      className={`mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 ${embedded ? "py-3" : "py-8"}`}
    >
      <h1 className={embedded ? "sr-only" : "text-2xl font-semibold"}>New contact</h1>
      <Suspense fallback={null}>
        <ServerStatus onHealth={setHealth} compact={embedded} />
      </Suspense>
      {view.kind === "form" ? (
        <ContactForm
          key={view.key}
          phoneCountry={health?.defaultPhoneCountry ?? "US"}
          initialValues={view.initialValues}
          checkOnMount={view.checkOnMount}
          focusName={view.focusName}
          prefill={prefill}
          onCreated={onCreated}
        />
      ) : (
        <div className="flex flex-col gap-4">
          <Suspense fallback={<p role="status">Showing the contact…</p>}>
            <CreatedContactPanel body={view.body} />
          </Suspense>
          <div className="flex flex-wrap gap-3">
            <button type="button" className={buttonClass} onClick={() => startAnother()}>
              Create another contact
            </button>
            {view.leadId && (
              <button
                type="button"
                className={buttonClass}
                onClick={() => startAnother(view.leadId)}
              >
                Add another contact to this lead
              </button>
            )}
          </div>
        </div>
      )}
      <SessionContactList contacts={session} live={health?.mode === "live"} />
    </main>
  );
}
