// Usage pages of the maker spaces: booked hours (bars) and utilisation in per cent (bars on the right axis) per kind
// of equipment or per venue, drawn with ECharts from the JSON the page embeds. The table carries the same figures.
document.addEventListener('DOMContentLoaded', () => {
    const source = document.getElementById('usage-chart-data');
    const element = document.getElementById('usage-chart');
    if (!source || !element || typeof echarts === 'undefined') {
        return;
    }
    const data = JSON.parse(source.textContent);
    const narrow = window.innerWidth < 576;
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 48, right: 48, top: 24, bottom: narrow ? 96 : 72 },
        xAxis: {
            type: 'category', data: data.labels,
            axisLabel: { interval: 0, rotate: data.labels.length > 4 || narrow ? 30 : 0 },
        },
        yAxis: [
            { type: 'value', name: data.bookedHoursLabel, min: 0 },
            { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
        ],
        series: [
            { type: 'bar', name: data.bookedHoursLabel, data: data.bookedHours, itemStyle: { color: '#0b5f5a' } },
            { type: 'bar', name: data.utilisationLabel, data: data.utilisation, yAxisIndex: 1, itemStyle: { color: '#c98a0a' } },
        ],
    });
    window.addEventListener('resize', () => chart.resize());
});
