/* Homeward's own script, served by the application (the content security policy allows no inline script). */
(function () {
    'use strict';

    /* A failed save shows its problems at the top of the form: focus goes there, once per list shown, so a
       screen reader reads it and the keyboard continues from it. */
    function focusErrorSummary() {
        var summary = document.querySelector('.hw-error-summary:not([data-shown])');
        if (summary) {
            summary.setAttribute('data-shown', 'true');
            summary.focus();
        }
    }

    /* A link of the list leads to its field's input (some components wrap their input, whose id then
       ends in _input). */
    function inputOf(id) {
        var element = document.getElementById(id);
        if (element && !/^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
            element = document.getElementById(id + '_input') || element.querySelector('input, select, textarea') || element;
        }
        return element;
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('.hw-error-summary a[href^="#"]') : null;
        var input = link ? inputOf(link.getAttribute('href').substring(1)) : null;
        if (input) {
            event.preventDefault();
            input.scrollIntoView({block: 'center'});
            input.focus();
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        focusErrorSummary();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', focusErrorSummary);
        }
    });
})();
