// The last page of a sign-in in a popup (team mode, app in a dashboard's frame): hands the
// sealed sign-in to the frame that opened it — on this same origin only — and closes.
const handoff = document.getElementById("handoff")?.dataset.handoff;
if (handoff && window.opener) {
  window.opener.postMessage({ type: "close-contact:signed-in", handoff }, window.location.origin);
  window.close();
}
