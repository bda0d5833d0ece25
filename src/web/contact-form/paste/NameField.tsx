import { type ClipboardEvent, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { buttonClass, primaryButtonClass } from "../../ui/styles";
import { TextField } from "../fields/TextField";
import type { FormValues } from "../form-values";
import { holdsSeveral } from "./addresses";
import { fillRows, pasteAddressesIntoName } from "./fill";
import type { Pasted } from "./parse-pasted";

/**
 * Name, which also takes what people paste: `Jane Doe <jane@acme.com>` fills Name and an email
 * row at once; several lines (an email signature) are read for a name, title, emails, phones
 * and web addresses, shown, and put in the form only when the person says so.
 */
export function NameField({ phoneCountry }: { phoneCountry: string }) {
  const form = useFormContext<FormValues>();
  const [found, setFound] = useState<Pasted | null>(null);
  const pastes = useRef(0);

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData("text/plain");
    if (!holdsSeveral(text) || pasteAddressesIntoName(form, event)) return;
    // Several lines: a one-line input would run them together. Read them instead.
    event.preventDefault();
    const paste = ++pastes.current;
    import("./parse-pasted").then(
      ({ parsePasted }) => {
        if (paste === pastes.current) setFound(parsePasted(text, phoneCountry));
      },
      () => {
        // Offline before the reader arrived: the text as one line, as a plain paste gives it.
        if (paste !== pastes.current) return;
        const name = `${form.getValues("name")} ${text.replace(/\s+/gu, " ")}`.trim();
        form.setValue("name", name, { shouldDirty: true });
      },
    );
  };
  const fill = (pasted: Pasted) => {
    if (pasted.name) form.setValue("name", pasted.name, { shouldDirty: true });
    if (pasted.title) form.setValue("title", pasted.title, { shouldDirty: true });
    fillRows(form, "emails", pasted.emails);
    fillRows(form, "phones", pasted.phones);
    fillRows(form, "urls", pasted.urls);
    setFound(null);
    form.setFocus("name");
  };
  const dismiss = () => {
    setFound(null);
    form.setFocus("name");
  };

  return (
    <div className="flex flex-col gap-2">
      <TextField path="name" label="Name" autoComplete="off" onPaste={onPaste} />
      {/* On the page before anything is said in it, so that it is said. */}
      <p role="status" className="sr-only">
        {found ? foundSentence(found) : ""}
      </p>
      {found && <PastedPreview found={found} onFill={fill} onDismiss={dismiss} />}
    </div>
  );
}

function PastedPreview({
  found,
  onFill,
  onDismiss,
}: {
  found: Pasted;
  onFill: (found: Pasted) => void;
  onDismiss: () => void;
}) {
  // What the fill would replace, as it is now (Name and Title can change under the preview).
  const [name, title] = useWatch<FormValues, ["name", "title"]>({ name: ["name", "title"] });
  const replaced = (now: string, value: string) =>
    value && now.trim() && now.trim() !== value ? ` (instead of “${now.trim()}”)` : "";
  const items = [
    ["Name", found.name ? `${found.name}${replaced(name, found.name)}` : ""],
    ["Title", found.title ? `${found.title}${replaced(title, found.title)}` : ""],
    ["Emails", found.emails.join(", ")],
    ["Phones", found.phones.join(", ")],
    ["URLs", found.urls.join(", ")],
  ].filter(([, value]) => value);
  return (
    <section
      aria-label="Pasted text"
      className="flex flex-col gap-2 rounded-md border border-line bg-muted px-3 py-2 text-sm"
    >
      {items.length === 0 ? (
        <p>Nothing to fill in was found in the pasted text.</p>
      ) : (
        <>
          <p className="font-medium">Found in the pasted text:</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 [overflow-wrap:anywhere]">
            {items.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-ink-muted">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <div className="flex flex-wrap gap-2">
        {items.length > 0 && (
          <button type="button" className={primaryButtonClass} onClick={() => onFill(found)}>
            Fill from pasted text
          </button>
        )}
        <button type="button" className={`${buttonClass} h-control`} onClick={onDismiss}>
          {items.length > 0 ? "Dismiss" : "OK"}
        </button>
      </div>
    </section>
  );
}

/** What the preview holds, in one sentence for screen readers. */
function foundSentence({ name, title, emails, phones, urls }: Pasted): string {
  const count = (n: number, one: string) => (n === 0 ? "" : n === 1 ? `1 ${one}` : `${n} ${one}s`);
  const parts = [
    name && "a name",
    title && "a title",
    count(emails.length, "email"),
    count(phones.length, "phone"),
    count(urls.length, "URL"),
  ].filter(Boolean);
  return parts.length === 0
    ? "Nothing to fill in was found in the pasted text."
    : `Found in the pasted text: ${parts.join(", ")}. Fill from pasted text puts them in the form.`;
}
