// While a resident describes the problem: FAQ articles that may already answer it.
// Without JavaScript the button "Passende Antworten zeigen" does the same.
(function () {
    'use strict';
    var problem = document.getElementById('problem');
    var box = document.getElementById('suggestions');
    if (!problem || !box || !window.fetch) {
        return;
    }
    var url = problem.getAttribute('data-suggest-url');
    var house = document.getElementById('house');
    var timer = null;
    var last = '';

    function render(hits) {
        box.textContent = '';
        if (!hits || hits.length === 0) {
            return;
        }
        var heading = document.createElement('h2');
        heading.textContent = box.getAttribute('data-heading');
        var hint = document.createElement('p');
        hint.className = 'help';
        hint.textContent = box.getAttribute('data-hint');
        var list = document.createElement('ul');
        hits.forEach(function (hit) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = box.getAttribute('data-base') + encodeURIComponent(hit.key)
                + (hit.house ? '?haus=' + encodeURIComponent(hit.house) : '');
            link.target = '_blank';
            link.rel = 'noopener';
            link.textContent = hit.title;
            item.appendChild(link);
            list.appendChild(item);
        });
        box.appendChild(heading);
        box.appendChild(hint);
        box.appendChild(list);
    }

    function refresh() {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
            var text = problem.value.trim();
            var key = text + '|' + (house ? house.value : '');
            if (text.length < 4 || key === last) {
                return;
            }
            last = key;
            var chosen = house && house.value ? '&house=' + encodeURIComponent(house.value) : '';
            fetch(url + '?description=' + encodeURIComponent(text.slice(0, 500)) + chosen, {
                headers: {'Accept': 'application/json'},
                credentials: 'same-origin'
            }).then(function (response) {
                return response.ok ? response.json() : [];
            }).then(render).catch(function () {
                // no suggestions: the form works without them
            });
        }, 400);
    }

    problem.addEventListener('input', refresh);
    if (house) {
        house.addEventListener('change', refresh);
    }
})();
