import { useEffect, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { comparableEmail } from "../../../shared/contact-match";
import { checkMatches, type Match, type MatchKind } from "../../api/matches";
import { buttonClass, linkClass } from "../../ui/styles";
import { fieldId } from "../fields/field-ids";
import type { FormPath, FormValues } from "../form-values";
import { loadPhoneFormat } from "../rows/load-phone-format";
import { useKnownMatches } from "./known-matches";

/** [choice] A pause in typing this long checks the value, as leaving the input does. */
const PAUSE_MS = 800;

type Checked = { value: string; matches: Match[] } | { value: string; failed: true };

/**
 * Under an email or phone row: who in Close already holds its value, checked once the value is
 * complete — on leaving the input or after a pause in typing, never per keystroke (the input's
 * own events are listened to, so typing renders nothing here) — with the way to their lead.
 * Said once in the form's live region; a check that fails says so and blocks nothing. Nothing
 * is rendered until there is something to say (a row's elements cost on every keystroke).
 */
export function RowMatches({
  path,
  kind,
  country,
}: {
  path: FormPath;
  kind: MatchKind;
  country: string;
}) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const known = useKnownMatches();

  useEffect(() => {
    const input = document.getElementById(fieldId(path));
    if (!(input instanceof HTMLInputElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = "";
    const check = async () => {
      clearTimeout(timer);
      const value = await comparable(kind, input.value, country);
      asked = value ?? "";
      if (!value) return setChecked(null);
      try {
        const matches = await checkMatches(kind, value);
        // Answered after the value changed: not this value's answer any more.
        if (asked !== value) return;
        setChecked({ value, matches });
        known?.set(path, value, matches);
        if (matches.length > 0) known?.announce(path, matches.map(matchSentence).join(" "));
      } catch {
        if (asked !== value) return;
        setChecked({ value, failed: true });
        known?.announce(path, checkFailed(kind));
      }
    };
    const soon = () => {
      // What was found is for the value checked, not for this one.
      known?.forget(path);
      clearTimeout(timer);
      timer = setTimeout(check, PAUSE_MS);
    };
    input.addEventListener("input", soon);
    input.addEventListener("blur", check);
    if (input.value.trim()) void check();
    return () => {
      clearTimeout(timer);
      asked = "";
      known?.forget(path);
      input.removeEventListener("input", soon);
      input.removeEventListener("blur", check);
    };
  }, [path, kind, country, known]);

  if (checked && "failed" in checked)
    return <p className={`${belowRowClass} text-ink-muted`}>{checkFailed(kind)}</p>;
  if (!checked?.matches.length) return null;
  return (
    <ul
      className={`${belowRowClass} flex flex-col gap-1 rounded-md bg-notice-bg px-3 py-2 text-notice-ink`}
    >
      {checked.matches.map((match) => (
        <MatchLine key={match.id} match={match} />
      ))}
    </ul>
  );
}

/** Under the row's inputs and buttons, its full width. */
const belowRowClass = "basis-full text-sm [overflow-wrap:anywhere]";

const checkFailed = (kind: MatchKind) =>
  `Could not check whether Close already has this ${kind}; it can still be created.`;

/** "Already in Close: Jane Doe, Acme Corporation." as the row shows it, for the live region. */
function matchSentence(match: Match): string {
  return `Already in Close: ${match.name || "a contact"}${match.lead_name ? `, ${match.lead_name}` : ""}.`;
}

function MatchLine({ match }: { match: Match }) {
  const { setValue } = useFormContext<FormValues>();
  const leadId = useWatch<FormValues, "leadId">({ name: "leadId" });
  const onThisLead = leadId === match.lead_id;
  const chooseThisLead = () => {
    setValue("leadId", match.lead_id, { shouldDirty: true });
    setValue("leadName", match.lead_name || match.lead_id, { shouldDirty: true });
    setValue("newLead", false, { shouldDirty: true });
  };
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <span>
        Already in Close: <bdi>{match.name || "a contact"}</bdi>
        {match.lead_name && (
          <>
            , <bdi>{match.lead_name}</bdi>
          </>
        )}
        {onThisLead && " (on this lead already)"}.
      </span>
      {match.html_url && (
        // Named by aria-label: a row holds no absolutely positioned (sr-only) text.
        <a
          href={match.html_url}
          target="_blank"
          rel="noopener noreferrer"
          className={linkClass}
          aria-label="Open in Close (new tab)"
        >
          Open in Close
        </a>
      )}
      {!onThisLead && (
        <button type="button" className={buttonClass} onClick={chooseThisLead}>
          Use this lead
        </button>
      )}
    </li>
  );
}

/** The value as Close compares it, or undefined while it is not a complete one. */
async function comparable(kind: MatchKind, raw: string, country: string) {
  const value = raw.trim();
  if (!value) return undefined;
  if (kind === "email") return comparableEmail(value);
  const { parsePhoneLikeClose } = await loadPhoneFormat();
  return parsePhoneLikeClose(value, country)?.phone;
}
