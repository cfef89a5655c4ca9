// Draws the charts of a page from the tables beside them (every chart has its table; the table is the data):
// <div class="chart" data-chart="bar|stack|line" data-table="id" data-columns="1,2" data-percent="true">.
// ECharts is served from the WAR (webjars), never from the internet.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof echarts === "undefined") {
    return;
  }
  document.querySelectorAll("div.chart[data-chart]").forEach(function (box) {
    var table = document.getElementById(box.dataset.table);
    if (!table) {
      return;
    }
    var heads = Array.from(table.tHead.rows[0].cells).map(function (c) { return c.textContent.trim(); });
    var rows = Array.from(table.tBodies[0].rows);
    var columns = box.dataset.columns
      ? box.dataset.columns.split(",").map(Number)
      : heads.map(function (_, i) { return i; }).slice(1);
    var kind = box.dataset.chart;
    var percent = box.dataset.percent === "true";
    var series = columns.map(function (i) {
      return {
        name: heads[i],
        type: kind === "line" ? "line" : "bar",
        stack: kind === "stack" ? "total" : undefined,
        data: rows.map(function (r) {
          var text = r.cells[i].textContent.replace(/[,%\s]/g, "");
          return text === "—" || text === "" ? null : Number(text);
        })
      };
    });
    var chart = echarts.init(box, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0, type: "scroll" },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: rows.map(function (r) { return r.cells[0].textContent.trim(); }) },
      yAxis: { type: "value", max: percent && kind === "bar" ? 100 : undefined,
               axisLabel: { formatter: percent ? "{value}%" : "{value}" } },
      series: series
    });
    window.addEventListener("resize", function () { chart.resize(); });
  });
});
