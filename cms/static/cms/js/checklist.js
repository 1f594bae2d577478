// Fillable checklists: ticks are kept in the browser's localStorage, per page
// and per checklist heading, keyed by the item's text so that an edited list
// keeps the ticks of the items it still has. Without JavaScript the boxes can
// still be ticked and printed, just not kept.
(function () {
  "use strict";

  function storageKey(section) {
    var heading = section.querySelector("h3");
    return "checklist:" + window.location.pathname + ":" + (heading ? heading.textContent : "");
  }

  function load(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "[]");
    } catch (error) {
      return [];
    }
  }

  function save(key, ticked) {
    try {
      if (ticked.length) {
        window.localStorage.setItem(key, JSON.stringify(ticked));
      } else {
        window.localStorage.removeItem(key);
      }
      return true;
    } catch (error) {
      return false; // storage full or switched off: the ticks stay on screen
    }
  }

  function setUp(section) {
    var key = storageKey(section);
    var boxes = Array.prototype.slice.call(section.querySelectorAll("input[type=checkbox]"));
    var actions = section.querySelector("[data-checklist-actions]");
    var status = section.querySelector(".checklist-status");
    var ticked = load(key);

    boxes.forEach(function (box) {
      box.checked = ticked.indexOf(box.value) !== -1;
      box.addEventListener("change", function () {
        var values = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
        status.textContent = save(key, values) ? actions.dataset.saved : actions.dataset.unsaved;
      });
    });
    section.querySelector("[data-checklist-print]").addEventListener("click", function () {
      window.print();
    });
    section.querySelector("[data-checklist-clear]").addEventListener("click", function () {
      boxes.forEach(function (box) { box.checked = false; });
      save(key, []);
      status.textContent = actions.dataset.cleared;
    });
    actions.hidden = false;
  }

  document.querySelectorAll("[data-checklist]").forEach(setUp);
})();
