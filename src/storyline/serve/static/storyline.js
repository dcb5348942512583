// storyline web UI: the only script besides htmx (CSP: script-src 'self', no inline handlers).
"use strict";

// Send the CSRF token with every htmx request that changes state (only with --allow-ingest).
document.addEventListener("htmx:configRequest", (event) => {
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (meta && event.detail.verb !== "get") {
    event.detail.headers["X-CSRF-Token"] = meta.content;
  }
});

// "+" / "-" zoom the story timeline, "0" shows the whole story (when those links are present).
document.addEventListener("keydown", (event) => {
  if (event.target.closest("input, select, textarea") || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const ids = { "+": "zoom-in", "=": "zoom-in", "-": "zoom-out", "0": "zoom-reset" };
  const link = ids[event.key] && document.getElementById(ids[event.key]);
  if (link) {
    event.preventDefault();
    // a link swapped in moments ago may not be bound by htmx yet (it binds while settling); its
    // plain href is then a same-page anchor that would do nothing
    if (window.htmx) {
      window.htmx.process(link);
    }
    link.click();
  }
});
