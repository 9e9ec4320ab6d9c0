// Shared by every page: the API helper (with the CSRF header) and the review actions.
"use strict";

const nexos = (() => {
  function csrf() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    const fromCookie = document.cookie.split("; ").find((c) => c.startsWith("nexos_csrf="));
    return fromCookie ? decodeURIComponent(fromCookie.split("=")[1]) : (meta ? meta.content : "");
  }

  async function api(method, url, body) {
    const opts = { method, headers: { "X-CSRF-Token": csrf(), Accept: "application/json" }, credentials: "same-origin" };
    if (body instanceof FormData) {
      opts.body = body;
    } else if (body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    const resp = await fetch(url, opts);
    const data = await resp.json().catch(() => ({}));
    if (!resp.ok) throw new Error(data.error || data.detail && JSON.stringify(data.detail) || resp.statusText);
    return data;
  }

  // Messages are always set as text, never as markup.
  function flash(message, auditId) {
    const box = document.getElementById("flash");
    if (!box) return;
    box.textContent = message + " ";
    box.hidden = false;
    box.classList.toggle("bad", auditId === null);
    if (auditId) {
      const undo = document.createElement("button");
      undo.type = "button";
      undo.textContent = "Undo";
      undo.addEventListener("click", () => doUndo(auditId));
      box.appendChild(undo);
    }
  }

  async function run(promise, message, reload) {
    try {
      const res = await promise;
      sessionStorage.setItem("nexos-flash", JSON.stringify({ message, audit: res.audit_id || 0 }));
      if (reload) location.assign(reload === true ? location.href : reload);
      return res;
    } catch (err) {
      flash("Failed: " + err.message, null);
      return null;
    }
  }

  function doUndo(id) {
    return run(api("POST", `/api/audit/${encodeURIComponent(id)}/undo`), `Undid change ${id}.`, true);
  }

  function formChanges(form) {
    const out = {};
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.dataset.bool) out[el.name] = el.checked;
      else if (el.dataset.list) out[el.name] = el.value.split(";").map((s) => s.trim()).filter(Boolean);
      else if (el.dataset.nullable) out[el.name] = el.value.trim() || null;
      else out[el.name] = el.value.trim();
    }
    return out;
  }

  function bind() {
    document.querySelectorAll(".js-review").forEach((b) => b.addEventListener("click", () => {
      const box = b.closest(".review");
      const action = b.dataset.action;
      const url = `/api/review/${box.dataset.kind}/${encodeURIComponent(box.dataset.id)}`;
      const next = action === "reject" && box.dataset.kind !== "entity" ? "/review" : true;
      run(api("POST", url, { action }), `${box.dataset.kind} ${action}ed.`, next);
    }));
    document.querySelectorAll("form.js-edit").forEach((f) => f.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const url = `/api/review/${f.dataset.kind}/${encodeURIComponent(f.dataset.id)}`;
      run(api("POST", url, { action: "edit", changes: formChanges(f) }), "Saved.", true);
    }));
    document.querySelectorAll("form.js-merge").forEach((f) => f.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const into = pickedId(f.elements.into);
      const url = `/api/entities/${encodeURIComponent(f.dataset.id)}/merge`;
      run(api("POST", url, { into, reason: f.elements.reason.value }), "Merged.", `/entities/${encodeURIComponent(into)}`);
    }));
    document.querySelectorAll(".js-unmerge").forEach((b) => b.addEventListener("click", () => {
      run(api("POST", `/api/entities/${encodeURIComponent(b.dataset.id)}/unmerge`), "Unmerged.", true);
    }));
    document.querySelectorAll(".js-undo").forEach((b) => b.addEventListener("click", () => doUndo(b.dataset.audit)));
    document.querySelectorAll("form.js-rate").forEach((f) => f.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const name = f.dataset.name || f.elements.name.value.trim();
      const body = { name, reliability: f.elements.reliability.value, note: f.elements.note.value || null };
      run(api("POST", "/api/publishers", body), `${name} rated ${body.reliability}; grades updated.`, true);
    }));
    document.querySelectorAll("[data-claim]").forEach((el) => el.addEventListener("click", (ev) => {
      if (ev.target.closest("a")) return;
      location.assign(`/claims/${encodeURIComponent(el.dataset.claim)}`);
    }));
    document.querySelectorAll(".js-entity-pick").forEach(bindPicker);
    const saved = sessionStorage.getItem("nexos-flash");
    if (saved) {
      sessionStorage.removeItem("nexos-flash");
      const { message, audit } = JSON.parse(saved);
      flash(message, audit);
    }
  }

  // Entity picker: suggestions from the search API; the chosen option carries the id.
  function bindPicker(input) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        if (input.value.trim().length < 2) return;
        const res = await api("GET", `/api/search?kind=entity&limit=12&q=${encodeURIComponent(input.value)}`).catch(() => null);
        if (!res) return;
        list.replaceChildren(...res.hits.map((h) => {
          const o = document.createElement("option");
          o.value = `${h.title} [${h.id}]`;
          return o;
        }));
      }, 200);
    });
  }

  function pickedId(input) {
    const m = input.value.match(/\[([^\]]+)\]\s*$/);
    return m ? m[1] : input.value.trim();
  }

  document.addEventListener("DOMContentLoaded", bind);
  return { api, flash, run, csrf };
})();
window.nexos = nexos;
