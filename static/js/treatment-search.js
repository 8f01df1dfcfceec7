// Search-as-you-type for treatment names. Progressive enhancement only:
// without this file the text box still works (the server resolves brands and
// misspellings, and offers radio buttons when the name is ambiguous).
// ARIA combobox with a listbox: arrow keys move, Enter chooses, Escape closes.
(function () {
  "use strict";
  var counter = 0;

  function enhance(input) {
    var url = input.getAttribute("data-suggest-url");
    if (!url || !window.fetch) { return; }
    var mode = input.getAttribute("data-treatment-suggest");  // "on" (fill the form) or "links" (go to the page)
    var form = input.form;
    var slugField = form ? form.querySelector("[data-treatment-slug]") : null;
    var id = "treatment-suggestions-" + (++counter);
    var list = document.createElement("ul");
    list.id = id;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Matching treatments");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);

    var results = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (option, i) { option.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      var item = results[index];
      if (!item) { return; }
      if (mode === "links") { window.location.href = item.url; return; }
      input.value = item.name;
      if (slugField) { slugField.value = item.slug; }
      status.textContent = item.name + " chosen";
      close();
    }

    function render(items) {
      results = items;
      list.innerHTML = "";
      items.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = item.name + (item.brands.length ? " (" + item.brands.join(", ") + ")" : "");
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { choose(i); });
        list.appendChild(option);
      });
      var open = items.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      active = -1;
      status.textContent = items.length === 0 ? "No matching treatments" :
        items.length + " matching treatment" + (items.length === 1 ? "" : "s") + ". Use the up and down arrows to choose.";
    }

    function lookUp() {
      var query = input.value.trim();
      if (query.length < 2) { render([]); status.textContent = ""; return; }
      var ticket = ++latest;
      fetch(url + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (ticket === latest) { render(data.results || []); } })
        .catch(function () { /* the form still works without suggestions */ });
    }

    input.addEventListener("input", function () {
      if (slugField) { slugField.value = ""; }
      clearTimeout(timer);
      timer = setTimeout(lookUp, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(Math.min(active + 1, results.length - 1)); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(Math.max(active - 1, 0)); }
      else if (event.key === "Enter" && active >= 0) { event.preventDefault(); choose(active); }
      else if (event.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  document.querySelectorAll("input[data-treatment-suggest]").forEach(enhance);
})();
