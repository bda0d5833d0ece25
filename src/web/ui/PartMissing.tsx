import { noticeClass } from "./styles";

/** Said where a part of the form could not load; what was typed stays, as its draft. */
export function PartMissing({ what }: { what: string }) {
  return (
    <p role="alert" className={noticeClass}>
      {what} could not be loaded. Reload the page: what you typed is kept as a draft.
    </p>
  );
}
