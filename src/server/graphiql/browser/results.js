// The answer GraphiQL just got, shown for people who don't read JSON: any list in it as a table
// (with a CSV download), as a timeline when its items have valid times, and as a node–link graph
// when the answer links entities (statements, relationships, paths). Bundled by esbuild from
// node_modules; start-graphiql.js hands it every answer through GraphiQL's fetcher.
import { barTitle, graphChart, timelineChart, truncate } from "../../pages/browser/charts";
import { stringify } from "csv-stringify/browser/esm/sync";

const VIEWS = ["Table", "Timeline", "Graph"];
let panel;
let state = { lists: [], list: null, view: "Table", answer: null };

export function mount(container) {
  panel = container;
  panel.innerHTML = "";
  const header = element("div", { className: "results-header" });
  header.append(element("h2", { id: "results-title", textContent: "The answer as a table, timeline or graph" }));
  const tabs = element("div", { className: "results-tabs", role: "tablist", ariaLabel: "Show the answer as" });
  for (const view of VIEWS) {
    const tab = element("button", { type: "button", role: "tab", id: `results-tab-${view.toLowerCase()}`, textContent: view });
    tab.setAttribute("aria-controls", "results-body");
    tab.addEventListener("click", () => {
      state.view = view;
      render();
    });
    tabs.append(tab);
  }
  const listLabel = element("label", { htmlFor: "results-list", textContent: "List: " });
  const listSelect = element("select", { id: "results-list" });
  listSelect.addEventListener("change", () => {
    state.list = state.lists[Number(listSelect.value)];
    render();
  });
  const download = element("button", { type: "button", id: "results-csv", textContent: "Download CSV" });
  download.addEventListener("click", downloadCsv);
  header.append(tabs, element("span", { className: "results-list-picker" }, [listLabel, listSelect]), download);
  const body = element("div", { id: "results-body", role: "tabpanel", tabIndex: 0 });
  body.setAttribute("aria-labelledby", "results-title");
  body.append(element("p", { className: "results-empty", textContent: "Run a query (▶) to see its answer here." }));
  panel.append(header, body);
}

/** Called with every answer GraphiQL receives (introspection excluded). */
export function show(answer) {
  if (!panel) return;
  state.answer = answer;
  state.lists = findLists(answer && answer.data);
  // The longest list is most likely the one asked for.
  state.list = state.lists.slice().sort((a, b) => b.items.length - a.items.length)[0] || null;
  const select = panel.querySelector("#results-list");
  select.innerHTML = "";
  state.lists.forEach((list, index) => {
    select.append(element("option", { value: String(index), textContent: `${list.path} (${list.items.length})`, selected: list === state.list }));
  });
  render();
}

function render() {
  const body = panel.querySelector("#results-body");
  body.innerHTML = "";
  for (const view of VIEWS) {
    const tab = panel.querySelector(`#results-tab-${view.toLowerCase()}`);
    tab.setAttribute("aria-selected", String(view === state.view));
  }
  panel.querySelector("#results-csv").disabled = !state.list;
  const errors = state.answer && state.answer.errors;
  if (errors && errors.length) body.append(element("p", { className: "results-error", textContent: errors.map((error) => error.message).join(" ") }));
  if (state.view === "Graph") return renderGraph(body);
  if (!state.list) {
    body.append(element("p", { className: "results-empty", textContent: "This answer has no list." }));
    return;
  }
  if (state.view === "Table") renderTable(body, state.list);
  else renderTimeline(body, state.list);
}

/** Every array of objects in the answer, with the path that leads to it ("entity.organisers.nodes"). */
export function findLists(value, path = "", found = []) {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((item) => item && typeof item === "object" && !Array.isArray(item))) found.push({ path: path || "(answer)", items: value });
    value.forEach((item) => item && typeof item === "object" && findListsIn(item, path, found));
  } else if (value && typeof value === "object") {
    findListsIn(value, path, found);
  }
  return found;
}

function findListsIn(object, path, found) {
  for (const [key, child] of Object.entries(object)) {
    if (child && typeof child === "object") findLists(child, path ? `${path}.${key}` : key, found);
  }
}

/** An item as flat columns: nested objects by dotted path, lists joined with "; ". */
export function flatten(item, prefix = "", row = {}) {
  for (const [key, value] of Object.entries(item)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) row[name] = "";
    else if (Array.isArray(value)) row[name] = value.map(describe).join("; ");
    else if (typeof value === "object") flatten(value, name, row);
    else row[name] = String(value);
  }
  return row;
}

function describe(value) {
  if (value === null || typeof value !== "object") return String(value);
  return value.name || value.text || value.quote || (value.entity && value.entity.name) || value.id || JSON.stringify(value);
}

export function tableOf(list) {
  const rows = list.items.map((item) => flatten(item));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { columns, rows };
}

function renderTable(body, list) {
  const { columns, rows } = tableOf(list);
  const table = element("table", { className: "results-table" });
  table.append(element("caption", { textContent: `${list.path}: ${rows.length} rows` }));
  const head = element("tr");
  columns.forEach((column) => head.append(element("th", { scope: "col", textContent: column })));
  table.append(element("thead", {}, [head]));
  const tbody = element("tbody");
  for (const row of rows) {
    const tr = element("tr");
    columns.forEach((column) => tr.append(element("td", { textContent: row[column] ?? "" })));
    tbody.append(tr);
  }
  table.append(tbody);
  body.append(element("div", { className: "results-scroll" }, [table]));
}

function downloadCsv() {
  if (!state.list) return;
  const { columns, rows } = tableOf(state.list);
  const csv = stringify(rows, { header: true, columns });
  const link = element("a", { href: URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" })), download: `${state.list.path.replace(/[^\w.-]+/g, "_")}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
}

/** "2022" → [2022-01-01, 2022-12-31]; a PartialDate ({firstDay, lastDay, text}) or a Date string. */
function dayRange(value) {
  if (!value) return null;
  if (typeof value === "object") {
    if (value.firstDay) return [value.firstDay, value.lastDay || value.firstDay];
    return dayRange(value.text);
  }
  const text = String(value);
  if (/^\d{4}$/.test(text)) return [`${text}-01-01`, `${text}-12-31`];
  if (/^\d{4}-\d{2}$/.test(text)) {
    const [year, month] = text.split("-").map(Number);
    return [`${text}-01`, new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)];
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return [text.slice(0, 10), text.slice(0, 10)];
  return null;
}

/** An item's valid time, read from wherever it is: the item, its statement, or its timeline date. */
export function timeOf(item) {
  const holder = item.validFrom !== undefined || item.validUntil !== undefined ? item : item.statement && (item.statement.validFrom || item.statement.validUntil) ? item.statement : item;
  const start = dayRange(holder.validFrom) || dayRange(item.date) || dayRange(item.statedOn);
  if (!start) return null;
  const end = dayRange(holder.validUntil);
  return { start: new Date(start[0]), end: end ? new Date(end[1]) : null };
}

function disputed(item) {
  const statement = item.statement || item;
  return item.disputed === true || statement.disputed === true || item.status === "DISPUTED" || statement.status === "DISPUTED" || (Array.isArray(statement.disputedBy) && statement.disputedBy.length > 0);
}

function labelOf(item) {
  const statement = item.statement || item;
  if (item.entity && item.entity.name) return [item.predicate, item.role, item.entity.name].filter(Boolean).join(" · ");
  if (statement.subject && statement.predicate) {
    const object = statement.object ? statement.object.name : statement.value || "";
    return `${statement.subject.name} ${statement.predicate.toLowerCase().replace(/_/g, " ")} ${object}`.trim();
  }
  return item.name || item.summary || item.id || JSON.stringify(item).slice(0, 60);
}

function renderTimeline(body, list) {
  const today = new Date();
  const rows = list.items
    .map((item, index) => ({ item, index, time: timeOf(item) }))
    .filter((row) => row.time)
    .map(({ item, index, time }) => ({
      row: truncate(`${index + 1}. ${labelOf(item)}`, 48),
      from: time.start,
      until: time.end || today,
      open: !time.end,
      status: disputed(item) ? "DISPUTED" : item.status || (item.statement && item.statement.status) || "FACT",
    }));
  if (rows.length === 0) {
    body.append(element("p", { className: "results-empty", textContent: `The items of ${list.path} have no valid time (validFrom, validUntil or date): pick another list, or ask for validFrom { text } and validUntil { text }.` }));
    return;
  }
  for (const row of rows) row.title = barTitle(row.row, row.from, row.until, row.open, row.status);
  const chart = timelineChart(rows, { ariaLabel: `Timeline of ${rows.length} items of ${list.path}`, width: body.clientWidth - 20, marginLeft: 300 });
  chart.classList.add("results-timeline");
  body.append(element("div", { className: "results-scroll" }, [chart]));
}

/** Entities and the links between them, from anything in the answer that links two entities. */
export function graphOf(answer) {
  const nodes = new Map();
  const edges = new Map();
  const addNode = (entity) => entity && entity.id && !nodes.has(entity.id) && nodes.set(entity.id, { data: { id: entity.id, label: entity.name || entity.id } });
  const addEdge = (id, from, to, label, status) => {
    if (!from || !to || !from.id || !to.id) return;
    addNode(from);
    addNode(to);
    const key = id || `${from.id}|${label}|${to.id}`;
    if (!edges.has(key)) edges.set(key, { data: { id: `edge:${key}`, source: from.id, target: to.id, label: (label || "").toLowerCase().replace(/_/g, " "), status: status || "" } });
  };
  // `field` is the field the value sits in ("organisers" for entity.organisers.nodes), naming a
  // link that carries no predicate of its own.
  const visit = (value, parentEntity, field) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, parentEntity, field));
    if (!value || typeof value !== "object") return;
    if (value.subject && value.object) addEdge(value.id, value.subject, value.object, value.predicate, value.status);
    else if (value.from && value.to && value.predicate) addEdge(value.statement && value.statement.id, value.from, value.to, value.predicate, value.statement && value.statement.status);
    else if (value.entity && value.entity.id && parentEntity && parentEntity.id !== value.entity.id) {
      const outgoing = value.direction !== "INCOMING";
      const label = value.predicate || value.role || field;
      addEdge(value.statement && value.statement.id, outgoing ? parentEntity : value.entity, outgoing ? value.entity : parentEntity, label, value.status);
    }
    const isEntity = value.id && value.name && !value.predicate;
    for (const [key, child] of Object.entries(value)) {
      const childField = key === "nodes" || key === "edges" || key === "node" ? field : key;
      visit(child, isEntity ? value : parentEntity, childField);
    }
  };
  visit(answer);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function renderGraph(body) {
  const { nodes, edges } = graphOf(state.answer && state.answer.data);
  if (edges.length === 0) {
    body.append(element("p", { className: "results-empty", textContent: "This answer links no entities. A graph needs statements (subject and object with id and name), relationships or paths." }));
    return;
  }
  const container = element("div", { className: "results-graph", role: "img", ariaLabel: `Graph of ${nodes.length} entities and ${edges.length} links` });
  body.append(container);
  body.append(element("p", { className: "results-note", textContent: `${nodes.length} entities, ${edges.length} links. Drag to move; scroll to zoom.` }));
  graphChart(container, nodes, edges, { name: "cose", animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 });
}

function element(tag, properties = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (key === "ariaLabel") node.setAttribute("aria-label", value);
    else if (key === "role") node.setAttribute("role", value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

globalThis.EnduranceResults = { mount, show };
