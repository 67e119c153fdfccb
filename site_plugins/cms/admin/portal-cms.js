/* The portal's additions to the web editor (Decap CMS), then its start.
 *
 * - the preview shows a story with the site's own stylesheets (the <link rel="portal-preview-style">
 *   elements of /admin/index.html, generated at build time);
 * - saving a story with a photo but without its description is refused, as `portal check` would;
 * - a hand-written story's polsek/polres/polda give way to `satuan` when it is saved here.
 */
(function () {
  "use strict";

  var PHOTO_WITHOUT_ALT = "Keterangan foto wajib diisi bila ada foto: jelaskan isi foto untuk pembaca tunanetra.";

  function unitName(satuan) {
    var parts = String(satuan || "").split("/");
    return parts[parts.length - 1].trim();
  }

  var StoryPreview = createClass({
    render: function () {
      var data = this.props.entry.get("data");
      var image = data.get("image");
      var asset = image ? this.props.getAsset(image) : null;
      var meta = [unitName(data.get("satuan")), data.get("date"), data.get("location")].filter(Boolean);
      return h("div", { className: "md-typeset portal-cms-preview" },
        h("h1", {}, data.get("title") || ""),
        h("p", { className: "portal-story__meta" }, meta.join(" · ")),
        asset ? h("figure", {},
          h("img", { src: asset.toString(), alt: data.get("image_alt") || "" }),
          h("figcaption", {}, data.get("image_alt") || "")) : null,
        this.props.widgetFor("body"));
    }
  });

  // Returns the data to save: a story written by hand names its unit with polsek/polres/polda;
  // once edited here, `satuan` says it all, and the contract refuses both together.
  function checkBeforeSave(event) {
    var data = event.entry.get("data");
    if (data.get("image") && !String(data.get("image_alt") || "").trim()) {
      throw new Error(PHOTO_WITHOUT_ALT);
    }
    return data.delete("polda").delete("polres").delete("polsek");
  }

  document.querySelectorAll('link[rel="portal-preview-style"]').forEach(function (link) {
    CMS.registerPreviewStyle(link.href);
  });
  CMS.registerPreviewTemplate("berita", StoryPreview);
  CMS.registerEventListener({ name: "preSave", handler: checkBeforeSave });
  CMS.init();
})();
