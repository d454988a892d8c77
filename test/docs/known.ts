/**
 * API example sections allowed to fail for now, each with its reason (a numtype bug to
 * fix, named with the NumPy behaviour it misses). The tests skip them with that reason and
 * fail once one passes, so that this list cannot go stale: delete the entry then.
 */

/** Sections whose ts block prints something else than NumPy (or throws). */
export const KNOWN_OUTPUT: Record<string, string> = {};

/** Sections whose ts block does not type-check against numtype's declarations. */
export const KNOWN_TYPES: Record<string, string> = {
  'np.piecewise':
    "np.piecewise is declared `(...given: unknown[])`, so a funclist arrow's parameter is an implicit any (src/lib/piecewise.ts needs a typed overload)",
  'np.seterr':
    "the example's `catch (e)` reads e.name / e.message, but e is `unknown` under strict TypeScript (write `catch (e: any)` or narrow it)",
  'np.show_config':
    "the example's `catch (e)` reads e.name / e.message, but e is `unknown` under strict TypeScript (write `catch (e: any)` or narrow it)",
  'np.random.get_state':
    'np.random.get_state is declared `(...a: unknown[]) => unknown` (src/random/index.ts), so the state tuple cannot be read without a cast',
};
