/* Read-along for the handout's web page. While a section plays, the sentence (heading,
   table row, picture) the voice is saying is highlighted and kept in view, unless the
   reader has scrolled away from it; clicking a sentence, or moving to it with Tab and the
   arrow keys and pressing Enter, plays from there. Each player's data-read-along holds
   [element id, start, end] in seconds for everything its recording says, in order, as the
   narration recorded it. Without this script the page is complete: players, text and
   transcripts. */
(function () {
  "use strict";

  var players = Array.prototype.slice.call(
    document.querySelectorAll("audio[data-read-along]"));
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  var starts = new Map();   // element -> {audio, begin}: where activating it plays from
  var groups = new Map();   // audio -> its elements in reading order (one Tab stop each)
  var timings = new Map();  // audio -> [{element, begin, until}]
  var active = null;        // the player last started
  var current = null;       // the element highlighted

  players.forEach(function (audio) {
    var parts = [];
    var group = [];
    JSON.parse(audio.getAttribute("data-read-along")).forEach(function (entry) {
      var element = document.getElementById(entry[0]);
      if (!element) { return; }
      parts.push({element: element, begin: entry[1], until: entry[2]});
      // A note read after two sections is shown once: the first section claims it.
      if (!starts.has(element)) {
        starts.set(element, {audio: audio, begin: entry[1]});
        group.push(element);
      }
    });
    group.forEach(function (element, index) {
      element.classList.add("read-along");
      element.tabIndex = index === 0 ? 0 : -1;
    });
    timings.set(audio, parts);
    groups.set(audio, group);
    var help = document.createElement("p");
    help.className = "read-along-help";
    help.textContent = audio.getAttribute("data-read-along-help");  // in the page's language
    var listen = audio.closest(".listen");
    if (listen && group.length) { listen.insertBefore(help, audio.nextSibling); }

    audio.addEventListener("play", function () {
      players.forEach(function (other) { if (other !== audio) { other.pause(); } });
      active = audio;
      update(true);
      tick();
    });
    ["timeupdate", "seeked", "pause"].forEach(function (name) {
      audio.addEventListener(name, function () { if (audio === active) { update(false); } });
    });
    audio.addEventListener("ended", function () {
      if (audio === active) { highlight(null, false); }
    });
  });

  function partAt(parts, time) {
    for (var index = parts.length - 1; index >= 0; index -= 1) {
      if (parts[index].begin <= time) { return parts[index]; }
    }
    return null;
  }

  // `force`: the reader has just started or chosen where to play, so bring the sentence
  // into view whatever they had scrolled to.
  function update(force) {
    if (!active || active.ended) { return; }
    var part = partAt(timings.get(active), active.currentTime);
    highlight(part ? part.element : null, force);
  }

  function tick() {
    update(false);
    if (active && !active.paused) { window.requestAnimationFrame(tick); }
  }

  function visible(element) {
    var box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }

  function highlight(element, force) {
    if (element === current && !force) { return; }
    // A reader who can still see the sentence just read is following the voice; one who
    // has scrolled away from it is left where they are.
    var follow = force || !current || visible(current);
    if (current) { current.classList.remove("reading"); }
    current = element;
    if (!element) { return; }
    element.classList.add("reading");
    moveTabStop(element);
    var box = element.getBoundingClientRect();
    var margin = window.innerHeight / 10;
    if (follow && (box.top < margin || box.bottom > window.innerHeight - margin)) {
      element.scrollIntoView({
        block: box.height > window.innerHeight * 0.8 ? "start" : "center",
        behavior: reduceMotion.matches ? "auto" : "smooth"
      });
    }
  }

  function moveTabStop(element) {
    var start = starts.get(element);
    if (!start) { return; }
    var group = groups.get(start.audio);
    if (group.indexOf(document.activeElement) >= 0) { return; }  // the reader is there
    group.forEach(function (other) { other.tabIndex = other === element ? 0 : -1; });
  }

  function playFrom(element) {
    var start = starts.get(element);
    active = start.audio;
    start.audio.currentTime = start.begin;
    var playing = start.audio.play();
    // A recording that fails to load, or is paused before it starts, says so in its own
    // player; by then the reader may have scrolled on, so the page stays where they are.
    if (playing && playing.catch) { playing.catch(function () {}); }
    update(true);
  }

  function chosen(target) {
    var element = target.closest ? target.closest(".read-along") : null;
    return element && starts.has(element) ? element : null;
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest("a, button, audio, input, select, textarea")) { return; }
    var selected = window.getSelection ? String(window.getSelection()) : "";
    var element = chosen(event.target);
    if (element && !selected) { playFrom(element); }
  });

  document.addEventListener("keydown", function (event) {
    var element = event.target;
    if (!starts.has(element) || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var group = groups.get(starts.get(element).audio);
    var index = group.indexOf(element);
    var next = {ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1,
                ArrowLeft: index - 1, Home: 0, End: group.length - 1}[event.key];
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      playFrom(element);
    } else if (next !== undefined) {
      event.preventDefault();
      var target = group[Math.max(0, Math.min(group.length - 1, next))];
      group.forEach(function (other) { other.tabIndex = other === target ? 0 : -1; });
      target.focus();
    }
  });
}());
