// The window explorer of chapter 6: which rows of the hourly series become a window's inputs and which
// its target, per split or on the whole series. Its data (the chapter's hourly temperatures in tenths
// of a degree, the split fractions, the chapter's setting, the labels) sits in a JSON script inside
// .window-explorer, written by the build (rnnbook/window_explorer.py, which does the same arithmetic
// in Python). The arithmetic below also runs outside a browser (node), so that the tests can hold it
// against keras.utils.timeseries_dataset_from_array.
(function () {
  "use strict";

  const SPLITS = ["train", "val", "test"];

  // --- the arithmetic ------------------------------------------------------------------------------

  // {part: [first row, end row]} as split_and_normalise cuts a series of `length` rows.
  function bounds(length, fractions) {
    const nTrain = Math.floor(length * fractions[0]);
    const nVal = Math.floor(length * fractions[1]);
    return { train: [0, nTrain], val: [nTrain, nTrain + nVal], test: [nTrain + nVal, length] };
  }

  // The windows of one part, as keras.utils.timeseries_dataset_from_array makes them with chapter 6's
  // slicing: data[:-delay] and targets[last + delay:], where last = (sequenceLength - 1) * samplingRate.
  // build "split": one call per part (make_windows); "whole": one call on the whole series, the part
  // chosen with start_index and end_index (none for the test part). Window j reads the rows
  // first + j + k * samplingRate (k < sequenceLength); its target is row first + j + span.
  function windows(length, split, build, sequenceLength, samplingRate, delay, fractions) {
    const [start, end] = bounds(length, fractions)[split];
    const last = (sequenceLength - 1) * samplingRate;
    let available;
    let targetsLength;
    if (build === "split") {
      available = end - start - delay - last;        // Keras: len(data) - last
      targetsLength = end - start - last - delay;
    } else {
      const dataLength = length - delay;
      const stop = split === "test" ? dataLength : end;
      available = stop - start - last;               // Keras: end_index - start_index - last
      targetsLength = length - last - delay;
    }
    const count = Math.max(0, Math.min(available, targetsLength));
    const span = last + delay;
    const leaked = Math.max(0, count - Math.max(0, end - start - span));   // targets at or past `end`
    return { start: start, end: end, count: count, first: start, span: span, leaked: leaked };
  }

  // [input rows, target row] of window j.
  function rows(window, j, sequenceLength, samplingRate) {
    const first = window.first + j;
    const inputs = [];
    for (let k = 0; k < sequenceLength; k += 1) inputs.push(first + k * samplingRate);
    return [inputs, first + window.span];
  }

  const arithmetic = { bounds: bounds, windows: windows, rows: rows };
  if (typeof module === "object" && module.exports) module.exports = arithmetic;
  if (typeof document === "undefined") return;

  // --- the widget ----------------------------------------------------------------------------------

  const STRIP = { width: 640, height: 170, left: 40, right: 10, top: 22, bottom: 24 };
  const YEAR = { width: 640, height: 56, left: 40, right: 10, top: 4, bottom: 16 };
  const SHOWN = 3;          // inputs listed at each end of a long window
  const NUMBER = new Intl.NumberFormat("en-US");

  const { element, svg, whole, clamp, radios, addressKeeper } = window.bookWidgets;   // widgets.js

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (_, key) => (key in values ? values[key] : `{${key}}`));
  }

  function setUp(root, number) {
    const data = JSON.parse(root.querySelector("script[type='application/json']").textContent);
    const text = data.labels;
    const temps = data.temps;
    const length = temps.length;
    const startTime = Date.parse(data.start.replace("Z", ":00Z"));
    const params = new URLSearchParams(window.location.search);
    const SETTINGS = ["sequence_length", "sampling_rate", "delay"];
    const state = {};
    SETTINGS.forEach((name) => {
      const [low, high] = data.limits[name];
      state[name] = clamp(whole(params.get(name), data.chapter[name]), low, high);
    });
    state.split = SPLITS.includes(params.get("split")) ? params.get("split") : "train";
    state.build = params.get("build") === "whole" ? "whole" : "split";
    state.window = Math.max(0, whole(params.get("window"), 0));

    const id = `window-explorer-${number}`;
    root.textContent = "";
    root.setAttribute("role", "group");
    root.setAttribute("aria-labelledby", `${id}-title`);
    root.append(element("p", { class: "explorer-title", id: `${id}-title` }, text.title));

    const settings = element("div", { class: "window-settings" });
    const inputs = {};
    SETTINGS.forEach((name) => {
      const [low, high] = data.limits[name];
      const label = element("label", { for: `${id}-${name}` }, text[name]);
      const input = element("input", { type: "number", id: `${id}-${name}`, min: String(low), max: String(high),
        step: "1", inputmode: "numeric", "data-setting": name });
      input.value = String(state[name]);
      input.addEventListener("change", () => {
        state[name] = clamp(whole(input.value, state[name]), low, high);
        input.value = String(state[name]);
        update();
      });
      inputs[name] = input;
      const field = element("div", { class: "window-setting" });
      field.append(label, input);
      settings.append(field);
    });
    const reset = element("button", { type: "button", class: "md-button" }, text.chapter);
    reset.addEventListener("click", () => {
      SETTINGS.forEach((name) => {
        state[name] = data.chapter[name];
        inputs[name].value = String(state[name]);
      });
      update();
    });
    settings.append(reset);
    root.append(settings);

    const controls = element("div", { class: "explorer-controls" });
    controls.append(radios(text.split, `${id}-split`, SPLITS.map((s) => [s, text[s]]), state.split, (value) => {
      state.split = value;
      state.window = 0;
      update();
    }));
    controls.append(radios(text.build, `${id}-build`, [["split", text.build_split], ["whole", text.build_whole]],
      state.build, (value) => {
        state.build = value;
        update();
      }));
    root.append(controls);

    const stepper = element("div", { class: "explorer-stepper" });
    const sliderLabel = element("label", { for: `${id}-window` }, text.window);
    const slider = element("input", { type: "range", id: `${id}-window`, min: "0", step: "1" });
    const buttons = {};
    ["first", "previous", "next", "last", "leak"].forEach((name) => {
      buttons[name] = element("button", { type: "button", class: "md-button", "data-action": name }, text[name]);
    });
    stepper.append(sliderLabel, slider, buttons.first, buttons.previous, buttons.next, buttons.last, buttons.leak);
    root.append(stepper);

    const status = element("p", { class: "explorer-status", "aria-live": "polite" });
    const counts = element("p", { class: "window-counts" });
    const note = element("p", { class: "window-leak" });
    const year = svg("svg", { viewBox: `0 0 ${YEAR.width} ${YEAR.height}`, class: "window-year", role: "img",
      "aria-label": text.year });
    const strip = svg("svg", { viewBox: `0 0 ${STRIP.width} ${STRIP.height}`, class: "window-strip", role: "img" });
    const table = element("table", { class: "window-rows" });
    root.append(status, counts, note, year, strip, table);

    function time(row) {
      return new Date(startTime + row * 3600 * 1000).toISOString().slice(0, 16).replace("T", " ");
    }

    function celsius(row) {
      return (temps[row] / data.scale).toFixed(1);
    }

    function splitOf(row) {
      const cut = bounds(length, data.fractions);
      return SPLITS.find((s) => row >= cut[s][0] && row < cut[s][1]);
    }

    function current() {
      return windows(length, state.split, state.build, state.sequence_length, state.sampling_rate, state.delay,
        data.fractions);
    }

    // The whole year once: the three parts and the temperature's daily means; the window's place on top.
    function drawYear() {
      const x = (row) => YEAR.left + row * (YEAR.width - YEAR.left - YEAR.right) / length;
      const cut = bounds(length, data.fractions);
      SPLITS.forEach((s) => {
        year.append(svg("rect", { class: `window-part window-part-${s}`, x: x(cut[s][0]), width: x(cut[s][1]) - x(cut[s][0]),
          y: YEAR.top, height: YEAR.height - YEAR.top - YEAR.bottom }));
        year.append(svg("text", { x: (x(cut[s][0]) + x(cut[s][1])) / 2, y: YEAR.height - 3, "text-anchor": "middle" },
          text[s]));
      });
      const low = Math.min(...temps);
      const high = Math.max(...temps);
      const y = (t) => YEAR.top + (high - t) * (YEAR.height - YEAR.top - YEAR.bottom) / (high - low);
      const points = [];
      for (let row = 0; row < length; row += 24) {
        const day = temps.slice(row, row + 24);
        points.push(`${x(row + day.length / 2).toFixed(1)},${y(day.reduce((a, b) => a + b, 0) / day.length).toFixed(1)}`);
      }
      year.append(svg("polyline", { class: "window-line", points: points.join(" ") }));
      year.append(svg("rect", { class: "window-place", y: YEAR.top - 2, height: YEAR.height - YEAR.top - YEAR.bottom + 4,
        x: 0, width: 0 }));
      year.placeX = x;
    }

    // The strip: the hours around the window, its input rows and its target.
    function drawStrip(inputRows, target, leaked) {
      strip.textContent = "";
      const span = target - inputRows[0];
      const pad = Math.max(6, Math.round(span * 0.06));
      const from = Math.max(0, inputRows[0] - pad);
      const to = Math.min(length - 1, target + pad);
      const x = (row) => STRIP.left + (row - from) * (STRIP.width - STRIP.left - STRIP.right) / Math.max(1, to - from);
      const shown = temps.slice(from, to + 1);
      const low = Math.min(...shown) - 10;
      const high = Math.max(...shown) + 10;
      const y = (t) => STRIP.top + (high - t) * (STRIP.height - STRIP.top - STRIP.bottom) / (high - low);
      const cut = bounds(length, data.fractions);
      SPLITS.forEach((s) => {
        const a = Math.max(from, cut[s][0]);
        const b = Math.min(to + 1, cut[s][1]);
        if (a >= b) return;
        strip.append(svg("rect", { class: `window-part window-part-${s}`, x: x(a), width: Math.max(0, x(b) - x(a)),
          y: STRIP.top, height: STRIP.height - STRIP.top - STRIP.bottom }));
        strip.append(svg("text", { x: x(a) + 4, y: STRIP.top - 6 }, text[s]));
        if (cut[s][0] > from) {
          strip.append(svg("line", { class: "window-boundary", x1: x(cut[s][0]), x2: x(cut[s][0]), y1: STRIP.top - 16,
            y2: STRIP.height - STRIP.bottom }));
        }
      });
      const step = Math.max(1, Math.floor((to - from) / 800));      // at most about 800 points on the line
      const line = [];
      for (let row = from; row <= to; row += step) line.push(`${x(row).toFixed(1)},${y(temps[row]).toFixed(1)}`);
      strip.append(svg("polyline", { class: "window-line", points: line.join(" ") }));
      const radius = inputRows.length > 120 ? 1.6 : inputRows.length > 30 ? 2.4 : 3.5;
      inputRows.forEach((row) => strip.append(svg("circle", { class: "window-input", r: radius, cx: x(row), cy: y(temps[row]) })));
      strip.append(svg("line", { class: "window-arrow", x1: x(inputRows[inputRows.length - 1]), x2: x(target),
        y1: STRIP.height - STRIP.bottom + 6, y2: STRIP.height - STRIP.bottom + 6 }));
      strip.append(svg("circle", { class: leaked ? "window-target window-leaked" : "window-target", r: 5.5, cx: x(target),
        cy: y(temps[target]) }));
      strip.append(svg("text", { x: STRIP.left, y: STRIP.height - 2 },
        `${text.row} ${NUMBER.format(from)}–${NUMBER.format(to)} · ${time(from)} – ${time(to)}`));
      [low + 10, high - 10].forEach((t) => {
        strip.append(svg("text", { x: STRIP.left - 6, y: y(t) + 4, "text-anchor": "end" }, `${(t / data.scale).toFixed(0)}°`));
      });
    }

    function tableRow(row, role, kind) {
      const tr = element("tr", { "data-row": String(row), class: kind });
      tr.append(element("td", {}, role), element("td", {}, NUMBER.format(row)), element("td", {}, time(row)),
        element("td", {}, celsius(row)));
      return tr;
    }

    function drawTable(inputRows, target, leaked) {
      table.textContent = "";
      table.append(element("caption", {}, text.rows));
      const head = element("tr");
      [text.role, text.row, text.time, text.temp].forEach((name) => head.append(element("th", { scope: "col" }, name)));
      const body = element("tbody");
      table.append(element("thead"), body);
      table.tHead.append(head);
      const n = inputRows.length;
      inputRows.forEach((row, k) => {
        if (n > 2 * SHOWN + 1 && k === SHOWN) {
          const skip = element("tr", { class: "window-skipped" });
          skip.append(element("td", { colspan: "4" }, fill(text.skipped, { n: NUMBER.format(n - 2 * SHOWN) })));
          body.append(skip);
        }
        if (n <= 2 * SHOWN + 1 || k < SHOWN || k >= n - SHOWN) {
          body.append(tableRow(row, fill(text.input, { k: k + 1, n: n }), "window-input-row"));
        }
      });
      body.append(tableRow(target, text.target, leaked ? "window-target-row window-leaked-row" : "window-target-row"));
    }

    function update(remember = true, fromSlider = false) {
      // From the slider, its own value text speaks; from anything else, the status line does.
      status.setAttribute("aria-live", fromSlider ? "off" : "polite");
      const part = current();
      state.window = clamp(state.window, 0, Math.max(0, part.count - 1));
      const name = text[state.split];
      const [start, end] = [part.start, part.end];
      slider.max = String(Math.max(0, part.count - 1));
      slider.value = String(state.window);
      slider.disabled = part.count === 0;
      let said;
      root.dataset.count = String(part.count);
      root.dataset.leaked = String(part.leaked);
      counts.textContent = fill(text.count, { split: name, start: NUMBER.format(start), end_row: NUMBER.format(end - 1),
        rows: NUMBER.format(end - start), count: NUMBER.format(part.count) }) + " " +
        (part.count === 0 ? "" : part.leaked ? fill(text.leaked, { leaked: NUMBER.format(part.leaked), next: text[SPLITS[SPLITS.indexOf(state.split) + 1]] })
          : text.no_leak);
      const leakFrom = part.count - part.leaked;       // the leaked windows are the part's last ones
      if (part.count === 0) {
        said = fill(text.none, { split: name });
        note.textContent = "";
        strip.textContent = "";
        table.textContent = "";
        delete root.dataset.inputs;
        delete root.dataset.target;
        year.querySelector(".window-place").setAttribute("width", 0);
      } else {
        const [inputRows, target] = rows(part, state.window, state.sequence_length, state.sampling_rate);
        const leaked = target >= end;
        said = fill(text.status, { split: name, j: NUMBER.format(state.window), n: NUMBER.format(state.window + 1),
          count: NUMBER.format(part.count), a: NUMBER.format(inputRows[0]), b: NUMBER.format(inputRows[inputRows.length - 1]),
          t: NUMBER.format(target) }) + ` (${time(target)} UTC, ${celsius(target)} °C)`;
        note.textContent = leaked ? fill(text.leaked_here, { next: text[splitOf(target)] }) : "";
        if (leaked) said += ` ${note.textContent}`;   // the red note is not read out on its own
        root.dataset.inputs = `${inputRows[0]},${inputRows[inputRows.length - 1]},${inputRows.length}`;
        root.dataset.target = String(target);
        drawStrip(inputRows, target, leaked);
        strip.setAttribute("aria-label", `${text.strip}. ${said}`);
        drawTable(inputRows, target, leaked);
        const place = year.querySelector(".window-place");
        place.setAttribute("x", year.placeX(inputRows[0]));
        place.setAttribute("width", Math.max(2, year.placeX(target + 1) - year.placeX(inputRows[0])));
        place.setAttribute("class", leaked ? "window-place window-leaked" : "window-place");
      }
      note.hidden = !note.textContent;
      status.textContent = said;
      slider.setAttribute("aria-valuetext", said);
      const last = Math.max(0, part.count - 1);
      // aria-disabled, not disabled: a button that switches itself off keeps the keyboard focus.
      [["first", state.window > 0], ["previous", state.window > 0], ["next", state.window < last],
        ["last", state.window < last], ["leak", part.leaked > 0]]
        .forEach(([button, on]) => buttons[button].setAttribute("aria-disabled", String(!on)));
      buttons.leak.hidden = state.build !== "whole";
      buttons.leak.dataset.to = String(state.window < leakFrom ? leakFrom : state.window + 1 < part.count ? state.window + 1 : leakFrom);
      if (remember) keepInAddress();
    }

    const keepInAddress = addressKeeper(root, () => ({
      ...Object.fromEntries(SETTINGS.map((name) => [name, state[name]])),
      split: state.split, build: state.build, window: state.window,
    }));

    function go(windowNumber, fromSlider = false) {
      state.window = clamp(windowNumber, 0, Math.max(0, current().count - 1));
      update(true, fromSlider);
    }

    slider.addEventListener("input", () => go(Number(slider.value), true));
    buttons.first.addEventListener("click", () => go(0));
    buttons.previous.addEventListener("click", () => go(state.window - 1));
    buttons.next.addEventListener("click", () => go(state.window + 1));
    buttons.last.addEventListener("click", () => go(Infinity));
    buttons.leak.addEventListener("click", () => {
      if (buttons.leak.getAttribute("aria-disabled") !== "true") go(Number(buttons.leak.dataset.to));
    });
    // Arrow keys, Page Up/Down (a day of windows) and Home/End step from anywhere in the explorer except
    // the number fields and the radio groups, which handle their own keys; on the slider, its own keys
    // act except Page Up/Down, which move a day here as everywhere else in the explorer.
    root.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;   // Alt+Left is "back"
      if (event.target.type === "radio" || event.target.type === "number") return;
      if (event.target === slider && event.key !== "PageUp" && event.key !== "PageDown") return;
      const moves = { ArrowLeft: state.window - 1, ArrowRight: state.window + 1, PageUp: state.window - 24,
        PageDown: state.window + 24, Home: 0, End: Infinity };
      if (event.key in moves) {
        event.preventDefault();
        go(moves[event.key], event.target === slider);
      }
    });
    drawYear();
    update(false);
  }

  function start() {
    document.querySelectorAll(".window-explorer").forEach((root, number) => setUp(root, number));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
