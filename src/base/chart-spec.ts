/** What a chart shows, serialised into the page for the script that draws it. */
export interface ChartSeries {
  label: string;
  /** One value per label; null is a gap (missing data), never drawn as zero. */
  values: (number | null)[];
}

export interface ChartSpec {
  type: 'line' | 'bar';
  /** Category labels (years, units…), in order. */
  labels: string[];
  series: ChartSeries[];
  /** Reader's language, for number formats on axes and tooltips. */
  lang: 'vi' | 'en';
  /** Label of the value axis ("điểm"). */
  yLabel?: string;
  yMin?: number;
  yMax?: number;
  /** Reverse the value axis (ranks: 1 at the top). */
  reverse?: boolean;
  /**
   * Points between two labels where values stop being comparable (PAPI totals: 6
   * dimensions until 2017, 8 from 2018). Drawn as a dashed line with its note.
   */
  breaks?: { after: string; note: string }[];
}
