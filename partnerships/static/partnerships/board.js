// Drag-and-drop on the partnership board. Every move is posted to the same
// stage-change view as the form, so the same rules and gates apply; without
// JavaScript each card's "Change stage" link does the job.
(function () {
  "use strict";
  const moves = JSON.parse(document.getElementById("crm-moves").textContent);
  const strings = document.getElementById("crm-move-strings").dataset;
  const dialog = document.getElementById("crm-move-dialog");
  const form = document.getElementById("crm-move-form");
  const errors = document.getElementById("crm-move-errors");
  const title = document.getElementById("crm-move-title");
  let pending = null;

  function showErrors(list) {
    errors.replaceChildren(...list.map((text) => {
      const p = document.createElement("p");
      p.textContent = text;
      return p;
    }));
    errors.hidden = list.length === 0;
  }

  document.querySelectorAll(".crm-card[draggable=true]").forEach((card) => {
    card.addEventListener("dragstart", (event) => {
      event.dataTransfer.setData("text/plain", card.dataset.url);
      pending = { card };
    });
  });

  document.querySelectorAll(".crm-column").forEach((column) => {
    column.addEventListener("dragover", (event) => event.preventDefault());
    column.addEventListener("drop", (event) => {
      event.preventDefault();
      if (!pending) return;
      const card = pending.card;
      const target = column.dataset.stage;
      if (target === card.dataset.stage) return;
      const move = (moves[card.dataset.stage] || {})[target];
      const heading = column.querySelector(".crm-badge").textContent;
      title.textContent = strings.moving
        .replace("%(title)s", card.dataset.title)
        .replace("%(stage)s", heading);
      form.reason.value = "";
      showErrors(move ? [] : [strings.notAllowed]);
      pending = { card, move, stage: card.dataset.stage };
      dialog.showModal();
    });
  });

  document.getElementById("crm-move-cancel").addEventListener("click", () => {
    pending = null;
    dialog.close();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!pending || !pending.move) return;
    const body = new FormData();
    body.append("csrfmiddlewaretoken", form.csrfmiddlewaretoken.value);
    body.append("move", pending.move);
    body.append("expected_stage", pending.stage);
    body.append("reason", form.reason.value);
    const response = await fetch(pending.card.dataset.url, {
      method: "POST",
      body,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    const result = await response.json();
    if (result.ok) {
      window.location.reload();
    } else {
      showErrors(result.errors);
    }
  });
})();
