// The article editor's Preview button, without reloading the page. Progressive
// enhancement only: without this file the button posts the form and the admin
// shows it again with the preview (threads/admin.py ArticleAdmin).
(function () {
  "use strict";

  function ready(run) {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", run); } else { run(); }
  }

  ready(function () {
    var shown = document.querySelector("#article-preview[data-focus-on-load]");
    if (shown) { shown.focus(); }

    var button = document.querySelector("button[name=_preview][data-preview-url]");
    var form = button && button.form;
    if (!form || !window.fetch || !window.FormData || !form.requestSubmit) { return; }

    button.addEventListener("click", function (event) {
      event.preventDefault();
      var data = new FormData(form);
      data.append("_preview", "1");
      button.setAttribute("aria-busy", "true");
      fetch(button.getAttribute("data-preview-url"), { method: "POST", body: data, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) { throw new Error("preview " + response.status); }
          return response.text();
        })
        .then(function (markup) {
          var holder = document.createElement("div");
          holder.innerHTML = markup;  // the server's fragment: sanitizer output and escaped text
          var section = holder.querySelector("#article-preview");
          if (!section) { throw new Error("no preview"); }
          var old = document.getElementById("article-preview");
          if (old) { old.replaceWith(section); } else { button.parentNode.insertAdjacentElement("afterend", section); }
          section.focus();
        })
        .catch(function () {
          form.requestSubmit(button);  // the Preview button's own request: the page comes back with the preview
        })
        .finally(function () { button.removeAttribute("aria-busy"); });
    });
  });
})();
