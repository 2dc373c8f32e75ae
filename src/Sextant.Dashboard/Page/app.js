// Sextant dashboard: loads the views once, then applies every server-sent "state" event (no reload).
// Text from the engine is always set with textContent, never parsed as HTML.
"use strict";

const COLORS = ["#58a6ff", "#3fb950", "#d29922", "#bc8cff", "#f778ba", "#39c5cf"];
const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// Table cells: seven significant digits are plenty to read a quantity (the API has every digit).
const size7 = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 7 });
const fee = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });
const pct = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const $ = (id) => document.getElementById(id);

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 });
// The equity chart plots each series' change since its first point: a 50k and a 150k account stay readable on one axis.
const charts = { equity: null, drawdown: null, names: [], base: [], x: [], eq: [], dd: [] };

async function api(path, options) {
  const response = await fetch(path, { credentials: "same-origin", ...options });
  if (response.status === 401) {
    document.body.textContent = "Token required: open the address printed at start (it ends in ?token=…).";
    throw new Error("unauthorized");
  }
  return response;
}

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function num(value, format = money) { return value === null || value === undefined ? "—" : format.format(value); }
function signed(value) { return value > 0 ? "pos" : value < 0 ? "neg" : ""; }
// Times are UTC (the headers say so): month, day and minute in tables (the full time is the cell's tooltip), seconds for data ages and logs.
function time(iso) { return iso ? iso.slice(5, 16).replace("T", " ") : "—"; }
function full(iso) { return iso ? iso.slice(0, 19).replace("T", " ") + " UTC" : ""; }
function clock(iso) { return iso ? iso.slice(11, 19) : "—"; }
function short(value) { return typeof value === "number" ? String(Number(value.toPrecision(4))) : String(value); }

function fillTable(id, rows, makeRow) {
  const table = $(id);
  const body = table.tBodies[0];
  body.replaceChildren(...rows.map(makeRow));
  table.parentElement.nextElementSibling.hidden = rows.length > 0;
}

function tr(cells) {
  const row = document.createElement("tr");
  for (const cell of cells) {
    if (cell instanceof Node) { const td = document.createElement("td"); td.append(cell); row.append(td); continue; }
    if (Array.isArray(cell) && cell[0] instanceof Node) { const td = el("td", null, cell[1]); td.append(cell[0]); row.append(td); continue; }
    const [text, cls, title] = Array.isArray(cell) ? cell : [cell, ""];
    const td = el("td", text, cls);
    if (title) td.title = title;
    row.append(td);
  }
  return row;
}

function card(label, value, sub, cls) {
  const div = el("div", null, "card");
  div.append(el("div", label, "label"), el("div", value, "value " + (cls || "")));
  if (sub) div.append(el("div", sub, "sub"));
  return div;
}

function renderOverview(o) {
  $("run-name").textContent = o.runName;
  $("mode").textContent = o.mode;
  $("as-of").textContent = o.asOf ? "as of " + full(o.asOf) : "";
  const cards = [];
  if (o.total) {
    const t = o.total;
    cards.push(card("Total equity", num(t.equity), t.asset),
      card("Net PnL", num(t.netPnl), pct.format(t.startingCash ? t.netPnl / t.startingCash : 0), signed(t.netPnl)),
      card("Realized", num(t.realizedPnl), null, signed(t.realizedPnl)),
      card("Unrealized", num(t.unrealizedPnl), null, signed(t.unrealizedPnl)),
      card("Fees", num(t.fees)),
      card("Drawdown", pct.format(t.drawdown), "max " + pct.format(t.maxDrawdown), t.drawdown > 0 ? "neg" : ""));
    for (const b of o.brokers) {
      cards.push(card(b.name, num(b.equity), b.asset + " · PnL " + num(b.netPnl) + " · DD " + pct.format(b.drawdown), ""));
    }
  } else {
    cards.push(card("Engine", o.mode === "standalone" ? "not attached" : "waiting for data", o.mode === "standalone" ? "sextant run with dashboard.enabled: true serves a live run" : null));
  }
  $("overview").replaceChildren(...cards);
}

function render(live) {
  renderOverview(live.overview);
  fillTable("positions", live.positions, (p) => tr([p.broker, p.strategy, p.symbol, [size7.format(p.quantity), "n " + signed(p.quantity)],
    [num(p.averageCost), "n"], [num(p.mark), "n"], [num(p.marketValue), "n"], [num(p.unrealizedPnl), "n " + signed(p.unrealizedPnl)]]));
  fillTable("orders", live.orders, (o) => {
    const button = el("button", "Cancel", "cancel");
    button.dataset.id = o.clientOrderId;
    button.disabled = o.status === "PendingCancel";
    button.addEventListener("click", () => cancel(o.clientOrderId, button));
    const size = size7.format(o.quantity) + (o.filledQuantity > 0 ? " (" + size7.format(o.filledQuantity) + " filled)" : "");
    return tr([o.clientOrderId, o.broker, o.symbol, o.side, [size, "n"], [o.limitPrice === null ? "market" : num(o.limitPrice), "n"], o.status, button]);
  });
  fillTable("fills", live.fills, (f) => tr([[time(f.time), "", full(f.time)], f.clientOrderId, f.broker, f.symbol, [f.side, f.side === "Buy" ? "pos" : "neg"],
    [size7.format(f.quantity), "n"], [num(f.price), "n"], [fee.format(f.fee) + " " + f.feeAsset, "n"]]));
  fillTable("signals", live.signals, (s) => {
    const meta = el("span");
    for (const [key, value] of Object.entries(s.metadata)) {
      if (key !== "reason") meta.append(el("span", key + "=" + short(value), "chip"));
    }
    const size = s.targetQuantity ?? s.targetNotional ?? s.quantity ?? s.notional;
    const action = s.metadata.reason ? (s.action === "Target" ? "" : s.action + " · ") + s.metadata.reason : s.action;
    return tr([[time(s.time), "", full(s.time)], s.strategy, s.symbol, action, [size === null || size === undefined ? "—" : size7.format(size), "n"], [meta, "meta"]]);
  });
  fillTable("strategies", live.strategies, (s) => tr([s.strategy, [s.signals, "n"], [s.orders, "n"], [s.fills, "n"], [s.rejects, "n"],
    [num(s.realizedPnl), "n " + signed(s.realizedPnl)], [num(s.unrealizedPnl), "n " + signed(s.unrealizedPnl)], [num(s.fees), "n"], [num(s.netPnl), "n " + signed(s.netPnl)]]));
  fillTable("brokers", live.brokers, (b) => tr([b.broker, [b.connected ? "connected" : "disconnected", b.connected ? "pos" : "neg"],
    b.lastDataTime ? clock(b.lastDataTime) + " (" + Math.round(b.dataAgeSeconds) + "s ago)" : "—",
    [b.rateLimitUsed === null ? "—" : b.rateLimitUsed + (b.rateLimitLimit ? " / " + b.rateLimitLimit + " (" + pct.format(b.rateLimitUsage) + ")" : ""), "n"],
    [b.reconnects, "n"], [b.killSwitch ? "TRIPPED" : "ok", b.killSwitch ? "neg" : "pos"], [b.note ?? "", "note"]]));
  renderLogs(live.logs);
  applyEquityTail(live.equityTail);
}

function renderLogs(lines) {
  const pre = $("logs");
  const atBottom = pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 4;
  pre.replaceChildren(...lines.map((l) => {
    const props = Object.entries(l.properties).filter(([k]) => k !== "SourceContext").map(([k, v]) => k + "=" + v).join(" ");
    const line = el("div", clock(l.time) + " " + l.level.slice(0, 3).toUpperCase() + " " + l.message, "lvl-" + l.level);
    if (props) line.append(el("span", "  " + props, "props"));
    return line;
  }));
  if (atBottom) pre.scrollTop = pre.scrollHeight;
}

function chartOptions(el, names, percent) {
  return {
    width: Math.max(300, el.clientWidth), height: 240,
    scales: { x: { time: true } },
    axes: [{ stroke: "#7d8896", grid: { stroke: "#263040" } },
      { stroke: "#7d8896", grid: { stroke: "#263040" }, size: 64, values: (u, ticks) => ticks.map((v) => percent ? pct.format(v) : compact.format(v)) }],
    series: [{}, ...names.map((name, i) => ({ label: name, stroke: COLORS[i % COLORS.length], width: name === "total" ? 2 : 1.25,
      value: (u, v) => v === null ? "—" : percent ? pct.format(v) : money.format(v) }))],
  };
}

function buildEquityCharts(view) {
  const total = view.series.find((s) => s.name === "total") ?? view.series[0];
  charts.names = view.series.map((s) => s.name);
  charts.x = total ? [...total.t] : [];
  charts.base = view.series.map((s) => s.equity.length > 0 ? s.equity[0] : 0);
  charts.eq = view.series.map((s, i) => align(s, s.equity.map((v) => v - charts.base[i])));
  charts.dd = view.series.map((s) => align(s, s.drawdown));
  for (const key of ["equity", "drawdown"]) {
    if (charts[key]) charts[key].destroy();
    const target = $(key + "-chart");
    charts[key] = new uPlot(chartOptions(target, charts.names, key === "drawdown"), [charts.x, ...(key === "equity" ? charts.eq : charts.dd)], target);
  }
}

function align(series, values) {
  const byTime = new Map(series.t.map((t, i) => [t, values[i]]));
  return charts.x.map((t) => byTime.has(t) ? byTime.get(t) : null);
}

function applyEquityTail(tail) {
  if (!charts.equity || tail.length === 0) return;
  if (tail.some((p) => !charts.names.includes(p.name))) { reloadEquity(); return; }
  const t = Math.max(...tail.map((p) => p.t));
  const last = charts.x.length - 1;
  const append = last < 0 || t > charts.x[last];
  if (append) { charts.x.push(t); charts.eq.forEach((s) => s.push(null)); charts.dd.forEach((s) => s.push(null)); }
  const at = charts.x.length - 1;
  for (const p of tail) {
    const i = charts.names.indexOf(p.name);
    if (p.t === charts.x[at]) { charts.eq[i][at] = p.equity - charts.base[i]; charts.dd[i][at] = p.drawdown; }
  }
  charts.equity.setData([charts.x, ...charts.eq]);
  charts.drawdown.setData([charts.x, ...charts.dd]);
}

async function reloadEquity() { buildEquityCharts(await (await api("/api/equity")).json()); }

async function cancel(id, button) {
  button.disabled = true;
  const response = await api("/api/orders/" + encodeURIComponent(id) + "/cancel", { method: "POST", headers: { "X-Requested-With": "sextant" } });
  const body = await response.json();
  toast("Cancel " + id + ": " + (body.outcome ?? body.error));
  if (!response.ok) button.disabled = false;
}

function toast(text) {
  const t = $("toast");
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 4000);
}

async function loadReport() {
  const response = await api("/api/report");
  if (!response.ok) return;
  const report = await response.json();
  $("report-panel").hidden = false;
  $("report-name").textContent = report.name;
  const s = report.summary ?? {};
  const stats = [["Total return", s.total_return, pct], ["CAGR", s.cagr, pct], ["Sharpe", s.sharpe], ["Sortino", s.sortino], ["Max drawdown", s.max_drawdown, pct],
    ["Final equity", s.final_equity, money], ["Fills", s.fills], ["Round trips", s.round_trips], ["Win rate", s.win_rate, pct], ["Fees", s.fees, money]];
  $("report-stats").replaceChildren(...stats.filter(([, v]) => v !== undefined).map(([label, v, f]) => {
    const d = el("div", v === null ? "—" : f ? f.format(v) : typeof v === "number" ? Number(v.toPrecision(4)) : v);
    d.prepend(el("span", label));
    return d;
  }));
  const target = $("report-chart");
  if (report.equity.t.length > 0) new uPlot(chartOptions(target, ["equity"], false), [report.equity.t, report.equity.equity], target);
  $("report-files").replaceChildren(...report.files.map((name) => {
    const a = el("a", name);
    a.href = "/api/report/files/" + encodeURIComponent(name);
    a.target = "_blank";
    a.rel = "noopener";
    return a;
  }));
}

function connect() {
  const status = $("connection");
  const source = new EventSource("/api/events");
  source.addEventListener("open", () => { status.textContent = "live"; status.className = "conn on"; });
  source.addEventListener("error", () => { status.textContent = "reconnecting…"; status.className = "conn off"; });
  source.addEventListener("state", (e) => render(JSON.parse(e.data)));
}

async function start() {
  await reloadEquity();
  render(await (await api("/api/live")).json());
  connect();
  loadReport();
  window.addEventListener("resize", () => {
    for (const key of ["equity", "drawdown"]) {
      const target = $(key + "-chart");
      if (charts[key]) charts[key].setSize({ width: Math.max(300, target.clientWidth), height: 240 });
    }
  });
}

start();
