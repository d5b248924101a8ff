// The article page: side-list links highlight their marks, marks show their details (no library).
(function () {
  "use strict";
  var inspector = document.getElementById("inspector");
  function marksOf(ref) {
    return Array.prototype.filter.call(document.querySelectorAll(".m[data-refs]"), function (el) {
      return el.getAttribute("data-refs").split(" ").indexOf(ref) >= 0;
    });
  }
  function clearHl() {
    document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
  }
  function highlight(ref) {
    clearHl();
    var found = marksOf(ref);
    found.forEach(function (el) { el.classList.add("hl"); });
    var item = document.getElementById("li-" + ref);
    if (item) { item.classList.add("hl"); }
    if (found.length) { found[0].scrollIntoView({block: "center"}); }
    return found.length;
  }
  function inspect(el) {
    inspector.textContent = "";
    el.getAttribute("data-refs").split(" ").forEach(function (ref) {
      var item = document.getElementById("li-" + ref);
      var p = document.createElement("div");
      p.textContent = item ? item.getAttribute("data-info") : el.getAttribute("title");
      if (item) {
        var a = document.createElement("a");
        a.href = "#li-" + ref;
        a.textContent = " ↪ in the list";
        a.addEventListener("click", function () { clearHl(); item.classList.add("hl"); });
        p.appendChild(a);
      }
      inspector.appendChild(p);
    });
  }
  document.querySelectorAll(".m[data-refs]").forEach(function (el) {
    el.addEventListener("mouseenter", function () { inspect(el); });
    el.addEventListener("focus", function () { inspect(el); });
  });
  document.querySelectorAll("a.go").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      history.replaceState(null, "", "#" + a.getAttribute("data-ref"));
      highlight(a.getAttribute("data-ref"));
    });
  });
  var hash = location.hash.slice(1);
  if (hash && hash !== "hit") { highlight(hash); }
  else if (hash === "hit") { var h = document.getElementById("hit"); if (h) { h.scrollIntoView({block: "center"}); } }
})();
