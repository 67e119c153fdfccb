// The portal's own small script, loaded deferred on every page.
(function () {
  "use strict";

  // Material's bundle fetches "sitemap.xml" next to every <link rel="alternate"> once the
  // document is loaded, meaning language versions; for a feed in a region folder that is a
  // 404 on every page view. Deferred scripts run before DOMContentLoaded, so the feed links
  // get another rel value first; feed readers and crawlers still read rel="alternate" in the HTML.
  document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').forEach(function (link) {
    link.rel = "alternate feed";
  });

  // Search-as-you-type over a directory (all Polda, all tags, all writers): shown only with
  // script, since without it the whole list is there to read.
  document.querySelectorAll("[data-portal-filter]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-portal-filter"));
    var fold = function (text) {
      return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    };
    input.parentElement.hidden = false;
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      Array.prototype.forEach.call(list.children, function (item) {
        item.hidden = query !== "" && fold(item.textContent).indexOf(query) === -1;
      });
    });
  });

  // Copy-link button of the share bar: shown only where the clipboard can be written; it copies
  // the story's address, which its article carries for the printed page too.
  document.querySelectorAll("[data-portal-copy]").forEach(function (button) {
    if (!navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.closest("[data-url]").getAttribute("data-url")).then(function () {
        button.textContent = "Tautan disalin";
      });
    });
  });
})();
