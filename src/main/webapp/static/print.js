// The confirmation's "print this page" button (hidden without JavaScript; the browser's print works anyway).
(function () {
    'use strict';
    var button = document.getElementById('print');
    if (!button) {
        return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
        window.print();
    });
})();
