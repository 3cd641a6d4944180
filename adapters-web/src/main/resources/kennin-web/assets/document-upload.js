// Tells a member at the document's own picker that the chosen file is over the upload limit, as
// soon as it is chosen, instead of after sending it (minutes on a phone, and a body far over the
// limit is cut by the server). Without this script the server still refuses it at its document.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form.upload[data-max-bytes]');
  Array.prototype.forEach.call(forms, function (form) {
    var input = form.querySelector('input[type=file]');
    if (!input) {
      return;
    }
    var max = Number(form.getAttribute('data-max-bytes'));
    var message = form.getAttribute('data-too-large');
    var errorId = input.id + '-error';
    var field = input.parentNode;
    var chosenTooLarge = function () {
      var file = input.files && input.files[0];
      return file && file.size > max ? file : null;
    };
    var tell = function (file) {
      var error = document.getElementById(errorId);
      if (!error) {
        error = document.createElement('p');
        error.className = 'field-error';
        error.id = errorId;
        error.setAttribute('data-by-script', '');
        field.insertBefore(error, input);
      }
      error.setAttribute('role', 'alert');
      error.textContent = message.split('{0}').join(file.name);
      field.classList.add('field-invalid');
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', errorId);
    };
    var clear = function () {
      var error = document.getElementById(errorId);
      if (error && error.hasAttribute('data-by-script')) {
        error.parentNode.removeChild(error);
        field.classList.remove('field-invalid');
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    };
    input.addEventListener('change', function () {
      var file = chosenTooLarge();
      if (file) {
        tell(file);
      } else {
        clear();
      }
    });
    form.addEventListener('submit', function (event) {
      var file = chosenTooLarge();
      if (file) {
        event.preventDefault();
        tell(file);
        input.focus();
      }
    });
  });
}());
