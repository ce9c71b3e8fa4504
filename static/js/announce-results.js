// After the filter form is sent, move focus to the result count so that screen readers read the new number.
// Progressive enhancement: without JavaScript the page is the same, only the focus starts at the top.
(function () {
  "use strict";
  var KEY = "announce-results";
  var form = document.querySelector("form[data-announce-results]");
  var heading = document.getElementById("results-heading");
  if (!form || !heading) {
    return;
  }
  form.addEventListener("submit", function () {
    try {
      window.sessionStorage.setItem(KEY, window.location.pathname);
    } catch (error) {
      // Storage may be blocked; the page then simply keeps its usual focus.
    }
  });
  var sentFrom = null;
  try {
    sentFrom = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
  } catch (error) {
    return;
  }
  // Only right after this list's own form was sent, never on a page opened from a link or a bookmark.
  if (sentFrom === window.location.pathname) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
})();
