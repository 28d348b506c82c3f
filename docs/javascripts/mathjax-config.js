// MathJax 2 is served by the site itself (assets/mathjax), configured for pymdownx.arithmatex.
window.MathJax = {
  tex2jax: { inlineMath: [["\\(", "\\)"]], displayMath: [["\\[", "\\]"]], processEscapes: true,
             processClass: "arithmatex", ignoreClass: ".*" },
  "HTML-CSS": { availableFonts: ["TeX"], imageFont: null },
  showMathMenu: false,
  messageStyle: "none",
};
document.addEventListener("DOMContentLoaded", () => {
  if (typeof document$ !== "undefined") {
    document$.subscribe(() => { if (window.MathJax && MathJax.Hub) MathJax.Hub.Queue(["Typeset", MathJax.Hub]); });
  }
});
