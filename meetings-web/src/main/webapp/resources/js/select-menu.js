/*
 * PrimeFaces 15's select menu (p:selectOneMenu) notes the value to go back to ("preShowValue") only when its panel's
 * opening animation has ended. A click that comes before that (a double-click on the menu, or an option clicked as
 * the list fades in) made it go back to nothing: "TypeError: Cannot read properties of undefined (reading 'index')"
 * in the console, and the option the user clicked was not taken. Noting the value as soon as the panel starts to open
 * closes that gap; PrimeFaces notes it again, to the same value, when the animation ends. Patched on the prototype, so
 * the menus already on the page and those an Ajax update renders are covered alike. (SearchJourneyIT)
 */
(function () {
    var SelectOneMenu = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.SelectOneMenu;
    if (!SelectOneMenu) {
        return; // a page without PrimeFaces' menus
    }
    var show = SelectOneMenu.prototype._show;
    SelectOneMenu.prototype._show = function () {
        this.preShowValue = this.options.filter(':selected');
        return show.apply(this, arguments);
    };
})();
