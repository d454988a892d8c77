/** Statistics (numpy/lib/_function_base_impl.py, _nanfunctions_impl.py, _histograms_impl.py). */

export { convolve, correlate } from './correlate.js';
export { corrcoef, cov } from './cov.js';
export { histogram, histogram_bin_edges } from './histogram.js';
export { histogram2d, histogramdd } from './histogramdd.js';
export { median, nanmedian } from './median.js';
export { nanpercentile, nanquantile, percentile, quantile } from './quantile.js';
