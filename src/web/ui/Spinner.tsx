/** A small busy mark; it stands still for people who ask for reduced motion. */
export function Spinner() {
  return (
    <span
      aria-hidden="true"
      className="size-4 rounded-full border-2 border-white/40 border-t-white motion-safe:animate-spin"
    />
  );
}
