// Keyboard shortcuts of the review console (the keys are listed on each page). Every action
// is also a plain link or form, so the console works without this file.
"use strict";

(function () {
  const page = document.body.dataset.page;
  const typing = (el) => el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
  const go = (id) => { const a = document.getElementById(id); if (a) { window.location.href = a.href; } };

  function listKeys() {
    const rows = Array.from(document.querySelectorAll("tr.row[data-href]"));
    let current = rows.length ? 0 : -1;
    const show = () => rows.forEach((r, n) => r.classList.toggle("current", n === current));
    show();
    rows.forEach((row, n) => row.addEventListener("click", (event) => {
      if (event.target.closest("a, input, button, label")) { return; }
      current = n; window.location.href = row.dataset.href;
    }));
    return (event) => {
      if (!rows.length) { return false; }
      if (event.key === "j" || event.key === "k") {
        current = Math.max(0, Math.min(rows.length - 1, current + (event.key === "j" ? 1 : -1)));
        show(); rows[current].scrollIntoView({block: "nearest"}); return true;
      }
      if (event.key === "Enter") { window.location.href = rows[current].dataset.href; return true; }
      if (event.key === "x") {
        const box = rows[current].querySelector("input[type=checkbox]");
        if (box && !box.disabled) { box.checked = !box.checked; }
        return true;
      }
      return false;
    };
  }

  function itemKeys() {
    const form = document.getElementById("review");
    const note = document.getElementById("note");
    const choose = { c: "confirmed", d: "dismissed", p: "disputed" };
    const submit = () => {
      if (form && form.querySelector("input[name=action]:checked")) { form.requestSubmit(); }
    };
    if (note) {
      note.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); submit(); }
        if (event.key === "Escape") { note.blur(); }
      });
    }
    return (event) => {
      if (event.key === "j") { go("next"); return true; }
      if (event.key === "k") { go("prev"); return true; }
      if (choose[event.key]) {
        const radio = document.getElementById("status-" + choose[event.key]);
        if (radio && !radio.disabled) { radio.checked = true; }
        return true;
      }
      if (event.key === "n" && note) { note.focus(); return true; }
      if (event.key === "Enter") { submit(); return true; }
      return false;
    };
  }

  const handler = page === "item" ? itemKeys() : (page === "queue" || page === "agent") ? listKeys() : null;
  if (!handler) { return; }
  document.addEventListener("keydown", (event) => {
    if (event.altKey || (event.ctrlKey && event.key !== "Enter") || typing(document.activeElement)) { return; }
    if (handler(event)) { event.preventDefault(); }
  });
})();
