// claimtrack HTML report: the flag filter and keyboard helpers (inlined into the page).
// Without this script every flag stays visible and the filter form stays hidden.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.hidden = false;

  function wanted(name) {
    var chosen = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) { chosen[box.value] = box.checked; });
    return chosen;
  }

  function apply() {
    var sev = wanted("sev"), family = wanted("family"), rule = wanted("rule"), kind = wanted("kind");
    var shown = 0, total = 0;
    document.querySelectorAll("[data-code]").forEach(function (el) {
      var on = sev[el.dataset.sev] !== false && family[el.dataset.family] !== false && rule[el.dataset.code] !== false;
      el.classList.toggle("off", !on);
      if (el.matches("mark.flag[id]")) {
        el.tabIndex = on ? 0 : -1;
        total += 1;
        if (on) { shown += 1; }
      }
    });
    document.querySelectorAll(".story [data-kind]").forEach(function (el) {
      el.classList.toggle("kind-off", kind[el.dataset.kind] === false);
    });
    var status = document.getElementById("shown");
    if (status) { status.textContent = "Showing " + shown + " of " + total + " flags."; }
  }

  form.addEventListener("change", apply);

  // A link to a mark (side list, evidence) moves the keyboard focus there, so its tooltip shows.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#f"]') : null;
    if (!link) { return; }
    var mark = document.getElementById(link.getAttribute("href").slice(1));
    if (!mark) { return; }
    event.preventDefault();
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
    if (history.replaceState) { history.replaceState(null, "", link.getAttribute("href")); }
  });

  // Escape leaves a mark (hiding its tooltip).
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.activeElement && document.activeElement.matches("mark.flag")) {
      document.activeElement.blur();
    }
  });

  apply();
})();
