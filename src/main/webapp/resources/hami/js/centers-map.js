/*
 * The map of the treatment-centre search results. Reads the tile URL and the markers from the data- attributes of
 * #centersMap (no inline script, so it works under PrimeFaces' CSP) and redraws after every Ajax update.
 * Without a tile URL the map stays hidden; when the tile server does not answer the markers are still drawn.
 * Centre names are data: they reach the page only as text (textContent), never as HTML.
 */
(function () {
    "use strict";
    var map = null;
    var layer = null;
    var element = null;
    var shown = null;

    function draw() {
        var el = document.getElementById("centersMap");
        if (!el || typeof L === "undefined") {
            return;
        }
        var tiles = el.getAttribute("data-tiles");
        if (!tiles) {
            return;
        }
        var markers = el.getAttribute("data-markers") || "[]";
        if (el === element && markers === shown) {
            return;
        }
        if (el !== element) {
            if (map) {
                map.remove();
            }
            map = L.map(el, {center: [32.4, 53.7], zoom: 5});
            L.tileLayer(tiles, {maxZoom: 18}).addTo(map);
            layer = L.layerGroup().addTo(map);
            element = el;
        }
        shown = markers;
        layer.clearLayers();
        var points = [];
        try {
            points = JSON.parse(markers);
        } catch (e) {
            points = [];
        }
        var bounds = [];
        points.forEach(function (p) {
            var marker = L.circleMarker([p.lat, p.lng], {radius: 6, color: "#0b6e4f", fillOpacity: 0.7});
            // Leaflet writes a string tooltip as HTML: give it an element whose text is the name
            var label = document.createElement("span");
            label.textContent = String(p.name);
            marker.bindTooltip(label);
            marker.addTo(layer);
            bounds.push([p.lat, p.lng]);
        });
        if (bounds.length > 0) {
            map.fitBounds(bounds, {maxZoom: 13, padding: [20, 20]});
        }
    }

    document.addEventListener("DOMContentLoaded", draw);
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", function () {
            window.setTimeout(draw, 0);
        });
    }
    if (document.readyState !== "loading") {
        draw();
    }
})();
