import { useEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_PHONE_COUNTRY } from "../shared/defaults";
import { lazyWithQueries } from "./api/lazy-with-queries";
import type { Match } from "./api/matches";
import type { PageSettings } from "./api/page-settings";
import { CreatedView, type LeadRef } from "./CreatedView";
import type { CreatedIdentity } from "./contact-card/created-identity";
import type { LeadNamed } from "./contact-card/lead-phrase";
import type { CreatedContact } from "./contact-card/parse-contact";
import { type AfterCreate, ContactForm } from "./contact-form/ContactForm";
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
import { JustCreated } from "./JustCreated";
import { SessionContactList } from "./SessionContactList";
import { LoadBoundary } from "./ui/LoadBoundary";
import { SuspenseAfterFirstRender } from "./ui/SuspenseAfterFirstRender";

// Typing does not need the server's status: it loads right after the form.
const ServerStatus = lazyWithQueries(() => import("./ServerStatus"));

type FormView = {
  kind: "form";
  key: number;
  initialValues?: FormValues;
  checkOnMount?: FormPath[];
  focusName: boolean;
  /** Only the form the page opened with comes back from its draft. */
  restoreDraft?: boolean;
  prefill?: PrefillMessage;
  /** The contact made by "Create and add another", named above the new form. */
  justCreated?: { identity: CreatedIdentity; lead: LeadNamed };
};
type View = FormView | { kind: "created"; created: CreatedContact; lead: LeadNamed };

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

/** A new form on a lead, its name shown at once when known (else its id, until it is looked up). */
function formOnLead(lead: LeadRef | undefined, focusName: boolean): FormView {
  if (!lead) return prefilledForm({}, focusName);
  const initialValues = { ...emptyFormValues(), leadId: lead.id, leadName: lead.name || lead.id };
  return { kind: "form", key: Date.now(), initialValues, focusName };
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

  // Matches found before the settings (and so the dashboard's origins) arrive wait for them.
  const untold = useRef<Match[][]>([]);
  const tellDuplicate = (matches: Match[]) => {
    if (allowedOrigins) postToParent({ type: "close-contact:duplicate", matches }, allowedOrigins);
    else untold.current.push(matches);
  };
  useEffect(() => {
    if (!allowedOrigins) return;
    for (const matches of untold.current.splice(0)) {
      postToParent({ type: "close-contact:duplicate", matches }, allowedOrigins);
    }
  }, [allowedOrigins]);

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

  const onCreated = (created: CreatedContact, { addAnother, lead }: AfterCreate) => {
    const { identity } = created;
    if (identity) setSession((contacts) => [...contacts, identity]);
    // Searches answered before this contact (and any new lead) existed are out of date.
    void import("./api/WithQueries").then(({ queryClient }) =>
      queryClient.invalidateQueries({
        predicate: ({ queryKey }) =>
          queryKey[0] === "lead-search" || queryKey[0] === "contact-search",
      }),
    );
    if (allowedOrigins)
      postToParent({ type: "close-contact:created", contact: created.body }, allowedOrigins);
    // Without Close's answer read, the card says what is known: no new form without that word.
    if (!addAnother || !identity) return setView({ kind: "created", created, lead });
    // A new form on the same lead, Name ready for the next person, and a word of what was made.
    const next = identity.leadId ? { id: identity.leadId, name: lead.name } : undefined;
    setView({ ...formOnLead(next, true), justCreated: { identity, lead } });
  };

  return (
    <main
      className={`mx-auto flex w-full flex-col ${embedded ? "gap-4 px-3 py-3" : "max-w-2xl gap-6 px-4 py-8 lg:max-w-5xl"}`}
    >
      <h1 className={embedded ? "sr-only" : "text-2xl font-semibold"}>New contact</h1>
      <LoadBoundary fallback={null}>
        <SuspenseAfterFirstRender fallback={null}>
          <ServerStatus onSettings={setSettings} compact={embedded} />
        </SuspenseAfterFirstRender>
      </LoadBoundary>
      <JustCreated created={view.kind === "form" ? view.justCreated : undefined} />
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
          onDuplicate={tellDuplicate}
        />
      ) : (
        <CreatedView
          created={view.created}
          lead={view.lead}
          onCreateAnother={() => setView(prefilledForm({}, true))}
          onAddToLead={(lead) => setView(formOnLead(lead, true))}
        />
      )}
      <SessionContactList contacts={session} live={settings?.mode === "live"} />
    </main>
  );
}
