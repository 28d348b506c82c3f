/* What the book's two explorers (explorer.js, window-explorer.js) both need to build their controls and
   drawings; each page that has an explorer loads this script first. */
window.bookWidgets = (function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // An address parameter as a whole number, or the fallback.
  function whole(text, fallback) {
    const number = parseInt(text, 10);
    return Number.isNaN(number) ? fallback : number;
  }

  function clamp(value, low, high) {
    return Math.max(low, Math.min(high, value));
  }

  // A group of radio buttons under a legend; onChange(value) when one is chosen.
  function radios(legend, name, options, checked, onChange) {
    const group = element("fieldset", { class: "explorer-choice" });
    group.append(element("legend", {}, legend));
    options.forEach(([value, text]) => {
      const label = element("label");
      const input = element("input", { type: "radio", name: name, value: value });
      input.checked = value === checked;
      input.addEventListener("change", () => onChange(value));
      label.append(input, " " + text);
      group.append(label);
    });
    return group;
  }

  // A function that, once the stepping pauses (browsers limit how often the address may change), writes
  // the view's parameters into the page address, keeping the rest of the query and the anchor.
  function addressKeeper(root, parameters) {
    let pending;
    return function keepInAddress() {
      clearTimeout(pending);
      pending = setTimeout(() => {
        const query = new URLSearchParams(window.location.search);
        Object.entries(parameters()).forEach(([name, value]) => query.set(name, String(value)));
        window.history.replaceState(null, "", `?${query}${window.location.hash || "#" + root.id}`);
      }, 250);
    };
  }

  return { element, svg, whole, clamp, radios, addressKeeper };
})();
