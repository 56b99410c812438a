// What JavaScript adds to the pages, which read fine without it: the entity's timeline chart
// (Observable Plot), the graph of its neighbours (cytoscape), and a slider that moves knownAt
// through the days Le Mans' automatic entries changed. Bundled by esbuild from node_modules.
import { barTitle, graphChart, timelineChart } from "./charts";

const dataElement = document.getElementById("chart-data");
const data = dataElement ? JSON.parse(dataElement.textContent) : null;

if (data && data.statements) {
  drawTimeline(document.getElementById("timeline-chart"), data);
  drawGraph(document.getElementById("graph-chart"), data);
}
if (data && data.days) knownAtSlider(document.getElementById("known-at-slider"), data.days);

/** Bars from start to end for every statement with a valid time; open ends run to today with an arrow. */
function drawTimeline(container, { entity, statements }) {
  if (!container) return;
  const today = new Date();
  const rows = statements
    .filter((statement) => statement.start)
    .map((statement) => {
      const from = new Date(statement.start);
      const until = statement.end ? new Date(statement.end) : today;
      const open = !statement.end;
      return { row: shortLabel(statement, entity.id), from, until, open, status: statement.status, href: statement.href, title: barTitle(statement.label, from, until, open, statement.status) };
    })
    .sort((a, b) => a.from - b.from);
  if (rows.length === 0) return;
  const ariaLabel = `Timeline of ${rows.length} dated statements about ${entity.name}`;
  container.append(timelineChart(rows, { ariaLabel, width: container.clientWidth, marginLeft: 260 }));
}

function shortLabel(statement, entityId) {
  const other = statement.subject.id === entityId ? statement.object : statement.subject;
  const predicate = statement.predicate.toLowerCase().replace(/_/g, " ");
  const arrow = statement.subject.id === entityId ? "" : "← ";
  return `${arrow}${predicate} ${other ? other.name : ""} · ${statement.id.replace(/^statement\//, "")}`;
}

/** The entity in the middle, every entity a statement links it to around it; a click opens that page. */
function drawGraph(container, { entity, statements }) {
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
  graphChart(container, [...nodes.values()], edges, { name: "concentric", concentric: (node) => node.data("centre"), levelWidth: () => 1, minNodeSpacing: 12 });
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
