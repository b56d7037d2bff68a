// tearline review page: aligned panes, linked changes, details, keyboard, reviewer overrides.
// Inline and dependency-free; the page's Content-Security-Policy allows this script by its
// hash and forbids every network request: nothing here may reach the network.
(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("tl-data").textContent);
  const left = document.getElementById("left");
  const right = document.getElementById("right");
  const leftRows = left.querySelectorAll(".row");
  const rightRows = right.querySelectorAll(".row");
  const details = document.getElementById("details-body");
  const pos = document.getElementById("pos");
  const yamlBox = document.getElementById("yaml");
  const list = document.getElementById("review-list");
  const floatButton = document.getElementById("float-redact");
  const categorySelect = document.getElementById("redact-category");
  const order = [...new Set([...left.querySelectorAll("mark.chg")].map((m) => +m.dataset.k))];
  // A page made with --overrides starts from the reviewer's earlier decisions.
  const restore = new Set(data.overrides.restore.map((item) => data.decisions.findIndex(
    (d) => d.rule === "override:restore" && d.start === item.start && d.text === item.text,
  )).filter((k) => k >= 0));
  const redact = data.overrides.redact.map((item) => ({ ...item }));
  let current = -1;

  // Rows of both panes get the same height, so one scroll offset fits both.
  function equalize() {
    const heights = [];
    for (let i = 0; i < leftRows.length; i++) {
      leftRows[i].style.minHeight = "";
      rightRows[i].style.minHeight = "";
    }
    for (let i = 0; i < leftRows.length; i++) {
      heights.push(Math.max(leftRows[i].getBoundingClientRect().height,
        rightRows[i].getBoundingClientRect().height));
    }
    for (let i = 0; i < leftRows.length; i++) {
      leftRows[i].style.minHeight = rightRows[i].style.minHeight = heights[i] + "px";
    }
  }
  function follow(src, dst) {
    return () => {
      if (Math.abs(dst.scrollTop - src.scrollTop) > 1) dst.scrollTop = src.scrollTop;
    };
  }
  left.addEventListener("scroll", follow(left, right), { passive: true });
  right.addEventListener("scroll", follow(right, left), { passive: true });
  window.addEventListener("resize", equalize);

  const both = (k) => document.querySelectorAll(`[data-k="${k}"]`);
  const text = (value) => document.createTextNode(String(value));
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value; else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child instanceof Node ? child : text(child));
    return node;
  }

  function show(k) {
    details.replaceChildren();
    if (k === null || k === undefined) {
      details.append(el("p", { class: "hint" },
        "Hover or click a highlighted change; n / p move between changes."));
      return;
    }
    if (k === "tidy") {
      details.append(el("p", {}, el("b", {}, "Tidied seam"), ": spacing, punctuation, a ",
        "capital letter or an emptied line fixed where a change left a gap (a rewrite, no rule)."));
      return;
    }
    const d = data.decisions[k];
    const facts = el("dl", { class: "facts" });
    const add = (term, value) => facts.append(el("dt", {}, term), el("dd", {}, value));
    add("category", el("span", { class: `swatch cat-${d.category}` }, d.category));
    add("action", d.rule === "override:restore" ? "keep (restored by a reviewer)" : d.action);
    add("rule", d.rule);
    add("score", d.score.toFixed(2));
    add("why", d.why || "\u2014");
    if (d.action === "replace") add("replaced by", el("span", { class: "quote" }, d.replacement || ""));
    add("where", `line ${d.line}, characters ${d.start}\u2013${d.end}`);
    add("original", el("div", { class: "quote" }, d.text));
    details.append(facts);
    const actions = el("p", {});
    if (d.action !== "keep" || d.rule === "override:restore") {
      const undo = restore.has(k);
      const b = el("button", { id: "restore-current" },
        undo ? "Undo: remove it again" : "Wrong: restore this text");
      b.addEventListener("click", () => toggleRestore(k));
      actions.append(b);
    } else {
      const b = el("button", { id: "redact-current" }, "Wrong: redact every mention");
      b.addEventListener("click", () => addRedact(d.text, d.category));
      actions.append(b);
    }
    details.append(actions);
  }

  function select(index) {
    if (!order.length) return;
    current = (index + order.length) % order.length;
    document.querySelectorAll(".sel").forEach((n) => n.classList.remove("sel"));
    const k = order[current];
    both(k).forEach((n) => n.classList.add("sel"));
    const mark = left.querySelector(`mark.chg[data-k="${k}"]`);
    const row = mark.closest(".row");
    left.scrollTop = Math.max(0, row.offsetTop - left.clientHeight / 3);
    right.scrollTop = left.scrollTop;
    pos.textContent = `${current + 1} / ${order.length}`;
    show(k);
  }

  function target(event) {
    const node = event.target.closest("[data-k], .tidy");
    if (!node || !(left.contains(node) || right.contains(node))) return null;
    return node.dataset.k !== undefined ? +node.dataset.k : "tidy";
  }
  for (const pane of [left, right]) {
    pane.addEventListener("mouseover", (event) => {
      const k = target(event);
      document.querySelectorAll(".hot").forEach((n) => n.classList.remove("hot"));
      if (k === null) return;
      if (k !== "tidy") both(k).forEach((n) => n.classList.add("hot"));
      show(k);
    });
    pane.addEventListener("mouseleave", () => {
      document.querySelectorAll(".hot").forEach((n) => n.classList.remove("hot"));
      show(current >= 0 ? order[current] : null);
    });
    pane.addEventListener("click", (event) => {
      const k = target(event);
      if (k === null || k === "tidy") return;
      const index = order.indexOf(k);
      if (index >= 0) select(index); else show(k);
    });
    pane.addEventListener("mouseup", () => setTimeout(placeFloat, 0));
  }

  // Reviewer decisions, exported as the overrides YAML `tearline redact --overrides` reads.
  function toggleRestore(k) {
    if (restore.has(k)) restore.delete(k); else restore.add(k);
    both(k).forEach((n) => n.classList.toggle("restored", restore.has(k)));
    refresh();
    show(k);
  }
  function addRedact(value, category) {
    const t = value.trim();
    if (!t || redact.some((r) => r.text === t)) return;
    redact.push({ text: t, category: category || categorySelect.value });
    refresh();
  }
  function selectedText() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed) return "";
    const node = sel.anchorNode;
    if (!node || !(left.contains(node) || right.contains(node))) return "";
    return sel.toString();
  }
  function placeFloat() {
    const sel = window.getSelection();
    if (!selectedText()) { floatButton.style.display = "none"; return; }
    const box = sel.getRangeAt(0).getBoundingClientRect();
    floatButton.style.left = `${Math.round(box.left)}px`;
    floatButton.style.top = `${Math.round(box.bottom + 6)}px`;
    floatButton.style.display = "block";
  }
  function redactSelection() {
    const t = selectedText();
    if (t) addRedact(t);
    floatButton.style.display = "none";
    window.getSelection().removeAllRanges();
  }
  floatButton.addEventListener("click", redactSelection);
  document.getElementById("redact-selection").addEventListener("click", redactSelection);

  const yamlString = (s) => JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  function overridesYaml() {
    const restoreItems = [...restore].sort((a, b) => a - b).map((k) => data.decisions[k]);
    const lines = [
      "# tearline review overrides: apply with",
      `#   tearline redact ${data.document.replace(/[\r\n]/g, " ")} -p ${data.policy} --overrides ${fileName()}`,
      "version: 1",
      `document: ${yamlString(data.document)}`,
      `document_sha256: ${yamlString(data.document_sha256)}`,
      `policy: ${yamlString(data.policy)}`,
      `policy_sha256: ${yamlString(data.policy_sha256)}`,
      restoreItems.length ? "restore:" : "restore: []",
      ...restoreItems.map((d) => `  - {text: ${yamlString(d.text)}, start: ${d.start}}`),
      redact.length ? "redact:" : "redact: []",
      ...redact.map((r) => `  - {text: ${yamlString(r.text)}, category: ${r.category}}`),
    ];
    return lines.join("\n") + "\n";
  }
  function fileName() {
    const name = data.document.split(/[\\/]/).pop().replace(/\.[^.]*$/, "");
    const base = name && name !== "-" ? name : "report";
    return `${base}.overrides.yaml`;
  }
  function refresh() {
    list.replaceChildren();
    for (const k of [...restore].sort((a, b) => a - b)) {
      const d = data.decisions[k];
      const undo = el("button", {}, "undo");
      undo.addEventListener("click", () => toggleRestore(k));
      list.append(el("li", { class: "restore-item" }, `restore ${d.category} at line ${d.line} `, undo));
    }
    redact.forEach((r, i) => {
      const undo = el("button", {}, "undo");
      undo.addEventListener("click", () => { redact.splice(i, 1); refresh(); });
      const words = r.text.length > 40 ? r.text.slice(0, 39) + "\u2026" : r.text;
      list.append(el("li", { class: "redact-item" }, `redact (${r.category}) \u201c${words}\u201d `, undo));
    });
    if (!restore.size && !redact.length) list.append(el("li", { class: "hint" }, "none yet"));
    yamlBox.value = overridesYaml();
  }
  function exportYaml() {
    const yaml = overridesYaml();
    yamlBox.value = yaml;
    const url = URL.createObjectURL(new Blob([yaml], { type: "text/yaml" }));
    const a = el("a", { href: url, download: fileName() });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  document.getElementById("export").addEventListener("click", exportYaml);
  document.getElementById("next").addEventListener("click", () => select(current + 1));
  document.getElementById("prev").addEventListener("click", () => select(current - 1));

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select")) return;
    if (event.key === "n" || event.key === "j") { select(current + 1); event.preventDefault(); }
    else if (event.key === "p" || event.key === "k") { select(current - 1); event.preventDefault(); }
    else if (event.key === "r") { redactSelection(); event.preventDefault(); }
    else if (event.key === "Escape") {
      current = -1;
      document.querySelectorAll(".sel").forEach((n) => n.classList.remove("sel"));
      pos.textContent = `\u2013 / ${order.length}`;
      show(null);
    }
  });

  equalize();
  refresh();
  show(null);
  pos.textContent = `\u2013 / ${order.length}`;
  document.body.dataset.ready = "1";
})();
