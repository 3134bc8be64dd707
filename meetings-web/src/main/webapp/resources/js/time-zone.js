/*
 * The sign-in form tells the server the browser's time zone (an IANA id such as "Europe/Paris"), so that a user who
 * has none yet sees meeting times in their own zone from the first page on. Fills every hidden field marked with
 * data-browser-zone; without Intl support the field stays empty and nothing is changed.
 */
(function () {
    function fill() {
        var zone = '';
        try {
            zone = (window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone) || '';
        } catch (e) {
            zone = '';
        }
        var fields = document.querySelectorAll('input[data-browser-zone]');
        for (var i = 0; i < fields.length; i++) {
            fields[i].value = zone;
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', fill);
    } else {
        fill();
    }
})();
