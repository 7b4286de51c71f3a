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

    /* A day can also be chosen in the browser's own calendar: an input marked data-calendar gets a button
       beside it (named by the attribute and the field's label) that opens the calendar of a date input
       kept out of sight; the day chosen is written into the text input as 2026-04-12, which stays the
       one that is sent, so typing (12.04.2026, or a month or year where allowed) keeps working. */
    function addCalendar(input) {
        if (input.hasAttribute('data-calendar-ready')) {
            return;
        }
        input.setAttribute('data-calendar-ready', 'true');
        var picker = document.createElement('input');
        picker.type = 'date';
        picker.className = 'hw-calendar-picker';
        picker.tabIndex = -1;
        picker.setAttribute('aria-hidden', 'true');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'hw-calendar-button';
        button.textContent = input.getAttribute('data-calendar');
        var label = document.querySelector('label[for="' + input.id + '"]');
        if (label) {
            button.setAttribute('aria-label', input.getAttribute('data-calendar') + ': ' + label.textContent.replace('*', '').trim());
        }
        button.addEventListener('click', function () {
            if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
                picker.value = input.value;
            }
            if (picker.showPicker) {
                picker.showPicker();
            }
        });
        picker.addEventListener('change', function () {
            if (picker.value) {
                input.value = picker.value;
                input.dispatchEvent(new Event('change', {bubbles: true}));
                input.focus();
            }
        });
        input.insertAdjacentElement('afterend', button);
        button.insertAdjacentElement('afterend', picker);
    }

    function addCalendars() {
        Array.prototype.forEach.call(document.querySelectorAll('input[data-calendar]'), addCalendar);
    }

    document.addEventListener('DOMContentLoaded', function () {
        focusErrorSummary();
        addCalendars();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                focusErrorSummary();
                addCalendars();
            });
        }
    });
})();
