/* Self-check questions (rnnbook/self_check.py): a chosen answer's explanation goes into the question's live
   region, which screen readers announce; the folded list of all answers is for readers without JavaScript. */
(function () {
  function setUp(question) {
    var feedback = question.querySelector(".self-check-feedback");
    var answers = question.querySelector(".self-check-answers");
    var buttons = question.querySelectorAll(".self-check-choice");
    answers.hidden = true;
    Array.prototype.forEach.call(buttons, function (button) {
      button.disabled = false;   // built disabled: without this script a button could do nothing
      button.addEventListener("click", function () {
        var choice = button.getAttribute("data-choice");
        var why = answers.querySelector('li[data-choice="' + choice + '"]');
        var right = why.getAttribute("data-right") === "true";
        Array.prototype.forEach.call(buttons, function (other) {
          other.setAttribute("aria-pressed", other === button ? "true" : "false");
          other.classList.remove("is-right", "is-wrong");
        });
        button.classList.add(right ? "is-right" : "is-wrong");
        feedback.className = "self-check-feedback " + (right ? "is-right" : "is-wrong");
        feedback.innerHTML = why.innerHTML;
      });
    });
  }
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".self-check-question"), setUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
