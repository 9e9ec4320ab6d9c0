// Upload: send the files, then poll the job until the analysis is done.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("upload-form");
  const status = document.getElementById("upload-status");
  const bar = document.getElementById("upload-progress");
  const text = document.getElementById("upload-text");
  const docs = document.getElementById("upload-docs");

  async function poll(id) {
    const job = await nexos.api("GET", `/api/jobs/${encodeURIComponent(id)}`);
    bar.value = job.progress;
    if (job.state === "failed") {
      text.textContent = "Analysis failed: " + job.error;
      return;
    }
    if (job.state !== "done") {
      text.textContent = `${job.state}: ${job.done} of ${job.total} file(s)` + (job.current ? ` — ${job.current}` : "");
      setTimeout(() => poll(id), 400);
      return;
    }
    const s = job.summary;
    text.textContent = `Done: ${s.documents} new document(s), ${s.already_ingested} already present, ` +
      `${s.entities} entities, ${s.relations} ties, ${s.claims} claims, ${s.problems.length} problem(s).`;
    for (const p of s.problems) {
      const li = document.createElement("li");
      li.textContent = `skipped ${p.path.split("/").pop()}: ${p.reason}`;
      docs.appendChild(li);
    }
    for (const d of job.documents) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `/documents/${encodeURIComponent(d)}`;
      a.textContent = `Open document ${d}`;
      a.className = "uploaded-doc";
      li.appendChild(a);
      docs.appendChild(li);
    }
  }

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const files = document.getElementById("upload-files").files;
    const data = new FormData();
    for (const f of files) data.append("files", f, f.name);
    status.hidden = false;
    docs.replaceChildren();
    bar.value = 0;
    text.textContent = "Uploading…";
    try {
      const job = await nexos.api("POST", "/api/uploads", data);
      poll(job.id);
    } catch (err) {
      text.textContent = "Upload refused: " + err.message;
    }
  });
});
