import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./styles.css";
import { applyTheme, themeFromQuery } from "./theme/theme";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");

// `?embed=1`: the compact layout for a dashboard's frame, on a transparent page that never
// scrolls itself (the frame is sized to fit it).
const embedded = new URLSearchParams(window.location.search).get("embed") === "1";
if (embedded) document.documentElement.classList.add("embedded");
applyTheme(themeFromQuery(window.location.search, embedded));

createRoot(root).render(
  <StrictMode>
    <App embedded={embedded} />
  </StrictMode>,
);
