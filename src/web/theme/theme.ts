/** The page's colours: `?theme=light|dark|auto`, where auto follows the system's setting. */
export type Theme = "light" | "dark" | "auto";

/**
 * The theme the address asks for. In a dashboard's frame the default is light, so that the
 * dashboard decides (DESIGN.md, "Embedding"); the page on its own follows the system.
 */
export function themeFromQuery(search: string, embedded: boolean): Theme {
  const asked = new URLSearchParams(search).get("theme");
  if (asked === "light" || asked === "dark" || asked === "auto") return asked;
  return embedded ? "light" : "auto";
}

/** Puts the `dark` class on <html> when the theme is dark; auto keeps it in step with the system. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme !== "auto") {
    root.classList.toggle("dark", theme === "dark");
    return;
  }
  const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
  root.classList.toggle("dark", systemDark.matches);
  systemDark.addEventListener("change", (event) => root.classList.toggle("dark", event.matches));
}
