/* The assessor's workbench: zoom and rotate a claim's document images in the browser (nothing goes to the server).
   Each .claims-viewer holds one image and buttons with data-view="in|out|left|right|reset". */
(function () {
    "use strict";
    function apply(img) {
        var z = parseFloat(img.dataset.zoom || "1");
        var r = parseInt(img.dataset.rotate || "0", 10);
        img.style.transform = "scale(" + z + ") rotate(" + r + "deg)";
    }
    document.addEventListener("click", function (e) {
        var button = e.target.closest ? e.target.closest("[data-view]") : null;
        if (!button) {
            return;
        }
        var box = button.closest(".claims-viewer");
        var img = box ? box.querySelector("img") : null;
        if (!img) {
            return;
        }
        e.preventDefault();
        var z = parseFloat(img.dataset.zoom || "1");
        var r = parseInt(img.dataset.rotate || "0", 10);
        switch (button.dataset.view) {
            case "in": z = Math.min(4, z + 0.25); break;
            case "out": z = Math.max(0.25, z - 0.25); break;
            case "left": r = (r + 270) % 360; break;
            case "right": r = (r + 90) % 360; break;
            default: z = 1; r = 0;
        }
        img.dataset.zoom = String(z);
        img.dataset.rotate = String(r);
        apply(img);
    });
})();
