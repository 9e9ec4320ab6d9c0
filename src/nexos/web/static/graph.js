// Network explorer: a small force layout drawn in SVG, with pan, zoom, filters and expansion.
// Everything from the server is put on the page with textContent or setAttribute, never as markup.
"use strict";

(() => {
  const SVG = "http://www.w3.org/2000/svg";
  const TYPES = ["person", "criminal_group", "armed_group", "political_party", "government_body", "state",
    "international_org", "ngo", "company", "media", "policy", "location", "group", "other"];
  const state = { nodes: new Map(), edges: new Map(), alpha: 1, view: { x: 0, y: 0, k: 1 }, running: false };
  let svg, viewport, edgeLayer, nodeLayer, panel, statusLine;

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (parent) parent.appendChild(e);
    return e;
  }

  function h(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function link(href, text, cls) {
    const a = h("a", text, cls);
    a.href = href;
    return a;
  }

  function filters() {
    const f = document.getElementById("graph-filters");
    const p = new URLSearchParams();
    const types = [...f.querySelectorAll('input[name="types"]:checked')].map((i) => i.value);
    if (types.length) p.set("types", types.join(","));
    for (const k of ["from", "to", "max_credibility"]) if (f.elements[k].value) p.set(k, f.elements[k].value);
    if (f.elements.loose && f.elements.loose.checked) p.set("loose", "true");
    return p;
  }

  // -- data ---------------------------------------------------------------
  function addData(data, near) {
    const w = svg.clientWidth || 800, hgt = svg.clientHeight || 600;
    for (const n of data.nodes) {
      if (state.nodes.has(n.id)) continue;
      const cx = near ? near.x : w / 2, cy = near ? near.y : hgt / 2;
      const spread = near ? 60 : Math.min(w, hgt) / 2;
      state.nodes.set(n.id, { ...n, x: cx + (Math.random() - 0.5) * spread, y: cy + (Math.random() - 0.5) * spread, vx: 0, vy: 0 });
    }
    for (const e of data.edges) {
      if (state.nodes.has(e.source) && state.nodes.has(e.target)) state.edges.set(e.id, e);
    }
    draw();
    kick();
  }

  async function load() {
    state.nodes.clear();
    state.edges.clear();
    const p = filters();
    const focus = document.getElementById("focus").value.trim();
    const url = focus ? `/api/entities/${encodeURIComponent(focus)}/neighbourhood?hops=2&${p}` : `/api/graph?${p}`;
    statusLine.textContent = "Loading…";
    try {
      const data = await nexos.api("GET", url);
      addData(data);
      statusLine.textContent = `${state.nodes.size} actors, ${state.edges.size} ties` + (data.truncated ? " (the most connected shown)" : "");
    } catch (err) {
      statusLine.textContent = "Could not load the graph: " + err.message;
    }
  }

  async function expand(node) {
    const data = await nexos.api("GET", `/api/entities/${encodeURIComponent(node.id)}/neighbourhood?hops=1&${filters()}`);
    addData(data, node);
    statusLine.textContent = `${state.nodes.size} actors, ${state.edges.size} ties`;
  }

  // -- layout ---------------------------------------------------------------
  function tick() {
    const nodes = [...state.nodes.values()];
    const w = svg.clientWidth || 800, hgt = svg.clientHeight || 600;
    const a = state.alpha;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      for (let j = i + 1; j < nodes.length; j++) {
        const m = nodes[j];
        let dx = n.x - m.x, dy = n.y - m.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = Math.random(); dy = Math.random(); d2 = 1; }
        if (d2 > 160000) continue;
        const f = (900 * a) / d2;
        n.vx += dx * f; n.vy += dy * f; m.vx -= dx * f; m.vy -= dy * f;
      }
      n.vx += (w / 2 - n.x) * 0.004 * a;
      n.vy += (hgt / 2 - n.y) * 0.004 * a;
    }
    for (const e of state.edges.values()) {
      const s = state.nodes.get(e.source), t = state.nodes.get(e.target);
      const dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - 90) / d) * 0.05 * a;
      s.vx += dx * f; s.vy += dy * f; t.vx -= dx * f; t.vy -= dy * f;
    }
    for (const n of nodes) {
      if (n.fixed) { n.vx = n.vy = 0; continue; }
      n.vx *= 0.6; n.vy *= 0.6;
      n.x += Math.max(-20, Math.min(20, n.vx));
      n.y += Math.max(-20, Math.min(20, n.vy));
    }
    state.alpha *= 0.985;
  }

  function kick() {
    state.alpha = Math.max(state.alpha, 0.8);
    if (state.running) return;
    state.running = true;
    const step = () => {
      tick();
      position();
      if (state.alpha > 0.02) requestAnimationFrame(step);
      else state.running = false;
    };
    requestAnimationFrame(step);
  }

  // -- drawing --------------------------------------------------------------
  function radius(n) { return 5 + Math.min(12, Math.sqrt(n.degree || 1) * 2); }

  function draw() {
    edgeLayer.replaceChildren();
    nodeLayer.replaceChildren();
    for (const e of state.edges.values()) {
      const line = el("line", { class: `edge r-${e.type} c${e.credibility}` }, edgeLayer);
      const title = el("title", {}, line);
      title.textContent = `${e.type.replace(/_/g, " ")} · credibility ${e.credibility}${e.date ? " · " + e.date : ""}`;
      line.addEventListener("click", (ev) => { ev.stopPropagation(); showEdge(e); });
      e.line = line;
    }
    const showAll = state.nodes.size <= 80;
    const big = [...state.nodes.values()].sort((a, b) => b.degree - a.degree).slice(0, 40).map((n) => n.id);
    for (const n of state.nodes.values()) {
      const g = el("g", { class: `node t-${TYPES.includes(n.type) ? n.type : "other"}`, "data-id": n.id }, nodeLayer);
      el("circle", { r: radius(n) }, g);
      const label = el("text", { x: radius(n) + 3, y: 4 }, g);
      label.textContent = n.name;
      if (!showAll && !big.includes(n.id)) label.setAttribute("class", "faint");
      const title = el("title", {}, g);
      title.textContent = `${n.name} (${n.type})`;
      bindNode(g, n);
      n.g = g;
    }
    position();
  }

  function position() {
    for (const e of state.edges.values()) {
      const s = state.nodes.get(e.source), t = state.nodes.get(e.target);
      e.line.setAttribute("x1", s.x.toFixed(1)); e.line.setAttribute("y1", s.y.toFixed(1));
      e.line.setAttribute("x2", t.x.toFixed(1)); e.line.setAttribute("y2", t.y.toFixed(1));
    }
    for (const n of state.nodes.values()) n.g.setAttribute("transform", `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
  }

  function applyView() {
    const v = state.view;
    viewport.setAttribute("transform", `translate(${v.x},${v.y}) scale(${v.k})`);
  }

  function toGraph(ev) {
    const r = svg.getBoundingClientRect(), v = state.view;
    return { x: (ev.clientX - r.left - v.x) / v.k, y: (ev.clientY - r.top - v.y) / v.k };
  }

  // -- interaction ----------------------------------------------------------
  function bindNode(g, n) {
    g.addEventListener("pointerdown", (ev) => {
      ev.stopPropagation();
      const start = { x: ev.clientX, y: ev.clientY };
      let moved = false;
      g.setPointerCapture(ev.pointerId);
      const move = (e2) => {
        if (Math.abs(e2.clientX - start.x) + Math.abs(e2.clientY - start.y) > 4) moved = true;
        if (!moved) return;
        const p = toGraph(e2);
        n.x = p.x; n.y = p.y; n.fixed = true;
        position();
      };
      const up = () => {
        g.removeEventListener("pointermove", move);
        g.removeEventListener("pointerup", up);
        if (!moved) select(n);
      };
      g.addEventListener("pointermove", move);
      g.addEventListener("pointerup", up);
    });
  }

  function bindPanZoom() {
    svg.addEventListener("pointerdown", (ev) => {
      if (ev.target.closest && ev.target.closest(".edge")) return;
      const start = { x: ev.clientX - state.view.x, y: ev.clientY - state.view.y };
      svg.setPointerCapture(ev.pointerId);
      const move = (e2) => { state.view.x = e2.clientX - start.x; state.view.y = e2.clientY - start.y; applyView(); };
      const up = () => { svg.removeEventListener("pointermove", move); svg.removeEventListener("pointerup", up); };
      svg.addEventListener("pointermove", move);
      svg.addEventListener("pointerup", up);
    });
    svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const r = svg.getBoundingClientRect(), v = state.view;
      const k = Math.max(0.15, Math.min(6, v.k * (ev.deltaY < 0 ? 1.15 : 1 / 1.15)));
      const mx = ev.clientX - r.left, my = ev.clientY - r.top;
      v.x = mx - ((mx - v.x) * k) / v.k;
      v.y = my - ((my - v.y) * k) / v.k;
      v.k = k;
      applyView();
    }, { passive: false });
  }

  async function select(n) {
    document.querySelectorAll(".node.sel").forEach((x) => x.classList.remove("sel"));
    n.g.classList.add("sel");
    panel.replaceChildren(h("h2", n.name), h("p", `${n.type} · ${n.mentions} mention(s)`, "muted"));
    const p = h("p");
    p.append(link(`/entities/${encodeURIComponent(n.id)}`, "Open entity page"), " · ",
      link(`/timeline?entity=${encodeURIComponent(n.id)}`, "Timeline"));
    panel.appendChild(p);
    try {
      await expand(n);
    } catch (err) {
      panel.appendChild(h("p", "Could not expand: " + err.message, "error"));
    }
  }

  async function showEdge(e) {
    panel.replaceChildren(h("p", "Loading…", "muted"));
    let data;
    try {
      data = await nexos.api("GET", `/api/relations/${encodeURIComponent(e.id)}`);
    } catch (err) {
      panel.replaceChildren(h("p", "Could not load the tie: " + err.message, "error"));
      return;
    }
    const r = data.relation;
    const head = h("h2");
    head.append(link(`/entities/${encodeURIComponent(r.source)}`, r.source_name), " ",
      h("span", r.type.replace(/_/g, " "), "rel"), " ", link(`/entities/${encodeURIComponent(r.target)}`, r.target_name));
    panel.replaceChildren(head, h("p", `credibility ${r.credibility}${r.date ? " · " + r.date : ""}`, "muted"));
    panel.appendChild(h("h3", "Sentences"));
    const ul = h("ul", null, "mentions");
    for (const ev of data.evidence) {
      const li = h("li");
      const q = h("q");
      for (const seg of ev.context) q.appendChild(seg.mark ? h("mark", seg.text) : document.createTextNode(seg.text));
      li.append(q, " — ", link(`/documents/${encodeURIComponent(ev.document)}#at-${ev.start}`, ev.title || ev.document));
      ul.appendChild(li);
    }
    panel.appendChild(ul);
    panel.appendChild(h("h3", "Claims"));
    const cl = h("ul", null, "claims");
    for (const c of data.claims) {
      const li = h("li");
      const g = c.grade || { reliability: "F", credibility: 6 };
      li.append(h("span", `${g.reliability}${g.credibility}`, `grade c${g.credibility}`), " ",
        link(`/claims/${encodeURIComponent(c.id)}`, c.text.length > 200 ? c.text.slice(0, 200) + "…" : c.text));
      cl.appendChild(li);
    }
    panel.appendChild(cl);
    panel.appendChild(link(`/relations/${encodeURIComponent(r.id)}`, "Open the tie to review it"));
  }

  function legend() {
    const box = document.getElementById("legend");
    for (const t of TYPES) {
      const item = h("span", null, "leg");
      const s = document.createElementNS(SVG, "svg");
      s.setAttribute("width", "12"); s.setAttribute("height", "12");
      const g = el("g", { class: `node t-${t}` }, s);
      el("circle", { cx: 6, cy: 6, r: 5 }, g);
      item.append(s, " " + t.replace(/_/g, " "));
      box.appendChild(item);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    svg = document.getElementById("graph");
    panel = document.getElementById("panel");
    statusLine = document.getElementById("graph-status");
    viewport = el("g", { class: "viewport" }, svg);
    edgeLayer = el("g", { class: "edges" }, viewport);
    nodeLayer = el("g", { class: "nodes" }, viewport);
    bindPanZoom();
    legend();
    document.getElementById("graph-filters").addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
    document.getElementById("graph-reset").addEventListener("click", () => {
      document.getElementById("graph-filters").reset();
      document.getElementById("focus").value = "";
      state.view = { x: 0, y: 0, k: 1 };
      applyView();
      load();
    });
    load();
  });
})();
