/*
 * The notes editors (p:textEditor, Quill 2) accept only what their toolbars offer: bold, italic, underline,
 * strikethrough, lists and links. HTML pasted into an editor brought images, frames, styles and event handlers into
 * the page until the draft was saved (the server's sanitiser only cleans what is stored), and Quill's reading of the
 * pasted HTML set off its handlers (stopped only by the CSP). Two guards, patched on the prototype so that editors
 * rendered later by Ajax are covered too (MinutesJourneyIT: HTML pasted into the editor):
 * - Quill is told the formats it may hold, so anything else is dropped as a paste is converted;
 * - a paste's HTML is cleaned first, in a document that is never shown (DOMParser: nothing in it loads or runs), to
 *   the elements and link addresses those formats need, and only the cleaned HTML reaches Quill.
 */
(function () {
    var TextEditor = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.TextEditor;
    if (!TextEditor) {
        return; // a page without an editor
    }
    var FORMATS = ['bold', 'italic', 'underline', 'strike', 'list', 'link'];
    var KEPT = /^(P|BR|DIV|SPAN|STRONG|B|EM|I|U|S|STRIKE|DEL|UL|OL|LI|A|H[1-6]|BLOCKQUOTE)$/;
    var SAFE_LINK = /^(https?:|mailto:)/i;

    /** Any attribute named on... (an event handler), renamed before parsing: see clean. */
    var HANDLER = /([\s\/"'])on[a-z]+\s*=/gi;

    /**
     * The pasted HTML reduced to the kept elements, without any attribute but a safe link's address. Handlers are
     * renamed in the text first: Chromium reports (as a CSP violation in the console) a handler attribute even in a
     * document that never runs it, such as DOMParser's.
     */
    function clean(html) {
        var doc = new DOMParser().parseFromString(html.replace(HANDLER, '$1data-removed='), 'text/html');
        var elements = Array.prototype.slice.call(doc.body.querySelectorAll('*'));
        elements.forEach(function (element) {
            if (!element.parentNode) {
                return; // inside an element already dropped
            }
            if (!KEPT.test(element.tagName)) {
                var keepsText = !/^(SCRIPT|STYLE|TEMPLATE|IFRAME|OBJECT|EMBED|SVG|MATH|NOSCRIPT)$/.test(element.tagName);
                element.replaceWith(keepsText ? doc.createTextNode(element.textContent) : '');
                return;
            }
            Array.prototype.slice.call(element.attributes).forEach(function (attribute) {
                var keep = attribute.name === 'href' && element.tagName === 'A' && SAFE_LINK.test(attribute.value.trim())
                    || attribute.name === 'data-list' && element.tagName === 'LI';
                if (!keep) {
                    element.removeAttribute(attribute.name);
                }
            });
        });
        return doc.body.innerHTML;
    }

    var render = TextEditor.prototype._render;
    TextEditor.prototype._render = function () {
        this.cfg.formats = FORMATS;
        var rendered = render.apply(this, arguments);
        var quill = this.editor;
        quill.root.addEventListener('paste', function (event) {
            var html = event.clipboardData && event.clipboardData.getData('text/html');
            if (!html || !quill.isEnabled()) {
                return; // plain text: Quill's own handling
            }
            event.preventDefault();
            event.stopImmediatePropagation();
            var range = quill.getSelection(true);
            var Delta = Quill.import('delta');
            var pasted = quill.clipboard.convert({html: clean(html), text: event.clipboardData.getData('text/plain')});
            quill.updateContents(new Delta().retain(range.index).delete(range.length).concat(pasted), 'user');
            quill.setSelection(range.index + pasted.length(), 0, 'silent');
        }, true);
        return rendered;
    };
})();
