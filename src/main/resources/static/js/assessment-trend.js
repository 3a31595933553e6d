// Draws the Reintegration Progress Index of a case over time: the composite and the three dimensions, on a 0-1 scale.
// The figures come from the chart element's data-chart attribute (written by the server, never inline script, as the
// Content Security Policy requires); the table below the chart holds the same figures for screen readers and print.
(function () {
  'use strict';

  function draw() {
    var element = document.getElementById('rpi-trend');
    if (!element || typeof echarts === 'undefined' || !element.dataset.chart) {
      return;
    }
    var data = JSON.parse(element.dataset.chart);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'axis',
        valueFormatter: function (value) {
          return value === null || value === undefined ? '—' : Number(value).toFixed(2);
        }
      },
      legend: { top: 0 },
      grid: { left: 8, right: 32, top: 48, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.dates, boundaryGap: data.dates.length === 1 },
      yAxis: { type: 'value', min: 0, max: 1, interval: 0.25 },
      series: data.series.map(function (series, index) {
        return {
          name: series.name,
          type: 'line',
          // a dimension left unanswered is a gap in its line, not a fall to zero
          data: series.values.map(function (value) { return value === null ? null : Number(value); }),
          connectNulls: true,
          symbolSize: index === 0 ? 9 : 6,
          lineStyle: { width: index === 0 ? 3 : 1.5, type: index === 0 ? 'solid' : 'dashed' },
          z: index === 0 ? 3 : 2
        };
      })
    });
    window.addEventListener('resize', function () {
      chart.resize();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  }
  else {
    draw();
  }
})();
