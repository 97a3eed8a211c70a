// The world wall's projector view: a button that puts the page full screen (shown only
// where the browser allows it; Escape leaves full screen as usual).
(function () {
  "use strict";
  var button = document.querySelector("[data-fullscreen]");
  if (!button || !document.documentElement.requestFullscreen) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      document.documentElement.requestFullscreen().catch(function () {});
    }
  });
})();
