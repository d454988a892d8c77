/** numtype's version (`np.__version__`); a test keeps it equal to package.json's. */
export const __version__ = '0.1.0';
