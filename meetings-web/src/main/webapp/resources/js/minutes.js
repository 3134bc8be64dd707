/*
 * The notes editors of the minutes form (PrimeFaces' text editor, Quill): Tab moves on to the next field, as everywhere
 * else, instead of typing a tab character, so that a keyboard user is never trapped in an editor. Runs after the
 * editors are made, and again after each Ajax update that may have made them anew.
 */
(function () {
    function releaseTab() {
        if (!window.PrimeFaces || !PrimeFaces.widgets) {
            return;
        }
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var widget = PrimeFaces.widgets[name];
            var keyboard = widget && widget.editor && widget.editor.keyboard;
            if (keyboard && keyboard.bindings) {
                delete keyboard.bindings.Tab;
                delete keyboard.bindings[9];
            }
        });
    }
    $(function () {
        setTimeout(releaseTab, 0);
    });
    $(document).on('pfAjaxComplete', function () {
        setTimeout(releaseTab, 0);
    });
})();
