// Draws every indicator chart of the page (bars or lines) from its data-chart attribute, written by the server (the
// Content Security Policy allows no inline script). The table beside each chart holds the same figures; a withheld
// cell is a gap here and "C" there.
(function () {
  'use strict';

  function draw(element) {
    var data = JSON.parse(element.dataset.chart);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    var unit = data.unit || '';
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'axis',
        valueFormatter: function (value) {
          return value === null || value === undefined ? '—' : (Math.round(value * 100) / 100) + (unit ? ' ' + unit : '');
        }
      },
      legend: { show: data.series.length > 1, top: 0, type: 'scroll' },
      grid: { left: 4, right: 16, top: data.series.length > 1 ? 36 : 12, bottom: 4, containLabel: true },
      xAxis: {
        type: 'category', data: data.categories,
        axisLabel: { interval: 0, rotate: data.categories.length > 5 ? 35 : 0, fontSize: 10,
          formatter: function (v) { return v.length > 16 ? v.slice(0, 15) + '…' : v; } }
      },
      yAxis: { type: 'value', min: 0, max: data.max === null ? undefined : data.max, minInterval: unit ? 0 : 1 },
      series: data.series.map(function (series) {
        return {
          name: series.name,
          type: data.type,
          data: series.values,
          connectNulls: false,
          barMaxWidth: 28,
          symbolSize: 6
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // a stacked bar per state: how many of the Council's recommendations addressed to it stand at each status
  function drawStacked(element) {
    var data = JSON.parse(element.dataset.stacked);
    var labels = (element.dataset.labels || '').split('|');
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 4, right: 16, top: 36, bottom: 4, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.categories, axisLabel: { fontSize: 10 } },
      series: data.series.map(function (series, index) {
        return { name: labels[index] || series.status, type: 'bar', stack: 'all', data: series.values, barMaxWidth: 24 };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('.indicator-chart[data-chart]').forEach(draw);
    document.querySelectorAll('.indicator-chart[data-stacked]').forEach(drawStacked);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  }
  else {
    drawAll();
  }
})();
