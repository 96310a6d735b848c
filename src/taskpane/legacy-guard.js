/* ES5 on purpose: runs before the bundle in Trident (IE) and EdgeHTML webviews, which cannot run React 18
   or Fluent UI v9, and shows the page's #legacy message instead of a blank pane. A file rather than an
   inline script, so that the pages' Content-Security-Policy allows no inline script at all. */
(function () {
  var ua = navigator.userAgent;
  if (ua.indexOf('Trident') === -1 && ua.indexOf('Edge/') === -1) return;
  var app = document.getElementById('container');
  if (app) app.parentNode.removeChild(app);
  var message = document.getElementById('legacy');
  if (message) message.removeAttribute('hidden');
  var webUrl = document.getElementById('web-url');
  if (webUrl)
    webUrl.appendChild(document.createTextNode(location.href.replace(/[^\/]*([?#].*)?$/, 'web.html')));
})();
