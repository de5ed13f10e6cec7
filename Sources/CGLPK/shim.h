// GLPK (Debian's libglpk-dev), for the exact planner: linked into the helper program kvo-plan
// and the tests, never into kvo itself, whose start-up would pay for loading it and the ten
// libraries it pulls in (LAPACK, BLAS, SuiteSparse, gfortran).
#include <glpk.h>
