// dyad web UI: a small single-page app over /api/v1. Every piece of article
// text is inserted with textContent (never innerHTML), so text from articles
// can never become markup.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const view = () => $("#view");
const SVGNS = "http://www.w3.org/2000/svg";
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QCOLOR = { 1: "#3a9d5d", 2: "#1f7a8c", 3: "#e0a030", 4: "#c0392b" };

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c == null) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function api(path) {
  const res = await fetch("/api/v1" + path, { headers: { Accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.code + ": " + body.error.message : res.statusText);
  return body;
}

function showError(err) {
  view().replaceChildren(el("p", { class: "error", role: "alert" }, String(err.message || err)));
}

// Filters live in the URL hash (#/events?actor=USA&mode=planned), so every
// view is linkable.
function currentParams() {
  const h = location.hash || "#/events";
  const i = h.indexOf("?");
  return new URLSearchParams(i >= 0 ? h.slice(i + 1) : "");
}

function filterQuery(extra = {}) {
  const p = currentParams();
  const q = new URLSearchParams();
  for (const k of ["actor", "country", "code", "plover", "mode", "dyadic", "from", "to", "article"]) {
    if (p.get(k)) q.set(k, p.get(k));
  }
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

function syncFilterForm() {
  const p = currentParams();
  for (const input of $("#filters").elements) {
    if (input.name) input.value = p.get(input.name) || "";
  }
}

function eventLabel(e) {
  const src = e.source ? e.source.name || e.source.code : "(unknown)";
  const tgt = e.target ? e.target.name || e.target.code : "—";
  return `${src} → ${e.trigger ? e.trigger.text : e.cameo} → ${tgt}`;
}

// ---- events table ----
async function renderEvents() {
  const p = currentParams();
  const offset = Number(p.get("offset") || 0);
  const limit = 50;
  const body = await api("/events?" + filterQuery({ limit, offset }));
  const rows = body.data.map((e) => {
    const tr = el("tr", { class: "ev", "data-id": e.id, onclick: () => { location.hash = `#/article/${e.article_id}?event=${encodeURIComponent(e.id)}`; } },
      el("td", {}, e.date || ""),
      el("td", {}, e.source ? `${e.source.name || ""} ${e.source.code}` : el("span", { class: "muted", title: "unknown agent" }, "(unknown)")),
      el("td", { class: "q" + e.quad }, `${e.cameo} ${e.plover || ""}`),
      el("td", {}, e.trigger ? e.trigger.text : ""),
      el("td", {}, e.target ? `${e.target.name || ""} ${e.target.code}` : "—"),
      el("td", {}, el("span", { class: "mode mode-" + e.mode }, e.mode)),
      el("td", {}, e.place ? e.place.name : ""),
    );
    return tr;
  });
  const nav = el("div", { class: "pager" },
    el("button", { type: "button", disabled: offset === 0 ? "" : null, onclick: () => go("events", { offset: Math.max(0, offset - limit) }) }, "‹ Previous"),
    el("span", { class: "muted" }, `${offset + 1}–${offset + body.data.length}`),
    el("button", { type: "button", disabled: body.data.length < limit ? "" : null, onclick: () => go("events", { offset: offset + limit }) }, "Next ›"));
  view().replaceChildren(
    el("h2", {}, "Events"),
    el("table", { id: "events-table" },
      el("thead", {}, el("tr", {}, ...["Date", "Source", "Code", "Trigger", "Target", "Mode", "Place"].map((h) => el("th", {}, h)))),
      el("tbody", {}, ...rows)),
    rows.length ? nav : el("p", { class: "muted" }, "No events match these filters."));
}

function go(name, extra = {}) {
  const p = currentParams();
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  location.hash = `#/${name}?${p.toString()}`;
}

// ---- timeline: events per day, stacked by QuadClass ----
async function renderTimeline() {
  const body = await api("/counts?" + filterQuery({ by: "day", originals: "true" }));
  const days = [...new Set(body.data.map((c) => c.key))].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const by = {};
  for (const c of body.data) (by[c.key] ||= {})[c.quad || 0] = c.count;
  const W = 960, H = 320, pad = 40;
  const max = Math.max(1, ...days.map((d) => Object.values(by[d]).reduce((a, b) => a + b, 0)));
  const bw = Math.max(2, (W - 2 * pad) / Math.max(1, days.length) - 1);
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "timeline", role: "img", "aria-label": "Events per day by QuadClass" });
  days.forEach((d, i) => {
    let y = H - pad;
    for (const q of [1, 2, 3, 4]) {
      const n = (by[d] || {})[q] || 0;
      if (!n) continue;
      const h = (n / max) * (H - 2 * pad);
      y -= h;
      g.append(svg("rect", { x: pad + i * (bw + 1), y, width: bw, height: h, fill: QCOLOR[q] }, svg("title", {}, `${d}: ${n} ${QUAD[q]}`)));
    }
  });
  g.append(svg("text", { x: pad, y: H - 10, "font-size": 11 }, days[0] || ""));
  g.append(svg("text", { x: W - pad, y: H - 10, "font-size": 11, "text-anchor": "end" }, days[days.length - 1] || ""));
  g.append(svg("text", { x: 4, y: pad, "font-size": 11 }, String(max)));
  view().replaceChildren(el("h2", {}, "Timeline"), legend(), days.length ? g : el("p", { class: "muted" }, "No dated events."));
}

function legend() {
  return el("p", { class: "legend" }, ...[1, 2, 3, 4].map((q) => el("span", { class: "q" + q }, "■ " + QUAD[q])));
}

// ---- network: dyads weighted by event count, coloured by mean Goldstein ----
async function renderNetwork() {
  const body = await api("/events?" + filterQuery({ limit: 10000, originals: "true" }));
  const key = (a) => (a ? a.code.slice(0, 3) : null);
  const edges = new Map();
  const nodes = new Map();
  for (const e of body.data) {
    const s = key(e.source), t = key(e.target);
    if (!s || !t || s === t) continue;
    const k = s + ">" + t;
    const ed = edges.get(k) || { s, t, n: 0, g: 0 };
    ed.n++; ed.g += e.goldstein;
    edges.set(k, ed);
    nodes.set(s, (nodes.get(s) || 0) + 1);
    nodes.set(t, (nodes.get(t) || 0) + 1);
  }
  const names = [...nodes.keys()].sort();
  const W = 720, H = 720, R = 280, cx = W / 2, cy = H / 2;
  const pos = {};
  names.forEach((n, i) => {
    const a = (2 * Math.PI * i) / names.length - Math.PI / 2;
    pos[n] = [cx + R * Math.cos(a), cy + R * Math.sin(a)];
  });
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "network", role: "img", "aria-label": "Actor network" });
  const maxN = Math.max(1, ...[...edges.values()].map((e) => e.n));
  for (const e of edges.values()) {
    const mean = e.g / e.n;
    const [x1, y1] = pos[e.s], [x2, y2] = pos[e.t];
    g.append(svg("line", { x1, y1, x2, y2, stroke: mean >= 0 ? QCOLOR[1] : QCOLOR[4], "stroke-opacity": 0.6, "stroke-width": 1 + (6 * e.n) / maxN },
      svg("title", {}, `${e.s} → ${e.t}: ${e.n} events, mean Goldstein ${mean.toFixed(1)}`)));
  }
  for (const n of names) {
    const [x, y] = pos[n];
    g.append(svg("g", { class: "node" },
      svg("circle", { cx: x, cy: y, r: 4 + Math.sqrt(nodes.get(n)), fill: "#1f5fa8" }),
      svg("text", { x: x + 8, y: y + 4 }, n)));
  }
  view().replaceChildren(el("h2", {}, "Actor network"),
    el("p", { class: "legend" }, el("span", { class: "q1" }, "— cooperation"), el("span", { class: "q4" }, "— conflict"), el("span", { class: "muted" }, "line width: number of events")),
    names.length ? g : el("p", { class: "muted" }, "No events with both a source and a target."));
}

// ---- map: country shapes from world-atlas (TopoJSON), events as dots ----
let worldCache = null;
async function world() {
  if (!worldCache) worldCache = await (await fetch("/static/world-110m.json")).json();
  return worldCache;
}

// topoPaths decodes TopoJSON arcs (quantized, delta-encoded) into SVG path
// strings in an equirectangular projection of width W, height H.
function topoPaths(topo, W, H) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const proj = ([lon, lat]) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
  const ring = (idx) => {
    const pts = [];
    for (const i of idx) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    return "M" + pts.map((p) => proj(p).map((v) => v.toFixed(1)).join(",")).join("L") + "Z";
  };
  const out = [];
  for (const geom of topo.objects.countries.geometries) {
    let d = "";
    if (geom.type === "Polygon") d = geom.arcs.map(ring).join("");
    else if (geom.type === "MultiPolygon") d = geom.arcs.map((p) => p.map(ring).join("")).join("");
    if (d) out.push({ d, name: (geom.properties || {}).name || "" });
  }
  return out;
}

async function renderMap() {
  const [topo, body] = await Promise.all([world(), api("/events?" + filterQuery({ limit: 10000, originals: "true" }))]);
  const W = 960, H = 480;
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "map", role: "img", "aria-label": "Map of located events" });
  for (const c of topoPaths(topo, W, H)) g.append(svg("path", { d: c.d, class: "country" }, svg("title", {}, c.name)));
  const placed = body.data.filter((e) => e.place);
  const at = new Map();
  for (const e of placed) {
    const k = e.place.lat.toFixed(2) + "," + e.place.lon.toFixed(2);
    const v = at.get(k) || { p: e.place, n: 0, ev: e };
    v.n++;
    at.set(k, v);
  }
  for (const v of at.values()) {
    const x = ((v.p.lon + 180) / 360) * W, y = ((90 - v.p.lat) / 180) * H;
    g.append(svg("circle", { cx: x, cy: y, r: 3 + 2 * Math.sqrt(v.n), class: "dot", "data-place": v.p.name },
      svg("title", {}, `${v.p.name}: ${v.n} event(s)`)));
  }
  view().replaceChildren(el("h2", {}, "Map"),
    el("p", { class: "muted" }, `${placed.length} of ${body.data.length} events have a place; events whose sentence names no place are not drawn.`), g);
}

// ---- articles list and search ----
async function renderArticles() {
  const p = currentParams();
  const q = p.get("q");
  const body = q ? await api("/search?" + new URLSearchParams({ q })) : await api("/articles?limit=200");
  const items = body.data.map((x) => {
    const a = x.article || x;
    return el("li", {},
      el("a", { href: `#/article/${a.id}` }, a.title || a.id),
      el("span", { class: "muted" }, ` ${a.outlet || ""} ${a.published || ""}`),
      x.snippet ? el("div", { class: "muted" }, x.snippet) : null);
  });
  view().replaceChildren(el("h2", {}, q ? `Search: ${q}` : "Articles"), items.length ? el("ul", { id: "articles" }, ...items) : el("p", { class: "muted" }, "Nothing found."));
}

// ---- article view with highlighted evidence ----
async function renderArticle(id) {
  const doc = (await api("/articles/" + encodeURIComponent(id))).data;
  const a = doc.article;
  const bytes = new TextEncoder().encode(a.text);
  const dec = new TextDecoder();
  const slice = (s, e) => dec.decode(bytes.subarray(s, e));

  // Base layers: every boundary of every span splits the text into runs.
  const layers = [];
  for (const m of doc.mentions || []) layers.push({ s: m.start, e: m.end, cls: "hl-mention", title: m.actor ? `${m.text}: ${m.actor.code}` : m.text });
  for (const p of doc.places || []) layers.push({ s: p.start, e: p.end, cls: "hl-place", title: `${p.name}, ${p.country || ""} (${p.precision})` });
  for (const t of doc.times || []) layers.push({ s: t.start, e: t.end, cls: "hl-time", title: `${t.text} = ${t.value}` });
  for (const q of doc.quotes || []) layers.push({ s: q.start, e: q.end, cls: "hl-quote", title: q.speaker ? `quote: ${q.speaker.name}` : "quote" });
  (doc.events || []).forEach((e, i) => layers.push({ s: e.trigger.start, e: e.trigger.end, cls: "hl-trigger", ev: i, title: `${e.cameo} ${e.plover || ""} (${e.mode})` }));

  const textBox = el("div", { class: "text", id: "article-text" });
  const runs = [];
  const paint = (sel) => {
    const extra = [];
    if (sel != null) {
      const e = doc.events[sel];
      extra.push({ s: e.sentence.start, e: e.sentence.end, cls: "hl-sentence" });
      if (e.source && e.source.end > e.source.start) extra.push({ s: e.source.start, e: e.source.end, cls: "hl-source" });
      if (e.target && e.target.end > e.target.start) extra.push({ s: e.target.start, e: e.target.end, cls: "hl-target" });
    }
    const all = layers.concat(extra).filter((l) => l.e > l.s && l.s >= 0 && l.e <= bytes.length);
    const cuts = new Set([0, bytes.length]);
    for (const l of all) { cuts.add(l.s); cuts.add(l.e); }
    const pts = [...cuts].sort((x, y) => x - y);
    runs.length = 0;
    const nodes = [];
    for (let i = 0; i + 1 < pts.length; i++) {
      const s = pts[i], e = pts[i + 1];
      const on = all.filter((l) => l.s <= s && l.e >= e);
      const txt = slice(s, e);
      if (!on.length) { nodes.push(document.createTextNode(txt)); continue; }
      const span = el("span", { class: on.map((l) => l.cls).join(" "), title: on.map((l) => l.title).filter(Boolean).join(" · ") }, txt);
      const ev = on.find((l) => l.ev != null);
      if (ev) { span.dataset.event = ev.ev; span.addEventListener("click", () => select(ev.ev)); }
      nodes.push(span);
    }
    textBox.replaceChildren(...nodes);
  };

  const evidence = el("div", { class: "evidence", id: "evidence" }, el("p", { class: "muted" }, "Click an event to see its evidence."));
  const list = el("ol", { class: "evlist", id: "event-list" }, ...(doc.events || []).map((e, i) =>
    el("li", { "data-event": i, onclick: () => select(i) }, `${e.cameo} ${eventLabel(e)}`, " ", el("span", { class: "mode mode-" + e.mode }, e.mode))));

  function select(i) {
    paint(i);
    for (const li of list.children) li.classList.toggle("selected", Number(li.dataset.event) === i);
    const e = doc.events[i];
    const dl = el("dl", {});
    const row = (k, v) => { dl.append(el("dt", {}, k), el("dd", {}, v == null || v === "" ? "—" : String(v))); };
    row("Sentence", slice(e.sentence.start, e.sentence.end));
    row("Source", e.source ? `${e.source.name || ""} (${e.source.code})` : "(unknown agent)");
    row("Trigger", e.trigger.text);
    row("Target", e.target ? `${e.target.name || ""} (${e.target.code})` : null);
    row("CAMEO", `${e.cameo} (root ${e.root})`);
    row("PLOVER", e.plover);
    row("QuadClass · Goldstein", `${e.quad} ${QUAD[e.quad] || ""} · ${e.goldstein}`);
    row("Mode", e.mode);
    row("Date", `${e.date} (${e.date_precision}, from ${e.date_source}${e.date_text ? ": " + e.date_text : ""})`);
    row("Place", e.place ? `${e.place.name}, ${e.place.country || ""}` : null);
    row("According to", [e.attribution.speaker, e.attribution.anonymous ? "(anonymous)" : "", e.attribution.outlet].filter(Boolean).join(" · "));
    row("Rule", e.rule);
    evidence.replaceChildren(el("h3", {}, "Evidence"), dl);
  }

  view().replaceChildren(el("div", { class: "article" },
    el("section", {},
      el("h2", { id: "article-title" }, a.title || "(untitled)"),
      el("p", { class: "muted" }, [a.outlet, a.published, a.url].filter(Boolean).join(" · ")),
      el("p", { class: "legend" }, el("span", { class: "hl-mention" }, "actor"), el("span", { class: "hl-place" }, "place"),
        el("span", { class: "hl-time" }, "time"), el("span", { class: "hl-quote" }, "quote"), el("span", { class: "hl-trigger" }, "event")),
      textBox),
    el("aside", { class: "side" },
      el("h3", {}, `Events (${(doc.events || []).length})`), list, evidence,
      el("h3", {}, `Quotes (${(doc.quotes || []).length})`),
      el("ul", {}, ...(doc.quotes || []).map((q) => el("li", {}, `${q.speaker ? q.speaker.name : "?"} ${q.cue || ""}${q.venue ? " (" + q.venue + ")" : ""}: “${q.text.slice(0, 120)}${q.text.length > 120 ? "…" : ""}”`))))));
  paint(null);
  const want = currentParams().get("event");
  if (want) {
    const i = (doc.events || []).findIndex((e) => e.id === want);
    if (i >= 0) select(i);
  }
}

// ---- router ----
async function route() {
  const h = (location.hash || "#/events").slice(2);
  const [path] = h.split("?");
  const [name, arg] = path.split("/");
  delete document.body.dataset.ready;
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === name);
  $("#filters").classList.toggle("hidden", !["events", "timeline", "network", "map"].includes(name));
  syncFilterForm();
  try {
    if (name === "timeline") await renderTimeline();
    else if (name === "network") await renderNetwork();
    else if (name === "map") await renderMap();
    else if (name === "articles") await renderArticles();
    else if (name === "article" && arg) await renderArticle(decodeURIComponent(arg));
    else await renderEvents();
    document.body.dataset.ready = name || "events";
  } catch (err) {
    showError(err);
    document.body.dataset.ready = "error";
  }
}

async function stats() {
  try {
    const s = (await api("/stats")).data;
    $("#stats").textContent = `${s.articles} articles · ${s.events} events · ${s.quotes} quotes`;
  } catch (_) { /* the header is informative only */ }
}

document.addEventListener("DOMContentLoaded", () => {
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const name = ((location.hash || "#/events").slice(2).split("?")[0] || "events").split("/")[0];
    const p = new URLSearchParams();
    for (const input of ev.target.elements) if (input.name && input.value) p.set(input.name, input.value.trim());
    location.hash = `#/${name}?${p.toString()}`;
  });
  $("#filters").addEventListener("reset", () => setTimeout(() => { location.hash = "#/" + ((location.hash || "#/events").slice(2).split("?")[0] || "events"); }, 0));
  $("#search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = "#/articles?" + new URLSearchParams({ q: $("#search-q").value });
  });
  window.addEventListener("hashchange", route);
  stats();
  route();
});
