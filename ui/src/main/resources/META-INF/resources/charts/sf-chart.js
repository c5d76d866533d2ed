/*
 * <sf-chart config='{"type":"line","labels":[...],"datasets":[{"label":..,"values":[..],"unit":"%"}]}'>
 * Draws a Chart.js chart (window.Chart, from the chart.js webjar) from the JSON in its config
 * attribute; a click on a point or bar dispatches "sf-chart-click" with {datasetIndex, index}.
 * The chart instance is the element's "chart" property.
 */
(() => {
  if (customElements.get('sf-chart')) {
    return;
  }
  const PALETTE = ['#1676f3', '#e8590c', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c', '#5c7cfa'];

  const suffix = (unit) => (unit ? (unit === '%' ? ' %' : ' ' + unit) : '');
  const format = (value, unit) => {
    if (value === null || value === undefined) {
      return '—';
    }
    const rounded = Math.round(value * 10) / 10;
    return rounded.toLocaleString('en-GB') + suffix(unit);
  };

  class SfChart extends HTMLElement {
    static get observedAttributes() {
      return ['config'];
    }

    constructor() {
      super();
      this.chart = null;
      this._pending = false;
    }

    connectedCallback() {
      if (!this._canvas) {
        this._canvas = document.createElement('canvas');
        this._canvas.setAttribute('aria-hidden', 'true');
        this.appendChild(this._canvas);
      }
      this._render();
    }

    disconnectedCallback() {
      if (this.chart) {
        this.chart.destroy();
        this.chart = null;
      }
    }

    attributeChangedCallback() {
      this._render();
    }

    _render() {
      const json = this.getAttribute('config');
      if (!this.isConnected || !this._canvas || !json) {
        return;
      }
      if (!window.Chart) {
        if (!this._pending) {
          this._pending = true;
          setTimeout(() => {
            this._pending = false;
            this._render();
          }, 50);
        }
        return;
      }
      const config = JSON.parse(json);
      if (this.chart) {
        this.chart.destroy();
      }
      this.chart = new window.Chart(this._canvas, this._chartConfig(config));
    }

    _chartConfig(config) {
      const units = [...new Set(config.datasets.map((d) => d.unit || ''))];
      const axisOf = (unit) => (units.indexOf(unit || '') === 0 ? 'y' : 'y1');
      const scales = { x: { ticks: { autoSkip: true, maxRotation: 0 } } };
      units.slice(0, 2).forEach((unit, i) => {
        scales[i === 0 ? 'y' : 'y1'] = {
          position: i === 0 ? 'left' : 'right',
          beginAtZero: true,
          suggestedMax: unit === '%' ? 100 : undefined,
          grid: { drawOnChartArea: i === 0 },
          ticks: { callback: (value) => format(value, unit) },
        };
      });
      const line = config.type === 'line';
      return {
        type: line ? 'line' : 'bar',
        data: {
          labels: config.labels,
          datasets: config.datasets.map((d, i) => ({
            label: d.label,
            data: d.values,
            unit: d.unit || '',
            yAxisID: axisOf(d.unit),
            borderColor: PALETTE[i % PALETTE.length],
            backgroundColor: line ? PALETTE[i % PALETTE.length] : PALETTE[i % PALETTE.length] + 'cc',
            pointRadius: line ? 4 : undefined,
            pointHoverRadius: line ? 6 : undefined,
            spanGaps: false,
            tension: 0,
          })),
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'nearest', intersect: false },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: {
              callbacks: {
                label: (item) => item.dataset.label + ': ' + format(item.raw, item.dataset.unit),
              },
            },
          },
          scales,
          onHover: (event, elements) => {
            event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
          },
          onClick: (event, elements) => {
            if (!elements.length) {
              return;
            }
            const { datasetIndex, index } = elements[0];
            this.dispatchEvent(new CustomEvent('sf-chart-click', { detail: { datasetIndex, index } }));
          },
        },
      };
    }
  }

  customElements.define('sf-chart', SfChart);
})();
