// Buttons with data-confirm ask before they submit; pages carry no inline script (Content-Security-Policy).
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]:not([data-confirm=""])');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
