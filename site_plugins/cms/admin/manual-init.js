// Loaded before decap-cms.js: the portal registers its locale and preview first, then starts the editor.
window.CMS_MANUAL_INIT = true;
