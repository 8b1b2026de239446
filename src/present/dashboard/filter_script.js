// The filter by person or unit and by status. Without this script every row is shown.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  if (!form || !document.querySelectorAll) return;
  var who = form.elements.who;
  var status = form.elements.status;
  var shownCount = form.querySelector(".shown-count");
  var nothingMatches = document.getElementById("nothing-matches");
  var rows = document.querySelectorAll("tr[data-status]");
  var blocks = document.querySelectorAll("[data-block]");

  function matches(row) {
    return (!who.value || row.getAttribute("data-subject") === who.value) &&
           (!status.value || row.getAttribute("data-status") === status.value);
  }

  function apply() {
    var filtering = Boolean(who.value || status.value);
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var match = matches(rows[i]);
      rows[i].hidden = !match;
      if (match && rows[i].classList.contains("quota")) shown++;
    }
    // Innermost blocks first, so that a section whose items are all hidden is hidden too.
    for (var j = blocks.length - 1; j >= 0; j--) {
      var block = blocks[j];
      block.hidden = filtering && !block.querySelector("tr[data-status]:not([hidden])");
    }
    shownCount.textContent = String(shown);
    nothingMatches.hidden = shown > 0;
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
