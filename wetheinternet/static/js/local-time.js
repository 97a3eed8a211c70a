// Progressive enhancement: beside each <time data-local-time> (shown in UTC by the
// server), add the same moment in the visitor's own time zone and language.
(function () {
  "use strict";
  var lang = document.documentElement.lang || undefined;
  var format;
  try {
    format = new Intl.DateTimeFormat(lang, {
      weekday: "long", year: "numeric", month: "long", day: "numeric",
      hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    });
  } catch (error) {
    return;
  }
  document.querySelectorAll("time[data-local-time]").forEach(function (element) {
    var moment = new Date(element.getAttribute("datetime"));
    if (isNaN(moment.getTime())) { return; }
    var local = document.createElement("span");
    local.className = "local-time";
    local.setAttribute("data-local-time-text", "");
    var label = element.getAttribute("data-local-label");
    local.textContent = " (" + (label ? label + ": " : "") + format.format(moment) + ")";
    element.insertAdjacentElement("afterend", local);
  });
})();
