// claimcheck review desk: keyboard shortcuts and small conveniences. The pages work without it.
(function () {
  "use strict";
  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

  function autosubmitFilters() {
    document.querySelectorAll("select[data-autosubmit]").forEach((sel) =>
      sel.addEventListener("change", () => sel.form.submit()));
  }

  function clickableRows() {
    document.querySelectorAll("tr.queue-row").forEach((row) =>
      row.addEventListener("click", (ev) => { if (!ev.target.closest("a")) location.href = row.dataset.href; }));
  }

  // The "current" item: a queue row or a claim card, moved with j / k.
  function items() { return Array.from(document.querySelectorAll("tr.queue-row, section.claim-card")); }
  let current = -1;
  function select(i, scroll) {
    const list = items();
    if (!list.length) return;
    current = Math.max(0, Math.min(list.length - 1, i));
    list.forEach((el, n) => el.classList.toggle(el.tagName === "TR" ? "selected" : "current", n === current));
    const el = list[current];
    document.querySelectorAll("a.claim-mark.current").forEach((m) => m.classList.remove("current"));
    const mark = el.dataset.claim && document.getElementById("mark-" + el.dataset.claim);
    if (mark) { mark.classList.add("current"); if (scroll) mark.scrollIntoView({block: "center"}); }
    if (scroll) el.scrollIntoView({block: "nearest"});
  }
  function currentCard() { const el = items()[current]; return el && el.tagName === "SECTION" ? el : null; }

  function startFromHash() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const list = items();
    const at = list.findIndex((el) => el.id === id);
    if (at >= 0) select(at, true);
  }

  function submit(card, action) {
    const form = card.querySelector('form[data-action="' + action + '"]');
    if (form) form.requestSubmit();
  }
  function focusField(card, action, field) {
    const box = card.querySelector('[data-action="' + action + '"]');
    if (!box) return;
    if (box.tagName === "DETAILS") box.open = true;
    const input = box.querySelector(field);
    if (input) { input.focus(); if (input.select) input.select(); }
  }

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "Escape" && typing(document.activeElement)) { document.activeElement.blur(); return; }
    if (typing(ev.target)) return;
    const card = currentCard();
    const actions = {
      j: () => select(current + 1, true),
      k: () => select(current - 1, true),
      "?": () => { const keys = document.getElementById("keys"); keys.hidden = !keys.hidden; },
      g: () => { location.href = document.querySelector("a.brand").href; },
      o: () => { const el = items()[current]; if (el && el.dataset.href) location.href = el.dataset.href; },
      Enter: () => { const el = items()[current]; if (el && el.dataset.href) location.href = el.dataset.href; },
      c: () => card && submit(card, "confirm"),
      u: () => card && submit(card, "reopen"),
      x: () => card && focusField(card, "dismiss", 'input[name="reason"]'),
      e: () => card && focusField(card, "correct", 'input[name="period"]'),
      n: () => card && focusField(card, "note", 'input[name="note"]'),
    };
    const run = actions[ev.key];
    if (run) { ev.preventDefault(); run(); }
  }

  function markClicks() {
    document.querySelectorAll("a.claim-mark").forEach((mark) => mark.addEventListener("click", () => {
      const at = items().findIndex((el) => el.dataset.claim === mark.dataset.claim);
      if (at >= 0) select(at, false);
    }));
    document.querySelectorAll("section.claim-card").forEach((card) => card.addEventListener("focusin", () => {
      const at = items().indexOf(card);
      if (at !== current) select(at, false);
    }));
  }

  document.addEventListener("DOMContentLoaded", () => {
    autosubmitFilters();
    clickableRows();
    markClicks();
    startFromHash();
    document.addEventListener("keydown", onKey);
  });
})();
