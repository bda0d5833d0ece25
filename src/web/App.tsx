import { lazy, Suspense, useState } from "react";
import type { Health } from "./api/health";
import { ContactForm } from "./contact-form/ContactForm";
import { buttonClass } from "./contact-form/fields/styles";
import { emptyFormValues, type FormValues } from "./contact-form/form-values";
import { SessionContactList } from "./SessionContactList";
import { type SessionContact, toSessionContact } from "./session-contacts";

// Typing needs neither: the server's status loads right after the form, the card with the
// first created contact.
const ServerStatus = lazy(() => import("./ServerStatus"));
const CreatedContactPanel = lazy(() => import("./contact-card/CreatedContactPanel"));

type View =
  | { kind: "form"; key: number; initialValues?: FormValues; focusName: boolean }
  | { kind: "created"; body: unknown; leadId: string | undefined };

/** A lead given in the address (`?lead_id=lead_…`) starts the form on that lead. */
function valuesFromAddress(): FormValues | undefined {
  const leadId = new URLSearchParams(window.location.search).get("lead_id")?.trim();
  return leadId ? withLead(leadId) : undefined;
}

/** An empty form on a lead; the Lead input shows the id until the lead's name arrives. */
function withLead(leadId: string): FormValues {
  return { ...emptyFormValues(), leadId, leadName: leadId };
}

export function App() {
  const [health, setHealth] = useState<Health>();
  const [view, setView] = useState<View>(() => ({
    kind: "form",
    key: 0,
    initialValues: valuesFromAddress(),
    focusName: false,
  }));
  const [session, setSession] = useState<SessionContact[]>([]);

  const onCreated = (body: unknown) => {
    const created = toSessionContact(body);
    if (created) setSession((contacts) => [...contacts, created]);
    setView({ kind: "created", body, leadId: created?.leadId });
  };
  const startAnother = (leadId?: string) =>
    setView({
      kind: "form",
      key: Date.now(),
      initialValues: leadId ? withLead(leadId) : emptyFormValues(),
      focusName: true,
    });

  return (
    <main className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-8">
      <h1 className="text-2xl font-semibold">New contact</h1>
      <Suspense fallback={null}>
        <ServerStatus onHealth={setHealth} />
      </Suspense>
      {view.kind === "form" ? (
        <ContactForm
          key={view.key}
          phoneCountry={health?.defaultPhoneCountry ?? "US"}
          initialValues={view.initialValues}
          focusName={view.focusName}
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
