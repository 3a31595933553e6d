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

// A case's sections are tabs. An address ending in #section-HEALTH (or #plan) opens that tab, as after saving a
// section; choosing a tab writes it into the address, so that reloading or sharing the page keeps it.
function showTabOf(hash) {
  if (!hash || !window.bootstrap) {
    return;
  }
  var tab = document.querySelector('[data-bs-toggle="tab"][href="' + hash + '"]');
  if (tab) {
    window.bootstrap.Tab.getOrCreateInstance(tab).show();
  }
}
document.addEventListener('DOMContentLoaded', function () {
  showTabOf(window.location.hash);
  document.querySelectorAll('[data-bs-toggle="tab"]').forEach(function (tab) {
    tab.addEventListener('shown.bs.tab', function () {
      history.replaceState(null, '', tab.getAttribute('href'));
    });
  });
});
window.addEventListener('hashchange', function () {
  showTabOf(window.location.hash);
});

// Dates are typed day first, "25.12.2019", as pages show them: the dots come by themselves after the day and month.
document.addEventListener('input', function (event) {
  var field = event.target;
  if (!field.matches('input[data-date]') || event.inputType === 'deleteContentBackward') {
    return;
  }
  var digits = field.value.replace(/[^0-9]/g, '');
  if (field.value.indexOf('-') >= 0 || digits.length > 8) {
    return; // an ISO date pasted in is taken as it is
  }
  var shown = digits.slice(0, 2);
  if (digits.length > 2) {
    shown += '.' + digits.slice(2, 4);
  }
  if (digits.length > 4) {
    shown += '.' + digits.slice(4, 8);
  }
  if (digits.length === 2 || digits.length === 4) {
    shown += '.';
  }
  field.value = shown;
});
