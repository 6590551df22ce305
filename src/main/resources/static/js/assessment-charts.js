// Results page: radar of the six dimensions (firm and peer median) and the scores per stage, drawn with ECharts
// from the JSON the page embeds. The tables below the charts carry the same figures for screen readers and print.
document.addEventListener('DOMContentLoaded', () => {
    const source = document.getElementById('chart-data');
    if (!source || typeof echarts === 'undefined') {
        return;
    }
    const data = JSON.parse(source.textContent);
    const brand = '#0b5f5a';
    const accent = '#c98a0a';
    const charts = [];
    // Long dimension names break into lines, shorter on a phone, so that they fit around the radar.
    const narrow = window.innerWidth < 576;
    const lineLength = narrow ? 13 : 18;
    const wrap = (name) => name.split(' ').reduce((lines, word) => {
        const last = lines[lines.length - 1];
        if (last && (last + ' ' + word).length <= lineLength) {
            lines[lines.length - 1] = last + ' ' + word;
        } else {
            lines.push(word);
        }
        return lines;
    }, []).join('\n');

    const radarElement = document.getElementById('radar-chart');
    if (radarElement && data.dimensions) {
        const series = [{ value: data.firm, name: data.firmLabel, itemStyle: { color: brand }, areaStyle: { opacity: 0.25 } }];
        if (data.peers) {
            series.push({ value: data.peers, name: data.peersLabel, itemStyle: { color: accent }, lineStyle: { type: 'dashed' } });
        }
        const radar = echarts.init(radarElement, null, { renderer: 'canvas' });
        radar.setOption({
            animation: false,
            legend: { bottom: 0, data: series.map((s) => s.name) },
            tooltip: {},
            radar: {
                indicator: data.dimensions.map((name) => ({ name, max: 100 })),
                radius: narrow ? '40%' : '58%',
                axisName: { color: '#1d2327', fontSize: narrow ? 11 : 12, lineHeight: 15, formatter: wrap },
            },
            series: [{ type: 'radar', data: series }],
        });
        charts.push(radar);
    }

    const historyElement = document.getElementById('history-chart');
    if (historyElement && data.stages && data.stages.length > 1) {
        const history = echarts.init(historyElement, null, { renderer: 'canvas' });
        history.setOption({
            animation: false,
            tooltip: { trigger: 'axis' },
            legend: { type: 'scroll', bottom: 0 },
            grid: { left: 40, right: 16, top: 16, bottom: 56 },
            xAxis: { type: 'category', data: data.stages },
            yAxis: { type: 'value', min: 0, max: 100 },
            series: data.series.map((s, i) => ({
                type: 'line', name: s.name, data: s.data,
                lineStyle: { width: i === 0 ? 4 : 2 }, itemStyle: i === 0 ? { color: brand } : undefined,
            })),
        });
        charts.push(history);
    }

    window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));
});
