// The admin's autocomplete (select2) types into a search box of its own that
// has no label: give it the field's label, so screen readers name it (WCAG
// 1.3.1, 4.1.2). A MutationObserver labels each box in the same task that
// draws it (select2 starts, and may draw its box again, at any time).
(function () {
  "use strict";

  function label() {
    document.querySelectorAll(".select2-search__field:not([aria-labelledby])").forEach(function (box) {
      var container = box.closest(".select2");
      var select = container && container.previousElementSibling;
      var fieldLabel = select && select.id && document.querySelector('label[for="' + select.id + '"]');
      if (!fieldLabel) { return; }
      if (!fieldLabel.id) { fieldLabel.id = select.id + "-label"; }
      box.setAttribute("aria-labelledby", fieldLabel.id);
    });
  }

  if (window.MutationObserver) {
    new MutationObserver(label).observe(document.documentElement, { childList: true, subtree: true });
  }
  document.addEventListener("DOMContentLoaded", label);
})();
