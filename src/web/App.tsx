import { Suspense, useMemo, useState } from "react";
import { DEFAULT_PHONE_COUNTRY } from "../shared/defaults";
import { lazyWithQueries } from "./api/lazy-with-queries";
import type { PageSettings } from "./api/page-settings";
import type { CreatedIdentity } from "./contact-card/created-identity";
import type { CreatedContact } from "./contact-card/parse-contact";
import { ContactForm } from "./contact-form/ContactForm";
import { clearDraft, draftKey } from "./contact-form/draft/draft-storage";
import { emptyFormValues, type FormPath, type FormValues } from "./contact-form/form-values";
import { postToParent } from "./embed/parent-frame";
import {
  applyPrefill,
  hasPrefill,
  type Prefill,
  type PrefillMessage,
  prefilledPaths,
  prefillFromMessage,
  prefillFromQuery,
} from "./embed/prefill";
import { useParentFrame } from "./embed/use-parent-frame";
import { SessionContactList } from "./SessionContactList";
import { LoadBoundary } from "./ui/LoadBoundary";
import { SuspenseAfterFirstRender } from "./ui/SuspenseAfterFirstRender";
import { buttonClass } from "./ui/styles";

// Typing needs neither: the server's status loads right after the form, the card with the
// first created contact.
const ServerStatus = lazyWithQueries(() => import("./ServerStatus"));
const CreatedContactPanel = lazyWithQueries(() => import("./contact-card/CreatedContactPanel"));

type FormView = {
  kind: "form";
  key: number;
  initialValues?: FormValues;
  checkOnMount?: FormPath[];
  focusName: boolean;
  /** Only the form the page opened with comes back from its draft. */
  restoreDraft?: boolean;
  prefill?: PrefillMessage;
};
type View = FormView | { kind: "created"; created: CreatedContact };

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

/** The address's prefill, read once; the form opened with it keeps its draft under it. */
const addressPrefill = prefillFromQuery(window.location.search);
const addressDraftKey = draftKey(new URLSearchParams(addressPrefill).toString());

export function App({ embedded }: { embedded: boolean }) {
  const [settings, setSettings] = useState<PageSettings>();
  // Name takes typing at once on the page; in a dashboard's frame the dashboard keeps focus.
  const [view, setView] = useState<View>(() => ({
    ...prefilledForm(addressPrefill, !embedded),
    restoreDraft: true,
  }));
  const [session, setSession] = useState<CreatedIdentity[]>([]);
  // Messages go to, and come from, the app's own origin and EMBED_ORIGINS only.
  const allowedOrigins = useMemo(
    () => (settings ? [window.location.origin, ...settings.embedOrigins] : undefined),
    [settings],
  );

  useParentFrame(allowedOrigins, (message) => {
    if (message.type === "close-contact:reset") {
      clearDraft(addressDraftKey);
      setView({
        kind: "form",
        key: Date.now(),
        initialValues: emptyFormValues(),
        focusName: false,
      });
      return;
    }
    const values = prefillFromMessage(message.values);
    const prefill = {
      apply: (current: FormValues) => applyPrefill(current, values),
      paths: prefilledPaths(values),
      id: Date.now(),
    };
    // Into the form on screen; after a created contact, a new form starts from it.
    setView((current) =>
      current.kind === "form" ? { ...current, prefill } : prefilledForm(values, false),
    );
  });

  const onCreated = (created: CreatedContact) => {
    const { identity } = created;
    if (identity) setSession((contacts) => [...contacts, identity]);
    setView({ kind: "created", created });
    if (allowedOrigins)
      postToParent({ type: "close-contact:created", contact: created.body }, allowedOrigins);
  };
  const startAnother = (leadId?: string) =>
    setView(prefilledForm(leadId ? { lead_id: leadId } : {}, true));

  return (
    <main
      className={`mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 ${embedded ? "py-3" : "py-8"}`}
    >
      <h1 className={embedded ? "sr-only" : "text-2xl font-semibold"}>New contact</h1>
      <LoadBoundary fallback={null}>
        <SuspenseAfterFirstRender fallback={null}>
          <ServerStatus onSettings={setSettings} compact={embedded} />
        </SuspenseAfterFirstRender>
      </LoadBoundary>
      {view.kind === "form" ? (
        <ContactForm
          key={view.key}
          draftKey={addressDraftKey}
          restoreDraft={view.restoreDraft ?? false}
          phoneCountry={settings?.defaultPhoneCountry ?? DEFAULT_PHONE_COUNTRY}
          initialValues={view.initialValues}
          checkOnMount={view.checkOnMount}
          focusName={view.focusName}
          prefill={view.prefill}
          onCreated={onCreated}
        />
      ) : (
        <div className="flex flex-col gap-4">
          <LoadBoundary fallback={<CreatedWithoutCard identity={view.created.identity} />}>
            <Suspense fallback={<p role="status">Showing the contact…</p>}>
              <CreatedContactPanel created={view.created} />
            </Suspense>
          </LoadBoundary>
          <div className="flex flex-wrap gap-3">
            <button type="button" className={buttonClass} onClick={() => startAnother()}>
              Create another contact
            </button>
            {view.created.identity?.leadId && (
              <button
                type="button"
                className={buttonClass}
                onClick={() => startAnother(view.created.identity?.leadId)}
              >
                Add another contact to this lead
              </button>
            )}
          </div>
        </div>
      )}
      <SessionContactList contacts={session} live={settings?.mode === "live"} />
    </main>
  );
}

/** The contact exists even when its card cannot load: say so, with what is known of it. */
function CreatedWithoutCard({ identity }: { identity: CreatedIdentity | undefined }) {
  return (
    <p
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 dark:bg-amber-950"
    >
      The contact was created{identity ? `: ${identity.displayName} (${identity.id})` : ""}. This
      page could not load the view of it; reload the page to go on.
    </p>
  );
}
