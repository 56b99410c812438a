// What JavaScript adds to the pages, which read fine without it: the entity's timeline chart
// (Observable Plot), the graph of its neighbours (cytoscape), and a slider that moves knownAt
// through the days Le Mans' automatic entries changed. Bundled by esbuild from node_modules.
import * as Plot from "@observablehq/plot";
import cytoscape from "cytoscape";

const dataElement = document.getElementById("chart-data");
const data = dataElement ? JSON.parse(dataElement.textContent) : null;

if (data && data.statements) {
  drawTimeline(document.getElementById("timeline-chart"), data);
  drawGraph(document.getElementById("graph-chart"), data);
}
if (data && data.days) knownAtSlider(document.getElementById("known-at-slider"), data.days);

/** Bars from start to end for every statement with a valid time; open ends run to today with an arrow. */
export function drawTimeline(container, { entity, statements }) {
  if (!container) return;
  const today = new Date();
  const rows = statements
    .filter((statement) => statement.start)
    .map((statement) => ({
      ...statement,
      row: shortLabel(statement, entity.id),
      from: new Date(statement.start),
      until: statement.end ? new Date(statement.end) : today,
      open: !statement.end,
    }))
    .sort((a, b) => a.from - b.from);
  if (rows.length === 0) return;
  const chart = Plot.plot({
    width: Math.max(640, container.clientWidth || 640),
    height: 40 + rows.length * 22,
    marginLeft: 260,
    marginRight: 60,
    ariaLabel: `Timeline of ${rows.length} dated statements about ${entity.name}`,
    x: { type: "utc", label: null, grid: true },
    y: { label: null, domain: rows.map((row) => row.row), tickFormat: (label) => (label.length > 40 ? label.slice(0, 39) + "…" : label) },
    color: { legend: true, domain: ["FACT", "ANNOUNCED", "UNDECIDED", "SUPERSEDED", "CANCELLED", "DISPUTED"], range: ["#1d6b35", "#b86e00", "#6b3fa0", "#8a8f9c", "#5c6270", "#a3123f"] },
    marks: [
      Plot.barX(rows, { x1: "from", x2: "until", y: "row", fill: "status", href: "href", title: (row) => `${row.label}\n${row.start} – ${row.end ?? "no end known"} (${row.status.toLowerCase()})`, insetTop: 3, insetBottom: 3 }),
      Plot.text(rows.filter((row) => row.open), { x: "until", y: "row", text: () => "→ open", textAnchor: "start", dx: 3, fill: "#4a5060" }),
      Plot.ruleX([today], { stroke: "#a3123f", strokeDasharray: "3,3" }),
    ],
  });
  container.append(chart);
}

function shortLabel(statement, entityId) {
  const other = statement.subject.id === entityId ? statement.object : statement.subject;
  const predicate = statement.predicate.toLowerCase().replace(/_/g, " ");
  const arrow = statement.subject.id === entityId ? "" : "← ";
  return `${arrow}${predicate} ${other ? other.name : ""} · ${statement.id.replace(/^statement\//, "")}`;
}

/** The entity in the middle, every entity a statement links it to around it; a click opens that page. */
export function drawGraph(container, { entity, statements }) {
  if (!container) return;
  const nodes = new Map([[entity.id, { data: { id: entity.id, label: entity.name, href: null, centre: 1 } }]]);
  const edges = [];
  for (const statement of statements) {
    if (!statement.object) continue;
    for (const end of [statement.subject, statement.object]) {
      if (!nodes.has(end.id)) nodes.set(end.id, { data: { id: end.id, label: end.name, href: end.href, centre: 0 } });
    }
    edges.push({ data: { id: statement.id, source: statement.subject.id, target: statement.object.id, label: statement.predicate.toLowerCase().replace(/_/g, " "), status: statement.status } });
  }
  if (nodes.size < 2) return;
  container.setAttribute("role", "img");
  container.setAttribute("aria-label", `Graph: ${entity.name} and the ${nodes.size - 1} entities it is linked to (listed below)`);
  const graph = cytoscape({
    container,
    elements: [...nodes.values(), ...edges],
    layout: { name: "concentric", concentric: (node) => node.data("centre"), levelWidth: () => 1, minNodeSpacing: 12 },
    style: graphStyle(),
  });
  graph.on("tap", "node", (event) => {
    const href = event.target.data("href");
    if (href) location.href = href;
  });
}

export function graphStyle() {
  return [
    { selector: "node", style: { label: "data(label)", "font-size": 10, "text-wrap": "wrap", "text-max-width": 110, "background-color": "#a3123f", width: 14, height: 14, color: "#1f2430" } },
    { selector: "node[centre = 1]", style: { "background-color": "#1f2430", width: 22, height: 22, "font-weight": "bold" } },
    { selector: "edge", style: { width: 1.2, "line-color": "#9aa0ac", "target-arrow-color": "#9aa0ac", "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 8, color: "#4a5060" } },
    { selector: "edge[status = 'SUPERSEDED'], edge[status = 'CANCELLED']", style: { "line-style": "dashed" } },
  ];
}

/** A slider over the days the rules changed; moving it shows the table as known that day. */
function knownAtSlider(container, days) {
  if (!container || days.length === 0) return;
  const input = document.getElementById("known-at");
  const steps = [...days, ""];
  // The last change on or before the day shown (the days sort as text: YYYY-MM-DD).
  const current = input.value ? days.filter((day) => day <= input.value).length - 1 : steps.length - 1;
  const label = document.createElement("label");
  label.htmlFor = "known-at-range";
  label.textContent = "Move through the days the rules changed: ";
  const output = document.createElement("output");
  output.htmlFor = "known-at-range";
  const range = document.createElement("input");
  Object.assign(range, { type: "range", id: "known-at-range", min: "0", max: String(steps.length - 1), step: "1", value: String(Math.max(current, 0)) });
  const show = () => (output.textContent = steps[Number(range.value)] || "today");
  show();
  range.addEventListener("input", show);
  range.addEventListener("change", async () => {
    const day = steps[Number(range.value)];
    input.value = day;
    const url = new URL(location.href);
    if (day) url.searchParams.set("knownAt", day);
    else url.searchParams.delete("knownAt");
    const page = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
    document.getElementById("entries").replaceWith(page.getElementById("entries"));
    document.querySelector("main .lead").textContent = page.querySelector("main .lead").textContent;
    history.replaceState(null, "", url);
  });
  container.append(label, range, " ", output);
  container.hidden = false;
}
