/* Keyboard shortcuts for the moderators' review screen (progressive
   enhancement: every key presses a real button or follows a real link).
   a approve · n approve with notice · r reject · e escalate · s skip ·
   j next · k previous. Keys are ignored while typing in a field; in the
   saved-reason list, Enter rejects with the chosen reason. */
(function () {
  "use strict";
  var form = document.getElementById("decide-form");
  var keyed = {};
  Array.prototype.forEach.call(document.querySelectorAll("#review [data-key]"), function (el) {
    keyed[el.getAttribute("data-key")] = el;
  });
  var select = document.getElementById("id_reason_template");
  var note = document.getElementById("id_reason_note");
  var busy = false;

  function press(el) {
    if (busy || !el) return;
    busy = true;
    if (el.tagName === "A") {
      window.location.assign(el.href);
    } else if (form.requestSubmit) {
      form.requestSubmit(el);
    } else {
      el.click();
    }
  }

  function reject() {
    if ((select && select.value) || (note && note.value.trim())) {
      press(keyed.r);
    } else if (select) {
      select.focus();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    var tag = target && target.tagName;
    if (form && target === select && event.key === "Enter") {
      event.preventDefault();
      reject();
      return;
    }
    if (tag === "TEXTAREA" || tag === "INPUT" || tag === "SELECT" || (target && target.isContentEditable)) {
      if (event.key === "Escape") target.blur();
      return;
    }
    var el = keyed[event.key];
    if (!el) return;
    event.preventDefault();
    if (event.key === "r") {
      reject();
    } else {
      press(el);
    }
  });
  var problem = document.getElementById("review-problem");
  if (problem && select && form && form.querySelector(".reject.chosen")) select.focus();
})();
