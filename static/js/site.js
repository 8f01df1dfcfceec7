// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Move focus to the error summary so screen readers announce the problems.
  var summary = document.querySelector("[data-focus-on-load]");
  if (summary) { summary.focus(); }

  // "N characters left" under long text boxes.
  document.querySelectorAll("textarea[data-maxlength]").forEach(function (box) {
    var limit = parseInt(box.getAttribute("data-maxlength"), 10);
    var counter = document.createElement("p");
    counter.className = "char-count";
    counter.id = box.id + "-count";
    counter.setAttribute("aria-live", "polite");
    box.insertAdjacentElement("afterend", counter);
    var describedBy = box.getAttribute("aria-describedby");
    box.setAttribute("aria-describedby", (describedBy ? describedBy + " " : "") + counter.id);
    function update() {
      var left = limit - box.value.length;
      counter.textContent = left >= 0
        ? "You have " + left.toLocaleString() + " character" + (left === 1 ? "" : "s") + " left"
        : "You have " + (-left).toLocaleString() + " character" + (left === -1 ? "" : "s") + " too many";
      counter.classList.toggle("char-count-over", left < 0);
    }
    var timer;
    box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 250); });
    update();
  });
})();
