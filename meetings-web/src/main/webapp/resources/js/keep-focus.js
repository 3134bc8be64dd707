/*
 * Keyboard focus across Ajax updates: when an update replaces the element that had the focus (an "Add" or "Move up"
 * button inside the form it updates), the browser drops the focus to the top of the page and a keyboard or screen
 * reader user loses their place. After each PrimeFaces Ajax update, the focus goes back to the element with the same
 * id if the page has it again and it can take the focus; if it is now disabled (an item moved to the top), to the
 * first enabled control beside it. Pages without PrimeFaces (no jQuery) have no Ajax updates: nothing to do there.
 */
(function () {
    if (!window.jQuery) {
        return;
    }
    var lastFocusedId = null;

    function focusable(element) {
        return element && !element.disabled && element.offsetParent !== null;
    }

    $(document).on('pfAjaxSend', function () {
        var active = document.activeElement;
        lastFocusedId = active && active !== document.body && active.id ? active.id : null;
    });

    $(document).on('pfAjaxComplete', function () {
        var id = lastFocusedId;
        lastFocusedId = null;
        if (!id) {
            return;
        }
        setTimeout(function () {
            var active = document.activeElement;
            if (active && active !== document.body && document.contains(active)) {
                return; // the focus is still somewhere (a dialog, the same element): leave it
            }
            var element = document.getElementById(id);
            if (focusable(element)) {
                element.focus();
                return;
            }
            if (element && element.parentElement) {
                var buttons = element.parentElement.querySelectorAll('button:not([disabled]), a[href], input:not([disabled])');
                for (var i = 0; i < buttons.length; i++) {
                    if (focusable(buttons[i])) {
                        buttons[i].focus();
                        return;
                    }
                }
            }
        }, 0);
    });
})();
