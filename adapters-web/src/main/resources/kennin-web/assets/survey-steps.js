// Reveals a follow-up question of a survey step as soon as the answer that needs it is chosen
// (living apart -> the remittance), instead of after saving. Without this script every step still
// works: the server shows the follow-up after the save, and says that it is now needed.
(function () {
  'use strict';
  var followUps = document.querySelectorAll('[data-revealed-by]');
  Array.prototype.forEach.call(followUps, function (field) {
    var control = document.getElementById(field.getAttribute('data-revealed-by'));
    if (!control) {
      return;
    }
    var values = field.getAttribute('data-revealed-when').split(' ');
    var update = function () {
      field.hidden = values.indexOf(control.value) < 0;
    };
    control.addEventListener('change', update);
    update();
  });
}());
