// Attachments of message forms: a file larger than the portal's limit is dropped from the choice before PrimeFaces
// uploads it, and the reason is shown beside the field. The server checks every file again (size and content).
(function () {
    'use strict';
    if (window.hamiAttachments) {
        return; // loaded again by an Ajax update
    }
    window.hamiAttachments = true;
    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!input || input.type !== 'file' || !input.closest) {
            return;
        }
        var field = input.closest('.hami-attach');
        if (!field || !input.files) {
            return;
        }
        var max = parseInt(field.getAttribute('data-max-bytes'), 10);
        var list = field.querySelector('.hami-attach-client-errors');
        list.textContent = '';
        var kept = new DataTransfer();
        var dropped = 0;
        Array.prototype.forEach.call(input.files, function (file) {
            if (file.size > max) {
                var item = document.createElement('li');
                item.className = 'hami-refused-file';
                item.textContent = file.name + ': ' + field.getAttribute('data-too-large');
                list.appendChild(item);
                dropped++;
            } else {
                kept.items.add(file);
            }
        });
        if (dropped === 0) {
            return;
        }
        input.files = kept.files;
        if (kept.files.length === 0) {
            // nothing left to send: PrimeFaces never sees this change
            event.stopImmediatePropagation();
            input.value = '';
        }
    }, true);
}());
