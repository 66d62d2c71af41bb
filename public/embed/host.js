/*
 * Host script for embedding the portal's charts and tables in another site (the provincial
 * portal). Put it once on the host page, after the iframes:
 *
 *   <iframe src="https://<portal>/embed/<dataset>/" data-minhbach-embed title="…"
 *           style="width:100%;border:0" loading="lazy"></iframe>
 *   <script src="https://<portal>/embed/host.js" defer></script>
 *
 * Each embed posts its content height; this script resizes the matching iframe. It only
 * believes a message that comes from that iframe's own window (event.source) and from the
 * iframe's origin (event.origin), and that carries a sane height; anything else is ignored.
 */
(function () {
  'use strict';
  var TYPE = 'minhbach:embed-height';
  var MAX_HEIGHT = 100000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-minhbach-embed]'));
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height <= MAX_HEIGHT)) return;
    frames().forEach(function (frame) {
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (e) {
        return;
      }
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      frame.style.height = Math.ceil(data.height) + 'px';
      frame.setAttribute('data-minhbach-height', String(Math.ceil(data.height)));
    });
  });
})();
