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
        // a page link's own text stays as it is (PrimeFaces reads the page number from it); it shows its number
        // in Persian digits through CSS (.hami-digit-face::after), and its aria-label says the page
        Array.prototype.forEach.call(root.querySelectorAll('.ui-paginator-page'), function (el) {
            var shown = localize(el.textContent.trim());
            if (el.getAttribute('data-hami-digits') !== shown) {
                el.setAttribute('data-hami-digits', shown);
                el.classList.add('hami-digit-face');
            }
        });
        var parts = root.querySelectorAll('.ui-paginator-current, .ui-paginator-rpp-options option, .hami-local-digits');
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

    // PrimeFaces' simple file upload hides its own file input from assistive technology (aria-hidden) although
    // the input is what takes the focus and the click: show it to them, named by the button's text
    function repairAria(root) {
        if (!root.querySelectorAll) {
            return;
        }
        var inputs = root.querySelectorAll('.ui-fileupload-simple input[type=file][aria-hidden]');
        Array.prototype.forEach.call(inputs, function (input) {
            input.removeAttribute('aria-hidden');
            var label = document.getElementById(input.id.replace(/_input$/, '_label'));
            if (label && !input.hasAttribute('aria-labelledby')) {
                input.setAttribute('aria-labelledby', label.id);
            }
        });
    }

    // PrimeFaces' messages put each message in an <li role="alert">, which is then no item of its list: the list
    // is only a frame, so it says so (role="none") and the alerts stay alerts
    function repairMessages(root) {
        if (!root.querySelectorAll) {
            return;
        }
        var lists = root.querySelectorAll('.ui-messages ul, .ui-messages-error ul, .ui-messages-warn ul, '
            + '.ui-messages-info ul, .ui-messages-fatal ul');
        Array.prototype.forEach.call(lists, function (list) {
            if (list.querySelector(':scope > li[role]') && !list.hasAttribute('role')) {
                list.setAttribute('role', 'none');
            }
        });
    }

    // Tables stack their rows on a phone (hami.css): each cell is labelled with its column's header, kept in a
    // data-title attribute so that the cell's own text (what a person or a test reads) stays as it is
    function labelCells(root) {
        var tables = [];
        var inside = root.closest ? root.closest('.ui-datatable') : null;
        if (inside) {
            tables.push(inside);
        } else if (root.querySelectorAll) {
            tables = Array.prototype.slice.call(root.querySelectorAll('.ui-datatable'));
        }
        tables.forEach(function (widget) {
            var table = widget.querySelector('table');
            if (!table || !table.tHead) {
                return;
            }
            var titles = Array.prototype.map.call(table.tHead.querySelectorAll('th'), function (th) {
                return th.textContent.replace(/\s+/g, ' ').trim();
            });
            Array.prototype.forEach.call(table.tBodies, function (body) {
                Array.prototype.forEach.call(body.rows, function (row) {
                    Array.prototype.forEach.call(row.cells, function (cell, i) {
                        if (titles[i] && cell.colSpan === 1 && cell.getAttribute('data-title') !== titles[i]) {
                            cell.setAttribute('data-title', titles[i]);
                        }
                    });
                });
            });
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
        repairAria(document.body);
        repairMessages(document.body);
        labelCells(document.body);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                Array.prototype.forEach.call(change.addedNodes, function (node) {
                    if (node.nodeType === 1) {
                        localizeDigits(node.parentNode || node);
                        repairAria(node.parentNode || node);
                        repairMessages(node.parentNode || node);
                        labelCells(node.parentNode || node);
                    } else if (node.nodeType === 3 && node.parentNode) {
                        localizeDigits(node.parentNode.parentNode || node.parentNode);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
        window.addEventListener('load', function () {
            repairAria(document.body);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
