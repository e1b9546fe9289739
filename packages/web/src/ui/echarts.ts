/** The parts of ECharts the dashboard uses (named imports, so the rest is left out of the build). */
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, PieChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { init };
