// nexos report: pan/zoom of the network picture, edge evidence on hover/click,
// sorting and filtering of the claims table. Document text only ever goes
// into textContent, never into innerHTML: documents are untrusted input.
(function () {
  "use strict";

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  // ---- network: pan and zoom by rewriting the viewBox
  var svg = document.getElementById("net");
  if (svg) {
    var base = svg.getAttribute("viewBox").split(/\s+/).map(Number);
    var view = base.slice();
    var apply = function () { svg.setAttribute("viewBox", view.join(" ")); };
    var toSvg = function (evt) {
      var r = svg.getBoundingClientRect();
      return [view[0] + (evt.clientX - r.left) / r.width * view[2], view[1] + (evt.clientY - r.top) / r.height * view[3]];
    };
    var zoom = function (factor, cx, cy) {
      var w = Math.min(base[2] * 4, Math.max(base[2] / 12, view[2] * factor));
      var k = w / view[2];
      view = [cx - (cx - view[0]) * k, cy - (cy - view[1]) * k, view[2] * k, view[3] * k];
      apply();
    };
    svg.addEventListener("wheel", function (evt) {
      evt.preventDefault();
      var p = toSvg(evt);
      zoom(evt.deltaY > 0 ? 1.15 : 1 / 1.15, p[0], p[1]);
    }, { passive: false });
    var drag = null;
    svg.addEventListener("mousedown", function (evt) {
      drag = { x: evt.clientX, y: evt.clientY, v: view.slice() };
      svg.classList.add("dragging");
    });
    window.addEventListener("mousemove", function (evt) {
      if (!drag) return;
      var r = svg.getBoundingClientRect();
      view[0] = drag.v[0] - (evt.clientX - drag.x) / r.width * view[2];
      view[1] = drag.v[1] - (evt.clientY - drag.y) / r.height * view[3];
      apply();
    });
    window.addEventListener("mouseup", function () { drag = null; svg.classList.remove("dragging"); });
    document.querySelectorAll("[data-zoom]").forEach(function (b) {
      b.addEventListener("click", function () {
        var how = b.getAttribute("data-zoom");
        if (how === "reset") { view = base.slice(); apply(); return; }
        zoom(how === "in" ? 1 / 1.4 : 1.4, view[0] + view[2] / 2, view[1] + view[3] / 2);
      });
    });

    // ---- edge evidence panel
    var data = [];
    var holder = document.getElementById("edge-data");
    try { data = JSON.parse(holder ? holder.textContent : "[]"); } catch (e) { data = []; }
    var panel = document.getElementById("edge-info");
    var pinned = null;
    var show = function (i) {
      var d = data[i];
      if (!d || !panel) return;
      panel.replaceChildren();
      panel.appendChild(el("h4", d.a + " — " + d.b + " (" + d.sources + " independent source" + (d.sources === 1 ? "" : "s") + ")"));
      d.relations.forEach(function (r) {
        var p = el("p");
        p.appendChild(el("b", r.from + " " + r.type + " " + r.to));
        p.appendChild(el("span", " [" + r.grade + "] document " + r.document + " asserts: ", "sub"));
        p.appendChild(el("span", "“" + r.sentence + "”"));
        panel.appendChild(p);
      });
      panel.hidden = false;
    };
    document.querySelectorAll("#net .hit").forEach(function (line) {
      var i = Number(line.getAttribute("data-i"));
      line.addEventListener("mouseenter", function () { if (pinned === null) show(i); });
      line.addEventListener("mouseleave", function () { if (pinned === null && panel) panel.hidden = true; });
      line.addEventListener("click", function (evt) {
        evt.stopPropagation();
        document.querySelectorAll("#net .hit.on").forEach(function (x) { x.classList.remove("on"); });
        if (pinned === i) { pinned = null; panel.hidden = true; return; }
        pinned = i; line.classList.add("on"); show(i);
      });
    });
  }

  // ---- claims table: sort and filter
  var table = document.getElementById("claims-table");
  if (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var text = rows.map(function (r) { return r.textContent.toLowerCase(); });
    var input = document.getElementById("claim-filter");
    var kind = document.getElementById("claim-kind");
    var cred = document.getElementById("claim-cred");
    var count = document.getElementById("claim-count");
    var filter = function () {
      var q = (input.value || "").toLowerCase().trim();
      var k = kind.value, c = Number(cred.value), shown = 0;
      rows.forEach(function (r, i) {
        var ok = (!q || text[i].indexOf(q) >= 0) && (!k || r.getAttribute("data-kind") === k) &&
                 Number(r.getAttribute("data-cred")) <= c;
        r.style.display = ok ? "" : "none";
        if (ok) shown += 1;
      });
      count.textContent = shown + " of " + rows.length + " claims";
    };
    [input, kind, cred].forEach(function (x) { x.addEventListener("input", filter); x.addEventListener("change", filter); });
    filter();
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      if (!th.hasAttribute("data-sort")) return;
      var dir = 1;
      th.addEventListener("click", function () {
        var numeric = th.getAttribute("data-sort") === "num";
        var key = function (r) {
          var cell = r.cells[col];
          var v = cell.getAttribute("data-v") || cell.textContent;
          return numeric ? parseFloat(v) : v.toLowerCase();
        };
        rows.sort(function (a, b) { var x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * dir; });
        dir = -dir;
        rows.forEach(function (r) { body.appendChild(r); });
        text = rows.map(function (r) { return r.textContent.toLowerCase(); });
      });
    });
  }
})();
