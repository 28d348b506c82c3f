// The timestep explorer: step through a review and watch a trained recurrent network read it.
// Its data (per timestep: the word, the states or gates, the running probability) sits in a JSON
// script inside each .timestep-explorer, written by the build (rnnbook/explorer.py).
(function () {
  "use strict";

  // What each model shows, top to bottom: gates (0 to 1), then candidate and states (-1 to 1).
  const ROWS = { SimpleRNN: ["h"], LSTM: ["i", "f", "o", "g", "c", "h"], GRU: ["z", "r", "g", "h"] };
  const CHART = { width: 640, height: 140, left: 44, right: 10, top: 10, bottom: 24 };
  const { element, svg, whole, clamp, radios, addressKeeper } = window.bookWidgets;   // widgets.js

  const GATES = new Set(["i", "f", "o", "z", "r"]);

  // Gates (0 to 1): one green, paler towards 0. Candidates and states: red above zero, blue below,
  // paler towards zero. Light enough for black text at any value.
  function colour(value, row) {
    if (GATES.has(row)) return `hsl(150, 60%, ${97 - 40 * Math.max(0, Math.min(1, value))}%)`;
    const v = Math.max(-1, Math.min(1, value));
    return `hsl(${v < 0 ? 215 : 10}, 80%, ${97 - 37 * Math.abs(v)}%)`;
  }

  function setUp(root, number) {
    const data = JSON.parse(root.querySelector("script[type='application/json']").textContent);
    const text = data.labels;
    const scale = data.scale;
    const models = Object.keys(data.reviews[0].models);
    const params = new URLSearchParams(window.location.search);
    const state = {
      review: clamp(whole(params.get("review"), 1), 1, data.reviews.length) - 1,
      model: models.includes(params.get("model")) ? params.get("model") : models[0],
      step: 0,
    };
    state.step = clamp(whole(params.get("step"), 1), 1, data.reviews[state.review].words.length) - 1;

    const id = `explorer-${number}`;
    root.textContent = "";
    root.setAttribute("role", "group");
    root.setAttribute("aria-labelledby", `${id}-title`);
    root.append(element("p", { class: "explorer-title", id: `${id}-title` }, text.title));

    const controls = element("div", { class: "explorer-controls" });
    const reviewNames = data.reviews.map((review, index) => [String(index),
      `${text.review} ${index + 1} (${text.index.replace("{index}", review.index)}, ` +
      `${text.label}: ${review.label ? text.positive : text.negative})`]);
    controls.append(radios(text.review, `${id}-review`, reviewNames, String(state.review), (value) => {
      state.review = Number(value);
      state.step = clamp(state.step, 0, current().words.length - 1);
      build();
      show();
    }));
    if (models.length > 1) {
      controls.append(radios(text.model, `${id}-model`, models.map((m) => [m, m]), state.model, (value) => {
        state.model = value;
        build();
        show();
      }));
    }
    root.append(controls);

    const stepper = element("div", { class: "explorer-stepper" });
    const sliderLabel = element("label", { for: `${id}-step` }, text.step);
    const slider = element("input", { type: "range", id: `${id}-step`, min: "1", step: "1" });
    const buttons = {};
    ["first", "previous", "next", "last"].forEach((name) => {
      buttons[name] = element("button", { type: "button", class: "md-button" }, text[name]);
    });
    stepper.append(sliderLabel, slider, buttons.first, buttons.previous, buttons.next, buttons.last);
    root.append(stepper);

    const status = element("p", { class: "explorer-status", "aria-live": "polite" });
    const verdict = element("p", { class: "explorer-verdict" });
    const words = element("p", { class: "explorer-words", tabindex: "0", role: "region", "aria-label": text.words });
    const table = element("table", { class: "explorer-values" });
    const chart = svg("svg", { viewBox: `0 0 ${CHART.width} ${CHART.height}`, class: "explorer-chart", role: "img" });
    root.append(status, verdict, words, table, chart);

    function current() {
      return data.reviews[state.review];
    }

    function trace() {
      return current().models[state.model];
    }

    function x(step, length) {
      return CHART.left + step * (CHART.width - CHART.left - CHART.right) / Math.max(1, length - 1);
    }

    function y(probability) {
      return CHART.top + (1 - probability) * (CHART.height - CHART.top - CHART.bottom);
    }

    // The parts that change with the review or the model.
    function build() {
      const review = current();
      const length = review.words.length;
      slider.max = String(length);
      words.textContent = "";
      review.words.forEach((word, index) => {
        words.append(element("span", { "data-step": String(index) }, word), " ");
      });
      table.textContent = "";
      const caption = element("caption", {}, text.values);
      const head = element("tr");
      head.append(element("td"));
      const units = trace().h[0].length;
      for (let unit = 1; unit <= units; unit += 1) head.append(element("th", { scope: "col" }, `${text.unit} ${unit}`));
      table.append(caption, element("thead"), element("tbody"));
      table.tHead.append(head);
      ROWS[state.model].forEach((name) => {
        const row = element("tr", { "data-row": name });
        row.append(element("th", { scope: "row" }, text[`${name}_${state.model}`] || text[name]));
        for (let unit = 0; unit < units; unit += 1) row.append(element("td"));
        table.tBodies[0].append(row);
      });
      chart.textContent = "";
      [0, 0.5, 1].forEach((level) => {
        chart.append(svg("line", { x1: CHART.left, x2: CHART.width - CHART.right, y1: y(level), y2: y(level),
          class: level === 0.5 ? "explorer-half" : "explorer-grid" }));
        const label = svg("text", { x: CHART.left - 6, y: y(level) + 4, "text-anchor": "end" });
        label.textContent = String(level);
        chart.append(label);
      });
      const axis = svg("text", { x: CHART.left, y: CHART.height - 4 });
      axis.textContent = `${text.prob} · ${text.step} 1–${length}`;
      chart.append(axis, svg("polyline", { class: "explorer-line", points: "" }),
        svg("circle", { class: "explorer-point", r: 4, cx: 0, cy: 0 }));
      show(false);
    }

    // The parts that change with the step; `remember` keeps the view in the address.
    function show(remember = true) {
      const review = current();
      const values = trace();
      const length = review.words.length;
      const step = state.step;
      const probability = values.prob[step] / scale;
      slider.value = String(step + 1);
      const said = `${text.step} ${step + 1}/${length}: ${review.words[step]}, ${text.prob} ${probability.toFixed(2)}`;
      slider.setAttribute("aria-valuetext", said);
      // aria-disabled, not disabled: a button that switches itself off keeps the keyboard focus.
      [["first", step > 0], ["previous", step > 0], ["next", step < length - 1], ["last", step < length - 1]]
        .forEach(([name, on]) => buttons[name].setAttribute("aria-disabled", String(!on)));
      status.textContent = said;
      const final = values.prob[length - 1] / scale;
      verdict.textContent = `${text.label}: ${review.label ? text.positive : text.negative}, ` +
        `${text.final} ${final.toFixed(2)}, ${values.right ? text.right : text.wrong}`;
      words.querySelectorAll("span").forEach((span) => {
        const index = Number(span.dataset.step);
        span.className = index < step ? "read" : index === step ? "current" : "ahead";
        span.toggleAttribute("aria-current", index === step);
      });
      const mark = words.querySelector("span.current");
      words.scrollTop = Math.max(0, mark.offsetTop - words.clientHeight / 2);   // the words box is positioned
      table.querySelectorAll("tbody tr").forEach((row) => {
        const series = values[row.dataset.row][step];
        row.querySelectorAll("td").forEach((cell, unit) => {
          const value = series[unit] / scale;
          cell.textContent = value.toFixed(2);
          cell.style.backgroundColor = colour(value, row.dataset.row);
        });
      });
      const points = values.prob.slice(0, step + 1).map((p, i) => `${x(i, length)},${y(p / scale)}`).join(" ");
      chart.querySelector("polyline").setAttribute("points", points);
      const point = chart.querySelector("circle");
      point.setAttribute("cx", x(step, length));
      point.setAttribute("cy", y(probability));
      chart.setAttribute("aria-label", `${text.chart}: ${text.step} ${step + 1}, ${probability.toFixed(2)}`);
      if (remember) keepInAddress();
    }

    const keepInAddress = addressKeeper(root, () => ({
      review: state.review + 1, step: state.step + 1, ...(models.length > 1 ? { model: state.model } : {}),
    }));

    // From the slider, its own value text speaks; from buttons and keys, the status line does.
    function go(step, fromSlider = false) {
      status.setAttribute("aria-live", fromSlider ? "off" : "polite");
      state.step = clamp(step, 0, current().words.length - 1);
      show();
    }

    slider.addEventListener("input", () => go(Number(slider.value) - 1, true));
    buttons.first.addEventListener("click", () => go(0));
    buttons.previous.addEventListener("click", () => go(state.step - 1));
    buttons.next.addEventListener("click", () => go(state.step + 1));
    buttons.last.addEventListener("click", () => go(Infinity));
    // Arrow keys and Home/End step from anywhere in the explorer except the radio groups, where
    // arrows choose; the slider handles its own keys.
    root.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;   // Alt+Left is "back"
      if (event.target === slider || event.target.type === "radio") return;
      const moves = { ArrowLeft: state.step - 1, ArrowRight: state.step + 1, Home: 0, End: Infinity };
      if (event.key in moves) {
        event.preventDefault();
        go(moves[event.key]);
      }
    });
    build();
  }

  function start() {
    document.querySelectorAll(".timestep-explorer").forEach((root, number) => setUp(root, number));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
