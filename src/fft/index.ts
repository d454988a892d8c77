/**
 * `np.fft` (numpy/fft): discrete Fourier transforms and their helpers.
 */
export { fftfreq, fftshift, ifftshift, rfftfreq } from './helper.js';
export {
  type FFTNOptions,
  type FFTOptions,
  fft,
  fft2,
  fftn,
  hfft,
  ifft,
  ifft2,
  ifftn,
  ihfft,
  irfft,
  irfft2,
  irfftn,
  type Norm,
  rfft,
  rfft2,
  rfftn,
} from './pocketfft.js';
