// How a dashboard talks to the framed contact form. On another origin, set APP_ORIGIN to the
// app's address (e.g. "https://contacts.example.com") and add the dashboard's own origin to
// the app's EMBED_ORIGINS.
const APP_ORIGIN = window.location.origin;

const frame = document.getElementById("contact-frame");
const created = document.getElementById("created");
const noneYet = document.getElementById("none-yet");

function send(message) {
  frame.contentWindow.postMessage(message, APP_ORIGIN);
}

window.addEventListener("message", (event) => {
  // Trust only the framed app.
  if (event.origin !== APP_ORIGIN || event.source !== frame.contentWindow) return;
  const { type } = event.data ?? {};
  if (type === "close-contact:resize") {
    frame.style.height = `${event.data.height}px`;
  } else if (type === "close-contact:created") {
    const { contact } = event.data;
    const item = document.createElement("li");
    item.textContent = `${contact.display_name || contact.id} (${contact.id})`;
    created.append(item);
    noneYet.hidden = true;
  }
});

document.getElementById("lead-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const leadId = new FormData(event.currentTarget).get("lead_id");
  frame.src = `${APP_ORIGIN}/?embed=1&lead_id=${encodeURIComponent(leadId)}`;
});

document.getElementById("prefill").addEventListener("click", () => {
  send({
    type: "close-contact:prefill",
    values: {
      name: "Jane Doe",
      title: "Head of Operations",
      email: "jane@example.com",
      phone: "+1 415 555 0100",
    },
  });
});

document
  .getElementById("reset")
  .addEventListener("click", () => send({ type: "close-contact:reset" }));
