// Sends the CSRF token with every htmx request, so that htmx posts are protected like forms.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A choice that narrows another: <select data-narrows="other-id"> leaves enabled in the other select only the
// options whose data-by matches its value (the organisations that provide the chosen service, say).
function narrow(select) {
  var other = document.getElementById(select.dataset.narrows);
  if (!other) {
    return;
  }
  var firstMatch = null;
  other.querySelectorAll('option[data-by]').forEach(function (option) {
    var matches = option.dataset.by === select.value;
    option.hidden = !matches;
    option.disabled = !matches;
    if (matches && firstMatch === null) {
      firstMatch = option;
    }
  });
  other.querySelectorAll('optgroup').forEach(function (group) {
    group.hidden = group.querySelector('option:not([hidden])') === null;
  });
  var current = other.options[other.selectedIndex];
  if ((!current || current.disabled) && firstMatch) {
    firstMatch.selected = true;
  }
}
document.addEventListener('change', function (event) {
  if (event.target.matches('select[data-narrows]')) {
    narrow(event.target);
  }
});
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-narrows]').forEach(narrow);
});
