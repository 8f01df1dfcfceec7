// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Move focus to the error summary, or to what just happened to a comment
  // (beside it, in the thread), so screen readers announce it.
  // Going to a #fragment moves focus to it (or resets it) after this runs:
  // focus again then, unless the reader has already moved on.
  var summary = document.querySelector("[data-focus-on-load]");
  if (summary) {
    summary.focus();
    window.addEventListener("load", function () {
      setTimeout(function () {
        var active = document.activeElement;
        if (!active || active === document.body || active === document.documentElement) { summary.focus(); }
      }, 0);
    });
  }

  // A comment's link (#comment-12) may point inside folded replies: open them.
  function openTarget(event) {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var el = target && target.parentElement; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") { el.open = true; }
    }
    if (target && (event || !summary)) { target.scrollIntoView(); }
  }
  if (window.location.hash) { openTarget(null); }
  window.addEventListener("hashchange", openTarget);

  // Times in the thread are rendered absolute (the page is cached for everyone):
  // show them as "3 hours ago", with the full date as the title.
  if (window.Intl && Intl.RelativeTimeFormat) {
    var relative = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });
    var full = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short" });
    var steps = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400], ["hour", 3600], ["minute", 60]];
    var now = Date.now();
    document.querySelectorAll(".comment-list time[datetime]").forEach(function (time) {
      var when = new Date(time.getAttribute("datetime"));
      if (isNaN(when)) { return; }
      var seconds = Math.round((when.getTime() - now) / 1000);
      if (seconds > 60) { return; }  // a clock behind the server's: keep the date
      var text = "just now";
      for (var i = 0; i < steps.length; i++) {
        if (Math.abs(seconds) >= steps[i][1]) {
          text = relative.format(Math.trunc(seconds / steps[i][1]), steps[i][0]);
          break;
        }
      }
      time.title = full.format(when);
      time.textContent = text;
    });
  }

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
