// The review screen's zoom and rotate buttons for a member's documents. The page works without it
// (the images show at their natural width); this only adds the tools. No inline script anywhere:
// the back office's CSP allows scripts from this site only.
(function () {
  'use strict';
  var STEP = 0.25, MIN = 0.5, MAX = 4;

  function apply(viewer) {
    var scale = parseFloat(viewer.dataset.scale || '1');
    var turn = parseInt(viewer.dataset.turn || '0', 10);
    var images = viewer.querySelectorAll('.doc-pages img');
    for (var i = 0; i < images.length; i++) {
      images[i].style.width = (scale * 100) + '%';
      images[i].style.maxWidth = 'none';
      images[i].style.transform = turn ? 'rotate(' + turn + 'deg)' : '';
    }
    viewer.dataset.scale = String(scale);
    viewer.dataset.turn = String(turn);
  }

  function act(viewer, action) {
    var scale = parseFloat(viewer.dataset.scale || '1');
    var turn = parseInt(viewer.dataset.turn || '0', 10);
    if (action === 'zoom-in') { scale = Math.min(MAX, scale + STEP); }
    if (action === 'zoom-out') { scale = Math.max(MIN, scale - STEP); }
    if (action === 'rotate') { turn = (turn + 90) % 360; }
    viewer.dataset.scale = String(scale);
    viewer.dataset.turn = String(turn);
    apply(viewer);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var viewers = document.querySelectorAll('.doc-viewer');
    for (var i = 0; i < viewers.length; i++) {
      var tools = viewers[i].querySelector('.doc-tools');
      if (tools) { tools.hidden = false; }
    }
    document.addEventListener('click', function (event) {
      var button = event.target.closest ? event.target.closest('[data-doc-action]') : null;
      if (!button) { return; }
      var viewer = button.closest('.doc-viewer');
      if (viewer) { act(viewer, button.getAttribute('data-doc-action')); }
    });
  });
}());
