// judge report: draws the page's charts with Chart.js from the data embedded in it (the
// element #report-data). Every chart has a table of the same numbers beside it, so a chart
// that cannot be drawn says so and the page still holds everything. Text from the data is only
// ever handed to Chart.js (drawn on a canvas) or set as textContent, never parsed as HTML.
(function () {
  'use strict';

  var root = document.documentElement;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var charts = [];

  function dayText(day) {
    return new Date(day * 86400000).toISOString().slice(0, 10);
  }

  function minutesText(minutes) {
    if (minutes < 1) {
      return Math.round(minutes * 60) + ' s';
    }
    if (minutes < 60) {
      return (Math.round(minutes * 10) / 10) + ' min';
    }
    var hours = Math.floor(minutes / 60);
    if (hours < 48) {
      return hours + ' h ' + Math.round(minutes - hours * 60) + ' min';
    }
    return Math.round(hours / 24) + ' days';
  }

  // The colours of the theme in force (CSS variables), read each time the charts are drawn.
  function palette() {
    var style = getComputedStyle(root);
    return function (name) {
      return style.getPropertyValue('--' + name).trim();
    };
  }

  function base(c, extra) {
    var options = {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {legend: {labels: {color: c('fg')}}}
    };
    return Object.assign(options, extra);
  }

  function axis(c, extra) {
    return Object.assign({grid: {color: c('grid')}, ticks: {color: c('fg')}}, extra);
  }

  function countAxis(c, title, extra) {
    return axis(c, Object.assign({
      beginAtZero: true,
      stacked: true,
      ticks: {color: c('fg'), precision: 0},
      title: {display: true, text: title, color: c('fg')}
    }, extra));
  }

  var builders = {
    solved: function (c) {
      var d = data.solved;
      return {
        type: 'bar',
        data: {
          labels: d.levels,
          datasets: [
            {label: 'solved', data: d.solved, backgroundColor: d.levels.map(c)},
            {
              label: 'not solved yet',
              data: d.total.map(function (t, i) { return t - d.solved[i]; }),
              backgroundColor: c('untried')
            }
          ]
        },
        options: base(c, {
          indexAxis: 'y',
          scales: {x: countAxis(c, 'problems'), y: axis(c, {stacked: true})}
        })
      };
    },

    verdicts: function (c) {
      var d = data.verdicts;
      return {
        type: 'bar',
        data: {
          labels: d.labels,
          datasets: d.codes.map(function (code) {
            return {label: code, data: d.counts[code], backgroundColor: c('v-' + code.toLowerCase())};
          })
        },
        options: base(c, {
          scales: {x: axis(c, {stacked: true}), y: countAxis(c, 'submissions')}
        })
      };
    },

    topics: function (c, canvas) {
      var d = data.topics;
      // One bar per tag: as tall as the list needs.
      canvas.parentNode.style.height = (d.tags.length * 22 + 70) + 'px';
      return {
        type: 'bar',
        data: {
          labels: d.tags,
          datasets: [
            {label: 'solved', data: d.solved, backgroundColor: c('easy')},
            {
              label: 'tried, not solved',
              data: d.tried.map(function (t, i) { return t - d.solved[i]; }),
              backgroundColor: c('tried')
            },
            {
              label: 'not tried',
              data: d.problems.map(function (p, i) { return p - d.tried[i]; }),
              backgroundColor: c('untried')
            }
          ]
        },
        options: base(c, {
          indexAxis: 'y',
          scales: {x: countAxis(c, 'problems in the library'), y: axis(c, {stacked: true})}
        })
      };
    },

    first_ac: function (c) {
      var d = data.first_ac;
      var datasets = [];
      d.levels.forEach(function (level) {
        var points = d.points.filter(function (p) { return p.level === level; });
        if (points.length === 0) {
          return;
        }
        datasets.push({
          label: level,
          data: points,
          backgroundColor: c(level),
          borderColor: c(level),
          pointRadius: 4
        });
        datasets.push({
          type: 'line',
          label: level + ': median of the last 5',
          data: points.map(function (p) { return {x: p.x, y: p.median}; }),
          borderColor: c(level),
          borderDash: [5, 4],
          borderWidth: 1.5,
          pointRadius: 0,
          fill: false
        });
      });
      return {
        type: 'scatter',
        data: {datasets: datasets},
        options: base(c, {
          scales: {
            x: axis(c, {
              type: 'linear',
              ticks: {color: c('fg'), callback: dayText, maxTicksLimit: 8},
              title: {display: true, text: 'day of the first AC', color: c('fg')}
            }),
            y: axis(c, {
              type: 'logarithmic',
              ticks: {color: c('fg'), callback: minutesText, maxTicksLimit: 8},
              title: {display: true, text: 'time to first AC (log scale)', color: c('fg')}
            })
          },
          plugins: {
            legend: {labels: {color: c('fg')}},
            tooltip: {
              callbacks: {
                label: function (item) {
                  var p = item.raw;
                  return (p.title ? p.title + ': ' : '') + minutesText(p.y) + ' (' + dayText(p.x) + ')';
                }
              }
            }
          }
        })
      };
    },

    mocks: function (c) {
      var d = data.mocks;
      return {
        type: 'line',
        data: {
          labels: d.labels,
          datasets: [{
            label: 'score',
            data: d.scores,
            borderColor: c('accent'),
            backgroundColor: c('accent'),
            spanGaps: true
          }]
        },
        options: base(c, {
          scales: {
            x: axis(c, {}),
            y: axis(c, {min: 0, max: 100, title: {display: true, text: 'score', color: c('fg')}})
          }
        })
      };
    },

    feedback: function (c) {
      var d = data.feedback;
      return {
        type: 'bar',
        data: {
          labels: d.problems,
          datasets: [
            {label: 'complexity wrong', data: d.wrong, backgroundColor: c('hard')},
            {label: 'complexity missing', data: d.missing, backgroundColor: c('medium')},
            {label: 'edge cases missed', data: d.edges, backgroundColor: c('accent')}
          ]
        },
        options: base(c, {
          indexAxis: 'y',
          scales: {x: countAxis(c, 'times'), y: axis(c, {stacked: true})}
        })
      };
    },

    mock_parts: function (c) {
      var d = data.mock_parts;
      return {
        type: 'bar',
        data: {
          labels: d.labels,
          datasets: [
            {label: 'points', data: d.points, backgroundColor: c('accent')},
            {
              label: 'missed',
              data: d.possible.map(function (p, i) { return p - d.points[i]; }),
              backgroundColor: c('untried')
            }
          ]
        },
        options: base(c, {
          indexAxis: 'y',
          scales: {x: countAxis(c, 'points'), y: axis(c, {stacked: true})}
        })
      };
    },

    probe: function (c, canvas) {
      var d = data.probes[Number(canvas.dataset.index)];
      var measured = d.points.filter(function (p) { return !p.limit; });
      var limited = d.points.filter(function (p) { return p.limit; });
      var datasets = [{label: 'measured', data: measured, backgroundColor: c('accent'), pointRadius: 4}];
      if (limited.length > 0) {
        datasets.push({
          label: 'stopped at the time limit',
          data: limited,
          pointStyle: 'triangle',
          backgroundColor: c('hard'),
          pointRadius: 6
        });
      }
      if (d.curve.length > 0) {
        datasets.push({
          type: 'line',
          label: d.fitted ? 'fitted: ' + d.fitted : 'fitted curve',
          data: d.curve,
          borderColor: c('medium'),
          pointRadius: 0,
          fill: false
        });
      }
      return {
        type: 'scatter',
        data: {datasets: datasets},
        options: base(c, {
          scales: {
            x: axis(c, {type: 'logarithmic', title: {display: true, text: 'n', color: c('fg')}}),
            y: axis(c, {
              type: 'logarithmic',
              title: {display: true, text: 'CPU seconds', color: c('fg')}
            })
          }
        })
      };
    }
  };

  function fail(canvas, name, error) {
    var box = canvas.closest('figure') || canvas.parentNode;
    if (!box.querySelector('.chart-error')) {
      var note = document.createElement('p');
      note.className = 'chart-error';
      note.textContent = 'This chart could not be drawn (' + error + '); the table has its numbers.';
      box.appendChild(note);
    }
    console.error('judge report: chart ' + name + ': ' + error);
  }

  function draw() {
    charts.forEach(function (chart) { chart.destroy(); });
    charts = [];
    if (typeof Chart === 'undefined') {
      return;
    }
    var c = palette();
    Chart.defaults.color = c('fg');
    Chart.defaults.borderColor = c('grid');
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var name = canvas.dataset.chart;
      try {
        charts.push(new Chart(canvas, builders[name](c, canvas)));
      } catch (error) {
        fail(canvas, name, error);
      }
    });
  }

  draw();

  // The browser's theme can change while the page is open.
  var dark = window.matchMedia('(prefers-color-scheme: dark)');
  if (dark.addEventListener) {
    dark.addEventListener('change', draw);
  }

  // On paper: the light colours, and every folded table open.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
    root.classList.add('printing');
    draw();
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
    root.classList.remove('printing');
    draw();
  });
}());
