// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyTheme, themeFromQuery } from "./theme";

describe("themeFromQuery", () => {
  it("takes light, dark or auto from the address", () => {
    expect(themeFromQuery("?theme=dark", true)).toBe("dark");
    expect(themeFromQuery("?embed=1&theme=auto", true)).toBe("auto");
    expect(themeFromQuery("?theme=light", false)).toBe("light");
  });

  it("is light in a frame and follows the system on its own page, when not asked or asked wrongly", () => {
    expect(themeFromQuery("?embed=1", true)).toBe("light");
    expect(themeFromQuery("?theme=purple", true)).toBe("light");
    expect(themeFromQuery("", false)).toBe("auto");
  });
});

describe("applyTheme", () => {
  afterEach(() => vi.unstubAllGlobals());

  function systemSaysDark(dark: boolean) {
    const listeners: ((event: { matches: boolean }) => void)[] = [];
    const query = {
      matches: dark,
      addEventListener: (_: string, listener: (event: { matches: boolean }) => void) =>
        listeners.push(listener),
    };
    vi.stubGlobal("matchMedia", () => query);
    return (nowDark: boolean) => {
      for (const listener of listeners) listener({ matches: nowDark });
    };
  }

  it("marks the page dark only for the dark theme", () => {
    const root = document.createElement("html");
    applyTheme("dark", root);
    expect(root.classList.contains("dark")).toBe(true);
    applyTheme("light", root);
    expect(root.classList.contains("dark")).toBe(false);
  });

  it("follows the system in auto, also when the system's setting changes", () => {
    const change = systemSaysDark(true);
    const root = document.createElement("html");
    applyTheme("auto", root);
    expect(root.classList.contains("dark")).toBe(true);
    change(false);
    expect(root.classList.contains("dark")).toBe(false);
  });

  it("ignores the system when the theme is chosen", () => {
    systemSaysDark(true);
    const root = document.createElement("html");
    applyTheme("light", root);
    expect(root.classList.contains("dark")).toBe(false);
  });
});
