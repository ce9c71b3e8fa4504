/* A list's filters apply as soon as a box is ticked; without JavaScript the form's button applies them.
   The page that follows brings the focus back to the box just ticked, so a keyboard or screen reader keeps its
   place, and Escape closes the filters where they open over the results (on a narrow screen). */
"use strict";

(() => {
  const form = document.querySelector("form[data-apply-on-change]");
  if (!form) return;
  const KEY = "filters:chosen";
  // Only boxes: a text or number field changes as the visitor leaves it, which must not send the form.
  const isBox = (control) => control.type === "checkbox";

  form.querySelector("[data-apply-note]")?.removeAttribute("hidden");
  // Fields left empty stay out of the address (`?q=&year=`), which then reads as it would be written by hand.
  form.addEventListener("formdata", ({ formData }) => {
    const kept = [...formData].filter(([, value]) => value !== "");
    for (const name of new Set(formData.keys())) formData.delete(name);
    for (const [name, value] of kept) formData.append(name, value);
  });
  form.addEventListener("change", (event) => {
    if (!isBox(event.target)) return;
    try {
      sessionStorage.setItem(KEY, JSON.stringify([form.action, event.target.name, event.target.value]));
    } catch {
      // Storage turned off: the filter still applies, the focus starts at the top.
    }
    form.requestSubmit();
  });

  let chosen = null;
  try {
    chosen = JSON.parse(sessionStorage.getItem(KEY));
    sessionStorage.removeItem(KEY);
  } catch {
    chosen = null;
  }
  if (Array.isArray(chosen) && chosen[0] === form.action) {
    const box = [...form.elements].find((control) => isBox(control) && control.name === chosen[1] && control.value === chosen[2]);
    if (box) {
      for (let details = box.closest("details"); details; details = details.parentElement.closest("details")) {
        details.open = true;
      }
      box.focus();
    }
  }

  const disclosure = form.closest("details");
  const summary = disclosure?.querySelector(":scope > summary");
  // The summary is shown only where the filters open over the results.
  const overlays = () => disclosure.open && summary.getClientRects().length > 0;
  disclosure?.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && overlays()) {
      disclosure.open = false;
      summary.focus();
    }
  });
  // Tabbing on past the filters reaches the results they cover: they close first.
  disclosure?.addEventListener("focusout", (event) => {
    if (event.relatedTarget && !disclosure.contains(event.relatedTarget) && overlays()) {
      disclosure.open = false;
    }
  });
})();
