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

  // Copy-link button of the share bar: shown only where the clipboard can be written.
  document.querySelectorAll("[data-portal-copy]").forEach(function (button) {
    if (!navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-portal-copy")).then(function () {
        button.textContent = "Tautan disalin";
      });
    });
  });
})();
