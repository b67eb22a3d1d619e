// Times on admin pages: the server writes them in UTC; each is shown in the reader's own zone and language,
// with the exact instant kept in the hover text.
document.addEventListener('DOMContentLoaded', function () {
    var format = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});
    document.querySelectorAll('time.instant[datetime]').forEach(function (element) {
        var when = new Date(element.getAttribute('datetime'));
        if (!isNaN(when)) {
            element.textContent = format.format(when);
        }
    });
});
