import { useCallback, useEffect, useRef, useState } from "react";
import { FormProvider, type Resolver, useForm } from "react-hook-form";
import type { CustomField } from "../../shared/close/custom-field";
import { lazyWithQueries } from "../api/lazy-with-queries";
import type { Match } from "../api/matches";
import type { LeadNamed } from "../contact-card/lead-phrase";
import type { CreatedContact } from "../contact-card/parse-contact";
import type { PrefillMessage } from "../embed/prefill";
import { createAfterSignIn } from "../sign-in/create-after-sign-in";
import { signIn } from "../sign-in/sign-in-state";
import { LoadBoundary } from "../ui/LoadBoundary";
import { PartMissing } from "../ui/PartMissing";
import { SuspenseAfterFirstRender } from "../ui/SuspenseAfterFirstRender";
import { DraftNotice } from "./draft/DraftNotice";
import { clearDraft, loadDraft } from "./draft/draft-storage";
import { useDraftSaving } from "./draft/use-draft-saving";
import { DuplicateQuestion } from "./duplicates/DuplicateQuestion";
import { KnownMatches, KnownMatchesProvider, MatchAnnouncements } from "./duplicates/known-matches";
import { TextField } from "./fields/TextField";
import { FormErrorsProvider } from "./fields/use-field-error";
import type { ValidationContext } from "./form-schema";
import { emptyFormValues, type FormPath, type FormValues } from "./form-values";
import { LeadPicker } from "./lead/LeadPicker";
import { NameField } from "./paste/NameField";
import { EmailRows, PhoneRows, UrlRows } from "./rows/row-lists";
import { ErrorSummary } from "./submit/ErrorSummary";
import { ADD_ANOTHER, SubmitButtons } from "./submit/SubmitButtons";
import { useSubmitContact } from "./submit/use-submit-contact";
import { useSubmitKeys } from "./submit/use-submit-keys";

interface ContactFormProps {
  phoneCountry: string;
  /** Where this form keeps its draft (see draftKey). */
  draftKey: string;
  /** Come back as the draft left it, if there is one (on opening the page, not after a contact). */
  restoreDraft: boolean;
  /** Values to start from when there is no draft: a prefill, or the lead of the last contact. */
  initialValues?: FormValues;
  /** Put focus on Name when the form appears (after "Create another contact"). */
  focusName?: boolean;
  /** Paths to check as soon as the form appears: values put there by a prefill. */
  checkOnMount?: FormPath[];
  /** Values sent later (by the dashboard framing the app), written over what is there. */
  prefill?: PrefillMessage;
  onCreated: (created: CreatedContact, next: AfterCreate) => void;
  /** Contacts in Close found holding a value being typed. */
  onDuplicate?: (matches: Match[]) => void;
}

/** What the person asked for with the contact, and the lead it went to. */
export interface AfterCreate {
  /** "Create and add another": a new form on the same lead rather than the card. */
  addAnother: boolean;
  lead: LeadNamed;
}

// The custom fields load right after the form: typing needs none of them.
const CustomFieldsSection = lazyWithQueries(() => import("./custom-fields/CustomFieldsSection"));

/** The summary's messages when only fields are in error: one array, so it keeps its identity. */
const NO_MESSAGES: readonly string[] = [];

/** Validation (zod, libphonenumber) loads on the first blur or submit, not with the page. */
const validate: Resolver<FormValues, ValidationContext> = async (values, context, options) => {
  const { formResolver } = await import("./form-schema");
  return formResolver(values, context, options);
};

export function ContactForm({
  phoneCountry,
  draftKey,
  restoreDraft,
  initialValues,
  focusName,
  checkOnMount,
  prefill,
  onCreated,
  onDuplicate,
}: ContactFormProps) {
  const [draft, setDraft] = useState(() => (restoreDraft ? loadDraft(draftKey) : null));
  const [customFields, setCustomFields] = useState<readonly CustomField[]>([]);
  const form = useForm<FormValues, ValidationContext>({
    defaultValues: draft ?? initialValues ?? emptyFormValues(),
    mode: "onBlur",
    reValidateMode: "onBlur",
    resolver: validate,
    // The error summary at the top takes focus on a failed submit, and links to each field.
    shouldFocusError: false,
    context: { customFields, phoneCountry },
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [pristine] = useState(() => initialValues ?? emptyFormValues());
  useDraftSaving(form, draftKey, formRef, pristine);

  useEffect(() => {
    if (focusName) form.setFocus("name");
  }, [focusName, form]);

  // A prefilled value is checked at once, so a bad one shows as an ordinary error.
  useEffect(() => {
    if (checkOnMount?.length && !draft) void form.trigger(checkOnMount);
  }, [checkOnMount, draft, form]);

  useEffect(() => {
    if (!prefill) return;
    form.reset(prefill.apply(form.getValues()), { keepDefaultValues: true });
    void form.trigger(prefill.paths);
  }, [prefill, form]);

  useSubmitKeys(formRef);

  // Which submit button sent the form: read from the submit event, kept for a retry.
  const addAnother = useRef(false);
  const created = useCallback(
    (contact: CreatedContact, lead: LeadNamed) => {
      clearDraft(draftKey);
      onCreated(contact, { addAnother: addAnother.current, lead });
    },
    [draftKey, onCreated],
  );
  // The dashboard hears of matches as they appear (the latest callback, for a store made once).
  const duplicateFound = useRef(onDuplicate);
  duplicateFound.current = onDuplicate;
  const [known] = useState(() => new KnownMatches((matches) => duplicateFound.current?.(matches)));
  const { submit, goBack, state, busy } = useSubmitContact(form, customFields, created, known);

  // A create refused for want of a sign-in goes on once the person is signed in (team mode).
  const submitLatest = useRef(submit);
  submitLatest.current = submit;
  useEffect(
    () =>
      signIn.subscribe(() => {
        if (signIn.current().status === "signed-in" && createAfterSignIn.take())
          void submitLatest.current();
      }),
    [],
  );

  // Fetch what checking, reading Close's answer and showing it need once the page is idle,
  // while the network is there (a submit made offline then fails with a clear word), not
  // during the first load.
  useEffect(() => {
    const prefetch = () => {
      void import("./form-schema");
      void import("../contact-card/parse-contact");
      void import("../contact-card/CreatedContactPanel");
    };
    if ("requestIdleCallback" in window) {
      const idle = requestIdleCallback(prefetch, { timeout: 2000 });
      return () => cancelIdleCallback(idle);
    }
    const later = setTimeout(prefetch, 500);
    return () => clearTimeout(later);
  }, []);

  const discardDraft = () => {
    clearDraft(draftKey);
    form.reset(initialValues ?? emptyFormValues());
    setDraft(null);
    form.setFocus("name");
  };

  return (
    <FormProvider {...form}>
      <KnownMatchesProvider store={known}>
        <FormErrorsProvider>
          <form
            ref={formRef}
            noValidate
            onSubmit={(event) => {
              // While one contact is on its way, neither button sends another, nor changes what
              // follows the one on its way.
              if (busy) return event.preventDefault();
              const { submitter } = event.nativeEvent as SubmitEvent;
              addAnother.current = submitter?.dataset.intent === ADD_ANOTHER;
              void submit(event);
            }}
            aria-label="New contact"
            className="flex flex-col gap-6 embedded:gap-4"
          >
            {draft && <DraftNotice onDiscard={discardDraft} />}
            {(state.kind === "invalid" || state.kind === "failed") && (
              <ErrorSummary
                messages={state.kind === "failed" ? state.messages : NO_MESSAGES}
                fields={state.fields}
                canRetry={state.kind === "failed" && state.canRetry}
                customFields={customFields}
                onRetry={() => void submit()}
              />
            )}
            {/* Who the contact is beside how to reach them, from 1024 px (from 640 px in a
              dashboard's frame, which has no page around it); one column below. */}
            <div className="grid gap-6 embedded:gap-4 embedded:sm:grid-cols-[2fr_3fr] lg:grid-cols-2 lg:gap-x-10 embedded:lg:grid-cols-2">
              <div className="flex flex-col gap-4 self-start">
                <NameField phoneCountry={phoneCountry} />
                <TextField path="title" label="Title" autoComplete="off" />
                <LeadPicker />
              </div>
              <div className="flex min-w-0 flex-col gap-6 embedded:gap-4">
                <EmailRows />
                <PhoneRows country={phoneCountry} />
                <UrlRows />
                <MatchAnnouncements store={known} />
              </div>
            </div>
            <LoadBoundary fallback={<PartMissing what="The custom fields" />}>
              <SuspenseAfterFirstRender
                fallback={<p className="text-sm text-ink-muted">Loading custom fields…</p>}
              >
                <CustomFieldsSection onFields={setCustomFields} />
              </SuspenseAfterFirstRender>
            </LoadBoundary>
            {state.kind === "confirm" && (
              <DuplicateQuestion
                held={state.held}
                onCreateAnyway={() => void submit(undefined, { anyway: true })}
                onGoBack={() => {
                  goBack();
                  if (state.held[0]) form.setFocus(state.held[0].path);
                }}
              />
            )}
            <SubmitButtons
              busy={busy}
              waitSeconds={state.kind === "waiting" ? state.seconds : undefined}
            />
          </form>
        </FormErrorsProvider>
      </KnownMatchesProvider>
    </FormProvider>
  );
}
