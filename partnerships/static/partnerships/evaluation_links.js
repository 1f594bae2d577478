// Copy buttons for the evaluation links shown once. Without JavaScript or a
// clipboard the buttons stay hidden, and each link is selected in its field.
(function () {
  "use strict";
  if (!navigator.clipboard) return;

  function announce(status, text, failed) {
    // Emptied first, so that a second copy of the same link is announced too.
    status.textContent = "";
    status.classList.toggle("evaluation-copy__status--failed", failed);
    window.setTimeout(() => {
      status.textContent = text;
    }, 50);
  }

  document.querySelectorAll("[data-copy-target]").forEach((button) => {
    const field = document.getElementById(button.dataset.copyTarget);
    const status = document.getElementById(button.dataset.copyStatus);
    field.addEventListener("focus", () => field.select());
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        announce(status, button.dataset.copied, false);
      } catch (error) {
        field.focus();
        announce(status, button.dataset.failed, true);
      }
    });
  });
})();
