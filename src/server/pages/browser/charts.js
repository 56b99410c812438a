// The charts the pages and GraphiQL's results view share: a timeline of bars (Observable Plot) and
// a node–link graph (cytoscape), in one look. Bundled by esbuild from node_modules.
import * as Plot from "@observablehq/plot";
import cytoscape from "cytoscape";

const STATUSES = ["FACT", "CONFIRMED", "ANNOUNCED", "UNDECIDED", "SUPERSEDED", "CANCELLED", "DISPUTED"];
const STATUS_COLOURS = ["#1d6b35", "#2f7d4a", "#b86e00", "#6b3fa0", "#8a8f9c", "#5c6270", "#a3123f"];

/**
 * Bars from `from` to `until` (Dates), one row each; an open end (`open`) runs to today and says so,
 * a disputed claim (status DISPUTED) is marked. Rows may carry `href` (the bar links there) and `title`.
 */
export function timelineChart(rows, { ariaLabel, width, marginLeft = 280 }) {
  const today = new Date();
  const chart = Plot.plot({
    width: Math.max(600, width || 600),
    height: 50 + rows.length * 22,
    marginLeft,
    marginRight: 70,
    ariaLabel,
    x: { type: "utc", label: null, grid: true },
    y: { label: null, domain: rows.map((row) => row.row), tickFormat: (label) => truncate(label, 44) },
    color: { legend: true, domain: STATUSES, range: STATUS_COLOURS },
    marks: [
      Plot.barX(rows, { x1: "from", x2: "until", y: "row", fill: "status", href: "href", title: "title", insetTop: 3, insetBottom: 3 }),
      Plot.text(rows.filter((row) => row.open), { x: "until", y: "row", text: () => "→ open", textAnchor: "start", dx: 3, fill: "#4a5060" }),
      Plot.text(rows.filter((row) => row.status === "DISPUTED"), { x: "from", y: "row", text: () => "⚠ disputed", textAnchor: "end", dx: -3, fill: "#a3123f" }),
      Plot.ruleX([today], { stroke: "#a3123f", strokeDasharray: "3,3" }),
    ],
  });
  // Plot labels its mark groups with aria-label; a group role makes that label valid ARIA.
  chart.querySelectorAll("g[aria-label]:not([role])").forEach((group) => group.setAttribute("role", "group"));
  return chart;
}

export function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** "2019-05-01 – no end known (fact)" */
export function barTitle(label, from, until, open, status) {
  const day = (date) => date.toISOString().slice(0, 10);
  return `${label}\n${day(from)} – ${open ? "no end known" : day(until)} (${status.toLowerCase()})`;
}

/** A graph in `container` of `nodes` ({data: {id, label, href?, centre?}}) and `edges` ({data: {id, source, target, label, status}}). */
export function graphChart(container, nodes, edges, layout) {
  const graph = cytoscape({ container, elements: [...nodes, ...edges], layout, style: GRAPH_STYLE });
  graph.on("tap", "node", (event) => {
    const href = event.target.data("href");
    if (href) location.href = href;
  });
  return graph;
}

const GRAPH_STYLE = [
  { selector: "node", style: { label: "data(label)", "font-size": 10, "text-wrap": "wrap", "text-max-width": 110, "background-color": "#a3123f", width: 14, height: 14, color: "#1f2430" } },
  { selector: "node[centre = 1]", style: { "background-color": "#1f2430", width: 22, height: 22, "font-weight": "bold" } },
  { selector: "edge", style: { width: 1.2, "line-color": "#9aa0ac", "target-arrow-color": "#9aa0ac", "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 8, color: "#4a5060" } },
  { selector: "edge[status = 'SUPERSEDED'], edge[status = 'CANCELLED']", style: { "line-style": "dashed" } },
  { selector: "edge[status = 'DISPUTED']", style: { "line-color": "#a3123f", "line-style": "dotted" } },
];
