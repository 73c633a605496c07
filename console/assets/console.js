// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // Move focus to the error summary so keyboard and screen-reader users hear what went wrong first.
  var summary = document.querySelector('.foutoverzicht');
  if (summary) {
    summary.focus();
    // Links in the summary open the <details> around the field they point at, then focus the field.
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (!link) return;
      var target = document.getElementById(link.getAttribute('href').slice(1));
      if (!target) return;
      var details = target.closest('details');
      if (details) details.open = true;
      event.preventDefault();
      target.scrollIntoView({ block: 'center' });
      var input = target.matches('fieldset') ? target.querySelector('input') : target;
      if (input) input.focus();
    });
  }
  // A link to a folded list (the cases behind a figure) opens it: on load with a #fragment and on every jump.
  function openTarget() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (!target) return;
    var details = target.matches('details') ? target : target.closest('details');
    if (details) details.open = true;
    // The list of all cases behind a figure: every bar's list in it.
    if (target.matches('.figuur__zaken'))
      target.querySelectorAll('details').forEach(function (d) {
        d.open = true;
      });
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
  // A form is sent once: a second click while the first is on its way does nothing.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.sending) {
      event.preventDefault();
      return;
    }
    form.dataset.sending = '1';
    var button = form.querySelector('button[type="submit"]');
    if (button) button.setAttribute('aria-busy', 'true');
  });
})();
