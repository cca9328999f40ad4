// Servicelens QA workspace: evidence highlighting, audio synced with turns, keyboard shortcuts.
// Plain JavaScript, no framework, nothing loaded from the network.
(function () {
  "use strict";

  function selectEvidence(criterion) {
    document.querySelectorAll("mark.ev.selected").forEach(function (m) { m.classList.remove("selected"); });
    var marks = Array.prototype.filter.call(document.querySelectorAll("mark.ev"), function (m) {
      return (m.dataset.criteria || "").split(" ").indexOf(criterion) >= 0;
    });
    marks.forEach(function (m) { m.classList.add("selected"); });
    document.querySelectorAll("tr.crit").forEach(function (r) { r.classList.remove("selected"); });
    var row = document.getElementById("crit-" + criterion);
    if (row) { row.classList.add("selected"); }
    if (marks.length) {
      marks[0].scrollIntoView({ block: "center" });
      marks[0].setAttribute("tabindex", "-1");
      marks[0].focus({ preventScroll: true });
    }
  }

  function setupEvidence() {
    document.querySelectorAll("button.show-evidence").forEach(function (b) {
      b.addEventListener("click", function () { selectEvidence(b.dataset.criterion); });
    });
  }

  function setupAudio() {
    var player = document.getElementById("player");
    if (!player) { return; }
    var turns = Array.prototype.slice.call(document.querySelectorAll("li.turn[data-start]"));
    function seek(t) {
      player.currentTime = t;
      var p = player.play();
      if (p && p.catch) { p.catch(function () {}); }
      highlight();
    }
    function highlight() {
      var t = player.currentTime, current = null;
      turns.forEach(function (li) {
        var s = parseFloat(li.dataset.start), e = parseFloat(li.dataset.end);
        if (t >= s && (isNaN(e) || t < e + 0.6)) { current = li; }
      });
      turns.forEach(function (li) {
        var on = li === current;
        li.classList.toggle("current", on);
        if (on) { li.setAttribute("aria-current", "true"); } else { li.removeAttribute("aria-current"); }
      });
    }
    document.querySelectorAll("button.seek").forEach(function (b) {
      b.addEventListener("click", function () { seek(parseFloat(b.dataset.start)); });
    });
    player.addEventListener("timeupdate", highlight);
    player.addEventListener("seeked", highlight);
  }

  function setupQueueKeys() {
    var table = document.getElementById("queue-table");
    if (!table) { return; }
    var links = Array.prototype.slice.call(table.querySelectorAll("a.row-link"));
    document.addEventListener("keydown", function (ev) {
      var tag = (ev.target.tagName || "").toLowerCase();
      if (tag === "input" || tag === "select" || tag === "textarea" || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
      if (ev.key !== "j" && ev.key !== "k") { return; }
      var i = links.indexOf(document.activeElement);
      i = ev.key === "j" ? Math.min(links.length - 1, i + 1) : Math.max(0, i - 1);
      if (links[i]) { links[i].focus(); ev.preventDefault(); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupEvidence();
    setupAudio();
    setupQueueKeys();
  });
})();
