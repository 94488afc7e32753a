// Every page: the menu button that opens the side menu on a narrow screen, and Persian digits in what PrimeFaces
// writes on the client (a table's paginator: «نمایش ۱ تا ۱۰ از ۳۰۱», its page links). Loaded as a file (the
// portal's Content-Security-Policy allows no inline script); works again after any Ajax update.
(function () {
    'use strict';
    if (window.hamiPortal) {
        return;
    }
    window.hamiPortal = true;

    var PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

    function persian() {
        return (document.documentElement.getAttribute('lang') || '').indexOf('fa') === 0;
    }

    function localize(text) {
        return text.replace(/[0-9]/g, function (d) {
            return PERSIAN.charAt(d.charCodeAt(0) - 48);
        });
    }

    // Text nodes only, so PrimeFaces' own elements and handlers stay as they are.
    function localizeDigits(root) {
        if (!persian() || !root.querySelectorAll) {
            return;
        }
        var parts = root.querySelectorAll('.ui-paginator-current, .ui-paginator-page, .ui-paginator-rpp-options option, .hami-local-digits');
        Array.prototype.forEach.call(parts, function (el) {
            var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, null);
            var node;
            while ((node = walker.nextNode())) {
                if (/[0-9]/.test(node.nodeValue)) {
                    node.nodeValue = localize(node.nodeValue);
                }
            }
        });
    }

    function setMenu(button, open) {
        var menu = document.getElementById(button.getAttribute('aria-controls'));
        if (!menu) {
            return;
        }
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        menu.classList.toggle('hami-menu-open', open);
        document.body.classList.toggle('hami-menu-shown', open);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('#menuButton') : null;
        if (button) {
            setMenu(button, button.getAttribute('aria-expanded') !== 'true');
        }
    });

    document.addEventListener('keydown', function (event) {
        var button = document.getElementById('menuButton');
        if (event.key === 'Escape' && button && button.getAttribute('aria-expanded') === 'true') {
            setMenu(button, false);
            button.focus();
        }
    });

    function start() {
        localizeDigits(document.body);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                Array.prototype.forEach.call(change.addedNodes, function (node) {
                    if (node.nodeType === 1) {
                        localizeDigits(node.parentNode || node);
                    } else if (node.nodeType === 3 && node.parentNode) {
                        localizeDigits(node.parentNode.parentNode || node.parentNode);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
